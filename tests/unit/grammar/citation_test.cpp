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
   check_match<g::headed_list>( "của UBND tỉnh: số 1175/QĐ-UBND ngày 16/12/2020, số 1268/QĐ-UBND ngày 16/11/2023 về", "của UBND tỉnh: số 1175/QĐ-UBND ngày 16/12/2020, số 1268/QĐ-UBND ngày 16/11/2023" );
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

BOOST_AUTO_TEST_SUITE_END()
