// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "common.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <vanban/error.hpp>

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

}  // namespace

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

void report( const std::string& source, std::string_view text, std::size_t byte, std::uint32_t line, std::uint32_t column, std::string_view kind, std::string_view message )
{
   std::cerr << source << ':' << line << ':' << column << ": " << kind << ": " << message << '\n';
   const std::string_view l = line_at( text, byte );
   if( l.size() < 400 ) {
      // show the line up to the problem (it is valid UTF-8 there), then the caret
      std::string_view before = text.substr( l.data() - text.data(), std::min( byte, text.size() ) - std::size_t( l.data() - text.data() ) );
      std::cerr << "  " << before << ( byte < text.size() ? "…" : "" ) << '\n';
      std::cerr << "  " << std::string( column > 0 ? column - 1 : 0, ' ' ) << "^\n";
   }
}

}  // namespace vanban::cli
