// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Actions of the line grammar (grammars/peg/vanban/grammar/structure.hpp).
//
// The grammar is tried at the first non-blank character of each line. Each alternative of
// `line_item` collects its parts in a fresh state and hands them to the line only when it matched
// as a whole (the `scoped` pattern of scan.cpp), so the parts of an alternative that failed
// half-way never leak into the one that matched.

#include <algorithm>

#include <tao/pegtl.hpp>

#include <vanban/error.hpp>

#include "structure_events.hpp"
#include "scoped.hpp"
#include "vanban/grammar/structure.hpp"

namespace vanban::detail {
namespace {

namespace pegtl = tao::pegtl;
namespace g = vanban::grammar;
namespace l = vanban::grammar::layout;

/// An issuing body being read (the issuer rules of issuer.hpp, with this grammar's actions).
struct issuer_parts {
   const lexicon::key* body = nullptr;
   bool holder = false;
   place_level level = place_level::none;
   const lexicon::key* province = nullptr;
   const char* term_begin = nullptr;
   const char* term_end = nullptr;
};

/// The parts of one line item, as pointers into the text.
struct line_parts {
   static constexpr std::size_t max_issuers = 8;

   line_kind kind = line_kind::text;
   const char* marker_begin = nullptr;
   const char* marker_end = nullptr;
   const lexicon::key* type = nullptr;
   bullet_kind bullet = bullet_kind::none;
   bool nested = false;
   bool paren = false;
   bool whole = false;
   bool enacts = false;
   int year = 0;
   int month = 0;
   int day = 0;
   const char* place_end = nullptr;
   std::array<issuer_parts, max_issuers> issuers{};
   std::array<std::pair<const char*, const char*>, max_issuers> issuer_spans{};
   std::size_t issuer_count = 0;

   /// Back to a fresh line's state, but for the issuer arrays (read only below issuer_count).
   void clear() noexcept
   {
      kind = line_kind::text;
      marker_begin = nullptr;
      marker_end = nullptr;
      type = nullptr;
      bullet = bullet_kind::none;
      nested = false;
      paren = false;
      whole = false;
      enacts = false;
      year = 0;
      month = 0;
      day = 0;
      place_end = nullptr;
      issuer_count = 0;
   }

   void on_term( const char* b, const char* e ) noexcept
   {
      if( issuer_count > 0 ) {
         issuers[ issuer_count - 1 ].term_begin = b;
         issuers[ issuer_count - 1 ].term_end = e;
      }
   }
};

[[nodiscard]] int to_int( std::string_view digits ) noexcept
{
   int v = 0;
   for( const char c : digits ) {
      if( c >= '0' && c <= '9' && v < 100000 ) {
         v = v * 10 + ( c - '0' );
      }
   }
   return v;
}

[[nodiscard]] bool all_upper_letters( std::string_view s ) noexcept
{
   const char* p = s.data();
   const char* const e = s.data() + s.size();
   bool any = false;
   while( p < e ) {
      const char* q = p;
      const char32_t c = decode_valid( q );
      if( is_word_cp( c ) && !( c >= '0' && c <= '9' ) ) {
         if( !is_upper_cp( c ) ) {
            return false;
         }
         any = true;
      }
      p = q;
   }
   return any;
}

// --- actions -------------------------------------------------------------------------------------

template< typename Rule >
struct action : pegtl::nothing< Rule >
{};

/// A top-level alternative: its parts become the line's, with its kind. The alternatives are
/// tried on the line's own state, clear when each begins: scan_lines clears it for every line,
/// and a failed alternative clears what it wrote (they never nest; every alternative of
/// line_item is one of these). A fresh state per alternative, as scoped<> makes, cost 600
/// bytes cleared and copied for each of the ~30 alternatives at every line.
template< line_kind K >
struct kind_action : pegtl::maybe_nothing
{
   template< typename Rule,
             pegtl::apply_mode A,
             pegtl::rewind_mode M,
             template< typename... >
             class Action,
             template< typename... >
             class Control,
             typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in, line_parts& p )
   {
      if( pegtl::match< Rule, A, M, Action, Control >( in, p ) ) {
         p.kind = K;
         return true;
      }
      p.clear();
      return false;
   }
};

// clang-format off
template<> struct action< l::page_header > : kind_action< line_kind::page_header > {};
template<> struct action< l::continued > : kind_action< line_kind::page_header > {};
template<> struct action< l::page_number > : kind_action< line_kind::page_number > {};
template<> struct action< l::stamp > : kind_action< line_kind::stamp > {};
template<> struct action< l::rule_line > : kind_action< line_kind::rule > {};
template<> struct action< l::sign_mark > : kind_action< line_kind::sign_mark > {};
template<> struct action< l::gazette_label > : kind_action< line_kind::gazette_label > {};
template<> struct action< l::motto_state > : kind_action< line_kind::motto_state > {};
template<> struct action< l::motto_slogan > : kind_action< line_kind::motto_slogan > {};
template<> struct action< l::motto_party > : kind_action< line_kind::motto_party > {};
template<> struct action< l::number_line > : kind_action< line_kind::number > {};
template<> struct action< l::flat_header > : kind_action< line_kind::number > {};
template<> struct action< l::place_date > : kind_action< line_kind::place_date > {};
template<> struct action< l::authentication > : kind_action< line_kind::authentication > {};
template<> struct action< l::recipients > : kind_action< line_kind::recipients > {};
template<> struct action< l::signer_line > : kind_action< line_kind::signer > {};
template<> struct action< l::basis > : kind_action< line_kind::basis > {};
template<> struct action< l::proposal > : kind_action< line_kind::proposal > {};
template<> struct action< l::decide > : kind_action< line_kind::decide > {};
template<> struct action< l::part > : kind_action< line_kind::part > {};
template<> struct action< l::chapter > : kind_action< line_kind::chapter > {};
template<> struct action< l::section > : kind_action< line_kind::section > {};
template<> struct action< l::article > : kind_action< line_kind::article > {};
template<> struct action< l::appendix > : kind_action< line_kind::appendix > {};
template<> struct action< l::roman_heading > : kind_action< line_kind::roman > {};
template<> struct action< l::letter_part > : kind_action< line_kind::letter_part > {};
template<> struct action< l::clause > : kind_action< line_kind::clause > {};
template<> struct action< l::point > : kind_action< line_kind::point > {};
template<> struct action< l::bullet > : kind_action< line_kind::bullet > {};
template<> struct action< l::of_issuers > : kind_action< line_kind::of_issuers > {};
template<> struct action< l::type_heading > : kind_action< line_kind::type_heading > {};
template<> struct action< l::attachment > : kind_action< line_kind::attachment > {};
template<> struct action< l::body_line > : kind_action< line_kind::body > {};
// clang-format on

/// The number of a heading, the prefix of a signer line, the number of a number line.
struct marker_action
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, line_parts& p ) noexcept
   {
      p.marker_begin = in.begin();
      p.marker_end = in.end();
   }
};

// clang-format off
template<> struct action< l::part_number > : marker_action {};
template<> struct action< l::chapter_number > : marker_action {};
template<> struct action< l::section_number > : marker_action {};
template<> struct action< l::article_number > : marker_action {};
template<> struct action< l::appendix_number > : marker_action {};
template<> struct action< l::roman_number > : marker_action {};
template<> struct action< l::letter_number > : marker_action {};
template<> struct action< l::simple_number > : marker_action {};
template<> struct action< l::point_letter > : marker_action {};
template<> struct action< l::signer_prefix > : marker_action {};
template<> struct action< l::own_number > : marker_action {};
// clang-format on

template<>
struct action< l::paren_number >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, line_parts& p ) noexcept
   {
      p.marker_begin = in.begin();
      p.marker_end = in.end();
      p.paren = true;
   }
};

template<>
struct action< l::paren_letter > : action< l::paren_number > {};

template<>
struct action< l::nested_number >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, line_parts& p ) noexcept
   {
      p.marker_begin = in.begin();
      p.marker_end = in.end();
      p.nested = true;
   }
};

template< bullet_kind K >
struct bullet_action
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, line_parts& p ) noexcept
   {
      p.bullet = K;
      p.marker_begin = in.begin();
      p.marker_end = in.end();
   }
};

// clang-format off
template<> struct action< l::bullet_dash > : bullet_action< bullet_kind::dash > {};
template<> struct action< l::bullet_plus > : bullet_action< bullet_kind::plus > {};
template<> struct action< l::bullet_other > : bullet_action< bullet_kind::other > {};
// clang-format on

/// A type word: in a number line ("Luật số:") any case; as a heading, or after "ban hành" only
/// as the heading writes it.
template< bool UpperOnly >
struct type_action
{
   template< typename ActionInput >
   [[nodiscard]] static bool apply( const ActionInput& in, line_parts& p ) noexcept
   {
      const auto* k = lexicon::find( lexicon::doc_types().view(), in.string_view() );
      if( k == nullptr || ( UpperOnly && !all_upper_letters( in.string_view() ) ) ) {
         return false;
      }
      p.type = k;
      return true;
   }
};

// clang-format off
template<> struct action< l::number_type > : type_action< false > {};
template<> struct action< l::heading_type > : type_action< true > {};
template<> struct action< l::enacted_type > : type_action< false > {};
// clang-format on

template<>
struct action< l::attachment_word >
{
   template< typename ActionInput >
   [[nodiscard]] static bool apply( const ActionInput& in, line_parts& /*p*/ ) noexcept
   {
      return all_upper_letters( in.string_view() );
   }
};

template<>
struct action< l::header_day >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, line_parts& p ) noexcept
   {
      p.day = to_int( in.string_view() );
   }
};

template<>
struct action< l::header_month >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, line_parts& p ) noexcept
   {
      p.month = to_int( in.string_view() );
   }
};

template<>
struct action< l::header_year >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, line_parts& p ) noexcept
   {
      p.year = to_int( in.string_view() );
   }
};

template<>
struct action< l::place_name >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, line_parts& p ) noexcept
   {
      p.place_end = in.end();
   }
};

template<>
struct action< l::whole_line >
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, line_parts& p ) noexcept
   {
      p.whole = true;
   }
};

template<>
struct action< l::enact_verb >
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, line_parts& p ) noexcept
   {
      p.enacts = true;
   }
};

// --- issuing bodies ----------------------------------------------------------------------------------

/// An issuer phrase at a line start or in a "CỦA …" list: appended to the line's bodies.
struct issuer_commit : scoped< issuer_parts >
{
   static void commit( const char* b, const char* e, const issuer_parts& i, line_parts& p ) noexcept
   {
      if( i.body != nullptr && p.issuer_count < line_parts::max_issuers ) {
         p.issuers[ p.issuer_count ] = i;
         p.issuer_spans[ p.issuer_count ] = { b, e };
         ++p.issuer_count;
      }
   }
};

// clang-format off
template<> struct action< l::line_issuer > : issuer_commit {};
template<> struct action< l::listed_issuer > : issuer_commit {};
template<> struct action< l::flat_issuer > : issuer_commit {};
// clang-format on

template<>
struct action< g::body_name >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, issuer_parts& p ) noexcept
   {
      const auto m = lexicon::longest_match_folded( lexicon::bodies_folded().view(), in.begin(), in.end() );
      p.body = m.length == in.size() ? m.entry : nullptr;
   }
};

template<>
struct action< g::holder_title >
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, issuer_parts& p ) noexcept
   {
      p.holder = true;
   }
};

template< place_level L >
struct level_action
{
   template< typename ActionInput >
   static void apply( const ActionInput& /*in*/, issuer_parts& p ) noexcept
   {
      p.level = L;
   }
};

// clang-format off
template<> struct action< g::level_province > : level_action< place_level::province > {};
template<> struct action< g::level_city > : level_action< place_level::city > {};
template<> struct action< g::level_commune > : level_action< place_level::commune > {};
template<> struct action< g::level_district > : level_action< place_level::district > {};
// clang-format on

template<>
struct action< g::province_name >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, issuer_parts& p ) noexcept
   {
      p.province = lexicon::find( lexicon::provinces().view(), in.string_view() );
   }
};

template<>
struct action< g::term_number >
{
   template< typename ActionInput >
   static void apply( const ActionInput& in, issuer_parts& p ) noexcept
   {
      p.term_begin = in.begin();
      p.term_end = in.end();
   }
};

using input_t = pegtl::memory_input< pegtl::tracking_mode::lazy, pegtl::eol::lf, const char* >;

[[nodiscard]] bool is_blank( char c ) noexcept
{
   return c == ' ' || c == '\t';
}

/// The first byte of [b, e) that is not a space or a tab (e when the line is blank).
[[nodiscard]] std::size_t skip_blanks( std::string_view text, std::size_t b, std::size_t e ) noexcept
{
   while( b < e && is_blank( text[ b ] ) ) {
      ++b;
   }
   return b;
}

}  // namespace

// one record per line: its size is most of the memory of a long text
static_assert( sizeof( raw_line ) <= 56 );
static_assert( line_parts::max_issuers <= 255, "raw_line::issuer_count is a byte" );

line_events scan_lines( std::string_view text )
{
   line_events out;
   const char* const base = text.data();
   const std::size_t n = text.size();
   if( n > std::size_t( UINT32_MAX ) ) {
      throw error( error_code::limit_exceeded, "too large: the text has 4 GiB or more (line offsets are 32-bit)", std::nullopt, "" );
   }
   const auto line_end_at = [ & ]( std::size_t from ) {
      const std::size_t e = text.find( '\n', from );
      return e == std::string_view::npos ? n : e;
   };
   // one record per line at most, a run of blank lines one: reserved exactly, as doubling left
   // up to half the vector unused (a line record is larger than the average line of the
   // corpus), and a file of line breaks reserves no more than a record
   {
      std::size_t records = 0;
      bool blank_before = false;
      for( std::size_t pos = 0; pos < n; ) {
         const std::size_t e = line_end_at( pos );
         const bool blank = skip_blanks( text, pos, e ) == e;
         records += blank && blank_before ? 0 : 1;
         blank_before = blank;
         pos = e + 1;
      }
      out.lines.reserve( records );
   }
   const auto trim_back = [ & ]( std::size_t b, std::size_t e ) {
      while( e > b && is_blank( text[ e - 1 ] ) ) {
         --e;
      }
      return e;
   };
   // one state for every line, cleared for each (but for its issuer arrays, written whole
   // before they are counted): a fresh one zeroed 600 bytes a line
   line_parts p;
   std::size_t pos = 0;
   while( pos < n ) {
      const std::size_t eol = line_end_at( pos );
      const std::size_t b = skip_blanks( text, pos, eol );
      raw_line r;
      r.begin = b;
      if( b == eol ) {
         // a run of blank lines is one record: the readers ask whether a blank line lies
         // between two lines, never how many (a file of line breaks took 56 bytes a byte)
         std::size_t last_eol = eol;
         while( last_eol + 1 < n ) {
            const std::size_t e = line_end_at( last_eol + 1 );
            if( skip_blanks( text, last_eol + 1, e ) != e ) {
               break;
            }
            last_eol = e;
         }
         r.kind = line_kind::blank;
         r.end = b;
         r.next = last_eol + 1;
         out.lines.push_back( r );
         pos = last_eol + 1;
         continue;
      }
      p.clear();
      input_t in( base + b, base + n, "" );
      const bool matched = pegtl::parse< l::line_item, action >( in, p );
      std::size_t match_end = matched ? std::size_t( in.current() - base ) : b;
      if( !matched ) {
         p.kind = line_kind::text;
      }
      // the item covers every line it touched
      std::size_t last_eol = match_end > eol ? line_end_at( match_end ) : eol;
      if( match_end > b && match_end <= n && text[ match_end - 1 ] == '\n' ) {
         last_eol = match_end - 1;  // a match that ended with its line break stays on that line
      }
      r.kind = p.kind;
      r.end = trim_back( b, last_eol );
      r.next = last_eol + 1;
      const auto off = [ & ]( const char* q ) { return q ? std::size_t( q - base ) : std::size_t( 0 ); };
      r.marker_begin = off( p.marker_begin );
      r.marker_end = off( p.marker_end );
      // the rest of the line after what the item matched (a heading's text)
      std::size_t rb = std::min( match_end, std::size_t( r.end ) );
      if( p.kind == line_kind::text || p.kind == line_kind::basis || p.kind == line_kind::proposal ) {
         rb = b;
      }
      while( rb < r.end && ( is_blank( text[ rb ] ) || text[ rb ] == '\n' ) ) {
         ++rb;
      }
      r.rest_begin = rb;
      r.rest_end = std::uint32_t( std::max( rb, std::size_t( r.end ) ) );
      r.type = p.type;
      r.bullet = p.bullet;
      r.nested = p.nested;
      r.paren = p.paren;
      r.whole = p.whole;
      r.enacts = p.enacts;
      r.year = std::uint16_t( p.year );
      r.month = std::uint8_t( p.month );
      r.day = std::uint8_t( p.day );
      r.place_end = off( p.place_end );
      r.issuer_first = std::uint32_t( out.issuers.size() );
      r.issuer_count = std::uint8_t( p.issuer_count );
      for( std::size_t i = 0; i < p.issuer_count; ++i ) {
         const issuer_parts& ip = p.issuers[ i ];
         raw_issuer ri;
         ri.where = { off( p.issuer_spans[ i ].first ), off( p.issuer_spans[ i ].second ) };
         raw_unit& u = ri.units[ 0 ];
         u.where = ri.where;
         u.body = ip.body;
         u.holder = ip.holder;
         u.level = ip.level;
         u.province = ip.province;
         ri.count = 1;
         if( ip.term_begin ) {
            ri.term = { off( ip.term_begin ), off( ip.term_end ) };
         }
         out.issuers.push_back( ri );
      }
      out.lines.push_back( r );
      pos = r.next;
   }
   out.issuers.shrink_to_fit();  // as the scan's vectors: they live through resolve
   return out;
}

void drop_noise( events& ev, const line_events& lines )
{
   std::vector<nspan> noise;
   std::vector<nspan> own;  // "Luật số: 50/2024/QH15": a header's own number, not a mention
   for( const raw_line& r : lines.lines ) {
      if( is_noise( r.kind ) ) {
         noise.push_back( { r.begin, r.end } );
      }
      else if( r.kind == line_kind::number ) {
         own.push_back( { r.begin, r.end } );
      }
   }
   if( !own.empty() ) {
      ev.citations.erase( std::remove_if( ev.citations.begin(), ev.citations.end(), [ & ]( const raw_citation& c ) {
                             auto it = std::upper_bound( own.begin(), own.end(), c.where.begin, []( std::size_t v, const nspan& n ) { return v < n.begin; } );
                             return it != own.begin() && c.where.begin < std::prev( it )->end;
                          } ),
                          ev.citations.end() );
   }
   if( noise.empty() ) {
      return;
   }
   // sorted, disjoint: a binary search per event
   const auto inside = [ & ]( const nspan& s ) {
      auto it = std::upper_bound( noise.begin(), noise.end(), s.begin, []( std::size_t v, const nspan& n ) { return v < n.begin; } );
      if( it == noise.begin() ) {
         return false;
      }
      --it;
      return s.begin < it->end;
   };
   const auto drop = [ & ]( auto& v, auto where ) { v.erase( std::remove_if( v.begin(), v.end(), [ & ]( const auto& x ) { return inside( where( x ) ); } ), v.end() ); };
   drop( ev.dates, []( const raw_date& d ) { return d.where; } );
   drop( ev.citations, []( const raw_citation& c ) { return c.where; } );
   drop( ev.bodies, []( const raw_issuer& b ) { return b.where; } );
   drop( ev.cues, []( const raw_cue& c ) { return c.where; } );
   drop( ev.problems, []( const raw_problem& p ) { return p.where; } );
}

}  // namespace vanban::detail
