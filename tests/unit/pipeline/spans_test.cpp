// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Spans point at the original bytes whatever normalization did: NFD input, Ð for Đ, en dashes,
// no-break spaces, a BOM, CRLF line ends.

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

#include "test_util.hpp"

using vanban::test::slice;

BOOST_AUTO_TEST_SUITE( spans_test )

BOOST_AUTO_TEST_CASE( decomposed_input_spans_the_original_bytes )
{
   // "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ" written with combining marks
   const std::string text = "Theo Ngh\x69\xCC\xA3 \xC4\x91i\xCC\xA3nh s\xC3\xB4\xCC\x81 15/2020/N\xC4\x90-CP nga\xCC\x80y 03/02/2020 cu\xCC\x89" "a Chi\xCC\x81nh phu\xCC\x89.";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 1u );
   const auto& c = d.citations[ 0 ];
   BOOST_TEST( c.number.value_or( "" ) == "15/2020/NĐ-CP" );
   BOOST_TEST( c.date->iso() == "2020-02-03" );
   BOOST_TEST( c.issuer->name == "Chính phủ" );
   BOOST_TEST( c.text == slice( text, c.span ) );
   BOOST_TEST( c.span.start == text.find( "Ngh" ) );
   BOOST_TEST( c.span.end == text.size() - 1 );  // up to the issuer, before the final '.'
   BOOST_TEST( c.span.cp_start == 5u );
   BOOST_TEST( c.span.line == 1u );
   BOOST_TEST( c.span.column == 6u );
}

BOOST_AUTO_TEST_CASE( eth_and_en_dash_keep_the_text_as_written )
{
   const std::string text = "Quyết định 775/Q\xC3\x90\xE2\x80\x93" "BVHTTDL ngày 1/8/2025";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 1u );
   const auto& c = d.citations[ 0 ];
   BOOST_TEST( c.number.value_or( "" ) == "775/QĐ-BVHTTDL" );
   BOOST_TEST( c.text == text );
   BOOST_TEST( c.span.end == text.size() );
   BOOST_TEST( c.span.cp_end == 39u );
}

BOOST_AUTO_TEST_CASE( bom_crlf_and_no_break_spaces )
{
   const std::string text = "\xEF\xBB\xBF" "Dòng một\r\nCăn cứ Nghị định số\xC2\xA0" "30/2020/NĐ-CP;\r\n";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 1u );
   const auto& c = d.citations[ 0 ];
   BOOST_TEST( slice( text, c.span ) == "Nghị định số\xC2\xA0" "30/2020/NĐ-CP" );
   BOOST_TEST( c.span.line == 2u );
   BOOST_TEST( c.span.column == 8u );
   BOOST_TEST( c.span.cp_start == 18u );  // the BOM and CR count: offsets are into the input as given
   BOOST_TEST( ( c.relation == vanban::relation::based_on ) );
   BOOST_TEST( slice( text, c.cue->span ) == "Căn cứ" );
}

BOOST_AUTO_TEST_CASE( dates_and_bodies_have_spans_too )
{
   const std::string text = "Ngày 11/01/2021, UBND tỉnh Bắc Kạn ban hành Kế hoạch số 05/KH-UBND.";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( !d.dates.empty() );
   BOOST_TEST( slice( text, d.dates[ 0 ].span ) == "Ngày 11/01/2021" );
   BOOST_TEST( d.dates[ 0 ].value.iso() == "2021-01-11" );
   BOOST_REQUIRE( !d.bodies.empty() );
   BOOST_TEST( slice( text, d.bodies[ 0 ].span ) == "UBND tỉnh Bắc Kạn" );
   BOOST_TEST( d.bodies[ 0 ].body.name == "Ủy ban nhân dân tỉnh Bắc Kạn" );
}

namespace {

/// The length of the code point at `i` as bytes.decode("utf-8", "replace") reads it (Unicode
/// §3.9): a valid sequence, or its maximal ill-formed subpart (at least one byte), one U+FFFD.
std::size_t python_code_point( const std::string& t, std::size_t i )
{
   const auto b = static_cast<unsigned char>( t[ i ] );
   // the range of each continuation byte after the lead byte, or none
   unsigned char lo = 0x80;
   unsigned char hi = 0xBF;
   std::size_t need = 0;
   if( b < 0x80 ) {
      return 1;
   }
   if( b >= 0xC2 && b <= 0xDF ) {
      need = 1;
   }
   else if( b >= 0xE0 && b <= 0xEF ) {
      need = 2;
      lo = b == 0xE0 ? 0xA0 : 0x80;
      hi = b == 0xED ? 0x9F : 0xBF;
   }
   else if( b >= 0xF0 && b <= 0xF4 ) {
      need = 3;
      lo = b == 0xF0 ? 0x90 : 0x80;
      hi = b == 0xF4 ? 0x8F : 0xBF;
   }
   std::size_t n = 1;
   for( ; n <= need && i + n < t.size(); ++n ) {
      const auto c = static_cast<unsigned char>( t[ i + n ] );
      if( c < lo || c > hi ) {
         break;
      }
      lo = 0x80;
      hi = 0xBF;
   }
   return n;
}

/// Extracts `text` and checks every span's code points, line and column against a count made
/// code point by code point, as the schema defines them (LF and a CR not before LF end lines).
/// Returns the spans' starts.
std::vector<std::size_t> check_every_span( const std::string& text, const vanban::options& o, std::size_t mentions )
{
   std::vector<std::size_t> cp( text.size() + 1 );
   std::vector<std::uint32_t> line( text.size() + 1 );
   std::vector<std::uint32_t> column( text.size() + 1 );
   std::size_t c = 0;
   std::size_t line_start = 0;
   std::uint32_t l = 1;
   for( std::size_t i = 0; i <= text.size(); ) {
      cp[ i ] = c;
      line[ i ] = l;
      column[ i ] = std::uint32_t( c - line_start + 1 );
      if( i == text.size() ) {
         break;
      }
      const std::size_t n = python_code_point( text, i );
      for( std::size_t k = 1; k < n; ++k ) {
         // inside a code point: the offset counts it (it starts before)
         cp[ i + k ] = c + 1;
         line[ i + k ] = l;
         column[ i + k ] = std::uint32_t( c + 1 - line_start + 1 );
      }
      ++c;
      if( text[ i ] == '\n' || ( text[ i ] == '\r' && ( i + 1 == text.size() || text[ i + 1 ] != '\n' ) ) ) {
         ++l;
         line_start = c;
      }
      i += n;
   }
   auto d = vanban::extract( text, o );
   BOOST_TEST_REQUIRE( d.citations.size() == mentions );
   std::vector<std::size_t> starts;
   vanban::for_each_span( d, [ & ]( vanban::span& s ) {
      BOOST_TEST_REQUIRE( s.end <= text.size() );
      BOOST_TEST( s.cp_start == cp[ s.start ] );
      BOOST_TEST( s.line == line[ s.start ] );
      BOOST_TEST( s.column == column[ s.start ] );
      BOOST_TEST( s.cp_end == cp[ s.end ] );
      starts.push_back( s.start );
   } );
   BOOST_TEST( slice( text, d.citations.back().span ) == "Nghị định số " + std::to_string( mentions ) + "/2020/NĐ-CP ngày 03/02/2020 của Chính phủ" );
   return starts;
}

/// `mentions` citations, each after a run of `fillers`: k % `short_run` of them before the k-th,
/// and 80 to 279 before every `long_run`-th (gaps over 256 bytes).
std::string citations_among( const std::vector<std::string>& fillers, std::size_t mentions, std::size_t short_run, std::size_t long_run )
{
   std::string text;
   for( std::size_t k = 0; k < mentions; ++k ) {
      const std::size_t n = k % long_run == 0 ? 80 + k % 200 : k % short_run;
      for( std::size_t j = 0; j < n; ++j ) {
         text += fillers[ ( k + j * j ) % fillers.size() ];
      }
      text += " theo Nghị định số " + std::to_string( k + 1 ) + "/2020/NĐ-CP ngày 03/02/2020 của Chính phủ.";
   }
   return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE( code_points_lines_and_columns_at_every_alignment )
{
   // the positions are counted 64 bytes at a time in valid text, line ends among them, from a
   // mark kept every 256 bytes or from the last position asked, whichever is nearer: mentions at
   // every offset modulo 64 after ASCII, two-, three- and four-byte letters, LF, CRLF and lone
   // CR (a CRLF across two blocks among them), gaps longer than 256 bytes now and then, and
   // spans asked out of text order (a cue before its citation, a section after its last child)
   const std::vector<std::string> fillers = { "a", "ă", "ữ", "\xF0\x9F\x93\x9C", " ", "\n", "\r\n", "\r" };
   for( const std::size_t mentions : { std::size_t( 160 ), std::size_t( 1500 ), std::size_t( 12000 ) } ) {
      const auto starts = check_every_span( citations_among( fillers, mentions, 19, 29 ), {}, mentions );
      std::set<std::size_t> alignments;
      std::size_t backwards = 0;
      std::size_t far = 0;
      for( std::size_t i = 0; i < starts.size(); ++i ) {
         alignments.insert( starts[ i ] % 64 );
         backwards += i > 0 && starts[ i ] < starts[ i - 1 ] ? 1 : 0;
         far += i > 0 && starts[ i ] > starts[ i - 1 ] + 256 ? 1 : 0;
      }
      BOOST_TEST_MESSAGE( mentions << " mentions: " << starts.size() << " spans, " << backwards << " asked before the one before, " << far << " over 256 bytes after it" );
      BOOST_TEST( alignments.size() == 64u );
      BOOST_TEST( backwards >= mentions );  // each cue
      BOOST_TEST( far >= mentions / 29 );
   }
}

BOOST_AUTO_TEST_CASE( code_points_of_lossy_text_at_every_alignment )
{
   // invalid UTF-8, repaired (options::lossy): counted a code point at a time as Python's
   // "replace" counts them, each maximal ill-formed subpart one; the marks every 256 bytes fall
   // inside sequences and subparts of every length
   const std::vector<std::string> fillers = { "ă", "\xE1\xBB", "\x80", "\xF0\x9F\x80", "\xC3", "\xF0\x9F\x93\x9C", "\n", "\r", " ", "\xED\xA0\x80" };
   vanban::options o;
   o.lossy = true;
   for( const std::size_t mentions : { std::size_t( 100 ), std::size_t( 3000 ) } ) {
      const auto starts = check_every_span( citations_among( fillers, mentions, 13, 31 ), o, mentions );
      std::set<std::size_t> alignments;
      for( const std::size_t s : starts ) {
         alignments.insert( s % 64 );
      }
      BOOST_TEST( alignments.size() == 64u );
   }
}

BOOST_AUTO_TEST_SUITE_END()
