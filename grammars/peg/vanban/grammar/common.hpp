// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_COMMON_HPP
#define VANBAN_GRAMMAR_COMMON_HPP

// Building blocks shared by every recognizer.
//
// The grammar runs on the *normalized* text (src/normalize): NFC, new-style tone placement,
// dashes folded to '-', no-break and zero-width spaces folded, CR and CRLF folded to LF. So the
// only whitespace left is ' ', '\t' and '\n', the only hyphen is '-', and every literal below is
// NFC. Text of PDF and web origin wraps lines anywhere, so wherever words may be separated,
// a line break is allowed too.
//
// Vietnamese keywords are matched as explicit case variants plus a Vietnamese word boundary,
// never with istring/keyword<>: those fold and bound ASCII only, and would let "Lu" + "ật" end a
// keyword inside a word (docs/style.md C5).

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "text/utf8.hpp"

namespace vanban::grammar {

using namespace tao::pegtl;  // NOLINT(google-build-using-namespace): rule vocabulary

// clang-format off

// blank <- ' ' / '\t' / '\n'
struct blank : one< ' ', '\t', '\n' > {};
// sp <- blank*  (words may also be glued: "số347/TTr-CP", "09tháng 5")
struct sp : star< blank > {};
// sp1 <- blank+
struct sp1 : plus< blank > {};
// hsp <- (' ' / '\t')*
struct hsp : star< one< ' ', '\t' > > {};
// wrap <- hsp ('\n' hsp)?   inside a symbol: spaces and at most one line break ("TT-⏎BTC")
struct wrap : seq< hsp, opt< one< '\n' >, hsp > > {};

// clang-format on

/// A literal, like pegtl::string<>, but compared byte by byte in line: PEGTL's string<> calls
/// memcmp, which costs a call at every word start the scan tries a keyword at (a quarter of the
/// scan's time on the corpus); here a mismatch on the first byte costs one comparison.
template< char... Cs >
struct lit
{
   using rule_t = lit;
   using subs_t = empty_list;

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      constexpr std::size_t n = sizeof...( Cs );
      if( std::size_t( in.end() - in.current() ) < n ) {
         return false;
      }
      const char* p = in.current();
      std::size_t i = 0;
      if( !( ( p[ i++ ] == Cs ) && ... ) ) {
         return false;
      }
      in.bump_in_this_line( n );
      return true;
   }
};

/// TAO_PEGTL_STRING with lit<>.
#define VANBAN_STRING( x ) TAO_PEGTL_INTERNAL_STRING( vanban::grammar::lit, x )

/// One word character: a letter, digit or combining mark (any script). Custom rule so the
/// Vietnamese letters count, which ascii::alnum does not know.
struct word_char
{
   using rule_t = word_char;
   using subs_t = empty_list;

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const char* p = in.current();
      const char* e = in.end();
      if( p == e || !detail::is_word_at( p, e ) ) {
         return false;
      }
      in.bump_in_this_line( detail::sequence_length( static_cast<unsigned char>( *p ) ) );
      return true;
   }
};

/// A word character that is not an ASCII digit.
struct letter_char
{
   using rule_t = letter_char;
   using subs_t = empty_list;

   /// Whether one begins at `p` (valid UTF-8).
   [[nodiscard]] static bool at( const char* p, const char* e ) noexcept
   {
      return p != e && ( *p < '0' || *p > '9' ) && detail::is_word_at( p, e );
   }

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const char* p = in.current();
      if( !at( p, in.end() ) ) {
         return false;
      }
      in.bump_in_this_line( detail::sequence_length( static_cast<unsigned char>( *p ) ) );
      return true;
   }
};

/// An upper-case letter: A-Z or one of the Vietnamese capitals (Đ, Ô, Ư, …). Custom rule for
/// the same reason as word_char.
struct upper_char
{
   using rule_t = upper_char;
   using subs_t = empty_list;

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const char* p = in.current();
      const char* e = in.end();
      if( p == e ) {
         return false;
      }
      const auto b = static_cast<unsigned char>( *p );
      if( b < 0x80 ) {
         if( b >= 'A' && b <= 'Z' ) {
            in.bump_in_this_line( 1 );
            return true;
         }
         return false;
      }
      const char* q = p;
      if( !detail::is_upper_cp( detail::decode_valid( q ) ) ) {
         return false;
      }
      in.bump_in_this_line( std::size_t( q - p ) );
      return true;
   }
};

// clang-format off

// word_end <- !word_char
struct word_end : not_at< word_char > {};
// letter_end <- !letter_char   (digits may follow: "ngày09", "số347/…")
struct letter_end : not_at< letter_char > {};
// word <- word_char+      (one custom rule: the scan skips every word of a text with it)
struct word
{
   using rule_t = word;
   using subs_t = empty_list;

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const char* const b = in.current();
      const char* const e = in.end();
      const char* p = b;
      while( p != e ) {
         const auto c = static_cast<unsigned char>( *p );
         if( c < 0x80 ) {
            if( !detail::ascii_word[ c ] ) {
               break;
            }
            ++p;
            continue;
         }
         const char* q = p;
         if( !detail::is_word_cp( detail::decode_valid( q ) ) ) {
            break;
         }
         p = q;
      }
      if( p == b ) {
         return false;
      }
      in.bump_in_this_line( std::size_t( p - b ) );
      return true;
   }
};
// skip <- word / utf8::any    advance over one word, or one other character
struct skip : sor< word, utf8::any > {};

// digits of numbers (bounded: nothing real has more than 6 digits before the symbol)
struct digit_run : seq< rep_min_max< 1, 6, digit >, not_at< digit > > {};
// day, month: 1-2 digits
struct day_digits : seq< rep_min_max< 1, 2, digit >, not_at< digit > > {};
struct month_digits : seq< rep_min_max< 1, 2, digit >, not_at< digit > > {};
// year <- ('19' / '20') digit digit !digit
struct year_digits : seq< sor< lit< '1', '9' >, lit< '2', '0' > >, digit, digit, not_at< digit > > {};

// Roman numerals of terms and congresses (I … XXX); upper case only (docs: §5.2).
struct roman : seq< plus< one< 'I', 'V', 'X', 'L' > >, word_end > {};

// clang-format on

/// Defines a keyword rule `Name` matching the lower, Capitalized and UPPER spellings, followed by
/// no letter. Each keyword is its own struct so actions and traces name it.
#define VANBAN_KEYWORD( Name, lower, cap, upper ) \
   struct Name : seq< sor< VANBAN_STRING( lower ), VANBAN_STRING( cap ), VANBAN_STRING( upper ) >, letter_end > {}

// clang-format off
VANBAN_KEYWORD( kw_so, "số", "Số", "SỐ" );
VANBAN_KEYWORD( kw_ngay, "ngày", "Ngày", "NGÀY" );
VANBAN_KEYWORD( kw_thang, "tháng", "Tháng", "THÁNG" );
VANBAN_KEYWORD( kw_nam, "năm", "Năm", "NĂM" );
VANBAN_KEYWORD( kw_cua, "của", "Của", "CỦA" );
VANBAN_KEYWORD( kw_khoa, "khóa", "Khóa", "KHÓA" );
VANBAN_KEYWORD( kw_va, "và", "Và", "VÀ" );
VANBAN_KEYWORD( kw_ve, "về", "Về", "VỀ" );
VANBAN_KEYWORD( kw_cac, "các", "Các", "CÁC" );
VANBAN_KEYWORD( kw_tinh, "tỉnh", "Tỉnh", "TỈNH" );
VANBAN_KEYWORD( kw_xa, "xã", "Xã", "XÃ" );
VANBAN_KEYWORD( kw_phuong, "phường", "Phường", "PHƯỜNG" );
VANBAN_KEYWORD( kw_huyen, "huyện", "Huyện", "HUYỆN" );
VANBAN_KEYWORD( kw_quan, "quận", "Quận", "QUẬN" );
VANBAN_KEYWORD( kw_da, "đã", "Đã", "ĐÃ" );
VANBAN_KEYWORD( kw_do, "do", "Do", "DO" );
VANBAN_KEYWORD( kw_lan, "lần", "Lần", "LẦN" );
VANBAN_KEYWORD( kw_thu, "thứ", "Thứ", "THỨ" );
VANBAN_KEYWORD( kw_nay, "này", "Này", "NÀY" );
VANBAN_KEYWORD( kw_dang, "đảng", "Đảng", "ĐẢNG" );
VANBAN_KEYWORD( kw_hoi_nghi_1, "hội", "Hội", "HỘI" );
VANBAN_KEYWORD( kw_nghi, "nghị", "Nghị", "NGHỊ" );
VANBAN_KEYWORD( kw_dai, "đại", "Đại", "ĐẠI" );
VANBAN_KEYWORD( kw_trung, "trung", "Trung", "TRUNG" );
VANBAN_KEYWORD( kw_uong, "ương", "Ương", "ƯƠNG" );
VANBAN_KEYWORD( kw_ban, "ban", "Ban", "BAN" );
VANBAN_KEYWORD( kw_hanh, "hành", "Hành", "HÀNH" );
VANBAN_KEYWORD( kw_thanh, "thành", "Thành", "THÀNH" );
VANBAN_KEYWORD( kw_pho, "phố", "Phố", "PHỐ" );

// thanh_pho <- "thành phố" / "TP." / "TP"
struct kw_thanh_pho : sor< seq< kw_thanh, sp1, kw_pho >, seq< lit< 'T', 'P' >, opt< one< '.' > >, not_at< letter_char > > > {};
// ban hành (promulgate), with an optional "đã" before it
struct kw_ban_hanh : seq< kw_ban, sp1, kw_hanh > {};
// hội nghị, đại hội, trung ương
struct kw_hoi_nghi : seq< kw_hoi_nghi_1, sp1, kw_nghi > {};
struct kw_dai_hoi : seq< kw_dai, sp1, kw_hoi_nghi_1 > {};
struct kw_trung_uong : seq< kw_trung, sp1, kw_uong > {};
// lần thứ
struct kw_lan_thu : seq< kw_lan, sp1, kw_thu > {};
// clang-format on

}  // namespace vanban::grammar

namespace tao::pegtl {

template< typename Name >
struct analyze_traits< Name, vanban::grammar::word_char > : analyze_any_traits<> {};
template< typename Name >
struct analyze_traits< Name, vanban::grammar::word > : analyze_any_traits<> {};
template< typename Name, char... Cs >
struct analyze_traits< Name, vanban::grammar::lit< Cs... > > : std::conditional_t< sizeof...( Cs ) == 0, analyze_opt_traits<>, analyze_any_traits<> > {};
template< typename Name >
struct analyze_traits< Name, vanban::grammar::letter_char > : analyze_any_traits<> {};
template< typename Name >
struct analyze_traits< Name, vanban::grammar::upper_char > : analyze_any_traits<> {};

}  // namespace tao::pegtl

#endif
