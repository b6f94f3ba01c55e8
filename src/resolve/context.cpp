// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "context.hpp"

#include <algorithm>
#include <cstdint>

#include "text/swar.hpp"

namespace vanban::detail {

void resolve_context::note_repaired_symbol( nspan where, std::string_view number )
{
   diagnostic d;
   d.code = "VB-N003";
   d.severity = severity::note;
   d.message = "a hyphen stands for a slash in the document number; read as " + std::string( number );
   d.span = map( where );
   doc.diagnostics.push_back( std::move( d ) );
}

vanban::span resolve_context::map( nspan n ) const noexcept
{
   vanban::span s;
   s.start = t.map.start_to_source( n.begin );
   s.end = t.map.end_to_source( n.end );
   if( s.end < s.start ) {
      s.end = s.start;
   }
   return s;
}

std::string text_view::original_bytes( std::size_t start, std::size_t end ) const
{
   if( rebuild != nullptr ) {
      std::string r;
      r.reserve( end - start );  // one allocation of the exact size, as for a substring
      rebuild->append( r, normalized, start, end );
      return r;
   }
   return std::string( original.substr( start, end - start ) );
}

std::string resolve_context::original( const vanban::span& s ) const
{
   return t.original_bytes( s.start, s.end );
}

std::size_t resolve_context::scope_begin( std::size_t pos ) const noexcept
{
   const auto it = std::upper_bound( boundaries.begin(), boundaries.end(), pos );
   return it == boundaries.begin() ? 0 : *std::prev( it );
}

std::size_t resolve_context::scope_end( std::size_t pos ) const noexcept
{
   const auto it = std::lower_bound( boundaries.begin(), boundaries.end(), pos );
   return it == boundaries.end() ? t.normalized.size() : *it;
}

/// Whitespace runs folded to one space, ends trimmed (names and titles wrap over lines).
std::string fold_ws( std::string_view s )
{
   std::string out;
   out.reserve( s.size() );
   append_folded( out, s );
   return out;
}

namespace {

/// Whether the eight bytes at `q` belong to a run of words one space apart, whatever follows:
/// none of q[1 … 8] is a tab or line break, and no space is followed by a space. Two loads
/// that overlap pair each byte with the next in any byte order. q[0] must not be a tab or a
/// line break (the caller knows it is not).
[[nodiscard]] bool in_run8( const char* q ) noexcept
{
   const std::uint64_t x = swar::load8( q );
   const std::uint64_t next = swar::load8( q + 1 );
   constexpr std::uint64_t spaces = swar::ones * ' ';
   return !swar::has_any< '\t', '\n' >( next ) && !swar::has_byte( ( x ^ spaces ) | ( next ^ spaces ), 0 );
}

}  // namespace

void append_folded( std::string& out, std::string_view s )
{
   // words copied whole, one space between them, none at either end; a run of words already
   // one space apart (most of a line) is copied in one piece
   const char* p = s.data();
   const char* const e = p + s.size();
   while( p != e && is_ws( *p ) ) {
      ++p;
   }
   while( p != e ) {
      const char* q = p;  // [p, q): words one space apart, a word at each end
      // eight bytes a step, nearly all of a line (a space every few bytes, but seldom two
      // whitespace bytes in a row); q[0] is never a tab or line break here: p is no
      // whitespace, and each step checked the byte after it
      while( e - q >= 9 && in_run8( q ) ) {
         q += 8;
      }
      while( q != e && ( !is_ws( *q ) || ( *q == ' ' && q + 1 != e && !is_ws( q[ 1 ] ) ) ) ) {
         ++q;
      }
      if( !out.empty() ) {
         out += ' ';
      }
      out.append( p, std::size_t( q - p ) );
      p = q;
      while( p != e && is_ws( *p ) ) {
         ++p;
      }
   }
}

/// True when only whitespace (and the given filler words) lies between `a` and `b`.
bool only_space_between( std::string_view t, std::size_t a, std::size_t b, std::string_view filler )
{
   if( a > b ) {
      return false;
   }
   std::string_view mid = t.substr( a, b - a );
   while( !mid.empty() && is_ws( mid.front() ) ) {
      mid.remove_prefix( 1 );
   }
   while( !mid.empty() && is_ws( mid.back() ) ) {
      mid.remove_suffix( 1 );
   }
   return mid.empty() || ( !filler.empty() && mid == filler );
}

}  // namespace vanban::detail
