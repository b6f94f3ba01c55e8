// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_CLI_SHA256_HPP
#define VANBAN_CLI_SHA256_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban::cli {

/// SHA-256 (FIPS 180-4), for the batch manifest: a changed input or a damaged output is told
/// from a current one by content, and `sha256sum` gives the same digests.
class sha256 {
public:
   sha256() noexcept;
   void update( std::string_view data ) noexcept;
   /// The digest as 64 lowercase hex digits; the object is spent afterwards.
   [[nodiscard]] std::string hex() noexcept;

   [[nodiscard]] static std::string of( std::string_view data ) noexcept
   {
      sha256 h;
      h.update( data );
      return h.hex();
   }

private:
   void block( const unsigned char* p ) noexcept;

   std::array<std::uint32_t, 8> m_state;
   std::array<unsigned char, 64> m_buffer{};
   std::size_t m_used = 0;
   std::uint64_t m_length = 0;
};

}  // namespace vanban::cli

#endif
