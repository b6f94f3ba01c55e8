// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_COMMON_HPP
#define VANBAN_CLI_COMMON_HPP

#include <cstdint>
#include <functional>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace vanban {
class error;
}

/// Pieces every subcommand of the command line shares.
namespace vanban::cli {

/// Exit codes (docs/cli.md).
enum exit_code : int {
   ok = 0,
   diagnostics_failed = 1,  ///< reserved for --fail-on (warnings at or above the threshold)
   usage = 2,
   input_failed = 3,        ///< at least one input could not be read or decoded
   output_failed = 4,       ///< at least one output could not be written (disk full, unsafe name …)
   internal = 70,
   interrupted = 130        ///< stopped by Ctrl-C or SIGTERM (what was finished is kept)
};

/// A subcommand: registered on the app, run when it was the one parsed.
struct command {
   CLI::App* app = nullptr;
   std::function<int()> run;
};

/// The allocator policy of a process that builds one large model per input and frees it (set
/// once, at start).
///
/// glibc serves every block over its mmap threshold (128 KiB, adaptive up to 32 MiB) with a
/// fresh mapping and unmaps it on free, and gives the top of its heap back to the kernel past
/// 128 KiB. The model's big vectors (the text, its normalized copy, the scan's events, the
/// mentions and the body tree) grow by doubling and are freed phase by phase, so every one of
/// them was zero-filled by the kernel page by page, again for each file: on the 2-core virtual
/// machines of docs/performance.md a quarter of the time of a 20 MB text went into page faults.
/// Served from the heap and kept there, freed memory is reused by the next phase and the next
/// file. Blocks of 4 MiB and more (only an input of megabytes has them) are still mapped: kept
/// in the heap, each one freed left a hole that counted in the process's memory while the next
/// phase held as much again, and a 97 MiB file peaked at 4.4× its size instead of 3.8×. A
/// library must not set this for its host, so the CLI does.
void tune_allocator() noexcept;

/// Gives the memory the heap keeps back to the system: called after a large input, so that a
/// batch does not hold the peak of its largest file for the rest of the run.
void release_free_memory() noexcept;

/// Inputs from this size on are followed by `release_free_memory()`.
inline constexpr std::uint64_t large_input_bytes = std::uint64_t( 16 ) << 20;

/// Reads a whole file, or standard input for "-". \throws vanban::error (io)
[[nodiscard]] std::string read_all( const std::string& path );

/// An input of `vanban extract` or `vanban graph`: a file (refused past `max_bytes` before it is
/// read) or standard input for "-" (refused past `max_bytes` once read).
/// \throws vanban::error (io, limit_exceeded)
[[nodiscard]] std::string read_input( const std::string& path, std::size_t max_bytes );

/// "path:line:col: kind: message\n", then the line up to the problem and a caret (when that
/// part of the line is printable UTF-8: never binary junk on a terminal).
[[nodiscard]] std::string format_report( const std::string& source, std::string_view text, std::size_t byte, std::uint32_t line, std::uint32_t column, std::string_view kind, std::string_view message );

/// How every subcommand reports a `vanban::error` of input `source` (its bytes `text`): with its
/// position as `format_report` (the byte offset added to the message unless it names it),
/// else "source: error: message\n".
[[nodiscard]] std::string format_error( const std::string& source, std::string_view text, const vanban::error& e );

/// Prints `format_report(...)` on stderr.
void report( const std::string& source, std::string_view text, std::size_t byte, std::uint32_t line, std::uint32_t column, std::string_view kind, std::string_view message );

/// A stream buffer that keeps what is written in pieces of about 64 KiB: with several jobs a
/// worker writes a document's JSON into it with `write_json` in one pass (`to_json` runs the
/// writer twice, to count the bytes first, so that one string of the final size is allocated),
/// and the main thread writes the pieces to stdout in input order. Memory stays one copy of
/// the JSON: no string grown by doubling, no joining.
class chunk_buffer : public std::streambuf
{
public:
   static constexpr std::size_t chunk_size = std::size_t( 1 ) << 16;

   /// The pieces written so far, in order (the buffer is empty afterwards).
   [[nodiscard]] std::vector<std::string> take() noexcept;

protected:
   std::streamsize xsputn( const char* s, std::streamsize n ) override;
   int_type overflow( int_type c ) override;

private:
   std::vector<std::string> m_chunks;
};

// The subcommands.
[[nodiscard]] command add_extract( CLI::App& app );
[[nodiscard]] command add_annotate( CLI::App& app );
[[nodiscard]] command add_graph( CLI::App& app );

}  // namespace vanban::cli

#endif
