// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_PROGRESS_HPP
#define VANBAN_CLI_PROGRESS_HPP

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban::cli {

/// The live progress line of a batch on stderr: a bar, files done/total, MB/s and ETA, redrawn
/// at most ten times a second. Silent unless enabled (stderr is a terminal, no --quiet).
/// Messages go through `print`, which clears the line first so the bar never mixes with them.
class progress {
public:
   progress( bool enabled, std::size_t files, std::uint64_t bytes ) noexcept;

   /// One more input done (converted, skipped or failed), `bytes` long.
   void advance( std::uint64_t bytes );
   /// Prints `text` (whole lines) on stderr above the bar.
   void print( std::string_view text );
   /// Clears the bar for good.
   void finish();

   /// "1.2 MB", "340 kB".
   [[nodiscard]] static std::string megabytes( std::uint64_t bytes );
   /// The bar line for a state (exposed for tests).
   [[nodiscard]] static std::string line( std::size_t done, std::size_t files, std::uint64_t bytes_done, std::uint64_t bytes, double seconds, unsigned width );

private:
   void draw( bool force );
   void clear();

   bool m_enabled;
   std::size_t m_files;
   std::uint64_t m_bytes;
   std::size_t m_done = 0;
   std::uint64_t m_bytes_done = 0;
   bool m_shown = false;
   std::chrono::steady_clock::time_point m_start;
   std::chrono::steady_clock::time_point m_last;
};

}  // namespace vanban::cli

#endif
