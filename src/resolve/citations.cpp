// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

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
   if( rc.issuer && rc.issuer->count ) {
      return is_local( *rc.issuer );
   }
   for( const auto& code : sym.issuer_codes ) {
      if( const auto* row = lexicon::find_issuer_code( code ) ) {
         return row->placing != lexicon::placing::none;
      }
   }
   return false;
}


/// Issuers no phrase or symbol states: Party congresses and conferences issue their own
/// resolutions; a type may have one issuer (doc_types.tsv: a Nghị định is the Chính phủ's, an
/// unnumbered law the Quốc hội's; docs/schema.md conventions).
void default_issuer( citation& c, const raw_citation& rc, const place_context& ctx, std::string_view text )
{
   if( rc.name_kind == name_kind::conference ) {
      const std::string name = fold_ws( rc.name.in( text ) );
      if( name.starts_with( "Đại hội" ) || name.starts_with( "ĐẠI HỘI" ) ) {
         // "Nghị quyết Đại hội XIII của Đảng": the congress; a provincial one in the text's province
         c.issuer = vanban::issuer{};
         std::string issuer = name;
         for( const std::string_view unit : { std::string_view( "Đảng bộ tỉnh" ), std::string_view( "Đảng bộ thành phố" ) } ) {
            const std::size_t at = issuer.find( unit );
            if( at != std::string::npos && ctx.province ) {
               const std::size_t after = at + unit.size();
               const std::string_view rest = std::string_view( issuer ).substr( after );
               if( !rest.starts_with( std::string( " " ) + std::string( ctx.province->canonical ) ) ) {
                  issuer.insert( after, std::string( " " ) + std::string( ctx.province->canonical ) );
                  c.issuer->place = std::string( ctx.province->canonical );
               }
               break;
            }
         }
         c.issuer->name = std::move( issuer );
         return;
      }
      c.issuer = vanban::issuer{};
      c.issuer->name = "Ban Chấp hành Trung ương Đảng";
      return;
   }
   const std::string_view name = lexicon::doc_types().rows[ rc.type->row ].issuer;
   if( !name.empty() ) {
      c.issuer = vanban::issuer{};
      c.issuer->name = std::string( name );
   }
}


/// "khoản 2 Điều 5 Nghị định số …", "điểm a khoản 1 Điều 24 … của Nghị quyết số …": the path the
/// scan read right before a mention's type word is the provision the mention cites.
void attach_pinpoints( resolve_context& cx )
{
   const std::string_view s = cx.t.normalized;
   const auto& raw = cx.ev.citations;
   std::size_t pi = 0;
   for( std::size_t i = 0; i < raw.size(); ++i ) {
      const std::size_t start = raw[ i ].type_word.begin;
      while( pi < cx.ev.pinpoints.size() && cx.ev.pinpoints[ pi ].end <= start ) {
         ++pi;
      }
      if( pi == 0 || raw[ i ].list_index != 0 ) {
         continue;
      }
      const nspan& p = cx.ev.pinpoints[ pi - 1 ];
      if( only_space_between( s, p.end, start ) || only_space_between( s, p.end, start, "của" ) ) {
         cx.doc.citations[ i ].pinpoint = fold_ws( p.in( s ) );
      }
   }
}

/// Issuers stated next to a mention rather than after it:
///   "của Bộ Chính trị tại Thông báo số 99-TB/TW …", "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ
///   trình số …": a body followed by "tại" issued the mention after it;
///   "Kết luận số 192-KL/TW, ngày 19/9/2025 và Kết luận số 221-KL/TW … của Bộ Chính trị, Ban Bí
///   thư": mentions coordinated with a later one share its issuer, when their symbols agree;
///   "Tờ trình số 396/TTr-CP và Đề án số 397/ĐA-CP ngày 09 tháng 5 năm 2025": and its date.
/// One pass each over the sorted citations and bodies: linear.
void issuers_around_mentions( resolve_context& cx )
{
   const std::string_view s = cx.t.normalized;
   const auto& raw = cx.ev.citations;
   auto& cits = cx.doc.citations;
   std::size_t bi = 0;
   for( std::size_t i = 0; i < raw.size(); ++i ) {
      const raw_citation& rc = raw[ i ];
      const std::size_t start = rc.list_index == 0 ? std::min( rc.where.begin, rc.type_word.begin ) : rc.where.begin;
      while( bi < cx.ev.bodies.size() && cx.ev.bodies[ bi ].where.end <= start ) {
         ++bi;
      }
      if( rc.issuer || bi == 0 ) {
         continue;
      }
      const raw_issuer& b = cx.ev.bodies[ bi - 1 ];
      std::size_t k = b.where.end;
      while( k < start && is_ws( s[ k ] ) ) {
         ++k;
      }
      if( !( s.substr( k ).starts_with( "tại" ) && only_space_between( s, k + std::string_view( "tại" ).size(), start ) ) ) {
         continue;
      }
      if( auto iss = issuer_from_phrase( s, b, cx.place ) ) {
         iss->span = cx.map( b.where );
         cits[ i ].issuer = std::move( iss );
         cx.extras[ i ].local = is_local( b );
      }
   }
   for( std::size_t i = raw.size(); i-- > 1; ) {
      citation& a = cits[ i - 1 ];
      const citation& b = cits[ i ];
      if( raw[ i - 1 ].list_size > 1 ) {
         continue;
      }
      const bool share_issuer = b.issuer && b.issuer->span && !( a.issuer && a.issuer->span );
      // "Tờ trình số 396/TTr-CP và Đề án số 397/ĐA-CP ngày 09 tháng 5 năm 2025": one date for both
      const bool share_date = !a.date && !raw[ i - 1 ].date && b.date && b.date->day && raw[ i ].date;
      if( !share_issuer && !share_date ) {
         continue;
      }
      // only ',' or "và" between the two mentions
      std::size_t k = raw[ i - 1 ].where.end;
      const std::size_t e = raw[ i ].list_index == 0 ? std::min( raw[ i ].where.begin, raw[ i ].type_word.begin ) : raw[ i ].where.begin;
      while( k < e && ( is_ws( s[ k ] ) || s[ k ] == ',' ) ) {
         ++k;
      }
      if( s.substr( k ).starts_with( "và" ) ) {
         k += std::string_view( "và" ).size();
      }
      if( !only_space_between( s, k, e ) || !a.number ) {
         continue;
      }
      // a document of a type with its own issuer ("Luật …, Nghị định số … của Chính phủ") keeps it
      const std::string_view own = lexicon::doc_types().rows[ raw[ i - 1 ].type->row ].issuer;
      const citation_extra& bx = cx.extras[ i ];
      const bool agree = b.issuer ? compatible( cx.extras[ i - 1 ].sym, *b.issuer ) && ( own.empty() || own == b.issuer->name )
                                  : cx.extras[ i - 1 ].sym.issuer_codes == bx.sym.issuer_codes;
      if( !agree ) {
         continue;
      }
      if( share_issuer ) {
         a.issuer = *b.issuer;
         a.issuer->span.reset();  // stated once, after the other mention
         cx.extras[ i - 1 ].local = bx.local;
      }
      if( share_date ) {
         a.date = b.date;
         cx.extras[ i - 1 ].year = b.date->year;
      }
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
      // built in place: a citation is ≈ 700 bytes, moving each in cost more than filling it
      citation& c = cx.doc.citations.emplace_back();
      citation_extra& x = cx.extras.emplace_back();
      const auto& type_row = lexicon::doc_types().rows[ rc.type->row ];
      c.type = std::string( type_row.canonical );
      if( !rc.number.empty() ) {
         x.sym = analyze_symbol( rc.number.in( s ), c.type );
         c.number = x.sym.canonical;
         if( x.sym.repaired ) {
            cx.note_repaired_symbol( rc.number, x.sym.key );
         }
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
         c.issuer = issuer_from_phrase( cx.t.normalized, *rc.issuer, cx.place );
         if( c.issuer ) {
            c.issuer->span = cx.map( rc.issuer->where );
            x.place_inferred = c.issuer->place && stated_province( *rc.issuer ) == nullptr;
         }
      }
      if( !c.issuer && !rc.number.empty() && !rc.short_number ) {
         c.issuer = issuer_from_symbol( x.sym, cx.place );
      }
      if( !c.issuer ) {
         default_issuer( c, rc, cx.place, s );
      }
      if( !rc.name.empty() ) {
         c.name = fold_ws( rc.name.in( s ) );
      }
      if( !rc.term.empty() ) {
         c.term = std::string( rc.term.in( s ) );
      }
      // the next mention after this one (the laws named inside its name begin inside it)
      std::size_t after = i + 1;
      while( after < cx.ev.citations.size() && cx.ev.citations[ after ].where.begin < rc.where.end ) {
         ++after;
      }
      const std::size_t next = after < cx.ev.citations.size() ? cx.ev.citations[ after ].where.begin : s.size();
      if( rc.list_index + 1 == rc.list_size && !rc.nested ) {
         c.title = read_title( cx, rc, next );
      }
      c.span = cx.map( rc.where );
      c.text = cx.original( c.span );
      x.local = local_issuer( rc, x.sym );
      x.year = c.date ? c.date->year : ( x.sym.year ? x.sym.year : 0 );
   }
   issuers_around_mentions( cx );
   attach_pinpoints( cx );
}


namespace {

/// How complete a mention is, to pick the one a group of repeated mentions takes its parts from.
[[nodiscard]] int completeness( const citation& c, const citation_extra& x ) noexcept
{
   int score = 0;
   if( c.issuer ) {
      score += c.issuer->span ? 4 : 1;  // stated beats implied by the symbol
      score += c.issuer->place && !x.place_inferred ? 2 : 0;
   }
   if( c.date ) {
      score += c.date->day ? 2 : 1;
   }
   if( c.number && c.numbering != numbering::other ) {
      score += 8;  // the full number, not a short form
   }
   return score;
}

}  // namespace

/// Repeated mentions of one document ("Nghị quyết số 66-NQ/TW ngày … của Bộ Chính trị" … "Nghị
/// quyết số 66-NQ/TW", "Nghị định 73" after "Nghị định 73/2024/NĐ-CP", an alias in parentheses)
/// share the most complete mention's issuer and the same id. Numbers that repeat (a Party number
/// in another term, an administrative number in another year) are told apart by the year each
/// mention states; a mention that states none belongs with the nearest one before it.
void link_repeated_mentions( resolve_context& cx )
{
   auto& cits = cx.doc.citations;
   const std::size_t n = cits.size();
   std::vector<std::size_t> group( n );
   for( std::size_t i = 0; i < n; ++i ) {
      group[ i ] = i;
   }
   // key: type + full number (+ year when stated)
   std::unordered_map<std::string, std::vector<std::size_t>> by_number;
   for( std::size_t i = 0; i < n; ++i ) {
      const citation& c = cits[ i ];
      if( c.number && c.numbering != numbering::other ) {
         by_number[ c.type + '\x1f' + cx.extras[ i ].sym.key ].push_back( i );
      }
      else if( !c.number && c.name ) {
         by_number[ c.type + '\x1e' + slug( *c.name ) ].push_back( i );
      }
   }
   const auto year_of = [ & ]( std::size_t i ) { return cits[ i ].date ? cits[ i ].date->year : 0; };
   // laws by name: a numbered law of the same name is another candidate for a bare name
   std::unordered_map<std::string, std::set<int>> named_years;
   for( std::size_t i = 0; i < n; ++i ) {
      const int year = year_of( i ) ? year_of( i ) : cx.extras[ i ].year;  // "số 59/2020/QH14": 2020
      if( cits[ i ].name && year ) {
         named_years[ cits[ i ].type + '\x1e' + slug( *cits[ i ].name ) ].insert( year );
      }
   }
   const auto place_of = [ & ]( std::size_t i ) -> std::string_view {
      return cits[ i ].issuer && cits[ i ].issuer->place && !cx.extras[ i ].place_inferred ? std::string_view( *cits[ i ].issuer->place ) : std::string_view();
   };
   // "Chỉ thị số 16/CT-TTg nêu trên": the mention points back to the nearest earlier one
   const auto points_back = [ & ]( std::size_t i ) {
      std::string_view after = cx.t.normalized.substr( std::min( cx.ev.citations[ i ].where.end, cx.t.normalized.size() ) );
      after = after.substr( 0, std::min<std::size_t>( after.size(), 16 ) );
      for( const std::string_view cue : { " nêu trên", " trên", " này", " đã nêu", " vừa nêu" } ) {
         if( after.starts_with( cue ) ) {
            return true;
         }
      }
      return false;
   };
   for( auto& [ key, members ] : by_number ) {
      // a member that states no year joins the nearest earlier one that does (else the first
      // later), unless the text has two documents it can be (two years, or a place that
      // contradicts): then it stays incomplete rather than be merged silently (docs/ids.md)
      std::set<int> years;
      for( const std::size_t m : members ) {
         if( year_of( m ) ) {
            years.insert( year_of( m ) );
         }
      }
      if( const auto it = named_years.find( key ); it != named_years.end() ) {
         years.insert( it->second.begin(), it->second.end() );
      }
      const bool ambiguous_year = years.size() > 1;
      const auto alone = [ & ]( std::size_t m, std::size_t anchor ) {
         return !year_of( m ) && ( ( ambiguous_year && !points_back( m ) ) || ( !place_of( m ).empty() && !place_of( anchor ).empty() && place_of( m ) != place_of( anchor ) ) );
      };
      std::size_t anchor = members.front();
      for( const std::size_t m : members ) {
         if( alone( m, anchor ) ) {
            continue;  // its own group
         }
         if( year_of( m ) && year_of( anchor ) && year_of( m ) != year_of( anchor ) ) {
            anchor = m;  // another document with the same number
         }
         else if( year_of( m ) && !year_of( anchor ) ) {
            // the earlier members had no year: they were this one
            for( const std::size_t k : members ) {
               if( k == m ) {
                  break;
               }
               if( group[ k ] == group[ anchor ] && !alone( k, m ) ) {
                  group[ k ] = m;
               }
            }
            anchor = m;
         }
         group[ m ] = anchor;
      }
   }
   // short forms and aliases join the group of the full mention they repeat: index the short
   // keys of every full number ("73" and "73/2024" of "73/2024/NĐ-CP"); a key two different full
   // numbers share is ambiguous and links nothing
   constexpr std::size_t ambiguous = std::size_t( -1 );
   std::unordered_map<std::string, std::size_t> by_short;
   for( const auto& [ key, members ] : by_number ) {
      const std::size_t m = members.front();
      const citation& c = cits[ m ];
      if( !c.number ) {
         continue;
      }
      const std::string_view num = cx.extras[ m ].sym.key;
      for( std::size_t k = 0; k < num.size(); ++k ) {
         if( num[ k ] == '/' || num[ k ] == '-' ) {
            auto [ it, fresh ] = by_short.try_emplace( c.type + '\x1f' + std::string( num.substr( 0, k ) ), m );
            if( !fresh && it->second != ambiguous && cx.extras[ it->second ].sym.key != num ) {
               it->second = ambiguous;
            }
         }
      }
   }
   for( std::size_t i = 0; i < n; ++i ) {
      const citation& c = cits[ i ];
      const int ante = cx.extras[ i ].antecedent;
      if( ante >= 0 && std::size_t( ante ) != i ) {
         group[ i ] = group[ std::size_t( ante ) ];
         continue;
      }
      if( !c.number || c.numbering != numbering::other ) {
         continue;
      }
      const auto it = by_short.find( c.type + '\x1f' + *c.number );
      if( it != by_short.end() && it->second != ambiguous ) {
         group[ i ] = group[ it->second ];
      }
   }
   // the most complete member of each group
   std::vector<std::size_t> best( n );
   for( std::size_t i = 0; i < n; ++i ) {
      best[ i ] = i;
   }
   for( std::size_t i = 0; i < n; ++i ) {
      const std::size_t g = group[ i ];
      if( completeness( cits[ i ], cx.extras[ i ] ) > completeness( cits[ best[ g ] ], cx.extras[ best[ g ] ] ) ) {
         best[ g ] = i;
      }
   }
   for( std::size_t i = 0; i < n; ++i ) {
      const std::size_t b = best[ group[ i ] ];
      if( b == i ) {
         continue;
      }
      citation& c = cits[ i ];
      const citation& r = cits[ b ];
      const bool stated = c.issuer && c.issuer->span;
      // "… của Ban Chấp hành Đảng bộ tỉnh" after "… của Ban Chấp hành Đảng bộ tỉnh Sóc Trăng": the
      // place the other mention states, not the text's
      const bool placed_better = r.issuer && stated && r.issuer->span && r.issuer->place && ( !c.issuer->place || cx.extras[ i ].place_inferred ) && !cx.extras[ b ].place_inferred && c.issuer->name != r.issuer->name;
      if( r.issuer && ( !c.issuer || ( !stated && r.issuer->span ) || placed_better ) ) {
         auto iss = *r.issuer;
         if( stated ) {
            iss.span = c.issuer->span;  // keep where this mention states it
         }
         else {
            iss.span.reset();
         }
         c.issuer = std::move( iss );
      }
      if( !cx.extras[ i ].year && cx.extras[ b ].year ) {
         cx.extras[ i ].year = cx.extras[ b ].year;
      }
   }
   for( std::size_t i = 0; i < n; ++i ) {
      cx.extras[ i ].representative = best[ group[ i ] ];
   }
}

void assign_ids( resolve_context& cx )
{
   link_repeated_mentions( cx );
   // every mention of one document takes the parts of its most complete mention; what is still
   // incomplete is then settled across the text (docs/ids.md: incomplete ids)
   std::vector<id_parts> parts;
   parts.reserve( cx.doc.citations.size() + 1 );
   for( std::size_t i = 0; i < cx.doc.citations.size(); ++i ) {
      const std::size_t r = cx.extras[ i ].representative;
      const citation& rc = cx.doc.citations[ r ];
      id_parts p = parts_of( rc );
      p.family = rc.numbering;
      p.year = cx.extras[ r ].year;
      p.local = cx.extras[ r ].local;
      parts.push_back( std::move( p ) );
   }
   // the text's own document settles its self-mentions too ("Luật Doanh nghiệp" in that law)
   document_info* const info = cx.doc.info ? &*cx.doc.info : nullptr;
   if( info ) {
      parts.push_back( parts_of( *info ) );
   }
   int text_year = info && info->date ? info->date->year : 0;
   if( !text_year && cx.doc.article && cx.doc.article->date ) {
      text_year = cx.doc.article->date->year;
   }
   std::vector<std::string> ids = settle_ids( parts, text_year );
   const std::string own = info ? document_id( parts.back() ) : std::string();
   for( std::size_t i = 0; i < cx.doc.citations.size(); ++i ) {
      citation& c = cx.doc.citations[ i ];
      c.id = std::move( ids[ i ] );
      if( info && !info->id.empty() && ( c.id == own || c.id == ids.back() ) ) {
         c.id = info->id;  // the header's id, as read there
      }
      if( info && c.id == info->id && !info->id.empty() && !is_incomplete_id( c.id ) ) {
         c.relation.reset();  // a self-mention once settled ("Luật Doanh nghiệp" in that law)
         c.cue.reset();
      }
      if( info && c.number && info->number == c.number && info->type == c.type && info->id.empty() ) {
         info->id = c.id;
      }
   }
   if( info && info->id.empty() ) {
      info->id = std::move( ids.back() );
   }
}


}  // namespace vanban::detail
