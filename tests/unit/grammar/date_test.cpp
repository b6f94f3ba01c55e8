// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>

#include "vanban/grammar/date.hpp"

#include "grammar/check_rule.hpp"

namespace g = vanban::grammar;
using vanban::test::check_match;
using vanban::test::check_no_match;

BOOST_AUTO_TEST_SUITE( date_test )

BOOST_AUTO_TEST_CASE( accepts_numeric_dates )
{
   check_match<g::date_value>( "16/5/2016 của", "16/5/2016" );
   check_match<g::date_value>( "01-10-1997,", "01-10-1997" );
   check_match<g::date_value>( "03.02.2025 ", "03.02.2025" );
}

BOOST_AUTO_TEST_CASE( accepts_long_dates_in_any_case_and_wrapped )
{
   check_match<g::date_value>( "05 tháng 3 năm 2020 của", "05 tháng 3 năm 2020" );
   check_match<g::date_value>( "02 THÁNG 01 NĂM 2025", "02 THÁNG 01 NĂM 2025" );
   check_match<g::date_value>( "15 tháng 8\nnăm 2024;", "15 tháng 8\nnăm 2024" );
   check_match<g::date_value>( "09tháng 5 năm 2025", "09tháng 5 năm 2025" );
}

BOOST_AUTO_TEST_CASE( date_clause_takes_the_party_comma_and_a_doubled_ngay )
{
   check_match<g::date_clause>( ", ngày 20/01/2025 của", ", ngày 20/01/2025" );
   check_match<g::date_clause>( "ngày ngày 13 tháng 8 năm 2016", "ngày ngày 13 tháng 8 năm 2016" );
   check_match<g::date_clause>( "NGÀY 30/4/2025 CỦA", "NGÀY 30/4/2025" );
}

BOOST_AUTO_TEST_CASE( month_year_and_year_labels )
{
   check_match<g::month_year>( "tháng 2/1999 ", "tháng 2/1999" );
   check_match<g::month_year>( "tháng 5 năm 2020", "tháng 5 năm 2020" );
   check_match<g::year_label>( "năm 2025 ngày", "năm 2025" );
   check_match<g::year_label>( "2024 của", "2024" );
   check_no_match<g::year_label>( "2023 - 2025" );  // a period, not a year
}

BOOST_AUTO_TEST_CASE( long_dates_with_the_year_word_mistyped )
{
   // "ngày 22 tháng 12 nám 2024" (a slip), "nam" (diacritics lost)
   check_match<g::date_clause>( "ngày 22 tháng 12 nám 2024 của", "ngày 22 tháng 12 nám 2024" );
   check_match<g::date_value>( "22 tháng 12 nam 2024", "22 tháng 12 nam 2024" );
   check_no_match<g::date_value>( "22 tháng 12 name 2024" );
}

BOOST_AUTO_TEST_CASE( rejects_numbers_that_are_not_dates )
{
   check_no_match<g::date_value>( "16/CT-TTg" );
   check_no_match<g::date_value>( "1/2 số" );
   check_no_match<g::date_value>( "123/45/2020" );
}

BOOST_AUTO_TEST_SUITE_END()
