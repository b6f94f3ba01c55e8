// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_STRUCTURE_HPP
#define VANBAN_GRAMMAR_STRUCTURE_HPP

// The line grammar: what a line of a document *is* (docs/schema.md "structure"; layout of
// NĐ 30/2020/NĐ-CP Phụ lục I and of Hướng dẫn 36-HD/VPTW, docs/citation-formats.md §1).
//
// A document's shape shows at the start of its lines: "Số: 141/KH-UBND", "Chương II", "Điều 5.",
// "1.", "a)", "- ", "Căn cứ …", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Phụ lục I". So this grammar is
// tried once at the first non-blank character of every line (src/parse/structure.cpp), never
// inside running text, and `line_item` names what it found. A few items run over several lines
// because PDF text layers and web copies wrap anywhere: the number after "Số:" on the next line,
// "Bắc Ninh, ngày 20⏎tháng 11 năm 2025", "CỘNG HÒA XÃ⏎HỘI CHỦ NGHĨA VIỆT NAM". Deciding what
// the lines mean together (where the header ends, which heading nests in which, where a wrapped
// heading continues) is the resolve step's job (src/resolve/header.cpp, structure.cpp): this
// grammar only reports line kinds and the parts of each line.
//
//   line_item    <- noise / motto / number_line / flat_header / basis / proposal / place_date / authentication
//                 / recipients / signer_line / part / chapter / mục / article / appendix
//                 / roman / letter_part / clause / point / bullet / decide / of_issuers
//                 / type_heading / body_line
//   noise        <- page_header / continued / stamp / rule_line / sign_mark / gazette_label / page_number
//   number_line  <- (type sp1 "số" ':' / "Số" ':'?) sp doc_number  "Số: 141/KH-UBND", "Số 383-QĐ/TW",
//                                                                 "Luật số: 50/2024/QH15", "Số:⏎165/2025/QĐ-UBND"
//   place_date   <- place ','? sp "ngày" sp day? sp "tháng" sp month? sp "năm" sp year
//                                                                 "Hà Nội, ngày 03 tháng 4 năm 2026",
//                                                                 "Hà Nội, ngày  tháng  năm 2026" (left blank)
//   article      <- "Điều" sp1 digits letter? hsp ('.' / ':')     "Điều 1.", "Điều 11a.", "Điều 3:"
//   clause       <- digits ('.' digits){0,2} '.'? / digits ')' / '(' digits ')'
//                                                                 "1.", "2)", "1.2.", "2.3.1", "(1)"
//   point        <- [a-zđ] (')' / '.') / '(' [a-zđ] ')'              "a)", "đ)", "c.", "(a)"
//   bullet       <- ('-' / '+' / '*' / '•') blank
//   roman        <- [IVXL]+ ('.' / '-' / ')')                      "I.", "IV-", "II)"
//
// Accepted:  Số: 118/2026/NĐ-CP   Chương I   Mục 2. QUẢN LÝ   Điều 1.  Phạm vi   PHỤ LỤC II
//            CÔNG BÁO/Số 252/Ngày 27-04-2026 (noise)   Ký bởi: … (noise)   TM. CHÍNH PHỦ
// Rejected:  "Điều 5 Nghị định này …" (a wrapped reference, no '.' after the number)
//            "2025. Kết quả" (a year, not a clause: more than three digits)
//            "Phụ lục II Nghị định này" (a reference: a title follows an appendix number only in
//            capitals or on the next line)

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "common.hpp"
#include "date.hpp"
#include "issuer.hpp"
#include "lexicon_rule.hpp"
#include "number.hpp"

namespace vanban::grammar::layout {

/// Signer prefixes ("TM.", "KT.", "T/M" …; grammars/lexicon/signer_prefixes.tsv).
struct signer_prefixes_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::signer_prefixes().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::signer_prefixes().view(); }
};
/// Headings of attachments ("DANH MỤC", "BIỂU MẪU" …; grammars/lexicon/attachment_headings.tsv).
struct attachment_headings_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::attachment_headings().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::attachment_headings().view(); }
};
/// Titles of signers and authorities ("CHỦ TỊCH", "PHÓ THỦ TƯỚNG" …; grammars/lexicon/signer_titles.tsv).
struct signer_titles_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::signer_titles().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::signer_titles().view(); }
};

// clang-format off

// --- pieces --------------------------------------------------------------------------------------

// line_end <- hsp &('\n' / eof)
struct line_end : seq< hsp, sor< at< one< '\n' > >, eof > > {};
// rest <- (!'\n' .)*      the rest of the line (stops only at '\n', so it never splits a character)
struct rest : star< not_one< '\n' > > {};
// a non-blank character follows on the same line
struct more_text : seq< plus< one< ' ', '\t' > >, not_at< one< '\n' > > > {};

// --- noise: not content ------------------------------------------------------------------------

// page_header <- (digits blank+)? 'C'? "ÔNG BÁO" hsp '/' hsp "Số" rest      gazette page header (Công báo),
// with the page number before it on the same line, or its first letter lost by the text layer
struct page_header : seq< opt< rep_min_max< 1, 4, digit >, plus< one< ' ', '\t' > > >, opt< one< 'C' > >, VANBAN_STRING( "ÔNG BÁO" ), hsp, one< '/' >, hsp,
                          sor< VANBAN_STRING( "Số" ), VANBAN_STRING( "SỐ" ) >, rest > {};
// continued <- '(' ("Xem tiếp" / "Tiếp theo") sp "Công báo" rest     a document split over gazette issues
struct continued : seq< one< '(' >, hsp, sor< VANBAN_STRING( "Xem tiếp" ), VANBAN_STRING( "Tiếp theo" ) >, sp1, VANBAN_STRING( "Công báo" ), rest > {};
// page_number <- digit{1,4} line_end
struct page_number : seq< rep_min_max< 1, 4, digit >, line_end > {};
// stamp <- "Ký bởi:" rest ('\n' hsp stamp_field rest)*    digital-signature stamp of the PDF
struct stamp_field : sor< VANBAN_STRING( "Cơ quan" ), VANBAN_STRING( "Ngày ký" ), VANBAN_STRING( "Thời gian ký" ), VANBAN_STRING( "Email" ) > {};
struct stamp : seq< VANBAN_STRING( "Ký bởi" ), hsp, one< ':' >, rest, star< one< '\n' >, hsp, stamp_field, hsp, one< ':' >, rest > > {};
// rule_line <- [-_=*.~]{3,} (hsp [-_=*.~]+)* line_end        "-------", "_____", "———" (folded to '-')
struct rule_char : one< '-', '_', '=', '*', '.', '~' > {};
struct rule_line : seq< rep_min< 3, rule_char >, star< hsp, plus< rule_char > >, line_end > {};
// sign_mark <- "[daky]" / "(đã ký)" / "(Đã ký)" / "(Ký tên, đóng dấu)" …
struct sign_mark : seq< sor< VANBAN_STRING( "[daky]" ), VANBAN_STRING( "(đã ký)" ), VANBAN_STRING( "(Đã ký)" ), VANBAN_STRING( "(Đã ký)" ),
                             VANBAN_STRING( "(Ký tên, đóng dấu)" ), VANBAN_STRING( "(ký tên, đóng dấu)" ), VANBAN_STRING( "(Chữ ký, dấu)" ) >, line_end > {};
// gazette_label <- "VĂN BẢN QUY PHẠM PHÁP LUẬT" / "VĂN BẢN PHÁP LUẬT KHÁC" / "VĂN BẢN KHÁC" / "VĂN BẢN HỢP NHẤT" ('-' rest)?
struct gazette_label : seq< sor< VANBAN_STRING( "VĂN BẢN QUY PHẠM PHÁP LUẬT" ), VANBAN_STRING( "VĂN BẢN PHÁP LUẬT KHÁC" ), VANBAN_STRING( "VĂN BẢN KHÁC" ),
                                 seq< VANBAN_STRING( "VĂN BẢN HỢP NHẤT" ), at< sor< line_end, seq< hsp, one< '-' > > > > > >, rest > {};
struct noise : sor< page_header, continued, stamp, rule_line, sign_mark, gazette_label, page_number > {};

// --- the header ----------------------------------------------------------------------------------

struct kw_cong_hoa : seq< VANBAN_STRING( "CỘNG" ), sp1, VANBAN_STRING( "HÒA" ) > {};
// motto_state <- "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  (wrapped anywhere; glued to the slogan in some copies)
// (some web copies put the rule and the motto on one line: "--------- | CỘNG HÒA …")
struct motto_lead : opt< plus< rule_char >, hsp, opt< one< '|' >, hsp > > {};
struct motto_state : seq< motto_lead, kw_cong_hoa, sp1, VANBAN_STRING( "XÃ" ), sp1, VANBAN_STRING( "HỘI" ), sp1, VANBAN_STRING( "CHỦ" ), sp1,
                          VANBAN_STRING( "NGHĨA" ), sp1, VANBAN_STRING( "VIỆT" ), sp1, VANBAN_STRING( "NAM" ), rest > {};
// motto_slogan <- "Độc lập - Tự do - Hạnh phúc"
struct motto_slogan : seq< VANBAN_STRING( "Độc lập" ), hsp, one< '-' >, rest > {};
// motto_party <- "ĐẢNG CỘNG SẢN VIỆT NAM"
struct motto_party : seq< VANBAN_STRING( "ĐẢNG" ), sp1, VANBAN_STRING( "CỘNG" ), sp1, VANBAN_STRING( "SẢN" ), sp1,
                          VANBAN_STRING( "VIỆT" ), sp1, VANBAN_STRING( "NAM" ), line_end > {};

// number_line <- "Số" ':'? sp number line_end / type sp1 "số" ':' sp number line_end
// (the number is all the line holds: "Số 1, Hoàng Hoa Thám" is an address, "Luật số 35/2018/QH14 và …"
// a mention)
struct number_type : lexicon_rule< doc_types_tag > {};
struct own_number : doc_number {};
struct plain_number : seq< sor< VANBAN_STRING( "Số" ), VANBAN_STRING( "SỐ" ) >, hsp, opt< one< ':' > >, sp, own_number, line_end > {};
struct typed_number : seq< number_type, sp1, sor< VANBAN_STRING( "số" ), VANBAN_STRING( "SỐ" ) >, hsp, one< ':' >, sp, own_number, line_end > {};
struct number_line : sor< plain_number, typed_number > {};
// flat_header <- rule? issuer? '_'* "Số:" sp number hsp '|' rest
// a web copy that flattened the header table into one line: "CHÍNH PHỦ Số: 170/2025/NĐ-CP | CỘNG HÒA …"
// A body of the lexicon as header lines name it: one body (joint lines are joint_issuers), no
// body guessed from a head word — "BAN TUYÊN GIÁO" under "TỈNH ỦY BẮC KẠN" is a unit the header
// step composes with its parent.
struct header_body : seq< opt< holder_title, sp1 >, body_name, opt< sp1, place >, opt< sp, term_clause > > {};
struct flat_issuer : header_body {};
struct flat_header : seq< opt< plus< rule_char >, hsp >, opt< flat_issuer, star< one< '_', ' ', '\t' > > >, sor< VANBAN_STRING( "Số" ), VANBAN_STRING( "SỐ" ) >, hsp,
                          one< ':' >, sp, own_number, hsp, one< '|' >, rest > {};

// place_date <- place ','? sp "ngày" sp day? sp "tháng" sp month? sp "năm" sp year
// The place is one to six words starting with a capital ("Hà Nội", "Thành phố Huế", "TP. Hồ Chí Minh").
// each word capitalized but the level words "phố", "xã" ("Thành phố Huế"); "Căn cứ Luật … ngày" is not a place
struct place_word : seq< not_at< kw_ngay >, sor< at< upper_char >, at< VANBAN_STRING( "phố" ) >, at< VANBAN_STRING( "xã" ) > >, plus< letter_char >, opt< one< '.' > > > {};
struct place_sep : sor< seq< plus< one< ' ' > >, opt< one< '\n' >, hsp > >, seq< one< '\n' >, hsp > > {};
struct place_name : seq< at< upper_char >, place_word, rep_max< 5, place_sep, place_word > > {};
struct blank_part : plus< sor< one< '.', '_' >, VANBAN_STRING( "…" ) > > {};
struct header_day : day_digits {};
struct header_month : month_digits {};
struct header_year : seq< sor< lit< '1', '9' >, lit< '2', '0' > >, digit, digit > {};
// a footnote mark glued to the year: "năm 20264" (note 4)
struct footnote_mark : seq< rep_max< 2, digit >, not_at< digit > > {};
struct day_slot : opt< sor< header_day, blank_part > > {};
struct month_slot : opt< sor< header_month, blank_part > > {};
struct place_date : seq< place_name, hsp, opt< one< ',' > >, sp, kw_ngay, sp, day_slot, sp, kw_thang, sp, month_slot, sp,
                         kw_nam, sp, header_year, footnote_mark > {};

// authentication <- ("XÁC THỰC" / "XÁC NHẬN") "VĂN BẢN HỢP NHẤT"     the signature block of a consolidated text
struct authentication : seq< sor< VANBAN_STRING( "XÁC THỰC" ), VANBAN_STRING( "XÁC NHẬN" ) >, sp1, VANBAN_STRING( "VĂN BẢN HỢP NHẤT" ), line_end > {};

// --- closing blocks ------------------------------------------------------------------------------

// recipients <- "Nơi nhận" hsp (':' / line_end)       ("Nơi nhận báo cáo …" is a sentence)
struct recipients : seq< sor< VANBAN_STRING( "Nơi nhận" ), VANBAN_STRING( "NƠI NHẬN" ) >, hsp, sor< one< ':' >, line_end > > {};
// signer_line <- prefix sp &upper       "TM. CHÍNH PHỦ", "KT. CHỦ TỊCH", "T/M BAN BÍ THƯ", "KT.⏎CHỦ TỊCH"
struct signer_prefix : lexicon_rule< signer_prefixes_tag > {};
struct signer_line : seq< signer_prefix, sp, at< upper_char > > {};

// --- the preamble --------------------------------------------------------------------------------

// basis <- ('-' hsp)? "Căn cứ"        proposal <- ('-' hsp)? ("Theo" / "Xét") "đề nghị"
struct dash_lead : opt< one< '-', '+' >, hsp > {};
struct basis : seq< dash_lead, sor< VANBAN_STRING( "Căn cứ" ), VANBAN_STRING( "CĂN CỨ" ) >, letter_end > {};
struct proposal : seq< dash_lead, sor< VANBAN_STRING( "Theo" ), VANBAN_STRING( "Xét" ) >, sp1, VANBAN_STRING( "đề" ), sp1,
                       sor< VANBAN_STRING( "nghị" ), VANBAN_STRING( "xuất" ) >, letter_end > {};
// decide <- ("QUYẾT NGHỊ" / "QUYẾT ĐỊNH" / "KẾT LUẬN") hsp ':'        the enacting words of resolutions and decisions
struct decide : seq< sor< VANBAN_STRING( "QUYẾT NGHỊ" ), VANBAN_STRING( "QUYẾT ĐỊNH" ), VANBAN_STRING( "Quyết định" ) >, hsp, one< ':' >, line_end > {};

// --- headings of the body -------------------------------------------------------------------------

// the number of a heading: Roman, Arabic (with a letter: "11a"), or a capital letter ("Phần A")
struct heading_roman : roman {};
struct heading_arabic : seq< digit_run, opt< range< 'a', 'z' >, not_at< letter_char > > > {};
struct heading_letter : seq< range< 'A', 'Z' >, not_at< letter_char > > {};
struct ordinal_words : seq< sor< VANBAN_STRING( "thứ" ), VANBAN_STRING( "THỨ" ), VANBAN_STRING( "Thứ" ) >, sp1, plus< letter_char > > {};
struct part_number : sor< heading_roman, heading_arabic, ordinal_words, heading_letter > {};
struct chapter_number : sor< heading_roman, heading_arabic > {};
// after a heading's number: the line ends, or punctuation, or the heading text
struct number_end : sor< line_end, seq< hsp, one< '.', ':', '-', ')' > >, more_text > {};

struct part : seq< sor< VANBAN_STRING( "Phần" ), VANBAN_STRING( "PHẦN" ) >, sp1, part_number, number_end > {};
struct chapter : seq< sor< VANBAN_STRING( "Chương" ), VANBAN_STRING( "CHƯƠNG" ) >, sp1, chapter_number, number_end > {};
struct section_number : sor< heading_arabic, heading_roman > {};
struct section : seq< sor< VANBAN_STRING( "Mục" ), VANBAN_STRING( "MỤC" ) >, sp1, section_number, number_end > {};
// article <- "Điều" sp1 number hsp ('.' / ':')
struct article_number : heading_arabic {};
struct article : seq< sor< VANBAN_STRING( "Điều" ), VANBAN_STRING( "ĐIỀU" ) >, sp1, article_number, hsp, one< '.', ':' > > {};
// appendix <- "Phụ lục" (sp1 number)? (line_end / punctuation / &(hsp upper upper))
struct appendix_number : sor< seq< sor< VANBAN_STRING( "số" ), VANBAN_STRING( "SỐ" ) >, hsp, plus< sor< digit, range< 'A', 'Z' > > > >,
                              heading_roman, seq< digit_run, opt< one< '.', '-' >, digit_run > >, heading_letter > {};
// (web copies wrap anywhere, even inside the heading word: "PHỤ⏎LỤC I")
struct appendix_word : seq< sor< seq< VANBAN_STRING( "Phụ" ), sp1, sor< VANBAN_STRING( "lục" ), VANBAN_STRING( "Lục" ) > >,
                                 seq< VANBAN_STRING( "PHỤ" ), sp1, VANBAN_STRING( "LỤC" ) > >, letter_end > {};
struct appendix : seq< appendix_word, opt< hsp, appendix_number >,
                       sor< line_end, seq< hsp, one< '.', ':', '-' > >, seq< plus< one< ' ', '\t' > >, at< upper_char, upper_char > > > > {};
// roman <- [IVXL]+ ('.' / '-' / ')')
struct roman_number : heading_roman {};
struct roman_heading : seq< roman_number, hsp, one< '.', '-', ')' >, not_at< digit > > {};
// letter_part <- [A-Z] '.' blank upper upper     "A. QUY ĐỊNH CHUNG"
struct letter_number : range< 'A', 'Z' > {};
struct letter_part : seq< letter_number, one< '.' >, plus< one< ' ', '\t' > >, at< upper_char, upper_char > > {};
// clause <- digits ('.' digits){1,2} '.'? blank / digits ('.' / ')') blank    "1.", "2)", "1.2.", "1.2", "2.3.1."
struct clause_digits : seq< rep_min_max< 1, 3, digit >, not_at< digit > > {};
struct nested_number : seq< clause_digits, rep_min_max< 1, 2, one< '.' >, clause_digits > > {};
struct simple_number : clause_digits {};
struct nested_clause : seq< nested_number, opt< one< '.' > >, sor< more_text, line_end > > {};
struct simple_clause : seq< simple_number, one< '.', ')' >, sor< more_text, line_end > > {};
// paren_clause <- '(' digits ')' blank      "(1) Công tác tham mưu" (a list inside a clause)
struct paren_number : seq< rep_min_max< 1, 2, digit >, not_at< digit > > {};
struct paren_clause : seq< one< '(' >, paren_number, one< ')' >, more_text > {};
struct clause : sor< nested_clause, simple_clause, paren_clause > {};
// point <- [a-zđ] (')' / '.') blank
struct point_letter : sor< range< 'a', 'z' >, VANBAN_STRING( "đ" ) > {};
// paren_point <- '(' [a-zđ] ')' blank        "(a) …"
struct paren_letter : point_letter {};
struct paren_point : seq< one< '(' >, paren_letter, one< ')' >, more_text > {};
struct point : sor< seq< point_letter, one< ')', '.' >, more_text >, paren_point > {};
// bullet <- ('-' / '+' / '*' / '•') blank
struct bullet_dash : one< '-' > {};
struct bullet_plus : one< '+' > {};
struct bullet_other : sor< one< '*' >, VANBAN_STRING( "•" ) > {};
struct bullet : seq< sor< bullet_dash, bullet_plus, bullet_other >, more_text > {};

// --- bodies named on their own line ------------------------------------------------------------------

// type_heading <- type            "NGHỊ ĐỊNH", "KẾ HOẠCH", "LUẬT CÔNG ĐOÀN" (the action keeps upper-case ones)
struct heading_type : lexicon_rule< doc_types_tag > {};
struct type_heading : seq< heading_type, sor< line_end, more_text > > {};
// attachment <- heading      "DANH MỤC", "BIỂU MẪU" (the action keeps upper-case ones)
struct attachment_word : lexicon_rule< attachment_headings_tag > {};
struct attachment : seq< attachment_word, sor< line_end, more_text > > {};
// of_issuers <- "CỦA" sp1 issuer (',' sp issuer)*       "CỦA BỘ CHÍNH TRỊ,⏎BAN BÍ THƯ" under a Party heading
struct listed_issuer : header_body {};
struct of_issuers : seq< VANBAN_STRING( "CỦA" ), sp1, listed_issuer, star< hsp, sor< one< ',' >, seq< sp1, kw_va > >, sp, listed_issuer > > {};
// body_line <- issuer ( line_end / "-" / verb )       "ỦY BAN NHÂN DÂN⏎TỈNH BẮC NINH", "Chính phủ ban hành …"
struct enact_verb : sor< seq< VANBAN_STRING( "ban" ), sp1, VANBAN_STRING( "hành" ) >, seq< VANBAN_STRING( "quy" ), sp1, VANBAN_STRING( "định" ) >,
                         seq< VANBAN_STRING( "kết" ), sp1, VANBAN_STRING( "luận" ) >, seq< VANBAN_STRING( "quyết" ), sp1, VANBAN_STRING( "định" ) >,
                         seq< VANBAN_STRING( "hướng" ), sp1, VANBAN_STRING( "dẫn" ) > > {};
struct enacted_type : lexicon_rule< doc_types_tag > {};
struct enacting : seq< sp1, enact_verb, letter_end, opt< sp1, enacted_type > > {};
// a line that is only a body, maybe after the title of its head: the authority line above a preamble
// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"); the title words are grammars/lexicon/signer_titles.tsv
struct position_title : lexicon_rule< signer_titles_tag > {};
struct line_issuer : header_body {};
struct whole_line : line_end {};
struct body_tail : sor< whole_line, enacting, success > {};
// joint issuers: "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -⏎TÒA ÁN NHÂN DÂN TỐI CAO -⏎BỘ CÔNG AN - BỘ QUỐC PHÒNG"
struct joint_issuers : star< hsp, one< '-' >, sp, line_issuer > {};
struct body_line : sor< seq< line_issuer, joint_issuers, body_tail >, seq< position_title, sp1, line_issuer, body_tail > > {};

// --- the line ----------------------------------------------------------------------------------------

// clang-format on

/// The first words each kind of line can begin with, in line_item's order (a bit each): the
/// literals and tables the rule opens with, "-" for those that may open with punctuation (every
/// word that begins with no letter), add_upper for those that read any capitalized word
/// (place_date, roman_heading, letter_part). tests/unit/grammar/scan_gate_test.cpp checks the
/// gated line_item against the plain sor at every line of real texts.
struct line_words
{
   [[nodiscard]] static const lexicon::first_word_index& index()
   {
      static const lexicon::first_word_index words = [] {
         lexicon::first_word_index w;
         const auto add = [ & ]( unsigned bit, std::initializer_list<std::string_view> list ) {
            for( const std::string_view word : list ) {
               w.add( word, 1u << bit );
            }
         };
         add( 0, { "công", "ông", "ký", "văn", "-" } );  // noise
         add( 1, { "cộng", "-" } );                      // motto_state
         add( 2, { "độc" } );                            // motto_slogan
         add( 3, { "đảng" } );                           // motto_party
         add( 4, { "số" } );                             // number_line
         w.add( lexicon::doc_types().keys, 1u << 4 );
         add( 5, { "số", "-" } );                        // flat_header
         w.add_pairs( lexicon::holder_titles().keys, 1u << 5 );  // (and the second words: as the scan's)
         w.add_pairs( lexicon::bodies_folded().keys, 1u << 5 );
         add( 6, { "căn", "-" } );                       // basis
         add( 7, { "theo", "xét", "-" } );               // proposal
         w.add_upper( 1u << 8 );                         // place_date
         add( 9, { "xác" } );                            // authentication
         add( 10, { "nơi" } );                           // recipients
         w.add( lexicon::signer_prefixes().keys, 1u << 11 );
         add( 12, { "phần" } );
         add( 13, { "chương" } );
         add( 14, { "mục" } );
         add( 15, { "điều" } );
         add( 16, { "phụ" } );                           // appendix
         w.add_upper( 1u << 17 );                        // roman_heading
         w.add_upper( 1u << 18 );                        // letter_part
         add( 19, { "-" } );                             // clause: digits, "(1)"
         for( const std::string_view letter : { "a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "-" } ) {
            w.add( letter, 1u << 20 );                   // point
         }
         add( 21, { "-" } );                             // bullet
         add( 22, { "quyết" } );                         // decide
         add( 23, { "của" } );                           // of_issuers
         w.add( lexicon::doc_types().keys, 1u << 24 );   // type_heading
         w.add( lexicon::attachment_headings().keys, 1u << 25 );
         w.add_pairs( lexicon::holder_titles().keys, 1u << 26 );  // body_line
         w.add_pairs( lexicon::bodies_folded().keys, 1u << 26 );
         w.add_pairs( lexicon::signer_titles().keys, 1u << 26 );
         return w;
      }();
      return words;
   }
   [[nodiscard]] static std::uint32_t at( const char* p, const char* end ) noexcept { return index().at( p, end ); }
};

// clang-format off
struct line_item : first_word_sor< line_words, noise, motto_state, motto_slogan, motto_party, number_line, flat_header, basis, proposal, place_date, authentication,
                                   recipients, signer_line, part, chapter, section, article, appendix, roman_heading, letter_part, clause, point, bullet,
                                   decide, of_issuers, type_heading, attachment, body_line > {};

// clang-format on

}  // namespace vanban::grammar::layout

#endif
