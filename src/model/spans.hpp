// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_MODEL_SPANS_HPP
#define VANBAN_MODEL_SPANS_HPP

#include <functional>
#include <string_view>

#include <vanban/document.hpp>

namespace vanban::detail {

/// Calls `f` on every span of `doc`, graph evidence included: the one list of the model's spans
/// (finalize_spans, and the input decoder that maps spans of an HTML page's text to its source).
void for_each_span( document& doc, const std::function<void( span& )>& f );

/// Fills `cp_start`, `cp_end`, `line` and `column` of every span in `doc` from their byte offsets
/// into `original`: one pass over the text keeps its position every 256 bytes, then one pass over
/// the spans counts each from the nearer of that mark and the span before (at most 256 bytes a
/// span; a list in text order, one pass over its part of the text). Linear whatever the number
/// of spans, with no sort. `known_valid`: `original` is known to be valid UTF-8 (else it is
/// checked here: valid text is counted 64 bytes at a time).
void finalize_spans( std::string_view original, document& doc, bool known_valid = false );

/// The line, column (code points) and code-point offset of byte `offset` of `text`.
struct text_position {
   std::uint32_t line = 1;
   std::uint32_t column = 1;
   std::size_t cp = 0;
};
[[nodiscard]] text_position position_of( std::string_view text, std::size_t offset ) noexcept;

}  // namespace vanban::detail

#endif
