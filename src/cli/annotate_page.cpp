// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "annotate_page.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

#include "sha256.hpp"

namespace vanban::cli {
namespace {

enum class kind : std::uint8_t { cite, issuer, date };  // nesting order when spans are equal

[[nodiscard]] std::string_view class_of( kind k ) noexcept
{
   return k == kind::cite ? "vb vb-cite" : k == kind::date ? "vb vb-date" : "vb vb-issuer";
}

[[nodiscard]] std::string_view label_of( kind k ) noexcept
{
   return k == kind::cite ? "citation" : k == kind::date ? "date" : "issuer";
}

/// One highlighted span and what its panel shows.
struct annotation {
   std::size_t start;
   std::size_t end;
   kind what;
   std::string text;
   std::string id;                                          ///< citations: the document id
   std::vector<std::pair<std::string, std::string>> fields;
   std::string tooltip;
};

[[nodiscard]] std::string sanitize_utf8( std::string_view s, bool html );

/// JSON string literal; '<', '>' and '&' as \u escapes so no "</script>" can appear.
[[nodiscard]] std::string json_string( std::string_view s )
{
   std::string r = "\"";
   for( const char ch : sanitize_utf8( s, false ) ) {
      const auto c = static_cast<unsigned char>( ch );
      char buf[ 8 ];
      if( c == '"' || c == '\\' ) {
         r += '\\';
         r += ch;
      }
      else if( c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x7F ) {
         std::snprintf( buf, sizeof buf, "\\u%04x", c );
         r += buf;
      }
      else {
         r += ch;
      }
   }
   return r + "\"";
}

[[nodiscard]] std::string issuer_text( const vanban::issuer& i )
{
   std::string s = i.name;
   if( i.place && i.name.find( *i.place ) == std::string::npos ) {
      s += " (" + *i.place + ")";
   }
   return s;
}

[[nodiscard]] std::vector<annotation> collect( const vanban::document& doc )
{
   std::vector<annotation> out;
   for( const auto& c : doc.citations ) {
      annotation a{ c.span.start, c.span.end, kind::cite, c.text, c.id, {}, {} };
      const auto add = [ & ]( std::string k, std::string v ) {
         if( !v.empty() ) {
            a.fields.emplace_back( std::move( k ), std::move( v ) );
         }
      };
      add( "type", c.type );
      add( "number", c.number.value_or( "" ) );
      add( "name", c.name.value_or( "" ) );
      add( "term", c.term.value_or( "" ) );
      add( "date", c.date ? c.date->iso() : "" );
      add( "issuer", c.issuer ? issuer_text( *c.issuer ) : "" );
      add( "relation", c.relation ? std::string( vanban::to_string( *c.relation ) ) : "" );
      add( "cue", c.cue ? c.cue->text : "" );
      add( "title", c.title.value_or( "" ) );
      add( "pinpoint", c.pinpoint.value_or( "" ) );
      add( "id", c.id );
      add( "line", std::to_string( c.span.line ) + ":" + std::to_string( c.span.column ) );
      a.tooltip = c.type + ( c.number ? " " + *c.number : c.name ? " " + *c.name : "" ) + ( c.date ? " · " + c.date->iso() : "" ) + ( c.issuer ? " · " + c.issuer->name : "" ) + ( c.relation ? " · " + std::string( vanban::to_string( *c.relation ) ) : "" );
      out.push_back( std::move( a ) );
   }
   for( const auto& d : doc.dates ) {
      annotation a{ d.span.start, d.span.end, kind::date, d.text, {}, { { "date", d.value.iso() }, { "line", std::to_string( d.span.line ) + ":" + std::to_string( d.span.column ) } }, "date " + d.value.iso() };
      out.push_back( std::move( a ) );
   }
   for( const auto& b : doc.bodies ) {
      annotation a{ b.span.start, b.span.end, kind::issuer, b.text, {}, { { "name", b.body.name } }, "issuer · " + b.body.name };
      if( b.body.place ) {
         a.fields.emplace_back( "place", *b.body.place );
      }
      if( b.body.successor ) {
         a.fields.emplace_back( "successor", *b.body.successor );
      }
      if( b.body.code ) {
         a.fields.emplace_back( "code", *b.body.code );
      }
      a.fields.emplace_back( "line", std::to_string( b.span.line ) + ":" + std::to_string( b.span.column ) );
      out.push_back( std::move( a ) );
   }
   std::erase_if( out, []( const annotation& a ) { return a.end <= a.start; } );
   std::stable_sort( out.begin(), out.end(), []( const annotation& x, const annotation& y ) {
      if( x.start != y.start ) {
         return x.start < y.start;
      }
      if( x.end != y.end ) {
         return x.end > y.end;
      }
      return x.what < y.what;
   } );
   return out;
}

constexpr std::string_view css = R"(
mark.vb{background:none;color:inherit;border-radius:2px;cursor:pointer;padding:0 1px}
mark.vb-cite{background:#ffe08a;box-shadow:inset 0 -2px #d19a00}
mark.vb-date{background:#b9e6c9;box-shadow:inset 0 -2px #2e9d5b}
mark.vb-issuer{background:#c9dcff;box-shadow:inset 0 -2px #3b6fd1}
mark.vb.vb-same{outline:2px dashed #d19a00}
mark.vb.vb-on{outline:2px solid #c0392b}
#vb-legend{position:fixed;top:8px;right:8px;z-index:2147483647;background:#fff;border:1px solid #999;border-radius:4px;padding:6px 10px;font:13px/1.5 sans-serif;color:#222;box-shadow:0 1px 4px rgba(0,0,0,.2)}
#vb-legend mark{cursor:default}
#vb-panel{position:fixed;top:70px;right:8px;bottom:8px;width:340px;overflow:auto;z-index:2147483647;background:#fff;border:1px solid #999;border-radius:4px;padding:8px 12px;font:13px/1.5 sans-serif;color:#222;box-shadow:0 1px 4px rgba(0,0,0,.2)}
#vb-panel[hidden]{display:none}
#vb-panel table{border-collapse:collapse;width:100%}
#vb-panel th{text-align:left;vertical-align:top;padding:2px 8px 2px 0;color:#555;font-weight:normal;white-space:nowrap}
#vb-panel td{padding:2px 0;word-break:break-word}
#vb-panel h2{font-size:14px;margin:0 0 6px}
#vb-panel button.vb-close{float:right}
pre.vb-text{white-space:pre-wrap;word-wrap:break-word;font:15px/1.6 serif;margin:16px 370px 16px 16px}
)";

constexpr std::string_view script = R"(
(function(){
  var data=JSON.parse(document.getElementById('vb-data').textContent);
  var panel=document.getElementById('vb-panel');
  function marks(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));}
  function clear(){marks('mark.vb-on,mark.vb-same').forEach(function(m){m.classList.remove('vb-on','vb-same');});}
  function show(i){
    var a=data.a[i]; clear();
    marks('mark.vb[data-a="'+i+'"]').forEach(function(m){m.classList.add('vb-on');});
    var same=[];
    if(a.id){ data.a.forEach(function(b,j){ if(b.id===a.id){ same.push(j); if(j!==i){ marks('mark.vb[data-a="'+j+'"]').forEach(function(m){m.classList.add('vb-same');}); } } }); }
    while(panel.firstChild){panel.removeChild(panel.firstChild);}
    var close=document.createElement('button'); close.className='vb-close'; close.textContent='\u00d7';
    close.addEventListener('click',function(){panel.hidden=true;clear();}); panel.appendChild(close);
    var h=document.createElement('h2'); h.textContent=a.k+': '+a.t; panel.appendChild(h);
    var t=document.createElement('table');
    a.f.forEach(function(f){ var r=t.insertRow(); var th=document.createElement('th'); th.textContent=f[0]; r.appendChild(th); r.insertCell().textContent=f[1]; });
    panel.appendChild(t);
    if(same.length>1){
      var p=document.createElement('p'); p.textContent=same.length+' mentions of this document:'; panel.appendChild(p);
      var ol=document.createElement('ol');
      same.forEach(function(j){ var li=document.createElement('li'); var l=document.createElement('a'); l.href='#vb-a'+j; l.textContent=data.a[j].t+(j===i?' (this one)':''); l.addEventListener('click',function(e){e.preventDefault();var m=document.getElementById('vb-a'+j); if(m){m.scrollIntoView({block:'center'});} show(j);}); li.appendChild(l); ol.appendChild(li); });
      panel.appendChild(ol);
    }
    panel.hidden=false;
  }
  document.addEventListener('click',function(e){
    var m=e.target.closest?e.target.closest('mark.vb[data-a]'):null;
    if(m){e.preventDefault();e.stopPropagation();show(+m.getAttribute('data-a'));}
  },true);
  var h=/^#vb-a(\d+)$/.exec(location.hash);
  if(h&&data.a[+h[1]]){show(+h[1]);}
  document.documentElement.setAttribute('data-vb-ready',String(data.a.length));
})();
)";

/// Appends `s` (text of the input) escaped.
void append_escaped( std::string& out, std::string_view s )
{
   out += escape_html( s );
}

/// Writes the source with marks. Text input: one text region, escaped; HTML input: marks only
/// inside the page's text runs (copied as they are), markup copied, active content dropped,
/// `head` and `tail` inserted at the layout's places.
class writer {
public:
   writer( std::string_view source, const std::vector<annotation>& anns, std::string& out ) noexcept
      : m_source( source ),
        m_anns( anns ),
        m_out( out ),
        m_first( anns.size(), true )
   {}

   void write( const std::vector<vanban::source_range>& text, bool escape, const std::vector<vanban::source_range>& drop, const std::vector<std::pair<std::size_t, std::string>>& inserts )
   {
      std::vector<std::size_t> cuts{ 0, m_source.size() };
      for( const auto& a : m_anns ) {
         cuts.push_back( a.start );
         cuts.push_back( a.end );
      }
      for( const auto& r : text ) {
         cuts.push_back( r.start );
         cuts.push_back( r.end );
      }
      for( const auto& r : drop ) {
         cuts.push_back( r.start );
         cuts.push_back( r.end );
      }
      for( const auto& [ at, s ] : inserts ) {
         cuts.push_back( at );
      }
      std::sort( cuts.begin(), cuts.end() );
      cuts.erase( std::unique( cuts.begin(), cuts.end() ), cuts.end() );
      std::erase_if( cuts, [ & ]( std::size_t c ) { return c > m_source.size(); } );

      std::size_t next_ann = 0;
      std::vector<std::size_t> covering;  // annotations covering the current segment, in nesting order
      std::size_t ti = 0;
      std::size_t di = 0;
      std::size_t ii = 0;
      for( std::size_t ci = 0; ci + 1 < cuts.size(); ++ci ) {
         const std::size_t p = cuts[ ci ];
         const std::size_t q = cuts[ ci + 1 ];
         std::erase_if( covering, [ & ]( std::size_t a ) { return m_anns[ a ].end <= p; } );
         while( next_ann < m_anns.size() && m_anns[ next_ann ].start <= p ) {
            if( m_anns[ next_ann ].end > p ) {
               covering.push_back( next_ann );
            }
            ++next_ann;
         }
         while( ti < text.size() && text[ ti ].end <= p ) {
            ++ti;
         }
         while( di < drop.size() && drop[ di ].end <= p ) {
            ++di;
         }
         const bool in_text = ti < text.size() && text[ ti ].start <= p;
         const bool dropped = di < drop.size() && drop[ di ].start <= p;
         if( !in_text ) {
            close_all();
         }
         while( ii < inserts.size() && inserts[ ii ].first <= p ) {
            close_all();
            m_out += inserts[ ii ].second;
            ++ii;
         }
         if( dropped ) {
            continue;
         }
         if( in_text ) {
            nest( covering );
         }
         const std::string_view seg = m_source.substr( p, q - p );
         if( escape && in_text ) {
            append_escaped( m_out, seg );
         }
         else {
            m_out.append( seg );
         }
      }
      close_all();
      while( ii < inserts.size() ) {
         m_out += inserts[ ii++ ].second;
      }
   }

private:
   /// Makes the open marks equal `want` (in nesting order), closing and reopening only what differs.
   void nest( std::vector<std::size_t> want )
   {
      std::stable_sort( want.begin(), want.end(), [ & ]( std::size_t x, std::size_t y ) {
         const annotation& a = m_anns[ x ];
         const annotation& b = m_anns[ y ];
         if( a.start != b.start ) {
            return a.start < b.start;
         }
         if( a.end != b.end ) {
            return a.end > b.end;
         }
         return a.what < b.what;
      } );
      std::size_t common = 0;
      while( common < m_open.size() && common < want.size() && m_open[ common ] == want[ common ] ) {
         ++common;
      }
      while( m_open.size() > common ) {
         m_out += "</mark>";
         m_open.pop_back();
      }
      for( std::size_t k = common; k < want.size(); ++k ) {
         open( want[ k ] );
      }
   }

   void open( std::size_t a )
   {
      const annotation& x = m_anns[ a ];
      m_out += "<mark class=\"";
      m_out += class_of( x.what );
      m_out += "\" data-a=\"" + std::to_string( a ) + "\"";
      if( m_first[ a ] ) {
         m_out += " id=\"vb-a" + std::to_string( a ) + "\"";
         m_first[ a ] = false;
      }
      if( !x.id.empty() ) {
         m_out += " data-id=\"" + escape_html( x.id ) + "\"";
      }
      m_out += " title=\"" + escape_html( x.tooltip ) + "\">";
      m_open.push_back( a );
   }

   void close_all()
   {
      while( !m_open.empty() ) {
         m_out += "</mark>";
         m_open.pop_back();
      }
   }

   std::string_view m_source;
   const std::vector<annotation>& m_anns;
   std::string& m_out;
   std::vector<std::size_t> m_open;
   std::vector<bool> m_first;
};

[[nodiscard]] std::string data_json( const std::vector<annotation>& anns )
{
   std::string j = "{\"a\":[";
   for( std::size_t i = 0; i < anns.size(); ++i ) {
      const annotation& a = anns[ i ];
      j += i > 0 ? ",\n{\"k\":" : "\n{\"k\":";
      j += json_string( label_of( a.what ) );
      j += ",\"t\":";
      j += json_string( a.text );
      if( !a.id.empty() ) {
         j += ",\"id\":";
         j += json_string( a.id );
      }
      j += ",\"f\":[";
      for( std::size_t k = 0; k < a.fields.size(); ++k ) {
         j += k > 0 ? ",[" : "[";
         j += json_string( a.fields[ k ].first );
         j += ',';
         j += json_string( a.fields[ k ].second );
         j += ']';
      }
      j += "]}";
   }
   j += "\n]}";
   return j;
}

[[nodiscard]] std::string legend( const std::vector<annotation>& anns )
{
   std::size_t n[ 3 ] = {};
   for( const auto& a : anns ) {
      ++n[ std::size_t( a.what ) ];
   }
   return "<div id=\"vb-legend\"><b>vanban</b> &nbsp;<mark class=\"vb vb-cite\">citation</mark> " + std::to_string( n[ 0 ] ) + " &nbsp;<mark class=\"vb vb-date\">date</mark> " + std::to_string( n[ 2 ] ) + " &nbsp;<mark class=\"vb vb-issuer\">issuer</mark> " + std::to_string( n[ 1 ] ) + "<br><small>click a highlight for its fields; dashed: other mentions of the same document</small></div>\n";
}

}  // namespace

std::string page_nonce( std::string_view source )
{
   // the nonce only has to be one the page's text cannot know; text is escaped anyway
   return sha256::of( std::string( source ) + "\x01vanban-annotate" ).substr( 0, 32 );
}

std::string escape_html( std::string_view s )
{
   return sanitize_utf8( s, true );
}

namespace {

/// `s` with invalid UTF-8 and control characters replaced by U+FFFD; with `html`, also the
/// characters HTML gives a meaning escaped.
std::string sanitize_utf8( std::string_view s, bool html )
{
   std::string r;
   r.reserve( s.size() + s.size() / 8 );
   for( std::size_t i = 0; i < s.size(); ) {
      const auto b = static_cast<unsigned char>( s[ i ] );
      if( b < 0x80 && !html ) {
         if( ( b < 0x20 && b != '\t' && b != '\n' && b != '\r' ) || b == 0x7F ) {
            r += "\xEF\xBF\xBD";
         }
         else {
            r += char( b );
         }
         ++i;
         continue;
      }
      if( b < 0x80 ) {
         switch( b ) {
            case '&':
               r += "&amp;";
               break;
            case '<':
               r += "&lt;";
               break;
            case '>':
               r += "&gt;";
               break;
            case '"':
               r += "&quot;";
               break;
            case '\'':
               r += "&#39;";
               break;
            default:
               if( ( b < 0x20 && b != '\t' && b != '\n' && b != '\r' ) || b == 0x7F ) {
                  r += "\xEF\xBF\xBD";
               }
               else {
                  r += char( b );
               }
         }
         ++i;
         continue;
      }
      std::size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
      if( b >= 0xF5 ) {
         n = 0;
      }
      bool ok = n > 0 && i + n <= s.size();
      for( std::size_t k = 1; ok && k < n; ++k ) {
         ok = ( static_cast<unsigned char>( s[ i + k ] ) & 0xC0 ) == 0x80;
      }
      if( ok && n == 3 ) {
         const auto b1 = static_cast<unsigned char>( s[ i + 1 ] );
         ok = !( b == 0xE0 && b1 < 0xA0 ) && !( b == 0xED && b1 >= 0xA0 );
      }
      if( ok && n == 4 ) {
         const auto b1 = static_cast<unsigned char>( s[ i + 1 ] );
         ok = !( b == 0xF0 && b1 < 0x90 ) && !( b == 0xF4 && b1 >= 0x90 );
      }
      if( ok ) {
         r.append( s.substr( i, n ) );
         i += n;
      }
      else {
         r += "\xEF\xBF\xBD";
         ++i;
      }
   }
   return r;
}

}  // namespace

std::string annotate_page( const vanban::decoded_input& in, const vanban::document& doc, std::string_view title )
{
   const std::vector<annotation> anns = collect( doc );
   const std::string& source = in.source();
   const std::string nonce = page_nonce( source );
   const std::string csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-" + nonce + "'\">\n";
   const std::string style = "<style>" + std::string( css ) + "</style>\n";
   const std::string tail = legend( anns ) + "<aside id=\"vb-panel\" hidden></aside>\n<script type=\"application/json\" id=\"vb-data\">" + data_json( anns ) + "</script>\n<script nonce=\"" + nonce + "\">" + std::string( script ) + "</script>\n";
   std::string out;
   out.reserve( source.size() * 2 + 8192 );
   writer w( source, anns, out );
   if( const vanban::html_layout* l = in.layout() ) {
      const std::string head = "\n<meta charset=\"utf-8\">\n" + csp + style;
      std::vector<std::pair<std::size_t, std::string>> inserts{ { l->head, head }, { std::max( l->head, l->body_end ), tail } };
      w.write( l->text, false, l->active, inserts );
      return out;
   }
   out += "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n" + csp + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape_html( title ) + " — vanban</title>\n" + style + "</head>\n<body>\n<pre class=\"vb-text\">";
   const std::size_t bom = source.starts_with( "\xEF\xBB\xBF" ) ? 3 : 0;
   w.write( { { bom, source.size() } }, true, { { 0, bom } }, {} );
   out += "</pre>\n" + tail + "</body>\n</html>\n";
   return out;
}

}  // namespace vanban::cli
