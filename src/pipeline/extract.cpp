// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The one place the phases run in order: normalize → scan (grammar: mentions, and the line
// grammar: line kinds) → resolve (model, graph).

#include <algorithm>
#include <new>
#include <optional>
#include <string>
#include <utility>

#include <vanban/error.hpp>
#include <vanban/extract.hpp>

#include "extract.hpp"
#include "model/spans.hpp"
#include "normalize/normalize.hpp"
#include "normalize/original_text.hpp"
#include "parse/events.hpp"
#include "parse/structure_events.hpp"
#include "pipeline/release.hpp"
#include "resolve/resolve.hpp"

namespace vanban {
namespace {

/// Rejects quotation marks nested deeper than `options::max_nesting` (at the opening mark that
/// goes too deep, in the original's bytes). A closing mark without an opening one is ignored,
/// as the resolver's own depth count does.
void check_nesting( const detail::normalized_text& norm, std::string_view original, const options& opts )
{
   static constexpr std::string_view open = "\u201C";
   static constexpr std::string_view close = "\u201D";
   const std::string_view t = norm.text;
   std::size_t depth = 0;
   for( std::size_t i = t.find( '\xE2' ); i != std::string_view::npos; i = t.find( '\xE2', i + 1 ) ) {
      if( t.compare( i, 3, open ) == 0 ) {
         if( ++depth > opts.max_nesting ) {
            const std::size_t at = norm.map.start_to_source( i );
            const detail::text_position p = detail::position_of( original, at );
            throw error( error_code::limit_exceeded, "quotation marks nest deeper than the limit of " + std::to_string( opts.max_nesting ) + " levels (options::max_nesting)", position{ at, p.line, p.column }, opts.source.value_or( "" ) );
         }
      }
      else if( t.compare( i, 3, close ) == 0 && depth > 0 ) {
         --depth;
      }
   }
}

}  // namespace

namespace {

/// extract() on `text`; `lent`, when not null, holds `text` and may be freed while the
/// normalized copy is in use (see detail::extract_lent).
document run( std::string_view text, std::string* lent, const options& opts )
{
   // everything inside the try: normalize() allocates the most (a copy and an offset map per
   // stage), so running out of memory there must become limit_exceeded like anywhere else
   const std::size_t size = text.size();
   try {
      detail::normalized_text norm = detail::normalize( text, opts );
      check_nesting( norm, text, opts );
      // a lent text is freed when rebuilding it from the normalized one needs little (a text
      // in NFD changes at nearly every syllable: it is kept)
      std::optional<detail::original_text> rebuild;
      if( lent != nullptr && norm.owns_text() ) {
         rebuild = detail::original_text::keep( text, norm.map, size / 2 );
      }
      if( !rebuild ) {
         lent = nullptr;
      }
      else {
         // room for the original in the normalized text's buffer, where it is rebuilt (the
         // last step, which must not allocate): every stage of normalize() reserves it, so this
         // copy into a new buffer of exactly that size (reserve on a full one doubles it) is
         // only a guard, never taken today (unit.memory counts the blocks of the text's size)
         if( norm.storage.capacity() < size ) {
            std::string room;
            room.reserve( size );
            room.append( norm.storage );
            norm.storage.swap( room );
            norm.text = norm.storage;
         }
         detail::release( *lent );  // its pages too: the scan's records fill them again
         text = {};
      }
      try {
         detail::events ev = detail::scan( norm.text );
         detail::line_events lines = detail::scan_lines( norm.text );
         detail::drop_noise( ev, lines );  // page headers, stamps: not content
         document doc;
         doc.source = opts.source;
         // normalize() threw at invalid UTF-8, or (lossy) replaced it with a note for each
         const bool text_valid = norm.notes.empty();
         doc.diagnostics = std::move( norm.notes );
         detail::resolve( text, std::move( norm ), std::move( ev ), std::move( lines ), doc, text_valid, rebuild ? &*rebuild : nullptr, lent );
         // the lossy notes came first, resolve's warnings after them: one list in text order
         // (found by vanban_fuzz_extract: a VB-W001 date after a hundred VB-N001 notes)
         if( doc.diagnostics.size() > 1 ) {
            std::stable_sort( doc.diagnostics.begin(), doc.diagnostics.end(), []( const diagnostic& a, const diagnostic& b ) { return a.span.start < b.span.start; } );
         }
         return doc;
      }
      catch( ... ) {
         // the caller gets its text back whatever happened: resolve rebuilds it in the
         // normalized text's buffer at its end, so either that is done or the buffer is here
         if( lent != nullptr && lent->size() != rebuild->size() ) {
            rebuild->rebuild_in_place( norm.storage );
            *lent = std::move( norm.storage );
         }
         throw;
      }
   }
   catch( const vanban::error& ) {
      throw;
   }
   catch( const std::bad_alloc& ) {
      throw error( error_code::limit_exceeded, "out of memory (input of " + std::to_string( size ) + " bytes)", std::nullopt, opts.source.value_or( "" ) );
   }
   catch( const std::exception& e ) {
      throw error( error_code::internal, std::string( "internal error: " ) + e.what(), std::nullopt, opts.source.value_or( "" ) );
   }
   catch( ... ) {
      throw error( error_code::internal, "internal error: an exception of unknown type", std::nullopt, opts.source.value_or( "" ) );
   }
}

}  // namespace

document extract( std::string_view text, const options& opts )
{
   return run( text, nullptr, opts );
}

namespace detail {

document extract_lent( std::string& lent, const options& opts )
{
   return run( lent, &lent, opts );
}

}  // namespace detail

}  // namespace vanban
