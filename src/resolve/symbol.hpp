// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_RESOLVE_SYMBOL_HPP
#define VANBAN_RESOLVE_SYMBOL_HPP

#include <string>
#include <string_view>
#include <vector>

#include <vanban/document.hpp>

#include "lexicon/lexicon.hpp"

namespace vanban::detail {

/// What a document number says about its document (docs/citation-formats.md §1, §9 step 8).
struct symbol_info {
   std::string canonical;                  ///< separators without spaces: "30/2020/NĐ-CP", "704 NQ/HĐNN7"
   std::string key;                        ///< the same with separators even where spaces stood for them: "41/2025/TT-BTC" for "41 2025 TT BTC"
   numbering family = numbering::other;
   int year = 0;                           ///< the year inside a normative number
   std::string type_code;                  ///< "NĐ", "CT", "NQ"; empty for công văn and laws
   std::vector<std::string> issuer_codes;  ///< "CP"; "BYT","BQP" (joint); "TW"; term digits removed
   std::vector<std::string> units;         ///< codes after the issuer ("TCPCP" of 1911/BNV-TCPCP)
   int term = 0;                           ///< 14 of "QH14", 15 of "UBTVQH15"
   bool repaired = false;                  ///< a hyphen stood for a slash: `canonical` as written ("366-QĐ-TW"), `key` and the rest read with the slash ("366-QĐ/TW"); a VB-N003 note
};

/// Analyses a number as the grammar delimited it (normalized text: '-' is the only dash).
/// `written_type`: the canonical type word written before it, which settles code collisions
/// (docs/citation-formats.md §2.4: "Công văn số 5348/CT-CS" is Cục Thuế's).
[[nodiscard]] symbol_info analyze_symbol( std::string_view number, std::string_view written_type = {} );

/// The canonical type a symbol's type code stands for ("Tờ trình" for TTr), or empty.
[[nodiscard]] std::string_view type_of_code( const symbol_info& s );

}  // namespace vanban::detail

#endif
