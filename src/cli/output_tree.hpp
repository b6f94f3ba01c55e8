// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_OUTPUT_TREE_HPP
#define VANBAN_CLI_OUTPUT_TREE_HPP

#include <atomic>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "inputs.hpp"

namespace vanban::cli {

/// A failure to write into the output folder (the batch reports it and goes on).
class output_error : public std::runtime_error {
public:
   using std::runtime_error::runtime_error;
};

/// The output name of an input, relative to OUTDIR with '/' separators: its path under the
/// folder it was found in, or its file name when named directly ("stdin" for "-"), plus
/// `suffix`. Empty when no safe name exists (a name of "." or "..").
[[nodiscard]] std::string output_name( const input& in, std::string_view suffix );

/// True when `rel` stays inside the folder it is relative to: not absolute, no "", "." or ".."
/// component, no NUL byte.
[[nodiscard]] bool is_safe_relative( std::string_view rel ) noexcept;

/// The output folder of a batch. Every write goes through directory handles opened component by
/// component without following symbolic links, so nothing is ever written outside the folder
/// whatever the names and links inside it; each file is written to a temporary file beside it
/// and renamed over it, so a reader (or a rerun after a crash or kill -9) sees either the old
/// or the new file, never a part of one. The folder is locked (flock) while a batch runs.
class output_tree {
public:
   /// Creates the folder (and its parents) if needed, locks it, and removes the temporary files
   /// a killed run left behind. \throws output_error
   explicit output_tree( const std::string& root );
   ~output_tree();
   output_tree( const output_tree& ) = delete;
   output_tree& operator=( const output_tree& ) = delete;

   /// Writes `content` to `rel` atomically (thread-safe). \throws output_error
   void write( std::string_view rel, std::string_view content );
   /// Writes the concatenation of `parts` to `rel` atomically (thread-safe). \throws output_error
   void write( std::string_view rel, const std::vector<std::string>& parts );
   /// The content of `rel`, or nothing when it does not exist or cannot be read safely.
   [[nodiscard]] std::optional<std::string> read( std::string_view rel ) const;
   /// Removes `rel` if it exists. \throws output_error
   void remove( std::string_view rel );

   [[nodiscard]] const std::string& root() const noexcept { return m_root; }
   /// The number of stale temporary files removed when the folder was opened.
   [[nodiscard]] std::size_t cleaned() const noexcept { return m_cleaned; }

   /// The prefix of temporary file names.
   static constexpr std::string_view temp_prefix = ".vanban-tmp-";

private:
   /// Opens the folder that holds `rel` (creating folders when `create`); returns its fd and
   /// the last component. -1 when it does not exist (create == false). \throws output_error
   [[nodiscard]] int open_parent( std::string_view rel, bool create, std::string& leaf ) const;

   void write( std::string_view rel, std::span<const std::string_view> parts );

   std::string m_root;
   int m_fd = -1;
   std::size_t m_cleaned = 0;
   mutable std::atomic<unsigned long> m_sequence{ 0 };
};

}  // namespace vanban::cli

#endif
