// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "spans.hpp"

#include "normalize/normalize.hpp"
#include "text/simd.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace vanban::detail {
namespace {

/// Walks a text forward, keeping line, column and code-point count at the current byte. Code
/// points are counted as Python's `bytes.decode("utf-8", "replace")` makes them (the indices the
/// schema promises): a valid sequence is one, and so is each maximal ill-formed subpart (Unicode
/// §3.9, what `options::lossy` replaces with one U+FFFD), a stray continuation byte included.
class cursor {
public:
   /// `valid`: `text` is known to be valid UTF-8, so up to sixteen bytes before a line end can
   /// be counted at once (a code point per byte that is not a continuation byte).
   cursor( std::string_view text, bool valid ) noexcept
      : m_text( text ),
        m_valid( valid )
   {}

   /// Counts the code points that start before `offset`.
   void advance_to( std::size_t offset ) noexcept
   {
      offset = std::min( offset, m_text.size() );
      while( m_next < offset ) {
         if( m_valid && m_next + 16 <= m_text.size() ) {
            // the bytes of the block up to `offset` and before its first line end, at once
            const char* const p = m_text.data() + m_next;
            const std::size_t room = std::min<std::size_t>( 16, offset - m_next );
            const unsigned lines = simd::mask_of< '\n', '\r' >( p ) | ( 1u << room );
            const auto k = unsigned( std::countr_zero( lines ) );  // bytes before the line end or `offset`
            m_cp += k - simd::count16( simd::continuation_mask( p ) & ( ( 1u << k ) - 1 ) );
            m_next += k;
            if( k == room ) {
               continue;  // no line end among them
            }
            // else the line end itself, read below
         }
         const auto b = static_cast<unsigned char>( m_text[ m_next ] );
         if( m_valid && ( b & 0xC0 ) == 0x80 ) {
            ++m_next;  // the rest of a code point a block counted
            continue;
         }
         ++m_cp;
         if( b < 0x80 ) {
            // a line ends at LF, or at a CR not followed by LF (old Mac files)
            const bool lf = b == '\n';
            const bool lone_cr = b == '\r' && ( m_next + 1 == m_text.size() || m_text[ m_next + 1 ] != '\n' );
            if( lf || lone_cr ) {
               ++m_line;
               m_line_start_cp = m_cp;
            }
            ++m_next;
            continue;
         }
         const std::size_t len = valid_sequence( m_text, m_next );
         m_next += len > 0 ? len : invalid_length( m_text, m_next );
      }
   }

   [[nodiscard]] text_position position() const noexcept
   {
      return { m_line, std::uint32_t( m_cp - m_line_start_cp + 1 ), m_cp };
   }

private:
   std::string_view m_text;
   bool m_valid;
   std::size_t m_next = 0;  // where the next code point starts (or a continuation byte, when valid)
   std::size_t m_cp = 0;
   std::size_t m_line_start_cp = 0;
   std::uint32_t m_line = 1;
};

}  // namespace

text_position position_of( std::string_view text, std::size_t offset ) noexcept
{
   cursor c( text, false );  // the places of errors: the text may be invalid
   c.advance_to( offset );
   return c.position();
}

void for_each_span( document& doc, const std::function<void( span& )>& f )
{
   const auto opt = [ & ]( std::optional<span>& s ) {
      if( s ) {
         f( *s );
      }
   };
   for( auto& c : doc.citations ) {
      f( c.span );
      if( c.issuer ) {
         opt( c.issuer->span );
      }
      if( c.cue ) {
         f( c.cue->span );
      }
   }
   for( auto& d : doc.dates ) {
      f( d.span );
   }
   for( auto& b : doc.bodies ) {
      f( b.span );
      opt( b.body.span );
   }
   for( auto& d : doc.diagnostics ) {
      f( d.span );
   }
   for( auto& s : doc.structure ) {
      f( s.span );
   }
   if( doc.article ) {
      opt( doc.article->title_span );
      opt( doc.article->date_span );
      opt( doc.article->author_span );
   }
   if( doc.info ) {
      opt( doc.info->span );
      if( doc.info->issuer ) {
         opt( doc.info->issuer->span );
      }
      for( auto& s : doc.info->basis ) {
         f( s );
      }
      for( auto& s : doc.info->proposals ) {
         f( s );
      }
      for( auto& s : doc.info->signers ) {
         f( s.span );
      }
      opt( doc.info->type_span );
      opt( doc.info->number_span );
      opt( doc.info->date_span );
      opt( doc.info->place_span );
      opt( doc.info->title_span );
      for( auto& s : doc.info->recipient_spans ) {
         f( s );
      }
   }
   for( auto& e : doc.graph.edges ) {
      for( auto& ev : e.evidence ) {
         f( ev.mention );
         opt( ev.cue );
      }
   }
}

namespace {

/// A span's start or end: 16 bytes (whether it is the end is the low bit of the span's
/// address, which is even), as they are many: two per span of the whole model.
class endpoint {
public:
   endpoint() = default;
   endpoint( std::size_t at, span* s, bool is_end ) noexcept
      : offset( at ),
        m_span( reinterpret_cast<std::uintptr_t>( s ) | std::uintptr_t( is_end ) )
   {}

   [[nodiscard]] span& target() const noexcept { return *reinterpret_cast<span*>( m_span & ~std::uintptr_t( 1 ) ); }
   [[nodiscard]] bool is_end() const noexcept { return ( m_span & 1 ) != 0; }

   std::size_t offset = 0;

private:
   std::uintptr_t m_span = 0;
};
static_assert( alignof( span ) >= 2 );

/// Sorts endpoints by offset in linear time: least significant digit first, eleven bits a pass,
/// as many passes as the largest offset needs (three for a 34 MB text). A short list (one
/// document's header, a news post) goes to std::sort, whose n log n is bounded there.
void sort_by_offset( std::vector<endpoint>& v )
{
   if( v.size() < 4096 ) {
      std::sort( v.begin(), v.end(), []( const endpoint& a, const endpoint& b ) { return a.offset < b.offset; } );
      return;
   }
   constexpr unsigned bits = 11;
   constexpr std::size_t mask = ( std::size_t( 1 ) << bits ) - 1;
   std::size_t largest = 0;
   for( const endpoint& e : v ) {
      largest = std::max( largest, e.offset );
   }
   std::vector<endpoint> out( v.size() );
   for( unsigned shift = 0; shift < 64 && ( largest >> shift ) != 0; shift += bits ) {
      std::array<std::size_t, mask + 1> first{};
      for( const endpoint& e : v ) {
         ++first[ ( e.offset >> shift ) & mask ];
      }
      std::size_t sum = 0;
      for( std::size_t& f : first ) {
         sum += std::exchange( f, sum );
      }
      for( const endpoint& e : v ) {
         out[ first[ ( e.offset >> shift ) & mask ]++ ] = e;
      }
      v.swap( out );
   }
}  // `out` goes before the sweep

}  // namespace

void finalize_spans( std::string_view original, document& doc, bool known_valid )
{
   // the endpoints of a window of the text at a time, each window sorted and swept in turn: the
   // list of all of them and the sort's second list were a long text's largest blocks at the
   // end (53 MB of the 101 MB file's 393 MB peak); a window holds about a quarter of them, and a
   // pass over the spans per window costs little beside the sort
   constexpr std::size_t bins = 1024;
   const std::size_t width = original.size() / bins + 1;
   const auto bin_of = [ & ]( std::size_t offset ) { return std::min( offset, original.size() ) / width; };
   std::array<std::size_t, bins> in_bin{};
   std::size_t total = 0;
   detail::for_each_span( doc, [ & ]( span& s ) {
      ++in_bin[ bin_of( s.start ) ];
      ++in_bin[ bin_of( s.end ) ];
      total += 2;
   } );
   // windows of whole bins, each up to a quarter of the endpoints (or one bin, if it holds more)
   const std::size_t limit = std::max( total / 4, std::size_t( 1 ) << 16 );
   std::vector<std::pair<std::size_t, std::size_t>> windows;  // [first bin, last bin)
   std::size_t largest = 0;
   if( total <= limit ) {
      // up to 2^16 endpoints (nearly every document): one window, the whole text, without going
      // through the bins one by one (most of the work for a short document)
      windows.emplace_back( 0, bins );
      largest = total;
   }
   else {
      for( std::size_t b = 0, held = 0; b < bins; ++b ) {
         if( windows.empty() || ( held > 0 && held + in_bin[ b ] > limit ) ) {
            windows.emplace_back( b, b );
            held = 0;
         }
         held += in_bin[ b ];
         windows.back().second = b + 1;
         largest = std::max( largest, held );
      }
   }
   std::vector<endpoint> points;
   points.reserve( largest );  // the exact size of the largest window
   cursor c( original, known_valid || is_valid_utf8( original ) );
   for( const auto& window : windows ) {
      const std::size_t first = window.first;  // not a structured binding: clang 14's lambdas cannot capture one
      const std::size_t last = window.second;
      points.clear();
      detail::for_each_span( doc, [ & ]( span& s ) {
         if( const std::size_t b = bin_of( s.start ); b >= first && b < last ) {
            points.push_back( { s.start, &s, false } );
         }
         if( const std::size_t b = bin_of( s.end ); b >= first && b < last ) {
            points.push_back( { s.end, &s, true } );
         }
      } );
      sort_by_offset( points );
      for( const endpoint& p : points ) {
         c.advance_to( p.offset );
         const text_position pos = c.position();
         span& s = p.target();
         if( p.is_end() ) {
            s.cp_end = pos.cp;
         }
         else {
            s.cp_start = pos.cp;
            s.line = pos.line;
            s.column = pos.column;
         }
      }
   }
}

}  // namespace vanban::detail

void vanban::for_each_span( document& doc, const std::function<void( span& )>& f )
{
   detail::for_each_span( doc, f );
}
