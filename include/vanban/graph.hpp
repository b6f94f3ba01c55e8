// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_GRAPH_HPP
#define VANBAN_GRAPH_HPP

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <vanban/diagnostic.hpp>
#include <vanban/document.hpp>
#include <vanban/export.hpp>
#include <vanban/json.hpp>

/// \file
/// The graph of a corpus: every document that the texts are or cite, every issuing body and
/// signer, merged across texts by canonical id (docs/graph.md, docs/ids.md).
///
/// ```cpp
/// vanban::graph_builder b;
/// for( const auto& path : paths ) {
///    b.add( vanban::extract( read( path ), { .source = path } ) );  // the document can go now
/// }
/// const vanban::corpus_graph g = b.build();
/// std::cout << vanban::to_json( g );  // or to_dot( g ), to_graphml( g )
/// ```

namespace vanban {

/// A node of a corpus graph: a document, an issuing body or a person. Fields that do not apply
/// to a node's kind are empty.
struct corpus_node {
   std::string id;                     ///< canonical id (docs/ids.md)
   node_kind kind = node_kind::document;  ///< document, body or person
   std::string label;                  ///< "Luật Doanh nghiệp 59/2020/QH14", "Thủ tướng Chính phủ", "Phạm Văn Thịnh"

   // documents
   std::optional<std::string> type;    ///< canonical type: "Chỉ thị"
   std::optional<std::string> number;  ///< "16/CT-TTg"
   std::optional<std::string> name;    ///< proper name of a law or conference: "Doanh nghiệp"
   std::optional<vanban::date> date;   ///< issue date: the document's own header first, else what most mentions state
   std::optional<std::string> title;   ///< subject (trích yếu): the header's, else the one most mentions give
   std::vector<std::string> sources;   ///< inputs that are this document (their `document` is this node), sorted
   std::vector<std::string> aliases;   ///< other ids merged into this node (settled incomplete ids, ids by name), sorted
   bool incomplete = false;            ///< the id lacks its year or place (`_`) and nothing in the batch settled it

   // bodies
   std::optional<std::string> place;       ///< province of a local body: "Bắc Kạn"
   std::optional<std::string> successor;   ///< the body that took over after the 2025 mergers
   std::optional<vanban::date> valid_to;   ///< last day of a merged or dissolved body

   // persons
   std::vector<std::string> positions;     ///< positions signed under ("Phó Chủ tịch"), sorted

   std::size_t mentions = 0;  ///< how often the batch names it: citations, issuer phrases, signatures
};

/// A problem found while merging, e.g. two texts giving one document different dates. The merge
/// never hides it: the node keeps every statement's edge and evidence.
struct graph_diagnostic {
   std::string code;  ///< stable: `VB-G001` conflicting dates, `VB-G002` conflicting issuers (docs/diagnostics.md)
   vanban::severity severity = vanban::severity::warning;  ///< warning for conflicts
   std::string message;                     ///< "conflicting dates for <id>: 2016-05-16 (3) 2016-05-17 (1)"
   std::string node;                        ///< the id of the node concerned
   std::vector<vanban::evidence> evidence;  ///< one statement of each conflicting value
};

/// A merged graph: plain values, sorted (nodes by id, edges by from, to and kind, evidence by
/// source and position), so equal batches give equal graphs whatever the order of `add`.
struct corpus_graph {
   std::vector<corpus_node> nodes;  ///< sorted by id
   std::vector<graph_edge> edges;   ///< `from`/`to` are node ids; one edge per (from, to, kind)
   std::vector<graph_diagnostic> diagnostics;  ///< conflicts found while merging, sorted by node
   std::size_t inputs = 0;          ///< documents added

   /// The node with id `id`, or nullptr (binary search).
   [[nodiscard]] VANBAN_API const corpus_node* find( std::string_view id ) const noexcept;
};

/// Merges documents into one graph. Keeps what the graph needs (nodes, edges, evidence), never the
/// documents or their text: memory grows with distinct nodes and mentions, not with the text.
/// Not thread-safe: add from one thread (extract in many).
class graph_builder {
public:
   VANBAN_API graph_builder();
   VANBAN_API ~graph_builder();
   /// Moves the graph built so far.
   VANBAN_API graph_builder( graph_builder&& ) noexcept;
   /// Moves the graph built so far.
   VANBAN_API graph_builder& operator=( graph_builder&& ) noexcept;
   graph_builder( const graph_builder& ) = delete;
   graph_builder& operator=( const graph_builder& ) = delete;

   /// Adds one text's document: its own document (a node listing `doc.source` in `sources`),
   /// each document it cites with the relation edge, issuers and signers. Ids are those of
   /// `extract()`; missing ones are computed from the fields (documents made by hand).
   /// \throws std::bad_alloc only.
   VANBAN_API void add( const document& doc );

   /// Documents added so far.
   [[nodiscard]] VANBAN_API std::size_t size() const noexcept;

   /// The merged graph: incomplete ids settled across the batch, conflicts reported. The builder
   /// stays usable (add more, build again).
   [[nodiscard]] VANBAN_API corpus_graph build() const;

   /// Adds what `other` gathered, as if its documents had been added here after this builder's
   /// own: `build()` then equals that of one builder given all the documents in that order. For
   /// parts of a corpus built in other threads or processes (vanban.dask); give each input to
   /// one part only (an input added to both would count twice).
   /// \throws std::bad_alloc only.
   VANBAN_API void merge( const graph_builder& other );

   /// What the builder gathered, as bytes (CBOR) that `load()` turns back into an equal
   /// builder, in this or another process of the same vanban version.
   /// \throws std::bad_alloc only.
   [[nodiscard]] VANBAN_API std::string save() const;

   /// A builder from the bytes of `save()`.
   /// \throws vanban::error `invalid_argument` for bytes that are not a saved builder of this
   ///         format.
   [[nodiscard]] VANBAN_API static graph_builder load( std::string_view bytes );

private:
   struct impl;
   std::unique_ptr<impl> m_impl;
};

/// Node-link JSON (docs/graph.md, docs/schema/graph.schema.json), keys in a fixed order.
/// \throws vanban::error (internal) if a string is not UTF-8, which extract() never produces.
[[nodiscard]] VANBAN_API std::string to_json( const corpus_graph& g, const json_options& opts = {} );
/// Graphviz DOT (`dot -Tsvg`): documents as boxes (double border: an input is that document;
/// dashed: incomplete id), bodies as ellipses, persons as plain text. Over 400 nodes the file
/// asks for the sfdp layout (seconds where dot's hierarchy takes many minutes) without edge labels.
[[nodiscard]] VANBAN_API std::string to_dot( const corpus_graph& g );
/// GraphML with typed attributes (networkx, Gephi, yEd).
[[nodiscard]] VANBAN_API std::string to_graphml( const corpus_graph& g );

/// Writes `to_json(g, opts)` to `out`.
VANBAN_API void write_json( std::ostream& out, const corpus_graph& g, const json_options& opts = {} );
/// Writes `to_dot(g)` to `out`.
VANBAN_API void write_dot( std::ostream& out, const corpus_graph& g );
/// Writes `to_graphml(g)` to `out`.
VANBAN_API void write_graphml( std::ostream& out, const corpus_graph& g );

/// The part of `g` around `focus`: the focus nodes, the documents within `depth` relation edges
/// of them (either direction), and the bodies and persons of those documents. Diagnostics of
/// the kept nodes are kept.
[[nodiscard]] VANBAN_API corpus_graph neighborhood( const corpus_graph& g, const std::vector<std::string>& focus, unsigned depth = 1 );

}  // namespace vanban

#endif
