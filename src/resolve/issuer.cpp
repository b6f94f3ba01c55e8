// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "issuer.hpp"

#include <string>

namespace vanban::detail {

std::string_view level_word( place_level level, const lexicon::province_row* p ) noexcept
{
   switch( level ) {
      case place_level::province:
         return "tỉnh";
      case place_level::city:
         return "thành phố";
      case place_level::commune:
         return "xã";
      case place_level::district:
         return "huyện";
      case place_level::none:
         break;
   }
   return p && p->city ? "thành phố" : "tỉnh";
}

namespace {

/// "Ủy ban nhân dân" + "tỉnh" + "Bắc Kạn"; "Tỉnh ủy" + "Bắc Kạn" (a city's is "Thành ủy").
[[nodiscard]] vanban::issuer local_body( std::string_view base, lexicon::placing placing, place_level level, const lexicon::province_row* p )
{
   vanban::issuer out;
   const bool below_province = level == place_level::commune || level == place_level::district;
   if( below_province ) {
      p = nullptr;  // "UBND xã …": the commune is not a province
   }
   if( p && level == place_level::city && !p->city && !p->successor.empty() ) {
      // "Ủy ban nhân dân thành phố" in a text about Thừa Thiên Huế: the city that succeeded it
      const auto* sp = lexicon::find_province( p->successor );
      if( sp && sp->city ) {
         p = sp;
      }
   }
   std::string name( base );
   if( placing == lexicon::placing::level ) {
      name += ' ';
      name += level_word( level, p );
   }
   else if( p && p->city && base == "Tỉnh ủy" ) {
      name = "Thành ủy";
   }
   if( p ) {
      name += ' ';
      name += p->canonical;
      out.place = std::string( p->canonical );
      if( !p->successor.empty() ) {
         std::string succ( base );
         const auto* sp = lexicon::find_province( p->successor );
         if( placing == lexicon::placing::level ) {
            succ += ' ';
            succ += level_word( place_level::none, sp );
         }
         else if( sp && sp->city && base == "Tỉnh ủy" ) {
            succ = "Thành ủy";
         }
         succ += ' ';
         succ += p->successor;
         out.successor = std::move( succ );
      }
   }
   out.name = std::move( name );
   return out;
}

[[nodiscard]] vanban::issuer national_body( std::string_view canonical )
{
   vanban::issuer out;
   out.name = std::string( canonical );
   for( const auto& row : lexicon::bodies().rows ) {
      if( row.canonical == canonical && !row.successor.empty() ) {
         out.successor = std::string( row.successor );
         break;
      }
   }
   return out;
}

}  // namespace

const lexicon::province_row* stated_province( const raw_issuer& r ) noexcept
{
   for( std::size_t i = 0; i < r.count; ++i ) {
      if( r.units[ i ].province ) {
         return &lexicon::provinces().rows[ r.units[ i ].province->row ];
      }
   }
   return nullptr;
}

bool is_local( const raw_issuer& r ) noexcept
{
   for( std::size_t i = 0; i < r.count; ++i ) {
      const raw_unit& u = r.units[ i ];
      if( u.body && lexicon::bodies().rows[ u.body->row ].placing != lexicon::placing::none ) {
         return true;
      }
      if( u.org_head && ( lexicon::org_heads().rows[ u.org_head->row ].placing != lexicon::placing::none || u.province || u.org_inner != lexicon::placing::none ) ) {
         return true;
      }
   }
   return false;
}

namespace {

/// A body named by its head word: the name as written (line breaks folded), then its place as
/// the lexicon's bodies get theirs ("Thuế TP. Hà Nội" → "Thuế thành phố Hà Nội"; "Sở Y tế" in a
/// text placed in Đồng Nai → "Sở Y tế tỉnh Đồng Nai").
[[nodiscard]] vanban::issuer org_body( std::string_view text, const raw_unit& u, const place_context& ctx )
{
   vanban::issuer out;
   std::string name;
   bool space = false;
   for( const char c : u.org.in( text ) ) {
      if( c == ' ' || c == '\t' || c == '\n' ) {
         space = !name.empty();
         continue;
      }
      if( space ) {
         name += ' ';
         space = false;
      }
      name += c;
   }
   const lexicon::province_row* p = u.province ? &lexicon::provinces().rows[ u.province->row ] : nullptr;
   const bool local = u.org_head && lexicon::org_heads().rows[ u.org_head->row ].placing != lexicon::placing::none;
   if( p ) {
      if( u.level != place_level::none ) {
         name += ' ';
         name += level_word( u.level, p );
      }
      name += ' ';
      name += p->canonical;
      out.place = std::string( p->canonical );
   }
   else if( u.level != place_level::none ) {
      name += ' ';
      name += level_word( u.level, ctx.province );
      if( ctx.province ) {
         name += ' ';
         name += ctx.province->canonical;
         out.place = std::string( ctx.province->canonical );
      }
   }
   else if( ( local || u.org_inner == lexicon::placing::level ) && ctx.province ) {
      name += ' ';
      name += level_word( place_level::none, ctx.province );
      name += ' ';
      name += ctx.province->canonical;
      out.place = std::string( ctx.province->canonical );
   }
   else if( u.org_inner == lexicon::placing::name && ctx.province ) {
      name += ' ';  // "Ban Tuyên giáo Tỉnh ủy" → "… Tỉnh ủy Bắc Kạn"
      name += ctx.province->canonical;
      out.place = std::string( ctx.province->canonical );
   }
   out.name = std::move( name );
   return out;
}

[[nodiscard]] std::optional<vanban::issuer> unit_issuer( std::string_view text, const raw_unit& u, const place_context& ctx )
{
   if( u.body == nullptr ) {
      if( u.org.empty() ) {
         return std::nullopt;
      }
      return org_body( text, u, ctx );
   }
   const auto& row = lexicon::bodies().rows[ u.body->row ];
   if( row.placing == lexicon::placing::none ) {
      return national_body( row.canonical );
   }
   const lexicon::province_row* p = u.province ? &lexicon::provinces().rows[ u.province->row ] : nullptr;
   if( p == nullptr ) {
      p = ctx.province;
   }
   return local_body( row.canonical, row.placing, u.level, p );
}

}  // namespace

std::optional<vanban::issuer> issuer_from_phrase( std::string_view text, const raw_issuer& r, const place_context& ctx )
{
   if( r.count == 0 ) {
      return std::nullopt;
   }
   if( r.count == 1 ) {
      return unit_issuer( text, r.units[ 0 ], ctx );
   }
   // bodies issuing together: "Bộ Chính trị, Ban Bí thư"
   vanban::issuer joint;
   for( std::size_t i = 0; i < r.count; ++i ) {
      auto one = unit_issuer( text, r.units[ i ], ctx );
      if( !one ) {
         continue;
      }
      if( !joint.name.empty() ) {
         const char j = r.units[ i ].joiner;
         joint.name += j == 'v' ? " và " : j == '-' ? " - " : ", ";
      }
      joint.name += one->name;
      joint.members.push_back( one->name );
      if( !joint.place && one->place ) {
         joint.place = one->place;
      }
   }
   return joint;
}

std::optional<vanban::issuer> issuer_from_symbol( const symbol_info& s, const place_context& ctx )
{
   if( s.issuer_codes.empty() ) {
      return std::nullopt;
   }
   std::vector<vanban::issuer> found;
   for( const std::string& code : s.issuer_codes ) {
      const auto* row = lexicon::find_issuer_code( code );
      if( row == nullptr ) {
         continue;
      }
      if( row->placing == lexicon::placing::none ) {
         found.push_back( national_body( row->canonical ) );
      }
      else {
         found.push_back( local_body( row->canonical, row->placing, place_level::none, ctx.province ) );
      }
      found.back().code = code;
   }
   if( found.empty() ) {
      return std::nullopt;
   }
   if( found.size() == 1 ) {
      return found.front();
   }
   vanban::issuer joint;
   for( const auto& f : found ) {
      if( !joint.name.empty() ) {
         joint.name += " - ";
      }
      joint.name += f.name;
      joint.members.push_back( f.name );
   }
   joint.code = s.type_code;
   return joint;
}

bool compatible( const symbol_info& s, const vanban::issuer& stated ) noexcept
{
   if( s.issuer_codes.empty() ) {
      return true;
   }
   const auto names = [ & ]( std::string_view n ) {
      if( stated.name.starts_with( n ) ) {
         return true;
      }
      for( const auto& m : stated.members ) {
         if( std::string_view( m ).starts_with( n ) ) {
            return true;
         }
      }
      return false;
   };
   for( const std::string& code : s.issuer_codes ) {
      const auto* row = lexicon::find_issuer_code( code );
      if( row == nullptr || names( row->canonical ) ) {
         continue;
      }
      // the central Party organs all use /TW
      if( code == "TW" && ( names( "Bộ Chính trị" ) || names( "Ban Bí thư" ) || names( "Ban Chấp hành Trung ương" ) ) ) {
         continue;
      }
      return false;
   }
   return true;
}

}  // namespace vanban::detail
