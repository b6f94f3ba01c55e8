// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The corpus graph (docs/graph.md): documents made by hand and extracted from realistic text,
// merged across a batch; incomplete ids settled by the batch, conflicts reported, never hidden.

#include <algorithm>

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

#include "test_util.hpp"

namespace {

using vanban::date;

vanban::span at( std::size_t start, std::size_t end, std::uint32_t line = 1 )
{
   return vanban::span{ start, end, start, end, line, std::uint32_t( start + 1 ) };
}

vanban::issuer body( std::string name, std::optional<std::string> place = std::nullopt, bool stated = true )
{
   vanban::issuer i;
   i.name = std::move( name );
   i.place = std::move( place );
   if( stated ) {
      i.span = at( 50, 60 );
   }
   return i;
}

/// A mention as extract() would report it; its id is left for the builder to compute.
vanban::citation cite( std::string type, std::string number, vanban::numbering n, std::optional<date> d, std::optional<vanban::issuer> iss, std::optional<vanban::relation> rel, std::size_t pos = 10 )
{
   vanban::citation c;
   c.type = std::move( type );
   c.number = std::move( number );
   c.numbering = n;
   c.date = d;
   c.issuer = std::move( iss );
   c.relation = rel;
   if( rel ) {
      c.cue = vanban::cue{ *rel, "thực hiện", at( pos - 10, pos - 1 ) };
   }
   c.span = at( pos, pos + 30 );
   c.text = c.type + " " + *c.number;
   return c;
}

vanban::document_info info( std::string type, std::string number, date d, vanban::issuer iss )
{
   vanban::document_info i;
   i.type = std::move( type );
   i.number = std::move( number );
   i.date = d;
   i.issuer = std::move( iss );
   i.span = at( 0, 40 );
   return i;
}

vanban::document doc( std::string source, std::optional<vanban::document_info> i, std::vector<vanban::citation> cs )
{
   vanban::document d;
   d.source = std::move( source );
   d.info = std::move( i );
   d.citations = std::move( cs );
   return d;
}

const auto admin = vanban::numbering::administrative;
const auto implements = vanban::relation::implements;

/// A plan of Bắc Kạn implementing the 2016 directive; the directive itself; a 2019 text citing
/// "Chỉ thị 16/CT-TTg" without a year; a 2020 text on the other 16/CT-TTg; a 2021 text citing
/// the bare number while both exist.
std::vector<vanban::document> batch()
{
   std::vector<vanban::document> b;
   b.push_back( doc( "plan.txt", info( "Kế hoạch", "05/KH-UBND", { 2021, 1, 11 }, body( "Ủy ban nhân dân tỉnh Bắc Kạn", "Bắc Kạn" ) ),
                     { cite( "Chỉ thị", "16/CT-TTg", admin, date{ 2016, 5, 16 }, body( "Thủ tướng Chính phủ" ), implements ) } ) );
   auto directive = info( "Chỉ thị", "16/CT-TTg", { 2016, 5, 16 }, body( "Thủ tướng Chính phủ" ) );
   directive.title = "Về tăng cường và đổi mới công tác dân vận";
   directive.signers.push_back( vanban::signer{ "Nguyễn Xuân Phúc", std::string( "Thủ tướng" ), std::string( "TM. Chính phủ" ), at( 900, 920, 40 ) } );
   b.push_back( doc( "ct-16-2016.txt", directive, {} ) );
   b.push_back( doc( "report-2019.txt", info( "Báo cáo", "12/BC-UBND", { 2019, 6, 1 }, body( "Ủy ban nhân dân tỉnh Bắc Kạn", "Bắc Kạn" ) ),
                     { cite( "Chỉ thị", "16/CT-TTg", admin, std::nullopt, std::nullopt, implements ) } ) );
   b.push_back( doc( "covid.txt", info( "Kế hoạch", "40/KH-UBND", { 2020, 4, 2 }, body( "Ủy ban nhân dân tỉnh Quảng Ninh", "Quảng Ninh" ) ),
                     { cite( "Chỉ thị", "16/CT-TTg", admin, date{ 2020, 3, 31 }, body( "Thủ tướng Chính phủ" ), implements ) } ) );
   b.push_back( doc( "review-2021.txt", info( "Báo cáo", "30/BC-UBND", { 2021, 12, 1 }, body( "Ủy ban nhân dân tỉnh Bắc Kạn", "Bắc Kạn" ) ),
                     { cite( "Chỉ thị", "16/CT-TTg", admin, std::nullopt, std::nullopt, vanban::relation::cites ) } ) );
   return b;
}

vanban::corpus_graph build( const std::vector<vanban::document>& docs )
{
   vanban::graph_builder b;
   for( const auto& d : docs ) {
      b.add( d );
   }
   return b.build();
}

std::vector<std::string> incoming( const vanban::corpus_graph& g, std::string_view id, vanban::edge_kind kind )
{
   std::vector<std::string> out;
   for( const auto& e : g.edges ) {
      if( e.to == id && e.kind == kind ) {
         out.push_back( e.from );
      }
   }
   return out;
}

const vanban::graph_edge* edge( const vanban::corpus_graph& g, std::string_view from, std::string_view to, vanban::edge_kind kind )
{
   for( const auto& e : g.edges ) {
      if( e.from == from && e.to == to && e.kind == kind ) {
         return &e;
      }
   }
   return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( builder_test )

BOOST_AUTO_TEST_CASE( a_text_that_is_a_document_is_merged_into_its_node )
{
   const auto g = build( batch() );
   BOOST_TEST( g.inputs == 5u );
   const auto* ct = g.find( "vn/chi-thi/16-ct-ttg/2016" );
   BOOST_REQUIRE( ct );
   BOOST_TEST( ct->sources == std::vector<std::string>{ "ct-16-2016.txt" } );
   BOOST_TEST( ct->title.value_or( "" ) == "Về tăng cường và đổi mới công tác dân vận" );
   BOOST_TEST( ct->date->iso() == "2016-05-16" );
   BOOST_TEST( !ct->incomplete );
   // the plan and the 2019 report (settled by the batch) implement it; the 2020 plan does not
   const auto in = incoming( g, ct->id, vanban::edge_kind::implements );
   BOOST_TEST( in == ( std::vector<std::string>{ "vn/bao-cao/12-bc-ubnd/2019/bac-kan", "vn/ke-hoach/05-kh-ubnd/2021/bac-kan" } ) );
   BOOST_TEST( ct->aliases == std::vector<std::string>{ "vn/chi-thi/16-ct-ttg/_" } );
   // its own header's issuer and signer
   const auto* by = edge( g, ct->id, "body/thu-tuong-chinh-phu", vanban::edge_kind::issued_by );
   BOOST_REQUIRE( by );
   BOOST_TEST( by->evidence.size() == 2u );  // the header and the plan's mention
   const auto* signer = edge( g, ct->id, "person/nguyen-xuan-phuc", vanban::edge_kind::signed_by );
   BOOST_REQUIRE( signer );
   BOOST_TEST( signer->evidence.front().source.value_or( "" ) == "ct-16-2016.txt" );
   BOOST_TEST( signer->evidence.front().mention.line == 40u );
   BOOST_TEST( g.find( "person/nguyen-xuan-phuc" )->positions == std::vector<std::string>{ "Thủ tướng" } );
}

BOOST_AUTO_TEST_CASE( documents_sharing_a_number_stay_apart )
{
   const auto g = build( batch() );
   const auto* covid = g.find( "vn/chi-thi/16-ct-ttg/2020" );
   BOOST_REQUIRE( covid );
   BOOST_TEST( covid->sources.empty() );
   BOOST_TEST( incoming( g, covid->id, vanban::edge_kind::implements ) == std::vector<std::string>{ "vn/ke-hoach/40-kh-ubnd/2020/quang-ninh" } );
   // in 2021 both directives exist: the bare number stays incomplete, its own node
   const auto* bare = g.find( "vn/chi-thi/16-ct-ttg/_" );
   BOOST_REQUIRE( bare );
   BOOST_TEST( bare->incomplete );
   BOOST_TEST( incoming( g, bare->id, vanban::edge_kind::cites ) == std::vector<std::string>{ "vn/bao-cao/30-bc-ubnd/2021/bac-kan" } );
}

BOOST_AUTO_TEST_CASE( the_order_of_add_does_not_matter )
{
   auto docs = batch();
   const std::string first = vanban::to_json( build( docs ) );
   std::reverse( docs.begin(), docs.end() );
   BOOST_TEST( vanban::to_json( build( docs ) ) == first );
   std::rotate( docs.begin(), docs.begin() + 2, docs.end() );
   BOOST_TEST( vanban::to_json( build( docs ) ) == first );
}

BOOST_AUTO_TEST_CASE( spellings_sharing_an_id_name_it_by_count_in_any_order )
{
   // "Ban Kinh tế- Ngân sách" and "Ban Kinh tế - Ngân sách" (both in the corpus), "NGUYỄN VĂN
   // AN" and "Nguyễn Văn An" fold to one id each: the most mentioned spelling names the node,
   // ties to the smallest. The first `add` named it before (a fuzzed pair of texts found it).
   const auto signed_by = []( vanban::document d, std::string name ) {
      d.info->signers.push_back( vanban::signer{ std::move( name ), std::string( "Trưởng ban" ), std::nullopt, at( 900, 920, 40 ) } );
      return d;
   };
   const auto plan = [ & ]( std::string source, std::string number, std::string issuer, std::string signer ) {
      return signed_by( doc( std::move( source ), info( "Kế hoạch", std::move( number ), { 2024, 3, 1 }, body( std::move( issuer ) ) ), {} ), std::move( signer ) );
   };
   const auto labels = []( const vanban::corpus_graph& g ) {
      std::vector<std::string> out;
      for( const auto& n : g.nodes ) {
         if( n.kind != vanban::node_kind::document ) {
            out.push_back( n.label );
         }
      }
      return out;
   };
   std::vector<vanban::document> docs{ plan( "a.txt", "1/KH-BKTNS", "Ban Kinh tế- Ngân sách", "Nguyễn Văn An" ),
                                       plan( "b.txt", "2/KH-BKTNS", "Ban Kinh tế - Ngân sách", "NGUYỄN VĂN AN" ) };
   const auto tie = build( docs );
   BOOST_TEST( labels( tie ) == ( std::vector<std::string>{ "Ban Kinh tế - Ngân sách", "NGUYỄN VĂN AN" } ), boost::test_tools::per_element() );
   docs.push_back( plan( "c.txt", "3/KH-BKTNS", "Ban Kinh tế- Ngân sách", "Nguyễn Văn An" ) );
   const auto most = build( docs );
   BOOST_TEST( labels( most ) == ( std::vector<std::string>{ "Ban Kinh tế- Ngân sách", "Nguyễn Văn An" } ), boost::test_tools::per_element() );
   const std::string whole = vanban::to_json( most );
   const auto by_source = []( const vanban::document& x, const vanban::document& y ) { return x.source < y.source; };
   std::sort( docs.begin(), docs.end(), by_source );
   do {
      BOOST_TEST( vanban::to_json( build( docs ) ) == whole, "order " << *docs[ 0 ].source << ' ' << *docs[ 1 ].source << ' ' << *docs[ 2 ].source );
      for( std::size_t cut = 1; cut < docs.size(); ++cut ) {
         vanban::graph_builder a;
         vanban::graph_builder b;
         for( std::size_t k = 0; k < docs.size(); ++k ) {
            ( k < cut ? a : b ).add( docs[ k ] );
         }
         b.merge( vanban::graph_builder::load( a.save() ) );
         BOOST_TEST( vanban::to_json( b.build() ) == whole, "merged the other way round, cut at " << cut );
      }
   } while( std::next_permutation( docs.begin(), docs.end(), by_source ) );
}

BOOST_AUTO_TEST_CASE( the_same_input_added_twice_counts_once )
{
   auto docs = batch();
   docs.push_back( docs.front() );
   const auto g = build( docs );
   BOOST_TEST( g.inputs == 5u );
   BOOST_TEST( edge( g, "vn/ke-hoach/05-kh-ubnd/2021/bac-kan", "vn/chi-thi/16-ct-ttg/2016", vanban::edge_kind::implements )->evidence.size() == 1u );
}

BOOST_AUTO_TEST_CASE( conflicting_dates_are_reported_not_hidden )
{
   auto docs = batch();
   docs.push_back( doc( "typo.txt", std::nullopt, { cite( "Chỉ thị", "16/CT-TTg", admin, date{ 2016, 5, 17 }, body( "Thủ tướng Chính phủ" ), std::nullopt, 300 ) } ) );
   const auto g = build( docs );
   const auto* ct = g.find( "vn/chi-thi/16-ct-ttg/2016" );
   BOOST_REQUIRE( ct );
   BOOST_TEST( ct->date->iso() == "2016-05-16" );  // the directive's own header wins
   BOOST_REQUIRE( g.diagnostics.size() == 1u );
   const auto& d = g.diagnostics.front();
   BOOST_TEST( d.code == "VB-G001" );
   BOOST_TEST( d.node == ct->id );
   BOOST_TEST( d.message == "conflicting dates for vn/chi-thi/16-ct-ttg/2016: 2016-05-16 (2) 2016-05-17 (1)" );
   BOOST_REQUIRE( d.evidence.size() == 2u );
   BOOST_TEST( d.evidence[ 1 ].source.value_or( "" ) == "typo.txt" );
   BOOST_TEST( d.evidence[ 1 ].mention.start == 300u );
}

BOOST_AUTO_TEST_CASE( conflicting_issuers_are_reported_and_keep_their_edges )
{
   auto docs = batch();
   docs.push_back( doc( "wrong.txt", std::nullopt, { cite( "Chỉ thị", "16/CT-TTg", admin, date{ 2016, 5, 16 }, body( "Bộ Nội vụ" ), std::nullopt, 70 ) } ) );
   const auto g = build( docs );
   BOOST_REQUIRE( g.diagnostics.size() == 1u );
   BOOST_TEST( g.diagnostics.front().code == "VB-G002" );
   BOOST_TEST( g.diagnostics.front().message == "conflicting issuers for vn/chi-thi/16-ct-ttg/2016: Bộ Nội vụ (1) Thủ tướng Chính phủ (2)" );
   BOOST_TEST( edge( g, "vn/chi-thi/16-ct-ttg/2016", "body/bo-noi-vu", vanban::edge_kind::issued_by ) );
   BOOST_TEST( edge( g, "vn/chi-thi/16-ct-ttg/2016", "body/thu-tuong-chinh-phu", vanban::edge_kind::issued_by ) );
}

BOOST_AUTO_TEST_CASE( an_incomplete_id_contradicting_the_candidate_stays_apart )
{
   std::vector<vanban::document> docs;
   docs.push_back( doc( "a.txt", std::nullopt, { cite( "Công văn", "123/BTC-NSNN", admin, date{ 2024, 3, 1 }, body( "Bộ Tài chính" ), std::nullopt ) } ) );
   docs.push_back( doc( "b.txt", std::nullopt, { cite( "Công văn", "123/BTC-NSNN", admin, std::nullopt, body( "Bộ Y tế" ), std::nullopt ) } ) );
   docs.push_back( doc( "c.txt", std::nullopt, { cite( "Công văn", "123/BTC-NSNN", admin, std::nullopt, body( "Bộ Tài chính" ), std::nullopt ) } ) );
   const auto g = build( docs );
   BOOST_REQUIRE( g.find( "vn/cong-van/123-btc-nsnn/_" ) );
   BOOST_TEST( g.find( "vn/cong-van/123-btc-nsnn/2024" )->aliases == std::vector<std::string>{ "vn/cong-van/123-btc-nsnn/_" } );
   BOOST_TEST( g.find( "vn/cong-van/123-btc-nsnn/2024" )->mentions == 2u );  // a.txt and c.txt
   BOOST_TEST( g.find( "vn/cong-van/123-btc-nsnn/_" )->mentions == 1u );     // b.txt
   BOOST_TEST( g.diagnostics.empty() );
}

BOOST_AUTO_TEST_CASE( headers_without_a_number_stay_apart )
{
   // two decrees whose headers lost their "Số:" line: both "vn/nghi-dinh/_", two documents
   vanban::document_info a;
   a.type = "Nghị định";
   a.date = date{ 2025, 3, 1 };
   a.issuer = body( "Chính phủ" );
   a.span = at( 0, 30 );
   vanban::document_info b = a;
   b.date = date{ 2026, 4, 3 };
   std::vector<vanban::document> docs;
   docs.push_back( doc( "a.txt", a, { cite( "Nghị định", "30/2020/NĐ-CP", vanban::numbering::normative, std::nullopt, std::nullopt, vanban::relation::based_on ) } ) );
   docs.push_back( doc( "b.txt", b, { cite( "Nghị định", "30/2020/NĐ-CP", vanban::numbering::normative, std::nullopt, std::nullopt, vanban::relation::based_on ) } ) );
   const auto g = build( docs );
   BOOST_TEST( !g.find( "vn/nghi-dinh/_" ) );
   BOOST_REQUIRE( g.find( "text/a-txt" ) );
   BOOST_TEST( g.find( "text/a-txt" )->label == "Nghị định (a.txt)" );
   BOOST_TEST( g.find( "text/a-txt" )->sources == std::vector<std::string>{ "a.txt" } );
   BOOST_TEST( g.find( "text/b-txt" )->date->iso() == "2026-04-03" );
   BOOST_TEST( incoming( g, "vn/nghi-dinh/30-2020-nd-cp", vanban::edge_kind::based_on ) == ( std::vector<std::string>{ "text/a-txt", "text/b-txt" } ) );
   BOOST_TEST( g.diagnostics.empty() );
}

BOOST_AUTO_TEST_CASE( implied_issuers_give_way_to_stated_ones )
{
   std::vector<vanban::document> docs;
   // "25-NQ/TW" implies the Central Committee; a text states the Politburo
   docs.push_back( doc( "a.txt", std::nullopt, { cite( "Nghị quyết", "35-NQ/TW", vanban::numbering::party, date{ 2018, 10, 22 }, body( "Ban Chấp hành Trung ương Đảng", std::nullopt, false ), std::nullopt ) } ) );
   docs.push_back( doc( "b.txt", std::nullopt, { cite( "Nghị quyết", "35-NQ/TW", vanban::numbering::party, date{ 2018, 10, 22 }, body( "Bộ Chính trị" ), std::nullopt ) } ) );
   const auto g = build( docs );
   BOOST_TEST( edge( g, "vn/nghi-quyet/35-nq-tw/2018", "body/bo-chinh-tri", vanban::edge_kind::issued_by ) );
   BOOST_TEST( !edge( g, "vn/nghi-quyet/35-nq-tw/2018", "body/ban-chap-hanh-trung-uong-dang", vanban::edge_kind::issued_by ) );
   BOOST_TEST( g.diagnostics.empty() );
}

BOOST_AUTO_TEST_CASE( a_law_by_name_and_by_number_is_one_node )
{
   const auto g = build( { vanban::extract( "Căn cứ Luật Doanh nghiệp số 59/2020/QH14;\nChính phủ ban hành Nghị định.", { .source = "a.txt" } ),
                           vanban::extract( "Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020;\nBộ trưởng ban hành Thông tư.", { .source = "b.txt" } ),
                           vanban::extract( "Thực hiện Luật Doanh nghiệp, các sở hướng dẫn doanh nghiệp đăng ký.", { .source = "c.txt" } ) } );
   const auto* law = g.find( "vn/luat/59-2020-qh14" );
   BOOST_REQUIRE( law );
   BOOST_TEST( law->aliases == ( std::vector<std::string>{ "vn/luat/doanh-nghiep/2020", "vn/luat/doanh-nghiep/_" } ) );
   BOOST_TEST( law->label == "Luật Doanh nghiệp 59/2020/QH14" );
   BOOST_TEST( law->mentions == 3u );
   BOOST_TEST( !g.find( "vn/luat/doanh-nghiep/2020" ) );
   BOOST_TEST( incoming( g, law->id, vanban::edge_kind::based_on ) == ( std::vector<std::string>{ "text/a-txt", "text/b-txt" } ) );
   BOOST_TEST( incoming( g, law->id, vanban::edge_kind::implements ) == std::vector<std::string>{ "text/c-txt" } );
   // a focus may name the node by an alias
   const auto part = vanban::neighborhood( g, { "vn/luat/doanh-nghiep/2020" }, 0 );
   BOOST_TEST( part.find( law->id ) );
}

BOOST_AUTO_TEST_CASE( real_posts_merge_into_one_graph )
{
   // the seed post (Kế hoạch 05/KH-UBND of Bắc Kạn) and a post of the same kind written for this
   // test that cites the same directive in another surface form
   const std::string seed = vanban::test::read_file( vanban::test::data_dir() / "seed.txt" );
   const std::string other = "Cổng thông tin điện tử tỉnh Bắc Kạn\n15/03/2022\nTriển khai công tác dân vận chính quyền năm 2022\n"
                             "Ngày 14/3/2022, UBND tỉnh ban hành Kế hoạch số 120/KH-UBND về công tác dân vận chính quyền năm 2022.\n\n"
                             "Kế hoạch nhằm tiếp tục thực hiện Chỉ thị 16/CT–TTg năm 2016 về tăng cường và đổi mới công tác dân vận "
                             "và Kế hoạch số 05/KH-UBND ngày 11/01/2021 của UBND tỉnh.\n\nHà Lựu";
   const auto g = build( { vanban::extract( seed, { .source = "seed.txt" } ), vanban::extract( other, { .source = "other.txt" } ) } );
   const auto* plan = g.find( "vn/ke-hoach/05-kh-ubnd/2021/bac-kan" );
   BOOST_REQUIRE( plan );
   BOOST_TEST( plan->sources == std::vector<std::string>{ "seed.txt" } );
   // the second post names no province: its "UBND tỉnh" plan is settled by the batch (the one
   // 05/KH-UBND of 2021 known), its own plan stays incomplete
   BOOST_TEST( plan->aliases == std::vector<std::string>{ "vn/ke-hoach/05-kh-ubnd/2021/_" } );
   const auto* own = g.find( "vn/ke-hoach/120-kh-ubnd/2022/_" );
   BOOST_REQUIRE( own );
   BOOST_TEST( own->sources == std::vector<std::string>{ "other.txt" } );
   BOOST_TEST( incoming( g, plan->id, vanban::edge_kind::implements ) == std::vector<std::string>{ own->id } );
   const auto* ct = g.find( "vn/chi-thi/16-ct-ttg/2016" );
   BOOST_REQUIRE( ct );
   BOOST_TEST( incoming( g, ct->id, vanban::edge_kind::implements ) == ( std::vector<std::string>{ "vn/ke-hoach/05-kh-ubnd/2021/bac-kan", own->id } ) );
   const auto* e = edge( g, "vn/ke-hoach/05-kh-ubnd/2021/bac-kan", ct->id, vanban::edge_kind::implements );
   BOOST_REQUIRE( e );
   BOOST_REQUIRE( e->evidence.size() == 1u );
   BOOST_TEST( vanban::test::slice( seed, e->evidence[ 0 ].mention ) == "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ" );
   BOOST_TEST( vanban::test::slice( seed, *e->evidence[ 0 ].cue ) == "theo tinh thần" );
   // the plan's issuer, with its 2025 successor
   const auto* ubnd = g.find( "body/uy-ban-nhan-dan-tinh-bac-kan" );
   BOOST_REQUIRE( ubnd );
   BOOST_TEST( ubnd->successor.value_or( "" ) == "Ủy ban nhân dân tỉnh Thái Nguyên" );
   BOOST_TEST( ubnd->valid_to->iso() == "2025-06-30" );
}

BOOST_AUTO_TEST_CASE( a_neighborhood_keeps_the_focus_and_its_relations )
{
   const auto g = build( batch() );
   const auto part = vanban::neighborhood( g, { "vn/chi-thi/16-ct-ttg/2020" }, 1 );
   std::vector<std::string> kept;
   for( const auto& n : part.nodes ) {
      kept.push_back( n.id );
   }
   BOOST_TEST( kept == ( std::vector<std::string>{ "body/thu-tuong-chinh-phu", "body/uy-ban-nhan-dan-tinh-quang-ninh", "vn/chi-thi/16-ct-ttg/2020", "vn/ke-hoach/40-kh-ubnd/2020/quang-ninh" } ) );
   BOOST_TEST( part.edges.size() == 3u );
   // depth 0: the focus and its bodies only
   BOOST_TEST( vanban::neighborhood( g, { "vn/chi-thi/16-ct-ttg/2020" }, 0 ).nodes.size() == 2u );
}

BOOST_AUTO_TEST_CASE( parts_merged_give_the_graph_of_the_whole )
{
   const auto docs = batch();
   const std::string whole = vanban::to_json( build( docs ) );
   // every cut into two parts, the second merged directly or through save/load (another process)
   for( std::size_t cut = 0; cut <= docs.size(); ++cut ) {
      vanban::graph_builder a;
      for( std::size_t k = 0; k < cut; ++k ) {
         a.add( docs[ k ] );
      }
      vanban::graph_builder a2 = vanban::graph_builder::load( a.save() );
      {
         // the part dies before the build: its evidence must not point into it
         vanban::graph_builder b;
         for( std::size_t k = cut; k < docs.size(); ++k ) {
            b.add( docs[ k ] );
         }
         a.merge( b );
         a2.merge( vanban::graph_builder::load( b.save() ) );
      }
      BOOST_TEST( a.size() == docs.size() );
      BOOST_TEST( vanban::to_json( a.build() ) == whole, "cut at " << cut );
      BOOST_TEST( vanban::to_json( a2.build() ) == whole, "cut at " << cut << " through save/load" );
   }
}

BOOST_AUTO_TEST_CASE( merged_texts_without_a_source_stay_apart )
{
   // Texts without a source scope their incomplete ids by their place in the batch: the 2021
   // report's yearless "Chỉ thị 16/CT-TTg" settles to the 2016 directive, the 2015 report's
   // cannot (a text cannot cite a later document). Both are text 0 of their part: merged, the
   // second part's texts must come after the first's or the two mentions would be one record.
   auto anonymous = batch();
   anonymous[ 2 ].info->date = date{ 2015, 6, 1 };
   anonymous[ 4 ].citations[ 0 ].relation = implements;
   for( auto& d : anonymous ) {
      d.source.reset();
   }
   const std::vector<vanban::document> docs{ anonymous[ 2 ], anonymous[ 1 ], anonymous[ 4 ] };
   const auto whole = build( docs );
   BOOST_REQUIRE( whole.find( "vn/chi-thi/16-ct-ttg/_" ) );
   BOOST_TEST( whole.find( "vn/chi-thi/16-ct-ttg/_" )->mentions == 1u );
   BOOST_TEST( whole.find( "vn/chi-thi/16-ct-ttg/2016" )->aliases == std::vector<std::string>{ "vn/chi-thi/16-ct-ttg/_" } );
   vanban::graph_builder a;
   a.add( docs[ 0 ] );
   a.add( docs[ 1 ] );
   vanban::graph_builder b;
   b.add( docs[ 2 ] );
   a.merge( vanban::graph_builder::load( b.save() ) );
   BOOST_TEST( vanban::to_json( a.build() ) == vanban::to_json( whole ) );
}

BOOST_AUTO_TEST_CASE( bytes_that_are_not_a_saved_builder_are_refused )
{
   vanban::graph_builder b;
   b.add( batch().front() );
   const std::string saved = b.save();
   for( const std::string& junk : { std::string(), std::string( "not a graph" ), saved.substr( 0, saved.size() - 5 ), vanban::graph_builder().save().replace( 4, 3, "xyz" ) } ) {
      try {
         (void)vanban::graph_builder::load( junk );
         BOOST_ERROR( "loaded junk of " << junk.size() << " bytes" );
      }
      catch( const vanban::error& e ) {
         BOOST_TEST( ( e.code() == vanban::error_code::invalid_argument ) );
      }
   }
   BOOST_TEST( vanban::graph_builder::load( saved ).save() == saved );
}

BOOST_AUTO_TEST_SUITE_END()
