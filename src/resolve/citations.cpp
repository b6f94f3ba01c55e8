// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <algorithm>

#include "context.hpp"
#include "lexicon/lexicon.hpp"
#include "model/ids.hpp"

namespace vanban::detail {
namespace {

[[nodiscard]] std::optional<std::string> read_title( const resolve_context& cx, const raw_citation& rc, std::size_t limit )
{
   const std::string_view s = cx.t.normalized;
   std::size_t i = rc.where.end;
   while( i < s.size() && is_ws( s[ i ] ) ) {
      ++i;
   }
   if( i < s.size() && s[ i ] == ',' ) {
      ++i;
      while( i < s.size() && is_ws( s[ i ] ) ) {
         ++i;
      }
   }
   const std::string_view rest = s.substr( i );
   std::size_t start = i;
   bool quoted = false;
   // the words that open a title (trích yếu), longest first
   static constexpr std::string_view openers[] = { "về việc", "Về việc", "VỀ VIỆC", "về", "Về", "VỀ", "V/v", "v/v" };
   const auto opener = std::find_if( std::begin( openers ), std::end( openers ), [ & ]( std::string_view o ) {
      return rest.starts_with( o ) && rest.size() > o.size() && is_ws( rest[ o.size() ] );
   } );
   if( opener == std::end( openers ) ) {
      return std::nullopt;
   }
   start += opener->size();
   while( start < s.size() && is_ws( s[ start ] ) ) {
      ++start;
   }
   if( s.substr( start ).starts_with( "“" ) || s.substr( start ).starts_with( "\"" ) ) {
      quoted = true;
      start += s[ start ] == '"' ? 1 : 3;
   }
   std::size_t end = start;
   std::size_t stop = std::min( { limit, s.size(), start + 600 } );
   while( stop > start && stop < s.size() && ( static_cast<unsigned char>( s[ stop ] ) & 0xC0 ) == 0x80 ) {
      --stop;  // never cut a character in two
   }
   while( end < stop ) {
      const char c = s[ end ];
      if( quoted && ( s.substr( end ).starts_with( "”" ) || c == '"' ) ) {
         break;
      }
      if( !quoted && ( c == ';' || c == '(' || ( c == '.' && ( end + 1 == s.size() || is_ws( s[ end + 1 ] ) ) ) ) ) {
         break;
      }
      if( c == '\n' && end + 1 < s.size() && s[ end + 1 ] == '\n' ) {
         break;
      }
      ++end;
   }
   std::string title = fold_ws( s.substr( start, end - start ) );
   while( !title.empty() && ( title.back() == ',' || title.back() == ':' ) ) {
      title.pop_back();
   }
   if( title.empty() ) {
      return std::nullopt;
   }
   return title;
}


/// Is the issuer a local body (numbers repeat per province)?
[[nodiscard]] bool local_issuer( const raw_citation& rc, const symbol_info& sym ) noexcept
{
   if( rc.issuer && rc.issuer->body ) {
      return lexicon::bodies().rows[ rc.issuer->body->row ].placing != lexicon::placing::none;
   }
   for( const auto& code : sym.issuer_codes ) {
      if( const auto* row = lexicon::find_issuer_code( code ) ) {
         return row->placing != lexicon::placing::none;
      }
   }
   return false;
}


/// Issuers no phrase or symbol states: laws are the Quốc hội's, Party conferences the
/// Central Committee's (docs/schema.md conventions).
void default_issuer( citation& c, const raw_citation& rc, const symbol_info& sym )
{
   std::string_view name;
   if( rc.name_kind == name_kind::conference ) {
      name = "Ban Chấp hành Trung ương Đảng";
   }
   else if( c.type == "Luật" || c.type == "Bộ luật" || c.type == "Hiến pháp" ) {
      if( rc.number.empty() || rc.short_number || sym.family == numbering::legislative ) {
         name = "Quốc hội";
      }
   }
   else if( c.type == "Pháp lệnh" ) {
      name = "Ủy ban Thường vụ Quốc hội";
   }
   if( !name.empty() ) {
      c.issuer = vanban::issuer{};
      c.issuer->name = std::string( name );
   }
}


}  // namespace

void build_citations( resolve_context& cx )
{
   const std::string_view s = cx.t.normalized;
   cx.doc.citations.reserve( cx.ev.citations.size() );
   cx.extras.reserve( cx.ev.citations.size() );
   for( std::size_t i = 0; i < cx.ev.citations.size(); ++i ) {
      const raw_citation& rc = cx.ev.citations[ i ];
      citation c;
      citation_extra x;
      const auto& type_row = lexicon::doc_types().rows[ rc.type->row ];
      c.type = std::string( type_row.canonical );
      if( !rc.number.empty() ) {
         x.sym = analyze_symbol( rc.number.in( s ) );
         c.number = x.sym.canonical;
         c.numbering = rc.short_number ? numbering::other : x.sym.family;
         const std::string_view by_code = rc.short_number ? std::string_view() : type_of_code( x.sym );
         if( c.type == "Văn bản" ) {
            // "Văn bản số 8004/BNNMT-ĐCKS": the symbol says which type; no type code: công văn
            c.type = by_code.empty() ? std::string( "Công văn" ) : std::string( by_code );
         }
      }
      if( rc.date ) {
         if( rc.date->valid ) {
            c.date = rc.date->value;
         }
      }
      else if( rc.year ) {
         c.date = vanban::date{ *rc.year, 0, 0 };
      }
      if( rc.issuer ) {
         c.issuer = issuer_from_phrase( *rc.issuer, cx.place );
         if( c.issuer ) {
            c.issuer->span = cx.map( rc.issuer->where );
         }
      }
      if( !c.issuer && !rc.number.empty() && !rc.short_number ) {
         c.issuer = issuer_from_symbol( x.sym, cx.place );
      }
      if( !c.issuer ) {
         default_issuer( c, rc, x.sym );
      }
      if( !rc.name.empty() ) {
         c.name = fold_ws( rc.name.in( s ) );
      }
      if( !rc.term.empty() ) {
         c.term = std::string( rc.term.in( s ) );
      }
      const std::size_t next = i + 1 < cx.ev.citations.size() ? cx.ev.citations[ i + 1 ].where.begin : s.size();
      if( rc.list_index + 1 == rc.list_size ) {
         c.title = read_title( cx, rc, next );
      }
      c.span = cx.map( rc.where );
      c.text = cx.original( c.span );
      x.local = local_issuer( rc, x.sym );
      x.year = c.date ? c.date->year : ( x.sym.year ? x.sym.year : 0 );
      cx.doc.citations.push_back( std::move( c ) );
      cx.extras.push_back( std::move( x ) );
   }
}


void assign_ids( resolve_context& cx )
{
   for( std::size_t i = 0; i < cx.doc.citations.size(); ++i ) {
      citation& c = cx.doc.citations[ i ];
      const citation_extra& x = cx.extras[ i ];
      id_parts p;
      p.type = c.type;
      if( c.number ) {
         p.number = *c.number;
      }
      p.family = c.numbering;
      if( c.name ) {
         p.name = *c.name;
      }
      p.year = x.year;
      p.local = x.local;
      if( c.issuer && c.issuer->place ) {
         p.place = *c.issuer->place;
      }
      c.id = document_id( p );
      if( cx.doc.info && c.number && cx.doc.info->number == c.number && cx.doc.info->type == c.type && cx.doc.info->id.empty() ) {
         cx.doc.info->id = c.id;
      }
   }
}


}  // namespace vanban::detail
