// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_MODEL_GRAPH_BUILDER_HPP
#define VANBAN_MODEL_GRAPH_BUILDER_HPP

#include <string>
#include <vector>

#include <vanban/document.hpp>

namespace vanban::detail {

/// The document graph of one text: a node for the text's own document (or, when the text does
/// not say which document it is, for the text itself), one per cited document and one per
/// issuing body; an edge from the text's document to each cited one labelled with the relation,
/// and `issued_by` edges. Repeated mentions add evidence to one edge. Deterministic order.
void build_graph( document& doc );

/// The id of the node that stands for the text's own document: its document's id, or
/// `text/<slug of source>` when the text does not say which document it is (no document, or
/// one without number or name: `vn/nghi-dinh/_`) but has one or relates to others; empty when
/// it has none and relates to none.
[[nodiscard]] std::string subject_id( const document& doc );

/// The bodies an issuer stands for: each member of a joint issuer, else the issuer itself.
[[nodiscard]] std::vector<std::string> issuing_bodies( const issuer& i );

/// "Chỉ thị 16/CT-TTg", "Luật Đất đai", "Nghị quyết Trung ương 4 khóa XII".
[[nodiscard]] std::string document_label( std::string_view type, const std::optional<std::string>& number, const std::optional<std::string>& name );

}  // namespace vanban::detail

#endif
