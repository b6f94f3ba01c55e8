// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_NORMALIZE_NORMALIZE_HPP
#define VANBAN_NORMALIZE_NORMALIZE_HPP

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <vanban/diagnostic.hpp>
#include <vanban/extract.hpp>

#include "source_map.hpp"
#include "text/swar.hpp"

namespace vanban::detail {

/// The text the grammar reads, and the way back to the original.
///
/// `text` views either the original or `storage`. Copies and moves keep a view into `storage`
/// pointing at their own `storage`: a short text lives inside the std::string object (small
/// string optimization), so the moved-from object's bytes would otherwise be read after it is
/// gone (the fuzzer found this with "Cha\u0301n", whose NFC form fits in the object).
struct normalized_text {
   std::string storage;       ///< owns the text when any stage changed something
   std::string_view text;     ///< the normalized text (into `storage` or the original)
   source_map map;            ///< normalized offsets → original offsets
   std::vector<diagnostic> notes;  ///< one per replacement made under `options::lossy` (original offsets)

   normalized_text() = default;
   normalized_text( const normalized_text& o )
      : storage( o.storage ), text( o.text ), map( o.map ), notes( o.notes )
   {
      rebind( o.owns_text() );
   }
   normalized_text( normalized_text&& o ) noexcept
      : normalized_text( std::move( o ), o.owns_text() )
   {}
   normalized_text& operator=( const normalized_text& o )
   {
      if( this != &o ) {
         *this = normalized_text( o );
      }
      return *this;
   }
   normalized_text& operator=( normalized_text&& o ) noexcept
   {
      const bool owned = o.owns_text();
      storage = std::move( o.storage );
      text = o.text;
      map = std::move( o.map );
      notes = std::move( o.notes );
      rebind( owned );
      return *this;
   }
   ~normalized_text() = default;

   /// Whether `text` views `storage` (a stage changed something) rather than the original.
   [[nodiscard]] bool owns_text() const noexcept
   {
      return text.data() == storage.data();
   }

private:
   normalized_text( normalized_text&& o, bool owned ) noexcept
      : storage( std::move( o.storage ) ), text( o.text ), map( std::move( o.map ) ), notes( std::move( o.notes ) )
   {
      rebind( owned );
   }
   void rebind( bool owned ) noexcept
   {
      if( owned ) {
         text = storage;
      }
   }
};

/// Validates and normalizes `original`, in stages (docs/pipeline.md):
///  1. drop a UTF-8 BOM; check UTF-8 (RFC 3629: no overlongs, surrogates or code points past
///     U+10FFFF); fold confusables (grammars/lexicon/confusables.tsv: Ð → Đ, dash variants → '-',
///     no-break and zero-width spaces), CR and CRLF → LF, other control characters → space;
///  2. NFC (ICU, quick check first; the Edits give the offset map);
///  3. old-style tone placement at word ends → new style ("hoá" → "hóa", "Uỷ" → "Ủy").
/// \throws vanban::error `invalid_utf8` with line, column and byte offset (unless `lossy`),
///         `limit_exceeded` past `max_input_bytes`, `icu` when ICU fails.
[[nodiscard]] normalized_text normalize( std::string_view original, const options& opts );

// The UTF-8 check of stage 1, shared with the input decoder (src/input), which checks HTML
// before its parser sees it.

/// Length of the valid UTF-8 sequence at `i` of `s`, or 0 when it is invalid (RFC 3629).
/// Inline: every byte of every input passes here, and most callers' loops are tight.
[[nodiscard]] inline std::size_t valid_sequence( std::string_view s, std::size_t i ) noexcept
{
   const std::size_t left = s.size() - i;
   const auto* p = reinterpret_cast<const unsigned char*>( s.data() + i );
   const unsigned char b0 = p[ 0 ];
   const auto cont = [ & ]( std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF ) { return k < left && p[ k ] >= lo && p[ k ] <= hi; };
   if( b0 < 0x80 ) {
      return 1;
   }
   if( b0 >= 0xC2 && b0 <= 0xDF ) {
      return cont( 1 ) ? 2 : 0;
   }
   if( ( b0 >= 0xE1 && b0 <= 0xEC ) || b0 == 0xEE || b0 == 0xEF ) {
      return cont( 1 ) && cont( 2 ) ? 3 : 0;
   }
   if( b0 == 0xE0 ) {
      return cont( 1, 0xA0 ) && cont( 2 ) ? 3 : 0;
   }
   if( b0 == 0xED ) {
      return cont( 1, 0x80, 0x9F ) && cont( 2 ) ? 3 : 0;  // no UTF-16 surrogates
   }
   if( b0 == 0xF0 ) {
      return cont( 1, 0x90 ) && cont( 2 ) && cont( 3 ) ? 4 : 0;
   }
   if( b0 >= 0xF1 && b0 <= 0xF3 ) {
      return cont( 1 ) && cont( 2 ) && cont( 3 ) ? 4 : 0;
   }
   if( b0 == 0xF4 ) {
      return cont( 1, 0x80, 0x8F ) && cont( 2 ) && cont( 3 ) ? 4 : 0;  // nothing past U+10FFFF
   }
   return 0;
}

/// How many bytes from `i` on are printable ASCII (0x20-0x7E), read eight at a time: the common
/// case of every per-byte loop over the text.
[[nodiscard]] inline std::size_t printable_ascii_run( std::string_view s, std::size_t i ) noexcept
{
   using swar::highs;
   using swar::ones;
   const std::size_t from = i;
   while( i + 8 <= s.size() ) {
      const std::uint64_t x = swar::load8( s.data() + i );
      // a byte >= 0x80 (its high bit), < 0x20 (the first such borrows: high bit, clear in x) or
      // 0x7F (+ 1 carries into the high bit of the low seven bits only there)
      const std::uint64_t special = ( x | ( ( x - ones * 0x20 ) & ~x ) | ( ( x & ~highs ) + ones ) ) & highs;
      if( special != 0 ) {
         if constexpr( std::endian::native == std::endian::little ) {
            // the lowest flag is exact (a borrow only runs up from a byte < 0x20): the first
            // byte of the eight that is not printable
            return i + std::size_t( std::countr_zero( special ) >> 3 ) - from;
         }
         break;
      }
      i += 8;
   }
   while( i < s.size() && static_cast<unsigned char>( s[ i ] ) >= 0x20 && static_cast<unsigned char>( s[ i ] ) < 0x7F ) {
      ++i;
   }
   return i - from;
}
/// Length of the maximal ill-formed subpart at `i` (what one U+FFFD replaces; Unicode §3.9).
[[nodiscard]] std::size_t invalid_length( std::string_view s, std::size_t i ) noexcept;
/// "invalid UTF-8: …", saying what is wrong with the sequence at `i`.
[[nodiscard]] std::string describe( std::string_view s, std::size_t i );
/// Whether all of `s` is valid UTF-8, exactly as `valid_sequence` judges it, read without a
/// branch per byte: a block of bytes a step where the processor can (`is_valid_utf8_blocks`),
/// else, and for strings shorter than sixteen bytes, with `is_valid_utf8_dfa`. For callers that
/// only need the answer; the place of a problem is found with `first_invalid_utf8`.
[[nodiscard]] bool is_valid_utf8( std::string_view s ) noexcept;
/// The same answer from a shift-based DFA, one byte a step (sixteen ASCII bytes at a time).
[[nodiscard]] bool is_valid_utf8_dfa( std::string_view s ) noexcept;
/// The widths of `is_valid_utf8_blocks`: 16 bytes with SSSE3, 32 with AVX2 (x86 only).
enum class utf8_blocks { none, ssse3, avx2 };
/// The widest `utf8_blocks` this processor runs (decided once).
[[nodiscard]] utf8_blocks utf8_blocks_available() noexcept;
/// The same answer, a block of `width` bytes a step (Keiser and Lemire's lookup method;
/// utf8_blocks.cpp); `width` no wider than `utf8_blocks_available()`. `none` is the DFA.
[[nodiscard]] bool is_valid_utf8_blocks( std::string_view s, utf8_blocks width ) noexcept;
/// Where `s` first goes wrong: the offset of the first sequence `valid_sequence` rejects, or
/// `s.size()` when all of it is valid.
[[nodiscard]] std::size_t first_invalid_utf8( std::string_view s ) noexcept;

}  // namespace vanban::detail

#endif
