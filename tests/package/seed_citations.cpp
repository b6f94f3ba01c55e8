// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The package consumers' program (find_package, add_subdirectory, pkg-config): built outside
// vanban's own build exactly as a user builds theirs. It extracts the seed file, prints the
// citations and checks what a user would rely on: a citation with its date and issuer, the
// version the headers and the JSON report, and a vanban::error caught across the library
// boundary (with a shared libvanban the exception's type info must be exported).
//
// usage: seed_citations SEED.txt

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <vanban/vanban.hpp>

#ifndef VANBAN_EXPECTED_VERSION
#error "build with -DVANBAN_EXPECTED_VERSION=\"x.y.z\" (the version of the vanban being tested)"
#endif

namespace {

int failures = 0;

void check( bool ok, const std::string& what )
{
   if( !ok ) {
      std::cerr << "FAILED: " << what << '\n';
      ++failures;
   }
}

}  // namespace

int main( int argc, char** argv )
{
   if( argc != 2 ) {
      std::cerr << "usage: seed_citations SEED.txt\n";
      return 2;
   }
   std::ifstream in( argv[ 1 ], std::ios::binary );
   const std::string text( ( std::istreambuf_iterator<char>( in ) ), std::istreambuf_iterator<char>() );
   check( in.good() || in.eof(), std::string( "read " ) + argv[ 1 ] );

   vanban::options opts;
   opts.source = argv[ 1 ];
   const vanban::document doc = vanban::extract( text, opts );

   const vanban::citation* ct16 = nullptr;
   for( const auto& c : doc.citations ) {
      std::cout << c.span.line << ':' << c.span.column << ' ' << c.type << ' ' << c.number.value_or( "-" )
                << " | " << ( c.date ? c.date->iso() : "-" ) << " | " << ( c.issuer ? c.issuer->name : "-" )
                << " | " << ( c.relation ? vanban::to_string( *c.relation ) : "-" ) << '\n';
      if( c.number == "16/CT-TTg" ) {
         ct16 = &c;
      }
   }
   check( doc.citations.size() == 6, "six citations, got " + std::to_string( doc.citations.size() ) );
   check( ct16 != nullptr, "the seed cites Chỉ thị 16/CT-TTg" );
   if( ct16 ) {
      check( ct16->type == "Chỉ thị", "16/CT-TTg is a Chỉ thị" );
      check( ct16->date && ct16->date->iso() == "2016-05-16", "16/CT-TTg is dated 2016-05-16" );
      check( ct16->issuer && ct16->issuer->name == "Thủ tướng Chính phủ", "16/CT-TTg is issued by Thủ tướng Chính phủ" );
      check( ct16->relation == vanban::relation::implements, "the plan implements 16/CT-TTg" );
      check( text.substr( ct16->span.start, ct16->span.size() ) == ct16->text, "the span points at the mention as written" );
   }

   check( vanban::version == VANBAN_EXPECTED_VERSION, "vanban::version is " VANBAN_EXPECTED_VERSION );
   const std::string json = vanban::to_json( doc, { -1 } );
   check( json.find( "\"generator\":\"vanban " VANBAN_EXPECTED_VERSION "\"" ) != std::string::npos, "the JSON generator is vanban " VANBAN_EXPECTED_VERSION );

   try {
      (void)vanban::extract( "Chỉ thị số 16/CT-TTg \xC4 ngày 16/5/2016" );
      check( false, "invalid UTF-8 throws" );
   }
   catch( const vanban::error& e ) {
      check( e.code() == vanban::error_code::invalid_utf8, "invalid UTF-8 throws error_code::invalid_utf8" );
      check( e.where() && e.where()->byte == 27, "the error is at byte 27" );
   }

   if( failures != 0 ) {
      std::cerr << failures << " check(s) failed\n";
      return 1;
   }
   std::cout << "ok: vanban " << vanban::version << '\n';
   return 0;
}
