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

BOOST_AUTO_TEST_CASE( bodies_named_by_a_head_word_are_issuers )
{
   BOOST_TEST( issuers_of( "Báo cáo thẩm tra số 163/BC-KTNS ngày 24 tháng 11 năm 2025 của Ban Kinh tế - Ngân sách; ý kiến thảo luận" ) == std::vector<std::string>{ "Ban Kinh tế - Ngân sách" } );
   BOOST_TEST( issuers_of( "Cục Thuế nhận được công văn số 276/QNI-KTr ngày 24/7/2025 của Thuế tỉnh Vĩnh Long về chính sách thuế" ) == std::vector<std::string>{ "Thuế tỉnh Vĩnh Long" } );
   BOOST_TEST( issuers_of( "công văn số 9172/HAN-KTr5 ngày 06/8/2025 của Thuế TP. Hà Nội, về hóa đơn" ) == std::vector<std::string>{ "Thuế thành phố Hà Nội" } );
   BOOST_TEST( issuers_of( "Báo cáo 119/2025/TTĐT ngày 15/02/2025 của Cổng Thông tin điện tử Chính phủ về thông tin" ) == std::vector<std::string>{ "Cổng Thông tin điện tử Chính phủ" } );
}

BOOST_AUTO_TEST_CASE( provincial_departments_are_placed_in_the_texts_province )
{
   const auto r = issuers_of( "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh Đồng Nai;\nTheo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 4499/TTr-SYT ngày 17 tháng 11 năm 2025.\n" );
   BOOST_TEST( r == ( std::vector<std::string>{ "Ủy ban nhân dân tỉnh Đồng Nai", "Sở Y tế tỉnh Đồng Nai" } ) );
   // from the symbol alone
   BOOST_TEST( issuers_of( "Tờ trình số 2261/TTr-STP ngày 12 tháng 11 năm 2025 (Đồng Nai: Quyết định số 5/QĐ-UBND của UBND tỉnh Đồng Nai)." ).front() == "Sở Tư pháp tỉnh Đồng Nai" );
}

BOOST_AUTO_TEST_CASE( a_body_named_after_a_local_body_is_placed_like_it )
{
   const auto r = issuers_of( "Kế hoạch số 12-KH/TU ngày 05/01/2021 của Tỉnh ủy Bắc Kạn; Hướng dẫn số 03-HD/BTGTU ngày 10/01/2021 của Ban Tuyên giáo Tỉnh ủy; Công văn số 5/VP-TH của Văn phòng UBND tỉnh." );
   BOOST_TEST( r == ( std::vector<std::string>{ "Tỉnh ủy Bắc Kạn", "Ban Tuyên giáo Tỉnh ủy Bắc Kạn", "Văn phòng UBND tỉnh Bắc Kạn" } ) );
}

BOOST_AUTO_TEST_CASE( a_body_before_tai_issued_the_mention_after_it )
{
   const auto r = issuers_of( "Căn cứ chỉ đạo của Bộ Chính trị tại Thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số 213-KL/TW ngày 21/11/2025;" );
   BOOST_TEST( r == ( std::vector<std::string>{ "Bộ Chính trị", "Ban Bí thư" } ) );
}

BOOST_AUTO_TEST_CASE( several_bodies_issue_together )
{
   const auto doc = vanban::extract( "Thực hiện Kết luận số 192-KL/TW, ngày 19/9/2025 và Kết luận số 221-KL/TW, ngày 28/11/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy." );
   BOOST_REQUIRE( doc.citations.size() == 2u );
   BOOST_TEST( doc.citations[ 1 ].issuer->name == "Bộ Chính trị, Ban Bí thư" );
   BOOST_TEST( doc.citations[ 1 ].issuer->members == ( std::vector<std::string>{ "Bộ Chính trị", "Ban Bí thư" } ) );
   // the first conclusion, coordinated with the second, shares its issuer
   BOOST_TEST( doc.citations[ 0 ].issuer->name == "Bộ Chính trị, Ban Bí thư" );
}

BOOST_AUTO_TEST_CASE( a_shared_issuer_must_agree_with_the_symbol_and_the_type )
{
   // a law is the National Assembly's, not the Government's named after the decree
   BOOST_TEST( issuers_of( "Chi khen thưởng theo quy định tại Luật Thi đua, khen thưởng, Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ." ) ==
               ( std::vector<std::string>{ "Quốc hội", "Chính phủ" } ) );
   // a Government resolution is no Politburo document
   BOOST_TEST( issuers_of( "Nghị quyết số 71/NQ-CP ngày 01/4/2025 và Quy định số 11-QĐi/TW (sửa đổi) của Bộ Chính trị." ) == ( std::vector<std::string>{ "Chính phủ", "Bộ Chính trị" } ) );
}

BOOST_AUTO_TEST_CASE( a_province_that_became_a_city )
{
   const auto doc = vanban::extract( "Nghị quyết số 09/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Thừa Thiên Huế; Tờ trình số 16481/TTr-UBND ngày 14 tháng 11 năm 2025 của Ủy ban nhân dân thành phố về dự thảo." );
   BOOST_REQUIRE( doc.citations.size() == 2u );
   BOOST_TEST( doc.citations[ 0 ].issuer->name == "Hội đồng nhân dân tỉnh Thừa Thiên Huế" );
   BOOST_TEST( doc.citations[ 0 ].issuer->successor.value_or( "" ) == "Hội đồng nhân dân thành phố Huế" );
   // "thành phố" in a text about Thừa Thiên Huế: the city that succeeded it
   BOOST_TEST( doc.citations[ 1 ].issuer->name == "Ủy ban nhân dân thành phố Huế" );
}

BOOST_AUTO_TEST_CASE( types_with_one_issuer_and_congresses )
{
   BOOST_TEST( issuers_of( "Chế độ tiền thưởng theo Nghị định 73 được quy định như thế nào." ) == std::vector<std::string>{ "Chính phủ" } );
   BOOST_TEST( issuers_of( "các mục tiêu của Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và" ) == std::vector<std::string>{ "Đại hội Đảng toàn quốc lần thứ XIII" } );
   BOOST_TEST( issuers_of( "UBND tỉnh Đồng Nai triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030." ) ==
               ( std::vector<std::string>{ "Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I" } ) );
}

BOOST_AUTO_TEST_CASE( a_cong_van_symbol_starts_with_its_issuer )
{
   // docs/citation-formats.md §2.4: CT is Chỉ thị as a type code, Cục Thuế at the head of a công văn
   BOOST_TEST( issuers_of( "Công văn 348/CT-CS năm 2025 về việc triển khai." ) == std::vector<std::string>{ "Cục Thuế" } );
   BOOST_TEST( issuers_of( "Công văn 348 CT CS 2025 về việc triển khai." ) == std::vector<std::string>{ "Cục Thuế" } );
   BOOST_TEST( issuers_of( "Chỉ thị số 16/CT-TTg ngày 16/5/2016." ) == std::vector<std::string>{ "Thủ tướng Chính phủ" } );
}

BOOST_AUTO_TEST_SUITE_END()
