// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_SCAN_HPP
#define VANBAN_GRAMMAR_SCAN_HPP

// The entry grammar: scan running text once, left to right, and recognise at each word start
// the first of
//
//   citation   a mention of a document                   (citation.hpp)
//   cue        a relation cue phrase ("Căn cứ", "thực hiện", "sửa đổi, bổ sung" …)
//   near miss  a type word and "số" with almost a number: a template or a number cut short
//              (reported as a diagnostic, no mention)
//   pinpoint   the provision cited inside the document named next ("khoản 2 Điều 5 …")
//   promulgate an issuing verb: "ban hành", "thông qua", "đã có" … (links a body before it to the
//              document after it)
//   body       an issuing body named outside a citation   (issuer.hpp)
//   date       a date outside a citation                  (date.hpp)
//
// and otherwise skip one word (or one other character). Every recognizer starts with a literal
// or a lexicon lookup, so a position that starts none of them costs a few byte comparisons;
// none of them repeats without bound, so the scan is linear in the input.

#include <cstdint>
#include <string_view>

#include "citation.hpp"
#include "date.hpp"
#include "issuer.hpp"
#include "lexicon_rule.hpp"

namespace vanban::grammar {

/// The first byte of a mention: a letter or a digit. Every recognizer begins with a keyword, a
/// lexicon entry (tests/unit/grammar/lexicon_test.cpp checks that none of the tables the scan
/// opens with has an entry beginning otherwise), an upper-case letter or a digit, so at a blank
/// or an ASCII punctuation mark the scan skips without trying them (a fifth of all positions).
struct mention_char
{
   using rule_t = mention_char;
   using subs_t = empty_list;

   /// Whether a mention may begin at the byte `c`: a digit, an ASCII letter, or any byte of
   /// 0x80 and up (the lead byte of every other letter).
   [[nodiscard]] static bool begins( char c ) noexcept
   {
      const auto b = static_cast<unsigned char>( c );
      return b >= 0x80 || detail::ascii_word[ b ];
   }

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      if( in.empty() || !begins( in.peek_char() ) ) {
         return false;
      }
      in.bump_in_this_line( 1 );
      return true;
   }

   /// The end of the run of bytes from `p` that begin no mention: blanks and ASCII punctuation,
   /// where `skip` passes one byte (gated_step passes the run in one step).
   [[nodiscard]] static const char* rejected_run( const char* p, const char* end ) noexcept
   {
      while( p != end && !begins( *p ) ) {
         ++p;
      }
      return p;
   }
};

// clang-format off
struct cue : lexicon_rule< cues_tag > {};
struct promulgation : lexicon_rule< issuing_verbs_tag > {};
struct body_mention : issuer_phrase {};
struct date_mention : standalone_date {};

// (a near miss begins with a type word too: one lookup gates both, and the memo answers the
// citation's and the near miss's own reading of it)
struct typed_mention : with_lexicon_memo< doc_types_tag, seq< at< doc_type_word >, sor< citation_core, near_miss > > > {};
// clang-format on

/// The first words each recognizer of `mention` can begin with, in its order: the first words
/// of the tables it opens with, and of the keywords it opens with (pin_word, kw_ngay, kw_thang;
/// tests/unit/grammar/scan_gate_test.cpp checks the gated mention against the plain sor at every
/// word start of real texts). At a number only the date is tried (date_value reads one first:
/// "16/5/2016"), and any recognizer with a table entry that begins with a digit.
struct mention_words
{
   [[nodiscard]] static const lexicon::first_word_index& index()
   {
      static const lexicon::first_word_index words = [] {
         lexicon::first_word_index w;
         w.add( lexicon::doc_types().keys, 1u << 0 );
         w.add( lexicon::cues().keys, 1u << 1 );
         for( const std::string_view pin : { "điểm", "khoản", "điều", "tiểu mục", "mục", "chương", "phần", "phụ lục", "tiết" } ) {
            w.add( pin, 1u << 2 );
         }
         w.add( lexicon::issuing_verbs().keys, 1u << 3 );
         // the body rule fails at most of its first words ("cơ sở", "tổ chức", "văn bản"), and
         // costs more than a second lookup: its second words too
         w.add_pairs( lexicon::holder_titles().keys, 1u << 4 );
         w.add_pairs( lexicon::bodies_folded().keys, 1u << 4 );
         w.add_pairs( lexicon::org_heads().keys, 1u << 4 );
         w.add( "ngày", 1u << 5 );
         w.add( "tháng", 1u << 5 );
         w.add_digits( 1u << 5 );
         return w;
      }();
      return words;
   }
   [[nodiscard]] static std::uint32_t at( const char* p, const char* end ) noexcept { return index().at( p, end ); }
   [[nodiscard]] static std::uint32_t at( const char* p, const char* end, const char*& word_end ) noexcept { return index().at( p, end, word_end ); }
};

// clang-format off
struct mention : first_word_sor< mention_words, typed_mention, cue, pinpoint, promulgation, body_mention, date_mention > {};
// scan_step <- &mention_char mention / skip   (a word that begins no mention is passed at once:
// gated_step; tests/unit/grammar/scan_gate_test.cpp checks it against this sor at every position)
struct scan_step : gated_step< mention_char, mention, skip > {};
struct scan : until< eof, scan_step > {};
// clang-format on

}  // namespace vanban::grammar

namespace tao::pegtl {
template< typename Name >
struct analyze_traits< Name, vanban::grammar::mention_char > : analyze_any_traits<> {};
}  // namespace tao::pegtl

#endif
