// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "ids.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/utf8.hpp"

namespace vanban::detail {

std::string slug( std::string_view text )
{
   std::string out;
   out.reserve( text.size() );
   bool dash = false;
   const char* p = text.data();
   const char* const e = text.data() + text.size();
   while( p < e ) {
      char32_t c = decode_valid( p );
      if( c == 0x0110 || c == 0x0111 ) {
         c = 'd';
      }
      else if( c >= 0x80 ) {
         // the base letter of a precomposed Vietnamese letter: its canonical decomposition's first code point
         UChar32 base = static_cast<UChar32>( c );
         UErrorCode ec = U_ZERO_ERROR;
         const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance( ec );
         icu::UnicodeString d;
         if( U_SUCCESS( ec ) && nfd->getDecomposition( base, d ) && d.length() > 0 ) {
            base = d.char32At( 0 );
         }
         c = u_getCombiningClass( base ) != 0 ? 0 : char32_t( base );
         if( c == 0 ) {
            continue;  // a combining mark of decomposed input
         }
      }
      if( c < 0x80 && ( ( c >= '0' && c <= '9' ) || ( ( c | 0x20 ) >= 'a' && ( c | 0x20 ) <= 'z' ) ) ) {
         if( dash && !out.empty() ) {
            out += '-';
         }
         dash = false;
         out += char( c >= 'A' && c <= 'Z' ? c + 32 : c );
      }
      else if( c == '.' && !out.empty() && p < e && *p >= '0' && *p <= '9' && out.back() >= '0' && out.back() <= '9' ) {
         out += '.';  // decimal numbers: 66.7/2025/NQ-CP
      }
      else {
         dash = true;
      }
   }
   return out;
}

std::string document_id( const id_parts& p )
{
   std::string id = "vn/";
   id += slug( p.type );
   id += '/';
   if( p.number ) {
      id += slug( *p.number );
      // administrative numbers restart every year, Party numbers every term: the year settles both
      const bool year_in_number = p.family == numbering::normative || p.family == numbering::legislative;
      if( !year_in_number ) {
         id += '/';
         id += p.year ? std::to_string( p.year ) : std::string( "_" );
      }
      // local bodies reuse numbers in every province
      if( p.local ) {
         id += '/';
         id += p.place ? slug( *p.place ) : std::string( "_" );
      }
      return id;
   }
   id += p.name ? slug( *p.name ) : std::string( "_" );
   if( p.year ) {
      id += '/';
      id += std::to_string( p.year );
   }
   return id;
}

std::string body_id( std::string_view canonical_name )
{
   return "body/" + slug( canonical_name );
}

}  // namespace vanban::detail
