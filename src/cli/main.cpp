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

#include <CLI/CLI.hpp>

#include <vanban/version.hpp>

#include "common.hpp"

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
