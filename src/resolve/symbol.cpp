// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "symbol.hpp"

#include <algorithm>

namespace vanban::detail {
namespace {

[[nodiscard]] bool is_space( char c ) noexcept
{
   return c == ' ' || c == '\t' || c == '\n';
}

[[nodiscard]] bool is_digit( char c ) noexcept
{
   return c >= '0' && c <= '9';
}

/// Whitespace removed around '/' and '-', other whitespace runs folded to one space.
[[nodiscard]] std::string canonical_number( std::string_view s )
{
   std::string out;
   out.reserve( s.size() );
   std::size_t i = 0;
   while( i < s.size() ) {
      if( is_space( s[ i ] ) ) {
         std::size_t j = i;
         while( j < s.size() && is_space( s[ j ] ) ) {
            ++j;
         }
         const bool at_separator = ( !out.empty() && ( out.back() == '/' || out.back() == '-' ) ) || ( j < s.size() && ( s[ j ] == '/' || s[ j ] == '-' ) );
         if( !at_separator && !out.empty() && j < s.size() ) {
            out += ' ';
         }
         i = j;
         continue;
      }
      out += s[ i++ ];
   }
   return out;
}

/// Splits "A-B/C" into codes and the separators before each.
[[nodiscard]] std::vector<std::string> split_codes( std::string_view s, std::vector<char>* seps = nullptr )
{
   std::vector<std::string> out;
   std::string cur;
   char sep = 0;
   for( const char c : s ) {
      if( c == '-' || c == '/' ) {
         if( !cur.empty() ) {
            out.push_back( cur );
            if( seps ) {
               seps->push_back( sep );
            }
            cur.clear();
         }
         sep = c;
      }
      else {
         cur += c;
      }
   }
   if( !cur.empty() ) {
      out.push_back( cur );
      if( seps ) {
         seps->push_back( sep );
      }
   }
   return out;
}

/// "QH14" → ("QH", 14); codes without trailing digits unchanged.
[[nodiscard]] std::pair<std::string, int> split_term( const std::string& code )
{
   std::size_t k = code.size();
   while( k > 0 && is_digit( code[ k - 1 ] ) ) {
      --k;
   }
   if( k == 0 || k == code.size() || code.size() - k > 2 ) {
      return { code, 0 };
   }
   return { code.substr( 0, k ), std::stoi( code.substr( k ) ) };
}

void add_issuers( symbol_info& info, const std::vector<std::string>& codes, std::size_t from, bool joint )
{
   for( std::size_t i = from; i < codes.size(); ++i ) {
      auto [ code, term ] = split_term( codes[ i ] );
      const bool known = lexicon::find_issuer_code( code ) != nullptr;
      if( i == from || ( joint && known ) ) {
         info.issuer_codes.push_back( code );
         if( term ) {
            info.term = term;
         }
      }
      else {
         info.units.push_back( codes[ i ] );
      }
   }
}

/// The separator a typist or a news site got wrong, put right where the codes leave no doubt
/// (the grammar's `repaired_tail` admits only these): "366-QĐ-TW" → "366-QĐ/TW", a Party type
/// code and a Party organ's code; "255/2025-NĐ-CP" → "255/2025/NĐ-CP", a state type code after
/// a normative number's year. Returns whether `n` changed.
[[nodiscard]] bool repair_separator( std::string& n )
{
   std::size_t i = 0;
   while( i < n.size() && ( is_digit( n[ i ] ) || n[ i ] == '.' ) ) {
      ++i;
   }
   if( i == 0 || i == n.size() ) {
      return false;
   }
   if( n[ i ] == '-' && n.find( '/' ) == std::string::npos ) {
      const auto codes = split_codes( std::string_view( n ).substr( i + 1 ) );
      if( codes.size() != 2 || !lexicon::is_type_code( codes[ 0 ], true ) || !lexicon::is_party_organ_code( codes[ 1 ] ) ) {
         return false;
      }
      n[ i + 1 + codes[ 0 ].size() ] = '/';
      return true;
   }
   const std::size_t year = i + 1;
   if( n[ i ] == '/' && n.size() > year + 5 && std::all_of( n.begin() + std::ptrdiff_t( year ), n.begin() + std::ptrdiff_t( year + 4 ), is_digit ) && n[ year + 4 ] == '-' ) {
      const std::string_view rest = std::string_view( n ).substr( year + 5 );
      const auto codes = split_codes( rest );
      if( codes.size() < 2 || !lexicon::is_type_code( codes[ 0 ], false ) || rest.find( '/' ) != std::string_view::npos ) {
         return false;
      }
      n[ year + 4 ] = '/';
      return true;
   }
   return false;
}

}  // namespace

symbol_info analyze_symbol( std::string_view number, std::string_view written_type )
{
   symbol_info info;
   info.canonical = canonical_number( number );
   info.key = info.canonical;
   if( std::string key = info.canonical; repair_separator( key ) ) {
      // kept as written, as a symbol spelled with spaces is; read with the slash
      symbol_info read = analyze_symbol( key, written_type );
      read.canonical = info.canonical;
      read.repaired = true;
      return read;
   }
   const std::string& n = info.canonical;
   std::size_t i = 0;
   while( i < n.size() && ( is_digit( n[ i ] ) || n[ i ] == '.' ) ) {
      ++i;
   }
   // "25-2303/PBHC-KD": a sequence with a hyphen, as an enterprise numbers its letters
   if( i + 1 < n.size() && n[ i ] == '-' && is_digit( n[ i + 1 ] ) ) {
      std::size_t j = i + 1;
      while( j < n.size() && is_digit( n[ j ] ) ) {
         ++j;
      }
      if( j < n.size() && n[ j ] == '/' ) {
         i = j;
      }
   }
   if( i == n.size() ) {
      return info;  // "73"
   }
   const char sep = n[ i ];
   if( sep == ' ' && n.find_first_of( "/-" ) == std::string::npos ) {
      // "41 2025 TT BTC", "348 CT CS": spaces for the separators (question-and-answer titles)
      std::vector<std::string> tokens;
      std::size_t k = 0;
      while( k < n.size() ) {
         const std::size_t e = std::min( n.find( ' ', k ), n.size() );
         if( e > k ) {
            tokens.emplace_back( n.substr( k, e - k ) );
         }
         k = e + 1;
      }
      std::string key = tokens[ 0 ];
      std::size_t t = 1;
      if( t < tokens.size() && tokens[ t ].size() == 4 && std::all_of( tokens[ t ].begin(), tokens[ t ].end(), is_digit ) ) {
         key += '/' + tokens[ t++ ];
      }
      for( std::size_t first = t; t < tokens.size(); ++t ) {
         key += ( t == first ? '/' : '-' );
         key += tokens[ t ];
      }
      symbol_info spaced = analyze_symbol( key, written_type );
      spaced.canonical = info.canonical;
      return spaced;
   }
   std::string_view rest = std::string_view( n ).substr( i + ( sep == '/' || sep == '-' || sep == ' ' ? 1 : 0 ) );
   if( sep == '/' ) {
      // N/YYYY/…, N/YYYY, N/CODE-…
      if( rest.size() >= 4 && is_digit( rest[ 0 ] ) && is_digit( rest[ 1 ] ) && is_digit( rest[ 2 ] ) && is_digit( rest[ 3 ] ) ) {
         info.year = std::stoi( std::string( rest.substr( 0, 4 ) ) );
         rest = rest.size() > 5 ? rest.substr( 5 ) : std::string_view();
         if( rest.empty() ) {
            return info;  // "176/2025"
         }
      }
      const auto codes = split_codes( rest );
      if( codes.empty() ) {
         return info;
      }
      const auto [ head, head_term ] = split_term( codes[ 0 ] );
      if( head_term != 0 && ( head == "QH" || head == "UBTVQH" ) && codes.size() == 1 ) {
         info.family = numbering::legislative;
         info.issuer_codes.push_back( head );
         info.term = head_term;
         return info;
      }
      info.family = info.year ? numbering::normative : numbering::administrative;
      // a công văn's symbol has no type code: "5348/CT-CS" is Cục Thuế's, not a Chỉ thị
      const bool issuer_first = written_type == "Công văn" && codes[ 0 ] != "CV" && lexicon::find_issuer_code( codes[ 0 ] ) != nullptr;
      if( lexicon::is_type_code( codes[ 0 ], false ) && codes.size() > 1 && !issuer_first ) {
         info.type_code = codes[ 0 ];
         const bool joint = info.type_code == "TTLT" || info.type_code == "NQLT" || info.type_code == "HDLT";
         add_issuers( info, codes, 1, joint );
      }
      else if( lexicon::is_type_code( codes[ 0 ], false ) && codes.size() == 1 ) {
         info.type_code = codes[ 0 ];  // "02/KH" of "02/KH/CCB-VSP" cut short, or odd forms
      }
      else {
         add_issuers( info, codes, 0, false );  // công văn: issuer + unit
      }
      return info;
   }
   // Party: N-TYPE/ORGAN[-UNIT] (also "704 NQ/HĐNN7", "858CV/ĐUK")
   const std::size_t slash = rest.find( '/' );
   if( slash == std::string_view::npos ) {
      info.family = numbering::other;  // "63-SL", "3281-TCCB"
      return info;
   }
   info.family = numbering::party;
   info.type_code = std::string( rest.substr( 0, slash ) );
   while( !info.type_code.empty() && is_space( info.type_code.back() ) ) {
      info.type_code.pop_back();
   }
   const auto codes = split_codes( rest.substr( slash + 1 ) );
   add_issuers( info, codes, 0, false );
   return info;
}

std::string_view type_of_code( const symbol_info& s )
{
   if( s.type_code.empty() ) {
      return {};
   }
   const auto* row = lexicon::find_type_code( s.type_code );
   if( row == nullptr ) {
      return {};
   }
   return s.family == numbering::party ? row->party : row->state;
}

}  // namespace vanban::detail
