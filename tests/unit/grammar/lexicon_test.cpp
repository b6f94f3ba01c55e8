// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The lexicon's matching functions: longest key, whitespace runs, word boundaries, case folding
// and the first-byte index.

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

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

// The prefix filter (three-byte beginnings) must never refuse a key: each key of every table is
// found as itself, and with its spaces written as line breaks and runs of blanks.
BOOST_AUTO_TEST_CASE( the_prefix_filter_refuses_no_key )
{
   const std::vector<lx::keys_view> plain = { lx::doc_types().view(), lx::doc_types_cased().view(), lx::bodies().view(), lx::org_heads().view(),
                                              lx::holder_titles().view(), lx::name_stops().view(), lx::name_stops_hard().view(), lx::org_stops().view(),
                                              lx::name_rejects().view(), lx::provinces().view(), lx::cues().view(), lx::issuing_verbs().view() };
   const std::vector<lx::keys_view> folded = { lx::bodies_folded().view(), lx::law_names().view(), lx::org_heads().view() };
   const auto wrapped = []( std::string_view k ) {
      std::string w;
      for( const char c : k ) {
         w += c == ' ' ? std::string( " \n\t " ) : std::string( 1, c );
      }
      return w;
   };
   std::size_t checked = 0;
   for( const auto& v : plain ) {
      BOOST_REQUIRE( v.filter != nullptr );
      for( const auto& k : v.keys ) {
         BOOST_TEST( match_length( v, std::string( k.text ) ) == k.text.size(), k.text );
         const std::string w = wrapped( k.text );
         BOOST_TEST( match_length( v, w ) == w.size(), k.text );
         ++checked;
      }
   }
   for( const auto& v : folded ) {
      BOOST_REQUIRE( v.filter != nullptr );
      for( const auto& k : v.keys ) {
         if( k.variant == 0 ) {  // the folded tables' keys are lower case
            BOOST_TEST( folded_length( v, std::string( k.text ) ) == k.text.size(), k.text );
            ++checked;
         }
      }
   }
   BOOST_TEST( checked > 1000u );
   // and it does refuse: no document type begins "các", no body begins "được"
   const std::string cac = "các văn bản";
   BOOST_TEST( !lx::doc_types().filter->may_begin( cac.data(), cac.data() + cac.size() ) );
   BOOST_TEST( match_length( lx::doc_types().view(), "Quyết định số" ) == std::string( "Quyết định" ).size() );
   BOOST_TEST( folded_length( lx::bodies_folded().view(), "được giao" ) == 0u );
}

// The scan skips positions at blanks and ASCII punctuation without trying its recognizers
// (grammar/scan.hpp, mention_char): none of the tables they open with may have an entry
// beginning there.
BOOST_AUTO_TEST_CASE( the_tables_the_scan_opens_with_begin_with_letters_or_digits )
{
   const std::vector<std::span<const lx::key>> opening = { lx::doc_types().keys, lx::cues().keys, lx::issuing_verbs().keys, lx::holder_titles().keys,
                                                           lx::bodies_folded().keys, lx::org_heads().keys };
   for( const auto& keys : opening ) {
      for( const auto& k : keys ) {
         const auto b = static_cast<unsigned char>( k.text.front() );
         const bool ok = b >= 0x80 || ( b >= '0' && b <= '9' ) || ( ( b | 0x20 ) >= 'a' && ( b | 0x20 ) <= 'z' );
         BOOST_TEST( ok, k.text );
      }
   }
}

BOOST_AUTO_TEST_SUITE_END()
