// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TESTS_GRAMMAR_CHECK_RULE_HPP
#define VANBAN_TESTS_GRAMMAR_CHECK_RULE_HPP

#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <tao/pegtl.hpp>

namespace vanban::test {

/// Matches rule `R` (no actions) at the start of `input` (normalized text) and reports how many
/// bytes it consumed, or -1 when it did not match. The PEGTL verify_rule idea.
template< typename R >
long consumed( const std::string& input )
{
   tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy, tao::pegtl::eol::lf, const char*> in( input.data(), input.size(), "test" );
   if( !tao::pegtl::parse<R>( in ) ) {
      return -1;
   }
   return long( in.current() - input.data() );
}

/// How far `R` matches (no actions) at byte `at` of `text`, or -1: the tests that compare rules
/// at every position of real texts.
template< typename R >
long match_at( std::string_view text, std::size_t at )
{
   tao::pegtl::memory_input<> in( text.data() + at, text.data() + text.size(), "" );
   if( !tao::pegtl::parse< R >( in ) ) {
      return -1;
   }
   return long( in.current() - ( text.data() + at ) );
}

/// The first of the places a comparison found, and how many more: a test's message.
inline std::string first( const std::vector<std::string>& found )
{
   return found.empty() ? std::string() : found.front() + " and " + std::to_string( found.size() - 1 ) + " more";
}

/// Checks that `R` matches exactly `expected` at the start of `input`.
template< typename R >
void check_match( const std::string& input, const std::string& expected )
{
   BOOST_TEST_CONTEXT( "input: " << input )
   {
      BOOST_TEST( consumed<R>( input ) == long( expected.size() ) );
      BOOST_TEST( input.substr( 0, expected.size() ) == expected );
   }
}

/// Checks that `R` does not match at the start of `input`.
template< typename R >
void check_no_match( const std::string& input )
{
   BOOST_TEST_CONTEXT( "input: " << input )
   {
      BOOST_TEST( consumed<R>( input ) == -1 );
   }
}

}  // namespace vanban::test

#endif
