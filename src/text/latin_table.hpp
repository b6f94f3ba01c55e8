// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TEXT_LATIN_TABLE_HPP
#define VANBAN_TEXT_LATIN_TABLE_HPP

#include <array>

namespace vanban::detail {

/// The function `F` of code points, answered from a table made once for U+0000 up to `LatinEnd`
/// (Latin-1 to Latin Extended-B; with the combining marks at 0x370) and for Latin Extended
/// Additional (U+1E00 … U+1EFF): every Vietnamese letter. By `F` itself (ICU, most often) for
/// the rest, which a table of everything between would ask for thousands of code points a text
/// never holds.
template< char32_t ( *F )( char32_t ) noexcept, char32_t LatinEnd = 0x250 >
class latin_table
{
public:
   latin_table()
   {
      for( char32_t c = 0; c < m_latin.size(); ++c ) {
         m_latin[ c ] = F( c );
      }
      for( char32_t c = 0; c < m_additional.size(); ++c ) {
         m_additional[ c ] = F( additional + c );
      }
   }

   /// The same for an ASCII character (c < 0x80): one load.
   [[nodiscard]] char32_t ascii( char32_t c ) const noexcept { return m_latin[ c ]; }

   [[nodiscard]] char32_t operator()( char32_t c ) const noexcept
   {
      if( c < m_latin.size() ) {
         return m_latin[ c ];
      }
      if( c >= additional && c < additional + m_additional.size() ) {
         return m_additional[ c - additional ];
      }
      return F( c );
   }

private:
   static_assert( LatinEnd >= 0x80 && LatinEnd <= 0x1E00 );
   static constexpr char32_t additional = 0x1E00;

   std::array<char32_t, LatinEnd> m_latin{};
   std::array<char32_t, 0x100> m_additional{};
};

}  // namespace vanban::detail

#endif
