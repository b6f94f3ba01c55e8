// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "original_text.hpp"

#include <algorithm>
#include <cstring>

namespace vanban::detail {

std::optional<original_text> original_text::keep( std::string_view original, const source_map& map, std::size_t budget )
{
   std::vector<change> changes = map.composed();
   std::size_t bytes = 0;
   for( const change& c : changes ) {
      bytes += c.src_end - c.src_start;
   }
   if( bytes + changes.size() * sizeof( piece ) > budget ) {
      return std::nullopt;
   }
   original_text r;
   r.m_size = original.size();
   r.m_pieces.reserve( changes.size() );
   r.m_bytes.reserve( bytes );
   for( const change& c : changes ) {
      r.m_pieces.push_back( { c, r.m_bytes.size() } );
      r.m_bytes.append( original.substr( c.src_start, c.src_end - c.src_start ) );
   }
   return r;
}

void original_text::append( std::string& out, std::string_view normalized, std::size_t start, std::size_t end ) const
{
   end = std::min( end, m_size );
   // the first change that ends past `start`
   auto k = std::upper_bound( m_pieces.begin(), m_pieces.end(), start, []( std::size_t v, const piece& p ) { return v < p.at.src_end; } );
   std::size_t at = start;
   while( at < end ) {
      if( k == m_pieces.end() || at < k->at.src_start ) {
         // unchanged: the original is the normalized text shifted by the changes before
         const std::ptrdiff_t shift = k == m_pieces.begin() ? 0 : std::ptrdiff_t( std::prev( k )->at.src_end ) - std::ptrdiff_t( std::prev( k )->at.dst_end );
         const std::size_t stop = k == m_pieces.end() ? end : std::min( end, k->at.src_start );
         out.append( normalized.substr( std::size_t( std::ptrdiff_t( at ) - shift ), stop - at ) );
         at = stop;
      }
      else {
         const std::size_t stop = std::min( end, k->at.src_end );
         out.append( std::string_view( m_bytes ).substr( k->kept + ( at - k->at.src_start ), stop - at ) );
         at = stop;
         ++k;
      }
   }
}

void original_text::rebuild_in_place( std::string& buffer ) const
{
   const std::size_t n = buffer.size();
   buffer.resize( std::max( n, m_size ) );  // the only step that may throw
   char* const b = buffer.data();
   // the unchanged runs move by the shift of the changes before them: those moving left go
   // first, left to right, then those moving right, right to left; no run's destination then
   // holds a run not yet moved (the destinations are in order, like the sources). The changed
   // bytes go last, into the gaps between the runs' destinations.
   const auto run = [ & ]( std::size_t k ) {
      struct {
         std::size_t from, to;
         std::ptrdiff_t shift;
      } r{ k == 0 ? 0 : m_pieces[ k - 1 ].at.dst_end, k == m_pieces.size() ? n : m_pieces[ k ].at.dst_start, k == 0 ? 0 : std::ptrdiff_t( m_pieces[ k - 1 ].at.src_end ) - std::ptrdiff_t( m_pieces[ k - 1 ].at.dst_end ) };
      return r;
   };
   const auto move = [ & ]( std::size_t from, std::size_t to, std::ptrdiff_t shift ) {
      std::memmove( b + std::ptrdiff_t( from ) + shift, b + from, to - from );
   };
   for( std::size_t k = 0; k <= m_pieces.size(); ++k ) {
      if( const auto r = run( k ); r.shift < 0 ) {
         move( r.from, r.to, r.shift );
      }
   }
   for( std::size_t k = m_pieces.size() + 1; k-- > 0; ) {
      if( const auto r = run( k ); r.shift > 0 ) {
         move( r.from, r.to, r.shift );
      }
   }
   for( const piece& p : m_pieces ) {
      std::memcpy( b + p.at.src_start, m_bytes.data() + p.kept, p.at.src_end - p.at.src_start );
   }
   buffer.resize( m_size );
}

}  // namespace vanban::detail
