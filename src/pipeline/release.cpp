// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "release.hpp"

#include <cstdint>

#if defined( __linux__ )
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace vanban::detail {

void release_pages( const void* p, std::size_t size ) noexcept
{
#if defined( __linux__ )
   if( p == nullptr || size < ( std::size_t( 1 ) << 20 ) ) {
      return;  // a system call is not worth it
   }
   static const auto page = std::uintptr_t( sysconf( _SC_PAGESIZE ) );
   const auto begin = reinterpret_cast<std::uintptr_t>( p );
   const std::uintptr_t first = ( begin + page - 1 ) / page * page + page;
   const std::uintptr_t last = ( begin + size ) / page * page - page;
   if( first < last ) {
      (void)madvise( reinterpret_cast<void*>( first ), last - first, MADV_DONTNEED );  // advice: nothing to do if refused
   }
#else
   (void)p;
   (void)size;
#endif
}

}  // namespace vanban::detail
