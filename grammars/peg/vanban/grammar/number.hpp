// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_NUMBER_HPP
#define VANBAN_GRAMMAR_NUMBER_HPP

// Document numbers and symbols (số, ký hiệu), the three numbering systems of
// docs/citation-formats.md §1:
//
//   administrative  N/TYPE-ISSUER[-UNIT]       16/CT-TTg, 1911/BNV-TCPCP, 454/KH-BCA-T03
//                                              (NĐ 30/2020/NĐ-CP Điều 15, Phụ lục I)
//   normative       N/YYYY/TYPE-ISSUER         30/2020/NĐ-CP, 01/2021/TTLT-BTC-BNV
//   legislative     N/YYYY/QH<term>            80/2015/QH13, 76/2025/UBTVQH15
//                                              (Luật 80/2015/QH13 Điều 10; Luật 64/2025/QH15 Điều 7)
//   Party           N-TYPE/ORGAN[-UNIT]        25-NQ/TW, 459-KHHĐ/TU, 367-QĐ/TWĐTN-VP
//                                              (Quy định 66-QĐ/TW; Hướng dẫn 36-HD/VPTW)
//
// Text as found: spaces or a line break around '/' and '-' ("NĐ- CP", "44 /UBND-HCC",
// "TT-⏎BTC"), a space for the Party hyphen ("704 NQ/HĐNN7"), no hyphen ("858CV/ĐUK"), decimal
// numbers ("66.7/2025/NQ-CP"), codes glued to the next word ("ĐA-CPngày").
//
// Accepted:  30/2020/NĐ-CP   25-NQ/TW   16/CT-TTg   21/VBHN-BXD   66.7/2025/NQ-CP   704 NQ/HĐNN7
// Repaired, after a type word, where the codes leave no doubt (repaired_tail): 366-QĐ-TW,
//            255/2025-NĐ-CP (kept as written; resolve reads them as 366-QĐ/TW, 255/2025/NĐ-CP)
// Rejected:  16/5/2016 (a date)   1/2 (a ratio)   QCVN 25:2025/BCT (no leading number)
// Short forms after a type word ("Nghị định 176/2025", "Nghị định 73") are `short_number`;
// whether one is a citation is decided where it is used.
//
// The symbol's parts (type code, issuer codes, year) are analysed after parsing
// (src/resolve/symbol.cpp); the grammar only delimits the number.

#include "common.hpp"
#include "lexicon/lexicon.hpp"

namespace vanban::grammar {

/// One code of a symbol: an upper-case letter, then upper-case letters, digits, '&' and the
/// lower-case letters of mixed codes (TTg, TTr, QĐi, SNgV). A code glued to the next word
/// ("CPngày") ends before the lower-case letters of that word, if at least two capitals remain.
struct symbol_code
{
   using rule_t = symbol_code;
   using subs_t = empty_list;

   [[nodiscard]] static bool is_d_stroke( const char* p, const char* e ) noexcept
   {
      // U+0110 Đ / U+0111 đ: C4 90 / C4 91
      return e - p >= 2 && static_cast<unsigned char>( p[ 0 ] ) == 0xC4 && ( static_cast<unsigned char>( p[ 1 ] ) | 1 ) == 0x91;
   }

   /// A capital after a dot inside a code, not the first letter of a glued word: "E.K.LM".
   [[nodiscard]] static bool dotted_capital( const char* p, const char* e ) noexcept
   {
      if( p == e || *p < 'A' || *p > 'Z' ) {
         return false;
      }
      const char* q = p + 1;
      return q == e || !detail::is_word_at( q, e ) || ( *q >= 'A' && *q <= 'Z' ) || ( *q >= '0' && *q <= '9' );
   }

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const char* const b = in.current();
      const char* const p = end_of( b, in.end() );
      if( p == nullptr ) {
         return false;
      }
      in.bump_in_this_line( std::size_t( p - b ) );
      return true;
   }

   /// The end of the code at `b`, or null where none begins.
   [[nodiscard]] static const char* end_of( const char* const b, const char* const e ) noexcept
   {
      const char* p = b;
      std::size_t capitals = 0;
      const char* last_capital_end = nullptr;  // end of the last upper-case letter, digit or '&'
      while( p != e ) {
         const char c = *p;
         if( ( c >= 'A' && c <= 'Z' ) || ( c >= '0' && c <= '9' ) ) {
            if( p == b && ( c < 'A' || c > 'Z' ) ) {
               return nullptr;
            }
            capitals += ( c >= 'A' && c <= 'Z' );
            ++p;
            last_capital_end = p;
         }
         else if( is_d_stroke( p, e ) ) {
            const bool upper = static_cast<unsigned char>( p[ 1 ] ) == 0x90;
            if( p == b && !upper ) {
               return nullptr;
            }
            capitals += upper;
            p += 2;
            if( upper ) {
               last_capital_end = p;
            }
         }
         else if( c >= 'a' && c <= 'z' ) {
            if( p == b ) {
               return nullptr;
            }
            ++p;
         }
         else if( c == '&' && p != b ) {
            // "QLN&TTBĐS", also written "QLN& TTBĐS"
            const char* q = p + 1;
            while( q != e && *q == ' ' ) {
               ++q;
            }
            if( q == e || !( ( *q >= 'A' && *q <= 'Z' ) || is_d_stroke( q, e ) ) ) {
               break;
            }
            p = q;
         }
         else if( c == '.' && p != b && dotted_capital( p + 1, e ) ) {
            ++p;  // "E.K.LM"; not the full stop of "UBND.Căn cứ"
         }
         else {
            break;
         }
      }
      if( p == b ) {
         return nullptr;
      }
      if( detail::is_word_at( p, e ) ) {
         // glued to a word ("CPngày"): keep the capitals before the word's lower-case letters
         if( last_capital_end == nullptr || capitals < 2 ) {
            return nullptr;
         }
         p = last_capital_end;
      }
      return p;
   }
};

/// A symbol whose separators a typist or a news site got wrong, read only where its codes leave
/// no doubt (docs/citation-formats.md §8), right after a type word; resolve keeps it as written,
/// reads its type and issuer codes with the slash, and notes it (`VB-N003`):
///   "366-QĐ-TW"       a hyphen for a Party symbol's slash: a Party type code, then a Party
///                     organ's code, nothing after (→ "366-QĐ/TW")
///   "255/2025-NĐ-CP"  a hyphen for the slash after a normative number's year: a state type
///                     code, then one or more codes (→ "255/2025/NĐ-CP")
struct repaired_tail
{
   using rule_t = repaired_tail;
   using subs_t = empty_list;

   /// After a symbol: no word goes on, and no separator follows.
   [[nodiscard]] static bool symbol_ends( const char* p, const char* e ) noexcept
   {
      if( detail::is_word_at( p, e ) ) {
         return false;
      }
      while( p != e && ( *p == ' ' || *p == '\t' ) ) {
         ++p;
      }
      return p == e || ( *p != '/' && *p != '-' );
   }

   [[nodiscard]] static std::string_view code( const char* b, const char* e ) noexcept { return { b, std::size_t( e - b ) }; }

   /// "-QĐ-TW" at `b`: its end, or null.
   [[nodiscard]] static const char* party_dash_end( const char* b, const char* e ) noexcept
   {
      if( b == e || *b != '-' ) {
         return nullptr;
      }
      const char* const type_end = symbol_code::end_of( b + 1, e );
      if( type_end == nullptr || type_end == e || *type_end != '-' ) {
         return nullptr;
      }
      const char* const organ_end = symbol_code::end_of( type_end + 1, e );
      if( organ_end == nullptr || !symbol_ends( organ_end, e ) ) {
         return nullptr;
      }
      if( !lexicon::is_type_code( code( b + 1, type_end ), true ) || !lexicon::is_party_organ_code( code( type_end + 1, organ_end ) ) ) {
         return nullptr;
      }
      return organ_end;
   }

   /// "/2025-NĐ-CP" at `b`: its end, or null.
   [[nodiscard]] static const char* year_dash_end( const char* b, const char* e ) noexcept
   {
      const auto digit = []( char c ) { return c >= '0' && c <= '9'; };
      if( e - b < 7 || b[ 0 ] != '/' || !( ( b[ 1 ] == '1' && b[ 2 ] == '9' ) || ( b[ 1 ] == '2' && b[ 2 ] == '0' ) ) || !digit( b[ 3 ] ) || !digit( b[ 4 ] ) || b[ 5 ] != '-' ) {
         return nullptr;
      }
      const char* const type_end = symbol_code::end_of( b + 6, e );
      if( type_end == nullptr ) {
         return nullptr;
      }
      if( !lexicon::is_type_code( code( b + 6, type_end ), false ) ) {
         return nullptr;
      }
      const char* p = type_end;
      std::size_t codes = 0;
      while( p != e && *p == '-' ) {
         const char* const next = symbol_code::end_of( p + 1, e );
         if( next == nullptr ) {
            break;
         }
         p = next;
         ++codes;
      }
      if( codes == 0 || !symbol_ends( p, e ) ) {
         return nullptr;
      }
      return p;
   }

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const char* const b = in.current();
      const char* p = party_dash_end( b, in.end() );
      if( p == nullptr ) {
         p = year_dash_end( b, in.end() );
      }
      if( p == nullptr ) {
         return false;
      }
      in.bump_in_this_line( std::size_t( p - b ) );
      return true;
   }
};

// clang-format off

// doc_seq <- digits ('.' digits)? ('-' digits &'/')?     "66.7/2025/NQ-CP", "25-2303/PBHC-KD"
struct doc_seq : seq< digit_run, opt< one< '.' >, digit_run >, opt< one< '-' >, digit_run, at< hsp, one< '/' > > > > {};
// symbol separators: spaces and one line break allowed around them
struct sym_slash : seq< hsp, one< '/' >, wrap > {};
struct sym_hyphen : seq< wrap, one< '-' >, wrap > {};
// the year of a normative number
struct number_year : year_digits {};

// a unit numbered rather than named, last in a symbol: "01/CV-01"
struct digit_unit : seq< rep_min_max< 1, 4, digit >, not_at< digit >, word_end, not_at< hsp, one< '/' > > > {};
// state_tail <- '/' (year '/')? code (('-' / '/') code)* ('-' digits)?
struct state_tail : seq< sym_slash, opt< number_year, sym_slash >, symbol_code, star< sor< sym_hyphen, sym_slash >, symbol_code >, opt< sym_hyphen, digit_unit > > {};
// party_tail <- ('-' / ' '*) code '/' code ('-' code)*
struct party_tail : seq< sor< sym_hyphen, hsp >, symbol_code, sym_slash, symbol_code, star< sym_hyphen, symbol_code > > {};
// spaced_tail <- (' ' year)? (' ' code){2,4}      "41 2025 TT BTC", "348 CT CS" (titles of
// question-and-answer pages spell symbols with spaces); at least one code must be a known type or
// issuer code, which the action checks
struct spaced_code : seq< upper_char, rep_max< 9, sor< upper_char, range< 'a', 'z' > > >, word_end > {};
struct spaced_tail : seq< opt< one< ' ' >, number_year >, one< ' ' >, spaced_code, rep_min_max< 1, 3, one< ' ' >, spaced_code > > {};
// short_tail <- ('/' year)? !('/' / '-' / word)     "176/2025", "73"
struct short_tail : seq< opt< sym_slash, number_year >, not_at< hsp, one< '/', '-' > >, word_end > {};

// full_number <- doc_seq (state_tail / party_tail)       in lists: "số 18-NQ/TW, 19-NQ/TW"
struct full_number : seq< doc_seq, sor< state_tail, party_tail > > {};
// dash_tail <- '-' code !'/'      historical forms without an organ: "63-SL" (Sắc lệnh, 1945),
// "121-NV", "3281-TCCB" (kept as written, numbering "other")
struct dash_tail : seq< sym_hyphen, symbol_code, word_end, not_at< hsp, one< '/', '-' > > > {};
// doc_number <- doc_seq (state_tail / party_tail / repaired_tail / spaced_tail / dash_tail / short_tail)
//               right after a type word
struct doc_number : seq< doc_seq, sor< state_tail, party_tail, repaired_tail, spaced_tail, dash_tail, short_tail > > {};

// clang-format on

}  // namespace vanban::grammar

namespace tao::pegtl {
template< typename Name >
struct analyze_traits< Name, vanban::grammar::symbol_code > : analyze_any_traits<> {};
template< typename Name >
struct analyze_traits< Name, vanban::grammar::repaired_tail > : analyze_any_traits<> {};
}  // namespace tao::pegtl

#endif
