// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// One test per class of bad input: what the caller gets, and where it is told the problem is.

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

namespace {

bool is_code( const vanban::error& e, vanban::error_code c )
{
   return e.code() == c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( bad_input_test )

BOOST_AUTO_TEST_CASE( invalid_utf8_names_line_column_and_byte )
{
   vanban::options o;
   o.source = "bad.txt";
   try {
      (void)vanban::extract( "Căn cứ Nghị định\nsố 30/2020/N\xC4 ngày", o );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST( is_code( e, vanban::error_code::invalid_utf8 ) );
      BOOST_REQUIRE( e.where().has_value() );
      BOOST_TEST( e.where()->line == 2u );
      BOOST_TEST( e.where()->column == 13u );
      BOOST_TEST( e.where()->byte == 39u );
      BOOST_TEST( std::string( e.what() ).starts_with( "bad.txt:2:13: invalid UTF-8" ) );
   }
}

BOOST_AUTO_TEST_CASE( overlong_and_surrogate_encodings_are_invalid )
{
   BOOST_CHECK_EXCEPTION( (void)vanban::extract( "\xC0\xAF" ), vanban::error, []( const vanban::error& e ) { return is_code( e, vanban::error_code::invalid_utf8 ); } );
   BOOST_CHECK_EXCEPTION( (void)vanban::extract( "\xED\xB0\x80" ), vanban::error, []( const vanban::error& e ) { return is_code( e, vanban::error_code::invalid_utf8 ); } );
}

BOOST_AUTO_TEST_CASE( lossy_option_keeps_going_and_notes_each_replacement )
{
   vanban::options o;
   o.lossy = true;
   const std::string text = "Chỉ thị số 16/CT-TTg \xFF ngày 16/5/2016";
   const auto d = vanban::extract( text, o );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_REQUIRE( d.diagnostics.size() == 1u );
   BOOST_TEST( d.diagnostics[ 0 ].code == "VB-N001" );
   BOOST_TEST( d.diagnostics[ 0 ].span.start == text.find( '\xFF' ) );
}

BOOST_AUTO_TEST_CASE( oversized_input_is_a_limit_error )
{
   vanban::options o;
   o.max_input_bytes = 16;
   BOOST_CHECK_EXCEPTION( (void)vanban::extract( std::string( 17, 'x' ), o ), vanban::error, []( const vanban::error& e ) { return is_code( e, vanban::error_code::limit_exceeded ); } );
}

BOOST_AUTO_TEST_CASE( impossible_date_is_a_diagnostic_and_no_date )
{
   const std::string text = "Quyết định số 12/QĐ-UBND ngày 31/4/2020 của UBND tỉnh";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( !d.citations[ 0 ].date.has_value() );
   BOOST_REQUIRE( d.diagnostics.size() == 1u );
   BOOST_TEST( d.diagnostics[ 0 ].code == "VB-W001" );
   BOOST_TEST( text.substr( d.diagnostics[ 0 ].span.start, d.diagnostics[ 0 ].span.size() ) == "31/4/2020" );
}

BOOST_AUTO_TEST_CASE( empty_and_blank_inputs_give_an_empty_result )
{
   for( const std::string& text : { std::string(), std::string( "   \n\n\t" ), std::string( "\xEF\xBB\xBF" ) } ) {
      const auto d = vanban::extract( text );
      BOOST_TEST( d.citations.empty() );
      BOOST_TEST( !d.info.has_value() );
      BOOST_TEST( d.diagnostics.empty() );
   }
}

BOOST_AUTO_TEST_CASE( nul_bytes_and_control_characters_are_read_as_spaces )
{
   const std::string text = std::string( "Chỉ thị số" ) + '\0' + "16/CT-TTg\x01";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.citations.size() == 1u );
   BOOST_TEST( d.citations[ 0 ].number.value_or( "" ) == "16/CT-TTg" );
}

BOOST_AUTO_TEST_SUITE_END()
