// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>

#include "normalize/source_map.hpp"

using vanban::detail::source_map;
using vanban::detail::stage_map;

BOOST_AUTO_TEST_SUITE( source_map_test )

BOOST_AUTO_TEST_CASE( identity_without_changes )
{
   source_map m;
   BOOST_TEST( m.identity() );
   BOOST_TEST( m.start_to_source( 7 ) == 7u );
   BOOST_TEST( m.end_to_source( 7 ) == 7u );
}

BOOST_AUTO_TEST_CASE( replacement_maps_inside_to_its_edges )
{
   // source "abXYZcd" → output "abQcd": [2,5) became [2,3)
   stage_map s;
   s.add( { 2, 3, 2, 5 } );
   BOOST_TEST( s.start_to_source( 1 ) == 1u );
   BOOST_TEST( s.start_to_source( 2 ) == 2u );
   BOOST_TEST( s.end_to_source( 3 ) == 5u );
   BOOST_TEST( s.start_to_source( 3 ) == 5u );
   BOOST_TEST( s.start_to_source( 4 ) == 6u );
   BOOST_TEST( s.end_to_source( 5 ) == 7u );
}

BOOST_AUTO_TEST_CASE( deletion_is_skipped_by_starts_and_excluded_by_ends )
{
   // source "ab\u200Bcd" (zero-width space of 3 bytes at 2) → output "abcd"
   stage_map s;
   s.add( { 2, 2, 2, 5 } );
   BOOST_TEST( s.start_to_source( 2 ) == 5u );  // 'c' starts after the dropped character
   BOOST_TEST( s.end_to_source( 2 ) == 2u );    // "ab" ends before it
   BOOST_TEST( s.end_to_source( 4 ) == 7u );
}

BOOST_AUTO_TEST_CASE( stages_compose_last_to_first_and_add_the_base )
{
   source_map m;
   m.set_base( 3 );  // a BOM
   stage_map first;
   first.add( { 1, 2, 1, 3 } );  // two bytes became one at 1
   stage_map second;
   second.add( { 0, 0, 0, 1 } );  // then the first byte was dropped
   m.push_stage( std::move( first ) );
   m.push_stage( std::move( second ) );
   BOOST_TEST( !m.identity() );
   // output 0 = second-stage input 1 = first-stage input [1,3) → original 4
   BOOST_TEST( m.start_to_source( 0 ) == 4u );
   BOOST_TEST( m.end_to_source( 1 ) == 6u );
}

BOOST_AUTO_TEST_SUITE_END()
