// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "common.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <vanban/error.hpp>
#include <vanban/input.hpp>

#if defined( __GLIBC__ )
#include <malloc.h>
#endif

namespace vanban::cli {
namespace {

/// The line of `text` that holds byte `offset`, for the caret display.
[[nodiscard]] std::string_view line_at( std::string_view text, std::size_t offset )
{
   offset = std::min( offset, text.size() );
   std::size_t b = text.rfind( '\n', offset == 0 ? 0 : offset - 1 );
   b = ( b == std::string_view::npos || offset == 0 ) ? 0 : b + 1;
   std::size_t e = text.find( '\n', offset );
   if( e == std::string_view::npos ) {
      e = text.size();
   }
   return text.substr( b, e - b );
}

/// True for UTF-8 without control characters other than tab: safe to echo on a terminal.
[[nodiscard]] bool printable( std::string_view s ) noexcept
{
   for( std::size_t i = 0; i < s.size(); ) {
      const auto b = static_cast<unsigned char>( s[ i ] );
      if( b < 0x80 ) {
         if( ( b < 0x20 && b != '\t' ) || b == 0x7F ) {
            return false;
         }
         ++i;
         continue;
      }
      const std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
      if( n == 0 || b > 0xF4 || i + n > s.size() ) {
         return false;
      }
      for( std::size_t k = 1; k < n; ++k ) {
         if( ( static_cast<unsigned char>( s[ i + k ] ) & 0xC0 ) != 0x80 ) {
            return false;
         }
      }
      i += n;
   }
   return true;
}

}  // namespace

void tune_allocator() noexcept
{
#if defined( __GLIBC__ )
   mallopt( M_MMAP_THRESHOLD, 4 << 20 );  // blocks under 4 MiB from the heap, larger ones mapped
   mallopt( M_TRIM_THRESHOLD, 1 << 30 );  // keep freed memory for the next phase and file
   mallopt( M_TOP_PAD, 64 << 20 );        // grow the heap 64 MiB at a time (untouched: no RSS)
#endif
}

void release_free_memory() noexcept
{
#if defined( __GLIBC__ )
   malloc_trim( 0 );  // every arena, and the free pages inside the heap too
#endif
}

std::vector<std::string> chunk_buffer::take() noexcept
{
   return std::move( m_chunks );
}

std::streamsize chunk_buffer::xsputn( const char* s, std::streamsize n )
{
   // the JSON writer hands over whole 64 KiB buffers (and a long string as it is): each becomes
   // a piece of its own; small writes fill the last piece up to its reserved size
   const auto size = static_cast<std::size_t>( n );
   if( m_chunks.empty() || m_chunks.back().capacity() - m_chunks.back().size() < size ) {
      m_chunks.emplace_back().reserve( std::max( size, chunk_size ) );
   }
   m_chunks.back().append( s, size );
   return n;
}

chunk_buffer::int_type chunk_buffer::overflow( int_type c )
{
   if( traits_type::eq_int_type( c, traits_type::eof() ) ) {
      return traits_type::not_eof( c );
   }
   const char ch = traits_type::to_char_type( c );
   xsputn( &ch, 1 );
   return c;
}

std::string read_all( const std::string& path )
{
   if( path == "-" ) {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      return ss.str();
   }
   std::ifstream f( path, std::ios::binary );
   if( !f ) {
      throw vanban::error( vanban::error_code::io, "cannot open file", std::nullopt, path );
   }
   std::string data( ( std::istreambuf_iterator<char>( f ) ), std::istreambuf_iterator<char>() );
   if( f.bad() ) {
      throw vanban::error( vanban::error_code::io, "read error", std::nullopt, path );
   }
   return data;
}

std::string read_input( const std::string& path, std::size_t max_bytes )
{
   if( path != "-" ) {
      return vanban::read_file( path, max_bytes );
   }
   std::string s = read_all( "-" );
   if( s.size() > max_bytes ) {
      throw vanban::error( vanban::error_code::limit_exceeded, "too large: " + std::to_string( s.size() ) + " bytes, more than the limit of " + std::to_string( max_bytes ) + " bytes", std::nullopt, "-" );
   }
   return s;
}

std::string format_report( const std::string& source, std::string_view text, std::size_t byte, std::uint32_t line, std::uint32_t column, std::string_view kind, std::string_view message )
{
   std::string r = source + ':' + std::to_string( line ) + ':' + std::to_string( column ) + ": " + std::string( kind ) + ": " + std::string( message ) + '\n';
   const std::string_view l = line_at( text, byte );
   if( l.size() < 400 ) {
      // show the line up to the problem (it is valid UTF-8 there), then the caret
      const std::string_view before = text.substr( std::size_t( l.data() - text.data() ), std::min( byte, text.size() ) - std::size_t( l.data() - text.data() ) );
      if( printable( before ) ) {
         r += "  " + std::string( before ) + ( byte < text.size() ? "…" : "" ) + '\n';
         r += "  " + std::string( column > 0 ? column - 1 : 0, ' ' ) + "^\n";
      }
   }
   return r;
}

std::string format_error( const std::string& source, std::string_view text, const vanban::error& e )
{
   if( !e.where() ) {
      return source + ": error: " + e.message() + '\n';
   }
   const std::string at = "byte " + std::to_string( e.where()->byte );
   const bool named = e.message().find( at ) != std::string::npos;
   return format_report( source, text, e.where()->byte, e.where()->line, e.where()->column, "error", named ? e.message() : e.message() + " (" + at + ")" );
}

void report( const std::string& source, std::string_view text, std::size_t byte, std::uint32_t line, std::uint32_t column, std::string_view kind, std::string_view message )
{
   std::cerr << format_report( source, text, byte, line, column, kind, message );
}

}  // namespace vanban::cli
