// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_RESOLVE_ARTICLE_HPP
#define VANBAN_RESOLVE_ARTICLE_HPP

#include <optional>
#include <string_view>

#include "parse/events.hpp"

namespace vanban::detail {

/// What kind of text this is, judged from its first lines.
enum class text_kind : std::uint8_t {
   official,  ///< a document with a state or Party header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …")
   news,      ///< a news post about documents
   qa,        ///< a question-and-answer article (its title is a question)
   excerpt    ///< neither: running text
};

/// The news-post wrapper, in normalized offsets.
struct raw_article {
   text_kind kind = text_kind::excerpt;
   nspan title;                   ///< empty when none
   std::optional<raw_date> date;  ///< posting date line
   nspan author;                  ///< byline
};

/// Reads the wrapper of a scraped post: title (first content line), posting date (a line that is
/// only a date, near the top), byline (a short name on the last line), skipping portal
/// boilerplate (grammars/lexicon/boilerplate.tsv).
[[nodiscard]] raw_article read_article( std::string_view normalized, const events& ev );

}  // namespace vanban::detail

#endif
