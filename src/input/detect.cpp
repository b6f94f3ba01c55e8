// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// What the bytes are: a BOM, binary data, HTML, the charset an HTML page declares.

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include <vanban/error.hpp>

#include "input.hpp"
#include "model/spans.hpp"
#include "text/simd.hpp"

namespace vanban::detail {
namespace {

[[nodiscard]] std::string lower_prefix( std::string_view s, std::size_t n )
{
   std::string r( s.substr( 0, std::min( n, s.size() ) ) );
   std::transform( r.begin(), r.end(), r.begin(), []( char c ) { return char( std::tolower( static_cast<unsigned char>( c ) ) ); } );
   return r;
}

struct magic {
   std::string_view bytes;
   std::string_view what;
};

// Files people keep next to their texts; naming them beats "NUL byte at 7".
constexpr std::array<magic, 8> magics{ {
   { "%PDF-", "a PDF document" },
   { "PK\x03\x04", "a ZIP archive (.docx, .xlsx, .odt …)" },
   { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an OLE file (.doc, .xls …)" },
   { "\x89PNG", "a PNG image" },
   { "\xFF\xD8\xFF", "a JPEG image" },
   { "GIF8", "a GIF image" },
   { "\x1F\x8B", "gzip-compressed data" },
   { "Rar!", "a RAR archive" },
} };

[[noreturn]] void binary( const std::string& message, std::string_view bytes, std::size_t at, const options& opts )
{
   const text_position p = position_of( bytes, at );
   throw error( error_code::binary_input, "binary data: " + message + "; vanban reads text and HTML", position{ at, p.line, p.column }, opts.source.value_or( "" ) );
}

}  // namespace

bom detect_bom( std::string_view b ) noexcept
{
   if( b.starts_with( "\xEF\xBB\xBF" ) ) {
      return { "UTF-8", 3 };
   }
   if( b.starts_with( std::string_view( "\xFF\xFE\x00\x00", 4 ) ) ) {
      return { "UTF-32LE", 4 };
   }
   if( b.starts_with( std::string_view( "\x00\x00\xFE\xFF", 4 ) ) ) {
      return { "UTF-32BE", 4 };
   }
   if( b.starts_with( "\xFF\xFE" ) ) {
      return { "UTF-16LE", 2 };
   }
   if( b.starts_with( "\xFE\xFF" ) ) {
      return { "UTF-16BE", 2 };
   }
   return {};
}

void check_not_binary( std::string_view bytes, const options& opts )
{
   for( const magic& m : magics ) {
      if( bytes.starts_with( m.bytes ) ) {
         binary( "this is " + std::string( m.what ), bytes, 0, opts );
      }
   }
   // the start decides (as for grep and git): text with a stray control character later is
   // still text, and the normalizer turns those into blanks
   const std::string_view sample = bytes.substr( 0, 65536 );
   std::size_t controls = 0;
   std::size_t first_control = 0;
   for( std::size_t i = 0; i < sample.size(); ++i ) {
      // the next control character (a line end, mostly), sixteen bytes a step
      i = simd::find_below_or< 0x20 >( sample.data(), i, sample.size() );
      if( i == sample.size() ) {
         break;
      }
      const auto c = static_cast<unsigned char>( sample[ i ] );
      if( c == 0 ) {
         std::string why = "NUL byte at byte " + std::to_string( i );
         // "T\0e\0x\0t\0": UTF-16 that lost its BOM
         std::size_t odd = 0;
         const std::size_t probe = std::min<std::size_t>( sample.size(), 256 );
         for( std::size_t k = 1; k < probe; k += 2 ) {
            odd += sample[ k ] == '\0';
         }
         if( probe >= 8 && odd * 4 >= probe / 2 * 3 ) {
            why += " (UTF-16 without a byte-order mark? try --encoding UTF-16LE)";
         }
         binary( why, bytes, i, opts );
      }
      if( c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A ) {
         if( controls++ == 0 ) {
            first_control = i;
         }
      }
   }
   if( controls >= 8 && controls * 32 > sample.size() ) {
      binary( std::to_string( controls ) + " control characters in the first " + std::to_string( sample.size() ) + " bytes, the first at byte " + std::to_string( first_control ), bytes, first_control, opts );
   }
}

bool looks_like_html( std::string_view name, std::string_view bytes ) noexcept
{
   const std::size_t dot = name.rfind( '.' );
   if( dot != std::string_view::npos && name.find( '/', dot ) == std::string_view::npos ) {
      const std::string ext = lower_prefix( name.substr( dot + 1 ), 8 );
      if( ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml" ) {
         return true;
      }
   }
   std::size_t i = bytes.starts_with( "\xEF\xBB\xBF" ) ? 3 : 0;
   while( i < bytes.size() && ( bytes[ i ] == ' ' || bytes[ i ] == '\t' || bytes[ i ] == '\n' || bytes[ i ] == '\r' ) ) {
      ++i;
   }
   if( i >= bytes.size() || bytes[ i ] != '<' ) {
      return false;
   }
   const std::string head = lower_prefix( bytes.substr( i ), 1024 );
   return head.find( "<!doctype html" ) != std::string::npos || head.find( "<html" ) != std::string::npos || head.find( "<head" ) != std::string::npos || head.find( "<body" ) != std::string::npos;
}

std::string meta_charset( std::string_view bytes )
{
   const std::string head = lower_prefix( bytes, 1024 );
   std::size_t at = 0;
   while( ( at = head.find( "<meta", at ) ) != std::string::npos ) {
      const std::size_t end = std::min( head.find( '>', at ), head.size() );
      const std::string_view tag = std::string_view( head ).substr( at, end - at );
      at = end;
      const std::size_t c = tag.find( "charset" );
      if( c == std::string_view::npos ) {
         continue;
      }
      std::size_t k = c + 7;
      while( k < tag.size() && std::isspace( static_cast<unsigned char>( tag[ k ] ) ) != 0 ) {
         ++k;
      }
      if( k >= tag.size() || tag[ k ] != '=' ) {
         continue;
      }
      ++k;
      while( k < tag.size() && ( std::isspace( static_cast<unsigned char>( tag[ k ] ) ) != 0 || tag[ k ] == '"' || tag[ k ] == '\'' ) ) {
         ++k;
      }
      std::size_t e = k;
      while( e < tag.size() && ( std::isalnum( static_cast<unsigned char>( tag[ e ] ) ) != 0 || tag[ e ] == '-' || tag[ e ] == '_' || tag[ e ] == '.' || tag[ e ] == ':' ) ) {
         ++e;
      }
      if( e > k ) {
         return std::string( tag.substr( k, e - k ) );
      }
   }
   return {};
}

bool is_utf8_name( std::string_view name ) noexcept
{
   std::string n;
   for( const char c : name ) {
      if( c != '-' && c != '_' ) {
         n += char( std::tolower( static_cast<unsigned char>( c ) ) );
      }
   }
   return n == "utf8";
}

}  // namespace vanban::detail
