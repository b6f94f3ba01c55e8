// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// vanban_fuzz_json: extract() then to_json(), the JSON re-parsed and checked against the
// schema's invariants (check.hpp: valid JSON, top-level keys in order, every span object found
// in the tree consistent with the input, `text` equal to the input's bytes under `span`), and
// against itself: the compact and the indented output are the same value, and a second
// extraction writes the same bytes (no state leaks from one call into the next).
// First byte: bit 0 options::lossy; bit 1 decode_input on the way (automatic format).

#include <string>

#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput( const unsigned char* data, std::size_t size )
{
   using namespace vanban;
   const fuzz::options_byte o( std::string_view( reinterpret_cast<const char*>( data ), size ) );
   options opts;
   opts.lossy = o.bit( 0 );
   opts.source = "fuzz.txt";
   const std::string_view text = o.rest;
   document doc;
   std::string source( text );
   bool html = false;
   const auto err = fuzz::guarded(
      [ & ] {
         if( o.bit( 1 ) ) {
            const decoded_input d = decode_input( std::string( text ), {}, opts );
            doc = extract( d, opts );
            source = d.source();
            html = d.format() == input_format::html;
         }
         else {
            doc = extract( text, opts );
         }
      },
      text );
   if( err ) {
      return 0;
   }
   json_options indented;
   json_options compact;
   compact.indent = -1;
   std::string a;
   std::string b;
   const auto jerr = fuzz::guarded(
      [ & ] {
         a = to_json( doc, indented );
         b = to_json( doc, compact );
      },
      text );
   VANBAN_FUZZ_CHECK( !jerr, "to_json failed on what extract() returned" );
   const fuzz::ojson parsed = fuzz::check_json( a, source, !html );
   VANBAN_FUZZ_CHECK( fuzz::ojson::parse( b ) == parsed, "compact and indented JSON differ" );
   VANBAN_FUZZ_CHECK( b.find( '\n' ) == std::string::npos, "compact JSON has a line break" );
   if( !o.bit( 1 ) ) {
      const document again = extract( text, opts );
      VANBAN_FUZZ_CHECK( to_json( again, compact ) == b, "a second extraction differs" );
   }
   return 0;
}
