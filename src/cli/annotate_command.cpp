// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// `vanban annotate FILE [-o OUT.html]`: the input as a page with every citation, date and
// issuer highlighted (annotate_page.hpp).

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <vanban/vanban.hpp>

#include "annotate_page.hpp"
#include "common.hpp"

namespace vanban::cli {
namespace {

struct settings {
   std::string input;
   std::string output;
   std::string encoding;
   std::string input_format = "auto";
   bool lossy = false;
};

/// Writes `content` to `path` through a temporary file in the same folder and a rename. The
/// temporary file is created new (O_EXCL) and never through a symbolic link (O_NOFOLLOW), and
/// the rename replaces `path` itself: when `path` is a link, the link goes, its target is not
/// written. So nothing is written anywhere but the folder of `path`.
void write_atomically( const std::string& path, const std::string& content )
{
   namespace fs = std::filesystem;
   const fs::path target( path );
   const fs::path tmp = target.parent_path() / ( ".vanban-tmp-" + std::to_string( ::getpid() ) + "-annotate" );
   const int fd = ::open( tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666 );
   if( fd < 0 ) {
      throw vanban::error( vanban::error_code::io, std::string( "cannot create " ) + tmp.string() + ": " + std::strerror( errno ), std::nullopt, path );
   }
   std::size_t done = 0;
   int err = 0;
   while( done < content.size() ) {
      const ssize_t n = ::write( fd, content.data() + done, content.size() - done );
      if( n < 0 ) {
         if( errno == EINTR ) {
            continue;
         }
         err = errno;
         break;
      }
      done += std::size_t( n );
   }
   if( ::close( fd ) != 0 && err == 0 ) {
      err = errno;
   }
   if( err == 0 && std::rename( tmp.c_str(), path.c_str() ) != 0 ) {
      err = errno;
   }
   if( err != 0 ) {
      ::unlink( tmp.c_str() );
      throw vanban::error( vanban::error_code::io, std::string( "cannot write: " ) + std::strerror( err ), std::nullopt, path );
   }
}

int run_annotate( const settings& s )
{
   std::string bytes;
   try {
      vanban::options opts;
      opts.source = s.input;
      opts.lossy = s.lossy;
      bytes = s.input == "-" ? read_all( "-" ) : vanban::read_file( s.input, opts.max_input_bytes );
      vanban::input_options io;
      io.encoding = s.encoding;
      io.format = s.input_format == "text" ? vanban::input_format::text : s.input_format == "html" ? vanban::input_format::html : vanban::input_format::automatic;
      io.name = s.input == "-" ? std::string() : s.input;
      vanban::decoded_input d = vanban::decode_input( std::string( bytes ), io, opts );
      const vanban::document doc = vanban::extract_in_place( d, opts );
      for( const auto& diag : doc.diagnostics ) {
         report( s.input, d.source(), diag.span.start, diag.span.line, diag.span.column, vanban::to_string( diag.severity ), "[" + diag.code + "] " + diag.message );
      }
      const std::string page = annotate_page( d, doc, s.input == "-" ? std::string( "standard input" ) : std::filesystem::path( s.input ).filename().string() );
      if( s.output.empty() || s.output == "-" ) {
         std::cout << page;
         std::cout.flush();
      }
      else {
         write_atomically( s.output, page );
      }
      return ok;
   }
   catch( const vanban::error& e ) {
      std::cerr << format_error( e.source().empty() ? s.input : e.source(), bytes, e );
      return e.code() == vanban::error_code::internal ? int( internal ) : e.code() == vanban::error_code::io && e.source() == s.output ? int( output_failed ) : int( input_failed );
   }
}

}  // namespace

command add_annotate( CLI::App& app )
{
   auto s = std::make_shared<settings>();
   auto* sub = app.add_subcommand( "annotate", "Write the input as an HTML page with every citation, date and issuer highlighted" );
   sub->add_option( "input", s->input, "A text or HTML file, or - for standard input" )->required();
   sub->add_option( "-o,--output", s->output, "The page to write (default: standard output)" );
   sub->add_option( "--encoding", s->encoding, "Read the input in this encoding (ICU names: windows-1258, UTF-16LE …); default: detect" );
   sub->add_option( "--input", s->input_format, "auto (HTML by extension or content), text or html" )->check( CLI::IsMember( { "auto", "text", "html" } ) );
   sub->add_flag( "--lossy", s->lossy, "Replace invalid bytes with U+FFFD (reported as notes) instead of failing" );
   return { sub, [ s ] { return run_annotate( *s ); } };
}

}  // namespace vanban::cli
