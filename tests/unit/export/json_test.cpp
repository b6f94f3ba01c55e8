// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

#include <vanban/vanban.hpp>

BOOST_AUTO_TEST_SUITE( json_test )

// The writer writes JSON text directly (src/export/json_writer.cpp); its layout and escapes must
// stay those of nlohmann's dump(), which wrote it before: outputs are compared byte for byte
// across versions. Parsing and dumping again with nlohmann must give the same bytes.
void check_nlohmann_layout( const vanban::document& d )
{
   for( const int indent : { -1, 0, 2, 4 } ) {
      vanban::json_options jo;
      jo.indent = indent;
      const std::string s = vanban::to_json( d, jo );
      BOOST_TEST_CONTEXT( "indent " << indent )
      {
         BOOST_TEST( nlohmann::ordered_json::parse( s ).dump( indent ) == s );
      }
   }
}

BOOST_AUTO_TEST_CASE( layout_and_escapes_are_nlohmanns )
{
   vanban::document d;
   d.source = "dir/\"quoted\" \\ back\tslash\x01\x1f\x7f đ.txt";
   vanban::citation c;
   c.id = "vn/nghi-dinh/30-2020-nd-cp";
   c.type = "Nghị định";
   c.text = "Nghị định\nsố 30/2020/NĐ-CP\r\b\f \xe2\x80\x9cngoặc\xe2\x80\x9d \xf0\x9f\x98\x80";
   c.span = { 1, 2, 3, 4, 5, 6 };
   c.issuer = vanban::issuer{};
   c.issuer->name = "Chính phủ";
   c.issuer->members = { "Bộ Tài chính", "Bộ Công an" };
   d.citations.push_back( c );
   d.citations.push_back( vanban::citation{} );
   vanban::section top;
   top.kind = vanban::section_kind::chapter;
   top.number = "I";
   top.children = { 1, 2 };
   vanban::section a;
   a.kind = vanban::section_kind::article;
   a.parent = 0;
   a.children = { 3 };
   vanban::section b = a;
   b.children = {};
   vanban::section inner;
   inner.kind = vanban::section_kind::clause;
   inner.parent = 1;
   d.structure = { top, a, b, inner, vanban::section{} };
   check_nlohmann_layout( d );
   check_nlohmann_layout( vanban::document{} );
   check_nlohmann_layout( vanban::extract( "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;\nChương I\nĐiều 1. Phạm vi\n1. Khoản một." ) );
}

BOOST_AUTO_TEST_CASE( invalid_utf8_in_a_string_is_an_internal_error )
{
   vanban::document d;
   d.source = "bad.txt";
   vanban::date_mention m;
   m.text = "ng\xe0y";
   d.dates.push_back( m );
   BOOST_CHECK_EXCEPTION( (void)vanban::to_json( d ), vanban::error, []( const vanban::error& e ) { return e.code() == vanban::error_code::internal; } );
   // the message says where in the string: after valid letters, ASCII and multi-byte
   for( const auto& c : { std::pair< std::string, std::string >{ "ng\xe0y", "at byte 2 " }, { "Căn cứ \xc3(", "at byte 10 " }, { "\xff", "at byte 0 " } } ) {
      const std::string& at = c.second;  // (not a structured binding: clang 14's lambdas cannot capture one)
      d.dates.front().text = c.first;
      BOOST_CHECK_EXCEPTION( (void)vanban::to_json( d ), vanban::error, [ & ]( const vanban::error& e ) { return std::string_view( e.what() ).find( at ) != std::string_view::npos; } );
   }
}

BOOST_AUTO_TEST_CASE( top_level_keys_in_contract_order )
{
   vanban::options o;
   o.source = "x.txt";
   const auto j = nlohmann::ordered_json::parse( vanban::to_json( vanban::extract( "Căn cứ Nghị định số 30/2020/NĐ-CP;", o ) ) );
   std::vector<std::string> keys;
   for( const auto& [ k, v ] : j.items() ) {
      keys.push_back( k );
   }
   BOOST_TEST( keys == ( std::vector<std::string>{ "schema_version", "generator", "source", "article", "document", "citations", "dates", "bodies", "structure", "graph", "diagnostics" } ) );
   BOOST_TEST( j[ "schema_version" ] == "1" );
   BOOST_TEST( j[ "generator" ] == "vanban " + std::string( vanban::version ) );
   BOOST_TEST( j[ "source" ] == "x.txt" );
}

BOOST_AUTO_TEST_CASE( citation_fields_follow_the_gold_conventions )
{
   const auto j = nlohmann::json::parse( vanban::to_json( vanban::extract( "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;" ) ) );
   const auto& c = j[ "citations" ][ 0 ];
   BOOST_TEST( c[ "type" ] == "Nghị định" );
   BOOST_TEST( c[ "number" ] == "30/2020/NĐ-CP" );
   BOOST_TEST( c[ "date" ] == "2020-03-05" );
   BOOST_TEST( c[ "issuer" ] == "Chính phủ" );
   BOOST_TEST( c[ "relation" ] == "based_on" );
   BOOST_TEST( c[ "numbering" ] == "normative" );
   BOOST_TEST( c[ "text" ] == "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ" );
   BOOST_TEST( c[ "span" ][ "start" ] == 10 );
   BOOST_TEST( c[ "span" ][ "cp_start" ] == 7 );
   BOOST_TEST( c[ "cue" ][ "text" ] == "Căn cứ" );
   BOOST_TEST( c[ "title" ].is_null() );
}

BOOST_AUTO_TEST_CASE( compact_output_is_one_line )
{
   vanban::json_options jo;
   jo.indent = -1;
   const std::string s = vanban::to_json( vanban::extract( "Luật Đất đai năm 2024\nvà Bộ luật Lao động" ), jo );
   BOOST_TEST( s.find( '\n' ) == std::string::npos );
   BOOST_TEST( nlohmann::json::parse( s )[ "citations" ].size() == 2u );
}

BOOST_AUTO_TEST_CASE( output_is_deterministic )
{
   const std::string text = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ và Kết luận số 03-KL/TU.";
   BOOST_TEST( vanban::to_json( vanban::extract( text ) ) == vanban::to_json( vanban::extract( text ) ) );
}

// write_json() streams through a 64 KiB buffer (the CLI's one-job output): the bytes must be
// those of to_json(), on a document whose JSON is several times the buffer, in both layouts.
BOOST_AUTO_TEST_CASE( streamed_output_is_to_jsons )
{
   std::string text;
   for( int i = 1; i <= 400; ++i ) {
      text += "Điều " + std::to_string( i ) + ". Căn cứ Nghị định số " + std::to_string( i ) + "/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;\n";
   }
   const vanban::document d = vanban::extract( text );
   for( const int indent : { -1, 2 } ) {
      vanban::json_options jo;
      jo.indent = indent;
      const std::string whole = vanban::to_json( d, jo );
      BOOST_TEST_REQUIRE( whole.size() > std::size_t( 3 ) << 16 );
      std::ostringstream out;
      vanban::write_json( out, d, jo );
      BOOST_TEST( out.str() == whole );
   }
}

// The writer scans strings eight bytes at a time for the bytes that need an escape and for the
// lead bytes of UTF-8 sequences (src/export/json_writer.cpp): every ASCII byte, at every offset
// in and after the first eight-byte word and in the short tail, in Vietnamese text, must come
// out as nlohmann writes it, and read back as the same string.
BOOST_AUTO_TEST_CASE( every_ascii_byte_at_every_offset_is_escaped_as_nlohmann )
{
   const std::string text = "Nghị định số 30/2020/NĐ-CP “về công tác văn thư”";
   vanban::document d;
   vanban::json_options jo;
   jo.indent = -1;
   std::size_t escaped = 0;
   for( int c = 0; c < 0x80; ++c ) {
      for( std::size_t at = 0; at <= 17; ++at ) {
         for( const bool vietnamese_first : { false, true } ) {
            const std::string s = vietnamese_first ? text + std::string( at, ' ' ) + char( c ) : std::string( at, 'x' ) + char( c ) + text;
            d.source = s;
            const std::string out = vanban::to_json( d, jo );
            BOOST_TEST_CONTEXT( "byte " << c << " after " << at << ( vietnamese_first ? " spaces" : " x" ) )
            {
               const auto j = nlohmann::ordered_json::parse( out );
               BOOST_TEST( j[ "source" ].get<std::string>() == s );
               BOOST_TEST( j.dump( -1 ) == out );
            }
            escaped += out.find( "\\" ) != std::string::npos ? 1 : 0;
         }
      }
   }
   BOOST_TEST( escaped == 34u * 18u * 2u );  // 32 controls, '"' and '\\'
}

// Long strings: runs much longer than the 64 KiB buffer of write_json() (copied in bulk, or
// handed to the stream as they are), escapes between them, multi-byte text up to the end.
BOOST_AUTO_TEST_CASE( long_strings_with_long_runs_are_nlohmanns_in_both_sinks )
{
   std::string heading;
   for( int i = 0; heading.size() < 200000; ++i ) {
      heading += "Điều " + std::to_string( i ) + ". Ủy ban nhân dân tỉnh “Quảng Ngãi” quy định\tchi tiết\\thi hành;\n";
   }
   const std::string ascii( 100003, 'a' );
   vanban::document d;
   d.source = ascii;
   vanban::section s;
   s.kind = vanban::section_kind::article;
   s.heading = heading;
   s.number = ascii + "\"" + heading + "ữ";
   d.structure = { s };
   for( const int indent : { -1, 2 } ) {
      vanban::json_options jo;
      jo.indent = indent;
      const std::string whole = vanban::to_json( d, jo );
      BOOST_TEST( nlohmann::ordered_json::parse( whole ).dump( indent ) == whole );
      BOOST_TEST( nlohmann::json::parse( whole )[ "structure" ][ 0 ][ "number" ].get<std::string>() == s.number );
      std::ostringstream out;
      vanban::write_json( out, d, jo );
      BOOST_TEST( out.str() == whole );
   }
}

// An indentation wider than write_json()'s buffer (one line break asks for more room than it
// has). nlohmann's dump() cannot be the reference here (it widens its indent string only once):
// the output is that of indent 1 with each line's leading spaces multiplied.
BOOST_AUTO_TEST_CASE( an_indent_wider_than_the_buffer )
{
   vanban::json_options jo;
   jo.indent = 70000;
   const vanban::document d = vanban::extract( "Căn cứ Luật Tổ chức Chính phủ;" );
   const std::string whole = vanban::to_json( d, jo );
   vanban::json_options one;
   one.indent = 1;
   std::istringstream lines( vanban::to_json( d, one ) );
   std::string expected;
   for( std::string line; std::getline( lines, line ); ) {
      const std::size_t depth = line.find_first_not_of( ' ' );
      if( !expected.empty() ) {
         expected += '\n';
      }
      expected.append( depth * 70000, ' ' );
      expected += line.substr( depth );
   }
   BOOST_TEST( whole.size() > std::size_t( 4 ) << 16 );
   BOOST_TEST( whole == expected );
   std::ostringstream out;
   vanban::write_json( out, d, jo );
   BOOST_TEST( out.str() == whole );
}

// to_json() counts the bytes first and allocates the string once: the count must equal what is
// written (a short count would grow the string by doubling; the string keeps a short slack
// for the writer's room requests and the line break a caller adds). This relies on reserve(n)
// giving capacity n, as libstdc++ does.
BOOST_AUTO_TEST_CASE( to_json_count_pass_is_exact )
{
   std::string text;
   for( int i = 1; i <= 50; ++i ) {
      text += "Điều " + std::to_string( i ) + ". Căn cứ Nghị định số " + std::to_string( i ) + "/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;\n\t\"trích\" \\ dẫn\n";
   }
   vanban::document d = vanban::extract( text );
   // the JSON ends with a span of long numbers: the writer asks for room for its longest form
   d.diagnostics.push_back( { "VB-W001", vanban::severity::warning, "impossible calendar date", { 123456789012, 123456789013, 98765432109, 98765432110, 4000000000u, 4000000001u } } );
   for( const int indent : { -1, 0, 2, 7 } ) {
      vanban::json_options jo;
      jo.indent = indent;
      const std::string s = vanban::to_json( d, jo );
      BOOST_TEST_CONTEXT( "indent " << indent )
      {
         BOOST_TEST( s.size() > 10000u );
         BOOST_TEST( s.capacity() > s.size() );
         BOOST_TEST( s.capacity() <= s.size() + 256 );
      }
   }
}

// UTF-8 is checked by the writer, each string whole (a bug guard: strings come from validated input).
// Against nlohmann's strict reader as the oracle: every lead byte >= 0x80 with every second
// byte and the third and fourth bytes that decide, alone (the byte-wise tail) and inside a
// longer string (the eight-byte scan). Valid sequences are written as they are; invalid ones
// are an `internal` error.
BOOST_AUTO_TEST_CASE( utf8_check_agrees_with_nlohmann )
{
   vanban::document d;
   vanban::json_options jo;
   jo.indent = -1;
   std::size_t valid = 0;
   std::size_t cases = 0;
   for( int b0 = 0x80; b0 <= 0xFF; ++b0 ) {
      const std::vector<std::string> tails = b0 < 0xE0 ? std::vector<std::string>{ "", "A" } : b0 < 0xF0 ? std::vector<std::string>{ "", "\x80", "\xbf", "\xc0", "A" } : std::vector<std::string>{ "", "\x80", "\x80\x80", "\xbf\xbf", "\x80\xc0", "\xc0\x80", "\x80" "A" };
      for( int b1 = 0; b1 <= 0xFF; ++b1 ) {
         for( const auto& tail : tails ) {
            const std::string seq = std::string( 1, char( b0 ) ) + char( b1 ) + tail;
            for( const bool inside : { false, true } ) {
               const std::string s = inside ? "Số " + seq + "ABCDEFGH" : seq;
               bool ours = true;
               d.source = s;
               try {
                  (void)vanban::to_json( d, jo );
               }
               catch( const vanban::error& e ) {
                  BOOST_TEST( ( e.code() == vanban::error_code::internal ) );
                  ours = false;
               }
               const bool theirs = nlohmann::json::accept( "\"" + s + "\"" );
               if( ours != theirs ) {
                  BOOST_ERROR( "UTF-8 check differs from nlohmann: " << std::hex << b0 << ' ' << b1 << " + " << tail.size() << " bytes" << ( inside ? " inside" : "" ) );
               }
               valid += ours ? 1 : 0;
               ++cases;
            }
         }
      }
   }
   BOOST_TEST( cases > 190000u );
   BOOST_TEST( valid > 1000u );  // both answers occur
}

BOOST_AUTO_TEST_CASE( dates_are_iso_8601_at_their_precision )
{
   BOOST_TEST( ( vanban::date{ 2016, 5, 16 } ).iso() == "2016-05-16" );
   BOOST_TEST( ( vanban::date{ 2016, 5, 0 } ).iso() == "2016-05" );
   BOOST_TEST( ( vanban::date{ 2016, 0, 0 } ).iso() == "2016" );
   BOOST_TEST( ( vanban::date{ 2016, 0, 7 } ).iso() == "2016" );  // no month: the day is not written
   BOOST_TEST( ( vanban::date{ 945, 9, 2 } ).iso() == "0945-09-02" );
   BOOST_TEST( ( vanban::date{ 0, 1, 1 } ).iso() == "0000-01-01" );
   BOOST_TEST( ( vanban::date{ 9999, 12, 31 } ).iso() == "9999-12-31" );
   // what a text may state and the calendar rejects is written as stated, printf's way
   BOOST_TEST( ( vanban::date{ 2020, 13, 32 } ).iso() == "2020-13-32" );
   BOOST_TEST( ( vanban::date{ 12345, 1, 2 } ).iso() == "12345-01-02" );
   BOOST_TEST( ( vanban::date{ -5, 1, 2 } ).iso() == "-005-01-02" );
   BOOST_TEST( ( vanban::date{ 2020, 123, 4567 } ).iso() == "2020-123-4567" );
   // and every year, month and day around the digits' bounds as "%04d-%02u-%02u" has them
   std::size_t differ = 0;
   std::size_t checked = 0;
   for( const int year : { -10000, -1000, -999, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1975, 2026, 9999, 10000, 99999 } ) {
      for( unsigned month = 0; month <= 101; ++month ) {
         for( const unsigned day : { 0u, 1u, 9u, 10u, 31u, 99u, 100u, 1000u } ) {
            char want[ 48 ];
            if( month == 0 ) {
               std::snprintf( want, sizeof want, "%04d", year );
            }
            else if( day == 0 ) {
               std::snprintf( want, sizeof want, "%04d-%02u", year, month );
            }
            else {
               std::snprintf( want, sizeof want, "%04d-%02u-%02u", year, month, day );
            }
            differ += vanban::date{ year, month, day }.iso() != want;
            ++checked;
         }
      }
   }
   BOOST_TEST( checked == 17u * 102u * 8u );
   BOOST_TEST( differ == 0u );
}

BOOST_AUTO_TEST_SUITE_END()
