// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// `vanban extract`: one JSON document per input, to stdout or (-o) one file per input in an
// output tree; parallel, ordered, atomic, resumable (docs/cli.md).

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <vanban/vanban.hpp>

#include "common.hpp"
#include "inputs.hpp"
#include "manifest.hpp"
#include "output_tree.hpp"
#include "progress.hpp"
#include "sha256.hpp"
#include "work_queue.hpp"

namespace vanban::cli {
namespace {

// Set by SIGINT/SIGTERM: inputs not started yet are left alone, those in flight finish.
std::atomic<bool> g_stop{ false };

extern "C" void on_stop_signal( int /*signal*/ )
{
   g_stop.store( true );
}

struct settings {
   std::vector<std::string> inputs;
   std::string format = "json";
   std::string output;
   unsigned jobs = 0;
   bool force = false;
   bool quiet = false;
   bool lossy = false;
   std::string encoding;
   std::string input_format = "auto";
   double max_input_mb = 256;
};

/// What became of one input.
struct outcome {
   enum kind : std::uint8_t { converted, skipped, input_failed, output_failed, internal_failed, cancelled };
   kind what = cancelled;
   std::string messages;  ///< for stderr, formatted in the worker (it has the text)
   std::vector<std::string> json;  ///< stdout mode, several jobs: the JSON in pieces (chunk_buffer)
   std::optional<vanban::document> doc;  ///< stdout mode, one job: written as it is made
   std::uint64_t bytes = 0;
   stamp st;              ///< -o: the stamp of the output written
   bool forget = false;   ///< -o: the stale output of an input that now fails was removed
};

[[nodiscard]] input_format parse_input_format( const std::string& s ) noexcept
{
   return s == "text" ? input_format::text : s == "html" ? input_format::html : input_format::automatic;
}

[[nodiscard]] std::string describe_error( const std::string& path, const std::string& bytes, const vanban::error& e )
{
   return format_error( path, bytes, e );
}

class batch {
public:
   explicit batch( const settings& s )
      : m_s( s )
   {}

   int run()
   {
      install_signal_handlers();
      m_inputs = expand_inputs( m_s.inputs );
      const bool to_tree = !m_s.output.empty();
      if( to_tree ) {
         drop_inputs_inside_output();
      }
      plan_names();
      std::uint64_t total = 0;
      for( const input& in : m_inputs ) {
         std::error_code ec;
         if( in.path != "-" ) {
            const auto n = std::filesystem::file_size( in.path, ec );
            total += ec ? 0 : n;
         }
      }
      if( to_tree ) {
         try {
            m_tree = std::make_unique<output_tree>( m_s.output );
            m_manifest = std::make_unique<manifest>( *m_tree );
         }
         catch( const output_error& e ) {
            std::cerr << "vanban: error: " << e.what() << '\n';
            return output_failed;
         }
         if( m_tree->cleaned() > 0 && !m_s.quiet ) {
            std::cerr << "vanban: removed " << m_tree->cleaned() << " temporary file(s) left by an interrupted run\n";
         }
         m_settings = settings_digest( options_text() );
      }
      const unsigned jobs = m_s.jobs == 0 ? default_jobs() : m_s.jobs;
      // one job hands each result on before the next input is read: the worker's text is gone
      // by then, and the JSON of the document can go to stdout as it is made instead of being
      // held whole (the largest part of the peak memory of one long input)
      m_stream = !to_tree && ( jobs == 1 || m_inputs.size() == 1 );
      progress bar( !m_s.quiet && ::isatty( STDERR_FILENO ) != 0, m_inputs.size(), total );
      const auto start = std::chrono::steady_clock::now();
      int status = ok;
      try {
         ordered_parallel_map(
            m_inputs.size(), jobs, [ & ]( std::size_t i ) { return work( i ); },
            [ & ]( std::size_t i, outcome&& o ) { finish( i, std::move( o ), bar, status ); } );
         if( m_manifest ) {
            m_manifest->compact();
         }
      }
      catch( const output_error& e ) {
         bar.print( std::string( "vanban: error: " ) + e.what() + '\n' );
         status = std::max( status, int( output_failed ) );
      }
      std::cout.flush();
      bar.finish();
      const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
      if( !m_s.quiet && ( to_tree || m_inputs.size() > 1 ) ) {
         summary( seconds );
      }
      if( g_stop.load() ) {
         status = std::max( status, int( interrupted ) );
      }
      return status;
   }

private:
   static void install_signal_handlers()
   {
      struct sigaction sa{};
      sa.sa_handler = &on_stop_signal;
      sa.sa_flags = SA_RESETHAND;  // a second Ctrl-C stops at once
      sigemptyset( &sa.sa_mask );
      ::sigaction( SIGINT, &sa, nullptr );
      ::sigaction( SIGTERM, &sa, nullptr );
   }

   /// The output folder may sit inside an input folder: its files are outputs, not inputs.
   void drop_inputs_inside_output()
   {
      namespace fs = std::filesystem;
      std::error_code ec;
      const std::string out = fs::weakly_canonical( m_s.output, ec ).string() + "/";
      if( ec ) {
         return;
      }
      std::erase_if( m_inputs, [ & ]( const input& in ) {
         if( in.path == "-" || in.root.empty() ) {
            return false;
         }
         std::error_code e2;
         const std::string p = fs::weakly_canonical( in.path, e2 ).string();
         return !e2 && p.starts_with( out );
      } );
   }

   /// The output name of each input; two inputs that would share one are an error for the second.
   void plan_names()
   {
      m_names.resize( m_inputs.size() );
      m_plan_errors.resize( m_inputs.size() );
      if( m_s.output.empty() ) {
         return;
      }
      std::map<std::string, std::size_t> first;
      for( std::size_t i = 0; i < m_inputs.size(); ++i ) {
         m_names[ i ] = output_name( m_inputs[ i ], ".json" );
         if( m_names[ i ].empty() ) {
            m_plan_errors[ i ] = "no safe output name for this path (outputs stay inside the output folder)";
            continue;
         }
         const auto [ it, fresh ] = first.emplace( m_names[ i ], i );
         if( !fresh ) {
            m_plan_errors[ i ] = "its output " + m_names[ i ] + " would overwrite that of " + m_inputs[ it->second ].path;
         }
      }
   }

   /// The options that change outputs, as text (hashed into each stamp).
   [[nodiscard]] std::string options_text() const
   {
      return "format=" + m_s.format + "\nencoding=" + m_s.encoding + "\ninput=" + m_s.input_format + "\nlossy=" + ( m_s.lossy ? "1" : "0" ) + "\n";
   }

   [[nodiscard]] outcome work( std::size_t i ) const noexcept
   {
      outcome o;
      if( g_stop.load() ) {
         return o;
      }
      const input& in = m_inputs[ i ];
      if( !m_plan_errors[ i ].empty() ) {
         o.what = outcome::output_failed;
         o.messages = in.path + ": error: " + m_plan_errors[ i ] + '\n';
         return o;
      }
      const std::string& rel = m_names[ i ];
      std::string bytes;
      // the bytes as read are needed again only to show the line of an error: a file is read
      // again then, so the text is not held twice; standard input cannot be read again
      std::string kept;
      try {
         const auto max_bytes = static_cast<std::size_t>( m_s.max_input_mb * 1e6 );
         bytes = read_input( in.path, max_bytes );
         o.bytes = bytes.size();
         if( m_tree ) {
            o.st.input = sha256::of( bytes );
            o.st.settings = m_settings;
            if( is_current( rel, o.st ) ) {
               o.what = outcome::skipped;
               return o;
            }
         }
         vanban::options opts;
         opts.source = in.path;
         opts.lossy = m_s.lossy;
         opts.max_input_bytes = max_bytes;
         vanban::input_options io;
         io.format = parse_input_format( m_s.input_format );
         io.encoding = m_s.encoding;
         io.name = in.path == "-" ? std::string() : in.path;
         if( in.path == "-" ) {
            kept = bytes;
         }
         vanban::decoded_input d = vanban::decode_input( std::move( bytes ), io, opts );
         vanban::document doc = vanban::extract_in_place( d, opts );
         for( const auto& diag : doc.diagnostics ) {
            o.messages += format_report( in.path, d.source(), diag.span.start, diag.span.line, diag.span.column, vanban::to_string( diag.severity ), "[" + diag.code + "] " + diag.message );
         }
         if( m_stream ) {
            o.doc.emplace( std::move( doc ) );
            o.what = outcome::converted;
            return o;
         }
         // one pass of the writer into pieces (to_json would run it twice, see chunk_buffer)
         chunk_buffer buffer;
         {
            std::ostream out( &buffer );
            out.exceptions( std::ios::badbit );  // rethrows what the buffer throws (bad_alloc)
            vanban::write_json( out, doc, json_opts() );
            out.put( '\n' );
         }
         std::vector<std::string> json = buffer.take();
         if( m_tree ) {
            sha256 h;
            for( const auto& piece : json ) {
               h.update( piece );
            }
            o.st.output = h.hex();
            // the stamp goes in first: it names the output's digest, so it can only ever vouch
            // for these bytes, and a kill after the rename cannot leave an output without one
            m_manifest->record( rel, o.st );
            m_tree->write( rel, json );
         }
         else {
            o.json = std::move( json );
         }
         o.what = outcome::converted;
      }
      catch( const vanban::error& e ) {
         o.what = e.code() == vanban::error_code::internal ? outcome::internal_failed : outcome::input_failed;
         if( e.where() && in.path != "-" ) {
            try {
               bytes = read_input( in.path, std::size_t( m_s.max_input_mb * 1e6 ) );
            }
            catch( const std::exception& ) {
               bytes.clear();  // the message stays, without the line
            }
         }
         o.messages += describe_error( in.path, in.path == "-" ? kept : bytes, e );
         // an input that now fails must not keep the output of what it used to be
         if( m_tree && ( e.code() == vanban::error_code::invalid_utf8 || e.code() == vanban::error_code::binary_input ) ) {
            try {
               m_tree->remove( rel );
               o.forget = true;
            }
            catch( const output_error& oe ) {
               o.messages += in.path + ": error: " + oe.what() + '\n';
            }
         }
      }
      catch( const output_error& e ) {
         o.what = outcome::output_failed;
         o.messages += in.path + ": error: " + e.what() + '\n';
      }
      catch( const std::bad_alloc& ) {
         o.what = outcome::input_failed;
         o.messages += in.path + ": error: out of memory\n";
      }
      catch( const std::exception& e ) {
         o.what = outcome::internal_failed;
         o.messages += in.path + ": internal error: " + e.what() + '\n';
      }
      return o;
   }

   /// True when the output of `rel` was made from the same input with the same settings and
   /// is still the file written then.
   [[nodiscard]] bool is_current( const std::string& rel, const stamp& now ) const
   {
      if( m_s.force ) {
         return false;
      }
      const stamp* old = m_manifest->find( rel );
      if( old == nullptr || old->input != now.input || old->settings != now.settings ) {
         return false;
      }
      const auto current = m_tree->read( rel );
      return current && sha256::of( *current ) == old->output;
   }

   void finish( std::size_t i, outcome&& o, progress& bar, int& status )
   {
      const bool large = o.bytes >= large_input_bytes;
      if( !o.messages.empty() ) {
         bar.print( o.messages );
      }
      switch( o.what ) {
         case outcome::converted:
            ++m_converted;
            m_bytes_converted += o.bytes;
            // into a folder the worker wrote the output and recorded its stamp; o holds neither
            if( o.doc ) {
               vanban::write_json( std::cout, *o.doc, json_opts() );
               std::cout << '\n';
            }
            else {
               for( const auto& piece : o.json ) {
                  std::cout.write( piece.data(), std::streamsize( piece.size() ) );
               }
            }
            break;
         case outcome::skipped:
            ++m_skipped;
            break;
         case outcome::input_failed:
            ++m_failed;
            status = std::max( status, int( input_failed ) );
            break;
         case outcome::output_failed:
            ++m_failed;
            status = std::max( status, int( output_failed ) );
            break;
         case outcome::internal_failed:
            ++m_failed;
            status = std::max( status, int( internal ) );
            break;
         case outcome::cancelled:
            ++m_cancelled;
            break;
      }
      if( o.forget && m_manifest ) {
         m_manifest->forget( m_names[ i ] );
      }
      m_bytes_read += o.bytes;
      bar.advance( o.bytes );
      if( large ) {
         o = outcome();  // its document or JSON first
         release_free_memory();
      }
   }

   [[nodiscard]] vanban::json_options json_opts() const
   {
      vanban::json_options jo;
      jo.indent = m_s.format == "jsonl" ? -1 : 2;
      return jo;
   }

   void summary( double seconds ) const
   {
      char rate[ 64 ];
      std::snprintf( rate, sizeof rate, "%.1f s (%.1f MB/s)", seconds, seconds > 0 ? double( m_bytes_converted ) / 1e6 / seconds : 0.0 );
      std::cerr << "vanban: " << m_inputs.size() << " inputs: " << m_converted << " converted, " << m_skipped << " skipped (up to date), " << m_failed << " failed";
      if( m_cancelled > 0 ) {
         std::cerr << ", " << m_cancelled << " not started (interrupted)";
      }
      std::cerr << "; " << progress::megabytes( m_bytes_read ) << " read, " << progress::megabytes( m_bytes_converted ) << " converted in " << rate << '\n';
   }

   const settings& m_s;
   std::vector<input> m_inputs;
   std::vector<std::string> m_names;
   std::vector<std::string> m_plan_errors;
   std::unique_ptr<output_tree> m_tree;
   std::unique_ptr<manifest> m_manifest;
   std::string m_settings;
   bool m_stream = false;  ///< stdout, one job: JSON written in `finish` as it is made
   std::size_t m_converted = 0;
   std::size_t m_skipped = 0;
   std::size_t m_failed = 0;
   std::size_t m_cancelled = 0;
   std::uint64_t m_bytes_read = 0;
   std::uint64_t m_bytes_converted = 0;
};

}  // namespace

command add_extract( CLI::App& app )
{
   auto s = std::make_shared<settings>();
   auto* sub = app.add_subcommand( "extract", "Extract from each input: one JSON document per input, to stdout or (-o) to one file per input" );
   sub->add_option( "inputs", s->inputs, "Files and folders (read recursively), or - for standard input" )->required();
   sub->add_option( "--format", s->format, "json (pretty) or jsonl (one line per input)" )->check( CLI::IsMember( { "json", "jsonl" } ) );
   sub->add_option( "-o,--output", s->output, "Write one NAME.json per input into this folder, mirroring the input tree; resumable" );
   sub->add_option( "-j,--jobs", s->jobs, "Inputs converted in parallel (default 0: all cores)" )->check( CLI::Range( 0u, 1024u ) );
   sub->add_flag( "--force", s->force, "With -o: convert every input again, even those whose output is up to date" );
   sub->add_flag( "-q,--quiet", s->quiet, "No progress bar and no summary (errors are still reported)" );
   sub->add_flag( "--lossy", s->lossy, "Replace invalid bytes with U+FFFD (reported as notes) instead of failing the input" );
   sub->add_option( "--encoding", s->encoding, "Read inputs in this encoding (ICU names: windows-1258, UTF-16LE …); default: detect (BOM, HTML <meta charset>, else UTF-8)" );
   sub->add_option( "--input", s->input_format, "auto (HTML by extension or content), text or html" )->check( CLI::IsMember( { "auto", "text", "html" } ) );
   sub->add_option( "--max-input-mb", s->max_input_mb, "Inputs larger than this many megabytes fail as too large (default 256)" )->check( CLI::PositiveNumber );
   return { sub, [ s ] { return batch( *s ).run(); } };
}

}  // namespace vanban::cli
