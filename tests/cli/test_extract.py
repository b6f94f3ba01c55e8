# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""The `vanban extract` contract: stdout carries JSON only, problems go to stderr with
path:line:col, a bad input never stops the others, exit codes say what happened."""
import json


def test_one_input_gives_one_pretty_document(run, data):
    r = run("extract", data / "seed.txt")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["schema_version"] == "1"
    assert doc["source"] == str(data / "seed.txt")
    assert r.stdout.count(b"\n") > 10  # pretty
    numbers = [c["number"] for c in doc["citations"]]
    assert numbers == ["05/KH-UBND", "03-KL/TU", "25-NQ/TW", "05-CT/TW", None, "16/CT-TTg"]


def test_jsonl_gives_one_line_per_input(run, data, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Căn cứ Luật Đất đai năm 2024;\n", encoding="utf-8")
    r = run("extract", "--format", "jsonl", data / "seed.txt", other)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 2
    assert [json.loads(l)["source"] for l in lines] == [str(data / "seed.txt"), str(other)]
    assert json.loads(lines[1])["citations"][0]["text"] == "Luật Đất đai năm 2024"


def test_bad_input_is_reported_with_its_position_and_the_rest_still_runs(run, data, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Căn cứ\nNghị định số 30/2020/N".encode() + b"\xc4 ngay")
    r = run("extract", "--format", "jsonl", bad, data / "seed.txt")
    assert r.returncode == 3
    err = r.stderr.decode()
    assert f"{bad}:2:23: error: invalid UTF-8" in err
    assert "(byte 39)" in err
    assert "^" in err  # the caret under the position
    # the CLI keeps no copy of a file's bytes: the line is read again to show it
    assert "\n  Nghị định số 30/2020/N…\n" + " " * 24 + "^\n" in err
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"] == str(data / "seed.txt")


def test_bad_stdin_is_reported_with_its_line(run):
    r = run("extract", "--format", "jsonl", "-", stdin="Căn cứ\nNghị định số 30/2020/N".encode() + b"\xc4 ngay")
    assert r.returncode == 3
    err = r.stderr.decode()
    assert "-:2:23: error: invalid UTF-8" in err
    assert "\n  Nghị định số 30/2020/N…\n" + " " * 24 + "^\n" in err
    assert r.stdout == b""


def test_missing_file_is_an_input_error(run, tmp_path):
    r = run("extract", tmp_path / "nope.txt")
    assert r.returncode == 3
    assert b"nope.txt: error: cannot open file" in r.stderr
    assert r.stdout == b""


def test_stdin(run):
    r = run("extract", "--format", "jsonl", "-", stdin="Chỉ thị số 16/CT-TTg ngày 16/5/2016".encode())
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["source"] == "-"
    assert doc["citations"][0]["date"] == "2016-05-16"


def test_diagnostics_go_to_stderr_not_stdout(run, tmp_path):
    f = tmp_path / "date.txt"
    f.write_text("Quyết định số 12/QĐ-UBND ngày 31/4/2020", encoding="utf-8")
    r = run("extract", "--format", "jsonl", f)
    assert r.returncode == 0
    assert f"{f}:1:31: warning: [VB-W001] impossible calendar date".encode() in r.stderr
    doc = json.loads(r.stdout)
    assert doc["diagnostics"][0]["code"] == "VB-W001"
    assert doc["citations"][0]["date"] is None


def test_usage_errors_exit_2(run):
    assert run().returncode == 2
    assert run("extract").returncode == 2
    assert run("extract", "--format", "xml", "x").returncode == 2


def test_version(run):
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.decode().startswith("vanban ")
