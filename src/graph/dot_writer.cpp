// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The corpus graph as Graphviz DOT (docs/graph.md): documents are boxes (a double border for
// documents some input *is*, dashed for incomplete ids), bodies ellipses, persons plain text;
// edges carry their kind and, when several mentions support them, the count.

#include <ostream>
#include <sstream>

#include <vanban/graph.hpp>

namespace vanban {
namespace {

/// A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`.
void quoted( std::ostream& out, std::string_view s )
{
   out << '"';
   for( const char c : s ) {
      if( c == '"' || c == '\\' ) {
         out << '\\' << c;
      }
      else if( c == '\n' ) {
         out << "\\n";
      }
      else if( c == '\r' || c == '\t' ) {
         out << ' ';
      }
      else {
         out << c;
      }
   }
   out << '"';
}

[[nodiscard]] std::string_view color( edge_kind k ) noexcept
{
   switch( k ) {
      case edge_kind::based_on:
         return "#1f77b4";
      case edge_kind::implements:
         return "#2ca02c";
      case edge_kind::guides:
         return "#9467bd";
      case edge_kind::amends:
         return "#ff7f0e";
      case edge_kind::replaces:
         return "#8c564b";
      case edge_kind::repeals:
      case edge_kind::suspends:
         return "#d62728";
      case edge_kind::corrects:
      case edge_kind::consolidates:
         return "#17becf";
      case edge_kind::cites:
         return "#7f7f7f";
      case edge_kind::issued_by:
      case edge_kind::signed_by:
         return "#bbbbbb";
   }
   return "#000000";
}

/// Graphs with more nodes than this are laid out by sfdp (see write_dot).
constexpr std::size_t large_graph = 400;

}  // namespace

void write_dot( std::ostream& out, const corpus_graph& g )
{
   // dot's hierarchical layout reads well up to a few hundred nodes but takes many minutes on a
   // corpus (thousands of documents cite a few laws: ranks thousands of nodes wide); there the
   // file asks for sfdp, Graphviz's multiscale force layout, which `dot -Tsvg` honours, and
   // drops edge labels (colour tells the kind). `dot -Glayout=dot` forces the hierarchy.
   const bool large = g.nodes.size() > large_graph;
   out << "digraph vanban {\n";
   if( large ) {
      out << "  graph [layout=sfdp, overlap=scale, outputorder=edgesfirst, fontname=\"DejaVu Sans\", fontsize=10];\n";
   }
   else {
      out << "  graph [rankdir=LR, fontname=\"DejaVu Sans\", fontsize=10];\n";
   }
   out << "  node [fontname=\"DejaVu Sans\", fontsize=10];\n"
          "  edge [fontname=\"DejaVu Sans\", fontsize=8];\n";
   for( const auto& n : g.nodes ) {
      out << "  ";
      quoted( out, n.id );
      out << " [label=";
      std::string label = n.label;
      if( n.kind == node_kind::document && n.date ) {
         label += '\n' + n.date->iso();
      }
      quoted( out, label );
      switch( n.kind ) {
         case node_kind::document:
            out << ", shape=box, style=\"" << ( n.incomplete ? "dashed,filled" : "filled" ) << "\", fillcolor=\"" << ( n.sources.empty() ? "#eef3fb" : "#cfe0f7" ) << '"';
            if( !n.sources.empty() ) {
               out << ", peripheries=2";
            }
            break;
         case node_kind::body:
            out << ", shape=ellipse, style=filled, fillcolor=\"#fdf1d6\"";
            break;
         case node_kind::person:
            out << ", shape=plaintext";
            break;
      }
      out << ", tooltip=";
      quoted( out, n.id );
      out << "];\n";
   }
   for( const auto& e : g.edges ) {
      out << "  ";
      quoted( out, e.from );
      out << " -> ";
      quoted( out, e.to );
      std::string label( to_string( e.kind ) );
      if( e.evidence.size() > 1 ) {
         label += " ×" + std::to_string( e.evidence.size() );
      }
      out << ( large ? " [tooltip=" : " [label=" );
      quoted( out, label );
      out << ", color=\"" << color( e.kind ) << "\", fontcolor=\"" << color( e.kind ) << '"';
      if( e.kind == edge_kind::issued_by || e.kind == edge_kind::signed_by ) {
         out << ", style=dashed";
      }
      out << "];\n";
   }
   out << "}\n";
}

std::string to_dot( const corpus_graph& g )
{
   std::ostringstream out;
   write_dot( out, g );
   return out.str();
}

}  // namespace vanban
