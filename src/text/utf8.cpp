// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "utf8.hpp"

#include <unicode/uchar.h>

namespace vanban::detail {

bool is_other_word_cp( char32_t c ) noexcept
{
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
