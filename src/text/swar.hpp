// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TEXT_SWAR_HPP
#define VANBAN_TEXT_SWAR_HPP

// Eight bytes at a time in one 64-bit word ("SIMD within a register"): the scans that pass over
// text looking for a few byte values read a word, test it, and fall back to byte by byte only
// in the eight bytes that hold one. Portable C++: no intrinsics, any alignment, any byte order
// (the tests only ask whether some byte matches, not which).

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

/// True when a byte of `x` is `b`. Exact: a lower byte's borrow can mark a higher byte only when
/// a lower byte matched already.
[[nodiscard]] constexpr bool has_byte( std::uint64_t x, unsigned char b ) noexcept
{
   const std::uint64_t y = x ^ ( ones * b );
   return ( ( y - ones ) & ~y & highs ) != 0;
}

/// True when a byte of `x` is less than `n` (n ≤ 128), exact as has_byte.
[[nodiscard]] constexpr bool has_less( std::uint64_t x, unsigned char n ) noexcept
{
   return ( ( x - ones * n ) & ~x & highs ) != 0;
}

}  // namespace vanban::detail::swar

#endif
