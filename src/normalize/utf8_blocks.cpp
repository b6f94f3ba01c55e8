// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The whole-text UTF-8 check 32 bytes at a time with AVX2, or 16 with SSSE3 (chosen at run
// time; the build targets plain x86-64): the lookup method of Keiser and Lemire, "Validating UTF-8 in
// less than one instruction per byte" (Software: Practice and Experience, 2021).
//
// Every error of UTF-8 shows in a pair of bytes (the byte before and the byte itself), except
// a missing or extra continuation of a three- or four-byte sequence, which shows in how far
// back the last lead byte was. So for each byte three table lookups (the high and low half of
// the byte before it, the high half of the byte itself) each give a set of error kinds that
// pair might be, and their intersection is the errors the pair is; separately, a byte two
// after a lead of three or more bytes, or three after a lead of four, must be a continuation.
//
// Vietnamese text has a letter of two or three bytes every few bytes, so the DFA in
// normalize.cpp, which passes only pure ASCII blocks whole, reads most of it one byte at a time.

#include <cstring>

#include "normalize/normalize.hpp"

#if defined( __x86_64__ ) || defined( __i386__ )
#include <immintrin.h>
#define VANBAN_UTF8_BLOCKS 1
#endif

namespace vanban::detail {

#ifdef VANBAN_UTF8_BLOCKS

namespace {

// The error kinds of a pair of bytes (byte 1 before byte 2), one bit each.
constexpr char too_short = 1 << 0;   // a lead byte, then no continuation: 11______ 0_______ / 11______ 11______
constexpr char too_long = 1 << 1;    // a continuation after ASCII: 0_______ 10______
constexpr char overlong_3 = 1 << 2;  // 11100000 100_____
constexpr char too_large = 1 << 3;   // past U+10FFFF: 11110100 1001____, 11110100 101_____, 11110101+ 1001____ / 101_____
constexpr char surrogate = 1 << 4;   // 11101101 101_____
constexpr char overlong_2 = 1 << 5;  // 1100000_ 10______
constexpr char too_large_1000 = 1 << 6;  // 11110101+ 1000____
constexpr char overlong_4 = 1 << 6;      // 11110000 1000____ (shares the bit: the low half of byte 1 tells them apart)
constexpr char two_conts = char( 1 << 7 );  // 10______ 10______ (an error unless a lead of three or four bytes is two or three back)
constexpr char carry = too_short | too_long | two_conts;  // the kinds the low half of byte 1 does not narrow

// The three tables, indexed by a half byte.
// by the high half of byte 1
alignas( 16 ) constexpr char by_high_1[ 16 ] = {
   too_long, too_long, too_long, too_long, too_long, too_long, too_long, too_long,  // ASCII
   two_conts, two_conts, two_conts, two_conts,                                      // a continuation
   too_short | overlong_2,                                                          // 1100____
   too_short,                                                                       // 1101____
   too_short | overlong_3 | surrogate,                                              // 1110____
   too_short | too_large | too_large_1000 | overlong_4,                             // 1111____
};
// by the low half of byte 1
alignas( 16 ) constexpr char by_low_1[ 16 ] = {
   carry | overlong_3 | overlong_2 | overlong_4,                               // ____0000
   carry | overlong_2,                                                         // ____0001
   carry, carry,                                                               // ____001_
   carry | too_large,                                                          // ____0100
   carry | too_large | too_large_1000,                                         // ____0101
   carry | too_large | too_large_1000, carry | too_large | too_large_1000,     // ____011_
   carry | too_large | too_large_1000, carry | too_large | too_large_1000,     // ____1___
   carry | too_large | too_large_1000, carry | too_large | too_large_1000,
   carry | too_large | too_large_1000,
   carry | too_large | too_large_1000 | surrogate,                             // ____1101
   carry | too_large | too_large_1000, carry | too_large | too_large_1000,
};
// by the high half of byte 2
alignas( 16 ) constexpr char by_high_2[ 16 ] = {
   too_short, too_short, too_short, too_short, too_short, too_short, too_short, too_short,  // ASCII
   too_long | overlong_2 | two_conts | overlong_3 | too_large_1000 | overlong_4,          // 1000____
   too_long | overlong_2 | two_conts | overlong_3 | too_large,                            // 1001____
   too_long | overlong_2 | two_conts | surrogate | too_large,                             // 101_____
   too_long | overlong_2 | two_conts | surrogate | too_large,
   too_short, too_short, too_short, too_short,  // a lead byte
};

// Both widths compute the same: for each byte, the pair errors (the three lookups, and-ed),
// xor-ed with whether it must continue a sequence (the byte two after a lead >= 0xE0 or three
// after one >= 0xF0: there the saturating differences have their high bit set, a pair of
// continuations is right and two_conts cancels, and anything else is wrong). Nonzero: wrong.

[[gnu::target( "ssse3" )]] inline __m128i table( const char* t ) noexcept
{
   return _mm_load_si128( reinterpret_cast<const __m128i*>( t ) );
}

/// Sixteen bytes `in`, after the sixteen `prev`.
[[gnu::target( "ssse3" )]] inline __m128i block_errors( __m128i in, __m128i prev ) noexcept
{
   const __m128i low = _mm_set1_epi8( 0x0F );
   const __m128i before_1 = _mm_alignr_epi8( in, prev, 15 );
   const __m128i pair = _mm_and_si128( _mm_and_si128( _mm_shuffle_epi8( table( by_high_1 ), _mm_and_si128( _mm_srli_epi16( before_1, 4 ), low ) ),
                                                      _mm_shuffle_epi8( table( by_low_1 ), _mm_and_si128( before_1, low ) ) ),
                                       _mm_shuffle_epi8( table( by_high_2 ), _mm_and_si128( _mm_srli_epi16( in, 4 ), low ) ) );
   const __m128i before_2 = _mm_alignr_epi8( in, prev, 14 );
   const __m128i before_3 = _mm_alignr_epi8( in, prev, 13 );
   const __m128i must_continue = _mm_and_si128( _mm_or_si128( _mm_subs_epu8( before_2, _mm_set1_epi8( char( 0xE0 - 0x80 ) ) ),
                                                              _mm_subs_epu8( before_3, _mm_set1_epi8( char( 0xF0 - 0x80 ) ) ) ),
                                                _mm_set1_epi8( char( 0x80 ) ) );
   return _mm_xor_si128( must_continue, pair );
}

/// A table in both halves.
[[gnu::target( "avx2" )]] inline __m256i table32( const char* t ) noexcept
{
   return _mm256_broadcastsi128_si256( _mm_load_si128( reinterpret_cast<const __m128i*>( t ) ) );
}

/// Thirty-two bytes `in`, after the thirty-two `prev` (AVX2 shifts bytes within each half, so
/// the bytes before the upper half come from the lower half of `in`, the lower half's from
/// the upper half of `prev`).
[[gnu::target( "avx2" )]] inline __m256i block_errors( __m256i in, __m256i prev ) noexcept
{
   const __m256i low = _mm256_set1_epi8( 0x0F );
   const __m256i shifted = _mm256_permute2x128_si256( prev, in, 0x21 );  // prev's upper half, in's lower half
   const __m256i before_1 = _mm256_alignr_epi8( in, shifted, 15 );
   const __m256i pair = _mm256_and_si256( _mm256_and_si256( _mm256_shuffle_epi8( table32( by_high_1 ), _mm256_and_si256( _mm256_srli_epi16( before_1, 4 ), low ) ),
                                                            _mm256_shuffle_epi8( table32( by_low_1 ), _mm256_and_si256( before_1, low ) ) ),
                                          _mm256_shuffle_epi8( table32( by_high_2 ), _mm256_and_si256( _mm256_srli_epi16( in, 4 ), low ) ) );
   const __m256i before_2 = _mm256_alignr_epi8( in, shifted, 14 );
   const __m256i before_3 = _mm256_alignr_epi8( in, shifted, 13 );
   const __m256i must_continue = _mm256_and_si256( _mm256_or_si256( _mm256_subs_epu8( before_2, _mm256_set1_epi8( char( 0xE0 - 0x80 ) ) ),
                                                                    _mm256_subs_epu8( before_3, _mm256_set1_epi8( char( 0xF0 - 0x80 ) ) ) ),
                                                   _mm256_set1_epi8( char( 0x80 ) ) );
   return _mm256_xor_si256( must_continue, pair );
}

// Each width reads whole blocks, then the rest padded with NULs (ASCII): a sequence cut short
// at the end is one followed by ASCII, an error of its pair or of its continuation rule.

[[gnu::target( "ssse3" )]] bool valid_by_16( const char* p, std::size_t n ) noexcept
{
   __m128i prev = _mm_setzero_si128();
   __m128i errors = _mm_setzero_si128();
   std::size_t i = 0;
   for( ; i + 16 <= n; i += 16 ) {
      const __m128i in = _mm_loadu_si128( reinterpret_cast<const __m128i*>( p + i ) );
      errors = _mm_or_si128( errors, block_errors( in, prev ) );
      prev = in;
   }
   alignas( 16 ) char last[ 16 ] = {};
   std::memcpy( last, p + i, n - i );
   errors = _mm_or_si128( errors, block_errors( _mm_load_si128( reinterpret_cast<const __m128i*>( last ) ), prev ) );
   return _mm_movemask_epi8( _mm_cmpeq_epi8( errors, _mm_setzero_si128() ) ) == 0xFFFF;
}

[[gnu::target( "avx2" )]] bool valid_by_32( const char* p, std::size_t n ) noexcept
{
   __m256i prev = _mm256_setzero_si256();
   __m256i errors = _mm256_setzero_si256();
   std::size_t i = 0;
   for( ; i + 32 <= n; i += 32 ) {
      const __m256i in = _mm256_loadu_si256( reinterpret_cast<const __m256i*>( p + i ) );
      errors = _mm256_or_si256( errors, block_errors( in, prev ) );
      prev = in;
   }
   alignas( 32 ) char last[ 32 ] = {};
   std::memcpy( last, p + i, n - i );
   errors = _mm256_or_si256( errors, block_errors( _mm256_load_si256( reinterpret_cast<const __m256i*>( last ) ), prev ) );
   return _mm256_testz_si256( errors, errors ) != 0;
}

[[nodiscard]] utf8_blocks detect() noexcept
{
   __builtin_cpu_init();
   if( __builtin_cpu_supports( "avx2" ) ) {
      return utf8_blocks::avx2;
   }
   return __builtin_cpu_supports( "ssse3" ) ? utf8_blocks::ssse3 : utf8_blocks::none;
}

}  // namespace

utf8_blocks utf8_blocks_available() noexcept
{
   static const utf8_blocks best = detect();
   return best;
}

bool is_valid_utf8_blocks( std::string_view s, utf8_blocks width ) noexcept
{
   switch( width ) {
      case utf8_blocks::avx2:
         return valid_by_32( s.data(), s.size() );
      case utf8_blocks::ssse3:
         return valid_by_16( s.data(), s.size() );
      case utf8_blocks::none:
         break;
   }
   return is_valid_utf8_dfa( s );
}

#else

utf8_blocks utf8_blocks_available() noexcept
{
   return utf8_blocks::none;
}

bool is_valid_utf8_blocks( std::string_view s, utf8_blocks /*width*/ ) noexcept
{
   return is_valid_utf8_dfa( s );
}

#endif

}  // namespace vanban::detail
