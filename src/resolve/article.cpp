// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "article.hpp"

#include "context.hpp"

#include <vector>

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

struct line {
   std::size_t begin;
   std::size_t end;  // without the line break, trailing spaces trimmed
};

[[nodiscard]] bool is_blank( char c ) noexcept
{
   return c == ' ' || c == '\t';
}

/// Non-empty lines, trimmed, in order; at most `limit` from the start (0: all).
[[nodiscard]] std::vector<line> lines_of( std::string_view t )
{
   std::vector<line> out;
   std::size_t i = 0;
   while( i < t.size() ) {
      std::size_t e = t.find( '\n', i );
      if( e == std::string_view::npos ) {
         e = t.size();
      }
      std::size_t b = i;
      std::size_t f = e;
      while( b < f && is_blank( t[ b ] ) ) {
         ++b;
      }
      while( f > b && is_blank( t[ f - 1 ] ) ) {
         --f;
      }
      if( b < f ) {
         out.push_back( { b, f } );
      }
      i = e + 1;
   }
   return out;
}

[[nodiscard]] bool is_boilerplate( std::string_view text, const line& l ) noexcept
{
   return bool( lexicon::longest_match( lexicon::boilerplate().view(), text.data() + l.begin, text.data() + l.end ) );
}

[[nodiscard]] bool contains( std::string_view hay, std::string_view needle ) noexcept
{
   return hay.find( needle ) != std::string_view::npos;
}

/// A state or Party header in the first lines.
[[nodiscard]] bool has_official_header( std::string_view text, const std::vector<line>& lines )
{
   const std::size_t n = std::min<std::size_t>( lines.size(), 30 );
   for( std::size_t i = 0; i < n; ++i ) {
      const std::string_view l = text.substr( lines[ i ].begin, lines[ i ].end - lines[ i ].begin );
      if( contains( l, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" ) || contains( l, "XÃ HỘI CHỦ NGHĨA VIỆT NAM" ) || contains( l, "ĐẢNG CỘNG SẢN VIỆT NAM" ) || l.starts_with( "Độc lập - Tự do - Hạnh phúc" ) ) {
         return true;
      }
      if( ( l.starts_with( "Số:" ) || l.starts_with( "Số " ) ) && l.size() < 60 && l.find( '/' ) != std::string_view::npos ) {
         return true;
      }
   }
   return false;
}

[[nodiscard]] std::size_t word_count( std::string_view s ) noexcept
{
   std::size_t n = 0;
   bool in_word = false;
   for( const char c : s ) {
      const bool w = c != ' ' && c != '\t';
      n += w && !in_word;
      in_word = w;
   }
   return n;
}

/// A byline: 2-5 capitalized words, no digits, no sentence punctuation ("Hà Lựu").
[[nodiscard]] bool looks_like_byline( std::string_view s ) noexcept
{
   const std::size_t words = word_count( s );
   if( words < 2 || words > 5 || s.size() > 60 ) {
      return false;
   }
   bool word_start = true;
   const char* p = s.data();
   const char* const e = s.data() + s.size();
   while( p < e ) {
      const char c = *p;
      if( c == ' ' ) {
         word_start = true;
         ++p;
         continue;
      }
      if( ( c >= '0' && c <= '9' ) || c == '.' || c == ',' || c == ':' || c == ';' || c == '?' || c == '!' || c == '/' || c == '(' ) {
         return false;
      }
      const char* q = p;
      const char32_t cp = decode_valid( q );
      if( word_start && !is_upper_cp( cp ) ) {
         return false;
      }
      word_start = false;
      p = q;
   }
   return true;
}

/// A news headline: a line of at least three words that is not the opening of a document's text
/// (a cue, a list marker, "Kính gửi", "Điều 1.", a heading in capitals) and does not end a clause,
/// followed by a blank line, a lead that opens with a date, or portal boilerplate.
[[nodiscard]] bool looks_like_headline( std::string_view text, const std::vector<line>& lines, std::size_t i, const events& ev )
{
   const line& l = lines[ i ];
   const std::string_view s = text.substr( l.begin, l.end - l.begin );
   if( word_count( s ) < 3 ) {
      return false;
   }
   // a list marker ("1.", "2)", "(3)", "[1]", "- ") or the opening of a document's text
   const char first = s.front();
   std::size_t digits = 0;
   while( digits < s.size() && s[ digits ] >= '0' && s[ digits ] <= '9' ) {
      ++digits;
   }
   if( ( digits > 0 && digits < s.size() && ( s[ digits ] == '.' || s[ digits ] == ')' ) ) || first == '[' || first == '(' || first == '-' || first == '+' || first == '*' ) {
      return false;
   }
   // a line the portal's boilerplate follows ("Nội dung chính") is the post's headline, even one
   // that opens like a document's text ("Căn cứ xếp loại đảng viên …")
   const bool boilerplate_after = i + 1 < lines.size() && is_boilerplate( text, lines[ i + 1 ] );
   for( const std::string_view opening : { "Kính gửi", "Điều ", "Số", "Chương ", "Phần ", "Mục ", "Căn cứ", "Xét", "Theo đề nghị" } ) {
      if( s.starts_with( opening ) && !boilerplate_after ) {
         return false;
      }
   }
   const char last = s.back();
   if( last == ',' || last == ';' || last == ':' || last == '.' ) {
      return false;
   }
   // all capitals: a heading of a document ("PHỤ LỤC I", "DANH MỤC …")
   bool lower = false;
   for( const char* p = s.data(); p < s.data() + s.size(); ) {
      const char32_t c = decode_valid( p );
      lower = lower || ( is_word_cp( c ) && !is_upper_cp( c ) && !( c >= '0' && c <= '9' ) );
   }
   if( !lower ) {
      return false;
   }
   // what follows: a blank line, boilerplate, or a lead that opens with a date
   bool blank_after = false;
   if( const std::size_t nl = text.find( '\n', l.end ); nl != std::string_view::npos ) {
      std::size_t k = nl + 1;
      while( k < text.size() && ( text[ k ] == ' ' || text[ k ] == '\t' ) ) {
         ++k;
      }
      blank_after = k < text.size() && text[ k ] == '\n';
   }
   if( blank_after || i + 1 == lines.size() ) {
      return true;
   }
   const line& next = lines[ i + 1 ];
   if( is_boilerplate( text, next ) ) {
      return true;
   }
   for( const auto& d : ev.dates ) {
      if( d.where.begin >= next.begin && d.where.begin < next.end ) {
         return d.where.begin - next.begin <= 5;  // "Ngày 05/3/2024, UBND tỉnh …"
      }
      if( d.where.begin >= next.end ) {
         break;
      }
   }
   return false;
}

}  // namespace

raw_article read_article( std::string_view text, const events& ev )
{
   raw_article a;
   const auto lines = lines_of( text );
   if( lines.empty() ) {
      return a;
   }
   if( has_official_header( text, lines ) ) {
      a.kind = text_kind::official;
      return a;
   }
   // posting date: a line near the top that is nothing but a date
   const std::size_t top = std::min<std::size_t>( lines.size(), 8 );
   for( std::size_t i = 0; i < top && !a.date; ++i ) {
      for( const auto& d : ev.dates ) {
         if( d.where.begin == lines[ i ].begin && d.where.end == lines[ i ].end && d.valid ) {
            a.date = d;
            break;
         }
      }
   }
   // title: the first line of content after the posting date (if any) and portal boilerplate;
   // an excerpt of a document opens with text that no headline does ("Căn cứ …", "1. …",
   // "Kính gửi:", a line cut in the middle of a sentence), and is no post
   std::size_t first = 0;
   if( a.date ) {
      while( first < top && lines[ first ].begin != a.date->where.begin ) {
         ++first;
      }
      first = first < top ? first + 1 : 0;
   }
   for( std::size_t i = first; i < top; ++i ) {
      const line& l = lines[ i ];
      if( is_boilerplate( text, l ) || ( a.date && a.date->where.begin == l.begin ) ) {
         continue;
      }
      if( looks_like_headline( text, lines, i, ev ) ) {
         a.title = { l.begin, l.end };
      }
      break;
   }
   if( a.title.empty() ) {
      // a headline the portal prefixes ("Tải file Nghị định 311/2025/NĐ-CP sửa đổi …"): long, unlike
      // the portal's own lines
      for( std::size_t i = first; i < top; ++i ) {
         const line& l = lines[ i ];
         if( is_boilerplate( text, l ) && word_count( text.substr( l.begin, l.end - l.begin ) ) >= 6 && looks_like_headline( text, lines, i, ev ) ) {
            a.title = { l.begin, l.end };
            break;
         }
      }
   }
   if( a.title.empty() ) {
      return a;
   }
   const std::string_view title = a.title.in( text );
   a.kind = title.ends_with( '?' ) ? text_kind::qa : text_kind::news;
   // byline: the last line, when it is a short name
   const line& last = lines.back();
   if( last.begin > a.title.begin && !is_boilerplate( text, last ) && looks_like_byline( text.substr( last.begin, last.end - last.begin ) ) ) {
      a.author = { last.begin, last.end };
   }
   return a;
}

void read_wrapper( resolve_context& cx )
{
   if( cx.layout.header || cx.doc.info ) {
      cx.article.kind = text_kind::official;  // read_header found the text's own document
      return;
   }
   cx.article = read_article( cx.t.normalized, cx.ev );
   if( cx.article.kind != text_kind::news && cx.article.kind != text_kind::qa ) {
      return;
   }
   article_info a;
   if( !cx.article.title.empty() ) {
      a.title_span = cx.map( cx.article.title );
      a.title = fold_ws( cx.article.title.in( cx.t.normalized ) );
   }
   if( cx.article.date ) {
      a.date = cx.article.date->value;
      a.date_span = cx.map( cx.article.date->where );
   }
   if( !cx.article.author.empty() ) {
      a.author_span = cx.map( cx.article.author );
      a.author = fold_ws( cx.article.author.in( cx.t.normalized ) );
   }
   cx.doc.article = std::move( a );
}


}  // namespace vanban::detail
