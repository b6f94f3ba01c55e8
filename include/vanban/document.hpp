// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_DOCUMENT_HPP
#define VANBAN_DOCUMENT_HPP

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <vanban/diagnostic.hpp>
#include <vanban/export.hpp>
#include <vanban/span.hpp>

/// \file
/// The typed model that `vanban::extract()` returns: plain value types, no parser, ICU or JSON
/// library types. Field meanings follow docs/schema.md (the JSON uses the same names).

namespace vanban {

/// A calendar date as stated in the text; `month` and `day` are 0 when the text states only a
/// year ("năm 2025") or a month and year ("tháng 5/2020").
struct date {
   int year = 0;        ///< as stated: 2016
   unsigned month = 0;  ///< 1-12, or 0 when not stated
   unsigned day = 0;    ///< 1-31, or 0 when not stated

   /// ISO 8601: "2016-05-16", "2016-05" or "2016".
   /// \throws std::bad_alloc only.
   [[nodiscard]] VANBAN_API std::string iso() const;

   /// Field-wise: the same year, month and day (a year-only date differs from any full date).
   friend constexpr bool operator==( const date&, const date& ) noexcept = default;
};

/// How the text's own document relates to a cited one (the vocabulary of docs/schema.md).
enum class relation : std::uint8_t {
   based_on,      ///< "Căn cứ …"
   implements,    ///< "thực hiện", "triển khai", "quán triệt", "theo tinh thần" …
   guides,        ///< "hướng dẫn", "quy định chi tiết"
   amends,        ///< "sửa đổi, bổ sung"
   replaces,      ///< "thay thế"
   repeals,       ///< "bãi bỏ", "hết hiệu lực", "hủy bỏ"
   suspends,      ///< "đình chỉ", "tạm ngưng"
   corrects,      ///< "đính chính"
   consolidates,  ///< "hợp nhất"
   cites          ///< any other mention
};

/// "based_on", "implements", … as in the JSON.
[[nodiscard]] VANBAN_API std::string_view to_string( relation r ) noexcept;
/// The relation named `name`, if it is one.
[[nodiscard]] VANBAN_API std::optional<relation> relation_from_string( std::string_view name ) noexcept;

/// Which numbering system a document number belongs to (docs/citation-formats: §1).
enum class numbering : std::uint8_t {
   none,            ///< no number ("Nghị quyết Trung ương 4 khóa XII", "Luật Đất đai năm 2024")
   administrative,  ///< `N/TYPE-ISSUER`, numbered per calendar year: `16/CT-TTg`, `1911/BNV-TCPCP`
   normative,       ///< `N/YYYY/TYPE-ISSUER`: `30/2020/NĐ-CP`
   legislative,     ///< `N/YYYY/QH<term>`, `N/YYYY/UBTVQH<term>`: `80/2015/QH13`
   party,           ///< `N-TYPE/ORGAN`, numbered per committee term: `25-NQ/TW`
   other            ///< a number that fits none of the above (short forms, historical forms)
};

/// "none", "administrative", "normative", "legislative", "party" or "other", as in the JSON.
[[nodiscard]] VANBAN_API std::string_view to_string( numbering n ) noexcept;

/// An issuing body, resolved to its canonical full name.
struct issuer {
   std::string name;                      ///< canonical: "Ủy ban nhân dân tỉnh Bắc Kạn", "Thủ tướng Chính phủ"
   std::vector<std::string> members;      ///< joint documents: each issuing body, in symbol order
   std::optional<std::string> place;      ///< province-level unit of a local body: "Bắc Kạn"
   std::optional<std::string> successor;  ///< the body or province that took over after the 2025 mergers
   std::optional<std::string> code;       ///< symbol code it was read from ("TTg", "UBND"), if any
   std::optional<vanban::span> span;      ///< the phrase naming it, when the text states it
};

/// The cue phrase that decided a citation's relation ("Căn cứ", "thực hiện", …).
struct cue {
   vanban::relation relation = vanban::relation::cites;  ///< the relation the phrase gives
   std::string text;  ///< as written
   vanban::span span; ///< where `text` is
};

/// One mention of a document in the text. Every repeated mention is its own citation.
struct citation {
   std::string id;                        ///< canonical document id (docs/ids.md); equal ids = same document
   std::string type;                      ///< canonical type: "Nghị định", "Chỉ thị", "Luật" …
   std::optional<std::string> number;     ///< number and symbol without "số", separators normalized: "16/CT-TTg"; empty when unnumbered
   vanban::numbering numbering = vanban::numbering::none;  ///< the system `number` follows; `none` without a number
   std::optional<vanban::date> date;      ///< the date the mention states for the document
   std::optional<vanban::issuer> issuer;  ///< stated ("của …") or implied by the symbol
   std::optional<std::string> name;       ///< proper name of an unnumbered document: "Đất đai", "Trung ương 4 khóa XII"
   std::optional<std::string> term;       ///< Party or National Assembly term (khóa) in Roman numerals: "XII"
   std::optional<std::string> title;      ///< subject ("về …", quoted title), as written without the leading "về"
   std::optional<std::string> pinpoint;   ///< provision cited inside the document: "khoản 2 Điều 5"
   std::optional<vanban::relation> relation;  ///< empty for self-mentions and where the text's own document is unknown
   std::optional<vanban::cue> cue;        ///< evidence for `relation`
   std::string text;                      ///< the mention exactly as written, from the type word to its last part
   vanban::span span;                     ///< where `text` is
};

/// A date found anywhere in the text (inside citations or not).
struct date_mention {
   vanban::date value;  ///< the date, checked against the calendar
   std::string text;    ///< as written: "ngày 16/5/2016", "ngày 05 tháng 3 năm 2020"
   vanban::span span;   ///< where `text` is
};

/// An issuing body named anywhere in the text.
struct body_mention {
   vanban::issuer body;  ///< the body, canonical and placed ("UBND tỉnh" → "Ủy ban nhân dân tỉnh Bắc Kạn")
   std::string text;     ///< as written
   vanban::span span;    ///< where `text` is
};

/// A signer of the document.
struct signer {
   std::string name;                     ///< "Phạm Văn Thịnh"
   std::optional<std::string> position;  ///< "Phó Chủ tịch"
   std::optional<std::string> authority; ///< "TM. Ủy ban nhân dân, KT. Chủ tịch": the prefixed lines above the position
   vanban::span span;                    ///< the signature block
};

/// What the text says about its own document (header, or the news sentence that names it).
struct document_info {
   std::string id;                              ///< canonical document id (docs/ids.md), as for citations
   std::string type;                            ///< canonical type: "Kế hoạch", "Quyết định" …
   std::optional<std::string> number;           ///< number and symbol, as for citations: "05/KH-UBND"
   std::optional<vanban::date> date;            ///< date of issue
   std::optional<vanban::issuer> issuer;        ///< the issuing body
   std::optional<std::string> place;            ///< place of issue: "Bắc Ninh"
   std::optional<std::string> title;            ///< trích yếu, sentence case
   std::optional<std::string> title_original;   ///< trích yếu as written (line breaks folded)
   std::vector<std::string> recipients;         ///< "Nơi nhận:" lines
   std::vector<vanban::signer> signers;         ///< in the order they sign
   std::vector<vanban::span> basis;             ///< the "Căn cứ …;" lines of the preamble
   std::vector<vanban::span> proposals;         ///< "Theo đề nghị của …", "Xét đề nghị …" lines
   std::optional<vanban::span> span;            ///< the header block
   std::optional<vanban::span> type_span;       ///< the type heading ("NGHỊ ĐỊNH")
   std::optional<vanban::span> number_span;     ///< the number after "Số:"
   std::optional<vanban::span> date_span;       ///< the date ("ngày 03 tháng 4 năm 2026")
   std::optional<vanban::span> place_span;      ///< the place of issue before the date ("Hà Nội")
   std::optional<vanban::span> title_span;      ///< the trích yếu as written
   std::vector<vanban::span> recipient_spans;   ///< parallel to `recipients`
};

/// The news-post wrapper of a scraped article.
struct article_info {
   std::optional<std::string> title;    ///< headline of the post (never portal boilerplate)
   std::optional<vanban::date> date;    ///< posting date
   std::optional<std::string> author;   ///< byline
   std::optional<vanban::span> title_span;   ///< where `title` is
   std::optional<vanban::span> date_span;    ///< where `date` is
   std::optional<vanban::span> author_span;  ///< where `author` is
};

/// Kinds of nodes of the document's body tree.
enum class section_kind : std::uint8_t {
   part,     ///< "Phần"
   chapter,  ///< "Chương"
   section,  ///< "Mục"
   article,  ///< "Điều"
   clause,   ///< "khoản": "1.", "2." inside an article
   point,    ///< "điểm": "a)", "b)" inside a clause
   item,     ///< a numbered item outside the legal hierarchy above (plans, reports: "I.", "1.")
   appendix  ///< "Phụ lục"
};

/// "part", "chapter", … as in the JSON `structure[].kind`.
[[nodiscard]] VANBAN_API std::string_view to_string( section_kind k ) noexcept;

/// One node of the body tree. The tree is stored flat (`document::structure`), in document order;
/// `parent` and `children` are indices into that vector, so traversals never recurse.
struct section {
   static constexpr std::uint32_t npos = 0xFFFFFFFFu;  ///< `parent` of a top-level node

   section_kind kind = section_kind::section;  ///< level in the hierarchy
   std::string number;    ///< as written: "I", "1", "a", "3.2"
   std::string heading;   ///< the heading text, line breaks folded
   vanban::span span;     ///< from the heading to the end of the node's content
   std::uint32_t parent = npos;          ///< index of the enclosing node, or `npos`
   std::vector<std::uint32_t> children;  ///< indices of the nodes directly inside, in order
};

/// Kinds of graph nodes.
enum class node_kind : std::uint8_t {
   document,  ///< a document: the text's own or a cited one
   body,      ///< an issuing body
   person     ///< a signer
};
/// Kinds of graph edges: every relation, plus `issued_by` and `signed_by`.
enum class edge_kind : std::uint8_t {
   based_on,      ///< relation::based_on
   implements,    ///< relation::implements
   guides,        ///< relation::guides
   amends,        ///< relation::amends
   replaces,      ///< relation::replaces
   repeals,       ///< relation::repeals
   suspends,      ///< relation::suspends
   corrects,      ///< relation::corrects
   consolidates,  ///< relation::consolidates
   cites,         ///< relation::cites
   issued_by,     ///< document → the body that issued it
   signed_by      ///< document → a person who signed it
};

/// "document", "body" or "person", as in the JSON `graph.nodes[].kind`.
[[nodiscard]] VANBAN_API std::string_view to_string( node_kind k ) noexcept;
/// "based_on" … "cites", "issued_by", "signed_by", as in the JSON `graph.edges[].kind`.
[[nodiscard]] VANBAN_API std::string_view to_string( edge_kind k ) noexcept;
/// The edge kind of a relation (the same name).
[[nodiscard]] VANBAN_API edge_kind to_edge_kind( relation r ) noexcept;

/// A node of the document graph.
struct graph_node {
   std::string id;                     ///< document id (docs/ids.md), `body/…`, or `text/<source>` for an unidentified own document
   node_kind kind = node_kind::document;  ///< what the node stands for
   std::string label;                  ///< human-readable: "Chỉ thị 16/CT-TTg", "Thủ tướng Chính phủ"
   std::optional<std::string> type;    ///< documents: canonical type
   std::optional<std::string> number;  ///< documents
   std::optional<vanban::date> date;   ///< documents
   std::optional<std::string> place;   ///< bodies: province
   bool subject = false;               ///< the text's own document
};

/// Why an edge exists: where the mention and its cue are.
struct evidence {
   std::optional<std::string> source;  ///< the input's `options::source`
   vanban::span mention;               ///< the citation (or body mention) that supports the edge
   std::optional<vanban::span> cue;    ///< what decided the edge: a relation's cue phrase, the body's name for `issued_by`
};

/// A typed edge `from → to`.
struct graph_edge {
   std::string from;                   ///< id of the source node
   std::string to;                     ///< id of the target node
   edge_kind kind = edge_kind::cites;  ///< the relation, `issued_by` or `signed_by`
   std::vector<vanban::evidence> evidence;  ///< one entry per supporting mention
};

/// The document graph: the text's own document, each cited document and each issuing body.
struct graph {
   std::vector<graph_node> nodes;  ///< each node once, the text's own document first
   std::vector<graph_edge> edges;  ///< each (from, to, kind) once, with all its evidence
};

/// Everything extracted from one text.
struct document {
   std::optional<std::string> source;           ///< as passed in `options::source`
   std::optional<article_info> article;         ///< news-post wrapper, for scraped posts
   std::optional<document_info> info;           ///< the text's own document ("document" in JSON)
   std::vector<citation> citations;             ///< every mention, in text order
   std::vector<date_mention> dates;             ///< every date, in text order
   std::vector<body_mention> bodies;            ///< every issuing body named, in text order
   std::vector<section> structure;              ///< the body tree, flat, in document order
   vanban::graph graph;                         ///< the document graph of this text
   std::vector<diagnostic> diagnostics;         ///< content problems, in text order
};

/// Calls `f` on every span of `doc`: citations (and their cue, issuer, title and pinpoint
/// spans), dates, bodies, the header's fields, sections, signers, recipients, the article's
/// fields, graph evidence and diagnostics. For callers that map spans onto another text (a
/// binding whose strings count characters differently, a text cut out of a larger one).
VANBAN_API void for_each_span( document& doc, const std::function<void( span& )>& f );

}  // namespace vanban

#endif
