// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// vanban_fuzz_graph: the graphs of fuzzed texts — each text's own (src/model/graph_builder.cpp)
// and the merge of two (vanban::graph_builder, src/graph/builder.cpp). The input (after the
// options byte: bit 0 options::lossy) is two texts, cut at the first form feed pair "\f\f", else
// at the first line break after the middle. Checks:
//  - each text's graph: check_document's unique ids, edges between nodes, one edge per
//    (from, to, kind); the text's own document is the first node and the only subject; every
//    citation's id is a document node; relation evidence is a citation of the text with its cue;
//  - the merge: nodes sorted by id and unique, edges sorted and between nodes, one per
//    (from, to, kind), diagnostics about nodes; every citation id of both texts is a node or an
//    alias of one; two inputs; the same graph (same JSON) whichever text is added first;
//  - its JSON is valid, DOT and GraphML are valid UTF-8, a neighborhood is a part of it.

#include <algorithm>
#include <string>
#include <tuple>

#include <vanban/graph.hpp>

#include "check.hpp"

namespace {

using namespace vanban;

/// The checks of one text's graph.
void check_own_graph( const document& doc )
{
   const graph& g = doc.graph;
   const auto node = [ & ]( const std::string& id ) -> const graph_node* {
      const auto it = std::find_if( g.nodes.begin(), g.nodes.end(), [ & ]( const graph_node& n ) { return n.id == id; } );
      return it == g.nodes.end() ? nullptr : &*it;
   };
   const auto subjects = std::count_if( g.nodes.begin(), g.nodes.end(), []( const graph_node& n ) { return n.subject; } );
   VANBAN_FUZZ_CHECK( subjects <= 1, "more than one subject node" );
   if( subjects == 1 ) {
      VANBAN_FUZZ_CHECK( g.nodes.front().subject && g.nodes.front().kind == node_kind::document, "the subject is not the first node" );
   }
   if( doc.info && !doc.info->id.empty() ) {
      // a header without its number names no document: the text stands for it ("text/…")
      VANBAN_FUZZ_CHECK( subjects == 1 && ( g.nodes.front().id == doc.info->id || g.nodes.front().id.starts_with( "text/" ) ), "the text's own document " + doc.info->id + " is not the subject node" );
   }
   for( const citation& c : doc.citations ) {
      const graph_node* n = node( c.id );
      VANBAN_FUZZ_CHECK( n != nullptr && n->kind == node_kind::document, "citation " + c.id + " has no document node" );
   }
   for( const graph_edge& e : g.edges ) {
      const graph_node* from = node( e.from );
      const graph_node* to = node( e.to );
      VANBAN_FUZZ_CHECK( from != nullptr && from->kind == node_kind::document, "edge from a node that is not a document" );
      if( e.kind == edge_kind::issued_by ) {
         VANBAN_FUZZ_CHECK( to != nullptr && to->kind == node_kind::body, "issued_by to a node that is not a body" );
         continue;
      }
      if( e.kind == edge_kind::signed_by ) {
         continue;
      }
      VANBAN_FUZZ_CHECK( from->subject, "a relation edge from a node that is not the subject" );
      for( const evidence& ev : e.evidence ) {
         const auto c = std::find_if( doc.citations.begin(), doc.citations.end(), [ & ]( const citation& x ) { return x.span == ev.mention; } );
         VANBAN_FUZZ_CHECK( c != doc.citations.end(), "relation evidence that is no citation: " + fuzz::describe( ev.mention ) );
         VANBAN_FUZZ_CHECK( c->id == e.to && c->relation && to_edge_kind( *c->relation ) == e.kind, "relation evidence of another edge" );
         VANBAN_FUZZ_CHECK( ( c->cue.has_value() == ev.cue.has_value() ) && ( !ev.cue || c->cue->span == *ev.cue ), "evidence cue differs from the citation's" );
      }
   }
}

/// The checks of a merged graph.
void check_merged( const corpus_graph& g, const document& a, const document& b )
{
   VANBAN_FUZZ_CHECK( g.inputs == 2, "inputs " + std::to_string( g.inputs ) );
   for( std::size_t k = 1; k < g.nodes.size(); ++k ) {
      VANBAN_FUZZ_CHECK( g.nodes[ k - 1 ].id < g.nodes[ k ].id, "merged nodes not sorted or repeated at " + g.nodes[ k ].id );
   }
   for( std::size_t k = 0; k < g.edges.size(); ++k ) {
      const graph_edge& e = g.edges[ k ];
      VANBAN_FUZZ_CHECK( g.find( e.from ) != nullptr && g.find( e.to ) != nullptr, "merged edge between unknown nodes " + e.from + " -> " + e.to );
      if( k > 0 ) {
         // sorted by from, to and kind (the enum's order), one edge per triple
         const graph_edge& p = g.edges[ k - 1 ];
         VANBAN_FUZZ_CHECK( std::tie( p.from, p.to, p.kind ) < std::tie( e.from, e.to, e.kind ), "merged edges not sorted or repeated at " + e.from + " -> " + e.to + " " + std::string( to_string( e.kind ) ) );
      }
   }
   for( const graph_diagnostic& d : g.diagnostics ) {
      VANBAN_FUZZ_CHECK( g.find( d.node ) != nullptr, "a merge diagnostic about an unknown node " + d.node );
      VANBAN_FUZZ_CHECK( !d.code.empty() && !d.message.empty(), "a merge diagnostic without code or message" );
   }
   const auto known = [ & ]( const std::string& id ) {
      if( g.find( id ) != nullptr ) {
         return true;
      }
      return std::any_of( g.nodes.begin(), g.nodes.end(), [ & ]( const corpus_node& n ) { return std::binary_search( n.aliases.begin(), n.aliases.end(), id ); } );
   };
   for( const document* d : { &a, &b } ) {
      for( const citation& c : d->citations ) {
         VANBAN_FUZZ_CHECK( known( c.id ), "citation id " + c.id + " is neither a node nor an alias of the merged graph" );
      }
   }
}

void utf8( const std::string& s, const char* what )
{
   for( std::size_t i = 0; i < s.size(); ) {
      const std::size_t len = detail::valid_sequence( s, i );
      VANBAN_FUZZ_CHECK( len > 0, std::string( what ) + " is not UTF-8 at byte " + std::to_string( i ) );
      i += len;
   }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput( const unsigned char* data, std::size_t size )
{
   using namespace vanban;
   const fuzz::options_byte o( std::string_view( reinterpret_cast<const char*>( data ), size ) );
   const std::string_view rest = o.rest;
   std::size_t cut = rest.find( "\f\f" );
   std::size_t skip = 2;
   if( cut == std::string_view::npos ) {
      cut = rest.find( '\n', rest.size() / 2 );
      cut = cut == std::string_view::npos ? rest.size() : cut + 1;
      skip = 0;
   }
   const std::string_view text_a = rest.substr( 0, cut );
   const std::string_view text_b = rest.substr( std::min( rest.size(), cut + skip ) );
   options opts;
   opts.lossy = o.bit( 0 );
   document a;
   document b;
   opts.source = "a.txt";
   if( fuzz::guarded( [ & ] { a = extract( text_a, opts ); }, text_a ) ) {
      return 0;
   }
   opts.source = "b.txt";
   if( fuzz::guarded( [ & ] { b = extract( text_b, opts ); }, text_b ) ) {
      return 0;
   }
   fuzz::check_document( a, text_a, true );
   fuzz::check_document( b, text_b, true );
   check_own_graph( a );
   check_own_graph( b );

   corpus_graph ab;
   corpus_graph ba;
   std::string json;
   const auto err = fuzz::guarded(
      [ & ] {
         graph_builder x;
         x.add( a );
         x.add( b );
         ab = x.build();
         graph_builder y;
         y.add( b );
         y.add( a );
         ba = y.build();
         json = to_json( ab );
         VANBAN_FUZZ_CHECK( to_json( ba ) == json, "the merged graph depends on the order of add" );
         utf8( to_dot( ab ), "DOT" );
         utf8( to_graphml( ab ), "GraphML" );
      },
      rest );
   VANBAN_FUZZ_CHECK( !err, "the graph merge failed" );
   check_merged( ab, a, b );
   VANBAN_FUZZ_CHECK( fuzz::ojson::accept( json ), "the merged graph's JSON is not JSON" );
   if( !ab.nodes.empty() ) {
      const corpus_graph part = neighborhood( ab, { ab.nodes.front().id }, 1 );
      for( const corpus_node& n : part.nodes ) {
         VANBAN_FUZZ_CHECK( ab.find( n.id ) != nullptr, "a neighborhood node not in the graph" );
      }
      for( const graph_edge& e : part.edges ) {
         VANBAN_FUZZ_CHECK( part.find( e.from ) != nullptr && part.find( e.to ) != nullptr, "a neighborhood edge leaves it" );
      }
   }
   return 0;
}
