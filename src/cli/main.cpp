// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The command line: a thin layer over the public API (include/vanban), like any other user.
//
//   vanban extract [--format json|jsonl] [-o OUTDIR] [-j N] PATH... | -
//   vanban annotate FILE [-o OUT.html]
//
// stdout carries data only; problems go to stderr as `path:line:col: severity: message`, with
// the source line and a caret. A file that cannot be read or decoded never stops the others.
// Each subcommand lives in its own file (*_command.cpp); this file only dispatches.

#include <iostream>
#include <new>
#include <vector>

#if defined( __GLIBC__ )
#include <malloc.h>
#endif

#include <CLI/CLI.hpp>

#include <vanban/version.hpp>

#include "common.hpp"

namespace {

/// The allocator policy of a process that builds one large model per input and frees it.
///
/// glibc serves every block over its mmap threshold (128 KiB, adaptive up to 32 MiB) with a
/// fresh mapping and unmaps it on free, and gives the top of its heap back to the kernel past
/// 128 KiB. The model's big vectors (the text, its normalized copy, the scan's events, the
/// mentions and the body tree) grow by doubling and are freed phase by phase, so every one of
/// them is zero-filled by the kernel page by page, again for each file. On the 2-core virtual
/// machines of docs/performance.md a page fault costs ≈ 1 µs: a quarter of the time of a
/// 20 MB text went into them. Served from the heap and kept there, freed memory is reused by the
/// next phase and the next file. The peak RSS hardly moves (the peak is the same model); the
/// memory is returned at exit. A library must not set this for its host, so the CLI does.
void tune_allocator() noexcept
{
#if defined( __GLIBC__ )
   mallopt( M_MMAP_THRESHOLD, 1 << 30 );  // blocks up to 1 GiB from the heap, not mmap
   mallopt( M_TRIM_THRESHOLD, 1 << 30 );  // keep freed memory for the next phase and file
   mallopt( M_TOP_PAD, 64 << 20 );        // grow the heap 64 MiB at a time (untouched: no RSS)
#endif
}

}  // namespace

int main( int argc, char** argv )
{
   using namespace vanban::cli;
   tune_allocator();
   CLI::App app{ "vanban: citations, dates, issuers, structure and a typed graph from Vietnamese legal and policy text" };
   app.set_version_flag( "--version", "vanban " + std::string( vanban::version ) );
   app.require_subcommand( 1 );

   const std::vector<command> commands{ add_extract( app ), add_annotate( app ), add_graph( app ) };

   try {
      app.parse( argc, argv );
   }
   catch( const CLI::ParseError& e ) {
      const int code = app.exit( e );
      return code == 0 ? ok : usage;
   }
   try {
      for( const command& c : commands ) {
         if( c.app->parsed() ) {
            return c.run();
         }
      }
   }
   catch( const std::bad_alloc& ) {
      std::cerr << "vanban: error: out of memory\n";
      return internal;
   }
   catch( const std::exception& e ) {
      std::cerr << "vanban: internal error: " << e.what() << '\n';
      return internal;
   }
   catch( ... ) {
      // nothing leaves main() unreported (std::terminate would print nothing useful)
      std::cerr << "vanban: internal error: an exception of unknown type\n";
      return internal;
   }
   return usage;
}
