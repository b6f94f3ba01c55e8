// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "source_map.hpp"

#include <algorithm>

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
