// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Pathological inputs (in the manner of cmark's suite): correctness only, each input shaped to
// break a naive implementation — deep recursion, quadratic rescans, lost offsets. Timing lives
// in the bench, but each input here is large enough that a quadratic step would not finish
// under the ctest timeout. Limits (options::max_input_bytes, options::max_nesting) are errors
// with a code, a message and a position.

#include <string>

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

#include "test_util.hpp"

using vanban::test::slice;

namespace {

const std::string open_quote = "\u201C";
const std::string close_quote = "\u201D";

/// An amendment quoting an amendment quoting … `depth` levels down, with a citation at the
/// bottom: "Điều 1. Sửa đổi Điều 2 như sau: “Điều 2. Sửa đổi Điều 3 như sau: “… Thông tư …”…”".
std::string nested_amendments( std::size_t depth )
{
   std::string text;
   for( std::size_t k = 1; k <= depth; ++k ) {
      text += "Điều " + std::to_string( k ) + ". Sửa đổi Điều " + std::to_string( k + 1 ) + " như sau:\n" + open_quote;
   }
   text += "Thông tư số 01/2021/TT-BTC ngày 05/01/2021 của Bộ Tài chính.";
   for( std::size_t k = 0; k < depth; ++k ) {
      text += close_quote;
   }
   return text + "\n";
}

vanban::error error_of( const std::string& text, const vanban::options& o = {} )
{
   try {
      (void)vanban::extract( text, o );
   }
   catch( const vanban::error& e ) {
      return e;
   }
   BOOST_FAIL( "no error" );
   throw;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( pathological_test )

BOOST_AUTO_TEST_CASE( quoted_amendments_nested_to_the_limit_are_read )
{
   const std::string text = nested_amendments( 1000 );
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( !d.citations.empty() );
   const auto& c = d.citations.back();
   BOOST_TEST( c.number.value_or( "" ) == "01/2021/TT-BTC" );
   BOOST_TEST( c.text == slice( text, c.span ) );
   BOOST_TEST( c.span.start == text.find( "Thông tư" ) );
   BOOST_TEST( c.span.line == 1001u );
}

BOOST_AUTO_TEST_CASE( quotes_nested_past_max_nesting_are_a_limit_error_at_the_opening )
{
   vanban::options o;
   o.max_nesting = 10;
   o.source = "deep.txt";
   const std::string ok = nested_amendments( 10 );
   BOOST_CHECK_NO_THROW( (void)vanban::extract( ok, o ) );
   const std::string text = nested_amendments( 11 );
   const vanban::error e = error_of( text, o );
   BOOST_TEST( vanban::to_string( e.code() ) == "limit_exceeded" );
   BOOST_TEST( e.message().find( "limit of 10 levels" ) != std::string::npos );
   BOOST_REQUIRE( e.where().has_value() );
   // the 11th opening mark: it starts line 12
   std::size_t at = 0;
   for( int k = 0; k < 11; ++k ) {
      at = text.find( open_quote, k == 0 ? 0 : at + 1 );
   }
   BOOST_TEST( e.where()->byte == at );
   BOOST_TEST( e.where()->line == 12u );
   BOOST_TEST( e.where()->column == 1u );
   BOOST_TEST( std::string( e.what() ).starts_with( "deep.txt:12:1: " ) );
   // the default limit holds 100 000 levels off, without recursion
   const vanban::error deep = error_of( nested_amendments( 100000 ) );
   BOOST_TEST( vanban::to_string( deep.code() ) == "limit_exceeded" );
   BOOST_TEST( deep.where()->line == 1026u );
}

BOOST_AUTO_TEST_CASE( closing_quotes_without_openings_do_not_count )
{
   vanban::options o;
   o.max_nesting = 2;
   std::string text;
   for( int k = 0; k < 1000; ++k ) {
      text += close_quote + open_quote + "Luật Đất đai năm 2024" + close_quote;
   }
   const auto d = vanban::extract( text, o );
   BOOST_TEST( d.citations.size() == 1000u );
}

BOOST_AUTO_TEST_CASE( a_million_times_so_then_a_citation )
{
   std::string text;
   text.reserve( 5u << 20 );
   for( int k = 0; k < 1000000; ++k ) {
      text += "số ";
   }
   text += "Quyết định số 12/QĐ-UBND ngày 02/3/2021 của Ủy ban nhân dân tỉnh Bắc Kạn.";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( d.citations[ 0 ].number.value_or( "" ) == "12/QĐ-UBND" );
   BOOST_TEST( d.citations[ 0 ].span.start == text.find( "Quyết" ) );
   BOOST_TEST( d.citations[ 0 ].span.cp_start == 3000000u );
   BOOST_TEST( d.citations[ 0 ].span.column == 3000001u );
}

BOOST_AUTO_TEST_CASE( a_hundred_thousand_numbers_cut_short_after_so )
{
   // "Quyết định số 1/ số 2/ …": every "số" a candidate number, each cut short
   std::string text = "Quyết định";
   for( int k = 0; k < 100000; ++k ) {
      text += " số " + std::to_string( k % 1000 ) + "/";
   }
   text += "\nChỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.\n";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( !d.citations.empty() );
   const auto& c = d.citations.back();
   BOOST_TEST( c.number.value_or( "" ) == "16/CT-TTg" );
   BOOST_TEST( c.span.line == 2u );
   BOOST_TEST( c.text == slice( text, c.span ) );
}

BOOST_AUTO_TEST_CASE( a_million_blank_lines_are_one_paragraph_break )
{
   // a run of blank lines is one line record and at most two sentence bounds, however long (a
   // file of line breaks took 72 bytes a byte); it ends the cue's scope like one blank line does
   const std::string head = "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ;\nThực hiện";
   const std::string tail = "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về công tác dân vận.\n";
   for( const std::size_t blanks : { std::size_t( 0 ), std::size_t( 1 ), std::size_t( 2 ), std::size_t( 1000000 ) } ) {
      BOOST_TEST_CONTEXT( blanks << " blank lines" )
      {
         const std::string text = head + std::string( blanks + 1, '\n' ) + tail;
         const auto d = vanban::extract( text );
         BOOST_REQUIRE( d.citations.size() == 2u );
         BOOST_TEST( ( d.citations[ 0 ].relation == vanban::relation::based_on ) );
         BOOST_TEST( ( d.citations[ 1 ].relation == ( blanks == 0 ? vanban::relation::implements : vanban::relation::cites ) ) );
         BOOST_TEST( d.citations[ 1 ].span.line == blanks + 3 );
         BOOST_TEST( d.citations[ 1 ].text == slice( text, d.citations[ 1 ].span ) );
      }
   }
}

BOOST_AUTO_TEST_CASE( hundred_thousand_character_lines )
{
   // ASCII, then Vietnamese (3-byte code points after NFC), then a line that is one word
   for( const std::string& unit : { std::string( "a " ), std::string( "ệ " ), std::string( "x" ) } ) {
      std::string text;
      for( int k = 0; k < 100000; ++k ) {
         text += unit;
      }
      const std::size_t cps = unit == "x" ? 100000u : 200000u;
      text += " Luật Đất đai năm 2024\n" + text + "\n";
      const auto d = vanban::extract( text );
      BOOST_REQUIRE( !d.citations.empty() );
      BOOST_TEST( d.citations[ 0 ].text == "Luật Đất đai năm 2024" );
      BOOST_TEST( d.citations[ 0 ].span.line == 1u );
      BOOST_TEST( d.citations[ 0 ].span.column == cps + 2 );
      BOOST_TEST( d.citations[ 0 ].span.cp_start == cps + 1 );
   }
}

BOOST_AUTO_TEST_CASE( a_file_of_combining_marks_only )
{
   // 100 000 combining marks and no base character: NFC leaves them, nothing is found, and a
   // citation after them keeps its offsets
   std::string marks;
   for( int k = 0; k < 100000; ++k ) {
      marks += k % 2 ? "\u0301" : "\u0323";  // acute, dot below (the Vietnamese tone marks)
   }
   const auto d = vanban::extract( marks );
   BOOST_TEST( d.citations.empty() );
   BOOST_TEST( d.structure.empty() );
   const std::string text = marks + "\nLuật Đất đai năm 2024";
   const auto e = vanban::extract( text );
   BOOST_REQUIRE( e.citations.size() == 1u );
   BOOST_TEST( e.citations[ 0 ].span.start == marks.size() + 1 );
   BOOST_TEST( e.citations[ 0 ].span.cp_start == 100001u );
   BOOST_TEST( e.citations[ 0 ].span.line == 2u );
   // marks on a citation's letters move tones (NFC, tone placement) yet the span stays exact
   const std::string stacked = "Lu\u00E2\u0323\u0301\u0301\u0301t \u0110\u1EA5t \u0111ai n\u0103m 2024";
   const auto f = vanban::extract( stacked );
   for( const auto& c : f.citations ) {
      BOOST_TEST( c.text == slice( stacked, c.span ) );
   }
}

BOOST_AUTO_TEST_CASE( nul_bytes_are_spaces_to_extract_and_binary_to_decode_input )
{
   std::string text( 100000, '\0' );
   text += "Chỉ thị số 16/CT-TTg ngày 16/5/2016";
   text += std::string( 1000, '\0' );
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( d.citations[ 0 ].span.start == 100000u );
   BOOST_TEST( d.citations[ 0 ].text == "Chỉ thị số 16/CT-TTg ngày 16/5/2016" );
   // a file is another matter: NUL bytes say binary, with the place of the first
   const std::string file = "Chỉ thị\n số 1" + std::string( 1, '\0' ) + "6";
   try {
      (void)vanban::decode_input( file );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST( vanban::to_string( e.code() ) == "binary_input" );
      BOOST_REQUIRE( e.where().has_value() );
      BOOST_TEST( e.where()->byte == file.find( '\0' ) );
      BOOST_TEST( e.where()->line == 2u );
      BOOST_TEST( e.where()->column == 6u );
   }
}

BOOST_AUTO_TEST_CASE( surrogates_encoded_in_utf8_are_invalid_with_their_position )
{
   // U+D800 (high), U+DC00 (low), and a "pair" encoded as two 3-byte sequences (CESU-8)
   for( const std::string& bad : { std::string( "\xED\xA0\x80" ), std::string( "\xED\xB0\x80" ), std::string( "\xED\xA0\xBD\xED\xB8\x80" ) } ) {
      const std::string text = "Luật Đất đai\nnăm " + bad + " 2024";
      const vanban::error e = error_of( text );
      BOOST_TEST( vanban::to_string( e.code() ) == "invalid_utf8" );
      BOOST_REQUIRE( e.where().has_value() );
      BOOST_TEST( e.where()->byte == text.find( '\xED' ) );
      BOOST_TEST( e.where()->line == 2u );
      BOOST_TEST( e.where()->column == 5u );
      // lossy: one U+FFFD per maximal ill-formed subpart (here each byte), the text around kept
      vanban::options o;
      o.lossy = true;
      const auto d = vanban::extract( text, o );
      BOOST_TEST( d.diagnostics.size() == bad.size() );
      for( const auto& n : d.diagnostics ) {
         BOOST_TEST( n.code == "VB-N001" );
         BOOST_TEST( n.span.end - n.span.start == 1u );
      }
   }
}

BOOST_AUTO_TEST_CASE( lossy_code_point_offsets_are_those_of_python )
{
   // found by vanban_fuzz_extract: a truncated sequence is one code point once replaced, each
   // stray continuation byte another, as bytes.decode("utf-8", "replace") counts them
   const std::string text = "\xE1\xBB x \x80\x80 Luật Đất đai năm 2024\n\xF0\x9F\x80 Luật Nhà ở năm 2023";
   vanban::options o;
   o.lossy = true;
   const auto d = vanban::extract( text, o );
   BOOST_REQUIRE( d.citations.size() == 2u );
   BOOST_TEST( d.citations[ 0 ].span.cp_start == 7u );  // "\uFFFD x \uFFFD\uFFFD Luật"
   BOOST_TEST( d.citations[ 0 ].span.column == 8u );
   BOOST_TEST( d.citations[ 1 ].span.line == 2u );
   BOOST_TEST( d.citations[ 1 ].span.column == 3u );  // "\uFFFD Luật"
   BOOST_TEST( d.citations[ 1 ].span.cp_start == 31u );
   BOOST_REQUIRE( d.diagnostics.size() == 4u );
   BOOST_TEST( d.diagnostics[ 3 ].span.cp_start == 29u );  // line 2 starts at code point 29
   BOOST_TEST( d.diagnostics[ 3 ].span.cp_end == 30u );
}

BOOST_AUTO_TEST_CASE( lossy_notes_and_warnings_are_one_list_in_text_order )
{
   // found by vanban_fuzz_extract: the notes of lossy decoding came first, a VB-W001 of an
   // earlier date after them
   const std::string text = "Quyết định số 12/QĐ-UBND ngày 31/4/2020 của UBND tỉnh \xFF và \xFE";
   vanban::options o;
   o.lossy = true;
   const auto d = vanban::extract( text, o );
   BOOST_REQUIRE( d.diagnostics.size() == 3u );
   BOOST_TEST( d.diagnostics[ 0 ].code == "VB-W001" );
   BOOST_TEST( d.diagnostics[ 1 ].code == "VB-N001" );
   BOOST_TEST( d.diagnostics[ 1 ].span.start == text.find( '\xFF' ) );
   BOOST_TEST( d.diagnostics[ 2 ].span.start == text.find( '\xFE' ) );
}

BOOST_AUTO_TEST_CASE( overlong_encodings_are_invalid_with_their_position )
{
   // '/' as 2, 3 and 4 bytes, NUL as 2 bytes (Modified UTF-8), and past U+10FFFF
   for( const std::string& bad : { std::string( "\xC0\xAF" ), std::string( "\xE0\x80\xAF" ), std::string( "\xF0\x80\x80\xAF" ), std::string( "\xC0\x80" ), std::string( "\xF4\x90\x80\x80" ) } ) {
      const std::string text = "Nghị định số 15" + bad + "2020/NĐ-CP";
      const vanban::error e = error_of( text );
      BOOST_TEST( vanban::to_string( e.code() ) == "invalid_utf8" );
      BOOST_REQUIRE( e.where().has_value() );
      BOOST_TEST( e.where()->byte == text.find( bad ) );
      BOOST_TEST( e.where()->column == 16u );
      vanban::options o;
      o.lossy = true;
      const auto d = vanban::extract( text, o );
      BOOST_TEST( d.diagnostics.size() == bad.size() );  // no prefix of these is a valid start
      for( const auto& c : d.citations ) {
         BOOST_TEST( c.text == slice( text, c.span ) );
      }
   }
}

BOOST_AUTO_TEST_CASE( cr_only_line_ends )
{
   std::string text = "ỦY BAN NHÂN DÂN\rTỈNH BẮC KẠN\r\rCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\r";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( !d.citations.empty() );
   const auto& c = d.citations[ 0 ];
   BOOST_TEST( c.text == slice( text, c.span ) );
   BOOST_TEST( c.span.line == 4u );
   BOOST_TEST( c.span.column == 8u );
   // 100 000 lone CRs, then the citation: line 100 001
   const std::string many = std::string( 100000, '\r' ) + "Luật Đất đai năm 2024";
   const auto m = vanban::extract( many );
   BOOST_REQUIRE( m.citations.size() == 1u );
   BOOST_TEST( m.citations[ 0 ].span.line == 100001u );
   BOOST_TEST( m.citations[ 0 ].span.column == 1u );
}

BOOST_AUTO_TEST_CASE( oversized_input_is_a_limit_error_at_the_first_byte_past_it )
{
   vanban::options o;
   o.max_input_bytes = 20;
   o.source = "big.txt";
   const std::string text = "Luật\nĐất đai năm 2024 và Luật Nhà ở";
   const vanban::error e = error_of( text, o );
   BOOST_TEST( vanban::to_string( e.code() ) == "limit_exceeded" );
   BOOST_REQUIRE( e.where().has_value() );
   BOOST_TEST( e.where()->byte == 20u );
   BOOST_TEST( e.where()->line == 2u );
   BOOST_TEST( std::string( e.what() ).starts_with( "big.txt:2:" ) );
   // decode_input says the same
   try {
      (void)vanban::decode_input( text, {}, o );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& d ) {
      BOOST_TEST( vanban::to_string( d.code() ) == "limit_exceeded" );
      BOOST_REQUIRE( d.where().has_value() );
      BOOST_TEST( d.where()->byte == 20u );
   }
}

BOOST_AUTO_TEST_CASE( errors_in_a_conversion_point_into_the_input )
{
   // found by vanban_fuzz_extract: UTF-8 bytes read as UTF-16BE convert to more bytes than they
   // are; binary data found in the conversion named a byte past the input
   std::string utf16 = "\xFE\xFF";  // BOM, then "Lu\u1EADt" and NUL characters in UTF-16BE
   for( const char16_t c : std::u16string( u"Lu\u1EADt\n\U0001F600x" ) ) {
      if( c >= 0xD800 && c <= 0xDFFF ) {
         utf16 += char( c >> 8 );
         utf16 += char( c & 0xFF );
         continue;
      }
      utf16 += char( c >> 8 );
      utf16 += char( c & 0xFF );
   }
   utf16 += std::string( 4, '\0' );  // U+0000 twice
   try {
      (void)vanban::decode_input( utf16 );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST( vanban::to_string( e.code() ) == "binary_input" );
      BOOST_REQUIRE( e.where().has_value() );
      BOOST_TEST( e.where()->byte == utf16.size() - 4 );  // the first U+0000, in UTF-16 bytes
      BOOST_TEST( e.where()->line == 2u );
   }
}

BOOST_AUTO_TEST_CASE( many_unclosed_tags_and_lone_angle_brackets_in_html )
{
   // "<a" with no '>' after it, 100 000 times, and "<" before text: no rescans, no error
   std::string page = "<html><body><p>Luật Đất đai năm 2024</p>";
   for( int k = 0; k < 100000; ++k ) {
      page += k % 2 ? "< x" : "<a";
   }
   vanban::input_options in;
   in.format = vanban::input_format::html;
   const auto d = vanban::extract( vanban::decode_input( page, in ) );
   BOOST_REQUIRE( !d.citations.empty() );
   BOOST_TEST( d.citations[ 0 ].text == "Luật Đất đai năm 2024" );
   BOOST_TEST( d.citations[ 0 ].span.start == page.find( "Luật" ) );
}

BOOST_AUTO_TEST_CASE( html_nesting_limit_is_an_option_with_the_position )
{
   std::string page = "<html><body>\n";
   for( int k = 0; k < 6; ++k ) {
      page += "<div>";
   }
   page += "Luật Đất đai năm 2024";
   vanban::input_options in;
   in.format = vanban::input_format::html;
   vanban::options o;
   o.max_nesting = 5;
   try {
      (void)vanban::decode_input( page, in, o );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST( vanban::to_string( e.code() ) == "limit_exceeded" );
      BOOST_REQUIRE( e.where().has_value() );
      BOOST_TEST( e.where()->byte == page.rfind( "<div>" ) );
      BOOST_TEST( e.where()->line == 2u );
      BOOST_TEST( e.where()->column == 26u );
   }
   o.max_nesting = 6;
   const auto d = vanban::extract( vanban::decode_input( page, in, o ), o );
   BOOST_TEST( d.citations.size() == 1u );
}

BOOST_AUTO_TEST_CASE( quotes_nested_too_deep_in_html_are_reported_in_the_page )
{
   std::string page = "<html><body>\n<p>";
   for( int k = 0; k < 4; ++k ) {
      page += "&ldquo;<b>x</b>";
   }
   page += "</p>";
   vanban::input_options in;
   in.format = vanban::input_format::html;
   vanban::options o;
   o.max_nesting = 3;
   const vanban::decoded_input d = vanban::decode_input( page, in, o );
   try {
      (void)vanban::extract( d, o );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST( vanban::to_string( e.code() ) == "limit_exceeded" );
      BOOST_REQUIRE( e.where().has_value() );
      // the fourth &ldquo; of the page, not of its text
      std::size_t at = 0;
      for( int k = 0; k < 4; ++k ) {
         at = page.find( "&ldquo;", k == 0 ? 0 : at + 1 );
      }
      BOOST_TEST( e.where()->byte == at );
      BOOST_TEST( e.where()->line == 2u );
   }
}

BOOST_AUTO_TEST_SUITE_END()
