// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The text of an HTML page, read with Gumbo (a complete HTML5 parser), and a map from every byte
// of that text back to the page's bytes.
//
// Gumbo gives each text node its decoded text and the raw bytes it came from (`original_text`).
// Within a node the two are aligned character by character: equal bytes map 1:1, an entity
// (`&amp;`, `&#272;`) maps to its whole reference, CRLF to LF; whatever cannot be aligned maps
// as one block onto the rest of the node, so a span never leaves the node's bytes. Between
// nodes, the markup is a deletion, or becomes the separator the text gets there (a line break
// between blocks, a tab between table cells).

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <gumbo.h>

#include <vanban/error.hpp>

#include "input.hpp"
#include "model/spans.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

/// Gumbo frees its tree recursively, so a page nesting 100 000 elements would overflow the
/// stack. Every block Gumbo allocates is linked here instead, and freed in one loop.
class allocation_list {
public:
   allocation_list() = default;
   allocation_list( const allocation_list& ) = delete;
   allocation_list& operator=( const allocation_list& ) = delete;
   ~allocation_list()
   {
      while( m_head.next != &m_head ) {
         header* h = m_head.next;
         unlink( h );
         std::free( h );
      }
   }

   static void* allocate( void* self, std::size_t n )
   {
      auto* list = static_cast<allocation_list*>( self );
      auto* h = static_cast<header*>( std::malloc( sizeof( header ) + n ) );
      if( h == nullptr ) {
         std::abort();  // Gumbo does not check; failing here beats a null dereference inside it
      }
      h->prev = &list->m_head;
      h->next = list->m_head.next;
      h->next->prev = h;
      list->m_head.next = h;
      return h + 1;
   }

   static void deallocate( void* /*self*/, void* p )
   {
      if( p != nullptr ) {
         header* h = static_cast<header*>( p ) - 1;
         unlink( h );
         std::free( h );
      }
   }

private:
   struct alignas( std::max_align_t ) header {
      header* prev;
      header* next;
   };
   static void unlink( header* h ) noexcept
   {
      h->prev->next = h->next;
      h->next->prev = h->prev;
   }
   header m_head{ &m_head, &m_head };
};

[[nodiscard]] bool is_space( char c ) noexcept
{
   return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/// Length of the character reference at `i` (`&name;`, `&#123;`, `&#x1F;`, or a legacy `&name`
/// without the semicolon), or 0 when the `&` starts none.
[[nodiscard]] std::size_t reference_length( std::string_view s, std::size_t i ) noexcept
{
   std::size_t k = i + 1;
   if( k < s.size() && s[ k ] == '#' ) {
      ++k;
      const bool hex = k < s.size() && ( s[ k ] == 'x' || s[ k ] == 'X' );
      k += hex;
      const std::size_t digits = k;
      while( k < s.size() && ( hex ? std::isxdigit( static_cast<unsigned char>( s[ k ] ) ) != 0 : ( s[ k ] >= '0' && s[ k ] <= '9' ) ) ) {
         ++k;
      }
      if( k == digits ) {
         return 0;
      }
   }
   else {
      const std::size_t name = k;
      while( k < s.size() && std::isalnum( static_cast<unsigned char>( s[ k ] ) ) != 0 ) {
         ++k;
      }
      if( k == name || std::isalpha( static_cast<unsigned char>( s[ name ] ) ) == 0 ) {
         return 0;
      }
   }
   if( k < s.size() && s[ k ] == ';' ) {
      ++k;
   }
   return k - i;
}

/// Builds the text and its map (changes: text range → source range).
class text_builder {
public:
   text_builder( const std::string& source, std::string& out, stage_map& map ) noexcept
      : m_source( source ),
        m_out( out ),
        m_map( map )
   {}

   /// `bytes` stands for source bytes [begin, end).
   void emit( std::string_view bytes, std::size_t begin, std::size_t end )
   {
      if( m_out.empty() ) {
         m_separator = 0;  // no separator before the first text
      }
      if( m_separator != 0 && !bytes.empty() ) {
         const char sep = m_separator;
         m_separator = 0;
         if( !ends_with_break() ) {
            if( m_out.back() == ' ' ) {
               m_out.back() = sep;  // "… </p>" : the blank before a block end becomes the break
            }
            else {
               m_map.add( { m_out.size(), m_out.size() + 1, m_src, begin } );
               m_out += sep;
               m_src = begin;
            }
         }
      }
      if( begin != m_src ) {
         m_map.add( { m_out.size(), m_out.size(), m_src, begin } );  // markup between text runs
      }
      if( m_source.compare( begin, end - begin, bytes ) != 0 ) {
         m_map.add( { m_out.size(), m_out.size() + bytes.size(), begin, end } );
      }
      m_out.append( bytes );
      m_src = end;
   }

   void separate( char sep ) noexcept
   {
      if( sep == '\n' || m_separator == 0 ) {
         m_separator = sep;
      }
   }

   /// True when the text ends in a blank, or nothing was written yet (blanks are dropped there).
   [[nodiscard]] bool at_blank() const noexcept
   {
      return m_out.empty() || m_separator != 0 || m_out.back() == ' ' || ends_with_break();
   }

   [[nodiscard]] std::size_t position() const noexcept { return m_src; }

private:
   [[nodiscard]] bool ends_with_break() const noexcept
   {
      return !m_out.empty() && ( m_out.back() == '\n' || m_out.back() == '\t' );
   }

   const std::string& m_source;
   std::string& m_out;
   stage_map& m_map;
   std::size_t m_src = 0;   // source offset the end of the text maps to
   char m_separator = 0;    // pending separator: '\n' or '\t'
};

/// One text node: decoded text, its source bytes, and whether blanks are kept (`<pre>`).
struct text_run {
   std::string_view text;
   std::size_t begin;
   std::size_t end;
   bool pre;
   char separator;  ///< the separator the tree puts before it (0: none)
};

/// Appends one text node, aligning its decoded text with its source bytes.
void append_run( const std::string& source, const text_run& run, text_builder& b )
{
   const std::string_view d = run.text;
   std::size_t i = std::max( run.begin, b.position() );
   const std::size_t end = std::max( run.end, i );
   std::size_t j = 0;
   const auto put = [ & ]( std::string_view ch, std::size_t from, std::size_t to ) {
      if( !run.pre && ch.size() == 1 && is_space( ch[ 0 ] ) ) {
         if( !b.at_blank() ) {
            b.emit( " ", from, to );
         }  // else collapsed: the bytes become part of the next gap
      }
      else {
         b.emit( ch, from, to );
      }
   };
   while( j < d.size() ) {
      const std::size_t len = std::min( sequence_length( static_cast<unsigned char>( d[ j ] ) ), d.size() - j );
      const std::string_view ch = d.substr( j, len );
      if( i >= end ) {
         b.emit( d.substr( j ), end, end );  // text without source bytes left: no better place
         return;
      }
      const char r = source[ i ];
      if( r == '&' ) {
         const std::size_t ref = reference_length( source, i );
         if( ref > 0 && i + ref <= end ) {
            put( ch, i, i + ref );
            i += ref;
            j += len;
            continue;
         }
      }
      if( r == '\r' && ch == "\n" ) {
         const std::size_t n = i + 1 < end && source[ i + 1 ] == '\n' ? 2 : 1;
         put( ch, i, i + n );
         i += n;
         j += len;
         continue;
      }
      if( source.compare( i, len, ch ) == 0 ) {
         put( ch, i, i + len );
         i += len;
         j += len;
         continue;
      }
      if( r == '<' ) {
         // markup the parser dropped inside a run of text (a stray end tag)
         const std::size_t gt = source.find( '>', i );
         const std::size_t next = gt == std::string::npos || gt >= end ? end : gt + 1;
         i = next;
         continue;
      }
      if( is_space( r ) ) {
         ++i;  // a line break the parser drops (the first one in <pre>)
         continue;
      }
      // cannot align (a reference that decodes to two characters …): the rest as one block
      b.emit( d.substr( j ), i, end );
      return;
   }
}

[[nodiscard]] bool is_skipped( const GumboElement& e ) noexcept
{
   if( e.tag_namespace != GUMBO_NAMESPACE_HTML ) {
      return true;  // SVG and MathML: drawings and formulas, not prose
   }
   switch( e.tag ) {
      case GUMBO_TAG_HEAD:
      case GUMBO_TAG_TITLE:
      case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_NOSCRIPT:
      case GUMBO_TAG_TEMPLATE:
      case GUMBO_TAG_SELECT:
      case GUMBO_TAG_DATALIST:
      case GUMBO_TAG_OPTION:
      case GUMBO_TAG_TEXTAREA:
      case GUMBO_TAG_IFRAME:
      case GUMBO_TAG_OBJECT:
      case GUMBO_TAG_EMBED:
      case GUMBO_TAG_CANVAS:
      case GUMBO_TAG_AUDIO:
      case GUMBO_TAG_VIDEO:
      case GUMBO_TAG_NOFRAMES:
      case GUMBO_TAG_NOEMBED:
         return true;
      default:
         return gumbo_get_attribute( &e.attributes, "hidden" ) != nullptr;
   }
}

/// The separator a tag puts around its content: '\n' for blocks, '\t' for table cells.
[[nodiscard]] char separator_of( GumboTag t ) noexcept
{
   switch( t ) {
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
         return '\t';
      case GUMBO_TAG_ADDRESS:
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_BLOCKQUOTE:
      case GUMBO_TAG_BODY:
      case GUMBO_TAG_BR:
      case GUMBO_TAG_CAPTION:
      case GUMBO_TAG_CENTER:
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DETAILS:
      case GUMBO_TAG_DIR:
      case GUMBO_TAG_DIV:
      case GUMBO_TAG_DL:
      case GUMBO_TAG_DT:
      case GUMBO_TAG_FIELDSET:
      case GUMBO_TAG_FIGCAPTION:
      case GUMBO_TAG_FIGURE:
      case GUMBO_TAG_FOOTER:
      case GUMBO_TAG_FORM:
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
      case GUMBO_TAG_HEADER:
      case GUMBO_TAG_HGROUP:
      case GUMBO_TAG_HR:
      case GUMBO_TAG_LEGEND:
      case GUMBO_TAG_LI:
      case GUMBO_TAG_LISTING:
      case GUMBO_TAG_MAIN:
      case GUMBO_TAG_MENU:
      case GUMBO_TAG_NAV:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_P:
      case GUMBO_TAG_PLAINTEXT:
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_SECTION:
      case GUMBO_TAG_SUMMARY:
      case GUMBO_TAG_TABLE:
      case GUMBO_TAG_TBODY:
      case GUMBO_TAG_TFOOT:
      case GUMBO_TAG_THEAD:
      case GUMBO_TAG_TR:
      case GUMBO_TAG_UL:
      case GUMBO_TAG_XMP:
         return '\n';
      default:
         return 0;
   }
}

[[nodiscard]] bool keeps_blanks( GumboTag t ) noexcept
{
   return t == GUMBO_TAG_PRE || t == GUMBO_TAG_LISTING || t == GUMBO_TAG_PLAINTEXT || t == GUMBO_TAG_XMP;
}

[[nodiscard]] bool iequals( std::string_view a, std::string_view b ) noexcept
{
   return a.size() == b.size() && std::equal( a.begin(), a.end(), b.begin(), []( char x, char y ) { return std::tolower( static_cast<unsigned char>( x ) ) == std::tolower( static_cast<unsigned char>( y ) ); } );
}

/// Walks the tree (iteratively: nesting depth is the page's to choose) collecting text runs
/// and the layout.
class walker {
public:
   walker( const char* base, std::size_t offset, std::size_t source_end, html_layout& layout ) noexcept
      : m_base( base ),
        m_offset( offset ),
        m_layout( layout ),
        m_source_end( source_end ),
        m_complete( offset )
   {}

   /// Where content can be added to the page with the tokenizer in its data state: the start of
   /// `</body>`; without one, the end of the last token the page completes, before any element
   /// or comment left open at the end of the page (an unclosed `<title>`, `<textarea>`,
   /// `<style>`, `<template>` or `<!--` would take in all that follows it).
   [[nodiscard]] std::size_t safe_end() const noexcept
   {
      return std::min( m_body_end_tag != npos ? m_body_end_tag : m_complete, m_unclosed );
   }

   std::vector<text_run> walk( const GumboNode* root )
   {
      struct frame {
         const GumboNode* node;
         unsigned index;
      };
      std::vector<frame> stack;
      std::vector<text_run> runs;
      char pending = 0;
      unsigned pre = 0;
      unsigned skipped = 0;  // inside <head>, <script> …: walked for the layout, no text
      const auto sep = [ & ]( char s ) {
         if( skipped == 0 && ( s == '\n' || pending == 0 ) ) {
            pending = s;
         }
      };
      stack.push_back( { root, 0 } );
      while( !stack.empty() ) {
         frame& f = stack.back();
         const GumboNode* n = f.node;
         const bool element = n->type != GUMBO_NODE_DOCUMENT;
         const GumboVector& children = element ? n->v.element.children : n->v.document.children;
         if( f.index == 0 && element ) {
            const GumboElement& e = n->v.element;
            note_element( e );
            skipped += is_skipped( e );
            sep( separator_of( e.tag ) );
            pre += keeps_blanks( e.tag );
         }
         if( f.index < children.length ) {
            const auto* c = static_cast<const GumboNode*>( children.data[ f.index++ ] );
            switch( c->type ) {
               case GUMBO_NODE_ELEMENT:
               case GUMBO_NODE_TEMPLATE:
                  stack.push_back( { c, 0 } );
                  break;
               case GUMBO_NODE_TEXT:
               case GUMBO_NODE_WHITESPACE: {
                  const GumboText& t = c->v.text;
                  const std::size_t b = offset_of( t.original_text.data );
                  m_complete = std::max( m_complete, b + t.original_text.length );
                  if( skipped == 0 ) {
                     runs.push_back( { t.text, b, b + t.original_text.length, pre > 0, pending } );
                     pending = 0;
                  }
                  break;
               }
               case GUMBO_NODE_COMMENT:
               case GUMBO_NODE_CDATA:
                  note_comment( c->type, c->v.text );
                  break;
               default:
                  break;
            }
            continue;
         }
         if( element ) {
            const GumboElement& e = n->v.element;
            sep( separator_of( e.tag ) );
            pre -= keeps_blanks( e.tag );
            skipped -= is_skipped( e );
         }
         stack.pop_back();
      }
      return runs;
   }

private:
   [[nodiscard]] std::size_t offset_of( const char* p ) const noexcept
   {
      return m_offset + std::size_t( p - m_base );
   }

   void note_element( const GumboElement& e )
   {
      if( e.original_tag.length == 0 ) {
         return;  // inserted by the parser: nowhere in the source
      }
      const std::size_t start = offset_of( e.original_tag.data );
      m_complete = std::max( m_complete, start + e.original_tag.length );
      if( e.original_end_tag.length > 0 ) {
         m_complete = std::max( m_complete, offset_of( e.original_end_tag.data ) + e.original_end_tag.length );
      }
      else if( takes_the_rest( e.tag ) ) {
         m_unclosed = std::min( m_unclosed, start );
      }
      if( e.tag == GUMBO_TAG_HEAD ) {
         m_layout.head = start + e.original_tag.length;
      }
      else if( e.tag == GUMBO_TAG_BODY && e.original_end_tag.length > 0 ) {
         m_body_end_tag = offset_of( e.original_end_tag.data );
      }
      else if( e.tag == GUMBO_TAG_SCRIPT ) {
         // without an end tag the script runs to the end of the page: all of it is dropped (its
         // text, shown without the start tag, would be markup)
         const std::size_t end = e.original_end_tag.length > 0 ? offset_of( e.original_end_tag.data ) + e.original_end_tag.length : m_source_end;
         m_layout.active.push_back( { start, end } );
      }
      else if( e.tag == GUMBO_TAG_META ) {
         // a refresh navigates away; a page's own Content-Security-Policy would block the
         // script of an annotated copy
         const GumboAttribute* a = gumbo_get_attribute( &e.attributes, "http-equiv" );
         if( a != nullptr && ( iequals( a->value, "refresh" ) || iequals( a->value, "content-security-policy" ) ) ) {
            m_layout.active.push_back( { start, start + e.original_tag.length } );
         }
      }
   }

   /// Elements whose content is not markup (or, for <template>, not part of the page), so that
   /// left open they take in the rest of the page. <noscript> is raw text where scripts run.
   [[nodiscard]] static bool takes_the_rest( GumboTag t ) noexcept
   {
      switch( t ) {
         case GUMBO_TAG_TITLE:
         case GUMBO_TAG_TEXTAREA:
         case GUMBO_TAG_STYLE:
         case GUMBO_TAG_XMP:
         case GUMBO_TAG_IFRAME:
         case GUMBO_TAG_NOEMBED:
         case GUMBO_TAG_NOFRAMES:
         case GUMBO_TAG_NOSCRIPT:
         case GUMBO_TAG_PLAINTEXT:
         case GUMBO_TAG_SCRIPT:
         case GUMBO_TAG_TEMPLATE:
            return true;
         default:
            return false;
      }
   }

   /// A comment or CDATA section: complete when its closing delimiter is in the source.
   void note_comment( GumboNodeType type, const GumboText& t )
   {
      const std::string_view src( t.original_text.data, t.original_text.length );
      if( src.empty() ) {
         return;
      }
      const std::size_t start = offset_of( t.original_text.data );
      bool closed = false;
      if( type == GUMBO_NODE_CDATA ) {
         closed = src.size() >= 12 && src.ends_with( "]]>" );  // "<![CDATA[" + "]]>"
      }
      else if( src.starts_with( "<!--" ) ) {
         closed = src == "<!-->" || src == "<!--->" || ( src.size() >= 7 && ( src.ends_with( "-->" ) || src.ends_with( "--!>" ) ) );
      }
      else {
         closed = src.ends_with( ">" );  // a bogus comment: "<?xml …>", "<!x>", "</ x>"
      }
      if( closed ) {
         m_complete = std::max( m_complete, start + src.size() );
      }
      else {
         m_unclosed = std::min( m_unclosed, start );
      }
   }

   static constexpr std::size_t npos = std::string_view::npos;

   const char* m_base;
   std::size_t m_offset;
   html_layout& m_layout;
   std::size_t m_source_end;
   std::size_t m_complete;  ///< the end of the last token completed, so far
   std::size_t m_body_end_tag = npos;  ///< the start of `</body>`, if the page has one
   std::size_t m_unclosed = npos;      ///< the first element or comment left open
};

/// After the doctype, when the page starts with one (after a BOM and blanks).
[[nodiscard]] std::size_t after_doctype( std::string_view s, std::size_t from ) noexcept
{
   std::size_t i = from;
   while( i < s.size() && is_space( s[ i ] ) ) {
      ++i;
   }
   if( s.size() - i >= 9 && iequals( s.substr( i, 9 ), "<!doctype" ) ) {
      const std::size_t gt = s.find( '>', i );
      if( gt != std::string_view::npos ) {
         return gt + 1;
      }
   }
   return from;
}

/// Where the nesting of elements the tags announce, roughly (void elements, elements whose end
/// tag may be left out, comments and raw text aside), first goes deeper than `limit`: the
/// offset of that start tag, or npos.
[[nodiscard]] std::size_t too_deep( std::string_view s, std::size_t limit ) noexcept
{
   static constexpr std::string_view not_nesting[] = { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rt", "rp", "html", "head", "body", "!doctype" };
   static constexpr std::string_view raw_text[] = { "script", "style", "textarea", "title", "xmp" };
   std::size_t depth = 0;
   std::size_t i = 0;
   while( ( i = s.find( '<', i ) ) != std::string_view::npos ) {
      if( s.substr( i, 4 ) == "<!--" ) {
         const std::size_t e = s.find( "-->", i + 4 );
         i = e == std::string_view::npos ? s.size() : e + 3;
         continue;
      }
      const std::size_t tag = i;
      const bool end_tag = i + 1 < s.size() && s[ i + 1 ] == '/';
      std::size_t n = i + 1 + end_tag;
      const std::size_t name_start = n;
      while( n < s.size() && ( std::isalnum( static_cast<unsigned char>( s[ n ] ) ) != 0 || s[ n ] == '!' || s[ n ] == ':' || s[ n ] == '-' ) ) {
         ++n;
      }
      std::string name( s.substr( name_start, n - name_start ) );
      std::transform( name.begin(), name.end(), name.begin(), []( char c ) { return char( std::tolower( static_cast<unsigned char>( c ) ) ); } );
      if( name.empty() ) {
         i = n;  // "<" then no name: text (before the search for '>', which could go far)
         continue;
      }
      const std::size_t gt = s.find( '>', n );
      if( gt == std::string_view::npos ) {
         break;  // no tag ends after this: searching again from each later '<' is quadratic
      }
      i = gt + 1;
      if( std::find( std::begin( not_nesting ), std::end( not_nesting ), name ) != std::end( not_nesting ) ) {
         continue;
      }
      if( end_tag ) {
         depth -= depth > 0;
         continue;
      }
      if( s[ gt - 1 ] == '/' ) {
         continue;  // <x/>
      }
      if( std::find( std::begin( raw_text ), std::end( raw_text ), name ) != std::end( raw_text ) ) {
         const std::size_t close = s.find( "</", i );
         i = close == std::string_view::npos ? s.size() : close;  // contents are not tags
         ++depth;
         continue;
      }
      if( ++depth > limit ) {
         return tag;
      }
   }
   return std::string_view::npos;
}

}  // namespace

void html_text( const std::string& source, std::string& text, stage_map& map, html_layout& layout, const options& opts )
{
   // the tree builder's scope checks cost time proportional to the nesting depth per tag, so
   // 200 000 nested <div>s take minutes; browsers stop nesting at 512 (Chromium) anyway
   if( const std::size_t at = too_deep( source, opts.max_nesting ); at != std::string_view::npos ) {
      const text_position p = position_of( source, at );
      throw error( error_code::limit_exceeded, "HTML nests elements deeper than the limit of " + std::to_string( opts.max_nesting ) + " levels (options::max_nesting)", position{ at, p.line, p.column }, opts.source.value_or( "" ) );
   }
   const std::size_t bom = source.starts_with( "\xEF\xBB\xBF" ) ? 3 : 0;
   allocation_list memory;
   GumboOptions o = kGumboDefaultOptions;
   o.allocator = &allocation_list::allocate;
   o.deallocator = &allocation_list::deallocate;
   o.userdata = &memory;
   o.max_errors = 0;  // parse errors are normal on the web; we do not report them
   const char* base = source.data() + bom;
   // never gumbo_destroy_output: `memory` frees everything, without recursion
   const GumboOutput* out = gumbo_parse_with_options( &o, base, source.size() - bom );

   layout = {};
   layout.head = after_doctype( source, bom );
   walker w( base, bom, source.size(), layout );
   std::vector<text_run> runs = w.walk( out->document );
   layout.body_end = w.safe_end();
   // foster-parented text (text inside a <table> but outside its cells) sits in the tree
   // before its table; the text follows the source instead, so offsets only ever grow
   std::stable_sort( runs.begin(), runs.end(), []( const text_run& a, const text_run& b ) { return a.begin < b.begin; } );

   text.clear();
   text.reserve( source.size() / 2 );
   map = stage_map();
   text_builder b( source, text, map );
   for( const text_run& r : runs ) {
      if( r.separator != 0 ) {
         b.separate( r.separator );
      }
      const std::size_t from = std::max( r.begin, b.position() );
      append_run( source, r, b );
      if( b.position() > from ) {
         if( !layout.text.empty() && layout.text.back().end == from ) {
            layout.text.back().end = b.position();
         }
         else {
            layout.text.push_back( { from, b.position() } );
         }
      }
   }
   while( !text.empty() && ( text.back() == ' ' || text.back() == '\n' || text.back() == '\t' ) ) {
      text.pop_back();  // trailing blanks map nowhere new; dropping them keeps the map simple
   }
   std::sort( layout.active.begin(), layout.active.end(), []( const source_range& a, const source_range& b2 ) { return a.start < b2.start; } );
}

}  // namespace vanban::detail
