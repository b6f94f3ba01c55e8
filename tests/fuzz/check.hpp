// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_TESTS_FUZZ_CHECK_HPP
#define VANBAN_TESTS_FUZZ_CHECK_HPP

// What every fuzz target checks besides "no crash": the invariants of docs/schema.md (spans
// inside the input, start <= end, code-point offsets, line and column consistent with the byte
// offsets, `text` equal to the input's slice), checked on the typed document and, independently,
// on its JSON re-parsed. A violation aborts with a message, which libFuzzer reports as a crash
// and the replay driver (replay_main.cpp) as a failed test.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <vanban/vanban.hpp>

#include "model/spans.hpp"
#include "normalize/normalize.hpp"

namespace vanban::fuzz {

[[noreturn]] inline void fail( const char* file, int line, const std::string& what )
{
   std::fprintf( stderr, "%s:%d: fuzz invariant violated: %s\n", file, line, what.c_str() );
   std::fflush( stderr );
   std::abort();
}

#define VANBAN_FUZZ_CHECK( cond, what )                              \
   do {                                                              \
      if( !( cond ) ) {                                              \
         ::vanban::fuzz::fail( __FILE__, __LINE__, #cond ": " + std::string( what ) ); \
      }                                                              \
   } while( false )

/// Reads the options a fuzz input starts with: one byte of flags, then the text.
struct options_byte {
   unsigned char bits = 0;
   std::string_view rest;

   explicit options_byte( std::string_view data ) noexcept
   {
      if( !data.empty() ) {
         bits = static_cast<unsigned char>( data[ 0 ] );
         rest = data.substr( 1 );
      }
   }
   [[nodiscard]] bool bit( unsigned k ) const noexcept { return ( bits >> k ) & 1u; }
   [[nodiscard]] unsigned field( unsigned k, unsigned width ) const noexcept { return ( bits >> k ) & ( ( 1u << width ) - 1u ); }
};

/// Where every byte offset of a text is, computed independently of src/model/spans.cpp: the
/// code-point count as Python's `bytes.decode("utf-8", "replace")` gives it (a valid sequence is
/// one code point, and so is each maximal ill-formed subpart, Unicode §3.9), the line (LF, CRLF
/// and a lone CR end a line) and the column in code points.
class text_index {
public:
   explicit text_index( std::string_view text )
      : m_cp( text.size() + 1 ),
        m_line( text.size() + 1 ),
        m_column( text.size() + 1 ),
        m_boundary( text.size() + 1, false )
   {
      std::size_t cp = 0;
      std::size_t line = 1;
      std::size_t line_start = 0;
      std::size_t i = 0;
      while( i < text.size() ) {
         std::size_t len = detail::valid_sequence( text, i );
         if( len == 0 ) {
            len = detail::invalid_length( text, i );
         }
         for( std::size_t k = 0; k < len; ++k ) {
            m_cp[ i + k ] = cp;
            m_line[ i + k ] = line;
            m_column[ i + k ] = cp - line_start + 1;
         }
         m_boundary[ i ] = true;
         ++cp;
         if( text[ i ] == '\n' || ( text[ i ] == '\r' && ( i + 1 == text.size() || text[ i + 1 ] != '\n' ) ) ) {
            ++line;
            line_start = cp;
         }
         i += len;
      }
      m_cp[ text.size() ] = cp;
      m_line[ text.size() ] = line;
      m_column[ text.size() ] = cp - line_start + 1;
      m_boundary[ text.size() ] = true;
   }

   [[nodiscard]] std::size_t size() const noexcept { return m_cp.size() - 1; }
   [[nodiscard]] bool boundary( std::size_t b ) const noexcept { return b <= size() && m_boundary[ b ]; }
   [[nodiscard]] std::size_t cp( std::size_t b ) const noexcept { return m_cp[ b ]; }
   [[nodiscard]] std::size_t line( std::size_t b ) const noexcept { return m_line[ b ]; }
   [[nodiscard]] std::size_t column( std::size_t b ) const noexcept { return m_column[ b ]; }

private:
   std::vector<std::size_t> m_cp;
   std::vector<std::size_t> m_line;
   std::vector<std::size_t> m_column;
   std::vector<bool> m_boundary;
};

inline std::string describe( const span& s )
{
   return "span [" + std::to_string( s.start ) + "," + std::to_string( s.end ) + ") cp [" + std::to_string( s.cp_start ) + "," + std::to_string( s.cp_end ) + ") at " + std::to_string( s.line ) + ":" + std::to_string( s.column );
}

/// One span against the text it points into.
inline void check_span( const span& s, const text_index& ix, std::string_view where )
{
   const std::string what = std::string( where ) + ": " + describe( s ) + " in " + std::to_string( ix.size() ) + " bytes";
   VANBAN_FUZZ_CHECK( s.start <= s.end, what );
   VANBAN_FUZZ_CHECK( s.end <= ix.size(), what );
   VANBAN_FUZZ_CHECK( ix.boundary( s.start ), what + " (start inside a code point)" );
   VANBAN_FUZZ_CHECK( ix.boundary( s.end ), what + " (end inside a code point)" );
   VANBAN_FUZZ_CHECK( s.cp_start == ix.cp( s.start ), what + " (expected cp_start " + std::to_string( ix.cp( s.start ) ) + ")" );
   VANBAN_FUZZ_CHECK( s.cp_end == ix.cp( s.end ), what + " (expected cp_end " + std::to_string( ix.cp( s.end ) ) + ")" );
   VANBAN_FUZZ_CHECK( s.line == ix.line( s.start ), what + " (expected line " + std::to_string( ix.line( s.start ) ) + ")" );
   VANBAN_FUZZ_CHECK( s.column == ix.column( s.start ), what + " (expected column " + std::to_string( ix.column( s.start ) ) + ")" );
}

/// Every span of `doc` (the model's list: detail::for_each_span) against `source`, the text its
/// spans point into; with `slices`, every `text` is the source's bytes under its span.
inline void check_document( const document& doc, std::string_view source, bool slices )
{
   const text_index ix( source );
   document copy = doc;  // for_each_span visits mutable spans
   detail::for_each_span( copy, [ & ]( span& s ) { check_span( s, ix, "span" ); } );
   const auto slice_is = [ & ]( const std::string& text, const span& s, const char* what ) {
      if( slices && s.end <= source.size() && s.start <= s.end ) {
         VANBAN_FUZZ_CHECK( text == source.substr( s.start, s.end - s.start ), std::string( what ) + " text '" + text + "' differs from the input at " + describe( s ) );
      }
   };
   for( const auto& c : doc.citations ) {
      slice_is( c.text, c.span, "citation" );
      VANBAN_FUZZ_CHECK( !c.text.empty(), "empty citation at " + describe( c.span ) );
      VANBAN_FUZZ_CHECK( !c.id.empty(), "citation without id at " + describe( c.span ) );
      if( c.cue ) {
         slice_is( c.cue->text, c.cue->span, "cue" );
      }
   }
   for( const auto& d : doc.dates ) {
      slice_is( d.text, d.span, "date" );
   }
   for( const auto& b : doc.bodies ) {
      slice_is( b.text, b.span, "body" );
   }
   const auto in_order = []( const auto& v, const char* what ) {
      for( std::size_t k = 1; k < v.size(); ++k ) {
         VANBAN_FUZZ_CHECK( v[ k - 1 ].span.start <= v[ k ].span.start, std::string( what ) + " out of text order at " + describe( v[ k ].span ) );
      }
   };
   in_order( doc.citations, "citations" );
   in_order( doc.dates, "dates" );
   in_order( doc.bodies, "bodies" );
   in_order( doc.diagnostics, "diagnostics" );
   // the body tree: links agree, parents first, children inside their parent, in order
   const auto& nodes = doc.structure;
   for( std::size_t k = 0; k < nodes.size(); ++k ) {
      const section& n = nodes[ k ];
      if( n.parent != section::npos ) {
         VANBAN_FUZZ_CHECK( n.parent < k, "structure node " + std::to_string( k ) + " before its parent" );
         const section& p = nodes[ n.parent ];
         VANBAN_FUZZ_CHECK( std::count( p.children.begin(), p.children.end(), std::uint32_t( k ) ) == 1, "structure node " + std::to_string( k ) + " not once among its parent's children" );
         VANBAN_FUZZ_CHECK( p.span.start <= n.span.start && n.span.end <= p.span.end, "structure node " + describe( n.span ) + " outside its parent " + describe( p.span ) );
      }
      for( std::size_t c = 0; c < n.children.size(); ++c ) {
         VANBAN_FUZZ_CHECK( n.children[ c ] < nodes.size() && nodes[ n.children[ c ] ].parent == k, "structure child link of node " + std::to_string( k ) );
         VANBAN_FUZZ_CHECK( c == 0 || nodes[ n.children[ c - 1 ] ].span.start <= nodes[ n.children[ c ] ].span.start, "structure children out of order under " + describe( n.span ) );
      }
   }
   if( doc.info ) {
      VANBAN_FUZZ_CHECK( doc.info->recipients.size() == doc.info->recipient_spans.size(), "recipients and recipient_spans differ in length" );
   }
   // the graph: unique node ids, edges between nodes, one edge per (from, to, kind)
   std::vector<std::string> ids;
   for( const auto& n : doc.graph.nodes ) {
      ids.push_back( n.id );
   }
   std::sort( ids.begin(), ids.end() );
   VANBAN_FUZZ_CHECK( std::adjacent_find( ids.begin(), ids.end() ) == ids.end(), "graph node ids repeat" );
   std::vector<std::string> keys;
   for( const auto& e : doc.graph.edges ) {
      VANBAN_FUZZ_CHECK( std::binary_search( ids.begin(), ids.end(), e.from ), "edge from unknown node " + e.from );
      VANBAN_FUZZ_CHECK( std::binary_search( ids.begin(), ids.end(), e.to ), "edge to unknown node " + e.to );
      keys.push_back( e.from + '\n' + e.to + '\n' + std::string( to_string( e.kind ) ) );
   }
   std::sort( keys.begin(), keys.end() );
   VANBAN_FUZZ_CHECK( std::adjacent_find( keys.begin(), keys.end() ) == keys.end(), "graph edge repeats" );
}

using ojson = nlohmann::ordered_json;

/// A span object of the JSON against the typed one and the text.
inline void check_json_span( const ojson& j, const text_index& ix, const std::string& path )
{
   static constexpr const char* keys[] = { "start", "end", "cp_start", "cp_end", "line", "column" };
   VANBAN_FUZZ_CHECK( j.is_object() && j.size() == 6, path + ": a span has exactly six keys" );
   std::size_t k = 0;
   for( auto it = j.begin(); it != j.end(); ++it, ++k ) {
      VANBAN_FUZZ_CHECK( it.key() == keys[ k ], path + ": span key " + it.key() + " out of order" );
      VANBAN_FUZZ_CHECK( it.value().is_number_unsigned(), path + "." + it.key() + " is not an unsigned integer" );
   }
   span s;
   s.start = j[ "start" ].get<std::size_t>();
   s.end = j[ "end" ].get<std::size_t>();
   s.cp_start = j[ "cp_start" ].get<std::size_t>();
   s.cp_end = j[ "cp_end" ].get<std::size_t>();
   s.line = j[ "line" ].get<std::uint32_t>();
   s.column = j[ "column" ].get<std::uint32_t>();
   check_span( s, ix, path );
}

/// The JSON of `doc` re-parsed: valid JSON (hence valid UTF-8), the top-level keys of
/// docs/schema.md in their order, and every span object in it (found by walking the whole tree,
/// without trusting the model's span list) consistent with `source`; with `slices`, every
/// object with `text` and `span` has the source's bytes as its text.
inline ojson check_json( const std::string& json, std::string_view source, bool slices )
{
   ojson j = ojson::parse( json, nullptr, false );  // one parse: the checks are the fuzzers' hot path
   VANBAN_FUZZ_CHECK( !j.is_discarded(), "to_json wrote invalid JSON" );
   static constexpr const char* top[] = { "schema_version", "generator", "source", "article", "document", "citations", "dates", "bodies", "structure", "graph", "diagnostics" };
   VANBAN_FUZZ_CHECK( j.is_object() && j.size() == std::size( top ), "top-level keys" );
   std::size_t k = 0;
   for( auto it = j.begin(); it != j.end(); ++it, ++k ) {
      VANBAN_FUZZ_CHECK( it.key() == top[ k ], "top-level key " + it.key() + " out of order" );
   }
   VANBAN_FUZZ_CHECK( j[ "schema_version" ] == "1", "schema_version" );
   for( const char* list : { "citations", "dates", "bodies", "structure", "diagnostics" } ) {
      VANBAN_FUZZ_CHECK( j[ list ].is_array(), std::string( list ) + " is not an array" );
   }
   const text_index ix( source );
   // an explicit stack: the JSON's depth is the document's to choose
   struct item {
      const ojson* v;
      std::string path;
      const char* key;
   };
   std::vector<item> stack{ { &j, "$", "" } };
   while( !stack.empty() ) {
      const item it = std::move( stack.back() );
      stack.pop_back();
      const ojson& v = *it.v;
      if( v.is_object() ) {
         const bool is_span = v.contains( "cp_start" );
         if( is_span ) {
            check_json_span( v, ix, it.path );
            continue;
         }
         if( slices && v.contains( "text" ) && v.contains( "span" ) && v[ "text" ].is_string() && v[ "span" ].is_object() ) {
            const auto s = v[ "span" ][ "start" ].get<std::size_t>();
            const auto e = v[ "span" ][ "end" ].get<std::size_t>();
            VANBAN_FUZZ_CHECK( s <= e && e <= source.size() && v[ "text" ].get<std::string>() == source.substr( s, e - s ), it.path + ".text is not the input under its span" );
         }
         for( auto c = v.begin(); c != v.end(); ++c ) {
            stack.push_back( { &c.value(), it.path + "." + c.key(), nullptr } );
         }
      }
      else if( v.is_array() ) {
         for( std::size_t i = 0; i < v.size(); ++i ) {
            stack.push_back( { &v[ i ], it.path + "[" + std::to_string( i ) + "]", nullptr } );
         }
      }
   }
   // the graph's edges name its nodes
   std::vector<std::string> ids;
   for( const auto& n : j[ "graph" ][ "nodes" ] ) {
      ids.push_back( n[ "id" ].get<std::string>() );
   }
   std::sort( ids.begin(), ids.end() );
   for( const auto& e : j[ "graph" ][ "edges" ] ) {
      VANBAN_FUZZ_CHECK( std::binary_search( ids.begin(), ids.end(), e[ "from" ].get<std::string>() ) && std::binary_search( ids.begin(), ids.end(), e[ "to" ].get<std::string>() ), "JSON edge between unknown nodes" );
   }
   for( const auto& c : j[ "citations" ] ) {
      const auto& rel = c[ "relation" ];
      VANBAN_FUZZ_CHECK( rel.is_null() || relation_from_string( rel.get<std::string>() ).has_value(), "unknown relation" );
   }
   return j;
}

/// Calls `f`, turning anything but a `vanban::error` into a report: no other exception may
/// leave the library. Returns the error's code, or nothing when `f` returned.
template< typename F >
std::optional<error_code> guarded( F&& f, std::string_view input )
{
   try {
      f();
      return std::nullopt;
   }
   catch( const error& e ) {
      VANBAN_FUZZ_CHECK( e.code() != error_code::internal, std::string( "internal error: " ) + e.what() );
      VANBAN_FUZZ_CHECK( !e.message().empty(), "error without a message" );
      if( e.where() ) {
         VANBAN_FUZZ_CHECK( e.where()->byte <= input.size(), "error position past the input" );
         VANBAN_FUZZ_CHECK( e.where()->line >= 1 && e.where()->column >= 1, "error position without line or column" );
      }
      return e.code();
   }
   catch( const std::exception& e ) {
      fail( __FILE__, __LINE__, std::string( "an exception that is not vanban::error escaped: " ) + e.what() );
   }
   catch( ... ) {
      fail( __FILE__, __LINE__, "a non-standard exception escaped" );
   }
}

}  // namespace vanban::fuzz

#endif
