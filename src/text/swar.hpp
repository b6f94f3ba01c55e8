// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TEXT_SWAR_HPP
#define VANBAN_TEXT_SWAR_HPP

// Eight bytes at a time in one 64-bit word ("SIMD within a register"): the scans that pass over
// text looking for a few byte values read a word, test it, and fall back to byte by byte only
// in the eight bytes that hold one. Portable C++: no intrinsics, any alignment, any byte order
// (where a test says which byte matched, a big-endian machine is told the word's first byte,
// and its caller reads on from there).

#include <bit>
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

/// The marks of the bytes of `x` that are one of `Bs` (as `marks`: the lowest is exact).
template< unsigned char... Bs >
[[nodiscard]] constexpr std::uint64_t marks_any( [[maybe_unused]] std::uint64_t x ) noexcept
{
   return ( marks( x, Bs ) | ... | std::uint64_t( 0 ) );
}

/// True when a byte of `x` is one of `Bs`, exactly (one test for the set, no branch per value).
template< unsigned char... Bs >
[[nodiscard]] constexpr bool has_any( std::uint64_t x ) noexcept
{
   return marks_any< Bs... >( x ) != 0;
}

/// How many of the eight bytes loaded come before the first one marked in `m` (not zero); on a
/// big-endian machine 0, which leaves the caller reading byte by byte from the word's start.
[[nodiscard]] constexpr std::size_t before_first_mark( std::uint64_t m ) noexcept
{
   if constexpr( std::endian::native == std::endian::little ) {
      return std::size_t( std::countr_zero( m ) >> 3 );  // the first byte is the lowest
   }
   return 0;
}

/// The high bit of the bytes of `x` that are less than `n` (n ≤ 128; as `marks`: the lowest is
/// exact, a borrow only runs up from a byte that is marked already).
[[nodiscard]] constexpr std::uint64_t marks_less( std::uint64_t x, unsigned char n ) noexcept
{
   return ( x - ones * n ) & ~x & highs;
}

}  // namespace vanban::detail::swar

#endif
