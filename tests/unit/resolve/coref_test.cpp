// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Repeated mentions of one document: the same id, the issuer the fullest mention states.

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

BOOST_AUTO_TEST_SUITE( coref_test )

BOOST_AUTO_TEST_CASE( a_repeated_number_takes_the_stated_issuer )
{
   const auto d = vanban::extract(
      "Triển khai thực hiện Kế hoạch số 14-KH/TU và Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi mới công tác xây dựng pháp luật.\n"
      "Các sở, ngành thực hiện nghiêm Nghị quyết số 66-NQ/TW trên địa bàn tỉnh.\n" );
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( d.citations[ 2 ].issuer->name == "Bộ Chính trị" );
   BOOST_TEST( d.citations[ 2 ].id == d.citations[ 1 ].id );
   BOOST_TEST( d.citations[ 2 ].id == "vn/nghi-quyet/66-nq-tw/2025" );
   BOOST_TEST( !d.citations[ 2 ].date.has_value() );  // the date is what each mention states
}

BOOST_AUTO_TEST_CASE( a_later_full_mention_completes_an_earlier_one )
{
   const auto d = vanban::extract(
      "a) cơ quan thuộc nguồn nộp lưu theo Quy định số 270-QĐ/TW phải hoàn thành việc chỉnh lý.\n"
      "Điều 20. Quy định này thay thế Quy định số 270-QĐ/TW, ngày 06/12/2014 của Ban Bí thư về Phông lưu trữ Đảng Cộng sản Việt Nam.\n" );
   BOOST_REQUIRE( d.citations.size() == 2u );
   BOOST_TEST( d.citations[ 0 ].issuer->name == "Ban Bí thư" );
   BOOST_TEST( d.citations[ 0 ].id == d.citations[ 1 ].id );
}

BOOST_AUTO_TEST_CASE( a_short_form_is_the_full_number_it_abbreviates )
{
   const auto d = vanban::extract( "Thông tư 62/2024/TT-BTC hướng dẫn Nghị định 73/2024/NĐ-CP. Chế độ tiền thưởng tại Nghị định 73 được quy định như sau; Thông tư 62 quy định chi tiết." );
   BOOST_REQUIRE( d.citations.size() == 4u );
   BOOST_TEST( d.citations[ 2 ].number.value_or( "" ) == "73" );
   BOOST_TEST( d.citations[ 2 ].id == d.citations[ 1 ].id );
   BOOST_TEST( d.citations[ 3 ].id == d.citations[ 0 ].id );
   BOOST_TEST( d.citations[ 3 ].issuer->name == "Bộ Tài chính" );
}

BOOST_AUTO_TEST_CASE( a_short_form_two_documents_share_links_to_neither )
{
   const auto d = vanban::extract( "Nghị định 73/2024/NĐ-CP và Nghị định 73/2020/NĐ-CP; theo Nghị định 73 thì" );
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( d.citations[ 2 ].id != d.citations[ 0 ].id );
   BOOST_TEST( d.citations[ 2 ].id != d.citations[ 1 ].id );
}

BOOST_AUTO_TEST_CASE( the_same_number_in_another_year_is_another_document )
{
   const auto d = vanban::extract( "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ; Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; Chỉ thị số 16/CT-TTg nêu trên." );
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( d.citations[ 0 ].id == "vn/chi-thi/16-ct-ttg/2016" );
   BOOST_TEST( d.citations[ 1 ].id == "vn/chi-thi/16-ct-ttg/2020" );
   BOOST_TEST( d.citations[ 2 ].id == d.citations[ 1 ].id );  // the nearest earlier one
}

BOOST_AUTO_TEST_CASE( a_symbol_spelled_with_spaces_is_the_same_document )
{
   const auto d = vanban::extract( "Toàn văn Thông tư 41 2025 TT BTC sửa đổi quy định về quản lý ngân sách. Ngày 16/6/2025, Bộ Tài chính ban hành Thông tư 41/2025/TT-BTC." );
   BOOST_REQUIRE( d.citations.size() == 2u );
   BOOST_TEST( d.citations[ 0 ].number.value_or( "" ) == "41 2025 TT BTC" );
   BOOST_TEST( !d.citations[ 0 ].date.has_value() );  // the year inside a symbol is no date
   BOOST_TEST( d.citations[ 0 ].issuer->name == "Bộ Tài chính" );
   BOOST_TEST( d.citations[ 0 ].id == d.citations[ 1 ].id );
}

BOOST_AUTO_TEST_CASE( a_stated_place_beats_the_texts_province )
{
   const auto d = vanban::extract(
      "Kế hoạch số 53/KH-UBND ngày 21/3/2018 của UBND thành phố Cần Thơ; Chương trình số 27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh Sóc Trăng; "
      "Kế hoạch số 75/KH-UBND ngày 09/7/2018 của UBND thành phố Cần Thơ và Chương trình số 27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 21-NQ/TW.\n" );
   BOOST_REQUIRE( d.citations.size() == 5u );
   BOOST_TEST( d.citations[ 3 ].issuer->name == "Ban Chấp hành Đảng bộ tỉnh Sóc Trăng" );
}

BOOST_AUTO_TEST_SUITE_END()
