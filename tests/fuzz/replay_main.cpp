// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// A main() for the fuzz targets when they are not built with libFuzzer (VANBAN_FUZZ=OFF, or any
// compiler): runs LLVMFuzzerTestOneInput once on each file named, or on each file of each
// folder named (sorted), so the seed corpora and the inputs of every crash found are replayed by
// ctest in every build, sanitizers or not. A violated invariant aborts; exit status 0 means
// every input passed.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput( const unsigned char* data, std::size_t size );

int main( int argc, char** argv )
{
   namespace fs = std::filesystem;
   std::vector<fs::path> files;
   for( int i = 1; i < argc; ++i ) {
      const fs::path p( argv[ i ] );
      if( fs::is_directory( p ) ) {
         for( const auto& e : fs::recursive_directory_iterator( p ) ) {
            if( e.is_regular_file() ) {
               files.push_back( e.path() );
            }
         }
      }
      else {
         files.push_back( p );
      }
   }
   std::sort( files.begin(), files.end() );
   if( files.empty() ) {
      std::fprintf( stderr, "%s: no inputs\n", argv[ 0 ] );
      return 2;
   }
   for( const fs::path& f : files ) {
      std::ifstream in( f, std::ios::binary );
      if( !in ) {
         std::fprintf( stderr, "%s: cannot read %s\n", argv[ 0 ], f.c_str() );
         return 2;
      }
      const std::string data( ( std::istreambuf_iterator<char>( in ) ), std::istreambuf_iterator<char>() );
      std::fprintf( stderr, "%s\n", f.c_str() );
      LLVMFuzzerTestOneInput( reinterpret_cast<const unsigned char*>( data.data() ), data.size() );
   }
   std::fprintf( stderr, "%zu inputs passed\n", files.size() );
   return 0;
}
