// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

namespace {

std::vector<std::optional<vanban::relation>> relations_of( const std::string& text )
{
   std::vector<std::optional<vanban::relation>> out;
   for( const auto& c : vanban::extract( text ).citations ) {
      out.push_back( c.relation );
   }
   return out;
}

using R = vanban::relation;

}  // namespace

BOOST_AUTO_TEST_SUITE( relation_test )

BOOST_AUTO_TEST_CASE( can_cu_lines_are_the_legal_basis )
{
   const auto r = relations_of( "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Nghị định số 29/2025/NĐ-CP của Chính phủ;\n" );
   BOOST_REQUIRE( r.size() == 2u );
   BOOST_TEST( ( r[ 0 ] == R::based_on ) );
   BOOST_TEST( ( r[ 1 ] == R::based_on ) );
}

BOOST_AUTO_TEST_CASE( a_cue_governs_the_rest_of_its_sentence )
{
   const auto r = relations_of( "Gắn với thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013; Chỉ thị số 05-CT/TW về học tập. Theo quy định tại Nghị định số 30/2020/NĐ-CP." );
   BOOST_REQUIRE( r.size() == 3u );
   BOOST_TEST( ( r[ 0 ] == R::implements ) );
   BOOST_TEST( ( r[ 1 ] == R::implements ) );
   BOOST_TEST( ( r[ 2 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( passive_amendment_is_a_citation_not_an_amendment )
{
   const auto r = relations_of( "Sửa đổi, bổ sung một số điều của Thông tư số 152/2016/TT-BTC đã được sửa đổi, bổ sung theo Thông tư số 40/2019/TT-BTC." );
   BOOST_REQUIRE( r.size() == 2u );
   BOOST_TEST( ( r[ 0 ] == R::amends ) );
   BOOST_TEST( ( r[ 1 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( expiry_cue_after_the_mention_repeals_it )
{
   const auto r = relations_of( "Nghị định số 45/2013/NĐ-CP ngày 10 tháng 5 năm 2013 hết hiệu lực kể từ ngày Nghị định này có hiệu lực." );
   BOOST_REQUIRE( r.size() == 1u );
   BOOST_TEST( ( r[ 0 ] == R::repeals ) );
}

BOOST_AUTO_TEST_CASE( cue_keeps_its_text_and_span_as_evidence )
{
   const std::string text = "Triển khai thực hiện Kết luận số 03-KL/TU ngày 10/12/2020.";
   const auto doc = vanban::extract( text );
   BOOST_REQUIRE( doc.citations.size() == 1u );
   BOOST_REQUIRE( doc.citations[ 0 ].cue.has_value() );
   const auto& cue = *doc.citations[ 0 ].cue;
   BOOST_TEST( cue.text == "Triển khai thực hiện" );
   BOOST_TEST( text.substr( cue.span.start, cue.span.end - cue.span.start ) == "Triển khai thực hiện" );
   BOOST_TEST( ( cue.relation == R::implements ) );
}

BOOST_AUTO_TEST_SUITE_END()
