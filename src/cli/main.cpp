// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The command line: a thin layer over the public API (include/vanban), like any other user.
//
//   vanban extract [--format json|jsonl] PATH... | -
//
// stdout carries data only; problems go to stderr as `path:line:col: severity: message`, with
// the source line and a caret. A file that cannot be read or decoded never stops the others.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <vanban/vanban.hpp>

namespace {

/// Exit codes (docs/cli.md).
enum exit_code : int {
   ok = 0,
   diagnostics_failed = 1,  ///< reserved for --fail-on (warnings at or above the threshold)
   usage = 2,
   input_failed = 3,        ///< at least one input could not be read or decoded
   internal = 70
};

[[nodiscard]] std::string read_all( const std::string& path )
{
   if( path == "-" ) {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      return ss.str();
   }
   std::ifstream f( path, std::ios::binary );
   if( !f ) {
      throw vanban::error( vanban::error_code::io, "cannot open file", std::nullopt, path );
   }
   std::string data( ( std::istreambuf_iterator<char>( f ) ), std::istreambuf_iterator<char>() );
   if( f.bad() ) {
      throw vanban::error( vanban::error_code::io, "read error", std::nullopt, path );
   }
   return data;
}

/// The line of `text` that holds byte `offset`, for the caret display.
[[nodiscard]] std::string_view line_at( std::string_view text, std::size_t offset )
{
   offset = std::min( offset, text.size() );
   std::size_t b = text.rfind( '\n', offset == 0 ? 0 : offset - 1 );
   b = ( b == std::string_view::npos || offset == 0 ) ? 0 : b + 1;
   std::size_t e = text.find( '\n', offset );
   if( e == std::string_view::npos ) {
      e = text.size();
   }
   return text.substr( b, e - b );
}

/// Prints "path:line:col: kind: message", the line (valid UTF-8 only) and a caret.
void report( const std::string& source, std::string_view text, std::size_t byte, std::uint32_t line, std::uint32_t column, std::string_view kind, std::string_view message )
{
   std::cerr << source << ':' << line << ':' << column << ": " << kind << ": " << message << '\n';
   const std::string_view l = line_at( text, byte );
   if( l.size() < 400 ) {
      // show the line up to the problem (it is valid UTF-8 there), then the caret
      std::string_view before = text.substr( l.data() - text.data(), std::min( byte, text.size() ) - std::size_t( l.data() - text.data() ) );
      std::cerr << "  " << before << ( byte < text.size() ? "…" : "" ) << '\n';
      std::cerr << "  " << std::string( column > 0 ? column - 1 : 0, ' ' ) << "^\n";
   }
}

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

int main( int argc, char** argv )
{
   CLI::App app{ "vanban: citations, dates, issuers, structure and a typed graph from Vietnamese legal and policy text" };
   app.set_version_flag( "--version", "vanban " + std::string( vanban::version ) );
   app.require_subcommand( 1 );

   auto* extract = app.add_subcommand( "extract", "Extract from each input; one JSON document per input (jsonl: one line each)" );
   std::vector<std::string> inputs;
   std::string format = "json";
   extract->add_option( "inputs", inputs, "Files to read, or - for standard input" )->required();
   extract->add_option( "--format", format, "json (pretty, one document per input) or jsonl (one line per input)" )->check( CLI::IsMember( { "json", "jsonl" } ) );

   try {
      app.parse( argc, argv );
   }
   catch( const CLI::ParseError& e ) {
      const int code = app.exit( e );
      return code == 0 ? ok : usage;
   }
   try {
      if( extract->parsed() ) {
         return run_extract( inputs, format );
      }
   }
   catch( const std::exception& e ) {
      std::cerr << "vanban: internal error: " << e.what() << '\n';
      return internal;
   }
   return usage;
}
