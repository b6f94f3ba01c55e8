// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "utf8.hpp"

#include <unicode/uchar.h>

namespace vanban::detail {

bool is_word_cp( char32_t c ) noexcept
{
   if( c < 0x80 ) {
      return ( c >= '0' && c <= '9' ) || ( ( c | 0x20 ) >= 'a' && ( c | 0x20 ) <= 'z' );
   }
   // Vietnamese letters live in Latin-1, Latin Extended-A/B and Latin Extended Additional;
   // answer those without ICU, ask ICU for everything else.
   if( ( c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7 ) || ( c >= 0x1E00 && c <= 0x1EFF ) ) {
      return true;
   }
   const auto uc = static_cast<UChar32>( c );
   return u_isalnum( uc ) || u_getCombiningClass( uc ) != 0 || u_charType( uc ) == U_NON_SPACING_MARK;
}

bool is_upper_cp( char32_t c ) noexcept
{
   if( c < 0x80 ) {
      return c >= 'A' && c <= 'Z';
   }
   return u_isupper( static_cast<UChar32>( c ) );
}

}  // namespace vanban::detail
