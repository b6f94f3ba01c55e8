// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

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

BOOST_AUTO_TEST_SUITE_END()
