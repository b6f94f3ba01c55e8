// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// decode_input(): bytes → UTF-8 source → the text to extract from; extract(decoded_input);
// read_file(); extract_file().

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <new>
#include <system_error>

#include <vanban/error.hpp>
#include <vanban/input.hpp>

#include "input.hpp"
#include "normalize/normalize.hpp"
#include "model/spans.hpp"
#include "pipeline/extract.hpp"

namespace vanban {

std::string_view to_string( input_format f ) noexcept
{
   switch( f ) {
      case input_format::automatic:
         return "automatic";
      case input_format::text:
         return "text";
      case input_format::html:
         return "html";
   }
   return "text";
}

decoded_input::decoded_input()
   : m_impl( std::make_unique<impl>() )
{}
decoded_input::~decoded_input() = default;
decoded_input::decoded_input( decoded_input&& ) noexcept = default;
decoded_input& decoded_input::operator=( decoded_input&& ) noexcept = default;

const std::string& decoded_input::source() const noexcept
{
   return m_impl->source;
}

std::string_view decoded_input::text() const noexcept
{
   return m_impl->format == input_format::html ? std::string_view( m_impl->text ) : std::string_view( m_impl->source );
}

input_format decoded_input::format() const noexcept
{
   return m_impl->format;
}

const std::string& decoded_input::encoding() const noexcept
{
   return m_impl->encoding;
}

const html_layout* decoded_input::layout() const noexcept
{
   return m_impl->layout ? &*m_impl->layout : nullptr;
}

std::size_t decoded_input::start_to_source( std::size_t n ) const noexcept
{
   return m_impl->format == input_format::html ? m_impl->map.start_to_source( n ) : n;
}

std::size_t decoded_input::end_to_source( std::size_t n ) const noexcept
{
   return m_impl->format == input_format::html ? m_impl->map.end_to_source( n ) : n;
}

const std::vector<diagnostic>& decoded_input::notes() const noexcept
{
   return m_impl->notes;
}

namespace {

/// Where byte `at` of `utf8`, the UTF-8 conversion of an input in `encoding`, was in the input:
/// for UTF-16 a code point took 2 bytes (4 beyond the BMP), for UTF-32 4; other encodings have
/// no fixed width, so the offset is only kept inside the input. Found by vanban_fuzz_extract: an
/// error found in the conversion (binary data, the size limit) named a byte past the input.
[[nodiscard]] std::size_t original_offset( std::string_view utf8, std::size_t at, std::string_view encoding, std::size_t input_size ) noexcept
{
   const auto starts = [ & ]( std::string_view p ) { return encoding.size() >= p.size() && std::equal( p.begin(), p.end(), encoding.begin(), []( char a, char b ) { return a == std::toupper( static_cast<unsigned char>( b ) ); } ); };
   const bool utf32 = starts( "UTF-32" ) || starts( "UTF32" );
   const bool utf16 = starts( "UTF-16" ) || starts( "UTF16" );
   if( !utf16 && !utf32 ) {
      return std::min( at, input_size );
   }
   std::size_t n = 0;
   for( std::size_t i = 0; i < at && i < utf8.size(); ) {
      const std::size_t len = std::max<std::size_t>( detail::valid_sequence( utf8, i ), 1 );
      n += utf32 || len == 4 ? 4 : 2;
      i += len;
   }
   return std::min( n, input_size );
}

}  // namespace

decoded_input decode_input( std::string bytes, const input_options& in, const options& opts )
{
   // out of memory anywhere here (a conversion, Gumbo's tree) is a limit, as in extract()
   const std::size_t size = bytes.size();
   try {
      if( bytes.size() > opts.max_input_bytes ) {
         const detail::text_position p = detail::position_of( bytes, opts.max_input_bytes );
         throw error( error_code::limit_exceeded, "input of " + std::to_string( bytes.size() ) + " bytes is larger than the limit of " + std::to_string( opts.max_input_bytes ) + " bytes", position{ opts.max_input_bytes, p.line, p.column }, opts.source.value_or( "" ) );
      }
      decoded_input r;
      decoded_input::impl& d = *r.m_impl;
      d.input_size = size;
      std::string encoding = in.encoding;
      bool explicit_encoding = !encoding.empty();
      if( !explicit_encoding ) {
         const detail::bom b = detail::detect_bom( bytes );
         encoding = b.length > 0 ? std::string( b.encoding ) : std::string();
         explicit_encoding = b.length > 0;  // a BOM outranks a <meta charset>
      }
      input_format format = in.format;
      const bool ascii_compatible = encoding.empty() || !( encoding.starts_with( "UTF-16" ) || encoding.starts_with( "UTF-32" ) || encoding.starts_with( "utf-16" ) || encoding.starts_with( "utf-32" ) );
      if( format == input_format::automatic && ascii_compatible ) {
         format = detail::looks_like_html( in.name, bytes ) ? input_format::html : input_format::text;
      }
      if( format == input_format::html && !explicit_encoding ) {
         // the page's word, not the caller's: a label ICU does not know is ignored (UTF-8), and
         // UTF-16/32 declared in ASCII markup means UTF-8, as browsers do (HTML §13.2.3.3);
         // found by vanban_fuzz_html: '<meta charset="utf-x">' was an invalid_argument error
         encoding = detail::meta_charset( bytes );
         std::string lower = encoding;
         std::transform( lower.begin(), lower.end(), lower.begin(), []( char c ) { return char( std::tolower( static_cast<unsigned char>( c ) ) ); } );
         if( lower.starts_with( "utf-16" ) || lower.starts_with( "utf-32" ) || lower.starts_with( "utf16" ) || lower.starts_with( "utf32" ) || ( !encoding.empty() && !detail::known_encoding( encoding ) ) ) {
            encoding.clear();
         }
      }
      if( encoding.empty() || detail::is_utf8_name( encoding ) ) {
         d.encoding = "UTF-8";
         detail::check_not_binary( bytes, opts );
         d.source = std::move( bytes );
         // text input is checked (and, lossy, repaired) by extract() itself, with the same
         // messages and positions; HTML must be valid before its parser sees it
         if( format == input_format::html || !opts.lossy ) {
            detail::repair_utf8( d.source, opts, d.notes );
         }
      }
      else {
         d.encoding = encoding;
         bool wide = false;
         const std::size_t limit = opts.max_input_bytes;
         d.source = detail::transcode( bytes, encoding, opts, d.notes, wide );
         if( !wide ) {
            detail::check_not_binary( bytes, opts );
         }
         else {
            try {
               detail::check_not_binary( d.source, opts );
            }
            catch( const error& e ) {
               // the position in the input, not in its conversion
               position at = e.where().value_or( position{} );
               const std::string was = "at byte " + std::to_string( at.byte );
               at.byte = original_offset( d.source, at.byte, d.encoding, bytes.size() );
               std::string message = e.message();
               if( const std::size_t k = message.find( was ); k != std::string::npos ) {
                  message.replace( k, was.size(), "at byte " + std::to_string( at.byte ) );
               }
               throw error( e.code(), message, at, e.source() );
            }
         }
         if( d.source.size() > limit ) {
            const detail::text_position p = detail::position_of( d.source, limit );
            throw error( error_code::limit_exceeded, "input of " + std::to_string( d.source.size() ) + " bytes after conversion to UTF-8 is larger than the limit of " + std::to_string( limit ) + " bytes", position{ original_offset( d.source, limit, d.encoding, bytes.size() ), p.line, p.column }, opts.source.value_or( "" ) );
         }
         if( format == input_format::automatic ) {
            format = detail::looks_like_html( in.name, d.source ) ? input_format::html : input_format::text;
         }
      }
      d.format = format;
      if( format == input_format::html ) {
         d.layout.emplace();
         detail::html_text( d.source, d.text, d.map, *d.layout, opts );
      }
      return r;
   }
   catch( const std::bad_alloc& ) {
      throw error( error_code::limit_exceeded, "out of memory (input of " + std::to_string( size ) + " bytes)", std::nullopt, opts.source.value_or( "" ) );
   }
}

namespace {

/// extract(decoded_input) with its text in `lent` (null: read in.text() and keep it);
/// `input_size`: the bytes that were decoded.
document extract_decoded( const decoded_input& in, std::string* lent, std::size_t input_size, const options& opts )
{
   const bool html = in.format() == input_format::html;
   const bool converted = in.encoding() != "UTF-8";
   document doc;
   try {
      doc = lent != nullptr ? detail::extract_lent( *lent, opts ) : extract( in.text(), opts );
   }
   catch( const error& e ) {
      if( !e.where() || ( !html && !converted ) ) {
         throw;
      }
      // a position in the page's text (quotes nested too deep, the page's text over the
      // limit) is reported in the page, and a position in a conversion at the bytes it was
      // converted from, as decode_input reports its own (found by vanban_fuzz_extract: a
      // Shift_JIS page of 22 bytes, lossy, was over the limit "at byte 63")
      std::size_t at = html ? in.start_to_source( e.where()->byte ) : e.where()->byte;
      const detail::text_position p = detail::position_of( in.source(), at );
      if( converted ) {
         at = original_offset( in.source(), at, in.encoding(), input_size );
      }
      throw error( e.code(), e.message(), position{ at, p.line, p.column }, e.source() );
   }
   try {
      if( html ) {
         detail::for_each_span( doc, [ & ]( span& s ) {
            s.start = in.start_to_source( s.start );
            s.end = std::max( s.start, in.end_to_source( s.end ) );
         } );
      }
      if( !in.notes().empty() ) {
         doc.diagnostics.insert( doc.diagnostics.begin(), in.notes().begin(), in.notes().end() );
         std::stable_sort( doc.diagnostics.begin(), doc.diagnostics.end(), []( const diagnostic& a, const diagnostic& b ) { return a.span.start < b.span.start; } );
      }
      if( html || !in.notes().empty() ) {
         detail::finalize_spans( in.source(), doc );
      }
   }
   catch( const std::bad_alloc& ) {
      throw error( error_code::limit_exceeded, "out of memory (input of " + std::to_string( in.source().size() ) + " bytes)", std::nullopt, opts.source.value_or( "" ) );
   }
   return doc;
}

}  // namespace

document extract( const decoded_input& in, const options& opts )
{
   return extract_decoded( in, nullptr, in.m_impl->input_size, opts );
}

document extract_in_place( decoded_input& in, const options& opts )
{
   decoded_input::impl& d = *in.m_impl;
   return extract_decoded( in, d.format == input_format::html ? &d.text : &d.source, d.input_size, opts );
}

std::string read_file( const std::string& path, std::size_t max_bytes )
{
   const auto fail = [ & ]( const char* what, int err ) {
      throw error( error_code::io, std::string( what ) + ": " + std::strerror( err ), std::nullopt, path );
   };
   namespace fs = std::filesystem;
   std::error_code ec;
   const fs::file_status st = fs::status( path, ec );
   if( !ec && fs::is_directory( st ) ) {
      fail( "cannot read file", EISDIR );
   }
   const bool regular = !ec && fs::is_regular_file( st );
   const std::uintmax_t size = regular ? fs::file_size( path, ec ) : 0;
   if( regular && !ec && size > max_bytes ) {
      throw error( error_code::limit_exceeded, "too large: " + std::to_string( size ) + " bytes, more than the limit of " + std::to_string( max_bytes ) + " bytes", std::nullopt, path );
   }
   std::unique_ptr<std::FILE, int ( * )( std::FILE* )> f( std::fopen( path.c_str(), "rb" ), &std::fclose );
   if( !f ) {
      fail( "cannot open file", errno );
   }
   std::string data;
   if( regular && !ec ) {
      data.reserve( std::size_t( size ) );
   }
   char buf[ 1 << 16 ];
   for( ;; ) {
      const std::size_t n = std::fread( buf, 1, sizeof buf, f.get() );
      data.append( buf, n );
      if( data.size() > max_bytes ) {
         throw error( error_code::limit_exceeded, "too large: more than the limit of " + std::to_string( max_bytes ) + " bytes", std::nullopt, path );
      }
      if( n < sizeof buf ) {
         if( std::ferror( f.get() ) != 0 ) {
            fail( "read error", errno != 0 ? errno : EIO );
         }
         break;
      }
   }
   return data;
}

document extract_file( const std::string& path, const input_options& in, const options& opts )
{
   options o = opts;
   if( !o.source ) {
      o.source = path;
   }
   input_options i = in;
   if( i.name.empty() ) {
      i.name = path;
   }
   decoded_input d = decode_input( read_file( path, o.max_input_bytes ), i, o );
   return extract_in_place( d, o );
}

}  // namespace vanban
