// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TEXT_SWAR_HPP
#define VANBAN_TEXT_SWAR_HPP

// Eight bytes at a time in one 64-bit word ("SIMD within a register"): the scans that pass over
// text looking for a few byte values read a word, test it, and fall back to byte by byte only
// in the eight bytes that hold one. Portable C++: no intrinsics, any alignment, any byte order
// (the tests only ask whether some byte matches, not which).

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace vanban::detail::swar {

inline constexpr std::uint64_t ones = 0x0101010101010101ull;
inline constexpr std::uint64_t highs = 0x8080808080808080ull;

/// The eight bytes at `p` as one word.
[[nodiscard]] inline std::uint64_t load8( const char* p ) noexcept
{
   std::uint64_t x;
   std::memcpy( &x, p, 8 );
   return x;
}

/// The high bit of the bytes of `x` that are `b`: zero exactly when none is (a lower byte's
/// borrow can mark a higher byte only when a lower byte matched already).
[[nodiscard]] constexpr std::uint64_t marks( std::uint64_t x, unsigned char b ) noexcept
{
   const std::uint64_t y = x ^ ( ones * b );
   return ( y - ones ) & ~y & highs;
}

/// True when a byte of `x` is `b`, exactly.
[[nodiscard]] constexpr bool has_byte( std::uint64_t x, unsigned char b ) noexcept
{
   return marks( x, b ) != 0;
}

/// True when a byte of `x` is one of `Bs`, exactly (one test for the set, no branch per value).
template< unsigned char... Bs >
[[nodiscard]] constexpr bool has_any( std::uint64_t x ) noexcept
{
   return ( marks( x, Bs ) | ... ) != 0;
}

/// The first position from `i` where [p + i, p + n) may hold one of `Bs`: whole words of eight
/// bytes that hold none are passed over; the caller reads on byte by byte from there.
template< unsigned char... Bs >
[[nodiscard]] inline std::size_t skip_none_of( const char* p, std::size_t i, std::size_t n ) noexcept
{
   while( i + 8 <= n && !has_any< Bs... >( load8( p + i ) ) ) {
      i += 8;
   }
   return i;
}

/// True when a byte of `x` is less than `n` (n ≤ 128), exact as has_byte.
[[nodiscard]] constexpr bool has_less( std::uint64_t x, unsigned char n ) noexcept
{
   return ( ( x - ones * n ) & ~x & highs ) != 0;
}

}  // namespace vanban::detail::swar

#endif
