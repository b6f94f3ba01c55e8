// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_ISSUER_HPP
#define VANBAN_GRAMMAR_ISSUER_HPP

// Issuing bodies (docs/citation-formats.md §3): a body from the lexicon (grammars/lexicon/
// bodies.tsv, matched in any case: "Ban chỉ đạo Trung ương"), or a body named by a head word and
// a proper name (grammars/lexicon/org_heads.tsv: "Sở Y tế", "Ban Kinh tế - Ngân sách", "Thuế tỉnh
// Vĩnh Long"), possibly after the title of its head ("Bộ trưởng Bộ Tài chính", "Giám đốc Sở Tư
// pháp"), possibly followed by its place ("tỉnh Bắc Kạn", "thành phố Cần Thơ", "TP. Hà Nội") and
// its term ("khóa XI", "(khóa X)"). Several bodies may issue together: "của Bộ Chính trị, Ban Bí
// thư", "Bộ Lao động - Thương binh và Xã hội - Ngân hàng Nhà nước Việt Nam".
//
// Accepted:  Thủ tướng Chính phủ   Tỉnh ủy Bắc Kạn   UBND tỉnh   Ủy ban nhân dân thành phố Hà Nội
//            Ban Chấp hành Trung ương Đảng khóa XI   Bộ trưởng Bộ Tài chính   Quốc hội khoá XV
//            Sở Giáo dục và Đào tạo   Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố
//            Bộ Chính trị, Ban Bí thư
// Rejected:  Luật này (not a body)   Chính (not a whole lexicon entry)   Ban hành (no name follows)
//            Hội nghị Trung ương (not a body: "Hội" needs a capitalized name)

#include "common.hpp"
#include "lexicon_rule.hpp"

namespace vanban::grammar {

// clang-format off

struct body_name : lexicon_rule_folded< bodies_folded_tag > {};
struct holder_title : lexicon_rule< holder_titles_tag > {};
struct province_name : lexicon_rule< provinces_tag > {};

// level words before a place; each its own rule so the action knows which level was written
struct level_province : kw_tinh {};
struct level_city : kw_thanh_pho {};
struct level_commune : sor< kw_xa, kw_phuong > {};
struct level_district : sor< kw_huyen, kw_quan > {};
struct level_word : sor< level_province, level_city, level_commune, level_district > {};

// place <- level (sp1 province)? / province
struct place : sor< seq< level_word, opt< sp1, province_name > >, province_name > {};

// clang-format on

/// A body named by a head word and a proper name (org_heads.tsv): the head, then capitalized
/// words with the lower-case syllables that follow them ("Nông nghiệp và Môi trường"), bodies of
/// the lexicon ("Tổ giúp việc Ban Chỉ đạo Trung ương …", "Đảng ủy Ủy ban nhân dân"), and at most
/// one place, which ends the name. It stops before a stop word (org_stops.tsv: "về", "ngày", "tại" …), a relation
/// cue, a document type, a number or punctuation, and ends after its last proper word. Bounded
/// (at most 16 words): linear time.
struct org_name
{
   using rule_t = org_name;
   using subs_t = empty_list;

   [[nodiscard]] static const char* skip_blanks( const char* p, const char* e ) noexcept
   {
      while( p != e && ( *p == ' ' || *p == '\t' || *p == '\n' ) ) {
         ++p;
      }
      return p;
   }

   [[nodiscard]] static const char* word_end( const char* p, const char* e ) noexcept
   {
      while( p != e && detail::is_word_at( p, e ) ) {
         p += detail::sequence_length( static_cast<unsigned char>( *p ) );
      }
      return p;
   }

   [[nodiscard]] static bool upper_at( const char* p, const char* e ) noexcept
   {
      if( p == e ) {
         return false;
      }
      const char* q = p;
      return detail::is_upper_cp( detail::decode_valid( q ) );
   }

   /// "tỉnh", "thành phố", "TP.", "xã" … at p: its end, or nullptr.
   [[nodiscard]] static const char* level_at( const char* p, const char* e ) noexcept
   {
      tao::pegtl::memory_input< tao::pegtl::tracking_mode::lazy, tao::pegtl::eol::lf_crlf, const char* > in( p, e, "" );
      if( tao::pegtl::parse< level_word >( in ) ) {
         return in.current();
      }
      return nullptr;
   }

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const char* const b = in.current();
      const char* const e = in.end();
      // the head in any case after its capital: "Công Ty TNHH …", "Ban pháp chế …"
      if( !upper_at( b, e ) ) {
         return false;
      }
      const lexicon::match head = lexicon::longest_match_folded( lexicon::org_heads().view(), b, e );
      if( !head ) {
         return false;
      }
      const bool lower_ok = lexicon::org_heads().rows[ head.entry->row ].lower;
      const char* q = b + head.length;
      // end of the name so far, when it ends on a proper part; a head of several words names a body
      // by itself ("Ban Kinh tế - Ngân sách", "Ban Thường vụ")
      const char* good = nullptr;
      for( const char* h = b; h < q; ++h ) {
         if( *h == ' ' ) {
            good = q;
            break;
         }
      }
      bool proper = false;         // a capitalized word or a body after the head
      bool after_body = false;     // the last part was a body: only bodies and places may follow
      int lower_run = 0;           // lower-case words since the last proper word
      for( int words = 0; words < 16; ++words ) {
         const char* r = skip_blanks( q, e );
         if( r == e || ( r == q && *r != '-' && *r != '&' ) ) {
            break;  // a name's words are separated by blanks ("Kinh tế- Ngân sách" aside)
         }
         if( *r == '-' || *r == '&' ) {
            // "Ban Kinh tế - Ngân sách", "Ban Dân nguyện - Ủy ban Thường vụ Quốc hội"
            const char* t = skip_blanks( r + 1, e );
            if( !proper || !upper_at( t, e ) ) {
               break;
            }
            q = r + 1;
            after_body = false;
            continue;
         }
         if( const lexicon::match m = lexicon::longest_match_folded( lexicon::bodies_folded().view(), r, e ) ) {
            q = r + m.length;
            good = q;
            proper = true;
            after_body = true;
            lower_run = 0;
            continue;
         }
         if( const char* lv = level_at( r, e ) ) {
            // a place ends the name: "Thuế tỉnh Vĩnh Long", "… Ủy ban nhân dân Thành phố"
            const char* t = skip_blanks( lv, e );
            const lexicon::match pm = t != lv ? lexicon::longest_match( lexicon::provinces().view(), t, e ) : lexicon::match{};
            q = pm ? t + pm.length : lv;
            good = q;
            break;
         }
         if( const lexicon::match pm = lexicon::longest_match( lexicon::provinces().view(), r, e ) ) {
            if( proper ) {
               good = r + pm.length;
               break;
            }
         }
         if( after_body ) {
            break;  // "Tổ giúp việc Ban Chỉ đạo Trung ương … thông báo": the name ended with the body
         }
         // a document type ends the name when capitalized ("Sở Y tế Kế hoạch …"), not the "luật"
         // of "Ủy ban Pháp luật"
         if( lexicon::longest_match( lexicon::org_stops().view(), r, e ) || lexicon::longest_match( lexicon::cues().view(), r, e ) || ( upper_at( r, e ) && lexicon::longest_match( lexicon::doc_types().view(), r, e ) ) ) {
            break;
         }
         const char* w = word_end( r, e );
         if( w == r || ( *r >= '0' && *r <= '9' ) ) {
            break;  // punctuation or a number
         }
         if( upper_at( r, e ) ) {
            // "E.K.LM": capitals joined by dots
            while( w + 1 < e && *w == '.' && upper_at( w + 1, e ) ) {
               w = word_end( w + 1, e );
            }
            proper = true;
            lower_run = 0;
         }
         else if( ++lower_run > ( proper ? 3 : ( lower_ok ? 5 : 0 ) ) ) {
            break;
         }
         q = w;
         if( proper ) {
            good = q;
         }
      }
      if( good == nullptr ) {
         return false;
      }
      in.bump( std::size_t( good - b ) );
      return true;
   }
};

// clang-format off

// term <- '('? "khóa" roman ')'?    (the old spelling "khoá" is folded by the normalizer)
struct term_number : sor< roman, digit_run > {};
struct term_clause : sor< seq< one< '(' >, hsp, kw_khoa, sp, term_number, hsp, one< ')' > >, seq< kw_khoa, sp, term_number > > {};

// issuer_unit <- (holder sp1)? (body (sp1 place)? / org)
struct issuer_body : seq< body_name, opt< sp1, place > > {};
struct issuer_unit : seq< opt< holder_title, sp1 >, sor< issuer_body, org_name > > {};
// joiners of bodies issuing together: "Bộ Chính trị, Ban Bí thư", "A - B", "A và B"
struct joiner_comma : seq< hsp, one< ',' >, sp > {};
struct joiner_and : seq< sp1, kw_va, sp1 > {};
struct joiner_dash : seq< sp, one< '-' >, sp > {};
struct issuer_joiner : sor< joiner_comma, joiner_and, joiner_dash > {};

// A body joined to the ones before is one of the issuers only if no verb follows it: in "… của
// Ban Bí thư, Ban Tuyên giáo và Dân vận Trung ương hướng dẫn …" the second body starts a clause.
// (the check is part of the unit, so a unit that fails it is never committed)
struct clause_verb : sor< lexicon_rule< cues_tag >, lexicon_rule< issuing_verbs_tag > > {};
struct joined_issuer_unit : seq< opt< holder_title, sp1 >, sor< issuer_body, org_name >, not_at< sp1, clause_verb > > {};
struct joined_unit : seq< issuer_joiner, joined_issuer_unit > {};

// issuer_phrase <- unit (joiner unit){0,2} (sp term)?
struct issuer_phrase : seq< issuer_unit, rep_opt< 2, joined_unit >, opt< sp, term_clause > > {};

// issuer_clause <- (',' sp)? "của" sp1 issuer_phrase !(sp "tại")
// ("của Ban Bí thư tại văn bản số …" names the issuer of the mention after it, not before)
struct kw_tai : seq< sor< VANBAN_STRING( "tại" ), VANBAN_STRING( "Tại" ) >, letter_end > {};
// (the check is part of the rule whose action commits the issuer to the mention)
struct place_of_mention : seq< sp, kw_tai, sp1, opt< kw_cac, sp1 >, lexicon_rule< doc_types_tag > > {};
struct issuer_of_mention : seq< issuer_phrase, not_at< place_of_mention > > {};
struct issuer_clause : seq< opt< one< ',' >, sp >, kw_cua, sp1, issuer_of_mention > {};

// clang-format on

}  // namespace vanban::grammar

namespace tao::pegtl {
template< typename Name >
struct analyze_traits< Name, vanban::grammar::org_name > : analyze_any_traits<> {};
}  // namespace tao::pegtl

#endif
