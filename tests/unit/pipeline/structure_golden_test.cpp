// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Golden files: state and Party documents from the corpus (tests/data/structure/<kind>/NAME.txt,
// kinds gazette, official, party), each with NAME.expected.json holding the `document` and
// `structure` of its JSON, checked exactly. VANBAN_UPDATE_GOLDEN=1 rewrites them (read the diff).
// News posts are only read from ../shared (publishers' copyright): skipped when it is absent.

#include <algorithm>
#include <filesystem>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <vanban/vanban.hpp>

#include "test_util.hpp"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

std::vector<fs::path> golden_inputs()
{
   std::vector<fs::path> out;
   for( const char* kind : { "gazette", "official", "party" } ) {
      const fs::path dir = vanban::test::data_dir() / "structure" / kind;
      for( const auto& e : fs::directory_iterator( dir ) ) {
         if( e.path().extension() == ".txt" ) {
            out.push_back( e.path() );
         }
      }
   }
   std::sort( out.begin(), out.end() );
   return out;
}

/// The part of the JSON this test pins: the text's own document and its body tree.
std::string pinned_json( const fs::path& input )
{
   vanban::options o;
   o.source = input.filename().string();
   const auto doc = vanban::extract( vanban::test::read_file( input ), o );
   const json full = json::parse( vanban::to_json( doc ) );
   json pinned;
   pinned[ "document" ] = full[ "document" ];
   pinned[ "structure" ] = full[ "structure" ];
   return pinned.dump( 1 ) + "\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE( structure_golden_test )

BOOST_AUTO_TEST_CASE( documents_and_structures_equal_their_golden_files )
{
   const auto inputs = golden_inputs();
   BOOST_REQUIRE( inputs.size() >= 9u );
   const bool update = std::getenv( "VANBAN_UPDATE_GOLDEN" ) != nullptr;
   for( const auto& input : inputs ) {
      BOOST_TEST_CONTEXT( input.string() )
      {
         const std::string got = pinned_json( input );
         fs::path golden = input;
         golden.replace_extension( ".expected.json" );
         if( update ) {
            vanban::test::write_file( golden, got );
         }
         BOOST_REQUIRE( fs::exists( golden ) );
         BOOST_TEST( got == vanban::test::read_file( golden ) );
      }
   }
}

BOOST_AUTO_TEST_CASE( news_posts_of_the_corpus_keep_their_wrapper_and_have_no_body )
{
   const auto shared = vanban::test::shared_dir();
   if( !shared ) {
      BOOST_TEST_MESSAGE( "../shared is absent: news posts not checked" );
      return;
   }
   struct expected {
      const char* id;
      const char* type;
      const char* number;
      const char* date;
      const char* issuer;
   };
   // news posts that say which document they are about (kind=news in MANIFEST.tsv)
   const expected posts[] = { { "web-04944c752fc1a9ee", "Quyết định", "3747/QĐ-UBND", "2025-12-01", "Ủy ban nhân dân tỉnh Thanh Hóa" },
                              { "web-9361b9f16596f653", "Kế hoạch", "0219/KH-UBND", "2025-12-03", "Ủy ban nhân dân tỉnh Cà Mau" } };
   for( const auto& p : posts ) {
      BOOST_TEST_CONTEXT( p.id )
      {
         const auto doc = vanban::extract( vanban::test::read_file( *shared / "corpus" / "docs" / ( std::string( p.id ) + ".txt" ) ) );
         BOOST_TEST( doc.article.has_value() );
         BOOST_TEST( doc.structure.empty() );
         BOOST_REQUIRE( doc.info.has_value() );
         BOOST_TEST( doc.info->type == p.type );
         BOOST_TEST( doc.info->number.value_or( "" ) == p.number );
         BOOST_TEST( doc.info->date.value().iso() == p.date );
         BOOST_TEST( doc.info->issuer->name == p.issuer );
         BOOST_TEST( doc.info->signers.empty() );
      }
   }
   // the seed post too: no body tree, its wrapper and document as before
   const auto seed = vanban::extract( vanban::test::read_file( vanban::test::data_dir() / "seed.txt" ) );
   BOOST_TEST( seed.structure.empty() );
   BOOST_TEST( seed.article.has_value() );
   BOOST_TEST( seed.info->number.value_or( "" ) == "05/KH-UBND" );
}

BOOST_AUTO_TEST_SUITE_END()
