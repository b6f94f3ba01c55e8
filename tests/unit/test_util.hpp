// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TESTS_TEST_UTIL_HPP
#define VANBAN_TESTS_TEST_UTIL_HPP

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>

namespace vanban::test {

/// tests/data, from the environment CTest sets.
inline std::filesystem::path data_dir()
{
   const char* d = std::getenv( "VANBAN_TEST_DATA" );
   if( d == nullptr ) {
      throw std::runtime_error( "VANBAN_TEST_DATA is not set (run the tests through ctest)" );
   }
   return d;
}

/// ../shared (corpus, gold) when present; corpus-wide checks skip without it.
inline std::optional<std::filesystem::path> shared_dir()
{
   const char* d = std::getenv( "VANBAN_SHARED" );
   if( d == nullptr || !std::filesystem::is_directory( std::filesystem::path( d ) / "corpus" ) ) {
      return std::nullopt;
   }
   return std::filesystem::path( d );
}

inline std::string read_file( const std::filesystem::path& p )
{
   std::ifstream f( p, std::ios::binary );
   if( !f ) {
      throw std::runtime_error( "cannot read " + p.string() );
   }
   return { std::istreambuf_iterator<char>( f ), std::istreambuf_iterator<char>() };
}

inline void write_file( const std::filesystem::path& p, const std::string& s )
{
   std::ofstream f( p, std::ios::binary );
   f << s;
}

/// The bytes of the original text a span covers.
template< typename Span >
std::string slice( const std::string& text, const Span& s )
{
   return text.substr( s.start, s.end - s.start );
}

}  // namespace vanban::test

#endif
