// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// `vanban extract`: one JSON document per input.

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <vanban/vanban.hpp>

#include "common.hpp"

namespace vanban::cli {
namespace {

int run_extract( const std::vector<std::string>& inputs, const std::string& format )
{
   const bool lines = format == "jsonl";
   int status = ok;
   for( const std::string& path : inputs ) {
      std::string text;
      try {
         text = read_all( path );
         vanban::options opts;
         opts.source = path == "-" ? std::string( "-" ) : path;
         const vanban::document doc = vanban::extract( text, opts );
         for( const auto& d : doc.diagnostics ) {
            report( path, text, d.span.start, d.span.line, d.span.column, vanban::to_string( d.severity ), "[" + d.code + "] " + d.message );
         }
         vanban::json_options jo;
         jo.indent = lines ? -1 : 2;
         std::cout << vanban::to_json( doc, jo ) << '\n';
      }
      catch( const vanban::error& e ) {
         if( e.where() ) {
            report( path, text, e.where()->byte, e.where()->line, e.where()->column, "error", e.message() + " (byte " + std::to_string( e.where()->byte ) + ")" );
         }
         else {
            std::cerr << path << ": error: " << e.message() << '\n';
         }
         status = std::max( status, e.code() == vanban::error_code::internal ? int( internal ) : int( input_failed ) );
      }
      catch( const std::exception& e ) {
         std::cerr << path << ": internal error: " << e.what() << '\n';
         status = internal;
      }
   }
   std::cout.flush();
   return status;
}

}  // namespace

command add_extract( CLI::App& app )
{
   struct settings {
      std::vector<std::string> inputs;
      std::string format = "json";
   };
   auto s = std::make_shared<settings>();
   auto* sub = app.add_subcommand( "extract", "Extract from each input; one JSON document per input (jsonl: one line each)" );
   sub->add_option( "inputs", s->inputs, "Files to read, or - for standard input" )->required();
   sub->add_option( "--format", s->format, "json (pretty, one document per input) or jsonl (one line per input)" )->check( CLI::IsMember( { "json", "jsonl" } ) );
   return { sub, [ s ] { return run_extract( s->inputs, s->format ); } };
}

}  // namespace vanban::cli
