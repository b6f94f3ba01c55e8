// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// vanban_fuzz_annotate: the page of `vanban annotate` (src/cli/annotate_page.cpp) escapes
// everything that came from the input. First byte: bit 0 options::lossy, bit 1 HTML input.
//  - Text input: between <pre class="vb-text"> and </pre> every '<' opens one of our marks
//    (<mark class="vb …" …> or </mark>, their attribute values without '<', '>' or '"');
//    without the marks and with the five entities decoded, the region is the input (invalid
//    UTF-8 and control characters as U+FFFD).
//  - Both: the page is valid UTF-8; the data island holds no '<' (so no "</script>"); the page
//    has our two <script> elements and no other once parsed by an HTML parser (Gumbo), our
//    Content-Security-Policy, and no refresh.

#include <string>

#include <gumbo.h>

#include "annotate_page.hpp"
#include "check.hpp"

namespace {

using vanban::fuzz::fail;

/// The input as the page shows it: invalid UTF-8 and control characters (but tab, LF, CR) as U+FFFD.
std::string shown( std::string_view s )
{
   std::string r;
   for( std::size_t i = 0; i < s.size(); ) {
      const std::size_t len = vanban::detail::valid_sequence( s, i );
      if( len == 0 ) {
         r += "\xEF\xBF\xBD";
         ++i;  // annotate_page replaces byte by byte
         continue;
      }
      const auto b = static_cast<unsigned char>( s[ i ] );
      if( len == 1 && ( ( b < 0x20 && b != '\t' && b != '\n' && b != '\r' ) || b == 0x7F ) ) {
         r += "\xEF\xBF\xBD";
      }
      else {
         r.append( s.substr( i, len ) );
      }
      i += len;
   }
   return r;
}

/// The <pre> region with our marks removed and entities decoded.
std::string unmark( std::string_view pre )
{
   std::string r;
   for( std::size_t i = 0; i < pre.size(); ) {
      if( pre[ i ] == '<' ) {
         if( pre.substr( i ).starts_with( "</mark>" ) ) {
            i += 7;
            continue;
         }
         VANBAN_FUZZ_CHECK( pre.substr( i ).starts_with( "<mark class=\"vb vb-" ), "a '<' from the input in the page's text at " + std::to_string( i ) );
         const std::size_t gt = pre.find( '>', i );
         VANBAN_FUZZ_CHECK( gt != std::string_view::npos, "unclosed mark" );
         const std::string_view tag = pre.substr( i, gt - i );
         VANBAN_FUZZ_CHECK( tag.find( '<', 1 ) == std::string_view::npos, "a '<' inside a mark tag" );
         // attribute values are quoted: an even number of quotes, none escaped into the tag
         VANBAN_FUZZ_CHECK( std::count( tag.begin(), tag.end(), '"' ) % 2 == 0, "a quote from the input in a mark tag" );
         i = gt + 1;
         continue;
      }
      VANBAN_FUZZ_CHECK( pre[ i ] != '>', "a '>' from the input in the page's text" );
      if( pre[ i ] == '&' ) {
         static constexpr std::pair<std::string_view, char> entities[] = { { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&#39;", '\'' } };
         bool known = false;
         for( const auto& [ name, c ] : entities ) {
            if( pre.substr( i ).starts_with( name ) ) {
               r += c;
               i += name.size();
               known = true;
               break;
            }
         }
         VANBAN_FUZZ_CHECK( known, "a bare '&' from the input in the page's text" );
         continue;
      }
      r += pre[ i++ ];
   }
   return r;
}

/// Counts the <script> elements, CSP and refresh metas of a parsed page (iteratively).
struct page_census {
   std::size_t scripts = 0;
   std::size_t csp = 0;
   std::size_t refresh = 0;
};

page_census census( const std::string& page )
{
   page_census c;
   GumboOptions o = kGumboDefaultOptions;
   o.max_errors = 0;
   GumboOutput* out = gumbo_parse_with_options( &o, page.data(), page.size() );
   std::vector<const GumboNode*> stack{ out->document };
   while( !stack.empty() ) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      const GumboVector* children = nullptr;
      if( n->type == GUMBO_NODE_DOCUMENT ) {
         children = &n->v.document.children;
      }
      else if( n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE ) {
         const GumboElement& e = n->v.element;
         children = &e.children;
         if( e.tag == GUMBO_TAG_SCRIPT ) {
            ++c.scripts;
         }
         if( e.tag == GUMBO_TAG_META ) {
            if( const GumboAttribute* a = gumbo_get_attribute( &e.attributes, "http-equiv" ) ) {
               std::string v = a->value;
               std::transform( v.begin(), v.end(), v.begin(), []( char ch ) { return char( std::tolower( static_cast<unsigned char>( ch ) ) ); } );
               c.csp += v == "content-security-policy";
               c.refresh += v == "refresh";
            }
         }
      }
      if( children != nullptr ) {
         for( unsigned k = 0; k < children->length; ++k ) {
            stack.push_back( static_cast<const GumboNode*>( children->data[ k ] ) );
         }
      }
   }
   // the page nests at most as deep as the input, which decode_input limits
   gumbo_destroy_output( &o, out );
   return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput( const unsigned char* data, std::size_t size )
{
   using namespace vanban;
   const fuzz::options_byte o( std::string_view( reinterpret_cast<const char*>( data ), size ) );
   options opts;
   opts.lossy = o.bit( 0 );
   input_options in;
   in.format = o.bit( 1 ) ? input_format::html : input_format::text;
   decoded_input d;
   document doc;
   const auto err = fuzz::guarded(
      [ & ] {
         d = decode_input( std::string( o.rest ), in, opts );
         doc = extract( d, opts );
      },
      o.rest );
   if( err ) {
      return 0;
   }
   const std::string page = cli::annotate_page( d, doc, "fuzz <&\"'> title.txt" );
   for( std::size_t i = 0; i < page.size(); ) {
      const std::size_t len = detail::valid_sequence( page, i );
      VANBAN_FUZZ_CHECK( len > 0 || ( o.bit( 1 ) && opts.lossy ), "the page is not UTF-8 at byte " + std::to_string( i ) );
      i += len > 0 ? len : 1;
   }
   // our data island is the one right before our script, whose nonce the input cannot know: the
   // input's own bytes may spell an island too (as text inside an unclosed <title>, say), and
   // since the layout puts our tail before what a page leaves open, ours need not come last
   const std::string_view island_open = "<script type=\"application/json\" id=\"vb-data\">";
   const std::size_t island_end = page.find( "</script>\n<script nonce=\"" + cli::page_nonce( d.source() ) + "\">" );
   VANBAN_FUZZ_CHECK( island_end != std::string::npos, "no script with the page's nonce after a data island" );
   const std::size_t island = page.rfind( island_open, island_end );
   VANBAN_FUZZ_CHECK( island != std::string::npos, "no data island" );
   const std::string_view json = std::string_view( page ).substr( island + island_open.size(), island_end - island - island_open.size() );
   VANBAN_FUZZ_CHECK( json.find( '<' ) == std::string_view::npos, "a '<' in the data island" );
   VANBAN_FUZZ_CHECK( fuzz::ojson::accept( json ), "the data island is not JSON" );
   if( !o.bit( 1 ) ) {
      const std::string_view open = "<pre class=\"vb-text\">";
      const std::size_t a = page.find( open );
      const std::size_t b = page.rfind( "</pre>" );
      VANBAN_FUZZ_CHECK( a != std::string::npos && b != std::string::npos && a < b, "no text region" );
      const std::string_view source = d.source();
      const std::string_view body = source.starts_with( "\xEF\xBB\xBF" ) ? source.substr( 3 ) : source;
      VANBAN_FUZZ_CHECK( unmark( std::string_view( page ).substr( a + open.size(), b - a - open.size() ) ) == shown( body ), "the page's text is not the input" );
   }
   const page_census c = census( page );
   VANBAN_FUZZ_CHECK( c.scripts == 2, "the page has " + std::to_string( c.scripts ) + " <script> elements, not our two" );
   VANBAN_FUZZ_CHECK( c.csp == 1, "the page has " + std::to_string( c.csp ) + " Content-Security-Policy metas" );
   VANBAN_FUZZ_CHECK( c.refresh == 0, "the page still refreshes" );
   return 0;
}
