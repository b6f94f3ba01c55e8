// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The batch plumbing: SHA-256, output names, the output tree (atomic, never outside its
// folder), the manifest (cut lines, odd names), the progress line, HTML escaping.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <latch>
#include <ostream>
#include <thread>
#include <vector>

#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <vanban/vanban.hpp>

#include "annotate_page.hpp"
#include "common.hpp"
#include "manifest.hpp"
#include "output_tree.hpp"
#include "progress.hpp"
#include "sha256.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace vanban::cli;

namespace {

/// A fresh temporary folder, removed at the end of the test.
struct temp_dir {
   fs::path path;
   temp_dir()
      : path( fs::temp_directory_path() / ( "vanban-cli-test-" + std::to_string( ::getpid() ) + "-" + std::to_string( counter()++ ) ) )
   {
      fs::remove_all( path );
      fs::create_directories( path );
   }
   ~temp_dir() { fs::remove_all( path ); }
   static int& counter()
   {
      static int n = 0;
      return n;
   }
};

}  // namespace

BOOST_AUTO_TEST_SUITE( batch_test )

BOOST_AUTO_TEST_CASE( sha256_matches_the_standard_vectors )
{
   BOOST_TEST( sha256::of( "" ) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" );
   BOOST_TEST( sha256::of( "abc" ) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" );
   BOOST_TEST( sha256::of( "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" ) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" );
   // fed in pieces that straddle blocks
   const std::string million( 1000000, 'a' );
   sha256 h;
   for( std::size_t i = 0; i < million.size(); i += 997 ) {
      h.update( std::string_view( million ).substr( i, 997 ) );
   }
   BOOST_TEST( h.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" );
}

BOOST_AUTO_TEST_CASE( output_names_mirror_the_tree_and_refuse_escapes )
{
   BOOST_TEST( output_name( { "corpus/a/b.txt", "corpus" }, ".json" ) == "a/b.txt.json" );
   BOOST_TEST( output_name( { "corpus/a/b.txt", "corpus/" }, ".json" ) == "a/b.txt.json" );
   BOOST_TEST( output_name( { "../x/y.html", {} }, ".json" ) == "y.html.json" );
   BOOST_TEST( output_name( { "-", {} }, ".json" ) == "stdin.json" );
   BOOST_TEST( output_name( { "odd\nname -- $(x).txt", {} }, ".json" ) == "odd\nname -- $(x).txt.json" );
   BOOST_TEST( output_name( { "..", {} }, ".json" ).empty() );
   BOOST_TEST( is_safe_relative( "a/b.json" ) );
   BOOST_TEST( !is_safe_relative( "../b.json" ) );
   BOOST_TEST( !is_safe_relative( "a/../../b.json" ) );
   BOOST_TEST( !is_safe_relative( "/etc/passwd" ) );
   BOOST_TEST( !is_safe_relative( "a//b" ) );
   BOOST_TEST( !is_safe_relative( "./a" ) );
}

BOOST_AUTO_TEST_CASE( writes_are_atomic_and_leave_no_temporary_file )
{
   temp_dir t;
   output_tree tree( ( t.path / "out" ).string() );
   tree.write( "a/b/c.json", "{}\n" );
   tree.write( "a/b/c.json", "{\"x\":1}\n" );
   BOOST_TEST( vanban::test::read_file( t.path / "out/a/b/c.json" ) == "{\"x\":1}\n" );
   BOOST_TEST( tree.read( "a/b/c.json" ).value_or( "" ) == "{\"x\":1}\n" );
   BOOST_TEST( !tree.read( "a/none.json" ).has_value() );
   std::size_t files = 0;
   for( const auto& e : fs::recursive_directory_iterator( t.path / "out" ) ) {
      files += e.is_regular_file();
   }
   BOOST_TEST( files == 1u );
   tree.remove( "a/b/c.json" );
   BOOST_TEST( !fs::exists( t.path / "out/a/b/c.json" ) );
}

BOOST_AUTO_TEST_CASE( symlinks_inside_the_output_folder_are_never_followed )
{
   temp_dir t;
   fs::create_directories( t.path / "outside" );
   fs::create_directories( t.path / "out" );
   fs::create_directory_symlink( t.path / "outside", t.path / "out/a" );
   output_tree tree( ( t.path / "out" ).string() );
   BOOST_CHECK_EXCEPTION( tree.write( "a/b.json", "x" ), output_error, []( const output_error& e ) { return std::string( e.what() ).find( "symbolic link" ) != std::string::npos; } );
   BOOST_TEST( fs::is_empty( t.path / "outside" ) );
   // a symlink in the place of the file itself is replaced, not written through
   fs::create_symlink( t.path / "outside/victim", t.path / "out/f.json" );
   tree.write( "f.json", "new" );
   BOOST_TEST( !fs::exists( t.path / "outside/victim" ) );
   BOOST_TEST( !fs::is_symlink( t.path / "out/f.json" ) );
   BOOST_CHECK_THROW( tree.write( "../escape.json", "x" ), output_error );
   BOOST_TEST( !fs::exists( t.path / "escape.json" ) );
}

BOOST_AUTO_TEST_CASE( a_second_batch_on_the_same_folder_is_refused )
{
   temp_dir t;
   output_tree first( t.path.string() );
   BOOST_CHECK_EXCEPTION( output_tree( t.path.string() ), output_error, []( const output_error& e ) { return std::string( e.what() ).find( "another vanban" ) != std::string::npos; } );
}

BOOST_AUTO_TEST_CASE( temporary_files_of_a_killed_run_are_removed_on_open )
{
   temp_dir t;
   fs::create_directories( t.path / "d" );
   vanban::test::write_file( t.path / "d/.vanban-tmp-123-4", "{\"partial" );
   vanban::test::write_file( t.path / "d/keep.json", "{}" );
   output_tree tree( t.path.string() );
   BOOST_TEST( tree.cleaned() == 1u );
   BOOST_TEST( !fs::exists( t.path / "d/.vanban-tmp-123-4" ) );
   BOOST_TEST( fs::exists( t.path / "d/keep.json" ) );
}

BOOST_AUTO_TEST_CASE( manifest_survives_a_cut_last_line_and_odd_names )
{
   temp_dir t;
   const std::string a( 64, 'a' );
   const std::string b( 64, 'b' );
   const std::string c( 64, 'c' );
   {
      output_tree tree( t.path.string() );
      manifest m( tree );
      m.record( "x/1.json", { a, b, c } );
      m.record( "odd\tname\n%.json", { b, b, b } );
      m.record( "gone.json", { c, c, c } );
      m.forget( "gone.json" );
   }
   // a kill in the middle of the next line
   {
      std::ofstream f( t.path / ".vanban-manifest", std::ios::app | std::ios::binary );
      f << a << '\t' << a << '\t' << a << "\tx/2.js";
   }
   {
      output_tree tree( t.path.string() );
      manifest m( tree );
      BOOST_REQUIRE( m.find( "x/1.json" ) != nullptr );
      BOOST_TEST( ( *m.find( "x/1.json" ) == stamp{ a, b, c } ) );
      BOOST_REQUIRE( m.find( "odd\tname\n%.json" ) != nullptr );
      BOOST_TEST( m.find( "gone.json" ) == nullptr );
      BOOST_TEST( m.find( "x/2.js" ) == nullptr );
      m.record( "x/3.json", { c, c, c } );
      m.compact();
   }
   const std::string text = vanban::test::read_file( t.path / ".vanban-manifest" );
   BOOST_TEST( text == "# vanban manifest 1: input-sha256 settings-sha256 output-sha256 name\n" + b + '\t' + b + '\t' + b + "\todd%09name%0A%25.json\n" + a + '\t' + b + '\t' + c + "\tx/1.json\n" + c + '\t' + c + '\t' + c + "\tx/3.json\n" );
}

BOOST_AUTO_TEST_CASE( manifest_takes_stamps_from_several_workers_at_once )
{
   // the batch's workers record each stamp before renaming their output into place
   temp_dir t;
   constexpr int workers = 4;
   constexpr int each = 2000;
   const auto digest = []( int k ) {
      std::string d = sha256::of( std::to_string( k ) ).substr( 0, 60 );
      return d + "0000";
   };
   {
      output_tree tree( t.path.string() );
      manifest m( tree );
      std::latch start( workers );
      std::vector<std::thread> threads;
      for( int w = 0; w < workers; ++w ) {
         threads.emplace_back( [ &m, &digest, &start, w ] {
            start.arrive_and_wait();
            for( int k = w * each; k < ( w + 1 ) * each; ++k ) {
               m.record( "out/" + std::to_string( k ) + ".json", { digest( k ), digest( k + 1 ), digest( k + 2 ) } );
            }
         } );
      }
      for( auto& th : threads ) {
         th.join();
      }
      // killed here: no compact, only the appended lines
   }
   const std::string log = vanban::test::read_file( t.path / ".vanban-manifest" );
   BOOST_TEST( std::count( log.begin(), log.end(), '\n' ) == workers * each );
   output_tree tree( t.path.string() );
   manifest m( tree );
   for( int k = 0; k < workers * each; ++k ) {
      const stamp* s = m.find( "out/" + std::to_string( k ) + ".json" );
      BOOST_REQUIRE( s != nullptr );
      BOOST_TEST( ( *s == stamp{ digest( k ), digest( k + 1 ), digest( k + 2 ) } ) );
   }
   m.compact();
   const std::string sorted = vanban::test::read_file( t.path / ".vanban-manifest" );
   BOOST_TEST( sorted.find( "\tout/0.json\n" ) < sorted.find( "\tout/1.json\n" ) );
   BOOST_TEST( sorted.find( "\tout/1.json\n" ) < sorted.find( "\tout/10.json\n" ) );
   BOOST_TEST( std::count( sorted.begin(), sorted.end(), '\n' ) == workers * each + 1 );
}

BOOST_AUTO_TEST_CASE( progress_line_shows_files_rate_and_eta )
{
   const std::string l = progress::line( 50, 200, 5000000, 20000000, 2.0, 100 );
   BOOST_TEST( l.find( "50/200 files" ) != std::string::npos );
   BOOST_TEST( l.find( "2.5 MB/s" ) != std::string::npos );
   BOOST_TEST( l.find( "ETA 6s" ) != std::string::npos );
   BOOST_TEST( l.starts_with( "[##########.............................." ) );
   BOOST_TEST( progress::megabytes( 1234567 ) == "1.2 MB" );
   BOOST_TEST( progress::megabytes( 4200 ) == "4 kB" );
}

BOOST_AUTO_TEST_CASE( html_escaping_keeps_text_text_and_utf8_valid )
{
   BOOST_TEST( escape_html( "<script>alert('x')</script> & \"q\"" ) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;" );
   BOOST_TEST( escape_html( "Luật \xFF Đất\x01" ) == "Luật \xEF\xBF\xBD Đất\xEF\xBF\xBD" );
   BOOST_TEST( escape_html( "\xED\xA0\x80" ) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" );
}

// With several jobs a worker writes a document's JSON into a chunk_buffer in one pass (no count
// pass) and the main thread writes its pieces out: together they are to_json()'s bytes, the
// writer's blocks (up to 64 KiB) stay pieces of their own (no joining, no doubling string).
BOOST_AUTO_TEST_CASE( chunk_buffer_holds_the_json_of_a_long_document_in_pieces )
{
   std::string text;
   for( int i = 1; i <= 600; ++i ) {
      text += "Điều " + std::to_string( i ) + ". Căn cứ Nghị định số " + std::to_string( i ) + "/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về “văn thư”;\n";
   }
   const vanban::document d = vanban::extract( text );
   for( const int indent : { -1, 2 } ) {
      vanban::json_options jo;
      jo.indent = indent;
      chunk_buffer buffer;
      std::ostream out( &buffer );
      vanban::write_json( out, d, jo );
      out.put( '\n' );
      BOOST_TEST_REQUIRE( out.good() );
      const std::vector<std::string> pieces = buffer.take();
      std::string joined;
      for( const auto& p : pieces ) {
         joined += p;
      }
      BOOST_TEST( joined == vanban::to_json( d, jo ) + '\n' );
      BOOST_TEST( joined.size() > 3 * chunk_buffer::chunk_size );
      for( std::size_t k = 0; k < pieces.size(); ++k ) {
         BOOST_TEST( pieces[ k ].size() <= chunk_buffer::chunk_size );
         if( k + 1 < pieces.size() ) {
            BOOST_TEST( pieces[ k ].size() > chunk_buffer::chunk_size / 2 );  // no small pieces
         }
      }
      BOOST_TEST( buffer.take().empty() );
      out << "{}";
      BOOST_TEST( buffer.take() == std::vector<std::string>{ "{}" } );
   }
}

// -o writes the pieces to the output file as one content.
BOOST_AUTO_TEST_CASE( output_tree_writes_pieces_as_one_file )
{
   temp_dir t;
   output_tree tree( t.path.string() );
   tree.write( "a/b.json", std::vector<std::string>{ "{\"x\":", std::string( 70000, 'y' ), "", "}\n" } );
   BOOST_TEST( tree.read( "a/b.json" ).value() == "{\"x\":" + std::string( 70000, 'y' ) + "}\n" );
}

BOOST_AUTO_TEST_SUITE_END()
