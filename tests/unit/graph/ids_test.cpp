// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Canonical ids (docs/ids.md): one id for every surface form of one document, different ids for
// different documents sharing a number, `_` where the text does not settle a part.

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

#include "model/ids.hpp"

namespace {

/// The ids of the mentions of `text`, in text order.
std::vector<std::string> ids( std::string_view text )
{
   std::vector<std::string> out;
   for( const auto& c : vanban::extract( text ).citations ) {
      out.push_back( c.id );
   }
   return out;
}

std::string first_id( std::string_view text )
{
   const auto all = ids( text );
   BOOST_REQUIRE( !all.empty() );
   return all.front();
}

}  // namespace

BOOST_AUTO_TEST_SUITE( ids_test )

BOOST_AUTO_TEST_CASE( every_surface_form_of_one_directive_has_one_id )
{
   const std::string full = first_id( "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ." );
   BOOST_TEST( full == "vn/chi-thi/16-ct-ttg/2016" );
   // en dash in the symbol, a year label instead of the date, no "số"
   BOOST_TEST( first_id( "Thực hiện Chỉ thị 16/CT–TTg năm 2016 về công tác dân vận." ) == full );
   // decomposed (NFD) spelling of the full form
   BOOST_TEST( first_id( "Thu\u031b\u0323c hie\u0323\u0302n Chi\u0309 thi\u0323 so\u0302\u0301 16/CT-TTg nga\u0300y 16/5/2016 cu\u0309a Thu\u0309 tu\u031bo\u031b\u0301ng Chi\u0301nh phu\u0309." ) == full );
   // spaces around the separators, a line break inside the mention
   BOOST_TEST( first_id( "theo Chỉ thị số 16 / CT - TTg\nngày 16 tháng 5 năm 2016" ) == full );
}

BOOST_AUTO_TEST_CASE( administrative_numbers_restart_every_year )
{
   BOOST_TEST( first_id( "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện biện pháp cấp bách phòng, chống dịch COVID-19" ) == "vn/chi-thi/16-ct-ttg/2020" );
   BOOST_TEST( first_id( "Công văn số 1911/BNV-TCPCP ngày 05/4/2024" ) == "vn/cong-van/1911-bnv-tcpcp/2024" );
}

BOOST_AUTO_TEST_CASE( party_numbers_restart_every_term )
{
   BOOST_TEST( first_id( "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII" ) == "vn/nghi-quyet/18-nq-tw/2017" );
   BOOST_TEST( first_id( "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII" ) == "vn/nghi-quyet/18-nq-tw/2022" );
}

BOOST_AUTO_TEST_CASE( local_numbers_repeat_in_every_province )
{
   const std::string bac_kan = first_id( "Kế hoạch số 05/KH-UBND ngày 11/01/2021 của UBND tỉnh Bắc Kạn" );
   const std::string quang_ninh = first_id( "Kế hoạch số 05/KH-UBND ngày 11/01/2021 của UBND tỉnh Quảng Ninh" );
   BOOST_TEST( bac_kan == "vn/ke-hoach/05-kh-ubnd/2021/bac-kan" );
   BOOST_TEST( quang_ninh == "vn/ke-hoach/05-kh-ubnd/2021/quang-ninh" );
   // a local normative number carries its year but still repeats per province
   BOOST_TEST( first_id( "Quyết định số 05/2025/QĐ-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh Hà Tĩnh" ) == "vn/quyet-dinh/05-2025-qd-ubnd/ha-tinh" );
}

BOOST_AUTO_TEST_CASE( normative_and_legislative_numbers_carry_their_year )
{
   BOOST_TEST( first_id( "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ" ) == "vn/nghi-dinh/30-2020-nd-cp" );
   BOOST_TEST( first_id( "Nghị định 30/2020/NĐ-CP" ) == "vn/nghi-dinh/30-2020-nd-cp" );
   BOOST_TEST( first_id( "Luật số 59/2020/QH14" ) == "vn/luat/59-2020-qh14" );
}

BOOST_AUTO_TEST_CASE( unknown_parts_are_marked_incomplete )
{
   BOOST_TEST( first_id( "Thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập" ) == "vn/chi-thi/05-ct-tw/_" );
   BOOST_TEST( first_id( "theo Kế hoạch số 12/KH-UBND ngày 02/3/2023 của Ủy ban nhân dân tỉnh" ) == "vn/ke-hoach/12-kh-ubnd/2023/_" );
   // laws are re-enacted under one name: without the year the name does not settle which
   BOOST_TEST( first_id( "Căn cứ Luật Đất đai;" ) == "vn/luat/dat-dai/_" );
   BOOST_TEST( first_id( "Căn cứ Luật Đất đai năm 2024;" ) == "vn/luat/dat-dai/2024" );
   BOOST_TEST( vanban::detail::is_incomplete_id( "vn/luat/dat-dai/_" ) );
   BOOST_TEST( vanban::detail::is_incomplete_id( "vn/ke-hoach/12-kh-ubnd/_/bac-kan" ) );
   BOOST_TEST( !vanban::detail::is_incomplete_id( "vn/ke-hoach/12-kh-ubnd/2023/bac-kan" ) );
   // "_" for the number: the type is known, not which document
   BOOST_TEST( vanban::detail::is_unidentified_id( "vn/nghi-dinh/_" ) );
   BOOST_TEST( vanban::detail::is_unidentified_id( "vn/luat/_/2020" ) );
   BOOST_TEST( !vanban::detail::is_unidentified_id( "vn/hien-phap/_" ) );  // a constitution's year
   BOOST_TEST( !vanban::detail::is_unidentified_id( "vn/chi-thi/05-ct-tw/_" ) );
   BOOST_TEST( !vanban::detail::is_unidentified_id( "text/_" ) );
}

BOOST_AUTO_TEST_CASE( a_constitution_is_named_by_its_year )
{
   BOOST_TEST( first_id( "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;" ) == "vn/hien-phap/2013" );
   BOOST_TEST( first_id( "theo Hiến pháp năm 2013" ) == "vn/hien-phap/2013" );
   BOOST_TEST( first_id( "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;" ) == "vn/hien-phap/_" );
}

BOOST_AUTO_TEST_CASE( party_conferences_are_named_by_term_not_year )
{
   BOOST_TEST( first_id( "quán triệt Nghị quyết Trung ương 4 khóa XII" ) == "vn/nghi-quyet/trung-uong-4-khoa-xii" );
}

BOOST_AUTO_TEST_CASE( helpers )
{
   using namespace vanban::detail;
   BOOST_TEST( number_year( "30/2020/NĐ-CP" ) == 2020 );
   BOOST_TEST( number_year( "80/2015/QH13" ) == 2015 );
   BOOST_TEST( number_year( "176/2025" ) == 2025 );
   BOOST_TEST( number_year( "16/CT-TTg" ) == 0 );
   BOOST_TEST( number_year( "25-NQ/TW" ) == 0 );
   BOOST_TEST( number_year( "1911/BNV-TCPCP" ) == 0 );
   BOOST_TEST( party_term_years( "XII" ).first == 2016 );
   BOOST_TEST( party_term_years( "XII" ).second == 2021 );
   BOOST_TEST( party_term_years( "XIV" ).first == 2026 );
   BOOST_TEST( party_term_years( "IX" ).first == 2001 );
   BOOST_TEST( party_term_years( "Q" ).first == 0 );
   BOOST_TEST( issuers_agree( "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Bắc Kạn" ) );
   BOOST_TEST( issuers_agree( "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai" ) );
   // the head signs for the collective ("TM. Chính phủ, Thủ tướng"): texts name either
   BOOST_TEST( issuers_agree( "Chính phủ", "Thủ tướng Chính phủ" ) );
   BOOST_TEST( issuers_agree( "Tỉnh ủy Đồng Nai", "Ban Thường vụ Tỉnh ủy Đồng Nai" ) );
   BOOST_TEST( !issuers_agree( "Ủy ban nhân dân tỉnh Bắc Kạn", "Ủy ban nhân dân tỉnh Bắc Ninh" ) );
   BOOST_TEST( !issuers_agree( "Bộ Tài chính", "Bộ Y tế" ) );
   BOOST_TEST( dates_agree( { 2016, 5, 16 }, { 2016, 0, 0 } ) );
   BOOST_TEST( !dates_agree( { 2016, 5, 16 }, { 2016, 5, 17 } ) );
   BOOST_TEST( !dates_agree( { 2016, 5, 16 }, { 2020, 3, 31 } ) );
   BOOST_TEST( slug( "Ủy ban nhân dân tỉnh Bắc Kạn" ) == "uy-ban-nhan-dan-tinh-bac-kan" );
   BOOST_TEST( slug( "66.7/2025/NQ-CP" ) == "66.7-2025-nq-cp" );
   // precomposed and decomposed letters alike (U+0300 … U+036F are skipped), Đ as d; past the
   // cached range (U+2000 on) ICU is asked: a mark (U+20D0) is skipped, a letter without a
   // canonical decomposition (U+FB01 "ﬁ", U+0394 Δ) separates like punctuation
   BOOST_TEST( slug( "Quy\u1EBFt \u0111\u1ECBnh" ) == "quyet-dinh" );
   BOOST_TEST( slug( "Quye\u0302\u0301t \u0110i\u0323nh" ) == "quyet-dinh" );
   BOOST_TEST( slug( "A\u20D0B \u0394 C\uFB01D \u1F71E" ) == "ab-c-d-e" );
   BOOST_TEST( body_id( "Thủ tướng Chính phủ" ) == "body/thu-tuong-chinh-phu" );
   BOOST_TEST( person_id( "Phạm Văn Thịnh", std::string( "Bắc Kạn" ) ) == "person/bac-kan/pham-van-thinh" );
   BOOST_TEST( person_id( "Phạm Minh Chính", std::nullopt ) == "person/pham-minh-chinh" );
}

BOOST_AUTO_TEST_SUITE_END()
