// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "context.hpp"
#include "lexicon/lexicon.hpp"

namespace vanban::detail {

void assign_relations( resolve_context& cx )
{
   if( cx.article.kind == text_kind::qa ) {
      return;  // a Q&A article quotes documents; the relations are not its own
   }
   const std::optional<std::string>& own = cx.doc.info ? cx.doc.info->number : std::optional<std::string>();
   for( std::size_t i = 0; i < cx.doc.citations.size(); ++i ) {
      citation& c = cx.doc.citations[ i ];
      const raw_citation& rc = cx.ev.citations[ i ];
      if( own && c.number && *c.number == *own && cx.doc.info->type == c.type ) {
         continue;  // the text's own document
      }
      const std::size_t from = cx.scope_begin( rc.where.begin );
      const raw_cue* cue = nullptr;
      for( const auto& q : cx.ev.cues ) {
         if( q.where.begin >= rc.where.begin ) {
            break;
         }
         if( q.where.begin >= from && !lexicon::cues().rows[ q.key->row ].backward ) {
            cue = &q;
         }
      }
      if( cue == nullptr ) {
         const std::size_t to = cx.scope_end( rc.where.end );
         for( const auto& q : cx.ev.cues ) {
            if( q.where.begin >= rc.where.end && q.where.end <= to && lexicon::cues().rows[ q.key->row ].backward ) {
               cue = &q;
               break;
            }
         }
      }
      if( cue ) {
         vanban::cue e;
         e.relation = lexicon::cues().rows[ cue->key->row ].relation;
         e.span = cx.map( cue->where );
         e.text = cx.original( e.span );
         c.relation = e.relation;
         c.cue = std::move( e );
      }
      else {
         c.relation = relation::cites;
      }
   }
}


}  // namespace vanban::detail
