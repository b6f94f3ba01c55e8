// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_INPUT_INPUT_HPP
#define VANBAN_INPUT_INPUT_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <vanban/diagnostic.hpp>
#include <vanban/extract.hpp>
#include <vanban/input.hpp>

#include "normalize/source_map.hpp"

/// The input decoder's steps (include/vanban/input.hpp is the whole story for callers):
/// detect (BOM, binary data, HTML, `<meta charset>`) → transcode (ICU, unless UTF-8) → HTML
/// text with a decoding stage map (text offsets → source offsets).
struct vanban::decoded_input::impl {
   std::string source;
   std::string text;            ///< HTML: the page's text (text input reads `source`)
   input_format format = input_format::text;
   std::string encoding = "UTF-8";
   std::optional<html_layout> layout;
   detail::stage_map map;       ///< HTML: text offsets → source offsets
   std::vector<diagnostic> notes;
   std::size_t input_size = 0;  ///< the bytes decoded: an error is reported at one of them
};

namespace vanban::detail {

/// A byte-order mark: the encoding it announces and its length (0 when there is none).
struct bom {
   std::string_view encoding;
   std::size_t length = 0;
};
[[nodiscard]] bom detect_bom( std::string_view bytes ) noexcept;

/// Throws `binary_input` when `bytes` (an input, or its UTF-8 conversion) starts with NUL bytes or many control characters, naming common binary formats.
void check_not_binary( std::string_view bytes, const options& opts );

/// True when the file name or the first bytes say HTML (input_format::automatic).
[[nodiscard]] bool looks_like_html( std::string_view name, std::string_view bytes ) noexcept;

/// The encoding an HTML page declares in its first KiB (`<meta charset=…>` or
/// `<meta http-equiv=Content-Type content="…; charset=…">`), or empty.
[[nodiscard]] std::string meta_charset( std::string_view bytes );

/// True for names of UTF-8 ("utf-8", "UTF8", case and dashes aside).
[[nodiscard]] bool is_utf8_name( std::string_view name ) noexcept;

/// Converts `bytes` in `encoding` to UTF-8 with ICU. Bytes invalid in the encoding throw
/// `invalid_utf8` with their position (byte offset in `bytes`, line and column in the text
/// converted so far) unless `opts.lossy`: then each becomes U+FFFD and a `VB-N001` note.
/// \throws `invalid_argument` for an encoding ICU does not know, `icu` when ICU fails.
/// Sets `wide` when the encoding's characters take more than one byte (UTF-16/32).
/// True when ICU has a converter of that name (or alias).
[[nodiscard]] bool known_encoding( const std::string& name ) noexcept;

[[nodiscard]] std::string transcode( std::string_view bytes, const std::string& encoding, const options& opts, std::vector<diagnostic>& notes, bool& wide );

/// Checks UTF-8 for the HTML parser: throws `invalid_utf8` at the first bad sequence, or with
/// `opts.lossy` replaces each with U+FFFD (notes added). Returns true when it changed `s`.
bool repair_utf8( std::string& s, const options& opts, std::vector<diagnostic>& notes );

/// The text of the HTML page `source` (UTF-8), its map back to `source` and its layout.
/// \throws `limit_exceeded` for elements nested deeper than `options::max_nesting`.
void html_text( const std::string& source, std::string& text, stage_map& map, html_layout& layout, const options& opts );

}  // namespace vanban::detail

#endif
