// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Where the scope of a cue ends (src/resolve/sentences.cpp): the boundaries find_sentences()
// puts at sentence ends, line-ending ';', and blank lines that are not a page break.

#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "normalize/source_map.hpp"
#include "resolve/context.hpp"

namespace d = vanban::detail;

namespace {

std::vector<std::size_t> boundaries_of( const std::string& text )
{
   const d::source_map map;
   const d::text_view t{ text, text, map };
   const d::events ev;
   const d::line_events lines;
   vanban::document doc;
   d::resolve_context cx{ t, ev, lines, doc, {}, {}, {}, {}, {}, {}, {} };
   d::find_sentences( cx );
   return cx.boundaries;
}

/// The offset just after the first `piece` of `s`.
std::size_t after( std::string_view s, std::string_view piece )
{
   return s.find( piece ) + piece.size();
}

std::vector<std::size_t> shifted( std::vector<std::size_t> v, std::size_t by )
{
   for( auto& x : v ) {
      x += by;
   }
   return v;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( sentences_test )

BOOST_AUTO_TEST_CASE( ends_at_every_alignment )
{
   // the scan passes bytes four at a time: each end is found wherever it falls, the last
   // byte of the text included
   // "Điều 5." numbers a heading; a ';' that ends a line and the blank line after it give the
   // same offset twice
   const std::string body = "Bãi bỏ Điều 5. Ai? Có! Căn cứ Luật số 1/2025/QH15;\n\nHết.";
   const std::vector<std::size_t> at = { after( body, "Ai?" ), after( body, "Có!" ), after( body, ";" ), after( body, ";" ), body.size() };
   BOOST_TEST( boundaries_of( body ) == at, boost::test_tools::per_element() );
   for( std::size_t pad = 1; pad <= 8; ++pad ) {
      BOOST_TEST( boundaries_of( std::string( pad, 'x' ) + " " + body ) == shifted( at, pad + 1 ), boost::test_tools::per_element() );
   }
   BOOST_TEST( boundaries_of( body.substr( 0, body.size() - 1 ) ) == std::vector<std::size_t>( at.begin(), at.end() - 1 ), boost::test_tools::per_element() );
   BOOST_TEST( boundaries_of( "" ).empty() );
   BOOST_TEST( boundaries_of( "?" ) == std::vector<std::size_t>{ 1 } );
   BOOST_TEST( boundaries_of( "abc!" ) == std::vector<std::size_t>{ 4 } );
}

BOOST_AUTO_TEST_CASE( dots_that_end_no_sentence )
{
   // a decimal, an abbreviation, a heading's number, a dot inside a word
   BOOST_TEST( boundaries_of( "Tỷ lệ 2.5 phần trăm" ).empty() );
   BOOST_TEST( boundaries_of( "Tại TP. Hồ Chí Minh" ).empty() );
   BOOST_TEST( boundaries_of( "Điều 1. Phạm vi" ).empty() );
   BOOST_TEST( boundaries_of( "Chương II. Quy định chung" ).empty() );
   BOOST_TEST( boundaries_of( "a\n2. Khoản hai" ).empty() );
   BOOST_TEST( boundaries_of( "xem vanban.gov.vn nhé" ).empty() );
   BOOST_TEST( boundaries_of( "Hết câu. Câu sau" ) == std::vector<std::size_t>{ after( "Hết câu. Câu sau", "." ) } );
}

BOOST_AUTO_TEST_CASE( blank_lines_and_page_breaks )
{
   // a run of blank lines keeps its first and last line break
   // (the offset of the line break itself)
   BOOST_TEST( boundaries_of( "một\n\n\n\nhai" ) == ( std::vector<std::size_t>{ 5, 7 } ), boost::test_tools::per_element() );
   BOOST_TEST( boundaries_of( "một\n \t\nhai" ) == std::vector<std::size_t>{ 5 } );
   // a gazette page break inside a sentence: the text goes on in lower case
   const std::string page = "theo phương thức đối tác công tư,\n\nCÔNG BÁO/Số 1217/Ngày 03-11-2024\n95\n\n";
   BOOST_TEST( boundaries_of( page + "dự án đầu tư" ).empty() );
   BOOST_TEST( boundaries_of( "  " + page + "  dự án" ).empty() );
   // … but not when the text after it begins a sentence, or the text before it ended one
   BOOST_TEST( boundaries_of( page + "Dự án đầu tư" ).size() == 2u );
   BOOST_TEST( boundaries_of( "hết.\n\nCÔNG BÁO/Số 1217/Ngày 03-11-2024\n\ndự án" ).size() == 3u );
   // nor without a line of the gazette or the signing service in the run
   BOOST_TEST( boundaries_of( "công tư,\n\ndự án" ) == std::vector<std::size_t>{ after( "công tư,", "," ) } );
   // the e-signature stamp and a page number are such lines too; a longer number is not
   BOOST_TEST( boundaries_of( "công tư,\n\nNgười ký: Cổng Thông tin\n\ndự án" ).empty() );
   BOOST_TEST( boundaries_of( "công tư,\n\n 12 \n\ndự án" ).empty() );
   BOOST_TEST( boundaries_of( "công tư,\n\n12345\n\ndự án" ).size() == 2u );
}

BOOST_AUTO_TEST_SUITE_END()
