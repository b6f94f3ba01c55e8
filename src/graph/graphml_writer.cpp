// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The corpus graph as GraphML (docs/graph.md): every attribute declared with a typed <key>, so
// networkx, Gephi and yEd read it without guessing. Lists (sources, aliases, positions, evidence)
// become one string, one item per line; a missing value is no <data> element.

#include <ostream>
#include <sstream>

#include <vanban/graph.hpp>

namespace vanban {
namespace {

/// XML character data or attribute value: markup escaped, characters XML 1.0 forbids dropped.
void escaped( std::ostream& out, std::string_view s )
{
   for( const char c : s ) {
      switch( c ) {
         case '&':
            out << "&amp;";
            break;
         case '<':
            out << "&lt;";
            break;
         case '>':
            out << "&gt;";
            break;
         case '"':
            out << "&quot;";
            break;
         default:
            if( static_cast<unsigned char>( c ) >= 0x20 || c == '\n' || c == '\t' ) {
               out << c;
            }
      }
   }
}

struct key {
   std::string_view id;
   std::string_view domain;  ///< node or edge
   std::string_view name;
   std::string_view type;    ///< string, int, double, boolean
};

constexpr key keys[] = {
   { "n_kind", "node", "kind", "string" },
   { "n_label", "node", "label", "string" },
   { "n_type", "node", "type", "string" },
   { "n_number", "node", "number", "string" },
   { "n_name", "node", "name", "string" },
   { "n_date", "node", "date", "string" },
   { "n_title", "node", "title", "string" },
   { "n_incomplete", "node", "incomplete", "boolean" },
   { "n_sources", "node", "sources", "string" },
   { "n_aliases", "node", "aliases", "string" },
   { "n_place", "node", "place", "string" },
   { "n_successor", "node", "successor", "string" },
   { "n_valid_to", "node", "valid_to", "string" },
   { "n_positions", "node", "positions", "string" },
   { "n_mentions", "node", "mentions", "int" },
   { "e_kind", "edge", "kind", "string" },
   { "e_label", "edge", "label", "string" },
   { "e_weight", "edge", "weight", "double" },
   { "e_evidence", "edge", "evidence", "string" },
};

void data( std::ostream& out, std::string_view key, std::string_view value )
{
   out << "      <data key=\"" << key << "\">";
   escaped( out, value );
   out << "</data>\n";
}

void data_opt( std::ostream& out, std::string_view key, const std::optional<std::string>& value )
{
   if( value ) {
      data( out, key, *value );
   }
}

void data_list( std::ostream& out, std::string_view key, const std::vector<std::string>& values )
{
   if( values.empty() ) {
      return;
   }
   std::string joined;
   for( const auto& v : values ) {
      joined += joined.empty() ? "" : "\n";
      joined += v;
   }
   data( out, key, joined );
}

/// "source:line:column" of a mention, the evidence list of an edge in one attribute.
[[nodiscard]] std::string where( const evidence& e )
{
   return e.source.value_or( "-" ) + ':' + std::to_string( e.mention.line ) + ':' + std::to_string( e.mention.column );
}

}  // namespace

void write_graphml( std::ostream& out, const corpus_graph& g )
{
   out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
   for( const key& k : keys ) {
      out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\"" << k.type << "\"/>\n";
   }
   out << "  <graph id=\"vanban\" edgedefault=\"directed\">\n";
   for( const auto& n : g.nodes ) {
      out << "    <node id=\"";
      escaped( out, n.id );
      out << "\">\n";
      data( out, "n_kind", to_string( n.kind ) );
      data( out, "n_label", n.label );
      if( n.kind == node_kind::document ) {
         data_opt( out, "n_type", n.type );
         data_opt( out, "n_number", n.number );
         data_opt( out, "n_name", n.name );
         if( n.date ) {
            data( out, "n_date", n.date->iso() );
         }
         data_opt( out, "n_title", n.title );
         data( out, "n_incomplete", std::string_view( n.incomplete ? "true" : "false" ) );
         data_list( out, "n_sources", n.sources );
         data_list( out, "n_aliases", n.aliases );
      }
      data_opt( out, "n_place", n.place );
      data_opt( out, "n_successor", n.successor );
      if( n.valid_to ) {
         data( out, "n_valid_to", n.valid_to->iso() );
      }
      data_list( out, "n_positions", n.positions );
      data( out, "n_mentions", std::to_string( n.mentions ) );
      out << "    </node>\n";
   }
   std::size_t id = 0;
   for( const auto& e : g.edges ) {
      out << "    <edge id=\"e" << id++ << "\" source=\"";
      escaped( out, e.from );
      out << "\" target=\"";
      escaped( out, e.to );
      out << "\">\n";
      data( out, "e_kind", to_string( e.kind ) );
      data( out, "e_label", to_string( e.kind ) );
      data( out, "e_weight", std::to_string( e.evidence.size() ) );
      std::vector<std::string> ev;
      ev.reserve( e.evidence.size() );
      for( const auto& x : e.evidence ) {
         ev.push_back( where( x ) );
      }
      data_list( out, "e_evidence", ev );
      out << "    </edge>\n";
   }
   out << "  </graph>\n</graphml>\n";
}

std::string to_graphml( const corpus_graph& g )
{
   std::ostringstream out;
   write_graphml( out, g );
   return out.str();
}

}  // namespace vanban
