// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_ISSUER_HPP
#define VANBAN_GRAMMAR_ISSUER_HPP

// Issuing bodies (docs/citation-formats.md §3): a body from the lexicon (grammars/lexicon/
// bodies.tsv), possibly after the title of its head ("Bộ trưởng Bộ Tài chính"), possibly followed
// by its place ("tỉnh Bắc Kạn", "thành phố Cần Thơ", "Bắc Kạn") and its term ("khóa XI",
// "(khóa X)").
//
// Accepted:  Thủ tướng Chính phủ   Tỉnh ủy Bắc Kạn   UBND tỉnh   Ủy ban nhân dân thành phố Hà Nội
//            Ban Chấp hành Trung ương Đảng khóa XI   Bộ trưởng Bộ Tài chính   Quốc hội khoá XV
// Rejected:  Luật này (not a body)   Chính (not a whole lexicon entry)

#include "common.hpp"
#include "lexicon_rule.hpp"

namespace vanban::grammar {

// clang-format off

struct body_name : lexicon_rule< bodies_tag > {};
struct holder_title : lexicon_rule< holder_titles_tag > {};
struct province_name : lexicon_rule< provinces_tag > {};

// level words before a place; each its own rule so the action knows which level was written
struct level_province : kw_tinh {};
struct level_city : kw_thanh_pho {};
struct level_commune : sor< kw_xa, kw_phuong > {};
struct level_district : sor< kw_huyen, kw_quan > {};
struct level_word : sor< level_province, level_city, level_commune, level_district > {};

// place <- level (sp1 province)? / province
struct place : sor< seq< level_word, opt< sp1, province_name > >, province_name > {};

// term <- '('? "khóa" roman ')'?    (the old spelling "khoá" is folded by the normalizer)
struct term_number : sor< roman, digit_run > {};
struct term_clause : sor< seq< one< '(' >, hsp, kw_khoa, sp, term_number, hsp, one< ')' > >, seq< kw_khoa, sp, term_number > > {};

// issuer_phrase <- (holder sp1)? body (sp1 place)? (sp term)?
struct issuer_phrase : seq< opt< holder_title, sp1 >, body_name, opt< sp1, place >, opt< sp, term_clause > > {};

// issuer_clause <- (',' sp)? "của" sp1 issuer_phrase
struct issuer_clause : seq< opt< one< ',' >, sp >, kw_cua, sp1, issuer_phrase > {};

// clang-format on

}  // namespace vanban::grammar

#endif
