// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>

#include "resolve/symbol.hpp"

using vanban::numbering;
using vanban::detail::analyze_symbol;
using vanban::detail::type_of_code;

BOOST_AUTO_TEST_SUITE( symbol_test )

BOOST_AUTO_TEST_CASE( administrative_number )
{
   const auto s = analyze_symbol( "16/CT-TTg" );
   BOOST_TEST( s.canonical == "16/CT-TTg" );
   BOOST_TEST( ( s.family == numbering::administrative ) );
   BOOST_TEST( s.type_code == "CT" );
   BOOST_TEST( s.issuer_codes == std::vector<std::string>{ "TTg" } );
   BOOST_TEST( type_of_code( s ) == "Chỉ thị" );
}

BOOST_AUTO_TEST_CASE( normative_number_carries_its_year )
{
   const auto s = analyze_symbol( "30/2020/NĐ-CP" );
   BOOST_TEST( ( s.family == numbering::normative ) );
   BOOST_TEST( s.year == 2020 );
   BOOST_TEST( s.type_code == "NĐ" );
   BOOST_TEST( s.issuer_codes == std::vector<std::string>{ "CP" } );
}

BOOST_AUTO_TEST_CASE( laws_carry_the_national_assembly_term )
{
   const auto s = analyze_symbol( "45/2019/QH14" );
   BOOST_TEST( ( s.family == numbering::legislative ) );
   BOOST_TEST( s.term == 14 );
   BOOST_TEST( s.issuer_codes == std::vector<std::string>{ "QH" } );
   BOOST_TEST( s.type_code.empty() );
}

BOOST_AUTO_TEST_CASE( party_number )
{
   const auto s = analyze_symbol( "25-NQ/TW" );
   BOOST_TEST( ( s.family == numbering::party ) );
   BOOST_TEST( s.type_code == "NQ" );
   BOOST_TEST( s.issuer_codes == std::vector<std::string>{ "TW" } );
   BOOST_TEST( type_of_code( analyze_symbol( "08-QĐi/TW" ) ) == "Quy định" );
   BOOST_TEST( type_of_code( analyze_symbol( "01-TT/TW" ) ) == "Thông tri" );  // TT is Thông tri in Party symbols
   BOOST_TEST( type_of_code( analyze_symbol( "01/2021/TT-BNV" ) ) == "Thông tư" );
}

BOOST_AUTO_TEST_CASE( joint_circular_lists_each_issuer )
{
   const auto s = analyze_symbol( "01/2016/TTLT-TANDTC-VKSNDTC-BTP" );
   BOOST_TEST( s.issuer_codes == ( std::vector<std::string>{ "TANDTC", "VKSNDTC", "BTP" } ) );
}

BOOST_AUTO_TEST_CASE( official_letter_has_issuer_and_unit_but_no_type )
{
   const auto s = analyze_symbol( "1911/BNV-TCPCP" );
   BOOST_TEST( s.type_code.empty() );
   BOOST_TEST( s.issuer_codes == std::vector<std::string>{ "BNV" } );
   BOOST_TEST( s.units == std::vector<std::string>{ "TCPCP" } );
   const auto u = analyze_symbol( "454/KH-BCA-T03" );
   BOOST_TEST( u.issuer_codes == std::vector<std::string>{ "BCA" } );
   BOOST_TEST( u.units == std::vector<std::string>{ "T03" } );
}

BOOST_AUTO_TEST_CASE( canonical_form_drops_spaces_around_separators_only )
{
   BOOST_TEST( analyze_symbol( "44 /UBND-HCC" ).canonical == "44/UBND-HCC" );
   BOOST_TEST( analyze_symbol( "43/2023/TT-\nBTC" ).canonical == "43/2023/TT-BTC" );
   BOOST_TEST( analyze_symbol( "704 NQ/HĐNN7" ).canonical == "704 NQ/HĐNN7" );
   BOOST_TEST( analyze_symbol( "287 - QĐ/TWĐTN-CTTN" ).canonical == "287-QĐ/TWĐTN-CTTN" );
}

BOOST_AUTO_TEST_CASE( a_hyphen_for_a_slash_is_read_as_the_slash )
{
   // kept as written (the gold's contract: numbers as written), read with the slash
   const auto party = analyze_symbol( "366-QĐ-TW" );
   BOOST_TEST( party.canonical == "366-QĐ-TW" );
   BOOST_TEST( party.key == "366-QĐ/TW" );
   BOOST_TEST( ( party.family == numbering::party ) );
   BOOST_TEST( party.type_code == "QĐ" );
   BOOST_TEST( party.issuer_codes == std::vector<std::string>{ "TW" } );
   BOOST_TEST( party.repaired );
   const auto normative = analyze_symbol( "255/2025-NĐ-CP" );
   BOOST_TEST( normative.canonical == "255/2025-NĐ-CP" );
   BOOST_TEST( normative.key == "255/2025/NĐ-CP" );
   BOOST_TEST( ( normative.family == numbering::normative ) );
   BOOST_TEST( normative.year == 2025 );
   BOOST_TEST( normative.type_code == "NĐ" );
   BOOST_TEST( normative.issuer_codes == std::vector<std::string>{ "CP" } );
   BOOST_TEST( normative.repaired );
   // written right already, or codes that leave a doubt: as they are
   for( const char* n : { "30/2020/NĐ-CP", "25-NQ/TW", "63-SL", "121-NV-TC", "366-QĐ-UBND", "255/2025-XYZ-CP", "255/2025-NĐ" } ) {
      BOOST_TEST_CONTEXT( n )
      {
         const auto s = analyze_symbol( n );
         BOOST_TEST( s.canonical == n );
         BOOST_TEST( !s.repaired );
      }
   }
}

BOOST_AUTO_TEST_CASE( short_and_historical_forms_are_other )
{
   BOOST_TEST( ( analyze_symbol( "73" ).family == numbering::other ) );
   BOOST_TEST( analyze_symbol( "176/2025" ).year == 2025 );
   BOOST_TEST( ( analyze_symbol( "63-SL" ).family == numbering::other ) );
}

BOOST_AUTO_TEST_CASE( symbols_spelled_with_spaces_keep_their_spelling_and_get_separators )
{
   const auto s = analyze_symbol( "41 2025 TT BTC" );
   BOOST_TEST( s.canonical == "41 2025 TT BTC" );
   BOOST_TEST( s.key == "41/2025/TT-BTC" );
   BOOST_TEST( ( s.family == numbering::normative ) );
   BOOST_TEST( s.type_code == "TT" );
   BOOST_TEST( s.issuer_codes == std::vector<std::string>{ "BTC" } );
}

BOOST_AUTO_TEST_CASE( the_type_word_settles_a_code_collision )
{
   // §2.4: CT is Chỉ thị in 16/CT-TTg, and Cục Thuế at the head of a công văn's symbol
   const auto a = analyze_symbol( "348/CT-CS", "Công văn" );
   BOOST_TEST( a.type_code.empty() );
   BOOST_TEST( a.issuer_codes == std::vector<std::string>{ "CT" } );
   const auto b = analyze_symbol( "348/CT-CS" );
   BOOST_TEST( b.type_code == "CT" );
   const auto c = analyze_symbol( "39/CV-MTTQ-BTT", "Công văn" );
   BOOST_TEST( c.type_code == "CV" );
}

BOOST_AUTO_TEST_CASE( historical_and_old_ordinance_forms )
{
   BOOST_TEST( ( analyze_symbol( "63-SL" ).family == numbering::other ) );
   const auto pl = analyze_symbol( "08/2008/PL-UBTVQH12" );
   BOOST_TEST( type_of_code( pl ) == "Pháp lệnh" );
   BOOST_TEST( pl.issuer_codes == std::vector<std::string>{ "UBTVQH" } );
   BOOST_TEST( pl.term == 12 );
   const auto hdnn = analyze_symbol( "704 NQ/HĐNN7" );
   BOOST_TEST( ( hdnn.family == numbering::party ) );
   BOOST_TEST( hdnn.issuer_codes == std::vector<std::string>{ "HĐNN" } );
}

BOOST_AUTO_TEST_CASE( symbols_of_letters_as_found )
{
   const auto a = analyze_symbol( "25-2303/PBHC-KD" );
   BOOST_TEST( ( a.family == numbering::administrative ) );
   BOOST_TEST( a.issuer_codes == std::vector<std::string>{ "PBHC" } );
   const auto b = analyze_symbol( "4499/TTr-SYT" );
   BOOST_TEST( type_of_code( b ) == "Tờ trình" );
   BOOST_TEST( b.issuer_codes == std::vector<std::string>{ "SYT" } );
}

BOOST_AUTO_TEST_SUITE_END()
