// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "source_map.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>

namespace vanban::detail {

std::size_t stage_map::start_to_source( std::size_t n ) const noexcept
{
   // the last change that starts at or before n
   const auto it = std::upper_bound( m_changes.begin(), m_changes.end(), n, []( std::size_t v, const change& c ) { return v < c.dst_start; } );
   if( it == m_changes.begin() ) {
      return n;
   }
   const change& c = *std::prev( it );
   return n < c.dst_end ? c.src_start : c.src_end + ( n - c.dst_end );
}

std::size_t stage_map::end_to_source( std::size_t n ) const noexcept
{
   // the last change that starts strictly before n (a deletion at n lies after the span)
   const auto it = std::lower_bound( m_changes.begin(), m_changes.end(), n, []( const change& c, std::size_t v ) { return c.dst_start < v; } );
   if( it == m_changes.begin() ) {
      return n;
   }
   const change& c = *std::prev( it );
   return n <= c.dst_end ? c.src_end : c.src_end + ( n - c.dst_end );
}

namespace {

/// `first` maps y back to x, `second` maps z back to y; the result maps z back to x. Walks both
/// lists once, in y order: a group is every change of either list that overlaps or touches the
/// one before it in y, and becomes one change. Between groups both maps are shifts.
std::vector<change> compose( const std::vector<change>& first, const std::vector<change>& second )
{
   constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
   std::vector<change> out;
   out.reserve( std::max( first.size(), second.size() ) );
   std::size_t i = 0;
   std::size_t j = 0;
   std::ptrdiff_t dx = 0;  // x - y past the changes of `first` read so far
   std::ptrdiff_t dz = 0;  // z - y past the changes of `second` read so far
   const auto len = []( std::size_t a, std::size_t b ) { return std::ptrdiff_t( b - a ); };
   while( i < first.size() || j < second.size() ) {
      const std::size_t y0 = std::min( i < first.size() ? first[ i ].dst_start : none, j < second.size() ? second[ j ].src_start : none );
      std::size_t y1 = y0;
      change c{ std::size_t( std::ptrdiff_t( y0 ) + dz ), 0, std::size_t( std::ptrdiff_t( y0 ) + dx ), 0 };
      for( ;; ) {
         if( i < first.size() && first[ i ].dst_start <= y1 ) {
            y1 = std::max( y1, first[ i ].dst_end );
            dx += len( first[ i ].src_start, first[ i ].src_end ) - len( first[ i ].dst_start, first[ i ].dst_end );
            ++i;
         }
         else if( j < second.size() && second[ j ].src_start <= y1 ) {
            y1 = std::max( y1, second[ j ].src_end );
            dz += len( second[ j ].dst_start, second[ j ].dst_end ) - len( second[ j ].src_start, second[ j ].src_end );
            ++j;
         }
         else {
            break;
         }
      }
      c.dst_end = std::size_t( std::ptrdiff_t( y1 ) + dz );
      c.src_end = std::size_t( std::ptrdiff_t( y1 ) + dx );
      out.push_back( c );
   }
   return out;
}

}  // namespace

std::vector<change> source_map::composed() const
{
   std::vector<change> r;
   if( m_base > 0 ) {
      r.push_back( { 0, 0, 0, m_base } );
   }
   for( const stage_map& s : m_stages ) {
      r = compose( r, s.changes() );
   }
   return r;
}

std::size_t source_map::start_to_source( std::size_t n ) const noexcept
{
   for( auto it = m_stages.rbegin(); it != m_stages.rend(); ++it ) {
      n = it->start_to_source( n );
   }
   return m_base + n;
}

std::size_t source_map::end_to_source( std::size_t n ) const noexcept
{
   for( auto it = m_stages.rbegin(); it != m_stages.rend(); ++it ) {
      n = it->end_to_source( n );
   }
   return m_base + n;
}

}  // namespace vanban::detail
