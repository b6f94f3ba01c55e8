// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_PIPELINE_EXTRACT_HPP
#define VANBAN_PIPELINE_EXTRACT_HPP

#include <string>

#include <vanban/document.hpp>
#include <vanban/extract.hpp>

namespace vanban::detail {

/// extract() on the text `lent` holds, which it may free while the normalized copy is in use:
/// when normalizing changed the text and rebuilding it needs at most half its size
/// (detail::original_text). `lent` is rebuilt, byte for byte, before this returns or throws;
/// only running out of memory while rebuilding it can leave it empty.
[[nodiscard]] document extract_lent( std::string& lent, const options& opts );

}  // namespace vanban::detail

#endif
