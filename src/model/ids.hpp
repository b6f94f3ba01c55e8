// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_MODEL_IDS_HPP
#define VANBAN_MODEL_IDS_HPP

#include <optional>
#include <string>
#include <string_view>

#include <vanban/document.hpp>

namespace vanban::detail {

/// ASCII slug: diacritics removed, đ → d, lower case, other characters → '-'.
[[nodiscard]] std::string slug( std::string_view text );

/// What identifies a document (docs/ids.md).
struct id_parts {
   std::string_view type;                 ///< canonical type
   std::optional<std::string_view> number;  ///< canonical number
   numbering family = numbering::none;
   std::optional<std::string_view> name;  ///< unnumbered documents
   int year = 0;                          ///< issue year, 0 when unknown
   std::optional<std::string_view> place; ///< province of a local issuer
   bool local = false;                    ///< the issuer is a local body (numbers repeat per place)
};

/// The canonical id of a document: `vn/<type>/<number>[/<year>][/<place>]` or
/// `vn/<type>/<name>[/<year>]`; `_` marks a part the text does not settle (docs/ids.md).
[[nodiscard]] std::string document_id( const id_parts& p );

/// The id of a body node: `body/<slug of canonical name>`.
[[nodiscard]] std::string body_id( std::string_view canonical_name );

}  // namespace vanban::detail

#endif
