// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Micro-benchmarks of each phase on the real corpus (../shared/corpus/docs, or $VANBAN_SHARED):
// normalization, the grammar scan, the line grammar and the body tree, the whole extraction, the
// JSON writer and the corpus graph merge. Each reports bytes of input per second. Skipped (an
// error per benchmark) when the corpus is absent.
//
//   build/tests/bench/vanban_bench --benchmark_min_time=2 --benchmark_repetitions=5

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include <vanban/graph.hpp>
#include <vanban/vanban.hpp>

#include "normalize/normalize.hpp"
#include "parse/events.hpp"
#include "parse/structure_events.hpp"
#include "resolve/resolve.hpp"

namespace {

namespace fs = std::filesystem;

/// The corpus texts, read once; a sample of every `step`-th file keeps a run short.
struct corpus {
   std::vector<std::string> texts;
   std::size_t bytes = 0;

   corpus()
   {
      const char* env = std::getenv( "VANBAN_SHARED" );
      const fs::path dir = fs::path( env ? env : VANBAN_SHARED_DEFAULT ) / "corpus" / "docs";
      if( !fs::is_directory( dir ) ) {
         return;
      }
      std::vector<fs::path> files;
      for( const auto& e : fs::directory_iterator( dir ) ) {
         files.push_back( e.path() );
      }
      std::sort( files.begin(), files.end() );
      constexpr std::size_t step = 8;  // 123 of 984 files, ≈4 MB
      for( std::size_t i = 0; i < files.size(); i += step ) {
         std::ifstream f( files[ i ], std::ios::binary );
         texts.emplace_back( std::istreambuf_iterator<char>( f ), std::istreambuf_iterator<char>() );
         bytes += texts.back().size();
      }
   }
};

const corpus& texts()
{
   static const corpus c;
   return c;
}

const std::vector<vanban::detail::normalized_text>& normalized();
const std::vector<vanban::document>& documents();

/// False (the benchmark skipped) without the corpus; else makes the shared inputs before timing.
bool ready( benchmark::State& st )
{
   if( texts().texts.empty() ) {
      st.SkipWithError( "no corpus: set VANBAN_SHARED to the shared directory" );
      return false;
   }
   (void)normalized();
   (void)documents();
   return true;
}

void done( benchmark::State& st )
{
   st.SetBytesProcessed( std::int64_t( st.iterations() ) * std::int64_t( texts().bytes ) );
}

/// The normalized texts (what the grammars read), made once.
const std::vector<vanban::detail::normalized_text>& normalized()
{
   static const std::vector<vanban::detail::normalized_text> n = [] {
      std::vector<vanban::detail::normalized_text> out;
      for( const auto& t : texts().texts ) {
         out.push_back( vanban::detail::normalize( t, {} ) );
      }
      return out;
   }();
   return n;
}

void normalize( benchmark::State& st )
{
   if( !ready( st ) ) {
      return;
   }
   for( auto _ : st ) {
      for( const auto& t : texts().texts ) {
         benchmark::DoNotOptimize( vanban::detail::normalize( t, {} ) );
      }
   }
   done( st );
}
BENCHMARK( normalize )->Unit( benchmark::kMillisecond );

void scan( benchmark::State& st )
{
   if( !ready( st ) ) {
      return;
   }
   const auto& norm = normalized();
   for( auto _ : st ) {
      for( const auto& n : norm ) {
         benchmark::DoNotOptimize( vanban::detail::scan( n.text ) );
      }
   }
   done( st );
}
BENCHMARK( scan )->Unit( benchmark::kMillisecond );

void scan_lines( benchmark::State& st )
{
   if( !ready( st ) ) {
      return;
   }
   const auto& norm = normalized();
   for( auto _ : st ) {
      for( const auto& n : norm ) {
         benchmark::DoNotOptimize( vanban::detail::scan_lines( n.text ) );
      }
   }
   done( st );
}
BENCHMARK( scan_lines )->Unit( benchmark::kMillisecond );

/// resolve(): the model, the body tree (structure) and the document's graph, from the events.
void resolve( benchmark::State& st )
{
   if( !ready( st ) ) {
      return;
   }
   const auto& norm = normalized();
   std::vector<vanban::detail::events> ev;
   std::vector<vanban::detail::line_events> lines;
   for( const auto& n : norm ) {
      ev.push_back( vanban::detail::scan( n.text ) );
      lines.push_back( vanban::detail::scan_lines( n.text ) );
      vanban::detail::drop_noise( ev.back(), lines.back() );
   }
   for( auto _ : st ) {
      for( std::size_t i = 0; i < norm.size(); ++i ) {
         vanban::document doc;
         vanban::detail::resolve( { texts().texts[ i ], norm[ i ].text, norm[ i ].map }, ev[ i ], lines[ i ], doc );
         benchmark::DoNotOptimize( doc );
      }
   }
   done( st );
}
BENCHMARK( resolve )->Unit( benchmark::kMillisecond );

void extract( benchmark::State& st )
{
   if( !ready( st ) ) {
      return;
   }
   for( auto _ : st ) {
      for( const auto& t : texts().texts ) {
         benchmark::DoNotOptimize( vanban::extract( t ) );
      }
   }
   done( st );
}
BENCHMARK( extract )->Unit( benchmark::kMillisecond );

const std::vector<vanban::document>& documents()
{
   static const std::vector<vanban::document> d = [] {
      std::vector<vanban::document> out;
      for( const auto& t : texts().texts ) {
         out.push_back( vanban::extract( t ) );
      }
      return out;
   }();
   return d;
}

void json_compact( benchmark::State& st )
{
   if( !ready( st ) ) {
      return;
   }
   vanban::json_options jo;
   jo.indent = -1;
   for( auto _ : st ) {
      for( const auto& d : documents() ) {
         benchmark::DoNotOptimize( vanban::to_json( d, jo ) );
      }
   }
   done( st );
}
BENCHMARK( json_compact )->Unit( benchmark::kMillisecond );

void json_pretty( benchmark::State& st )
{
   if( !ready( st ) ) {
      return;
   }
   for( auto _ : st ) {
      for( const auto& d : documents() ) {
         benchmark::DoNotOptimize( vanban::to_json( d ) );
      }
   }
   done( st );
}
BENCHMARK( json_pretty )->Unit( benchmark::kMillisecond );

/// The corpus graph: every document's graph merged, then built (what `vanban graph` does).
void graph_merge( benchmark::State& st )
{
   if( !ready( st ) ) {
      return;
   }
   for( auto _ : st ) {
      vanban::graph_builder b;
      for( const auto& d : documents() ) {
         b.add( d );
      }
      benchmark::DoNotOptimize( b.build() );
   }
   done( st );
}
BENCHMARK( graph_merge )->Unit( benchmark::kMillisecond );

}  // namespace

BENCHMARK_MAIN();
