// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "progress.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <sys/ioctl.h>
#include <unistd.h>

namespace vanban::cli {
namespace {

[[nodiscard]] unsigned terminal_width() noexcept
{
   winsize w{};
   if( ::ioctl( STDERR_FILENO, TIOCGWINSZ, &w ) == 0 && w.ws_col >= 40 ) {
      return w.ws_col;
   }
   return 80;
}

[[nodiscard]] std::string duration( double s )
{
   char buf[ 32 ];
   const auto t = static_cast<long long>( s + 0.5 );
   if( t >= 3600 ) {
      std::snprintf( buf, sizeof buf, "%lldh%02lldm", t / 3600, t % 3600 / 60 );
   }
   else if( t >= 60 ) {
      std::snprintf( buf, sizeof buf, "%lldm%02llds", t / 60, t % 60 );
   }
   else {
      std::snprintf( buf, sizeof buf, "%llds", t );
   }
   return buf;
}

}  // namespace

progress::progress( bool enabled, std::size_t files, std::uint64_t bytes ) noexcept
   : m_enabled( enabled ),
     m_files( files ),
     m_bytes( bytes ),
     m_start( std::chrono::steady_clock::now() ),
     m_last( m_start )
{}

std::string progress::megabytes( std::uint64_t bytes )
{
   char buf[ 32 ];
   if( bytes < 1000000 ) {
      std::snprintf( buf, sizeof buf, "%.0f kB", double( bytes ) / 1e3 );
   }
   else {
      std::snprintf( buf, sizeof buf, "%.1f MB", double( bytes ) / 1e6 );
   }
   return buf;
}

std::string progress::line( std::size_t done, std::size_t files, std::uint64_t bytes_done, std::uint64_t bytes, double seconds, unsigned width )
{
   char tail[ 128 ];
   const double rate = seconds > 0 ? double( bytes_done ) / 1e6 / seconds : 0;
   std::string eta = "--";
   if( rate > 0 && bytes >= bytes_done ) {
      eta = duration( double( bytes - bytes_done ) / 1e6 / rate );
   }
   std::snprintf( tail, sizeof tail, " %zu/%zu files  %.1f MB/s  ETA %s", done, files, rate, eta.c_str() );
   const std::string t = tail;
   const unsigned bar = width > t.size() + 12 ? unsigned( std::min<std::size_t>( 40, width - t.size() - 3 ) ) : 10;
   const double frac = bytes > 0 ? double( bytes_done ) / double( bytes ) : ( files > 0 ? double( done ) / double( files ) : 1.0 );
   const auto filled = static_cast<unsigned>( std::clamp( frac, 0.0, 1.0 ) * bar );
   std::string r = "[";
   r.append( filled, '#' ).append( bar - filled, '.' ).append( "]" ).append( t );
   return r;
}

void progress::advance( std::uint64_t bytes )
{
   ++m_done;
   m_bytes_done += bytes;
   draw( false );
}

void progress::draw( bool force )
{
   if( !m_enabled ) {
      return;
   }
   const auto now = std::chrono::steady_clock::now();
   if( !force && m_shown && now - m_last < std::chrono::milliseconds( 100 ) ) {
      return;
   }
   m_last = now;
   const double s = std::chrono::duration<double>( now - m_start ).count();
   std::cerr << "\r\033[K" << line( m_done, m_files, m_bytes_done, m_bytes, s, terminal_width() ) << std::flush;
   m_shown = true;
}

void progress::clear()
{
   if( m_enabled && m_shown ) {
      std::cerr << "\r\033[K";
      m_shown = false;
   }
}

void progress::print( std::string_view text )
{
   clear();
   std::cerr << text;
   if( m_enabled ) {
      draw( true );
   }
   else {
      std::cerr.flush();
   }
}

void progress::finish()
{
   clear();
   std::cerr.flush();
   m_enabled = false;
}

}  // namespace vanban::cli
