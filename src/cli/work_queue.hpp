// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_WORK_QUEUE_HPP
#define VANBAN_CLI_WORK_QUEUE_HPP

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace vanban::cli {

/// Runs `work(i)` for i in [0, n) on `jobs` threads pulling from a shared counter (a work
/// queue: long files do not hold up a whole share), and hands each result to `done(i, result)`
/// on the calling thread **in index order**, as soon as it and all before it are ready. Results
/// waiting for an earlier slow one are the only ones kept in memory (at most about `jobs` ×
/// a small window), so a batch of any size runs in bounded memory.
///
/// `work` should catch what it expects and return an error value; anything it still throws,
/// and anything `done` throws, stops the map (no new items are started, the threads are
/// joined) and is rethrown to the caller.
template< typename Work, typename Done >
void ordered_parallel_map( std::size_t n, unsigned jobs, Work&& work, Done&& done )
{
   using result_t = decltype( work( std::size_t() ) );
   jobs = std::max( 1u, std::min<unsigned>( jobs, unsigned( std::max<std::size_t>( n, 1 ) ) ) );
   if( jobs == 1 ) {
      for( std::size_t i = 0; i < n; ++i ) {
         done( i, work( i ) );
      }
      return;
   }
   // a window of slots: a worker may run at most `window` items ahead of the next one to hand out
   const std::size_t window = std::size_t( jobs ) * 4;
   std::vector<std::optional<result_t>> slots( window );
   std::mutex m;
   std::condition_variable ready;    // a slot was filled
   std::condition_variable room;     // the window moved
   std::size_t next_to_emit = 0;
   std::atomic<std::size_t> next_to_take{ 0 };
   bool stop = false;

   std::exception_ptr failure;  // the first exception of a worker or of `done`

   auto worker = [ & ] {
      for( ;; ) {
         const std::size_t i = next_to_take.fetch_add( 1 );
         if( i >= n ) {
            return;
         }
         {
            std::unique_lock lock( m );
            room.wait( lock, [ & ] { return stop || i < next_to_emit + window; } );
            if( stop ) {
               return;
            }
         }
         try {
            result_t r = work( i );
            bool next = false;
            {
               std::lock_guard lock( m );
               slots[ i % window ].emplace( std::move( r ) );
               next = i == next_to_emit;
            }
            // the caller waits for the next item only: waking it for a later one was a futex
            // call and a context switch for nothing (the window moves only when it hands on)
            if( next ) {
               ready.notify_one();
            }
         }
         catch( ... ) {
            {
               std::lock_guard lock( m );
               if( !failure ) {
                  failure = std::current_exception();
               }
               stop = true;
            }
            ready.notify_one();
            room.notify_all();
         }
      }
   };
   std::vector<std::thread> threads;
   threads.reserve( jobs );
   try {
      for( unsigned t = 0; t < jobs; ++t ) {
         threads.emplace_back( worker );
      }
   }
   catch( const std::system_error& ) {
      if( threads.empty() ) {
         throw;  // not even one thread; nothing started
      }
      // fewer threads than asked: the ones running pull every item anyway
   }
   try {
      while( next_to_emit < n ) {
         std::optional<result_t> r;
         {
            std::unique_lock lock( m );
            ready.wait( lock, [ & ] { return stop || slots[ next_to_emit % window ].has_value(); } );
            if( !slots[ next_to_emit % window ].has_value() ) {
               break;  // a worker failed
            }
            r = std::move( slots[ next_to_emit % window ] );
            slots[ next_to_emit % window ].reset();
            ++next_to_emit;
         }
         room.notify_all();
         done( next_to_emit - 1, std::move( *r ) );
      }
   }
   catch( ... ) {
      std::lock_guard lock( m );
      if( !failure ) {
         failure = std::current_exception();
      }
      stop = true;
   }
   {
      std::lock_guard lock( m );
      stop = stop || failure != nullptr;
   }
   room.notify_all();
   for( auto& t : threads ) {
      t.join();
   }
   if( failure ) {
      std::rethrow_exception( failure );
   }
}

}  // namespace vanban::cli

#endif
