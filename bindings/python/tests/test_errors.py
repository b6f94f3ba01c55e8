# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Bad input raises a vanban.Error subclass that says what and where (code, line, column, byte),
as the CLI reports it; never a crash or a bare RuntimeError."""
import pickle
import re
import subprocess

import pytest

import vanban


def raised(f, *args, **kwargs):
    with pytest.raises(vanban.Error) as info:
        f(*args, **kwargs)
    assert type(info.value) is not RuntimeError and not isinstance(info.value, RuntimeError)
    return info.value


def test_invalid_utf8_bytes_say_line_and_column():
    data = "Căn cứ Chỉ thị số 16/CT-TTg;\nThực hiện Kế hoạch ".encode() + b"s\xe1\xbb" + b" 05/KH-UBND"
    e = raised(vanban.extract, data)
    assert isinstance(e, vanban.EncodingError) and isinstance(e, ValueError)
    assert e.code == "invalid_utf8"
    assert (e.line, e.column) == (2, 21)
    assert e.byte == len("Căn cứ Chỉ thị số 16/CT-TTg;\nThực hiện Kế hoạch s".encode())
    assert e.source is None
    assert str(e).startswith("2:21: ")
    assert e.message in str(e)


def test_lone_surrogate_in_a_str_is_an_encoding_error_with_its_position():
    e = raised(vanban.extract, "Chỉ thị\nsố \ud800 16/CT-TTg", source="memo")
    assert isinstance(e, vanban.EncodingError)
    assert (e.line, e.column, e.source) == (2, 4, "memo")
    assert str(e).startswith("memo:2:4: ")


def test_file_errors_match_the_cli(tmp_path, cli):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Quyết định số 12/QĐ-UBND\nngày ".encode() + b"\xc3\x28" + b" 2020")
    e = raised(vanban.extract_file, bad)
    assert isinstance(e, vanban.EncodingError)
    assert e.source == str(bad)
    out = subprocess.run([cli, "extract", str(bad)], capture_output=True)
    assert out.returncode == 3
    m = re.match(rf"{re.escape(str(bad))}:(\d+):(\d+): error: ", out.stderr.decode())
    assert m, out.stderr
    assert (e.line, e.column) == (int(m.group(1)), int(m.group(2))) == (2, 6)
    assert str(e).startswith(f"{bad}:2:6: ")


def test_missing_file_is_a_file_error_and_an_oserror(tmp_path):
    e = raised(vanban.extract_file, tmp_path / "missing.txt")
    assert isinstance(e, vanban.FileError) and isinstance(e, OSError)
    assert e.code == "io" and e.line is None and e.source == str(tmp_path / "missing.txt")
    assert "No such file" in str(e)
    e = raised(vanban.extract_file, tmp_path)
    assert isinstance(e, vanban.FileError)


def test_binary_input_is_refused(tmp_path):
    pdf = tmp_path / "scan.pdf.txt"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    e = raised(vanban.extract_file, pdf)
    assert isinstance(e, vanban.BinaryInputError) and e.code == "binary_input"
    assert "PDF" in str(e)


def test_limits_and_bad_arguments():
    e = raised(vanban.extract, "Chỉ thị số 16/CT-TTg", max_input_bytes=10)
    assert isinstance(e, vanban.LimitExceededError) and e.code == "limit_exceeded"
    e = raised(vanban.extract_file, __file__, encoding="no-such-encoding")
    assert isinstance(e, vanban.InvalidArgumentError) and isinstance(e, ValueError)
    e = raised(vanban.extract_file, __file__, format="pdf")
    assert isinstance(e, vanban.InvalidArgumentError) and "pdf" in str(e)


def test_errors_pickle_with_their_attributes():
    # what a Dask worker sends back to the client
    with pytest.raises(vanban.EncodingError) as info:
        vanban.extract(b"abc\n\xff", source="x.txt")
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is vanban.EncodingError
    assert (again.code, again.line, again.column, again.byte, again.source, str(again)) == \
           ("invalid_utf8", 2, 1, 4, "x.txt", str(info.value))


def test_utf16_html_and_declared_encodings_read_as_the_cli(tmp_path, seed_text, cli):
    utf16 = tmp_path / "seed16.txt"
    utf16.write_bytes(b"\xff\xfe" + seed_text.encode("utf-16-le"))
    doc = vanban.extract_file(utf16)
    assert len(doc.citations) == 6
    assert doc.text[0] == "\ufeff"  # the BOM is one code point, as in the spans
    for c in doc.citations:
        assert doc.text[c.start:c.end] == c.text
    cli_out = subprocess.run([cli, "extract", str(utf16)], capture_output=True, check=True).stdout.decode()
    assert doc.to_json() + "\n" == cli_out

    page = tmp_path / "post.html"
    page.write_text("<html><head><title>x</title></head><body><p>Căn cứ <b>Chỉ thị số 16/CT-TTg</b> ngày 16/5/2016 "
                    "của Thủ tướng Chính phủ;</p></body></html>", encoding="utf-8")
    doc = vanban.extract_file(page)
    [c] = doc.citations
    assert c.number == "16/CT-TTg"
    assert doc.text.startswith("<html>")  # spans point into the page
    assert doc.text[c.start:c.end].startswith("Chỉ thị số 16/CT-TTg</b>")
    cli_out = subprocess.run([cli, "extract", str(page)], capture_output=True, check=True).stdout.decode()
    assert doc.to_json() + "\n" == cli_out
    assert len(vanban.extract_file(page, format="text").citations) == 1

    latin = tmp_path / "latin.txt"
    latin.write_bytes("Chỉ thị số 16/CT-TTg".encode("utf-8"))
    assert vanban.extract_file(latin, encoding="ISO-8859-1").text.startswith("Chá»")
