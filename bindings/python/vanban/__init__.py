# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Citations, dates, issuers, structure and a typed graph from Vietnamese legal text.

>>> import vanban
>>> doc = vanban.extract("Căn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ;")
>>> c = doc.citations[0]
>>> c.type, c.number, c.date, c.issuer
('Chỉ thị', '16/CT-TTg', datetime.date(2016, 5, 16), 'Thủ tướng Chính phủ')
>>> doc.text[c.start:c.end] == c.text
True

Everything is computed by the C++ library (the module ``vanban._vanban``), the same code as the
``vanban`` command line: ``Document.to_json()`` is exactly what ``vanban extract`` prints.

- ``extract(text, *, source=None, lossy=False, max_input_bytes=...)``: a str (or UTF-8 bytes).
- ``extract_file(path, *, source=None, encoding=None, format="auto", lossy=False, ...)``: a file
  as the command line reads it (BOM, UTF-16, ICU encodings, HTML pages).
- ``Graph``: the documents of many texts merged into one typed graph (``to_networkx()``).
- ``vanban.dask``: the same on a ``dask.distributed`` cluster.
- Errors are ``vanban.Error`` subclasses with ``.code``, ``.line``, ``.column``, ``.byte``.
"""

from ._vanban import (
    Article,
    BinaryInputError,
    BodyMention,
    Citation,
    Cue,
    DateMention,
    Diagnostic,
    Document,
    DocumentInfo,
    EncodingError,
    Error,
    FileError,
    Graph,
    ICUError,
    InternalError,
    InvalidArgumentError,
    Issuer,
    LimitExceededError,
    Section,
    Signer,
    Span,
    __version__,
    extract,
    extract_file,
)

__all__ = [
    "Article",
    "BinaryInputError",
    "BodyMention",
    "Citation",
    "Cue",
    "DateMention",
    "Diagnostic",
    "Document",
    "DocumentInfo",
    "EncodingError",
    "Error",
    "FileError",
    "Graph",
    "ICUError",
    "InternalError",
    "InvalidArgumentError",
    "Issuer",
    "LimitExceededError",
    "Section",
    "Signer",
    "Span",
    "__version__",
    "extract",
    "extract_file",
]
