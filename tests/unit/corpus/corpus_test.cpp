// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Every file of the shared corpus (../shared/corpus/docs, 984 real texts: gazette text layers,
// web copies, news and Q&A articles) extracts without an exception, and what comes out is well
// formed: the body tree's links agree, every node lies inside its parent, every span inside the
// text, and its JSON is laid out and escaped exactly as nlohmann's dump() would (the writer writes
// text directly; outputs are compared byte for byte across versions). Skipped when ../shared is absent (a user's checkout has only the repository).

#include <algorithm>
#include <filesystem>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <vanban/vanban.hpp>

#include "test_util.hpp"

namespace {

namespace fs = std::filesystem;

bool inside( const vanban::span& s, std::size_t size )
{
   return s.start <= s.end && s.end <= size;
}

void check_document( const std::string& name, const std::string& text, const vanban::document& d )
{
   BOOST_TEST_CONTEXT( name )
   {
      const auto& nodes = d.structure;
      for( std::size_t k = 0; k < nodes.size(); ++k ) {
         const auto& n = nodes[ k ];
         BOOST_TEST( inside( n.span, text.size() ) );
         if( n.parent != vanban::section::npos ) {
            BOOST_REQUIRE( n.parent < k );  // parents come first: document order
            const auto& p = nodes[ n.parent ];
            BOOST_TEST( std::count( p.children.begin(), p.children.end(), std::uint32_t( k ) ) == 1 );
            BOOST_TEST( ( p.span.start <= n.span.start && n.span.end <= p.span.end ) );
         }
         for( const auto c : n.children ) {
            BOOST_REQUIRE( c < nodes.size() );
            BOOST_TEST( nodes[ c ].parent == k );
         }
      }
      if( d.info ) {
         for( const auto& s : d.info->signers ) {
            BOOST_TEST( !s.name.empty() );
            BOOST_TEST( inside( s.span, text.size() ) );
         }
         BOOST_TEST( d.info->recipients.size() == d.info->recipient_spans.size() );
         for( const auto& b : d.info->basis ) {
            BOOST_TEST( inside( b, text.size() ) );
         }
         if( d.info->span ) {
            BOOST_TEST( inside( *d.info->span, text.size() ) );
         }
      }
   }
}

}  // namespace

BOOST_AUTO_TEST_SUITE( corpus_test )

BOOST_AUTO_TEST_CASE( every_corpus_file_extracts_and_is_well_formed )
{
   const auto shared = vanban::test::shared_dir();
   if( !shared ) {
      BOOST_TEST_MESSAGE( "../shared is absent: corpus not checked" );
      return;
   }
   std::vector<fs::path> files;
   for( const auto& e : fs::directory_iterator( *shared / "corpus" / "docs" ) ) {
      if( e.path().extension() == ".txt" ) {
         files.push_back( e.path() );
      }
   }
   std::sort( files.begin(), files.end() );
   BOOST_REQUIRE( !files.empty() );
   std::size_t with_tree = 0;
   for( const auto& f : files ) {
      const std::string text = vanban::test::read_file( f );
      vanban::document d;
      BOOST_TEST_CONTEXT( f.filename().string() )
      {
         BOOST_CHECK_NO_THROW( d = vanban::extract( text ) );
      }
      check_document( f.filename().string(), text, d );
      with_tree += !d.structure.empty();
      BOOST_TEST_CONTEXT( f.filename().string() )
      {
         vanban::json_options compact;
         compact.indent = -1;
         const std::string line = vanban::to_json( d, compact );
         BOOST_TEST( nlohmann::ordered_json::parse( line ).dump() == line );
         if( with_tree % 50 == 1 ) {  // the pretty layout on a sample: the same writer
            const std::string pretty = vanban::to_json( d );
            BOOST_TEST( nlohmann::ordered_json::parse( pretty ).dump( 2 ) == pretty );
         }
      }
   }
   BOOST_TEST_MESSAGE( files.size() << " corpus files, " << with_tree << " with a body tree" );
}

BOOST_AUTO_TEST_SUITE_END()
