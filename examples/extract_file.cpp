// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Reads files and prints each one's JSON (docs/schema.md), one compact line per file, like
// `vanban extract --format jsonl`: diagnostics go to stderr as `path:line:column: …`, a file
// that cannot be read or is not UTF-8 is reported and the others are still converted.
//
// usage: extract_file FILE...   (exit status 0, or 3 when a file could not be converted)

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <vanban/vanban.hpp>

int main( int argc, char** argv )
{
   if( argc < 2 ) {
      std::cerr << "usage: extract_file FILE...\n";
      return 2;
   }
   int status = 0;
   for( int i = 1; i < argc; ++i ) {
      const std::string path = argv[ i ];
      std::ifstream in( path, std::ios::binary );
      if( !in ) {
         std::cerr << path << ": error: cannot open file\n";
         status = 3;
         continue;
      }
      const std::string text( ( std::istreambuf_iterator<char>( in ) ), std::istreambuf_iterator<char>() );

      vanban::options opts;
      opts.source = path;  // kept in the JSON's "source" and in error messages
      try {
         const auto doc = vanban::extract( text, opts );
         for( const auto& d : doc.diagnostics ) {
            std::cerr << path << ':' << d.span.line << ':' << d.span.column << ": "
                      << vanban::to_string( d.severity ) << ": [" << d.code << "] " << d.message << '\n';
         }
         vanban::write_json( std::cout, doc, { -1 } );  // indent -1: one compact line
         std::cout << '\n';
      }
      catch( const vanban::error& e ) {
         // "path:line:column: message"; e.code() says which kind (invalid_utf8, limit_exceeded …)
         std::cerr << e.what() << " [" << vanban::to_string( e.code() ) << "]\n";
         status = 3;
      }
   }
   return status;
}
