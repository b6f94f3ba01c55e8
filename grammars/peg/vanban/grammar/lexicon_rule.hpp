// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAMMAR_LEXICON_RULE_HPP
#define VANBAN_GRAMMAR_LEXICON_RULE_HPP

// One custom rule for every list of words that comes from the lexicon (document types, bodies,
// provinces, cue phrases): the longest entry of the table at the current position, through a trie
// over the generated keys, instead of a sor<> of hundreds of strings (PEGTL#140).
// Whitespace runs in the text match one space of an entry, so entries wrapped over lines match.

#include <cstdint>
#include <utility>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "lexicon/lexicon.hpp"

namespace vanban::grammar {

/// Passes the key that `Search::longest( p, end )` finds at the position (a lexicon::match, 0
/// bytes: none): the one custom rule of every lexicon table, whichever way it is searched.
template< typename Search >
struct lexicon_search
{
   using rule_t = lexicon_search;
   using subs_t = tao::pegtl::empty_list;

   template< typename ParseInput >
   [[nodiscard]] static bool match( ParseInput& in ) noexcept
   {
      const lexicon::match m = Search::longest( in.current(), in.end() );
      if( !m ) {
         return false;
      }
      in.bump( m.length );
      return true;
   }
};

/// The longest key of `Tag::keys()`.
template< typename Tag >
struct plain_keys
{
   [[nodiscard]] static lexicon::match longest( const char* p, const char* end ) noexcept { return lexicon::longest_match( Tag::view(), p, end ); }
};

/// The longest key of `Tag::keys()` (lower case) in input of any case.
template< typename Tag >
struct folded_keys
{
   [[nodiscard]] static lexicon::match longest( const char* p, const char* end ) noexcept { return lexicon::longest_match_folded( Tag::view(), p, end ); }
};

/// The last match of `Tag`'s table while one rule runs (with_lexicon_memo): the rules inside it
/// that match the table at the same position again (remembered_lexicon_rule) get the match
/// without a second search. A type word is so matched once, where the gate before the citation,
/// the citation and the near miss after it each matched it. The memo lives on the stack of
/// with_lexicon_memo's match: the text cannot change while it is read.
template< typename Tag >
struct lexicon_memo
{
   const char* at = nullptr;
   const char* end = nullptr;
   lexicon::match found;

   /// The memo of the innermost with_lexicon_memo< Tag, … > running in this thread, or null.
   [[nodiscard]] static lexicon_memo*& current() noexcept
   {
      thread_local lexicon_memo* memo = nullptr;
      return memo;
   }

   /// The longest key of `Tag::keys()` at [p, end), remembered in the current memo, if any.
   [[nodiscard]] static lexicon::match longest( const char* p, const char* end ) noexcept
   {
      lexicon_memo* const m = current();
      if( m != nullptr && m->at == p && m->end == end ) {
         return m->found;
      }
      const lexicon::match r = plain_keys< Tag >::longest( p, end );
      if( m != nullptr ) {
         *m = { p, end, r };
      }
      return r;
   }

   /// The key that a remembered match found at [b, e), else null (for an action, which is
   /// given the matched bytes and may find the key through them instead).
   [[nodiscard]] static const lexicon::key* remembered( const char* b, const char* e ) noexcept
   {
      const lexicon_memo* const m = current();
      return m != nullptr && m->at == b && m->found && m->found.length == std::size_t( e - b ) ? m->found.entry : nullptr;
   }
};

/// Rule, with a lexicon_memo< Tag > for the time it runs (the one before it is back after).
template< typename Tag, typename Rule >
struct with_lexicon_memo
{
   using rule_t = with_lexicon_memo;
   using subs_t = type_list< Rule >;

   template< apply_mode A, rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput, typename... States >
   [[nodiscard]] static bool match( ParseInput& in, States&&... st )
   {
      lexicon_memo< Tag > memo;
      const struct restore
      {
         lexicon_memo< Tag >* saved;
         ~restore() { lexicon_memo< Tag >::current() = saved; }
      } r{ std::exchange( lexicon_memo< Tag >::current(), &memo ) };
      return Control< Rule >::template match< A, M, Action, Control >( in, st... );
   }
};

/// Matches the longest key of `Tag::keys()`.
template< typename Tag >
using lexicon_rule = lexicon_search< plain_keys< Tag > >;

/// Matches the longest key of `Tag::keys()` (lower case) in input of any case.
template< typename Tag >
using lexicon_rule_folded = lexicon_search< folded_keys< Tag > >;

/// lexicon_rule< Tag > that reads and fills the current lexicon_memo< Tag >.
template< typename Tag >
using remembered_lexicon_rule = lexicon_search< lexicon_memo< Tag > >;

/// sor< Rules... > that tries only the rules which can begin with the first word at the
/// position: `Index::at( p, end )` has bit i set when Rules[ i ] may match there
/// (lexicon::first_word_index). One hash lookup per word start instead of a search of every
/// recognizer's tables; the rules it tries, and their order, are those of the plain sor.
template< typename Index, typename... Rules >
struct first_word_sor
{
   using rule_t = first_word_sor;
   using subs_t = type_list< Rules... >;
   using index_t = Index;

   template< apply_mode A, rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput, typename... States >
   [[nodiscard]] static bool match( ParseInput& in, States&&... st )
   {
      return match_bits< A, M, Action, Control >( Index::at( in.current(), in.end() ), in, st... );
   }

   /// The rules whose bit is set in `bits` (what `Index::at` gave for the position), tried in
   /// order as the sor tries them; `M` is the last one's rewind mode.
   template< apply_mode A, rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput, typename... States >
   [[nodiscard]] static bool match_bits( std::uint32_t bits, ParseInput& in, States&&... st )
   {
      static_assert( sizeof...( Rules ) <= 32 );
      return try_rules< A, M, Action, Control >( std::index_sequence_for< Rules... >(), bits, in, st... );
   }

private:
   template< apply_mode A, rewind_mode M, template< typename... > class Action, template< typename... > class Control, std::size_t... Indices, typename ParseInput, typename... States >
   [[nodiscard]] static bool try_rules( std::index_sequence< Indices... > /*unused*/, std::uint32_t bits, ParseInput& in, States&&... st )
   {
      return ( ( ( ( bits >> Indices ) & 1 ) != 0 && Control< Rules >::template match< A, ( ( Indices == ( sizeof...( Rules ) - 1 ) ) ? M : rewind_mode::required ), Action, Control >( in, st... ) ) || ... );
   }
};

/// One step of a scan: sor< seq< at< Start >, Gate >, Skip >, where Gate is a first_word_sor,
/// with one shortcut. `Gate::index_t::at( p, end, word_end )` reads the first word at the
/// position once; when it can begin none of the gate's rules and is all of its word
/// (`word_end`), the step passes the word there, where `Skip` would have read it a second time
/// (the scan passes most words so). `Skip` must pass a word whole: what it passes at a letter
/// is [p, word_end).
///
/// The step also passes, in one go, the run of bytes after such a word, or where it begins,
/// that `Start` rejects (`Start::rejected_run( p, end )`: the blank between two words, ASCII
/// punctuation). At each of them the sor would try nothing but `Skip`, which must pass each
/// alone: one more step a byte, done once a run instead. A step may so pass more than one step
/// of the sor does, but it ends where one of the sor's steps ends and passes no byte the sor
/// would not have skipped. Where `Start` rejects a byte, `rejected_run` must pass it (else the
/// step would succeed passing nothing, and the scan repeat it for ever).
template< typename Start, typename Gate, typename Skip >
struct gated_step
{
   using rule_t = gated_step;
   using subs_t = type_list< Start, Gate, Skip >;

   template< apply_mode A, rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput, typename... States >
   [[nodiscard]] static bool match( ParseInput& in, States&&... st )
   {
      if( Control< at< Start > >::template match< A, rewind_mode::required, Action, Control >( in, st... ) ) {
         const char* word_end = nullptr;
         const std::uint32_t bits = Gate::index_t::at( in.current(), in.end(), word_end );
         if( bits == 0 && word_end != nullptr ) {
            in.bump( std::size_t( Start::rejected_run( word_end, in.end() ) - in.current() ) );  // (the run may hold a line break)
            return true;
         }
         if( Gate::template match_bits< A, rewind_mode::required, Action, Control >( bits, in, st... ) ) {
            return true;
         }
      }
      else if( !in.empty() ) {
         in.bump( std::size_t( Start::rejected_run( in.current(), in.end() ) - in.current() ) );
         return true;
      }
      return Control< Skip >::template match< A, M, Action, Control >( in, st... );
   }
};

struct doc_types_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::doc_types().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::doc_types().view(); }
};
struct doc_types_cased_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::doc_types_cased().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::doc_types_cased().view(); }
};
struct bodies_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::bodies().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::bodies().view(); }
};
struct bodies_folded_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::bodies_folded().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::bodies_folded().view(); }
};
struct org_heads_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::org_heads().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::org_heads().view(); }
};
struct holder_titles_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::holder_titles().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::holder_titles().view(); }
};
struct provinces_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::provinces().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::provinces().view(); }
};
struct name_stops_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::name_stops().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::name_stops().view(); }
};
struct name_stops_hard_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::name_stops_hard().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::name_stops_hard().view(); }
};
struct law_names_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::law_names().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::law_names().view(); }
};
struct name_rejects_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::name_rejects().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::name_rejects().view(); }
};
struct issuing_verbs_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::issuing_verbs().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::issuing_verbs().view(); }
};
struct cues_tag
{
   [[nodiscard]] static std::span<const lexicon::key> keys() noexcept { return lexicon::cues().keys; }
   [[nodiscard]] static lexicon::keys_view view() noexcept { return lexicon::cues().view(); }
};

}  // namespace vanban::grammar

namespace tao::pegtl {

template< typename Name, typename Search >
struct analyze_traits< Name, vanban::grammar::lexicon_search< Search > >
   : analyze_any_traits<>
{};
template< typename Name, typename Tag, typename Rule >
struct analyze_traits< Name, vanban::grammar::with_lexicon_memo< Tag, Rule > > : analyze_traits< Name, internal::seq< Rule > > {};
// like a sor of its rules (the gate only skips rules that cannot match)
template< typename Name, typename Index, typename... Rules >
struct analyze_traits< Name, vanban::grammar::first_word_sor< Index, Rules... > > : analyze_traits< Name, internal::sor< Rules... > > {};
// like the sor it shortens (the shortcut passes what Skip would)
template< typename Name, typename Start, typename Gate, typename Skip >
struct analyze_traits< Name, vanban::grammar::gated_step< Start, Gate, Skip > >
   : analyze_traits< Name, internal::sor< internal::seq< internal::at< Start >, Gate >, Skip > >
{};

}  // namespace tao::pegtl

#endif
