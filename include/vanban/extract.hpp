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

/// \file
/// The entry point: `vanban::extract()` turns a UTF-8 text into a `vanban::document`.

namespace vanban {

/// Options of `extract()`.
struct options {
   /// Name of the input (a path), used in error messages and kept in `document::source`.
   std::optional<std::string> source;
   /// Inputs larger than this are rejected with `error_code::limit_exceeded` (its position: the
   /// first byte past the limit).
   std::size_t max_input_bytes = std::size_t( 256 ) << 20;
   /// Deepest nesting accepted: of quotation marks “…” (quoted amendments quote texts that
   /// quote texts) and of an HTML page's elements. Deeper input is rejected with
   /// `error_code::limit_exceeded` at the opening that goes too deep. Nothing in vanban recurses
   /// over either, so the limit only keeps pathological input out: real texts nest 3 or 4 deep.
   std::size_t max_nesting = 1024;
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
///         `options::max_input_bytes`, nests deeper than `options::max_nesting` (both with
///         the position) or memory runs out; `icu` when ICU fails; `internal` for a bug in
///         vanban. No PEGTL, ICU, JSON-library or standard exception escapes.
/// \note Content problems are reported in `document::diagnostics`, never thrown: `VB-W001`
///       for a date the calendar rejects, `VB-N001` for each invalid UTF-8 sequence replaced
///       under `options::lossy` (the catalogue: docs/diagnostics.md). Reentrant: safe to call
///       from many threads at once.
[[nodiscard]] VANBAN_API document extract( std::string_view text, const options& opts = {} );

}  // namespace vanban

#endif
