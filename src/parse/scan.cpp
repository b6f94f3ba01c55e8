// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Actions of the scan grammar (grammars/peg/vanban/grammar/scan.hpp).
//
// Each recognizer builds a candidate in its own state (`scoped<State>`, PEGTL's change_states
// pattern) and commits it to the outer state only when the whole recognizer matched, so
// backtracking over a failed candidate never leaves half-built records behind. Candidates hold
// fixed-size arrays: a failed attempt allocates nothing.

#include <algorithm>
#include <array>
#include <string_view>

#include <tao/pegtl.hpp>

#include "events.hpp"
#include "scoped.hpp"
#include "vanban/grammar/scan.hpp"

namespace vanban::detail {
namespace {

namespace pegtl = tao::pegtl;
namespace g = vanban::grammar;

// --- helpers ------------------------------------------------------------------------------------

/// The digit runs of `text`, in order (at most N).
template< std::size_t N >
struct digit_runs {
   std::array<int, N> values{};
   std::size_t count = 0;

   explicit digit_runs( std::string_view text ) noexcept
   {
      std::size_t i = 0;
      while( i < text.size() && count < N ) {
         if( text[ i ] >= '0' && text[ i ] <= '9' ) {
            int v = 0;
            std::size_t digits = 0;
            while( i < text.size() && text[ i ] >= '0' && text[ i ] <= '9' ) {
               if( digits++ < 9 ) {
                  v = v * 10 + ( text[ i ] - '0' );
               }
               ++i;
            }
            values[ count++ ] = v;
         }
         else {
            ++i;
         }
      }
   }
};

[[nodiscard]] constexpr bool is_leap( int y ) noexcept
{
   return ( y % 4 == 0 && y % 100 != 0 ) || y % 400 == 0;
}

[[nodiscard]] constexpr unsigned days_in_month( int y, unsigned m ) noexcept
{
   constexpr std::array<unsigned, 12> days{ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
   return m == 2 && is_leap( y ) ? 29 : days[ m - 1 ];
}

// --- states ---------------------------------------------------------------------------------------

/// The scan's output, plus the base pointer that turns pointers into offsets.
struct scan_state {
   const char* base;
   const char* end;
   events& out;

   [[nodiscard]] nspan span( const char* b, const char* e ) const noexcept
   {
      return { std::size_t( b - base ), std::size_t( e - base ) };
   }
};

/// One body of an issuer phrase being recognized.
struct unit_parts {
   const lexicon::key* body = nullptr;
   const char* org_begin = nullptr;  // a body named by a head word, without its place
   const char* org_end = nullptr;
   const lexicon::key* org_head = nullptr;
   lexicon::placing org_inner = lexicon::placing::none;  // a local body inside the name ("Ban Tuyên giáo Tỉnh ủy")
   bool holder = false;
   place_level level = place_level::none;
   const lexicon::key* province = nullptr;
};

/// An issuer phrase being recognized: up to three bodies issuing together.
struct issuer_parts {
   struct unit {
      unit_parts parts;
      const char* begin = nullptr;
      const char* end = nullptr;
      char joiner = 0;
   };
   std::array<unit, 3> units{};
   std::size_t count = 0;
   char pending_joiner = 0;
   const char* term_begin = nullptr;
   const char* term_end = nullptr;

   void on_term( const char* b, const char* e ) noexcept
   {
      term_begin = b;
      term_end = e;
   }
};

/// A standalone date being recognized.
struct date_state {
   const char* begin = nullptr;
   const char* end = nullptr;
   vanban::date value;
   bool valid = false;
   bool seen = false;

   void on_date( const char* b, const char* e, vanban::date v, bool ok ) noexcept
   {
      begin = b;
      end = e;
      value = v;
      valid = ok;
      seen = true;
   }
};

/// A citation being recognized.
struct citation_state {
   static constexpr std::size_t max_items = 32;
   static constexpr std::size_t max_dates = 40;

   // (no default values: an entry is written whole before it is counted, and a state is made
   // at every document type word of a text, 3.5 KB that were zeroed each time)
   struct dated {
      const char* begin;        // the date clause, from "ngày"
      const char* value_begin;  // the date itself (where a diagnostic points)
      const char* end;
      vanban::date value;
      bool valid;
   };

   struct item {
      const char* begin;
      const char* end;
      const char* number_begin;
      const char* number_end;
      bool short_number;
      int year;
      int date;  // index into dates, -1: none
   };

   const lexicon::key* type = nullptr;
   const char* type_begin = nullptr;
   const char* type_end = nullptr;
   std::array<item, max_items> items;  // [0, item_count) written
   std::size_t item_count = 0;
   std::array<dated, max_dates> dates;  // [0, date_count) written
   std::size_t date_count = 0;
   int pending_date = -1;
   int date = -1;
   int year = 0;
   const char* name_begin = nullptr;
   const char* name_end = nullptr;
   name_kind name = name_kind::none;
   bool has_issuer = false;
   issuer_parts issuer;
   const char* issuer_begin = nullptr;
   const char* issuer_end = nullptr;
   const char* term_begin = nullptr;
   const char* term_end = nullptr;
   bool headed = false;
   bool header_colon = false;   // "Luật số: 50/2024/QH15": the number line of a header
   bool unknown_lower = false;  // a name that starts in lower case and is no known law name
   bool generic = false;        // "các Luật …": the type word names a kind of document

   /// A law an amending law's name names: "Luật Đất đai" in "Luật sửa đổi, bổ sung một số điều
   /// của Luật Đất đai và Luật Nhà ở" (amended_law; written whole before it is counted).
   struct amended {
      const lexicon::key* type;
      const char* type_end;  // the type word begins the entry
      const char* begin;
      const char* name_begin;
      const char* name_end;
      const char* number_begin;  // its own number ("Luật Đất đai số 31/2024/QH15, …"), or null
      const char* number_end;
   };
   static constexpr std::size_t max_amended = 16;  // amending_law: one, and up to fifteen more
   std::array<amended, max_amended> amended_laws;
   std::size_t amended_count = 0;
   const char* amended_number_begin = nullptr;  // the last amended_number read
   const char* amended_number_end = nullptr;

   void on_date( const char* b, const char* e, vanban::date v, bool ok ) noexcept
   {
      if( date_count < max_dates ) {
         dates[ date_count ] = { b, b, e, v, ok };
         pending_date = int( date_count++ );
      }
   }

   void on_term( const char* b, const char* e ) noexcept
   {
      term_begin = b;
      term_end = e;
   }

   void on_number( const char* b, const char* e, bool is_short ) noexcept
   {
      if( item_count < max_items ) {
         items[ item_count++ ] = { nullptr, nullptr, b, e, is_short, 0, -1 };
      }
   }

   [[nodiscard]] item* last_item() noexcept
   {
      return item_count ? &items[ item_count - 1 ] : nullptr;
   }
};

// --- actions -------------------------------------------------------------------------------------

template< typename Rule >
struct action : pegtl::nothing< Rule >
{};

/// The actions of a place read apart (inside a body named by its head word).
template< typename Rule >
struct place_action : action< Rule >
{};

/// Records the date (value and calendar check) in whatever state is collecting dates.
template<>
struct action< g::date_value >
{
   template< typename ActionInput, typename State >
   static void apply( const ActionInput& in, State& st )
   {
      const digit_runs<3> d( in.string_view() );
      vanban::date v;
      v.day = unsigned( d.values[ 0 ] );
      v.month = unsigned( d.values[ 1 ] );
      v.year = d.values[ 2 ];
      const bool ok = v.month >= 1 && v.month <= 12 && v.day >= 1 && v.day <= days_in_month( v.year, v.month );
      st.on_date( in.begin(), in.end(), v, ok );
   }
};

template<>
struct action< g::month_year >
{
   template< typename ActionInput, typename State >
   static void apply( const ActionInput& in, State& st )
   {
      const digit_runs<2> d( in.string_view() );
      vanban::date v;
      v.month = unsigned( d.values[ 0 ] );
      v.year = d.values[ 1 ];
      st.on_date( in.begin(), in.end(), v, v.month >= 1 && v.month <= 12 );
   }
};

template<>
struct action< g::date_mention > : scoped< date_state >
{
   static void commit( const char* b, const char* e, const date_state& d, scan_state& s )
   {
      if( !d.seen ) {
         return;
      }
      s.out.dates.push_back( { s.span( b, e ), d.value, d.valid } );
      if( !d.valid ) {
         s.out.problems.push_back( { s.span( d.begin, d.end ), "VB-W001", "impossible calendar date" } );
      }
   }
};

template<>
struct action< g::term_number >
{
   template< typename ActionInput, typename State >
   static void apply( const ActionInput& in, State& st )
   {
      st.on_term( in.begin(), in.end() );
   }
};

template<>
struct action< g::body_name >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, unit_parts& p )
   {
      const auto m = lexicon::longest_match_folded( lexicon::bodies_folded().view(), in.begin(), in.end() );
      p.body = m.length == in.size() ? m.entry : nullptr;
   }
};

/// "Thuế tỉnh Vĩnh Long", "Trung tâm … UBND Hà Nội": the place at the end of a body named by its
/// head word is read apart, so the name can be completed the way the lexicon's bodies are.
template<>
struct action< g::org_name >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, unit_parts& p )
   {
      const char* const b = in.begin();
      const char* const e = in.end();
      p.org_head = lexicon::longest_match_folded( lexicon::org_heads().view(), b, e ).entry;
      p.org_begin = b;
      p.org_end = e;
      // a local body of the lexicon inside the name places it: "Ban Tuyên giáo Tỉnh ủy"
      for( const char* w = b; w < e; ) {
         if( w == b || w[ -1 ] == ' ' || w[ -1 ] == '\n' || w[ -1 ] == '\t' ) {
            if( const auto m = lexicon::longest_match_folded( lexicon::bodies_folded().view(), w, e ) ) {
               const auto placing = lexicon::bodies().rows[ m.entry->row ].placing;
               if( placing != lexicon::placing::none ) {
                  p.org_inner = placing;
               }
               w += m.length;
               continue;
            }
         }
         ++w;
      }
      // the last word start from which a place runs to the end
      const char* w = b;
      while( w < e ) {
         while( w < e && ( *w == ' ' || *w == '\t' || *w == '\n' ) ) {
            ++w;
         }
         if( w >= e ) {
            break;
         }
         if( w > b ) {
            unit_parts place_parts;
            pegtl::memory_input< pegtl::tracking_mode::lazy, pegtl::eol::lf, const char* > sub( w, e, "" );
            if( pegtl::parse< pegtl::seq< g::place, pegtl::eof >, place_action >( sub, place_parts ) ) {
               p.level = place_parts.level;
               p.province = place_parts.province;
               const char* t = w;
               while( t > b && ( t[ -1 ] == ' ' || t[ -1 ] == '\t' || t[ -1 ] == '\n' ) ) {
                  --t;
               }
               p.org_end = t;
               return;
            }
         }
         while( w < e && *w != ' ' && *w != '\t' && *w != '\n' ) {
            ++w;
         }
      }
   }
};

template<>
struct action< g::holder_title >
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, unit_parts& p )
   {
      p.holder = true;
   }
};

template< place_level L >
struct level_action
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, unit_parts& p )
   {
      p.level = L;
   }
};

template<>
struct action< g::level_province > : level_action< place_level::province >
{};
template<>
struct action< g::level_city > : level_action< place_level::city >
{};
template<>
struct action< g::level_commune > : level_action< place_level::commune >
{};
template<>
struct action< g::level_district > : level_action< place_level::district >
{};

template<>
struct action< g::province_name >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, unit_parts& p )
   {
      p.province = lexicon::find( lexicon::provinces().view(), in.string_view() );
   }
};

/// One body of an issuer phrase, committed to the phrase when it matched as a whole.
template<>
struct action< g::issuer_unit > : scoped< unit_parts >
{
   static void commit( const char* b, const char* e, const unit_parts& u, issuer_parts& p )
   {
      if( p.count == p.units.size() || ( u.body == nullptr && u.org_begin == nullptr ) ) {
         return;
      }
      p.units[ p.count ] = { u, b, e, p.count ? p.pending_joiner : char( 0 ) };
      ++p.count;
   }
};

template< char J >
struct joiner_action
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, issuer_parts& p )
   {
      p.pending_joiner = J;
   }
};

template<>
struct action< g::joined_issuer_unit > : action< g::issuer_unit >
{};

template<>
struct action< g::joiner_comma > : joiner_action< ',' >
{};
template<>
struct action< g::joiner_and > : joiner_action< 'v' >
{};
template<>
struct action< g::joiner_dash > : joiner_action< '-' >
{};

[[nodiscard]] raw_issuer make_issuer( const issuer_parts& p, nspan where, const scan_state& s )
{
   raw_issuer r;
   r.where = where;
   for( std::size_t i = 0; i < p.count; ++i ) {
      const auto& u = p.units[ i ];
      raw_unit& o = r.units[ i ];
      o.where = s.span( u.begin, u.end );
      o.body = u.parts.body;
      if( u.parts.org_begin ) {
         o.org = s.span( u.parts.org_begin, u.parts.org_end );
         o.org_head = u.parts.org_head;
         o.org_inner = u.parts.org_inner;
      }
      o.holder = u.parts.holder;
      o.level = u.parts.level;
      o.province = u.parts.province;
      o.joiner = u.joiner;
   }
   r.count = std::uint8_t( p.count );
   if( p.term_begin ) {
      r.term = s.span( p.term_begin, p.term_end );
   }
   return r;
}

/// An issuer phrase inside a citation: kept in the citation's state.
template<>
struct action< g::issuer_of_mention > : scoped< issuer_parts >
{
   static void commit( const char* b, const char* e, const issuer_parts& p, citation_state& c )
   {
      if( p.count == 0 ) {
         return;
      }
      c.has_issuer = true;
      c.issuer = p;
      c.issuer_begin = b;
      c.issuer_end = e;
   }
};

/// The Central Committee of "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XI".
template<>
struct action< g::conference_body > : action< g::issuer_of_mention >
{};

/// An issuing body named outside a citation.
template<>
struct action< g::body_mention > : scoped< issuer_parts >
{
   static void commit( const char* b, const char* e, const issuer_parts& p, scan_state& s )
   {
      if( p.count != 0 ) {
         s.out.bodies.push_back( make_issuer( p, s.span( b, e ), s ) );
      }
   }
};

template<>
struct action< g::doc_type_word >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      // the key the rule found, when the memo has it (in a mention it does), else found again
      const lexicon::key* k = g::lexicon_memo< g::doc_types_tag >::remembered( in.begin(), in.end() );
      c.type = k != nullptr ? k : lexicon::find( lexicon::doc_types().view(), in.string_view() );
      c.type_begin = in.begin();
      c.type_end = in.end();
      c.generic = generic_before( in.input().begin(), in.begin() );
   }

   /// "các Luật", "những Nghị định", "07 Luật": the type word names a kind, not one document.
   [[nodiscard]] static bool generic_before( const char* base, const char* p ) noexcept
   {
      while( p > base && ( p[ -1 ] == ' ' || p[ -1 ] == '\t' || p[ -1 ] == '\n' ) ) {
         --p;
      }
      const char* e = p;
      while( p > base && p[ -1 ] != ' ' && p[ -1 ] != '\t' && p[ -1 ] != '\n' && p[ -1 ] != '(' ) {
         --p;
      }
      const std::string_view w( p, std::size_t( e - p ) );
      if( w.empty() ) {
         return false;
      }
      return w == "các" || w == "Các" || w == "những" || w == "Những" || w == "mọi" || w.find_first_not_of( "0123456789" ) == std::string_view::npos;
   }
};

[[nodiscard]] bool has_symbol( std::string_view number ) noexcept
{
   for( const char ch : number ) {
      if( ( ch >= 'A' && ch <= 'Z' ) || ch == '\xC4' ) {
         return true;
      }
   }
   return false;
}

template<>
struct action< g::doc_number >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      c.on_number( in.begin(), in.end(), !has_symbol( in.string_view() ) );
   }
};

template<>
struct action< g::list_number >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      c.on_number( in.begin(), in.end(), false );
   }
};

template< typename Rule >
struct item_action
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      if( auto* it = c.last_item() ) {
         it->begin = in.begin();
         it->end = in.end();
      }
   }
};

template<>
struct action< g::first_item > : item_action< g::first_item >
{};
template<>
struct action< g::list_item > : item_action< g::list_item >
{};

template<>
struct action< g::item_year >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      const digit_runs<1> d( in.string_view() );
      if( auto* it = c.last_item() ) {
         it->year = d.values[ 0 ];
      }
   }
};

/// A date clause's span runs from "ngày" (not the Party-style comma before it) to the date's end.
void widen_to_clause( const char* clause_begin, citation_state& c ) noexcept
{
   if( c.pending_date < 0 ) {
      return;
   }
   const char* b = clause_begin;
   while( *b == ',' || *b == ' ' || *b == '\t' || *b == '\n' ) {
      ++b;
   }
   c.dates[ std::size_t( c.pending_date ) ].begin = b;
}

template<>
struct action< g::item_date >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      widen_to_clause( in.begin(), c );
      if( auto* it = c.last_item() ) {
         it->date = c.pending_date;
      }
   }
};

template<>
struct action< g::citation_year >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      const digit_runs<1> d( in.string_view() );
      c.year = d.values[ 0 ];
   }
};

template<>
struct action< g::citation_date >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      widen_to_clause( in.begin(), c );
      if( c.date < 0 ) {
         c.date = c.pending_date;
      }
   }
};

template< name_kind K >
struct name_action
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      c.name_begin = in.begin();
      c.name_end = in.end();
      c.name = K;
   }
};

template<>
struct action< g::law_name > : name_action< name_kind::law >
{};

template<>
struct action< g::law_name_known >
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, citation_state& c )
   {
      c.unknown_lower = false;
   }
};

template< typename Rule >
struct unknown_name_action
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      const char* p = in.begin();
      c.unknown_lower = in.size() > 0 && !detail::is_upper_cp( detail::decode_valid( p ) );
   }
};

template<>
struct action< g::law_name_dated > : unknown_name_action< g::law_name_dated >
{};
template<>
struct action< g::law_name_plain > : unknown_name_action< g::law_name_plain >
{};

template<>
struct action< g::naming_guard >
{
   template< typename ActionInput >
   [[nodiscard]] static bool apply( const ActionInput& /*in*/, const citation_state& c )
   {
      return c.type && lexicon::doc_types().rows[ c.type->row ].naming != lexicon::naming::none;
   }
};

template<>
struct action< g::capital_type_guard >
{
   template< typename ActionInput >
   [[nodiscard]] static bool apply( const ActionInput& /*in*/, const citation_state& c )
   {
      return c.type && c.type->variant != 2;  // not the all-lower-case variant
   }
};

template<>
struct action< g::so_colon >
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, citation_state& c )
   {
      c.header_colon = c.item_count == 0;
   }
};
/// A law an amending law names. The law_name inside it has just set the name: that is this
/// law's. "37 Luật có liên quan đến quy hoạch" (a count first) names a kind of law, not one:
/// no type word where the rule begins, no entry. (The state is the candidate's own: a failed
/// attempt's entries go with it.)
template<>
struct action< g::amended_law >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      // the type word inner_type_word matched, capitalized: no lower-case key of the table
      // matches there, so its longest match is that word, with the key a mention's type is
      const char* b = in.begin();
      const lexicon::match m = lexicon::longest_match( lexicon::doc_types().view(), b, in.end() );
      if( !m || c.amended_count == citation_state::max_amended ) {
         return;
      }
      // a number read after this law's name and inside this rule is its own: an earlier law's
      // lies before the name, and one read where no law followed (its action ran, the lookahead
      // after it failed) lies past the rule's end
      const bool numbered = c.amended_number_begin != nullptr && c.amended_number_begin > c.name_end && c.amended_number_end <= in.end();
      c.amended_laws[ c.amended_count++ ] = { m.entry, b + m.length, b, c.name_begin, c.name_end,
                                              numbered ? c.amended_number_begin : nullptr, numbered ? c.amended_number_end : nullptr };
   }
};

template<>
struct action< g::amended_number >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      c.amended_number_begin = in.begin();
      c.amended_number_end = in.end();
   }
};

template<>
struct action< g::amending_law >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, citation_state& c )
   {
      name_action< name_kind::law >::apply( in, c );
      c.unknown_lower = false;  // "Luật sửa đổi, bổ sung …" names itself by what it amends
   }
};
template<>
struct action< g::conference_name > : name_action< name_kind::conference >
{};

template<>
struct action< g::headed_list >
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, citation_state& c )
   {
      c.headed = true;
   }
};

/// A symbol spelled with spaces ("41 2025 TT BTC", "348 CT CS") stands for one only when its first
/// code is a type code (or, for a công văn, an issuer code): "Quyết định 123 UBND TỈNH" is a
/// heading. Symbols with separators pass.
[[nodiscard]] bool spaced_symbol_ok( std::string_view number, std::string_view type ) noexcept
{
   if( number.find_first_of( "/-" ) != std::string_view::npos ) {
      return true;
   }
   std::size_t i = 0;
   // skip the number and a year
   while( i < number.size() && ( ( number[ i ] >= '0' && number[ i ] <= '9' ) || number[ i ] == '.' || number[ i ] == ' ' ) ) {
      ++i;
   }
   const std::size_t e = number.find( ' ', i );
   const std::string_view code = number.substr( i, e == std::string_view::npos ? std::string_view::npos : e - i );
   if( code.empty() ) {
      return true;
   }
   return lexicon::find_type_code( code ) != nullptr || ( type == "Công văn" && lexicon::find_issuer_code( code ) != nullptr );
}

/// Does what matched identify a document? (docs/schema.md: a bare type word is not a mention.)
template<>
struct action< g::citation_check >
{
   [[nodiscard]] static bool looks_like_year( std::string_view number ) noexcept
   {
      return number.size() == 4 && ( number.substr( 0, 2 ) == "19" || number.substr( 0, 2 ) == "20" );
   }

   template< typename ActionInput >
   [[nodiscard]] static bool apply( const ActionInput& /*in*/, const citation_state& c )
   {
      if( c.type == nullptr ) {
         return false;
      }
      const auto& row = lexicon::doc_types().rows[ c.type->row ];
      const std::uint8_t variant = c.type->variant;  // 0 as written, 1 UPPER, 2 lower
      if( c.item_count > 0 ) {
         const auto& first = c.items[ 0 ];
         const std::string_view number( first.number_begin, std::size_t( first.number_end - first.number_begin ) );
         if( !first.short_number ) {
            return spaced_symbol_ok( number, row.canonical );
         }
         // "Nghị định 73", "Nghị định 176/2025": only right after a Capitalized type word, not
         // after the generic "Văn bản", and not a bare year ("Luật 2024")
         return variant == 0 && row.short_forms && !looks_like_year( number );
      }
      if( c.name != name_kind::none ) {
         if( variant != 0 ) {
            return false;  // "LUẬT ĐẤT ĐAI" is a heading; lower-case type words are prose
         }
         if( c.name == name_kind::law && c.unknown_lower && c.generic ) {
            return false;  // "các Luật chuyên ngành" is a kind of law; "Luật phòng, chống …" is one
         }
         if( c.name == name_kind::conference ) {
            return row.naming == lexicon::naming::party;
         }
         if( row.naming == lexicon::naming::charter ) {
            // "Điều lệ Đảng": a charter's name is a proper name
            const auto b = static_cast<unsigned char>( *c.name_begin );
            return ( b >= 'A' && b <= 'Z' ) || b >= 0xC3;
         }
         return row.naming == lexicon::naming::law || row.naming == lexicon::naming::constitution;
      }
      // nothing after the type word but a date or year: only "Hiến pháp năm 2013"
      return variant == 0 && row.naming == lexicon::naming::constitution && ( c.year != 0 || c.date >= 0 );
   }
};

/// Commits a recognized citation: one record per number of a list.
template<>
struct action< g::citation_core > : scoped< citation_state >
{
   using item = citation_state::item;

   /// "Luật số: 50/2024/QH15" alone on its line: the header's own number, not a mention.
   [[nodiscard]] static bool header_number_line( const char* b, const char* e, const citation_state& c, const scan_state& s ) noexcept
   {
      if( !c.header_colon || c.item_count != 1 ) {
         return false;
      }
      const char* p = b;
      while( p > s.base && ( p[ -1 ] == ' ' || p[ -1 ] == '\t' ) ) {
         --p;
      }
      const char* q = e;
      while( q < s.end && ( *q == ' ' || *q == '\t' ) ) {
         ++q;
      }
      return ( p == s.base || p[ -1 ] == '\n' ) && ( q == s.end || *q == '\n' );
   }

   static void commit( const char* b, const char* e, const citation_state& c, scan_state& s )
   {
      if( header_number_line( b, e, c, s ) ) {
         return;
      }
      events& out = s.out;
      for( std::size_t i = 0; i < c.date_count; ++i ) {
         const auto& d = c.dates[ i ];
         out.dates.push_back( { s.span( d.begin, d.end ), d.value, d.valid } );
         if( !d.valid ) {
            out.problems.push_back( { s.span( d.value_begin, d.end ), "VB-W001", "impossible calendar date" } );
         }
      }
      raw_citation base;
      base.type_word = s.span( c.type_begin, c.type_end );
      base.type = c.type;
      if( c.name_begin ) {
         base.name = s.span( c.name_begin, c.name_end );
         base.name_kind = c.name;
      }
      if( c.has_issuer ) {
         base.issuer = make_issuer( c.issuer, s.span( c.issuer_begin, c.issuer_end ), s );
      }
      if( c.term_begin ) {
         base.term = s.span( c.term_begin, c.term_end );
      }
      else if( c.has_issuer && c.issuer.term_begin ) {
         base.term = s.span( c.issuer.term_begin, c.issuer.term_end );
      }
      const auto date_of = [ & ]( int index ) -> std::optional<raw_date> {
         if( index < 0 ) {
            return std::nullopt;
         }
         const auto& d = c.dates[ std::size_t( index ) ];
         return raw_date{ s.span( d.begin, d.end ), d.value, d.valid };
      };
      const item* last_law_number = last_law_number_of( c );
      if( c.item_count == 0 || last_law_number != nullptr ) {
         raw_citation r = base;
         r.where = s.span( b, e );
         r.date = date_of( c.date >= 0 || last_law_number == nullptr ? c.date : last_law_number->date );
         if( c.year ) {
            r.year = c.year;
         }
         out.citations.push_back( r );
         push_amended( c, s, last_law_number );
         return;
      }
      // In "số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017" the date after the last number is shared by
      // all; in "số 1175/QĐ-UBND ngày 16/12/2020, số 1268/QĐ-UBND ngày 16/11/2023" each number
      // has its own. A date or year after the list (citation level) is shared too.
      const auto& last = c.items[ c.item_count - 1 ];
      bool earlier_dated = false;
      for( std::size_t i = 0; i + 1 < c.item_count; ++i ) {
         earlier_dated = earlier_dated || c.items[ i ].date >= 0 || c.items[ i ].year != 0;
      }
      for( std::size_t i = 0; i < c.item_count; ++i ) {
         const auto& it = c.items[ i ];
         raw_citation r = base;
         const char* rb = ( i == 0 && !c.headed ) ? b : it.begin;
         const char* re = ( i + 1 == c.item_count ) ? e : it.end;
         r.where = s.span( rb, re );
         r.number = s.span( it.number_begin, it.number_end );
         r.short_number = it.short_number;
         int date = it.date;
         int year = it.year;
         if( date < 0 && year == 0 && !earlier_dated ) {
            date = last.date;
            year = last.year;
         }
         if( date < 0 ) {
            date = c.date;
         }
         if( year == 0 ) {
            year = c.year;
         }
         r.date = date_of( date );
         if( year ) {
            r.year = year;
         }
         r.list_size = std::uint16_t( c.item_count );
         r.list_index = std::uint16_t( i );
         out.citations.push_back( r );
         if( i == 0 ) {
            push_amended( c, s, nullptr );  // the name is in the first member's span: its laws come next
         }
      }
   }

   /// The laws the name of an amending law names, each a mention of its own after the one whose
   /// name they are in (text order: they begin inside it, before whatever comes next).
   static void push_amended( const citation_state& c, scan_state& s, const item* last_law_number )
   {
      for( std::size_t k = 0; k < c.amended_count; ++k ) {
         const auto& a = c.amended_laws[ k ];
         const char* number_begin = a.number_begin;
         const char* number_end = a.number_end;
         if( k + 1 == c.amended_count && last_law_number != nullptr ) {
            number_begin = last_law_number->number_begin;
            number_end = last_law_number->number_end;
         }
         raw_citation r;
         r.where = s.span( a.begin, number_begin != nullptr ? number_end : a.name_end );
         r.type_word = s.span( a.begin, a.type_end );
         r.type = a.type;
         r.name = s.span( a.name_begin, a.name_end );
         r.name_kind = name_kind::law;
         if( number_begin != nullptr ) {
            r.number = s.span( number_begin, number_end );
         }
         r.nested = true;
         s.out.citations.push_back( r );
      }
   }

   /// "… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín
   /// dụng số 32/2024/QH15": where the laws an amending law lists have numbers of their own, the
   /// one number after the last of them is that law's too, not the amending law's (which it is
   /// after a list without numbers, or one law: "… của Luật Chất lượng sản phẩm, hàng hóa số
   /// 78/2025/QH15"). Null otherwise.
   [[nodiscard]] static const item* last_law_number_of( const citation_state& c ) noexcept
   {
      // (the last law of a list has no number of its own: amended_law_number needs a law after it)
      if( c.amended_count < 2 || c.item_count != 1 ) {
         return nullptr;
      }
      const bool listed_numbers = std::any_of( c.amended_laws.begin(), c.amended_laws.begin() + std::ptrdiff_t( c.amended_count - 1 ),
                                               []( const citation_state::amended& a ) { return a.number_begin != nullptr; } );
      const item& only = c.items[ 0 ];  // right after the name (named_rest)
      return listed_numbers && !only.short_number ? &only : nullptr;
   }
};

template<>
struct action< g::cue >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, scan_state& s )
   {
      const auto m = lexicon::longest_match( lexicon::cues().view(), in.begin(), in.end() );
      s.out.cues.push_back( { s.span( in.begin(), in.end() ), m.entry } );
   }
};

template<>
struct action< g::placeholder >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, scan_state& s )
   {
      s.out.problems.push_back( { s.span( in.begin(), in.end() ), "VB-N002", "a template placeholder stands for the document number", true } );
   }
};

template<>
struct action< g::broken_number >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, scan_state& s )
   {
      s.out.problems.push_back( { s.span( in.begin(), in.end() ), "VB-W002", "document number cut short: a symbol should follow the separator", false } );
   }
};

template<>
struct action< g::pin_path >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, scan_state& s )
   {
      s.out.pinpoints.push_back( s.span( in.begin(), in.end() ) );
   }
};

template<>
struct action< g::promulgation >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, scan_state& s )
   {
      const auto m = lexicon::longest_match( lexicon::issuing_verbs().view(), in.begin(), in.end() );
      s.out.promulgations.push_back( { s.span( in.begin(), in.end() ), m && lexicon::issuing_verbs().rows[ m.entry->row ].subject } );
   }
};

using input_t = pegtl::memory_input< pegtl::tracking_mode::lazy, pegtl::eol::lf, const char* >;

}  // namespace

events scan( std::string_view normalized )
{
   events out;
   input_t in( normalized.data(), normalized.size(), "" );
   scan_state s{ normalized.data(), normalized.data() + normalized.size(), out };
   (void)pegtl::parse< g::scan, action >( in, s );
   // the vectors grew by doubling, up to half of them empty; they live through resolve, the
   // peak of memory, while the copies made here coexist only with the text
   out.citations.shrink_to_fit();
   out.cues.shrink_to_fit();
   out.pinpoints.shrink_to_fit();
   out.promulgations.shrink_to_fit();
   out.bodies.shrink_to_fit();
   out.dates.shrink_to_fit();
   out.problems.shrink_to_fit();
   return out;
}

}  // namespace vanban::detail
