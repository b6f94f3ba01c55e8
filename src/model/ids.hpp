// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_MODEL_IDS_HPP
#define VANBAN_MODEL_IDS_HPP

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <vanban/document.hpp>

/// Canonical ids of documents, bodies and persons (docs/ids.md).
namespace vanban::detail {

/// ASCII slug: diacritics removed, đ → d, lower case, other characters → '-'.
[[nodiscard]] std::string slug( std::string_view text );

/// What identifies a document, as one mention (or a header) states it.
struct id_parts {
   std::string type;                   ///< canonical type
   std::optional<std::string> number;  ///< canonical number
   numbering family = numbering::none;
   std::optional<std::string> name;    ///< proper name of an unnumbered document
   int year = 0;                       ///< issue year stated (date, year label), 0 when unknown
   std::optional<std::string> place;   ///< province of a local issuer
   bool local = false;                 ///< issued by a local body: its numbers repeat per province

   // What helps settle an incomplete id; never part of an id.
   std::optional<vanban::date> date;   ///< the date stated
   std::optional<std::string> issuer;  ///< the issuer the text states (not one a symbol implies)
   std::optional<std::string> term;    ///< Party term stated ("XII")
};

/// The canonical id: `vn/<type>/<number>[/<year>][/<place>]`, `vn/<type>/<name>[/<year>]` or
/// `vn/<type>/<year>` (constitutions); `_` marks a part the text does not settle.
[[nodiscard]] std::string document_id( const id_parts& p );

/// True when `document_id(p)` has a `_` part: the year or place its numbering needs is unknown.
[[nodiscard]] bool is_incomplete( const id_parts& p );

/// True when an id has a `_` part.
[[nodiscard]] bool is_incomplete_id( std::string_view id ) noexcept;

/// True when an id has `_` where its number or name goes (`vn/nghi-dinh/_`: a header without
/// its "Số:" line): it says the type, not which document; nothing can settle it.
[[nodiscard]] bool is_unidentified_id( std::string_view id );

/// The year inside a normative or legislative number ("30/2020/NĐ-CP" → 2020), or 0.
[[nodiscard]] int number_year( std::string_view number ) noexcept;

/// The years a Party committee term runs ("XII" → 2016–2021), or {0, 0} when unknown.
[[nodiscard]] std::pair<int, int> party_term_years( std::string_view roman ) noexcept;

/// Dates that can name the same document: equal when both are full dates, else the same year.
[[nodiscard]] bool dates_agree( const vanban::date& a, const vanban::date& b ) noexcept;

/// Issuer names that can be the same body: equal, one the unplaced form of the other ("Ủy ban
/// nhân dân tỉnh" / "Ủy ban nhân dân tỉnh Bắc Kạn"), or one an office acting in the other's name
/// ("Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai" / "Ủy ban nhân dân tỉnh Đồng Nai").
[[nodiscard]] bool issuers_agree( std::string_view a, std::string_view b ) noexcept;

/// The ids of the mentions of one text, incomplete ones settled by the others: a mention whose
/// id lacks its year or place, a short number ("Nghị định 73") or a law named without its year
/// takes the id of the one document the other mentions of the same text can be (same type and
/// number or name, agreeing dates, issuers, term, not later than the text); a law named with its
/// year takes the numbered id a mention giving both name and number ("Luật Doanh nghiệp số
/// 59/2020/QH14") gives it. Several candidates: the id stays as it is. `text_year`: the year of
/// the text's own document, 0 when unknown. Mentions of one number that state the same things
/// are compared as one kind, at most 64 kinds per mention (docs/ids.md): linear in the mentions.
[[nodiscard]] std::vector<std::string> settle_ids( const std::vector<id_parts>& mentions, int text_year );

/// The parts of a mention, from the public model only (documents made by hand).
[[nodiscard]] id_parts parts_of( const citation& c );
/// The parts of a text's own document, from the public model only.
[[nodiscard]] id_parts parts_of( const document_info& d );

/// True for local bodies (Ủy ban nhân dân, Hội đồng nhân dân, Tỉnh ủy …), whose numbers repeat
/// in every province.
[[nodiscard]] bool is_local_issuer( const issuer& i ) noexcept;

/// The id of a body node: `body/<slug of canonical name>`.
[[nodiscard]] std::string body_id( std::string_view canonical_name );

/// The id of a person node: `person/<slug of name>`, `person/<place>/<slug of name>` for the
/// signers of local bodies (the same name in two provinces is two people until shown otherwise).
[[nodiscard]] std::string person_id( std::string_view name, const std::optional<std::string>& place );

}  // namespace vanban::detail

#endif
