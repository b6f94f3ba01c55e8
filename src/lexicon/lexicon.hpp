// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_LEXICON_LEXICON_HPP
#define VANBAN_LEXICON_LEXICON_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include <vanban/document.hpp>

#include "../text/swar.hpp"

/// The lexicon: tables generated at build time from grammars/lexicon/*.tsv
/// (grammars/tools/gen_lexicon.py) and the one matching function every lexicon rule uses.
namespace vanban::lexicon {

enum class naming : std::uint8_t { none, law, party, charter, constitution };
enum class placing : std::uint8_t { none, level, name };
enum class system : std::uint8_t { state, party, front, any };

/// One surface form, pointing at its row. `variant`: 0 as written, 1 UPPER, 2 lower, 3 Capitalized.
struct key {
   std::string_view text;
   std::uint16_t row;
   std::uint8_t variant;
};

struct doc_type_row {
   std::string_view canonical;
   lexicon::naming naming;
   std::string_view issuer;  ///< the body that issues every document of the type ("Nghị định": Chính phủ), or empty
   bool short_forms;         ///< "Nghị định 73" (a bare number) is a mention of this type
};

struct type_code_row {
   std::string_view code;
   std::string_view state;  ///< type in state symbols, empty if unused there
   std::string_view party;  ///< type in Party symbols, empty if unused there
};

struct body_row {
   std::string_view canonical;
   lexicon::placing placing;
   std::string_view valid_to;   ///< ISO date, empty if still existing
   std::string_view successor;  ///< empty if none
};

struct org_head_row {
   lexicon::placing placing;  ///< level: a local body ("Sở Y tế" + "tỉnh Đồng Nai")
   bool lower;                ///< lower-case words may follow the head ("Trung tâm phục vụ …")
};

struct issuer_code_row {
   std::string_view code;
   std::string_view canonical;
   lexicon::placing placing;
   lexicon::system system;
};

struct province_row {
   std::string_view canonical;
   bool city;                   ///< centrally-run city ("thành phố"), else "tỉnh"
   std::string_view code;
   std::string_view successor;  ///< unit that took it over on 01/07/2025, empty if it kept its name
   bool from_2025;
};

struct cue_row {
   vanban::relation relation;
   bool backward;  ///< governs the mentions before it ("… hết hiệu lực")
   bool passive;   ///< a passive amendment ("được sửa đổi, bổ sung bởi"): a relation between two cited documents
};

struct issuing_verb_row {
   bool subject;  ///< a news post that says so is about the document issued
};

struct signer_prefix_row {
   std::string_view canonical;  ///< "TM.", "T/M"
};

/// A row that is only a canonical spelling (titles of office, proper names, headings).
struct name_row {
   std::string_view canonical;
};

struct confusable {
   char32_t from;
   std::int32_t to;  ///< -1: drop
};

struct tone_pair {
   std::string_view old_form;
   std::string_view new_form;
};

struct match;

/// The keys of a table as a trie over their bytes, built once per table: a search reads each
/// input byte once and follows one edge, where narrowing the sorted keys took two binary searches
/// per byte (hundreds of instructions a search). Same results as the sorted search.
class key_trie
{
public:
   explicit key_trie( std::span<const key> keys );

   /// longest_match over these keys.
   [[nodiscard]] match longest( std::span<const key> keys, const char* p, const char* end ) const noexcept;
   /// longest_match_folded over these keys.
   [[nodiscard]] match longest_folded( std::span<const key> keys, const char* p, const char* end ) const noexcept;

private:
   struct node {
      std::uint32_t edges = 0;  ///< its edges' first index into m_bytes / m_children
      std::uint16_t count = 0;  ///< how many edges, sorted by byte
      /// With one edge: how many single edges follow one another from here through nodes where
      /// no key ends, none a space; their bytes are m_bytes[ edges … edges + chain ), their
      /// nodes the next `chain` ones (the trie is built depth first). 0 otherwise.
      std::uint16_t chain = 0;
      std::int32_t key = -1;    ///< the key that ends here, or -1
      bool word_end = false;    ///< that key ends in a word character (a boundary must follow)
   };
   std::uint32_t build( std::span<const key> keys, std::size_t lo, std::size_t hi, std::size_t d );
   [[nodiscard]] std::uint32_t child( std::uint32_t n, char c ) const noexcept;

   std::vector<node> m_nodes;  ///< m_nodes[ 0 ]: the root
   std::array<std::uint32_t, 256> m_root{};  ///< the root's edges by byte (it has dozens)
   std::vector<char> m_bytes;
   std::vector<std::uint32_t> m_children;
};

/// Sorted keys and the trie every search of the table goes through (never null).
struct keys_view {
   std::span<const key> keys;
   const key_trie* trie = nullptr;
};

/// A table: keys sorted by bytes, each naming a row of `Row`.
template< typename Row >
struct table {
   std::span<const key> keys;
   std::span<const Row> rows;
   const key_trie* trie = nullptr;

   [[nodiscard]] keys_view view() const noexcept { return { keys, trie }; }
};

struct key_table {
   std::span<const key> keys;
   const key_trie* trie = nullptr;

   [[nodiscard]] keys_view view() const noexcept { return { keys, trie }; }
};

[[nodiscard]] const table<doc_type_row>& doc_types() noexcept;
/// The type words as written and in UPPER CASE only (rows as in doc_types()).
[[nodiscard]] const key_table& doc_types_cased() noexcept;
[[nodiscard]] const table<type_code_row>& type_codes() noexcept;
[[nodiscard]] const table<body_row>& bodies() noexcept;
/// The bodies' surfaces in lower case, for longest_match_folded (rows as in bodies()).
[[nodiscard]] const key_table& bodies_folded() noexcept;
[[nodiscard]] const table<org_head_row>& org_heads() noexcept;
[[nodiscard]] const key_table& holder_titles() noexcept;
[[nodiscard]] const key_table& name_stops() noexcept;
/// The name stops that end a name even before a date ("của", "được", "ngày" …).
[[nodiscard]] const key_table& name_stops_hard() noexcept;
/// Words that end the name of a body read from its head word (org_stops.tsv).
[[nodiscard]] const key_table& org_stops() noexcept;
/// Known names of laws, lower case (law_names.tsv), for longest_match_folded.
[[nodiscard]] const key_table& law_names() noexcept;
[[nodiscard]] const key_table& boilerplate() noexcept;
[[nodiscard]] const key_table& name_rejects() noexcept;
[[nodiscard]] const table<issuer_code_row>& issuer_codes() noexcept;
[[nodiscard]] const table<province_row>& provinces() noexcept;
[[nodiscard]] const table<cue_row>& cues() noexcept;
[[nodiscard]] const table<signer_prefix_row>& signer_prefixes() noexcept;
[[nodiscard]] const table<name_row>& signer_titles() noexcept;
[[nodiscard]] const table<name_row>& proper_names() noexcept;
[[nodiscard]] const table<name_row>& attachment_headings() noexcept;
[[nodiscard]] const table<name_row>& organ_words() noexcept;
[[nodiscard]] const table<name_row>& open_words() noexcept;
[[nodiscard]] const table<issuing_verb_row>& issuing_verbs() noexcept;
[[nodiscard]] std::span<const confusable> confusables() noexcept;
[[nodiscard]] std::span<const tone_pair> tone_pairs() noexcept;

/// Which groups of words (up to 32, one bit each) can begin at a position, judged by the
/// position's *first word*: its letters up to the first character that is no letter (digits end
/// it: "ngày16/5"), in lower case. A group is filled with the keys of lexicon tables and literal
/// words; a key's first word is read the same way. Whenever a key of a table matches at a
/// position (longest_match, in either case with longest_match_folded), the position's first word
/// equals the key's first word, so a group whose bit is clear cannot match there: the scan asks
/// once per word start which of its recognizers to try instead of letting each one search its
/// tables (most words of a text begin none). Built once; lookups do not allocate.
class first_word_index
{
public:
   /// Adds the first word of each key to the groups `bits`.
   void add( std::span<const key> keys, std::uint32_t bits );
   /// Adds the first word of `text` to the groups `bits`.
   void add( std::string_view text, std::uint32_t bits );
   /// Adds each key's first word to the groups `bits` as add() does, and its second word: at a
   /// first word all of whose keys in a group go on with a space and a second word, the group
   /// may begin only where the next word (after a run of whitespace) is one of those second
   /// words ("Bộ Tài chính", not "bộ phận"). For groups whose rules open with a key of these
   /// tables, matched as the tries match (a whitespace run for a space, letters folded as here).
   void add_pairs( std::span<const key> keys, std::uint32_t bits );
   /// The groups `bits` may begin at any word whose first letter is upper case (rules that read
   /// a capitalized name rather than a word of a list).
   void add_upper( std::uint32_t bits ) noexcept
   {
      m_upper |= bits;
      renew();
   }
   /// Only the groups `bits` (rules that read a number first), and those with a key that begins
   /// with a digit, may begin at a digit; without this call every group may.
   void add_digits( std::uint32_t bits ) noexcept
   {
      m_digits_named = true;
      m_digit |= bits;
   }

   /// The groups that may begin at [p, end): those of its first word (and the upper-case ones
   /// when it is capitalized); at a digit, those `add_digits` named (every group unless it was
   /// called; no lookup is made for numbers). Input is valid UTF-8.
   [[nodiscard]] std::uint32_t at( const char* p, const char* end ) const noexcept;
   /// The same, and where the word at `p` ends when its first word is all of it (the letters
   /// read are followed by no word character), else nullptr: the scan passes a word that begins
   /// nothing without reading it again. The memo's answer is given here, inline (most answers
   /// are: no call, no registers saved); the rest in at_unremembered().
   [[nodiscard]] std::uint32_t at( const char* p, const char* end, const char*& word_end ) const noexcept
   {
      if constexpr( std::endian::native == std::endian::little ) {
         const word_memo* const table = t_memo_table;
         if( table != nullptr && end - p >= 8 && !( *p >= '0' && *p <= '9' ) ) {
            const std::uint64_t x = detail::swar::load8( p );
            const std::size_t length = memo_length( x, p, end );
            if( length != 0 ) {
               const std::uint64_t key = memo_key( x, length );
               const word_memo& m = table[ memo_slot( key ) ];
               if( m.key == key && m.index == m_serial ) {
                  word_end = m.ends && ( p[ length ] < '0' || p[ length ] > '9' ) ? p + length : nullptr;
                  return m.bits;
               }
            }
         }
      }
      return at_unremembered( p, end, word_end );
   }

   /// How read() went: where the letters stopped, whether they end the word there (the index
   /// read it to its end), and whether the answer depends on the word alone (no second word).
   struct word_reading {
      const char* stop = nullptr;
      bool ends = false;
      bool alone = true;
   };
   /// at() without its memo (at() remembers, a thread's table for all indexes, its answer for a
   /// word of up to eight bytes that an ASCII byte ends, by the word's bytes): reads the first
   /// word at [p, end), which is neither a digit nor the end.
   [[nodiscard]] std::uint32_t read( const char* p, const char* end, const char*& word_end, word_reading& r ) const noexcept;

private:
   /// What at() answered for a word of one to eight bytes followed by an ASCII byte that is no
   /// letter, by the word's bytes (`key`, the bytes after it zero), for one index.
   struct word_memo {
      std::uint64_t key = 0;    ///< 0: empty (no word has a NUL)
      std::uint64_t index = 0;  ///< the index's serial number (never 0)
      std::uint32_t bits = 0;
      bool ends = false;
   };
   static constexpr std::size_t memo_bits = 12;
   /// This thread's table (4,096 answers for all indexes), once made: a plain pointer, read
   /// without a call.
   static inline thread_local word_memo* t_memo_table = nullptr;

   /// The high bit of each byte of `x` that is ASCII but no letter: where a first word ends.
   [[nodiscard]] static std::uint64_t ascii_non_letters( std::uint64_t x ) noexcept
   {
      using detail::swar::highs;
      using detail::swar::ones;
      const std::uint64_t lower = ( x | ( ones * 0x20 ) ) & ~highs;  // folded, in 0x00-0x7F
      const std::uint64_t from_a = ( lower + ones * ( 0x80 - 'a' ) ) & highs;
      const std::uint64_t past_z = ( lower + ones * ( 0x80 - 'z' - 1 ) ) & highs;
      return ~x & highs & ~( from_a & ~past_z );
   }
   /// Whether `c` is ASCII but no letter (a byte ascii_non_letters marks).
   [[nodiscard]] static bool is_ascii_non_letter( char c ) noexcept
   {
      const auto b = static_cast<unsigned char>( c );
      return b < 0x80 && !( ( b | 0x20 ) >= 'a' && ( b | 0x20 ) <= 'z' );
   }
   /// The length of the word at `p` (its first eight bytes `x`, `end - p` >= 8) when an ASCII
   /// byte that is no letter ends it within nine bytes, else 0: what the memo can hold.
   [[nodiscard]] static std::size_t memo_length( std::uint64_t x, const char* p, const char* end ) noexcept
   {
      const std::size_t length = std::size_t( std::countr_zero( ascii_non_letters( x ) ) >> 3 );  // 8: none of the eight
      if( length == 8 && !( end - p > 8 && is_ascii_non_letter( p[ 8 ] ) ) ) {
         return 0;  // longer than eight bytes, or not ended by an ASCII byte: not remembered
      }
      return length;
   }
   /// The word's bytes, those after it zero: no word has a NUL, so words of different lengths
   /// differ (eight bytes: all of x).
   [[nodiscard]] static std::uint64_t memo_key( std::uint64_t x, std::size_t length ) noexcept
   {
      return length == 8 ? x : x & ( ( std::uint64_t( 1 ) << ( 8 * length ) ) - 1 );
   }
   [[nodiscard]] static std::size_t memo_slot( std::uint64_t key ) noexcept { return std::size_t( ( key * 0x9E3779B97F4A7C15ull ) >> ( 64 - memo_bits ) ); }
   /// at() where the memo gave no answer: at a digit, near the end, a word it cannot hold, or
   /// one it does not hold yet (read, then remembered; the table is not asked again).
   [[nodiscard]] std::uint32_t at_unremembered( const char* p, const char* end, const char*& word_end ) const noexcept;
   /// Makes this thread's table (none where that allocation fails: every word is read then).
   [[nodiscard]] static word_memo* memo_table() noexcept;

   struct slot {
      std::uint64_t hash = 0;  ///< 0: empty
      std::uint32_t bits = 0;
      std::uint32_t open = 0;  ///< of `bits`, the groups that may begin whatever word follows
   };
   /// Open addressing, size a power of two, at most half full.
   struct hash_set {
      std::vector<slot> slots;
      std::size_t count = 0;  ///< slots in use

      void insert( std::uint64_t hash, std::uint32_t bits, std::uint32_t open );
      [[nodiscard]] const slot* find( std::uint64_t hash ) const noexcept;
   };
   /// The groups of `paired` whose second word is the word after `stop`, the end of a first word
   /// `h` read.
   [[nodiscard]] std::uint32_t second_word( std::uint64_t h, std::uint32_t paired, const char* stop, const char* end ) const noexcept;

   hash_set m_words;               ///< first words
   hash_set m_pairs;               ///< first and second words of add_pairs' keys
   std::size_t m_max_letters = 0;  ///< the longest first word added
   std::size_t m_max_second = 0;   ///< the longest second word added
   std::uint32_t m_empty = 0;      ///< groups with a word that begins with no letter
   std::uint32_t m_upper = 0;      ///< groups tried at every capitalized word
   std::uint32_t m_digit = 0;    ///< groups tried at a digit (with every key's that begins with one)
   bool m_digits_named = false;  ///< whether add_digits was called: else every group is tried there
   /// Names this index's contents in at()'s memo (a thread's table of answers by a word's bytes,
   /// shared by all indexes): a new number for every index made and after every change.
   std::uint64_t m_serial = next_serial();
   [[nodiscard]] static std::uint64_t next_serial() noexcept;
   void renew() noexcept { m_serial = next_serial(); }
};

/// Result of `longest_match`: how many input bytes matched (0: none) and which key.
struct match {
   std::size_t length = 0;
   const key* entry = nullptr;
   explicit operator bool() const noexcept { return length != 0; }
};

/// The longest key that the input [p, end) starts with. A run of whitespace in the input
/// (spaces, tabs, line breaks) matches one space of the key, so keys wrapped over lines still
/// match. A key that ends in a word character must end at a word boundary in the input.
/// Through the table's trie: O(key length), no allocation.
[[nodiscard]] match longest_match( keys_view keys, const char* p, const char* end ) noexcept;
/// The same by narrowing the sorted keys byte by byte: O(key length × log(number of keys)). The
/// plain definition the tries are tested against (tests/unit/grammar/lexicon_test.cpp).
[[nodiscard]] match longest_match( std::span<const key> keys, const char* p, const char* end ) noexcept;

/// Like longest_match, but the input is read in lower case (keys must be lower case): "Ban chỉ
/// đạo Trung ương" matches "ban chỉ đạo trung ương". Letters whose lower case has another UTF-8
/// length end the match. No allocation.
[[nodiscard]] match longest_match_folded( std::span<const key> keys, const char* p, const char* end ) noexcept;
[[nodiscard]] match longest_match_folded( keys_view keys, const char* p, const char* end ) noexcept;

/// Exact lookup of a whole string (after the same whitespace folding); nullptr when absent.
[[nodiscard]] const key* find( std::span<const key> keys, std::string_view text ) noexcept;
[[nodiscard]] const key* find( keys_view keys, std::string_view text ) noexcept;

/// Looks a symbol code up ignoring case and Vietnamese diacritics ("TTG", "ND", "BGDDT").
[[nodiscard]] const issuer_code_row* find_issuer_code( std::string_view code ) noexcept;
[[nodiscard]] const type_code_row* find_type_code( std::string_view code ) noexcept;
/// A type code Party symbols use (`party`: "QĐ" of 366-QĐ/TW), or one state symbols use.
[[nodiscard]] bool is_type_code( std::string_view code, bool party ) noexcept;
/// The code of a Party organ ("TW", "TU").
[[nodiscard]] bool is_party_organ_code( std::string_view code ) noexcept;

/// The province row of a canonical province name, or nullptr.
[[nodiscard]] const province_row* find_province( std::string_view canonical ) noexcept;

}  // namespace vanban::lexicon

#endif
