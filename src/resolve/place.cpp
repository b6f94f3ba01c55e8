// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <map>

#include "context.hpp"

namespace vanban::detail {

/// The province the text's own local bodies are in: the province named most often with a
/// local body ("Tỉnh ủy Bắc Kạn", "UBND tỉnh Bắc Ninh"); the first on a tie.
void infer_place( resolve_context& cx )
{
   if( cx.place.province != nullptr ) {
      return;  // the header placed the text (read_header)
   }
   std::map<const lexicon::province_row*, std::pair<std::size_t, std::size_t>> seen;  // count, first
   std::size_t order = 0;
   const auto count = [ & ]( const raw_issuer& r ) {
      for( std::size_t i = 0; i < r.count; ++i ) {
         const raw_unit& u = r.units[ i ];
         if( u.province == nullptr ) {
            continue;
         }
         const bool local = ( u.body && lexicon::bodies().rows[ u.body->row ].placing != lexicon::placing::none ) || ( u.org_head && lexicon::org_heads().rows[ u.org_head->row ].placing != lexicon::placing::none );
         if( !local ) {
            continue;
         }
         auto& e = seen[ &lexicon::provinces().rows[ u.province->row ] ];
         if( e.first++ == 0 ) {
            e.second = order;
         }
         ++order;
      }
   };
   for( const auto& b : cx.ev.bodies ) {
      count( b );
   }
   for( const auto& c : cx.ev.citations ) {
      if( c.issuer ) {
         count( *c.issuer );
      }
   }
   const lexicon::province_row* best = nullptr;
   std::pair<std::size_t, std::size_t> best_score{ 0, 0 };
   for( const auto& [ p, score ] : seen ) {
      if( best == nullptr || score.first > best_score.first || ( score.first == best_score.first && score.second < best_score.second ) ) {
         best = p;
         best_score = score;
      }
   }
   cx.place.province = best;
}


}  // namespace vanban::detail
