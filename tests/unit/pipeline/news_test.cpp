// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// A post of the same shape as the seed, written for this test: another province, other
// documents, a different wording. Nothing in the code may be special to the seed.

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

namespace {

const char* const post = R"(Cổng thông tin điện tử tỉnh Quảng Ninh
08/03/2024
Tăng cỡ chữ Giảm cỡ chữ
Ban hành Kế hoạch thực hiện Chỉ thị về chuyển đổi số trong các cơ quan nhà nước
Ngày 05/3/2024, UBND tỉnh Quảng Ninh đã ban hành Kế hoạch số 45/KH-UBND về triển khai chuyển đổi số năm 2024.

Kế hoạch nhằm cụ thể hóa Nghị quyết số 12-NQ/TU ngày 20/12/2023 của Tỉnh ủy Quảng Ninh về chuyển đổi số; đồng thời quán triệt Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư.

Căn cứ vào tình hình thực tế, các sở, ngành xây dựng kế hoạch cụ thể theo quy định tại Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ.

Trần Minh Hải)";

}  // namespace

BOOST_AUTO_TEST_SUITE( news_test )

BOOST_AUTO_TEST_CASE( reads_another_post_of_the_same_shape )
{
   const auto d = vanban::extract( post );
   BOOST_REQUIRE( d.article.has_value() );
   BOOST_TEST( d.article->title.value_or( "" ) == "Ban hành Kế hoạch thực hiện Chỉ thị về chuyển đổi số trong các cơ quan nhà nước" );
   BOOST_TEST( d.article->date.value().iso() == "2024-03-08" );
   BOOST_TEST( d.article->author.value_or( "" ) == "Trần Minh Hải" );

   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->number.value_or( "" ) == "45/KH-UBND" );
   BOOST_TEST( d.info->date.value().iso() == "2024-03-05" );
   BOOST_TEST( d.info->issuer->name == "Ủy ban nhân dân tỉnh Quảng Ninh" );

   BOOST_REQUIRE( d.citations.size() == 4u );
   BOOST_TEST( d.citations[ 1 ].number.value_or( "" ) == "12-NQ/TU" );
   BOOST_TEST( d.citations[ 1 ].issuer->name == "Tỉnh ủy Quảng Ninh" );
   BOOST_TEST( ( d.citations[ 1 ].relation == vanban::relation::implements ) );
   BOOST_TEST( d.citations[ 2 ].issuer->name == "Bộ Chính trị" );
   BOOST_TEST( ( d.citations[ 2 ].relation == vanban::relation::implements ) );
   BOOST_TEST( d.citations[ 3 ].number.value_or( "" ) == "47/2020/NĐ-CP" );
   BOOST_TEST( ( d.citations[ 3 ].relation == vanban::relation::cites ) );
}

BOOST_AUTO_TEST_CASE( a_question_title_makes_a_qa_article_without_relations )
{
   const auto d = vanban::extract( "Nghị định 70/2025/NĐ-CP sửa đổi những gì?\n\nNgày 20/3/2025, Chính phủ đã ban hành Nghị định 70/2025/NĐ-CP sửa đổi, bổ sung Nghị định 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.\n" );
   BOOST_TEST( !d.info.has_value() );
   for( const auto& c : d.citations ) {
      BOOST_TEST( !c.relation.has_value() );
   }
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( d.citations[ 1 ].date.value().iso() == "2025-03-20" );  // from "Ngày 20/3/2025, Chính phủ đã ban hành"
}

BOOST_AUTO_TEST_SUITE_END()
