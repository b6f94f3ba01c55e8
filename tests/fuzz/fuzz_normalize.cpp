// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// vanban_fuzz_normalize: the normalizer (src/normalize) and its offset map. First byte: bit 0
// options::lossy. Checks:
//  - the normalized text is valid UTF-8, NFC, without CR or control characters but LF and tab;
//  - every code-point boundary of the normalized text maps (start_to_source, end_to_source)
//    inside the original, onto a code-point boundary of it, monotonically, and each code point
//    onto a non-empty range: start(b[i]) < end(b[i+1]);
//  - normalizing again changes nothing (each stage is idempotent);
//  - the notes of lossy mode cover invalid bytes of the original, in order.

#include <string>

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput( const unsigned char* data, std::size_t size )
{
   using namespace vanban;
   const fuzz::options_byte o( std::string_view( reinterpret_cast<const char*>( data ), size ) );
   options opts;
   opts.lossy = o.bit( 0 );
   const std::string_view original = o.rest;
   detail::normalized_text n;
   const auto err = fuzz::guarded( [ & ] { n = detail::normalize( original, opts ); }, original );
   if( err ) {
      VANBAN_FUZZ_CHECK( *err == error_code::invalid_utf8 && !opts.lossy, "normalize failed with " + std::string( to_string( *err ) ) );
      return 0;
   }
   const std::string_view t = n.text;
   std::vector<std::size_t> boundaries;
   for( std::size_t i = 0; i < t.size(); ) {
      const std::size_t len = detail::valid_sequence( t, i );
      VANBAN_FUZZ_CHECK( len > 0, "normalized text is not UTF-8 at byte " + std::to_string( i ) );
      const auto b = static_cast<unsigned char>( t[ i ] );
      VANBAN_FUZZ_CHECK( b >= 0x20 || b == '\n' || b == '\t', "control character " + std::to_string( b ) + " in the normalized text" );
      VANBAN_FUZZ_CHECK( b != 0x7F, "DEL in the normalized text" );
      boundaries.push_back( i );
      i += len;
   }
   boundaries.push_back( t.size() );
   UErrorCode ec = U_ZERO_ERROR;
   const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance( ec );
   VANBAN_FUZZ_CHECK( U_SUCCESS( ec ), "ICU NFC data" );
   VANBAN_FUZZ_CHECK( nfc->isNormalizedUTF8( icu::StringPiece( t.data(), std::int32_t( t.size() ) ), ec ) && U_SUCCESS( ec ), "normalized text is not NFC" );

   const fuzz::text_index ix( original );
   std::size_t last_start = 0;
   std::size_t last_end = 0;
   for( std::size_t k = 0; k < boundaries.size(); ++k ) {
      const std::size_t b = boundaries[ k ];
      const std::size_t s = n.map.start_to_source( b );
      const std::size_t e = n.map.end_to_source( b );
      const std::string at = "normalized offset " + std::to_string( b ) + " -> start " + std::to_string( s ) + ", end " + std::to_string( e ) + " of " + std::to_string( original.size() );
      VANBAN_FUZZ_CHECK( s <= original.size() && e <= original.size(), at + ": outside the original" );
      VANBAN_FUZZ_CHECK( ix.boundary( s ) && ix.boundary( e ), at + ": inside a code point of the original" );
      VANBAN_FUZZ_CHECK( s >= last_start && e >= last_end, at + ": not monotonic" );
      if( k > 0 ) {
         VANBAN_FUZZ_CHECK( n.map.start_to_source( boundaries[ k - 1 ] ) < e, at + ": a code point maps onto nothing" );
      }
      last_start = s;
      last_end = e;
   }
   VANBAN_FUZZ_CHECK( n.map.end_to_source( t.size() ) <= original.size(), "end of text maps past the original" );

   std::size_t previous = 0;
   for( const diagnostic& d : n.notes ) {
      VANBAN_FUZZ_CHECK( opts.lossy && d.code == "VB-N001", "a note without lossy: " + d.code );
      VANBAN_FUZZ_CHECK( d.span.start < d.span.end && d.span.end <= original.size() && d.span.start >= previous, "note span" );
      VANBAN_FUZZ_CHECK( detail::valid_sequence( original, d.span.start ) == 0, "a note on valid UTF-8" );
      previous = d.span.end;
   }

   options again;
   const std::string copy( t );
   const detail::normalized_text n2 = detail::normalize( copy, again );
   VANBAN_FUZZ_CHECK( n2.text == t, "normalizing twice changes the text" );
   return 0;
}
