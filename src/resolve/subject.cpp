// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <algorithm>

#include "context.hpp"

namespace vanban::detail {

/// "Ngày 11/01/2021, UBND tỉnh ban hành Kế hoạch số 05/KH-UBND …": the body before "ban hành"
/// issued the document after it, on the date that opens the sentence.
void find_subject( resolve_context& cx )
{
   const std::string_view s = cx.t.normalized;
   std::optional<std::size_t> subject;
   for( const nspan& p : cx.ev.promulgations ) {
      const auto cit = std::find_if( cx.ev.citations.begin(), cx.ev.citations.end(), [ & ]( const raw_citation& c ) { return c.where.begin >= p.end; } );
      if( cit == cx.ev.citations.end() || !only_space_between( s, p.end, cit->where.begin ) || cit->number.empty() ) {
         continue;
      }
      const std::size_t ci = std::size_t( cit - cx.ev.citations.begin() );
      const raw_issuer* body = nullptr;
      for( const auto& b : cx.ev.bodies ) {
         if( b.where.end <= p.begin && only_space_between( s, b.where.end, p.begin, "đã" ) ) {
            body = &b;
         }
      }
      const std::size_t sentence = cx.scope_begin( body ? body->where.begin : p.begin );
      const raw_date* when = nullptr;
      for( const auto& d : cx.ev.dates ) {
         if( d.where.begin >= sentence && d.where.end <= ( body ? body->where.begin : p.begin ) && d.valid && d.value.day ) {
            when = &d;
         }
      }
      citation& c = cx.doc.citations[ ci ];
      if( body ) {
         if( auto iss = issuer_from_phrase( cx.t.normalized, *body, cx.place ) ) {
            iss->span = cx.map( body->where );
            c.issuer = std::move( iss );
         }
      }
      if( when && !cit->date ) {
         c.date = when->value;
         cx.extras[ ci ].year = when->value.year;
      }
      if( !subject ) {
         subject = ci;
      }
   }
   if( subject && cx.article.kind == text_kind::news ) {
      const citation& c = cx.doc.citations[ *subject ];
      document_info info;
      info.type = c.type;
      info.number = c.number;
      info.date = c.date;
      info.issuer = c.issuer;
      if( info.issuer ) {
         info.place = info.issuer->place;
      }
      info.title = c.title;
      info.span = c.span;
      cx.doc.info = std::move( info );
   }
}


}  // namespace vanban::detail
