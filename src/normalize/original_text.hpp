// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_NORMALIZE_ORIGINAL_TEXT_HPP
#define VANBAN_NORMALIZE_ORIGINAL_TEXT_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source_map.hpp"

namespace vanban::detail {

/// The original text, rebuilt from the normalized one: the changes of every normalization
/// stage composed into one list, with the original bytes each of them replaced. When
/// normalizing changed little, this is much smaller than the text, so a caller that lends its
/// copy (`extract_in_place`) can have it freed while the normalized copy is in use and rebuilt,
/// byte for byte, before the end: a long text is then held once at the peak, not twice.
class original_text {
public:
   /// What rebuilding `original` from its normalized text needs, when that takes at most
   /// `budget` bytes (a text in NFD changes at nearly every syllable: then nothing is kept).
   [[nodiscard]] static std::optional<original_text> keep( std::string_view original, const source_map& map, std::size_t budget );

   /// Size of the original in bytes.
   [[nodiscard]] std::size_t size() const noexcept { return m_size; }
   /// Bytes held besides the normalized text.
   [[nodiscard]] std::size_t footprint() const noexcept { return m_pieces.capacity() * sizeof( piece ) + m_bytes.capacity(); }

   /// Appends the original's bytes [start, end) to `out`: runs no stage changed are read from
   /// `normalized`, the rest from the bytes kept.
   void append( std::string& out, std::string_view normalized, std::size_t start, std::size_t end ) const;

   /// Turns `buffer`, which holds the normalized text, into the original, in place: no second
   /// copy of the text is made. It grows `buffer` to the original's size first when needed
   /// (reserve that capacity beforehand to keep it from reallocating); if that throws,
   /// `buffer` is unchanged.
   void rebuild_in_place( std::string& buffer ) const;

private:
   struct piece {
      change at;          ///< normalized [dst_start, dst_end) ↔ original [src_start, src_end)
      std::size_t kept;   ///< where its original bytes start in m_bytes
   };
   std::vector<piece> m_pieces;
   std::string m_bytes;
   std::size_t m_size = 0;
};

}  // namespace vanban::detail

#endif
