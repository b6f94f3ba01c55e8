// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The corpus graph (docs/graph.md). `add` folds one document into records: one per document
// id (an incomplete id gets one record per citing text, since two texts' "Chỉ thị 05-CT/TW" may
// be two documents), one per body and person, and edges between records with their evidence.
// `build` settles each incomplete record against the complete ids of the whole batch (an id's
// `_` part is a wildcard for one segment), maps law names to numbers, merges records into nodes,
// and reports conflicting statements. Every choice is made from counts and sorted keys, never
// from the order of `add`, so a batch gives the same graph whatever the order or -j.

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <vanban/error.hpp>
#include <vanban/graph.hpp>

#include "lexicon/lexicon.hpp"
#include "model/graph_builder.hpp"
#include "model/ids.hpp"

namespace vanban {
namespace {

using detail::slug;

/// A record: a document id, scoped to its citing text when the id is incomplete.
struct record_key {
   std::string id;
   std::string scope;  ///< empty for complete ids, bodies and persons

   friend bool operator<( const record_key& a, const record_key& b ) noexcept
   {
      return std::tie( a.id, a.scope ) < std::tie( b.id, b.scope );
   }
   friend bool operator==( const record_key&, const record_key& ) = default;
};

/// The entry of a map with the highest count, ties to the smallest key (the first); `end()`
/// when the map is empty.
template< typename Map, typename Count >
[[nodiscard]] typename Map::const_iterator most_counted( const Map& m, Count count )
{
   auto best = m.begin();
   for( auto it = m.begin(); it != m.end(); ++it ) {
      if( count( it->second ) > count( best->second ) ) {
         best = it;
      }
   }
   return best;
}

/// Counts of the values mentions state; the winner is the most frequent, ties to the smallest.
template< typename T >
struct votes {
   std::map<T, std::size_t> counts;

   void add( const T& v, std::size_t n = 1 ) { counts[ v ] += n; }
   void merge( const votes& o )
   {
      for( const auto& [ v, n ] : o.counts ) {
         counts[ v ] += n;
      }
   }
   [[nodiscard]] std::optional<T> best() const
   {
      const auto it = most_counted( counts, []( std::size_t n ) { return n; } );
      return it == counts.end() || it->second == 0 ? std::nullopt : std::optional<T>( it->first );
   }
};

/// Evidence as the builder keeps it: the source interned (one string per input, not one per
/// mention), so memory follows the mentions, not their paths.
struct mention_ev {
   const std::string* source = nullptr;
   span mention;
   std::optional<span> cue;

   [[nodiscard]] evidence get() const
   {
      return { source ? std::optional<std::string>( *source ) : std::nullopt, mention, cue };
   }
};

[[nodiscard]] bool evidence_less( const mention_ev& a, const mention_ev& b ) noexcept
{
   static const std::string none;
   const auto ca = a.cue ? a.cue->start : std::size_t( -1 );
   const auto cb = b.cue ? b.cue->start : std::size_t( -1 );
   return std::tie( a.source ? *a.source : none, a.mention.start, a.mention.end, ca ) < std::tie( b.source ? *b.source : none, b.mention.start, b.mention.end, cb );
}

/// One value stated for a document (a date, an issuer), how often, and where first.
struct statement {
   std::size_t count = 0;
   std::size_t from_header = 0;
   std::optional<mention_ev> first;  ///< the smallest by (source, position)

   void add( const mention_ev& ev, bool header )
   {
      ++count;
      from_header += header ? 1 : 0;
      if( !first || evidence_less( ev, *first ) ) {
         first = ev;
      }
   }
   void merge( const statement& o )
   {
      count += o.count;
      from_header += o.from_header;
      if( o.first && ( !first || evidence_less( *o.first, *first ) ) ) {
         first = o.first;
      }
   }
};

struct doc_record {
   votes<std::string> types, numbers, names, titles;
   votes<std::string> header_types, header_numbers, header_titles;
   std::map<std::string, std::pair<vanban::date, statement>> dates;  ///< by ISO
   std::map<std::string, statement> issuers;                         ///< stated issuer sets, names joined by " | "
   std::set<std::string> terms;
   std::set<std::string> name_ids;  ///< ids by name this numbered document also has ("vn/luat/doanh-nghiep/2020")
   std::set<std::string> sources;
   std::optional<std::string> text_label;  ///< `text/…` nodes: the article title or the path
   int citing_year = 0;                    ///< scoped records: the year of the citing text
   std::size_t mentions = 0;

   void merge( const doc_record& o )
   {
      types.merge( o.types );
      numbers.merge( o.numbers );
      names.merge( o.names );
      titles.merge( o.titles );
      header_types.merge( o.header_types );
      header_numbers.merge( o.header_numbers );
      header_titles.merge( o.header_titles );
      for( const auto& [ k, v ] : o.dates ) {
         auto& d = dates[ k ];
         d.first = v.first;
         d.second.merge( v.second );
      }
      for( const auto& [ k, v ] : o.issuers ) {
         issuers[ k ].merge( v );
      }
      terms.insert( o.terms.begin(), o.terms.end() );
      name_ids.insert( o.name_ids.begin(), o.name_ids.end() );
      sources.insert( o.sources.begin(), o.sources.end() );
      if( o.text_label && ( !text_label || *o.text_label < *text_label ) ) {
         text_label = o.text_label;
      }
      mentions += o.mentions;
   }

   /// The issue year the record knows, for the "not cited before it was issued" check: the
   /// earliest date stated, else the year part of the id, else the year inside the number.
   [[nodiscard]] int year( std::string_view id ) const
   {
      int y = 0;
      for( const auto& [ iso, d ] : dates ) {
         y = y ? std::min( y, d.first.year ) : d.first.year;
      }
      if( y ) {
         return y;
      }
      for( std::size_t b = id.find( '/', 3 ); b != std::string_view::npos; b = id.find( '/', b + 1 ) ) {
         const std::string_view seg = id.substr( b + 1, 4 );
         if( seg.size() == 4 && ( b + 5 == id.size() || id[ b + 5 ] == '/' ) && std::all_of( seg.begin(), seg.end(), []( char c ) { return c >= '0' && c <= '9'; } ) ) {
            return std::stoi( std::string( seg ) );
         }
      }
      for( const auto& [ n, count ] : numbers.counts ) {
         y = std::max( y, detail::number_year( n ) );
      }
      return y;
   }
};

/// Stated over unstated, the smaller of two stated: the same whichever comes first.
void keep_least( std::optional<std::string>& have, const std::optional<std::string>& other )
{
   if( other && ( !have || *other < *have ) ) {
      have = other;
   }
}

/// What the mentions of one spelling of a body say about it.
struct body_name {
   std::size_t count = 0;
   std::optional<std::string> place;
   std::optional<std::string> successor;

   void merge( const body_name& o )
   {
      count += o.count;
      keep_least( place, o.place );
      keep_least( successor, o.successor );
   }
};

/// A body's spellings share its id ("xã" and "xá" fold alike): the most mentioned names the
/// node, ties to the smallest, so no order of `add` or `merge` picks another label.
struct body_record {
   std::map<std::string, body_name> names;
   std::size_t mentions = 0;

   void merge( const body_record& o )
   {
      for( const auto& [ name, n ] : o.names ) {
         names[ name ].merge( n );
      }
      mentions += o.mentions;
   }
   /// The naming spelling and its facts (a record always has a name: `add` and `load` see to it).
   [[nodiscard]] const std::pair<const std::string, body_name>& label() const
   {
      return *most_counted( names, []( const body_name& n ) { return n.count; } );
   }
};

struct person_record {
   votes<std::string> labels;  ///< spellings of the name sharing the id, by mentions
   std::set<std::string> positions;
   std::size_t mentions = 0;

   void merge( const person_record& o )
   {
      labels.merge( o.labels );
      positions.insert( o.positions.begin(), o.positions.end() );
      mentions += o.mentions;
   }
};

struct edge_key {
   record_key from;
   record_key to;
   edge_kind kind;

   friend bool operator<( const edge_key& a, const edge_key& b ) noexcept
   {
      return std::tie( a.from, a.to, a.kind ) < std::tie( b.from, b.to, b.kind );
   }
};

[[nodiscard]] std::optional<vanban::date> parse_iso( std::string_view s )
{
   if( s.size() != 10 ) {
      return std::nullopt;
   }
   vanban::date d;
   d.year = std::stoi( std::string( s.substr( 0, 4 ) ) );
   d.month = unsigned( std::stoi( std::string( s.substr( 5, 2 ) ) ) );
   d.day = unsigned( std::stoi( std::string( s.substr( 8, 2 ) ) ) );
   return d;
}

/// The last day of a body merged or dissolved in 2025 (bodies.tsv, provinces.tsv).
[[nodiscard]] std::optional<vanban::date> valid_to( std::string_view name, const std::optional<std::string>& place, const std::optional<std::string>& successor )
{
   if( place && successor ) {
      if( const auto* p = lexicon::find_province( *place ); p && !p->successor.empty() ) {
         return vanban::date{ 2025, 6, 30 };  // the 34 provinces took over on 01/07/2025 (Nghị quyết 202/2025/QH15)
      }
   }
   const auto& b = lexicon::bodies();
   if( const auto* k = lexicon::find( b.view(), name ) ) {
      return parse_iso( b.rows[ k->row ].valid_to );
   }
   return std::nullopt;
}

[[nodiscard]] std::vector<std::string_view> segments( std::string_view id )
{
   std::vector<std::string_view> out;
   std::size_t b = 0;
   for( ;; ) {
      const std::size_t e = id.find( '/', b );
      out.push_back( id.substr( b, e == std::string_view::npos ? std::string_view::npos : e - b ) );
      if( e == std::string_view::npos ) {
         return out;
      }
      b = e + 1;
   }
}

/// Does the complete id `c` fill the `_` parts of the incomplete id `pattern`?
[[nodiscard]] bool fills( const std::vector<std::string_view>& pattern, std::string_view c )
{
   const auto cs = segments( c );
   if( cs.size() != pattern.size() ) {
      return false;
   }
   for( std::size_t k = 0; k < cs.size(); ++k ) {
      if( pattern[ k ] != "_" && pattern[ k ] != cs[ k ] ) {
         return false;
      }
   }
   return true;
}

[[nodiscard]] std::string join( const std::vector<std::string>& names )
{
   std::string out;
   for( const auto& n : names ) {
      if( !out.empty() ) {
         out += " | ";
      }
      out += n;
   }
   return out;
}

/// Stated issuer sets that can be one issuer: every name of one agrees with a name of the other.
[[nodiscard]] bool issuer_sets_agree( std::string_view a, std::string_view b )
{
   const auto split = []( std::string_view s ) {
      std::vector<std::string_view> out;
      for( std::size_t p = 0;; ) {
         const std::size_t q = s.find( " | ", p );
         out.push_back( s.substr( p, q == std::string_view::npos ? std::string_view::npos : q - p ) );
         if( q == std::string_view::npos ) {
            return out;
         }
         p = q + 3;
      }
   };
   const auto as = split( a );
   const auto bs = split( b );
   return std::all_of( as.begin(), as.end(), [ & ]( std::string_view x ) {
      return std::any_of( bs.begin(), bs.end(), [ & ]( std::string_view y ) { return detail::issuers_agree( x, y ); } );
   } );
}

}  // namespace

struct graph_builder::impl {
   std::map<record_key, doc_record> docs;
   std::map<std::string, body_record> bodies;
   std::map<std::string, person_record> persons;
   std::map<edge_key, std::vector<mention_ev>> edges;
   std::set<std::string> seen_sources;  ///< every input added, once; evidence points into it
   std::size_t added = 0;

   [[nodiscard]] static record_key key_of( const std::string& id, const std::optional<std::string>& source, std::size_t index )
   {
      if( !detail::is_incomplete_id( id ) ) {
         return { id, {} };
      }
      if( source ) {
         return { id, *source };
      }
      std::string anonymous( 1, '#' );
      anonymous += std::to_string( index );
      return { id, std::move( anonymous ) };
   }

   void edge( const record_key& from, const record_key& to, edge_kind kind, mention_ev ev )
   {
      edges[ { from, to, kind } ].push_back( std::move( ev ) );
   }

   /// Body records and the `issued_by` edges to them; the issuer set is remembered when stated.
   void issued_by( const record_key& doc, doc_record& rec, const issuer& iss, const std::string* source, const span& where, bool header )
   {
      if( iss.name.empty() ) {
         return;
      }
      const std::vector<std::string> names = detail::issuing_bodies( iss );
      for( const std::string& name : names ) {
         const std::string bid = detail::body_id( name );
         body_record& b = bodies[ bid ];
         body_name& n = b.names[ name ];
         ++n.count;
         if( iss.members.empty() ) {
            keep_least( n.place, iss.place );
            keep_least( n.successor, iss.successor );
         }
         ++b.mentions;
         edge( doc, { bid, {} }, edge_kind::issued_by, mention_ev{ source, where, iss.span } );
      }
      if( iss.span || header ) {
         rec.issuers[ join( names ) ].add( mention_ev{ source, where, iss.span }, header );
      }
   }

   void add( const document& doc )
   {
      const std::string* source = nullptr;
      if( doc.source ) {
         const auto [ it, fresh ] = seen_sources.insert( *doc.source );
         if( !fresh ) {
            return;  // the same input named twice (a file and its folder) counts once
         }
         source = &*it;
      }
      const std::size_t index = added++;
      int text_year = doc.info && doc.info->date ? doc.info->date->year : 0;
      if( !text_year && doc.article && doc.article->date ) {
         text_year = doc.article->date->year;
      }
      // hand-made documents may lack ids: compute them as extract() would
      document_info info;
      if( doc.info ) {
         info = *doc.info;
         if( info.id.empty() ) {
            info.id = detail::document_id( detail::parts_of( info ) );
         }
      }
      // a header without its number ("vn/nghi-dinh/_") says the type, not which decree: one such
      // text must not merge with another, so the text stands for its document (subject_id)
      const std::string subject = doc.info && !detail::is_unidentified_id( info.id ) ? info.id : detail::subject_id( doc );
      const record_key subject_key = key_of( subject, doc.source, index );
      if( !subject.empty() ) {
         doc_record& r = docs[ subject_key ];
         r.citing_year = text_year;
         if( doc.source ) {
            r.sources.insert( *doc.source );
         }
         if( doc.info ) {
            const span where = info.span.value_or( span{} );
            r.header_types.add( info.type );
            if( info.number ) {
               r.header_numbers.add( *info.number );
            }
            if( info.title ) {
               r.header_titles.add( *info.title );
            }
            if( info.date ) {
               auto& d = r.dates[ info.date->iso() ];
               d.first = *info.date;
               d.second.add( mention_ev{ source, where, std::nullopt }, true );
            }
            if( info.issuer ) {
               issued_by( subject_key, r, *info.issuer, source, where, true );
            }
            const std::optional<std::string> place = info.issuer && detail::is_local_issuer( *info.issuer ) ? info.issuer->place : std::nullopt;
            for( const signer& s : info.signers ) {
               if( s.name.empty() ) {
                  continue;
               }
               const std::string pid = detail::person_id( s.name, place );
               person_record& p = persons[ pid ];
               p.labels.add( s.name );
               if( s.position ) {
                  p.positions.insert( *s.position );
               }
               ++p.mentions;
               edge( subject_key, { pid, {} }, edge_kind::signed_by, mention_ev{ source, s.span, std::nullopt } );
            }
            if( info.title && detail::parts_of( info ).name && info.number ) {
               detail::id_parts named = detail::parts_of( info );
               named.number.reset();
               named.year = info.date ? info.date->year : detail::number_year( *info.number );
               if( named.year ) {
                  r.name_ids.insert( detail::document_id( named ) );
               }
            }
         }
         if( !doc.info || subject != info.id ) {
            r.text_label = doc.article && doc.article->title ? *doc.article->title : doc.source.value_or( "text" );
         }
      }
      for( const citation& c : doc.citations ) {
         const std::string id = c.id.empty() ? detail::document_id( detail::parts_of( c ) ) : c.id;
         const record_key k = key_of( id, doc.source, index );
         doc_record& r = docs[ k ];
         if( !k.scope.empty() ) {
            r.citing_year = text_year;
         }
         ++r.mentions;
         r.types.add( c.type );
         if( c.number ) {
            r.numbers.add( *c.number );
         }
         if( c.name ) {
            r.names.add( *c.name );
         }
         if( c.title ) {
            r.titles.add( *c.title );
         }
         if( c.term ) {
            r.terms.insert( *c.term );
         }
         const mention_ev ev{ source, c.span, c.cue ? std::optional<span>( c.cue->span ) : std::nullopt };
         if( c.date ) {
            auto& d = r.dates[ c.date->iso() ];
            d.first = *c.date;
            d.second.add( mention_ev{ source, c.span, std::nullopt }, false );
         }
         if( c.number && c.name && !k.scope.size() ) {
            // "Luật Doanh nghiệp số 59/2020/QH14": the law is also "Luật Doanh nghiệp năm 2020"
            detail::id_parts named = detail::parts_of( c );
            named.number.reset();
            named.year = c.date ? c.date->year : detail::number_year( *c.number );
            if( named.year ) {
               r.name_ids.insert( detail::document_id( named ) );
            }
         }
         if( id != subject ) {
            if( c.issuer ) {
               issued_by( k, r, *c.issuer, source, c.span, false );
            }
            if( !subject.empty() && c.relation ) {
               edge( subject_key, k, to_edge_kind( *c.relation ), ev );
            }
         }
      }
   }

   [[nodiscard]] corpus_graph build() const;
};

corpus_graph graph_builder::impl::build() const
{
   // 1. ids by name that a numbered document also has
   std::map<std::string, std::set<std::string>> by_name;
   for( const auto& [ k, r ] : docs ) {
      if( k.scope.empty() ) {
         for( const auto& n : r.name_ids ) {
            by_name[ n ].insert( k.id );
         }
      }
   }
   const auto through_name = [ & ]( const std::string& id ) -> std::string {
      const auto it = by_name.find( id );
      return it != by_name.end() && it->second.size() == 1 ? *it->second.begin() : id;
   };
   // the complete ids known, with the record that states them (none for ids known by name only)
   std::map<std::string, const doc_record*> complete;
   for( const auto& [ k, r ] : docs ) {
      if( k.scope.empty() ) {
         complete.emplace( k.id, &r );
      }
   }
   for( const auto& [ n, ids ] : by_name ) {
      complete.emplace( n, nullptr );
   }

   // 2. where each record goes
   std::map<record_key, std::string> target;
   for( const auto& [ k, r ] : docs ) {
      if( k.scope.empty() || detail::is_unidentified_id( k.id ) ) {
         target[ k ] = through_name( k.id );
         continue;
      }
      const auto pattern = segments( k.id );
      const std::string prefix = k.id.substr( 0, k.id.find( "/_" ) + 1 );
      std::set<std::string> found;
      for( auto it = complete.lower_bound( prefix ); it != complete.end() && it->first.starts_with( prefix ); ++it ) {
         if( !fills( pattern, it->first ) ) {
            continue;
         }
         const std::string to = through_name( it->first );
         const auto cand = docs.find( record_key{ to, {} } );
         const doc_record* c = cand != docs.end() ? &cand->second : it->second;
         if( c ) {
            const int year = c->year( to );
            if( r.citing_year && year > r.citing_year ) {
               continue;  // a text cannot cite a document issued after it
            }
            bool agree = true;
            // no structured bindings here: lambdas may capture them only from clang 16 on
            for( const auto& entry : r.dates ) {
               const auto& d = entry.second;
               agree = agree && ( c->dates.empty() || std::any_of( c->dates.begin(), c->dates.end(), [ & ]( const auto& cd ) { return detail::dates_agree( d.first, cd.second.first ); } ) );
            }
            for( const auto& entry : r.issuers ) {
               const auto& names = entry.first;
               agree = agree && ( c->issuers.empty() || std::any_of( c->issuers.begin(), c->issuers.end(), [ & ]( const auto& ci ) { return issuer_sets_agree( names, ci.first ); } ) );
            }
            for( const auto& t : r.terms ) {
               const auto [ from, until ] = detail::party_term_years( t );
               agree = agree && ( !from || !year || ( year >= from && year <= until ) ) && ( c->terms.empty() || c->terms.count( t ) );
            }
            if( !agree ) {
               continue;
            }
         }
         found.insert( to );
      }
      target[ k ] = found.size() == 1 ? *found.begin() : k.id;
   }

   // 3. records merged into nodes
   std::map<std::string, doc_record> merged;
   std::map<std::string, std::set<std::string>> aliases;
   for( const auto& [ k, r ] : docs ) {
      const std::string& to = target.at( k );
      merged[ to ].merge( r );
      if( k.id != to ) {
         aliases[ to ].insert( k.id );
      }
   }

   corpus_graph g;
   g.inputs = added;
   for( const auto& [ id, r ] : merged ) {
      corpus_node n;
      n.id = id;
      n.kind = node_kind::document;
      n.type = r.header_types.best();
      if( !n.type ) {
         n.type = r.types.best();
      }
      n.number = r.header_numbers.best();
      if( !n.number ) {
         n.number = r.numbers.best();
      }
      n.name = r.names.best();
      n.title = r.header_titles.best();
      if( !n.title ) {
         n.title = r.titles.best();
      }
      // the date: the document's own header, else the full date most mentions state, else a partial one
      const std::pair<vanban::date, statement>* best = nullptr;
      const auto rank = []( const std::pair<vanban::date, statement>& d ) { return std::make_tuple( d.second.from_header, d.first.day != 0, d.second.count ); };
      for( const auto& [ iso, d ] : r.dates ) {
         if( !best || rank( d ) > rank( *best ) ) {
            best = &d;
         }
      }
      if( best ) {
         n.date = best->first;
      }
      if( r.text_label ) {
         n.label = n.type ? *n.type + " (" + *r.text_label + ')' : *r.text_label;
      }
      else {
         n.label = n.type.value_or( "" );
         for( const auto* part : { &n.name, &n.number } ) {
            if( *part ) {
               n.label += ' ';
               n.label += **part;
            }
         }
         if( !n.name && !n.number && n.date ) {
            n.label += ' ' + std::to_string( n.date->year );
         }
      }
      n.sources.assign( r.sources.begin(), r.sources.end() );
      if( const auto a = aliases.find( id ); a != aliases.end() ) {
         n.aliases.assign( a->second.begin(), a->second.end() );
      }
      n.incomplete = detail::is_incomplete_id( id );
      n.mentions = r.mentions;
      g.nodes.push_back( std::move( n ) );

      // conflicts: two full dates, two stated issuers that cannot be one body
      std::vector<const std::pair<vanban::date, statement>*> full;
      for( const auto& [ iso, d ] : r.dates ) {
         if( d.first.day ) {
            full.push_back( &d );
         }
      }
      if( full.size() > 1 ) {
         graph_diagnostic diag{ "VB-G001", severity::warning, "conflicting dates for " + id + ":", id, {} };
         for( const auto* d : full ) {
            diag.message += ' ' + d->first.iso() + " (" + std::to_string( d->second.count ) + ')';
            diag.evidence.push_back( d->second.first->get() );
         }
         g.diagnostics.push_back( std::move( diag ) );
      }
      std::vector<std::pair<const std::string*, const statement*>> stated;
      for( const auto& [ names, s ] : r.issuers ) {
         stated.emplace_back( &names, &s );
      }
      bool conflict = false;
      for( std::size_t i = 0; i < stated.size(); ++i ) {
         for( std::size_t j = i + 1; j < stated.size(); ++j ) {
            conflict = conflict || !( issuer_sets_agree( *stated[ i ].first, *stated[ j ].first ) || issuer_sets_agree( *stated[ j ].first, *stated[ i ].first ) );
         }
      }
      if( conflict ) {
         graph_diagnostic diag{ "VB-G002", severity::warning, "conflicting issuers for " + id + ":", id, {} };
         for( const auto& [ names, s ] : stated ) {
            diag.message += ' ' + *names + " (" + std::to_string( s->count ) + ')';
            diag.evidence.push_back( s->first->get() );
         }
         g.diagnostics.push_back( std::move( diag ) );
      }
   }
   for( const auto& [ id, b ] : bodies ) {
      corpus_node n;
      n.id = id;
      n.kind = node_kind::body;
      const auto& [ name, facts ] = b.label();
      n.label = name;
      n.place = facts.place;
      n.successor = facts.successor;
      n.valid_to = valid_to( name, facts.place, facts.successor );
      n.mentions = b.mentions;
      g.nodes.push_back( std::move( n ) );
   }
   for( const auto& [ id, p ] : persons ) {
      corpus_node n;
      n.id = id;
      n.kind = node_kind::person;
      n.label = p.labels.best().value_or( "" );
      n.positions.assign( p.positions.begin(), p.positions.end() );
      n.mentions = p.mentions;
      g.nodes.push_back( std::move( n ) );
   }
   std::sort( g.nodes.begin(), g.nodes.end(), []( const corpus_node& a, const corpus_node& b ) { return a.id < b.id; } );

   // 4. edges between nodes; implied issuers give way to stated ones
   const auto node_of = [ & ]( const record_key& k ) -> const std::string& {
      const auto it = target.find( k );
      return it != target.end() ? it->second : k.id;
   };
   std::map<std::tuple<std::string, std::string, edge_kind>, std::vector<mention_ev>> out;
   for( const auto& [ k, ev ] : edges ) {
      const std::string& from = node_of( k.from );
      const std::string& to = node_of( k.to );
      if( from == to ) {
         continue;  // a text citing itself once its ids are settled
      }
      auto& e = out[ { from, to, k.kind } ];
      e.insert( e.end(), ev.begin(), ev.end() );
   }
   std::set<std::string> stated_issuer;
   for( const auto& [ k, ev ] : out ) {
      if( std::get<2>( k ) == edge_kind::issued_by && std::any_of( ev.begin(), ev.end(), []( const mention_ev& e ) { return e.cue.has_value(); } ) ) {
         stated_issuer.insert( std::get<0>( k ) );
      }
   }
   for( auto& [ k, ev ] : out ) {
      const auto& [ from, to, kind ] = k;
      if( kind == edge_kind::issued_by && stated_issuer.count( from ) && std::none_of( ev.begin(), ev.end(), []( const mention_ev& e ) { return e.cue.has_value(); } ) ) {
         continue;  // the symbol implied this issuer, but texts state another
      }
      std::sort( ev.begin(), ev.end(), evidence_less );
      graph_edge e{ from, to, kind, {} };
      e.evidence.reserve( ev.size() );
      for( const mention_ev& x : ev ) {
         e.evidence.push_back( x.get() );
      }
      ev = {};
      g.edges.push_back( std::move( e ) );
   }
   std::sort( g.diagnostics.begin(), g.diagnostics.end(), []( const graph_diagnostic& a, const graph_diagnostic& b ) { return std::tie( a.node, a.code ) < std::tie( b.node, b.code ); } );
   return g;
}

graph_builder::graph_builder()
   : m_impl( std::make_unique<impl>() )
{}

graph_builder::~graph_builder() = default;
graph_builder::graph_builder( graph_builder&& ) noexcept = default;
graph_builder& graph_builder::operator=( graph_builder&& ) noexcept = default;

void graph_builder::add( const document& doc )
{
   m_impl->add( doc );
}

std::size_t graph_builder::size() const noexcept
{
   return m_impl->added;
}

corpus_graph graph_builder::build() const
{
   return m_impl->build();
}

// The builder's state, for merging parts of a corpus built elsewhere (merge, save, load).
// Evidence points into the builder's own `seen_sources`, so both re-intern the sources.
namespace {

using state = nlohmann::json;

constexpr std::string_view state_format = "vanban.graph_builder/3";

/// Evidence of another builder (or of saved bytes) pointed at this builder's interned sources.
class interner {
public:
   explicit interner( std::set<std::string>& sources )
      : m_sources( sources )
   {}

   [[nodiscard]] const std::string* operator()( const std::string* source ) const
   {
      return source ? &*m_sources.insert( *source ).first : nullptr;
   }
   [[nodiscard]] mention_ev operator()( const mention_ev& e ) const
   {
      return { ( *this )( e.source ), e.mention, e.cue };
   }
   [[nodiscard]] statement operator()( const statement& s ) const
   {
      statement out = s;
      if( s.first ) {
         out.first = ( *this )( *s.first );
      }
      return out;
   }
   [[nodiscard]] doc_record operator()( const doc_record& r ) const
   {
      doc_record out = r;
      for( auto& [ iso, d ] : out.dates ) {
         d.second = ( *this )( d.second );
      }
      for( auto& [ names, st ] : out.issuers ) {
         st = ( *this )( st );
      }
      return out;
   }

private:
   std::set<std::string>& m_sources;
};

[[nodiscard]] state span_s( const span& s )
{
   return state::array( { s.start, s.end, s.cp_start, s.cp_end, s.line, s.column } );
}

[[nodiscard]] span span_l( const state& j )
{
   return span{ j.at( 0 ).get<std::size_t>(), j.at( 1 ).get<std::size_t>(), j.at( 2 ).get<std::size_t>(), j.at( 3 ).get<std::size_t>(), j.at( 4 ).get<std::uint32_t>(), j.at( 5 ).get<std::uint32_t>() };
}

[[nodiscard]] state str_s( const std::optional<std::string>& s )
{
   return s ? state( *s ) : state( nullptr );
}

[[nodiscard]] std::optional<std::string> str_l( const state& j )
{
   return j.is_null() ? std::nullopt : std::optional<std::string>( j.get<std::string>() );
}

[[nodiscard]] state date_s( const std::optional<vanban::date>& d )
{
   return d ? state::array( { d->year, d->month, d->day } ) : state( nullptr );
}

[[nodiscard]] std::optional<vanban::date> date_l( const state& j )
{
   if( j.is_null() ) {
      return std::nullopt;
   }
   return vanban::date{ j.at( 0 ).get<int>(), j.at( 1 ).get<unsigned>(), j.at( 2 ).get<unsigned>() };
}

[[nodiscard]] state evidence_s( const mention_ev& e )
{
   return state::array( { e.source ? state( *e.source ) : state( nullptr ), span_s( e.mention ), e.cue ? span_s( *e.cue ) : state( nullptr ) } );
}

[[nodiscard]] mention_ev evidence_l( const state& j, std::set<std::string>& sources )
{
   const std::string* source = j.at( 0 ).is_null() ? nullptr : &*sources.insert( j.at( 0 ).get<std::string>() ).first;
   return mention_ev{ source, span_l( j.at( 1 ) ), j.at( 2 ).is_null() ? std::nullopt : std::optional<span>( span_l( j.at( 2 ) ) ) };
}

[[nodiscard]] state votes_s( const votes<std::string>& v )
{
   state out = state::array();
   for( const auto& [ value, n ] : v.counts ) {
      out.push_back( state::array( { value, n } ) );
   }
   return out;
}

void votes_l( votes<std::string>& v, const state& j )
{
   for( const auto& p : j ) {
      v.add( p.at( 0 ).get<std::string>(), p.at( 1 ).get<std::size_t>() );
   }
}

[[nodiscard]] state statement_s( const statement& s )
{
   return state::array( { s.count, s.from_header, s.first ? evidence_s( *s.first ) : state( nullptr ) } );
}

[[nodiscard]] statement statement_l( const state& j, std::set<std::string>& sources )
{
   statement s;
   s.count = j.at( 0 ).get<std::size_t>();
   s.from_header = j.at( 1 ).get<std::size_t>();
   if( !j.at( 2 ).is_null() ) {
      s.first = evidence_l( j.at( 2 ), sources );
   }
   return s;
}

[[nodiscard]] state key_s( const record_key& k )
{
   return state::array( { k.id, k.scope } );
}

[[nodiscard]] record_key key_l( const state& j )
{
   return record_key{ j.at( 0 ).get<std::string>(), j.at( 1 ).get<std::string>() };
}

[[nodiscard]] state record_s( const doc_record& r )
{
   state dates = state::array();
   for( const auto& [ iso, d ] : r.dates ) {
      dates.push_back( state::array( { date_s( d.first ), statement_s( d.second ) } ) );
   }
   state issuers = state::array();
   for( const auto& [ names, st ] : r.issuers ) {
      issuers.push_back( state::array( { names, statement_s( st ) } ) );
   }
   return state::array( { votes_s( r.types ), votes_s( r.numbers ), votes_s( r.names ), votes_s( r.titles ), votes_s( r.header_types ), votes_s( r.header_numbers ), votes_s( r.header_titles ), std::move( dates ), std::move( issuers ), r.terms, r.name_ids, r.sources, str_s( r.text_label ), r.citing_year, r.mentions } );
}

[[nodiscard]] doc_record record_l( const state& j, std::set<std::string>& sources )
{
   doc_record r;
   votes_l( r.types, j.at( 0 ) );
   votes_l( r.numbers, j.at( 1 ) );
   votes_l( r.names, j.at( 2 ) );
   votes_l( r.titles, j.at( 3 ) );
   votes_l( r.header_types, j.at( 4 ) );
   votes_l( r.header_numbers, j.at( 5 ) );
   votes_l( r.header_titles, j.at( 6 ) );
   for( const auto& d : j.at( 7 ) ) {
      const vanban::date value = date_l( d.at( 0 ) ).value();
      r.dates[ value.iso() ] = { value, statement_l( d.at( 1 ), sources ) };
   }
   for( const auto& i : j.at( 8 ) ) {
      r.issuers[ i.at( 0 ).get<std::string>() ] = statement_l( i.at( 1 ), sources );
   }
   r.terms = j.at( 9 ).get<std::set<std::string>>();
   r.name_ids = j.at( 10 ).get<std::set<std::string>>();
   r.sources = j.at( 11 ).get<std::set<std::string>>();
   r.text_label = str_l( j.at( 12 ) );
   r.citing_year = j.at( 13 ).get<int>();
   r.mentions = j.at( 14 ).get<std::size_t>();
   return r;
}

}  // namespace

void graph_builder::merge( const graph_builder& other )
{
   if( &other == this ) {
      return;  // each input in one part only: a builder merged with itself adds nothing new
   }
   impl& a = *m_impl;
   const impl& b = *other.m_impl;
   const interner here( a.seen_sources );
   // texts without a source are scoped by their place in the batch ("#3"): b's come after a's
   const auto key = [ & ]( const record_key& k ) {
      return k.scope.starts_with( '#' ) ? record_key{ k.id, '#' + std::to_string( a.added + std::stoull( k.scope.substr( 1 ) ) ) } : k;
   };
   for( const auto& [ k, r ] : b.docs ) {
      const auto [ it, fresh ] = a.docs.try_emplace( key( k ), here( r ) );
      if( !fresh ) {
         it->second.merge( here( r ) );
         // as a later `add` would: it sets the citing year and the text label
         if( r.citing_year ) {
            it->second.citing_year = r.citing_year;
         }
         if( r.text_label ) {
            it->second.text_label = r.text_label;
         }
      }
   }
   for( const auto& [ id, r ] : b.bodies ) {
      a.bodies[ id ].merge( r );
   }
   for( const auto& [ id, r ] : b.persons ) {
      a.persons[ id ].merge( r );
   }
   for( const auto& [ k, ev ] : b.edges ) {
      auto& e = a.edges[ edge_key{ key( k.from ), key( k.to ), k.kind } ];
      e.reserve( e.size() + ev.size() );
      for( const mention_ev& x : ev ) {
         e.push_back( here( x ) );
      }
   }
   a.seen_sources.insert( b.seen_sources.begin(), b.seen_sources.end() );
   a.added += b.added;
}

std::string graph_builder::save() const
{
   const impl& m = *m_impl;
   state docs = state::array();
   for( const auto& [ k, r ] : m.docs ) {
      docs.push_back( state::array( { key_s( k ), record_s( r ) } ) );
   }
   state bodies = state::array();
   for( const auto& [ id, b ] : m.bodies ) {
      state names = state::array();
      for( const auto& [ name, n ] : b.names ) {
         names.push_back( state::array( { name, n.count, str_s( n.place ), str_s( n.successor ) } ) );
      }
      bodies.push_back( state::array( { id, std::move( names ), b.mentions } ) );
   }
   state persons = state::array();
   for( const auto& [ id, p ] : m.persons ) {
      persons.push_back( state::array( { id, votes_s( p.labels ), p.positions, p.mentions } ) );
   }
   state edges = state::array();
   for( const auto& [ k, ev ] : m.edges ) {
      state list = state::array();
      for( const auto& e : ev ) {
         list.push_back( evidence_s( e ) );
      }
      edges.push_back( state::array( { key_s( k.from ), key_s( k.to ), static_cast<unsigned>( k.kind ), std::move( list ) } ) );
   }
   const state j = state::array( { std::string( state_format ), m.added, m.seen_sources, std::move( docs ), std::move( bodies ), std::move( persons ), std::move( edges ) } );
   const std::vector<std::uint8_t> bytes = state::to_cbor( j );
   return std::string( bytes.begin(), bytes.end() );
}

graph_builder graph_builder::load( std::string_view bytes )
{
   graph_builder out;
   impl& m = *out.m_impl;
   try {
      const state j = state::from_cbor( bytes.begin(), bytes.end() );
      if( !j.is_array() || j.size() != 7 || j.at( 0 ) != std::string( state_format ) ) {
         throw error( error_code::invalid_argument, "not a saved graph_builder (" + std::string( state_format ) + ")" );
      }
      m.added = j.at( 1 ).get<std::size_t>();
      m.seen_sources = j.at( 2 ).get<std::set<std::string>>();
      for( const auto& d : j.at( 3 ) ) {
         m.docs.emplace( key_l( d.at( 0 ) ), record_l( d.at( 1 ), m.seen_sources ) );
      }
      for( const auto& b : j.at( 4 ) ) {
         body_record& r = m.bodies[ b.at( 0 ).get<std::string>() ];
         for( const auto& n : b.at( 1 ) ) {
            r.names[ n.at( 0 ).get<std::string>() ] = body_name{ n.at( 1 ).get<std::size_t>(), str_l( n.at( 2 ) ), str_l( n.at( 3 ) ) };
         }
         if( r.names.empty() ) {
            throw error( error_code::invalid_argument, "not a saved graph_builder: a body without a name" );
         }
         r.mentions = b.at( 2 ).get<std::size_t>();
      }
      for( const auto& p : j.at( 5 ) ) {
         person_record& r = m.persons[ p.at( 0 ).get<std::string>() ];
         votes_l( r.labels, p.at( 1 ) );
         r.positions = p.at( 2 ).get<std::set<std::string>>();
         r.mentions = p.at( 3 ).get<std::size_t>();
      }
      for( const auto& e : j.at( 6 ) ) {
         const auto kind = e.at( 2 ).get<unsigned>();
         if( kind > static_cast<unsigned>( edge_kind::signed_by ) ) {
            throw error( error_code::invalid_argument, "not a saved graph_builder: edge kind " + std::to_string( kind ) );
         }
         auto& list = m.edges[ edge_key{ key_l( e.at( 0 ) ), key_l( e.at( 1 ) ), static_cast<edge_kind>( kind ) } ];
         for( const auto& ev : e.at( 3 ) ) {
            list.push_back( evidence_l( ev, m.seen_sources ) );
         }
      }
   }
   catch( const nlohmann::json::exception& e ) {
      throw error( error_code::invalid_argument, std::string( "not a saved graph_builder: " ) + e.what() );
   }
   catch( const std::bad_optional_access& ) {
      throw error( error_code::invalid_argument, "not a saved graph_builder: a date without its value" );
   }
   return out;
}

const corpus_node* corpus_graph::find( std::string_view id ) const noexcept
{
   const auto it = std::lower_bound( nodes.begin(), nodes.end(), id, []( const corpus_node& n, std::string_view v ) { return n.id < v; } );
   return it != nodes.end() && it->id == id ? &*it : nullptr;
}

}  // namespace vanban
