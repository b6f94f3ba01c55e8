// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_VANBAN_HPP
#define VANBAN_VANBAN_HPP

/// \file
/// The whole public API: `#include <vanban/vanban.hpp>`, then `vanban::extract(text)`.
///
/// \code
/// auto doc = vanban::extract( text );  // vanban::document
/// for( const auto& c : doc.citations ) {
///    // c.type, c.number, c.date, c.issuer, c.relation, c.span
/// }
/// std::string json = vanban::to_json( doc );
/// \endcode

#include <vanban/diagnostic.hpp>
#include <vanban/document.hpp>
#include <vanban/error.hpp>
#include <vanban/export.hpp>
#include <vanban/extract.hpp>
#include <vanban/graph.hpp>
#include <vanban/input.hpp>
#include <vanban/json.hpp>
#include <vanban/span.hpp>
#include <vanban/version.hpp>

#endif
