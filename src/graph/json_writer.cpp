// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The corpus graph as node-link JSON (docs/graph.md, docs/schema/graph.schema.json). Keys in a
// fixed order (ordered_json); `directed`/`multigraph` make it readable by networkx's
// node_link_graph (links under "edges", ends "from"/"to", key "kind").

#include <ostream>

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

json graph_json( const corpus_graph& g )
{
   json j;
   j[ "schema_version" ] = "1";
   j[ "generator" ] = "vanban " + std::string( version );
   j[ "directed" ] = true;
   j[ "multigraph" ] = true;
   j[ "graph" ] = json{ { "inputs", g.inputs }, { "nodes", g.nodes.size() }, { "edges", g.edges.size() } };
   json nodes = json::array();
   for( const auto& n : g.nodes ) {
      nodes.push_back( node_j( n ) );
   }
   j[ "nodes" ] = std::move( nodes );
   json edges = json::array();
   for( const auto& e : g.edges ) {
      edges.push_back( json{ { "from", e.from }, { "to", e.to }, { "kind", std::string( to_string( e.kind ) ) }, { "evidence", evidence_j( e.evidence ) } } );
   }
   j[ "edges" ] = std::move( edges );
   json diags = json::array();
   for( const auto& d : g.diagnostics ) {
      diags.push_back( json{ { "code", d.code }, { "severity", std::string( to_string( d.severity ) ) }, { "message", d.message }, { "node", d.node }, { "evidence", evidence_j( d.evidence ) } } );
   }
   j[ "diagnostics" ] = std::move( diags );
   return j;
}

}  // namespace

std::string to_json( const corpus_graph& g, const json_options& opts )
{
   try {
      return graph_json( g ).dump( opts.indent < 0 ? -1 : opts.indent );
   }
   catch( const nlohmann::json::exception& e ) {
      // every string comes from validated UTF-8 input: this is a bug in vanban
      throw error( error_code::internal, std::string( "cannot write JSON: " ) + e.what(), std::nullopt, "" );
   }
}

void write_json( std::ostream& out, const corpus_graph& g, const json_options& opts )
{
   out << to_json( g, opts );
}

}  // namespace vanban
