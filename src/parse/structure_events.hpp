// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_PARSE_STRUCTURE_EVENTS_HPP
#define VANBAN_PARSE_STRUCTURE_EVENTS_HPP

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "events.hpp"
#include "lexicon/lexicon.hpp"

/// What the line grammar (grammars/peg/vanban/grammar/structure.hpp) says about each line of the
/// normalized text. Offsets are into the normalized text; the resolve steps (src/resolve/header.cpp,
/// structure.cpp) decide what the lines mean together.
namespace vanban::detail {

/// What a line (or a few wrapped lines read as one item) is.
enum class line_kind : std::uint8_t {
   blank,          ///< nothing but spaces
   text,           ///< running text: none of the below
   // noise: never content
   page_header,    ///< "CÔNG BÁO/Số 252/Ngày 27-04-2026"
   page_number,    ///< "91"
   stamp,          ///< "Ký bởi: …" and the lines of the signature stamp after it
   rule,           ///< "-------", "_____"
   sign_mark,      ///< "[daky]", "(Đã ký)"
   gazette_label,  ///< "VĂN BẢN QUY PHẠM PHÁP LUẬT" (a section of the gazette, not of the document)
   // the header
   motto_state,    ///< "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
   motto_slogan,   ///< "Độc lập - Tự do - Hạnh phúc"
   motto_party,    ///< "ĐẢNG CỘNG SẢN VIỆT NAM"
   number,         ///< "Số: 141/KH-UBND", "Luật số: 50/2024/QH15"
   place_date,     ///< "Bắc Ninh, ngày 20 tháng 11 năm 2025"
   authentication, ///< "XÁC THỰC VĂN BẢN HỢP NHẤT"
   type_heading,   ///< "NGHỊ ĐỊNH", "LUẬT CÔNG ĐOÀN" (upper case)
   of_issuers,     ///< "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ"
   body,           ///< a line that starts with an issuing body ("ỦY BAN NHÂN DÂN", "Chính phủ ban hành …")
   // the preamble
   basis,          ///< "Căn cứ …"
   proposal,       ///< "Theo đề nghị …", "Xét đề nghị …"
   decide,         ///< "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:"
   // headings of the body
   part,           ///< "Phần I", "PHẦN THỨ NHẤT"
   chapter,        ///< "Chương II"
   section,        ///< "Mục 1"
   article,        ///< "Điều 5."
   appendix,       ///< "Phụ lục I", "PHỤ LỤC"
   attachment,     ///< "DANH MỤC", "BIỂU MẪU" (upper case)
   roman,          ///< "I.", "II-"
   letter_part,    ///< "A. QUY ĐỊNH CHUNG"
   clause,         ///< "1.", "2)", "1.2.", "(1)"
   point,          ///< "a)", "đ)", "c.", "(a)"
   bullet,         ///< "- …", "+ …", "* …", "• …"
   // closing blocks
   recipients,     ///< "Nơi nhận:"
   signer          ///< "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN BÍ THƯ"
};

/// True for the kinds that are never content (page furniture of PDFs and web copies).
[[nodiscard]] constexpr bool is_noise( line_kind k ) noexcept
{
   return k >= line_kind::page_header && k <= line_kind::gazette_label;
}

enum class bullet_kind : std::uint8_t { none, dash, plus, other };

/// One line of the text as the line grammar read it, or several when one item wraps.
/// One line (or item over several lines) of the text. Offsets are 32-bit (scan_lines refuses a
/// text of 4 GiB or more): a record per line is the largest part of the memory of a long text
/// (56 bytes, asserted in src/parse/structure.cpp).
struct raw_line {
   std::uint32_t begin = 0;    ///< first non-blank character
   std::uint32_t end = 0;      ///< end of the last line it covers, trailing blanks trimmed
   std::uint32_t next = 0;     ///< start of the line after it
   std::uint32_t marker_begin = 0;  ///< heading number ("I", "1.2", "a"), signer prefix, number of a number line
   std::uint32_t marker_end = 0;
   std::uint32_t rest_begin = 0;    ///< the rest of the line after the marker, trimmed (a heading's text)
   std::uint32_t rest_end = 0;
   std::uint32_t place_end = 0;  ///< place_date: the place is [begin, place_end)
   const lexicon::key* type = nullptr;  ///< type_heading, number (type before "số"), body (type after "ban hành")
   std::uint32_t issuer_first = 0;  ///< body, of_issuers: issuers[issuer_first, issuer_first + issuer_count)
   std::uint16_t year = 0;   ///< place_date
   std::uint8_t month = 0;   ///< place_date; 0 when left blank
   std::uint8_t day = 0;     ///< place_date; 0 when left blank
   line_kind kind = line_kind::text;
   bullet_kind bullet = bullet_kind::none;
   bool nested = false;      ///< clause: "1.2" style
   bool paren = false;       ///< clause, point: "(1)", "(a)" style
   bool whole = false;       ///< body: the body is the whole line
   bool enacts = false;      ///< body: followed by "ban hành", "quy định" … (the enacting formula)
   std::uint8_t issuer_count = 0;  ///< at most line_parts::max_issuers (8); a byte keeps the record at 56 bytes
};

struct line_events {
   std::vector<raw_line> lines;
   std::vector<raw_issuer> issuers;
};

/// Reads every line of the normalized text with the line grammar (grammar::layout::line_item).
[[nodiscard]] line_events scan_lines( std::string_view normalized );

/// Drops what the scan found inside noise lines (a gazette page header's "Ngày 27-04-2026" is not
/// a date of the text, a signature stamp names no document): they are not content. Also drops the
/// mention a header's own number line makes ("Luật số: 50/2024/QH15" is `document.number`).
void drop_noise( events& ev, const line_events& lines );

}  // namespace vanban::detail

#endif
