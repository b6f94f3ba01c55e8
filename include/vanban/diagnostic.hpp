// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_DIAGNOSTIC_HPP
#define VANBAN_DIAGNOSTIC_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include <vanban/span.hpp>

/// \file
/// Content problems reported next to an extraction's result (docs/diagnostics.md).

namespace vanban {

/// How serious a diagnostic is. None of them stops an extraction.
enum class severity : std::uint8_t {
   note,     ///< informational (e.g. a replacement made with `options::lossy`)
   warning,  ///< something that looks like a citation or a date but is not valid
   error     ///< content that could not be used (the rest of the document still is)
};

/// A content problem found while extracting. Diagnostics never stop an extraction.
///
/// `code` is stable across versions (`VB-W001` ...) and documented in docs/diagnostics.md;
/// `message` is short lowercase English saying what was expected.
struct diagnostic {
   std::string code;                                       ///< stable id: "VB-W001"
   vanban::severity severity = vanban::severity::warning;  ///< how serious
   std::string message;                                    ///< "impossible calendar date"
   vanban::span span;                                      ///< the text it is about
};

/// "note", "warning" or "error", as in the JSON and the CLI's messages.
[[nodiscard]] constexpr std::string_view to_string( severity s ) noexcept
{
   switch( s ) {
      case severity::note:
         return "note";
      case severity::warning:
         return "warning";
      case severity::error:
         return "error";
   }
   return "warning";
}

}  // namespace vanban

#endif
