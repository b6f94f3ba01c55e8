// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TEXT_SIMD_HPP
#define VANBAN_TEXT_SIMD_HPP

// Sixteen bytes at a time with SSE2, which every x86-64 processor has (so no choice at run
// time), and eight with swar.hpp's words elsewhere: the scans that look for the next of a few
// byte values in text where they come every twenty bytes or so.

#include <bit>
#include <cstddef>

#include "text/swar.hpp"

#if defined( __SSE2__ )
#include <emmintrin.h>
#endif

namespace vanban::detail::simd {

/// The first position from `i` where [p, p + n) holds one of `Bs`, or `n`.
template< unsigned char... Bs >
[[nodiscard]] inline std::size_t find_any( const char* p, std::size_t i, std::size_t n ) noexcept
{
#if defined( __SSE2__ )
   while( i + 16 <= n ) {
      const __m128i x = _mm_loadu_si128( reinterpret_cast<const __m128i*>( p + i ) );
      __m128i hits = _mm_setzero_si128();
      ( ( hits = _mm_or_si128( hits, _mm_cmpeq_epi8( x, _mm_set1_epi8( static_cast<char>( Bs ) ) ) ) ), ... );
      const auto mask = static_cast<unsigned>( _mm_movemask_epi8( hits ) );  // bit k: byte k
      if( mask != 0 ) {
         return i + std::size_t( std::countr_zero( mask ) );
      }
      i += 16;
   }
#endif
   i = swar::skip_none_of< Bs... >( p, i, n );
   while( i < n && ( ( static_cast<unsigned char>( p[ i ] ) != Bs ) && ... ) ) {
      ++i;
   }
   return i;
}

}  // namespace vanban::detail::simd

#endif
