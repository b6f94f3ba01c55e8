// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "manifest.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <vanban/extract.hpp>
#include <vanban/version.hpp>

#include "sha256.hpp"

namespace vanban::cli {
namespace {

constexpr std::string_view header = "# vanban manifest 1: input-sha256 settings-sha256 output-sha256 name\n";

[[nodiscard]] bool is_digest( std::string_view s ) noexcept
{
   return s.size() == 64 && s.find_first_not_of( "0123456789abcdef" ) == std::string_view::npos;
}

[[nodiscard]] std::string line_of( const std::string& rel, const stamp& s )
{
   return s.input + '\t' + s.settings + '\t' + s.output + '\t' + manifest::escape( rel ) + '\n';
}

void hash_file( sha256& h, const std::string& path )
{
   std::ifstream f( path, std::ios::binary );
   char buf[ 1 << 16 ];
   while( f.read( buf, sizeof buf ) || f.gcount() > 0 ) {
      h.update( std::string_view( buf, std::size_t( f.gcount() ) ) );
   }
}

}  // namespace

std::string manifest::escape( std::string_view name )
{
   static constexpr char hex[] = "0123456789ABCDEF";
   std::string r;
   r.reserve( name.size() );
   for( const char ch : name ) {
      const auto c = static_cast<unsigned char>( ch );
      if( c < 0x20 || c == '%' || c == 0x7F ) {
         r += '%';
         r += hex[ c >> 4 ];
         r += hex[ c & 0xF ];
      }
      else {
         r += ch;
      }
   }
   return r;
}

std::string manifest::unescape( std::string_view name )
{
   const auto val = []( char c ) { return c >= 'A' ? c - 'A' + 10 : c - '0'; };
   std::string r;
   r.reserve( name.size() );
   for( std::size_t i = 0; i < name.size(); ++i ) {
      if( name[ i ] == '%' && i + 2 < name.size() ) {
         r += char( val( name[ i + 1 ] ) * 16 + val( name[ i + 2 ] ) );
         i += 2;
      }
      else {
         r += name[ i ];
      }
   }
   return r;
}

manifest::manifest( output_tree& tree )
   : m_tree( tree )
{
   if( const auto text = tree.read( file_name ) ) {
      std::size_t b = 0;
      while( b < text->size() ) {
         const std::size_t e = text->find( '\n', b );
         if( e == std::string::npos ) {
            break;  // the last line of a killed run, cut short
         }
         const std::string_view line = std::string_view( *text ).substr( b, e - b );
         b = e + 1;
         if( line.starts_with( '#' ) ) {
            continue;
         }
         std::string_view f[ 4 ];
         std::size_t at = 0;
         bool ok = true;
         for( int k = 0; k < 3 && ok; ++k ) {
            const std::size_t tab = line.find( '\t', at );
            ok = tab != std::string_view::npos;
            if( ok ) {
               f[ k ] = line.substr( at, tab - at );
               at = tab + 1;
            }
         }
         if( !ok || at >= line.size() ) {
            continue;
         }
         f[ 3 ] = line.substr( at );
         const std::string rel = unescape( f[ 3 ] );
         if( f[ 0 ] == "-" && f[ 1 ] == "-" && f[ 2 ] == "-" ) {
            m_stamps.erase( rel );
         }
         else if( is_digest( f[ 0 ] ) && is_digest( f[ 1 ] ) && is_digest( f[ 2 ] ) && is_safe_relative( rel ) ) {
            m_stamps[ rel ] = { std::string( f[ 0 ] ), std::string( f[ 1 ] ), std::string( f[ 2 ] ) };
         }
      }
   }
   m_now = m_stamps;
   const std::string path = tree.root() + "/" + std::string( file_name );
   const int fd = ::open( path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0666 );
   if( fd < 0 ) {
      throw output_error( path + ": cannot open the manifest: " + std::strerror( errno ) );
   }
   m_log = ::fdopen( fd, "a" );
   if( m_log == nullptr ) {
      ::close( fd );
      throw output_error( path + ": cannot open the manifest: " + std::strerror( errno ) );
   }
   // a line cut by a kill: drop it, or it would be read back whole once more lines follow
   if( const auto text = tree.read( file_name ); text && !text->empty() && text->back() != '\n' ) {
      const std::size_t keep = text->rfind( '\n' ) == std::string::npos ? 0 : text->rfind( '\n' ) + 1;
      if( ::ftruncate( fd, off_t( keep ) ) != 0 ) {
         throw output_error( path + ": cannot repair the manifest: " + std::strerror( errno ) );
      }
   }
}

manifest::~manifest()
{
   if( m_log != nullptr ) {
      std::fclose( m_log );
   }
}

const stamp* manifest::find( const std::string& rel ) const
{
   const auto it = m_stamps.find( rel );
   return it == m_stamps.end() ? nullptr : &it->second;
}

void manifest::append( const std::string& line )
{
   // one write per line: a kill leaves whole lines, and at most the last one cut
   if( std::fwrite( line.data(), 1, line.size(), m_log ) != line.size() || std::fflush( m_log ) != 0 ) {
      throw output_error( m_tree.root() + "/" + std::string( file_name ) + ": cannot write the manifest: " + std::strerror( errno ) );
   }
}

void manifest::record( const std::string& rel, const stamp& s )
{
   const std::scoped_lock lock( m_mutex );
   m_now[ rel ] = s;
   append( line_of( rel, s ) );
}

void manifest::forget( const std::string& rel )
{
   const std::scoped_lock lock( m_mutex );
   if( m_now.erase( rel ) > 0 ) {
      append( "-\t-\t-\t" + escape( rel ) + '\n' );
   }
}

void manifest::compact()
{
   std::string text( header );
   for( const auto& [ rel, s ] : m_now ) {
      text += line_of( rel, s );
   }
   std::fclose( m_log );
   m_log = nullptr;
   m_tree.write( file_name, text );
}

std::string settings_digest( std::string_view options )
{
   sha256 h;
   h.update( "vanban " );
   h.update( vanban::version );
   h.update( "\n" );
   hash_file( h, "/proc/self/exe" );
   Dl_info info{};
   using extract_fn = vanban::document ( * )( std::string_view, const vanban::options& );
   const extract_fn fn = &vanban::extract;
   if( ::dladdr( reinterpret_cast<void*>( fn ), &info ) != 0 && info.dli_fname != nullptr ) {
      char exe[ 4096 ];
      const ssize_t n = ::readlink( "/proc/self/exe", exe, sizeof exe - 1 );
      const std::string self = n > 0 ? std::string( exe, std::size_t( n ) ) : std::string();
      if( info.dli_fname != self ) {
         hash_file( h, info.dli_fname );  // a shared libvanban
      }
   }
   h.update( options );
   return h.hex();
}

}  // namespace vanban::cli
