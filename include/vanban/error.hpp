// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_ERROR_HPP
#define VANBAN_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <vanban/export.hpp>

/// \file
/// The exception vanban throws for input it cannot use at all (docs/diagnostics.md).

namespace vanban {

/// What kind of fatal error stopped an extraction. Content problems are never errors: they are
/// reported as `diagnostic` values next to the result.
enum class error_code : std::uint8_t {
   io,                ///< a file could not be read or written
   invalid_utf8,      ///< the input is not valid UTF-8 (or not valid in its declared encoding)
   binary_input,      ///< the input looks like binary data (NUL bytes or control characters)
   limit_exceeded,    ///< the input is larger than `options::max_input_bytes` or nests too deep
   icu,               ///< ICU reported a failure (normalization, conversion)
   invalid_argument,  ///< the caller passed an option or value that cannot be used
   internal           ///< a bug in vanban; please report it with the input
};

/// Stable lowercase name of an error code ("invalid_utf8", ...).
[[nodiscard]] VANBAN_API std::string_view to_string( error_code code ) noexcept;

/// Where in the input an error was found.
struct position {
   std::size_t byte = 0;     ///< 0-based byte offset into the original input
   std::uint32_t line = 0;   ///< 1-based line
   std::uint32_t column = 0; ///< 1-based column in code points (valid text before the offset)
};

/// The one exception type vanban throws. `what()` is `source:line:column: message`, without
/// the parts that are unknown (`source: message`), so it can be printed as is.
class VANBAN_API error : public std::runtime_error {
public:
   /// An error of kind `code`; `message` is short lowercase English ("invalid UTF-8 …"),
   /// `where` the position in the input, `source` the input's name (`options::source`).
   /// \throws std::bad_alloc only.
   error( error_code code, const std::string& message, std::optional<position> where = std::nullopt, std::string source = {} );

   /// What kind of error this is: branch on it, not on the message.
   [[nodiscard]] error_code code() const noexcept { return m_code; }
   /// Where in the input, when the error is about a place in it (`invalid_utf8`).
   [[nodiscard]] const std::optional<position>& where() const noexcept { return m_where; }
   /// The input's name (`options::source`, a path), or empty.
   [[nodiscard]] const std::string& source() const noexcept { return m_source; }
   /// The message without source and position.
   [[nodiscard]] const std::string& message() const noexcept { return m_message; }

private:
   error_code m_code;
   std::optional<position> m_where;
   std::string m_source;
   std::string m_message;
};

}  // namespace vanban

#endif
