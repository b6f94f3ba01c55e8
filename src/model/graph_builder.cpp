// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#include "graph_builder.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "ids.hpp"

namespace vanban::detail {
namespace {

class builder {
public:
   explicit builder( graph& g )
      : m_g( g )
   {}

   graph_node& node( const std::string& id, node_kind kind )
   {
      const auto it = m_nodes.find( id );
      if( it != m_nodes.end() ) {
         return m_g.nodes[ it->second ];
      }
      m_nodes.emplace( id, m_g.nodes.size() );
      graph_node& n = m_g.nodes.emplace_back();
      n.id = id;
      n.kind = kind;
      return n;
   }

   void edge( const std::string& from, const std::string& to, edge_kind kind, std::optional<evidence> ev )
   {
      const auto key = std::make_tuple( from, to, kind );
      auto it = m_edges.find( key );
      if( it == m_edges.end() ) {
         it = m_edges.emplace( key, m_g.edges.size() ).first;
         graph_edge& e = m_g.edges.emplace_back();
         e.from = from;
         e.to = to;
         e.kind = kind;
      }
      if( ev ) {
         m_g.edges[ it->second ].evidence.push_back( std::move( *ev ) );
      }
   }

   /// Body nodes and the `issued_by` edges to them: one per member of a joint issuer.
   void issued_by( const std::string& doc_id, const std::optional<issuer>& iss, const std::optional<std::string>& source, const std::optional<span>& where )
   {
      if( !iss || iss->name.empty() ) {
         return;
      }
      for( const std::string& name : issuing_bodies( *iss ) ) {
         const std::string bid = body_id( name );
         graph_node& b = node( bid, node_kind::body );
         b.label = name;
         b.place = iss->place;
         std::optional<evidence> ev;
         if( where ) {
            ev = evidence{ source, *where, iss->span };
         }
         edge( doc_id, bid, edge_kind::issued_by, std::move( ev ) );
      }
   }

private:
   graph& m_g;
   std::map<std::string, std::size_t> m_nodes;
   std::map<std::tuple<std::string, std::string, edge_kind>, std::size_t> m_edges;
};

}  // namespace

std::string document_label( std::string_view type, const std::optional<std::string>& number, const std::optional<std::string>& name )
{
   std::string label( type );
   if( number ) {
      label += ' ';
      label += *number;
   }
   else if( name ) {
      label += ' ';
      label += *name;
   }
   return label;
}

std::vector<std::string> issuing_bodies( const issuer& i )
{
   if( i.members.empty() ) {
      return { i.name };
   }
   return i.members;
}

std::string subject_id( const document& doc )
{
   if( doc.info && !doc.info->id.empty() && !is_unidentified_id( doc.info->id ) ) {
      return doc.info->id;
   }
   // a header without its number ("vn/nghi-dinh/_") says the type, not which decree: in a
   // corpus graph it must not merge with another such text, so the text stands for it
   const bool relates = std::any_of( doc.citations.begin(), doc.citations.end(), []( const citation& c ) { return c.relation.has_value(); } );
   if( !relates && !doc.info ) {
      return {};
   }
   // the text does not say which document it is: the text itself stands for it
   return "text/" + ( doc.source ? slug( *doc.source ) : std::string( "_" ) );
}

void build_graph( document& doc )
{
   doc.graph = {};
   builder b( doc.graph );
   const std::string subject = subject_id( doc );
   if( !subject.empty() ) {
      graph_node& n = b.node( subject, node_kind::document );
      n.subject = true;
      if( doc.info && doc.info->id == subject ) {
         n.type = doc.info->type;
         n.number = doc.info->number;
         n.date = doc.info->date;
         n.label = document_label( doc.info->type, doc.info->number, std::nullopt );
         b.issued_by( subject, doc.info->issuer, doc.source, doc.info->span );
      }
      else {
         n.label = doc.article && doc.article->title ? *doc.article->title : ( doc.source ? *doc.source : std::string( "text" ) );
      }
   }
   for( const auto& c : doc.citations ) {
      graph_node& n = b.node( c.id, node_kind::document );
      if( n.label.empty() ) {
         n.label = document_label( c.type, c.number, c.name );
         n.type = c.type;
         n.number = c.number;
      }
      if( !n.date && c.date ) {
         n.date = c.date;
      }
      if( c.id != subject ) {
         b.issued_by( c.id, c.issuer, doc.source, c.span );
      }
      if( !subject.empty() && c.relation && c.id != subject ) {
         std::optional<span> cue_span;
         if( c.cue ) {
            cue_span = c.cue->span;
         }
         b.edge( subject, c.id, to_edge_kind( *c.relation ), evidence{ doc.source, c.span, cue_span } );
      }
   }
   if( doc.info && !subject.empty() ) {
      const std::optional<std::string> place = doc.info->issuer && is_local_issuer( *doc.info->issuer ) ? doc.info->issuer->place : std::nullopt;
      for( const auto& s : doc.info->signers ) {
         if( s.name.empty() ) {
            continue;
         }
         const std::string pid = person_id( s.name, place );
         graph_node& p = b.node( pid, node_kind::person );
         p.label = s.name;
         b.edge( subject, pid, edge_kind::signed_by, evidence{ doc.source, s.span, std::nullopt } );
      }
   }
}

}  // namespace vanban::detail
