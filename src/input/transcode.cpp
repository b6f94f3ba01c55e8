// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Bytes in another encoding → UTF-8 (ICU converters), and the UTF-8 check of HTML input.

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <vanban/error.hpp>

#include "input.hpp"
#include "model/spans.hpp"
#include "normalize/normalize.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";

struct converter_closer {
   void operator()( UConverter* c ) const noexcept { ucnv_close( c ); }
};

[[nodiscard]] diagnostic replacement_note( std::string message, std::size_t at )
{
   diagnostic d;
   d.code = "VB-N001";
   d.severity = severity::note;
   d.message = std::move( message ) + "; replaced with U+FFFD";
   d.span.start = at;
   d.span.end = at + replacement.size();
   return d;
}

}  // namespace

bool known_encoding( const std::string& name ) noexcept
{
   UErrorCode ec = U_ZERO_ERROR;
   UConverter* c = ucnv_open( name.c_str(), &ec );
   if( c != nullptr ) {
      ucnv_close( c );
   }
   return c != nullptr && U_SUCCESS( ec );
}

std::string transcode( std::string_view bytes, const std::string& encoding, const options& opts, std::vector<diagnostic>& notes, bool& wide )
{
   const std::string source = opts.source.value_or( "" );
   UErrorCode ec = U_ZERO_ERROR;
   std::unique_ptr<UConverter, converter_closer> cnv( ucnv_open( encoding.c_str(), &ec ) );
   if( U_FAILURE( ec ) || ec == U_AMBIGUOUS_ALIAS_WARNING ) {
      if( cnv == nullptr || U_FAILURE( ec ) ) {
         throw error( error_code::invalid_argument, "unknown encoding '" + encoding + "' (ICU converter names: windows-1258, UTF-16LE, ISO-8859-1 …)", std::nullopt, source );
      }
   }
   wide = ucnv_getMinCharSize( cnv.get() ) > 1;
   ucnv_setToUCallBack( cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &ec );
   if( U_FAILURE( ec ) ) {
      throw error( error_code::icu, std::string( "ICU converter setup failed: " ) + u_errorName( ec ), std::nullopt, source );
   }
   std::string out;
   out.reserve( bytes.size() + bytes.size() / 2 );
   // a byte sequence the encoding does not allow: an error, or with lossy U+FFFD and a note
   const auto invalid = [ & ]( std::size_t at, const std::string& what ) {
      if( !opts.lossy ) {
         const text_position pos = position_of( out, out.size() );
         throw error( error_code::invalid_utf8, what + " (byte " + std::to_string( at ) + ")", position{ at, pos.line, pos.column }, source );
      }
      notes.push_back( replacement_note( what, out.size() ) );
      out += replacement;
   };
   std::vector<UChar> buffer( 1 << 15 );
   std::vector<std::int32_t> offsets( buffer.size() );
   const char* s = bytes.data();
   const char* const end = bytes.data() + bytes.size();
   char32_t pending = 0;  // a high surrogate waiting for its low half
   std::size_t pending_at = 0;
   const auto lone_surrogate = [ & ]( std::size_t at ) { invalid( at, "invalid " + encoding + ": unpaired surrogate" ); };
   for( ;; ) {
      UChar* t = buffer.data();
      const std::size_t base = std::size_t( s - bytes.data() );
      ec = U_ZERO_ERROR;
      ucnv_toUnicode( cnv.get(), &t, buffer.data() + buffer.size(), &s, end, offsets.data(), true, &ec );
      // ICU's UTF-16 converters pass unpaired surrogates through: they are errors here
      for( std::size_t k = 0; buffer.data() + k != t; ++k ) {
         const char32_t u = buffer[ k ];
         const std::size_t at = offsets[ k ] >= 0 ? base + std::size_t( offsets[ k ] ) : base;
         if( pending != 0 ) {
            if( u >= 0xDC00 && u <= 0xDFFF ) {
               append_utf8( out, 0x10000 + ( ( pending - 0xD800 ) << 10 ) + ( u - 0xDC00 ) );
               pending = 0;
               continue;
            }
            pending = 0;
            lone_surrogate( pending_at );
         }
         if( u >= 0xD800 && u <= 0xDBFF ) {
            pending = u;
            pending_at = at;
         }
         else if( u >= 0xDC00 && u <= 0xDFFF ) {
            lone_surrogate( at );
         }
         else {
            append_utf8( out, u );
         }
      }
      if( ec == U_BUFFER_OVERFLOW_ERROR ) {
         continue;
      }
      if( ec == U_ILLEGAL_CHAR_FOUND || ec == U_INVALID_CHAR_FOUND || ec == U_TRUNCATED_CHAR_FOUND ) {
         char bad[ 32 ];
         std::int8_t len = sizeof bad;
         UErrorCode e2 = U_ZERO_ERROR;
         ucnv_getInvalidChars( cnv.get(), bad, &len, &e2 );
         if( U_FAILURE( e2 ) ) {
            len = 1;
         }
         const std::size_t at = std::size_t( s - bytes.data() ) - std::size_t( len );
         std::string what = "invalid " + encoding + ": ";
         what += ec == U_TRUNCATED_CHAR_FOUND ? "truncated sequence" : "byte sequence";
         for( int k = 0; k < len && k < 8; ++k ) {
            char hex[ 8 ];
            std::snprintf( hex, sizeof hex, " 0x%02X", static_cast<unsigned char>( bad[ k ] ) );
            what += hex;
         }
         if( ec != U_TRUNCATED_CHAR_FOUND ) {
            what += " cannot be converted";
         }
         if( pending != 0 ) {
            pending = 0;
            lone_surrogate( pending_at );
         }
         invalid( at, what );
         if( s == end ) {
            break;
         }
         continue;
      }
      if( U_FAILURE( ec ) ) {
         throw error( error_code::icu, std::string( "ICU conversion failed: " ) + u_errorName( ec ), std::nullopt, source );
      }
      if( s == end ) {
         break;
      }
   }
   if( pending != 0 ) {
      lone_surrogate( pending_at );
   }
   return out;
}

bool repair_utf8( std::string& s, const options& opts, std::vector<diagnostic>& notes )
{
   if( is_valid_utf8( s ) ) {
      return false;  // the common case, read at a few cycles per byte
   }
   std::size_t i = first_invalid_utf8( s );
   const std::size_t n = s.size();
   if( i == n ) {
      return false;
   }
   if( !opts.lossy ) {
      const text_position pos = position_of( s, i );
      throw error( error_code::invalid_utf8, describe( s, i ), position{ i, pos.line, pos.column }, opts.source.value_or( "" ) );
   }
   std::string out( s, 0, i );
   out.reserve( n + 16 );
   while( i < n ) {
      const std::size_t len = valid_sequence( s, i );
      if( len == 0 ) {
         const std::size_t bad = invalid_length( s, i );
         notes.push_back( replacement_note( describe( s, i ), out.size() ) );
         out += replacement;
         i += bad;
      }
      else {
         out.append( s, i, len );
         i += len;
      }
   }
   s = std::move( out );
   return true;
}

}  // namespace vanban::detail
