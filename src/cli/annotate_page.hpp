// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_ANNOTATE_PAGE_HPP
#define VANBAN_CLI_ANNOTATE_PAGE_HPP

#include <string>
#include <string_view>

#include <vanban/document.hpp>
#include <vanban/input.hpp>

namespace vanban::cli {

/// A self-contained HTML page showing `doc` over its input: every citation, date and issuer
/// highlighted (`<mark class="vb vb-cite|vb-date|vb-issuer" data-a=N>`, nested where they
/// nest), a tooltip and a side panel with the fields, the mentions of one document linked
/// together (same `data-id`), and a legend. Text input becomes a page of its own, every
/// character escaped; HTML input keeps its page, with the marks placed into its text, its
/// scripts removed and a Content-Security-Policy that lets only the panel's script run.
[[nodiscard]] std::string annotate_page( const vanban::decoded_input& in, const vanban::document& doc, std::string_view title );

/// The nonce of the page's own script (its Content-Security-Policy allows only that script): a
/// hash of the input, which the input's text therefore cannot spell.
[[nodiscard]] std::string page_nonce( std::string_view source );

/// `s` escaped for HTML text and attribute values; invalid UTF-8 and control characters
/// become U+FFFD, so the page is always valid UTF-8.
[[nodiscard]] std::string escape_html( std::string_view s );

}  // namespace vanban::cli

#endif
