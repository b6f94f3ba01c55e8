// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_NORMALIZE_SOURCE_MAP_HPP
#define VANBAN_NORMALIZE_SOURCE_MAP_HPP

#include <cstddef>
#include <vector>

namespace vanban::detail {

/// One region a normalization stage rewrote: bytes [src_start, src_end) of its input became
/// bytes [dst_start, dst_end) of its output. Unchanged text between changes maps 1:1.
struct change {
   std::size_t dst_start;
   std::size_t dst_end;
   std::size_t src_start;
   std::size_t src_end;
};

/// The changes one stage made, in order; maps offsets of its output back to its input.
class stage_map {
public:
   void add( const change& c ) { m_changes.push_back( c ); }
   [[nodiscard]] bool empty() const noexcept { return m_changes.empty(); }
   [[nodiscard]] std::size_t size() const noexcept { return m_changes.size(); }
   [[nodiscard]] const std::vector<change>& changes() const noexcept { return m_changes; }

   /// Where a span that *starts* at output offset `n` starts in the input: a start inside a
   /// rewritten region moves to the region's start.
   [[nodiscard]] std::size_t start_to_source( std::size_t n ) const noexcept;
   /// Where a span that *ends* at output offset `n` ends in the input: an end inside a rewritten
   /// region moves to the region's end.
   [[nodiscard]] std::size_t end_to_source( std::size_t n ) const noexcept;

private:
   std::vector<change> m_changes;
};

/// Maps offsets of the normalized text back to the original input through every stage that
/// changed something (a BOM, confusables, NFC, tone placement). Text that needed no change
/// costs nothing: no stage, identity map.
class source_map {
public:
   void set_base( std::size_t base ) noexcept { m_base = base; }
   void push_stage( stage_map&& s )
   {
      if( !s.empty() ) {
         m_stages.push_back( std::move( s ) );
      }
   }

   [[nodiscard]] std::size_t start_to_source( std::size_t n ) const noexcept;
   [[nodiscard]] std::size_t end_to_source( std::size_t n ) const noexcept;
   [[nodiscard]] bool identity() const noexcept { return m_base == 0 && m_stages.empty(); }

   /// Every stage's changes composed into one list from the normalized text to the original
   /// (a BOM is a change at 0 that deletes it). Changes that overlap or touch in any stage
   /// become one, so outside the list each normalized byte is the original byte at a fixed
   /// distance: what rebuilding the original needs (see original_text). The offsets that spans
   /// map through are the stage-wise ones above, which keep each stage's finer changes.
   [[nodiscard]] std::vector<change> composed() const;

private:
   std::size_t m_base = 0;             // bytes dropped before the first stage (a BOM)
   std::vector<stage_map> m_stages;    // in the order they were applied
};

}  // namespace vanban::detail

#endif
