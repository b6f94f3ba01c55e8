// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_PARSE_EVENTS_HPP
#define VANBAN_PARSE_EVENTS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <vanban/document.hpp>

#include "lexicon/lexicon.hpp"

/// What the scan of the normalized text reports: plain records with offsets into the
/// *normalized* text. The resolve phase turns them into the public model.
namespace vanban::detail {

/// A half-open byte range of the normalized text.
struct nspan {
   std::size_t begin = 0;
   std::size_t end = 0;

   [[nodiscard]] bool empty() const noexcept { return begin == end; }
   [[nodiscard]] std::string_view in( std::string_view text ) const noexcept { return text.substr( begin, end - begin ); }
};

struct raw_date {
   nspan where;
   vanban::date value;
   bool valid = true;  ///< false: the calendar rejects it ("31/4/2020"); `value` holds what was written
};

enum class place_level : std::uint8_t { none, province, city, commune, district };

/// One body of an issuer phrase.
struct raw_unit {
   nspan where;                             ///< holder title … place
   const lexicon::key* body = nullptr;      ///< bodies.tsv key (bodies_folded row), or
   nspan org;                               ///< a body named by a head word ("Sở Y tế"), without its place
   const lexicon::key* org_head = nullptr;  ///< org_heads.tsv key of that head
   lexicon::placing org_inner = lexicon::placing::none;  ///< placing of a local body inside that name
   bool holder = false;                     ///< preceded by the title of its head ("Bộ trưởng …")
   place_level level = place_level::none;   ///< level word written ("tỉnh", "thành phố", "xã" …)
   const lexicon::key* province = nullptr;  ///< provinces.tsv key, when a province is named
   char joiner = 0;                         ///< how it joins the unit before: ',' 'v' ("và") '-'

   [[nodiscard]] bool named() const noexcept { return body != nullptr || !org.empty(); }
};

/// An issuing body as the text names it: one body, or several issuing together ("của Bộ Chính
/// trị, Ban Bí thư").
struct raw_issuer {
   nspan where;                             ///< holder title … term
   std::array<raw_unit, 3> units{};
   std::uint8_t count = 0;
   nspan term;                              ///< "XI" of "khóa XI"

   [[nodiscard]] const raw_unit& first() const noexcept { return units[ 0 ]; }
};

enum class name_kind : std::uint8_t { none, law, conference };

/// One mention of a document. A list ("số 18-NQ/TW, 19-NQ/TW") gives one record per number.
struct raw_citation {
   nspan where;                          ///< the whole mention (for list members: the member)
   nspan type_word;
   const lexicon::key* type = nullptr;   ///< doc_types.tsv key
   nspan number;                         ///< empty when unnumbered
   bool short_number = false;            ///< no symbol ("Nghị định 73", "Nghị định 176/2025")
   std::optional<raw_date> date;
   std::optional<int> year;              ///< year label ("năm 2025", "2024")
   nspan name;                           ///< proper name of an unnumbered document
   detail::name_kind name_kind = detail::name_kind::none;
   std::optional<raw_issuer> issuer;
   nspan term;
   std::uint16_t list_size = 1;          ///< members of the list this mention belongs to
   std::uint16_t list_index = 0;         ///< its position in that list
   /// A law named inside the name of the mention before it ("Luật Đất đai" in "Luật sửa đổi, bổ
   /// sung một số điều của Luật Đất đai"): its span is inside that mention's; it is only cited.
   bool nested = false;
};

struct raw_cue {
   nspan where;
   const lexicon::key* key = nullptr;    ///< relation_cues.tsv key
};

/// An issuing verb ("ban hành", "đã có" …).
struct raw_verb {
   nspan where;
   bool subject = false;  ///< issuing_verbs.tsv "subject"
};

/// A content problem found while scanning (becomes a `diagnostic`).
struct raw_problem {
   nspan where;
   std::string_view code;
   std::string_view message;
   bool note = false;  ///< a note rather than a warning
};

/// Everything one scan found, each list in text order.
struct events {
   std::vector<raw_citation> citations;
   std::vector<raw_cue> cues;
   std::vector<nspan> pinpoints;         ///< "khoản 2 Điều 5": the path, before the document it is in
   std::vector<raw_verb> promulgations;  ///< issuing verbs: "ban hành", "thông qua", "đã có" …
   std::vector<raw_issuer> bodies;       ///< bodies named outside citations
   std::vector<raw_date> dates;          ///< every date, inside citations or not
   std::vector<raw_problem> problems;
};

/// Scans the normalized text once (grammar::scan) and reports what it found.
[[nodiscard]] events scan( std::string_view normalized );

}  // namespace vanban::detail

#endif
