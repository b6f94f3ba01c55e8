// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// `vanban graph`: every input extracted (on -j threads) and merged into one graph, written once
// at the end as JSON, DOT or GraphML. Documents are folded into the graph in input order as they
// come back and dropped, so memory follows the graph, not the corpus; the output is the same
// whatever -j (docs/cli.md, docs/graph.md).

#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <vanban/vanban.hpp>

#include "common.hpp"
#include "inputs.hpp"
#include "work_queue.hpp"

namespace vanban::cli {
namespace {

struct settings {
   std::vector<std::string> inputs;
   std::string format = "json";
   unsigned jobs = 0;
   std::vector<std::string> focus;
   unsigned depth = 1;
   bool lossy = false;
   std::string encoding;
   std::string input_format = "auto";
   double max_input_mb = 256;
};

/// What a worker hands back for one input: the document, or why there is none.
struct outcome {
   std::optional<vanban::document> doc;
   std::string messages;  ///< for stderr, formatted in the worker (it has the text)
   int status = ok;
   bool large = false;    ///< an input of `large_input_bytes` or more
};

/// Reads, decodes and extracts one input as `vanban extract` does (same input options).
[[nodiscard]] outcome extract_one( const settings& s, const std::string& path ) noexcept
{
   outcome r;
   std::string bytes;
   std::string kept;  // standard input, for an error's line
   try {
      const auto max_bytes = static_cast<std::size_t>( s.max_input_mb * 1e6 );
      bytes = read_input( path, max_bytes );
      r.large = bytes.size() >= large_input_bytes;
      vanban::options opts;
      opts.source = path;
      opts.lossy = s.lossy;
      opts.max_input_bytes = max_bytes;
      vanban::input_options io;
      io.format = s.input_format == "text" ? vanban::input_format::text : s.input_format == "html" ? vanban::input_format::html : vanban::input_format::automatic;
      io.encoding = s.encoding;
      io.name = path == "-" ? std::string() : path;
      // the bytes go to the decoder uncopied; an error's line is read again from the file (as
      // `vanban extract` does), standard input is kept
      if( path == "-" ) {
         kept = bytes;
      }
      vanban::decoded_input d = vanban::decode_input( std::move( bytes ), io, opts );
      r.doc = vanban::extract_in_place( d, opts );
      for( const auto& diag : r.doc->diagnostics ) {
         r.messages += format_report( path, d.source(), diag.span.start, diag.span.line, diag.span.column, vanban::to_string( diag.severity ), "[" + diag.code + "] " + diag.message );
      }
   }
   catch( const vanban::error& e ) {
      r.doc.reset();
      r.status = e.code() == vanban::error_code::internal ? int( internal ) : int( input_failed );
      if( e.where() && path != "-" ) {
         try {
            bytes = read_input( path, static_cast<std::size_t>( s.max_input_mb * 1e6 ) );
         }
         catch( const std::exception& ) {
            bytes.clear();  // the message stays, without the line
         }
      }
      r.messages += format_error( path, path == "-" ? kept : bytes, e );
   }
   catch( const std::bad_alloc& ) {
      r.doc.reset();
      r.status = input_failed;
      r.messages += path + ": error: out of memory\n";
   }
   catch( const std::exception& e ) {
      r.doc.reset();
      r.status = internal;
      r.messages += path + ": internal error: " + e.what() + '\n';
   }
   return r;
}

int run_graph( const settings& s )
{
   const std::vector<input> inputs = expand_inputs( s.inputs );
   const unsigned jobs = s.jobs == 0 ? default_jobs() : s.jobs;
   vanban::graph_builder builder;
   int status = ok;
   ordered_parallel_map(
      inputs.size(), jobs, [ & ]( std::size_t i ) { return extract_one( s, inputs[ i ].path ); },
      [ & ]( std::size_t /*i*/, outcome r ) {
         std::cerr << r.messages;
         if( r.doc ) {
            builder.add( *r.doc );  // the graph keeps what it needs; the document goes
            if( r.large ) {
               r.doc.reset();
               release_free_memory();
            }
         }
         status = std::max( status, r.status );
      } );
   vanban::corpus_graph g = builder.build();
   if( !s.focus.empty() ) {
      for( const std::string& f : s.focus ) {
         const bool known = g.find( f ) || std::any_of( g.nodes.begin(), g.nodes.end(), [ & ]( const vanban::corpus_node& n ) {
            return std::find( n.aliases.begin(), n.aliases.end(), f ) != n.aliases.end();
         } );
         if( !known ) {
            std::cerr << "vanban: warning: --focus " << f << ": no such node in the graph\n";
         }
      }
      g = vanban::neighborhood( g, s.focus, s.depth );
   }
   for( const auto& d : g.diagnostics ) {
      const vanban::evidence* at = d.evidence.empty() ? nullptr : &d.evidence.front();
      if( at ) {
         std::cerr << at->source.value_or( "-" ) << ':' << at->mention.line << ':' << at->mention.column << ": ";
      }
      std::cerr << vanban::to_string( d.severity ) << ": [" << d.code << "] " << d.message << '\n';
   }
   if( s.format == "dot" ) {
      vanban::write_dot( std::cout, g );
   }
   else if( s.format == "graphml" ) {
      vanban::write_graphml( std::cout, g );
   }
   else {
      vanban::write_json( std::cout, g );
      std::cout << '\n';
   }
   std::cout.flush();
   return status;
}

}  // namespace

command add_graph( CLI::App& app )
{
   auto s = std::make_shared<settings>();
   auto* sub = app.add_subcommand( "graph", "Merge every input into one document graph (JSON node-link, DOT or GraphML)" );
   sub->add_option( "inputs", s->inputs, "Files and folders (read recursively), or - for standard input" )->required();
   sub->add_option( "--format", s->format, "json (node-link), dot (Graphviz) or graphml" )->check( CLI::IsMember( { "json", "dot", "graphml" } ) );
   sub->add_option( "-j,--jobs", s->jobs, "Inputs extracted in parallel (default 0: all cores); the output is the same for any N" )->check( CLI::Range( 0u, 1024u ) );
   sub->add_option( "--focus", s->focus, "Keep only the part around this document id (repeatable)" );
   sub->add_option( "--depth", s->depth, "With --focus: how many relation edges away to go (default 1)" )->check( CLI::Range( 0u, 100u ) );
   sub->add_flag( "--lossy", s->lossy, "Replace invalid bytes with U+FFFD (reported as notes) instead of leaving the input out" );
   sub->add_option( "--encoding", s->encoding, "Read inputs in this encoding (ICU names: windows-1258, UTF-16LE …); default: detect" );
   sub->add_option( "--input", s->input_format, "auto (HTML by extension or content), text or html" )->check( CLI::IsMember( { "auto", "text", "html" } ) );
   sub->add_option( "--max-input-mb", s->max_input_mb, "Inputs larger than this many megabytes are left out as too large (default 256)" )->check( CLI::PositiveNumber );
   return { sub, [ s ] { return run_graph( *s ); } };
}

}  // namespace vanban::cli
