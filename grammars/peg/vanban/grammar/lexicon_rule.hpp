// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_LEXICON_RULE_HPP
#define VANBAN_GRAMMAR_LEXICON_RULE_HPP

// One custom rule for every list of words that comes from the lexicon (document types, bodies,
// provinces, cue phrases): the longest entry of the table at the current position, by binary
// search over the generated, sorted keys, instead of a sor<> of hundreds of strings (PEGTL#140).
// Whitespace runs in the text match one space of an entry, so entries wrapped over lines match.

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "lexicon/lexicon.hpp"

namespace vanban::grammar {

/// Matches the longest key of `Tag::keys()`.
template< typename Tag >
struct lexicon_rule
{
   using rule_t = lexicon_rule;
   using subs_t = tao::pegtl::empty_list;

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const lexicon::match m = lexicon::longest_match( Tag::keys(), in.current(), in.end() );
      if( !m ) {
         return false;
      }
      in.bump( m.length );
      return true;
   }
};

/// Matches the longest key of `Tag::keys()` (lower case) in input of any case.
template< typename Tag >
struct lexicon_rule_folded
{
   using rule_t = lexicon_rule_folded;
   using subs_t = tao::pegtl::empty_list;

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const lexicon::match m = lexicon::longest_match_folded( Tag::keys(), in.current(), in.end() );
      if( !m ) {
         return false;
      }
      in.bump( m.length );
      return true;
   }
};

struct doc_types_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::doc_types().keys; }
};
struct bodies_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::bodies().keys; }
};
struct bodies_folded_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::bodies_folded().keys; }
};
struct org_heads_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::org_heads().keys; }
};
struct holder_titles_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::holder_titles().keys; }
};
struct provinces_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::provinces().keys; }
};
struct name_stops_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::name_stops().keys; }
};
struct name_stops_hard_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::name_stops_hard().keys; }
};
struct law_names_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::law_names().keys; }
};
struct name_rejects_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::name_rejects().keys; }
};
struct issuing_verbs_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::issuing_verbs().keys; }
};
struct cues_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::cues().keys; }
};

}  // namespace vanban::grammar

namespace tao::pegtl {

template< typename Name, typename Tag >
struct analyze_traits< Name, vanban::grammar::lexicon_rule< Tag > >
   : analyze_any_traits<>
{};
template< typename Name, typename Tag >
struct analyze_traits< Name, vanban::grammar::lexicon_rule_folded< Tag > >
   : analyze_any_traits<>
{};

}  // namespace tao::pegtl

#endif
