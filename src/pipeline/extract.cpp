// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The one place the phases run in order: normalize → scan (grammar: mentions, and the line
// grammar: line kinds) → resolve (model, graph).

#include <utility>

#include <vanban/error.hpp>
#include <vanban/extract.hpp>

#include "normalize/normalize.hpp"
#include "parse/events.hpp"
#include "parse/structure_events.hpp"
#include "resolve/resolve.hpp"

namespace vanban {

document extract( std::string_view text, const options& opts )
{
   detail::normalized_text norm = detail::normalize( text, opts );
   try {
      detail::events ev = detail::scan( norm.text );
      detail::line_events lines = detail::scan_lines( norm.text );
      detail::drop_noise( ev, lines );  // page headers, stamps: not content
      document doc;
      doc.source = opts.source;
      doc.diagnostics = std::move( norm.notes );
      detail::resolve( { text, norm.text, norm.map }, ev, std::move( lines ), doc );
      return doc;
   }
   catch( const vanban::error& ) {
      throw;
   }
   catch( const std::bad_alloc& ) {
      throw error( error_code::limit_exceeded, "out of memory", std::nullopt, opts.source.value_or( "" ) );
   }
   catch( const std::exception& e ) {
      throw error( error_code::internal, std::string( "internal error: " ) + e.what(), std::nullopt, opts.source.value_or( "" ) );
   }
}

}  // namespace vanban
