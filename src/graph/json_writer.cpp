// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The corpus graph as node-link JSON (docs/graph.md, docs/schema/graph.schema.json). Keys in a
// fixed order (ordered_json); `directed`/`multigraph` make it readable by networkx's
// node_link_graph (links under "edges", ends "from"/"to", key "kind"). Written element by
// element: a corpus graph is never held twice (as values and as one JSON document).

#include <ostream>
#include <sstream>
#include <string_view>

#include <nlohmann/json.hpp>

#include <vanban/error.hpp>
#include <vanban/graph.hpp>
#include <vanban/version.hpp>

namespace vanban {
namespace {

using json = nlohmann::ordered_json;

json span_j( const span& s )
{
   return json{ { "start", s.start }, { "end", s.end }, { "cp_start", s.cp_start }, { "cp_end", s.cp_end }, { "line", s.line }, { "column", s.column } };
}

json str_j( const std::optional<std::string>& s )
{
   return s ? json( *s ) : json( nullptr );
}

json date_j( const std::optional<date>& d )
{
   return d ? json( d->iso() ) : json( nullptr );
}

json evidence_j( const std::vector<evidence>& ev )
{
   json out = json::array();
   for( const auto& e : ev ) {
      out.push_back( json{ { "source", str_j( e.source ) }, { "mention", span_j( e.mention ) }, { "cue", e.cue ? span_j( *e.cue ) : json( nullptr ) } } );
   }
   return out;
}

json node_j( const corpus_node& n )
{
   json j;
   j[ "id" ] = n.id;
   j[ "kind" ] = std::string( to_string( n.kind ) );
   j[ "label" ] = n.label;
   switch( n.kind ) {
      case node_kind::document:
         j[ "type" ] = str_j( n.type );
         j[ "number" ] = str_j( n.number );
         j[ "name" ] = str_j( n.name );
         j[ "date" ] = date_j( n.date );
         j[ "title" ] = str_j( n.title );
         j[ "incomplete" ] = n.incomplete;
         j[ "aliases" ] = n.aliases;
         j[ "sources" ] = n.sources;
         break;
      case node_kind::body:
         j[ "place" ] = str_j( n.place );
         j[ "successor" ] = str_j( n.successor );
         j[ "valid_to" ] = date_j( n.valid_to );
         break;
      case node_kind::person:
         j[ "positions" ] = n.positions;
         break;
   }
   j[ "mentions" ] = n.mentions;
   return j;
}

/// `j` as nlohmann writes it `depth` levels down in a document indented by `indent` (negative:
/// compact), so the graph is written element by element and never held as one JSON value:
/// the output is byte for byte what dumping the whole document would give.
void element( std::ostream& out, const json& j, int indent, int depth )
{
   if( indent < 0 ) {
      out << j.dump();
      return;
   }
   const std::string pad( std::size_t( indent * depth ), ' ' );
   for( const char c : j.dump( indent ) ) {
      out << c;
      if( c == '\n' ) {
         out << pad;
      }
   }
}

/// Writes `"key": [items…]` at depth 1, one element at a time.
template< typename T, typename F >
void array( std::ostream& out, std::string_view key, const std::vector<T>& items, F&& to_j, int indent )
{
   const bool pretty = indent >= 0;
   const std::string pad1( pretty ? std::size_t( indent ) : 0, ' ' );
   const std::string pad2( pretty ? std::size_t( indent * 2 ) : 0, ' ' );
   out << pad1 << '"' << key << "\":" << ( pretty ? " " : "" );
   if( items.empty() ) {
      out << "[]";
      return;
   }
   out << '[' << ( pretty ? "\n" : "" );
   for( std::size_t i = 0; i < items.size(); ++i ) {
      out << pad2;
      element( out, to_j( items[ i ] ), indent, 2 );
      out << ( i + 1 < items.size() ? "," : "" ) << ( pretty ? "\n" : "" );
   }
   out << pad1 << ']';
}

json edge_j( const graph_edge& e )
{
   return json{ { "from", e.from }, { "to", e.to }, { "kind", std::string( to_string( e.kind ) ) }, { "evidence", evidence_j( e.evidence ) } };
}

json diagnostic_j( const graph_diagnostic& d )
{
   return json{ { "code", d.code }, { "severity", std::string( to_string( d.severity ) ) }, { "message", d.message }, { "node", d.node }, { "evidence", evidence_j( d.evidence ) } };
}

void write_graph( std::ostream& out, const corpus_graph& g, int indent )
{
   const bool pretty = indent >= 0;
   const char* const nl = pretty ? "\n" : "";
   const char* const colon = pretty ? ": " : ":";
   const std::string pad1( pretty ? std::size_t( indent ) : 0, ' ' );
   json head;
   head[ "schema_version" ] = "1";
   head[ "generator" ] = "vanban " + std::string( version );
   head[ "directed" ] = true;
   head[ "multigraph" ] = true;
   head[ "graph" ] = json{ { "inputs", g.inputs }, { "nodes", g.nodes.size() }, { "edges", g.edges.size() } };
   out << '{' << nl;
   for( const auto& [ key, value ] : head.items() ) {
      out << pad1 << json( key ).dump() << colon;
      element( out, value, indent, 1 );
      out << ',' << nl;
   }
   array( out, "nodes", g.nodes, node_j, indent );
   out << ',' << nl;
   array( out, "edges", g.edges, edge_j, indent );
   out << ',' << nl;
   array( out, "diagnostics", g.diagnostics, diagnostic_j, indent );
   out << nl << '}';
}

}  // namespace

std::string to_json( const corpus_graph& g, const json_options& opts )
{
   std::ostringstream out;
   write_json( out, g, opts );
   return out.str();
}

void write_json( std::ostream& out, const corpus_graph& g, const json_options& opts )
{
   try {
      write_graph( out, g, opts.indent < 0 ? -1 : opts.indent );
   }
   catch( const nlohmann::json::exception& e ) {
      // every string comes from validated UTF-8 input: this is a bug in vanban
      throw error( error_code::internal, std::string( "cannot write JSON: " ) + e.what(), std::nullopt, "" );
   }
}

}  // namespace vanban
