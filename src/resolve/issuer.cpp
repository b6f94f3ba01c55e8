// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "issuer.hpp"

#include <string>

namespace vanban::detail {
namespace {

[[nodiscard]] std::string_view level_word( place_level level, const lexicon::province_row* p ) noexcept
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

/// "Ủy ban nhân dân" + "tỉnh" + "Bắc Kạn"; "Tỉnh ủy" + "Bắc Kạn" (a city's is "Thành ủy").
[[nodiscard]] vanban::issuer local_body( std::string_view base, lexicon::placing placing, place_level level, const lexicon::province_row* p )
{
   vanban::issuer out;
   const bool below_province = level == place_level::commune || level == place_level::district;
   if( below_province ) {
      p = nullptr;  // "UBND xã …": the commune is not a province
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
   return r.province ? &lexicon::provinces().rows[ r.province->row ] : nullptr;
}

std::optional<vanban::issuer> issuer_from_phrase( const raw_issuer& r, const place_context& ctx )
{
   if( r.body == nullptr ) {
      return std::nullopt;
   }
   const auto& row = lexicon::bodies().rows[ r.body->row ];
   if( row.placing == lexicon::placing::none ) {
      auto out = national_body( row.canonical );
      return out;
   }
   const lexicon::province_row* p = stated_province( r );
   if( p == nullptr ) {
      p = ctx.province;
   }
   return local_body( row.canonical, row.placing, r.level, p );
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

}  // namespace vanban::detail
