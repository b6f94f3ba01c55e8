// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_SPAN_HPP
#define VANBAN_SPAN_HPP

#include <cstddef>
#include <cstdint>

/// \file
/// Where things are in the input: byte and code-point offsets, line and column.

namespace vanban {

/// A region of the **original** input text, as the caller passed it in.
///
/// `start`/`end` are UTF-8 byte offsets (half-open), so `text.substr(start, end - start)` is the
/// region exactly as written, even when the input was NFD, used U+00D0 for Đ or en dashes in
/// symbols. `cp_start`/`cp_end` are the same region in Unicode code points (Python str indices).
/// `line`/`column` locate `start` for people: both 1-based, the column counted in code points.
struct span {
   std::size_t start = 0;     ///< first byte, UTF-8 offset into the original input
   std::size_t end = 0;       ///< one past the last byte
   std::size_t cp_start = 0;  ///< `start` in code points
   std::size_t cp_end = 0;    ///< `end` in code points
   std::uint32_t line = 0;    ///< 1-based line of `start`
   std::uint32_t column = 0;  ///< 1-based column of `start`, in code points

   /// Length in bytes.
   [[nodiscard]] constexpr std::size_t size() const noexcept { return end - start; }

   /// Field-wise equality.
   friend constexpr bool operator==( const span&, const span& ) noexcept = default;
};

}  // namespace vanban

#endif
