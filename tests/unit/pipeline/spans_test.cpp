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

BOOST_AUTO_TEST_CASE( code_points_lines_and_columns_at_every_alignment )
{
   // the sweep that fills code points, lines and columns counts up to sixteen bytes at a time
   // before a line end or a span's end, sorts the spans' ends by radix once there are thousands,
   // and takes the text a window at a time once there are over 65536 of them: mentions at every
   // offset modulo sixteen after ASCII, two-, three- and four-byte letters, LF, CRLF and lone
   // CR, each span checked against a count made byte by byte
   const std::vector<std::string> fillers = { "a", "ă", "ữ", "\xF0\x9F\x93\x9C", " ", "\n", "\r\n", "\r" };
   for( const std::size_t mentions : { std::size_t( 160 ), std::size_t( 1500 ), std::size_t( 12000 ) } ) {
      std::string text;
      for( std::size_t k = 0; k < mentions; ++k ) {
         for( std::size_t j = 0; j < k % 19; ++j ) {
            text += fillers[ ( k + j * j ) % fillers.size() ];
         }
         text += " theo Nghị định số " + std::to_string( k + 1 ) + "/2020/NĐ-CP ngày 03/02/2020 của Chính phủ.";
      }
      // code point, line and column of every byte offset, as the schema defines them
      std::vector<std::size_t> cp( text.size() + 1 );
      std::vector<std::uint32_t> line( text.size() + 1 );
      std::vector<std::uint32_t> column( text.size() + 1 );
      std::size_t c = 0;
      std::size_t line_start = 0;
      std::uint32_t l = 1;
      for( std::size_t i = 0; i <= text.size(); ++i ) {
         cp[ i ] = c;
         line[ i ] = l;
         column[ i ] = std::uint32_t( c - line_start + 1 );
         if( i == text.size() ) {
            break;
         }
         const auto b = static_cast<unsigned char>( text[ i ] );
         if( ( b & 0xC0 ) != 0x80 ) {
            ++c;
         }
         if( b == '\n' || ( b == '\r' && ( i + 1 == text.size() || text[ i + 1 ] != '\n' ) ) ) {
            ++l;
            line_start = c;
         }
      }
      auto d = vanban::extract( text );
      BOOST_TEST_REQUIRE( d.citations.size() == mentions );
      std::size_t spans = 0;
      std::set<std::size_t> alignments;
      vanban::for_each_span( d, [ & ]( vanban::span& s ) {
         BOOST_TEST_REQUIRE( s.end <= text.size() );
         BOOST_TEST( s.cp_start == cp[ s.start ] );
         BOOST_TEST( s.line == line[ s.start ] );
         BOOST_TEST( s.column == column[ s.start ] );
         BOOST_TEST( s.cp_end == cp[ s.end ] );
         alignments.insert( s.start % 16 );
         ++spans;
      } );
      BOOST_TEST( alignments.size() == 16u );
      BOOST_TEST_MESSAGE( mentions << " mentions: " << spans << " spans" );
      // over 4096 ends: the radix sort; over 2 × 65536: windows of 65536 ends or a quarter of them
      BOOST_TEST( spans > ( mentions == 12000 ? 65536u : mentions == 1500 ? 2048u : 160u ) );
      BOOST_TEST( slice( text, d.citations.back().span ) == "Nghị định số " + std::to_string( mentions ) + "/2020/NĐ-CP ngày 03/02/2020 của Chính phủ" );
   }
}

BOOST_AUTO_TEST_SUITE_END()
