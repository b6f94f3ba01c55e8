// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_MANIFEST_HPP
#define VANBAN_CLI_MANIFEST_HPP

#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "output_tree.hpp"

namespace vanban::cli {

/// What an output was made from: SHA-256 digests (hex) of the input's bytes, of the settings
/// (tool build and the options that change outputs) and of the output's bytes.
struct stamp {
   std::string input;
   std::string settings;
   std::string output;

   friend bool operator==( const stamp&, const stamp& ) = default;
};

/// OUTDIR/.vanban-manifest: one stamp per output, so a rerun skips the inputs whose output is
/// up to date (same input, same settings, output unchanged since written).
///
/// During a run each stamp is appended (one write per line) before its output is renamed into
/// place, so every output a killed run leaves has its stamp; a stamp whose output never
/// arrived vouches for nothing, since the output's digest no longer matches (or there is no
/// output). A line cut by the kill is ignored when read. At the end the file is rewritten
/// sorted by name (atomically), so a resumed run ends with the same bytes as a clean one.
class manifest {
public:
   static constexpr std::string_view file_name = ".vanban-manifest";

   /// Reads the manifest of `tree` (if any) and opens it for appending. \throws output_error
   explicit manifest( output_tree& tree );
   ~manifest();
   manifest( const manifest& ) = delete;
   manifest& operator=( const manifest& ) = delete;

   /// The stamp recorded for output `rel` when the run began, if any. Safe to call from many
   /// threads, while others record (it reads only what was read at the start).
   [[nodiscard]] const stamp* find( const std::string& rel ) const;

   /// Records (appends) the stamp of an output about to be written (thread-safe).
   /// \throws output_error
   void record( const std::string& rel, const stamp& s );
   /// Records that `rel` has no output any more (thread-safe). \throws output_error
   void forget( const std::string& rel );
   /// Rewrites the file sorted, dropping superseded lines. Call once no thread records.
   /// \throws output_error
   void compact();

   /// Names are written with bytes below 0x20, '%' and DEL as %XX, so any file name fits a line.
   [[nodiscard]] static std::string escape( std::string_view name );
   [[nodiscard]] static std::string unescape( std::string_view name );

private:
   void append( const std::string& line );

   output_tree& m_tree;
   std::map<std::string, stamp> m_stamps;  ///< as read at the start (what find() answers)
   std::mutex m_mutex;                     ///< guards m_now and m_log
   std::map<std::string, stamp> m_now;     ///< as it is now
   std::FILE* m_log = nullptr;
};

/// The digest of the settings: the vanban version, the bytes of the binary and library that do
/// the work (a rebuilt vanban redoes everything), and `options` (a canonical text of the
/// options that change outputs).
[[nodiscard]] std::string settings_digest( std::string_view options );

}  // namespace vanban::cli

#endif
