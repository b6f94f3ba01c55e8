// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The lexicon memo (grammar/lexicon_rule.hpp): a table matched at one position again, inside
// with_lexicon_memo, is searched once; anywhere else, or outside it, it is searched each time.

#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>
#include <utility>

#include <tao/pegtl.hpp>
#include "vanban/grammar/citation.hpp"  // (the grammar headers are read in this order)

#include "grammar/check_rule.hpp"

namespace g = vanban::grammar;
namespace pegtl = tao::pegtl;
using vanban::test::match_at;

namespace {

/// The document types, counting the searches: view() is asked once a search.
struct counted_types
{
   static inline int searches = 0;
   [[nodiscard]] static vanban::lexicon::keys_view view() noexcept
   {
      ++searches;
      return vanban::lexicon::doc_types().view();
   }
};

using type_word = g::remembered_lexicon_rule< counted_types >;
using memo = g::lexicon_memo< counted_types >;

// the type word read three times at one position, as the gate, the citation and a near miss do
using three_reads = pegtl::seq< pegtl::at< type_word >, pegtl::sor< pegtl::seq< type_word, pegtl::one< '!' > >, type_word > >;

/// Throws from inside a rule.
struct thrower
{
   template< typename ParseInput >
   static bool match( ParseInput& /*unused*/ )
   {
      throw std::runtime_error( "from a rule" );
   }
};

/// Runs `R` at the start of `text` and returns how many searches it made (-1: no match).
template< typename R >
int searches_of( const std::string& text, long expected )
{
   counted_types::searches = 0;
   BOOST_TEST( match_at< R >( text, 0 ) == expected, text );
   BOOST_TEST( memo::current() == nullptr );  // no memo after the rule: the text may change
   return counted_types::searches;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( lexicon_memo_test )

BOOST_AUTO_TEST_CASE( a_position_read_again_inside_the_rule_is_searched_once )
{
   const std::string text = "Nghị định số 30/2020/NĐ-CP";
   const long type = long( std::string( "Nghị định" ).size() );
   BOOST_TEST( searches_of< three_reads >( text, type ) == 3 );  // no memo: each read searches
   BOOST_TEST( ( searches_of< g::with_lexicon_memo< counted_types, three_reads > >( text, type ) ) == 1 );
   // a failing search is remembered too
   BOOST_TEST( ( searches_of< g::with_lexicon_memo< counted_types, pegtl::sor< type_word, type_word > > >( "Nghĩa vụ", -1 ) ) == 1 );
}

BOOST_AUTO_TEST_CASE( another_position_is_searched_afresh )
{
   // "Luật" at 0 and "Nghị định" after it: two positions, two searches; back at the first, a third
   using two_words = pegtl::seq< type_word, pegtl::one< ' ' >, type_word, pegtl::one< ' ' > >;
   using back = pegtl::seq< pegtl::at< two_words >, type_word >;
   BOOST_TEST( ( searches_of< g::with_lexicon_memo< counted_types, back > >( "Luật Nghị định x", long( std::string( "Luật" ).size() ) ) ) == 3 );
}

BOOST_AUTO_TEST_CASE( the_same_position_with_another_end_is_searched_afresh )
{
   // the memo answers for one [position, end): a shorter input (another parse of the same bytes,
   // "Nghị định" cut to "Nghị") is not the same question
   const std::string text = "Nghị định số 1";
   counted_types::searches = 0;
   memo m;
   memo* const saved = std::exchange( memo::current(), &m );
   BOOST_TEST( memo::longest( text.data(), text.data() + text.size() ).length == std::string( "Nghị định" ).size() );
   BOOST_TEST( memo::longest( text.data(), text.data() + text.size() ).length == std::string( "Nghị định" ).size() );
   BOOST_TEST( memo::longest( text.data(), text.data() + std::string( "Nghị" ).size() ).length == 0u );
   BOOST_TEST( counted_types::searches == 2 );
   // what an action asks: the key of exactly the bytes matched, at the position remembered
   const char* const b = text.data();
   BOOST_TEST( memo::remembered( b, b + std::string( "Nghị định" ).size() ) == nullptr );  // the last search was the cut one
   (void)memo::longest( b, b + text.size() );
   const vanban::lexicon::key* k = memo::remembered( b, b + std::string( "Nghị định" ).size() );
   BOOST_REQUIRE( k != nullptr );
   BOOST_TEST( k->text == "Nghị định" );
   BOOST_TEST( memo::remembered( b, b + std::string( "Nghị" ).size() ) == nullptr );  // other bytes
   BOOST_TEST( memo::remembered( b + 1, b + 1 + std::string( "Nghị định" ).size() ) == nullptr );
   memo::current() = saved;
   BOOST_TEST( memo::remembered( b, b + std::string( "Nghị định" ).size() ) == nullptr );  // no memo now
}

BOOST_AUTO_TEST_CASE( the_memo_before_is_back_after_a_rule_returns_or_throws )
{
   memo outer;
   memo::current() = &outer;
   BOOST_TEST( ( match_at< g::with_lexicon_memo< counted_types, type_word > >( "Luật x", 0 ) ) == long( std::string( "Luật" ).size() ) );
   BOOST_TEST( memo::current() == &outer );
   BOOST_CHECK_THROW( ( match_at< g::with_lexicon_memo< counted_types, pegtl::seq< type_word, thrower > > >( "Luật x", 0 ) ), std::runtime_error );
   BOOST_TEST( memo::current() == &outer );
   memo::current() = nullptr;
}

BOOST_AUTO_TEST_SUITE_END()
