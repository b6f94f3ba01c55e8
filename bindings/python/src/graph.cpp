// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// vanban.Graph: vanban::graph_builder (include/vanban/graph.hpp), the merge of `vanban graph`.
// Picklable through graph_builder::save()/load(), so partial graphs built on Dask workers travel
// between processes and merge there. Its methods keep the GIL: a builder is not thread-safe, and
// holding the GIL makes a Graph shared by Python threads safe.

#include <string>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <vanban/graph.hpp>
#include <vanban/json.hpp>

#include "module.hpp"

namespace py = pybind11;

namespace vanban::python {
namespace {

py::object str_or_none( const std::optional<std::string>& s )
{
   return s ? py::object( py::str( *s ) ) : py::none();
}

py::list evidence_list( const std::vector<evidence>& ev )
{
   py::list out;
   for( const auto& e : ev ) {
      py::dict d;
      d[ "source" ] = str_or_none( e.source );
      d[ "mention" ] = py::cast( e.mention );
      d[ "cue" ] = e.cue ? py::cast( *e.cue ) : py::none();
      out.append( std::move( d ) );
   }
   return out;
}

py::dict node_attributes( const corpus_node& n )
{
   py::dict a;
   a[ "kind" ] = std::string( to_string( n.kind ) );
   a[ "label" ] = n.label;
   switch( n.kind ) {
      case node_kind::document:
         a[ "type" ] = str_or_none( n.type );
         a[ "number" ] = str_or_none( n.number );
         a[ "name" ] = str_or_none( n.name );
         a[ "date" ] = to_py( n.date );
         a[ "title" ] = str_or_none( n.title );
         a[ "incomplete" ] = n.incomplete;
         a[ "aliases" ] = py::cast( n.aliases );
         a[ "sources" ] = py::cast( n.sources );
         break;
      case node_kind::body:
         a[ "place" ] = str_or_none( n.place );
         a[ "successor" ] = str_or_none( n.successor );
         a[ "valid_to" ] = to_py( n.valid_to );
         break;
      case node_kind::person:
         a[ "positions" ] = py::cast( n.positions );
         break;
   }
   a[ "mentions" ] = n.mentions;
   return a;
}

std::string graph_json( const graph_builder& g, const py::object& indent )
{
   json_options o;
   o.indent = indent.is_none() ? -1 : indent.cast<int>();
   return guarded( [ & ] { return vanban::to_json( g.build(), o ); } );
}

py::object to_networkx( const graph_builder& g )
{
   const corpus_graph cg = guarded( [ & ] { return g.build(); } );
   const py::object nx = py::module_::import( "networkx" );
   py::object out = nx.attr( "MultiDiGraph" )();
   py::dict graph_attrs = out.attr( "graph" );
   graph_attrs[ "inputs" ] = cg.inputs;
   py::list diagnostics;
   for( const auto& d : cg.diagnostics ) {
      py::dict x;
      x[ "code" ] = d.code;
      x[ "severity" ] = std::string( to_string( d.severity ) );
      x[ "message" ] = d.message;
      x[ "node" ] = d.node;
      x[ "evidence" ] = evidence_list( d.evidence );
      diagnostics.append( std::move( x ) );
   }
   graph_attrs[ "diagnostics" ] = diagnostics;
   const py::object add_node = out.attr( "add_node" );
   for( const auto& n : cg.nodes ) {
      add_node( n.id, **node_attributes( n ) );
   }
   const py::object add_edge = out.attr( "add_edge" );
   for( const auto& e : cg.edges ) {
      const std::string kind( to_string( e.kind ) );
      add_edge( e.from, e.to, py::arg( "key" ) = kind, py::arg( "kind" ) = kind, py::arg( "evidence" ) = evidence_list( e.evidence ),
                py::arg( "weight" ) = e.evidence.size() );
   }
   return out;
}

}  // namespace

void bind_graph( py::module_& m )
{
   py::class_<graph_builder>( m, "Graph",
                              "The documents of many texts merged into one typed graph, as `vanban graph` merges its inputs:\n"
                              "documents (the texts' own and those they cite), issuing bodies and signers, merged by canonical id;\n"
                              "incomplete ids settled across the batch; conflicting statements reported. Keeps what the graph\n"
                              "needs, never the documents. Picklable (save()/load()), so partial graphs can be built in other\n"
                              "processes and merged (vanban.dask.build_graph)." )
      .def( py::init<>() )
      .def( "add", []( graph_builder& g, const py_document& d ) { g.add( d.doc ); }, py::arg( "doc" ),
            "Add one text's Document (an input whose source was added already counts once)." )
      .def( "merge", []( graph_builder& g, const graph_builder& other ) {
         if( &g == &other ) {
            throw py::value_error( "a Graph cannot be merged into itself" );
         }
         g.merge( other );
      }, py::arg( "other" ),
            "Add what another Graph gathered, as if its documents were added here after this graph's own. Give each\n"
            "input to one Graph only (an input in both would count twice)." )
      .def( "__len__", &graph_builder::size, "the number of documents added" )
      .def( "to_json", &graph_json, py::arg( "indent" ) = 2,
            "The node-link JSON of `vanban graph` (without its final newline); indent=None: one line." )
      .def( "to_dict", []( const graph_builder& g ) { return py::module_::import( "json" ).attr( "loads" )( graph_json( g, py::none() ) ); },
            "The JSON as Python values: json.loads(self.to_json())." )
      .def( "to_dot", []( const graph_builder& g ) { return guarded( [ & ] { return vanban::to_dot( g.build() ); } ); },
            "Graphviz DOT, as `vanban graph --format dot`." )
      .def( "to_graphml", []( const graph_builder& g ) { return guarded( [ & ] { return vanban::to_graphml( g.build() ); } ); },
            "GraphML, as `vanban graph --format graphml`." )
      .def( "to_networkx", &to_networkx,
            "A networkx.MultiDiGraph: nodes by id with typed attributes (kind, label, mentions; documents: type, number,\n"
            "name, date (datetime.date, or str for a partial date), title, incomplete (bool), aliases, sources; bodies:\n"
            "place, successor, valid_to (datetime.date); persons: positions), one edge per (from, to, kind) with key = kind,\n"
            "kind, weight (the number of mentions) and evidence ([{source, mention: Span, cue: Span | None}]); the graph's\n"
            "attributes: inputs, diagnostics. Needs networkx." )
      .def( "save", []( const graph_builder& g ) { return py::bytes( g.save() ); },
            "What the graph gathered, as bytes: Graph.load() makes an equal Graph (same vanban version)." )
      .def_static( "load", []( const py::bytes& b ) { return graph_builder::load( std::string( b ) ); }, py::arg( "data" ),
                   "A Graph from the bytes of save(); vanban.InvalidArgumentError for other bytes." )
      .def( py::pickle( []( const graph_builder& g ) { return py::bytes( g.save() ); },
                        []( const py::bytes& b ) { return graph_builder::load( std::string( b ) ); } ) )
      .def( "__repr__", []( const graph_builder& g ) { return "<vanban.Graph of " + std::to_string( g.size() ) + " documents>"; } );
}

}  // namespace vanban::python
