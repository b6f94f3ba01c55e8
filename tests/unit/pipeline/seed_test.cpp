// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The user's own example, end to end: a Bắc Kạn portal post about Kế hoạch 05/KH-UBND.
// VANBAN_UPDATE_GOLDEN=1 rewrites tests/data/seed.expected.json after a deliberate change.

#include <cstdlib>

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

#include "test_util.hpp"

namespace {

vanban::document seed()
{
   vanban::options o;
   o.source = "seed.txt";
   return vanban::extract( vanban::test::read_file( vanban::test::data_dir() / "seed.txt" ), o );
}

const vanban::citation* find( const vanban::document& d, std::string_view number )
{
   for( const auto& c : d.citations ) {
      if( c.number == number ) {
         return &c;
      }
   }
   return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( seed_test )

BOOST_AUTO_TEST_CASE( json_equals_the_golden_file )
{
   const std::string json = vanban::to_json( seed() ) + "\n";
   const auto golden = vanban::test::data_dir() / "seed.expected.json";
   if( std::getenv( "VANBAN_UPDATE_GOLDEN" ) ) {
      vanban::test::write_file( golden, json );
   }
   BOOST_TEST( json == vanban::test::read_file( golden ) );
}

BOOST_AUTO_TEST_CASE( news_wrapper_without_boilerplate )
{
   const auto d = seed();
   BOOST_REQUIRE( d.article.has_value() );
   BOOST_TEST( d.article->title.value_or( "" ) == "Ban hành Kế hoạch về tiếp tục triển khai thực hiện Phong trào “Dân vận khéo”" );
   BOOST_TEST( d.article->date.value().iso() == "2021-01-12" );
   BOOST_TEST( d.article->author.value_or( "" ) == "Hà Lựu" );
   const std::string json = vanban::to_json( d );
   BOOST_TEST( json.find( "PublishingPortal" ) == std::string::npos );
   BOOST_TEST( json.find( "Tăng cỡ chữ" ) == std::string::npos );
}

BOOST_AUTO_TEST_CASE( the_plan_is_the_subject_document )
{
   const auto d = seed();
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->type == "Kế hoạch" );
   BOOST_TEST( d.info->number.value_or( "" ) == "05/KH-UBND" );
   BOOST_TEST( d.info->date.value().iso() == "2021-01-11" );
   BOOST_TEST( d.info->issuer->name == "Ủy ban nhân dân tỉnh Bắc Kạn" );
}

BOOST_AUTO_TEST_CASE( six_mentions_with_their_fields )
{
   const auto d = seed();
   BOOST_REQUIRE( d.citations.size() == 6u );
   const auto* kl = find( d, "03-KL/TU" );
   BOOST_REQUIRE( kl );
   BOOST_TEST( kl->type == "Kết luận" );
   BOOST_TEST( kl->date->iso() == "2020-12-10" );
   BOOST_TEST( kl->issuer->name == "Tỉnh ủy Bắc Kạn" );
   BOOST_TEST( ( kl->relation == vanban::relation::implements ) );
   const auto* nq = find( d, "25-NQ/TW" );
   BOOST_REQUIRE( nq );
   BOOST_TEST( nq->date->iso() == "2013-06-03" );
   BOOST_TEST( nq->issuer->name == "Ban Chấp hành Trung ương Đảng" );
   BOOST_TEST( nq->term.value_or( "" ) == "XI" );
   const auto* ct = find( d, "16/CT-TTg" );
   BOOST_REQUIRE( ct );
   BOOST_TEST( ct->text == "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ" );
   BOOST_TEST( ct->issuer->name == "Thủ tướng Chính phủ" );
   // the unnumbered conference resolution
   const auto& tw4 = d.citations[ 4 ];
   BOOST_TEST( !tw4.number.has_value() );
   BOOST_TEST( tw4.text == "Nghị quyết Trung ương 4 khóa XII" );
   BOOST_TEST( tw4.type == "Nghị quyết" );
   // the plan's own mention has no relation to itself
   BOOST_TEST( !d.citations[ 0 ].relation.has_value() );
}

BOOST_AUTO_TEST_CASE( graph_links_the_plan_to_each_cited_document )
{
   const auto d = seed();
   const std::string plan = d.info->id;
   std::size_t to_documents = 0;
   bool implements_kl = false;
   for( const auto& e : d.graph.edges ) {
      if( e.from == plan && e.kind != vanban::edge_kind::issued_by ) {
         ++to_documents;
         BOOST_TEST( !e.evidence.empty() );
      }
      implements_kl = implements_kl || ( e.from == plan && e.kind == vanban::edge_kind::implements && e.to.find( "03-kl-tu" ) != std::string::npos );
   }
   BOOST_TEST( to_documents == 5u );
   BOOST_TEST( implements_kl );
}

BOOST_AUTO_TEST_SUITE_END()
