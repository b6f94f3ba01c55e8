// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_EXTRACT_HPP
#define VANBAN_EXTRACT_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <vanban/document.hpp>
#include <vanban/export.hpp>

namespace vanban {

/// Options of `extract()`.
struct options {
   /// Name of the input (a path), used in error messages and kept in `document::source`.
   std::optional<std::string> source;
   /// Inputs larger than this are rejected with `error_code::limit_exceeded`.
   std::size_t max_input_bytes = std::size_t( 256 ) << 20;
   /// Replace invalid UTF-8 sequences with U+FFFD (one `VB-N001` note each) instead of failing.
   bool lossy = false;
};

/// Extracts citations, dates, issuers, the text's own document and its graph from `text`.
///
/// `text` is UTF-8, with or without a BOM, in any Unicode normalization form. All spans in the
/// result point into `text` as passed.
///
/// \throws vanban::error `invalid_utf8` (with line, column and byte offset) unless
///         `options::lossy`; `limit_exceeded` when `text` is larger than
///         `options::max_input_bytes`; `icu` when ICU fails. Nothing else escapes.
/// \note Content problems (impossible dates, numbers that almost parse) are reported in
///       `document::diagnostics`, never thrown. Reentrant: safe to call from many threads.
[[nodiscard]] VANBAN_API document extract( std::string_view text, const options& opts = {} );

}  // namespace vanban

#endif
