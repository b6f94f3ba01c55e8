// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_RESOLVE_CONTEXT_HPP
#define VANBAN_RESOLVE_CONTEXT_HPP

#include <string>
#include <string_view>
#include <vector>

#include <vanban/document.hpp>

#include "article.hpp"
#include "issuer.hpp"
#include "layout.hpp"
#include "resolve.hpp"
#include "symbol.hpp"

/// The state the resolve steps share (src/resolve/resolve.cpp runs them in order).
namespace vanban::detail {

/// What resolve knows about a citation beyond the public model.
struct citation_extra {
   symbol_info sym;
   bool local = false;  ///< issued by a local body: its number repeats per province
   int year = 0;        ///< issue year, for the id
   int antecedent = -1; ///< the mention this one repeats ("(sau đây gọi là …)", "Nghị định 15"): same document
   std::size_t representative = 0;  ///< the most complete mention of the same document (itself if none)
   bool place_inferred = false;     ///< the issuer's province came from the text, not the phrase
};

struct resolve_context {
   const text_view& t;
   const events& ev;
   const line_events& lines;  ///< what the line grammar read (header, headings, closing blocks)
   document& doc;
   place_context place;
   raw_article article;
   std::vector<std::size_t> boundaries;  ///< sentence and Căn cứ-line ends, normalized offsets
   std::vector<citation_extra> extras;   ///< parallel to doc.citations
   document_layout layout;               ///< where the header, preamble, body and closing blocks are
   /// The body tree's headings, written by write_headings() once the scan's events are gone
   /// (a long text's headings are a tenth of its memory at the peak): node k's heading joins
   /// the normalized ranges heading_pieces[heading_ends[k - 1] … heading_ends[k]).
   std::vector<line_piece> heading_pieces;
   std::vector<std::size_t> heading_ends;  ///< parallel to doc.structure

   /// A normalized range as a span of the original (offsets only; see finalize_spans).
   [[nodiscard]] vanban::span map( nspan n ) const noexcept;
   /// The original bytes of a span.
   [[nodiscard]] std::string original( const vanban::span& s ) const;
   /// Start of the sentence (or Căn cứ line) that holds `pos`.
   [[nodiscard]] std::size_t scope_begin( std::size_t pos ) const noexcept;
   /// End of the sentence (or Căn cứ line) that holds `pos`.
   [[nodiscard]] std::size_t scope_end( std::size_t pos ) const noexcept;
   /// A `VB-N003` note: the number at `where` was read as `number`, with the slash a hyphen
   /// stood for (symbol_info::repaired).
   void note_repaired_symbol( nspan where, std::string_view number );
};

/// Whitespace runs folded to one space, ends trimmed (names and titles wrap over lines).
[[nodiscard]] std::string fold_ws( std::string_view s );
/// Appends the words of `s` to `out` as fold_ws does (one space before each, none first).
void append_folded( std::string& out, std::string_view s );
/// True when only whitespace (and the given filler word) lies between offsets `a` and `b`.
[[nodiscard]] bool only_space_between( std::string_view t, std::size_t a, std::size_t b, std::string_view filler = {} );
[[nodiscard]] inline bool is_ws( char c ) noexcept
{
   // one comparison for the bytes of words (all above ' '), nearly all that are asked about
   return static_cast<unsigned char>( c ) <= ' ' && ( c == ' ' || c == '\t' || c == '\n' );
}

// The steps, in the order resolve() runs them.
void find_sentences( resolve_context& cx );    // sentences.cpp
void read_header( resolve_context& cx );       // header.cpp: doc.info and cx.place from the header
void build_structure( resolve_context& cx );   // structure.cpp: body tree, signers, recipients
void compact_structure( resolve_context& cx ); // structure.cpp: the body tree's vectors to their size
void infer_place( resolve_context& cx );       // place.cpp
void read_wrapper( resolve_context& cx );      // article.cpp
void build_citations( resolve_context& cx );   // citations.cpp
void find_subject( resolve_context& cx );      // subject.cpp
void assign_relations( resolve_context& cx );  // relations.cpp
void assign_ids( resolve_context& cx );        // citations.cpp
void collect_mentions( resolve_context& cx );  // mentions.cpp
void write_headings( resolve_context& cx );    // structure.cpp: the body tree's heading texts

}  // namespace vanban::detail

#endif
