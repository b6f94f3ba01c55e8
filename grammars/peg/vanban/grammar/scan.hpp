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

#include "citation.hpp"
#include "date.hpp"
#include "issuer.hpp"
#include "lexicon_rule.hpp"

namespace vanban::grammar {

// clang-format off
struct cue : lexicon_rule< cues_tag > {};
struct promulgation : lexicon_rule< issuing_verbs_tag > {};
struct body_mention : issuer_phrase {};
struct date_mention : standalone_date {};

struct mention : sor< citation, near_miss, cue, pinpoint, promulgation, body_mention, date_mention > {};
struct scan : until< eof, sor< mention, skip > > {};
// clang-format on

}  // namespace vanban::grammar

#endif
