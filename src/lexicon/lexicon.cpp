// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

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
using lexicon::naming;
using lexicon::placing;
using lexicon::system;
using vanban::relation;
#include "vanban/lexicon/lexicon_data.inc"
}  // namespace data

const table<doc_type_row>& doc_types() noexcept
{
   static constexpr table<doc_type_row> t{ data::doc_type_keys, data::doc_type_rows };
   return t;
}

const table<type_code_row>& type_codes() noexcept
{
   static constexpr table<type_code_row> t{ data::type_code_keys, data::type_code_rows };
   return t;
}

const table<body_row>& bodies() noexcept
{
   static constexpr table<body_row> t{ data::body_keys, data::body_rows };
   return t;
}

const key_table& holder_titles() noexcept
{
   static constexpr key_table t{ data::holder_title_keys };
   return t;
}

const key_table& name_stops() noexcept
{
   static constexpr key_table t{ data::name_stop_keys };
   return t;
}

const key_table& boilerplate() noexcept
{
   static constexpr key_table t{ data::boilerplate_keys };
   return t;
}

const key_table& name_rejects() noexcept
{
   static constexpr key_table t{ data::name_reject_keys };
   return t;
}

const table<issuer_code_row>& issuer_codes() noexcept
{
   static constexpr table<issuer_code_row> t{ data::issuer_code_keys, data::issuer_code_rows };
   return t;
}

const table<province_row>& provinces() noexcept
{
   static constexpr table<province_row> t{ data::province_keys, data::province_rows };
   return t;
}

const table<cue_row>& cues() noexcept
{
   static constexpr table<cue_row> t{ data::cue_keys, data::cue_rows };
   return t;
}

const table<signer_prefix_row>& signer_prefixes() noexcept
{
   static constexpr table<signer_prefix_row> t{ data::signer_prefix_keys, data::signer_prefix_rows };
   return t;
}

const table<name_row>& signer_titles() noexcept
{
   static constexpr table<name_row> t{ data::signer_title_keys, data::signer_title_rows };
   return t;
}

const table<name_row>& proper_names() noexcept
{
   static constexpr table<name_row> t{ data::proper_name_keys, data::proper_name_rows };
   return t;
}

const table<name_row>& attachment_headings() noexcept
{
   static constexpr table<name_row> t{ data::attachment_heading_keys, data::attachment_heading_rows };
   return t;
}

const table<name_row>& organ_words() noexcept
{
   static constexpr table<name_row> t{ data::organ_word_keys, data::organ_word_rows };
   return t;
}

const table<name_row>& open_words() noexcept
{
   static constexpr table<name_row> t{ data::open_word_keys, data::open_word_rows };
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
   return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

[[nodiscard]] bool ends_in_word_char( std::string_view key ) noexcept
{
   return detail::is_word_before( key.data(), key.data() + key.size() );
}

}  // namespace

match longest_match( std::span<const key> keys, const char* p, const char* end ) noexcept
{
   // Keys sorted by bytes: the keys sharing the first d bytes with the input form one range,
   // itself sorted by byte d (a key of length exactly d sorts first). Narrow the range one input
   // byte at a time and remember the longest complete key that ends at a word boundary.
   std::size_t lo = 0;
   std::size_t hi = keys.size();
   const char* const start = p;
   match best;
   for( std::size_t d = 0; lo < hi; ++d ) {
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
      const auto first = std::lower_bound( keys.begin() + std::ptrdiff_t( lo ), keys.begin() + std::ptrdiff_t( hi ), c, [ d ]( const key& k, char ch ) {
         return static_cast<unsigned char>( k.text[ d ] ) < static_cast<unsigned char>( ch );
      } );
      const auto last = std::upper_bound( first, keys.begin() + std::ptrdiff_t( hi ), c, [ d ]( char ch, const key& k ) {
         return static_cast<unsigned char>( ch ) < static_cast<unsigned char>( k.text[ d ] );
      } );
      lo = std::size_t( first - keys.begin() );
      hi = std::size_t( last - keys.begin() );
      p = next;
   }
   return best;
}

const key* find( std::span<const key> keys, std::string_view text ) noexcept
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
