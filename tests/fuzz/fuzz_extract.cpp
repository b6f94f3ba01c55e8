// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// vanban_fuzz_extract: arbitrary bytes through every path of extract(). The first byte picks the
// options that change code paths:
//   bit 0     options::lossy
//   bits 1-2  0, 1: extract(string_view) on the bytes; 2: decode_input (automatic format),
//             3: decode_input as text … see `format` below
//   bits 3-5  the encoding named to decode_input (none: detect)
//   bit 6     the input's name ends in .html (automatic format)
//   bit 7     a small max_input_bytes, so the limit is hit
// Checks: only vanban::error leaves, never `internal`, with a position inside the input; what
// comes back has every span consistent with the text it points into and every `text` equal to
// the input's bytes under its span (text input); extract_in_place gives the same document and
// the same text back.

#include <array>
#include <string>

#include "check.hpp"

namespace {

constexpr std::array<const char*, 8> encodings{ "", "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258", "UTF-32LE", "ISO-8859-1", "Shift_JIS" };

}  // namespace

extern "C" int LLVMFuzzerTestOneInput( const unsigned char* data, std::size_t size )
{
   using namespace vanban;
   const fuzz::options_byte o( std::string_view( reinterpret_cast<const char*>( data ), size ) );
   options opts;
   opts.lossy = o.bit( 0 );
   opts.source = "fuzz";
   if( o.bit( 7 ) ) {
      opts.max_input_bytes = 64;
   }
   const std::string_view text = o.rest;
   const unsigned path = o.field( 1, 2 );
   if( path < 2 ) {
      document doc;
      const auto err = fuzz::guarded( [ & ] { doc = extract( text, opts ); }, text );
      if( !err ) {
         fuzz::check_document( doc, text, true );
      }
      else {
         VANBAN_FUZZ_CHECK( *err == error_code::invalid_utf8 || *err == error_code::limit_exceeded, "extract(text) failed with " + std::string( to_string( *err ) ) );
         VANBAN_FUZZ_CHECK( *err != error_code::invalid_utf8 || !opts.lossy, "invalid_utf8 despite lossy" );
         VANBAN_FUZZ_CHECK( *err != error_code::limit_exceeded || text.size() > opts.max_input_bytes, "limit_exceeded below the limit" );
      }
      return 0;
   }
   input_options in;
   in.format = path == 2 ? input_format::automatic : ( o.bit( 6 ) ? input_format::html : input_format::text );
   in.encoding = encodings[ o.field( 3, 3 ) ];
   in.name = o.bit( 6 ) ? "fuzz.html" : "fuzz.txt";
   decoded_input d;
   document doc;
   const auto err = fuzz::guarded(
      [ & ] {
         d = decode_input( std::string( text ), in, opts );
         doc = extract( d, opts );
      },
      text );
   if( err ) {
      VANBAN_FUZZ_CHECK( *err != error_code::invalid_argument && *err != error_code::icu && *err != error_code::io, "decode/extract failed with " + std::string( to_string( *err ) ) );
      VANBAN_FUZZ_CHECK( *err != error_code::invalid_utf8 || !opts.lossy, "invalid_utf8 despite lossy" );
      return 0;
   }
   const bool html = d.format() == input_format::html;
   VANBAN_FUZZ_CHECK( d.format() != input_format::automatic, "decoded format is automatic" );
   // HTML: spans point into the page's markup; the text is what the page shows, not a slice
   fuzz::check_document( doc, d.source(), !html );
   // extract_in_place: the same document, and the input's text given back byte for byte
   decoded_input lent = decode_input( std::string( text ), in, opts );
   const document again = extract_in_place( lent, opts );
   VANBAN_FUZZ_CHECK( to_json( again ) == to_json( doc ), "extract_in_place made another document" );
   VANBAN_FUZZ_CHECK( lent.source() == d.source() && lent.text() == d.text(), "extract_in_place did not give the text back as it was" );
   return 0;
}
