// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Names of the model's enumerations (the strings of the JSON) and small value helpers.

#include <array>
#include <cstdio>

#include <vanban/document.hpp>
#include <vanban/error.hpp>

namespace vanban {
namespace {

constexpr std::array<std::string_view, 10> relation_names{ "based_on", "implements", "guides", "amends", "replaces",
                                                            "repeals", "suspends", "corrects", "consolidates", "cites" };

}  // namespace

std::string date::iso() const
{
   if( year >= 0 && year <= 9999 && month <= 99 && day <= 99 ) {
      // the digits written directly: snprintf took about 1,600 instructions a date, and the
      // JSON writes every date of a document (1 % of the time of a batch)
      std::array<char, 10> buf{};
      const auto digits = [ &buf ]( std::size_t at, unsigned v, std::size_t n ) {
         for( std::size_t i = n; i-- > 0; v /= 10 ) {
            buf[ at + i ] = char( '0' + v % 10 );
         }
      };
      digits( 0, unsigned( year ), 4 );
      std::size_t size = 4;
      if( month != 0 ) {
         buf[ 4 ] = '-';
         digits( 5, month, 2 );
         size = 7;
         if( day != 0 ) {
            buf[ 7 ] = '-';
            digits( 8, day, 2 );
            size = 10;
         }
      }
      return std::string( buf.data(), size );
   }
   char buf[ 48 ];  // as snprintf writes them: "-005", "12345", month 123
   if( month == 0 ) {
      std::snprintf( buf, sizeof buf, "%04d", year );
   }
   else if( day == 0 ) {
      std::snprintf( buf, sizeof buf, "%04d-%02u", year, month );
   }
   else {
      std::snprintf( buf, sizeof buf, "%04d-%02u-%02u", year, month, day );
   }
   return buf;
}

std::string_view to_string( relation r ) noexcept
{
   return relation_names[ std::size_t( r ) ];
}

std::optional<relation> relation_from_string( std::string_view name ) noexcept
{
   for( std::size_t i = 0; i < relation_names.size(); ++i ) {
      if( relation_names[ i ] == name ) {
         return relation( i );
      }
   }
   return std::nullopt;
}

std::string_view to_string( numbering n ) noexcept
{
   constexpr std::array<std::string_view, 6> names{ "none", "administrative", "normative", "legislative", "party", "other" };
   return names[ std::size_t( n ) ];
}

std::string_view to_string( section_kind k ) noexcept
{
   constexpr std::array<std::string_view, 8> names{ "part", "chapter", "section", "article", "clause", "point", "item", "appendix" };
   return names[ std::size_t( k ) ];
}

std::string_view to_string( node_kind k ) noexcept
{
   constexpr std::array<std::string_view, 3> names{ "document", "body", "person" };
   return names[ std::size_t( k ) ];
}

std::string_view to_string( edge_kind k ) noexcept
{
   if( k == edge_kind::issued_by ) {
      return "issued_by";
   }
   if( k == edge_kind::signed_by ) {
      return "signed_by";
   }
   return relation_names[ std::size_t( k ) ];
}

edge_kind to_edge_kind( relation r ) noexcept
{
   return edge_kind( std::size_t( r ) );
}

std::string_view to_string( error_code code ) noexcept
{
   constexpr std::array<std::string_view, 7> names{ "io", "invalid_utf8", "binary_input", "limit_exceeded", "icu", "invalid_argument", "internal" };
   return names[ std::size_t( code ) ];
}

namespace {

std::string what_of( const std::string& message, const std::optional<position>& where, const std::string& source )
{
   std::string w;
   if( !source.empty() ) {
      w += source;
      w += ':';
   }
   if( where ) {
      w += std::to_string( where->line ) + ':' + std::to_string( where->column ) + ':';
   }
   if( !w.empty() ) {
      w += ' ';
   }
   w += message;
   return w;
}

}  // namespace

error::error( error_code code, const std::string& message, std::optional<position> where, std::string source )
   : std::runtime_error( what_of( message, where, source ) ),
     m_code( code ),
     m_where( where ),
     m_source( std::move( source ) ),
     m_message( message )
{}

}  // namespace vanban
