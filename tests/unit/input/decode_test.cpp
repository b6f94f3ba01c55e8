// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// decode_input(): encodings (BOM, UTF-16, windows-1258 by name), binary data, format detection,
// and what each bad input tells the caller.

#include <filesystem>

#include <boost/test/unit_test.hpp>

#include <cctype>

#include <unistd.h>

#include <vanban/vanban.hpp>

#include "test_util.hpp"

using vanban::test::slice;

namespace {

bool has_code( const vanban::error& e, vanban::error_code c )
{
   return e.code() == c;
}

/// `s` (ASCII and BMP only) in UTF-16LE, with a BOM.
std::string utf16le( const std::u16string& s )
{
   std::string r = "\xFF\xFE";
   for( const char16_t c : s ) {
      r += char( c & 0xFF );
      r += char( c >> 8 );
   }
   return r;
}

std::string utf16be( const std::u16string& s )
{
   std::string r = "\xFE\xFF";
   for( const char16_t c : s ) {
      r += char( c >> 8 );
      r += char( c & 0xFF );
   }
   return r;
}

// "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ" in windows-1258:
// precomposed base letters (ă ư ô đ Đ), tone marks as combining characters (0xCC grave,
// 0xEC acute, 0xD2 hook above, 0xF2 dot below), as the code page writes Vietnamese.
const std::string cp1258 = "C\xE3n c\xFD\xEC Nghi\xF2 \xF0i\xF2nh s\xF4\xEC 30/2020/N\xD0-CP nga\xCCy 05 tha\xECng 3 n\xE3m 2020 cu\xD2" "a Chi\xECnh phu\xD2";

}  // namespace

BOOST_AUTO_TEST_SUITE( decode_test )

BOOST_AUTO_TEST_CASE( utf8_without_bom_is_kept_as_is )
{
   const std::string text = "Chỉ thị số 16/CT-TTg ngày 16/5/2016";
   const auto d = vanban::decode_input( text );
   BOOST_TEST( d.source() == text );
   BOOST_TEST( d.text() == text );
   BOOST_TEST( d.encoding() == "UTF-8" );
   BOOST_TEST( ( d.format() == vanban::input_format::text ) );
   BOOST_TEST( d.layout() == nullptr );
}

BOOST_AUTO_TEST_CASE( utf8_bom_is_kept_and_counted_in_offsets )
{
   const std::string text = "\xEF\xBB\xBF" "Chỉ thị số 16/CT-TTg";
   const auto doc = vanban::extract( vanban::decode_input( text ) );
   BOOST_REQUIRE( doc.citations.size() == 1u );
   BOOST_TEST( doc.citations[ 0 ].span.start == 3u );
   BOOST_TEST( doc.citations[ 0 ].span.cp_start == 1u );  // the BOM is one code point
}

BOOST_AUTO_TEST_CASE( utf16_with_bom_is_converted_in_both_byte_orders )
{
   const std::u16string text = u"Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;";
   for( const std::string& bytes : { utf16le( text ), utf16be( text ) } ) {
      const auto d = vanban::decode_input( bytes );
      BOOST_TEST( d.source() == "\xEF\xBB\xBF" "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;" );
      const auto doc = vanban::extract( d );
      BOOST_REQUIRE( doc.citations.size() == 1u );
      const auto& c = doc.citations[ 0 ];
      BOOST_TEST( c.number.value_or( "" ) == "30/2020/NĐ-CP" );
      BOOST_TEST( c.date->iso() == "2020-03-05" );
      BOOST_TEST( slice( d.source(), c.span ) == c.text );
      BOOST_TEST( c.span.cp_start == 8u );  // BOM + "Căn cứ "
   }
   BOOST_TEST( vanban::decode_input( utf16le( text ) ).encoding() == "UTF-16LE" );
   BOOST_TEST( vanban::decode_input( utf16be( text ) ).encoding() == "UTF-16BE" );
}

BOOST_AUTO_TEST_CASE( utf16_surrogate_pairs_survive )
{
   const std::string bytes = utf16le( u"Luật \U0001F600 Đất đai năm 2024" );
   BOOST_TEST( vanban::decode_input( bytes ).source() == "\xEF\xBB\xBF" "Luật \xF0\x9F\x98\x80 Đất đai năm 2024" );
}

BOOST_AUTO_TEST_CASE( unpaired_surrogate_in_utf16_is_an_error_with_its_byte )
{
   std::string bytes = utf16le( u"Luật\n Đất " );
   bytes += std::string( "\x00\xDC", 2 );  // a low surrogate alone
   bytes += utf16le( u"đai" ).substr( 2 );
   vanban::options o;
   o.source = "u16.txt";
   try {
      (void)vanban::decode_input( bytes, {}, o );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST( has_code( e, vanban::error_code::invalid_utf8 ) );
      BOOST_TEST( e.message().starts_with( "invalid UTF-16LE" ) );
      BOOST_REQUIRE( e.where().has_value() );
      BOOST_TEST( e.where()->byte == 2u + 2u * 10u );
      BOOST_TEST( e.where()->line == 2u );
      BOOST_TEST( e.where()->column == 6u );  // " Đất " then the bad unit
   }
   o.lossy = true;
   const auto d = vanban::decode_input( bytes, {}, o );
   BOOST_TEST( d.source() == "\xEF\xBB\xBF" "Luật\n Đất \xEF\xBF\xBD" "đai" );
   BOOST_REQUIRE( d.notes().size() == 1u );
   BOOST_TEST( d.notes()[ 0 ].code == "VB-N001" );
   BOOST_TEST( d.notes()[ 0 ].span.start == d.source().find( "\xEF\xBF\xBD" ) );
   const auto doc = vanban::extract( d, o );
   BOOST_REQUIRE( doc.diagnostics.size() == 1u );
   BOOST_TEST( doc.diagnostics[ 0 ].span.line == 2u );
}

BOOST_AUTO_TEST_CASE( odd_length_utf16_is_a_truncated_sequence )
{
   const std::string bytes = utf16le( u"Luật" ) + "\x41";
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( bytes ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::invalid_utf8 ) && e.message().find( "truncated" ) != std::string::npos; } );
}

BOOST_AUTO_TEST_CASE( windows_1258_by_name_gives_nfc_matches_and_spans_into_the_conversion )
{
   vanban::input_options in;
   in.encoding = "windows-1258";
   const auto d = vanban::decode_input( cp1258, in );
   BOOST_TEST( d.encoding() == "windows-1258" );
   // the conversion keeps the combining tone marks; the normalizer composes them (NFC)
   BOOST_TEST( d.source().find( "Nghi\xCC\xA3" ) != std::string::npos );
   const auto doc = vanban::extract( d );
   BOOST_REQUIRE( doc.citations.size() == 1u );
   const auto& c = doc.citations[ 0 ];
   BOOST_TEST( c.type == "Nghị định" );
   BOOST_TEST( c.number.value_or( "" ) == "30/2020/NĐ-CP" );
   BOOST_TEST( c.date->iso() == "2020-03-05" );
   BOOST_TEST( c.issuer->name == "Chính phủ" );
   BOOST_TEST( slice( d.source(), c.span ) == c.text );
   BOOST_TEST( c.span.cp_start == 8u );  // "Căn cứ ": the file's tone mark on ư is a code point of its own
}

BOOST_AUTO_TEST_CASE( encoding_names_ignore_case_and_utf8_names_keep_the_bytes )
{
   vanban::input_options in;
   in.encoding = "utf8";
   BOOST_TEST( vanban::decode_input( "Luật Đất đai", in ).source() == "Luật Đất đai" );
   in.encoding = "WINDOWS-1258";
   BOOST_TEST( vanban::decode_input( "Lu\xE2\xF2t", in ).source() == "Lu\xC3\xA2\xCC\xA3t" );
}

BOOST_AUTO_TEST_CASE( unknown_encoding_is_an_invalid_argument )
{
   vanban::input_options in;
   in.encoding = "no-such-encoding";
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( "abc", in ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::invalid_argument ) && e.message().find( "no-such-encoding" ) != std::string::npos; } );
}

BOOST_AUTO_TEST_CASE( invalid_utf8_is_an_error_at_its_line_and_column )
{
   vanban::options o;
   o.source = "bad.txt";
   try {
      (void)vanban::decode_input( "Căn cứ\nNghị định số 30/2020/N\xC4 ngay", {}, o );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST( has_code( e, vanban::error_code::invalid_utf8 ) );
      BOOST_TEST( e.where()->line == 2u );
      BOOST_TEST( e.where()->column == 23u );
      BOOST_TEST( e.where()->byte == 39u );
      BOOST_TEST( std::string( e.what() ).starts_with( "bad.txt:2:23: invalid UTF-8: truncated sequence" ) );
   }
}

BOOST_AUTO_TEST_CASE( lossy_text_is_repaired_by_extract_with_spans_into_the_bytes )
{
   vanban::options o;
   o.lossy = true;
   const std::string text = "Chỉ thị số 16/CT-TTg \xFF ngày 16/5/2016";
   const auto d = vanban::decode_input( text, {}, o );
   BOOST_TEST( d.source() == text );
   const auto doc = vanban::extract( d, o );
   BOOST_REQUIRE( doc.diagnostics.size() == 1u );
   BOOST_TEST( doc.diagnostics[ 0 ].span.start == text.find( '\xFF' ) );
}

BOOST_AUTO_TEST_CASE( nul_bytes_are_binary_input )
{
   const std::string bytes( "Luật\0\x01\x02 Đất đai", 17 );
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( bytes ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::binary_input ) && e.message().find( "NUL byte at byte 6" ) != std::string::npos; } );
}

// the check passes over eight bytes at a time up to a control character: a NUL is found, and
// its byte named, at every offset
BOOST_AUTO_TEST_CASE( a_nul_byte_is_found_at_any_offset )
{
   for( std::size_t k = 0; k < 24; ++k ) {
      std::string bytes = std::string( k, 'a' ) + " Luật Đất đai ngày 1/8/2024";
      bytes.insert( k, 1, '\0' );
      const std::string expected = "NUL byte at byte " + std::to_string( k );
      BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( bytes ), vanban::error, [ & ]( const vanban::error& e ) {
         const std::size_t at = e.message().find( expected );
         const std::size_t after = at + expected.size();  // no digit follows: byte 1 is not byte 12
         return has_code( e, vanban::error_code::binary_input ) && at != std::string::npos && ( after == e.message().size() || !std::isdigit( static_cast<unsigned char>( e.message()[ after ] ) ) );
      } );
   }
}

BOOST_AUTO_TEST_CASE( utf16_without_bom_is_binary_with_a_hint )
{
   const std::string bytes = utf16le( u"Quyết định số 12/QĐ-UBND ngày 1/1/2021" ).substr( 2 );
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( bytes ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::binary_input ) && e.message().find( "--encoding UTF-16LE" ) != std::string::npos; } );
   vanban::input_options in;
   in.encoding = "UTF-16LE";
   BOOST_TEST( vanban::decode_input( bytes, in ).source() == "Quyết định số 12/QĐ-UBND ngày 1/1/2021" );
}

BOOST_AUTO_TEST_CASE( many_control_characters_are_binary_input )
{
   std::string bytes;
   for( int i = 0; i < 40; ++i ) {
      bytes += "ab\x01\x02\x03";
   }
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( bytes ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::binary_input ) && e.message().find( "120 control characters" ) != std::string::npos; } );
   // a few stray ones are text (the normalizer turns them into blanks)
   BOOST_CHECK_NO_THROW( (void)vanban::decode_input( std::string( "Luật\x01 Đất đai năm 2024, ngày 1/8/2024 \x02 và các văn bản hướng dẫn" ) ) );
}

BOOST_AUTO_TEST_CASE( known_binary_formats_are_named )
{
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( std::string( "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n" ) ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::binary_input ) && e.message().find( "PDF" ) != std::string::npos; } );
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( std::string( "PK\x03\x04\x14\x00", 6 ) ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::binary_input ) && e.message().find( ".docx" ) != std::string::npos; } );
}

BOOST_AUTO_TEST_CASE( oversized_input_is_a_limit_error )
{
   vanban::options o;
   o.max_input_bytes = 8;
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( "Luật Đất đai", {}, o ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::limit_exceeded ); } );
}

BOOST_AUTO_TEST_CASE( empty_input_is_an_empty_text )
{
   const auto d = vanban::decode_input( "" );
   const auto doc = vanban::extract( d );
   BOOST_TEST( doc.citations.empty() );
   BOOST_TEST( doc.dates.empty() );
}

BOOST_AUTO_TEST_CASE( html_is_recognized_by_name_or_content )
{
   vanban::input_options in;
   in.name = "trang.HTM";
   BOOST_TEST( ( vanban::decode_input( "Luật Đất đai", in ).format() == vanban::input_format::html ) );
   BOOST_TEST( ( vanban::decode_input( "\xEF\xBB\xBF\n  <!DOCTYPE html><p>Luật</p>" ).format() == vanban::input_format::html ) );
   BOOST_TEST( ( vanban::decode_input( "<div><span>x</span></div>\n<body>Luật</body>" ).format() == vanban::input_format::html ) );
   BOOST_TEST( ( vanban::decode_input( "<b>bold</b> is not a page" ).format() == vanban::input_format::text ) );
   BOOST_TEST( ( vanban::decode_input( "Căn cứ Luật <html> …" ).format() == vanban::input_format::text ) );
   in.name = "a.txt";
   in.format = vanban::input_format::html;
   BOOST_TEST( ( vanban::decode_input( "Luật", in ).format() == vanban::input_format::html ) );
}

BOOST_AUTO_TEST_CASE( html_meta_charset_selects_the_encoding )
{
   const std::string page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body><p>" + cp1258 + "</p></body></html>";
   const auto d = vanban::decode_input( page );
   BOOST_TEST( d.encoding() == "windows-1258" );
   const auto doc = vanban::extract( d );
   BOOST_REQUIRE( doc.citations.size() == 1u );
   BOOST_TEST( doc.citations[ 0 ].number.value_or( "" ) == "30/2020/NĐ-CP" );
   BOOST_TEST( slice( d.source(), doc.citations[ 0 ].span ) == doc.citations[ 0 ].text );
   // a BOM outranks the declaration
   BOOST_TEST( vanban::decode_input( "\xEF\xBB\xBF<html><meta charset=windows-1258><body>Lu\xE1\xBA\xADt</body></html>" ).encoding() == "UTF-8" );
}

BOOST_AUTO_TEST_CASE( extract_file_reads_decodes_and_names_the_source )
{
   const auto dir = std::filesystem::temp_directory_path() / ( "vanban-input-test-" + std::to_string( ::getpid() ) );
   std::filesystem::create_directories( dir );
   const auto file = dir / "vb.txt";
   vanban::test::write_file( file, utf16le( u"Chỉ thị số 16/CT-TTg ngày 16/5/2016" ) );
   const auto doc = vanban::extract_file( file.string() );
   BOOST_TEST( doc.source.value_or( "" ) == file.string() );
   BOOST_REQUIRE( doc.citations.size() == 1u );
   BOOST_TEST( doc.citations[ 0 ].date->iso() == "2016-05-16" );
   BOOST_CHECK_EXCEPTION( (void)vanban::extract_file( ( dir / "missing.txt" ).string() ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::io ) && e.message().find( "No such file" ) != std::string::npos; } );
   BOOST_CHECK_EXCEPTION( (void)vanban::read_file( file.string(), 4 ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::limit_exceeded ) && e.message().starts_with( "too large" ); } );
   BOOST_CHECK_EXCEPTION( (void)vanban::read_file( dir.string() ), vanban::error, []( const vanban::error& e ) { return has_code( e, vanban::error_code::io ); } );
   std::filesystem::remove_all( dir );
}

BOOST_AUTO_TEST_CASE( an_unknown_or_utf16_meta_charset_is_ignored_as_browsers_do )
{
   // found by vanban_fuzz_html: the page's own label is no caller error (invalid_argument)
   for( const std::string label : { "utf-x", "utf-9", "UTF-16", "utf-16le", "x-unknown" } ) {
      const std::string page = "<html><head><meta charset=\"" + label + "\"></head><body><p>Luật Đất đai năm 2024</p></body></html>";
      const auto d = vanban::decode_input( page );
      BOOST_TEST( d.encoding() == "UTF-8" );
      const auto doc = vanban::extract( d );
      BOOST_REQUIRE( doc.citations.size() == 1u );
      BOOST_TEST( doc.citations[ 0 ].span.start == page.find( "Lu" ) );
   }
   // a caller's unknown encoding still is one
   vanban::input_options in;
   in.encoding = "utf-x";
   BOOST_CHECK_EXCEPTION( (void)vanban::decode_input( "x", in ), vanban::error, []( const vanban::error& e ) { return e.code() == vanban::error_code::invalid_argument; } );
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE( extract_in_place_test )

namespace {

/// extract_in_place(d) gives what extract(d) gives, and leaves d's bytes as they were.
void same_as_extract( const std::string& bytes, const vanban::input_options& io = {}, const vanban::options& opts = {} )
{
   const vanban::decoded_input kept = vanban::decode_input( bytes, io, opts );
   vanban::decoded_input lent = vanban::decode_input( bytes, io, opts );
   const std::string expected = vanban::to_json( vanban::extract( kept, opts ) );
   const std::string got = vanban::to_json( vanban::extract_in_place( lent, opts ) );
   BOOST_TEST( got == expected );
   BOOST_TEST( lent.source() == kept.source() );
   BOOST_TEST( lent.text() == kept.text() );
}

}  // namespace

BOOST_AUTO_TEST_CASE( a_lent_text_comes_back_byte_for_byte_with_the_same_document )
{
   const std::string seed = vanban::test::read_file( vanban::test::data_dir() / "seed.txt" );
   // the seed text as it is (six changes: a lent text is freed and rebuilt), with old-style
   // tones, Ð, CRLF line ends and a BOM added, already NFC (nothing to free), mostly NFD (too
   // many changes to be worth freeing)
   same_as_extract( seed );
   std::string changed = "\xEF\xBB\xBF" "Thực hiện Quyết định số 5/QÐ-UBND ngày 1/2/2020 về hoá chất, Uỷ ban.\r\n" + seed;
   for( std::size_t i = changed.find( '\n', 200 ); i != std::string::npos && i < 3000; i = changed.find( '\n', i + 2 ) ) {
      changed.insert( i, "\r" );
   }
   same_as_extract( changed );
   same_as_extract( "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ." );
   same_as_extract( vanban::test::read_file( vanban::test::data_dir() / "graph" / "nfd-2017.txt" ) );
   // lossy: invalid bytes replaced (U+FFFD is longer than one bad byte)
   vanban::options lossy;
   lossy.lossy = true;
   same_as_extract( "Căn cứ Luật \xFF Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nNghị định số 1\xC3/2020/NĐ-CP hoá", {}, lossy );
}

BOOST_AUTO_TEST_CASE( a_lent_html_text_comes_back_and_spans_point_into_the_page )
{
   const std::string page = "<html><head><title>x</title></head><body><p>Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về hoá chất.</p>\r\n<p>Uỷ ban nhân dân tỉnh</p></body></html>";
   vanban::input_options io;
   io.format = vanban::input_format::html;
   same_as_extract( page, io );
   vanban::decoded_input d = vanban::decode_input( page, io );
   const vanban::document doc = vanban::extract_in_place( d );
   BOOST_REQUIRE( !doc.citations.empty() );
   BOOST_TEST( slice( page, doc.citations[ 0 ].span ) == "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ" );
}

BOOST_AUTO_TEST_CASE( an_error_leaves_the_lent_text_as_it_was )
{
   // quotation marks nested past the limit: found before anything is freed
   vanban::options opts;
   opts.max_nesting = 2;
   const std::string text = "hoá \u201C\u201C\u201Cba\u201D\u201D\u201D";
   vanban::decoded_input d = vanban::decode_input( text, {}, opts );
   BOOST_CHECK_EXCEPTION( (void)vanban::extract_in_place( d, opts ), vanban::error, []( const vanban::error& e ) { return e.code() == vanban::error_code::limit_exceeded && e.where() && e.where()->byte == 11u; } );
   BOOST_TEST( d.source() == text );
}

BOOST_AUTO_TEST_CASE( an_error_in_a_converted_input_is_at_the_bytes_it_was_converted_from )
{
   // quotation marks nested past the limit in UTF-16: the third opening mark is byte 11 of the
   // UTF-8 conversion, after six UTF-16 code units: byte 12 of the input
   vanban::options opts;
   opts.max_nesting = 2;
   const std::u16string units = u"hoá \u201C\u201C\u201Cba\u201D\u201D\u201D";
   const std::string utf16( reinterpret_cast<const char*>( units.data() ), units.size() * 2 );
   vanban::input_options io;
   io.encoding = "UTF-16LE";
   const auto at_byte = []( std::size_t byte ) {
      return [ byte ]( const vanban::error& e ) { return e.code() == vanban::error_code::limit_exceeded && e.where() && e.where()->byte == byte && e.where()->column == 7u; };
   };
   vanban::decoded_input d = vanban::decode_input( utf16, io, opts );
   BOOST_CHECK_EXCEPTION( (void)vanban::extract( d, opts ), vanban::error, at_byte( 12 ) );
   BOOST_CHECK_EXCEPTION( (void)vanban::extract_in_place( d, opts ), vanban::error, at_byte( 12 ) );
   // a Shift_JIS page of 22 bytes whose 21 invalid bytes become U+FFFD: its text is over a
   // limit of 64 bytes, which was reported at byte 63 of the conversion, past the input
   // (vanban_fuzz_extract); a legacy encoding has no exact way back: the input's end
   vanban::options small;
   small.lossy = true;
   small.max_input_bytes = 64;
   vanban::input_options page;
   page.format = vanban::input_format::html;
   page.encoding = "Shift_JIS";
   const std::string bytes = std::string( 21, '\xFF' ) + "\x01";
   vanban::decoded_input p = vanban::decode_input( bytes, page, small );
   BOOST_CHECK_EXCEPTION( (void)vanban::extract( p, small ), vanban::error, []( const vanban::error& e ) { return e.code() == vanban::error_code::limit_exceeded && e.where() && e.where()->byte == 22u && e.where()->column == 22u; } );
}

BOOST_AUTO_TEST_SUITE_END()
