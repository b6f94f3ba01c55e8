// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// What the parts of the _vanban module share.

#ifndef VANBAN_PYTHON_MODULE_HPP
#define VANBAN_PYTHON_MODULE_HPP

#include <exception>
#include <new>
#include <optional>
#include <string>

#include <pybind11/pybind11.h>

#include <vanban/document.hpp>
#include <vanban/error.hpp>

namespace vanban::python {

/// vanban.Document: the C++ document and the str its spans index.
struct py_document {
   vanban::document doc;
   pybind11::object text;  ///< the str passed in, or the decoding of the bytes or the file
};

/// datetime.date for a full calendar date, else the ISO text ("2016", "2016-05").
[[nodiscard]] pybind11::object to_py( const vanban::date& d );
/// As above; None when empty.
[[nodiscard]] pybind11::object to_py( const std::optional<vanban::date>& d );

/// vanban::to_json(doc) with indent (None: one line).
[[nodiscard]] std::string document_json( const vanban::document& doc, const pybind11::object& indent );

/// Runs `f`. Anything but vanban::error escaping the C++ API would be a bug in vanban: report it as such
/// (vanban.InternalError), never as a bare RuntimeError.
template< typename F >
auto guarded( F&& f ) -> decltype( f() )
{
   try {
      return f();
   }
   catch( const vanban::error& ) {
      throw;
   }
   catch( const std::bad_alloc& ) {
      throw;
   }
   catch( const std::exception& e ) {
      throw vanban::error( error_code::internal, std::string( "unexpected C++ exception: " ) + e.what() );
   }
}

/// Adds vanban.Graph (graph.cpp).
void bind_graph( pybind11::module_& m );

}  // namespace vanban::python

#endif
