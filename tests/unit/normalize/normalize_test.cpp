// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <boost/test/unit_test.hpp>

#include <bit>
#include <random>

#include <vanban/error.hpp>

#include "normalize/normalize.hpp"
#include "text/simd.hpp"
#include "text/swar.hpp"
#include "text/utf8.hpp"

using vanban::detail::normalize;

namespace {

vanban::options opts()
{
   vanban::options o;
   o.source = "test.txt";
   return o;
}

bool throws_invalid_utf8_at( const std::string& input, std::size_t byte, std::uint32_t line, std::uint32_t column )
{
   try {
      (void)normalize( input, opts() );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST_MESSAGE( e.what() );
      return e.code() == vanban::error_code::invalid_utf8 && e.where() && e.where()->byte == byte && e.where()->line == line && e.where()->column == column && e.source() == "test.txt";
   }
   return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( normalize_test )

BOOST_AUTO_TEST_CASE( leaves_nfc_text_untouched_without_copying )
{
   const std::string in = "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ";
   const auto n = normalize( in, opts() );
   BOOST_TEST( n.text == in );
   BOOST_TEST( n.text.data() == in.data() );  // the fast path: no stage ran
   BOOST_TEST( n.map.identity() );
}

BOOST_AUTO_TEST_CASE( copies_and_moves_keep_the_text_in_their_own_storage )
{
   // NFC changes both: the short one fits inside the std::string object itself (SSO), so a view
   // left on the moved-from object read its dead bytes (found by vanban_fuzz_normalize)
   for( const std::string& in : { std::string( "Cha\xCC\x81n" ), "Cha\xCC\x81n " + std::string( 200, 'x' ) } ) {
      const std::string expected = "Ch\xC3\xA1n" + in.substr( 6 );
      auto check = [ & ]( const vanban::detail::normalized_text& n ) {
         BOOST_TEST( n.text == expected );
         BOOST_TEST( n.owns_text() );
         BOOST_TEST( static_cast<const void*>( n.text.data() ) == static_cast<const void*>( n.storage.data() ) );
      };
      vanban::detail::normalized_text a = normalize( in, opts() );
      check( a );
      vanban::detail::normalized_text b( std::move( a ) );
      check( b );
      const vanban::detail::normalized_text c( b );
      check( c );
      vanban::detail::normalized_text d;
      d = c;
      check( d );
      vanban::detail::normalized_text e;
      e = std::move( d );
      check( e );
      e = normalize( in, opts() );  // the fuzz target's assignment from a temporary
      check( e );
      check( b );
   }
   // untouched text stays a view of the original through a move
   const std::string nfc = "Chán";
   vanban::detail::normalized_text f = normalize( nfc, opts() );
   const vanban::detail::normalized_text g( std::move( f ) );
   BOOST_TEST( !g.owns_text() );
   BOOST_TEST( static_cast<const void*>( g.text.data() ) == static_cast<const void*>( nfc.data() ) );
}

BOOST_AUTO_TEST_CASE( composes_decomposed_text_and_maps_offsets_back )
{
   // "Nghị định" with the dot below and the tone as combining marks (Windows-1258 style)
   const std::string in = "Ngh\x69\xCC\xA3 \xC4\x91i\xCC\xA3nh s\xC3\xB4\xCC\x81 15";
   const auto n = normalize( in, opts() );
   BOOST_TEST( n.text == "Nghị định số 15" );
   const std::size_t dinh = n.text.find( "định" );
   BOOST_TEST( n.map.start_to_source( dinh ) == in.find( "\xC4\x91i" ) );
   const std::size_t so_end = n.text.find( "số" ) + std::string( "số" ).size();
   BOOST_TEST( n.map.end_to_source( so_end ) == in.find( " 15" ) );
   BOOST_TEST( n.map.end_to_source( n.text.size() ) == in.size() );
}

// Stage 1 lets NFC skip ICU only when every code point is a starter whose quick check is YES;
// a starter whose quick check is NO or MAYBE still goes through NFC
BOOST_AUTO_TEST_CASE( composes_starters_the_quick_check_does_not_pass )
{
   // U+2126 OHM SIGN is a starter with NFC_QC=No: NFC maps it to U+03A9
   const std::string ohm = "Điện trở 5 \u2126";
   const auto a = normalize( ohm, opts() );
   BOOST_TEST( a.text == "Điện trở 5 \u03A9" );
   BOOST_TEST( a.map.end_to_source( a.text.size() ) == ohm.size() );
   // U+1161 HANGUL JUNGSEONG A is a starter with NFC_QC=Maybe: it composes with U+1100 into U+AC00
   const auto b = normalize( "Hàn \u1100\u1161", opts() );
   BOOST_TEST( b.text == "Hàn \uAC00" );
   // U+0CD5 KANNADA LENGTH MARK (a starter, Maybe) composes with U+0CC6 into U+0CC7
   const auto c = normalize( "\u0CC6\u0CD5 và", opts() );
   BOOST_TEST( c.text == "\u0CC7 và" );
   // precomposed Vietnamese letters only: in NFC, and not copied
   const std::string vi = "Ủy ban nhân dân tỉnh Quảng Ngãi";
   const auto d = normalize( vi, opts() );
   BOOST_TEST( d.text.data() == vi.data() );
}

BOOST_AUTO_TEST_CASE( folds_eth_and_dashes_in_symbols )
{
   const std::string in = "Nghị định 102/2024/N\xC3\x90\xE2\x80\x93" "CP";  // NÐ–CP: U+00D0 and an en dash
   const auto n = normalize( in, opts() );
   BOOST_TEST( n.text == "Nghị định 102/2024/NĐ-CP" );
   const std::size_t cp = n.text.find( "CP" );
   BOOST_TEST( n.map.start_to_source( cp ) == in.size() - 2 );
   const std::size_t dash = n.text.find( '-' );
   BOOST_TEST( n.map.start_to_source( dash ) == in.find( "\xE2\x80\x93" ) );
   BOOST_TEST( n.map.end_to_source( dash + 1 ) == in.find( "\xE2\x80\x93" ) + 3 );
}

BOOST_AUTO_TEST_CASE( folds_no_break_and_drops_zero_width_spaces )
{
   const std::string in = "413/BC-UBPLTP15\xC2\xA0ng\xE2\x80\x8B" "ày";
   const auto n = normalize( in, opts() );
   BOOST_TEST( n.text == "413/BC-UBPLTP15 ngày" );
   const std::size_t a = n.text.find( "ày" );
   BOOST_TEST( n.map.start_to_source( a ) == in.find( "\xC3\xA0" ) );  // after the dropped U+200B
}

BOOST_AUTO_TEST_CASE( folds_what_nfc_would_turn_into_a_folded_character )
{
   // U+2000 EN QUAD and U+2001 EM QUAD are canonically U+2002 EN SPACE and U+2003 EM SPACE: NFC
   // made them spaces the fold had already passed, and normalizing again folded them (found by
   // vanban_fuzz_normalize: normalizing twice changed the text)
   const std::string in = "Ngh\xE1\xBB\x8B\xE2\x80\x80" "\xC4\x91\xE1\xBB\x8Bnh\xE2\x80\x81" "15";
   const auto n = normalize( in, opts() );
   BOOST_TEST( n.text == "Nghị định 15" );
   BOOST_TEST( n.map.start_to_source( n.text.find( ' ' ) ) == in.find( "\xE2\x80\x80" ) );
   BOOST_TEST( n.map.end_to_source( n.text.rfind( ' ' ) + 1 ) == in.find( "15" ) );
   const std::string once( n.text );
   BOOST_TEST( normalize( once, opts() ).text == once );
}

BOOST_AUTO_TEST_CASE( drops_a_bom_and_counts_it_in_offsets )
{
   const std::string in = "\xEF\xBB\xBFSố: 05/KH-UBND";
   const auto n = normalize( in, opts() );
   BOOST_TEST( n.text == "Số: 05/KH-UBND" );
   BOOST_TEST( n.map.start_to_source( 0 ) == 3u );
}

BOOST_AUTO_TEST_CASE( folds_crlf_and_lone_cr_to_lf )
{
   const auto n = normalize( "a\r\nb\rc\n", opts() );
   BOOST_TEST( n.text == "a\nb\nc\n" );
   BOOST_TEST( n.map.start_to_source( 2 ) == 3u );  // 'b' after CRLF
}

BOOST_AUTO_TEST_CASE( control_characters_become_spaces_and_page_breaks_line_breaks )
{
   const std::string in( "a\0b\fc", 5 );
   const auto n = normalize( in, opts() );
   BOOST_TEST( n.text == "a b\nc" );
}

BOOST_AUTO_TEST_CASE( folds_old_tone_placement_at_word_ends_only )
{
   const auto n = normalize( "Uỷ ban khoá XII, hoà nhập, HOÁ, hoàn thành, quý, thuỷ lợi", opts() );
   BOOST_TEST( n.text == "Ủy ban khóa XII, hòa nhập, HÓA, hoàn thành, quý, thủy lợi" );
}

// where the first stage already made a copy (line ends here), tone placement rewrites that copy
// in its own buffer; three pairs shorten the text ("oẽ" → "õe"), moving all that follows
BOOST_AUTO_TEST_CASE( folds_old_tone_placement_in_place_and_where_it_shortens_the_text )
{
   const std::string lf = "Hoà\nthuỳ khoẽ, uỹ\nhoá cuối";
   const std::string crlf = "Hoà\r\nthuỳ khoẽ, uỹ\r\nhoá cuối";
   const std::string expected = "Hòa\nthùy khõe, ũy\nhóa cuối";
   for( const std::string& in : { lf, crlf } ) {
      const auto n = normalize( in, opts() );
      BOOST_TEST( n.text == expected );
      BOOST_TEST( n.map.start_to_source( n.text.find( "hóa" ) ) == in.find( "hoá" ) );
      BOOST_TEST( n.map.end_to_source( n.text.find( "hóa" ) + std::string_view( "hóa" ).size() ) == in.find( "hoá" ) + std::string_view( "hoá" ).size() );
      BOOST_TEST( n.map.start_to_source( n.text.find( "cuối" ) ) == in.find( "cuối" ) );
      BOOST_TEST( n.map.start_to_source( n.text.find( "khõe" ) ) == in.find( "khoẽ" ) );
   }
}

// the stage passes over eight bytes at a time where none is an o or a u: a form is found at
// every offset from those eight bytes, at the end of the text too
BOOST_AUTO_TEST_CASE( folds_old_tone_placement_at_any_offset )
{
   for( std::size_t k = 0; k < 20; ++k ) {
      const std::string pad( k, 'x' );
      BOOST_TEST( normalize( pad + " hoá " + pad + " UỶ ban", opts() ).text == pad + " hóa " + pad + " ỦY ban", "offset " << k );
      BOOST_TEST( normalize( pad + " thuỷ", opts() ).text == pad + " thủy", "offset " << k );
      BOOST_TEST( normalize( pad + " hoàn thành", opts() ).text == pad + " hoàn thành", "offset " << k );
      // an o or a u that begins no form just before one (the stage reads on from the first)
      BOOST_TEST( normalize( pad + " ou hoá", opts() ).text == pad + " ou hóa", "offset " << k );
   }
}

BOOST_AUTO_TEST_CASE( rejects_invalid_utf8_with_line_column_and_byte )
{
   BOOST_TEST( throws_invalid_utf8_at( "abc\nd\xC3(", 5, 2, 2 ) );        // truncated sequence
   BOOST_TEST( throws_invalid_utf8_at( "\xC0\xAF", 0, 1, 1 ) );           // overlong '/'
   BOOST_TEST( throws_invalid_utf8_at( "số \xED\xA0\x80", 5, 1, 4 ) );     // UTF-16 surrogate
   BOOST_TEST( throws_invalid_utf8_at( "x\xF4\x90\x80\x80", 1, 1, 2 ) );  // past U+10FFFF
   BOOST_TEST( throws_invalid_utf8_at( "ngày\n\n\x80", 7, 3, 1 ) );      // stray continuation byte
   BOOST_TEST( throws_invalid_utf8_at( "end \xE1\xBB", 4, 1, 5 ) );       // cut off at the end
}

BOOST_AUTO_TEST_CASE( error_message_names_the_problem_and_place )
{
   try {
      (void)normalize( "Nghị định\nsố \xC0\xAF", opts() );
      BOOST_FAIL( "no error" );
   }
   catch( const vanban::error& e ) {
      BOOST_TEST( std::string( e.what() ) == "test.txt:2:4: invalid UTF-8: overlong encoding starting with byte 0xC0" );
   }
}

BOOST_AUTO_TEST_CASE( lossy_mode_replaces_and_reports_each_invalid_sequence )
{
   vanban::options o = opts();
   o.lossy = true;
   const std::string in = "a\xE1\xBB" "b\xFF";
   const auto n = normalize( in, o );
   BOOST_TEST( n.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" );
   BOOST_REQUIRE( n.notes.size() == 2u );
   BOOST_TEST( n.notes[ 0 ].code == "VB-N001" );
   BOOST_TEST( n.notes[ 0 ].span.start == 1u );
   BOOST_TEST( n.notes[ 0 ].span.end == 3u );  // the maximal ill-formed subpart E1 BB
   BOOST_TEST( n.notes[ 1 ].span.start == 4u );
   BOOST_TEST( n.map.start_to_source( n.text.find( 'b' ) ) == 3u );
}

BOOST_AUTO_TEST_CASE( rejects_input_over_the_size_limit )
{
   vanban::options o = opts();
   o.max_input_bytes = 10;
   BOOST_CHECK_EXCEPTION( (void)normalize( std::string( 11, 'a' ), o ), vanban::error, []( const vanban::error& e ) { return e.code() == vanban::error_code::limit_exceeded; } );
   BOOST_CHECK_NO_THROW( (void)normalize( std::string( 10, 'a' ), o ) );
}

BOOST_AUTO_TEST_CASE( runs_of_combining_marks_are_made_stream_safe )
{
   // UAX #15: after 30 non-starters in a row, U+034F COMBINING GRAPHEME JOINER before the next,
   // so NFC's canonical reordering (insertion sort of the run) stays linear
   const std::string cgj = "\u034F";
   std::string in = "a";
   for( int k = 0; k < 100000; ++k ) {
      in += k % 2 ? "\u0301" : "\u0323";
   }
   const auto n = normalize( in, opts() );
   std::size_t joiners = 0;
   for( std::size_t at = n.text.find( cgj ); at != std::string::npos; at = n.text.find( cgj, at + 1 ) ) {
      ++joiners;
      // the joiner and the mark after it map back onto marks of the input
      BOOST_TEST( n.map.start_to_source( at ) < n.map.end_to_source( at + 4 ) );
      BOOST_TEST( n.map.end_to_source( at + 4 ) <= in.size() );
   }
   BOOST_TEST( joiners == 100000u / 30u );
   // normalizing the result again changes nothing (each run is 30 marks now)
   BOOST_TEST( normalize( n.text, opts() ).text == n.text );
   // Vietnamese is untouched: two marks on a letter, precomposed or not
   const std::string vi = "Lu\u00E2\u0323t \u0111a\u0302\u0301t \u0111ai";
   BOOST_TEST( normalize( vi, opts() ).text == "Luật đất đai" );
   // a precomposed letter counts with its own marks: "ệ" then 29 marks is 31 in a row
   std::string pre = "\u1EC7";
   for( int k = 0; k < 29; ++k ) {
      pre += "\u0301";
   }
   BOOST_TEST( normalize( pre, opts() ).text.find( cgj ) != std::string::npos );
   BOOST_TEST( normalize( pre.substr( 0, pre.size() - 2 ), opts() ).text.find( cgj ) == std::string::npos );
}

BOOST_AUTO_TEST_CASE( letters_of_the_vietnamese_table_keep_their_own_marks_count )
{
   // Stage 1 passes the letters of its table (U+0080 to U+024F, U+1E00 to U+1EFF) straight on;
   // the marks of their decompositions still count towards the 30 in a row, a letter just past
   // the table is asked of ICU, and a confusable or a C1 control in the table's range is still
   // folded
   const std::string cgj = "\u034F";
   const auto marks = []( int k ) {
      std::string m;
      for( int j = 0; j < k; ++j ) {
         m += "\u0301";
      }
      return m;
   };
   const auto joined = [ & ]( const std::string& s ) { return normalize( s, opts() ).text.find( cgj ) != std::string::npos; };
   BOOST_TEST( !joined( "x\u0250" + marks( 30 ) ) );      // ɐ: no decomposition, past the table
   BOOST_TEST( !joined( "x\u024F" + marks( 30 ) ) );      // ɏ: the table's last two-byte letter
   BOOST_TEST( joined( "x\u1E00" + marks( 30 ) ) );       // Ḁ = A + U+0325: one mark of its own
   BOOST_TEST( !joined( "x\u1E00" + marks( 29 ) ) );
   BOOST_TEST( joined( "ab \u1EC7" + marks( 29 ) ) );     // ệ: two of its own
   BOOST_TEST( !joined( "ab \u1EC7" + marks( 28 ) ) );
   BOOST_TEST( joined( "ab \u01D6" + marks( 29 ) ) );     // ǖ = u + U+0308 + U+0304
   // a mark after a letter of the table still composes with it
   BOOST_TEST( normalize( "Vi\u00EA\u0301t", opts() ).text == "Vi\u1EBFt" );
   // confusables and C1 controls of that range are folded, the letters around them kept
   BOOST_TEST( normalize( "\u00E1\u00D0\u1EA1\u00A0\u00E0\u00AD\u00E2\u0085\u1EF9", opts() ).text == "\u00E1\u0110\u1EA1 \u00E0\u00E2 \u1EF9" );
}

BOOST_AUTO_TEST_CASE( printable_ascii_runs_end_at_the_first_other_byte )
{
   // every byte value at every place of a 20-byte run (the eight-at-a-time loop and the tail)
   for( unsigned v = 0; v < 256; ++v ) {
      for( std::size_t at = 0; at < 20; ++at ) {
         std::string s( 20, 'a' );
         s[ at ] = char( v );
         const bool printable = v >= 0x20 && v < 0x7F;
         BOOST_TEST( vanban::detail::printable_ascii_run( s, 0 ) == ( printable ? 20u : at ), "byte " << v << " at " << at );
         BOOST_TEST( vanban::detail::printable_ascii_run( s, at ) == ( printable ? 20u - at : 0u ) );
      }
   }
   // two bytes side by side, every pair of values: the run ends at the first that is not
   // printable, whatever the byte after it (a borrow from it runs up, never down)
   std::size_t wrong = 0;
   for( unsigned v = 0; v < 256; ++v ) {
      for( unsigned w = 0; w < 256; ++w ) {
         for( const std::size_t at : { 0u, 3u, 6u, 7u, 14u } ) {
            std::string s( 20, 'a' );
            s[ at ] = char( v );
            s[ at + 1 ] = char( w );
            const auto printable = []( unsigned b ) { return b >= 0x20 && b < 0x7F; };
            const std::size_t expected = !printable( v ) ? at : !printable( w ) ? at + 1 : 20;
            wrong += vanban::detail::printable_ascii_run( s, 0 ) != expected;
         }
      }
   }
   BOOST_TEST( wrong == 0u );
   const std::string text = "Căn cứ Luật Tổ chức Chính phủ";
   BOOST_TEST( vanban::detail::printable_ascii_run( text, 0 ) == 1u );   // "C", then ă
   BOOST_TEST( vanban::detail::printable_ascii_run( text, 3 ) == 3u );   // "n c", then ứ
   BOOST_TEST( vanban::detail::printable_ascii_run( text, text.size() ) == 0u );
}

// The eight-at-a-time tests the scans pass text with (text/swar.hpp): a word of eight bytes is
// passed over only when it holds none of the bytes asked for, whatever byte sits beside them
// (a borrow from a lower byte must not hide or invent one).
/// Checks a search of simd.hpp (`find`) against reading byte by byte (`wanted`): every byte
/// value at every place around the sixteen- and eight-byte steps, among fills in and out of the
/// set, from every third start, with an end that cuts the text short, and with a second byte of
/// the set after the first.
template< typename Find, typename Wanted >
void check_search( Find find, Wanted wanted )
{
   const auto naive = [ & ]( const std::string& s, std::size_t i, std::size_t n ) {
      while( i < n && !wanted( static_cast<unsigned char>( s[ i ] ) ) ) {
         ++i;
      }
      return i;
   };
   std::size_t checked = 0;
   for( unsigned v = 0; v < 256; ++v ) {
      for( std::size_t at = 0; at < 40; ++at ) {
         for( const char fill : { 'a', '\0', '\xFF', char( v + 1 ), char( v - 1 ) } ) {
            std::string s( 40, wanted( static_cast<unsigned char>( fill ) ) ? 'a' : fill );
            s[ at ] = char( v );
            for( const bool second : { false, true } ) {
               if( second && at + 1 < s.size() ) {
                  s[ at + 1 ] = ';';
               }
               for( std::size_t from = 0; from <= at + 1 && from <= s.size(); from += 3 ) {
                  for( const std::size_t n : { s.size(), at, at + 1, std::size_t( 17 ) } ) {
                     const std::size_t end = std::min( n, s.size() );
                     if( from > end ) {
                        continue;
                     }
                     BOOST_TEST_REQUIRE( find( s.data(), from, end ) == naive( s, from, end ), "byte " << v << " at " << at << " from " << from << " to " << end );
                     ++checked;
                  }
               }
            }
         }
      }
   }
   BOOST_TEST( checked > 500'000u );
}

BOOST_AUTO_TEST_CASE( searches_return_the_first_byte_of_their_set_before_the_end )
{
   namespace simd = vanban::detail::simd;
   check_search( []( const char* p, std::size_t i, std::size_t n ) { return simd::find_any< '?', '!', '.', ';', '\n' >( p, i, n ); },
                 []( unsigned char c ) { return c == '?' || c == '!' || c == '.' || c == ';' || c == '\n'; } );
   // below a bound too: the JSON writer's specials (the bound's neighbours 0x1F and 0x20, and
   // bytes from 0x80 up, which are no less than it unsigned)
   check_search( []( const char* p, std::size_t i, std::size_t n ) { return simd::find_below_or< 0x20, '"', '\\' >( p, i, n ); },
                 []( unsigned char c ) { return c < 0x20 || c == '"' || c == '\\'; } );
   check_search( []( const char* p, std::size_t i, std::size_t n ) { return simd::find_below_or< 0x20 >( p, i, n ); },
                 []( unsigned char c ) { return c < 0x20; } );
}

BOOST_AUTO_TEST_CASE( block_masks_mark_each_byte_of_their_kind )
{
   namespace simd = vanban::detail::simd;
   // every byte value at every place of the sixteen, among each fill
   for( unsigned v = 0; v < 256; ++v ) {
      for( unsigned at = 0; at < 16; ++at ) {
         for( const char fill : { 'a', '\n', '\x80', '\xBF', '\xC0', '\x7F', char( v + 1 ) } ) {
            std::string s( 16, fill );
            s[ at ] = char( v );
            unsigned lines = 0;
            unsigned continuations = 0;
            for( unsigned k = 0; k < 16; ++k ) {
               const auto b = static_cast<unsigned char>( s[ k ] );
               lines |= unsigned( b == '\n' || b == '\r' ) << k;
               continuations |= unsigned( b >= 0x80 && b <= 0xBF ) << k;
            }
            BOOST_TEST_REQUIRE( ( simd::mask_of< '\n', '\r' >( s.data() ) ) == lines, "byte " << v << " at " << at );
            BOOST_TEST_REQUIRE( simd::continuation_mask( s.data() ) == continuations, "byte " << v << " at " << at );
         }
      }
   }
   // every mask of sixteen, in each quarter of the sixty-four, and all four quarters at once
   for( std::uint64_t m = 0; m < 0x10000; ++m ) {
      for( const unsigned shift : { 0u, 16u, 32u, 48u } ) {
         BOOST_TEST_REQUIRE( simd::count64( m << shift ) == unsigned( std::popcount( m << shift ) ) );
      }
      const std::uint64_t all = m | ( ~m & 0xFFFF ) << 16 | ( m * 3 & 0xFFFF ) << 32 | m << 48;
      BOOST_TEST_REQUIRE( simd::count64( all ) == unsigned( std::popcount( all ) ) );
   }
}

BOOST_AUTO_TEST_CASE( eight_byte_tests_find_every_byte_of_their_set )
{
   // the words find_below_or reads after its sixteen-byte steps: the set's bytes are marked
   // exactly, and the lowest mark is the first of them even with another right after it
   namespace swar = vanban::detail::swar;
   constexpr bool little = std::endian::native == std::endian::little;
   for( unsigned v = 0; v < 256; ++v ) {
      const bool in_set = v == '(' || v == ')' || v == ';';
      for( std::size_t at = 0; at < 8; ++at ) {
         for( const char fill : { 'a', '\0', '\x01', '\xFF', char( v + 1 ) } ) {
            std::string s( 8, fill == '(' || fill == ')' || fill == ';' ? 'a' : fill );
            s[ at ] = char( v );
            for( const bool second : { false, true } ) {
               if( second && at + 1 < s.size() ) {
                  s[ at + 1 ] = ';';
               }
               const bool any = in_set || ( second && at + 1 < s.size() );
               const std::uint64_t m = swar::marks_any< '(', ')', ';' >( swar::load8( s.data() ) );
               BOOST_TEST( ( swar::has_any< '(', ')', ';' >( swar::load8( s.data() ) ) == any ), "byte " << v << " at " << at );
               BOOST_TEST( ( m != 0 ) == any, "byte " << v << " at " << at );
               if( any && little ) {
                  BOOST_TEST( swar::before_first_mark( m ) == ( in_set ? at : at + 1 ), "byte " << v << " at " << at << ( second ? ", ';' after it" : "" ) );
               }
            }
         }
      }
   }
}

// The ASCII word table answers as the range tests it replaced.
BOOST_AUTO_TEST_CASE( the_ascii_word_table_holds_digits_and_letters )
{
   for( unsigned c = 0; c < 128; ++c ) {
      const bool word = ( c >= '0' && c <= '9' ) || ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' );
      BOOST_TEST( vanban::detail::ascii_word[ c ] == word, "byte " << c );
      BOOST_TEST( vanban::detail::is_word_cp( c ) == word, "byte " << c );
   }
   const std::string s = "Đ_1";
   BOOST_TEST( vanban::detail::is_word_at( s.data(), s.data() + s.size() ) );
   BOOST_TEST( !vanban::detail::is_word_at( s.data() + 2, s.data() + s.size() ) );  // '_'
   BOOST_TEST( vanban::detail::is_word_at( s.data() + 3, s.data() + s.size() ) );
}

BOOST_AUTO_TEST_CASE( the_utf8_check_reads_every_form_of_sequence )
{
   using vanban::detail::valid_sequence;
   BOOST_TEST( valid_sequence( "a", 0 ) == 1u );
   BOOST_TEST( valid_sequence( "ă", 0 ) == 2u );
   BOOST_TEST( valid_sequence( "ứ", 0 ) == 3u );
   BOOST_TEST( valid_sequence( "\xF0\x9F\x93\x9C", 0 ) == 4u );
   BOOST_TEST( valid_sequence( "\xC3", 0 ) == 0u );          // cut short
   BOOST_TEST( valid_sequence( "\xC0\xAF", 0 ) == 0u );      // overlong
   BOOST_TEST( valid_sequence( "\xE0\x80\xAF", 0 ) == 0u );  // overlong
   BOOST_TEST( valid_sequence( "\xED\xA0\x80", 0 ) == 0u );  // a surrogate
   BOOST_TEST( valid_sequence( "\xF4\x90\x80\x80", 0 ) == 0u );  // past U+10FFFF
   BOOST_TEST( valid_sequence( "\x80", 0 ) == 0u );          // a continuation byte
}

/// The block widths this processor runs (SSSE3: every x86-64 made since 2008; AVX2: since 2013).
std::vector<vanban::detail::utf8_blocks> block_widths()
{
   using vanban::detail::utf8_blocks;
   std::vector<utf8_blocks> w;
   for( const auto width : { utf8_blocks::ssse3, utf8_blocks::avx2 } ) {
      if( width <= vanban::detail::utf8_blocks_available() ) {
         w.push_back( width );
      }
   }
   return w;
}

BOOST_AUTO_TEST_CASE( the_whole_text_check_agrees_with_the_sequence_check )
{
   using vanban::detail::is_valid_utf8;
   using vanban::detail::valid_sequence;
   // where the sequences first go wrong, read one by one (s.size(): nowhere)
   const auto first_wrong = []( std::string_view s ) {
      std::size_t i = 0;
      while( i < s.size() ) {
         const std::size_t len = valid_sequence( s, i );
         if( len == 0 ) {
            return i;
         }
         i += len;
      }
      return i;
   };
   const auto by_sequences = [ & ]( std::string_view s ) { return first_wrong( s ) == s.size(); };
   // every one- and two-byte string, and every three-byte string whose first byte leads a
   // sequence, each at every offset around the sixteen-byte blocks (after ASCII, and after a
   // two-byte letter, so a block may start inside a sequence)
   std::vector<std::string> cases;
   for( unsigned a = 0; a < 256; ++a ) {
      cases.push_back( std::string( 1, char( a ) ) );
      for( unsigned b = 0; b < 256; ++b ) {
         cases.push_back( { char( a ), char( b ) } );
         if( a >= 0xE0 ) {
            for( unsigned c : { 0x00u, 0x7Fu, 0x80u, 0x8Fu, 0x90u, 0x9Fu, 0xA0u, 0xBFu, 0xC0u, 0xFFu } ) {
               cases.push_back( { char( a ), char( b ), char( c ) } );
            }
         }
      }
   }
   for( const char* four : { "\xF0\x9F\x93\x9C", "\xF0\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF1\x80\x80", "\xF3\xBF\xBF\xBF" } ) {
      cases.emplace_back( four );
   }
   const auto widths = block_widths();
   std::size_t checked = 0;
   for( const std::string& c : cases ) {
      for( std::size_t at = 0; at < 34; ++at ) {
         for( const std::string_view before : { std::string_view( "a" ), std::string_view( "\xC4\x83" ) } ) {
            std::string s;
            while( s.size() < at ) {
               s += before;
            }
            s += c;
            s += "Căn cứ Luật";
            const bool valid = by_sequences( s );
            BOOST_TEST_REQUIRE( is_valid_utf8( s ) == valid, "case of " << c.size() << " bytes at " << at );
            BOOST_TEST_REQUIRE( vanban::detail::is_valid_utf8_dfa( s ) == valid, "DFA: case of " << c.size() << " bytes at " << at );
            for( const auto width : widths ) {
               BOOST_TEST_REQUIRE( vanban::detail::is_valid_utf8_blocks( s, width ) == valid, "blocks of " << int( width ) << ": case of " << c.size() << " bytes at " << at );
            }
            BOOST_TEST_REQUIRE( vanban::detail::first_invalid_utf8( s ) == first_wrong( s ), "case of " << c.size() << " bytes at " << at );
            ++checked;
         }
      }
   }
   BOOST_TEST( checked > 4'000'000u );
   BOOST_TEST( is_valid_utf8( "" ) );
   BOOST_TEST( is_valid_utf8( std::string( 1000, 'a' ) + "ă" ) );
   BOOST_TEST( !is_valid_utf8( std::string( 1000, 'a' ) + "\xC4" ) );  // cut short at the very end
   BOOST_TEST( !is_valid_utf8( std::string( 15, 'a' ) + "\xC4" + std::string( 16, 'a' ) ) );  // at a block's end
   // eight ASCII bytes in the tail after a sequence cut short, or after a whole one: the tail
   // passes them at once only between two sequences
   for( std::size_t at = 0; at < 40; ++at ) {
      const std::string pad( at, 'a' );
      BOOST_TEST( !is_valid_utf8( pad + "\xC4" + "abcdefgh" ), "cut short at " << at );
      BOOST_TEST( !is_valid_utf8( pad + "\xC4" + "abcdefgh" + "\x83" ), "split at " << at );  // not a sequence around them
      BOOST_TEST( !is_valid_utf8( pad + "\xE1\xBB" + "abcdefgh" ), "cut short at " << at );
      BOOST_TEST( is_valid_utf8( pad + "\xC4\x83" + "abcdefgh" ), "whole at " << at );
      BOOST_TEST( !is_valid_utf8( pad + "abcdefgh" + "\xFF" ), "after at " << at );
   }
}

BOOST_AUTO_TEST_CASE( the_sixteen_byte_check_agrees_with_the_dfa_on_mixed_strings )
{
   // strings of up to 80 bytes drawn from pieces of Vietnamese text, whole sequences of every
   // length and each kind of broken one, so that errors fall anywhere in a block, across two
   // blocks and in the padded last one, and valid strings end at every offset
   const std::vector<std::string_view> pieces = {
      "a", "Căn cứ ", "Nghị định số 15/2020/NĐ-CP", "\n", "ứ", "\xF0\x9F\x93\x9C", "\xF4\x8F\xBF\xBF", "\xEF\xBF\xBF",
      "\xC4", "\xE1\xBB", "\xF0\x9F\x93", "\x83", "\xBF\xBF", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF",
      "\xED\xA0\x80", "\xED\x9F\xBF", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF8", "\xFF", "\x00",
   };
   std::mt19937 random( 20261207 );
   std::uniform_int_distribution<std::size_t> pick( 0, pieces.size() - 1 );
   const auto widths = block_widths();
   std::size_t valid = 0;
   for( int n = 0; n < 300'000; ++n ) {
      std::string s;
      const std::size_t length = random() % 81;
      while( s.size() < length ) {
         // mostly whole text, so that many strings are valid and an error is alone in them
         const std::size_t i = random() % 4 == 0 ? pick( random ) : random() % 4;
         s += pieces[ i ];
      }
      const bool dfa = vanban::detail::is_valid_utf8_dfa( s );
      BOOST_TEST_REQUIRE( ( vanban::detail::first_invalid_utf8( s ) == s.size() ) == dfa, "string " << n );
      BOOST_TEST_REQUIRE( vanban::detail::is_valid_utf8( s ) == dfa, "string " << n );
      for( const auto width : widths ) {
         BOOST_TEST_REQUIRE( vanban::detail::is_valid_utf8_blocks( s, width ) == dfa, "blocks of " << int( width ) << ": string " << n );
      }
      valid += dfa ? 1 : 0;
   }
   // both answers are common
   BOOST_TEST( valid > 50'000u );
   BOOST_TEST( valid < 250'000u );
}

BOOST_AUTO_TEST_SUITE_END()
