// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include <algorithm>
#include <limits>

#include "context.hpp"

namespace vanban::detail {

void collect_mentions( resolve_context& cx )
{
   // at most this many each, reserved: doubling a long text's vectors at the peak of memory
   // left up to half of them empty
   cx.doc.dates.reserve( cx.doc.dates.size() + cx.ev.dates.size() );
   const auto& citations = cx.doc.citations;
   const auto stated = []( const citation& c ) { return c.issuer && c.issuer->span; };  // a body mention of its own
   cx.doc.bodies.reserve( cx.doc.bodies.size() + cx.ev.bodies.size() + std::size_t( std::count_if( citations.begin(), citations.end(), stated ) ) );
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
   // the bodies the scan found, then the issuers the citations state, in text order; each list
   // is in text order already, so they are merged as they are made, ties to the scan's body (a
   // stable sort of a long text's mentions took a buffer of half of them, at the peak of memory)
   std::size_t next = 0;  // the next citation whose issuer is still to be added
   const auto add_stated_before = [ & ]( std::size_t start ) {
      for( ; next < citations.size(); ++next ) {
         if( !stated( citations[ next ] ) ) {
            continue;
         }
         const vanban::span& at = *citations[ next ].issuer->span;
         if( at.start >= start ) {
            break;
         }
         cx.doc.bodies.push_back( { *citations[ next ].issuer, cx.original( at ), at } );
      }
   };
   for( const auto& b : cx.ev.bodies ) {
      if( auto iss = issuer_from_phrase( cx.t.normalized, b, cx.place ) ) {
         body_mention m;
         m.span = cx.map( b.where );
         add_stated_before( m.span.start );
         iss->span = m.span;
         m.body = std::move( *iss );
         m.text = cx.original( m.span );
         cx.doc.bodies.push_back( std::move( m ) );
      }
   }
   add_stated_before( std::numeric_limits<std::size_t>::max() );
   const auto by_start = []( const body_mention& a, const body_mention& b ) { return a.span.start < b.span.start; };
   if( !std::is_sorted( cx.doc.bodies.begin(), cx.doc.bodies.end(), by_start ) ) {
      // a list out of text order (never on the corpus): sorted, ties as merged
      std::stable_sort( cx.doc.bodies.begin(), cx.doc.bodies.end(), by_start );
   }
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
