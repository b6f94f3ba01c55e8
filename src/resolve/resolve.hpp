// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_RESOLVE_RESOLVE_HPP
#define VANBAN_RESOLVE_RESOLVE_HPP

#include <string>
#include <string_view>

#include <vanban/document.hpp>

#include "normalize/normalize.hpp"
#include "normalize/original_text.hpp"
#include "normalize/source_map.hpp"
#include "parse/events.hpp"
#include "parse/structure_events.hpp"

namespace vanban::detail {

/// The texts and map one extraction works on.
struct text_view {
   std::string_view original;    ///< the input as the caller passed it (empty when lent and freed)
   std::string_view normalized;  ///< what the grammar scanned
   const source_map& map;        ///< normalized offsets → original offsets
   const original_text* rebuild = nullptr;  ///< set when the caller's copy was freed: its bytes come from here

   /// The original's bytes [start, end).
   [[nodiscard]] std::string original_bytes( std::size_t start, std::size_t end ) const;
};

/// Turns what the scan found into the public model: canonical types, numbers, dates, issuers
/// (placed in the text's province), the text's own document, relations from cue phrases,
/// titles, ids and the document graph; the header, body tree, signers and recipients from
/// `lines`. Pure: reads `ev` and `lines`, fills `doc`.
void resolve( const text_view& text, const events& ev, const line_events& lines, document& doc );
/// The same for `extract()`, which hands its intermediate results over: each is freed as soon
/// as no step reads it any more, since the memory of a long text peaks at the end of resolve
/// (docs/performance.md). The line records go once the header, body tree, place and wrapper are
/// read; the scan's events, the normalized text (`norm.storage`) and the sentence bounds once
/// the mentions are collected, before the spans are finalized and the graph is built.
/// `original_valid`: normalizing replaced no invalid UTF-8 in `original` (`options::lossy`).
/// `lent`, when not null, is the caller's copy of the original, already freed (`original` is
/// then empty): its bytes are read from `rebuild`, and it is rebuilt into `lent` before the
/// normalized text goes, for the spans' code points, lines and columns.
void resolve( std::string_view original, normalized_text&& norm, events&& ev, line_events&& lines, document& doc, bool original_valid, const original_text* rebuild = nullptr, std::string* lent = nullptr );

}  // namespace vanban::detail

#endif
