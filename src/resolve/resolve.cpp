// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "resolve.hpp"

#include <algorithm>

#include "context.hpp"
#include "model/graph_builder.hpp"
#include "model/spans.hpp"

namespace vanban::detail {

namespace {

// `owned`: the line records, freed once their last reader is done (they are the largest block
// of a long text's memory, and the citations, mentions and graph built after them are the
// peak); null when the caller keeps them.
void run( resolve_context& cx, line_events* owned )
{
   find_sentences( cx );
   read_header( cx );
   build_structure( cx );
   infer_place( cx );
   read_wrapper( cx );
   if( owned != nullptr ) {
      *owned = line_events();  // no step below reads the lines
   }
   build_citations( cx );
   find_subject( cx );
   assign_relations( cx );
   assign_ids( cx );
   collect_mentions( cx );
   finalize_spans( cx.t.original, cx.doc );
   build_graph( cx.doc );
}

}  // namespace

void resolve( const text_view& text, const events& ev, const line_events& lines, document& doc )
{
   resolve_context cx{ text, ev, lines, doc, {}, {}, {}, {}, {} };
   run( cx, nullptr );
}

void resolve( const text_view& text, const events& ev, line_events&& lines, document& doc )
{
   resolve_context cx{ text, ev, lines, doc, {}, {}, {}, {}, {} };
   run( cx, &lines );
}

}  // namespace vanban::detail
