// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "inputs.hpp"

#include <algorithm>
#include <system_error>
#include <thread>

namespace vanban::cli {

std::vector<input> expand_inputs( const std::vector<std::string>& paths )
{
   namespace fs = std::filesystem;
   std::vector<input> out;
   for( const std::string& p : paths ) {
      std::error_code ec;
      if( p != "-" && fs::is_directory( p, ec ) ) {
         std::vector<input> found;
         for( auto it = fs::recursive_directory_iterator( p, fs::directory_options::skip_permission_denied, ec ); !ec && it != fs::recursive_directory_iterator(); it.increment( ec ) ) {
            std::error_code fec;
            if( it->is_regular_file( fec ) ) {
               found.push_back( { it->path().string(), fs::path( p ) } );
            }
         }
         std::sort( found.begin(), found.end(), []( const input& a, const input& b ) { return a.path < b.path; } );
         out.insert( out.end(), found.begin(), found.end() );
      }
      else {
         out.push_back( { p, {} } );
      }
   }
   return out;
}

unsigned default_jobs() noexcept
{
   const unsigned n = std::thread::hardware_concurrency();
   return n == 0 ? 1 : n;
}

}  // namespace vanban::cli
