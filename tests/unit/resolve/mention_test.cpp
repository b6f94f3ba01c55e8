// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Whole mentions through extract(): pinpoints, near misses, what is no mention, text as found.

#include <tuple>

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

namespace {

std::vector<std::string> texts_of( const std::string& text )
{
   std::vector<std::string> out;
   for( const auto& c : vanban::extract( text ).citations ) {
      out.push_back( c.text );
   }
   return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( mention_test )

BOOST_AUTO_TEST_CASE( the_provision_cited_is_the_mentions_pinpoint )
{
   const auto d = vanban::extract(
      "Căn cứ khoản 3 Điều 1 Luật số 106/2016/QH13 ngày 19/4/2016;\n"
      "Căn cứ Điều 17, Điều 18,\nĐiều 28 Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;\n"
      "theo điểm a khoản 1 Điều 24 Tiểu mục 1 Mục 1 Chương III của Nghị quyết số 351/2017/UBTVQH14 và Phụ lục số 02 Luật Giá.\n" );
   BOOST_REQUIRE( d.citations.size() == 4u );
   BOOST_TEST( d.citations[ 0 ].pinpoint.value_or( "" ) == "khoản 3 Điều 1" );
   BOOST_TEST( d.citations[ 0 ].text == "Luật số 106/2016/QH13 ngày 19/4/2016" );  // the text starts at the type word
   BOOST_TEST( d.citations[ 1 ].pinpoint.value_or( "" ) == "Điều 17, Điều 18, Điều 28" );
   BOOST_TEST( d.citations[ 2 ].pinpoint.value_or( "" ) == "điểm a khoản 1 Điều 24 Tiểu mục 1 Mục 1 Chương III" );
   BOOST_TEST( d.citations[ 3 ].pinpoint.value_or( "" ) == "Phụ lục số 02" );
   BOOST_TEST( ( d.citations[ 0 ].relation == vanban::relation::based_on ) );
}

BOOST_AUTO_TEST_CASE( a_path_into_the_text_itself_cites_nothing )
{
   BOOST_TEST( texts_of( "theo quy định tại khoản 2 Điều 5 của Quy chế này và điểm a khoản 1 Điều 8 Nghị định này." ).empty() );
}

BOOST_AUTO_TEST_CASE( a_heading_number_is_no_pinpoint )
{
   const auto d = vanban::extract( "Điều 5. Nghị định số 45/2013/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực." );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( !d.citations[ 0 ].pinpoint.has_value() );
}

BOOST_AUTO_TEST_CASE( near_misses_are_diagnostics_not_mentions )
{
   const std::string text = "Quyết định số … /QĐ- … ngày … tháng … năm … của…\nCông văn số 123/ ngày 5/3/2024 của Sở Tài chính.\n";
   const auto d = vanban::extract( text );
   BOOST_TEST( d.citations.empty() );
   BOOST_REQUIRE( d.diagnostics.size() == 2u );
   BOOST_TEST( d.diagnostics[ 0 ].code == "VB-N002" );
   BOOST_TEST( ( d.diagnostics[ 0 ].severity == vanban::severity::note ) );
   BOOST_TEST( text.substr( d.diagnostics[ 0 ].span.start, d.diagnostics[ 0 ].span.end - d.diagnostics[ 0 ].span.start ) == "…" );
   BOOST_TEST( d.diagnostics[ 1 ].code == "VB-W002" );
   BOOST_TEST( d.diagnostics[ 1 ].span.line == 2u );
   BOOST_TEST( d.diagnostics[ 1 ].span.column == 13u );
}

BOOST_AUTO_TEST_CASE( a_hyphen_for_a_slash_is_read_with_a_note )
{
   // as a news site writes them (corpus: web-dff41d573b9deb1a, web-c37e0ca0510350f4); the short
   // "Quy định 366" after it is the same document
   const std::string text = "Tại khoản 1 Điều 12 Quy định 366-QĐ-TW 2025 quy định chi tiết các bước. Theo Quy định 366, "
                            "Nghị quyết (gọi tắt là Nghị định số 255/2025-NĐ-CP) được thực hiện.";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 3u );
   const auto& party = d.citations[ 0 ];
   BOOST_TEST( party.number.value_or( "" ) == "366-QĐ-TW" );  // as written, read as 366-QĐ/TW
   BOOST_TEST( party.id == "vn/quy-dinh/366-qd-tw/2025" );
   BOOST_TEST( ( party.numbering == vanban::numbering::party ) );
   BOOST_TEST( party.issuer.value_or( vanban::issuer{} ).name == "Ban Chấp hành Trung ương Đảng" );
   BOOST_TEST( party.text == "Quy định 366-QĐ-TW 2025" );  // as written
   BOOST_TEST( d.citations[ 1 ].id == party.id );
   BOOST_TEST( d.citations[ 2 ].number.value_or( "" ) == "255/2025-NĐ-CP" );
   BOOST_TEST( ( d.citations[ 2 ].numbering == vanban::numbering::normative ) );
   BOOST_TEST( d.citations[ 2 ].issuer.value_or( vanban::issuer{} ).name == "Chính phủ" );
   BOOST_REQUIRE( d.diagnostics.size() == 2u );
   for( const auto& [ n, written, read ] : { std::tuple{ 0, "366-QĐ-TW", "366-QĐ/TW" }, std::tuple{ 1, "255/2025-NĐ-CP", "255/2025/NĐ-CP" } } ) {
      const auto& g = d.diagnostics[ std::size_t( n ) ];
      BOOST_TEST( g.code == "VB-N003" );
      BOOST_TEST( ( g.severity == vanban::severity::note ) );
      BOOST_TEST( text.substr( g.span.start, g.span.end - g.span.start ) == written );
      BOOST_TEST( g.message == std::string( "a hyphen stands for a slash in the document number; read as " ) + read );
   }
}

BOOST_AUTO_TEST_CASE( things_that_look_like_citations_but_are_not )
{
   BOOST_TEST( texts_of( "CÔNG BÁO/Số 252/Ngày 27-04-2026\n" ).empty() );
   BOOST_TEST( texts_of( "Tờ khai theo Mẫu số 01/TNCN và Mẫu số 24-HS ban hành kèm theo" ).empty() );
   BOOST_TEST( texts_of( "đáp ứng QCVN 25:2025/BCT và TCVN 6909:2001" ).empty() );
   BOOST_TEST( texts_of( "mức chi 10 triệu đồng/người, tỷ lệ 1/2, điện thoại 0912.345.678, xe 29A-123.45 trên đường 3/2" ).empty() );
   BOOST_TEST( texts_of( "Các sở, ngành thực hiện Nghị quyết; Kế hoạch này thay thế các kế hoạch trước" ).empty() );
   BOOST_TEST( texts_of( "Nghị định này có hiệu lực thi hành. Luật sư và luật pháp" ).empty() );
   BOOST_TEST( texts_of( "Xây dựng các Luật chuyên ngành và 06 Quyết định, 02 Kế hoạch, 05 Công văn" ).empty() );
}

BOOST_AUTO_TEST_CASE( short_forms_only_for_types_cited_so )
{
   BOOST_TEST( texts_of( "theo Nghị định 73 và Hướng dẫn 43; Quy trình 01 gồm các bước; Hợp đồng 1 và Biên bản 03" ) == ( std::vector<std::string>{ "Nghị định 73", "Hướng dẫn 43" } ) );
   // historical numbers without an organ, and types of NĐ 30/2020 Phụ lục III
   BOOST_TEST( texts_of( "Sắc lệnh số 63-SL ngày 22/11/1945; Giấy mời số 125/GM-UBND ngày 05/3/2024" ) ==
               ( std::vector<std::string>{ "Sắc lệnh số 63-SL ngày 22/11/1945", "Giấy mời số 125/GM-UBND ngày 05/3/2024" } ) );
}

BOOST_AUTO_TEST_CASE( a_headers_own_number_line_is_no_mention )
{
   const auto d = vanban::extract( "QUỐC HỘI\n\nLuật số: 50/2024/QH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCăn cứ Luật số: 45/2019/QH14 ngày 20/11/2019;\n" );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( d.citations[ 0 ].number.value_or( "" ) == "45/2019/QH14" );
}

BOOST_AUTO_TEST_CASE( text_as_found_gives_canonical_fields )
{
   // decomposed Unicode, old tone placement, Ð for Đ, an en dash, a wrapped symbol
   const std::string text = "Căn cứ Nghi\xcc\xa3 đi\xcc\xa3nh sô\xcc\x81 30/2020/N\xc3\x90\xe2\x80\x93" "CP cu\xcc\x89" "a Chi\xcc\x81nh phu\xcc\x89; Thông tư số 43/2023/TT-\nBTC của Bộ Tài chính; Quyết định của Uỷ ban nhân dân tỉnh số 12/QĐ-UBND.";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( d.citations[ 0 ].type == "Nghị định" );
   BOOST_TEST( d.citations[ 0 ].number.value_or( "" ) == "30/2020/NĐ-CP" );
   BOOST_TEST( d.citations[ 0 ].issuer->name == "Chính phủ" );
   BOOST_TEST( d.citations[ 0 ].text == text.substr( d.citations[ 0 ].span.start, d.citations[ 0 ].span.end - d.citations[ 0 ].span.start ) );
   BOOST_TEST( d.citations[ 0 ].text.find( "\xc3\x90\xe2\x80\x93" ) != std::string::npos );  // as written
   BOOST_TEST( d.citations[ 1 ].number.value_or( "" ) == "43/2023/TT-BTC" );
   // the issuer before the number, in the old tone placement ("Uỷ")
   BOOST_TEST( d.citations[ 2 ].number.value_or( "" ) == "12/QĐ-UBND" );
   BOOST_TEST( d.citations[ 2 ].issuer->name == "Ủy ban nhân dân tỉnh" );
}

BOOST_AUTO_TEST_CASE( the_laws_an_amending_law_names_are_mentions_inside_it )
{
   // a Căn cứ line of a Government resolution (cb-nghi-quyet-so-113-nq-cp), then one that amends two laws
   const std::string text = "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008; Luật sửa đổi, \n"
                            "bổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014;\n"
                            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
                            "ngày 22 tháng 11 năm 2019; Nghị định số 37/2026/NĐ-CP của Chính phủ;\n";
   const auto d = vanban::extract( text );
   BOOST_TEST( texts_of( text ) == ( std::vector<std::string>{
                                     "Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008",
                                     "Luật sửa đổi, \nbổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014",
                                     "Luật Bảo hiểm y tế",
                                     "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
                                     "Luật Tổ chức Chính phủ",
                                     "Luật Tổ chức chính quyền địa phương",
                                     "Nghị định số 37/2026/NĐ-CP của Chính phủ" } ) );
   BOOST_REQUIRE( d.citations.size() == 7u );
   const auto& amending = d.citations[ 1 ];
   const auto& amended = d.citations[ 2 ];
   // inside the amending law's span, after it in the list; it states no date: the amending law's is its own
   BOOST_TEST( amended.span.start > amending.span.start );
   BOOST_TEST( amended.span.end < amending.span.end );
   BOOST_TEST( text.substr( amended.span.start, amended.span.end - amended.span.start ) == "Luật Bảo hiểm y tế" );
   BOOST_TEST( amended.span.line == 2u );
   BOOST_TEST( amended.span.column == 25u );
   BOOST_TEST( amended.type == "Luật" );
   BOOST_TEST( amended.name.value_or( "" ) == "Bảo hiểm y tế" );
   BOOST_TEST( !amended.number.has_value() );
   BOOST_TEST( !amended.date.has_value() );
   BOOST_TEST( !amended.title.has_value() );
   BOOST_TEST( amended.issuer->name == "Quốc hội" );
   BOOST_TEST( amending.date->iso() == "2014-06-13" );
   // the law it amends is the one named at the start of the line: the same id
   BOOST_TEST( amended.id == d.citations[ 0 ].id );
   BOOST_TEST( amended.id == "vn/luat/bao-hiem-y-te/2008" );
   // only cited; the Căn cứ lines govern the amending laws and what follows them, as before
   BOOST_TEST( ( amended.relation == vanban::relation::cites ) );
   BOOST_TEST( ( d.citations[ 4 ].relation == vanban::relation::cites ) );
   BOOST_TEST( ( d.citations[ 5 ].relation == vanban::relation::cites ) );
   for( const std::size_t i : { 0u, 1u, 3u, 6u } ) {
      BOOST_TEST( ( d.citations[ i ].relation == vanban::relation::based_on ), "citation " << i );
   }
   BOOST_TEST( d.citations[ 5 ].name.value_or( "" ) == "Tổ chức chính quyền địa phương" );
   BOOST_TEST( !d.citations[ 5 ].date.has_value() );

   // the amending law's title is read after its whole span, past the law inside it
   const auto titled = vanban::extract( "Thực hiện Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công ngày 29/11/2024 "
                                        "về phân cấp, phân quyền trong đầu tư công, UBND tỉnh ban hành Kế hoạch." );
   BOOST_REQUIRE( titled.citations.size() == 2u );
   BOOST_TEST( titled.citations[ 0 ].title.value_or( "" ) == "phân cấp, phân quyền trong đầu tư công, UBND tỉnh ban hành Kế hoạch" );
   BOOST_TEST( ( titled.citations[ 0 ].relation == vanban::relation::implements ) );
   BOOST_TEST( titled.citations[ 1 ].text == "Luật Đầu tư công" );
   BOOST_TEST( ( titled.citations[ 1 ].relation == vanban::relation::cites ) );
}

BOOST_AUTO_TEST_CASE( an_amending_law_that_lists_the_laws_it_amends_has_the_number )
{
   // cb-nghi-dinh-so-132-2026-nd-cp: the number was read as the last listed law's, and each law
   // of the list was a basis of its own
   const auto d = vanban::extract( "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế \n"
                                   "toán, Luật Kiểm toán độc lập, Luật Quản lý, sử dụng \ntài sản công, Luật Xử lý vi phạm hành chính số 56/2024/QH15;\n" );
   BOOST_REQUIRE( d.citations.size() == 6u );
   BOOST_TEST( d.citations[ 0 ].number.value_or( "" ) == "56/2024/QH15" );
   BOOST_TEST( ( d.citations[ 0 ].relation == vanban::relation::based_on ) );
   BOOST_TEST( d.citations[ 0 ].id == "vn/luat/56-2024-qh15" );
   const std::vector<std::string> names{ "Chứng khoán", "Kế toán", "Kiểm toán độc lập", "Quản lý, sử dụng tài sản công", "Xử lý vi phạm hành chính" };
   for( std::size_t i = 1; i < 6; ++i ) {
      BOOST_TEST( d.citations[ i ].name.value_or( "" ) == names[ i - 1 ] );
      BOOST_TEST( !d.citations[ i ].number.has_value() );
      BOOST_TEST( ( d.citations[ i ].relation == vanban::relation::cites ) );
   }
}

BOOST_AUTO_TEST_CASE( the_laws_an_amending_law_lists_with_their_numbers_keep_them )
{
   // web-001c610b2efdcf0c: the amending law (43/2024/QH15, not named here) took the land law's
   // number, and so its id
   const auto d = vanban::extract( "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024, được sửa đổi, bổ sung một số điều tại "
                                   "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở\nsố 27/2023/QH15, "
                                   "Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;\n" );
   BOOST_REQUIRE( d.citations.size() == 6u );
   const auto& amending = d.citations[ 1 ];
   BOOST_TEST( !amending.number.has_value() );
   BOOST_TEST( amending.id != d.citations[ 0 ].id );
   const std::vector<std::string> texts{ "Luật Đất đai số 31/2024/QH15", "Luật Nhà ở\nsố 27/2023/QH15", "Luật Kinh doanh bất động sản số 29/2023/QH15",
                                         "Luật Các tổ chức tín dụng số 32/2024/QH15" };
   const std::vector<std::string> numbers{ "31/2024/QH15", "27/2023/QH15", "29/2023/QH15", "32/2024/QH15" };
   for( std::size_t i = 2; i < 6; ++i ) {
      BOOST_TEST( d.citations[ i ].text == texts[ i - 2 ] );
      BOOST_TEST( d.citations[ i ].number.value_or( "" ) == numbers[ i - 2 ] );
      BOOST_TEST( d.citations[ i ].span.end <= amending.span.end );
      BOOST_TEST( ( d.citations[ i ].relation == vanban::relation::cites ) );
   }
   BOOST_TEST( d.citations[ 2 ].id == d.citations[ 0 ].id );  // the land law, named twice
   BOOST_TEST( d.citations[ 5 ].id == "vn/luat/32-2024-qh15" );
}

BOOST_AUTO_TEST_CASE( an_amending_law_with_a_number_and_one_amending_a_count_of_laws )
{
   // one law named: the number after it is the amending law's (cb-thong-tu-so-25-2026-tt-bkhcn)
   const auto one = vanban::extract( "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa số 78/2025/QH15;" );
   BOOST_REQUIRE( one.citations.size() == 2u );
   BOOST_TEST( one.citations[ 0 ].number.value_or( "" ) == "78/2025/QH15" );
   BOOST_TEST( !one.citations[ 1 ].number.has_value() );
   // the named law follows the numbered mention whose name it is in; "37 Luật …" names a kind of law
   BOOST_TEST( texts_of( "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa số 78/2025/QH15;\n"
                         "Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;\n" )
               == ( std::vector<std::string>{
                  "Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa số 78/2025/QH15",
                  "Luật Chất lượng sản phẩm, hàng hóa",
                  "Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018" } ) );
}

BOOST_AUTO_TEST_CASE( words_between_the_type_and_the_number )
{
   const auto d = vanban::extract( "Thông tư liên Bộ số 12/TT-LB ngày 03/8/1992; Kết luận liên ngành Tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024; Báo cáo giải trình, tiếp thu số 494/BC-UBND ngày 25 tháng 11 năm 2025." );
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( d.citations[ 0 ].text == "Thông tư liên Bộ số 12/TT-LB ngày 03/8/1992" );
   BOOST_TEST( d.citations[ 1 ].number.value_or( "" ) == "23/KL-LNTPTW" );
   BOOST_TEST( d.citations[ 2 ].date->iso() == "2025-11-25" );
   // a form, and capitalized words after a lower-case type word, are no mentions
   BOOST_TEST( texts_of( "Văn bản đề nghị theo mẫu số 01/MGTH; tổng hợp, báo cáo Ban chỉ đạo số 751/QĐ-TTg ngày 11/4/2025" ) == std::vector<std::string>{} );
}

BOOST_AUTO_TEST_CASE( lower_case_law_names )
{
   // a known name in any case; an unknown one unless the type word names a kind ("các Luật")
   BOOST_TEST( texts_of( "theo Luật đầu tư và Luật phòng, chống bệnh truyền nhiễm; các Luật chuyên ngành" ) == ( std::vector<std::string>{ "Luật đầu tư", "Luật phòng, chống bệnh truyền nhiễm" } ) );
   BOOST_TEST( texts_of( "sửa đổi Luật Đầu tư, dự thảo Luật Đất đai" ) == ( std::vector<std::string>{ "Luật Đầu tư", "Luật Đất đai" } ) );
}

BOOST_AUTO_TEST_CASE( a_year_label_is_not_the_issue_date )
{
   const auto d = vanban::extract( "Nghị quyết số 57-NQ/TW năm 2025 ngày 22/12/2024 của Bộ Chính trị; Công điện 78/CĐ-TTg năm 2025; Luật Công chứng 2024." );
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( d.citations[ 0 ].date->iso() == "2024-12-22" );
   BOOST_TEST( d.citations[ 1 ].date->iso() == "2025" );
   BOOST_TEST( d.citations[ 2 ].date->iso() == "2024" );
}

BOOST_AUTO_TEST_CASE( lists_share_type_date_and_issuer )
{
   const auto d = vanban::extract( "Tờ trình số 396/TTr-CP và Đề án số 397/ĐA-CPngày 09 tháng 5 năm 2025; các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương." );
   BOOST_REQUIRE( d.citations.size() == 4u );
   BOOST_REQUIRE( d.citations[ 0 ].date.has_value() );
   BOOST_TEST( d.citations[ 0 ].date->iso() == "2025-05-09" );
   BOOST_TEST( d.citations[ 1 ].number.value_or( "" ) == "397/ĐA-CP" );
   BOOST_TEST( d.citations[ 3 ].number.value_or( "" ) == "19-NQ/TW" );
   BOOST_TEST( d.citations[ 2 ].date->iso() == "2017-10-25" );
   BOOST_TEST( d.citations[ 2 ].issuer->name == "Ban Chấp hành Trung ương Đảng" );
}

BOOST_AUTO_TEST_CASE( generic_van_ban_takes_the_symbols_type )
{
   const auto d = vanban::extract( "Theo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tại các văn bản: Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026, số 201/BC-BVHTTDL ngày 11 tháng 5 năm 2026; văn bản số 213-KL/TW và Văn bản số 8004/BNNMT-ĐCKS." );
   BOOST_REQUIRE( d.citations.size() == 4u );
   BOOST_TEST( d.citations[ 0 ].type == "Tờ trình" );
   BOOST_TEST( d.citations[ 0 ].text == "Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026" );
   BOOST_TEST( d.citations[ 1 ].type == "Báo cáo" );
   BOOST_TEST( d.citations[ 2 ].type == "Kết luận" );
   BOOST_TEST( d.citations[ 3 ].type == "Công văn" );
}

BOOST_AUTO_TEST_SUITE_END()
