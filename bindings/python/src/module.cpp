// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// _vanban: the Python binding of the public C++ API (include/vanban/*.hpp). It converts values
// and nothing else: every result comes from vanban::extract(), vanban::decode_input() and
// vanban::to_json(), the functions the command line calls, so Python and the CLI cannot drift.

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <datetime.h>

#include <vanban/vanban.hpp>

#include "module.hpp"

namespace py = pybind11;

namespace vanban::python {
namespace {

// The exception classes, created once when the module is imported (module state, not
// extraction state: extract() stays reentrant).
struct error_classes {
   py::object base;
   py::object file;
   py::object encoding;
   py::object binary;
   py::object limit;
   py::object icu;
   py::object argument;
   py::object internal;
};

error_classes& errors()
{
   static error_classes* e = new error_classes();  // never destroyed: outlives the interpreter's teardown order
   return *e;
}

py::object make_error_class( py::module_& m, const char* name, const py::object& bases, const char* doc )
{
   const std::string qualified = std::string( "vanban." ) + name;
   auto cls = py::reinterpret_steal<py::object>( PyErr_NewExceptionWithDoc( qualified.c_str(), doc, bases.ptr(), nullptr ) );
   if( !cls ) {
      throw py::error_already_set();
   }
   m.attr( name ) = cls;
   return cls;
}

void raise_error( const vanban::error& e )
{
   const error_classes& c = errors();
   const py::object* cls = &c.base;
   switch( e.code() ) {
      case error_code::io:
         cls = &c.file;
         break;
      case error_code::invalid_utf8:
         cls = &c.encoding;
         break;
      case error_code::binary_input:
         cls = &c.binary;
         break;
      case error_code::limit_exceeded:
         cls = &c.limit;
         break;
      case error_code::icu:
         cls = &c.icu;
         break;
      case error_code::invalid_argument:
         cls = &c.argument;
         break;
      case error_code::internal:
         cls = &c.internal;
         break;
   }
   py::object exc = ( *cls )( e.what() );
   exc.attr( "code" ) = std::string( to_string( e.code() ) );
   exc.attr( "message" ) = e.message();
   exc.attr( "source" ) = e.source().empty() ? py::none() : py::cast( e.source() );
   if( e.where() ) {
      exc.attr( "line" ) = e.where()->line;
      exc.attr( "column" ) = e.where()->column;
      exc.attr( "byte" ) = e.where()->byte;
   }
   else {
      exc.attr( "line" ) = py::none();
      exc.attr( "column" ) = py::none();
      exc.attr( "byte" ) = py::none();
   }
   PyErr_SetObject( cls->ptr(), exc.ptr() );
}

bool is_calendar_date( const vanban::date& d ) noexcept
{
   if( d.year < 1 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 ) {
      return false;
   }
   static constexpr unsigned days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
   const bool leap = ( d.year % 4 == 0 && d.year % 100 != 0 ) || d.year % 400 == 0;
   return d.day <= days[ d.month - 1 ] + ( d.month == 2 && leap ? 1 : 0 );
}

// Spans of a str input index it as Python does: code points.
std::size_t py_start( const span& s ) noexcept
{
   return s.cp_start;
}

std::size_t py_end( const span& s ) noexcept
{
   return s.cp_end;
}

// The text of `obj` as UTF-8, and the str the spans will index. A str is read in place (its
// cached UTF-8 form lives as long as the str, which the document keeps); lone surrogates, which
// UTF-8 cannot carry, are passed through as the bytes they would be so that extract() rejects
// them with line and column like any invalid input. Bytes are UTF-8, decoded by extract() with
// its errors; the str is then their decoding.
struct text_input {
   py::object keep;        // owns the bytes `utf8` points into
   std::string_view utf8;
   py::object str;         // the str spans index, or None until decoded
   bool from_bytes = false;
   bool surrogates = false;  // a str with lone surrogates, passed as their 3-byte encodings
};

text_input read_text( const py::handle& obj )
{
   text_input in;
   if( PyUnicode_Check( obj.ptr() ) ) {
      Py_ssize_t n = 0;
      const char* p = PyUnicode_AsUTF8AndSize( obj.ptr(), &n );
      if( p != nullptr ) {
         in.keep = py::reinterpret_borrow<py::object>( obj );
         in.utf8 = std::string_view( p, std::size_t( n ) );
         in.str = in.keep;
         return in;
      }
      PyErr_Clear();
      auto b = py::reinterpret_steal<py::object>( PyUnicode_AsEncodedString( obj.ptr(), "utf-8", "surrogatepass" ) );
      if( !b ) {
         throw py::error_already_set();
      }
      in.keep = b;
      in.utf8 = std::string_view( PyBytes_AS_STRING( b.ptr() ), std::size_t( PyBytes_GET_SIZE( b.ptr() ) ) );
      in.str = py::reinterpret_borrow<py::object>( obj );
      in.surrogates = true;
      return in;
   }
   if( PyBytes_Check( obj.ptr() ) ) {
      in.keep = py::reinterpret_borrow<py::object>( obj );
   }
   else if( PyByteArray_Check( obj.ptr() ) || PyMemoryView_Check( obj.ptr() ) ) {
      // a private copy: the caller's buffer may change while the GIL is released
      in.keep = py::reinterpret_steal<py::object>( PyBytes_FromObject( obj.ptr() ) );
      if( !in.keep ) {
         throw py::error_already_set();
      }
   }
   else {
      throw py::type_error( std::string( "vanban.extract() takes the text as str (or UTF-8 bytes), not " ) + Py_TYPE( obj.ptr() )->tp_name );
   }
   in.utf8 = std::string_view( PyBytes_AS_STRING( in.keep.ptr() ), std::size_t( PyBytes_GET_SIZE( in.keep.ptr() ) ) );
   in.from_bytes = true;
   return in;
}

py::str decode_utf8( std::string_view s )
{
   // valid UTF-8 unless `lossy` kept invalid bytes; Python then replaces them as extract() did
   auto o = py::reinterpret_steal<py::object>( PyUnicode_DecodeUTF8( s.data(), Py_ssize_t( s.size() ), "replace" ) );
   if( !o ) {
      throw py::error_already_set();
   }
   return py::reinterpret_steal<py::str>( o.release() );
}

vanban::options make_options( const std::optional<std::string>& source, bool lossy, std::size_t max_input_bytes )
{
   vanban::options o;
   o.source = source;
   o.lossy = lossy;
   o.max_input_bytes = max_input_bytes;
   return o;
}

// extract() counts each of a lone surrogate's three bytes (ED A0..BF 80..BF) as one code point,
// as Python's bytes.decode("utf-8", "replace") does; the str passed in holds it as one. Spans
// are moved back onto the str: positions after a surrogate lose 2, inside one go to its start
// (an end: past it).
void to_str_indices( std::string_view utf8, vanban::document& doc )
{
   std::vector<std::size_t> at;  // byte offsets of the surrogates
   for( std::size_t i = 0; i + 2 < utf8.size(); ++i ) {
      if( static_cast<unsigned char>( utf8[ i ] ) == 0xED && ( static_cast<unsigned char>( utf8[ i + 1 ] ) & 0xE0 ) == 0xA0 ) {
         at.push_back( i );
         i += 2;
      }
   }
   // how many code points extract() counted more than the str has, in [from, b)
   const auto excess = [ & ]( std::size_t from, std::size_t b, bool end ) {
      std::size_t d = 0;
      for( auto it = std::lower_bound( at.begin(), at.end(), from ); it != at.end() && *it < b; ++it ) {
         const std::size_t inside = b - *it;
         d += inside >= 3 ? 2 : ( end ? inside - 1 : inside );
      }
      return d;
   };
   vanban::for_each_span( doc, [ & ]( span& s ) {
      const std::size_t line_start = [ & ] {
         const std::size_t nl = s.start == 0 ? std::string_view::npos : utf8.rfind( '\n', s.start - 1 );
         return nl == std::string_view::npos ? std::size_t( 0 ) : nl + 1;
      }();
      s.column -= static_cast<decltype( s.column )>( excess( line_start, s.start, false ) );
      s.cp_start -= excess( 0, s.start, false );
      s.cp_end -= excess( 0, s.end, true );
   } );
}

std::shared_ptr<py_document> extract_text( const py::object& text, const std::optional<std::string>& source, bool lossy, std::size_t max_input_bytes )
{
   text_input in = read_text( text );
   const vanban::options opts = make_options( source, lossy, max_input_bytes );
   auto result = std::make_shared<py_document>();
   {
      py::gil_scoped_release nogil;
      result->doc = guarded( [ & ] { return vanban::extract( in.utf8, opts ); } );
   }
   result->text = in.from_bytes ? py::object( decode_utf8( in.utf8 ) ) : in.str;
   if( in.surrogates ) {
      to_str_indices( in.utf8, result->doc );
   }
   return result;
}

input_format parse_format( const std::string& f )
{
   if( f == "auto" || f == "automatic" ) {
      return input_format::automatic;
   }
   if( f == "text" ) {
      return input_format::text;
   }
   if( f == "html" ) {
      return input_format::html;
   }
   throw vanban::error( error_code::invalid_argument, "unknown format '" + f + "': use \"auto\", \"text\" or \"html\"" );
}

std::shared_ptr<py_document> extract_path( const py::object& path, const std::optional<std::string>& source, const std::optional<std::string>& encoding, const std::string& format, bool lossy, std::size_t max_input_bytes )
{
   const py::object p = py::module_::import( "os" ).attr( "fsdecode" )( path );
   const auto name = p.cast<std::string>();
   vanban::options opts = make_options( source ? source : std::optional<std::string>( name ), lossy, max_input_bytes );
   vanban::input_options io;
   io.format = parse_format( format );
   io.encoding = encoding.value_or( std::string() );
   io.name = name;
   auto result = std::make_shared<py_document>();
   std::string utf8_source;
   {
      py::gil_scoped_release nogil;
      // what vanban::extract_file() and `vanban extract` do, keeping the decoded text so that
      // Document.text is the str the spans index
      guarded( [ & ] {
         const vanban::decoded_input d = vanban::decode_input( vanban::read_file( name, opts.max_input_bytes ), io, opts );
         result->doc = vanban::extract( d, opts );
         utf8_source = d.source();
         return 0;
      } );
   }
   result->text = decode_utf8( utf8_source );
   return result;
}

}  // namespace

py::object to_py( const vanban::date& d )
{
   if( d.month != 0 && d.day != 0 && is_calendar_date( d ) ) {
      return py::reinterpret_steal<py::object>( PyDate_FromDate( d.year, int( d.month ), int( d.day ) ) );
   }
   return py::str( d.iso() );
}

py::object to_py( const std::optional<vanban::date>& d )
{
   return d ? to_py( *d ) : py::none();
}

std::string document_json( const vanban::document& doc, const py::object& indent )
{
   vanban::json_options o;
   o.indent = indent.is_none() ? -1 : indent.cast<int>();
   return guarded( [ & ] { return vanban::to_json( doc, o ); } );
}

}  // namespace vanban::python

PYBIND11_MODULE( _vanban, m )
{
   using namespace vanban;
   using namespace vanban::python;

   PyDateTime_IMPORT;
   if( PyDateTimeAPI == nullptr ) {
      throw py::error_already_set();
   }

   m.doc() = "The C++ core of the vanban package: use `import vanban`, which re-exports it.";
   m.attr( "__version__" ) = std::string( vanban::version );

   // Exceptions. Each carries .code ("invalid_utf8" …), .message, .source, .line, .column and
   // .byte (None when the error is not about a place in the input).
   {
      error_classes& c = errors();
      const auto exc = py::reinterpret_borrow<py::object>( PyExc_Exception );
      const auto value_error = py::reinterpret_borrow<py::object>( PyExc_ValueError );
      const auto os_error = py::reinterpret_borrow<py::object>( PyExc_OSError );
      c.base = make_error_class( m, "Error", exc,
         "An input vanban cannot use at all. Attributes: code (\"invalid_utf8\", \"io\" …), message, "
         "source (the path or source= given, or None), line, column (1-based, columns in code points) "
         "and byte (0-based offset) — None when the error is not about a place in the input." );
      c.file = make_error_class( m, "FileError", py::make_tuple( c.base, os_error ),
         "A file could not be read (code \"io\"); also an OSError." );
      c.encoding = make_error_class( m, "EncodingError", py::make_tuple( c.base, value_error ),
         "The input is not valid UTF-8, or not valid in its declared encoding (code \"invalid_utf8\"); "
         "line, column and byte say where. Also a ValueError." );
      c.binary = make_error_class( m, "BinaryInputError", py::make_tuple( c.base, value_error ),
         "The input looks like binary data: NUL bytes or many control characters, a PDF, ZIP … "
         "(code \"binary_input\"). Also a ValueError." );
      c.limit = make_error_class( m, "LimitExceededError", c.base,
         "The input is larger than max_input_bytes, or nests too deep (code \"limit_exceeded\")." );
      c.icu = make_error_class( m, "ICUError", c.base, "ICU reported a failure (code \"icu\")." );
      c.argument = make_error_class( m, "InvalidArgumentError", py::make_tuple( c.base, value_error ),
         "An option value that cannot be used: an unknown encoding or format (code \"invalid_argument\"). "
         "Also a ValueError." );
      c.internal = make_error_class( m, "InternalError", c.base,
         "A bug in vanban (code \"internal\"): please report it with the input." );
   }
   py::register_exception_translator( []( std::exception_ptr p ) {
      try {
         if( p ) {
            std::rethrow_exception( p );
         }
      }
      catch( const vanban::error& e ) {
         raise_error( e );
      }
   } );

   py::class_<span>( m, "Span", "Where something is in the input: byte offsets (start, end), code-point offsets "
                                "(cp_start, cp_end: Python str indices), 1-based line and column (in code points)." )
      .def_readonly( "start", &span::start, "first byte (UTF-8 offset into the input)" )
      .def_readonly( "end", &span::end, "one past the last byte" )
      .def_readonly( "cp_start", &span::cp_start, "start in code points: a Python str index" )
      .def_readonly( "cp_end", &span::cp_end, "end in code points" )
      .def_readonly( "line", &span::line, "1-based line of start" )
      .def_readonly( "column", &span::column, "1-based column of start, in code points" )
      .def( "__eq__", []( const span& a, const span& b ) { return a == b; }, py::is_operator() )
      .def( "__hash__", []( const span& s ) { return py::hash( py::make_tuple( s.start, s.end, s.cp_start, s.cp_end, s.line, s.column ) ); } )
      .def( "__repr__", []( const span& s ) {
         return "Span(start=" + std::to_string( s.start ) + ", end=" + std::to_string( s.end ) + ", cp_start=" + std::to_string( s.cp_start ) +
                ", cp_end=" + std::to_string( s.cp_end ) + ", line=" + std::to_string( s.line ) + ", column=" + std::to_string( s.column ) + ")";
      } );

   py::class_<issuer>( m, "Issuer", "An issuing body, resolved to its canonical name (str() is the name)." )
      .def_readonly( "name", &issuer::name, "canonical: \"Thủ tướng Chính phủ\", \"Ủy ban nhân dân tỉnh Bắc Kạn\"" )
      .def_readonly( "members", &issuer::members, "joint documents: each issuing body" )
      .def_readonly( "place", &issuer::place, "province of a local body, or None" )
      .def_readonly( "successor", &issuer::successor, "the body that took over after the 2025 mergers, or None" )
      .def_readonly( "code", &issuer::code, "the symbol code it was read from (\"TTg\"), or None" )
      .def_readonly( "span", &issuer::span, "the phrase naming it, when the text states it" )
      .def( "__str__", []( const issuer& i ) { return i.name; } )
      .def( "__repr__", []( const issuer& i ) { return "Issuer(" + py::repr( py::cast( i.name ) ).cast<std::string>() + ")"; } );

   py::class_<cue>( m, "Cue", "The phrase that decided a citation's relation." )
      .def_property_readonly( "relation", []( const cue& c ) { return std::string( to_string( c.relation ) ); } )
      .def_readonly( "text", &cue::text )
      .def_readonly( "span", &cue::span )
      .def_property_readonly( "start", []( const cue& c ) { return py_start( c.span ); } )
      .def_property_readonly( "end", []( const cue& c ) { return py_end( c.span ); } );

   py::class_<citation>( m, "Citation",
                         "One mention of a document. start/end are Python str indices into the text passed in "
                         "(text[c.start:c.end] == c.text); span has the byte offsets, line and column." )
      .def_readonly( "id", &citation::id, "canonical document id: equal ids = same document" )
      .def_readonly( "type", &citation::type, "canonical type: \"Chỉ thị\", \"Nghị định\" …" )
      .def_readonly( "number", &citation::number, "\"16/CT-TTg\", or None for unnumbered mentions" )
      .def_property_readonly( "numbering", []( const citation& c ) { return std::string( to_string( c.numbering ) ); },
                              "\"administrative\", \"normative\", \"legislative\", \"party\", \"other\" or \"none\"" )
      .def_property_readonly( "date", []( const citation& c ) { return to_py( c.date ); },
                              "datetime.date for a full date; a str \"2016\" or \"2016-05\" when the text states only the year "
                              "or the month; None when the mention states none" )
      .def_property_readonly( "issuer", []( const citation& c ) { return c.issuer ? py::object( py::str( c.issuer->name ) ) : py::none(); },
                              "canonical name of the issuing body (as the JSON's \"issuer\"), or None" )
      .def_readonly( "issuer_detail", &citation::issuer, "the Issuer (members, place, code, span), or None" )
      .def_readonly( "name", &citation::name, "proper name of an unnumbered document: \"Đất đai\"" )
      .def_readonly( "term", &citation::term, "Party or National Assembly term (khóa): \"XII\"" )
      .def_readonly( "title", &citation::title, "subject (\"về …\") as written" )
      .def_readonly( "pinpoint", &citation::pinpoint, "provision cited inside the document: \"khoản 2 Điều 5\"" )
      .def_property_readonly( "relation", []( const citation& c ) { return c.relation ? py::object( py::str( std::string( to_string( *c.relation ) ) ) ) : py::none(); },
                              "\"based_on\", \"implements\", … \"cites\"; None for mentions of the text's own document" )
      .def_readonly( "cue", &citation::cue, "the Cue that decided relation, or None" )
      .def_readonly( "text", &citation::text, "the mention as written" )
      .def_readonly( "span", &citation::span, "where text is: bytes, code points, line, column" )
      .def_property_readonly( "start", []( const citation& c ) { return py_start( c.span ); }, "str index of the mention's first character" )
      .def_property_readonly( "end", []( const citation& c ) { return py_end( c.span ); }, "str index one past its last character" )
      .def( "__repr__", []( const citation& c ) {
         return "Citation(" + py::repr( py::cast( c.type ) ).cast<std::string>() + ", " + py::repr( py::cast( c.number ) ).cast<std::string>() +
                ", start=" + std::to_string( c.span.cp_start ) + ", end=" + std::to_string( c.span.cp_end ) + ")";
      } );

   py::class_<date_mention>( m, "DateMention", "A date found in the text." )
      .def_property_readonly( "value", []( const date_mention& d ) { return to_py( d.value ); }, "datetime.date, or str for a partial date" )
      .def_readonly( "text", &date_mention::text )
      .def_readonly( "span", &date_mention::span )
      .def_property_readonly( "start", []( const date_mention& d ) { return py_start( d.span ); } )
      .def_property_readonly( "end", []( const date_mention& d ) { return py_end( d.span ); } );

   py::class_<body_mention>( m, "BodyMention", "An issuing body named in the text." )
      .def_readonly( "body", &body_mention::body, "the Issuer, canonical and placed" )
      .def_property_readonly( "name", []( const body_mention& b ) { return b.body.name; } )
      .def_readonly( "text", &body_mention::text )
      .def_readonly( "span", &body_mention::span )
      .def_property_readonly( "start", []( const body_mention& b ) { return py_start( b.span ); } )
      .def_property_readonly( "end", []( const body_mention& b ) { return py_end( b.span ); } );

   py::class_<signer>( m, "Signer", "A signer of the document." )
      .def_readonly( "name", &signer::name )
      .def_readonly( "position", &signer::position )
      .def_readonly( "authority", &signer::authority )
      .def_readonly( "span", &signer::span );

   py::class_<document_info>( m, "DocumentInfo", "What the text says about its own document (the JSON's \"document\")." )
      .def_readonly( "id", &document_info::id )
      .def_readonly( "type", &document_info::type )
      .def_readonly( "number", &document_info::number )
      .def_property_readonly( "date", []( const document_info& d ) { return to_py( d.date ); }, "datetime.date, a str for a partial date, or None" )
      .def_property_readonly( "issuer", []( const document_info& d ) { return d.issuer ? py::object( py::str( d.issuer->name ) ) : py::none(); } )
      .def_readonly( "issuer_detail", &document_info::issuer )
      .def_readonly( "place", &document_info::place )
      .def_readonly( "title", &document_info::title )
      .def_readonly( "title_original", &document_info::title_original )
      .def_readonly( "recipients", &document_info::recipients )
      .def_readonly( "signers", &document_info::signers )
      .def_readonly( "basis", &document_info::basis )
      .def_readonly( "proposals", &document_info::proposals )
      .def_readonly( "span", &document_info::span, "the header block, or the sentence's mention" )
      .def_readonly( "type_span", &document_info::type_span )
      .def_readonly( "number_span", &document_info::number_span )
      .def_readonly( "date_span", &document_info::date_span )
      .def_readonly( "place_span", &document_info::place_span )
      .def_readonly( "title_span", &document_info::title_span )
      .def_readonly( "recipient_spans", &document_info::recipient_spans, "parallel to recipients" )
      .def( "__repr__", []( const document_info& d ) {
         return "DocumentInfo(" + py::repr( py::cast( d.type ) ).cast<std::string>() + ", " + py::repr( py::cast( d.number ) ).cast<std::string>() + ")";
      } );

   py::class_<article_info>( m, "Article", "The wrapper of a scraped news post." )
      .def_readonly( "title", &article_info::title )
      .def_property_readonly( "date", []( const article_info& a ) { return to_py( a.date ); } )
      .def_readonly( "author", &article_info::author )
      .def_readonly( "title_span", &article_info::title_span )
      .def_readonly( "date_span", &article_info::date_span )
      .def_readonly( "author_span", &article_info::author_span );

   py::class_<section>( m, "Section", "A node of the body tree (Document.structure is flat; parent and children are indices into it)." )
      .def_property_readonly( "kind", []( const section& s ) { return std::string( to_string( s.kind ) ); },
                              "\"part\", \"chapter\", \"section\", \"article\", \"clause\", \"point\", \"item\" or \"appendix\"" )
      .def_readonly( "number", &section::number )
      .def_readonly( "heading", &section::heading )
      .def_readonly( "span", &section::span )
      .def_property_readonly( "parent", []( const section& s ) { return s.parent == section::npos ? py::none() : py::cast( s.parent ); } )
      .def_readonly( "children", &section::children )
      .def_property_readonly( "start", []( const section& s ) { return py_start( s.span ); } )
      .def_property_readonly( "end", []( const section& s ) { return py_end( s.span ); } );

   py::class_<diagnostic>( m, "Diagnostic", "A content problem: never stops an extraction (docs/diagnostics.md)." )
      .def_readonly( "code", &diagnostic::code, "stable: \"VB-W001\"" )
      .def_property_readonly( "severity", []( const diagnostic& d ) { return std::string( to_string( d.severity ) ); }, "\"note\", \"warning\" or \"error\"" )
      .def_readonly( "message", &diagnostic::message )
      .def_readonly( "span", &diagnostic::span )
      .def( "__repr__", []( const diagnostic& d ) {
         return "Diagnostic(" + py::repr( py::cast( d.code ) ).cast<std::string>() + ", " + py::repr( py::cast( d.message ) ).cast<std::string>() + ", line=" + std::to_string( d.span.line ) + ")";
      } );

   py::class_<py_document, std::shared_ptr<py_document>>( m, "Document", "Everything extracted from one text. Build with vanban.extract() or vanban.extract_file()." )
      .def_property_readonly( "source", []( const py_document& d ) { return d.doc.source; }, "the path or source= given, or None" )
      .def_property_readonly( "text", []( const py_document& d ) { return d.text; },
                              "the str every start/end indexes: the text passed in, or the file (or bytes) as decoded" )
      .def_property_readonly( "citations", []( const py_document& d ) { return d.doc.citations; }, "every mention of a document (list of Citation), in text order" )
      .def_property_readonly( "document", []( const py_document& d ) { return d.doc.info; }, "the text's own document (DocumentInfo), or None" )
      .def_property_readonly( "article", []( const py_document& d ) { return d.doc.article; }, "the news-post wrapper (Article), or None" )
      .def_property_readonly( "structure", []( const py_document& d ) { return d.doc.structure; }, "the body tree, flat, in document order (list of Section)" )
      .def_property_readonly( "diagnostics", []( const py_document& d ) { return d.doc.diagnostics; }, "content problems (list of Diagnostic), in text order" )
      .def_property_readonly( "dates", []( const py_document& d ) { return d.doc.dates; }, "every date (list of DateMention)" )
      .def_property_readonly( "bodies", []( const py_document& d ) { return d.doc.bodies; }, "every issuing body named (list of BodyMention)" )
      .def( "to_json", []( const py_document& d, const py::object& indent ) { return document_json( d.doc, indent ); }, py::arg( "indent" ) = 2,
            "The JSON of `vanban extract` (without its final newline): indent=2 as `--format json`, indent=None one line as `--format jsonl`." )
      .def( "to_dict", []( const py_document& d ) { return py::module_::import( "json" ).attr( "loads" )( document_json( d.doc, py::none() ) ); },
            "The JSON as Python values (dict, list, str, int, None): json.loads(self.to_json())." )
      .def( "__repr__", []( const py_document& d ) {
         return "<vanban.Document source=" + py::repr( py::cast( d.doc.source ) ).cast<std::string>() + " citations=" + std::to_string( d.doc.citations.size() ) + ">";
      } );

   m.def( "extract", &extract_text, py::arg( "text" ), py::kw_only(), py::arg( "source" ) = py::none(), py::arg( "lossy" ) = false,
          py::arg( "max_input_bytes" ) = vanban::options{}.max_input_bytes,
          "Extract citations, dates, issuers, structure and the graph from a text.\n\n"
          "text: a str (any normalization form), or UTF-8 bytes (decoded by vanban: invalid UTF-8 raises\n"
          "vanban.EncodingError with line and column). Every start/end of the result indexes the str\n"
          "(for bytes: their decoding, Document.text). Options as vanban::options: source (a name for\n"
          "messages and the JSON), lossy (replace invalid UTF-8 with U+FFFD, reported as notes),\n"
          "max_input_bytes. The GIL is released while extracting." );
   m.def( "extract_file", &extract_path, py::arg( "path" ), py::kw_only(), py::arg( "source" ) = py::none(), py::arg( "encoding" ) = py::none(),
          py::arg( "format" ) = "auto", py::arg( "lossy" ) = false, py::arg( "max_input_bytes" ) = vanban::options{}.max_input_bytes,
          "Read, decode and extract a file as `vanban extract FILE` does: UTF-8 with or without BOM,\n"
          "UTF-16/32 with a BOM, encoding= any ICU name (\"windows-1258\"), HTML pages (format=\"auto\",\n"
          "\"text\" or \"html\"). source defaults to the path. start/end index Document.text, the file as\n"
          "decoded (for HTML, the page's markup). The GIL is released while reading and extracting." );

   bind_graph( m );
}
