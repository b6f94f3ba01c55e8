// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "resolve.hpp"

#include <algorithm>

#include "context.hpp"
#include "model/graph_builder.hpp"
#include "model/spans.hpp"

namespace vanban::detail {

void resolve( const text_view& text, const events& ev, const line_events& lines, document& doc )
{
   resolve_context cx{ text, ev, lines, doc, {}, {}, {}, {}, {} };
   find_sentences( cx );
   read_header( cx );
   build_structure( cx );
   infer_place( cx );
   read_wrapper( cx );
   build_citations( cx );
   find_subject( cx );
   assign_relations( cx );
   assign_ids( cx );
   collect_mentions( cx );
   finalize_spans( text.original, doc );
   build_graph( doc );
}

}  // namespace vanban::detail
