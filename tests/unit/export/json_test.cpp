// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <vanban/vanban.hpp>

BOOST_AUTO_TEST_SUITE( json_test )

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

BOOST_AUTO_TEST_SUITE_END()
