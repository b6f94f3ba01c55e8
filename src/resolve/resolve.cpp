// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "resolve.hpp"

#include <algorithm>

#include "context.hpp"
#include "model/graph_builder.hpp"
#include "model/spans.hpp"
#include "pipeline/release.hpp"

namespace vanban::detail {

namespace {

/// What run() frees once no later step reads it (null: the caller keeps it).
struct handed_over {
   line_events* lines = nullptr;
   events* ev = nullptr;
   normalized_text* norm = nullptr;
   bool original_valid = false;  ///< the original is known to be valid UTF-8
   std::string* lent = nullptr;  ///< the caller's copy of the original, freed: rebuilt here
};

void run( resolve_context& cx, const handed_over& owned )
{
   find_sentences( cx );
   read_header( cx );
   build_structure( cx );
   infer_place( cx );
   read_wrapper( cx );
   if( owned.lines != nullptr ) {
      release( owned.lines->lines );  // no step below reads the lines
      *owned.lines = line_events();
   }
   // room was made for a node at every line with a heading's style (a quarter of a long
   // text's were never made), and the heading pieces grew by doubling: they are kept through
   // the peaks of memory below, so they shrink to their size, where the lines' room is free
   compact_structure( cx );
   build_citations( cx );
   find_subject( cx );
   assign_relations( cx );
   assign_ids( cx );
   // the citations are complete: their raw records, cues, pinpoints and issuing verbs and the
   // analysis of their numbers go before the mentions are collected (the largest step), so
   // that its peak does not hold them too
   cx.extras = std::vector<citation_extra>();
   if( owned.ev != nullptr ) {
      release( owned.ev->citations );
      release( owned.ev->cues );
      release( owned.ev->pinpoints );
      release( owned.ev->promulgations );
   }
   collect_mentions( cx );
   // the spans are in original offsets by now (cx.map), and the graph is built from the model:
   // nothing below reads the normalized text, the events or the sentence bounds
   if( owned.ev != nullptr ) {
      release( owned.ev->bodies );
      release( owned.ev->dates );
      *owned.ev = events();
   }
   write_headings( cx );  // the last step that reads the normalized text
   std::string_view original = cx.t.original;
   if( owned.lent != nullptr ) {
      // the caller's text comes back, rebuilt in the normalized text's buffer: one copy
      cx.t.rebuild->rebuild_in_place( owned.norm->storage );
      *owned.lent = std::move( owned.norm->storage );
      original = *owned.lent;
   }
   if( owned.norm != nullptr ) {
      // swapped out (release), not `= std::string()`: a move-assignment from a short (SSO)
      // string copies its bytes into the existing buffer and keeps the capacity
      release( owned.norm->storage );
   }
   release( cx.boundaries );
   finalize_spans( original, cx.doc, owned.original_valid );
   build_graph( cx.doc );
}

}  // namespace

void resolve( const text_view& text, const events& ev, const line_events& lines, document& doc )
{
   resolve_context cx{ text, ev, lines, doc, {}, {}, {}, {}, {}, {}, {} };
   run( cx, {} );
}

void resolve( std::string_view original, normalized_text&& norm, events&& ev, line_events&& lines, document& doc, bool original_valid, const original_text* rebuild, std::string* lent )
{
   const text_view text{ original, norm.text, norm.map, lent != nullptr ? rebuild : nullptr };
   resolve_context cx{ text, ev, lines, doc, {}, {}, {}, {}, {}, {}, {} };
   run( cx, { &lines, &ev, &norm, original_valid, lent } );
}

}  // namespace vanban::detail
