// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Rule-level tests of the citation pieces. Whether a match identifies a document (the semantic
// check) is an action; whole citations are tested through extract() in tests/unit/pipeline.

#include <boost/test/unit_test.hpp>

#include "vanban/grammar/citation.hpp"

#include "grammar/check_rule.hpp"

namespace g = vanban::grammar;
using vanban::test::check_match;
using vanban::test::check_no_match;

BOOST_AUTO_TEST_SUITE( citation_test )

BOOST_AUTO_TEST_CASE( type_words_match_longest_first_and_in_every_case )
{
   check_match<g::doc_type_word>( "Thông tư liên tịch số", "Thông tư liên tịch" );
   check_match<g::doc_type_word>( "Thông tư số", "Thông tư" );
   check_match<g::doc_type_word>( "NGHỊ ĐỊNH SỐ", "NGHỊ ĐỊNH" );
   check_match<g::doc_type_word>( "quyết định số", "quyết định" );
   check_match<g::doc_type_word>( "Kế hoạch\nhành động số", "Kế hoạch\nhành động" );
   check_no_match<g::doc_type_word>( "Luậtsư" );
}

BOOST_AUTO_TEST_CASE( issuer_phrases_with_titles_places_and_terms )
{
   check_match<g::issuer_clause>( "của Thủ tướng Chính phủ về", "của Thủ tướng Chính phủ" );
   check_match<g::issuer_clause>( "của Tỉnh ủy Bắc Kạn về", "của Tỉnh ủy Bắc Kạn" );
   check_match<g::issuer_clause>( "của UBND tỉnh về", "của UBND tỉnh" );
   check_match<g::issuer_clause>( "của Ban Chấp hành Trung ương Đảng khóa XI về", "của Ban Chấp hành Trung ương Đảng khóa XI" );
   check_match<g::issuer_clause>( "của Bộ trưởng Bộ Tài chính quy định", "của Bộ trưởng Bộ Tài chính" );
   check_match<g::issuer_clause>( "của Ủy\nban nhân dân thành phố Hà Nội.", "của Ủy\nban nhân dân thành phố Hà Nội" );
   check_match<g::issuer_clause>( ", của Quốc hội (khóa XV)", ", của Quốc hội (khóa XV)" );
   check_no_match<g::issuer_clause>( "của Luật này" );
}

BOOST_AUTO_TEST_CASE( numbered_rest_takes_lists_with_shared_and_own_dates )
{
   check_match<g::numbered_rest>( "số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về", "số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương" );
   check_match<g::headed_list>( " của UBND tỉnh: số 1175/QĐ-UBND ngày 16/12/2020, số 1268/QĐ-UBND ngày 16/11/2023 về", " của UBND tỉnh: số 1175/QĐ-UBND ngày 16/12/2020, số 1268/QĐ-UBND ngày 16/11/2023" );
   // "tại các văn bản: Số 202/TTr-BVHTTDL …": after the plural type word, no issuer
   check_match<g::headed_list>( ": Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026, số 201/BC-BVHTTDL ngày 11 tháng 5 năm 2026;", ": Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026, số 201/BC-BVHTTDL ngày 11 tháng 5 năm 2026" );
   check_no_match<g::headed_list>( ": trong đó" );
}

BOOST_AUTO_TEST_CASE( numbered_rest_takes_year_label_then_date )
{
   check_match<g::numbered_rest>( "số 57-NQ/TW năm 2025 ngày 22/12/2024 của Bộ Chính trị về", "số 57-NQ/TW năm 2025 ngày 22/12/2024 của Bộ Chính trị" );
}

BOOST_AUTO_TEST_CASE( law_names_stop_at_numbers_dates_and_other_documents )
{
   check_match<g::law_name>( "Ngân sách nhà nước số 89/2025/QH15", "Ngân sách nhà nước" );
   check_match<g::law_name>( "Tổ chức Chính phủ ngày 18 tháng 02 năm 2025", "Tổ chức Chính phủ" );
   check_match<g::law_name>( "Thi đua, khen thưởng 2022", "Thi đua, khen thưởng" );
   check_match<g::law_name>( "Đất đai, Luật Nhà ở", "Đất đai" );
   check_match<g::law_name>( "Khoa học và Công nghệ; ", "Khoa học và Công nghệ" );
   check_match<g::law_name>( "Doanh nghiệp và Luật Đầu tư", "Doanh nghiệp" );
   check_no_match<g::law_name>( "sư Nguyễn Văn A" );
   check_no_match<g::law_name>( "này có hiệu lực" );
}

BOOST_AUTO_TEST_CASE( amending_law_names_include_the_amended_law )
{
   check_match<g::amending_law>( "sửa đổi, \nbổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014", "sửa đổi, \nbổ sung một số điều của Luật Bảo hiểm y tế" );
   check_match<g::amending_law>( "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày", "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương" );
   // a list with commas, a comma inside a name ("Quản lý, sử dụng"), then "và"
   check_match<g::amending_law>( "sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế \ntoán, Luật Quản lý, sử dụng tài sản công và Luật Dự trữ quốc gia số 56/2024/QH15;",
                                 "sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế \ntoán, Luật Quản lý, sử dụng tài sản công và Luật Dự trữ quốc gia" );
   // a comma before anything but a law ends the name
   check_match<g::amending_law>( "sửa đổi, bổ sung một số điều của Luật Đất đai, Nghị định số 12/2024/NĐ-CP", "sửa đổi, bổ sung một số điều của Luật Đất đai" );
   check_match<g::amending_law>( "sửa đổi, bổ sung một số điều của Luật Đất đai, đề nghị", "sửa đổi, bổ sung một số điều của Luật Đất đai" );
   // a listed law's number is the list's where another law follows it; the last one's is left to the mention
   check_match<g::amending_law>( "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở\nsố 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;",
                                 "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở\nsố 27/2023/QH15 và Luật Các tổ chức tín dụng" );
   check_match<g::amending_law>( "sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15 ngày 18/01/2024", "sửa đổi, bổ sung một số điều của Luật Đất đai" );
}

BOOST_AUTO_TEST_CASE( party_conferences_and_congresses )
{
   check_match<g::conference_name>( "Trung ương 4 khóa XII về", "Trung ương 4 khóa XII" );
   check_match<g::conference_name>( "Hội nghị Trung ương 6 (lần 2) khóa VIII về", "Hội nghị Trung ương 6 (lần 2) khóa VIII" );
   check_match<g::conference_name>( "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XI về", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XI" );
   check_match<g::conference_name>( "Đại hội XIII của Đảng,", "Đại hội XIII của Đảng" );
   check_match<g::conference_name>( "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" );
   check_no_match<g::conference_name>( "Trung ương Đảng về" );
}

BOOST_AUTO_TEST_CASE( known_law_names_are_read_whole_in_any_case )
{
   check_match<g::law_name>( "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp ngày 26", "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp" );
   check_match<g::law_name>( "ban hành văn bản quy \nphạm pháp luật;", "ban hành văn bản quy \nphạm pháp luật" );
   // a known name followed by more words of a longer name
   check_match<g::law_name>( "Đầu tư công số 58/2024/QH15", "Đầu tư công" );
}

BOOST_AUTO_TEST_CASE( unknown_long_names_run_over_soft_stops_before_a_date )
{
   // the rule that reads names the lexicon does not know: soft stops ("theo", "điều") stay in
   // the name when a date, a number or a year follows it; without one the plain rule stops there
   check_match<g::law_name_dated>( "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp \nđồng ngày 13 tháng 11 năm 2020;", "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp \nđồng" );
   check_match<g::law_name_dated>( "Tổ chức Cơ quan điều tra hình sự ngày 26 tháng 11 năm 2015", "Tổ chức Cơ quan điều tra hình sự" );
   check_match<g::law_name_dated>( "Tổ chức Cơ quan điều tra hình sự số 99/2015/QH13", "Tổ chức Cơ quan điều tra hình sự" );
   check_no_match<g::law_name_dated>( "Tổ chức Cơ quan điều tra hình sự và các văn bản" );
   check_match<g::law_name_plain>( "Tổ chức Cơ quan điều tra hình sự và các văn bản", "Tổ chức Cơ quan" );
   // hard stops end even a dated name
   check_no_match<g::law_name_dated>( "Đất đai được sửa đổi ngày 1/1/2020" );
}

BOOST_AUTO_TEST_CASE( the_first_word_of_a_name_is_never_a_stop_when_capitalized )
{
   check_match<g::law_name>( "Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "Ban hành văn bản quy phạm pháp luật" );
   check_no_match<g::law_name>( "của UBND tỉnh" );
}

BOOST_AUTO_TEST_CASE( so_ends_a_name_only_before_a_number )
{
   check_match<g::law_name>( "Dân số số 113/2025/QH15;", "Dân số" );
   check_match<g::law_name>( "Dân số.", "Dân số" );
}

BOOST_AUTO_TEST_CASE( names_do_not_run_over_a_paragraph_or_a_new_basis_line )
{
   check_match<g::law_name>( "Dân số \n \nCăn cứ Luật", "Dân số" );
   check_match<g::law_name>( "Tổ chức Chính phủ\nCăn cứ Luật", "Tổ chức Chính phủ" );
   check_match<g::law_name>( "Thuế giá trị\ngia tăng;", "Thuế giá trị\ngia tăng" );
}

BOOST_AUTO_TEST_CASE( amending_laws_may_amend_a_count_of_laws )
{
   check_match<g::amending_law>( "sửa đổi, bổ sung một số điều của 37 Luật có\nliên quan đến quy hoạch ngày 20 tháng 11 năm 2018", "sửa đổi, bổ sung một số điều của 37 Luật có\nliên quan đến quy hoạch" );
}

BOOST_AUTO_TEST_CASE( a_qualified_type_needs_so_and_a_symbol )
{
   check_match<g::qualified_rest>( "giải trình, tiếp thu số\n494/BC-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố;", "giải trình, tiếp thu số\n494/BC-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố" );
   check_no_match<g::qualified_rest>( "của Ban Tổ chức Trung ương về" );
   check_no_match<g::qualified_rest>( "tổng hợp tình hình" );
}

BOOST_AUTO_TEST_CASE( attributes_do_not_run_over_a_paragraph_or_into_a_dateline )
{
   check_match<g::numbered_rest>( "11771/BNV-CTL&BHXH 2025\n\nNgày 09/12/2025, Bộ Nội vụ", "11771/BNV-CTL&BHXH 2025" );
   check_match<g::numbered_rest>( "số 66-NQ/TW\nNgày 28 tháng 11 năm 2025, tại", "số 66-NQ/TW" );
   check_match<g::numbered_rest>( "số 30/2020/NĐ-CP\nngày 05 tháng 3 năm 2020 của Chính phủ;", "số 30/2020/NĐ-CP\nngày 05 tháng 3 năm 2020 của Chính phủ" );
}

BOOST_AUTO_TEST_CASE( a_remark_in_parentheses_before_the_issuer )
{
   check_match<g::numbered_rest>( "số 11-QĐi/TW (sửa đổi) của Bộ Chính trị, giải quyết", "số 11-QĐi/TW (sửa đổi) của Bộ Chính trị" );
}

BOOST_AUTO_TEST_CASE( pinpoint_paths_before_a_type_word )
{
   check_match<g::pinpoint>( "khoản 2 Điều 5 Nghị định số 15/2020/NĐ-CP", "khoản 2 Điều 5 " );
   check_match<g::pinpoint>( "điểm đ khoản 3 Điều 16 của Thông tư số 15/2024/TT-BKHĐT", "điểm đ khoản 3 Điều 16 của " );
   check_match<g::pinpoint>( "khoản 1 và\nkhoản 2 Điều 13 Luật Thuế GTGT", "khoản 1 và\nkhoản 2 Điều 13 " );
   check_match<g::pinpoint>( "Chương III Luật Đất đai", "Chương III " );
   check_no_match<g::pinpoint>( "Điều 5. Nghị định này" );
   check_no_match<g::pinpoint>( "Điều lệ Đảng" );
   check_no_match<g::pinpoint>( "khoản 2 Điều 5 như sau" );
}

BOOST_AUTO_TEST_CASE( near_misses_of_numbers )
{
   check_match<g::near_miss>( "Quyết định số … /QĐ- … ngày", "Quyết định số …" );
   check_match<g::near_miss>( "Quyết định số: .../QĐ-TCGĐ", "Quyết định số: ..." );
   check_match<g::near_miss>( "Công văn số 123/ ngày", "Công văn số 123/" );
   check_no_match<g::near_miss>( "Công văn số 123/BTC ngày" );
   check_no_match<g::near_miss>( "Kế hoạch số 2023-2025" );
}

BOOST_AUTO_TEST_SUITE_END()
