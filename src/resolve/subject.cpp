// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// What a body issued, and which document a news post is about.
//
// "Ngày 11/01/2021, UBND tỉnh ban hành Kế hoạch số 05/KH-UBND …": the body before an issuing verb
// (grammars/lexicon/issuing_verbs.tsv) issued the document right after it, on the date that opens
// the sentence. A news post is about the document its title names, when the body of the post
// reports it issued; else about the first document a sentence reports issued ("ban hành",
// "thông qua", not "đã có"); else about the document its title names. A text whose own document
// the header already gave (doc.info set by an earlier step) keeps it.
//
// One merge-walk over the sorted verbs, citations, bodies and dates: linear.

#include <algorithm>

#include "context.hpp"

namespace vanban::detail {
namespace {

struct issued_mention {
   std::size_t citation;
   bool subject_verb;
};

/// Could `a` (in a title: "Nghị định 73", "Kế hoạch 188/KH-UBND") and `b` be the same document?
[[nodiscard]] bool same_document( const citation& a, const citation& b ) noexcept
{
   if( !a.number || !b.number || a.type != b.type ) {
      return false;
   }
   const std::string_view x = *a.number;
   const std::string_view y = *b.number;
   const auto prefix = []( std::string_view s, std::string_view full ) {
      return full.size() > s.size() && full.starts_with( s ) && ( full[ s.size() ] == '/' || full[ s.size() ] == '-' );
   };
   return x == y || prefix( x, y ) || prefix( y, x );
}

}  // namespace

void find_subject( resolve_context& cx )
{
   const std::string_view s = cx.t.normalized;
   const auto& cits = cx.ev.citations;
   const auto& bodies = cx.ev.bodies;
   const auto& dates = cx.ev.dates;
   std::vector<issued_mention> issued;
   std::size_t ci = 0;
   std::size_t bi = 0;
   std::size_t di = 0;
   for( const raw_verb& p : cx.ev.promulgations ) {
      while( ci < cits.size() && cits[ ci ].where.begin < p.where.end ) {
         ++ci;
      }
      if( ci == cits.size() ) {
         break;
      }
      const raw_citation& rc = cits[ ci ];
      const std::size_t start = std::min( rc.where.begin, rc.type_word.begin );
      if( !only_space_between( s, p.where.end, start ) || rc.number.empty() ) {
         continue;
      }
      while( bi < bodies.size() && bodies[ bi ].where.end <= p.where.begin ) {
         ++bi;
      }
      const raw_issuer* body = nullptr;
      if( bi > 0 && only_space_between( s, bodies[ bi - 1 ].where.end, p.where.begin ) ) {
         body = &bodies[ bi - 1 ];
      }
      const std::size_t before = body ? body->where.begin : p.where.begin;
      const std::size_t sentence = cx.scope_begin( before );
      while( di < dates.size() && dates[ di ].where.end <= before ) {
         ++di;
      }
      const raw_date* when = nullptr;
      if( di > 0 ) {
         const raw_date& d = dates[ di - 1 ];
         if( d.where.begin >= sentence && d.valid && d.value.day ) {
            when = &d;
         }
      }
      citation& c = cx.doc.citations[ ci ];
      if( body ) {
         if( auto iss = issuer_from_phrase( s, *body, cx.place ) ) {
            iss->span = cx.map( body->where );
            c.issuer = std::move( iss );
            cx.extras[ ci ].local = is_local( *body );
         }
      }
      if( when && ( !rc.date || !rc.date->valid ) ) {
         // a year label ("Công văn 145/BYT-VPB1 năm 2025") gives way to the full date
         if( !c.date || c.date->month == 0 ) {
            c.date = when->value;
            cx.extras[ ci ].year = when->value.year;
         }
      }
      issued.push_back( { ci, p.subject } );
   }
   if( cx.doc.info || cx.article.kind != text_kind::news ) {
      return;  // the header named the document, or this is no news post
   }
   // the post's subject
   std::optional<std::size_t> subject;
   std::vector<std::size_t> in_title;
   for( std::size_t i = 0; i < cits.size() && cits[ i ].where.begin < cx.article.title.end; ++i ) {
      if( cits[ i ].where.begin >= cx.article.title.begin && cx.doc.citations[ i ].number ) {
         in_title.push_back( i );
      }
   }
   for( const auto& m : issued ) {
      const bool named = std::any_of( in_title.begin(), in_title.end(), [ & ]( std::size_t t ) { return same_document( cx.doc.citations[ t ], cx.doc.citations[ m.citation ] ); } );
      if( named ) {
         subject = m.citation;
         break;
      }
   }
   if( !subject ) {
      for( const auto& m : issued ) {
         if( m.subject_verb ) {
            subject = m.citation;
            break;
         }
      }
   }
   if( !subject && !in_title.empty() ) {
      subject = in_title.front();
   }
   if( !subject ) {
      return;
   }
   // a title's short form ("Nghị định 73") stands for the full number the post gives
   if( cx.doc.citations[ *subject ].numbering == numbering::other ) {
      for( std::size_t i = 0; i < cits.size(); ++i ) {
         const citation& o = cx.doc.citations[ i ];
         if( o.numbering != numbering::other && same_document( o, cx.doc.citations[ *subject ] ) ) {
            subject = i;
            break;
         }
      }
   }
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


}  // namespace vanban::detail
