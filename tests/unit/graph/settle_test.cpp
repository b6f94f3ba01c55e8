// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Settling incomplete ids within one text (docs/ids.md): a short mention takes the id of the one
// document the text's other mentions can be; with two candidates, or a contradiction, it stays.

#include <algorithm>

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

#include "model/ids.hpp"

namespace {

std::vector<std::string> ids( std::string_view text )
{
   std::vector<std::string> out;
   for( const auto& c : vanban::extract( text ).citations ) {
      out.push_back( c.id );
   }
   return out;
}

vanban::detail::id_parts admin( std::string type, std::string number, int year, std::optional<vanban::date> date = std::nullopt )
{
   vanban::detail::id_parts p;
   p.type = std::move( type );
   p.number = std::move( number );
   p.family = vanban::numbering::administrative;
   p.year = year;
   p.date = date;
   return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( settle_test )

BOOST_AUTO_TEST_CASE( a_later_short_mention_takes_the_full_mentions_id )
{
   const auto got = ids( "Căn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ về công tác dân vận;\n"
                         "Các sở, ngành tiếp tục thực hiện Chỉ thị 16/CT-TTg trong năm 2021." );
   BOOST_REQUIRE( got.size() == 2u );
   BOOST_TEST( got[ 0 ] == "vn/chi-thi/16-ct-ttg/2016" );
   BOOST_TEST( got[ 1 ] == "vn/chi-thi/16-ct-ttg/2016" );
}

BOOST_AUTO_TEST_CASE( an_earlier_short_mention_is_settled_too )
{
   const auto got = ids( "Thực hiện Nghị quyết 57-NQ/TW, Ủy ban nhân dân tỉnh ban hành kế hoạch. "
                         "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ." );
   BOOST_REQUIRE( got.size() == 2u );
   BOOST_TEST( got[ 0 ] == "vn/nghi-quyet/57-nq-tw/2024" );
   BOOST_TEST( got[ 1 ] == "vn/nghi-quyet/57-nq-tw/2024" );
}

BOOST_AUTO_TEST_CASE( two_candidates_leave_the_id_incomplete )
{
   const auto got = ids( "Chỉ thị số 16/CT-TTg ngày 16/5/2016 về công tác dân vận và Chỉ thị số 16/CT-TTg ngày 31/3/2020 về phòng, chống dịch COVID-19 "
                         "đều được nhắc lại; Chỉ thị 16/CT-TTg được áp dụng." );
   BOOST_REQUIRE( got.size() == 3u );
   BOOST_TEST( got[ 0 ] == "vn/chi-thi/16-ct-ttg/2016" );
   BOOST_TEST( got[ 1 ] == "vn/chi-thi/16-ct-ttg/2020" );
   BOOST_TEST( got[ 2 ] == "vn/chi-thi/16-ct-ttg/_" );
}

BOOST_AUTO_TEST_CASE( a_contradicting_place_is_not_merged )
{
   const auto got = ids( "Kế hoạch số 05/KH-UBND ngày 11/01/2021 của UBND tỉnh Bắc Kạn và Kế hoạch số 05/KH-UBND của UBND tỉnh Quảng Ninh." );
   BOOST_REQUIRE( got.size() == 2u );
   BOOST_TEST( got[ 0 ] == "vn/ke-hoach/05-kh-ubnd/2021/bac-kan" );
   BOOST_TEST( got[ 1 ] == "vn/ke-hoach/05-kh-ubnd/_/quang-ninh" );
}

BOOST_AUTO_TEST_CASE( a_law_named_with_its_number_gives_the_name_its_id )
{
   const auto got = ids( "Căn cứ Luật Doanh nghiệp số 59/2020/QH14;\n"
                         "Theo quy định của Luật Doanh nghiệp ngày 17 tháng 6 năm 2020 và Điều 4 của Luật Doanh nghiệp." );
   BOOST_REQUIRE( got.size() == 3u );
   BOOST_TEST( got[ 0 ] == "vn/luat/59-2020-qh14" );
   BOOST_TEST( got[ 1 ] == "vn/luat/59-2020-qh14" );
   BOOST_TEST( got[ 2 ] == "vn/luat/59-2020-qh14" );
}

BOOST_AUTO_TEST_CASE( two_versions_of_a_law_leave_the_bare_name_incomplete )
{
   const auto got = ids( "Luật Doanh nghiệp ngày 26 tháng 11 năm 2014 đã được thay thế bởi Luật Doanh nghiệp số 59/2020/QH14; "
                         "các quy định của Luật Doanh nghiệp về đăng ký." );
   BOOST_REQUIRE( got.size() == 3u );
   BOOST_TEST( got[ 0 ] == "vn/luat/doanh-nghiep/2014" );
   BOOST_TEST( got[ 1 ] == "vn/luat/59-2020-qh14" );
   BOOST_TEST( got[ 2 ] == "vn/luat/doanh-nghiep/_" );
}

BOOST_AUTO_TEST_CASE( a_short_number_takes_the_full_number )
{
   const auto got = ids( "Căn cứ Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định mức lương cơ sở;\n"
                         "Mức lương cơ sở theo Nghị định 73 là 2.340.000 đồng." );
   BOOST_REQUIRE( got.size() == 2u );
   BOOST_TEST( got[ 1 ] == "vn/nghi-dinh/73-2024-nd-cp" );
}

BOOST_AUTO_TEST_CASE( a_law_naming_itself_is_a_self_mention )
{
   const auto d = vanban::extract( "QUỐC HỘI\n--------\nLuật số: 59/2020/QH14\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                   "Độc lập - Tự do - Hạnh phúc\n---------------\n\nLUẬT\nDOANH NGHIỆP\n\n"
                                   "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
                                   "Quốc hội ban hành Luật Doanh nghiệp.\n\n"
                                   "Điều 3. Áp dụng Luật Doanh nghiệp và luật khác\n"
                                   "Trường hợp luật khác có quy định đặc thù thì áp dụng quy định của luật đó.\n" );
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->id == "vn/luat/59-2020-qh14" );
   BOOST_REQUIRE( d.citations.size() == 3u );
   BOOST_TEST( d.citations[ 0 ].id == "vn/hien-phap/_" );
   for( std::size_t i : { 1u, 2u } ) {
      BOOST_TEST( d.citations[ i ].id == "vn/luat/59-2020-qh14" );
      BOOST_TEST( !d.citations[ i ].relation.has_value() );  // the law itself: no relation, no edge
   }
   for( const auto& e : d.graph.edges ) {
      BOOST_TEST( e.from != e.to );
   }
}

BOOST_AUTO_TEST_CASE( settle_ids_directly )
{
   using vanban::detail::settle_ids;
   // a stated date that contradicts the candidate's: not the same document
   {
      const std::vector<vanban::detail::id_parts> m{ admin( "Chỉ thị", "16/CT-TTg", 2016, vanban::date{ 2016, 5, 16 } ), admin( "Chỉ thị", "16/CT-TTg", 0 ) };
      const auto got = settle_ids( m, 0 );
      BOOST_TEST( got[ 1 ] == "vn/chi-thi/16-ct-ttg/2016" );
   }
   // a text of 2019 cannot cite the 2020 directive: the 2016 one is the only candidate
   {
      const std::vector<vanban::detail::id_parts> m{ admin( "Chỉ thị", "16/CT-TTg", 2016 ), admin( "Chỉ thị", "16/CT-TTg", 2020 ), admin( "Chỉ thị", "16/CT-TTg", 0 ) };
      BOOST_TEST( settle_ids( m, 2019 )[ 2 ] == "vn/chi-thi/16-ct-ttg/2016" );
      BOOST_TEST( settle_ids( m, 2021 )[ 2 ] == "vn/chi-thi/16-ct-ttg/_" );
   }
   // a Party term the candidate's year is outside of
   {
      auto old = admin( "Nghị quyết", "18-NQ/TW", 2017 );
      old.family = vanban::numbering::party;
      auto bare = admin( "Nghị quyết", "18-NQ/TW", 0 );
      bare.family = vanban::numbering::party;
      bare.term = "XIII";
      const std::vector<vanban::detail::id_parts> m{ old, bare };
      BOOST_TEST( settle_ids( m, 0 )[ 1 ] == "vn/nghi-quyet/18-nq-tw/_" );
      bare.term = "XII";
      const std::vector<vanban::detail::id_parts> m2{ old, bare };
      BOOST_TEST( settle_ids( m2, 0 )[ 1 ] == "vn/nghi-quyet/18-nq-tw/2017" );
   }
   // a stated issuer that cannot be the candidate's
   {
      auto a = admin( "Công văn", "123/UBND-VX", 2024 );
      a.issuer = "Ủy ban nhân dân tỉnh Bắc Kạn";
      auto b = admin( "Công văn", "123/UBND-VX", 0 );
      b.issuer = "Bộ Tài chính";
      const std::vector<vanban::detail::id_parts> m{ a, b };
      BOOST_TEST( settle_ids( m, 0 )[ 1 ] == "vn/cong-van/123-ubnd-vx/_" );
   }
}

BOOST_AUTO_TEST_CASE( a_citation_repeated_fifty_thousand_times_is_settled_like_one )
{
   // one local decision without its province, 50 000 times: each mention is compared with one
   // mention of each kind, not with every mention (the bench's "one citation" input measures
   // that this stays linear; comparing every pair took 1.5 s per MB of such text, growing 4x
   // with each doubling)
   std::string text;
   const std::string bare = "Thực hiện Quyết định số 5/QĐ-UBND ngày 01/02/2020. ";
   text.reserve( bare.size() * 50000 + 200 );
   for( int k = 0; k < 50000; ++k ) {
      text += bare;
   }
   auto got = ids( text );
   BOOST_REQUIRE( got.size() == 50000u );
   BOOST_TEST( got.front() == "vn/quyet-dinh/5-qd-ubnd/2020/_" );
   BOOST_TEST( std::count( got.begin(), got.end(), got.front() ) == 50000 );
   // then once with its province: every mention takes the full id
   text += "Quyết định số 5/QĐ-UBND ngày 01/02/2020 của Ủy ban nhân dân tỉnh Bắc Kạn.";
   got = ids( text );
   BOOST_REQUIRE( got.size() == 50001u );
   BOOST_TEST( got.front() == "vn/quyet-dinh/5-qd-ubnd/2020/bac-kan" );
   BOOST_TEST( std::count( got.begin(), got.end(), got.front() ) == 50001 );
}

BOOST_AUTO_TEST_CASE( a_mention_settled_earlier_is_a_candidate_with_its_new_id )
{
   using vanban::detail::settle_ids;
   // [0] complete: 2020, Bắc Kạn, issued by its people's committee
   auto full = admin( "Quyết định", "5/QĐ-UBND", 2020 );
   full.local = true;
   full.place = "Bắc Kạn";
   full.issuer = "Ủy ban nhân dân tỉnh Bắc Kạn";
   // [1] 2020 without a place: settled by [0]
   auto year_only = admin( "Quyết định", "5/QĐ-UBND", 2020 );
   year_only.local = true;
   // [2] neither year nor place, and an issuer [0] cannot be: not [0] directly, but [1] knows
   // more (its year) and is [0] by then
   auto bare = admin( "Quyết định", "5/QĐ-UBND", 0 );
   bare.local = true;
   bare.issuer = "Sở Tài chính";
   std::vector<vanban::detail::id_parts> m{ full, year_only };
   for( int k = 0; k < 1000; ++k ) {
      m.push_back( bare );
   }
   const auto got = settle_ids( m, 0 );
   BOOST_TEST( got[ 0 ] == "vn/quyet-dinh/5-qd-ubnd/2020/bac-kan" );
   BOOST_TEST( got[ 1 ] == got[ 0 ] );
   BOOST_TEST( std::count( got.begin(), got.end(), got[ 0 ] ) == 1002 );
}

BOOST_AUTO_TEST_CASE( at_most_sixty_four_kinds_of_a_number_are_compared )
{
   using vanban::detail::settle_ids;
   // the one complete mention comes after `kinds` other kinds of the same number (each its own
   // date, each a different year than the bare mention's text allows … none agree): within the
   // bound it settles the bare mention, past it the bare mention stays as it is
   const auto run = []( int kinds ) {
      std::vector<vanban::detail::id_parts> m;
      for( int k = 0; k < kinds; ++k ) {
         m.push_back( admin( "Chỉ thị", "16/CT-TTg", 0, vanban::date{ 2016, 1 + unsigned( k ) % 12, 1 + unsigned( k ) / 12 } ) );
         m.back().issuer = "Bộ Công an";
      }
      m.push_back( admin( "Chỉ thị", "16/CT-TTg", 2016, vanban::date{ 2016, 5, 16 } ) );
      auto bare = admin( "Chỉ thị", "16/CT-TTg", 0 );
      bare.issuer = "Thủ tướng Chính phủ";
      m.push_back( bare );
      return settle_ids( m, 0 ).back();
   };
   BOOST_TEST( run( 63 ) == "vn/chi-thi/16-ct-ttg/2016" );
   BOOST_TEST( run( 64 ) == "vn/chi-thi/16-ct-ttg/_" );
}

BOOST_AUTO_TEST_SUITE_END()
