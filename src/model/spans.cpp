// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "spans.hpp"

#include "normalize/normalize.hpp"
#include "text/simd.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <vector>

namespace vanban::detail {
namespace {

/// Walks a text forward, keeping line, column and code-point count at the current byte. Code
/// points are counted as Python's `bytes.decode("utf-8", "replace")` makes them (the indices the
/// schema promises): a valid sequence is one, and so is each maximal ill-formed subpart (Unicode
/// §3.9, what `options::lossy` replaces with one U+FFFD), a stray continuation byte included.
class cursor {
public:
   /// `valid`: `text` is known to be valid UTF-8, so 64 bytes can be counted at once, line ends
   /// among them (a code point per byte that is not a continuation byte).
   cursor( std::string_view text, bool valid ) noexcept
      : m_text( text ),
        m_valid( valid )
   {}

   /// Counts the code points that start before `offset`.
   void advance_to( std::size_t offset ) noexcept
   {
      offset = std::min( offset, m_text.size() );
      while( m_next < offset ) {
         if( m_valid && m_next + block <= m_text.size() ) {
            count_block( std::min( block, offset - m_next ) );
            continue;
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

   /// Where the next code point starts (or a continuation byte, when valid): at or past the
   /// offset last advanced to, by less than a code point.
   [[nodiscard]] std::size_t next() const noexcept { return m_next; }

   /// What the cursor knows at next(), enough to go on from there later (resume()).
   struct mark {
      std::size_t cp = 0;
      std::size_t line_start_cp = 0;
      std::uint32_t line = 1;
      std::uint32_t past = 0;  ///< next() − the offset the mark was taken for (< 4)
   };
   [[nodiscard]] mark take_mark( std::size_t offset ) const noexcept { return { m_cp, m_line_start_cp, m_line, std::uint32_t( m_next - offset ) }; }
   /// Back (or on) to a mark taken for `offset` over the same text.
   void resume( const mark& m, std::size_t offset ) noexcept
   {
      m_next = offset + m.past;
      m_cp = m.cp;
      m_line_start_cp = m.line_start_cp;
      m_line = m.line;
   }

private:
   static constexpr std::size_t block = 64;

   /// Counts the first `room` (≤ 64) of the 64 bytes from next() at once, in valid text: the code
   /// points start at the bytes that are not continuation bytes; the lines end at LF, and at CR
   /// when the byte after it (in the text, past `room` too) is not LF.
   void count_block( std::size_t room ) noexcept
   {
      const char* const p = m_text.data() + m_next;
      std::uint64_t continuation = 0;
      std::uint64_t lf = 0;
      std::uint64_t cr = 0;
      for( unsigned k = 0; k < 4; ++k ) {
         continuation |= std::uint64_t( simd::continuation_mask( p + 16 * k ) ) << ( 16 * k );
         lf |= std::uint64_t( simd::mask_of< '\n' >( p + 16 * k ) ) << ( 16 * k );
         cr |= std::uint64_t( simd::mask_of< '\r' >( p + 16 * k ) ) << ( 16 * k );
      }
      const std::uint64_t in_range = room == 64 ? ~std::uint64_t( 0 ) : ( std::uint64_t( 1 ) << room ) - 1;
      const std::uint64_t starts = ~continuation & in_range;
      std::uint64_t ends = lf;
      if( cr != 0 ) {
         const bool lf_after = m_next + 64 < m_text.size() && p[ 64 ] == '\n';
         ends |= cr & ~( ( lf >> 1 ) | ( lf_after ? std::uint64_t( 1 ) << 63 : 0 ) );
      }
      ends &= in_range;
      if( ends != 0 ) {
         // the line begins after the last line end: its code points up to it, itself included
         const auto last = unsigned( 63 - std::countl_zero( ends ) );
         const std::uint64_t through_last = last == 63 ? ~std::uint64_t( 0 ) : ( std::uint64_t( 2 ) << last ) - 1;
         m_line += simd::count64( ends );
         m_line_start_cp = m_cp + simd::count64( starts & through_last );
      }
      m_cp += simd::count64( starts );
      m_next += room;
   }

   std::string_view m_text;
   bool m_valid;
   std::size_t m_next = 0;  // where the next code point starts (or a continuation byte, when valid)
   std::size_t m_cp = 0;
   std::size_t m_line_start_cp = 0;
   std::uint32_t m_line = 1;
};

/// The position of any byte offset of a text, asked in any order: the cursor's mark every
/// `stride` bytes, taken in one pass, and a cursor that goes on from where it is or from the
/// mark before the offset, whichever is nearer. Offsets asked in text order (each of the model's
/// lists is nearly so) cost one pass over their part of the text; any offset at most `stride`
/// bytes. The marks take 24 bytes per 256 of text (9 %).
class positions {
public:
   static constexpr std::size_t stride = 256;

   positions( std::string_view text, bool valid )
      : m_size( text.size() ),
        m_cursor( text, valid )
   {
      m_marks.reserve( text.size() / stride + 1 );
      for( std::size_t at = 0;; at += stride ) {
         m_cursor.advance_to( at );
         m_marks.push_back( m_cursor.take_mark( at ) );
         if( text.size() - at < stride ) {
            break;
         }
      }
      m_cursor.resume( m_marks[ 0 ], 0 );
   }

   [[nodiscard]] text_position at( std::size_t offset ) noexcept
   {
      offset = std::min( offset, m_size );
      // the mark before the offset; or past it, inside the code point that starts before it
      // and ends at the mark's next(), as the cursor would be after advancing to the offset
      const std::size_t k = offset / stride;
      const std::size_t from = m_cursor.next();
      if( from > offset || from < k * stride + m_marks[ k ].past ) {
         m_cursor.resume( m_marks[ k ], k * stride );
      }
      m_cursor.advance_to( offset );
      return m_cursor.position();
   }

private:
   std::size_t m_size;
   cursor m_cursor;
   std::vector<cursor::mark> m_marks;
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

void finalize_spans( std::string_view original, document& doc, bool known_valid )
{
   positions at( original, known_valid || is_valid_utf8( original ) );
   detail::for_each_span( doc, [ & ]( span& s ) {
      const text_position start = at.at( s.start );
      s.cp_start = start.cp;
      s.line = start.line;
      s.column = start.column;
      s.cp_end = at.at( s.end ).cp;
   } );
}

}  // namespace vanban::detail

void vanban::for_each_span( document& doc, const std::function<void( span& )>& f )
{
   detail::for_each_span( doc, f );
}
