// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// ordered_parallel_map: results in input order whatever the finishing order, bounded memory,
// failures stop the map and reach the caller.

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "work_queue.hpp"

using vanban::cli::ordered_parallel_map;

BOOST_AUTO_TEST_SUITE( work_queue_test )

BOOST_AUTO_TEST_CASE( results_come_back_in_input_order )
{
   for( const unsigned jobs : { 1u, 2u, 3u, 8u } ) {
      std::vector<std::size_t> seen;
      ordered_parallel_map(
         200, jobs,
         []( std::size_t i ) {
            // early items slow, so later ones finish first
            std::this_thread::sleep_for( std::chrono::microseconds( i % 7 == 0 ? 2000 : 10 ) );
            return i * i;
         },
         [ & ]( std::size_t i, std::size_t r ) {
            BOOST_TEST( r == i * i );
            seen.push_back( i );
         } );
      BOOST_REQUIRE( seen.size() == 200u );
      for( std::size_t i = 0; i < seen.size(); ++i ) {
         BOOST_TEST( seen[ i ] == i );
      }
   }
}

BOOST_AUTO_TEST_CASE( work_never_runs_more_than_a_window_ahead )
{
   // a slow first item: the others may not pile up without bound behind it
   std::atomic<std::size_t> started{ 0 };
   std::size_t most_ahead = 0;
   ordered_parallel_map(
      500, 2,
      [ & ]( std::size_t i ) {
         ++started;
         if( i == 0 ) {
            std::this_thread::sleep_for( std::chrono::milliseconds( 50 ) );
         }
         return i;
      },
      [ & ]( std::size_t i, std::size_t ) { most_ahead = std::max( most_ahead, started.load() - i ); } );
   BOOST_TEST( most_ahead <= 2u * 4u + 2u );
   BOOST_TEST( started.load() == 500u );
}

BOOST_AUTO_TEST_CASE( empty_input_calls_nothing )
{
   int calls = 0;
   ordered_parallel_map( 0, 4, [ & ]( std::size_t ) { return ++calls; }, [ & ]( std::size_t, int ) { ++calls; } );
   BOOST_TEST( calls == 0 );
}

BOOST_AUTO_TEST_CASE( an_exception_in_done_stops_the_map_and_is_rethrown )
{
   std::atomic<std::size_t> worked{ 0 };
   BOOST_CHECK_THROW( ordered_parallel_map(
                         100000, 2, [ & ]( std::size_t i ) { ++worked; return i; },
                         []( std::size_t i, std::size_t ) {
                            if( i == 10 ) {
                               throw std::runtime_error( "disk full" );
                            }
                         } ),
                      std::runtime_error );
   BOOST_TEST( worked.load() < 100u );
}

BOOST_AUTO_TEST_CASE( an_exception_in_work_is_rethrown_not_a_crash )
{
   std::vector<std::size_t> seen;
   BOOST_CHECK_THROW( ordered_parallel_map(
                         1000, 2,
                         []( std::size_t i ) {
                            if( i == 20 ) {
                               throw std::logic_error( "bug" );
                            }
                            return i;
                         },
                         [ & ]( std::size_t i, std::size_t ) { seen.push_back( i ); } ),
                      std::logic_error );
   BOOST_TEST( seen.size() <= 20u );
   for( std::size_t i = 0; i < seen.size(); ++i ) {
      BOOST_TEST( seen[ i ] == i );
   }
}

BOOST_AUTO_TEST_CASE( move_only_results_are_handed_over )
{
   std::size_t total = 0;
   ordered_parallel_map( 50, 3, []( std::size_t i ) { return std::make_unique<std::size_t>( i ); }, [ & ]( std::size_t, std::unique_ptr<std::size_t> p ) { total += *p; } );
   BOOST_TEST( total == 49u * 50u / 2u );
}

BOOST_AUTO_TEST_SUITE_END()
