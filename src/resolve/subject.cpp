// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// What a body issued, and which document a news post is about.
//
// "Ngày 11/01/2021, UBND tỉnh ban hành Kế hoạch số 05/KH-UBND …": the body before an issuing verb
// (grammars/lexicon/issuing_verbs.tsv) issued the document right after it, on the date that opens
// the sentence or clause. A news post is about the document its title names, when the body of the post
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

/// Whether the date at `at` opens its sentence (which begins at `sentence`) or a clause: written
/// "Ngày" (a sentence the splitter may not have ended: after a headline, a closing quote), or
/// after the sentence's start, a sentence's end, a comma, a semicolon, a colon, an opening
/// parenthesis or a dash, with only spaces and at most "vào" between.
[[nodiscard]] bool opens_clause( std::string_view s, std::size_t sentence, std::size_t at ) noexcept
{
   if( s.substr( at ).starts_with( "Ngày" ) ) {
      return true;
   }
   std::size_t k = at;
   const auto skip_space = [ & ] {
      while( k > sentence && is_ws( s[ k - 1 ] ) ) {
         --k;
      }
   };
   skip_space();
   for( const std::string_view word : { std::string_view( "Vào" ), std::string_view( "vào" ) } ) {
      if( k >= sentence + word.size() && s.substr( k - word.size(), word.size() ) == word && ( k - word.size() == sentence || is_ws( s[ k - word.size() - 1 ] ) || s[ k - word.size() - 1 ] == '(' ) ) {
         k -= word.size();
         skip_space();
         break;
      }
   }
   if( k == sentence ) {
      return true;
   }
   const std::string_view head = s.substr( 0, k );
   const char c = head.back();
   return c == ',' || c == ';' || c == ':' || c == '(' || c == '-' || c == '.' || c == '!' || c == '?' || head.ends_with( "–" );
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
   std::size_t opening_checked = dates.size();  // the date whose opens_clause() is known: once per
   bool opening = false;                        // date, as many verbs may follow one date
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
      // the date that opens its sentence or clause: "Ngày 02/12/2025, Bộ Chính trị ban hành …",
      // "…, ngày 10/01/2025, Bộ … đã có …"; not the date of something else ("Tại phiên họp ngày
      // 28/11/2025, sau khi xem xét …, Bộ Chính trị đã có …")
      const raw_date* when = nullptr;
      if( di > 0 ) {
         const raw_date& d = dates[ di - 1 ];
         if( d.where.begin >= sentence && d.valid && d.value.day ) {
            if( opening_checked != di - 1 ) {
               opening_checked = di - 1;
               opening = opens_clause( s, sentence, d.where.begin );
            }
            if( opening ) {
               when = &d;
            }
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
