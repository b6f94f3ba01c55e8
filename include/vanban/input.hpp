// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_INPUT_HPP
#define VANBAN_INPUT_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <vanban/diagnostic.hpp>
#include <vanban/document.hpp>
#include <vanban/export.hpp>
#include <vanban/extract.hpp>

/// \file
/// Files as users have them: UTF-8 with or without a BOM, UTF-16/32 with a BOM, legacy
/// encodings (windows-1258 …) by name, and HTML pages as saved from a portal. `decode_input()`
/// turns the bytes into UTF-8 text and remembers where each piece came from;
/// `extract(decoded_input)` runs the extraction on it with every span pointing into
/// `decoded_input::source()` — for HTML, into the page's markup, not into the extracted text.

namespace vanban {

/// What kind of document the bytes hold.
enum class input_format : std::uint8_t {
   automatic,  ///< HTML when the name ends in .html, .htm, .xhtml or .shtml, or the bytes start (after a BOM and blanks) with `<` and name an `<html>`, `<head>` or `<body>` or an HTML doctype in their first KiB; text otherwise
   text,       ///< plain text
   html        ///< an HTML page: its text, without scripts, styles, forms' option lists and the `<head>`
};

/// "automatic", "text", "html".
[[nodiscard]] VANBAN_API std::string_view to_string( input_format f ) noexcept;

/// Options of `decode_input()`.
struct input_options {
   input_format format = input_format::automatic;  ///< text, HTML, or decide from the name and bytes
   /// Empty: detect — a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE); for HTML without a BOM, the
   /// page's `<meta charset>`; otherwise UTF-8. Else the name of an encoding ICU converts
   /// ("windows-1258", "UTF-16LE", "ISO-8859-1", "Shift_JIS" …), which overrides a BOM.
   std::string encoding;
   /// The file name, used by `input_format::automatic` (its extension); nothing is opened.
   std::string name;
};

/// A range of bytes of `decoded_input::source()`.
struct source_range {
   std::size_t start = 0;  ///< first byte
   std::size_t end = 0;    ///< one past the last byte

   /// Equal when both ends are.
   friend constexpr bool operator==( const source_range&, const source_range& ) noexcept = default;
};

/// Where things are in an HTML page's source, for writing annotations into the page.
struct html_layout {
   std::vector<source_range> text;    ///< the runs of character data the text was taken from, in source order
   std::vector<source_range> active;  ///< `<script>` elements, `<meta http-equiv>` refresh and Content-Security-Policy: drop them to show the page inert
   std::size_t head = 0;              ///< where head content may be inserted: after the `<head>` start tag, else after the doctype
   std::size_t body_end = 0;          ///< where content can be added at the end of the body: the start of `</body>`; without one, the end of the last complete token, before any element or comment the page leaves open (`<title>`, `<textarea>`, `<style>`, `<script>`, `<template>`, `<!--` …)
};

/// Bytes decoded to UTF-8, with the way back from the text extraction reads to the source.
class VANBAN_API decoded_input {
public:
   /// Empty text input (what `decode_input("")` returns).
   decoded_input();
   /// Frees the text and map.
   ~decoded_input();
   /// Moves; the source is left empty.
   decoded_input( decoded_input&& ) noexcept;
   /// Moves; the source is left empty.
   decoded_input& operator=( decoded_input&& ) noexcept;
   decoded_input( const decoded_input& ) = delete;
   decoded_input& operator=( const decoded_input& ) = delete;

   /// The whole input as UTF-8: the bytes themselves when they were UTF-8 (a BOM kept, so a
   /// span's `start` is a byte offset into the file), else their conversion (a BOM becomes
   /// U+FEFF, one code point as in a UTF-8 file). HTML markup is included.
   [[nodiscard]] const std::string& source() const noexcept;
   /// The text the extraction reads: `source()` for text; for HTML, the page's text (entities
   /// decoded, blanks collapsed, a line break between blocks, a tab between table cells).
   [[nodiscard]] std::string_view text() const noexcept;
   /// The format the bytes were read as (never `automatic`).
   [[nodiscard]] input_format format() const noexcept;
   /// The encoding the bytes were read in: "UTF-8", "UTF-16LE", "windows-1258" …
   [[nodiscard]] const std::string& encoding() const noexcept;
   /// The page's layout for HTML input, else null.
   [[nodiscard]] const html_layout* layout() const noexcept;
   /// Where a span of `text()` that starts at byte `n` starts in `source()`.
   [[nodiscard]] std::size_t start_to_source( std::size_t n ) const noexcept;
   /// Where a span of `text()` that ends at byte `n` ends in `source()`.
   [[nodiscard]] std::size_t end_to_source( std::size_t n ) const noexcept;
   /// One `VB-N001` note per replacement made with `options::lossy` while decoding (spans
   /// into `source()`). Text input in UTF-8 is repaired by `extract()` instead.
   [[nodiscard]] const std::vector<diagnostic>& notes() const noexcept;

   /// The state (src/input/input.hpp): keeps ICU and Gumbo out of this header.
   struct impl;

private:
   std::unique_ptr<impl> m_impl;
   friend VANBAN_API decoded_input decode_input( std::string bytes, const input_options& in, const options& opts );
   friend VANBAN_API document extract_in_place( decoded_input& in, const options& opts );
   friend VANBAN_API document extract( const decoded_input& in, const options& opts );
};

/// Decodes `bytes` (taken by value: UTF-8 input is kept without a copy).
///
/// \throws vanban::error `binary_input` (NUL bytes or many control characters; the message says
///         where, and names PDF, ZIP/Office, OLE, PNG, JPEG, GIF and gzip files),
///         `invalid_utf8` with line, column and byte offset (also for bytes invalid in a named
///         encoding) unless `options::lossy`, `limit_exceeded` past `options::max_input_bytes`,
///         `invalid_argument` for an encoding ICU does not know, `icu` when ICU fails.
[[nodiscard]] VANBAN_API decoded_input decode_input( std::string bytes, const input_options& in = {}, const options& opts = {} );

/// Extracts from decoded input: as `extract(text, opts)` on `in.text()`, with every span
/// (start, end, code points, line, column) pointing into `in.source()` and the decoding's
/// notes merged into `document::diagnostics`.
/// \throws vanban::error as `extract(std::string_view, const options&)`; its position, like
///         those of `decode_input`'s errors, is a byte of the input that was decoded (line and
///         column count in `in.source()`): in UTF-16 and UTF-32 the byte its code unit starts
///         at, in another encoding the same offset as in the conversion, no further than the
///         input's end.
[[nodiscard]] VANBAN_API document extract( const decoded_input& in, const options& opts = {} );

/// As `extract(const decoded_input&)`, holding one copy of a long text less. When normalizing
/// changes the text (NFD letters, CRLF, confusables, a BOM …) and rebuilding it from the
/// normalized copy needs little memory (at most half its size), `in`'s text is freed
/// while the normalized copy is in use and rebuilt, byte for byte, before this returns or
/// throws; `in` is then as it was. Meanwhile no other thread may read `in`.
/// \throws vanban::error as `extract(std::string_view, const options&)`; only running out of
///         memory while rebuilding the text can leave `in` empty.
[[nodiscard]] VANBAN_API document extract_in_place( decoded_input& in, const options& opts = {} );
/// Reads a whole file (refusing one larger than `max_bytes` before reading it).
/// \throws vanban::error `io` (with the system's reason) or `limit_exceeded`.
[[nodiscard]] VANBAN_API std::string read_file( const std::string& path, std::size_t max_bytes = std::size_t( 256 ) << 20 );

/// Reads, decodes and extracts one file: `extract(decode_input(read_file(path), in, opts), opts)`
/// with `in.name` and `opts.source` defaulting to `path`.
/// \throws vanban::error as `read_file`, `decode_input` and `extract`.
[[nodiscard]] VANBAN_API document extract_file( const std::string& path, const input_options& in = {}, const options& opts = {} );

}  // namespace vanban

#endif
