// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_INPUTS_HPP
#define VANBAN_CLI_INPUTS_HPP

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

/// Batch plumbing shared by the subcommands that read many files (extract, graph).
namespace vanban::cli {

/// One input of a batch: a file (or "-" for standard input).
struct input {
   std::string path;            ///< as the user wrote it, or found under a folder they named
   std::filesystem::path root;  ///< the folder it was found under (empty for files named directly)
};

/// Expands the paths the user gave: files as given, folders recursively (regular files only,
/// symlinks to files followed, in byte order of their paths so output order is deterministic),
/// "-" for standard input. A path that does not exist is still returned (reading it reports the
/// error in its place in the batch).
[[nodiscard]] std::vector<input> expand_inputs( const std::vector<std::string>& paths );

/// The number of worker threads for `-j 0` (all cores).
[[nodiscard]] unsigned default_jobs() noexcept;

}  // namespace vanban::cli

#endif
