// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// vanban_fuzz_html: bytes read as an HTML page (Gumbo, src/input/html.cpp). First byte: bit 0
// options::lossy; bits 1-2 the encoding (none: BOM or <meta charset>, UTF-8, windows-1258,
// UTF-16LE). Checks: only vanban::error leaves; the page's text is valid UTF-8; its map back to
// the page stays inside it, on code-point boundaries, monotonically; the layout's ranges are
// sorted and inside the page; the extraction's spans point into the page consistently.

#include <array>
#include <string>

#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput( const unsigned char* data, std::size_t size )
{
   using namespace vanban;
   static constexpr std::array<const char*, 4> encodings{ "", "UTF-8", "windows-1258", "UTF-16LE" };
   const fuzz::options_byte o( std::string_view( reinterpret_cast<const char*>( data ), size ) );
   options opts;
   opts.lossy = o.bit( 0 );
   input_options in;
   in.format = input_format::html;
   in.encoding = encodings[ o.field( 1, 2 ) ];
   decoded_input d;
   document doc;
   bool decoded = false;
   const auto err = fuzz::guarded(
      [ & ] {
         d = decode_input( std::string( o.rest ), in, opts );
         decoded = true;
         doc = extract( d, opts );
      },
      o.rest );
   if( !decoded ) {
      VANBAN_FUZZ_CHECK( err && ( *err == error_code::binary_input || *err == error_code::limit_exceeded || ( *err == error_code::invalid_utf8 && !opts.lossy ) ), "decode_input(html) failed with " + std::string( to_string( *err ) ) );
      return 0;
   }
   VANBAN_FUZZ_CHECK( d.format() == input_format::html && d.layout() != nullptr, "HTML input without a layout" );
   const std::string& source = d.source();
   const std::string_view text = d.text();
   const fuzz::text_index ix( source );

   const html_layout& l = *d.layout();
   VANBAN_FUZZ_CHECK( l.head <= source.size() && l.body_end <= source.size(), "layout head/body_end past the page" );
   for( std::size_t k = 0; k < l.text.size(); ++k ) {
      VANBAN_FUZZ_CHECK( l.text[ k ].start < l.text[ k ].end && l.text[ k ].end <= source.size(), "layout text range" );
      VANBAN_FUZZ_CHECK( k == 0 || l.text[ k - 1 ].end <= l.text[ k ].start, "layout text ranges overlap or are out of order" );
   }
   for( std::size_t k = 0; k < l.active.size(); ++k ) {
      VANBAN_FUZZ_CHECK( l.active[ k ].start <= l.active[ k ].end && l.active[ k ].end <= source.size(), "layout active range" );
      VANBAN_FUZZ_CHECK( k == 0 || l.active[ k - 1 ].start <= l.active[ k ].start, "layout active ranges out of order" );
   }

   std::size_t last_start = 0;
   std::size_t last_end = 0;
   std::size_t previous = 0;
   bool first = true;
   for( std::size_t i = 0;; ) {
      const std::size_t s = d.start_to_source( i );
      const std::size_t e = d.end_to_source( i );
      const std::string at = "text offset " + std::to_string( i ) + " -> [" + std::to_string( s ) + "," + std::to_string( e ) + ") of " + std::to_string( source.size() );
      VANBAN_FUZZ_CHECK( s <= source.size() && e <= source.size(), at + ": outside the page" );
      VANBAN_FUZZ_CHECK( ix.boundary( s ) && ix.boundary( e ), at + ": inside a code point of the page" );
      VANBAN_FUZZ_CHECK( s >= last_start && e >= last_end, at + ": not monotonic" );
      VANBAN_FUZZ_CHECK( first || d.start_to_source( previous ) <= e, at + ": a character maps backwards" );
      last_start = s;
      last_end = e;
      previous = i;
      first = false;
      if( i == text.size() ) {
         break;
      }
      const std::size_t len = detail::valid_sequence( text, i );
      VANBAN_FUZZ_CHECK( len > 0, "the page's text is not UTF-8 at byte " + std::to_string( i ) );
      i += len;
   }
   if( !err ) {
      fuzz::check_document( doc, source, false );
   }
   else {
      VANBAN_FUZZ_CHECK( *err == error_code::limit_exceeded, "extract(html) failed with " + std::string( to_string( *err ) ) );
   }
   return 0;
}
