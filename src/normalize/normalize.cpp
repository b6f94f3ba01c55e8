// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "normalize.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <vanban/error.hpp>

#include "lexicon/lexicon.hpp"
#include "model/spans.hpp"
#include "pipeline/release.hpp"
#include "text/utf8.hpp"

namespace vanban::detail {
namespace {

/// Copies its input to an output buffer only from the first change on; records each change.
class rewriter {
public:
   /// `room`: the least capacity of the output (see normalize()).
   rewriter( std::string_view in, std::size_t room ) noexcept
      : m_in( in ),
        m_room( room )
   {}

   void replace( std::size_t src_begin, std::size_t src_end, std::string_view with )
   {
      if( !m_active ) {
         m_out.reserve( std::max( m_in.size() + 16, m_room ) );
         m_active = true;
      }
      m_out.append( m_in.substr( m_copied, src_begin - m_copied ) );
      m_changes.add( { m_out.size(), m_out.size() + with.size(), src_begin, src_end } );
      m_out.append( with );
      m_copied = src_end;
   }

   /// Finishes: the stage's output (the input itself when nothing changed) and its map.
   [[nodiscard]] bool finish( std::string& storage, std::string_view& text, stage_map& map )
   {
      if( !m_active ) {
         return false;
      }
      m_out.append( m_in.substr( m_copied ) );
      storage = std::move( m_out );
      text = storage;
      map = std::move( m_changes );
      return true;
   }

private:
   std::string_view m_in;
   std::size_t m_room = 0;
   std::string m_out;
   bool m_active = false;
   std::size_t m_copied = 0;
   stage_map m_changes;
};

/// Whether the table of confusables has `c`: one bit per code point of U+0000-U+FFFF, made
/// once (gen_lexicon keeps the table there). Most characters of a text are Vietnamese letters of
/// Latin-1 and Latin Extended Additional (à, á, â, ê, ạ …): one load each.
[[nodiscard]] bool is_confusable( char32_t c ) noexcept
{
   static const std::bitset<0x10000> table = [] {
      std::bitset<0x10000> t;
      for( const auto& e : lexicon::confusables() ) {
         t.set( e.from );
      }
      return t;
   }();
   return c < table.size() && table.test( c );
}

[[nodiscard]] const lexicon::confusable* find_confusable( char32_t c ) noexcept
{
   const auto table = lexicon::confusables();
   const auto it = std::lower_bound( table.begin(), table.end(), c, []( const lexicon::confusable& e, char32_t v ) { return e.from < v; } );
   return it != table.end() && it->from == c ? &*it : nullptr;
}

}  // namespace

/// Length of the maximal ill-formed subpart at `i` (what one U+FFFD replaces; Unicode §3.9):
/// the lead byte and the continuation bytes that could still have completed it.
namespace {

// The UTF-8 check as a DFA whose transitions are packed into one 64-bit word per byte value
// (the "shift-based DFA"): a state is the bit offset of its 6-bit field, and the next state is
// `row[byte] >> state & 63`. The states follow RFC 3629's table, as valid_sequence does.
namespace utf8_dfa {

enum state : unsigned { accept, reject, tail1, tail2, e0, ed, f0, f1_3, f4, count };

constexpr unsigned next( unsigned s, unsigned b ) noexcept
{
   const auto in = [ & ]( unsigned lo, unsigned hi ) { return b >= lo && b <= hi; };
   switch( s ) {
      case accept:
         if( b < 0x80 ) {
            return accept;
         }
         if( in( 0xC2, 0xDF ) ) {
            return tail1;
         }
         if( in( 0xE1, 0xEC ) || b == 0xEE || b == 0xEF ) {
            return tail2;
         }
         if( b == 0xE0 ) {
            return e0;
         }
         if( b == 0xED ) {
            return ed;  // no UTF-16 surrogates
         }
         if( b == 0xF0 ) {
            return f0;
         }
         if( in( 0xF1, 0xF3 ) ) {
            return f1_3;
         }
         if( b == 0xF4 ) {
            return f4;  // nothing past U+10FFFF
         }
         return reject;
      case tail1:
         return in( 0x80, 0xBF ) ? accept : reject;
      case tail2:
         return in( 0x80, 0xBF ) ? tail1 : reject;
      case e0:
         return in( 0xA0, 0xBF ) ? tail1 : reject;
      case ed:
         return in( 0x80, 0x9F ) ? tail1 : reject;
      case f0:
         return in( 0x90, 0xBF ) ? tail2 : reject;
      case f1_3:
         return in( 0x80, 0xBF ) ? tail2 : reject;
      case f4:
         return in( 0x80, 0x8F ) ? tail2 : reject;
      default:
         return reject;  // reject stays
   }
}

constexpr std::array<std::uint64_t, 256> rows = [] {
   std::array<std::uint64_t, 256> r{};
   for( unsigned b = 0; b < 256; ++b ) {
      for( unsigned s = 0; s < count; ++s ) {
         r[ b ] |= std::uint64_t( next( s, b ) * 6 ) << ( s * 6 );
      }
   }
   return r;
}();

}  // namespace utf8_dfa

}  // namespace

bool is_valid_utf8( std::string_view s ) noexcept
{
   // a block of 16 or 32 bytes a step where the processor can (utf8_blocks.cpp); a string
   // shorter than 16 bytes costs the DFA fewer instructions than the padded block
   if( s.size() >= 16 ) {
      return is_valid_utf8_blocks( s, utf8_blocks_available() );
   }
   return is_valid_utf8_dfa( s );
}

bool is_valid_utf8_dfa( std::string_view s ) noexcept
{
   const auto* p = reinterpret_cast<const unsigned char*>( s.data() );
   const std::size_t n = s.size();
   // the state is the low six bits of `st`; the bits above are left over from the row and
   // ignored by the next shift (`& 63`, which x86-64's shift does itself: one instruction a byte)
   std::uint64_t st = utf8_dfa::accept * 6;
   std::size_t i = 0;
   // blocks of 16: skipped whole when ASCII between two sequences, else run through the DFA,
   // whose reject state is absorbing, so one test per block says whether any byte failed
   while( i + 16 <= n ) {
      const std::uint64_t a = swar::load8( s.data() + i );
      const std::uint64_t b = swar::load8( s.data() + i + 8 );
      if( ( st & 63 ) != utf8_dfa::accept * 6 || ( ( a | b ) & swar::highs ) != 0 ) {
         for( std::size_t k = 0; k < 16; ++k ) {
            st = utf8_dfa::rows[ p[ i + k ] ] >> ( st & 63 );
         }
         if( ( st & 63 ) == utf8_dfa::reject * 6 ) {
            return false;
         }
      }
      i += 16;
   }
   for( ; i < n; ++i ) {
      st = utf8_dfa::rows[ p[ i ] ] >> ( st & 63 );
   }
   return ( st & 63 ) == utf8_dfa::accept * 6;
}

std::size_t first_invalid_utf8( std::string_view s ) noexcept
{
   std::size_t i = 0;
   while( i < s.size() ) {
      if( static_cast<unsigned char>( s[ i ] ) < 0x80 ) {
         i += std::max<std::size_t>( printable_ascii_run( s, i ), 1 );
         continue;
      }
      const std::size_t len = valid_sequence( s, i );
      if( len == 0 ) {
         break;
      }
      i += len;
   }
   return i;
}

[[nodiscard]] std::size_t invalid_length( std::string_view s, std::size_t i ) noexcept
{
   const auto b0 = static_cast<unsigned char>( s[ i ] );
   if( b0 < 0xC2 || b0 > 0xF4 ) {
      return 1;
   }
   const std::size_t want = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
   unsigned char lo = 0x80;
   unsigned char hi = 0xBF;
   if( b0 == 0xE0 ) {
      lo = 0xA0;
   }
   else if( b0 == 0xED ) {
      hi = 0x9F;
   }
   else if( b0 == 0xF0 ) {
      lo = 0x90;
   }
   else if( b0 == 0xF4 ) {
      hi = 0x8F;
   }
   std::size_t n = 1;
   while( n < want && i + n < s.size() ) {
      const auto c = static_cast<unsigned char>( s[ i + n ] );
      if( c < lo || c > hi ) {
         break;
      }
      lo = 0x80;
      hi = 0xBF;
      ++n;
   }
   return n;
}

[[nodiscard]] std::string describe( std::string_view s, std::size_t i )
{
   const auto b0 = static_cast<unsigned char>( s[ i ] );
   char buf[ 96 ];
   if( b0 >= 0x80 && b0 <= 0xBF ) {
      std::snprintf( buf, sizeof buf, "invalid UTF-8: unexpected continuation byte 0x%02X", b0 );
   }
   else if( b0 == 0xC0 || b0 == 0xC1 || ( b0 == 0xE0 && i + 1 < s.size() && static_cast<unsigned char>( s[ i + 1 ] ) < 0xA0 ) || ( b0 == 0xF0 && i + 1 < s.size() && static_cast<unsigned char>( s[ i + 1 ] ) < 0x90 ) ) {
      std::snprintf( buf, sizeof buf, "invalid UTF-8: overlong encoding starting with byte 0x%02X", b0 );
   }
   else if( b0 == 0xED && i + 1 < s.size() && static_cast<unsigned char>( s[ i + 1 ] ) >= 0xA0 ) {
      std::snprintf( buf, sizeof buf, "invalid UTF-8: encoded UTF-16 surrogate" );
   }
   else if( b0 >= 0xF5 || ( b0 == 0xF4 && i + 1 < s.size() && static_cast<unsigned char>( s[ i + 1 ] ) >= 0x90 ) ) {
      std::snprintf( buf, sizeof buf, "invalid UTF-8: byte 0x%02X cannot start a code point up to U+10FFFF", b0 );
   }
   else {
      std::snprintf( buf, sizeof buf, "invalid UTF-8: truncated sequence starting with byte 0x%02X", b0 );
   }
   return buf;
}

namespace {

/// ICU's NFC and NFD normalizers (which u_getCombiningClass and the lead/trail combining class
/// properties use too), loaded by the first call in one guarded initialization. ICU's own lazy
/// loading synchronizes with atomics inside the uninstrumented libicu, which ThreadSanitizer
/// cannot see (it reports a race on the normalizer's vptr between two extracting threads); the
/// guard of a function-local static it sees. Immutable once loaded: extract() stays reentrant.
struct icu_normalizers {
   const icu::Normalizer2* nfc = nullptr;
   const icu::Normalizer2* nfd = nullptr;
   UErrorCode ec = U_ZERO_ERROR;
};

[[nodiscard]] const icu_normalizers& normalizers() noexcept
{
   static const icu_normalizers n = [] {
      icu_normalizers r;
      r.nfc = icu::Normalizer2::getNFCInstance( r.ec );
      if( U_SUCCESS( r.ec ) ) {
         r.nfd = icu::Normalizer2::getNFDInstance( r.ec );
      }
      return r;
   }();
   return n;
}

/// The non-starters (canonical combining class not 0) at the start and end of a code point's
/// canonical decomposition, and whether it is all non-starters (UAX #15, stream-safe text).
struct non_starters {
   std::uint8_t lead = 0;
   std::uint8_t trail = 0;
   bool all = false;
   /// A starter whose NFC quick check is YES: a text of such code points only is in NFC (the
   /// quick check of UAX #15 answers YES for it), so stage 2 need not ask ICU.
   bool nfc_yes = false;
   /// Stage 1 keeps it as it is and NFC keeps it too: a starter, NFC_Quick_Check=Yes, neither a
   /// confusable nor a C1 control (set in the table of Vietnamese letters only).
   bool plain = false;
};

/// True when `c` is a starter and NFC_Quick_Check=Yes.
[[nodiscard]] bool is_nfc_yes( UChar32 c ) noexcept
{
   return u_getCombiningClass( c ) == 0 && u_getIntPropertyValue( c, UCHAR_NFC_QUICK_CHECK ) == UNORM_YES;
}

/// The non-starters of `c`, from ICU (its properties and its NFD decomposition).
[[nodiscard]] non_starters count_non_starters( char32_t c, const icu::Normalizer2* nfd )
{
   const auto cp = static_cast<UChar32>( c );
   if( u_getIntPropertyValue( cp, UCHAR_LEAD_CANONICAL_COMBINING_CLASS ) == 0 && u_getIntPropertyValue( cp, UCHAR_TRAIL_CANONICAL_COMBINING_CLASS ) == 0 ) {
      return { 0, 0, false, is_nfc_yes( cp ) };
   }
   non_starters r{ 1, 1, true };  // a combining mark without a decomposition
   icu::UnicodeString d;
   if( nfd != nullptr && nfd->getDecomposition( cp, d ) ) {
      // decompositions are a few code points long: the counts fit
      r = { 0, 0, true, false };
      for( std::int32_t k = 0; k < d.length(); k = d.moveIndex32( k, 1 ) ) {
         if( u_getCombiningClass( d.char32At( k ) ) != 0 ) {
            r.lead += r.all ? 1 : 0;
            ++r.trail;
         }
         else {
            r.all = false;
            r.trail = 0;
         }
      }
   }
   r.nfc_yes = is_nfc_yes( cp );
   return r;
}

/// Counts the non-starters of `c`: the letters of Vietnamese (Latin-1 to Latin Extended-B and
/// Latin Extended Additional) from a table made once, others through a cache of the last few
/// code points asked about.
class non_starter_counter {
public:
   non_starter_counter()
      : m_nfd( normalizers().nfd ),
        m_latin( latin_table( m_nfd ) )
   {}

   [[nodiscard]] non_starters operator()( char32_t c )
   {
      if( const non_starters* t = in_table( c ) ) {
         return *t;
      }
      entry& e = m_cache[ c % m_cache.size() ];
      if( e.c == c ) {
         return e.n;
      }
      e = { c, count_non_starters( c, m_nfd ) };
      return e.n;
   }

   /// The length of the sequence at `i` when it is a plain letter of the table (two bytes up to
   /// U+024F; three bytes led by E1, which are valid with any two continuation bytes), with
   /// `marks` set as after it; 0 for anything else, which takes the general path. Most of the
   /// bytes of a Vietnamese text that are not ASCII are such letters.
   [[nodiscard]] std::size_t plain_letter( std::string_view in, std::size_t i, std::size_t& marks ) const noexcept
   {
      const auto* p = reinterpret_cast<const unsigned char*>( in.data() + i );
      const std::size_t left = in.size() - i;
      const auto continuation = []( unsigned char b ) { return ( b & 0xC0 ) == 0x80; };
      char32_t c = 0;
      std::size_t len = 0;
      if( p[ 0 ] >= 0xC2 && p[ 0 ] <= 0xDF && left >= 2 && continuation( p[ 1 ] ) ) {
         c = ( char32_t( p[ 0 ] & 0x1F ) << 6 ) | ( p[ 1 ] & 0x3F );
         len = 2;
      }
      else if( p[ 0 ] == 0xE1 && left >= 3 && continuation( p[ 1 ] ) && continuation( p[ 2 ] ) ) {
         c = 0x1000 | ( char32_t( p[ 1 ] & 0x3F ) << 6 ) | ( p[ 2 ] & 0x3F );
         len = 3;
      }
      const non_starters* t = len != 0 ? in_table( c ) : nullptr;
      if( t == nullptr || !t->plain ) {
         return 0;
      }
      marks = t->trail;
      return len;
   }

private:
   struct entry {
      char32_t c = 0xFFFFFFFF;
      non_starters n;
   };
   using table = std::array<non_starters, 0x250 + 0x100>;

   /// The table's row of `c` (Latin-1 to Latin Extended-B, then Latin Extended Additional), or
   /// null past those blocks.
   [[nodiscard]] const non_starters* in_table( char32_t c ) const noexcept
   {
      if( c < 0x250 ) {
         return &m_latin[ c ];
      }
      if( c >= 0x1E00 && c < 0x1F00 ) {
         return &m_latin[ 0x250 + ( c - 0x1E00 ) ];
      }
      return nullptr;
   }

   [[nodiscard]] static const table& latin_table( const icu::Normalizer2* nfd )
   {
      static const table t = [ nfd ] {
         table r{};
         const auto fill = [ & ]( non_starters& n, char32_t x ) {
            n = count_non_starters( x, nfd );
            n.plain = x >= 0xA0 && n.lead == 0 && n.nfc_yes && !is_confusable( x );  // past ASCII and C1
         };
         for( char32_t x = 0; x < 0x250; ++x ) {
            fill( r[ x ], x );
         }
         for( char32_t x = 0; x < 0x100; ++x ) {
            fill( r[ 0x250 + x ], 0x1E00 + x );
         }
         return r;
      }();
      return t;
   }

   const icu::Normalizer2* m_nfd = nullptr;
   const table& m_latin;
   std::array<entry, 256> m_cache{};
};

/// More non-starters in a row than this get U+034F COMBINING GRAPHEME JOINER (a starter) before
/// the next one: UAX #15's stream-safe text format. Canonical reordering (ICU's NFC) sorts a run
/// of combining marks by insertion, so 100 000 marks in a row would take minutes; Vietnamese
/// needs two per letter.
constexpr std::size_t max_non_starters = 30;

/// Stage 1: UTF-8 check, confusables, line ends, control characters, runs of combining marks.
void stage_one( std::string_view in, const options& opts, std::size_t base, std::string& storage, std::string_view& text, source_map& map, std::vector<diagnostic>& notes, std::string_view original, bool& in_nfc )
{
   in_nfc = true;  // until a code point of the output may not be (ASCII and U+FFFD are)
   rewriter rw( in, original.size() );
   std::size_t i = 0;
   const std::size_t n = in.size();
   std::array<char, 8> buf{};
   non_starter_counter count;
   std::size_t marks = 0;  // non-starters in a row, as NFC will see them
   while( i < n ) {
      const auto b = static_cast<unsigned char>( in[ i ] );
      if( b >= 0x20 && b < 0x7F ) {
         marks = 0;
         i += printable_ascii_run( in, i );
         continue;
      }
      if( b < 0x80 ) {
         marks = 0;
         if( b == '\n' || b == '\t' ) {
            ++i;
         }
         else if( b == '\r' ) {
            if( i + 1 < n && in[ i + 1 ] == '\n' ) {
               rw.replace( i, i + 1, {} );  // CRLF → LF
            }
            else {
               rw.replace( i, i + 1, "\n" );  // a lone CR ends a line (old Mac files)
            }
            ++i;
         }
         else {
            rw.replace( i, i + 1, b == '\f' || b == '\v' ? "\n" : " " );  // page breaks end lines; NUL, DEL … are spaces
            ++i;
         }
         continue;
      }
      if( const std::size_t plain = count.plain_letter( in, i, marks ) ) {
         i += plain;
         continue;
      }
      const std::size_t len = valid_sequence( in, i );
      if( len == 0 ) {
         marks = 0;  // U+FFFD or an error
         const std::size_t bad = invalid_length( in, i );
         if( !opts.lossy ) {
            const text_position pos = position_of( original, base + i );
            throw error( error_code::invalid_utf8, describe( in, i ), position{ base + i, pos.line, pos.column }, opts.source.value_or( "" ) );
         }
         rw.replace( i, i + bad, "\xEF\xBF\xBD" );
         diagnostic d;
         d.code = "VB-N001";
         d.severity = severity::note;
         d.message = describe( in, i ) + "; replaced with U+FFFD";
         d.span.start = base + i;
         d.span.end = base + i + bad;
         notes.push_back( std::move( d ) );
         i += bad;
         continue;
      }
      const char* p = in.data() + i;
      const char32_t c = decode_valid( p );
      char32_t kept = c;  // what the output has for c
      bool replaced = false;
      bool removed = false;
      if( is_confusable( c ) || ( c >= 0x80 && c <= 0x9F ) ) {
         if( c >= 0x80 && c <= 0x9F ) {
            rw.replace( i, i + len, " " );  // C1 control characters
            kept = U' ';
            replaced = true;
         }
         else if( const auto* f = find_confusable( c ) ) {
            if( f->to < 0 ) {
               rw.replace( i, i + len, {} );
               removed = true;
            }
            else {
               std::string enc;
               append_utf8( enc, char32_t( f->to ) );
               std::memcpy( buf.data(), enc.data(), enc.size() );
               rw.replace( i, i + len, std::string_view( buf.data(), enc.size() ) );
               kept = char32_t( f->to );
               replaced = true;
            }
         }
      }
      if( !removed ) {
         const non_starters ns = count( kept );
         if( ns.lead > 0 && marks + ns.lead > max_non_starters && !replaced ) {
            // CGJ and the mark replace the mark: the pair maps back onto the mark's bytes
            std::memcpy( buf.data(), "\u034F", 2 );
            std::memcpy( buf.data() + 2, p, len );
            rw.replace( i, i + len, std::string_view( buf.data(), 2 + len ) );
            marks = 0;
         }
         marks = ns.all ? marks + ns.lead : ns.trail;
         in_nfc = in_nfc && ns.nfc_yes;
      }
      i += len;
   }
   stage_map changes;
   if( rw.finish( storage, text, changes ) ) {
      map.push_stage( std::move( changes ) );
   }
}

/// Stage 2: NFC, with ICU's quick check first (unless stage 1 found every code point a starter
/// with a quick check of YES: `in_nfc`); the Edits map the output back.
void stage_nfc( std::string& storage, std::string_view& text, source_map& map, const options& opts, bool in_nfc, std::size_t room )
{
   if( in_nfc ) {
      return;
   }
   UErrorCode ec = normalizers().ec;
   const icu::Normalizer2* nfc = normalizers().nfc;
   if( U_FAILURE( ec ) || nfc == nullptr ) {
      throw error( error_code::icu, std::string( "cannot load the ICU NFC data: " ) + u_errorName( ec ), std::nullopt, opts.source.value_or( "" ) );
   }
   const icu::StringPiece piece( text.data(), std::int32_t( text.size() ) );
   if( nfc->isNormalizedUTF8( piece, ec ) && U_SUCCESS( ec ) ) {
      return;
   }
   ec = U_ZERO_ERROR;
   std::string out;
   out.reserve( std::max( text.size(), room ) );
   icu::StringByteSink<std::string> sink( &out, std::int32_t( text.size() ) );
   icu::Edits edits;
   nfc->normalizeUTF8( 0, piece, sink, &edits, ec );
   if( U_FAILURE( ec ) ) {
      throw error( error_code::icu, std::string( "NFC normalization failed: " ) + u_errorName( ec ), std::nullopt, opts.source.value_or( "" ) );
   }
   stage_map changes;
   auto it = edits.getFineChangesIterator();
   while( it.next( ec ) ) {
      if( it.hasChange() ) {
         changes.add( { std::size_t( it.destinationIndex() ), std::size_t( it.destinationIndex() + it.newLength() ), std::size_t( it.sourceIndex() ), std::size_t( it.sourceIndex() + it.oldLength() ) } );
      }
   }
   if( U_FAILURE( ec ) ) {
      throw error( error_code::icu, std::string( "reading the NFC edits failed: " ) + u_errorName( ec ), std::nullopt, opts.source.value_or( "" ) );
   }
   release( storage );  // stage 1's copy, if it made one: the pages too (pipeline/release.hpp)
   storage = std::move( out );
   text = storage;
   map.push_stage( std::move( changes ) );
}

/// Stage 3: old-style tone placement at word ends ("hoá" → "hóa", "UỶ" → "ỦY"). Every new
/// form is no longer than its old one ("oẽ" → "õe" is a byte shorter), so a text the stages
/// before already copied is rewritten in that copy's buffer, not in a new one of its size.
void stage_tones( std::string& storage, std::string_view& text, source_map& map, std::size_t room )
{
   const auto pairs = lexicon::tone_pairs();
   static const bool shrinks = std::all_of( pairs.begin(), pairs.end(), []( const lexicon::tone_pair& p ) { return p.new_form.size() <= p.old_form.size(); } );
   const std::string_view in = text;
   // first where the pairs apply (the stage's map, its output offsets counted as it goes),
   // then the rewrite: in place, a match is read before anything is written over it
   const auto pair_at = [ & ]( std::size_t i ) -> const lexicon::tone_pair* {
      for( const auto& p : pairs ) {
         if( in.substr( i ).starts_with( p.old_form ) ) {
            return &p;
         }
      }
      return nullptr;
   };
   stage_map changes;
   std::size_t shift = 0;  // bytes the matches so far took out
   for( std::size_t i = 0; i + 2 < in.size(); ++i ) {
      // eight bytes at a time past those with no o or u in either case (a byte | 0x20 is 'o'
      // only for 'o' and 'O', 'u' only for 'u' and 'U')
      while( i + 10 <= in.size() ) {
         const std::uint64_t m = swar::marks_any< 'o', 'u' >( swar::load8( in.data() + i ) | 0x2020202020202020ull );
         if( m != 0 ) {
            i += swar::before_first_mark( m );
            break;
         }
         i += 8;
      }
      if( i + 2 >= in.size() ) {
         break;
      }
      const char c = in[ i ];
      if( c != 'o' && c != 'O' && c != 'u' && c != 'U' ) {
         continue;
      }
      if( static_cast<unsigned char>( in[ i + 1 ] ) < 0xC3 ) {
         continue;  // every toned vowel is a multi-byte character
      }
      if( ( c == 'u' || c == 'U' ) && i > 0 && ( in[ i - 1 ] == 'q' || in[ i - 1 ] == 'Q' ) ) {
         continue;  // "quý": the u belongs to the consonant
      }
      // every pair is a vowel and one toned vowel (gen_lexicon checks it) and applies only where
      // the word ends after them: most "oà", "uý" are inside a word ("toàn", "thuỵ…"), skip those
      // before comparing the pairs
      const std::size_t after = i + 1 + sequence_length( static_cast<unsigned char>( in[ i + 1 ] ) );
      if( after < in.size() && is_word_at( in.data() + after, in.data() + in.size() ) ) {
         continue;
      }
      if( const lexicon::tone_pair* p = pair_at( i ) ) {
         const std::size_t end = i + p->old_form.size();
         if( !is_word_at( in.data() + end, in.data() + in.size() ) ) {
            changes.add( { i - shift, i - shift + p->new_form.size(), i, end } );
            shift += p->old_form.size() - p->new_form.size();
            i = end - 1;
         }
      }
   }
   if( changes.empty() ) {
      return;
   }
   // the pieces between the matches, each followed by the new form of the match after it
   const auto rewrite = [ & ]( char* out ) {
      std::size_t copied = 0;
      for( const change& c : changes.changes() ) {
         const lexicon::tone_pair& p = *pair_at( c.src_start );  // as found: still there, in place too
         std::memmove( out + c.dst_start - ( c.src_start - copied ), in.data() + copied, c.src_start - copied );
         std::memcpy( out + c.dst_start, p.new_form.data(), p.new_form.size() );
         copied = c.src_end;
      }
      std::memmove( out + in.size() - shift - ( in.size() - copied ), in.data() + copied, in.size() - copied );
   };
   if( shrinks && text.data() == storage.data() ) {
      rewrite( storage.data() );  // every piece moves left, or stays
      storage.resize( in.size() - shift );
   }
   else {
      std::string out;
      out.reserve( std::max( in.size() + 16, room ) );
      out.resize( in.size() - shift );
      rewrite( out.data() );
      release( storage );
      storage = std::move( out );
   }
   text = storage;
   map.push_stage( std::move( changes ) );
}

}  // namespace

normalized_text normalize( std::string_view original, const options& opts )
{
   if( original.size() > opts.max_input_bytes ) {
      // the position: the first byte past the limit
      const text_position pos = position_of( original, opts.max_input_bytes );
      throw error( error_code::limit_exceeded, "input of " + std::to_string( original.size() ) + " bytes is larger than the limit of " + std::to_string( opts.max_input_bytes ) + " bytes (options::max_input_bytes)", position{ opts.max_input_bytes, pos.line, pos.column }, opts.source.value_or( "" ) );
   }
   (void)normalizers();  // ICU loaded before any of its functions runs in this thread
   normalized_text r;
   std::size_t base = 0;
   if( original.starts_with( "\xEF\xBB\xBF" ) ) {
      base = 3;
   }
   r.map.set_base( base );
   r.text = original.substr( base );
   bool in_nfc = false;
   stage_one( r.text, opts, base, r.storage, r.text, r.map, r.notes, original, in_nfc );
   // each stage's output has room for the original: extract_in_place() rebuilds it there
   // (a copy into a larger buffer cost a fourth copy of a long text's size in the heap)
   stage_nfc( r.storage, r.text, r.map, opts, in_nfc, original.size() );
   stage_tones( r.storage, r.text, r.map, original.size() );
   return r;
}

}  // namespace vanban::detail
