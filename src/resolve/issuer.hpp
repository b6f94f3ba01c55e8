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

/// The canonical issuer of a body phrase as written ("của UBND tỉnh", "Tỉnh ủy Bắc Kạn").
[[nodiscard]] std::optional<vanban::issuer> issuer_from_phrase( const raw_issuer& r, const place_context& ctx );

/// The issuer a symbol implies ("NĐ-CP" → Chính phủ, "TTLT-BYT-BQP" → both, "KL/TU" → Tỉnh ủy …).
[[nodiscard]] std::optional<vanban::issuer> issuer_from_symbol( const symbol_info& s, const place_context& ctx );

/// The province a phrase names explicitly, if any.
[[nodiscard]] const lexicon::province_row* stated_province( const raw_issuer& r ) noexcept;

}  // namespace vanban::detail

#endif
