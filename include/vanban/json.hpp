// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_JSON_HPP
#define VANBAN_JSON_HPP

#include <iosfwd>
#include <string>

#include <vanban/document.hpp>
#include <vanban/export.hpp>

/// \file
/// The JSON export of a document (docs/schema.md); the JSON library stays inside vanban.

namespace vanban {

/// Options of the JSON writer.
struct json_options {
   /// Indent by this many spaces, or write one compact line when negative.
   int indent = 2;
};

/// The document as JSON (schema_version "1", docs/schema.md), keys in a fixed order, with the
/// `diagnostics` of `doc` as they are (writing adds none).
/// \throws vanban::error `internal` when a string in `doc` is not valid UTF-8 (never for a
///         document `extract()` returned); std::bad_alloc.
[[nodiscard]] VANBAN_API std::string to_json( const document& doc, const json_options& opts = {} );

/// Writes `to_json(doc, opts)` to `out`, as it is made (through a 64 KiB buffer: the JSON of a
/// long text is never held whole).
/// \throws what `to_json()` throws (then part of the JSON may already be written), and what
///         `out` throws under its exception mask (otherwise a failed write sets `out`'s
///         badbit).
VANBAN_API void write_json( std::ostream& out, const document& doc, const json_options& opts = {} );

}  // namespace vanban

#endif
