// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// A part of a corpus graph around some documents (`vanban graph --focus`): breadth-first over
// relation edges in both directions. Bodies and persons are attached but never walked through:
// through "Chính phủ" every decree is two steps from every other.

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include <vanban/graph.hpp>

namespace vanban {

corpus_graph neighborhood( const corpus_graph& g, const std::vector<std::string>& focus, unsigned depth )
{
   std::map<std::string_view, std::vector<std::string_view>> adjacent;
   for( const auto& e : g.edges ) {
      if( e.kind != edge_kind::issued_by && e.kind != edge_kind::signed_by ) {
         adjacent[ e.from ].push_back( e.to );
         adjacent[ e.to ].push_back( e.from );
      }
   }
   // a focus may name a node by one of its aliases
   std::map<std::string_view, std::string_view> alias;
   for( const auto& n : g.nodes ) {
      for( const auto& a : n.aliases ) {
         alias.emplace( a, n.id );
      }
   }
   std::map<std::string_view, unsigned> dist;
   std::deque<std::string_view> queue;
   for( const auto& f : focus ) {
      std::string_view id = f;
      if( const auto a = alias.find( id ); a != alias.end() && !g.find( id ) ) {
         id = a->second;
      }
      if( g.find( id ) && dist.emplace( id, 0 ).second ) {
         queue.push_back( id );
      }
   }
   while( !queue.empty() ) {
      const std::string_view id = queue.front();
      queue.pop_front();
      const unsigned d = dist[ id ];
      if( d == depth ) {
         continue;
      }
      for( const std::string_view next : adjacent[ id ] ) {
         if( dist.emplace( next, d + 1 ).second ) {
            queue.push_back( next );
         }
      }
   }
   std::set<std::string_view> keep;
   for( const auto& [ id, d ] : dist ) {
      keep.insert( id );
   }
   for( const auto& e : g.edges ) {
      if( ( e.kind == edge_kind::issued_by || e.kind == edge_kind::signed_by ) && dist.count( e.from ) ) {
         keep.insert( e.to );
      }
   }
   corpus_graph out;
   out.inputs = g.inputs;
   for( const auto& n : g.nodes ) {
      if( keep.count( n.id ) ) {
         out.nodes.push_back( n );
      }
   }
   for( const auto& e : g.edges ) {
      if( keep.count( e.from ) && keep.count( e.to ) ) {
         out.edges.push_back( e );
      }
   }
   for( const auto& d : g.diagnostics ) {
      if( keep.count( d.node ) ) {
         out.diagnostics.push_back( d );
      }
   }
   return out;
}

}  // namespace vanban
