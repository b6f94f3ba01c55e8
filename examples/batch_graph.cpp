// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// A batch over folders with the library's own graph merge: every text file under the folders
// is extracted on all cores, each document is folded into one graph_builder as it comes back
// (and dropped: memory grows with the graph, not with the text), and the merged graph is
// summed up: its size, its edges by kind, and the documents the batch cites most.
// A file that cannot be read or decoded is reported and the batch goes on.
//
// usage: batch_graph [-o GRAPH.json] PATH...

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <vanban/vanban.hpp>

namespace fs = std::filesystem;

namespace {

/// The text and HTML files under `root` (or `root` itself), sorted so every run adds in one order.
std::vector<std::string> inputs_of( const fs::path& root )
{
   std::vector<std::string> out;
   if( !fs::is_directory( root ) ) {
      out.push_back( root.string() );
      return out;
   }
   for( const auto& e : fs::recursive_directory_iterator( root ) ) {
      const auto ext = e.path().extension();
      if( e.is_regular_file() && ( ext == ".txt" || ext == ".html" || ext == ".htm" ) ) {
         out.push_back( e.path().string() );
      }
   }
   std::sort( out.begin(), out.end() );
   return out;
}

}  // namespace

int main( int argc, char** argv )
{
   std::string output;
   std::vector<std::string> paths;
   for( int i = 1; i < argc; ++i ) {
      const std::string arg = argv[ i ];
      if( arg == "-o" && i + 1 < argc ) {
         output = argv[ ++i ];
      }
      else {
         for( auto& p : inputs_of( arg ) ) {
            paths.push_back( std::move( p ) );
         }
      }
   }
   if( paths.empty() ) {
      std::cerr << "usage: batch_graph [-o GRAPH.json] PATH...\n";
      return 2;
   }

   // Extract in parallel, add from this thread (graph_builder is not thread-safe), in input order.
   vanban::graph_builder builder;
   int failed = 0;
   const std::size_t window = 2 * std::max( 1u, std::thread::hardware_concurrency() );
   for( std::size_t first = 0; first < paths.size(); first += window ) {
      std::vector<std::future<vanban::document>> jobs;
      for( std::size_t i = first; i < std::min( paths.size(), first + window ); ++i ) {
         jobs.push_back( std::async( std::launch::async, [ &path = paths[ i ] ] { return vanban::extract_file( path ); } ) );
      }
      for( auto& job : jobs ) {
         try {
            builder.add( job.get() );
         }
         catch( const vanban::error& e ) {
            std::cerr << e.what() << '\n';  // "FILE:line:column: invalid UTF-8 …"
            ++failed;
         }
      }
   }
   const vanban::corpus_graph g = builder.build();

   std::cout << "inputs: " << g.inputs << ", failed: " << failed << '\n';
   std::cout << "nodes: " << g.nodes.size() << ", edges: " << g.edges.size() << ", conflicts: " << g.diagnostics.size() << '\n';
   std::map<std::string_view, std::size_t> by_kind;
   std::map<std::string_view, std::size_t> cited_by;  // documents → citing documents
   for( const auto& e : g.edges ) {
      ++by_kind[ vanban::to_string( e.kind ) ];
      if( e.kind != vanban::edge_kind::issued_by && e.kind != vanban::edge_kind::signed_by ) {
         ++cited_by[ e.to ];
      }
   }
   for( const auto& [ kind, n ] : by_kind ) {
      std::cout << "  " << kind << ": " << n << '\n';
   }
   std::vector<std::pair<std::string_view, std::size_t>> top( cited_by.begin(), cited_by.end() );
   std::stable_sort( top.begin(), top.end(), []( const auto& a, const auto& b ) { return a.second > b.second; } );
   top.resize( std::min<std::size_t>( top.size(), 5 ) );
   std::cout << "most cited:\n";
   for( const auto& [ id, n ] : top ) {
      const vanban::corpus_node* node = g.find( id );
      std::cout << "  " << n << "  " << node->label << "  (" << id << ")";
      if( !node->sources.empty() ) {
         std::cout << "  <- in the batch: " << node->sources.front();
      }
      std::cout << '\n';
   }

   if( !output.empty() ) {
      std::ofstream out( output, std::ios::binary );
      vanban::write_json( out, g );
      out << '\n';  // byte for byte what `vanban graph` prints for the same files
      if( !out.flush() ) {
         std::cerr << output << ": cannot write\n";
         return 3;
      }
   }
   return failed ? 1 : 0;
}
