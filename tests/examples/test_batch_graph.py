# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""examples/batch_graph.cpp merges with the library's graph_builder exactly what `vanban graph`
merges: on the same files, in parallel, its graph JSON is the CLI's byte for byte."""
import os
import pathlib
import subprocess


def test_the_example_batch_gives_the_graph_of_vanban_graph(tmp_path):
    example = os.environ["VANBAN_EXAMPLE_BATCH_GRAPH"]
    cli = os.environ["VANBAN_CLI"]
    data = pathlib.Path(os.environ["VANBAN_TEST_DATA"])
    folders = [data / "structure", data / "graph"]
    out = tmp_path / "graph.json"
    r = subprocess.run([example, "-o", str(out), *map(str, folders)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    files = sorted((str(p) for d in folders for p in d.rglob("*.txt")), key=lambda s: s.encode())
    assert r.stdout.startswith(f"inputs: {len(files)}, failed: 0\n")
    c = subprocess.run([cli, "graph", *files], capture_output=True)
    assert c.returncode == 0, c.stderr.decode()
    assert out.read_bytes() == c.stdout


def test_a_bad_file_is_reported_and_the_batch_goes_on(tmp_path):
    example = os.environ["VANBAN_EXAMPLE_BATCH_GRAPH"]
    data = pathlib.Path(os.environ["VANBAN_TEST_DATA"])
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Căn cứ Nghị định số 30/2020/NĐ-CP;\n".encode() + b"\xff\xfe " + "ngày\n".encode())
    r = subprocess.run([example, str(bad), str(data / "seed.txt")], capture_output=True, text=True)
    assert r.returncode == 1
    assert f"{bad}:2:1: " in r.stderr and "invalid UTF-8" in r.stderr
    assert r.stdout.startswith("inputs: 1, failed: 1\n")
