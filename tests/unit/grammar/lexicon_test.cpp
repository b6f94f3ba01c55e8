// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The lexicon's matching functions: longest key, whitespace runs, word boundaries, case folding
// and the first-byte index.

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace lx = vanban::lexicon;

namespace {

std::size_t match_length( lx::keys_view v, const std::string& s )
{
   return lx::longest_match( v, s.data(), s.data() + s.size() ).length;
}

std::size_t folded_length( lx::keys_view v, const std::string& s )
{
   return lx::longest_match_folded( v, s.data(), s.data() + s.size() ).length;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( lexicon_test )

BOOST_AUTO_TEST_CASE( longest_key_wins_and_whitespace_runs_match_one_space )
{
   const auto types = lx::doc_types().view();
   BOOST_TEST( match_length( types, "Thông tư liên tịch số" ) == std::string( "Thông tư liên tịch" ).size() );
   BOOST_TEST( match_length( types, "Thông tư số" ) == std::string( "Thông tư" ).size() );
   BOOST_TEST( match_length( types, "Nghị\n  quyết số" ) == std::string( "Nghị\n  quyết" ).size() );
   BOOST_TEST( match_length( types, "Luậtsư" ) == 0u );  // a key ends at a word boundary
}

BOOST_AUTO_TEST_CASE( a_table_finds_what_a_full_search_finds )
{
   // every key of these tables, as input, is found through the table's trie and by the sorted search
   for( const auto& v : { lx::doc_types().view(), lx::cues().view(), lx::provinces().view(), lx::issuing_verbs().view(), lx::name_stops().view() } ) {
      for( const auto& k : v.keys ) {
         const std::string s = std::string( k.text ) + " x";
         const auto a = lx::longest_match( v, s.data(), s.data() + s.size() );
         const auto b = lx::longest_match( v.keys, s.data(), s.data() + s.size() );
         BOOST_TEST( a.length == b.length );
         BOOST_TEST( a.length >= k.text.size() );
      }
   }
   BOOST_TEST( match_length( lx::doc_types().view(), "" ) == 0u );
   BOOST_TEST( match_length( lx::doc_types().view(), "9 Nghị định" ) == 0u );
}

BOOST_AUTO_TEST_CASE( folded_matching_reads_any_case )
{
   const auto bodies = lx::bodies_folded().view();
   BOOST_TEST( folded_length( bodies, "Ban chỉ đạo Trung ương về" ) == std::string( "Ban chỉ đạo Trung ương" ).size() );
   BOOST_TEST( folded_length( bodies, "BỘ TÀI CHÍNH hướng dẫn" ) == std::string( "BỘ TÀI CHÍNH" ).size() );
   BOOST_TEST( folded_length( bodies, "Ủy Ban Nhân Dân tỉnh" ) == std::string( "Ủy Ban Nhân Dân" ).size() );
   BOOST_TEST( folded_length( bodies, "Chính phủ." ) == std::string( "Chính phủ" ).size() );
   BOOST_TEST( folded_length( bodies, "Chính phủx" ) == 0u );
   const auto laws = lx::law_names().view();
   BOOST_TEST( folded_length( laws, "Đất Đai năm 2024" ) == std::string( "Đất Đai" ).size() );
}

// The tries (lexicon::key_trie) find what the sorted search finds: each key of every table as
// itself, with its spaces written as line breaks and runs of blanks, and cut or extended; and
// the same match at every byte of a text.
BOOST_AUTO_TEST_CASE( the_tries_find_what_the_sorted_search_finds )
{
   const std::vector<lx::keys_view> plain = { lx::doc_types().view(), lx::doc_types_cased().view(), lx::bodies().view(), lx::org_heads().view(),
                                              lx::holder_titles().view(), lx::name_stops().view(), lx::name_stops_hard().view(), lx::org_stops().view(),
                                              lx::name_rejects().view(), lx::provinces().view(), lx::cues().view(), lx::issuing_verbs().view(),
                                              lx::signer_prefixes().view(), lx::signer_titles().view(), lx::open_words().view() };
   const std::vector<lx::keys_view> folded = { lx::bodies_folded().view(), lx::law_names().view(), lx::org_heads().view() };
   const auto wrapped = []( std::string_view k ) {
      std::string w;
      for( const char c : k ) {
         w += c == ' ' ? std::string( " \n\t " ) : std::string( 1, c );
      }
      return w;
   };
   const auto same = [ & ]( const lx::keys_view& v, const std::string& s, bool fold ) {
      const char* b = s.data();
      const char* e = s.data() + s.size();
      const auto a = fold ? lx::longest_match_folded( v, b, e ) : lx::longest_match( v, b, e );
      const auto z = fold ? lx::longest_match_folded( v.keys, b, e ) : lx::longest_match( v.keys, b, e );
      BOOST_TEST( a.length == z.length, s );
      BOOST_TEST( ( a.entry == z.entry ), s );
      return a.length;
   };
   std::size_t checked = 0;
   for( const auto& v : plain ) {
      BOOST_REQUIRE( v.trie != nullptr );
      for( const auto& k : v.keys ) {
         const std::string t( k.text );
         BOOST_TEST( same( v, t, false ) == k.text.size(), k.text );
         const std::string w = wrapped( k.text );
         BOOST_TEST( same( v, w, false ) == w.size(), k.text );
         same( v, t + "x", false );   // no boundary after a word
         same( v, t + ".", false );
         same( v, t.substr( 0, t.size() - 1 ), false );
         ++checked;
      }
   }
   for( const auto& v : folded ) {
      BOOST_REQUIRE( v.trie != nullptr );
      for( const auto& k : v.keys ) {
         if( k.variant == 0 ) {  // the folded tables' keys are lower case
            const std::string t( k.text );
            BOOST_TEST( same( v, t, true ) == k.text.size(), k.text );
            same( v, t + " x", true );
            same( v, t + "x", true );
            ++checked;
         }
      }
   }
   BOOST_TEST( checked > 1000u );
   // every key cut after each of its bytes, and with each byte changed: a search that stops or
   // goes wrong inside a run of single edges (compared as one run of bytes) finds what the
   // sorted search finds
   std::size_t cuts = 0;
   std::size_t differ = 0;
   for( const auto& v : plain ) {
      for( const auto& k : v.keys ) {
         for( std::size_t j = 1; j < k.text.size(); ++j ) {
            std::string t( k.text.substr( 0, j ) );
            const auto a = lx::longest_match( v, t.data(), t.data() + t.size() );
            const auto z = lx::longest_match( v.keys, t.data(), t.data() + t.size() );
            differ += a.length != z.length || a.entry != z.entry;
            t = std::string( k.text );
            t[ j ] = t[ j ] == '#' ? '%' : '#';
            const auto b = lx::longest_match( v, t.data(), t.data() + t.size() );
            const auto y = lx::longest_match( v.keys, t.data(), t.data() + t.size() );
            differ += b.length != y.length || b.entry != y.entry;
            cuts += 2;
         }
      }
   }
   BOOST_TEST( cuts > 30000u );
   BOOST_TEST( differ == 0u );
   // every byte of a realistic text, with every table
   const std::string text =
      "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015; theo đề nghị của Giám đốc Sở Tư pháp, "
      "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN ban hành Kế hoạch thực hiện Kết luận số 03-KL/TU của Tỉnh ủy, Bộ Chính trị, Ban Bí thư; "
      "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG; Ban chỉ đạo Trung ương, Ủy Ban Nhân Dân tỉnh Lạng Sơn sửa đổi, bổ sung "
      "Nghị\n  quyết, các văn bản được giao, Luật Đất Đai năm 2024. "
      // letters whose lower case has another length end a folded match (İ → i, K (Kelvin) → k),
      // Latin Extended-B and ICU's other blocks fold too ("Ǆ", "Ω")
      "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN İ \u212A ǄƠƯ ΩΣ ban chỉ đạo trung ương\u212A, BỘ TÀI CHÍNH";
   for( std::size_t i = 0; i < text.size(); ++i ) {
      if( ( static_cast<unsigned char>( text[ i ] ) & 0xC0 ) == 0x80 ) {
         continue;
      }
      for( const auto& v : plain ) {
         same( v, text.substr( i ), false );
      }
      for( const auto& v : folded ) {
         same( v, text.substr( i ), true );
      }
   }
   BOOST_TEST( match_length( lx::doc_types().view(), "Quyết định số" ) == std::string( "Quyết định" ).size() );
   BOOST_TEST( folded_length( lx::bodies_folded().view(), "được giao" ) == 0u );
}

// The scan skips positions at blanks and ASCII punctuation without trying its recognizers
// (grammar/scan.hpp, mention_char): none of the tables they open with may have an entry
// beginning there.
BOOST_AUTO_TEST_CASE( the_tables_the_scan_opens_with_begin_with_letters_or_digits )
{
   const std::vector<std::span<const lx::key>> opening = { lx::doc_types().keys, lx::cues().keys, lx::issuing_verbs().keys, lx::holder_titles().keys,
                                                           lx::bodies_folded().keys, lx::org_heads().keys };
   for( const auto& keys : opening ) {
      for( const auto& k : keys ) {
         const auto b = static_cast<unsigned char>( k.text.front() );
         const bool ok = b >= 0x80 || ( b >= '0' && b <= '9' ) || ( ( b | 0x20 ) >= 'a' && ( b | 0x20 ) <= 'z' );
         BOOST_TEST( ok, k.text );
      }
   }
}

BOOST_AUTO_TEST_SUITE_END()
