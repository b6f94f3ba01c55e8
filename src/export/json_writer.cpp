// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The JSON of a document (docs/schema.md, schema_version "1"). Keys are written in a fixed
// order (ordered_json) so outputs are stable byte for byte; the body tree is built bottom-up
// from the flat node array, never recursively.

#include <ostream>

#include <nlohmann/json.hpp>

#include <vanban/error.hpp>
#include <vanban/json.hpp>
#include <vanban/version.hpp>

namespace vanban {
namespace {

using json = nlohmann::ordered_json;

json to_j( const span& s )
{
   return json{ { "start", s.start }, { "end", s.end }, { "cp_start", s.cp_start }, { "cp_end", s.cp_end }, { "line", s.line }, { "column", s.column } };
}

template< typename T, typename F >
json opt( const std::optional<T>& v, F&& f )
{
   return v ? f( *v ) : json( nullptr );
}

json opt_str( const std::optional<std::string>& v )
{
   return v ? json( *v ) : json( nullptr );
}

json opt_span( const std::optional<span>& s )
{
   return opt( s, []( const span& x ) { return to_j( x ); } );
}

json opt_date( const std::optional<date>& d )
{
   return opt( d, []( const date& x ) { return json( x.iso() ); } );
}

json issuer_detail( const issuer& i )
{
   json j;
   j[ "name" ] = i.name;
   j[ "members" ] = i.members;
   j[ "place" ] = opt_str( i.place );
   j[ "successor" ] = opt_str( i.successor );
   j[ "code" ] = opt_str( i.code );
   j[ "span" ] = opt_span( i.span );
   return j;
}

json citation_j( const citation& c )
{
   json j;
   j[ "id" ] = c.id;
   j[ "type" ] = c.type;
   j[ "number" ] = opt_str( c.number );
   j[ "numbering" ] = std::string( to_string( c.numbering ) );
   j[ "date" ] = opt_date( c.date );
   j[ "issuer" ] = c.issuer ? json( c.issuer->name ) : json( nullptr );
   j[ "issuer_detail" ] = opt( c.issuer, issuer_detail );
   j[ "name" ] = opt_str( c.name );
   j[ "term" ] = opt_str( c.term );
   j[ "title" ] = opt_str( c.title );
   j[ "pinpoint" ] = opt_str( c.pinpoint );
   j[ "relation" ] = c.relation ? json( std::string( to_string( *c.relation ) ) ) : json( nullptr );
   j[ "cue" ] = opt( c.cue, []( const cue& q ) { return json{ { "relation", std::string( to_string( q.relation ) ) }, { "text", q.text }, { "span", to_j( q.span ) } }; } );
   j[ "text" ] = c.text;
   j[ "span" ] = to_j( c.span );
   return j;
}

json document_j( const document_info& d )
{
   json j;
   j[ "id" ] = d.id;
   j[ "type" ] = d.type;
   j[ "number" ] = opt_str( d.number );
   j[ "date" ] = opt_date( d.date );
   j[ "issuer" ] = d.issuer ? json( d.issuer->name ) : json( nullptr );
   j[ "issuer_detail" ] = opt( d.issuer, issuer_detail );
   j[ "place" ] = opt_str( d.place );
   j[ "title" ] = opt_str( d.title );
   j[ "title_original" ] = opt_str( d.title_original );
   j[ "recipients" ] = d.recipients;
   json signers = json::array();
   for( const auto& s : d.signers ) {
      signers.push_back( json{ { "name", s.name }, { "position", opt_str( s.position ) }, { "authority", opt_str( s.authority ) }, { "span", to_j( s.span ) } } );
   }
   j[ "signers" ] = std::move( signers );
   json basis = json::array();
   for( const auto& s : d.basis ) {
      basis.push_back( to_j( s ) );
   }
   j[ "basis" ] = std::move( basis );
   json proposals = json::array();
   for( const auto& s : d.proposals ) {
      proposals.push_back( to_j( s ) );
   }
   j[ "proposals" ] = std::move( proposals );
   j[ "span" ] = opt_span( d.span );
   j[ "type_span" ] = opt_span( d.type_span );
   j[ "number_span" ] = opt_span( d.number_span );
   j[ "date_span" ] = opt_span( d.date_span );
   j[ "place_span" ] = opt_span( d.place_span );
   j[ "title_span" ] = opt_span( d.title_span );
   json recipient_spans = json::array();
   for( const auto& s : d.recipient_spans ) {
      recipient_spans.push_back( to_j( s ) );
   }
   j[ "recipient_spans" ] = std::move( recipient_spans );
   return j;
}

json article_j( const article_info& a )
{
   json j;
   j[ "title" ] = opt_str( a.title );
   j[ "date" ] = opt_date( a.date );
   j[ "author" ] = opt_str( a.author );
   j[ "title_span" ] = opt_span( a.title_span );
   j[ "date_span" ] = opt_span( a.date_span );
   j[ "author_span" ] = opt_span( a.author_span );
   return j;
}

json structure_j( const std::vector<section>& nodes )
{
   // children come after their parent in document order: build from the back
   std::vector<json> built( nodes.size() );
   for( std::size_t k = nodes.size(); k-- > 0; ) {
      const section& s = nodes[ k ];
      json j;
      j[ "kind" ] = std::string( to_string( s.kind ) );
      j[ "number" ] = s.number;
      j[ "heading" ] = s.heading;
      j[ "span" ] = to_j( s.span );
      json children = json::array();
      for( const std::uint32_t c : s.children ) {
         children.push_back( std::move( built[ c ] ) );
      }
      j[ "children" ] = std::move( children );
      built[ k ] = std::move( j );
   }
   json out = json::array();
   for( std::size_t k = 0; k < nodes.size(); ++k ) {
      if( nodes[ k ].parent == section::npos ) {
         out.push_back( std::move( built[ k ] ) );
      }
   }
   return out;
}

json graph_j( const graph& g )
{
   json nodes = json::array();
   for( const auto& n : g.nodes ) {
      json j;
      j[ "id" ] = n.id;
      j[ "kind" ] = std::string( to_string( n.kind ) );
      j[ "label" ] = n.label;
      if( n.kind == node_kind::document ) {
         j[ "type" ] = opt_str( n.type );
         j[ "number" ] = opt_str( n.number );
         j[ "date" ] = opt_date( n.date );
         j[ "subject" ] = n.subject;
      }
      else if( n.kind == node_kind::body ) {
         j[ "place" ] = opt_str( n.place );
      }
      nodes.push_back( std::move( j ) );
   }
   json edges = json::array();
   for( const auto& e : g.edges ) {
      json ev = json::array();
      for( const auto& x : e.evidence ) {
         ev.push_back( json{ { "source", opt_str( x.source ) }, { "mention", to_j( x.mention ) }, { "cue", opt_span( x.cue ) } } );
      }
      edges.push_back( json{ { "from", e.from }, { "to", e.to }, { "kind", std::string( to_string( e.kind ) ) }, { "evidence", std::move( ev ) } } );
   }
   return json{ { "nodes", std::move( nodes ) }, { "edges", std::move( edges ) } };
}

json document_json( const document& doc )
{
   json j;
   j[ "schema_version" ] = "1";
   j[ "generator" ] = "vanban " + std::string( version );
   j[ "source" ] = opt_str( doc.source );
   j[ "article" ] = opt( doc.article, article_j );
   j[ "document" ] = opt( doc.info, document_j );
   json citations = json::array();
   for( const auto& c : doc.citations ) {
      citations.push_back( citation_j( c ) );
   }
   j[ "citations" ] = std::move( citations );
   json dates = json::array();
   for( const auto& d : doc.dates ) {
      dates.push_back( json{ { "value", d.value.iso() }, { "text", d.text }, { "span", to_j( d.span ) } } );
   }
   j[ "dates" ] = std::move( dates );
   json bodies = json::array();
   for( const auto& b : doc.bodies ) {
      bodies.push_back( json{ { "name", b.body.name }, { "place", opt_str( b.body.place ) }, { "successor", opt_str( b.body.successor ) }, { "text", b.text }, { "span", to_j( b.span ) } } );
   }
   j[ "bodies" ] = std::move( bodies );
   j[ "structure" ] = structure_j( doc.structure );
   j[ "graph" ] = graph_j( doc.graph );
   json diags = json::array();
   for( const auto& d : doc.diagnostics ) {
      diags.push_back( json{ { "code", d.code }, { "severity", std::string( to_string( d.severity ) ) }, { "message", d.message }, { "span", to_j( d.span ) } } );
   }
   j[ "diagnostics" ] = std::move( diags );
   return j;
}

}  // namespace

std::string to_json( const document& doc, const json_options& opts )
{
   try {
      return document_json( doc ).dump( opts.indent < 0 ? -1 : opts.indent );
   }
   catch( const nlohmann::json::exception& e ) {
      // every string comes from validated UTF-8 input: this is a bug in vanban
      throw error( error_code::internal, std::string( "cannot write JSON: " ) + e.what(), std::nullopt, doc.source.value_or( "" ) );
   }
}

void write_json( std::ostream& out, const document& doc, const json_options& opts )
{
   out << to_json( doc, opts );
}

}  // namespace vanban
