// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The original text rebuilt from the normalized one (what extract_in_place frees and gives
// back): the stages' changes composed into one list, ranges copied out, and the rebuild in the
// normalized text's own buffer, for every kind of change the stages make.

#include <random>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "normalize/normalize.hpp"
#include "normalize/original_text.hpp"

using vanban::detail::change;
using vanban::detail::normalize;
using vanban::detail::original_text;
using vanban::detail::source_map;
using vanban::detail::stage_map;

namespace {

vanban::options lossy()
{
   vanban::options o;
   o.lossy = true;
   return o;
}

bool same( const change& a, const change& b )
{
   return a.dst_start == b.dst_start && a.dst_end == b.dst_end && a.src_start == b.src_start && a.src_end == b.src_end;
}

/// Rebuilds `text` from its normalized form in every way original_text offers, and checks each
/// against `text`: the whole, every range (all of them for a short text, else 2000 drawn with
/// a fixed seed) and in place.
void check_rebuilds( const std::string& text )
{
   BOOST_TEST_CONTEXT( "text: " << text )
   {
      const auto norm = normalize( text, lossy() );
      const auto kept = original_text::keep( text, norm.map, std::size_t( -1 ) );
      BOOST_REQUIRE( kept );
      BOOST_TEST( kept->size() == text.size() );
      std::string whole;
      kept->append( whole, norm.text, 0, text.size() );
      BOOST_TEST( whole == text );
      const auto range = [ & ]( std::size_t a, std::size_t b ) {
         std::string part = "<";  // appends after what is there
         kept->append( part, norm.text, a, b );
         BOOST_TEST( part == "<" + text.substr( a, b - a ), "[" << a << ", " << b << ")" );
      };
      if( text.size() <= 64 ) {
         for( std::size_t a = 0; a <= text.size(); ++a ) {
            for( std::size_t b = a; b <= text.size(); ++b ) {
               range( a, b );
            }
         }
      }
      else {
         std::mt19937 g( 7 );
         for( int i = 0; i < 2000; ++i ) {
            std::size_t a = g() % ( text.size() + 1 );
            std::size_t b = g() % ( text.size() + 1 );
            range( std::min( a, b ), std::max( a, b ) );
         }
      }
      std::string buffer( norm.text );
      kept->rebuild_in_place( buffer );
      BOOST_TEST( buffer == text );
   }
}

}  // namespace

BOOST_AUTO_TEST_SUITE( original_text_test )

BOOST_AUTO_TEST_CASE( composing_merges_changes_that_touch_across_stages )
{
   // original "\xEF\xBB\xBF" "ab" "XY" "cd" "Z" "e": the BOM goes; stage 1 turns "XY" (2..4 of
   // its input) into "x"; stage 2 turns "xc" (2..4 of its input, touching stage 1's change)
   // into "Q" and deletes "Z" (5..6)
   source_map m;
   m.set_base( 3 );
   stage_map one;
   one.add( { 2, 3, 2, 4 } );
   stage_map two;
   two.add( { 2, 3, 2, 4 } );
   two.add( { 4, 4, 5, 6 } );
   m.push_stage( std::move( one ) );
   m.push_stage( std::move( two ) );
   const std::vector<change> c = m.composed();
   BOOST_REQUIRE( c.size() == 3u );
   BOOST_TEST( same( c[ 0 ], { 0, 0, 0, 3 } ) );   // the BOM, deleted
   BOOST_TEST( same( c[ 1 ], { 2, 3, 5, 8 } ) );   // "XYc" → "Q"
   BOOST_TEST( same( c[ 2 ], { 4, 4, 9, 10 } ) );  // "Z" deleted, after "d"
}

BOOST_AUTO_TEST_CASE( identity_has_no_changes )
{
   BOOST_TEST( source_map().composed().empty() );
}

BOOST_AUTO_TEST_CASE( every_kind_of_change_rebuilds_byte_for_byte )
{
   check_rebuilds( "\xEF\xBB\xBF" "Chỉ thị số 16/CT-TTg" );                     // a BOM
   check_rebuilds( "dòng một\r\ndòng hai\rdòng ba\r\n" );                       // CRLF, lone CR
   check_rebuilds( "Ngh\x69\xCC\xA3 \xC4\x91i\xCC\xA3nh s\xC3\xB4\xCC\x81 15" );  // NFD: shorter
   check_rebuilds( "s\xC3\xB4\xCC\x81" );                                         // NFD at the end
   check_rebuilds( "15/2020/N\xC3\x90\xE2\x80\x93" "CP" );                      // Ð and an en dash
   check_rebuilds( "ngày\xC2\xA0" "16\xE2\x80\x8B/5" );                        // no-break, zero-width
   check_rebuilds( "hoá học, Uỷ ban, thuỷ" );                                    // tone placement
   check_rebuilds( "a\xFF" "b\xC3" "c\xE2\x82" );                                // lossy: each → U+FFFD, longer
   check_rebuilds( "\xFF\xFE" "a\xCC\x80" "\xFF" "o\xCC\x81" "a" );              // longer, then shorter, then longer
   check_rebuilds( "\xEF\xBB\xBF\r\n\xFF\r\nhoa\xCC\x81 \xC3\x90" );            // every stage at once, touching
   check_rebuilds( "" );
   check_rebuilds( "x" );
}

BOOST_AUTO_TEST_CASE( random_mixtures_of_changes_rebuild )
{
   // fragments that each stage changes, and ones none does, strung together at random: runs
   // that move left and right in the same buffer, changes that touch within and across stages
   const std::vector<std::string> parts = { "Quyết định ", "hoá", "\r\n", "\r", "\xFF", "\xC3", "a\xCC\x80", "o\xCC\x81\xCC\xA3",
                                            "\xC3\x90", "\xE2\x80\x93", "\xC2\xA0", "\xE2\x80\x8B", "Uỷ", " ", "số 5/QĐ-UBND", "\xEF\xBB\xBF" };
   std::mt19937 g( 2026 );
   for( int i = 0; i < 300; ++i ) {
      std::string text;
      const std::size_t n = 1 + g() % 40;
      for( std::size_t k = 0; k < n; ++k ) {
         text += parts[ g() % parts.size() ];
      }
      check_rebuilds( text );
   }
}

BOOST_AUTO_TEST_CASE( a_budget_too_small_keeps_nothing )
{
   // NFD changes nearly every syllable: the changes outweigh what freeing the text saves
   std::string nfd;
   for( int i = 0; i < 100; ++i ) {
      nfd += "Ngh\x69\xCC\xA3 \xC4\x91i\xCC\xA3nh ";
   }
   const auto norm = normalize( nfd, lossy() );
   BOOST_TEST( !original_text::keep( nfd, norm.map, nfd.size() / 2 ) );
   const auto all = original_text::keep( nfd, norm.map, std::size_t( -1 ) );
   BOOST_REQUIRE( all );
   BOOST_TEST( all->footprint() > nfd.size() / 2 );
   // one change in a long text fits
   const std::string one = std::string( 10000, 'a' ) + "hoá" + std::string( 10000, 'b' );
   const auto norm1 = normalize( one, lossy() );
   const auto kept = original_text::keep( one, norm1.map, one.size() / 2 );
   BOOST_REQUIRE( kept );
   BOOST_TEST( kept->footprint() < 100u );
}

BOOST_AUTO_TEST_SUITE_END()
