// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

namespace {

std::vector<std::string> issuers_of( const std::string& text )
{
   std::vector<std::string> out;
   for( const auto& c : vanban::extract( text ).citations ) {
      out.push_back( c.issuer ? c.issuer->name : std::string( "-" ) );
   }
   return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( issuer_test )

BOOST_AUTO_TEST_CASE( symbol_codes_imply_central_issuers )
{
   BOOST_TEST( issuers_of( "Nghị định số 30/2020/NĐ-CP; Thông tư số 01/2021/TT-BTC; Quyết định số 749/QĐ-TTg; Luật số 45/2019/QH14." ) ==
               ( std::vector<std::string>{ "Chính phủ", "Bộ Tài chính", "Thủ tướng Chính phủ", "Quốc hội" } ) );
}

BOOST_AUTO_TEST_CASE( stated_issuer_wins_over_the_symbol )
{
   BOOST_TEST( issuers_of( "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị." ) == std::vector<std::string>{ "Bộ Chính trị" } );
   BOOST_TEST( issuers_of( "Chỉ thị số 05-CT/TW." ) == std::vector<std::string>{ "Ban Chấp hành Trung ương Đảng" } );
}

BOOST_AUTO_TEST_CASE( holder_titles_give_the_body )
{
   BOOST_TEST( issuers_of( "Thông tư số 152/2016/TT-BTC ngày 17 tháng 10 năm 2016 của Bộ trưởng Bộ Tài chính" ) == std::vector<std::string>{ "Bộ Tài chính" } );
}

BOOST_AUTO_TEST_CASE( local_bodies_take_the_province_the_text_places_them_in )
{
   const auto r = issuers_of( "Thực hiện Kết luận số 03-KL/TU ngày 10/12/2020 của Tỉnh ủy Quảng Ninh, Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh." );
   BOOST_TEST( r == ( std::vector<std::string>{ "Tỉnh ủy Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh" } ) );
}

BOOST_AUTO_TEST_CASE( unplaced_local_body_keeps_its_level )
{
   BOOST_TEST( issuers_of( "Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh." ) == std::vector<std::string>{ "Ủy ban nhân dân tỉnh" } );
}

BOOST_AUTO_TEST_CASE( city_party_committee_is_a_thanh_uy )
{
   BOOST_TEST( issuers_of( "Nghị quyết số 18-NQ/TU ngày 30/12/2022 của Thành ủy Hà Nội" ) == std::vector<std::string>{ "Thành ủy Hà Nội" } );
}

BOOST_AUTO_TEST_CASE( merged_provinces_keep_their_old_name_and_give_the_successor )
{
   const auto doc = vanban::extract( "Kế hoạch số 24/KH-UBND ngày 14/8/2020 của UBND tỉnh Bắc Kạn" );
   BOOST_REQUIRE( doc.citations.size() == 1u );
   const auto& iss = *doc.citations[ 0 ].issuer;
   BOOST_TEST( iss.name == "Ủy ban nhân dân tỉnh Bắc Kạn" );
   BOOST_TEST( iss.place.value_or( "" ) == "Bắc Kạn" );
   BOOST_TEST( iss.successor.value_or( "" ) == "Ủy ban nhân dân tỉnh Thái Nguyên" );
}

BOOST_AUTO_TEST_CASE( joint_circular_names_every_issuer )
{
   const auto doc = vanban::extract( "Thông tư liên tịch số 96/2014/TTLT-BTC-BCA ngày 17 tháng 7 năm 2014" );
   BOOST_REQUIRE( doc.citations.size() == 1u );
   const auto& iss = *doc.citations[ 0 ].issuer;
   BOOST_TEST( iss.name == "Bộ Tài chính - Bộ Công an" );
   BOOST_TEST( iss.members == ( std::vector<std::string>{ "Bộ Tài chính", "Bộ Công an" } ) );
}

BOOST_AUTO_TEST_CASE( laws_without_a_stated_issuer_are_the_national_assemblys )
{
   BOOST_TEST( issuers_of( "theo quy định tại Bộ luật Lao động và Pháp lệnh Ngoại hối" ) == ( std::vector<std::string>{ "Quốc hội", "Ủy ban Thường vụ Quốc hội" } ) );
}

BOOST_AUTO_TEST_SUITE_END()
