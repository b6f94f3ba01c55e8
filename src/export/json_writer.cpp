// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The JSON of a document (docs/schema.md, schema_version "1"), written straight into the output
// in a fixed key order, so outputs are stable byte for byte. The layout and escaping are those
// of nlohmann_json's dump() (which wrote this output before; tests/unit/export checks that
// parsing and dumping it again with nlohmann gives the same bytes): building a JSON DOM first
// cost a fifth of the whole run and several times the output's size in memory. The body tree is
// written from the flat node array with an explicit stack, never recursively.
//
// The writer is a template over where the bytes go: `writer` puts them into a buffer through a
// pointer (one bounds check per piece, not per byte), `counter` only counts them (the first of
// the two passes of `to_json`, so the string is allocated once at its final size: growing it by
// doubling held up to three times the output at once, the largest part of the peak memory on a
// long text). Strings are scanned eight bytes at a time for the bytes that need attention (an
// escape, or the lead byte of a UTF-8 sequence to check).

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include <vanban/error.hpp>
#include <vanban/json.hpp>
#include <vanban/version.hpp>

#include "normalize/normalize.hpp"
#include "text/simd.hpp"

namespace vanban {
namespace {

/// A key of the schema: a literal checked at compile time to need no escape, kept with its
/// quotes and colon (`"start":`) in a block of fixed size, which the writer copies whole (two
/// moves instead of a call to memcpy for each key) and then counts only `quoted_size` of.
struct key_name {
   static constexpr std::size_t block = 32;

   consteval key_name( const char* k )
      : size( std::char_traits<char>::length( k ) )
   {
      if( size + 3 > block ) {
         throw "a JSON key of the writer must be shorter than 30 bytes";  // not a constant expression: a compile error
      }
      quoted[ 0 ] = '"';
      for( std::size_t i = 0; i < size; ++i ) {
         const char c = k[ i ];
         if( !( ( c >= 'a' && c <= 'z' ) || ( c >= '0' && c <= '9' ) || c == '_' ) ) {
            throw "a JSON key of the writer must be [a-z0-9_]+";
         }
         quoted[ i + 1 ] = c;
      }
      quoted[ size + 1 ] = '"';
      quoted[ size + 2 ] = ':';
   }

   [[nodiscard]] constexpr std::size_t quoted_size() const noexcept { return size + 3; }

   std::array<char, block> quoted{};  ///< `"k":`, then zeros
   std::size_t size;                  ///< of the key alone
};

/// The first byte in [p, end) that is a control character, '"' or '\\', or end.
[[nodiscard]] inline const unsigned char* next_special( const unsigned char* p, const unsigned char* end ) noexcept
{
   return p + detail::simd::find_below_or< 0x20, '"', '\\' >( reinterpret_cast<const char*>( p ), 0, std::size_t( end - p ) );
}

/// Copies a literal (without its NUL) to `p`; returns its end.
template< std::size_t N >
inline char* copy( char* p, const char ( &literal )[ N ] ) noexcept
{
   std::memcpy( p, literal, N - 1 );
   return p + N - 1;
}

/// The bytes of a compact span object without its numbers.
constexpr std::size_t span_literals = sizeof( "{'start':,'end':,'cp_start':,'cp_end':,'line':,'column':}" ) - 1;

/// The escape of a special ASCII byte, as nlohmann writes it (ensure_ascii off); returns its end.
inline char* write_escape( char* p, unsigned char b ) noexcept
{
   *p++ = '\\';
   switch( b ) {
      case '"':
         *p++ = '"';
         break;
      case '\\':
         *p++ = '\\';
         break;
      case '\b':
         *p++ = 'b';
         break;
      case '\f':
         *p++ = 'f';
         break;
      case '\n':
         *p++ = 'n';
         break;
      case '\r':
         *p++ = 'r';
         break;
      case '\t':
         *p++ = 't';
         break;
      default: {
         constexpr std::string_view hex = "0123456789abcdef";
         std::memcpy( p, "u00", 3 );
         p[ 3 ] = hex[ b >> 4 ];
         p[ 4 ] = hex[ b & 0xF ];
         p += 5;
      }
   }
   return p;
}

/// The bytes of the escape of a special ASCII byte.
[[nodiscard]] inline std::size_t escape_size( unsigned char b ) noexcept
{
   switch( b ) {
      case '"':
      case '\\':
      case '\b':
      case '\f':
      case '\n':
      case '\r':
      case '\t':
         return 2;
      default:
         return 6;
   }
}

/// Where the bytes go: a string (grown when needed: with the count pass of `to_json` it has its
/// final size from the start) or a stream, through a 64 KiB buffer (the JSON of a long text is
/// never held whole). Bytes are written through `m_pos`; `room(n)` is the one check per piece.
class writer
{
public:
   /// Bytes asked for beyond the exact size: a number, an escape or a span asks for room for
   /// its longest form, so a string of the counted size would grow by doubling at its end.
   static constexpr std::size_t slack = 256;

   writer( std::string& out, std::size_t expected, std::string_view source )
      : m_string( &out ), m_source( source )
   {
      out.resize( expected + slack );
      m_pos = out.data();
      m_end = m_pos + out.size();
   }

   writer( std::ostream& stream, std::string_view source )
      : m_stream( &stream ), m_source( source )
   {
      allocate( buffer_size );
   }

   writer( const writer& ) = delete;
   writer& operator=( const writer& ) = delete;

   /// At least `n` bytes of room at the returned pointer; `commit` the end of what was written.
   [[nodiscard]] char* room( std::size_t n )
   {
      if( std::size_t( m_end - m_pos ) < n ) [[unlikely]] {
         make_room( n );
      }
      return m_pos;
   }
   void commit( char* end ) noexcept { m_pos = end; }

   void put( char c )
   {
      *room( 1 ) = c;
      ++m_pos;
   }

   void append( const char* s, std::size_t n )
   {
      if( std::size_t( m_end - m_pos ) >= n ) [[likely]] {
         std::memcpy( m_pos, s, n );
         m_pos += n;
      }
      else {
         append_long( s, n );
      }
   }

   void fill( std::size_t n, char c )
   {
      char* p = room( n );
      std::memset( p, c, n );
      m_pos = p + n;
   }

   template< typename Int >
   void number( Int v )
   {
      char* p = room( 24 );
      m_pos = std::to_chars( p, p + 24, v ).ptr;
   }

   /// `"k":` (and a space when pretty).
   void key( const key_name& k, bool pretty )
   {
      char* p = room( key_name::block + 1 );
      std::memcpy( p, k.quoted.data(), key_name::block );
      p += k.quoted_size();
      if( pretty ) {
         *p++ = ' ';
      }
      m_pos = p;
   }

   /// A span object in the compact layout, at once (the most frequent object: every mention
   /// has a span).
   void span_compact( const span& s )
   {
      char* p = room( 4 * 20 + 2 * 10 + span_literals );
      const auto num = [ &p ]( auto v ) { p = std::to_chars( p, p + 20, v ).ptr; };
      p = copy( p, "{\"start\":" );
      num( s.start );
      p = copy( p, ",\"end\":" );
      num( s.end );
      p = copy( p, ",\"cp_start\":" );
      num( s.cp_start );
      p = copy( p, ",\"cp_end\":" );
      num( s.cp_end );
      p = copy( p, ",\"line\":" );
      num( s.line );
      p = copy( p, ",\"column\":" );
      num( s.column );
      *p++ = '}';
      m_pos = p;
   }

   /// `s` in quotes, with nlohmann's escapes (ensure_ascii off): '"', '\\' and control
   /// characters. Runs of other bytes are copied whole.
   void quoted( std::string_view s )
   {
      // the whole string checked at once (a text's letters are mostly multi-byte: checking each
      // where the escape search stops stopped it at every one)
      if( !detail::is_valid_utf8( s ) ) [[unlikely]] {
         invalid_utf8( detail::first_invalid_utf8( s ) );
      }
      put( '"' );
      const auto* const first = reinterpret_cast<const unsigned char*>( s.data() );
      const auto* const end = first + s.size();
      const auto* run = first;  // the bytes from here on are not copied yet
      for( const auto* p = first;; ) {
         p = next_special( p, end );
         if( p == end ) {
            break;
         }
         const unsigned char b = *p;
         append( reinterpret_cast<const char*>( run ), std::size_t( p - run ) );
         commit( write_escape( room( 6 ), b ) );
         run = ++p;
      }
      append( reinterpret_cast<const char*>( run ), std::size_t( end - run ) );
      put( '"' );
   }

   /// Ends the output: the string gets its size, the stream what is buffered.
   void finish()
   {
      if( m_string != nullptr ) {
         m_string->resize( std::size_t( m_pos - m_string->data() ) );
      }
      else {
         flush();
      }
   }

private:
   static constexpr std::size_t buffer_size = std::size_t( 1 ) << 16;

   [[noreturn]] void invalid_utf8( std::size_t at ) const
   {
      // every string comes from validated UTF-8 input: this is a bug in vanban
      throw error( error_code::internal, "cannot write JSON: invalid UTF-8 at byte " + std::to_string( at ) + " of a string", std::nullopt, std::string( m_source ) );
   }

   /// A buffer of `n` bytes, not filled: each document's writer has one, and zeroing 64 KiB
   /// cost more than writing a short document's JSON into it.
   void allocate( std::size_t n )
   {
      m_buffer = std::make_unique_for_overwrite<char[]>( n );
      m_capacity = n;
      m_pos = m_buffer.get();
      m_end = m_pos + n;
   }

   void flush()
   {
      const std::size_t used = std::size_t( m_pos - m_buffer.get() );
      if( used > 0 ) {
         m_stream->write( m_buffer.get(), std::streamsize( used ) );
      }
      m_pos = m_buffer.get();
   }

   void make_room( std::size_t n )
   {
      if( m_string != nullptr ) {
         const std::size_t used = std::size_t( m_pos - m_string->data() );
         m_string->resize( std::max( 2 * m_string->size(), used + n ) );
         m_pos = m_string->data() + used;
         m_end = m_string->data() + m_string->size();
         return;
      }
      flush();
      if( m_capacity < n ) {  // only a very deep indentation asks for this much at once
         allocate( n );
      }
   }

   void append_long( const char* s, std::size_t n )
   {
      if( m_string != nullptr ) {
         std::memcpy( room( n ), s, n );
         m_pos += n;
         return;
      }
      flush();
      if( n >= m_capacity ) {
         m_stream->write( s, std::streamsize( n ) );  // a long string goes to the stream as it is
         return;
      }
      std::memcpy( m_pos, s, n );
      m_pos += n;
   }

   std::string* m_string = nullptr;
   std::ostream* m_stream = nullptr;
   std::unique_ptr<char[]> m_buffer;
   std::size_t m_capacity = 0;
   char* m_pos = nullptr;
   char* m_end = nullptr;
   std::string_view m_source;  // for the error message
};

/// Counts the bytes `writer` would write (UTF-8 is checked by the writing pass).
class counter
{
public:
   explicit counter( std::string_view /*source*/ ) noexcept {}

   [[nodiscard]] std::size_t count() const noexcept { return m_count; }

   void put( char /*c*/ ) noexcept { ++m_count; }
   void append( const char* /*s*/, std::size_t n ) noexcept { m_count += n; }
   void fill( std::size_t n, char /*c*/ ) noexcept { m_count += n; }

   template< typename Int >
   void number( Int v ) noexcept
   {
      char buf[ 24 ];
      m_count += std::size_t( std::to_chars( buf, buf + sizeof buf, v ).ptr - buf );
   }

   void key( const key_name& k, bool pretty ) noexcept { m_count += k.quoted_size() + ( pretty ? 1 : 0 ); }

   void span_compact( const span& s ) noexcept
   {
      m_count += span_literals;
      number( s.start );
      number( s.end );
      number( s.cp_start );
      number( s.cp_end );
      number( s.line );
      number( s.column );
   }

   void quoted( std::string_view s ) noexcept
   {
      m_count += s.size() + 2;
      const auto* p = reinterpret_cast<const unsigned char*>( s.data() );
      const auto* const end = p + s.size();
      for( ;; ) {
         p = next_special( p, end );
         if( p == end ) {
            return;
         }
         m_count += escape_size( *p ) - 1;
         ++p;
      }
   }

   void finish() noexcept {}

private:
   std::size_t m_count = 0;
};

/// Writes JSON values into a sink (`writer` or `counter`): compact (indent < 0) or pretty, as
/// nlohmann's dump().
template< typename Sink >
class json_out
{
public:
   template< typename... Args >
   json_out( int indent, Args&&... args ) : m_out( std::forward<Args>( args )... ), m_indent( indent ) {}

   [[nodiscard]] Sink& sink() noexcept { return m_out; }

   void begin_object() { open( '{' ); }
   void end_object() { close( '}' ); }
   void begin_array() { open( '[' ); }
   void end_array() { close( ']' ); }

   void key( const key_name& k )
   {
      item();
      m_out.key( k, m_indent >= 0 );
      m_after_key = true;
   }

   void str( std::string_view s )
   {
      item();
      m_out.quoted( s );
   }

   void number( unsigned long long v )
   {
      item();
      m_out.number( v );
   }

   void number( long long v )
   {
      item();
      m_out.number( v );
   }

   void boolean( bool v )
   {
      item();
      v ? m_out.append( "true", 4 ) : m_out.append( "false", 5 );
   }

   void null()
   {
      item();
      m_out.append( "null", 4 );
   }

   // shorthands for "key": value
   void field( const key_name& k, std::string_view v )
   {
      key( k );
      str( v );
   }

   void field( const key_name& k, const std::string& v ) { field( k, std::string_view( v ) ); }
   void field( const key_name& k, const char* v ) { field( k, std::string_view( v ) ); }

   void field( const key_name& k, const std::optional<std::string>& v )
   {
      key( k );
      if( v ) {
         str( *v );
      }
      else {
         null();
      }
   }

   void field_date( const key_name& k, const std::optional<date>& d )
   {
      key( k );
      if( d ) {
         str( d->iso() );
      }
      else {
         null();
      }
   }

   void field( const key_name& k, const span& s )
   {
      key( k );
      span_value( s );
   }

   void field( const key_name& k, const std::optional<span>& s )
   {
      if( s ) {
         field( k, *s );
      }
      else {
         key( k );
         null();
      }
   }

   void field( const key_name& k, const std::vector<std::string>& v )
   {
      key( k );
      begin_array();
      for( const auto& s : v ) {
         str( s );
      }
      end_array();
   }

   void span_value( const span& s )
   {
      if( m_indent < 0 ) {
         item();
         m_out.span_compact( s );
         m_first = false;  // as end_object() leaves it
         return;
      }
      begin_object();
      key( "start" );
      number( static_cast<unsigned long long>( s.start ) );
      key( "end" );
      number( static_cast<unsigned long long>( s.end ) );
      key( "cp_start" );
      number( static_cast<unsigned long long>( s.cp_start ) );
      key( "cp_end" );
      number( static_cast<unsigned long long>( s.cp_end ) );
      key( "line" );
      number( static_cast<unsigned long long>( s.line ) );
      key( "column" );
      number( static_cast<unsigned long long>( s.column ) );
      end_object();
   }

private:
   /// Before a value or key: the comma and line break that separate it from the one before.
   void item()
   {
      if( m_after_key ) {
         m_after_key = false;
         return;
      }
      if( m_depth == 0 ) {
         return;
      }
      if( !m_first ) {
         m_out.put( ',' );
      }
      if( m_indent >= 0 ) {
         newline();
      }
      m_first = false;
   }

   void newline()
   {
      m_out.put( '\n' );
      m_out.fill( std::size_t( m_indent ) * m_depth, ' ' );
   }

   void open( char c )
   {
      item();
      m_out.put( c );
      ++m_depth;
      m_first = true;
   }

   void close( char c )
   {
      --m_depth;
      if( !m_first && m_indent >= 0 ) {
         newline();
      }
      m_out.put( c );
      m_first = false;  // the enclosing container has this one as an element
   }

   Sink m_out;
   int m_indent;
   std::size_t m_depth = 0;
   bool m_first = true;       // no element yet in the innermost open container
   bool m_after_key = false;  // a key was written: the value follows without separator
};

template< typename J >
void issuer_detail( J& j, const std::optional<issuer>& i )
{
   j.key( "issuer_detail" );
   if( !i ) {
      j.null();
      return;
   }
   j.begin_object();
   j.field( "name", i->name );
   j.field( "members", i->members );
   j.field( "place", i->place );
   j.field( "successor", i->successor );
   j.field( "code", i->code );
   j.field( "span", i->span );
   j.end_object();
}

template< typename J >
void issuer_name( J& j, const std::optional<issuer>& i )
{
   j.key( "issuer" );
   if( i ) {
      j.str( i->name );
   }
   else {
      j.null();
   }
}

template< typename J >
void citation_j( J& j, const citation& c )
{
   j.begin_object();
   j.field( "id", c.id );
   j.field( "type", c.type );
   j.field( "number", c.number );
   j.field( "numbering", to_string( c.numbering ) );
   j.field_date( "date", c.date );
   issuer_name( j, c.issuer );
   issuer_detail( j, c.issuer );
   j.field( "name", c.name );
   j.field( "term", c.term );
   j.field( "title", c.title );
   j.field( "pinpoint", c.pinpoint );
   j.key( "relation" );
   if( c.relation ) {
      j.str( to_string( *c.relation ) );
   }
   else {
      j.null();
   }
   j.key( "cue" );
   if( c.cue ) {
      j.begin_object();
      j.field( "relation", to_string( c.cue->relation ) );
      j.field( "text", c.cue->text );
      j.field( "span", c.cue->span );
      j.end_object();
   }
   else {
      j.null();
   }
   j.field( "text", c.text );
   j.field( "span", c.span );
   j.end_object();
}

template< typename J >
void spans_j( J& j, const key_name& k, const std::vector<span>& spans )
{
   j.key( k );
   j.begin_array();
   for( const auto& s : spans ) {
      j.span_value( s );
   }
   j.end_array();
}

template< typename J >
void document_j( J& j, const document_info& d )
{
   j.begin_object();
   j.field( "id", d.id );
   j.field( "type", d.type );
   j.field( "number", d.number );
   j.field_date( "date", d.date );
   issuer_name( j, d.issuer );
   issuer_detail( j, d.issuer );
   j.field( "place", d.place );
   j.field( "title", d.title );
   j.field( "title_original", d.title_original );
   j.field( "recipients", d.recipients );
   j.key( "signers" );
   j.begin_array();
   for( const auto& s : d.signers ) {
      j.begin_object();
      j.field( "name", s.name );
      j.field( "position", s.position );
      j.field( "authority", s.authority );
      j.field( "span", s.span );
      j.end_object();
   }
   j.end_array();
   spans_j( j, "basis", d.basis );
   spans_j( j, "proposals", d.proposals );
   j.field( "span", d.span );
   j.field( "type_span", d.type_span );
   j.field( "number_span", d.number_span );
   j.field( "date_span", d.date_span );
   j.field( "place_span", d.place_span );
   j.field( "title_span", d.title_span );
   spans_j( j, "recipient_spans", d.recipient_spans );
   j.end_object();
}

template< typename J >
void article_j( J& j, const article_info& a )
{
   j.begin_object();
   j.field( "title", a.title );
   j.field_date( "date", a.date );
   j.field( "author", a.author );
   j.field( "title_span", a.title_span );
   j.field( "date_span", a.date_span );
   j.field( "author_span", a.author_span );
   j.end_object();
}

template< typename J >
void structure_j( J& j, const std::vector<section>& nodes )
{
   // depth first over the flat array with an explicit stack: (node, next child to write)
   j.begin_array();
   std::vector<std::pair<std::size_t, std::size_t>> stack;
   const auto open = [ & ]( std::size_t k ) {
      const section& s = nodes[ k ];
      j.begin_object();
      j.field( "kind", to_string( s.kind ) );
      j.field( "number", s.number );
      j.field( "heading", s.heading );
      j.field( "span", s.span );
      j.key( "children" );
      j.begin_array();
      stack.emplace_back( k, 0 );
   };
   for( std::size_t top = 0; top < nodes.size(); ++top ) {
      if( nodes[ top ].parent != section::npos ) {
         continue;
      }
      open( top );
      while( !stack.empty() ) {
         auto& [ k, next ] = stack.back();
         const auto& children = nodes[ k ].children;
         if( next < children.size() ) {
            const std::size_t c = children[ next++ ];
            open( c );  // invalidates k, next: the loop reads the back again
            continue;
         }
         j.end_array();
         j.end_object();
         stack.pop_back();
      }
   }
   j.end_array();
}

template< typename J >
void graph_j( J& j, const graph& g )
{
   j.begin_object();
   j.key( "nodes" );
   j.begin_array();
   for( const auto& n : g.nodes ) {
      j.begin_object();
      j.field( "id", n.id );
      j.field( "kind", to_string( n.kind ) );
      j.field( "label", n.label );
      if( n.kind == node_kind::document ) {
         j.field( "type", n.type );
         j.field( "number", n.number );
         j.field_date( "date", n.date );
         j.key( "subject" );
         j.boolean( n.subject );
      }
      else if( n.kind == node_kind::body ) {
         j.field( "place", n.place );
      }
      j.end_object();
   }
   j.end_array();
   j.key( "edges" );
   j.begin_array();
   for( const auto& e : g.edges ) {
      j.begin_object();
      j.field( "from", e.from );
      j.field( "to", e.to );
      j.field( "kind", to_string( e.kind ) );
      j.key( "evidence" );
      j.begin_array();
      for( const auto& x : e.evidence ) {
         j.begin_object();
         j.field( "source", x.source );
         j.field( "mention", x.mention );
         j.field( "cue", x.cue );
         j.end_object();
      }
      j.end_array();
      j.end_object();
   }
   j.end_array();
   j.end_object();
}

template< typename J >
void document_json( J& j, const document& doc )
{
   j.begin_object();
   j.field( "schema_version", "1" );
   j.field( "generator", "vanban " + std::string( version ) );
   j.field( "source", doc.source );
   j.key( "article" );
   if( doc.article ) {
      article_j( j, *doc.article );
   }
   else {
      j.null();
   }
   j.key( "document" );
   if( doc.info ) {
      document_j( j, *doc.info );
   }
   else {
      j.null();
   }
   j.key( "citations" );
   j.begin_array();
   for( const auto& c : doc.citations ) {
      citation_j( j, c );
   }
   j.end_array();
   j.key( "dates" );
   j.begin_array();
   for( const auto& d : doc.dates ) {
      j.begin_object();
      j.field( "value", d.value.iso() );
      j.field( "text", d.text );
      j.field( "span", d.span );
      j.end_object();
   }
   j.end_array();
   j.key( "bodies" );
   j.begin_array();
   for( const auto& b : doc.bodies ) {
      j.begin_object();
      j.field( "name", b.body.name );
      j.field( "place", b.body.place );
      j.field( "successor", b.body.successor );
      j.field( "text", b.text );
      j.field( "span", b.span );
      j.end_object();
   }
   j.end_array();
   j.key( "structure" );
   structure_j( j, doc.structure );
   j.key( "graph" );
   graph_j( j, doc.graph );
   j.key( "diagnostics" );
   j.begin_array();
   for( const auto& d : doc.diagnostics ) {
      j.begin_object();
      j.field( "code", d.code );
      j.field( "severity", to_string( d.severity ) );
      j.field( "message", d.message );
      j.field( "span", d.span );
      j.end_object();
   }
   j.end_array();
   j.end_object();
}


}  // namespace

std::string to_json( const document& doc, const json_options& opts )
{
   const int indent = opts.indent < 0 ? -1 : opts.indent;
   const std::string_view source = doc.source ? std::string_view( *doc.source ) : std::string_view();
   json_out<counter> count( indent, source );
   document_json( count, doc );
   std::string out;
   out.reserve( count.sink().count() + writer::slack );  // also room for the line break a caller adds
   json_out<writer> j( indent, out, count.sink().count(), source );
   document_json( j, doc );
   j.sink().finish();
   return out;
}

void write_json( std::ostream& out, const document& doc, const json_options& opts )
{
   // one pass, straight to the stream: the JSON of a long text is never held whole
   const int indent = opts.indent < 0 ? -1 : opts.indent;
   const std::string_view source = doc.source ? std::string_view( *doc.source ) : std::string_view();
   json_out<writer> j( indent, out, source );
   document_json( j, doc );
   j.sink().finish();
}

}  // namespace vanban
