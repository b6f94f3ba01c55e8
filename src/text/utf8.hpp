// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TEXT_UTF8_HPP
#define VANBAN_TEXT_UTF8_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban::detail {

/// Decodes one code point of *valid* UTF-8 at `p` (callers validate first) and advances `p`.
/// Always in line: the word scans call it at every non-ASCII letter, and GCC left some calls out.
[[nodiscard]] [[gnu::always_inline]] inline char32_t decode_valid( const char*& p ) noexcept
{
   const auto b0 = static_cast<unsigned char>( *p++ );
   if( b0 < 0x80 ) {
      return b0;
   }
   if( b0 < 0xE0 ) {
      return ( char32_t( b0 & 0x1F ) << 6 ) | ( static_cast<unsigned char>( *p++ ) & 0x3F );
   }
   if( b0 < 0xF0 ) {
      char32_t c = char32_t( b0 & 0x0F ) << 12;
      c |= char32_t( static_cast<unsigned char>( *p++ ) & 0x3F ) << 6;
      return c | ( static_cast<unsigned char>( *p++ ) & 0x3F );
   }
   char32_t c = char32_t( b0 & 0x07 ) << 18;
   c |= char32_t( static_cast<unsigned char>( *p++ ) & 0x3F ) << 12;
   c |= char32_t( static_cast<unsigned char>( *p++ ) & 0x3F ) << 6;
   return c | ( static_cast<unsigned char>( *p++ ) & 0x3F );
}

/// Byte length of the sequence that starts with lead byte `b` (1 for continuation bytes).
[[nodiscard]] constexpr std::size_t sequence_length( unsigned char b ) noexcept
{
   return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/// Appends the UTF-8 encoding of `c` to `out`.
inline void append_utf8( std::string& out, char32_t c )
{
   if( c < 0x80 ) {
      out += char( c );
   }
   else if( c < 0x800 ) {
      out += char( 0xC0 | ( c >> 6 ) );
      out += char( 0x80 | ( c & 0x3F ) );
   }
   else if( c < 0x10000 ) {
      out += char( 0xE0 | ( c >> 12 ) );
      out += char( 0x80 | ( ( c >> 6 ) & 0x3F ) );
      out += char( 0x80 | ( c & 0x3F ) );
   }
   else {
      out += char( 0xF0 | ( c >> 18 ) );
      out += char( 0x80 | ( ( c >> 12 ) & 0x3F ) );
      out += char( 0x80 | ( ( c >> 6 ) & 0x3F ) );
      out += char( 0x80 | ( c & 0x3F ) );
   }
}

/// The ASCII word characters (digits and letters), one load instead of three range tests: the
/// scan asks this of nearly every byte it passes over.
inline constexpr auto ascii_word = [] {
   std::array<bool, 128> t{};
   for( int c = 0; c < 128; ++c ) {
      t[ std::size_t( c ) ] = ( c >= '0' && c <= '9' ) || ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' );
   }
   return t;
}();

/// is_word_cp outside ASCII and the Vietnamese letters' blocks (asks ICU).
[[nodiscard]] bool is_other_word_cp( char32_t c ) noexcept;

/// True for letters, digits and combining marks: the characters words are made of.
[[nodiscard]] inline bool is_word_cp( char32_t c ) noexcept
{
   if( c < 0x80 ) {
      return ascii_word[ c ];
   }
   // Vietnamese letters live in Latin-1, Latin Extended-A/B and Latin Extended Additional:
   // answered here, in line (every word start of a text asks)
   if( ( c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7 ) || ( c >= 0x1E00 && c <= 0x1EFF ) ) {
      return true;
   }
   return is_other_word_cp( c );
}

/// True for upper-case letters (A-Z, Đ, Ô, Ư, Ế, …).
[[nodiscard]] bool is_upper_cp( char32_t c ) noexcept;

/// True when the code point starting at `p` (valid UTF-8, p < end) is a word character.
[[nodiscard]] inline bool is_word_at( const char* p, const char* end ) noexcept
{
   if( p >= end ) {
      return false;
   }
   const auto b = static_cast<unsigned char>( *p );
   if( b < 0x80 ) {
      return ascii_word[ b ];
   }
   return is_word_cp( decode_valid( p ) );
}

/// True when the code point that ends just before `p` (valid UTF-8, p > begin) is a word character.
[[nodiscard]] inline bool is_word_before( const char* begin, const char* p ) noexcept
{
   if( p <= begin ) {
      return false;
   }
   const char* q = p - 1;
   while( q > begin && ( static_cast<unsigned char>( *q ) & 0xC0 ) == 0x80 ) {
      --q;
   }
   return is_word_at( q, p );
}

/// Number of code points in valid UTF-8.
[[nodiscard]] inline std::size_t count_code_points( std::string_view s ) noexcept
{
   std::size_t n = 0;
   for( const char ch : s ) {
      n += ( static_cast<unsigned char>( ch ) & 0xC0 ) != 0x80;
   }
   return n;
}

}  // namespace vanban::detail

#endif
