// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#ifndef VANBAN_PARSE_SCOPED_HPP
#define VANBAN_PARSE_SCOPED_HPP

#include <tao/pegtl.hpp>

namespace vanban::detail {

/// Like pegtl::change_states<State>, but hands the matched range to `Action<Rule>::commit`
/// (the scan's and the line grammar's multi-part rules: a citation, an issuer, a header line).
template< typename State >
struct scoped : tao::pegtl::maybe_nothing
{
   template< typename Rule,
             tao::pegtl::apply_mode A,
             tao::pegtl::rewind_mode M,
             template< typename... >
             class Action,
             template< typename... >
             class Control,
             typename ParseInput,
             typename... States >
   [[nodiscard]] static bool match( ParseInput& in, States&&... st )
   {
      State s;
      const char* const begin = in.current();
      if( tao::pegtl::match< Rule, A, M, Action, Control >( in, s ) ) {
         if constexpr( A == tao::pegtl::apply_mode::action ) {
            Action< Rule >::commit( begin, in.current(), s, st... );
         }
         return true;
      }
      return false;
   }
};

}  // namespace vanban::detail

#endif
