// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The lexicon's matching functions: longest key, whitespace runs, word boundaries, case folding
// and the first-byte index.

#include <boost/test/unit_test.hpp>

#include <string>

#include "lexicon/lexicon.hpp"

namespace lx = vanban::lexicon;

namespace {

std::size_t match_length( lx::keys_view v, const std::string& s )
{
   return lx::longest_match( v, s.data(), s.data() + s.size() ).length;
}

std::size_t folded_length( lx::keys_view v, const std::string& s )
{
   return lx::longest_match_folded( v, s.data(), s.data() + s.size() ).length;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( lexicon_test )

BOOST_AUTO_TEST_CASE( longest_key_wins_and_whitespace_runs_match_one_space )
{
   const auto types = lx::doc_types().view();
   BOOST_TEST( match_length( types, "Thông tư liên tịch số" ) == std::string( "Thông tư liên tịch" ).size() );
   BOOST_TEST( match_length( types, "Thông tư số" ) == std::string( "Thông tư" ).size() );
   BOOST_TEST( match_length( types, "Nghị\n  quyết số" ) == std::string( "Nghị\n  quyết" ).size() );
   BOOST_TEST( match_length( types, "Luậtsư" ) == 0u );  // a key ends at a word boundary
}

BOOST_AUTO_TEST_CASE( the_first_byte_index_finds_what_a_full_search_finds )
{
   // every key of every indexed table, as input, is found with and without the index
   for( const auto& v : { lx::doc_types().view(), lx::cues().view(), lx::provinces().view(), lx::issuing_verbs().view(), lx::name_stops().view() } ) {
      for( const auto& k : v.keys ) {
         const std::string s = std::string( k.text ) + " x";
         const auto a = lx::longest_match( v, s.data(), s.data() + s.size() );
         const auto b = lx::longest_match( v.keys, s.data(), s.data() + s.size() );
         BOOST_TEST( a.length == b.length );
         BOOST_TEST( a.length >= k.text.size() );
      }
   }
   BOOST_TEST( match_length( lx::doc_types().view(), "" ) == 0u );
   BOOST_TEST( match_length( lx::doc_types().view(), "9 Nghị định" ) == 0u );
}

BOOST_AUTO_TEST_CASE( folded_matching_reads_any_case )
{
   const auto bodies = lx::bodies_folded().view();
   BOOST_TEST( folded_length( bodies, "Ban chỉ đạo Trung ương về" ) == std::string( "Ban chỉ đạo Trung ương" ).size() );
   BOOST_TEST( folded_length( bodies, "BỘ TÀI CHÍNH hướng dẫn" ) == std::string( "BỘ TÀI CHÍNH" ).size() );
   BOOST_TEST( folded_length( bodies, "Ủy Ban Nhân Dân tỉnh" ) == std::string( "Ủy Ban Nhân Dân" ).size() );
   BOOST_TEST( folded_length( bodies, "Chính phủ." ) == std::string( "Chính phủ" ).size() );
   BOOST_TEST( folded_length( bodies, "Chính phủx" ) == 0u );
   const auto laws = lx::law_names().view();
   BOOST_TEST( folded_length( laws, "Đất Đai năm 2024" ) == std::string( "Đất Đai" ).size() );
}

BOOST_AUTO_TEST_SUITE_END()
