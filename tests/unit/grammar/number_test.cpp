// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>

#include "vanban/grammar/number.hpp"

#include "grammar/check_rule.hpp"

namespace g = vanban::grammar;
using vanban::test::check_match;
using vanban::test::check_no_match;

BOOST_AUTO_TEST_SUITE( number_test )

BOOST_AUTO_TEST_CASE( accepts_the_three_numbering_systems )
{
   check_match<g::full_number>( "16/CT-TTg ngày", "16/CT-TTg" );
   check_match<g::full_number>( "30/2020/NĐ-CP;", "30/2020/NĐ-CP" );
   check_match<g::full_number>( "25-NQ/TW ngày", "25-NQ/TW" );
   check_match<g::full_number>( "80/2015/QH13 ", "80/2015/QH13" );
   check_match<g::full_number>( "76/2025/UBTVQH15,", "76/2025/UBTVQH15" );
}

BOOST_AUTO_TEST_CASE( accepts_units_joint_issuers_and_consolidated_texts )
{
   check_match<g::full_number>( "454/KH-BCA-T03 ", "454/KH-BCA-T03" );
   check_match<g::full_number>( "1911/BNV-TCPCP.", "1911/BNV-TCPCP" );
   check_match<g::full_number>( "16/2016/TTLT-BYT-BQP ", "16/2016/TTLT-BYT-BQP" );
   check_match<g::full_number>( "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN)", "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN" );
   check_match<g::full_number>( "21/VBHN-BXD ", "21/VBHN-BXD" );
   check_match<g::full_number>( "459-KHHĐ/TU ", "459-KHHĐ/TU" );
   check_match<g::full_number>( "367-QĐ/TWĐTN-VP ", "367-QĐ/TWĐTN-VP" );
   check_match<g::full_number>( "11-QĐi/TW,", "11-QĐi/TW" );
   check_match<g::full_number>( "1605/TTr-SNgV ", "1605/TTr-SNgV" );
}

BOOST_AUTO_TEST_CASE( accepts_decimal_numbers )
{
   check_match<g::full_number>( "66.7/2025/NQ-CP ", "66.7/2025/NQ-CP" );
}

BOOST_AUTO_TEST_CASE( accepts_spaces_and_line_breaks_around_separators )
{
   check_match<g::full_number>( "44 /UBND-HCC ", "44 /UBND-HCC" );
   check_match<g::full_number>( "27/NQ- TW ngày", "27/NQ- TW" );
   check_match<g::full_number>( "43/2023/TT-\nBTC ngày", "43/2023/TT-\nBTC" );
   check_match<g::full_number>( "366- QĐ/TW", "366- QĐ/TW" );
   check_match<g::full_number>( "287 - QĐ/TWĐTN-CTTN ", "287 - QĐ/TWĐTN-CTTN" );
}

BOOST_AUTO_TEST_CASE( accepts_party_numbers_without_the_hyphen )
{
   check_match<g::full_number>( "704 NQ/HĐNN7 ", "704 NQ/HĐNN7" );
   check_match<g::full_number>( "858CV/ĐUK ", "858CV/ĐUK" );
}

BOOST_AUTO_TEST_CASE( a_hyphen_for_a_slash_after_a_type_word_only_where_the_codes_are_known )
{
   // news sites: "Quy định 366-QĐ-TW 2025", "Nghị định số 255/2025-NĐ-CP"; resolve reads them
   // as 366-QĐ/TW and 255/2025/NĐ-CP (a VB-N003 note)
   check_match<g::doc_number>( "366-QĐ-TW 2025", "366-QĐ-TW" );
   check_match<g::doc_number>( "15-CT-TU ngày", "15-CT-TU" );
   check_match<g::doc_number>( "255/2025-NĐ-CP)", "255/2025-NĐ-CP" );
   check_match<g::doc_number>( "12/2021-KH-UBND-VX ngày", "12/2021-KH-UBND-VX" );
   // not a Party type code, not a Party organ, a third code, glued to a word, no issuer, an
   // unknown type code, a year out of range: no number at all, as before
   check_no_match<g::doc_number>( "121-NV-TC" );
   check_no_match<g::doc_number>( "366-QĐ-UBND" );
   check_no_match<g::doc_number>( "366-QĐ-TW-VP" );
   check_no_match<g::doc_number>( "366-QĐ-TWngày" );
   check_no_match<g::doc_number>( "255/2025-NĐ" );
   check_no_match<g::doc_number>( "255/2025-XYZ-CP" );
   check_no_match<g::doc_number>( "255/1825-NĐ-CP" );
   // nor in lists, where a list item must be written right
   check_no_match<g::full_number>( "366-QĐ-TW" );
}

BOOST_AUTO_TEST_CASE( stops_a_code_glued_to_the_next_word )
{
   check_match<g::full_number>( "397/ĐA-CPngày 09", "397/ĐA-CP" );
}

BOOST_AUTO_TEST_CASE( rejects_dates_ratios_and_codes_without_a_number )
{
   check_no_match<g::full_number>( "16/5/2016" );
   check_no_match<g::full_number>( "1/2 số" );
   check_no_match<g::full_number>( "QCVN 25:2025/BCT" );
   check_no_match<g::full_number>( "63-SL năm" );
}

BOOST_AUTO_TEST_CASE( short_numbers_only_where_a_type_word_allows_them )
{
   check_match<g::doc_number>( "176/2025 về", "176/2025" );
   check_match<g::doc_number>( "73 quy định", "73" );
   check_no_match<g::doc_number>( "73ha" );
}

BOOST_AUTO_TEST_CASE( accepts_symbols_as_found_in_letters )
{
   // an enterprise's letter numbered "25-2303"; a unit numbered "01"; '&' with a space after it;
   // a company code with dots
   check_match<g::full_number>( "25-2303/PBHC-KD\ncủa", "25-2303/PBHC-KD" );
   check_match<g::full_number>( "01/CV-01 ngày 20/11/2025", "01/CV-01" );
   check_match<g::full_number>( "15972/SXD-QLN& TTBĐS ngày", "15972/SXD-QLN& TTBĐS" );
   check_match<g::full_number>( "11771/BNV-CTL&BHXH 2025", "11771/BNV-CTL&BHXH" );
   check_match<g::full_number>( "14/2025/CV-E.K.LM\nngày 12/8/2025", "14/2025/CV-E.K.LM" );
}

BOOST_AUTO_TEST_CASE( a_dot_after_a_symbol_ends_it )
{
   check_match<g::full_number>( "05/KH-UBND. Căn cứ", "05/KH-UBND" );
   check_match<g::full_number>( "05/KH-UBND.Căn cứ", "05/KH-UBND" );
   check_match<g::full_number>( "12-NQ/TU.", "12-NQ/TU" );
}

BOOST_AUTO_TEST_CASE( symbols_spelled_with_spaces_after_a_type_word )
{
   // question-and-answer titles: "Thông tư 41 2025 TT BTC", "Công văn 348 CT CS 2025"
   check_match<g::doc_number>( "41 2025 TT BTC sửa đổi", "41 2025 TT BTC" );
   check_match<g::doc_number>( "348 CT CS 2025 về việc", "348 CT CS" );
   // one capitalized word is no symbol: the number stands alone
   check_match<g::doc_number>( "123 UBND tỉnh", "123" );
   check_match<g::doc_number>( "70 2025 sửa đổi", "70" );
}

BOOST_AUTO_TEST_CASE( historical_forms_after_a_type_word )
{
   check_match<g::doc_number>( "63-SL ngày 22/11/1945", "63-SL" );
   check_match<g::doc_number>( "3281-TCCB năm 1995", "3281-TCCB" );
   check_match<g::doc_number>( "704 NQ/HĐNN7 ngày", "704 NQ/HĐNN7" );
   check_match<g::doc_number>( "103/SL ngày", "103/SL" );
}

BOOST_AUTO_TEST_CASE( a_hyphen_inside_the_sequence_needs_a_symbol_after_it )
{
   check_no_match<g::full_number>( "2023-2025 về" );
   check_match<g::full_number>( "10-2023/QĐ-UBND", "10-2023/QĐ-UBND" );
}

BOOST_AUTO_TEST_SUITE_END()
