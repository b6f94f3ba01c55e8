// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_RESOLVE_LAYOUT_HPP
#define VANBAN_RESOLVE_LAYOUT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/structure_events.hpp"

/// What the header step learns about where things are, for the structure step; and the helpers
/// both read lines with (src/resolve/header.cpp, structure.cpp, layout.cpp).
namespace vanban::detail {

/// Line indices into `line_events::lines`; `npos` when absent.
struct document_layout {
   static constexpr std::size_t npos = static_cast<std::size_t>( -1 );

   bool header = false;             ///< a state or Party header (or a type heading) opens the text
   bool preamble = false;           ///< "Căn cứ …" / "Theo đề nghị …" lines follow the header (or open the text)
   std::size_t body_begin = 0;      ///< first line after the header, title and preamble
   std::size_t closing_begin = npos;  ///< authentication block, "Nơi nhận:" or signature after the body
};

/// A range of one line's text, in the line records' 32-bit offsets (half the size of an nspan:
/// a long text's headings have a million of them).
struct line_piece {
   std::uint32_t begin = 0;
   std::uint32_t end = 0;
};

/// The lines of one text and how to read them.
class line_reader {
public:
   line_reader( std::string_view text, const line_events& ev );

   [[nodiscard]] std::size_t size() const noexcept { return m_lines.size(); }
   [[nodiscard]] const raw_line& operator[]( std::size_t i ) const noexcept { return m_lines[ i ]; }
   [[nodiscard]] std::string_view text() const noexcept { return m_text; }
   [[nodiscard]] const line_events& events() const noexcept { return m_ev; }

   /// The line as written, trimmed.
   [[nodiscard]] std::string_view whole( std::size_t i ) const noexcept;
   /// What follows the line's marker ("Phạm vi điều chỉnh" of "Điều 1. Phạm vi điều chỉnh").
   [[nodiscard]] std::string_view rest( std::size_t i ) const noexcept;
   /// The marker: a heading's number, a signer's prefix, the number of a number line.
   [[nodiscard]] std::string_view marker( std::size_t i ) const noexcept;

   /// Not blank and not noise.
   [[nodiscard]] bool content( std::size_t i ) const noexcept;
   /// The first content line at or after `i` (size() when none).
   [[nodiscard]] std::size_t next_content( std::size_t i ) const noexcept;
   /// The last content line before `i` (npos when none).
   [[nodiscard]] std::size_t prev_content( std::size_t i ) const noexcept;
   /// True when a blank line (not one around a page break) lies between lines `a` and `b`.
   [[nodiscard]] bool blank_between( std::size_t a, std::size_t b ) const noexcept;

   /// Paragraphs are separated by blank lines (web copies); otherwise every line break is a wrap
   /// (PDF text layers) and paragraphs show only by their markers and punctuation.
   [[nodiscard]] bool paragraph_mode() const noexcept { return m_paragraph_mode; }

   /// The texts of lines `first`…`last` (inclusive) from offset `from`, noise skipped, whitespace
   /// folded.
   [[nodiscard]] std::string joined( std::size_t first, std::size_t last, std::size_t from ) const;
   /// The ranges of the text that joined() would join, appended to `out` (joined_pieces() joins
   /// them later, while the text is still there but the lines are not).
   void pieces( std::size_t first, std::size_t last, std::size_t from, std::vector<line_piece>& out ) const;

private:
   /// Calls `f` with each range joined() joins.
   template< typename F >
   void for_each_piece( std::size_t first, std::size_t last, std::size_t from, F&& f ) const;

   std::string_view m_text;
   const line_events& m_ev;
   const std::vector<raw_line>& m_lines;
   bool m_paragraph_mode = false;
};

/// The ranges `pieces` of `text` joined as line_reader::joined() joins lines: whitespace folded,
/// one space between pieces.
[[nodiscard]] std::string joined_pieces( std::string_view text, const line_piece* first, const line_piece* last );

/// At least two letters, and four in five of them capitals.
[[nodiscard]] bool mostly_upper( std::string_view s ) noexcept;
/// The first letter (after quotes and brackets) is a lower-case one.
[[nodiscard]] bool starts_lower( std::string_view s ) noexcept;
/// The first character is a capital letter, a digit, a quote or an opening bracket.
[[nodiscard]] bool starts_upper( std::string_view s ) noexcept;
/// Ends in '.', ';', ':', '!' or '?' (a sentence or list item ends there).
[[nodiscard]] bool ends_sentence( std::string_view s ) noexcept;
/// Ends with a word that never ends a heading ("của", "và", "đối với" …; grammars/lexicon/
/// open_words.tsv): the heading goes on on the next line.
[[nodiscard]] bool ends_open( std::string_view s ) noexcept;
/// A person's name as printed under a signature: "Phạm Văn Thịnh", "Trung tướng Nguyễn Duy Ngọc".
[[nodiscard]] bool looks_like_name( std::string_view s ) noexcept;

/// A heading written in capitals put in sentence case, keeping the capitals of bodies, places,
/// titles of office, proper names (grammars/lexicon), numbers, symbols and acronyms:
/// "PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM" → "Phông lưu trữ Đảng Cộng sản Việt Nam".
[[nodiscard]] std::string sentence_case( std::string_view s );
/// The name of a body written in capitals, with the capitals of NĐ 30/2020 Phụ lục II: the word
/// after the kind of body is capitalized ("CỤC HẢI QUAN" → "Cục Hải quan", "SỞ GIÁO DỤC VÀ ĐÀO
/// TẠO" → "Sở Giáo dục và Đào tạo").
[[nodiscard]] std::string organ_case( std::string_view s );

/// The value of a heading number: Arabic ("12", "11a" → 11), Roman ("IV" → 4), a letter ("c" → 3
/// in the Vietnamese order a b c d đ e g h i k l m n o p q r s t u v x y); 0 when none.
[[nodiscard]] int heading_value( std::string_view number ) noexcept;
[[nodiscard]] int roman_value( std::string_view number ) noexcept;
[[nodiscard]] int letter_value( std::string_view letter ) noexcept;

}  // namespace vanban::detail

#endif
