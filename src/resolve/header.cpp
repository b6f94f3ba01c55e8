// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The text's own document from its header (NĐ 30/2020/NĐ-CP Phụ lục I; Party layout of Hướng
// dẫn 36-HD/VPTW; docs/citation-formats.md §1): the issuing body lines (parent and child), the
// motto, "Số: …", place and date, the type heading and the title (trích yếu); then the preamble
// ("Căn cứ …;", "Theo đề nghị …", the enacting line "Chính phủ ban hành Nghị định …"). What is
// missing from the header comes from where documents put it instead: a consolidated text's
// authentication block ("XÁC THỰC VĂN BẢN HỢP NHẤT"), the adoption sentence of a law ("… thông
// qua ngày 22 tháng 11 năm 2012"), the enacting line ("Ban Bí thư quy định …"), the symbol.

#include <algorithm>
#include <array>

#include "context.hpp"
#include "layout.hpp"
#include "lexicon/lexicon.hpp"
#include "model/ids.hpp"

namespace vanban::detail {
namespace {

constexpr std::size_t npos = document_layout::npos;

/// How far into a text its header may reach (content lines).
constexpr std::size_t header_window = 40;
/// How many lines a title (trích yếu) may run over.
constexpr std::size_t title_lines = 14;

[[nodiscard]] bool is_heading_kind( line_kind k ) noexcept
{
   switch( k ) {
      case line_kind::part:
      case line_kind::chapter:
      case line_kind::section:
      case line_kind::article:
      case line_kind::roman:
      case line_kind::letter_part:
      case line_kind::appendix:
         return true;
      default:
         return false;
   }
}

[[nodiscard]] bool is_motto( line_kind k ) noexcept
{
   return k == line_kind::motto_state || k == line_kind::motto_slogan || k == line_kind::motto_party;
}

[[nodiscard]] bool starts_with_any( std::string_view s, std::initializer_list<std::string_view> prefixes ) noexcept
{
   return std::any_of( prefixes.begin(), prefixes.end(), [ & ]( std::string_view p ) { return s.starts_with( p ); } );
}

/// A "V/v …" or "Về …" line: the title of an official letter (công văn), which has no type heading.
[[nodiscard]] bool opens_letter_title( std::string_view s ) noexcept
{
   return starts_with_any( s, { "V/v", "v/v", "V/V", "Về ", "VỀ " } );
}

[[nodiscard]] const lexicon::body_row& body_row_of( const raw_issuer& ri ) noexcept
{
   return lexicon::bodies().rows[ ri.first().body->row ];
}

/// A body named in the header, resolved.
struct named_body {
   vanban::issuer iss;
   const raw_issuer* raw = nullptr;
};

class header_reader {
public:
   explicit header_reader( resolve_context& cx )
      : m_cx( cx ),
        m_r( cx.t.normalized, cx.lines )
   {}

   void run()
   {
      find_anchors();
      if( m_header ) {
         read_title();
      }
      read_preamble();
      find_authentication();
      if( !m_header && !has_authentication() && !m_enacting ) {
         m_cx.layout.body_begin = 0;
         return;  // a news post, a Q&A article, an excerpt: no document of its own here
      }
      fill();
   }

private:
   // --- where things are --------------------------------------------------------------------

   void find_anchors()
   {
      const std::size_t n = m_r.size();
      m_first = m_r.next_content( 0 );
      std::size_t seen = 0;
      std::size_t last_seen = m_first;
      for( std::size_t i = m_first; i < n && seen < header_window; ++i ) {
         if( !m_r.content( i ) ) {
            continue;
         }
         ++seen;
         last_seen = i;
         const raw_line& l = m_r[ i ];
         const std::string_view text = m_r.whole( i );
         if( l.kind == line_kind::basis || l.kind == line_kind::proposal || l.kind == line_kind::decide || l.kind == line_kind::recipients
             || l.kind == line_kind::signer || l.kind == line_kind::clause || l.kind == line_kind::point || l.kind == line_kind::bullet
             || is_heading_kind( l.kind ) ) {
            m_stop = i;
            break;
         }
         if( l.kind == line_kind::number ) {
            if( m_number == npos ) {
               m_number = i;
            }
            if( l.issuer_count > 0 ) {
               m_bodies.push_back( i );  // "CHÍNH PHỦ Số: 170/2025/NĐ-CP | …" (a flattened header)
            }
            continue;
         }
         if( l.kind == line_kind::place_date ) {
            if( m_date == npos ) {
               m_date = i;
            }
            continue;
         }
         if( is_motto( l.kind ) ) {
            m_motto = true;
            continue;
         }
         if( l.kind == line_kind::type_heading && lexicon::doc_types().rows[ l.type->row ].canonical != "Văn bản" ) {
            m_type = i;
            m_stop = i;
            break;
         }
         if( l.kind == line_kind::body ) {
            m_bodies.push_back( i );
            continue;
         }
         if( opens_letter_title( text ) && ( m_number != npos || m_motto ) ) {
            m_letter_title = i;
            m_stop = i;
            break;
         }
         if( mostly_upper( text ) && l.kind != line_kind::of_issuers ) {
            m_units.push_back( i );
            continue;
         }
         if( text.size() <= 2 && m_number == npos && !m_motto ) {
            continue;  // a stray character of the text layer above the header
         }
         m_stop = i;
         break;
      }
      if( m_type != npos ) {
         m_header_last = m_type;
      }
      else if( m_stop != npos ) {
         const std::size_t p = m_r.prev_content( m_stop );
         m_header_last = p == npos || p < m_first ? m_first : p;
      }
      else {
         m_header_last = last_seen;
      }
      const bool anchored = m_number != npos || m_motto || m_date != npos;
      m_header = m_number != npos || ( m_type != npos && ( anchored || m_type == m_first || !m_bodies.empty() ) ) || ( m_motto && m_date != npos );
      if( !m_header ) {
         m_bodies.clear();
         m_units.clear();
      }
   }

   /// The trích yếu after the type heading (or the "V/v …" of a letter), up to the preamble.
   void read_title()
   {
      const std::size_t n = m_r.size();
      std::size_t j = npos;
      if( m_type != npos ) {
         if( !m_r.rest( m_type ).empty() ) {
            m_title_first = m_type;
            m_title_from = m_r[ m_type ].rest_begin;
            m_title_last = m_type;
         }
         j = m_type + 1;
      }
      else if( m_letter_title != npos ) {
         j = m_letter_title;
      }
      else {
         m_title_end = m_header_last;
         return;
      }
      bool upper_title = m_title_first != npos && mostly_upper( m_r.rest( m_type ) );
      std::size_t lines = m_title_first != npos ? 1 : 0;
      std::size_t last = m_title_last;
      for( ; j < n && lines < title_lines; ++j ) {
         const raw_line& l = m_r[ j ];
         if( l.kind == line_kind::blank ) {
            if( last != npos && !( upper_title && title_goes_on( j ) ) ) {
               break;
            }
            continue;
         }
         if( l.kind == line_kind::rule ) {
            if( last != npos ) {
               break;
            }
            continue;
         }
         if( is_noise( l.kind ) ) {
            continue;
         }
         const std::string_view text = m_r.whole( j );
         if( l.kind == line_kind::basis || l.kind == line_kind::proposal || l.kind == line_kind::decide || is_motto( l.kind ) || l.kind == line_kind::number
             || l.kind == line_kind::place_date || l.kind == line_kind::recipients || l.kind == line_kind::authentication || l.kind == line_kind::clause
             || is_heading_kind( l.kind ) || text.starts_with( "Kính gửi" ) ) {
            break;
         }
         if( l.kind == line_kind::of_issuers && last == npos && m_of_issuers == npos ) {
            m_of_issuers = j;  // "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ": who issued it, not the title
            continue;
         }
         if( last != npos ) {
            // the authority line above the preamble ("CHÍNH PHỦ", "ỦY BAN THƯỜNG VỤ QUỐC HỘI")
            const std::size_t next = m_r.next_content( j + 1 );
            const bool before_preamble = next < n && ( m_r[ next ].kind == line_kind::basis || m_r[ next ].kind == line_kind::proposal || m_r[ next ].kind == line_kind::decide );
            if( l.kind == line_kind::body && l.whole && before_preamble ) {
               break;
            }
            if( upper_title != mostly_upper( text ) ) {
               break;  // the case changes: the title ended
            }
            if( ends_sentence( m_r.whole( last ) ) && !upper_title ) {
               break;
            }
         }
         else {
            upper_title = mostly_upper( text );
            if( m_title_first == npos ) {
               m_title_first = j;
               m_title_from = l.begin;
            }
         }
         last = j;
         ++lines;
      }
      m_title_last = last;
      m_title_end = last == npos ? ( m_type != npos ? m_type : m_header_last ) : last;
      if( m_date == npos ) {
         // a letter puts the place and date under its "V/v …" title
         for( std::size_t k = m_title_end + 1, seen = 0; k < n && seen < 3; ++k ) {
            if( !m_r.content( k ) ) {
               continue;
            }
            ++seen;
            if( m_r[ k ].kind == line_kind::place_date ) {
               m_date = k;
               m_title_end = k;
               break;
            }
         }
      }
   }

   /// After a blank line inside a title in capitals, does the title go on? ("KẾT LUẬN⏎⏎CỦA ĐỒNG
   /// CHÍ …⏎⏎TẠI HỘI NGHỊ …": web copies put blank lines between the lines of a heading.)
   [[nodiscard]] bool title_goes_on( std::size_t blank ) const noexcept
   {
      const std::size_t k = m_r.next_content( blank );
      if( k >= m_r.size() || m_r.blank_between( blank - 1, k ) == false ) {
         return false;  // a page break, or nothing
      }
      const raw_line& l = m_r[ k ];
      if( l.kind != line_kind::text && l.kind != line_kind::of_issuers ) {
         return false;
      }
      const std::size_t after = m_r.next_content( k + 1 );
      const bool authority = after < m_r.size() && ( m_r[ after ].kind == line_kind::basis || m_r[ after ].kind == line_kind::proposal );
      return mostly_upper( m_r.whole( k ) ) && !authority;
   }

   /// "Căn cứ …;" and "Theo đề nghị …" lines after the title (or opening the text), and the
   /// enacting line after them.
   void read_preamble()
   {
      const std::size_t n = m_r.size();
      std::size_t i = m_header ? m_r.next_content( m_title_end == npos ? m_first : m_title_end + 1 ) : m_first;
      // within a few lines: an authority line, "Kính gửi …", a rule may come first
      std::size_t start = npos;
      for( std::size_t k = i, seen = 0; k < n && seen < 4; ++k ) {
         if( !m_r.content( k ) ) {
            continue;
         }
         ++seen;
         if( m_r[ k ].kind == line_kind::basis || m_r[ k ].kind == line_kind::proposal ) {
            start = k;
            break;
         }
         if( m_r[ k ].kind != line_kind::body && !m_r.whole( k ).starts_with( "Kính gửi" ) && !( m_header && mostly_upper( m_r.whole( k ) ) ) ) {
            break;
         }
      }
      std::size_t end = m_header && m_title_end != npos ? m_title_end : npos;
      if( start != npos ) {
         std::size_t k = start;
         while( k < n ) {
            const raw_line& l = m_r[ k ];
            if( l.kind != line_kind::basis && l.kind != line_kind::proposal ) {
               break;
            }
            // the item runs until the next item, a blank line (web copies), or a line ending in ';'/'.'
            std::size_t last = k;
            std::size_t j = k + 1;
            while( j < n ) {
               if( !m_r.content( j ) ) {
                  ++j;
                  continue;
               }
               const raw_line& c = m_r[ j ];
               if( c.kind != line_kind::text && c.kind != line_kind::body && c.kind != line_kind::of_issuers && c.kind != line_kind::type_heading
                   && c.kind != line_kind::number ) {
                  break;
               }
               const std::string_view prev = m_r.whole( last );
               const bool punctuated = !prev.empty() && ( ends_sentence( prev ) || prev.back() == ',' );
               if( ( m_r.paragraph_mode() && m_r.blank_between( last, j ) ) || ends_sentence( prev ) || ( c.kind == line_kind::body && c.enacts && punctuated ) ) {
                  break;
               }
               last = j;
               ++j;
            }
            std::size_t b = l.begin;
            const std::string_view t = m_cx.t.normalized;
            while( b < l.end && ( t[ b ] == '-' || t[ b ] == '+' || t[ b ] == ' ' || t[ b ] == '\t' ) ) {
               ++b;
            }
            const nspan item{ b, m_r[ last ].end };
            ( l.kind == line_kind::basis ? m_basis : m_proposals ).push_back( item );
            end = last;
            k = m_r.next_content( last + 1 );
         }
         m_preamble = true;
         // the enacting line: "Chính phủ ban hành Nghị định …", "Ban Bí thư quy định …"
         for( std::size_t k2 = k, seen = 0; k2 < n && seen < 3; ++k2 ) {
            if( !m_r.content( k2 ) ) {
               continue;
            }
            ++seen;
            const raw_line& l = m_r[ k2 ];
            if( l.kind == line_kind::body && l.enacts && l.issuer_count > 0 ) {
               m_enacting = k2;
               end = k2;
               break;
            }
            if( l.kind == line_kind::decide ) {
               end = k2;
               break;
            }
            if( l.kind != line_kind::text ) {
               break;
            }
         }
         // without a header, "Căn cứ …" opens a preamble only as preambles are written: items
         // ending in ';' or an enacting line after them (a post titled "Căn cứ kiểm điểm …" is not one)
         const auto item_end = [ & ]( const nspan& s ) { return m_cx.t.normalized.substr( s.begin, s.end - s.begin ); };
         const bool listed = std::any_of( m_basis.begin(), m_basis.end(), [ & ]( const nspan& s ) {
            const std::string_view t = item_end( s );
            return !t.empty() && ( t.back() == ';' || t.back() == ',' );
         } );
         if( !m_header && !listed && m_enacting == npos ) {
            m_basis.clear();
            m_proposals.clear();
            m_preamble = false;
            end = npos;
         }
      }
      m_cx.layout.header = m_header;
      m_cx.layout.preamble = m_preamble;
      m_cx.layout.body_begin = end == npos ? m_first : end + 1;
   }

   void find_authentication()
   {
      for( std::size_t i = 0; i < m_r.size(); ++i ) {
         if( m_r[ i ].kind == line_kind::authentication ) {
            m_auth = i;
         }
      }
      if( m_auth == npos ) {
         return;
      }
      // "BỘ TÀI CHÍNH / Số: 11/VBHN-BTC / XÁC THỰC VĂN BẢN HỢP NHẤT / Hà Nội, ngày …": a few
      // lines around the heading
      std::size_t lo = m_auth;
      for( std::size_t k = 0; k < 3; ++k ) {
         const std::size_t p = m_r.prev_content( lo );
         if( p == npos || !( m_r[ p ].kind == line_kind::number || m_r[ p ].kind == line_kind::body || m_r[ p ].kind == line_kind::place_date || mostly_upper( m_r.whole( p ) ) ) ) {
            break;
         }
         lo = p;
      }
      for( std::size_t i = lo, seen = 0; i < m_r.size() && seen < 9; ++i ) {
         if( !m_r.content( i ) ) {
            continue;
         }
         ++seen;
         const raw_line& l = m_r[ i ];
         if( l.kind == line_kind::number && m_auth_number == npos ) {
            m_auth_number = i;
         }
         else if( l.kind == line_kind::place_date && m_auth_date == npos ) {
            m_auth_date = i;
         }
         else if( l.kind == line_kind::body && m_auth_body == npos && i < m_auth ) {
            m_auth_body = i;
         }
      }
      if( m_cx.layout.closing_begin == npos || lo < m_cx.layout.closing_begin ) {
         m_cx.layout.closing_begin = lo;
      }
   }

   [[nodiscard]] bool has_authentication() const noexcept { return m_auth != npos && m_auth_number != npos; }

   // --- the fields --------------------------------------------------------------------------------

   void fill()
   {
      document_info info;
      symbol_info sym;
      std::size_t number_line = m_number != npos ? m_number : ( has_authentication() ? m_auth_number : npos );
      if( number_line != npos ) {
         const raw_line& l = m_r[ number_line ];
         sym = analyze_symbol( m_r.marker( number_line ) );
         info.number = sym.canonical;
         info.number_span = m_cx.map( { l.marker_begin, l.marker_end } );
         if( sym.repaired ) {
            m_cx.note_repaired_symbol( { l.marker_begin, l.marker_end }, sym.key );
         }
      }
      read_type( info, sym );
      read_date( info );
      read_issuer( info, sym );
      read_title_text( info );
      const std::size_t last = m_header ? std::max( m_title_end == npos ? m_header_last : m_title_end, m_first ) : m_first;
      if( m_header ) {
         const std::size_t end_line = std::min( last, m_r.size() - 1 );
         info.span = m_cx.map( { m_r[ m_first ].begin, m_r[ end_line ].end } );
      }
      else if( has_authentication() ) {
         info.span = m_cx.map( { m_r[ m_auth ].begin, m_r[ m_auth ].end } );
      }
      else if( m_enacting != npos ) {
         info.span = m_cx.map( { m_r[ m_enacting ].begin, m_r[ m_enacting ].end } );
      }
      for( const nspan& b : m_basis ) {
         info.basis.push_back( m_cx.map( b ) );
      }
      for( const nspan& p : m_proposals ) {
         info.proposals.push_back( m_cx.map( p ) );
      }
      if( info.type.empty() ) {
         return;
      }
      // the id (docs/ids.md)
      id_parts p;
      p.type = info.type;
      if( info.number ) {
         p.number = *info.number;
         p.family = sym.family;
      }
      p.year = info.date ? info.date->year : sym.year;
      if( info.issuer ) {
         p.local = m_local;
         if( info.issuer->place ) {
            p.place = *info.issuer->place;
         }
      }
      if( info.number ) {
         info.id = document_id( p );
      }
      m_cx.doc.info = std::move( info );
   }

   void read_type( document_info& info, const symbol_info& sym )
   {
      if( m_type != npos && m_r[ m_type ].type ) {
         info.type = std::string( lexicon::doc_types().rows[ m_r[ m_type ].type->row ].canonical );
         info.type_span = m_cx.map( { m_r[ m_type ].begin, m_r[ m_type ].rest_begin > m_r[ m_type ].begin ? trim_end( m_r[ m_type ].begin, m_r[ m_type ].rest_begin ) : m_r[ m_type ].end } );
      }
      else if( m_number != npos && m_r[ m_number ].type ) {
         info.type = std::string( lexicon::doc_types().rows[ m_r[ m_number ].type->row ].canonical );  // "Luật số: …"
      }
      if( info.type.empty() && m_letter_title != npos && sym.type_code != "VBHN" ) {
         info.type = "Công văn";  // "V/v …" under the number and no type heading: an official letter
      }
      const std::string_view by_code = type_of_code( sym );
      if( sym.type_code == "VBHN" || ( info.type.empty() && !by_code.empty() ) ) {
         info.type = std::string( by_code );  // a consolidated text is one, whatever it consolidates
      }
      if( info.type.empty() && !sym.canonical.empty() && sym.type_code.empty() && sym.family == numbering::administrative ) {
         info.type = "Công văn";  // "17986/BTC-CT": a letter's symbol has no type code
      }
      if( info.type.empty() && m_enacting != npos && m_r[ m_enacting ].type ) {
         info.type = std::string( lexicon::doc_types().rows[ m_r[ m_enacting ].type->row ].canonical );
      }
   }

   [[nodiscard]] std::size_t trim_end( std::size_t b, std::size_t e ) const noexcept
   {
      const std::string_view t = m_cx.t.normalized;
      while( e > b && is_ws( t[ e - 1 ] ) ) {
         --e;
      }
      return e;
   }

   void read_date( document_info& info )
   {
      std::size_t line = m_date;
      if( line == npos && has_authentication() ) {
         line = m_auth_date;
      }
      if( line != npos ) {
         const raw_line& l = m_r[ line ];
         vanban::date d{ l.year, l.month, l.day };
         if( d.month == 0 || d.month > 12 ) {
            d.month = 0;  // "ngày  tháng  năm 2026": only the year was filled in
            d.day = 0;
         }
         else if( d.day > 31 ) {
            d.day = 0;
         }
         info.date = d;
         std::size_t db = l.place_end;
         const std::string_view t = m_cx.t.normalized;
         while( db < l.end && ( t[ db ] == ',' || is_ws( t[ db ] ) ) ) {
            ++db;
         }
         info.date_span = m_cx.map( { db, l.end } );
         std::string place = fold_ws( m_cx.t.normalized.substr( l.begin, l.place_end - l.begin ) );
         while( !place.empty() && place.back() == ',' ) {
            place.pop_back();
         }
         m_place_text = place;
         m_place_span = nspan{ l.begin, l.place_end };
         return;
      }
      // a law or a Standing Committee resolution is dated by its adoption: "… thông qua ngày …"
      const std::string_view t = m_cx.t.normalized;
      for( auto it = m_cx.ev.dates.rbegin(); it != m_cx.ev.dates.rend(); ++it ) {
         if( !it->valid || it->value.day == 0 ) {
            continue;
         }
         std::size_t b = it->where.begin;
         while( b > 0 && is_ws( t[ b - 1 ] ) ) {
            --b;
         }
         if( t.substr( 0, b ).ends_with( "thông qua" ) ) {
            info.date = it->value;
            info.date_span = m_cx.map( it->where );
            return;
         }
      }
   }

   /// The issuing body: the header's body lines (parent and child, or joint), refined by "CỦA …"
   /// under a Party heading or by the enacting line; else the authentication block or the symbol.
   void read_issuer( document_info& info, const symbol_info& sym )
   {
      std::vector<named_body> bodies;
      bool joint = false;
      std::size_t last_body_line = npos;
      for( const std::size_t i : m_bodies ) {
         const raw_line& l = m_r[ i ];
         if( l.issuer_count >= 2 ) {
            joint = true;
         }
         for( std::uint32_t k = 0; k < l.issuer_count; ++k ) {
            const raw_issuer& ri = m_cx.lines.issuers[ l.issuer_first + k ];
            auto iss = issuer_from_phrase( m_cx.t.normalized, ri, place_context{} );
            if( !iss ) {
               continue;
            }
            iss->span = m_cx.map( ri.where );
            const bool seen = std::any_of( bodies.begin(), bodies.end(), [ & ]( const named_body& b ) { return b.iss.name == iss->name; } );
            if( !seen ) {
               bodies.push_back( { std::move( *iss ), &ri } );
            }
         }
         last_body_line = i;
      }
      std::optional<vanban::issuer> result;
      if( joint && bodies.size() >= 2 ) {
         vanban::issuer j;
         for( const auto& b : bodies ) {
            j.name += j.name.empty() ? "" : " - ";
            j.name += b.iss.name;
            j.members.push_back( b.iss.name );
         }
         j.span = m_cx.map( { m_cx.lines.issuers[ m_r[ m_bodies.front() ].issuer_first ].where.begin, m_r[ m_bodies.back() ].end } );
         result = std::move( j );
      }
      else {
         // a unit under its parent: the last upper-case line after the last body line
         std::size_t unit = npos;
         for( const std::size_t u : m_units ) {
            if( last_body_line == npos || u > last_body_line ) {
               unit = u;
            }
         }
         if( !bodies.empty() && unit != npos ) {
            result = compose( m_r.whole( unit ), bodies.back() );
            result->span = m_cx.map( { m_r[ unit ].begin, m_r[ unit ].end } );
         }
         else if( !bodies.empty() ) {
            const named_body& child = bodies.back();
            result = child.iss;
            if( bodies.size() >= 2 && !child.iss.place && body_row_of( *child.raw ).placing != lexicon::placing::none ) {
               // "THÀNH PHỐ HÀ NỘI / SỞ …": placed by its parent
               place_context pc;
               pc.province = bodies.front().iss.place ? lexicon::find_province( *bodies.front().iss.place ) : nullptr;
               if( auto placed = issuer_from_phrase( m_cx.t.normalized, *child.raw, pc ) ) {
                  placed->span = child.iss.span;
                  result = std::move( placed );
               }
            }
            m_local = body_row_of( *child.raw ).placing != lexicon::placing::none;
         }
         else if( unit != npos ) {
            vanban::issuer u;
            u.name = organ_case( m_r.whole( unit ) );
            u.span = m_cx.map( { m_r[ unit ].begin, m_r[ unit ].end } );
            result = std::move( u );
         }
      }
      // a Party heading names its organ: "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ"; a Party
      // regulation its enacting organ: "Ban Bí thư quy định …" (the header says only "BAN CHẤP
      // HÀNH TRUNG ƯƠNG")
      const bool generic = !result || result->name == "Ban Chấp hành Trung ương Đảng";
      if( generic && m_of_issuers != npos ) {
         if( auto listed = listed_issuers( m_of_issuers ) ) {
            result = std::move( listed );
         }
      }
      else if( generic && m_enacting != npos ) {
         if( auto listed = listed_issuers( m_enacting ) ) {
            result = std::move( listed );
         }
      }
      if( !result && has_authentication() && m_auth_body != npos ) {
         result = listed_issuers( m_auth_body );
      }
      if( !result ) {
         result = issuer_from_symbol( sym, place_context{} );
      }
      if( !result && ( info.type == "Luật" || info.type == "Bộ luật" ) ) {
         vanban::issuer q;
         q.name = "Quốc hội";
         result = std::move( q );
      }
      // the place: a local issuer's province, else where the document was signed
      const lexicon::province_row* province = nullptr;
      if( result && result->place ) {
         province = lexicon::find_province( *result->place );
      }
      if( province == nullptr && m_local && !m_place_text.empty() ) {
         province = lexicon::find_province( strip_level( m_place_text ) );
      }
      if( m_local && province != nullptr ) {
         m_cx.place.province = province;
      }
      if( result && result->place ) {
         info.place = result->place;
      }
      else if( !m_place_text.empty() ) {
         info.place = m_place_text;
      }
      if( info.place && m_place_span ) {
         info.place_span = m_cx.map( *m_place_span );
      }
      info.issuer = std::move( result );
   }

   [[nodiscard]] static std::string_view strip_level( std::string_view place ) noexcept
   {
      for( const std::string_view level : { "Thành phố ", "thành phố ", "Tỉnh ", "tỉnh ", "TP. ", "TP " } ) {
         if( place.starts_with( level ) ) {
            return place.substr( level.size() );
         }
      }
      return place;
   }

   /// The bodies a line names ("CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ"): one, or a joint issuer.
   [[nodiscard]] std::optional<vanban::issuer> listed_issuers( std::size_t line ) const
   {
      const raw_line& l = m_r[ line ];
      std::vector<vanban::issuer> found;
      for( std::uint32_t k = 0; k < l.issuer_count; ++k ) {
         const raw_issuer& ri = m_cx.lines.issuers[ l.issuer_first + k ];
         if( auto iss = issuer_from_phrase( m_cx.t.normalized, ri, m_cx.place ) ) {
            iss->span = m_cx.map( ri.where );
            found.push_back( std::move( *iss ) );
         }
      }
      if( found.empty() ) {
         return std::nullopt;
      }
      if( found.size() == 1 ) {
         return found.front();
      }
      vanban::issuer j;
      for( const auto& f : found ) {
         j.name += j.name.empty() ? "" : ", ";
         j.name += f.name;
         j.members.push_back( f.name );
      }
      j.span = m_cx.map( { m_cx.lines.issuers[ l.issuer_first ].where.begin, m_cx.lines.issuers[ l.issuer_first + l.issuer_count - 1 ].where.end } );
      return j;
   }

   /// A unit under its parent body: "BAN TUYÊN GIÁO VÀ DÂN VẬN" under the Central Committee is
   /// the "Ban Tuyên giáo và Dân vận Trung ương"; "SỞ GIÁO DỤC VÀ ĐÀO TẠO" under "ỦY BAN NHÂN DÂN
   /// THÀNH PHỐ HỒ CHÍ MINH" is the city's; "BAN TUYÊN GIÁO" under "TỈNH ỦY BẮC KẠN" the Tỉnh ủy's.
   [[nodiscard]] vanban::issuer compose( std::string_view unit_text, const named_body& parent )
   {
      const std::string unit = fold_ws( unit_text );
      const lexicon::body_row& row = body_row_of( *parent.raw );
      vanban::issuer out;
      if( row.placing == lexicon::placing::none ) {
         if( parent.iss.name == "Ban Chấp hành Trung ương Đảng" ) {
            for( const std::string_view suffix : { " TRUNG ƯƠNG ĐẢNG", " TRUNG ƯƠNG" } ) {
               const std::string candidate = unit + std::string( suffix );
               if( const auto* k = lexicon::find( lexicon::bodies().view(), candidate ) ) {
                  out.name = std::string( lexicon::bodies().rows[ k->row ].canonical );
                  return out;
               }
            }
            out.name = organ_case( unit ) + " Trung ương";
            return out;
         }
         if( const auto* k = lexicon::find( lexicon::bodies().view(), unit ) ) {
            out.name = std::string( lexicon::bodies().rows[ k->row ].canonical );
            return out;
         }
         out.name = organ_case( unit );
         return out;
      }
      m_local = true;
      out.place = parent.iss.place;
      out.successor = std::nullopt;
      if( row.placing == lexicon::placing::level ) {
         // the unit of a province: "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"
         const std::string_view where = std::string_view( parent.iss.name ).substr( std::min( parent.iss.name.size(), row.canonical.size() ) );
         out.name = organ_case( unit ) + std::string( where );
      }
      else {
         out.name = organ_case( unit ) + " " + parent.iss.name;  // "Ban Tuyên giáo Tỉnh ủy Bắc Kạn"
      }
      return out;
   }

   void read_title_text( document_info& info )
   {
      if( m_title_first == npos || m_title_last == npos ) {
         return;
      }
      std::string original = m_r.joined( m_title_first, m_title_last, m_title_from );
      if( original.empty() ) {
         return;
      }
      info.title_span = m_cx.map( { m_title_from, m_r[ m_title_last ].end } );
      info.title = mostly_upper( original ) ? sentence_case( original ) : original;
      info.title_original = std::move( original );
   }

   resolve_context& m_cx;
   line_reader m_r;
   std::size_t m_first = 0;
   std::size_t m_stop = npos;
   std::size_t m_header_last = 0;  ///< the last line of the header before the title
   std::size_t m_number = npos;
   std::size_t m_date = npos;
   std::size_t m_type = npos;
   std::size_t m_letter_title = npos;
   std::size_t m_of_issuers = npos;
   std::size_t m_title_first = npos;
   std::size_t m_title_last = npos;
   std::size_t m_title_from = 0;
   std::size_t m_title_end = npos;
   std::size_t m_enacting = npos;
   std::size_t m_auth = npos;
   std::size_t m_auth_number = npos;
   std::size_t m_auth_date = npos;
   std::size_t m_auth_body = npos;
   bool m_motto = false;
   bool m_header = false;
   bool m_preamble = false;
   bool m_local = false;
   std::vector<std::size_t> m_bodies;
   std::vector<std::size_t> m_units;
   std::vector<nspan> m_basis;
   std::vector<nspan> m_proposals;
   std::string m_place_text;
   std::optional<nspan> m_place_span;
};

}  // namespace

void read_header( resolve_context& cx )
{
   header_reader( cx ).run();
}

}  // namespace vanban::detail
