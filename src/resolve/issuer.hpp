// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_RESOLVE_ISSUER_HPP
#define VANBAN_RESOLVE_ISSUER_HPP

#include <optional>
#include <string_view>

#include <vanban/document.hpp>

#include "lexicon/lexicon.hpp"
#include "parse/events.hpp"
#include "symbol.hpp"

namespace vanban::detail {

/// Where the text's local bodies are: "UBND tỉnh", `TU`, `QĐ-UBND` name no province, so the
/// province comes from the text (its header, or the province its local bodies are placed in).
struct place_context {
   const lexicon::province_row* province = nullptr;
};

/// The canonical issuer of a body phrase as written ("của UBND tỉnh", "Tỉnh ủy Bắc Kạn", "Sở Y
/// tế", "Bộ Chính trị, Ban Bí thư"); `text` is the normalized text the phrase's spans index.
[[nodiscard]] std::optional<vanban::issuer> issuer_from_phrase( std::string_view text, const raw_issuer& r, const place_context& ctx );

/// Is one of the phrase's bodies local (its documents' numbers repeat per province)?
[[nodiscard]] bool is_local( const raw_issuer& r ) noexcept;

/// The level word of a place: "tỉnh", "thành phố" … (as written, else the province's own).
[[nodiscard]] std::string_view level_word( place_level level, const lexicon::province_row* p ) noexcept;

/// The issuer a symbol implies ("NĐ-CP" → Chính phủ, "TTLT-BYT-BQP" → both, "KL/TU" → Tỉnh ủy …).
[[nodiscard]] std::optional<vanban::issuer> issuer_from_symbol( const symbol_info& s, const place_context& ctx );

/// Could a document whose symbol is `s` have been issued by `stated`? ("…/TW" by the Bộ Chính
/// trị: yes; "…/NQ-CP" by the Bộ Chính trị: no.)
[[nodiscard]] bool compatible( const symbol_info& s, const vanban::issuer& stated ) noexcept;

/// The province a phrase names explicitly, if any (the first of its bodies that names one).
[[nodiscard]] const lexicon::province_row* stated_province( const raw_issuer& r ) noexcept;

}  // namespace vanban::detail

#endif
