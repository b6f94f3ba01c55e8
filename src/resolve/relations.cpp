// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Relations: how the text's own document relates to each document it mentions
// (docs/schema.md, "relation").
//
// One left-to-right walk over the cues and mentions of each sentence (or Căn cứ line), merged by
// position, with a small state machine:
//
//   * a cue with no mention before it in its clause is the clause's governing cue: "Căn cứ",
//     "Thực hiện", "Bãi bỏ" …; the mentions of the clause take its relation;
//   * a mention that follows another mention without a separator lies inside that mention's
//     title ("Nghị định số 38/2023/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định
//     số 27/2022/NĐ-CP"): the cue before it ("sửa đổi, bổ sung") is the cited document's relation
//     to another one, not the text's, so the nested mention only `cites`; except inside the
//     title of the text's own document ("UBND tỉnh ban hành Kế hoạch số 05/KH-UBND triển khai
//     thực hiện Kết luận …"), whose title says exactly how it relates to what it names;
//   * a mention after ',' / "và" / "hoặc" is coordinated with the mention before it and shares
//     its relation; after ';' or a list marker it starts a new item of the clause;
//   * a parenthesis is transparent: after ')' the mention before '(' is current again;
//     "(sau đây gọi là …)" is an alias of the mention it names;
//   * a mention right after an issuing verb ("Thủ tướng đã ban hành Chỉ thị số …") is what a body
//     issued, not what the clause's cue governs;
//   * a clause whose cue governs no mention and that ends with ':' (or an article heading
//     "Điều 2. Bãi bỏ …") governs the list or the article that follows;
//   * the opening of a consolidated text ("… được sửa đổi, bổ sung bởi:") consolidates the base
//     and the amending documents it lists.
//
// Every pass is linear: cues and citations are sorted, each gap of text between two events is
// read once, and blocks are found with one pass over the lines.

#include <algorithm>
#include <cstring>

#include "context.hpp"
#include "lexicon/lexicon.hpp"
#include "text/simd.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

[[nodiscard]] bool is_space_or_nl( char c ) noexcept
{
   return c == ' ' || c == '\t' || c == '\n';
}

[[nodiscard]] const lexicon::cue_row& row_of( const raw_cue& q ) noexcept
{
   return lexicon::cues().rows[ q.key->row ];
}

/// The word that ends at `end` (ASCII letters and UTF-8 bytes), as [b, end).
[[nodiscard]] std::size_t word_start_before( std::string_view s, std::size_t end ) noexcept
{
   std::size_t b = end;
   while( b > 0 ) {
      const auto c = static_cast<unsigned char>( s[ b - 1 ] );
      if( c >= 0x80 || ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' ) || ( c >= '0' && c <= '9' ) ) {
         --b;
      }
      else {
         break;
      }
   }
   return b;
}

/// Does the text at `pos` start with an upper-case letter (a sentence or heading start)?
[[nodiscard]] bool starts_upper( std::string_view s, std::size_t pos ) noexcept
{
   if( pos >= s.size() ) {
      return false;
   }
   const char* p = s.data() + pos;
   return is_upper_cp( decode_valid( p ) );
}

[[nodiscard]] bool at_line_start( std::string_view s, std::size_t pos, std::size_t floor ) noexcept
{
   while( pos > floor && ( s[ pos - 1 ] == ' ' || s[ pos - 1 ] == '\t' ) ) {
      --pos;
   }
   return pos == 0 || s[ pos - 1 ] == '\n' || pos == floor;
}

/// If a list marker ("a)", "1.", "(2)", "-", "+", "•") ends at `end` and starts a line, its start.
[[nodiscard]] std::optional<std::size_t> list_marker_before( std::string_view s, std::size_t end, std::size_t floor ) noexcept
{
   if( end <= floor ) {
      return std::nullopt;
   }
   const char last = s[ end - 1 ];
   std::size_t b = end - 1;
   if( last == '-' || last == '+' ) {
      // b at the marker
   }
   else if( end - floor >= 3 && s.substr( end - 3, 3 ) == "•" ) {
      b = end - 3;
   }
   else if( last == ')' || last == '.' ) {
      std::size_t k = end - 1;
      while( k > floor && k + 4 > end && ( ( s[ k - 1 ] >= '0' && s[ k - 1 ] <= '9' ) || ( s[ k - 1 ] >= 'a' && s[ k - 1 ] <= 'z' ) ) ) {
         --k;
      }
      if( k == end - 1 ) {
         return std::nullopt;
      }
      if( last == ')' && k > floor && s[ k - 1 ] == '(' ) {
         --k;
      }
      b = k;
   }
   else {
      return std::nullopt;
   }
   if( !at_line_start( s, b, floor ) && !( b > floor && s[ b - 1 ] == ';' ) ) {
      // "(2) Luật …" after "; " on the same line is an item too
      std::size_t k = b;
      while( k > floor && ( s[ k - 1 ] == ' ' || s[ k - 1 ] == '\t' ) ) {
         --k;
      }
      if( !( k > floor && s[ k - 1 ] == ';' ) ) {
         return std::nullopt;
      }
   }
   return b;
}

/// What the text between two events says about how the second relates to the first.
struct gap_info {
   bool semicolon = false;      ///< a ';' outside parentheses: a new item of the clause
   bool begins_coord = false;   ///< starts with ',' / "và" / "hoặc"
   bool ends_coord = false;     ///< ends with ',' / "và" / "hoặc" (before "các", "số")
   bool line_item = false;      ///< ends with a list marker at a line start
   bool colon = false;          ///< ends with ':' ("… bởi: Nghị định số …")
   bool only_sep = false;       ///< nothing but one ',' / "và" and spaces
   bool alias = false;          ///< ends with "gọi là", "gọi tắt là", "viết tắt là"
   bool paren_direct = false;   ///< ends with '(': "… (Nghị quyết số 33-NQ/TW)"
   bool after_tai = false;      ///< ends with "tại" ("… của Sở Tư pháp tại Tờ trình số …")
   bool generic_type = false;   ///< ends with a type word used generically ("các Luật", "dự thảo Luật")
   int opened = 0;              ///< '(' left open
   int closed = 0;              ///< ')' closing parentheses opened before the gap
};

[[nodiscard]] bool word_is( std::string_view s, std::size_t b, std::size_t e, std::initializer_list<std::string_view> words ) noexcept
{
   const std::string_view w = s.substr( b, e - b );
   return std::find( words.begin(), words.end(), w ) != words.end();
}

[[nodiscard]] gap_info read_gap( std::string_view s, std::size_t a, std::size_t b, std::size_t floor )
{
   gap_info g;
   int depth = 0;
   for( std::size_t i = a; i < b; ++i ) {
      i = simd::find_any< '(', ')', ';' >( s.data(), i, b );
      if( i == b ) {
         break;
      }
      const char c = s[ i ];
      if( c == '(' ) {
         ++depth;
      }
      else if( c == ')' ) {
         if( depth > 0 ) {
            --depth;
         }
         else {
            ++g.closed;
         }
      }
      else if( c == ';' && depth == 0 ) {
         g.semicolon = true;
      }
   }
   g.opened = depth;
   // the beginning
   std::size_t i = a;
   while( i < b && ( is_space_or_nl( s[ i ] ) || s[ i ] == ')' ) ) {
      ++i;
   }
   if( i < b && s[ i ] == ',' ) {
      g.begins_coord = true;
   }
   else {
      std::size_t j = i;
      while( j < b && !is_space_or_nl( s[ j ] ) && s[ j ] != ',' ) {
         ++j;
      }
      g.begins_coord = word_is( s, i, j, { "và", "hoặc", "Và" } );
   }
   if( g.begins_coord ) {
      std::size_t j = i + ( s[ i ] == ',' ? 1 : 0 );
      if( s[ i ] != ',' ) {
         while( j < b && !is_space_or_nl( s[ j ] ) ) {
            ++j;
         }
      }
      while( j < b && is_space_or_nl( s[ j ] ) ) {
         ++j;
      }
      g.only_sep = j == b;
   }
   // the end
   std::size_t e = b;
   while( e > a && is_space_or_nl( s[ e - 1 ] ) ) {
      --e;
   }
   if( const auto m = list_marker_before( s, e, std::max( a, floor ) ) ) {
      g.line_item = true;
      return g;
   }
   // skip "các", "những", "số" before the mention's type word
   for( int k = 0; k < 2; ++k ) {
      const std::size_t w = word_start_before( s, e );
      if( w < e && w >= a && word_is( s, w, e, { "các", "những", "hai", "ba" } ) ) {
         e = w;
         while( e > a && is_space_or_nl( s[ e - 1 ] ) ) {
            --e;
         }
      }
   }
   if( e > a && s[ e - 1 ] == '(' ) {
      g.paren_direct = true;
   }
   else if( e > a && s[ e - 1 ] == ':' ) {
      g.colon = true;
   }
   else if( e > a && ( s[ e - 1 ] == ',' ) ) {
      g.ends_coord = true;
   }
   else {
      const std::size_t w = word_start_before( s, e );
      if( w >= a && w < e && word_is( s, w, e, { "và", "hoặc", "cùng" } ) ) {
         g.ends_coord = true;
      }
      g.after_tai = w >= a && w < e && word_is( s, w, e, { "tại" } );
      if( w >= a && w < e && word_is( s, w, e, { "là" } ) ) {
         std::size_t f = w;
         while( f > a && is_space_or_nl( s[ f - 1 ] ) ) {
            --f;
         }
         const std::size_t w2 = word_start_before( s, f );
         if( w2 >= a && word_is( s, w2, f, { "gọi", "tắt", "viết" } ) ) {
            g.alias = true;
         }
      }
   }
   return g;
}

/// Is the cue at `pos` the predicate of a document named only by its type, used generically:
/// "Xây dựng các Luật sửa đổi, bổ sung …", "dự thảo Luật sửa đổi …", "07 Luật"? Then it says
/// what that unnamed document does, not what the text's own document does.
[[nodiscard]] bool after_generic_type( std::string_view s, std::size_t pos, std::size_t floor ) noexcept
{
   std::size_t e = pos;
   while( e > floor && is_space_or_nl( s[ e - 1 ] ) ) {
      --e;
   }
   std::size_t w = e;
   for( int words = 0; words < 4 && w > floor; ++words ) {
      w = word_start_before( s, w );
      if( w >= e ) {
         return false;
      }
      const auto m = lexicon::longest_match( lexicon::doc_types().view(), s.data() + w, s.data() + e );
      if( m && w + m.length == e ) {
         // the word before the type
         std::size_t f = w;
         while( f > floor && is_space_or_nl( s[ f - 1 ] ) ) {
            --f;
         }
         const std::size_t p = word_start_before( s, f );
         if( p >= f || p < floor ) {
            return false;
         }
         const std::string_view prev = s.substr( p, f - p );
         if( prev == "các" || prev == "những" || ( prev.find_first_not_of( "0123456789" ) == std::string_view::npos ) ) {
            return true;
         }
         std::size_t g = p;
         while( g > floor && is_space_or_nl( s[ g - 1 ] ) ) {
            --g;
         }
         const std::size_t p2 = word_start_before( s, g );
         if( p2 < g && p2 >= floor ) {
            const std::string_view two = s.substr( p2, g - p2 );
            return ( two == "xây" || two == "Xây" || two == "dự" || two == "Dự" || two == "soạn" ) && ( prev == "dựng" || prev == "thảo" );
         }
         return false;
      }
      while( w > floor && ( s[ w - 1 ] == ' ' || s[ w - 1 ] == '\t' || s[ w - 1 ] == '\n' ) ) {
         --w;
      }
   }
   return false;
}

/// The relation state of one clause (sentence or Căn cứ line).
struct clause_state {
   static constexpr int unnamed = -2;   ///< `open` inside the title of a document named only by its type

   const raw_cue* governing = nullptr;  ///< cue of the clause's top level
   int open = -1;                       ///< the last mention: text after it is its title
   bool open_top = false;               ///< ... and it is at the top level
   const raw_cue* title_cue = nullptr;  ///< the last cue inside the current title
   bool passive_title = false;          ///< ... a passive amendment cue ("được sửa đổi, bổ sung bởi")
   bool cue_since_open = false;         ///< a title cue after `open`
   std::vector<int> paren_owner;        ///< `open` when each '(' opened
   std::vector<bool> paren_cue;         ///< a cue at the top level inside each open parenthesis
};

struct verdict {
   std::optional<vanban::relation> relation;  ///< empty: not decided in its clause
   const raw_cue* cue = nullptr;
   bool top = false;  ///< at the clause's top level (not inside another mention's title)
};

[[nodiscard]] bool is_self( const resolve_context& cx, const citation& c ) noexcept
{
   return cx.doc.info && cx.doc.info->number && c.number && *c.number == *cx.doc.info->number && cx.doc.info->type == c.type;
}

/// Line-level markers of the body: "Điều 5." (0), "2." / "2)" (1), "a)" (2), "-" / "+" (3).
[[nodiscard]] int marker_level( std::string_view line ) noexcept
{
   std::size_t i = 0;
   while( i < line.size() && ( line[ i ] == ' ' || line[ i ] == '\t' ) ) {
      ++i;
   }
   const std::string_view l = line.substr( i );
   if( l.starts_with( "Điều " ) || l.starts_with( "Chương " ) || l.starts_with( "CHƯƠNG " ) || l.starts_with( "Mục " ) || l.starts_with( "Phần " ) ) {
      std::size_t k = l.find( ' ' ) + 1;
      if( k < l.size() && ( ( l[ k ] >= '0' && l[ k ] <= '9' ) || l[ k ] == 'I' || l[ k ] == 'V' || l[ k ] == 'X' ) ) {
         return 0;
      }
   }
   std::size_t k = 0;
   while( k < l.size() && l[ k ] >= '0' && l[ k ] <= '9' ) {
      ++k;
   }
   if( k > 0 && k < l.size() && ( l[ k ] == '.' || l[ k ] == ')' ) && ( k + 1 == l.size() || l[ k + 1 ] == ' ' || l[ k + 1 ] == '\t' ) ) {
      return 1;
   }
   if( l.size() >= 2 && ( ( l[ 0 ] >= 'a' && l[ 0 ] <= 'z' ) || l.starts_with( "đ" ) ) ) {
      const std::size_t m = l.starts_with( "đ" ) ? 2 : 1;
      if( m < l.size() && l[ m ] == ')' ) {
         return 2;
      }
   }
   if( l.starts_with( "- " ) || l.starts_with( "+ " ) || l.starts_with( "•" ) ) {
      return 3;
   }
   return -1;
}

/// A range of the text governed by a cue of the clause that introduces it.
struct block {
   std::size_t begin;
   std::size_t end;
   const raw_cue* cue;
   vanban::relation relation;
};

// Lines are looked at only near where they start: a text without line breaks (a pasted page)
// must not make every look-up read to its end, so the searches stop after `reach` bytes; a line
// longer than that is treated as ending there.
constexpr std::size_t reach = 4096;

/// Start of the line holding `pos` (or `pos` itself when no line break is near).
[[nodiscard]] std::size_t line_begin( std::string_view s, std::size_t pos ) noexcept
{
   const std::size_t floor = pos > reach ? pos - reach : 0;
   for( std::size_t k = pos; k > floor; --k ) {
      if( s[ k - 1 ] == '\n' ) {
         return k;
      }
   }
   return floor == 0 ? 0 : pos;
}

/// The first `c` in s[from, to), or `to` (memchr: the lines and clauses searched are long).
[[nodiscard]] std::size_t find_in( std::string_view s, char c, std::size_t from, std::size_t to ) noexcept
{
   if( from >= to ) {
      return to;
   }
   const void* const at = std::memchr( s.data() + from, c, to - from );
   return at != nullptr ? std::size_t( static_cast<const char*>( at ) - s.data() ) : to;
}

/// End of the line holding `pos` (the line break's position), at most `reach` bytes on.
[[nodiscard]] std::size_t line_end( std::string_view s, std::size_t pos ) noexcept
{
   return find_in( s, '\n', pos, std::min( s.size(), pos + reach ) );
}

/// Does a line start with a document type word (the next item of a list of documents)?
[[nodiscard]] bool starts_with_type_word( std::string_view s, std::size_t pos ) noexcept
{
   while( pos < s.size() && is_space_or_nl( s[ pos ] ) ) {
      ++pos;
   }
   return bool( lexicon::longest_match( lexicon::doc_types().view(), s.data() + pos, s.data() + s.size() ) );
}

/// Where the list or article introduced by a clause ends. The clause's line may carry a marker
/// ("2. Các Thông tư sau hết hiệu lực …:", "Điều 2. Bãi bỏ …"): the block runs to the next line
/// with a marker of the same or a higher level. Without one, the items' marker decides; items
/// without markers ("… được sửa đổi, bổ sung bởi:⏎Nghị định số …") run while each new sentence
/// opens with a document type.
[[nodiscard]] std::size_t block_end( const resolve_context& cx, std::size_t clause_begin, std::size_t clause_end, bool heading )
{
   const std::string_view s = cx.t.normalized;
   const std::size_t first = line_begin( s, clause_begin );
   int level = heading ? 0 : marker_level( s.substr( first, line_end( s, first ) - first ) );
   bool markerless_items = false;
   if( level < 0 ) {
      // the first non-blank line after the clause
      std::size_t b = line_end( s, clause_end );
      for( int lines = 0; b < s.size() && lines < 600; ++lines ) {
         const std::size_t e = line_end( s, b + 1 );
         if( s.substr( b + 1, e - b - 1 ).find_first_not_of( " \t" ) != std::string_view::npos ) {
            const int m = marker_level( s.substr( b + 1, e - b - 1 ) );
            if( m > 0 ) {
               level = m - 1;
            }
            else {
               markerless_items = true;
            }
            break;
         }
         b = e;
      }
   }
   std::size_t pos = line_end( s, clause_end );
   char prev_last = ':';  // last non-blank character of the previous non-blank line
   bool blank_before = false;
   // bounded, so that many lists cost linear time: no real list runs over 600 lines
   for( std::size_t lines = 0; pos < s.size() && lines < 600; ++lines ) {
      const std::size_t b = pos + 1;
      const std::size_t e = line_end( s, b );
      const std::string_view l = s.substr( b, e - b );
      const std::size_t nb = l.find_last_not_of( " \t" );
      pos = e;
      if( nb == std::string_view::npos ) {
         blank_before = true;
         continue;
      }
      const int m = marker_level( l );
      if( level >= 0 && m >= 0 && m <= level ) {
         return b;
      }
      if( markerless_items ) {
         const bool new_sentence = blank_before || prev_last == '.' || prev_last == ';' || prev_last == ':';
         if( ( m >= 0 && m <= 1 ) || ( new_sentence && m < 0 && !starts_with_type_word( s, b ) ) ) {
            return b;
         }
      }
      prev_last = l[ nb ];
      blank_before = false;
   }
   return s.size();
}

}  // namespace

void assign_relations( resolve_context& cx )
{
   const std::string_view s = cx.t.normalized;
   const auto& cits = cx.ev.citations;
   const auto& cues = cx.ev.cues;
   const std::size_t n = cits.size();
   std::vector<verdict> v( n );

   // issuing verbs ("ban hành", "đã có" …) right before a mention
   std::vector<bool> issued( n, false );
   {
      std::size_t pi = 0;
      for( std::size_t i = 0; i < n; ++i ) {
         while( pi < cx.ev.promulgations.size() && cx.ev.promulgations[ pi ].where.end <= cits[ i ].where.begin ) {
            ++pi;
         }
         issued[ i ] = pi > 0 && only_space_between( s, cx.ev.promulgations[ pi - 1 ].where.end, cits[ i ].where.begin );
      }
   }

   // --- the clause walk -----------------------------------------------------------------------------
   struct opener {
      const raw_cue* cue;
      std::size_t clause_begin;
      std::size_t next_mention;  ///< where the first mention after the cue starts
   };
   std::vector<opener> openers;  // cues at the top level of their clause
   {
      clause_state st;
      std::size_t scope = std::size_t( -1 );
      std::size_t prev_end = 0;
      int quote = 0;                 // “…” depth (amended text quoted in full cites, it does not act)
      std::size_t quote_open = 0;    // where the outermost quote opened
      std::size_t ci = 0;
      std::size_t mi = 0;
      while( ci < cues.size() || mi < n ) {
         const bool take_cue = ci < cues.size() && ( mi == n || cues[ ci ].where.begin < cits[ mi ].where.begin );
         if( !take_cue && cits[ mi ].nested ) {
            // a law named inside the name before it ("… của Luật Đất đai"): cited, as a title's
            // mentions are; the clause goes on from the mention it is in
            v[ mi++ ].relation = relation::cites;
            continue;
         }
         // a list headed by its type ("các Quyết định của UBND tỉnh: số …") starts at the type word
         const std::size_t start = take_cue ? cues[ ci ].where.begin : cits[ mi ].list_index == 0 ? std::min( cits[ mi ].where.begin, cits[ mi ].type_word.begin ) : cits[ mi ].where.begin;
         const std::size_t end = take_cue ? cues[ ci ].where.end : cits[ mi ].where.end;
         // quotes, over all the text between events
         // (find_in to each 0xE2, the lead byte of “ and ”: rare in Vietnamese text, whose
         // letters lead with 0xC3–0xC6 and 0xE1)
         for( std::size_t k = find_in( s, '\xE2', prev_end, start ); k < start; k = find_in( s, '\xE2', k + 1, start ) ) {
            if( k + 2 < s.size() && static_cast<unsigned char>( s[ k + 1 ] ) == 0x80 ) {
               const auto d = static_cast<unsigned char>( s[ k + 2 ] );
               if( d == 0x9C ) {
                  quote_open = quote == 0 ? k : quote_open;
                  ++quote;
               }
               else if( d == 0x9D && quote > 0 ) {
                  --quote;
               }
            }
         }
         if( quote > 0 && start - quote_open > 6000 ) {
            quote = 0;  // an opening quote never closed
         }
         const std::size_t sc = cx.scope_begin( start );
         if( sc != scope ) {
            // a line after a Căn cứ line ending in ';' that opens with a document continues the
            // basis: "Căn cứ Luật A ngày …;⏎Luật sửa đổi, bổ sung … Luật A ngày …;"
            const raw_cue* carried = nullptr;
            if( !take_cue && st.governing && sc > 0 && s[ sc - 1 ] == ';' && row_of( *st.governing ).relation == relation::based_on ) {
               std::size_t k = sc;
               while( k < start && is_space_or_nl( s[ k ] ) ) {
                  ++k;
               }
               if( k == start ) {
                  carried = st.governing;
               }
            }
            st = clause_state{};
            st.governing = carried;
            scope = sc;
            prev_end = std::max( prev_end, sc );
         }
         const gap_info g = read_gap( s, std::max( prev_end, sc ), start, sc );
         prev_end = end;
         // parentheses: a '(' left open remembers the current mention; ')' restores it
         for( int k = 0; k < g.closed && !st.paren_owner.empty(); ++k ) {
            st.open = st.paren_owner.back();
            st.open_top = st.open >= 0 && v[ std::size_t( st.open ) ].top;
            st.paren_owner.pop_back();
            st.paren_cue.pop_back();
         }
         for( int k = 0; k < g.opened; ++k ) {
            st.paren_owner.push_back( st.open );
            st.paren_cue.push_back( false );
         }
         const bool new_item = g.semicolon || g.line_item || g.colon;
         if( take_cue ) {
            const raw_cue& q = cues[ ci++ ];
            const auto& row = row_of( q );
            // a capitalized cue opening a line starts a sentence ("…CÓ HIỆU LỰC⏎Căn cứ Luật …")
            const bool capital = starts_upper( s, q.where.begin );
            const bool opens_line = capital && at_line_start( s, q.where.begin, sc );
            // after ';' inside a title ("… quy định về phân cấp …; quy định chi tiết …") a cue that
            // describes documents goes on describing it; "; căn cứ …", "; đồng thời quán triệt …"
            // (what the text itself does) and a capitalized cue start a new item
            const bool acts = row.relation == relation::based_on || row.relation == relation::implements;
            const bool top = st.open == -1 || g.line_item || g.colon || opens_line || ( g.semicolon && ( acts || capital ) ) || ( g.only_sep && st.open_top && st.title_cue == nullptr );
            if( top ) {
               openers.push_back( { &q, sc, mi < n ? cits[ mi ].where.begin : s.size() } );
            }
            if( row.backward ) {
               continue;  // read after the walk
            }
            if( top && after_generic_type( s, q.where.begin, sc ) ) {
               st.open = clause_state::unnamed;  // "Xây dựng các Luật sửa đổi, bổ sung các Luật: …"
               st.open_top = false;
               st.title_cue = &q;
               st.passive_title = row.passive;
               st.cue_since_open = true;
               continue;
            }
            if( top ) {
               // a plain citation cue ("theo quy định tại") does not undo a Căn cứ line
               // ("Căn cứ quy định tại Điều 5 Nghị định số …"), unless a new clause began in between
               const bool keep = st.governing && row_of( *st.governing ).relation == relation::based_on && row.relation == relation::cites && q.where.begin - st.governing->where.end <= 40 && s.substr( st.governing->where.end, q.where.begin - st.governing->where.end ).find( ',' ) == std::string_view::npos;
               if( !keep ) {
                  st.governing = &q;
               }
               st.open = -1;
               st.open_top = false;
               st.title_cue = nullptr;
               st.passive_title = false;
               if( !st.paren_cue.empty() ) {
                  st.paren_cue.back() = true;
               }
            }
            else {
               st.title_cue = &q;
               st.passive_title = row.passive;
               st.cue_since_open = true;
            }
            continue;
         }
         const std::size_t i = mi++;
         const citation& c = cx.doc.citations[ i ];
         verdict& out = v[ i ];
         const auto same_document = [ & ]( std::size_t k ) {
            const auto& o = cx.doc.citations[ k ];
            return o.number && c.number && o.type == c.type && o.number->starts_with( *c.number );
         };
         if( g.alias ) {
            // "(sau đây gọi là Nghị quyết số 66-NQ/TW)": the nearest earlier mention of that number,
            // else the mention the parenthesis follows
            int ante = st.paren_owner.empty() ? -1 : st.paren_owner.back();
            for( std::size_t k = i, seen = 0; k > 0 && seen < 64; --k, ++seen ) {
               if( same_document( k - 1 ) ) {
                  ante = int( k - 1 );
                  break;
               }
            }
            if( ante >= 0 ) {
               cx.extras[ i ].antecedent = ante;
               out = v[ std::size_t( ante ) ];
               continue;  // an alias leaves the clause's state as it was
            }
         }
         if( g.paren_direct && !st.paren_owner.empty() && st.paren_owner.back() >= 0 ) {
            // "Nghị quyết 06-NQ/TW … (Nghị quyết 06)": the same document again, or one that names it
            // ("Hội nghị lần thứ 9 … (Nghị quyết số 33-NQ/TW)"); a different document in
            // parentheses is the source of what the sentence says: "(Báo cáo số 386-BC/BTCTW)"
            const int owner = st.paren_owner.back();
            const citation& o = cx.doc.citations[ std::size_t( owner ) ];
            if( same_document( std::size_t( owner ) ) || ( !o.number && o.type == c.type ) ) {
               out = v[ std::size_t( owner ) ];
               if( o.number ) {
                  cx.extras[ i ].antecedent = owner;
               }
               continue;
            }
            out.top = false;
            out.relation = relation::cites;
            continue;
         }
         if( quote > 0 ) {
            out.top = false;  // quoted text (an amended provision) cites; it does not act
            out.relation = relation::cites;
         }
         else if( !st.paren_owner.empty() && !st.paren_cue.back() ) {
            out.top = false;  // a remark in parentheses: "(danh mục cụ thể theo Báo cáo số …)"
            out.relation = relation::cites;
         }
         else if( issued[ i ] ) {
            out.top = true;  // "Thủ tướng đã ban hành Chỉ thị số …": issued, not governed
            out.relation = relation::cites;
         }
         else if( st.open == -1 || new_item ) {
            out.top = true;
            if( st.governing ) {
               const auto rel = row_of( *st.governing ).relation;
               // "… sửa đổi, bổ sung các quy định pháp luật …, bảo đảm phù hợp … tại Luật …": a
               // mention far after the cue, in a place "tại", is where something is, not the object
               const bool far_place = g.after_tai && rel != relation::based_on && cits[ i ].where.begin > st.governing->where.end + 80;
               if( far_place ) {
                  out.relation = relation::cites;
               }
               else {
                  out.relation = rel;
                  out.cue = st.governing;
               }
            }
         }
         else if( st.open >= 0 && !st.cue_since_open && ( g.begins_coord || g.ends_coord ) ) {
            out = v[ std::size_t( st.open ) ];  // coordinated: shares the relation
         }
         else {
            // inside the title of the mention before it (or of an unnamed document)
            out.top = false;
            out.relation = relation::cites;
            if( st.open >= 0 ) {
               const citation& owner = cx.doc.citations[ std::size_t( st.open ) ];
               const verdict& ov = v[ std::size_t( st.open ) ];
               if( is_self( cx, owner ) && st.title_cue ) {
                  // the own document's title says how it relates to what it names
                  out.relation = row_of( *st.title_cue ).relation;
                  out.cue = st.title_cue;
               }
               else if( st.passive_title && ov.relation == relation::based_on ) {
                  // "Căn cứ Luật … được sửa đổi, bổ sung bởi Luật số …": the basis as amended
                  out.relation = ov.relation;
                  out.cue = ov.cue;
               }
               else if( !st.title_cue && ov.top && g.after_tai && ov.relation == relation::based_on ) {
                  out.relation = ov.relation;  // "Căn cứ chỉ đạo …, của Ban Bí thư tại văn bản số …"
                  out.cue = ov.cue;
               }
            }
         }
         // a nested mention continues the title it is in: a cue after it is still a title cue
         const bool keep_title = !out.top && st.title_cue != nullptr;
         st.open = int( i );
         st.open_top = out.top;
         st.cue_since_open = false;
         if( !keep_title ) {
            st.title_cue = nullptr;
            st.passive_title = false;
         }
      }
   }

   // --- backward cues ("Nghị định số … hết hiệu lực") ------------------------------------------------
   {
      std::size_t ci = 0;
      for( std::size_t i = 0; i < n; ++i ) {
         if( v[ i ].relation || !v[ i ].top ) {
            continue;
         }
         while( ci < cues.size() && cues[ ci ].where.begin < cits[ i ].where.end ) {
            ++ci;
         }
         const std::size_t to = cx.scope_end( cits[ i ].where.end );
         for( std::size_t k = ci; k < cues.size() && k < ci + 8 && cues[ k ].where.end <= to; ++k ) {
            if( row_of( cues[ k ] ).backward ) {
               v[ i ].relation = row_of( cues[ k ] ).relation;
               v[ i ].cue = &cues[ k ];
               break;
            }
         }
      }
   }

   // --- blocks: a list after "…:" or an article under its heading -------------------------------------
   std::vector<block> blocks;
   for( const opener& o : openers ) {
      const auto& row = row_of( *o.cue );
      // "Các Thông tư sau hết hiệu lực …:" / "Bãi bỏ các văn bản sau:" — a ':' ending a line before
      // the next mention
      const std::size_t limit = std::min( { o.next_mention, cx.scope_end( o.cue->where.end ), o.cue->where.end + 400 } );
      std::optional<std::size_t> colon;
      for( std::size_t k = find_in( s, ':', o.cue->where.end, limit ); k < limit; k = find_in( s, ':', k + 1, limit ) ) {
         std::size_t j = k + 1;
         while( j < limit && ( s[ j ] == ' ' || s[ j ] == '\t' ) ) {
            ++j;
         }
         if( j == s.size() || s[ j ] == '\n' ) {
            colon = k;
            break;
         }
      }
      if( colon ) {
         blocks.push_back( { *colon + 1, block_end( cx, o.clause_begin, *colon + 1, false ), o.cue, row.relation } );
         continue;
      }
      // "Điều 1. Bãi bỏ toàn bộ một số văn bản … của Thủ tướng Chính phủ" over the article's items;
      // only cues that change documents: "Điều 3. Tổ chức thực hiện" governs nothing
      const bool changes = row.relation == relation::repeals || row.relation == relation::amends || row.relation == relation::replaces || row.relation == relation::suspends || row.relation == relation::corrects;
      std::size_t hb = o.clause_begin;
      while( hb < s.size() && hb < o.clause_begin + 64 && is_space_or_nl( s[ hb ] ) ) {
         ++hb;
      }
      if( !changes ) {
         continue;
      }
      std::size_t he = cx.scope_end( o.cue->where.end );
      if( o.next_mention < he ) {
         // the heading ends where the first item starts ("Điều 1. Bãi bỏ …⏎1. Quyết định số …")
         const std::size_t lb = line_begin( s, o.next_mention );
         if( lb > o.cue->where.end && marker_level( s.substr( lb, line_end( s, lb ) - lb ) ) > 0 ) {
            he = lb;
         }
      }
      if( changes && s.substr( hb, 8 ).starts_with( "Điều " ) && marker_level( s.substr( hb, line_end( s, hb ) - hb ) ) == 0 && o.next_mention >= he ) {
         blocks.push_back( { he, block_end( cx, o.clause_begin, he, true ), o.cue, row.relation } );
      }
   }

   // --- consolidated texts: "<base>, có hiệu lực …, được sửa đổi, bổ sung bởi: <amending> …" ---------
   for( const raw_cue& q : cues ) {
      if( !row_of( q ).passive ) {
         continue;
      }
      std::size_t k = q.where.end;
      while( k < s.size() && ( s[ k ] == ' ' || s[ k ] == '\t' ) ) {
         ++k;
      }
      if( k >= s.size() || s[ k ] != ':' ) {
         continue;
      }
      const std::size_t cb = cx.scope_begin( q.where.begin );
      // the base: the first mention of the clause, at its top level and governed by nothing
      const auto first = std::lower_bound( cits.begin(), cits.end(), cb, []( const raw_citation& r, std::size_t p ) { return r.where.begin < p; } );
      if( first == cits.end() || first->where.begin >= q.where.begin ) {
         continue;
      }
      const std::size_t bi = std::size_t( first - cits.begin() );
      if( !v[ bi ].top || v[ bi ].relation ) {
         continue;
      }
      v[ bi ].relation = relation::consolidates;
      blocks.push_back( { k + 1, block_end( cx, cb, k + 1, false ), nullptr, relation::consolidates } );
   }
   std::sort( blocks.begin(), blocks.end(), []( const block& a, const block& b ) { return a.begin < b.begin; } );
   // top-level mentions no cue of their clause governs: the innermost block around them
   {
      std::size_t bi = 0;
      std::vector<const block*> active;
      for( std::size_t i = 0; i < n; ++i ) {
         const std::size_t p = cits[ i ].where.begin;
         while( bi < blocks.size() && blocks[ bi ].begin <= p ) {
            active.push_back( &blocks[ bi++ ] );
         }
         std::erase_if( active, [ p ]( const block* b ) { return b->end <= p; } );
         if( !v[ i ].top || v[ i ].relation || active.empty() ) {
            continue;
         }
         v[ i ].relation = active.back()->relation;
         v[ i ].cue = active.back()->cue;
      }
   }

   // --- the results -------------------------------------------------------------------------------------
   if( cx.article.kind == text_kind::qa ) {
      return;  // a Q&A article quotes documents; the relations are not its own
   }
   for( std::size_t i = 0; i < n; ++i ) {
      citation& c = cx.doc.citations[ i ];
      if( is_self( cx, c ) ) {
         continue;  // the text's own document
      }
      c.relation = v[ i ].relation ? *v[ i ].relation : relation::cites;
      if( v[ i ].cue && row_of( *v[ i ].cue ).relation == *c.relation ) {
         vanban::cue e;
         e.relation = *c.relation;
         e.span = cx.map( v[ i ].cue->where );
         e.text = cx.original( e.span );
         c.cue = std::move( e );
      }
   }
}


}  // namespace vanban::detail
