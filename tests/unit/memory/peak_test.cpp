// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The heap extract() holds at its peak, counted by this program's own global operator new and
// delete: bytes, not time, so the same on every run and machine. Each check compares two calls
// on one text side by side. The same operator new also fails on request: running out of memory
// at every allocation of a call in turn.

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <new>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#if defined( __linux__ )
#include <unistd.h>
#endif

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

#include "normalize/normalize.hpp"
#include "normalize/original_text.hpp"
#include "pipeline/release.hpp"
#include "test_util.hpp"

namespace {

std::atomic<std::size_t> live{ 0 };
std::atomic<std::size_t> peak{ 0 };
constexpr std::size_t header = 16;  // the block's size, keeping new's alignment
std::atomic<std::size_t> allocations{ 0 };  // made since `fail_at` was set
std::atomic<std::size_t> fail_at{ 0 };      // this one fails (1 = the first); 0: none
std::atomic<std::size_t> large_from{ std::size_t( -1 ) };  // blocks of at least this size …
std::atomic<std::size_t> large{ 0 };                       // … counted here

void* counted_new( std::size_t n )
{
   const std::size_t f = fail_at.load();
   if( f != 0 && allocations.fetch_add( 1 ) + 1 == f ) {
      throw std::bad_alloc();
   }
   if( n >= large_from.load() ) {
      ++large;
   }
   void* p = std::malloc( n + header );
   if( p == nullptr ) {
      throw std::bad_alloc();
   }
   *static_cast<std::size_t*>( p ) = n;
   const std::size_t now = live += n;
   std::size_t seen = peak.load();
   while( now > seen && !peak.compare_exchange_weak( seen, now ) ) {
   }
   return static_cast<char*>( p ) + header;
}

void counted_delete( void* p ) noexcept
{
   if( p != nullptr ) {
      char* block = static_cast<char*>( p ) - header;
      live -= *reinterpret_cast<std::size_t*>( block );
      std::free( block );
   }
}

/// The most heap held at once while `f` runs, above what was held when it started. The
/// tables built on first use (lexicon, letters) are built before, by a first extraction.
template<typename F>
std::size_t peak_of( F&& f )
{
   static const bool warm = !vanban::extract( "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ; hoá" ).citations.empty();
   BOOST_REQUIRE( warm );
   const std::size_t base = live;
   peak = base;
   f();
   return peak - base;
}

/// Runs `f` with its `k`-th allocation failing (the ones after it succeed); 0: none fails.
/// Returns how many allocations `f` made.
template<typename F>
std::size_t failing( std::size_t k, F&& f )
{
   allocations = 0;
   fail_at = k == 0 ? std::size_t( -1 ) : k;  // counted either way
   f();
   fail_at = 0;
   return allocations;
}

/// How many blocks of at least `size` bytes `f` allocates.
template<typename F>
std::size_t blocks_of_at_least( std::size_t size, F&& f )
{
   large = 0;
   large_from = size;
   f();
   large_from = std::size_t( -1 );
   return large;
}

/// `file` of tests/data repeated to about `size` bytes.
std::string repeated( const char* file, std::size_t size )
{
   const std::string one = vanban::test::read_file( vanban::test::data_dir() / file );
   std::string s;
   while( s.size() < size ) {
      s += one;
      s += "\n";
   }
   return s;
}

}  // namespace

void* operator new( std::size_t n )
{
   return counted_new( n );
}
void* operator new[]( std::size_t n )
{
   return counted_new( n );
}
// The nothrow forms too: the library's own (and a sanitizer's) would hand this program's
// delete a block it did not allocate (std::stable_sort's buffer comes from nothrow new).
void* operator new( std::size_t n, const std::nothrow_t& ) noexcept
{
   try {
      return counted_new( n );
   }
   catch( const std::bad_alloc& ) {
      return nullptr;
   }
}
void* operator new[]( std::size_t n, const std::nothrow_t& ) noexcept
{
   try {
      return counted_new( n );
   }
   catch( const std::bad_alloc& ) {
      return nullptr;
   }
}
void operator delete( void* p, const std::nothrow_t& ) noexcept
{
   counted_delete( p );
}
void operator delete[]( void* p, const std::nothrow_t& ) noexcept
{
   counted_delete( p );
}
void operator delete( void* p ) noexcept
{
   counted_delete( p );
}
void operator delete[]( void* p ) noexcept
{
   counted_delete( p );
}
void operator delete( void* p, std::size_t ) noexcept
{
   counted_delete( p );
}
void operator delete[]( void* p, std::size_t ) noexcept
{
   counted_delete( p );
}

namespace {

/// The peaks of `extract` and `extract_in_place` on one text, side by side; the lent text must
/// come back as it was.
struct peaks {
   std::size_t with_copy;
   std::size_t in_place;
};

peaks side_by_side( const std::string& text )
{
   vanban::decoded_input kept = vanban::decode_input( text );
   vanban::decoded_input lent = vanban::decode_input( text );
   const peaks p{ peak_of( [ & ] { (void)vanban::extract( kept ); } ), peak_of( [ & ] { (void)vanban::extract_in_place( lent ); } ) };
   BOOST_TEST_MESSAGE( "text " << text.size() << " bytes, peak above it: extract " << p.with_copy << ", extract_in_place " << p.in_place );
   BOOST_TEST( lent.source() == text );
   return p;
}

/// Runs `body` with the k-th allocation failing (none for 0) and returns how many it made.
std::size_t in_this_thread( std::size_t k, const std::function<void()>& body )
{
   return failing( k, body );
}

/// The same in a thread made for it before the count starts: that thread's first call.
std::size_t in_a_new_thread( std::size_t k, const std::function<void()>& body )
{
   std::atomic<int> stage{ 0 };
   std::thread t( [ & ] {
      while( stage.load() == 0 ) {
         std::this_thread::yield();
      }
      body();
      stage = 2;
   } );
   const std::size_t n = failing( k, [ & ] {
      stage = 1;
      while( stage.load() != 2 ) {
         std::this_thread::yield();
      }
   } );
   t.join();
   return n;
}

/// What failing each allocation of a call in turn gave.
struct failures {
   std::size_t allocations = 0;
   std::size_t absorbed = 0;  ///< runs that gave the document all the same
};

/// Runs `call` (which returns a document) through `run` (in_this_thread, in_a_new_thread) with
/// each of its allocations failing in turn: every run must either throw vanban's out-of-memory
/// error or return what `expected` is the JSON of, and pass `after(k)`, a check of what the
/// call was given.
template<typename Call, typename After>
failures fail_each_allocation( std::size_t ( *run )( std::size_t, const std::function<void()>& ), const std::string& expected, std::size_t size, Call&& call, After&& after )
{
   failures f;
   f.allocations = run( 0, [ & ] { (void)call(); } );
   BOOST_TEST_MESSAGE( "the call makes " << f.allocations << " allocations" );
   BOOST_TEST_REQUIRE( f.allocations > 100 );
   const std::string message = "out of memory (input of " + std::to_string( size ) + " bytes)";
   for( std::size_t k = 1; k <= f.allocations; ++k ) {
      std::optional<vanban::document> doc;
      std::optional<vanban::error> error;
      (void)run( k, [ & ] {
         try {
            doc = call();
         }
         catch( const vanban::error& e ) {
            error = e;
         }
      } );
      after( k );
      if( error ) {
         BOOST_TEST_REQUIRE( ( error->code() == vanban::error_code::limit_exceeded ), "allocation " << k << ": " << error->what() );
         BOOST_TEST_REQUIRE( std::string( error->what() ).find( message ) != std::string::npos, error->what() );
      }
      else {
         BOOST_TEST_REQUIRE( doc.has_value(), "allocation " << k );
         BOOST_TEST_REQUIRE( vanban::to_json( *doc ) == expected, "allocation " << k << " failing changed the result" );
         ++f.absorbed;
      }
   }
   BOOST_TEST_MESSAGE( f.allocations - f.absorbed << " gave the error, " << f.absorbed << " were absorbed" );
   return f;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( peak_test )

BOOST_AUTO_TEST_CASE( a_lent_text_is_held_once_at_the_peak_not_twice )
{
   // the seed text normalizing changes in six places (no-break spaces, old-style tones)
   const std::string text = repeated( "seed.txt", 2 << 20 );
   // every table this text asks for built first: a lexicon table built inside the first call
   // measured would count in its peak (it made the test pass by 64 KB it did not test)
   BOOST_TEST_REQUIRE( !vanban::extract( text ).citations.empty() );
   const peaks p = side_by_side( text );
   // one copy of the text less, but for what rebuilding the lent text keeps: the original bytes
   // of each change normalizing made (about 2,100 here), and 1 % for the allocator's rounding
   const auto norm = vanban::detail::normalize( text, vanban::options{} );
   const auto kept = vanban::detail::original_text::keep( text, norm.map, text.size() );
   BOOST_TEST_REQUIRE( kept.has_value() );
   BOOST_TEST_MESSAGE( "rebuilding keeps " << kept->footprint() << " bytes" );
   BOOST_TEST( kept->footprint() < text.size() / 10 );
   BOOST_TEST( p.in_place + text.size() - kept->footprint() - text.size() / 100 <= p.with_copy );
}

BOOST_AUTO_TEST_CASE( lending_a_text_adds_no_copy_of_it )
{
   // the seed's no-break spaces become spaces: the normalized text is shorter, and the lent one
   // is rebuilt in its buffer, which was copied into one of the original's size (a fourth
   // block of a long text's size in the heap, where the freed ones were too small for it); the
   // Ohm sign takes it through ICU's NFC too, a second buffer (tone placement rewrites in place)
   const std::string text = repeated( "seed.txt", 2 << 20 ) + "\u2126";
   vanban::decoded_input kept = vanban::decode_input( text );
   vanban::decoded_input lent = vanban::decode_input( text );
   BOOST_TEST_REQUIRE( !vanban::extract( kept ).citations.empty() );  // tables built, as in peak_of
   const std::size_t with_copy = blocks_of_at_least( text.size() - text.size() / 100, [ & ] { (void)vanban::extract( kept ); } );
   const std::size_t in_place = blocks_of_at_least( text.size() - text.size() / 100, [ & ] { (void)vanban::extract_in_place( lent ); } );
   BOOST_TEST_MESSAGE( "blocks of the text's size: extract " << with_copy << ", extract_in_place " << in_place );
   BOOST_TEST( with_copy == 2u );  // the outputs of stage 1 and of NFC
   BOOST_TEST( in_place == with_copy );
   BOOST_TEST( lent.source() == text );
}

BOOST_AUTO_TEST_CASE( tone_placement_rewrites_the_copy_it_is_given )
{
   // the seed's no-break spaces are folded by stage 1, which copies the text; its old-style
   // tones ("hoá") are then placed in that copy, not in a second one
   const std::string text = repeated( "seed.txt", 2 << 20 );
   BOOST_TEST_REQUIRE( text.find( "\u00A0" ) != std::string::npos );
   BOOST_TEST_REQUIRE( vanban::extract( text ).citations.size() > 0 );  // tables built
   const std::size_t blocks = blocks_of_at_least( text.size() - text.size() / 100, [ & ] { (void)vanban::extract( text ); } );
   BOOST_TEST( blocks == 1u );
}

BOOST_AUTO_TEST_CASE( a_threads_first_call_gives_the_error_or_the_document_whatever_fails )
{
   // a thread's first call also makes the first-word index's memo (a table a thread,
   // lexicon.cpp): when that allocation fails the call reads every word instead
   const std::string text = vanban::test::read_file( vanban::test::data_dir() / "seed.txt" );
   const std::string expected = vanban::to_json( vanban::extract( text ) );
   const failures f = fail_each_allocation( in_a_new_thread, expected, text.size(), [ & ] { return vanban::extract( text ); }, []( std::size_t ) {} );
   BOOST_TEST( f.absorbed >= 1u );  // the memo's, at least
   BOOST_TEST( f.absorbed <= f.allocations / 50 );
}

#if defined( __linux__ )
/// Pages of this process in memory (/proc/self/statm).
std::size_t resident_pages()
{
   std::ifstream statm( "/proc/self/statm" );
   std::size_t size = 0;
   std::size_t resident = 0;
   statm >> size >> resident;
   BOOST_TEST_REQUIRE( resident > 0u );
   return resident;
}

BOOST_AUTO_TEST_CASE( a_released_block_stops_counting )
{
   // a long text's buffers are released before they are freed, as an allocator keeps a freed
   // block resident in its heap: every page but the first and last goes back at once
   constexpr std::size_t size = 32 << 20;
   const auto page = std::size_t( sysconf( _SC_PAGESIZE ) );
   std::vector<char> block( size, 'x' );
   const std::size_t before = resident_pages();
   vanban::detail::release_pages( block.data(), block.size() );
   const std::size_t after = resident_pages();
   BOOST_TEST_MESSAGE( "resident pages: " << before << " -> " << after );
   BOOST_TEST( before - after >= size / page * 99 / 100 );  // this process's other pages move a little (a sanitizer's)
   BOOST_TEST( block[ size / 2 ] == '\0' );  // read again: a zero page
   BOOST_TEST( block.front() == 'x' );        // the first and last pages are kept
   BOOST_TEST( block.back() == 'x' );
   // a block under 1 MiB is not worth a system call: it stays as it is
   std::vector<char> small( 512 << 10, 'y' );
   vanban::detail::release_pages( small.data(), small.size() );
   BOOST_TEST( small[ small.size() / 2 ] == 'y' );
}
#endif

BOOST_AUTO_TEST_CASE( a_text_normalizing_leaves_alone_is_never_copied )
{
   // a text already normalized: the normalized text is the input itself, in both calls
   const peaks p = side_by_side( repeated( "graph/chi-thi-16-2016.txt", 2 << 20 ) );
   BOOST_TEST( p.in_place == p.with_copy );
}

BOOST_AUTO_TEST_CASE( running_out_of_memory_anywhere_in_extract_is_a_clear_error )
{
   const std::string text = vanban::test::read_file( vanban::test::data_dir() / "seed.txt" );
   const std::string expected = vanban::to_json( vanban::extract( text ) );
   const failures f = fail_each_allocation( in_this_thread, expected, text.size(), [ & ] { return vanban::extract( text ); }, []( std::size_t ) {} );
   BOOST_TEST( f.absorbed <= f.allocations / 50 );  // a failing nothrow new: std::stable_sort does without its buffer
}

BOOST_AUTO_TEST_CASE( running_out_of_memory_anywhere_in_extract_in_place_gives_the_lent_text_back )
{
   // the seed text, which normalizing changes: extract_in_place frees it after normalizing and
   // rebuilds it at the end, or in its catch when a later step throws
   const std::string text = vanban::test::read_file( vanban::test::data_dir() / "seed.txt" );
   vanban::decoded_input in = vanban::decode_input( text );
   const std::string expected = vanban::to_json( vanban::extract( in ) );
   const failures f = fail_each_allocation( in_this_thread, expected, text.size(), [ & ] { return vanban::extract_in_place( in ); }, [ & ]( std::size_t k ) {
      BOOST_TEST_REQUIRE( in.source() == text, "allocation " << k << " failing: the text did not come back" );
   } );
   BOOST_TEST( f.absorbed <= f.allocations / 50 );
   // and the text works as before
   BOOST_TEST( vanban::to_json( vanban::extract_in_place( in ) ) == expected );
}

BOOST_AUTO_TEST_SUITE_END()
