// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "ids.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "lexicon/lexicon.hpp"
#include "resolve/symbol.hpp"
#include "text/latin_table.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

[[nodiscard]] lexicon::naming naming_of( std::string_view type ) noexcept
{
   const auto& t = lexicon::doc_types();
   if( const auto* k = lexicon::find( t.view(), type ) ) {
      return t.rows[ k->row ].naming;
   }
   return lexicon::naming::none;
}

[[nodiscard]] bool is_digit( char c ) noexcept
{
   return c >= '0' && c <= '9';
}

/// The number carries the issue year: normative, legislative, and short forms "176/2025".
[[nodiscard]] bool year_in_number( const id_parts& p ) noexcept
{
   return p.family == numbering::normative || p.family == numbering::legislative || ( p.number && number_year( *p.number ) != 0 );
}

/// "73", "176/2025": a number cut short, written without its symbol.
[[nodiscard]] bool is_short_number( std::string_view n ) noexcept
{
   std::size_t i = 0;
   while( i < n.size() && ( is_digit( n[ i ] ) || n[ i ] == '.' ) ) {
      ++i;
   }
   if( i == 0 ) {
      return false;
   }
   if( i == n.size() ) {
      return true;
   }
   return n[ i ] == '/' && n.size() == i + 5 && number_year( n ) != 0;
}

[[nodiscard]] int roman( std::string_view s ) noexcept
{
   int total = 0;
   int prev = 0;
   for( std::size_t k = s.size(); k-- > 0; ) {
      int v = 0;
      switch( s[ k ] ) {
         case 'I':
            v = 1;
            break;
         case 'V':
            v = 5;
            break;
         case 'X':
            v = 10;
            break;
         case 'L':
            v = 50;
            break;
         default:
            return 0;
      }
      total += v < prev ? -v : v;
      prev = std::max( prev, v );
   }
   return total;
}

/// A mention prepared for settling: its id and the keys it is found under.
struct prepared {
   std::string id;
   std::string type;    ///< slug
   std::string number;  ///< slug, empty when unnumbered
   std::string name;    ///< slug of the proper name, empty when none
   lexicon::naming naming = lexicon::naming::none;
   int year = 0;        ///< known issue year: stated, or inside the number
   bool incomplete = false;
};

/// May mention `i` and mention `j` name the same document?
[[nodiscard]] bool agree( const id_parts& a, const prepared& pa, const id_parts& b, const prepared& pb, int text_year )
{
   if( pa.year && pb.year && pa.year != pb.year ) {
      return false;
   }
   if( a.place && b.place && slug( *a.place ) != slug( *b.place ) ) {
      return false;
   }
   if( a.date && b.date && !dates_agree( *a.date, *b.date ) ) {
      return false;
   }
   if( a.issuer && b.issuer && !issuers_agree( *a.issuer, *b.issuer ) ) {
      return false;
   }
   if( a.term && b.term && *a.term != *b.term ) {
      return false;
   }
   if( a.term && pb.year && a.family == numbering::party ) {
      const auto [ from, to ] = party_term_years( *a.term );
      if( from && ( pb.year < from || pb.year > to ) ) {
         return false;
      }
   }
   // a text cannot cite a document issued after it
   return !( text_year && pb.year > text_year );
}

/// Does `b` know strictly more of what `a` lacks (year, place), agreeing on the rest?
[[nodiscard]] bool more_complete( const id_parts& a, const prepared& pa, const id_parts& b, const prepared& pb ) noexcept
{
   const bool year = !pa.year && pb.year;
   const bool place = a.local && !a.place && b.place;
   return year || place;
}

using group_key = std::pair<std::string_view, std::string_view>;
/// (type, number) or (type, name) → the mentions that have it, in text order.
using mention_groups = std::map<group_key, std::vector<std::size_t>>;

/// Mentions of one group that agree() and more_complete() cannot tell apart as the candidate
/// (`b`): the same year, place, date, issuer and term stated, equally complete and numbered,
/// and the same id. A mention is compared with one mention of each kind, not with each mention,
/// so a text that repeats one citation thousands of times is settled in linear time.
struct candidate_kind {
   std::size_t first = 0;  ///< its first mention
   bool incomplete = false;
   bool numbered = false;
   std::map<std::string, std::size_t, std::less<>> ids;  ///< (incomplete kinds) the ids its mentions have now → how many
};

/// At most this many kinds are compared per mention, the first in text order: the bound that
/// keeps settling linear when a text cites one number with ever new dates or issuers (real
/// texts give one number a handful of kinds: at most 13 in the corpus read as one text).
constexpr std::size_t max_kinds_compared = 64;

/// The kinds of each group, in the order of their first mentions.
struct candidate_kinds {
   std::vector<candidate_kind> kinds;
   std::map<group_key, std::vector<std::size_t>> groups;  ///< group → its kinds
   std::vector<std::size_t> kind_of;                      ///< mention → its kind (npos: none)

   candidate_kinds( const mention_groups& by, const std::vector<id_parts>& mentions, const std::vector<prepared>& m, const std::vector<std::string>& out )
      : kind_of( mentions.size(), npos )
   {
      using opt_view = std::optional<std::string_view>;
      const auto view = []( const std::optional<std::string>& s ) { return s ? opt_view( *s ) : opt_view(); };
      using key = std::tuple<int, opt_view, std::optional<std::array<int, 3>>, opt_view, opt_view, bool, bool, std::string_view>;
      std::map<key, std::size_t> seen;
      for( const auto& [ group, members ] : by ) {
         seen.clear();
         std::vector<std::size_t>& list = groups.emplace_hint( groups.end(), group, std::vector<std::size_t>() )->second;
         if( members.size() == 1 ) {
            add_kind( members[ 0 ], m, out, list );
            continue;
         }
         for( const std::size_t j : members ) {
            const id_parts& b = mentions[ j ];
            std::optional<std::array<int, 3>> date;
            if( b.date ) {
               date = std::array<int, 3>{ b.date->year, int( b.date->month ), int( b.date->day ) };
            }
            const key k{ m[ j ].year, view( b.place ), date, view( b.issuer ), view( b.term ), m[ j ].incomplete, !m[ j ].number.empty(), out[ j ] };
            const auto [ it, fresh ] = seen.emplace( k, kinds.size() );
            if( fresh ) {
               add_kind( j, m, out, list );
            }
            else {
               kind_of[ j ] = it->second;
               if( m[ j ].incomplete ) {
                  ++kinds[ it->second ].ids[ out[ j ] ];
               }
            }
         }
      }
   }

   /// A new kind, of mention `j`, the last of its group so far.
   void add_kind( std::size_t j, const std::vector<prepared>& m, const std::vector<std::string>& out, std::vector<std::size_t>& list )
   {
      kind_of[ j ] = kinds.size();
      list.push_back( kinds.size() );
      candidate_kind& c = kinds.emplace_back();
      c.first = j;
      c.incomplete = m[ j ].incomplete;
      c.numbered = !m[ j ].number.empty();
      if( c.incomplete ) {
         c.ids.emplace( out[ j ], 1 );
      }
   }

   /// The kinds of `group` (none when no mention has it).
   [[nodiscard]] const std::vector<std::size_t>& of( const group_key& group ) const
   {
      static const std::vector<std::size_t> none;
      const auto it = groups.find( group );
      return it == groups.end() ? none : it->second;
   }

   /// Mention `i`, of id `from`, now has id `to`.
   void rename( std::size_t i, const std::string& from, const std::string& to )
   {
      if( kind_of[ i ] == npos ) {
         return;
      }
      auto& ids = kinds[ kind_of[ i ] ].ids;
      if( const auto it = ids.find( from ); it != ids.end() && --it->second == 0 ) {
         ids.erase( it );
      }
      ++ids[ to ];
   }

   static constexpr std::size_t npos = std::size_t( -1 );
};

/// Up to two distinct ids: enough to tell none, one and several apart.
class id_choice {
public:
   void add( std::string_view id )
   {
      if( m_count == 0 ) {
         m_first = id;
         m_count = 1;
      }
      else if( m_count == 1 && id != m_first ) {
         m_count = 2;
      }
   }
   [[nodiscard]] bool empty() const noexcept { return m_count == 0; }
   [[nodiscard]] bool one() const noexcept { return m_count == 1; }
   [[nodiscard]] bool many() const noexcept { return m_count == 2; }
   [[nodiscard]] std::string_view id() const noexcept { return m_first; }

private:
   std::string_view m_first;
   int m_count = 0;
};

/// What slug() makes of a code point from U+0080 on: the base letter of a precomposed letter
/// (its canonical decomposition's first code point), 0 for a combining mark.
[[nodiscard]] char32_t slug_base( char32_t c )
{
   UChar32 base = static_cast<UChar32>( c );
   UErrorCode ec = U_ZERO_ERROR;
   const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance( ec );
   icu::UnicodeString d;
   if( U_SUCCESS( ec ) && nfd->getDecomposition( base, d ) && d.length() > 0 ) {
      base = d.char32At( 0 );
   }
   return u_getCombiningClass( base ) != 0 ? 0 : char32_t( base );
}

/// What slug() makes of a code point from U+0080 on: slug_base() when it is 0 or an ASCII base
/// letter, else U+FFFF (slug() only asks whether it is an ASCII letter, digit or '.').
[[nodiscard]] char32_t slug_char( char32_t c ) noexcept
{
   const char32_t b = slug_base( c );
   return b < 0x80 ? b : char32_t( 0xFFFF );
}

/// slug_char() of the blocks Vietnamese text is written in (with the combining marks), read
/// from ICU once; of other code points, asked each time.
[[nodiscard]] char32_t slug_char_cached( char32_t c ) noexcept
{
   static const latin_table< slug_char, 0x370 > table;
   return table( c );
}

}  // namespace

std::string slug( std::string_view text )
{
   std::string out;
   out.reserve( text.size() );
   bool dash = false;
   const char* p = text.data();
   const char* const e = text.data() + text.size();
   while( p < e ) {
      char32_t c = decode_valid( p );
      if( c == 0x0110 || c == 0x0111 ) {
         c = 'd';
      }
      else if( c >= 0x80 ) {
         c = slug_char_cached( c );
         if( c == 0 ) {
            continue;  // a combining mark of decomposed input
         }
      }
      if( c < 0x80 && ascii_word[ c ] ) {
         if( dash && !out.empty() ) {
            out += '-';
         }
         dash = false;
         out += char( c >= 'A' && c <= 'Z' ? c + 32 : c );
      }
      else if( c == '.' && !out.empty() && p < e && *p >= '0' && *p <= '9' && out.back() >= '0' && out.back() <= '9' ) {
         out += '.';  // decimal numbers: 66.7/2025/NQ-CP
      }
      else {
         dash = true;
      }
   }
   return out;
}

int number_year( std::string_view number ) noexcept
{
   const std::size_t slash = number.find( '/' );
   if( slash == std::string_view::npos || slash == 0 || number.size() < slash + 5 ) {
      return 0;
   }
   for( std::size_t k = 0; k < slash; ++k ) {
      if( !is_digit( number[ k ] ) && number[ k ] != '.' ) {
         return 0;
      }
   }
   const std::string_view y = number.substr( slash + 1, 4 );
   if( !std::all_of( y.begin(), y.end(), is_digit ) || ( number.size() > slash + 5 && number[ slash + 5 ] != '/' ) ) {
      return 0;
   }
   const int year = ( y[ 0 ] - '0' ) * 1000 + ( y[ 1 ] - '0' ) * 100 + ( y[ 2 ] - '0' ) * 10 + ( y[ 3 ] - '0' );
   return year >= 1945 && year <= 2100 ? year : 0;
}

std::pair<int, int> party_term_years( std::string_view r ) noexcept
{
   // congress years, docs/citation-formats.md §5.2: term N runs from congress N to congress N+1
   static constexpr std::array<int, 14> congress{ 1935, 1951, 1960, 1976, 1982, 1986, 1991, 1996, 2001, 2006, 2011, 2016, 2021, 2026 };
   const int n = roman( r );
   if( n < 1 || n > int( congress.size() ) ) {
      return { 0, 0 };
   }
   const int from = congress[ std::size_t( n - 1 ) ];
   const int to = n < int( congress.size() ) ? congress[ std::size_t( n ) ] : from + 5;
   return { from, to };
}

bool dates_agree( const vanban::date& a, const vanban::date& b ) noexcept
{
   if( a.year != b.year ) {
      return false;
   }
   if( a.month && b.month && a.month != b.month ) {
      return false;
   }
   return !( a.day && b.day && a.day != b.day );
}

bool issuers_agree( std::string_view a, std::string_view b ) noexcept
{
   if( a.size() > b.size() ) {
      std::swap( a, b );
   }
   if( a.empty() ) {
      return false;
   }
   // "Ủy ban nhân dân tỉnh" names "Ủy ban nhân dân tỉnh Bắc Kạn" without its place
   const bool unplaced = b.starts_with( a ) && ( a.size() == b.size() || b[ a.size() ] == ' ' );
   // "Chủ tịch Ủy ban nhân dân tỉnh …", "Ban Thường vụ Tỉnh ủy …" act in the body's name
   const bool office = b.ends_with( a ) && b.size() > a.size() && b[ b.size() - a.size() - 1 ] == ' ';
   return unplaced || office;
}

std::string document_id( const id_parts& p )
{
   std::string id = "vn/";
   id += slug( p.type );
   id += '/';
   const auto year = [ & ] { return p.year ? std::to_string( p.year ) : std::string( "_" ); };
   if( p.number ) {
      id += slug( *p.number );
      // administrative numbers restart every year, Party numbers every term: the year settles both
      if( !year_in_number( p ) ) {
         id += '/';
         id += year();
      }
      // local bodies reuse numbers in every province
      if( p.local ) {
         id += '/';
         id += p.place ? slug( *p.place ) : std::string( "_" );
      }
      return id;
   }
   const lexicon::naming naming = naming_of( p.type );
   if( naming == lexicon::naming::constitution ) {
      // "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013": the year alone names it
      id += year();
      return id;
   }
   const std::string name = p.name ? slug( *p.name ) : std::string();
   id += name.empty() ? std::string( "_" ) : name;
   if( naming == lexicon::naming::law ) {
      // laws are re-enacted under the same name (Luật Đất đai 2003, 2013, 2024)
      id += '/';
      id += year();
   }
   return id;
}

bool is_incomplete( const id_parts& p )
{
   return is_incomplete_id( document_id( p ) );
}

bool is_incomplete_id( std::string_view id ) noexcept
{
   return id.ends_with( "/_" ) || id.find( "/_/" ) != std::string_view::npos;
}

bool is_unidentified_id( std::string_view id )
{
   // vn/<type>/_ …: the third part is the number or name, except for constitutions (the year)
   if( !id.starts_with( "vn/" ) ) {
      return false;
   }
   const std::size_t a = id.find( '/', 3 );
   if( a == std::string_view::npos ) {
      return false;
   }
   const std::size_t b = id.find( '/', a + 1 );
   if( id.substr( a + 1, b == std::string_view::npos ? std::string_view::npos : b - a - 1 ) != "_" ) {
      return false;
   }
   const std::string_view type = id.substr( 3, a - 3 );
   const auto& t = lexicon::doc_types();
   for( const auto& row : t.rows ) {
      if( row.naming == lexicon::naming::constitution && slug( row.canonical ) == type ) {
         return false;
      }
   }
   return true;
}

std::vector<std::string> settle_ids( const std::vector<id_parts>& mentions, int text_year )
{
   const std::size_t n = mentions.size();
   std::vector<prepared> m( n );
   // (type, number) and (type, name) → mentions
   mention_groups by_number;
   mention_groups by_name;
   for( std::size_t i = 0; i < n; ++i ) {
      const id_parts& p = mentions[ i ];
      prepared& x = m[ i ];
      x.id = document_id( p );
      x.incomplete = is_incomplete_id( x.id );
      x.type = slug( p.type );
      x.naming = naming_of( p.type );
      if( p.number ) {
         x.number = slug( *p.number );
      }
      if( p.name && x.naming != lexicon::naming::constitution ) {
         x.name = slug( *p.name );
      }
      x.year = p.year ? p.year : ( p.number ? number_year( *p.number ) : 0 );
   }
   for( std::size_t i = 0; i < n; ++i ) {
      if( !m[ i ].number.empty() ) {
         by_number[ { m[ i ].type, m[ i ].number } ].push_back( i );
      }
      if( !m[ i ].name.empty() || ( m[ i ].number.empty() && m[ i ].naming == lexicon::naming::constitution ) ) {
         by_name[ { m[ i ].type, m[ i ].name } ].push_back( i );
      }
   }
   std::vector<std::string> out( n );
   for( std::size_t i = 0; i < n; ++i ) {
      out[ i ] = m[ i ].id;
   }
   const auto any = [ & ]( const auto& test ) { return std::any_of( m.begin(), m.end(), test ); };
   // a law named with its year takes the number a mention giving name and number gives it
   if( any( []( const prepared& x ) { return x.number.empty() && !x.incomplete && x.naming == lexicon::naming::law; } ) ) {
      const candidate_kinds named( by_name, mentions, m, out );
      for( std::size_t i = 0; i < n; ++i ) {
         const prepared& x = m[ i ];
         if( !x.number.empty() || x.incomplete || x.naming != lexicon::naming::law ) {
            continue;
         }
         id_choice ids;
         std::size_t looked = 0;
         for( const std::size_t k : named.of( { x.type, x.name } ) ) {
            const candidate_kind& c = named.kinds[ k ];
            const std::size_t j = c.first;
            if( ids.many() || looked++ == max_kinds_compared ) {
               break;
            }
            if( c.numbered && !c.incomplete && m[ j ].year == x.year && agree( mentions[ i ], x, mentions[ j ], m[ j ], text_year ) ) {
               ids.add( m[ j ].id );
            }
         }
         if( ids.one() ) {
            out[ i ] = std::string( ids.id() );
         }
      }
   }
   // incomplete ids take the one document the other mentions can be
   if( !any( []( const prepared& x ) { return x.incomplete; } ) ) {
      return out;
   }
   candidate_kinds numbered( by_number, mentions, m, out );
   candidate_kinds named( by_name, mentions, m, out );
   for( std::size_t i = 0; i < n; ++i ) {
      const prepared& x = m[ i ];
      if( !x.incomplete ) {
         continue;
      }
      id_choice complete;
      id_choice partial;
      std::size_t looked = 0;
      const auto consider = [ & ]( const candidate_kinds& ix, const std::vector<std::size_t>& kinds ) {
         for( const std::size_t k : kinds ) {
            if( complete.many() || looked == max_kinds_compared ) {
               return;
            }
            ++looked;
            const candidate_kind& c = ix.kinds[ k ];
            const std::size_t j = c.first;
            // a kind that holds `i` itself knows no more than `i` does: more_complete() is false
            if( !agree( mentions[ i ], x, mentions[ j ], m[ j ], text_year ) ) {
               continue;
            }
            if( !c.incomplete ) {
               complete.add( out[ j ] );
            }
            else if( more_complete( mentions[ i ], x, mentions[ j ], m[ j ] ) ) {
               for( auto it = c.ids.begin(); it != c.ids.end() && !partial.many(); ++it ) {
                  partial.add( it->first );
               }
            }
         }
      };
      if( !x.number.empty() ) {
         consider( numbered, numbered.of( { x.type, x.number } ) );
         if( is_short_number( *mentions[ i ].number ) ) {
            // "Nghị định 73" after "Nghị định số 73/2025/NĐ-CP"
            const std::string prefix = x.number + "-";
            for( auto it = numbered.groups.lower_bound( { x.type, prefix } ); it != numbered.groups.end() && it->first.first == x.type && it->first.second.starts_with( prefix ); ++it ) {
               consider( numbered, it->second );
            }
         }
      }
      else if( x.naming == lexicon::naming::law || x.naming == lexicon::naming::constitution ) {
         consider( named, named.of( { x.type, x.name } ) );
      }
      std::string settled;
      if( complete.one() ) {
         settled = complete.id();
      }
      else if( complete.empty() && partial.one() ) {
         settled = partial.id();
      }
      if( !settled.empty() && settled != out[ i ] ) {
         numbered.rename( i, out[ i ], settled );
         named.rename( i, out[ i ], settled );
         out[ i ] = std::move( settled );
      }
   }
   return out;
}

bool is_local_issuer( const issuer& i ) noexcept
{
   if( i.place ) {
      return true;
   }
   if( i.code ) {
      if( const auto* row = lexicon::find_issuer_code( *i.code ) ) {
         return row->placing != lexicon::placing::none;
      }
   }
   const auto& b = lexicon::bodies();
   const auto found = lexicon::longest_match( b.view(), i.name.data(), i.name.data() + i.name.size() );
   return found && b.rows[ found.entry->row ].placing != lexicon::placing::none;
}

namespace {

template< typename T >
id_parts common_parts( const T& d )
{
   id_parts p;
   p.type = d.type;
   p.number = d.number;
   if( d.date ) {
      p.year = d.date->year;
      p.date = d.date;
   }
   if( d.issuer ) {
      p.local = is_local_issuer( *d.issuer );
      p.place = d.issuer->place;
   }
   return p;
}

}  // namespace

id_parts parts_of( const citation& c )
{
   id_parts p = common_parts( c );
   p.family = c.number ? c.numbering : numbering::none;
   p.name = c.name;
   p.term = c.term;
   if( c.issuer && c.issuer->span ) {
      p.issuer = c.issuer->name;
   }
   return p;
}

id_parts parts_of( const document_info& d )
{
   id_parts p = common_parts( d );
   if( d.number ) {
      p.family = analyze_symbol( *d.number ).family;
   }
   if( p.local && !p.place ) {
      p.place = d.place;
   }
   if( d.issuer ) {
      p.issuer = d.issuer->name;
   }
   if( d.title && naming_of( d.type ) == lexicon::naming::law ) {
      p.name = d.title;  // "LUẬT DOANH NGHIỆP": a law's title is its name
   }
   return p;
}

std::string body_id( std::string_view canonical_name )
{
   return "body/" + slug( canonical_name );
}

std::string person_id( std::string_view name, const std::optional<std::string>& place )
{
   std::string id = "person/";
   if( place ) {
      id += slug( *place );
      id += '/';
   }
   id += slug( name );
   return id;
}

}  // namespace vanban::detail
