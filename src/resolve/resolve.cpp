// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "resolve.hpp"

#include <algorithm>

#include "context.hpp"
#include "model/graph_builder.hpp"
#include "model/spans.hpp"

namespace vanban::detail {

namespace {

/// What run() frees once no later step reads it (null: the caller keeps it).
struct handed_over {
   line_events* lines = nullptr;
   events* ev = nullptr;
   normalized_text* norm = nullptr;
   bool original_valid = false;  ///< the original is known to be valid UTF-8
};

void run( resolve_context& cx, const handed_over& owned )
{
   find_sentences( cx );
   read_header( cx );
   build_structure( cx );
   infer_place( cx );
   read_wrapper( cx );
   if( owned.lines != nullptr ) {
      *owned.lines = line_events();  // no step below reads the lines
   }
   build_citations( cx );
   find_subject( cx );
   assign_relations( cx );
   assign_ids( cx );
   // the citations are complete: their raw records, cues, pinpoints and issuing verbs and the
   // analysis of their numbers go before the mentions are collected (the largest step), so
   // that its peak does not hold them too
   cx.extras = std::vector<citation_extra>();
   if( owned.ev != nullptr ) {
      owned.ev->citations = std::vector<raw_citation>();
      owned.ev->cues = std::vector<raw_cue>();
      owned.ev->pinpoints = std::vector<nspan>();
      owned.ev->promulgations = std::vector<raw_verb>();
   }
   collect_mentions( cx );
   // the spans are in original offsets by now (cx.map), and the graph is built from the model:
   // nothing below reads the normalized text, the events or the sentence bounds
   if( owned.ev != nullptr ) {
      *owned.ev = events();
   }
   if( owned.norm != nullptr ) {
      owned.norm->storage = std::string();
   }
   cx.boundaries = std::vector<std::size_t>();
   finalize_spans( cx.t.original, cx.doc, owned.original_valid );
   build_graph( cx.doc );
}

}  // namespace

void resolve( const text_view& text, const events& ev, const line_events& lines, document& doc )
{
   resolve_context cx{ text, ev, lines, doc, {}, {}, {}, {}, {} };
   run( cx, {} );
}

void resolve( std::string_view original, normalized_text&& norm, events&& ev, line_events&& lines, document& doc, bool original_valid )
{
   const text_view text{ original, norm.text, norm.map };
   resolve_context cx{ text, ev, lines, doc, {}, {}, {}, {}, {} };
   run( cx, { &lines, &ev, &norm, original_valid } );
}

}  // namespace vanban::detail
