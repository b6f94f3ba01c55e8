// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "context.hpp"

namespace vanban::detail {
namespace {

/// The dot of a heading or item number: "Điều 1. Bãi bỏ …", "Chương II.", a "2." that opens a line.
[[nodiscard]] bool numbering_dot( std::string_view s, std::size_t dot ) noexcept
{
   std::size_t k = dot;
   while( k > 0 && ( ( s[ k - 1 ] >= '0' && s[ k - 1 ] <= '9' ) || s[ k - 1 ] == 'I' || s[ k - 1 ] == 'V' || s[ k - 1 ] == 'X' || s[ k - 1 ] == 'L' ) ) {
      --k;
   }
   if( k == dot || dot - k > 6 ) {
      return false;
   }
   std::size_t b = k;
   while( b > 0 && ( s[ b - 1 ] == ' ' || s[ b - 1 ] == '\t' ) ) {
      --b;
   }
   if( b == 0 || s[ b - 1 ] == '\n' ) {
      return true;  // "2. " opening a line
   }
   if( b == k ) {
      return false;  // glued to a word
   }
   for( const std::string_view w : { std::string_view( "Điều" ), std::string_view( "Chương" ), std::string_view( "Mục" ), std::string_view( "Phần" ), std::string_view( "CHƯƠNG" ), std::string_view( "PHẦN" ), std::string_view( "MỤC" ) } ) {
      if( b >= w.size() && s.substr( b - w.size(), w.size() ) == w && ( b == w.size() || is_ws( s[ b - w.size() - 1 ] ) ) ) {
         return true;
      }
   }
   return false;
}

}  // namespace

/// Where the scope of a cue ends: sentence ends, a ';' that ends a line (Căn cứ lines), blank lines.
void find_sentences( resolve_context& cx )
{
   const std::string_view s = cx.t.normalized;
   for( std::size_t i = 0; i < s.size(); ++i ) {
      const char c = s[ i ];
      if( c == '?' || c == '!' ) {
         cx.boundaries.push_back( i + 1 );
      }
      else if( c == '.' ) {
         const bool next_space = i + 1 == s.size() || is_ws( s[ i + 1 ] );
         const bool decimal = i > 0 && i + 1 < s.size() && s[ i - 1 ] >= '0' && s[ i - 1 ] <= '9' && s[ i + 1 ] >= '0' && s[ i + 1 ] <= '9';
         // "TP. Hồ Chí Minh", "TS. …": a short capitalized abbreviation does not end a sentence
         std::size_t k = i;
         while( k > 0 && ( ( s[ k - 1 ] >= 'A' && s[ k - 1 ] <= 'Z' ) || ( s[ k - 1 ] >= 'a' && s[ k - 1 ] <= 'z' ) ) ) {
            --k;
         }
         const bool abbreviation = i - k > 0 && i - k <= 3 && s[ k ] >= 'A' && s[ k ] <= 'Z' && ( k == 0 || is_ws( s[ k - 1 ] ) );
         if( next_space && !decimal && !abbreviation && !numbering_dot( s, i ) ) {
            cx.boundaries.push_back( i + 1 );
         }
      }
      else if( c == ';' ) {
         std::size_t j = i + 1;
         while( j < s.size() && ( s[ j ] == ' ' || s[ j ] == '\t' ) ) {
            ++j;
         }
         if( j == s.size() || s[ j ] == '\n' ) {
            cx.boundaries.push_back( i + 1 );
         }
      }
      else if( c == '\n' ) {
         std::size_t j = i + 1;
         while( j < s.size() && ( s[ j ] == ' ' || s[ j ] == '\t' ) ) {
            ++j;
         }
         if( j < s.size() && s[ j ] == '\n' ) {
            cx.boundaries.push_back( i );
         }
      }
   }
}

}  // namespace vanban::detail
