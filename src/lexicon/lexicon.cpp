// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include <unicode/uchar.h>

#include "../text/latin_table.hpp"
#include "../text/swar.hpp"
#include "../text/utf8.hpp"

namespace vanban::lexicon {
namespace data {
using lexicon::confusable;
using lexicon::cue_row;
using lexicon::doc_type_row;
using lexicon::issuer_code_row;
using lexicon::key;
using lexicon::name_row;
using lexicon::province_row;
using lexicon::signer_prefix_row;
using lexicon::tone_pair;
using lexicon::type_code_row;
using lexicon::body_row;
using lexicon::org_head_row;
using lexicon::issuing_verb_row;
using lexicon::naming;
using lexicon::placing;
using lexicon::system;
using vanban::relation;
#include "vanban/lexicon/lexicon_data.inc"
}  // namespace data

const table<doc_type_row>& doc_types() noexcept
{
   static const key_trie f( data::doc_type_keys );
   static constexpr table<doc_type_row> t{ data::doc_type_keys, data::doc_type_rows, &f };
   return t;
}

const key_table& doc_types_cased() noexcept
{
   static const key_trie f( data::doc_type_cased_keys );
   static constexpr key_table t{ data::doc_type_cased_keys, &f };
   return t;
}

const table<type_code_row>& type_codes() noexcept
{
   static const key_trie f( data::type_code_keys );
   static constexpr table<type_code_row> t{ data::type_code_keys, data::type_code_rows, &f };
   return t;
}

const table<body_row>& bodies() noexcept
{
   static const key_trie f( data::body_keys );
   static constexpr table<body_row> t{ data::body_keys, data::body_rows, &f };
   return t;
}

const key_table& bodies_folded() noexcept
{
   static const key_trie f( data::body_folded_keys );
   static constexpr key_table t{ data::body_folded_keys, &f };
   return t;
}

const table<org_head_row>& org_heads() noexcept
{
   static const key_trie f( data::org_head_keys );
   static constexpr table<org_head_row> t{ data::org_head_keys, data::org_head_rows, &f };
   return t;
}

const key_table& holder_titles() noexcept
{
   static const key_trie f( data::holder_title_keys );
   static constexpr key_table t{ data::holder_title_keys, &f };
   return t;
}

const key_table& name_stops() noexcept
{
   static const key_trie f( data::name_stop_keys );
   static constexpr key_table t{ data::name_stop_keys, &f };
   return t;
}

const key_table& name_stops_hard() noexcept
{
   static const key_trie f( data::name_stop_hard_keys );
   static constexpr key_table t{ data::name_stop_hard_keys, &f };
   return t;
}

const key_table& org_stops() noexcept
{
   static const key_trie f( data::org_stop_keys );
   static constexpr key_table t{ data::org_stop_keys, &f };
   return t;
}

const key_table& law_names() noexcept
{
   static const key_trie f( data::law_name_keys );
   static constexpr key_table t{ data::law_name_keys, &f };
   return t;
}

const key_table& boilerplate() noexcept
{
   static const key_trie f( data::boilerplate_keys );
   static constexpr key_table t{ data::boilerplate_keys, &f };
   return t;
}

const key_table& name_rejects() noexcept
{
   static const key_trie f( data::name_reject_keys );
   static constexpr key_table t{ data::name_reject_keys, &f };
   return t;
}

const table<issuer_code_row>& issuer_codes() noexcept
{
   static const key_trie f( data::issuer_code_keys );
   static constexpr table<issuer_code_row> t{ data::issuer_code_keys, data::issuer_code_rows, &f };
   return t;
}

const table<province_row>& provinces() noexcept
{
   static const key_trie f( data::province_keys );
   static constexpr table<province_row> t{ data::province_keys, data::province_rows, &f };
   return t;
}

const table<cue_row>& cues() noexcept
{
   static const key_trie f( data::cue_keys );
   static constexpr table<cue_row> t{ data::cue_keys, data::cue_rows, &f };
   return t;
}

const table<issuing_verb_row>& issuing_verbs() noexcept
{
   static const key_trie f( data::issuing_verb_keys );
   static constexpr table<issuing_verb_row> t{ data::issuing_verb_keys, data::issuing_verb_rows, &f };
   return t;
}

const table<signer_prefix_row>& signer_prefixes() noexcept
{
   static const key_trie f( data::signer_prefix_keys );
   static constexpr table<signer_prefix_row> t{ data::signer_prefix_keys, data::signer_prefix_rows, &f };
   return t;
}

const table<name_row>& signer_titles() noexcept
{
   static const key_trie f( data::signer_title_keys );
   static constexpr table<name_row> t{ data::signer_title_keys, data::signer_title_rows, &f };
   return t;
}

const table<name_row>& proper_names() noexcept
{
   static const key_trie f( data::proper_name_keys );
   static constexpr table<name_row> t{ data::proper_name_keys, data::proper_name_rows, &f };
   return t;
}

const table<name_row>& attachment_headings() noexcept
{
   static const key_trie f( data::attachment_heading_keys );
   static constexpr table<name_row> t{ data::attachment_heading_keys, data::attachment_heading_rows, &f };
   return t;
}

const table<name_row>& organ_words() noexcept
{
   static const key_trie f( data::organ_word_keys );
   static constexpr table<name_row> t{ data::organ_word_keys, data::organ_word_rows, &f };
   return t;
}

const table<name_row>& open_words() noexcept
{
   static const key_trie f( data::open_word_keys );
   static constexpr table<name_row> t{ data::open_word_keys, data::open_word_rows, &f };
   return t;
}

std::span<const confusable> confusables() noexcept
{
   return data::confusables;
}

std::span<const tone_pair> tone_pairs() noexcept
{
   return data::tone_pairs;
}

namespace {

[[nodiscard]] bool is_space( char c ) noexcept
{
   // one comparison for the bytes of words (all above ' '), which are nearly all that come here
   return static_cast<unsigned char>( c ) <= ' ' && ( c == ' ' || c == '\t' || c == '\n' || c == '\r' );
}

[[nodiscard]] bool ends_in_word_char( std::string_view key ) noexcept
{
   return detail::is_word_before( key.data(), key.data() + key.size() );
}

// Narrows [lo, hi) (keys longer than d, sorted by byte d) to the keys whose byte d is c.
void narrow( std::span<const key> keys, std::size_t& lo, std::size_t& hi, std::size_t d, char c ) noexcept
{
   const auto u = static_cast<unsigned char>( c );
   // keys sharing a long prefix ("ủy ban nhân dân tỉnh …", hundreds of them) keep the range
   // whole for many bytes: two comparisons then instead of two binary searches
   if( static_cast<unsigned char>( keys[ lo ].text[ d ] ) == u && static_cast<unsigned char>( keys[ hi - 1 ].text[ d ] ) == u ) {
      return;
   }
   const auto first = std::lower_bound( keys.begin() + std::ptrdiff_t( lo ), keys.begin() + std::ptrdiff_t( hi ), u, [ d ]( const key& k, unsigned char ch ) {
      return static_cast<unsigned char>( k.text[ d ] ) < ch;
   } );
   const auto last = std::upper_bound( first, keys.begin() + std::ptrdiff_t( hi ), u, [ d ]( unsigned char ch, const key& k ) {
      return ch < static_cast<unsigned char>( k.text[ d ] );
   } );
   lo = std::size_t( first - keys.begin() );
   hi = std::size_t( last - keys.begin() );
}

// Keys sorted by bytes: the keys sharing the first d bytes with the input form one range, itself
// sorted by byte d (a key of length exactly d sorts first). Narrow the range one input byte at a
// time and remember the longest complete key that ends at a word boundary. [lo, hi) is where to
// start: all keys, or those the first-byte index gives for the first input byte.
match longest_match_from( std::span<const key> keys, std::size_t lo, std::size_t hi, const char* p, const char* end ) noexcept
{
   const char* const start = p;
   match best;
   for( std::size_t d = 0; lo < hi; ++d ) {
      if( hi - lo == 1 ) {
         // one candidate left (the usual case after a few bytes): compare the rest of it directly
         // instead of narrowing by binary search byte by byte
         const key& k = keys[ lo ];
         for( ; d < k.text.size(); ++d ) {
            if( p == end ) {
               return best;
            }
            char c = *p;
            const char* next = p + 1;
            if( is_space( c ) ) {
               if( d == 0 ) {
                  return best;
               }
               c = ' ';
               while( next != end && is_space( *next ) ) {
                  ++next;
               }
            }
            if( c != k.text[ d ] ) {
               return best;
            }
            p = next;
         }
         if( !ends_in_word_char( k.text ) || !detail::is_word_at( p, end ) ) {
            best = { std::size_t( p - start ), &k };
         }
         return best;
      }
      if( keys[ lo ].text.size() == d ) {
         const key& k = keys[ lo ];
         if( !ends_in_word_char( k.text ) || !detail::is_word_at( p, end ) ) {
            best = { std::size_t( p - start ), &k };
         }
         ++lo;
         if( lo == hi ) {
            break;
         }
      }
      if( p == end ) {
         break;
      }
      char c = *p;
      const char* next = p + 1;
      if( is_space( c ) ) {
         if( d == 0 ) {
            break;  // a match never starts with whitespace
         }
         c = ' ';
         while( next != end && is_space( *next ) ) {
            ++next;
         }
      }
      narrow( keys, lo, hi, d, c );
      p = next;
   }
   return best;
}

}  // namespace

match longest_match( std::span<const key> keys, const char* p, const char* end ) noexcept
{
   return longest_match_from( keys, 0, keys.size(), p, end );
}

match longest_match( keys_view v, const char* p, const char* end ) noexcept
{
   return v.trie->longest( v.keys, p, end );
}

namespace {

/// Reads UTF-8 input one byte at a time, lower-cased code point by code point.
class lower_reader
{
public:
   lower_reader( const char* p, const char* end ) noexcept : m_p( p ), m_end( end ) { fill(); }

   [[nodiscard]] bool done() const noexcept { return m_len == 0; }
   [[nodiscard]] char byte() const noexcept { return m_buf[ m_i ]; }
   /// Input consumed so far, up to the byte now under the reader.
   [[nodiscard]] const char* position() const noexcept { return m_cp + m_i; }

   void next() noexcept
   {
      if( ++m_i == m_len ) {
         m_p = m_cp + m_len;
         fill();
      }
   }

private:
   void fill() noexcept
   {
      m_i = 0;
      m_len = 0;
      m_cp = m_p;
      if( m_p >= m_end ) {
         return;
      }
      const auto b = static_cast<unsigned char>( *m_p );
      const std::size_t n = detail::sequence_length( b );
      if( n == 0 || std::size_t( m_end - m_p ) < n ) {
         return;
      }
      if( b < 0x80 ) {
         m_buf[ 0 ] = ( b >= 'A' && b <= 'Z' ) ? char( b + 32 ) : char( b );
         m_len = 1;
         return;
      }
      const char* q = m_p;
      const char32_t c = detail::decode_valid( q );
      const auto lower = static_cast<char32_t>( u_tolower( static_cast<UChar32>( c ) ) );
      const std::size_t len = lower < 0x80 ? 1 : lower < 0x800 ? 2 : lower < 0x10000 ? 3 : 4;
      if( len != n ) {
         return;  // a different length would shift the offsets: stop here
      }
      if( len == 1 ) {
         m_buf[ 0 ] = char( lower );
      }
      else if( len == 2 ) {
         m_buf[ 0 ] = char( 0xC0 | ( lower >> 6 ) );
         m_buf[ 1 ] = char( 0x80 | ( lower & 0x3F ) );
      }
      else if( len == 3 ) {
         m_buf[ 0 ] = char( 0xE0 | ( lower >> 12 ) );
         m_buf[ 1 ] = char( 0x80 | ( ( lower >> 6 ) & 0x3F ) );
         m_buf[ 2 ] = char( 0x80 | ( lower & 0x3F ) );
      }
      else {
         m_buf[ 0 ] = char( 0xF0 | ( lower >> 18 ) );
         m_buf[ 1 ] = char( 0x80 | ( ( lower >> 12 ) & 0x3F ) );
         m_buf[ 2 ] = char( 0x80 | ( ( lower >> 6 ) & 0x3F ) );
         m_buf[ 3 ] = char( 0x80 | ( lower & 0x3F ) );
      }
      m_len = n;
   }

   const char* m_p;
   const char* m_end;
   const char* m_cp = nullptr;
   std::array<char, 4> m_buf{};
   std::size_t m_len = 0;
   std::size_t m_i = 0;
};


// the narrowing of longest_match_from, over the lower-cased bytes
match longest_match_folded_from( std::span<const key> keys, std::size_t lo, std::size_t hi, const char* p, const char* end ) noexcept
{
   const char* const start = p;
   lower_reader in( p, end );
   match best;
   for( std::size_t d = 0; lo < hi; ++d ) {
      const char* here = in.position();
      if( keys[ lo ].text.size() == d ) {
         const key& k = keys[ lo ];
         if( !ends_in_word_char( k.text ) || !detail::is_word_at( here, end ) ) {
            best = { std::size_t( here - start ), &k };
         }
         ++lo;
         if( lo == hi ) {
            break;
         }
      }
      if( in.done() ) {
         break;
      }
      char c = in.byte();
      if( is_space( c ) ) {
         if( d == 0 ) {
            break;
         }
         c = ' ';
         in.next();
         while( !in.done() && is_space( in.byte() ) ) {
            in.next();
         }
      }
      else {
         in.next();
      }
      narrow( keys, lo, hi, d, c );
   }
   return best;
}

/// The lower case of a code point, as u_tolower gives it.
[[nodiscard]] char32_t lower_of( char32_t c ) noexcept
{
   return static_cast<char32_t>( u_tolower( static_cast<UChar32>( c ) ) );
}

}  // namespace

// longest() over the input read in lower case, as lower_reader reads it (one code point at a
// time, ending where a lower case would change the length) but in line: ASCII without decoding,
// the Vietnamese letters through a table
match key_trie::longest_folded( std::span<const key> keys, const char* p, const char* end ) const noexcept
{
   static const detail::latin_table< lower_of > lower;
   const char* const start = p;
   match best;
   if( p == end || is_space( *p ) ) {
      return best;
   }
   std::uint32_t n = 0;
   while( p != end ) {
      std::array<char, 4> buf{};
      std::size_t len = 1;
      const char* next = p + 1;
      const auto b = static_cast<unsigned char>( *p );
      if( b < 0x80 ) {
         buf[ 0 ] = ( b >= 'A' && b <= 'Z' ) ? char( b + 32 ) : char( b );
         if( is_space( buf[ 0 ] ) ) {
            buf[ 0 ] = ' ';  // a whitespace run matches one space of a key
            while( next != end && is_space( *next ) ) {
               ++next;
            }
         }
      }
      else {
         len = detail::sequence_length( b );
         if( std::size_t( end - p ) < len ) {
            break;
         }
         const char* q = p;
         const char32_t l = lower( detail::decode_valid( q ) );
         const std::size_t l_len = l < 0x80 ? 1 : l < 0x800 ? 2 : l < 0x10000 ? 3 : 4;
         if( l_len != len ) {
            break;  // a different length would shift the offsets: stop here
         }
         next = q;
         if( len == 2 ) {
            buf = { char( 0xC0 | ( l >> 6 ) ), char( 0x80 | ( l & 0x3F ) ) };
         }
         else if( len == 3 ) {
            buf = { char( 0xE0 | ( l >> 12 ) ), char( 0x80 | ( ( l >> 6 ) & 0x3F ) ), char( 0x80 | ( l & 0x3F ) ) };
         }
         else {
            buf = { char( 0xF0 | ( l >> 18 ) ), char( 0x80 | ( ( l >> 12 ) & 0x3F ) ), char( 0x80 | ( ( l >> 6 ) & 0x3F ) ), char( 0x80 | ( l & 0x3F ) ) };
         }
      }
      for( std::size_t i = 0; i < len; ++i ) {
         n = child( n, buf[ i ] );
         if( n == 0 ) {
            return best;
         }
         const node& nd = m_nodes[ n ];
         // past this byte: inside the code point, or after it (and after a whitespace run)
         const char* const here = i + 1 == len ? next : p + i + 1;
         if( nd.key >= 0 && ( !nd.word_end || !detail::is_word_at( here, end ) ) ) {
            best = { std::size_t( here - start ), &keys[ std::size_t( nd.key ) ] };
         }
         if( nd.count == 0 ) {
            return best;
         }
      }
      p = next;
   }
   return best;
}

match longest_match_folded( std::span<const key> keys, const char* p, const char* end ) noexcept
{
   return longest_match_folded_from( keys, 0, keys.size(), p, end );
}

match longest_match_folded( keys_view v, const char* p, const char* end ) noexcept
{
   return v.trie->longest_folded( v.keys, p, end );
}

key_trie::key_trie( std::span<const key> keys )
{
   // one node per distinct prefix of the keys, the root the empty one: sorted, each key adds the
   // bytes past those it shares with the key before it (one edge into each node but the root)
   std::size_t nodes = 1;
   for( std::size_t i = 0; i < keys.size(); ++i ) {
      const std::string_view k = keys[ i ].text;
      std::size_t shared = 0;
      if( i > 0 ) {
         const std::string_view b = keys[ i - 1 ].text;
         shared = std::size_t( std::mismatch( k.begin(), k.begin() + std::ptrdiff_t( std::min( k.size(), b.size() ) ), b.begin() ).first - k.begin() );
      }
      nodes += k.size() - shared;
   }
   m_nodes.reserve( nodes );
   m_bytes.reserve( nodes - 1 );
   m_children.reserve( nodes - 1 );
   build( keys, 0, keys.size(), 0 );
   const node& root = m_nodes[ 0 ];
   for( std::uint32_t i = 0; i < root.count; ++i ) {
      m_root[ static_cast<unsigned char>( m_bytes[ root.edges + i ] ) ] = m_children[ root.edges + i ];
   }
   // the chains of single edges (most of a key below its first bytes): compared as a run of
   // bytes by longest(); a chain ends before a node with a key or other edges, or a space (a
   // run of whitespace in the text matches it). From the last node back, a node's chain is its
   // own edge and the chain of the node after it, when that one goes on from it.
   for( std::size_t n = m_nodes.size() - 1; n >= 1; --n ) {
      node& nd = m_nodes[ n ];
      if( nd.count != 1 || m_bytes[ nd.edges ] == ' ' || m_children[ nd.edges ] != n + 1 ) {
         continue;  // chain 0
      }
      std::uint32_t k = 1;
      const node& after = m_nodes[ n + 1 ];  // the edge's child
      if( after.key < 0 && after.chain > 0 && after.edges == nd.edges + 1 ) {
         k += after.chain;
      }
      nd.chain = std::uint16_t( std::min<std::uint32_t>( k, 0xFFFF ) );
   }
}

// Keys sorted by bytes: the keys sharing their first d bytes form [lo, hi), the one of length
// exactly d first, the others grouped by byte d (one edge each). Nodes are numbered depth first,
// a node's edges stored together when it is made.
std::uint32_t key_trie::build( std::span<const key> keys, std::size_t lo, std::size_t hi, std::size_t d )
{
   const auto n = std::uint32_t( m_nodes.size() );
   m_nodes.emplace_back();
   if( lo < hi && keys[ lo ].text.size() == d ) {
      m_nodes[ n ].key = std::int32_t( lo );
      m_nodes[ n ].word_end = ends_in_word_char( keys[ lo ].text );
      while( lo < hi && keys[ lo ].text.size() == d ) {
         ++lo;  // a second key of the same text: the first one wins, as in the sorted search
      }
   }
   if( hi - lo == 1 ) {
      // one key left (most nodes: the rest of a key past its first bytes): its bytes one node
      // each, made in a loop, as the recursion would make them
      const key& k = keys[ lo ];
      std::uint32_t m = n;
      for( ; d < k.text.size(); ++d ) {
         m_nodes[ m ].edges = std::uint32_t( m_bytes.size() );
         m_nodes[ m ].count = 1;
         m_bytes.push_back( k.text[ d ] );
         m_children.push_back( m + 1 );
         m = std::uint32_t( m_nodes.size() );
         m_nodes.emplace_back();
      }
      m_nodes[ m ].edges = std::uint32_t( m_bytes.size() );  // (none: a leaf)
      m_nodes[ m ].key = std::int32_t( lo );
      m_nodes[ m ].word_end = ends_in_word_char( k.text );
      return n;
   }
   // the groups, by byte d: their edges first, then each group's subtree
   const auto group_end = [ & ]( std::size_t i ) {
      std::size_t j = i + 1;
      while( j < hi && keys[ j ].text[ d ] == keys[ i ].text[ d ] ) {
         ++j;
      }
      return j;
   };
   const auto first = std::uint32_t( m_bytes.size() );
   std::uint16_t count = 0;
   for( std::size_t i = lo; i < hi; i = group_end( i ) ) {
      m_bytes.push_back( keys[ i ].text[ d ] );
      m_children.push_back( 0 );
      ++count;
   }
   m_nodes[ n ].edges = first;
   m_nodes[ n ].count = count;
   std::uint32_t e = first;
   for( std::size_t i = lo; i < hi; ) {
      const std::size_t j = group_end( i );
      const std::uint32_t c = build( keys, i, j, d + 1 );
      m_children[ e++ ] = c;
      i = j;
   }
   return n;
}

std::uint32_t key_trie::child( std::uint32_t n, char c ) const noexcept
{
   if( n == 0 ) {
      return m_root[ static_cast<unsigned char>( c ) ];
   }
   const node& nd = m_nodes[ n ];
   const char* bytes = m_bytes.data() + nd.edges;
   for( std::uint32_t i = 0; i < nd.count; ++i ) {
      if( bytes[ i ] == c ) {
         return m_children[ nd.edges + i ];
      }
   }
   return 0;  // the root is no node's child
}

match key_trie::longest( std::span<const key> keys, const char* p, const char* end ) const noexcept
{
   const char* const start = p;
   match best;
   if( p == end || is_space( *p ) ) {
      return best;  // a match never starts with whitespace
   }
   // the root's edges by byte, then one node per input byte: most nodes below the first bytes
   // have one edge (the rest of a key), compared without a loop
   const node* const nodes = m_nodes.data();
   const char* const bytes = m_bytes.data();
   const std::uint32_t* const children = m_children.data();
   std::uint32_t n = m_root[ static_cast<unsigned char>( *p ) ];
   while( n != 0 ) {
      ++p;
      const node& nd = nodes[ n ];
      if( nd.key >= 0 && ( !nd.word_end || !detail::is_word_at( p, end ) ) ) {
         best = { std::size_t( p - start ), &keys[ std::size_t( nd.key ) ] };
      }
      if( nd.count == 0 || p == end ) {
         break;
      }
      if( nd.chain > 1 ) {
         // the chain's bytes as they are (no space among them), up to the next node that has a
         // key or other edges: no key ends inside it, so a difference ends the search
         const std::size_t k = nd.chain;
         if( std::size_t( end - p ) < k ) {
            break;
         }
         const char* const e = bytes + nd.edges;
         std::size_t i = 0;
         while( i < k && p[ i ] == e[ i ] ) {
            ++i;
         }
         if( i < k ) {
            break;
         }
         p += k - 1;  // the loop passes the last one
         n += std::uint32_t( k );
         continue;
      }
      char c = *p;
      if( is_space( c ) ) {
         c = ' ';  // a whitespace run matches one space of a key
         while( p + 1 != end && is_space( p[ 1 ] ) ) {
            ++p;
         }
      }
      const char* const e = bytes + nd.edges;
      if( nd.count == 1 ) {
         n = e[ 0 ] == c ? children[ nd.edges ] : 0;
         continue;
      }
      std::uint32_t next = 0;
      for( std::uint32_t i = 0; i < nd.count; ++i ) {
         if( e[ i ] == c ) {
            next = children[ nd.edges + i ];
            break;
         }
      }
      n = next;
   }
   return best;
}

namespace {

/// The lower case of a letter when it has the same UTF-8 length (as lower_reader reads input),
/// else the letter itself.
[[nodiscard]] char32_t fold_letter( char32_t c ) noexcept
{
   if( c < 0x80 ) {
      return ( c >= 'A' && c <= 'Z' ) ? c + 32 : c;
   }
   const auto l = static_cast<char32_t>( u_tolower( static_cast<UChar32>( c ) ) );
   const auto len = []( char32_t y ) { return y < 0x80 ? 1 : y < 0x800 ? 2 : y < 0x10000 ? 3 : 4; };
   return len( l ) == len( c ) ? l : c;
}

/// A first word's letter (a word character but an ASCII digit) folded by fold_letter, 0 for
/// the characters that end a first word.
[[nodiscard]] char32_t first_word_letter( char32_t c ) noexcept
{
   if( ( c >= '0' && c <= '9' ) || !detail::is_word_cp( c ) ) {
      return 0;
   }
   return fold_letter( c );
}

constexpr std::uint64_t fnv_basis = 14695981039346656037ull;
constexpr std::uint64_t fnv_prime = 1099511628211ull;

/// Reads the first word at [p, end) (letters, folded) into its hash; `letters` counts them and
/// stops at `max` + 1 (a longer word is none of the index's). `stop` is where the reading
/// stopped: after the last letter read.
[[nodiscard]] [[gnu::always_inline]] inline std::uint64_t first_word_hash( const char* p, const char* end, std::size_t max, std::size_t& letters, const char*& stop ) noexcept
{
   static const detail::latin_table< first_word_letter > fold;
   std::uint64_t h = fnv_basis;
   letters = 0;
   while( p != end && letters <= max ) {
      const char* q = p;
      char32_t c = static_cast<unsigned char>( *q );
      if( c < 0x80 ) {
         c = fold.ascii( c );  // most letters of a text: no decoding
         ++q;
      }
      else {
         c = fold( detail::decode_valid( q ) );
      }
      if( c == 0 ) {
         break;
      }
      p = q;
      ++letters;
      h = ( h ^ c ) * fnv_prime;
   }
   stop = p;
   return h == 0 ? 1 : h;  // 0 marks an empty slot
}

}  // namespace

void first_word_index::hash_set::insert( std::uint64_t hash, std::uint32_t bits, std::uint32_t open )
{
   if( ( slots.size() + 1 ) / 2 <= count ) {
      std::vector<slot> old = std::move( slots );
      slots.assign( old.empty() ? 64 : old.size() * 2, slot{} );
      count = 0;
      for( const slot& s : old ) {
         if( s.hash != 0 ) {
            insert( s.hash, s.bits, s.open );
         }
      }
   }
   const std::size_t mask = slots.size() - 1;
   for( std::size_t i = std::size_t( hash ) & mask;; i = ( i + 1 ) & mask ) {
      if( slots[ i ].hash == hash ) {
         slots[ i ].bits |= bits;
         slots[ i ].open |= open;
         return;
      }
      if( slots[ i ].hash == 0 ) {
         slots[ i ] = { hash, bits, open };
         ++count;
         return;
      }
   }
}

const first_word_index::slot* first_word_index::hash_set::find( std::uint64_t hash ) const noexcept
{
   if( slots.empty() ) {
      return nullptr;
   }
   const std::size_t mask = slots.size() - 1;
   for( std::size_t i = std::size_t( hash ) & mask;; i = ( i + 1 ) & mask ) {
      if( slots[ i ].hash == hash ) {
         return &slots[ i ];
      }
      if( slots[ i ].hash == 0 ) {
         return nullptr;
      }
   }
}

namespace {

/// The hash of a first word and a second word together (never 0: 0 marks an empty slot).
[[nodiscard]] std::uint64_t pair_hash( std::uint64_t first, std::uint64_t second ) noexcept
{
   const std::uint64_t h = ( first ^ ( second * 0x9E3779B97F4A7C15ull ) ) * fnv_prime;
   return h == 0 ? 1 : h;
}

}  // namespace

std::uint64_t first_word_index::next_serial() noexcept
{
   static std::atomic<std::uint64_t> last{ 0 };
   return ++last;
}

void first_word_index::add( std::string_view text, std::uint32_t bits )
{
   renew();
   if( text.empty() ) {
      return;
   }
   if( text[ 0 ] >= '0' && text[ 0 ] <= '9' ) {
      m_digit |= bits;  // no lookup is made for numbers: the group is tried at every digit
      return;
   }
   std::size_t letters = 0;
   const char* stop = nullptr;
   const std::uint64_t h = first_word_hash( text.data(), text.data() + text.size(), text.size(), letters, stop );
   if( letters == 0 ) {
      m_empty |= bits;
      return;
   }
   m_max_letters = std::max( m_max_letters, letters );
   m_words.insert( h, bits, bits );
}

void first_word_index::add( std::span<const key> keys, std::uint32_t bits )
{
   for( const key& k : keys ) {
      add( k.text, bits );
   }
}

void first_word_index::add_pairs( std::span<const key> keys, std::uint32_t bits )
{
   renew();
   for( const key& k : keys ) {
      const char* const end = k.text.data() + k.text.size();
      std::size_t letters = 0;
      const char* stop = nullptr;
      const std::uint64_t h = first_word_hash( k.text.data(), end, k.text.size(), letters, stop );
      if( letters == 0 || stop == end || *stop != ' ' ) {
         add( k.text, bits );  // one word, or no word first: whatever follows
         continue;
      }
      std::size_t second = 0;
      const char* second_stop = nullptr;
      const std::uint64_t h2 = first_word_hash( stop + 1, end, k.text.size(), second, second_stop );
      if( second == 0 ) {
         add( k.text, bits );  // no letter after the space ("Quân khu 7")
         continue;
      }
      m_max_letters = std::max( m_max_letters, letters );
      m_max_second = std::max( m_max_second, second );
      m_words.insert( h, bits, 0 );
      m_pairs.insert( pair_hash( h, h2 ), bits, bits );
   }
}

std::uint32_t first_word_index::second_word( std::uint64_t h, std::uint32_t paired, const char* p, const char* end ) const noexcept
{
   // a run of whitespace, as the tries read it, then the second word's letters
   if( p == end || !is_space( *p ) ) {
      return 0;
   }
   do {
      ++p;
   } while( p != end && is_space( *p ) );
   std::size_t letters = 0;
   const char* stop = nullptr;
   const std::uint64_t h2 = first_word_hash( p, end, m_max_second, letters, stop );
   if( letters == 0 || letters > m_max_second ) {
      return 0;
   }
   const slot* s = m_pairs.find( pair_hash( h, h2 ) );
   return s != nullptr ? s->bits & paired : 0;
}

std::uint32_t first_word_index::at( const char* p, const char* end ) const noexcept
{
   const char* word_end = nullptr;
   return at( p, end, word_end );
}

std::uint32_t first_word_index::read( const char* p, const char* end, const char*& word_end, word_reading& r ) const noexcept
{
   std::size_t letters = 0;
   const std::uint64_t h = first_word_hash( p, end, m_max_letters, letters, r.stop );
   if( letters == 0 ) {
      return m_empty;
   }
   // the letters end the word unless a digit goes on with it ("ngày16"); a word longer than
   // any of the index's was not read to its end
   r.ends = letters <= m_max_letters;
   if( r.ends && ( r.stop == end || *r.stop < '0' || *r.stop > '9' ) ) {
      word_end = r.stop;
   }
   std::uint32_t upper = 0;
   if( m_upper != 0 ) {
      const char* q = p;
      upper = detail::is_upper_cp( detail::decode_valid( q ) ) ? m_upper : 0;
   }
   if( letters > m_max_letters ) {
      return upper;
   }
   const slot* s = m_words.find( h );
   if( s == nullptr ) {
      return upper;
   }
   const std::uint32_t paired = s->bits & ~s->open;
   if( paired == 0 ) {
      return s->bits | upper;
   }
   r.alone = false;  // the next word decides too
   return s->open | second_word( h, paired, r.stop, end ) | upper;
}

first_word_index::word_memo* first_word_index::memo_table() noexcept
{
   if( t_memo_table == nullptr ) {
      // owned by a thread_local freed when the thread ends; at() reads the plain pointer
      thread_local const std::unique_ptr<word_memo[]> table( new( std::nothrow ) word_memo[ std::size_t( 1 ) << memo_bits ] );
      t_memo_table = table.get();
   }
   return t_memo_table;
}

std::uint32_t first_word_index::at_unremembered( const char* p, const char* end, const char*& word_end ) const noexcept
{
   word_end = nullptr;
   if( p == end ) {
      return 0;
   }
   if( *p >= '0' && *p <= '9' ) {
      return m_digits_named ? m_digit : ~std::uint32_t( 0 );
   }
   word_reading r;
   const std::uint32_t bits = read( p, end, word_end, r );
   if constexpr( std::endian::native == std::endian::little ) {
      // A text repeats its words: the answer for a short word ended by an ASCII byte that is
      // no letter depends only on its bytes (the letters read, the case of the first) and on
      // whether that byte is a digit, unless a group's second word decides (not remembered).
      // So it is remembered by the bytes, and at() gives a word of the same bytes and the same
      // kind of end the answer without reading it again (four lookups in five on the corpus).
      if( end - p >= 8 && r.alone ) {
         const std::uint64_t x = detail::swar::load8( p );
         const std::size_t length = memo_length( x, p, end );
         if( length > 0 && r.stop == p + length ) {
            if( word_memo* const table = memo_table() ) {
               const std::uint64_t key = memo_key( x, length );
               table[ memo_slot( key ) ] = { key, m_serial, bits, r.ends };
            }
         }
      }
   }
   return bits;
}

const key* find( std::span<const key> keys, std::string_view text ) noexcept
{
   const match m = longest_match( keys, text.data(), text.data() + text.size() );
   return m && m.length == text.size() ? m.entry : nullptr;
}

const key* find( keys_view keys, std::string_view text ) noexcept
{
   const match m = longest_match( keys, text.data(), text.data() + text.size() );
   return m && m.length == text.size() ? m.entry : nullptr;
}

namespace {

/// Upper-case ASCII, Đ/đ → D: the comparison key of symbol codes. Codes are short; a longer
/// input folds to a string no code equals.
struct folded_code {
   std::array<char, 32> buf{};
   std::size_t size = 0;

   explicit folded_code( std::string_view code ) noexcept
   {
      for( std::size_t i = 0; i < code.size(); ++i ) {
         if( size == buf.size() ) {
            size = 0;  // too long to be a code
            return;
         }
         const auto b = static_cast<unsigned char>( code[ i ] );
         const bool d_stroke = b == 0xC4 && i + 1 < code.size() && ( static_cast<unsigned char>( code[ i + 1 ] ) | 1 ) == 0x91;
         if( d_stroke ) {
            buf[ size++ ] = 'D';  // U+0110 Đ, U+0111 đ
            ++i;
         }
         else {
            buf[ size++ ] = ( b >= 'a' && b <= 'z' ) ? char( b - 'a' + 'A' ) : char( b );
         }
      }
   }

   [[nodiscard]] std::string_view view() const noexcept { return { buf.data(), size }; }
};

template< typename Row >
struct folded_index {
   std::vector<std::pair<std::string, const Row*>> entries;

   explicit folded_index( std::span<const Row> rows )
   {
      for( const Row& r : rows ) {
         entries.emplace_back( std::string( folded_code( r.code ).view() ), &r );
      }
      // exact spellings first among equal folds, so "TT" (Thông tư) is not shadowed by a fold
      std::stable_sort( entries.begin(), entries.end(), []( const auto& a, const auto& b ) { return a.first < b.first; } );
   }

   [[nodiscard]] const Row* find( std::string_view code ) const noexcept
   {
      const folded_code f( code );
      if( f.size == 0 ) {
         return nullptr;
      }
      // among codes that fold alike ("TT", "Tt"), the exact spelling wins, else the first
      auto it = std::lower_bound( entries.begin(), entries.end(), f.view(), []( const auto& e, std::string_view s ) { return e.first < s; } );
      const Row* first = nullptr;
      for( ; it != entries.end() && it->first == f.view(); ++it ) {
         if( it->second->code == code ) {
            return it->second;
         }
         first = first ? first : it->second;
      }
      return first;
   }
};

}  // namespace

const issuer_code_row* find_issuer_code( std::string_view code ) noexcept
{
   static const folded_index<issuer_code_row> index( data::issuer_code_rows );
   return index.find( code );
}

const type_code_row* find_type_code( std::string_view code ) noexcept
{
   static const folded_index<type_code_row> index( data::type_code_rows );
   return index.find( code );
}

bool is_type_code( std::string_view code, bool party ) noexcept
{
   const type_code_row* row = find_type_code( code );
   return row != nullptr && !( party ? row->party : row->state ).empty();
}

bool is_party_organ_code( std::string_view code ) noexcept
{
   const issuer_code_row* row = find_issuer_code( code );
   return row != nullptr && row->system == system::party;
}

const province_row* find_province( std::string_view canonical ) noexcept
{
   for( const province_row& r : data::province_rows ) {
      if( r.canonical == canonical ) {
         return &r;
      }
   }
   return nullptr;
}

}  // namespace vanban::lexicon
