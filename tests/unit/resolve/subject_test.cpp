// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// What a body issued ("UBND tỉnh đã ban hành Kế hoạch số …") and which document a news post is
// about; an excerpt of a document is no news post.

#include <utility>

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

BOOST_AUTO_TEST_SUITE( subject_test )

BOOST_AUTO_TEST_CASE( the_body_before_an_issuing_verb_issued_the_document_on_the_sentences_date )
{
   const auto d = vanban::extract( "Ngày 20/11/2025, UBND tỉnh Quảng Ngãi đã có Thông báo 393/TB-UBND kết luận của Phó Chủ tịch UBND tỉnh.\n" );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( d.citations[ 0 ].date->iso() == "2025-11-20" );
   BOOST_TEST( d.citations[ 0 ].issuer->name == "Ủy ban nhân dân tỉnh Quảng Ngãi" );
   const auto q = vanban::extract( "Ngày 13/11/2025, Quốc hội đã thông qua Nghị quyết 244/2025/QH15 về Kế hoạch phát triển kinh tế xã hội năm 2026.\n" );
   BOOST_REQUIRE( q.citations.size() == 1u );
   BOOST_TEST( q.citations[ 0 ].date->iso() == "2025-11-13" );
}

BOOST_AUTO_TEST_CASE( a_post_is_about_the_document_its_headline_names )
{
   const auto d = vanban::extract(
      "Chỉ đạo mới của Bộ Nội vụ về tiền thưởng theo Nghị định 73 tại Công văn 11771/BNV-CTL&BHXH 2025\n\n"
      "Nội dung chính\n\n"
      "Ngày 09/12/2025, Bộ Nội vụ đã ban hành Công văn 11771/BNV-CTL&BHXH về thực hiện chế độ tiền thưởng theo Nghị định 73/2024/NĐ-CP.\n" );
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->number.value_or( "" ) == "11771/BNV-CTL&BHXH" );
   BOOST_TEST( d.info->date->iso() == "2025-12-09" );
   BOOST_TEST( d.info->issuer->name == "Bộ Nội vụ" );
   // the headline's own year label stays a year
   BOOST_TEST( d.citations[ 1 ].date->iso() == "2025" );
}

BOOST_AUTO_TEST_CASE( a_headline_naming_an_amended_document_is_not_the_subject )
{
   const auto d = vanban::extract(
      "Sửa đổi Quyết định 325/QĐ-UBND về việc thành lập Cụm công nghiệp\n\n"
      "Ngày 26/11/2025, UBND tỉnh Thanh Hóa ban hành Quyết định 3677/QĐ-UBND sửa đổi Quyết định 325/QĐ-UBND 2019.\n" );
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->number.value_or( "" ) == "3677/QĐ-UBND" );
}

BOOST_AUTO_TEST_CASE( a_headline_short_form_stands_for_the_full_number )
{
   const auto d = vanban::extract(
      "Chi tiết chế độ tiền thưởng theo Nghị định 73 cho giáo viên\n\n"
      "Cụ thể, chế độ tiền thưởng được quy định tại Điều 4 Nghị định 73/2024/NĐ-CP.\n" );
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->number.value_or( "" ) == "73/2024/NĐ-CP" );
}

BOOST_AUTO_TEST_CASE( an_excerpt_is_no_news_post )
{
   // a ministry letter cut in the middle of a sentence
   const auto d = vanban::extract( "Thủ\ntướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg ngày 06/11/2025 về đẩy mạnh việc\nthực hiện các nhiệm vụ.\n" );
   BOOST_TEST( !d.info.has_value() );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( d.citations[ 0 ].relation.has_value() );
   // a basis line, a numbered item, a letter's salutation
   for( const char* text : { "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\n\nCăn cứ Nghị định số 29/2025/NĐ-CP;\n",
                             "1. Các đồng chí Bộ trưởng triển khai Nghị quyết số 66-NQ/TW.\n",
                             "Kính gửi: Thuế tỉnh Vĩnh Long.\nCục Thuế nhận được công văn số 276/QNI-KTr ngày 24/7/2025.\n" } ) {
      BOOST_TEST( !vanban::extract( text ).info.has_value() );
   }
}

BOOST_AUTO_TEST_CASE( an_act_that_is_not_issuing_makes_no_subject )
{
   const auto d = vanban::extract( "Cập nhật Dự thảo Nghị quyết bảng giá đất tỉnh Thái Nguyên năm 2026\n\nNgày 30/11/2025, UBND tỉnh Thái Nguyên đã có Tờ trình 272/TTr-UBND về việc đề nghị ban hành Nghị quyết.\n" );
   BOOST_TEST( !d.info.has_value() );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( d.citations[ 0 ].date->iso() == "2025-11-30" );
}

BOOST_AUTO_TEST_CASE( the_sentences_date_is_the_one_that_opens_it_or_a_clause )
{
   // a meeting's date is not the date of what was issued after it (a Politburo conclusion
   // is dated days after its meeting): the year label stays
   const auto m = vanban::extract( "Tại phiên họp ngày 28/11/2025, sau khi xem xét Tờ trình của Ban Thường vụ Đảng uỷ Toà án nhân dân tối cao, Bộ Chính trị đã có Kết luận 223-KL/TW năm 2025 về thành lập Tòa án chuyên biệt.\n" );
   BOOST_REQUIRE( m.citations.size() == 1u );
   BOOST_TEST( m.citations[ 0 ].date->iso() == "2025" );
   // nor the end of a period
   const auto r = vanban::extract( "Thống nhất với Báo cáo về tiến độ (từ ngày 04/5 đến ngày 14/5/2025) do Ban Tổ chức Trung ương trình (có Báo cáo số 386-BC/BTCTW kèm theo).\n" );
   BOOST_REQUIRE( r.citations.size() == 1u );
   BOOST_TEST( !r.citations[ 0 ].date.has_value() );
   // a date that opens a clause, or a sentence the splitter did not end (after a closing quote, a
   // headline), with a person, an unknown body or an aside between it and the verb
   const std::pair<const char*, const char*> dated[] = {
      { "Để tránh gián đoạn, ngày 10/01/2025, Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường) đã có Văn bản số 375/BNN-TC về việc tạm thời.\n", "2025-01-10" },
      { "Nghị định có hiệu lực từ ngày 01/8/2024.” Ngày 26/02/2025, Cục Thuế tỉnh Vĩnh Phúc (nay là Thuế tỉnh Phú Thọ) có Thông báo số 565/TB-CTVPH về việc điều chỉnh.\n", "2025-02-26" },
      { "Ngày 25/5/2025, thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ký ban hành Kết luận số 157-KL/TW của Bộ Chính trị.\n", "2025-05-25" },
      { "Các bộ đã ban hành quyết định (Ngày 23/10/2025, Ngân hàng Nhà nước Việt Nam tiếp tục ban hành Quyết định số 3539/QĐ-NHNN bổ sung phương án).\n", "2025-10-23" },
      { "Ban hành Kế hoạch về Phong trào “Dân vận khéo”\nNgày 11/01/2021, UBND tỉnh ban hành Kế hoạch số 05/KH-UBND về tiếp tục.\n", "2021-01-11" },
      { "Vào ngày 16/01/2025, Phó Thủ tướng Chính phủ Trần Hồng Hà ban hành Công điện 4/CĐ-TTg tăng cường bảo đảm trật tự.\n", "2025-01-16" } };
   for( const auto& [ text, iso ] : dated ) {
      const auto d = vanban::extract( text );
      BOOST_TEST_REQUIRE( !d.citations.empty(), text );
      BOOST_TEST( d.citations.back().date.has_value(), text );
      BOOST_TEST( d.citations.back().date.value_or( vanban::date{} ).iso() == iso, text );
   }
}

BOOST_AUTO_TEST_SUITE_END()
