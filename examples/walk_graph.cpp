// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Walks what one text says about other documents: its own document, then the graph's edges
// (relation → cited document, issued by → body) with the evidence of each edge, then every
// citation with the exact words it was read from.
//
// usage: walk_graph FILE

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <string_view>

#include <vanban/vanban.hpp>

int main( int argc, char** argv )
{
   if( argc != 2 ) {
      std::cerr << "usage: walk_graph FILE\n";
      return 2;
   }
   std::ifstream in( argv[ 1 ], std::ios::binary );
   if( !in ) {
      std::cerr << argv[ 1 ] << ": cannot open file\n";
      return 3;
   }
   const std::string text( ( std::istreambuf_iterator<char>( in ) ), std::istreambuf_iterator<char>() );

   vanban::options opts;
   opts.source = argv[ 1 ];
   vanban::document doc;
   try {
      doc = vanban::extract( text, opts );
   }
   catch( const vanban::error& e ) {
      std::cerr << e.what() << '\n';  // "FILE:line:column: invalid UTF-8 …"
      return 3;
   }

   if( doc.info ) {
      std::cout << "this text: " << doc.info->type << ' ' << doc.info->number.value_or( "" )
                << " (" << doc.info->id << ")\n";
   }

   // Edges refer to nodes by id.
   std::map<std::string_view, const vanban::graph_node*> nodes;
   for( const auto& n : doc.graph.nodes ) {
      nodes.emplace( n.id, &n );
   }
   std::cout << "graph: " << doc.graph.nodes.size() << " nodes, " << doc.graph.edges.size() << " edges\n";
   for( const auto& e : doc.graph.edges ) {
      std::cout << "  " << nodes.at( e.from )->label << " --" << vanban::to_string( e.kind ) << "--> "
                << nodes.at( e.to )->label;
      // Each mention that supports the edge, with the phrase that decided it: the cue of a
      // relation ("theo tinh thần"), the body's name of an `issued_by` edge.
      for( const auto& ev : e.evidence ) {
         std::cout << "  [line " << ev.mention.line;
         if( ev.cue ) {
            std::cout << ": \"" << text.substr( ev.cue->start, ev.cue->size() ) << '"';
         }
         std::cout << ']';
      }
      std::cout << '\n';
   }

   std::cout << "citations:\n";
   for( const auto& c : doc.citations ) {
      std::cout << "  " << c.span.line << ':' << c.span.column << "  " << c.id << "  \""
                << text.substr( c.span.start, c.span.size() ) << "\"\n";
   }
   for( const auto& d : doc.diagnostics ) {
      std::cerr << argv[ 1 ] << ':' << d.span.line << ':' << d.span.column << ": "
                << vanban::to_string( d.severity ) << ": [" << d.code << "] " << d.message << '\n';
   }
}
