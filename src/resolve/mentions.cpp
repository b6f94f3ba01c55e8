// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <algorithm>

#include "context.hpp"

namespace vanban::detail {

void collect_mentions( resolve_context& cx )
{
   // at most this many each, reserved: doubling a long text's vectors at the peak of memory
   // left up to half of them empty
   cx.doc.dates.reserve( cx.doc.dates.size() + cx.ev.dates.size() );
   cx.doc.bodies.reserve( cx.doc.bodies.size() + cx.ev.bodies.size() + cx.doc.citations.size() );
   cx.doc.diagnostics.reserve( cx.doc.diagnostics.size() + cx.ev.problems.size() );
   for( const auto& d : cx.ev.dates ) {
      if( !d.valid ) {
         continue;
      }
      date_mention m;
      m.value = d.value;
      m.span = cx.map( d.where );
      m.text = cx.original( m.span );
      cx.doc.dates.push_back( std::move( m ) );
   }
   for( const auto& b : cx.ev.bodies ) {
      if( auto iss = issuer_from_phrase( cx.t.normalized, b, cx.place ) ) {
         body_mention m;
         m.span = cx.map( b.where );
         iss->span = m.span;
         m.body = std::move( *iss );
         m.text = cx.original( m.span );
         cx.doc.bodies.push_back( std::move( m ) );
      }
   }
   for( const auto& c : cx.doc.citations ) {
      if( c.issuer && c.issuer->span ) {
         cx.doc.bodies.push_back( { *c.issuer, cx.original( *c.issuer->span ), *c.issuer->span } );
      }
   }
   std::stable_sort( cx.doc.bodies.begin(), cx.doc.bodies.end(), []( const body_mention& a, const body_mention& b ) { return a.span.start < b.span.start; } );
   for( const auto& p : cx.ev.problems ) {
      diagnostic d;
      d.code = std::string( p.code );
      d.severity = p.note ? severity::note : severity::warning;
      d.message = std::string( p.message );
      d.span = cx.map( p.where );
      cx.doc.diagnostics.push_back( std::move( d ) );
   }
}


}  // namespace vanban::detail
