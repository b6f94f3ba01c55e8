// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "context.hpp"

namespace vanban::detail {

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
         if( next_space && !decimal && !abbreviation ) {
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
