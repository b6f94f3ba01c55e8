// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "vanban/grammar/scan.hpp"

BOOST_AUTO_TEST_SUITE( analyze_test )

BOOST_AUTO_TEST_CASE( the_scan_grammar_has_no_loops_without_progress )
{
   // PEGTL's grammar analysis: every repetition consumes input (Grammar-Analysis.md)
   BOOST_TEST( tao::pegtl::analyze<vanban::grammar::scan>() == 0u );
}

BOOST_AUTO_TEST_SUITE_END()
