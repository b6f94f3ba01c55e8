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

BOOST_AUTO_TEST_CASE( a_cue_inside_a_cited_documents_title_only_cites )
{
   // the decree is the basis; the law it details is named in its title
   const auto r = relations_of( "Căn cứ Nghị định số 155/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Chứng khoán;\n" );
   BOOST_REQUIRE( r.size() == 2u );
   BOOST_TEST( ( r[ 0 ] == R::based_on ) );
   BOOST_TEST( ( r[ 1 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( an_amending_decree_named_in_a_basis_line )
{
   const auto r = relations_of( "Căn cứ Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ;\n" );
   BOOST_REQUIRE( r.size() == 2u );
   BOOST_TEST( ( r[ 0 ] == R::based_on ) );
   BOOST_TEST( ( r[ 1 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( the_basis_as_amended_shares_the_basis )
{
   const auto r = relations_of( "Căn cứ Luật Chứng khoán số 54/2019/QH14 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15;\n" );
   BOOST_REQUIRE( r.size() == 2u );
   BOOST_TEST( ( r[ 0 ] == R::based_on ) );
   BOOST_TEST( ( r[ 1 ] == R::based_on ) );
}

BOOST_AUTO_TEST_CASE( coordinated_mentions_share_the_cue_and_semicolons_start_new_items )
{
   const auto r = relations_of( "Triển khai thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy, Kế hoạch số 24/KH-UBND của UBND tỉnh và Nghị quyết số 66-NQ/TW trên địa bàn tỉnh." );
   BOOST_REQUIRE( r.size() == 3u );
   BOOST_TEST( ( r[ 0 ] == R::implements ) );
   BOOST_TEST( ( r[ 1 ] == R::implements ) );
   BOOST_TEST( ( r[ 2 ] == R::implements ) );
   // a footnote list: each item cites; the cue in an item's title does not reach the next item
   const auto f = relations_of( "Chương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy Cần Thơ thực hiện Nghị quyết số 21-NQ/TW; Chương trình số 144-CTr/TU ngày 22/01/2018 của Ban Thường vụ Tỉnh ủy Hậu Giang." );
   BOOST_REQUIRE( f.size() == 3u );
   BOOST_TEST( ( f[ 0 ] == R::cites ) );
   BOOST_TEST( ( f[ 1 ] == R::cites ) );
   BOOST_TEST( ( f[ 2 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( the_own_documents_title_says_how_it_relates )
{
   const auto d = vanban::extract( "Kế hoạch triển khai chuyển đổi số\n\nNgày 05/3/2024, UBND tỉnh Quảng Ninh đã ban hành Kế hoạch số 45/KH-UBND về triển khai thực hiện Nghị quyết số 12-NQ/TU ngày 20/12/2023 của Tỉnh ủy Quảng Ninh.\n" );
   BOOST_REQUIRE( d.citations.size() == 2u );
   BOOST_TEST( !d.citations[ 0 ].relation.has_value() );  // the post's own document
   BOOST_TEST( ( d.citations[ 1 ].relation == R::implements ) );
   BOOST_TEST( d.citations[ 1 ].cue->text == "triển khai thực hiện" );
}

BOOST_AUTO_TEST_CASE( a_document_a_body_issued_is_not_governed_by_the_cue_before )
{
   const auto r = relations_of( "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Kế hoạch và Đầu tư đã có văn bản số 10339/BKHĐT-TTr ngày 16 tháng 12 năm 2024 đề nghị các Bộ rà soát." );
   BOOST_REQUIRE( r.size() == 1u );
   BOOST_TEST( ( r[ 0 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( parentheses_are_transparent_and_aliases_repeat_their_document )
{
   const auto d = vanban::extract( "Thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi mới công tác xây dựng pháp luật (sau đây gọi là Nghị quyết số 66-NQ/TW) và Nghị quyết số 140/NQ-CP ngày 17 tháng 5 năm 2025 của Chính phủ." );
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( ( d.citations[ 0 ].relation == R::implements ) );
   BOOST_TEST( ( d.citations[ 1 ].relation == R::implements ) );
   BOOST_TEST( ( d.citations[ 2 ].relation == R::implements ) );
   BOOST_TEST( d.citations[ 1 ].id == d.citations[ 0 ].id );
   BOOST_TEST( d.citations[ 1 ].issuer->name == "Bộ Chính trị" );
   // a different document in parentheses is where the sentence's claim comes from
   const auto p = relations_of( "theo tinh thần Nghị quyết Hội nghị Trung ương 11 khoá XIII (Báo cáo số 386-BC/BTCTW, ngày 14/5/2025)." );
   BOOST_REQUIRE( p.size() == 2u );
   BOOST_TEST( ( p[ 0 ] == R::implements ) );
   BOOST_TEST( ( p[ 1 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( quoted_amended_text_cites )
{
   const auto r = relations_of( "2. Sửa đổi, bổ sung khoản 3 Điều 9 như sau:\n“3. Hồ sơ theo quy định tại Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ.”\n" );
   BOOST_REQUIRE( r.size() == 1u );
   BOOST_TEST( ( r[ 0 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( a_list_after_a_colon_takes_the_cue_that_introduces_it )
{
   const std::string text =
      "2. Các Thông tư sau hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành:\n"
      "a) Thông tư số 01/2018/TT-BTC ngày 02 tháng 01 năm 2018 của Bộ trưởng Bộ Tài chính quy định việc quản lý kinh phí;\n"
      "\n"
      "CÔNG BÁO/Số 55/Ngày 26-01-2026\n"
      "29\n"
      "b) Thông tư số 28/2019/TT-BTC ngày 21 tháng 5 năm 2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 01/2018/TT-BTC.\n"
      "3. Tổ chức thực hiện theo Nghị định số 30/2020/NĐ-CP.\n";
   const auto r = relations_of( text );
   BOOST_REQUIRE( r.size() == 4u );
   BOOST_TEST( ( r[ 0 ] == R::repeals ) );
   BOOST_TEST( ( r[ 1 ] == R::repeals ) );
   BOOST_TEST( ( r[ 2 ] == R::cites ) );  // named in the title of the repealed circular
   BOOST_TEST( ( r[ 3 ] != R::repeals ) );  // the next item is outside the list
   // the ':' that opens the list is the one that ends the line, not one before it
   const auto q = relations_of( "Bãi bỏ các văn bản sau (gồm: hai văn bản):\nNghị định số 10/2020/NĐ-CP của Chính phủ;\nNghị định số 11/2020/NĐ-CP của Chính phủ.\n" );
   BOOST_REQUIRE( q.size() == 2u );
   BOOST_TEST( ( q[ 0 ] == R::repeals ) );
   BOOST_TEST( ( q[ 1 ] == R::repeals ) );
}

BOOST_AUTO_TEST_CASE( an_article_heading_governs_its_items )
{
   const std::string text =
      "Điều 1. Bãi\nbỏ toàn bộ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ\n\n"
      "1. Quyết định số 104/2000/QĐ-TTg ngày 25 tháng 8 năm 2000 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược quốc gia.\n\n"
      "2. Quyết định số 63/2002/QĐ-TTg ngày 20 tháng 5 năm 2002 của Thủ tướng Chính phủ về công tác phòng, chống lụt, bão.\n\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký; thực hiện theo Nghị định số 78/2025/NĐ-CP.\n";
   const auto r = relations_of( text );
   BOOST_REQUIRE( r.size() == 3u );
   BOOST_TEST( ( r[ 0 ] == R::repeals ) );
   BOOST_TEST( ( r[ 1 ] == R::repeals ) );
   BOOST_TEST( ( r[ 2 ] == R::cites ) );
   // a heading that only organizes ("Tổ chức thực hiện") governs nothing
   const auto h = relations_of( "Điều 3. Tổ chức thực hiện\n\n1. Giao Sở Tài chính chủ trì theo Quyết định số 12/QĐ-UBND ngày 05/01/2021.\n" );
   BOOST_REQUIRE( h.size() == 1u );
   BOOST_TEST( ( h[ 0 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( the_opening_of_a_consolidated_text_consolidates )
{
   const std::string text =
      "Nghị định số 51/2016/NĐ-CP ngày 13 tháng 6 năm 2016 của Chính phủ quy định quản lý lao động, có hiệu lực từ ngày 01 tháng 8 năm 2016, được sửa đổi, bổ sung bởi:\n"
      "Nghị định số 21/2024/NĐ-CP ngày 23 tháng 02 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 51/2016/NĐ-CP ngày 13 tháng 6 năm 2016 của Chính phủ, có hiệu lực từ ngày 10 tháng 4 năm 2024.\n"
      "Căn cứ Luật Doanh nghiệp ngày 26 tháng 11 năm 2014;\n";
   const auto r = relations_of( text );
   BOOST_REQUIRE( r.size() == 4u );
   BOOST_TEST( ( r[ 0 ] == R::consolidates ) );
   BOOST_TEST( ( r[ 1 ] == R::consolidates ) );
   BOOST_TEST( ( r[ 2 ] == R::cites ) );
   BOOST_TEST( ( r[ 3 ] == R::based_on ) );
}

BOOST_AUTO_TEST_CASE( a_basis_list_continues_on_the_next_line )
{
   const auto r = relations_of( "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nLuật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;\nTheo đề nghị của Bộ trưởng Bộ Tư pháp;\n" );
   BOOST_REQUIRE( r.size() == 3u );
   BOOST_TEST( ( r[ 0 ] == R::based_on ) );
   BOOST_TEST( ( r[ 1 ] == R::based_on ) );
   BOOST_TEST( ( r[ 2 ] == R::cites ) );  // the law the amending law names, inside its name

   // an amending law joined by "và" to the one before shares its basis: the law named inside the
   // first one's name is no step of the clause (cb-nghi-dinh-so-74-2025-nd-cp)
   const auto joined = relations_of( "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung \n"
                                     "một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014 và Luật sửa đổi, bổ \n"
                                     "sung một số điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm 2024; \nTheo đề nghị của Bộ trưởng Bộ Quốc phòng;\n" );
   BOOST_REQUIRE( joined.size() == 5u );
   BOOST_TEST( ( joined[ 0 ] == R::based_on ) );
   BOOST_TEST( ( joined[ 1 ] == R::based_on ) );
   BOOST_TEST( ( joined[ 2 ] == R::cites ) );
   BOOST_TEST( ( joined[ 3 ] == R::based_on ) );
   BOOST_TEST( ( joined[ 4 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( a_gazette_page_break_does_not_end_the_sentence )
{
   const std::string text =
      "Điều 1. Đính chính một số lỗi kỹ thuật tại Thông tư số 15/2024/TT-BKHĐT ngày 30 tháng 9 năm 2024\n"
      "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\n"
      "Thời gian ký: 08.11.2024 16:18:05 +07:00\n"
      "\n"
      "CÔNG BÁO/Số 1217 + 1218/Ngày 03-11-2024\n"
      "95\n"
      "\n"
      "và Thông tư số 16/2024/TT-BKHĐT ngày 30 tháng 9 năm 2024 như sau:\n";
   const auto r = relations_of( text );
   BOOST_REQUIRE( r.size() == 2u );
   BOOST_TEST( ( r[ 0 ] == R::corrects ) );
   BOOST_TEST( ( r[ 1 ] == R::corrects ) );  // the sentence goes on over the page break
   // a blank line after a finished sentence still ends it
   const auto p = relations_of( "Đính chính Nghị định số 30/2020/NĐ-CP.\n\nCÔNG BÁO/Số 55/Ngày 26-01-2026\n\nvà Nghị định số 31/2020/NĐ-CP nói trên.\n" );
   BOOST_REQUIRE( p.size() == 2u );
   BOOST_TEST( ( p[ 1 ] == R::cites ) );
}

BOOST_AUTO_TEST_CASE( a_phrase_replacement_amends )
{
   const auto r = relations_of( "Điều 2. Thay thế cụm từ “Sở Lao động - Thương binh và Xã hội” bằng cụm từ “Sở Giáo dục và Đào tạo” tại khoản 3 Điều 9 Thông tư số 152/2016/TT-BTC." );
   BOOST_REQUIRE( r.size() == 1u );
   BOOST_TEST( ( r[ 0 ] == R::amends ) );
}

BOOST_AUTO_TEST_CASE( a_legal_basis_column_is_no_basis )
{
   const auto r = relations_of( "Căn cứ pháp lý\nBan hành kế hoạch xử lý ô nhiễm quy định tại khoản 3 Điều 15 của Luật Bảo vệ môi trường\n" );
   BOOST_REQUIRE( r.size() == 1u );
   BOOST_TEST( ( r[ 0 ] == R::cites ) );
}

BOOST_AUTO_TEST_SUITE_END()
