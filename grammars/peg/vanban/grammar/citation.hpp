// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_CITATION_HPP
#define VANBAN_GRAMMAR_CITATION_HPP

// A mention of a document (docs/citation-formats.md §6):
//
//   citation     <- type (numbered / named / headed_list / qualified / caps_qualified / bare) check
//   numbered     <- item (sep item)* attrs          item <- "số"? number year? date?
//   named        <- (conference / amending_law / law_name) ("số"? number)? attrs   (types with a naming)
//   headed_list  <- issuer? ':' "số" item (sep item)*  "các Quyết định của UBND tỉnh: số …, số …"
//   qualified    <- lower-case words{1,4} "số" item… "Báo cáo giải trình, tiếp thu số 494/BC-UBND"
//   caps_qualified <- (issuer / words{1,8}) "số" item…  after a capitalized type word:
//                   "Thông tư liên Bộ số 12/TT-LB", "Quyết định của Bộ Chính trị số 31-QĐ/TW"
//   attrs        <- year? date? ("(note)")? issuer? date? term?   (no paragraph break inside)
//
// Accepted:  Nghị định số 15/2020/NĐ-CP   Quyết định 123/QĐ-UBND ngày 05/3/2021
//            Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ
//            các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương
//            Nghị quyết Trung ương 4 khóa XII   Luật Đất đai năm 2024   Điều lệ Đảng
//            Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014
//            Luật Dân số số 113/2025/QH15   Luật Thuế GTGT 13/2008/QH12   Thông tư 41 2025 TT BTC
// Rejected:  thực hiện Nghị quyết (a bare type word)   Nghị định này (the text itself)
//            Luật sư (not a name)   LUẬT ĐẤT ĐAI (a heading, not a mention)
//            các Luật chuyên ngành (a kind of law)   Luật số: 50/2024/QH15 alone on its line (the
//            header's own number)   Văn bản đề nghị theo mẫu số 01/MGTH (a form)
//
// The type word comes from the lexicon (doc_types.tsv). Which continuations a type allows
// (names only for laws, Party resolutions, charters and the constitution) and whether a short
// number ("Nghị định 73") counts are semantic checks made by actions (naming_guard,
// capital_type_guard, citation_check), which can turn a match into a local failure. The title
// ("về …") is not part of the mention; it is read after parsing. Near misses (a template's
// placeholder, a number cut short) and pinpoints ("khoản 2 Điều 5") are their own rules, used
// by the scan.

#include <array>

#include "date.hpp"
#include "issuer.hpp"
#include "lexicon_rule.hpp"
#include "number.hpp"

namespace vanban::grammar {

// clang-format off

// (remembered: the gate before a citation, the citation and a near miss read one type word)
struct doc_type_word : remembered_lexicon_rule< doc_types_tag > {};
// a type word inside a name ("… của Luật Bảo hiểm y tế"): no action, the mention's type stays;
// capitalized or UPPER CASE only ("… theo hợp đồng" goes on)
struct inner_type_word : lexicon_rule< doc_types_cased_tag > {};
struct name_stop : lexicon_rule< name_stops_tag > {};
struct name_stop_hard : lexicon_rule< name_stops_hard_tag > {};
struct name_reject : lexicon_rule< name_rejects_tag > {};

// --- numbered mentions ------------------------------------------------------------------------

// attr_sp <- blanks with at most one line break, not before a capitalized "Ngày" on a new line:
// the attributes of a mention do not run over a paragraph break ("Công văn 11771/BNV-CTL&BHXH
// 2025⏎⏎Ngày 09/12/2025, Bộ Nội vụ …") or into the dateline of the next sentence.
struct attr_sp : seq< hsp, opt< one< '\n' >, hsp, not_at< VANBAN_STRING( "Ngày" ) > > > {};

// so_marker <- "số" ':'? sp     (the colon of a header's "Luật số: 50/2024/QH15")
struct so_colon : seq< hsp, one< ':' > > {};
struct so_marker : seq< kw_so, opt< so_colon >, sp > {};
struct item_year : year_label {};
struct item_date : date_clause {};
struct list_number : full_number {};
// first_item <- so_marker? doc_number (sp year)? (sp date)?
struct first_item : seq< opt< so_marker >, doc_number, opt< attr_sp, item_year >, opt< attr_sp, item_date > > {};
// list_item <- so_marker? full_number (sp year)? (sp date)?
struct list_item : seq< opt< so_marker >, list_number, opt< attr_sp, item_year >, opt< attr_sp, item_date > > {};
// list_sep <- sp (',' / "và") sp
struct list_sep : seq< sp, sor< one< ',' >, kw_va >, sp > {};
struct number_list : seq< first_item, star< list_sep, list_item > > {};

struct citation_year : year_label {};
struct citation_date : date_clause {};
// a short remark in parentheses before the issuer: "Quy định số 11-QĐi/TW (sửa đổi) của Bộ Chính trị"
struct paren_note : seq< one< '(' >, hsp, plus< letter_char >, rep_max< 3, hsp, plus< letter_char > >, hsp, one< ')' > > {};
struct noted_issuer : seq< paren_note, attr_sp, issuer_clause > {};
// attrs <- year? date? issuer? date? term?
struct citation_attrs : seq< opt< attr_sp, citation_year >, opt< attr_sp, citation_date >, opt< attr_sp, sor< issuer_clause, noted_issuer > >, opt< attr_sp, citation_date >, opt< attr_sp, term_clause > > {};

struct numbered_rest : seq< number_list, citation_attrs > {};
// headed_list <- issuer_clause? ':' &"số" list_item (list_sep list_item)*
//   "các Quyết định của UBND tỉnh: số 1175/QĐ-UBND …, số 1268/QĐ-UBND …"
//   "tại các văn bản: số 202/TTr-BVHTTDL …, số 201/BC-BVHTTDL …" (each typed by its symbol)
struct headed_list : seq< opt< sp1, issuer_clause >, hsp, one< ':' >, sp, at< so_marker >, list_item, star< list_sep, list_item > > {};

// --- names of unnumbered documents --------------------------------------------------------------

// The name of a law: a known name (law_names.tsv, any case) and what follows it, or words up
// to a name stop; a long unknown name may run over soft stops when a date, a number or a year
// follows it ("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng ngày …").
// The first word is never a stop ("Luật Ban hành …"); "số" ends a name only before a number.
struct so_number : seq< kw_so, opt< so_colon >, sp, digit > {};
struct name_text : seq< not_at< so_number >, not_at< inner_type_word >, not_at< kw_va >, plus< letter_char >, word_end > {};
// name_word <- !stop name_text      (no digits: numbers and years end a name)
struct name_word : seq< not_at< name_stop >, name_text > {};
struct soft_name_word : seq< not_at< name_stop_hard >, name_text > {};
// name_space <- blanks with at most one line break, and a line may not open with a cue: a name
// never runs over a paragraph ("… thi hành Luật Dân số⏎⏎Căn cứ Luật …") or into the next Căn cứ line
struct name_cue : lexicon_rule< cues_tag > {};
struct name_space : sor< seq< hsp, one< '\n' >, hsp, not_at< name_cue > >, plus< one< ' ', '\t' > > > {};
// name_sep <- space "và" space / ',' space &lower / space
struct name_sep : sor< seq< name_space, kw_va, name_space >, seq< hsp, one< ',' >, name_space, not_at< upper_char > >, name_space > {};
struct known_law_name : lexicon_rule_folded< law_names_tag > {};
// (a known name goes on with words, not after a comma: "Luật Đầu tư công", not "Luật Đầu tư, dự thảo")
struct law_name_known : seq< known_law_name, rep_opt< 12, name_space, name_word > > {};
struct name_follow : sor< date_clause, so_number, year_label, seq< digit_run, sor< state_tail, party_tail > > > {};
// the first word may be a stop when capitalized: "Luật Ban hành …", not "… Quyết định của …"
struct name_first : sor< seq< at< upper_char >, name_text >, name_word > {};
// before a date a soft stop may open the name too: "… của 37 Luật có liên quan đến quy hoạch ngày …"
struct name_first_soft : sor< seq< at< upper_char >, name_text >, soft_name_word > {};
struct law_name_dated : seq< not_at< name_reject >, name_first_soft, rep_opt< 20, name_sep, soft_name_word >, at< attr_sp, name_follow > > {};
struct law_name_plain : seq< not_at< name_reject >, name_first, rep_opt< 20, name_sep, name_word > > {};
// law_name <- known / dated / plain
struct law_name : sor< law_name_known, law_name_dated, law_name_plain > {};

// amending_law <- "sửa đổi, bổ sung" ("một số điều")? "của" amended_law ((',' / "và") amended_law)*
//   "… của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập … và Luật Dự trữ quốc gia": the
//   amending law's name lists every law it amends (a name goes on after a comma only in lower
//   case, so each stops at the next type word)
struct kw_sua_doi_bo_sung : seq< sor< VANBAN_STRING( "sửa" ), VANBAN_STRING( "Sửa" ), VANBAN_STRING( "SỬA" ) >, sp1,
                                 sor< VANBAN_STRING( "đổi" ), VANBAN_STRING( "ĐỔI" ) >, hsp, opt< one< ',' > >, sp,
                                 sor< VANBAN_STRING( "bổ" ), VANBAN_STRING( "BỔ" ) >, sp1,
                                 sor< VANBAN_STRING( "sung" ), VANBAN_STRING( "SUNG" ) >, letter_end > {};
struct kw_mot_so_dieu : seq< sor< VANBAN_STRING( "một" ), VANBAN_STRING( "MỘT" ) >, sp1,
                             sor< VANBAN_STRING( "số" ), VANBAN_STRING( "SỐ" ) >, sp1,
                             sor< VANBAN_STRING( "điều" ), VANBAN_STRING( "ĐIỀU" ) >, letter_end > {};
// "… của 37 Luật có liên quan đến quy hoạch"
struct amended_sep : sor< seq< sp1, kw_va, sp1 >, seq< hsp, one< ',' >, sp > > {};
// a listed law's own number, where another law of the list follows it: "… của Luật Đất đai số
// 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và …" (after the last law of a list a number may be
// the amending law's: "… của Luật Chất lượng sản phẩm, hàng hóa số 78/2025/QH15")
struct amended_number : full_number {};
struct amended_law_number : seq< sp, kw_so, sp, amended_number, at< amended_sep, opt< digit_run, sp1 >, inner_type_word > > {};
struct amended_law : seq< opt< digit_run, sp1 >, inner_type_word, sp1, law_name, opt< amended_law_number > > {};
struct amending_law : seq< kw_sua_doi_bo_sung, opt< sp1, kw_mot_so_dieu >, sp1, kw_cua, sp1, amended_law,
                           rep_opt< 15, amended_sep, amended_law > > {};

// Party conferences and congresses (docs/citation-formats.md §1.3, §5.2):
//   Trung ương 4 khóa XII · Hội nghị Trung ương 6 (lần 2) khóa VIII ·
//   Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XI · Đại hội XIII của Đảng ·
//   Đại hội đại biểu toàn quốc lần thứ XIII của Đảng · Đại hội đại biểu Đảng bộ tỉnh lần thứ I
struct ordinal_word : sor< VANBAN_STRING( "nhất" ), VANBAN_STRING( "hai" ), VANBAN_STRING( "ba" ), VANBAN_STRING( "tư" ),
                           VANBAN_STRING( "năm" ), VANBAN_STRING( "sáu" ), VANBAN_STRING( "bảy" ), VANBAN_STRING( "tám" ),
                           VANBAN_STRING( "chín" ), seq< VANBAN_STRING( "mười" ), opt< sp1, sor< VANBAN_STRING( "một" ), VANBAN_STRING( "hai" ),
                           VANBAN_STRING( "ba" ), VANBAN_STRING( "bốn" ), VANBAN_STRING( "lăm" ), VANBAN_STRING( "năm" ) > > > > {};
struct plenum : sor< digit_run, seq< ordinal_word, letter_end >, roman > {};
struct second_session : seq< one< '(' >, hsp, kw_lan, sp1, digit_run, hsp, one< ')' > > {};
struct conference_central : seq< opt< kw_hoi_nghi, sp1 >, kw_trung_uong, sp1, plenum, opt< sp, second_session >, sp, term_clause > {};
struct conference_body : issuer_phrase {};
struct conference_numbered : seq< kw_hoi_nghi, sp1, kw_lan_thu, sp1, plenum, sp1, conference_body > {};
struct congress_word : seq< not_at< kw_lan_thu >, not_at< roman >, not_at< kw_cua >, plus< letter_char >, word_end > {};
struct congress_number : sor< roman, seq< kw_lan_thu, sp1, plenum > > {};
struct congress : seq< kw_dai_hoi, rep_opt< 6, sp1, congress_word >, sp1, congress_number, opt< sp1, kw_cua, sp1, kw_dang > > {};
struct conference_name : sor< conference_central, conference_numbered, congress > {};

// named_rest <- (conference / amending_law / law_name) (sp "số" number_list)? attrs
// "Luật Dân số số 113/2025/QH15"; also without "số": "Luật Thuế GTGT 13/2008/QH12"
struct named_number : sor< seq< at< so_marker >, number_list >, seq< at< digit >, list_item > > {};
// only types that documents are cited by name of (doc_types.tsv "naming"; the action checks), so
// that "các Quyết định của UBND tỉnh: …" goes on to the list
struct naming_guard : success {};
struct named_rest : seq< naming_guard, sor< conference_name, amending_law, law_name >, opt< sp, named_number >, citation_attrs > {};
// bare_rest <- attrs        ("Hiến pháp năm 2013"; the check keeps only what identifies a document)
struct bare_rest : citation_attrs {};

// qualified_rest <- words{1,4} "số" full_number attrs     "Báo cáo giải trình, tiếp thu số 494/BC-UBND"
// (lower-case words that say which kind of the type; the number must carry a symbol)
// "… theo mẫu số 01/MGTH" names a form, not a document
struct kw_mau : seq< sor< VANBAN_STRING( "mẫu" ), VANBAN_STRING( "Mẫu" ), VANBAN_STRING( "MẪU" ) >, letter_end > {};
struct qualifier_word_vn : seq< not_at< name_stop >, not_at< kw_so >, not_at< kw_mau >, not_at< inner_type_word >, not_at< upper_char >, plus< letter_char >, word_end > {};
struct qualifier_sep : sor< seq< hsp, one< ',' >, sp >, sp1 > {};
struct qualifiers : seq< qualifier_word_vn, rep_max< 3, qualifier_sep, qualifier_word_vn > > {};
// clang-format on

// words_before_so<N> <- plain_word (qualifier_sep plain_word){0,N} sp "số"
// plain_word         <- !"số" letter+ word_end
//
// A gate that looks nothing up, and holds wherever qualifier words (at most N after the first),
// sp and "số" match: a qualifier word is a plain word of the same length and the separator is
// the same rule, so the repetition reads the same words; after the last of them come only blanks
// and "số", where neither ',' nor a plain word begins ("số" is none), so it stops there (or at N,
// past which the qualifiers' rep_max does not go either), and sp "số" follows.
// Read byte by byte, by hand (the rule read with letter_char costs more than the lookups it
// saves): a run of ASCII letters and bytes from 0x80 up is taken for a word, a run of blanks and
// commas for a separator. Where the rule matches, those are its words and separators, so this
// matches too; it also holds where the rule does not ("a, số", a '“' in a word), which a gate may.
// (tests/unit/grammar/qualified_gate_test.cpp checks both at every position of real texts.)
template< unsigned N >
struct words_before_so
{
   using rule_t = words_before_so;
   using subs_t = empty_list;

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const char* const b = in.current();
      const char* const e = in.end();
      const char* p = b;
      for( unsigned words = 0;; ++words ) {
         if( so_at( p, e ) ) {
            if( words == 0 ) {
               return false;
            }
            in.bump( std::size_t( p + 4 - b ) );
            return true;
         }
         if( words == N + 1 || !is( word_byte, p, e ) ) {
            return false;
         }
         do {
            ++p;
         } while( is( word_byte, p, e ) );
         if( !is( sep_byte, p, e ) ) {
            return false;
         }
         do {
            ++p;
         } while( is( sep_byte, p, e ) );
      }
   }

private:
   static constexpr unsigned char word_byte = 1;
   static constexpr unsigned char sep_byte = 2;
   static constexpr auto byte_class = [] {
      std::array<unsigned char, 256> t{};
      for( int c = 0; c < 256; ++c ) {
         const bool letter = c >= 0x80 || ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' );
         const bool sep = c == ' ' || c == '\t' || c == '\n' || c == ',';
         t[ std::size_t( c ) ] = letter ? word_byte : sep ? sep_byte : 0;
      }
      return t;
   }();

   [[nodiscard]] static bool is( unsigned char cls, const char* p, const char* e ) noexcept
   {
      return p != e && byte_class[ static_cast<unsigned char>( *p ) ] == cls;
   }

   // kw_so <- ("số" / "Số" / "SỐ") letter_end      (ố is E1 BB 91, Ố E1 BB 90)
   [[nodiscard]] static bool so_at( const char* p, const char* e ) noexcept
   {
      if( e - p < 4 || ( p[ 0 ] != 's' && p[ 0 ] != 'S' ) || p[ 1 ] != '\xE1' || p[ 2 ] != '\xBB' || !( p[ 3 ] == '\x91' || ( p[ 3 ] == '\x90' && p[ 0 ] == 'S' ) ) ) {
         return false;
      }
      return !letter_char::at( p + 4, e );  // letter_end
   }
};

// clang-format off
// qualified_rest <- &words_before_so<3> qualifiers sp &"số" item (sep item)* attrs
// (most type words name no document, "quy định tại khoản 2", "dự án của tỉnh": the gate fails
// them before the qualifiers' lexicon lookups; no rule before &"số" has an action)
struct qualified_horizon : words_before_so< 3 > {};
struct qualified_rest : seq< at< qualified_horizon >, qualifiers, sp, at< so_marker >, list_item, star< list_sep, list_item >, citation_attrs > {};
// after a capitalized type word, any words, or the issuer, may come before "số":
//   "Thông tư liên Bộ số 12/TT-LB", "Kết luận liên ngành Tư pháp Trung ương số 23/KL-LNTPTW",
//   "Quyết định Thủ tướng Số 29/2017/QĐ-TTg" (a table), "Quyết định của Bộ Chính trị số31-QĐ/TW"
// (a lower-case type word with capitalized words is prose: "báo cáo Ban chỉ đạo số 751/QĐ-TTg")
struct capital_type_guard : success {};
// (no qualifier word is a stop or "mẫu")
struct caps_word : seq< not_at< kw_so >, not_at< kw_mau >, not_at< name_stop >, not_at< inner_type_word >, plus< letter_char >, word_end > {};
struct caps_qualifiers : seq< caps_word, rep_max< 7, qualifier_sep, caps_word > > {};
struct leading_issuer : seq< issuer_clause, sp > {};
// caps_qualified_rest <- guard (issuer_clause sp / &words_before_so<7> caps_qualifiers sp) &"số" item (sep item)* attrs
// (a caps word is a plain word of the same length too, so the words are gated as qualified_rest's;
// the issuer has no bound)
struct caps_horizon : words_before_so< 7 > {};
struct caps_qualified_rest : seq< capital_type_guard, sor< leading_issuer, seq< at< caps_horizon >, caps_qualifiers, sp > >, at< so_marker >, list_item, star< list_sep, list_item >, citation_attrs > {};

// citation_body <- sp numbered / sp1 named / sp1 headed_list / sp1 qualified / bare
struct citation_body : sor< seq< sp, numbered_rest >, seq< sp1, named_rest >, headed_list, seq< sp1, qualified_rest >, seq< sp1, caps_qualified_rest >, bare_rest > {};
// semantic check (action): does what matched identify a document?
struct citation_check : success {};
struct citation_core : seq< doc_type_word, citation_body, citation_check > {};
// citation <- &type citation_core      (the gate keeps the candidate state off most positions)
struct citation : seq< at< doc_type_word >, citation_core > {};

// --- near misses: a type word and "số", then almost a number ------------------------------------
//
//   near_miss <- type "số" ':'? (placeholder / broken_number)
//
// A form or template ("Quyết định số … /QĐ- … ngày … tháng … năm …") and a number cut short
// ("Công văn số 123/ ngày …") are no mentions; the scan reports them (docs/diagnostics.md:
// VB-N002, VB-W002) and goes on.
struct near_miss_type : remembered_lexicon_rule< doc_types_tag > {};
struct near_miss_so : seq< kw_so, opt< hsp, one< ':' > >, sp > {};
struct placeholder : sor< VANBAN_STRING( "…" ), seq< one< '.' >, one< '.' >, star< one< '.' > > >, seq< one< '_' >, plus< one< '_' > > > > {};
struct broken_number : seq< digit_run, hsp, one< '/', '-' >, not_at< hsp, upper_char >, not_at< hsp, digit > > {};
struct near_miss : seq< near_miss_type, sp, near_miss_so, sor< placeholder, broken_number > > {};

// --- pinpoints: the provision cited inside a document ---------------------------------------------
//
//   pinpoint <- unit (sep unit){0,12} sp1 ("của" sp1)? &type
//   unit     <- ("điểm" / "khoản" / "Điều" / "Tiểu mục" / "Mục" / "Chương" / "Phần" / "Phụ lục" ("số")?) id
//
// Accepted:  khoản 2 Điều 5 Nghị định số …   điểm a khoản 1 Điều 24 Tiểu mục 1 Mục 1 Chương III của
//            Nghị quyết số …   Điều 17, Điều 18, Điều 28 Nghị định số …   Phụ lục số 02 Luật Giá
// Rejected:  Điều 5. Nghị định này …  (a heading)   Điều lệ Đảng  (a document type)
struct pin_word : sor< VANBAN_STRING( "điểm" ), VANBAN_STRING( "Điểm" ), VANBAN_STRING( "khoản" ), VANBAN_STRING( "Khoản" ),
                       VANBAN_STRING( "Điều" ), VANBAN_STRING( "điều" ), VANBAN_STRING( "Tiểu mục" ), VANBAN_STRING( "tiểu mục" ),
                       VANBAN_STRING( "Mục" ), VANBAN_STRING( "mục" ), VANBAN_STRING( "Chương" ), VANBAN_STRING( "chương" ),
                       VANBAN_STRING( "Phần" ), VANBAN_STRING( "phần" ), VANBAN_STRING( "Phụ lục" ), VANBAN_STRING( "phụ lục" ),
                       VANBAN_STRING( "tiết" ) > {};
// an id: a number ("5", "2.1"), a Roman numeral, or one letter ("a", "đ")
struct pin_letter : seq< sor< range< 'a', 'z' >, VANBAN_STRING( "đ" ) >, opt< digit >, word_end > {};
struct pin_id : sor< seq< digit_run, star< one< '.' >, digit_run >, not_at< one< '/' > >, word_end >, roman, pin_letter > {};
struct pin_unit : seq< pin_word, letter_end, sp1, opt< kw_so, sp1 >, pin_id > {};
struct pin_sep : sor< seq< hsp, one< ',' >, sp >, seq< sp1, kw_va, sp1 >, sp1 > {};
struct pin_path : seq< pin_unit, rep_max< 12, pin_sep, pin_unit > > {};
struct pinpoint : seq< pin_path, sp1, opt< kw_cua, sp1 >, at< doc_type_word > > {};

// clang-format on

}  // namespace vanban::grammar

namespace tao::pegtl {
template< typename Name, unsigned N >
struct analyze_traits< Name, vanban::grammar::words_before_so< N > > : analyze_any_traits<> {};
}  // namespace tao::pegtl

#endif
