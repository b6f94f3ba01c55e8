// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The body tree (Phần, Chương, Mục, Điều, khoản, điểm, "-" items, Phụ lục), the signature
// blocks and the "Nơi nhận:" list, from the line kinds the line grammar reported.
//
// The tree is built with a stack, one line at a time, never recursively. A heading line becomes
// a node only when it fits where it stands, so wrapped text that happens to start with "2." or
// "Điều 5" is not mistaken for a heading and no level is invented:
//   - Phần, Chương, Mục, the Roman headings of plans and Party texts ("I.", "I-") and Điều have
//     fixed ranks; each closes what is open below its rank, and must continue its own numbering
//     (articles and chapters run through the whole document, or an appendix; Mục restart in
//     each chapter; Roman headings under their parent);
//   - khoản "1.", "1.1.", điểm "a)" and "-"/"+" items nest by where they appear: a number that
//     continues an open list of its style is its next sibling; a first number ("1", "a") opens a
//     list under the innermost open node of a lower rank; anything else is text;
//   - lines inside a quotation (“…” of an amending article) are text of the node that quotes them.
// Page headers, page numbers and signature stamps are skipped, so they never split a heading or
// an article.

#include <algorithm>
#include <array>

#include "context.hpp"
#include "layout.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/release.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

constexpr std::size_t npos = document_layout::npos;

/// Heading styles, in rank order: a lower rank holds the higher ones.
enum class style : std::uint8_t { appendix, part, chapter, section, roman, article, clause, clause2, clause3, paren, point, paren_point, dash, plus, other, count };

[[nodiscard]] constexpr bool is_hard( style s ) noexcept
{
   return s <= style::article;
}

[[nodiscard]] constexpr section_kind kind_of( style s ) noexcept
{
   switch( s ) {
      case style::appendix:
         return section_kind::appendix;
      case style::part:
         return section_kind::part;
      case style::chapter:
         return section_kind::chapter;
      case style::section:
      case style::roman:
         return section_kind::section;
      case style::article:
         return section_kind::article;
      case style::clause:
      case style::clause2:
      case style::clause3:
      case style::paren:
         return section_kind::clause;
      case style::point:
      case style::paren_point:
         return section_kind::point;
      default:
         return section_kind::item;
   }
}

[[nodiscard]] bool stops_heading( line_kind k ) noexcept
{
   switch( k ) {
      case line_kind::part:
      case line_kind::chapter:
      case line_kind::section:
      case line_kind::article:
      case line_kind::appendix:
      case line_kind::roman:
      case line_kind::letter_part:
      case line_kind::clause:
      case line_kind::point:
      case line_kind::bullet:
      case line_kind::basis:
      case line_kind::proposal:
      case line_kind::recipients:
      case line_kind::signer:
      case line_kind::authentication:
      case line_kind::motto_state:
      case line_kind::motto_slogan:
      case line_kind::motto_party:
      case line_kind::number:
      case line_kind::place_date:
      case line_kind::decide:
         return true;
      default:
         return false;
   }
}

/// Curly quotes opened minus closed on a line (amending texts quote whole articles).
[[nodiscard]] int quote_balance( std::string_view s ) noexcept
{
   // “ is E2 80 9C, ” is E2 80 9D: look for the lead byte only (a compare at every byte cost a
   // memcmp call per byte of every line)
   int d = 0;
   for( std::size_t i = s.find( '\xE2' ); i != std::string_view::npos && i + 3 <= s.size(); i = s.find( '\xE2', i + 1 ) ) {
      if( s[ i + 1 ] == '\x80' ) {
         d += s[ i + 2 ] == '\x9C' ? 1 : s[ i + 2 ] == '\x9D' ? -1 : 0;
      }
   }
   return d;
}

/// Strips "- ", "+ " before and ";", ",", "." after a recipient line.
[[nodiscard]] std::string recipient_text( std::string_view s )
{
   while( !s.empty() && ( s.front() == '-' || s.front() == '+' || s.front() == ' ' || s.front() == '\t' || s.front() == '*' ) ) {
      s.remove_prefix( 1 );
   }
   while( !s.empty() && ( s.back() == ';' || s.back() == ',' || s.back() == '.' || s.back() == '/' || s.back() == ' ' || s.back() == '\t' ) ) {
      s.remove_suffix( 1 );
   }
   return fold_ws( s );
}

/// A footnote mark glued to a heading's last word ("Hiệu lực thi hành6" in a consolidated
/// text): up to three digits right after a lower-case letter ("H5N1" keeps its digit).
[[nodiscard]] std::string strip_footnote( std::string h )
{
   std::size_t e = h.size();
   while( e > 0 && h[ e - 1 ] >= '0' && h[ e - 1 ] <= '9' ) {
      --e;
   }
   if( e == h.size() || e == 0 || h.size() - e > 3 ) {
      return h;
   }
   std::size_t lead = e - 1;
   while( lead > 0 && ( static_cast<unsigned char>( h[ lead ] ) & 0xC0 ) == 0x80 ) {
      --lead;
   }
   const char* p = h.data() + lead;
   const char32_t c = decode_valid( p );
   if( is_word_cp( c ) && !is_upper_cp( c ) && !( c >= '0' && c <= '9' ) ) {
      h.resize( e );
   }
   return h;
}

/// An article's heading as joined: its title, without a footnote mark; none for a provision
/// that has no title ("Điều 21. Các cơ quan … thực hiện Quy định này.").
[[nodiscard]] std::string article_title( std::string h )
{
   h = strip_footnote( std::move( h ) );
   if( ends_sentence( h ) ) {
      h.clear();
   }
   return h;
}

class structure_builder {
public:
   explicit structure_builder( resolve_context& cx )
      : m_cx( cx ),
        m_r( cx.t.normalized, cx.lines )
   {
      m_root_last.fill( 0 );
      m_scope_last.fill( 0 );
   }

   void run()
   {
      const std::size_t n = m_r.size();
      const document_layout& lay = m_cx.layout;
      const std::size_t first = m_r.next_content( lay.body_begin );
      if( !lay.header && !lay.preamble && !m_cx.doc.info && !opens_with_heading( first ) ) {
         return;  // a news post or an article about documents: no body of its own
      }
      reserve_nodes();
      std::size_t closing = find_closing( lay.body_begin );
      if( lay.closing_begin != npos && lay.closing_begin >= lay.body_begin ) {
         closing = std::min( closing, lay.closing_begin );
      }
      build( lay.body_begin, std::min( closing, n ) );
      std::size_t after = closing;
      if( closing < n ) {
         after = read_closing( closing );
      }
      if( after < n ) {
         close_all();
         m_after_closing = true;
         m_scope_last.fill( 0 );  // what is attached after the signature numbers its articles anew
         m_attachment_line = m_r.next_content( after );
         build( after, n );
      }
      close_all();
      finish();
   }

private:
   struct open_node {
      std::uint32_t node;
      style s;
      int value;
      std::array<int, std::size_t( style::count )> child_last;  ///< last value of each style of list under it
   };

   /// Every node opens at a line with a heading style: room for all of them at once spares the
   /// node vectors their doubling copies, at the peak of a long text's memory (room that is
   /// never written takes no pages).
   void reserve_nodes()
   {
      std::size_t headings = 0;
      for( std::size_t i = 0; i < m_r.size(); ++i ) {
         headings += style_of( i ) ? 1 : 0;
      }
      m_cx.doc.structure.reserve( headings );
      m_cx.heading_ends.reserve( headings );
   }

   // --- zones ------------------------------------------------------------------------------------

   [[nodiscard]] bool opens_with_heading( std::size_t i ) const noexcept
   {
      if( i >= m_r.size() ) {
         return false;
      }
      switch( m_r[ i ].kind ) {
         case line_kind::part:
         case line_kind::chapter:
         case line_kind::section:
         case line_kind::article:
         case line_kind::roman:
         case line_kind::clause:
         case line_kind::point:
         case line_kind::appendix:
            return true;
         default:
            return false;
      }
   }

   /// A signer title at the start of a line in capitals: "CHỦ TỊCH QUỐC HỘI", "BỘ TRƯỞNG".
   [[nodiscard]] bool title_line( std::size_t i ) const noexcept
   {
      // the title first: a walk of the lexicon leaves most lines at their first bytes, where
      // counting capitals reads a fifth of a line (find_closing asks of every line)
      const std::string_view s = m_r.whole( i );
      const auto m = lexicon::longest_match( lexicon::signer_titles().view(), s.data(), s.data() + s.size() );
      return m && m.entry->variant == 1 && mostly_upper( s );
   }

   /// A stray bracket or mark of the text layer between a signer's title and name ("[").
   [[nodiscard]] static bool stray_mark( std::string_view t ) noexcept
   {
      return t.size() <= 3 && std::none_of( t.begin(), t.end(), []( char c ) { return ( ( c | 0x20 ) >= 'a' && ( c | 0x20 ) <= 'z' ) || ( static_cast<unsigned char>( c ) & 0x80 ); } );
   }

   /// Can line `j` be part of a signature block? Not a heading, a number or date line, a list item
   /// (a recipient in capitals: "- LƯU: VT"), nor a code ("HP_VP11_QĐ", "09 KH").
   [[nodiscard]] bool signature_line( std::size_t j ) const noexcept
   {
      switch( m_r[ j ].kind ) {
         case line_kind::text:
         case line_kind::body:
         case line_kind::of_issuers:
         case line_kind::type_heading:
         case line_kind::attachment:
         case line_kind::signer:
            break;
         default:
            return false;
      }
      const std::string_view t = m_r.whole( j );
      return std::none_of( t.begin(), t.end(), []( char c ) { return ( c >= '0' && c <= '9' ) || c == '_' || c == ':' || c == '/' || c == ';'; } );
   }

   /// A title cut by a line break after a word that never ends one ("KT. BỘ⏎TRƯỞNG", "PHÓ⏎CHỦ TỊCH").
   [[nodiscard]] static bool dangling( std::string_view s ) noexcept
   {
      static constexpr std::array<std::string_view, 7> words{ "PHÓ", "BỘ", "CỤC", "TỔNG", "VỤ", "SỞ", "CHI" };
      const auto sp = s.rfind( ' ' );
      const std::string_view last = sp == std::string_view::npos ? s : s.substr( sp + 1 );
      return std::find( words.begin(), words.end(), last ) != words.end();
   }

   /// A signature line's text without the punctuation around it ("PHÓ THỦ TƯỚNG]", "BỘ TRƯỞNG,").
   [[nodiscard]] static std::string clean_segment( std::string_view s )
   {
      while( !s.empty() && ( s.back() == ',' || s.back() == ']' || s.back() == ')' || s.back() == '.' || s.back() == ' ' ) ) {
         s.remove_suffix( 1 );
      }
      while( !s.empty() && ( s.front() == '[' || s.front() == '(' || s.front() == ' ' ) ) {
         s.remove_prefix( 1 );
      }
      return std::string( s );
   }

   /// The signer's name on line `j`, or on it and the next when the name wraps ("Bùi⏎Xuân Cường");
   /// empty when it is not a name. `last` gets the name's last line.
   [[nodiscard]] std::string name_at( std::size_t j, std::size_t* last = nullptr ) const
   {
      const std::string_view t = m_r.whole( j );
      if( looks_like_name( t ) ) {
         if( last ) {
            *last = j;
         }
         return fold_ws( t );
      }
      const std::size_t k = m_r.next_content( j + 1 );
      if( t.find( ' ' ) == std::string_view::npos && starts_upper( t ) && !mostly_upper( t ) && k < m_r.size() ) {
         std::string joined = std::string( t ) + " " + std::string( m_r.whole( k ) );
         if( looks_like_name( joined ) ) {
            if( last ) {
               *last = k;
            }
            return fold_ws( joined );
         }
      }
      return {};
   }

   /// The line with the name that ends a signature block starting at `i` (npos if none).
   [[nodiscard]] std::size_t name_after( std::size_t i, std::size_t max_lines ) const noexcept
   {
      std::size_t seen = 0;
      for( std::size_t j = i + 1; j < m_r.size() && seen < max_lines; ++j ) {
         if( !m_r.content( j ) ) {
            continue;
         }
         const raw_line& l = m_r[ j ];
         if( l.kind == line_kind::signer || mostly_upper( m_r.whole( j ) ) ) {
            ++seen;
            continue;
         }
         if( stray_mark( m_r.whole( j ) ) ) {
            continue;
         }
         return name_at( j ).empty() ? npos : j;
      }
      return npos;
   }

   /// The first line of the closing blocks ("Nơi nhận:", a signature) after the body. (Quotes
   /// are not counted here: a text layer that lost a closing quote must not hide its signature.)
   [[nodiscard]] std::size_t find_closing( std::size_t from ) const noexcept
   {
      for( std::size_t i = from; i < m_r.size(); ++i ) {
         if( !m_r.content( i ) ) {
            continue;
         }
         const raw_line& l = m_r[ i ];
         if( l.kind == line_kind::recipients ) {
            return i;
         }
         if( ( l.kind == line_kind::signer || title_line( i ) ) && name_after( i, 5 ) != npos ) {
            return i;
         }
      }
      return m_r.size();
   }

   // --- the tree -----------------------------------------------------------------------------------

   /// The last value of each style of list under the innermost open node (or at the root).
   [[nodiscard]] std::array<int, std::size_t( style::count )>& last_under_top() noexcept
   {
      return m_stack.empty() ? m_root_last : m_stack.back().child_last;
   }

   /// Until finish() maps them, a node's span holds the normalized offsets of its extent.
   [[nodiscard]] std::size_t& end_of( std::uint32_t node ) noexcept
   {
      return m_cx.doc.structure[ node ].span.end;
   }

   [[nodiscard]] std::uint32_t top() const noexcept
   {
      return m_stack.empty() ? section::npos : m_stack.back().node;
   }

   void pop()
   {
      const open_node o = m_stack.back();
      m_stack.pop_back();
      const std::uint32_t parent = top();
      if( parent != section::npos ) {
         end_of( parent ) = std::max( end_of( parent ), end_of( o.node ) );
      }
   }

   void close_all()
   {
      while( !m_stack.empty() ) {
         pop();
      }
   }

   /// Is a numbered appendix ("Phụ lục II") open? Templates inside it are its content.
   [[nodiscard]] bool inside_numbered_appendix() const noexcept
   {
      return std::any_of( m_stack.begin(), m_stack.end(), [ & ]( const open_node& o ) {
         const section& n = m_cx.doc.structure[ o.node ];
         return n.kind == section_kind::appendix && !n.number.empty();
      } );
   }

   /// The style of a heading line, if it is one.
   [[nodiscard]] std::optional<style> style_of( std::size_t i ) const noexcept
   {
      const raw_line& l = m_r[ i ];
      switch( l.kind ) {
         case line_kind::appendix:
            return style::appendix;
         case line_kind::part:
         case line_kind::letter_part:
            return style::part;
         case line_kind::chapter:
            return style::chapter;
         case line_kind::section:
            return style::section;
         case line_kind::roman:
            return style::roman;
         case line_kind::article:
            return style::article;
         case line_kind::clause: {
            if( l.paren ) {
               return style::paren;
            }
            if( !l.nested ) {
               return style::clause;
            }
            const auto dots = std::count( m_r.marker( i ).begin(), m_r.marker( i ).end(), '.' );
            return dots >= 2 ? style::clause3 : style::clause2;
         }
         case line_kind::point:
            return l.paren ? style::paren_point : style::point;
         case line_kind::bullet:
            return l.bullet == bullet_kind::dash ? style::dash : l.bullet == bullet_kind::plus ? style::plus : style::other;
         case line_kind::type_heading:
         case line_kind::attachment:
            if( m_after_closing && !inside_numbered_appendix() ) {
               return style::appendix;  // "QUY ĐỊNH …" attached after the signature
            }
            return std::nullopt;  // a template inside "Phụ lục II" ("HỢP ĐỒNG ỦY QUYỀN") is its content
         case line_kind::text:
         case line_kind::body:
            if( m_after_closing && i == m_attachment_line && mostly_upper( m_r.whole( i ) ) ) {
               return style::appendix;  // a title in capitals right after the signature: "NỘI QUY MẪU …"
            }
            return std::nullopt;
         default:
            return std::nullopt;
      }
   }

   /// Is the text after the heading's number what such a heading carries?
   [[nodiscard]] bool plausible( std::size_t i, style s ) const noexcept
   {
      const std::string_view rest = m_r.rest( i );
      const raw_line& l = m_r[ i ];
      switch( s ) {
         case style::appendix:
         case style::part:
         case style::chapter:
         case style::section:
            if( l.kind == line_kind::letter_part ) {
               return mostly_upper( rest );
            }
            return rest.empty() || mostly_upper( rest ) || ( starts_upper( rest ) && !ends_sentence( rest ) );
         case style::roman:
         case style::article:
            return rest.empty() || starts_upper( rest ) || !starts_lower( rest );
         case style::dash:
         case style::plus:
         case style::other:
            return starts_upper( rest );
         default:
            return true;
      }
   }

   /// The last number of a marker ("1.2" → 2).
   [[nodiscard]] int value_of( std::size_t i, style s ) const noexcept
   {
      std::string_view m = m_r.marker( i );
      if( s == style::clause2 || s == style::clause3 ) {
         const auto dot = m.rfind( '.' );
         m = dot == std::string_view::npos ? m : m.substr( dot + 1 );
      }
      if( s == style::appendix ) {
         return 0;
      }
      if( s == style::point || s == style::paren_point ) {
         return letter_value( m );
      }
      if( m.starts_with( "thứ" ) || m.starts_with( "THỨ" ) || m.starts_with( "Thứ" ) ) {
         return 0;  // "Phần thứ nhất": no digits to check
      }
      if( s == style::part && m.size() == 1 && m[ 0 ] >= 'A' && m[ 0 ] <= 'Z' && m[ 0 ] != 'I' && m[ 0 ] != 'V' && m[ 0 ] != 'X' ) {
         return letter_value( m );
      }
      return heading_value( m );
   }

   /// Does `v` continue a list whose last value is `last` (0: none yet)?
   [[nodiscard]] static bool continues( style s, int last, int v, bool first_any ) noexcept
   {
      if( s == style::dash || s == style::plus || s == style::other || s == style::appendix || v == 0 ) {
         return true;
      }
      if( last == 0 ) {
         return v == 1 || first_any;
      }
      const bool letters = s == style::point || s == style::paren_point;
      return v == last + 1 || ( letters && last == 4 && v == 6 );  // "d)" then "e)" when there is no "đ)"
   }

   /// "Điều 19." after "Điều 16.": a consolidated text leaves out repealed articles, so numbering
   /// may skip ahead; but an amending article quoted without quotation marks ("Điều 24." inside
   /// "Điều 1.", then "Điều 2.") skips ahead and comes back. Looks at the next headings of the
   /// same kind (a bounded number): the skip stands unless the old numbering goes on.
   [[nodiscard]] bool skips_ahead( std::size_t i, style s, int last, int v ) const noexcept
   {
      if( last == 0 || v <= last + 1 || v > last + 30 ) {
         return false;
      }
      const line_kind k = m_r[ i ].kind;
      std::size_t seen = 0;
      for( std::size_t j = i + 1; j < m_r.size() && seen < 40; ++j ) {
         if( m_r[ j ].kind != k ) {
            continue;
         }
         ++seen;
         const int w = value_of( j, s );
         if( w == last + 1 ) {
            return false;
         }
         if( w == v + 1 ) {
            return true;
         }
      }
      return true;
   }

   /// A heading at line `i`: opens its node, or returns false (then it is text).
   bool place( std::size_t i, style s, int v )
   {
      const std::size_t rank = std::size_t( s );
      if( is_hard( s ) ) {
         while( !m_stack.empty() && ( !is_hard( m_stack.back().s ) || std::size_t( m_stack.back().s ) >= rank ) ) {
            pop();
         }
         // articles, chapters and parts run through the document (or an appendix); Mục and Roman
         // headings restart under each parent
         const bool global = s == style::article || s == style::chapter || s == style::part;
         int& last = global ? m_scope_last[ rank ] : last_under_top()[ rank ];
         const bool first_any = global && last == 0;
         const bool suffix = s == style::article && !m_r.marker( i ).empty() && m_r.marker( i ).back() >= 'a';  // "Điều 11a."
         if( !( continues( s, last, v, first_any ) || ( suffix && v == last ) || ( global && skips_ahead( i, s, last, v ) ) ) ) {
            return false;
         }
         if( s == style::appendix ) {
            m_scope_last.fill( 0 );
         }
         last = v;
         push( i, s, v );
         return true;
      }
      // a sibling in an open list of the same style?
      for( std::size_t k = m_stack.size(); k-- > 0; ) {
         const open_node& o = m_stack[ k ];
         if( o.s == s ) {
            if( continues( s, o.value, v, false ) ) {
               while( m_stack.size() > k ) {
                  pop();
               }
               last_under_top()[ rank ] = v;
               push( i, s, v );
               return true;
            }
            break;
         }
         if( is_hard( o.s ) ) {
            break;
         }
      }
      // a new list: a first number, under the innermost open node of a lower rank
      const bool first_value = s >= style::dash || v == 1;
      bool orphan = false;  // an excerpt that starts inside a list ("5. …" at the top)
      if( !first_value ) {
         orphan = m_stack.empty() && m_nodes_at_root == 0 && m_cx.doc.structure.empty();
         if( !orphan ) {
            return false;
         }
      }
      while( !m_stack.empty() && !is_hard( m_stack.back().s ) && std::size_t( m_stack.back().s ) >= rank ) {
         pop();
      }
      int& last = last_under_top()[ rank ];
      if( last != 0 && s < style::dash ) {
         return false;  // the list already ran under this node: a restart is text
      }
      last = v;
      push( i, s, v );
      return true;
   }

   void push( std::size_t i, style s, int v )
   {
      section node;
      node.kind = kind_of( s );
      node.number = number_text( i, s );
      std::size_t last = i;
      heading_pieces( i, s, last );  // the text is joined at the end (write_headings)
      m_cx.heading_ends.push_back( m_cx.heading_pieces.size() );
      if( s <= style::roman ) {
         m_free_from = std::max( m_free_from, last + 1 );  // its title lines are not headings
      }
      node.parent = top();
      const auto index = std::uint32_t( m_cx.doc.structure.size() );
      if( node.parent != section::npos ) {
         m_cx.doc.structure[ node.parent ].children.push_back( index );
      }
      else {
         ++m_nodes_at_root;
      }
      node.span.start = m_r[ i ].begin;  // normalized offsets until finish()
      node.span.end = m_r[ i ].end;
      m_cx.doc.structure.push_back( std::move( node ) );
      m_stack.push_back( { index, s, v, {} } );
   }

   [[nodiscard]] std::string number_text( std::size_t i, style s ) const
   {
      const raw_line& l = m_r[ i ];
      if( s >= style::dash || ( s == style::appendix && l.kind != line_kind::appendix ) ) {
         return {};
      }
      std::string_view m = m_r.marker( i );
      for( const std::string_view so : { "số ", "SỐ ", "số", "SỐ" } ) {
         if( m.starts_with( so ) ) {
            m.remove_prefix( so.size() );
            break;
         }
      }
      return fold_ws( m );
   }

   /// The heading of a node: a title in capitals after a Phần/Chương/Mục/Phụ lục (on the same
   /// line or the next ones), an article's title (wrapped lines start in lower case), or a list
   /// item's first paragraph. Its ranges of text go to `heading_pieces` (none: no heading);
   /// `last` is its last line.
   void heading_pieces( std::size_t i, style s, std::size_t& last )
   {
      std::vector<line_piece>& out = m_cx.heading_pieces;
      const raw_line& l = m_r[ i ];
      const std::size_t n = m_r.size();
      std::size_t from = l.rest_begin;
      last = i;
      std::string_view first = m_r.rest( i );
      if( l.kind == line_kind::type_heading || l.kind == line_kind::attachment || ( s == style::appendix && l.kind != line_kind::appendix ) ) {
         from = l.begin;
         first = m_r.whole( i );
      }
      const bool titled = s <= style::roman;  // part, chapter, section, roman, appendix
      if( titled ) {
         bool upper = first.empty() || mostly_upper( first );
         // "QUY ĐỊNH⏎⏎CHỨC NĂNG, NHIỆM VỤ …": an attachment's heading word stands apart from its title
         const bool apart = s == style::appendix && l.kind != line_kind::appendix;
         std::size_t j = i + 1;
         std::size_t taken = 0;
         for( ; j < n && taken < 6; ++j ) {
            if( !m_r.content( j ) ) {
               if( m_r[ j ].kind == line_kind::blank && ( taken > 0 || ( !first.empty() && !apart ) ) && m_r.paragraph_mode() && m_r.blank_between( last, j + 1 ) ) {
                  break;
               }
               continue;
            }
            if( stops_heading( m_r[ j ].kind ) ) {
               break;
            }
            const std::string_view t = m_r.whole( j );
            if( first.empty() && taken == 0 ) {
               upper = mostly_upper( t );
               if( !upper && ( ends_sentence( t ) || t.size() > 160 ) ) {
                  break;
               }
            }
            else if( upper ? !mostly_upper( t ) : !( starts_lower( t ) && !ends_sentence( m_r.whole( last ) ) ) ) {
               break;
            }
            if( first.empty() && taken == 0 ) {
               from = m_r[ j ].begin;
            }
            last = j;
            ++taken;
            if( !upper && first.empty() ) {
               break;  // a title in ordinary case on the next line: that line
            }
         }
         if( first.empty() && last == i ) {
            return;
         }
         m_r.pieces( first.empty() ? m_r.next_content( i + 1 ) : i, last, from, out );
         return;
      }
      // an article's title wraps onto lines that start in lower case (PDF) or runs to a blank line
      // (web copies); a list item's heading is its first paragraph
      const bool paragraphs = m_r.paragraph_mode();
      const std::size_t limit = s == style::article ? 3 : 40;
      if( s == style::article && first.empty() ) {
         // "Điều 2.⏎Nhiệm vụ và quyền hạn": the title on the next line
         const std::size_t k = m_r.next_content( i + 1 );
         if( k >= n || stops_heading( m_r[ k ].kind ) || ends_sentence( m_r.whole( k ) ) || m_r.whole( k ).size() > 160 ) {
            return;
         }
         from = m_r[ k ].begin;
         last = k;
      }
      for( std::size_t j = last + 1, taken = 0; j < n && taken < limit; ++j ) {
         if( !m_r.content( j ) ) {
            continue;
         }
         if( stops_heading( m_r[ j ].kind ) && !( m_r[ j ].kind == line_kind::bullet && wrapped_dash( j ) ) ) {
            break;
         }
         const std::string_view t = m_r.whole( j );
         const bool ended = ends_sentence( m_r.whole( last ) );
         if( paragraphs ) {
            if( m_r.blank_between( last, j ) || ( s == style::article && ended ) ) {
               break;
            }
         }
         else if( s == style::article ? ( ended || !( starts_lower_letter( t ) || short_title_end( j ) || ends_open( m_r.whole( last ) ) ) ) : ( ended && !starts_lower( t ) ) ) {
            break;
         }
         last = j;
         ++taken;
      }
      m_r.pieces( i, last, from, out );  // an article's: see article_title()
   }

   /// The line starts with a lower-case letter (a wrapped title; "(theo …)" under a title is text).
   [[nodiscard]] static bool starts_lower_letter( std::string_view s ) noexcept
   {
      return starts_lower( s ) && !s.empty() && s[ 0 ] != '(' && s[ 0 ] != '"' && s[ 0 ] != '\'';
   }

   /// A short line that ends an article's title before its first clause ("Điều 17. Trình tự, thủ
   /// tục … gia hạn⏎Thỏa thuận vay⏎1. …"): no sentence end, and a heading right after it.
   [[nodiscard]] bool short_title_end( std::size_t j ) const noexcept
   {
      const std::string_view t = m_r.whole( j );
      if( t.size() > 48 || ends_sentence( t ) ) {
         return false;
      }
      const std::size_t next = m_r.next_content( j + 1 );
      return next < m_r.size() && stops_heading( m_r[ next ].kind );
   }

   /// A "- " line that continues the line before it: "giai đoạn 2026⏎- 2030 …" (a range), or in a
   /// web copy a dash right under an unfinished line.
   [[nodiscard]] bool wrapped_dash( std::size_t i ) const noexcept
   {
      const std::size_t prev = m_r.prev_content( i );
      if( prev == npos || ends_sentence( m_r.whole( prev ) ) ) {
         return false;
      }
      const std::string_view rest = m_r.rest( i );
      const bool digit = !rest.empty() && rest[ 0 ] >= '0' && rest[ 0 ] <= '9';
      return digit || ( m_r.paragraph_mode() && !m_r.blank_between( prev, i ) );
   }

   /// Inside a quotation, a heading that continues the document's own numbering (the next
   /// article or chapter, an appendix) shows the quotation has ended.
   [[nodiscard]] bool closes_quote( std::size_t i ) const noexcept
   {
      const line_kind k = m_r[ i ].kind;
      if( k == line_kind::appendix ) {
         return true;
      }
      if( k != line_kind::article && k != line_kind::chapter ) {
         return false;
      }
      const style s = k == line_kind::article ? style::article : style::chapter;
      const int last = m_scope_last[ std::size_t( s ) ];
      return value_of( i, s ) == last + 1;  // the first article or chapter, or the next one
   }

   /// Reads lines [from, to) into the tree.
   void build( std::size_t from, std::size_t to )
   {
      int quotes = 0;
      for( std::size_t i = from; i < to; ++i ) {
         if( !m_r.content( i ) ) {
            continue;
         }
         const std::string_view text = m_r.whole( i );
         bool placed = false;
         if( quotes > 0 && closes_quote( i ) ) {
            quotes = 0;  // the quotation lost its closing mark: the next article of the document ends it
         }
         if( quotes <= 0 && i >= m_free_from ) {
            if( const auto s = style_of( i ) ) {
               if( plausible( i, *s ) && !( *s >= style::dash && wrapped_dash( i ) ) ) {
                  placed = place( i, *s, value_of( i, *s ) );
               }
            }
         }
         if( !placed && !m_stack.empty() ) {
            end_of( top() ) = std::max( end_of( top() ), std::size_t( m_r[ i ].end ) );
         }
         quotes = std::max( 0, quotes + quote_balance( text ) );
      }
   }

   // --- signatures and recipients ---------------------------------------------------------------------

   /// Reads the closing blocks from `from`; returns the first line after them (an appendix).
   std::size_t read_closing( std::size_t from )
   {
      const std::size_t n = m_r.size();
      bool signed_or_listed = false;
      bool signed_once = false;
      std::size_t i = from;
      while( i < n ) {
         if( !m_r.content( i ) ) {
            ++i;
            continue;
         }
         const raw_line& l = m_r[ i ];
         if( l.kind == line_kind::appendix || ( signed_or_listed && ( l.kind == line_kind::type_heading || l.kind == line_kind::attachment ) ) ) {
            return i;
         }
         if( l.kind == line_kind::recipients ) {
            i = read_recipients( i );
            signed_or_listed = true;
            continue;
         }
         if( l.kind == line_kind::signer || mostly_upper( m_r.whole( i ) ) ) {
            const std::size_t after = read_signature( i );
            if( after != npos ) {
               signed_or_listed = true;
               signed_once = true;
               i = after;
               continue;
            }
         }
         if( signed_once ) {
            return i;  // what follows the signature is attached to the document ("NỘI QUY MẪU …")
         }
         ++i;
      }
      return n;
   }

   std::size_t read_recipients( std::size_t i )
   {
      document_info& info = ensure_info();
      std::size_t entry_begin = 0;
      const auto add = [ & ]( std::size_t b, std::size_t e ) {
         std::string t = recipient_text( m_cx.t.normalized.substr( b, e - b ) );
         if( !t.empty() ) {
            info.recipients.push_back( std::move( t ) );
            info.recipient_spans.push_back( m_cx.map( { b, e } ) );
            entry_begin = b;
         }
      };
      const raw_line& head = m_r[ i ];
      if( head.rest_begin < head.rest_end ) {
         add( head.rest_begin, head.rest_end );  // "Nơi nhận: - Như Điều 3;"
      }
      std::size_t j = i + 1;
      for( ; j < m_r.size(); ++j ) {
         if( !m_r.content( j ) ) {
            continue;
         }
         const raw_line& l = m_r[ j ];
         const std::string_view t = m_r.whole( j );
         const bool first = info.recipients.empty() && j == m_r.next_content( i + 1 );
         if( l.kind == line_kind::bullet || t.starts_with( "- " ) || t.starts_with( "-" ) || t.starts_with( "Lưu" )
             || ( first && ( l.kind == line_kind::text || l.kind == line_kind::body ) && !mostly_upper( t ) && ends_sentence( t ) ) ) {
            add( l.begin, l.end );  // (the first entry may have lost its dash: "Văn phòng Tổng Bí thư;")
            continue;
         }
         const std::string_view before = m_r.whole( m_r.prev_content( j ) );
         const bool open_entry = !before.empty() && before.back() != ';' && before.back() != ',' && before.back() != '.';
         if( !info.recipients.empty() && ( l.kind == line_kind::text || l.kind == line_kind::body ) && !mostly_upper( t ) && ( starts_lower( t ) || open_entry ) ) {
            // a wrapped entry
            info.recipients.back() = recipient_text( info.recipients.back() + " " + std::string( t ) );
            info.recipient_spans.back() = m_cx.map( { entry_begin, l.end } );
            continue;
         }
         break;
      }
      return j;
   }

   /// A signature block at `i`: authority lines ("TM. …", "KT. …"), the position, the name.
   /// Returns the line after it, or npos when `i` does not start one.
   std::size_t read_signature( std::size_t i )
   {
      struct segment {
         std::string text;
         std::string prefix;
      };
      std::vector<segment> segments;
      const std::size_t n = m_r.size();
      for( std::size_t j = i; j < n && segments.size() < 8; ++j ) {
         if( !m_r.content( j ) || m_r[ j ].kind == line_kind::sign_mark ) {
            continue;
         }
         const raw_line& l = m_r[ j ];
         const std::string_view t = m_r.whole( j );
         if( stray_mark( t ) ) {
            continue;
         }
         std::size_t name_end = j;
         const std::string name = segments.empty() ? std::string() : name_at( j, &name_end );
         if( !name.empty() ) {
            signer sg;
            sg.name = name;
            std::string authority;
            std::optional<std::string> position;
            for( std::size_t k = 0; k < segments.size(); ++k ) {
               const segment& g = segments[ k ];
               if( k + 1 == segments.size() && g.prefix.empty() ) {
                  position = sentence_case( clean_segment( g.text ) );
                  break;
               }
               if( !authority.empty() ) {
                  authority += ", ";
               }
               authority += g.prefix;
               if( !g.text.empty() ) {
                  if( !g.prefix.empty() ) {
                     authority += ' ';
                  }
                  authority += sentence_case( clean_segment( g.text ) );
               }
            }
            sg.position = position;
            if( !authority.empty() ) {
               sg.authority = authority;
            }
            sg.span = m_cx.map( { m_r[ i ].begin, m_r[ name_end ].end } );
            ensure_info().signers.push_back( std::move( sg ) );
            return name_end + 1;
         }
         if( l.kind == line_kind::signer ) {
            const auto* k = lexicon::find( lexicon::signer_prefixes().view(), m_r.marker( j ) );
            segment g;
            g.prefix = k ? std::string( lexicon::signer_prefixes().rows[ k->row ].canonical ) : std::string( m_r.marker( j ) );
            g.text = fold_ws( m_r.rest( j ) );
            segments.push_back( std::move( g ) );
            continue;
         }
         if( !mostly_upper( t ) || !signature_line( j ) ) {
            return npos;
         }
         // a prefix alone on its line ("KT.⏎CHỦ TỊCH") or a line ending in a comma ("KT. BỘ
         // TRƯỞNG,⏎CHỦ NHIỆM") goes on on the next line
         const bool continues_prefix = !segments.empty() && ( ( !segments.back().prefix.empty() && segments.back().text.empty() ) || segments.back().text.ends_with( ',' ) || dangling( segments.back().text ) );
         if( segments.empty() || ( title_line( j ) && !continues_prefix ) ) {
            segments.push_back( { fold_ws( t ), {} } );
         }
         else {
            if( !segments.back().text.empty() ) {
               segments.back().text += ' ';
            }
            segments.back().text += fold_ws( t );
         }
      }
      return npos;
   }

   /// Where signers and recipients go: the text's own document, if it has one (a fragment that
   /// does not say which document it is keeps none).
   document_info& ensure_info()
   {
      return m_cx.doc.info ? *m_cx.doc.info : m_unowned;
   }

   void finish()
   {
      for( section& node : m_cx.doc.structure ) {
         node.span = m_cx.map( { node.span.start, node.span.end } );
      }
   }

   resolve_context& m_cx;
   line_reader m_r;
   std::vector<open_node> m_stack;
   std::array<int, std::size_t( style::count )> m_root_last{};
   std::array<int, std::size_t( style::count )> m_scope_last{};
   std::size_t m_nodes_at_root = 0;
   bool m_after_closing = false;
   std::size_t m_attachment_line = npos;  ///< the first line after the closing blocks
   std::size_t m_free_from = 0;  ///< the first line after the title lines of the last heading
   document_info m_unowned;
};

}  // namespace

void build_structure( resolve_context& cx )
{
   structure_builder( cx ).run();
}

void compact_structure( resolve_context& cx )
{
   shrink( cx.doc.structure );
   shrink( cx.heading_ends );
   shrink( cx.heading_pieces );
}

void write_headings( resolve_context& cx )
{
   std::size_t begin = 0;
   for( std::size_t k = 0; k < cx.heading_ends.size(); ++k ) {
      const std::size_t end = cx.heading_ends[ k ];
      section& node = cx.doc.structure[ k ];
      node.heading = joined_pieces( cx.t.normalized, cx.heading_pieces.data() + begin, cx.heading_pieces.data() + end );
      if( node.kind == section_kind::article ) {
         node.heading = article_title( std::move( node.heading ) );
      }
      begin = end;
   }
   release( cx.heading_pieces );
   release( cx.heading_ends );
}

}  // namespace vanban::detail
