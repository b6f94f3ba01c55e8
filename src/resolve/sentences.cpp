// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "context.hpp"

#include <optional>
#include <utility>
#include <vector>

#include "text/simd.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

/// The dot of a heading or item number: "Điều 1. Bãi bỏ …", "Chương II.", a "2." that opens a line.
[[nodiscard]] bool numbering_dot( std::string_view s, std::size_t dot ) noexcept
{
   std::size_t k = dot;
   while( k > 0 && ( ( s[ k - 1 ] >= '0' && s[ k - 1 ] <= '9' ) || s[ k - 1 ] == 'I' || s[ k - 1 ] == 'V' || s[ k - 1 ] == 'X' || s[ k - 1 ] == 'L' ) ) {
      --k;
   }
   if( k == dot || dot - k > 6 ) {
      return false;
   }
   std::size_t b = k;
   while( b > 0 && ( s[ b - 1 ] == ' ' || s[ b - 1 ] == '\t' ) ) {
      --b;
   }
   if( b == 0 || s[ b - 1 ] == '\n' ) {
      return true;  // "2. " opening a line
   }
   if( b == k ) {
      return false;  // glued to a word
   }
   for( const std::string_view w : { std::string_view( "Điều" ), std::string_view( "Chương" ), std::string_view( "Mục" ), std::string_view( "Phần" ), std::string_view( "CHƯƠNG" ), std::string_view( "PHẦN" ), std::string_view( "MỤC" ) } ) {
      if( b >= w.size() && s.substr( b - w.size(), w.size() ) == w && ( b == w.size() || is_ws( s[ b - w.size() - 1 ] ) ) ) {
         return true;
      }
   }
   return false;
}

/// A line the gazette or the signing service puts on a page, not part of the text: "CÔNG
/// BÁO/Số 55/Ngày 26-01-2026", a page number, the e-signature stamp ("Người ký: …", "Email: …").
/// `l` begins at the line's first character that is not a space or tab.
[[nodiscard]] bool noise_line( std::string_view l ) noexcept
{
   while( !l.empty() && ( l.back() == ' ' || l.back() == '\t' ) ) {
      l.remove_suffix( 1 );
   }
   if( l.empty() ) {
      return false;
   }
   if( l.size() <= 4 && l.find_first_not_of( "0123456789" ) == std::string_view::npos ) {
      return true;  // a page number
   }
   for( const std::string_view p : { "CÔNG BÁO/", "CÔNG BÁO /", "Người ký:", "Email:", "Cơ quan:", "Thời gian ký:" } ) {
      // the first byte before the comparison: nearly every line is text, and tells at once
      if( l.front() == p.front() && l.starts_with( p ) ) {
         return true;
      }
   }
   return false;
}

/// Blank lines that do not end a sentence: those around a page break of a gazette text, when the
/// text before it does not end a sentence and the text after it goes on in lower case
/// ("… theo phương thức đối tác công tư,⏎⏎CÔNG BÁO/Số 1217…⏎95⏎⏎dự án đầu tư …"). Returns, in
/// order, the ranges [first, last] of line-break positions (where a blank-line boundary would be)
/// to skip: one range per page break, however many blank lines it has.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> page_breaks( std::string_view s )
{
   std::vector<std::pair<std::size_t, std::size_t>> skip;
   std::size_t i = 0;
   char last = '.';              // last non-blank character of the last content line
   bool in_run = false;
   bool noise = false;
   // the blank-line boundaries of the current run: the first and the last
   std::optional<std::pair<std::size_t, std::size_t>> pending;
   while( true ) {
      const std::size_t e = std::min( s.find( '\n', i ), s.size() );
      std::size_t b = i;  // the line's first character that is not a space or tab
      while( b < e && ( s[ b ] == ' ' || s[ b ] == '\t' ) ) {
         ++b;
      }
      const bool blank = b == e;
      if( blank || noise_line( s.substr( b, e - b ) ) ) {
         if( !in_run ) {
            in_run = true;
            noise = false;
            pending.reset();
         }
         noise = noise || !blank;
         if( blank && i > 0 ) {
            // the line break before a blank line
            pending = pending ? std::pair( pending->first, i - 1 ) : std::pair( i - 1, i - 1 );
         }
      }
      else {
         if( in_run && noise && pending && last != '.' && last != ';' && last != ':' && last != '!' && last != '?' ) {
            const char* p = s.data() + b;
            const char32_t c = decode_valid( p );
            if( !is_upper_cp( c ) ) {
               skip.push_back( *pending );
            }
         }
         in_run = false;
         std::size_t k = e;  // after the line's last character that is not a space or tab
         while( s[ k - 1 ] == ' ' || s[ k - 1 ] == '\t' ) {
            --k;
         }
         last = s[ k - 1 ];
      }
      if( e == s.size() ) {
         break;
      }
      i = e + 1;
   }
   return skip;
}

}  // namespace

/// Where the scope of a cue ends: sentence ends, a ';' that ends a line (Căn cứ lines), blank lines.
void find_sentences( resolve_context& cx )
{
   const std::string_view s = cx.t.normalized;
   const auto skip = page_breaks( s );
   std::size_t si = 0;
   // a run of blank lines keeps its first and its last boundary only: the scope of a position
   // before the run ends at the first, after it begins at the last, and no position between
   // them holds anything (a file of line breaks took 16 bytes a byte)
   std::size_t last_break = std::string_view::npos;  // the line break before this one
   std::size_t run_last = std::string_view::npos;    // the last boundary of the current run
   bool run_has_two = false;
   for( std::size_t i = 0; i < s.size(); ++i ) {
      // the next byte that may end a sentence, sixteen bytes a step
      i = simd::find_any< '?', '!', '.', ';', '\n' >( s.data(), i, s.size() );
      if( i == s.size() ) {
         break;
      }
      const char c = s[ i ];
      if( c == '?' || c == '!' ) {
         cx.boundaries.push_back( i + 1 );
      }
      else if( c == '.' ) {
         const bool next_space = i + 1 == s.size() || is_ws( s[ i + 1 ] );
         const bool decimal = i > 0 && i + 1 < s.size() && s[ i - 1 ] >= '0' && s[ i - 1 ] <= '9' && s[ i + 1 ] >= '0' && s[ i + 1 ] <= '9';
         // "TP. Hồ Chí Minh", "TS. …": a short capitalized abbreviation does not end a sentence
         std::size_t k = i;
         while( k > 0 && ( ( s[ k - 1 ] >= 'A' && s[ k - 1 ] <= 'Z' ) || ( s[ k - 1 ] >= 'a' && s[ k - 1 ] <= 'z' ) ) ) {
            --k;
         }
         const bool abbreviation = i - k > 0 && i - k <= 3 && s[ k ] >= 'A' && s[ k ] <= 'Z' && ( k == 0 || is_ws( s[ k - 1 ] ) );
         if( next_space && !decimal && !abbreviation && !numbering_dot( s, i ) ) {
            cx.boundaries.push_back( i + 1 );
         }
      }
      else if( c == ';' ) {
         std::size_t j = i + 1;
         while( j < s.size() && ( s[ j ] == ' ' || s[ j ] == '\t' ) ) {
            ++j;
         }
         if( j == s.size() || s[ j ] == '\n' ) {
            cx.boundaries.push_back( i + 1 );
         }
      }
      else if( c == '\n' ) {
         std::size_t j = i + 1;
         while( j < s.size() && ( s[ j ] == ' ' || s[ j ] == '\t' ) ) {
            ++j;
         }
         while( si < skip.size() && skip[ si ].second < i ) {
            ++si;
         }
         const bool page_break = si < skip.size() && skip[ si ].first <= i;
         if( j < s.size() && s[ j ] == '\n' && !page_break ) {
            const bool goes_on = run_last != std::string_view::npos && run_last == last_break;  // only blanks between
            if( goes_on && run_has_two ) {
               cx.boundaries.back() = i;
            }
            else {
               run_has_two = goes_on;
               cx.boundaries.push_back( i );
            }
            run_last = i;
         }
         last_break = i;
      }
   }
}

}  // namespace vanban::detail
