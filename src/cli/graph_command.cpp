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

#include <vanban/graph.hpp>
#include <vanban/vanban.hpp>

#include "common.hpp"
#include "inputs.hpp"
#include "work_queue.hpp"

namespace vanban::cli {
namespace {

struct settings {
   std::vector<std::string> inputs;
   std::string format = "json";
   unsigned jobs = 1;
   std::vector<std::string> focus;
   unsigned depth = 1;
};

/// What a worker hands back for one input.
struct outcome {
   std::string text;
   std::optional<vanban::document> doc;
   std::optional<vanban::error> failure;
   std::string internal_failure;
};

[[nodiscard]] outcome extract_one( const std::string& path )
{
   outcome r;
   try {
      r.text = read_all( path );
      vanban::options opts;
      opts.source = path;
      r.doc = vanban::extract( r.text, opts );
   }
   catch( const vanban::error& e ) {
      r.failure = e;
   }
   catch( const std::exception& e ) {
      r.internal_failure = e.what();
   }
   catch( ... ) {
      r.internal_failure = "unknown exception";
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
      inputs.size(), jobs, [ & ]( std::size_t i ) { return extract_one( inputs[ i ].path ); },
      [ & ]( std::size_t i, outcome r ) {
         const std::string& path = inputs[ i ].path;
         if( r.doc ) {
            for( const auto& d : r.doc->diagnostics ) {
               report( path, r.text, d.span.start, d.span.line, d.span.column, vanban::to_string( d.severity ), "[" + d.code + "] " + d.message );
            }
            builder.add( *r.doc );
         }
         else if( r.failure ) {
            const vanban::error& e = *r.failure;
            if( e.where() ) {
               report( path, r.text, e.where()->byte, e.where()->line, e.where()->column, "error", e.message() + " (byte " + std::to_string( e.where()->byte ) + ")" );
            }
            else {
               std::cerr << path << ": error: " << e.message() << '\n';
            }
            status = std::max( status, e.code() == vanban::error_code::internal ? int( internal ) : int( input_failed ) );
         }
         else {
            std::cerr << path << ": internal error: " << r.internal_failure << '\n';
            status = internal;
         }
      } );
   vanban::corpus_graph g = builder.build();
   if( !s.focus.empty() ) {
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
   sub->add_option( "-j,--jobs", s->jobs, "Extract on N threads (0: all cores); the output is the same for any N" )->check( CLI::Range( 0u, 1024u ) );
   sub->add_option( "--focus", s->focus, "Keep only the part around this document id (repeatable)" );
   sub->add_option( "--depth", s->depth, "With --focus: how many relation edges away to go (default 1)" )->check( CLI::Range( 0u, 100u ) );
   return { sub, [ s ] { return run_graph( *s ); } };
}

}  // namespace vanban::cli
