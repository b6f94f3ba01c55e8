// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "layout.hpp"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>

#include "context.hpp"
#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

[[nodiscard]] bool is_letter( char32_t c ) noexcept
{
   return is_word_cp( c ) && !( c >= '0' && c <= '9' );
}

/// The first code point of `s` (0 when empty).
[[nodiscard]] char32_t first_cp( std::string_view s ) noexcept
{
   if( s.empty() ) {
      return 0;
   }
   const char* p = s.data();
   return decode_valid( p );
}

/// The surface as written in the lexicon of the row a key names (its variant 0).
[[nodiscard]] std::string_view surface_of( std::span<const lexicon::key> keys, const lexicon::key& k ) noexcept
{
   if( k.variant == 0 ) {
      return k.text;
   }
   for( const auto& other : keys ) {
      if( other.row == k.row && other.variant == 0 ) {
         return other.text;
      }
   }
   return k.text;
}

void append_case( std::string& out, std::string_view word, bool upper )
{
   const char* p = word.data();
   const char* const e = word.data() + word.size();
   while( p < e ) {
      const char32_t c = decode_valid( p );
      append_utf8( out, char32_t( upper ? u_toupper( UChar32( c ) ) : u_tolower( UChar32( c ) ) ) );
   }
}

/// Capitalizes the first letter of `s` from byte `at`.
void capitalize_at( std::string& s, std::size_t at )
{
   if( at >= s.size() ) {
      return;
   }
   const char* p = s.data() + at;
   const char* q = p;
   const char32_t c = decode_valid( q );
   std::string up;
   append_utf8( up, char32_t( u_toupper( UChar32( c ) ) ) );
   s.replace( at, std::size_t( q - p ), up );
}

/// An upper-case token that cannot be one Vietnamese syllable is an acronym ("UBND", "HĐND",
/// "TTHC", "MTTQ"): initial consonants, a vowel run, and one of the final consonants, or not.
[[nodiscard]] bool is_acronym( std::string_view token ) noexcept
{
   static constexpr std::array<std::string_view, 12> initials{ "CH", "GH", "GI", "KH", "NG", "NH", "PH", "QU", "TH", "TR", "NGH", "" };
   static constexpr std::array<std::string_view, 9> finals{ "", "C", "CH", "M", "N", "NG", "NH", "P", "T" };
   std::string ascii;  // letters folded: vowels with marks → 'A', consonants as themselves (Đ → D)
   const char* p = token.data();
   const char* const e = token.data() + token.size();
   while( p < e ) {
      const char32_t c = decode_valid( p );
      if( c >= 'A' && c <= 'Z' ) {
         ascii += char( c );
      }
      else if( c == U'Đ' ) {
         ascii += 'D';
      }
      else if( is_letter( c ) ) {
         ascii += 'A';  // a vowel with a diacritic
      }
      else {
         return false;
      }
   }
   if( ascii.size() < 2 ) {
      return false;
   }
   const auto vowel = []( char c ) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y'; };
   std::size_t i = 0;
   while( i < ascii.size() && !vowel( ascii[ i ] ) ) {
      ++i;
   }
   const std::string_view initial( ascii.data(), i );
   if( i == ascii.size() ) {
      return true;  // no vowel
   }
   if( initial.size() > 1 && std::find( initials.begin(), initials.end(), initial ) == initials.end() ) {
      return true;
   }
   while( i < ascii.size() && vowel( ascii[ i ] ) ) {
      ++i;
   }
   const std::string_view final_part( ascii.data() + i, ascii.size() - i );
   return std::find( finals.begin(), finals.end(), final_part ) == finals.end();
}

[[nodiscard]] bool all_roman( std::string_view token ) noexcept
{
   return !token.empty() && std::all_of( token.begin(), token.end(), []( char c ) { return c == 'I' || c == 'V' || c == 'X' || c == 'L'; } );
}

/// Roman numerals keep their capitals after these words ("KHÓA XIII", "CHƯƠNG II").
[[nodiscard]] bool numbers_follow( std::string_view lowered_word ) noexcept
{
   static constexpr std::array<std::string_view, 8> words{ "khóa", "thứ", "chương", "phần", "mục", "lục", "hội", "họp" };
   return std::find( words.begin(), words.end(), lowered_word ) != words.end();
}

struct name_source {
   lexicon::keys_view table;
};

}  // namespace

// --- line_reader ---------------------------------------------------------------------------------------

line_reader::line_reader( std::string_view text, const line_events& ev )
   : m_text( text ),
     m_ev( ev ),
     m_lines( ev.lines )
{
   // Where a sentence ends at a line end and the next line starts a new one, a web copy has a
   // blank line between them (a paragraph break) and a PDF text layer has none.
   std::size_t contents = 0;
   std::size_t separated = 0;
   std::size_t breaks = 0;
   std::size_t blank_breaks = 0;
   std::size_t prev = document_layout::npos;
   for( std::size_t i = 0; i < m_lines.size(); ++i ) {
      if( !content( i ) ) {
         continue;
      }
      ++contents;
      if( prev != document_layout::npos ) {
         const bool blank = blank_between( prev, i );
         separated += blank;
         if( ends_sentence( whole( prev ) ) && starts_upper( whole( i ) ) ) {
            ++breaks;
            blank_breaks += blank;
         }
      }
      prev = i;
   }
   m_paragraph_mode = breaks >= 3 ? blank_breaks * 2 >= breaks : contents > 0 && separated * 5 >= contents;
}

std::string_view line_reader::whole( std::size_t i ) const noexcept
{
   const raw_line& r = m_lines[ i ];
   return m_text.substr( r.begin, r.end - r.begin );
}

std::string_view line_reader::rest( std::size_t i ) const noexcept
{
   const raw_line& r = m_lines[ i ];
   return m_text.substr( r.rest_begin, r.rest_end - r.rest_begin );
}

std::string_view line_reader::marker( std::size_t i ) const noexcept
{
   const raw_line& r = m_lines[ i ];
   return m_text.substr( r.marker_begin, r.marker_end - r.marker_begin );
}

bool line_reader::content( std::size_t i ) const noexcept
{
   const line_kind k = m_lines[ i ].kind;
   return k != line_kind::blank && !is_noise( k );
}

std::size_t line_reader::next_content( std::size_t i ) const noexcept
{
   while( i < m_lines.size() && !content( i ) ) {
      ++i;
   }
   return i;
}

std::size_t line_reader::prev_content( std::size_t i ) const noexcept
{
   while( i-- > 0 ) {
      if( content( i ) ) {
         return i;
      }
   }
   return document_layout::npos;
}

bool line_reader::blank_between( std::size_t a, std::size_t b ) const noexcept
{
   // a blank line beside noise is part of a page break, not a paragraph break
   bool blank = false;
   bool noise = false;
   for( std::size_t i = a + 1; i < b && i < m_lines.size(); ++i ) {
      blank = blank || m_lines[ i ].kind == line_kind::blank;
      noise = noise || is_noise( m_lines[ i ].kind );
   }
   return blank && !noise;
}

namespace {

/// A string of `pieces` (called with a function that takes each piece) joined with their
/// whitespace folded: reserved at most one byte per byte and space between pieces, since a
/// heading grown by doubling held up to twice its size (a long text's headings are most of its
/// structure's memory).
template< typename Pieces >
[[nodiscard]] std::string join_folded( const Pieces& pieces )
{
   std::size_t size = 0;
   pieces( [ & ]( std::string_view piece ) { size += piece.size() + 1; } );
   std::string out;
   out.reserve( size );
   pieces( [ & ]( std::string_view piece ) { append_folded( out, piece ); } );  // one space between lines too
   return out;
}

}  // namespace

template< typename F >
void line_reader::for_each_piece( std::size_t first, std::size_t last, std::size_t from, F&& f ) const
{
   // [b, end) of each line with content, from `from` on
   for( std::size_t i = first; i <= last && i < m_lines.size(); ++i ) {
      if( !content( i ) ) {
         continue;
      }
      const raw_line& r = m_lines[ i ];
      const std::uint32_t b = std::max( r.begin, std::uint32_t( std::min( from, std::size_t( r.end ) ) ) );
      if( b < r.end ) {
         f( line_piece{ b, r.end } );
      }
   }
}

void line_reader::pieces( std::size_t first, std::size_t last, std::size_t from, std::vector<line_piece>& out ) const
{
   for_each_piece( first, last, from, [ & ]( line_piece piece ) { out.push_back( piece ); } );
}

std::string line_reader::joined( std::size_t first, std::size_t last, std::size_t from ) const
{
   return join_folded( [ & ]( auto&& f ) {
      for_each_piece( first, last, from, [ & ]( line_piece piece ) { f( m_text.substr( piece.begin, piece.end - piece.begin ) ); } );
   } );
}

std::string joined_pieces( std::string_view text, const line_piece* first, const line_piece* last )
{
   return join_folded( [ & ]( auto&& f ) {
      for( const line_piece* p = first; p != last; ++p ) {
         f( text.substr( p->begin, p->end - p->begin ) );
      }
   } );
}

// --- text tests --------------------------------------------------------------------------------------

bool mostly_upper( std::string_view s ) noexcept
{
   std::size_t letters = 0;
   std::size_t upper = 0;
   const char* p = s.data();
   const char* const e = s.data() + s.size();
   while( p < e ) {
      const char32_t c = decode_valid( p );
      if( is_letter( c ) ) {
         ++letters;
         upper += is_upper_cp( c );
         // the rest cannot make it: even if every byte left were a capital (a sentence of
         // running text is decided after a fifth of it)
         if( upper + std::size_t( e - p ) < 4 * ( letters - upper ) ) {
            return false;
         }
      }
   }
   return letters >= 2 && upper * 5 >= letters * 4;
}

bool starts_lower( std::string_view s ) noexcept
{
   const char* p = s.data();
   const char* const e = s.data() + s.size();
   while( p < e ) {
      const char* q = p;
      const char32_t c = decode_valid( q );
      if( is_letter( c ) ) {
         return !is_upper_cp( c );
      }
      if( c != '"' && c != '(' && c != U'“' && c != '\'' && c != U'‘' ) {
         return false;
      }
      p = q;
   }
   return false;
}

bool starts_upper( std::string_view s ) noexcept
{
   const char32_t c = first_cp( s );
   return is_upper_cp( c ) || ( c >= '0' && c <= '9' ) || c == '"' || c == '(' || c == U'“' || c == '[';
}

bool ends_sentence( std::string_view s ) noexcept
{
   while( !s.empty() && ( s.back() == ' ' || s.back() == '\t' ) ) {
      s.remove_suffix( 1 );
   }
   if( s.empty() ) {
      return false;
   }
   const char c = s.back();
   return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

bool ends_open( std::string_view s ) noexcept
{
   while( !s.empty() && ( s.back() == ' ' || s.back() == '\t' ) ) {
      s.remove_suffix( 1 );
   }
   const auto keys = lexicon::open_words().view();
   // the last word, and the last two ("đối với")
   std::size_t cut = s.size();
   for( int words = 0; words < 2; ++words ) {
      const auto sp = s.rfind( ' ', cut == 0 ? 0 : cut - 1 );
      const std::size_t b = sp == std::string_view::npos ? 0 : sp + 1;
      if( lexicon::find( keys, s.substr( b ) ) != nullptr ) {
         return true;
      }
      if( sp == std::string_view::npos ) {
         break;
      }
      cut = sp;
   }
   return false;
}

bool looks_like_name( std::string_view s ) noexcept
{
   if( s.empty() || s.size() > 60 || mostly_upper( s ) ) {
      return false;
   }
   std::size_t words = 0;
   std::size_t capitalized_tail = 0;  // capitalized words at the end
   bool word_start = true;
   const char* p = s.data();
   const char* const e = s.data() + s.size();
   while( p < e ) {
      const char32_t c = decode_valid( p );
      if( c == ' ' || c == '\t' ) {
         word_start = true;
         continue;
      }
      if( !is_letter( c ) ) {
         return false;
      }
      if( word_start ) {
         ++words;
         if( words == 1 && !is_upper_cp( c ) ) {
            return false;
         }
         capitalized_tail = is_upper_cp( c ) ? capitalized_tail + 1 : 0;
         word_start = false;
      }
   }
   return words >= 2 && words <= 7 && capitalized_tail >= 2;
}

// --- casing ------------------------------------------------------------------------------------------

std::string sentence_case( std::string_view s )
{
   const std::array<name_source, 5> sources{ { { lexicon::bodies().view() },
                                               { lexicon::provinces().view() },
                                               { lexicon::proper_names().view() },
                                               { lexicon::signer_titles().view() },
                                               { lexicon::doc_types().view() } } };
   std::string out;
   out.reserve( s.size() );
   std::string previous;  // the previous word, lower case
   std::size_t i = 0;
   while( i < s.size() ) {
      const char c = s[ i ];
      if( c == ' ' || c == '\t' || c == '\n' ) {
         if( !out.empty() && out.back() != ' ' ) {
            out += ' ';
         }
         ++i;
         continue;
      }
      const bool word_start = i == 0 || !is_word_before( s.data(), s.data() + i );
      if( word_start && is_word_at( s.data() + i, s.data() + s.size() ) ) {
         // a known name, written in capitals: its own spelling
         lexicon::match best;
         std::span<const lexicon::key> best_keys;
         for( std::size_t k = 0; k < sources.size(); ++k ) {
            const auto m = lexicon::longest_match( sources[ k ].table, s.data() + i, s.data() + s.size() );
            if( m && m.entry->variant == 1 && m.length > best.length ) {
               if( k == 4 ) {
                  // a document type keeps its capital only before a number: "CHỈ THỊ SỐ 27/CT-TTG"
                  std::size_t j = i + m.length;
                  while( j < s.size() && s[ j ] == ' ' ) {
                     ++j;
                  }
                  const std::string_view after = s.substr( j );
                  if( !( after.starts_with( "SỐ" ) || ( !after.empty() && after[ 0 ] >= '0' && after[ 0 ] <= '9' ) ) ) {
                     continue;
                  }
               }
               best = m;
               best_keys = sources[ k ].table.keys;
            }
         }
         if( best ) {
            const std::string_view surface = surface_of( best_keys, *best.entry );
            out += surface;
            previous.clear();
            append_case( previous, surface.substr( surface.rfind( ' ' ) == std::string_view::npos ? 0 : surface.rfind( ' ' ) + 1 ), false );
            i += best.length;
            continue;
         }
      }
      // one token up to the next blank
      std::size_t j = i;
      while( j < s.size() && s[ j ] != ' ' && s[ j ] != '\t' && s[ j ] != '\n' ) {
         ++j;
      }
      const std::string_view token = s.substr( i, j - i );
      // the letters of the token, without punctuation around them
      std::size_t lb = 0;
      std::size_t le = token.size();
      while( lb < le && !is_word_at( token.data() + lb, token.data() + le ) ) {
         lb += sequence_length( static_cast<unsigned char>( token[ lb ] ) );
      }
      while( le > lb && !is_word_before( token.data() + lb, token.data() + le ) ) {
         --le;
      }
      const std::string_view letters = token.substr( lb, le - lb );
      const bool has_digit = std::any_of( token.begin(), token.end(), []( char ch ) { return ch >= '0' && ch <= '9'; } );
      const bool symbol = token.find( '/' ) != std::string_view::npos;
      const bool keep = has_digit || symbol || is_acronym( letters ) || ( all_roman( letters ) && numbers_follow( previous ) );
      if( keep ) {
         out += token;
      }
      else {
         append_case( out, token, false );
      }
      previous.clear();
      append_case( previous, letters, false );
      i = j;
   }
   while( !out.empty() && out.back() == ' ' ) {
      out.pop_back();
   }
   capitalize_at( out, 0 );
   return out;
}

std::string organ_case( std::string_view s )
{
   std::string out = sentence_case( s );
   // the word after the kind of body, and after "và", "," and " - " inside the name
   const auto m = lexicon::longest_match( lexicon::organ_words().view(), out.data(), out.data() + out.size() );
   if( !m ) {
      return out;
   }
   std::size_t i = m.length;
   bool capitalize = true;
   while( i < out.size() ) {
      if( out[ i ] == ' ' ) {
         ++i;
         continue;
      }
      std::size_t j = out.find( ' ', i );
      if( j == std::string::npos ) {
         j = out.size();
      }
      const std::string_view word( out.data() + i, j - i );
      if( capitalize && is_word_at( out.data() + i, out.data() + out.size() ) ) {
         capitalize_at( out, i );
         j = out.find( ' ', i );
         if( j == std::string::npos ) {
            j = out.size();
         }
      }
      capitalize = word == "và" || word == "-" || word.ends_with( ',' );
      i = j;
   }
   return out;
}

// --- heading numbers ---------------------------------------------------------------------------------------

int roman_value( std::string_view s ) noexcept
{
   const auto v = []( char c ) { return c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : 0; };
   int total = 0;
   for( std::size_t i = 0; i < s.size(); ++i ) {
      const int a = v( s[ i ] );
      if( a == 0 ) {
         return 0;
      }
      const int b = i + 1 < s.size() ? v( s[ i + 1 ] ) : 0;
      total += a < b ? -a : a;
   }
   return total;
}

int letter_value( std::string_view s ) noexcept
{
   // the order of points (điểm): the Vietnamese alphabet, which has no f, j, w, z
   static constexpr std::string_view order = "abcd";
   if( s == "đ" || s == "Đ" ) {
      return 5;
   }
   if( s.size() != 1 ) {
      return 0;
   }
   const char c = char( s[ 0 ] | 0x20 );
   if( c < 'a' || c > 'z' ) {
      return 0;
   }
   if( c <= 'd' ) {
      return int( order.find( c ) ) + 1;
   }
   static constexpr std::string_view rest = "eghiklmnopqrstuvxy";
   const auto k = rest.find( c );
   return k == std::string_view::npos ? 0 : int( k ) + 6;
}

int heading_value( std::string_view s ) noexcept
{
   if( s.empty() ) {
      return 0;
   }
   if( s[ 0 ] >= '0' && s[ 0 ] <= '9' ) {
      int v = 0;
      for( const char c : s ) {
         if( c < '0' || c > '9' ) {
            break;
         }
         v = std::min( v * 10 + ( c - '0' ), 100000 );
      }
      return v;
   }
   if( const int r = roman_value( s ) ) {
      return r;
   }
   return letter_value( s );
}

}  // namespace vanban::detail
