// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "resolve.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "article.hpp"
#include "issuer.hpp"
#include "lexicon/lexicon.hpp"
#include "model/graph_builder.hpp"
#include "model/ids.hpp"
#include "model/spans.hpp"
#include "symbol.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

[[nodiscard]] bool is_ws( char c ) noexcept
{
   return c == ' ' || c == '\t' || c == '\n';
}

/// Whitespace runs folded to one space, ends trimmed (names and titles wrap over lines).
[[nodiscard]] std::string fold_ws( std::string_view s )
{
   std::string out;
   out.reserve( s.size() );
   bool space = false;
   for( const char c : s ) {
      if( is_ws( c ) ) {
         space = !out.empty();
         continue;
      }
      if( space ) {
         out += ' ';
         space = false;
      }
      out += c;
   }
   return out;
}

/// True when only whitespace (and the given filler words) lies between `a` and `b`.
[[nodiscard]] bool only_space_between( std::string_view t, std::size_t a, std::size_t b, std::string_view filler = {} )
{
   if( a > b ) {
      return false;
   }
   std::string_view mid = t.substr( a, b - a );
   while( !mid.empty() && is_ws( mid.front() ) ) {
      mid.remove_prefix( 1 );
   }
   while( !mid.empty() && is_ws( mid.back() ) ) {
      mid.remove_suffix( 1 );
   }
   return mid.empty() || ( !filler.empty() && mid == filler );
}

struct resolver {
   const text_view& t;
   const events& ev;
   document& doc;
   place_context place;
   raw_article article;
   std::vector<std::size_t> boundaries;  // sentence and Căn cứ-line ends, in normalized offsets

   [[nodiscard]] vanban::span map( nspan n ) const noexcept
   {
      vanban::span s;
      s.start = t.map.start_to_source( n.begin );
      s.end = t.map.end_to_source( n.end );
      if( s.end < s.start ) {
         s.end = s.start;
      }
      return s;
   }

   [[nodiscard]] std::string original( const vanban::span& s ) const
   {
      return std::string( t.original.substr( s.start, s.end - s.start ) );
   }

   // --- place -----------------------------------------------------------------------------------

   /// The province the text's own local bodies are in: the province named most often with a
   /// local body ("Tỉnh ủy Bắc Kạn", "UBND tỉnh Bắc Ninh"); the first on a tie.
   void infer_place()
   {
      std::map<const lexicon::province_row*, std::pair<std::size_t, std::size_t>> seen;  // count, first
      std::size_t order = 0;
      const auto count = [ & ]( const raw_issuer& r ) {
         if( r.body == nullptr || r.province == nullptr ) {
            return;
         }
         if( lexicon::bodies().rows[ r.body->row ].placing == lexicon::placing::none ) {
            return;
         }
         auto& e = seen[ stated_province( r ) ];
         if( e.first++ == 0 ) {
            e.second = order;
         }
         ++order;
      };
      for( const auto& b : ev.bodies ) {
         count( b );
      }
      for( const auto& c : ev.citations ) {
         if( c.issuer ) {
            count( *c.issuer );
         }
      }
      const lexicon::province_row* best = nullptr;
      std::pair<std::size_t, std::size_t> best_score{ 0, 0 };
      for( const auto& [ p, score ] : seen ) {
         if( best == nullptr || score.first > best_score.first || ( score.first == best_score.first && score.second < best_score.second ) ) {
            best = p;
            best_score = score;
         }
      }
      place.province = best;
   }

   // --- sentences ---------------------------------------------------------------------------------

   /// Where the scope of a cue ends: sentence ends, a ';' that ends a line (Căn cứ lines), blank lines.
   void find_boundaries()
   {
      const std::string_view s = t.normalized;
      for( std::size_t i = 0; i < s.size(); ++i ) {
         const char c = s[ i ];
         if( c == '?' || c == '!' ) {
            boundaries.push_back( i + 1 );
         }
         else if( c == '.' ) {
            const bool next_space = i + 1 == s.size() || is_ws( s[ i + 1 ] );
            const bool decimal = i > 0 && i + 1 < s.size() && s[ i - 1 ] >= '0' && s[ i - 1 ] <= '9' && s[ i + 1 ] >= '0' && s[ i + 1 ] <= '9';
            // "TP. Hồ Chí Minh", "TS. …": a short capitalized abbreviation does not end a sentence
            std::size_t k = i;
            while( k > 0 && ( ( s[ k - 1 ] >= 'A' && s[ k - 1 ] <= 'Z' ) || ( s[ k - 1 ] >= 'a' && s[ k - 1 ] <= 'z' ) ) ) {
               --k;
            }
            const bool abbreviation = i - k > 0 && i - k <= 3 && s[ k ] >= 'A' && s[ k ] <= 'Z' && ( k == 0 || is_ws( s[ k - 1 ] ) );
            if( next_space && !decimal && !abbreviation ) {
               boundaries.push_back( i + 1 );
            }
         }
         else if( c == ';' ) {
            std::size_t j = i + 1;
            while( j < s.size() && ( s[ j ] == ' ' || s[ j ] == '\t' ) ) {
               ++j;
            }
            if( j == s.size() || s[ j ] == '\n' ) {
               boundaries.push_back( i + 1 );
            }
         }
         else if( c == '\n' ) {
            std::size_t j = i + 1;
            while( j < s.size() && ( s[ j ] == ' ' || s[ j ] == '\t' ) ) {
               ++j;
            }
            if( j < s.size() && s[ j ] == '\n' ) {
               boundaries.push_back( i );
            }
         }
      }
   }

   [[nodiscard]] std::size_t scope_begin( std::size_t pos ) const noexcept
   {
      const auto it = std::upper_bound( boundaries.begin(), boundaries.end(), pos );
      return it == boundaries.begin() ? 0 : *std::prev( it );
   }

   [[nodiscard]] std::size_t scope_end( std::size_t pos ) const noexcept
   {
      const auto it = std::lower_bound( boundaries.begin(), boundaries.end(), pos );
      return it == boundaries.end() ? t.normalized.size() : *it;
   }

   // --- citations -----------------------------------------------------------------------------------

   [[nodiscard]] std::optional<std::string> read_title( const raw_citation& rc, std::size_t limit ) const
   {
      const std::string_view s = t.normalized;
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
   [[nodiscard]] static bool local_issuer( const raw_citation& rc, const symbol_info& sym ) noexcept
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

   struct extra {
      symbol_info sym;
      bool local = false;
      int year = 0;
   };
   std::vector<extra> extras;  // parallel to doc.citations

   void build_citations()
   {
      const std::string_view s = t.normalized;
      doc.citations.reserve( ev.citations.size() );
      extras.reserve( ev.citations.size() );
      for( std::size_t i = 0; i < ev.citations.size(); ++i ) {
         const raw_citation& rc = ev.citations[ i ];
         citation c;
         extra x;
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
            c.issuer = issuer_from_phrase( *rc.issuer, place );
            if( c.issuer ) {
               c.issuer->span = map( rc.issuer->where );
            }
         }
         if( !c.issuer && !rc.number.empty() && !rc.short_number ) {
            c.issuer = issuer_from_symbol( x.sym, place );
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
         const std::size_t next = i + 1 < ev.citations.size() ? ev.citations[ i + 1 ].where.begin : s.size();
         if( rc.list_index + 1 == rc.list_size ) {
            c.title = read_title( rc, next );
         }
         c.span = map( rc.where );
         c.text = original( c.span );
         x.local = local_issuer( rc, x.sym );
         x.year = c.date ? c.date->year : ( x.sym.year ? x.sym.year : 0 );
         doc.citations.push_back( std::move( c ) );
         extras.push_back( std::move( x ) );
      }
   }

   /// Issuers no phrase or symbol states: laws are the Quốc hội's, Party conferences the
   /// Central Committee's (docs/schema.md conventions).
   static void default_issuer( citation& c, const raw_citation& rc, const symbol_info& sym )
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

   // --- the text's own document ---------------------------------------------------------------------

   /// "Ngày 11/01/2021, UBND tỉnh ban hành Kế hoạch số 05/KH-UBND …": the body before "ban hành"
   /// issued the document after it, on the date that opens the sentence.
   void link_promulgations()
   {
      const std::string_view s = t.normalized;
      std::optional<std::size_t> subject;
      for( const nspan& p : ev.promulgations ) {
         const auto cit = std::find_if( ev.citations.begin(), ev.citations.end(), [ & ]( const raw_citation& c ) { return c.where.begin >= p.end; } );
         if( cit == ev.citations.end() || !only_space_between( s, p.end, cit->where.begin ) || cit->number.empty() ) {
            continue;
         }
         const std::size_t ci = std::size_t( cit - ev.citations.begin() );
         const raw_issuer* body = nullptr;
         for( const auto& b : ev.bodies ) {
            if( b.where.end <= p.begin && only_space_between( s, b.where.end, p.begin, "đã" ) ) {
               body = &b;
            }
         }
         const std::size_t sentence = scope_begin( body ? body->where.begin : p.begin );
         const raw_date* when = nullptr;
         for( const auto& d : ev.dates ) {
            if( d.where.begin >= sentence && d.where.end <= ( body ? body->where.begin : p.begin ) && d.valid && d.value.day ) {
               when = &d;
            }
         }
         citation& c = doc.citations[ ci ];
         if( body ) {
            if( auto iss = issuer_from_phrase( *body, place ) ) {
               iss->span = map( body->where );
               c.issuer = std::move( iss );
            }
         }
         if( when && !cit->date ) {
            c.date = when->value;
            extras[ ci ].year = when->value.year;
         }
         if( !subject ) {
            subject = ci;
         }
      }
      if( subject && article.kind == text_kind::news ) {
         const citation& c = doc.citations[ *subject ];
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
         doc.info = std::move( info );
      }
   }

   // --- relations -------------------------------------------------------------------------------------

   void assign_relations()
   {
      if( article.kind == text_kind::qa ) {
         return;  // a Q&A article quotes documents; the relations are not its own
      }
      const std::optional<std::string>& own = doc.info ? doc.info->number : std::optional<std::string>();
      for( std::size_t i = 0; i < doc.citations.size(); ++i ) {
         citation& c = doc.citations[ i ];
         const raw_citation& rc = ev.citations[ i ];
         if( own && c.number && *c.number == *own && doc.info->type == c.type ) {
            continue;  // the text's own document
         }
         const std::size_t from = scope_begin( rc.where.begin );
         const raw_cue* cue = nullptr;
         for( const auto& q : ev.cues ) {
            if( q.where.begin >= rc.where.begin ) {
               break;
            }
            if( q.where.begin >= from && !lexicon::cues().rows[ q.key->row ].backward ) {
               cue = &q;
            }
         }
         if( cue == nullptr ) {
            const std::size_t to = scope_end( rc.where.end );
            for( const auto& q : ev.cues ) {
               if( q.where.begin >= rc.where.end && q.where.end <= to && lexicon::cues().rows[ q.key->row ].backward ) {
                  cue = &q;
                  break;
               }
            }
         }
         if( cue ) {
            vanban::cue e;
            e.relation = lexicon::cues().rows[ cue->key->row ].relation;
            e.span = map( cue->where );
            e.text = original( e.span );
            c.relation = e.relation;
            c.cue = std::move( e );
         }
         else {
            c.relation = relation::cites;
         }
      }
   }

   // --- ids, dates, bodies, problems ---------------------------------------------------------------

   void assign_ids()
   {
      for( std::size_t i = 0; i < doc.citations.size(); ++i ) {
         citation& c = doc.citations[ i ];
         const extra& x = extras[ i ];
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
         if( doc.info && c.number && doc.info->number == c.number && doc.info->type == c.type && doc.info->id.empty() ) {
            doc.info->id = c.id;
         }
      }
   }

   void collect_mentions()
   {
      for( const auto& d : ev.dates ) {
         if( !d.valid ) {
            continue;
         }
         date_mention m;
         m.value = d.value;
         m.span = map( d.where );
         m.text = original( m.span );
         doc.dates.push_back( std::move( m ) );
      }
      for( const auto& b : ev.bodies ) {
         if( auto iss = issuer_from_phrase( b, place ) ) {
            body_mention m;
            m.span = map( b.where );
            iss->span = m.span;
            m.body = std::move( *iss );
            m.text = original( m.span );
            doc.bodies.push_back( std::move( m ) );
         }
      }
      for( const auto& c : doc.citations ) {
         if( c.issuer && c.issuer->span ) {
            doc.bodies.push_back( { *c.issuer, original( *c.issuer->span ), *c.issuer->span } );
         }
      }
      std::stable_sort( doc.bodies.begin(), doc.bodies.end(), []( const body_mention& a, const body_mention& b ) { return a.span.start < b.span.start; } );
      for( const auto& p : ev.problems ) {
         diagnostic d;
         d.code = std::string( p.code );
         d.severity = severity::warning;
         d.message = std::string( p.message );
         d.span = map( p.where );
         doc.diagnostics.push_back( std::move( d ) );
      }
   }

   void read_wrapper()
   {
      article = read_article( t.normalized, ev );
      if( article.kind != text_kind::news && article.kind != text_kind::qa ) {
         return;
      }
      article_info a;
      if( !article.title.empty() ) {
         a.title_span = map( article.title );
         a.title = fold_ws( article.title.in( t.normalized ) );
      }
      if( article.date ) {
         a.date = article.date->value;
         a.date_span = map( article.date->where );
      }
      if( !article.author.empty() ) {
         a.author_span = map( article.author );
         a.author = fold_ws( article.author.in( t.normalized ) );
      }
      doc.article = std::move( a );
   }

   void run()
   {
      find_boundaries();
      infer_place();
      read_wrapper();
      build_citations();
      link_promulgations();
      assign_relations();
      assign_ids();
      collect_mentions();
      finalize_spans( t.original, doc );
      build_graph( doc );
   }
};

}  // namespace

void resolve( const text_view& text, const events& ev, document& doc )
{
   resolver r{ text, ev, doc, {}, {}, {}, {} };
   r.run();
}

}  // namespace vanban::detail
