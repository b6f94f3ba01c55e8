// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The gates in front of qualified_rest and of caps_qualified_rest's words (grammar::
// words_before_so) may only fail where the rule behind them fails: the gate's rule in PEG
// (horizon below) must hold wherever the ungated rule matches, the hand-written gate wherever
// its rule in PEG does, and the gated rules must match exactly as far as the ungated ones —
// checked at every position of real texts.

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include <tao/pegtl.hpp>

#include <vanban/extract.hpp>

#include "vanban/grammar/citation.hpp"
#include "grammar/check_rule.hpp"
#include "normalize/normalize.hpp"
#include "text/utf8.hpp"
#include "test_util.hpp"

namespace g = vanban::grammar;
namespace pegtl = tao::pegtl;
using vanban::test::check_match;
using vanban::test::check_no_match;

namespace {

// the gate's rule in PEG: plain_word (qualifier_sep plain_word){0,N} sp "số"
struct plain_word : pegtl::seq< pegtl::not_at< g::kw_so >, pegtl::plus< g::letter_char >, g::word_end > {};
template< unsigned N >
struct horizon : pegtl::seq< plain_word, pegtl::rep_opt< N, g::qualifier_sep, plain_word >, g::sp, g::kw_so > {};

// the rules as they were before the gates
struct ungated_qualified_rest : pegtl::seq< g::qualifiers, g::sp, pegtl::at< g::so_marker >, g::list_item, pegtl::star< g::list_sep, g::list_item >, g::citation_attrs > {};
struct ungated_caps_qualified_rest : pegtl::seq< g::capital_type_guard, pegtl::sor< g::leading_issuer, pegtl::seq< g::caps_qualifiers, g::sp > >, pegtl::at< g::so_marker >, g::list_item,
                                                 pegtl::star< g::list_sep, g::list_item >, g::citation_attrs > {};
// the part of caps_qualified_rest the caps gate stands for
struct caps_words_before_so : pegtl::seq< g::caps_qualifiers, g::sp, pegtl::at< g::so_marker > > {};

// (match_at: grammar/check_rule.hpp; no actions, so the guards succeed)
using vanban::test::match_at;

struct report
{
   std::vector<std::string> wrong;
   std::size_t qualified = 0;   // positions where the ungated qualified_rest matches
   std::size_t four_words = 0;  // … with four qualifier words (the most it takes)
   std::size_t caps_words = 0;  // positions where caps words and "số" match
   std::size_t eight_words = 0; // … with eight caps words (the most they take)
};

/// Checks every code point of the normalized text, or every word start (where the scan tries
/// the rules: they come after blanks).
void check_text( const std::string& original, bool word_starts, report& r )
{
   const auto n = vanban::detail::normalize( original, vanban::options{} );
   const std::string_view t = n.text;
   const auto wrong = [ & ]( std::size_t i, const std::string& what ) { r.wrong.push_back( what + " at " + std::string( t.substr( i, 60 ) ) ); };
   for( std::size_t i = 0; i < t.size(); ++i ) {
      if( ( static_cast<unsigned char>( t[ i ] ) & 0xC0 ) == 0x80 ) {
         continue;
      }
      if( word_starts && i > 0 && vanban::detail::is_word_before( t.data(), t.data() + i ) ) {
         continue;
      }
      const long h3 = match_at< horizon< 3 > >( t, i );
      const long h7 = match_at< horizon< 7 > >( t, i );
      if( h3 >= 0 && match_at< g::words_before_so< 3 > >( t, i ) < 0 ) {
         wrong( i, "horizon<3> holds, words_before_so<3> not" );
      }
      if( h7 >= 0 && match_at< g::words_before_so< 7 > >( t, i ) < 0 ) {
         wrong( i, "horizon<7> holds, words_before_so<7> not" );
      }
      const long q = match_at< ungated_qualified_rest >( t, i );
      if( q >= 0 ) {
         ++r.qualified;
         r.four_words += match_at< horizon< 2 > >( t, i ) < 0;
         if( h3 < 0 ) {
            wrong( i, "qualified_rest matches, horizon<3> not" );
         }
         if( match_at< g::qualified_horizon >( t, i ) < 0 ) {
            wrong( i, "qualified_rest matches, qualified_horizon not" );
         }
      }
      if( match_at< g::qualified_rest >( t, i ) != q ) {
         wrong( i, "gated and ungated qualified_rest differ" );
      }
      if( match_at< caps_words_before_so >( t, i ) >= 0 ) {
         ++r.caps_words;
         r.eight_words += match_at< horizon< 6 > >( t, i ) < 0;
         if( h7 < 0 ) {
            wrong( i, "caps words and \"số\" match, horizon<7> not" );
         }
         if( match_at< g::caps_horizon >( t, i ) < 0 ) {
            wrong( i, "caps words and \"số\" match, caps_horizon not" );
         }
      }
      if( match_at< g::caps_qualified_rest >( t, i ) != match_at< ungated_caps_qualified_rest >( t, i ) ) {
         wrong( i, "gated and ungated caps_qualified_rest differ" );
      }
   }
}

using vanban::test::first;

}  // namespace

BOOST_AUTO_TEST_SUITE( qualified_gate_test )

BOOST_AUTO_TEST_CASE( the_gate_reads_up_to_four_words_then_so )
{
   check_match<g::qualified_horizon>( "giải trình tiếp thu số 494/BC-UBND", "giải trình tiếp thu số" );  // 4 words
   check_no_match<g::qualified_horizon>( "giải trình và tiếp thu số 494/BC-UBND" );                     // 5 words
   check_match<g::qualified_horizon>( "giải trình, tiếp thu số 494/BC-UBND", "giải trình, tiếp thu số" );  // a comma between words
   check_match<g::qualified_horizon>( "tiếp thu\nsố 494/BC-UBND", "tiếp thu\nsố" );                     // a line break before "số"
   check_match<g::qualified_horizon>( "giải trình,\ntiếp \n\n thu \n\nsố 494", "giải trình,\ntiếp \n\n thu \n\nsố" );
   check_match<g::qualified_horizon>( "giải trình số347/TTr-CP", "giải trình số" );  // "số" glued to its number
   check_match<g::qualified_horizon>( "tiếp thu Số 494", "tiếp thu Số" );
   check_match<g::qualified_horizon>( "tiếp thu SỐ 494", "tiếp thu SỐ" );
   check_match<g::qualified_horizon>( "tiếp thu số", "tiếp thu số" );  // at the end of the text
   check_match<g::qualified_horizon>( "sống số 12", "sống số" );       // "sống" is a word, not "số"
   check_no_match<g::qualified_horizon>( "số 494/BC-UBND" );           // no word before "số"
   check_no_match<g::qualified_horizon>( "tại khoản 2 Điều 5" );       // a number ends the words
   check_no_match<g::qualified_horizon>( "tiếp thu 2 số" );
   check_no_match<g::qualified_horizon>( "tiếp thu2 số" );
   check_no_match<g::qualified_horizon>( "của tỉnh. Số 5" );           // so does punctuation
   check_no_match<g::qualified_horizon>( "tiếp thu: số 494" );
   check_no_match<g::qualified_horizon>( "tiếp thu sống" );
   check_no_match<g::qualified_horizon>( "tiếp thu sỐ 494" );          // not a spelling of "số"
   check_no_match<g::qualified_horizon>( "giải trình" );
   check_no_match<g::qualified_horizon>( "" );
   // after a capitalized type word, up to 8 words
   check_match<g::caps_horizon>( "liên ngành Tư pháp Trung ương Công an Số 23", "liên ngành Tư pháp Trung ương Công an Số" );
   check_no_match<g::caps_horizon>( "liên ngành Tư pháp Trung ương Bộ Công an Số 23" );
}

// the gate looks nothing up: it holds where the rule behind it fails on a word
BOOST_AUTO_TEST_CASE( the_gate_holds_before_words_the_rule_rejects )
{
   check_match<g::qualified_horizon>( "theo mẫu số 01/MGTH", "theo mẫu số" );  // a form
   check_no_match<g::qualified_rest>( "theo mẫu số 01/MGTH" );
   check_match<g::qualified_horizon>( "của Ban Tổ chức số 12/BC-BTC", "của Ban Tổ chức số" );
   check_no_match<g::qualified_rest>( "của Ban Tổ chức số 12/BC-BTC" );
   check_match<g::qualified_rest>( "giải trình, tiếp thu số 494/BC-UBND;", "giải trình, tiếp thu số 494/BC-UBND" );
   check_match<g::qualified_rest>( "giải trình tiếp thu số 494/BC-UBND;", "giải trình tiếp thu số 494/BC-UBND" );
   check_no_match<g::qualified_rest>( "giải trình và tiếp thu số 494/BC-UBND" );
}

// the gate's rule in PEG; read byte by byte, the gate also holds in a few places where it does not
BOOST_AUTO_TEST_CASE( the_gate_holds_wherever_its_rule_in_peg_does )
{
   check_match<horizon< 3 >>( "giải trình, tiếp thu số 494", "giải trình, tiếp thu số" );
   check_match<horizon< 3 >>( "giải trình tiếp thu\nsố 494", "giải trình tiếp thu\nsố" );
   check_no_match<horizon< 3 >>( "giải trình và tiếp thu số 494" );
   check_no_match<horizon< 3 >>( "giải trình, số 494" );  // a comma before "số"
   check_match<g::qualified_horizon>( "giải trình, số 494", "giải trình, số" );
   check_no_match<horizon< 3 >>( "giải “trình” số 494" );  // a quotation mark is no letter
   check_match<g::qualified_horizon>( "giải “trình” số 494", "giải “trình” số" );
}

BOOST_AUTO_TEST_CASE( gated_and_ungated_rules_agree_on_the_test_texts )
{
   const auto data = vanban::test::data_dir();
   std::vector<std::filesystem::path> paths{ data / "seed.txt" };
   for( const auto& e : std::filesystem::recursive_directory_iterator( data / "structure" ) ) {
      if( e.path().extension() == ".txt" ) {
         paths.push_back( e.path() );
      }
   }
   report r;
   for( const auto& p : paths ) {
      BOOST_TEST_CONTEXT( p.filename().string() )
      {
         r.wrong.clear();
         check_text( vanban::test::read_file( p ), false, r );
         BOOST_TEST( r.wrong.empty(), first( r.wrong ) );
      }
   }
   BOOST_TEST( paths.size() >= 10u );
   BOOST_TEST_MESSAGE( "test texts: qualified_rest matches at " << r.qualified << " positions (" << r.four_words << " with four words), caps words and \"số\" at "
                                                                << r.caps_words << " (" << r.eight_words << " with eight)" );
   // the gates' bounds are reached: a gate of a word less fails here
   BOOST_TEST( r.four_words > 0u );
   BOOST_TEST( r.eight_words > 0u );
}

BOOST_AUTO_TEST_CASE( gated_and_ungated_rules_agree_on_the_corpus )
{
   // at word starts, where the scan tries the rules (after blanks): every code point of the
   // corpus takes three times as long
   const auto shared = vanban::test::shared_dir();
   if( !shared ) {
      BOOST_TEST_MESSAGE( "../shared is absent: corpus check skipped" );
      return;
   }
   report r;
   std::size_t files = 0;
   for( const auto& e : std::filesystem::directory_iterator( *shared / "corpus" / "docs" ) ) {
      r.wrong.clear();
      check_text( vanban::test::read_file( e.path() ), true, r );
      BOOST_TEST( r.wrong.empty(), e.path().filename().string() + ": " + first( r.wrong ) );
      ++files;
   }
   BOOST_TEST( files == 984u );
   BOOST_TEST_MESSAGE( "corpus: qualified_rest matches at " << r.qualified << " positions (" << r.four_words << " with four words), caps words and \"số\" at "
                                                            << r.caps_words << " (" << r.eight_words << " with eight)" );
   BOOST_TEST( r.four_words > 0u );
   BOOST_TEST( r.eight_words > 0u );
}

BOOST_AUTO_TEST_SUITE_END()
