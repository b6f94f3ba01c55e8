// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_NORMALIZE_NORMALIZE_HPP
#define VANBAN_NORMALIZE_NORMALIZE_HPP

#include <string>
#include <string_view>
#include <vector>

#include <vanban/diagnostic.hpp>
#include <vanban/extract.hpp>

#include "source_map.hpp"

namespace vanban::detail {

/// The text the grammar reads, and the way back to the original.
struct normalized_text {
   std::string storage;       ///< owns the text when any stage changed something
   std::string_view text;     ///< the normalized text (into `storage` or the original)
   source_map map;            ///< normalized offsets → original offsets
   std::vector<diagnostic> notes;  ///< one per replacement made under `options::lossy` (original offsets)
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
[[nodiscard]] std::size_t valid_sequence( std::string_view s, std::size_t i ) noexcept;
/// Length of the maximal ill-formed subpart at `i` (what one U+FFFD replaces; Unicode §3.9).
[[nodiscard]] std::size_t invalid_length( std::string_view s, std::size_t i ) noexcept;
/// "invalid UTF-8: …", saying what is wrong with the sequence at `i`.
[[nodiscard]] std::string describe( std::string_view s, std::size_t i );

}  // namespace vanban::detail

#endif
