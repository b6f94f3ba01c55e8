// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_PIPELINE_RELEASE_HPP
#define VANBAN_PIPELINE_RELEASE_HPP

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <vector>

/// Freeing a long text's intermediate buffers so that their memory stops counting.
namespace vanban::detail {

/// Gives the whole pages inside the block [p, p + size) back to the system (Linux: madvise
/// MADV_DONTNEED; elsewhere nothing), for a block of at least 1 MiB that is about to be freed.
/// An allocator keeps a freed block inside its heap, where its pages stay resident until they
/// are used again: a long text's buffers, freed one phase after another, left holes that
/// counted in the process's memory while the next phase held as much again elsewhere. The
/// first and last page are kept: the allocator may keep its record of the block there. The
/// block's contents are gone (zero pages when read again).
void release_pages( const void* p, std::size_t size ) noexcept;

/// Frees `s`, its pages first (see release_pages).
inline void release( std::string& s ) noexcept
{
   release_pages( s.data(), s.capacity() );
   std::string().swap( s );
}

/// Frees `v`, its pages first (see release_pages).
template<typename T>
void release( std::vector<T>& v ) noexcept
{
   release_pages( v.data(), v.capacity() * sizeof( T ) );
   std::vector<T>().swap( v );
}

/// Shrinks `v` to its size, the pages of its old block given back (see release_pages).
template<typename T>
void shrink( std::vector<T>& v )
{
   if( v.capacity() == v.size() ) {
      return;
   }
   std::vector<T> exact;
   exact.reserve( v.size() );
   std::move( v.begin(), v.end(), std::back_inserter( exact ) );
   release( v );
   v.swap( exact );
}

}  // namespace vanban::detail

#endif
