// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_RESOLVE_RESOLVE_HPP
#define VANBAN_RESOLVE_RESOLVE_HPP

#include <string_view>

#include <vanban/document.hpp>

#include "normalize/source_map.hpp"
#include "parse/events.hpp"
#include "parse/structure_events.hpp"

namespace vanban::detail {

/// The texts and map one extraction works on.
struct text_view {
   std::string_view original;    ///< the input as the caller passed it
   std::string_view normalized;  ///< what the grammar scanned
   const source_map& map;        ///< normalized offsets → original offsets
};

/// Turns what the scan found into the public model: canonical types, numbers, dates, issuers
/// (placed in the text's province), the text's own document, relations from cue phrases,
/// titles, ids and the document graph; the header, body tree, signers and recipients from
/// `lines`. Pure: reads `ev` and `lines`, fills `doc`.
void resolve( const text_view& text, const events& ev, const line_events& lines, document& doc );
/// The same, freeing `lines` as soon as no step needs them (before the citations, the mentions
/// and the graph are built: the peak of memory on a long text).
void resolve( const text_view& text, const events& ev, line_events&& lines, document& doc );

}  // namespace vanban::detail

#endif
