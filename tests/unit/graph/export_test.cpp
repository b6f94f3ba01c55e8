// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The corpus graph's exports: node-link JSON, DOT and GraphML, with the characters each format
// must escape. (Graphviz, networkx and the JSON Schema read real outputs in tests/graph.)

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <vanban/vanban.hpp>

namespace {

/// A small graph with the characters the formats must escape: quotes, <, &, a backslash.
vanban::corpus_graph sample()
{
   vanban::graph_builder b;
   b.add( vanban::extract( "Quảng Ninh ban hành kế hoạch chuyển đổi số\n\n"
                           "Ngày 05/3/2024, UBND tỉnh Quảng Ninh đã ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số <2024> & cải cách \"một cửa\".\n\n"
                           "Kế hoạch nhằm cụ thể hóa Nghị quyết số 12-NQ/TU ngày 20/12/2023 của Tỉnh ủy Quảng Ninh về chuyển đổi số.",
                           { .source = "a\\b \"c\".txt" } ) );
   return b.build();
}

}  // namespace

BOOST_AUTO_TEST_SUITE( export_test )

BOOST_AUTO_TEST_CASE( json_is_node_link_in_a_fixed_order )
{
   const auto g = sample();
   const auto j = nlohmann::ordered_json::parse( vanban::to_json( g ) );
   std::vector<std::string> keys;
   for( const auto& [ k, v ] : j.items() ) {
      keys.push_back( k );
   }
   BOOST_TEST( keys == ( std::vector<std::string>{ "schema_version", "generator", "directed", "multigraph", "graph", "nodes", "edges", "diagnostics" } ) );
   BOOST_TEST( j[ "graph" ][ "inputs" ] == 1 );
   BOOST_TEST( j[ "nodes" ].size() == g.nodes.size() );
   BOOST_TEST( j[ "edges" ].size() == g.edges.size() );
   const auto& plan = j[ "nodes" ][ 2 ];
   BOOST_TEST( plan[ "id" ] == "vn/ke-hoach/45-kh-ubnd/2024/quang-ninh" );
   BOOST_TEST( plan[ "sources" ][ 0 ] == "a\\b \"c\".txt" );
   BOOST_TEST( plan[ "title" ] == "chuyển đổi số <2024> & cải cách \"một cửa\"" );
   const auto& implements = j[ "edges" ][ 1 ];
   BOOST_TEST( implements[ "kind" ] == "implements" );
   BOOST_TEST( implements[ "to" ] == "vn/nghi-quyet/12-nq-tu/2023/quang-ninh" );
   BOOST_TEST( implements[ "evidence" ][ 0 ][ "mention" ][ "line" ] == 5 );
   BOOST_TEST( implements[ "evidence" ][ 0 ][ "cue" ].is_object() );
   BOOST_TEST( vanban::to_json( g, { .indent = -1 } ).find( '\n' ) == std::string::npos );
   // written element by element, yet exactly what dumping the whole document gives
   for( const int indent : { -1, 0, 2, 4 } ) {
      const std::string out = vanban::to_json( g, { .indent = indent } );
      BOOST_TEST( nlohmann::ordered_json::parse( out ).dump( indent ) == out );
   }
   vanban::corpus_graph empty;
   BOOST_TEST( nlohmann::ordered_json::parse( vanban::to_json( empty ) ).dump( 2 ) == vanban::to_json( empty ) );
}

BOOST_AUTO_TEST_CASE( dot_quotes_ids_and_labels )
{
   const std::string dot = vanban::to_dot( sample() );
   BOOST_TEST( dot.starts_with( "digraph vanban {\n" ) );
   BOOST_TEST( dot.ends_with( "}\n" ) );
   BOOST_TEST( dot.find( "\"vn/ke-hoach/45-kh-ubnd/2024/quang-ninh\" [label=\"Kế hoạch 45/KH-UBND\\n2024-03-05\", shape=box" ) != std::string::npos );
   BOOST_TEST( dot.find( "\"vn/ke-hoach/45-kh-ubnd/2024/quang-ninh\" -> \"vn/nghi-quyet/12-nq-tu/2023/quang-ninh\" [label=\"implements\"" ) != std::string::npos );
   BOOST_TEST( dot.find( "peripheries=2" ) != std::string::npos );  // the post is that plan
}

BOOST_AUTO_TEST_CASE( dot_escapes_quotes_and_backslashes )
{
   vanban::corpus_graph g;
   vanban::corpus_node n;
   n.id = "text/x";
   n.label = "say \"hi\" \\ there\nnext";
   g.nodes.push_back( n );
   BOOST_TEST( vanban::to_dot( g ).find( "[label=\"say \\\"hi\\\" \\\\ there\\nnext\"" ) != std::string::npos );
}

BOOST_AUTO_TEST_CASE( graphml_declares_every_attribute_and_escapes_markup )
{
   const auto g = sample();
   const std::string xml = vanban::to_graphml( g );
   BOOST_TEST( xml.starts_with( "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"" ) );
   BOOST_TEST( xml.find( "<key id=\"n_incomplete\" for=\"node\" attr.name=\"incomplete\" attr.type=\"boolean\"/>" ) != std::string::npos );
   BOOST_TEST( xml.find( "<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>" ) != std::string::npos );
   BOOST_TEST( xml.find( "<data key=\"n_title\">chuyển đổi số &lt;2024&gt; &amp; cải cách &quot;một cửa&quot;</data>" ) != std::string::npos );
   BOOST_TEST( xml.find( "<data key=\"n_sources\">a\\b &quot;c&quot;.txt</data>" ) != std::string::npos );
   std::size_t nodes = 0;
   for( std::size_t p = xml.find( "<node id=" ); p != std::string::npos; p = xml.find( "<node id=", p + 1 ) ) {
      ++nodes;
   }
   BOOST_TEST( nodes == g.nodes.size() );
   BOOST_TEST( xml.find( "<edge id=\"e0\" source=" ) != std::string::npos );
   BOOST_TEST( xml.ends_with( "</graph>\n</graphml>\n" ) );
}

BOOST_AUTO_TEST_CASE( graphml_drops_characters_xml_forbids )
{
   vanban::corpus_graph g;
   vanban::corpus_node n;
   n.id = "text/x";
   n.label = std::string( "a\x01" "b\x1f" "c" );
   g.nodes.push_back( n );
   BOOST_TEST( vanban::to_graphml( g ).find( "<data key=\"n_label\">abc</data>" ) != std::string::npos );
}

BOOST_AUTO_TEST_SUITE_END()
