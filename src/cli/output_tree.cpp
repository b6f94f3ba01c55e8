// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "output_tree.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vanban::cli {
namespace {

[[nodiscard]] std::string reason( int err )
{
   return std::strerror( err );
}

/// Closes a file descriptor at scope exit.
class fd_guard {
public:
   explicit fd_guard( int fd ) noexcept
      : m_fd( fd )
   {}
   fd_guard( const fd_guard& ) = delete;
   fd_guard& operator=( const fd_guard& ) = delete;
   ~fd_guard()
   {
      if( m_fd >= 0 ) {
         ::close( m_fd );
      }
   }
   [[nodiscard]] int get() const noexcept { return m_fd; }
   void reset( int fd ) noexcept
   {
      if( m_fd >= 0 ) {
         ::close( m_fd );
      }
      m_fd = fd;
   }
   int release() noexcept
   {
      const int fd = m_fd;
      m_fd = -1;
      return fd;
   }

private:
   int m_fd;
};

[[nodiscard]] std::vector<std::string_view> components( std::string_view rel )
{
   std::vector<std::string_view> out;
   std::size_t b = 0;
   for( ;; ) {
      const std::size_t e = rel.find( '/', b );
      out.push_back( rel.substr( b, e == std::string_view::npos ? std::string_view::npos : e - b ) );
      if( e == std::string_view::npos ) {
         return out;
      }
      b = e + 1;
   }
}

}  // namespace

std::string output_name( const input& in, std::string_view suffix )
{
   namespace fs = std::filesystem;
   std::string rel;
   if( in.path == "-" ) {
      rel = "stdin";
   }
   else if( !in.root.empty() ) {
      rel = fs::path( in.path ).lexically_relative( in.root ).generic_string();
   }
   else {
      rel = fs::path( in.path ).filename().generic_string();
   }
   if( !is_safe_relative( rel ) ) {
      return {};
   }
   return rel + std::string( suffix );
}

bool is_safe_relative( std::string_view rel ) noexcept
{
   if( rel.empty() || rel.front() == '/' || rel.find( '\0' ) != std::string_view::npos ) {
      return false;
   }
   for( const std::string_view c : components( rel ) ) {
      if( c.empty() || c == "." || c == ".." ) {
         return false;
      }
   }
   return true;
}

output_tree::output_tree( const std::string& root )
   : m_root( root )
{
   std::error_code ec;
   std::filesystem::create_directories( root, ec );
   m_fd = ::open( root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC );
   if( m_fd < 0 ) {
      throw output_error( root + ": cannot open the output folder: " + reason( errno ) );
   }
   if( ::flock( m_fd, LOCK_EX | LOCK_NB ) != 0 ) {
      const int err = errno;
      ::close( m_fd );
      m_fd = -1;
      throw output_error( root + ": " + ( err == EWOULDBLOCK ? std::string( "another vanban is writing into this folder" ) : "cannot lock the output folder: " + reason( err ) ) );
   }
   // temporary files of a run that was killed: never outputs, and would differ from a clean run
   namespace fs = std::filesystem;
   for( auto it = fs::recursive_directory_iterator( root, fs::directory_options::skip_permission_denied, ec ); !ec && it != fs::recursive_directory_iterator(); it.increment( ec ) ) {
      const std::string name = it->path().filename().string();
      std::error_code fec;
      if( name.starts_with( temp_prefix ) && it->is_regular_file( fec ) && !it->is_symlink( fec ) ) {
         if( fs::remove( it->path(), fec ) ) {
            ++m_cleaned;
         }
      }
   }
}

output_tree::~output_tree()
{
   if( m_fd >= 0 ) {
      ::close( m_fd );  // releases the lock
   }
}

int output_tree::open_parent( std::string_view rel, bool create, std::string& leaf ) const
{
   if( !is_safe_relative( rel ) ) {
      throw output_error( "unsafe output name '" + std::string( rel ) + "': it would leave the output folder" );
   }
   const std::vector<std::string_view> parts = components( rel );
   fd_guard dir( ::dup( m_fd ) );
   if( dir.get() < 0 ) {
      throw output_error( "cannot open the output folder: " + reason( errno ) );
   }
   std::string sofar;
   for( std::size_t i = 0; i + 1 < parts.size(); ++i ) {
      const std::string name( parts[ i ] );
      sofar += name + "/";
      if( create && ::mkdirat( dir.get(), name.c_str(), 0777 ) != 0 && errno != EEXIST ) {
         throw output_error( "cannot create folder " + sofar + ": " + reason( errno ) );
      }
      const int next = ::openat( dir.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC );
      if( next < 0 ) {
         const int err = errno;
         if( !create && err == ENOENT ) {
            return -1;
         }
         if( err == ELOOP || err == ENOTDIR ) {
            throw output_error( "refusing to write through " + sofar + ": it is a symbolic link or not a folder (outputs stay inside the output folder)" );
         }
         throw output_error( "cannot open folder " + sofar + ": " + reason( err ) );
      }
      dir.reset( next );
   }
   leaf = std::string( parts.back() );
   return dir.release();
}

void output_tree::write( std::string_view rel, std::string_view content )
{
   write( rel, std::span<const std::string_view>( &content, 1 ) );
}

void output_tree::write( std::string_view rel, const std::vector<std::string>& parts )
{
   const std::vector<std::string_view> views( parts.begin(), parts.end() );
   write( rel, std::span<const std::string_view>( views ) );
}

void output_tree::write( std::string_view rel, std::span<const std::string_view> parts )
{
   std::string leaf;
   const fd_guard dir( open_parent( rel, true, leaf ) );
   const std::string tmp = std::string( temp_prefix ) + std::to_string( ::getpid() ) + "-" + std::to_string( m_sequence.fetch_add( 1 ) );
   const fd_guard f( ::openat( dir.get(), tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666 ) );
   if( f.get() < 0 ) {
      throw output_error( "cannot create a temporary file for " + std::string( rel ) + ": " + reason( errno ) );
   }
   const auto fail = [ & ]( const std::string& what, int err ) {
      ::unlinkat( dir.get(), tmp.c_str(), 0 );
      throw output_error( what + " " + std::string( rel ) + ": " + reason( err ) );
   };
   for( const std::string_view content : parts ) {
      std::size_t done = 0;
      while( done < content.size() ) {
         const ssize_t n = ::write( f.get(), content.data() + done, content.size() - done );
         if( n < 0 ) {
            if( errno == EINTR ) {
               continue;
            }
            fail( "cannot write", errno );
         }
         done += std::size_t( n );
      }
   }
   if( ::renameat( dir.get(), tmp.c_str(), dir.get(), leaf.c_str() ) != 0 ) {
      fail( "cannot rename the temporary file to", errno );
   }
}

std::optional<std::string> output_tree::read( std::string_view rel ) const
{
   std::string leaf;
   int d = -1;
   try {
      d = open_parent( rel, false, leaf );
   }
   catch( const output_error& ) {
      return std::nullopt;
   }
   if( d < 0 ) {
      return std::nullopt;
   }
   const fd_guard dir( d );
   const fd_guard f( ::openat( dir.get(), leaf.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC ) );
   if( f.get() < 0 ) {
      return std::nullopt;
   }
   std::string data;
   char buf[ 1 << 16 ];
   for( ;; ) {
      const ssize_t n = ::read( f.get(), buf, sizeof buf );
      if( n < 0 ) {
         if( errno == EINTR ) {
            continue;
         }
         return std::nullopt;
      }
      if( n == 0 ) {
         return data;
      }
      data.append( buf, std::size_t( n ) );
   }
}

void output_tree::remove( std::string_view rel )
{
   std::string leaf;
   const int d = open_parent( rel, false, leaf );
   if( d < 0 ) {
      return;
   }
   const fd_guard dir( d );
   if( ::unlinkat( dir.get(), leaf.c_str(), 0 ) != 0 && errno != ENOENT ) {
      throw output_error( "cannot remove the stale output " + std::string( rel ) + ": " + reason( errno ) );
   }
}

}  // namespace vanban::cli
