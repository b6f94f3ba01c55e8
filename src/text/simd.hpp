// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TEXT_SIMD_HPP
#define VANBAN_TEXT_SIMD_HPP

// Sixteen bytes at a time with SSE2, which every x86-64 processor has (so no choice at run
// time): the scans that look for the next of a few byte values in text where they come every
// twenty bytes or so, and the masks of a block that count code points. Elsewhere the searches
// read eight bytes at a time with swar.hpp's words, and the masks are made byte by byte.

#include <bit>
#include <cstddef>
#include <cstdint>

#include "text/swar.hpp"

#if defined( __SSE2__ )
#include <emmintrin.h>
#endif

namespace vanban::detail::simd {

/// The first position from `i` where [p, p + n) holds a byte less than `Below` (≤ 128; 0: none)
/// or one of `Bs`, or `n`: sixteen bytes a step, then eight, then one.
template< unsigned char Below, unsigned char... Bs >
[[nodiscard]] inline std::size_t find_below_or( const char* p, std::size_t i, std::size_t n ) noexcept
{
   static_assert( Below <= 128 );
#if defined( __SSE2__ )
   while( i + 16 <= n ) {
      const __m128i x = _mm_loadu_si128( reinterpret_cast<const __m128i*>( p + i ) );
      __m128i hits = _mm_setzero_si128();
      if constexpr( Below > 0 ) {
         // x < Below, unsigned: the smaller of x and Below - 1 is x itself
         hits = _mm_cmpeq_epi8( _mm_min_epu8( x, _mm_set1_epi8( static_cast<char>( Below - 1 ) ) ), x );
      }
      ( ( hits = _mm_or_si128( hits, _mm_cmpeq_epi8( x, _mm_set1_epi8( static_cast<char>( Bs ) ) ) ) ), ... );
      const auto mask = static_cast<unsigned>( _mm_movemask_epi8( hits ) );  // bit k: byte k
      if( mask != 0 ) {
         return i + std::size_t( std::countr_zero( mask ) );
      }
      i += 16;
   }
#endif
   while( i + 8 <= n ) {
      const std::uint64_t x = swar::load8( p + i );
      const std::uint64_t m = ( Below > 0 ? swar::marks_less( x, Below ) : 0 ) | swar::marks_any< Bs... >( x );
      if( m != 0 ) {
         i += swar::before_first_mark( m );  // the byte itself (a big-endian machine: the word's start)
         break;
      }
      i += 8;
   }
   while( i < n && static_cast<unsigned char>( p[ i ] ) >= Below && ( ( static_cast<unsigned char>( p[ i ] ) != Bs ) && ... ) ) {
      ++i;
   }
   return i;
}

/// The first position from `i` where [p, p + n) holds one of `Bs`, or `n`.
template< unsigned char... Bs >
[[nodiscard]] inline std::size_t find_any( const char* p, std::size_t i, std::size_t n ) noexcept
{
   return find_below_or< 0, Bs... >( p, i, n );
}

/// Bit k set where byte k of the sixteen at `p` (all readable) is one of `Bs`.
template< unsigned char... Bs >
[[nodiscard]] inline unsigned mask_of( const char* p ) noexcept
{
#if defined( __SSE2__ )
   const __m128i x = _mm_loadu_si128( reinterpret_cast<const __m128i*>( p ) );
   __m128i hits = _mm_setzero_si128();
   ( ( hits = _mm_or_si128( hits, _mm_cmpeq_epi8( x, _mm_set1_epi8( static_cast<char>( Bs ) ) ) ) ), ... );
   return static_cast<unsigned>( _mm_movemask_epi8( hits ) );
#else
   unsigned m = 0;
   for( unsigned k = 0; k < 16; ++k ) {
      m |= unsigned( ( ( static_cast<unsigned char>( p[ k ] ) == Bs ) || ... ) ) << k;
   }
   return m;
#endif
}

/// Bit k set where byte k of the sixteen at `p` (all readable) is a UTF-8 continuation byte
/// (10xxxxxx): the bytes that start no code point.
[[nodiscard]] inline unsigned continuation_mask( const char* p ) noexcept
{
#if defined( __SSE2__ )
   const __m128i x = _mm_loadu_si128( reinterpret_cast<const __m128i*>( p ) );
   // as signed bytes the continuation bytes are exactly those below -64 (0x80-0xBF)
   return static_cast<unsigned>( _mm_movemask_epi8( _mm_cmplt_epi8( x, _mm_set1_epi8( -64 ) ) ) );
#else
   unsigned m = 0;
   for( unsigned k = 0; k < 16; ++k ) {
      m |= unsigned( ( static_cast<unsigned char>( p[ k ] ) & 0xC0 ) == 0x80 ) << k;
   }
   return m;
#endif
}

/// The set bits of a mask of sixty-four (no call to libgcc's popcount, which the baseline
/// x86-64 target makes of std::popcount).
[[nodiscard]] constexpr unsigned count64( std::uint64_t m ) noexcept
{
   m = m - ( ( m >> 1 ) & 0x5555555555555555ull );
   m = ( m & 0x3333333333333333ull ) + ( ( m >> 2 ) & 0x3333333333333333ull );
   m = ( m + ( m >> 4 ) ) & 0x0F0F0F0F0F0F0F0Full;
   return unsigned( ( m * 0x0101010101010101ull ) >> 56 );
}

}  // namespace vanban::detail::simd

#endif
