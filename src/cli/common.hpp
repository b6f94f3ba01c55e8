// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_COMMON_HPP
#define VANBAN_CLI_COMMON_HPP

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace CLI {
class App;
}

/// Pieces every subcommand of the command line shares.
namespace vanban::cli {

/// Exit codes (docs/cli.md).
enum exit_code : int {
   ok = 0,
   diagnostics_failed = 1,  ///< reserved for --fail-on (warnings at or above the threshold)
   usage = 2,
   input_failed = 3,        ///< at least one input could not be read or decoded
   internal = 70
};

/// A subcommand: registered on the app, run when it was the one parsed.
struct command {
   CLI::App* app = nullptr;
   std::function<int()> run;
};

/// Reads a whole file, or standard input for "-". \throws vanban::error (io)
[[nodiscard]] std::string read_all( const std::string& path );

/// Prints "path:line:col: kind: message", the line up to the problem and a caret, on stderr.
void report( const std::string& source, std::string_view text, std::size_t byte, std::uint32_t line, std::uint32_t column, std::string_view kind, std::string_view message );

// The subcommands.
[[nodiscard]] command add_extract( CLI::App& app );

}  // namespace vanban::cli

#endif
