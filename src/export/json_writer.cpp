// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The JSON of a document (docs/schema.md, schema_version "1"), written straight into the output
// string in a fixed key order, so outputs are stable byte for byte. The layout and escaping are
// those of nlohmann_json's dump() (which wrote this output before; tests/unit/export checks that
// parsing and dumping it again with nlohmann gives the same bytes): building a JSON DOM first
// cost a fifth of the whole run and several times the output's size in memory. The body tree is
// written from the flat node array with an explicit stack, never recursively.

#include <charconv>
#include <ostream>
#include <string_view>
#include <vector>

#include <vanban/error.hpp>
#include <vanban/json.hpp>
#include <vanban/version.hpp>

#include "normalize/normalize.hpp"

namespace vanban {
namespace {

/// Where the writer's bytes go: a string, a stream (through a small buffer, so a long document's
/// JSON is never held whole), or nowhere but counted (the first of two passes of `to_json`, so
/// the string is allocated once at its final size: growing it by doubling held up to three
/// times the output at once, the largest part of the peak memory on a long text).
class sink
{
public:
   explicit sink( std::string* out ) noexcept : m_out( out ) {}
   explicit sink( std::ostream& stream ) : m_out( &m_buffer ), m_stream( &stream ) { m_buffer.reserve( flush_at + 4096 ); }
   sink( const sink& ) = delete;  // m_out may point into the sink itself
   sink& operator=( const sink& ) = delete;

   [[nodiscard]] std::size_t count() const noexcept { return m_count; }

   void operator+=( char c )
   {
      m_out ? void( *m_out += c ) : void( ++m_count );
   }
   void operator+=( std::string_view s ) { append( s.data(), s.size() ); }
   void operator+=( const char* s ) { append( s, std::char_traits<char>::length( s ) ); }
   void append( const char* first, const char* last ) { append( first, std::size_t( last - first ) ); }
   void append( const char* s, std::size_t n )
   {
      m_out ? void( m_out->append( s, n ) ) : void( m_count += n );
      spill();
   }
   void append( std::size_t n, char c )
   {
      m_out ? void( m_out->append( n, c ) ) : void( m_count += n );
      spill();
   }

   /// Writes what the buffer holds to the stream (stream mode).
   void flush()
   {
      if( m_stream != nullptr && !m_buffer.empty() ) {
         m_stream->write( m_buffer.data(), std::streamsize( m_buffer.size() ) );
         m_buffer.clear();
      }
   }

private:
   static constexpr std::size_t flush_at = std::size_t( 1 ) << 16;

   // single characters never spill: the next append does
   void spill()
   {
      if( m_stream != nullptr && m_buffer.size() >= flush_at ) {
         flush();
      }
   }

   std::string* m_out;
   std::string m_buffer;
   std::ostream* m_stream = nullptr;
   std::size_t m_count = 0;
};

/// Writes JSON values into a sink: compact (indent < 0) or pretty, as nlohmann's dump().
class json_out
{
public:
   json_out( std::string* out, int indent, std::string_view source ) noexcept : m_out( out ), m_indent( indent ), m_source( source ) {}
   json_out( std::ostream& out, int indent, std::string_view source ) : m_out( out ), m_indent( indent ), m_source( source ) {}

   /// Writes what is buffered to the stream (stream mode).
   void flush() { m_out.flush(); }

   /// Bytes written (or counted).
   [[nodiscard]] std::size_t count() const noexcept { return m_out.count(); }

   void begin_object() { open( '{' ); }
   void end_object() { close( '}' ); }
   void begin_array() { open( '[' ); }
   void end_array() { close( ']' ); }

   void key( std::string_view k )
   {
      item();
      quoted( k );
      if( m_indent >= 0 ) {
         m_out += ": ";
      }
      else {
         m_out += ':';
      }
      m_after_key = true;
   }

   void str( std::string_view s )
   {
      item();
      quoted( s );
   }

   void number( unsigned long long v )
   {
      item();
      char buf[ 24 ];
      const auto r = std::to_chars( buf, buf + sizeof buf, v );
      m_out.append( buf, r.ptr );
   }

   void number( long long v )
   {
      item();
      char buf[ 24 ];
      const auto r = std::to_chars( buf, buf + sizeof buf, v );
      m_out.append( buf, r.ptr );
   }

   void boolean( bool v )
   {
      item();
      m_out += v ? "true" : "false";
   }

   void null()
   {
      item();
      m_out += "null";
   }

   // shorthands for "key": value
   void field( std::string_view k, std::string_view v )
   {
      key( k );
      str( v );
   }

   void field( std::string_view k, const std::string& v ) { field( k, std::string_view( v ) ); }
   void field( std::string_view k, const char* v ) { field( k, std::string_view( v ) ); }

   void field( std::string_view k, const std::optional<std::string>& v )
   {
      key( k );
      if( v ) {
         str( *v );
      }
      else {
         null();
      }
   }

   void field_date( std::string_view k, const std::optional<date>& d )
   {
      key( k );
      if( d ) {
         str( d->iso() );
      }
      else {
         null();
      }
   }

   void field( std::string_view k, const span& s )
   {
      key( k );
      span_value( s );
   }

   void field( std::string_view k, const std::optional<span>& s )
   {
      if( s ) {
         field( k, *s );
      }
      else {
         key( k );
         null();
      }
   }

   void field( std::string_view k, const std::vector<std::string>& v )
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
         m_out += ',';
      }
      if( m_indent >= 0 ) {
         m_out += '\n';
         m_out.append( std::size_t( m_indent ) * m_depth, ' ' );
      }
      m_first = false;
   }

   void open( char c )
   {
      item();
      m_out += c;
      ++m_depth;
      m_first = true;
   }

   void close( char c )
   {
      --m_depth;
      if( !m_first && m_indent >= 0 ) {
         m_out += '\n';
         m_out.append( std::size_t( m_indent ) * m_depth, ' ' );
      }
      m_out += c;
      m_first = false;  // the enclosing container has this one as an element
   }

   /// A string with nlohmann's escapes (ensure_ascii off): '"', '\\' and control characters.
   void quoted( std::string_view s )
   {
      m_out += '"';
      std::size_t run = 0;  // start of the bytes not yet copied
      for( std::size_t i = 0; i < s.size(); ) {
         const auto b = static_cast<unsigned char>( s[ i ] );
         if( b >= 0x80 ) {
            const std::size_t n = detail::valid_sequence( s, i );
            if( n == 0 ) {
               // every string comes from validated UTF-8 input: this is a bug in vanban
               throw error( error_code::internal, "cannot write JSON: invalid UTF-8 at byte " + std::to_string( i ) + " of a string", std::nullopt, std::string( m_source ) );
            }
            i += n;
            continue;
         }
         if( b >= 0x20 && b != '"' && b != '\\' ) {
            ++i;
            continue;
         }
         m_out.append( s.data() + run, i - run );
         switch( b ) {
            case '"':
               m_out += "\\\"";
               break;
            case '\\':
               m_out += "\\\\";
               break;
            case '\b':
               m_out += "\\b";
               break;
            case '\f':
               m_out += "\\f";
               break;
            case '\n':
               m_out += "\\n";
               break;
            case '\r':
               m_out += "\\r";
               break;
            case '\t':
               m_out += "\\t";
               break;
            default: {
               constexpr std::string_view hex = "0123456789abcdef";
               m_out += "\\u00";
               m_out += hex[ b >> 4 ];
               m_out += hex[ b & 0xF ];
            }
         }
         run = ++i;
      }
      m_out.append( s.data() + run, s.size() - run );
      m_out += '"';
   }

   sink m_out;
   int m_indent;
   std::string_view m_source;  // for the error message
   std::size_t m_depth = 0;
   bool m_first = true;       // no element yet in the innermost open container
   bool m_after_key = false;  // a key was written: the value follows without separator
};

void issuer_detail( json_out& j, const std::optional<issuer>& i )
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

void issuer_name( json_out& j, const std::optional<issuer>& i )
{
   j.key( "issuer" );
   if( i ) {
      j.str( i->name );
   }
   else {
      j.null();
   }
}

void citation_j( json_out& j, const citation& c )
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

void spans_j( json_out& j, std::string_view k, const std::vector<span>& spans )
{
   j.key( k );
   j.begin_array();
   for( const auto& s : spans ) {
      j.span_value( s );
   }
   j.end_array();
}

void document_j( json_out& j, const document_info& d )
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

void article_j( json_out& j, const article_info& a )
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

void structure_j( json_out& j, const std::vector<section>& nodes )
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

void graph_j( json_out& j, const graph& g )
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

void document_json( json_out& j, const document& doc )
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
   json_out counter( nullptr, indent, source );
   document_json( counter, doc );
   std::string out;
   out.reserve( counter.count() + 1 );  // + 1: room for the line break a caller adds
   json_out j( &out, indent, source );
   document_json( j, doc );
   return out;
}

void write_json( std::ostream& out, const document& doc, const json_options& opts )
{
   // one pass, straight to the stream: the JSON of a long text is never held whole
   const int indent = opts.indent < 0 ? -1 : opts.indent;
   const std::string_view source = doc.source ? std::string_view( *doc.source ) : std::string_view();
   json_out j( out, indent, source );
   document_json( j, doc );
   j.flush();
}

}  // namespace vanban
