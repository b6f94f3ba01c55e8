# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Document.to_dict() and to_json() of corpus files equal `vanban extract` on the same files."""
import subprocess

import vanban

from conftest import cli_json, corpus_files


def test_corpus_files_equal_the_cli_output(cli):
    paths = corpus_files(24)
    expected = cli_json(cli, paths)
    for path, e in zip(paths, expected):
        doc = vanban.extract_file(path)
        assert doc.to_dict() == e, path
        text = doc.text
        for c in doc.citations:
            assert text[c.start:c.end] == c.text, (path, c)


def test_pretty_json_is_byte_for_byte_the_cli(cli):
    path = corpus_files(5)[2]
    out = subprocess.run([cli, "extract", path], capture_output=True, check=True).stdout.decode()
    assert vanban.extract_file(path).to_json() + "\n" == out
    with open(path, encoding="utf-8") as f:
        assert vanban.extract(f.read(), source=path).to_json() + "\n" == out
