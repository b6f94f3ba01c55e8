// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_DATE_HPP
#define VANBAN_GRAMMAR_DATE_HPP

// Dates (docs/citation-formats.md §5.1). Headers write "ngày dd tháng mm năm yyyy"
// (NĐ 30/2020 Phụ lục I); citations also use d/m/yyyy, d-m-yyyy (Party and older texts),
// d.m.yyyy, ALL CAPS, missing spaces ("09tháng 5"), a repeated "ngày ngày", and a comma before
// "ngày" in Party style ("số 232-QĐ/TW, ngày 20/01/2025").
//
// Accepted:  ngày 16/5/2016   ngày 05 tháng 3 năm 2020   , ngày 01-10-1997   NGÀY 02 THÁNG 01 NĂM 2025
//            tháng 2/1999 (month and year)   năm 2025 (a year label after a number)
// Rejected:  31/4/2020 parses, but the calendar check in the action turns it into a diagnostic
//            and the mention keeps no date; 2023 - 2025 (a period, not a date).

#include "common.hpp"

namespace vanban::grammar {

// clang-format off

// date_sep <- hsp ('/' / '-' / '.') hsp
struct date_sep : seq< hsp, one< '/', '-', '.' >, hsp > {};
// date_value <- day (sep month sep year / "tháng" month ("năm" / sep) year)
struct numeric_date_tail : seq< date_sep, month_digits, date_sep, year_digits > {};
// the year word, also as typed without its diacritics or with a slip ("nam", "nám 2024")
struct year_word : sor< kw_nam, seq< one< 'n' >, sor< one< 'a' >, VANBAN_STRING( "á" ) >, one< 'm' >, letter_end > > {};
struct long_date_tail : seq< sp, kw_thang, sp, month_digits, sp, sor< year_word, one< '/', '-' > >, sp, year_digits > {};
struct date_value : seq< day_digits, sor< numeric_date_tail, long_date_tail > > {};

// date_clause <- (',' sp)? "ngày" sp ("ngày" sp)? date_value
struct date_clause : seq< opt< one< ',' >, sp >, kw_ngay, sp, opt< kw_ngay, sp >, date_value > {};

// month_year <- "tháng" sp month ('/' / '-' / sp "năm" sp) year
struct month_year : seq< kw_thang, sp, month_digits, sor< seq< hsp, one< '/', '-' >, hsp >, seq< sp, kw_nam, sp > >, year_digits > {};

// year_label <- ("năm" sp)? year     "Công điện 78/CĐ-TTg năm 2025", "Luật Công chứng 2024"
struct year_label : seq< opt< kw_nam, sp >, year_digits, not_at< hsp, one< '-' >, hsp, year_digits > > {};

// a date anywhere in the text: "ngày …", a bare d/m/yyyy, or a month and year
struct standalone_date : sor< seq< kw_ngay, sp, opt< kw_ngay, sp >, date_value >, date_value, month_year > {};

// clang-format on

}  // namespace vanban::grammar

#endif
