# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""`vanban extract -o OUTDIR`: one output per input mirroring the input tree, parallel with a
deterministic result, atomic, resumable; bad inputs reported with file, reason and position and
never stopping the batch; outputs never outside OUTDIR."""
import json
import os
import pathlib
import pty
import re
import subprocess
import sys

DECREE = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
DIRECTIVE = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.\n"

SUMMARY = re.compile(rb"vanban: (\d+) inputs: (\d+) converted, (\d+) skipped \(up to date\), (\d+) failed")


def summary(stderr):
    m = SUMMARY.search(stderr)
    assert m, stderr
    return tuple(int(x) for x in m.groups())


def tree(root):
    """Every file under root (relative name → bytes)."""
    root = pathlib.Path(root)
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def make_inputs(base):
    src = base / "in"
    (src / "a" / "b").mkdir(parents=True)
    (src / "a" / "decree.txt").write_text(DECREE, encoding="utf-8")
    (src / "a" / "b" / "directive.txt").write_text(DIRECTIVE * 3, encoding="utf-8")
    (src / "both.txt").write_text(DECREE + DIRECTIVE, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "utf16.txt").write_bytes((DIRECTIVE).encode("utf-16"))
    (src / "page.html").write_text(f"<!DOCTYPE html><html><body><p>{DECREE}</p><script>var x = 1;</script></body></html>", encoding="utf-8")
    (src / "bad.txt").write_bytes("Căn cứ\nNghị định số 30/2020/N".encode() + b"\xc4 ngay")
    (src / "blob.bin").write_bytes(bytes(range(256)) * 4)
    return src


def test_tree_is_mirrored_and_bad_inputs_are_reported_and_skipped(run, tmp_path):
    src = make_inputs(tmp_path)
    out = tmp_path / "out"
    r = run("extract", "-o", out, "-j", "2", src)
    assert r.returncode == 3, r.stderr
    err = r.stderr
    assert f"{src / 'bad.txt'}:2:23: error: invalid UTF-8: truncated sequence starting with byte 0xC4 (byte 39)".encode() in err
    assert f"{src / 'blob.bin'}:1:1: error: binary data: NUL byte at byte 0".encode() in err
    assert summary(err) == (8, 6, 0, 2)
    assert r.stdout == b""
    files = tree(out)
    assert sorted(files) == [".vanban-manifest", "a/b/directive.txt.json", "a/decree.txt.json", "both.txt.json", "empty.txt.json", "page.html.json", "utf16.txt.json"]
    decree = json.loads(files["a/decree.txt.json"])
    assert decree["source"] == str(src / "a" / "decree.txt")
    assert [c["number"] for c in decree["citations"]] == ["30/2020/NĐ-CP"]
    assert [c["number"] for c in json.loads(files["utf16.txt.json"])["citations"]] == ["16/CT-TTg"]
    empty = json.loads(files["empty.txt.json"])
    assert empty["citations"] == [] and empty["dates"] == [] and empty["document"] is None
    page = json.loads(files["page.html.json"])
    c = page["citations"][0]
    raw = (src / "page.html").read_bytes()
    assert raw[c["span"]["start"]:c["span"]["end"]].decode() == c["text"]
    assert files["a/decree.txt.json"].endswith(b"}\n")


def test_rerun_skips_what_is_up_to_date_and_redoes_what_changed(run, tmp_path):
    src = make_inputs(tmp_path)
    (src / "bad.txt").unlink()
    (src / "blob.bin").unlink()
    out = tmp_path / "out"
    first = run("extract", "-o", out, src)
    assert first.returncode == 0, first.stderr
    assert summary(first.stderr) == (6, 6, 0, 0)
    clean = tree(out)
    again = run("extract", "-o", out, src)
    assert summary(again.stderr) == (6, 0, 6, 0)
    assert tree(out) == clean
    # an input edited, an output damaged by hand: both redone, the rest skipped
    (src / "both.txt").write_text(DIRECTIVE, encoding="utf-8")
    (out / "a" / "decree.txt.json").write_text("{", encoding="utf-8")
    third = run("extract", "-o", out, src)
    assert summary(third.stderr) == (6, 2, 4, 0)
    assert json.loads((out / "a" / "decree.txt.json").read_bytes()) == json.loads(clean["a/decree.txt.json"])
    assert [c["number"] for c in json.loads((out / "both.txt.json").read_bytes())["citations"]] == ["16/CT-TTg"]
    # other options make other outputs: everything is redone
    jsonl = run("extract", "-o", out, "--format", "jsonl", src)
    assert summary(jsonl.stderr) == (6, 6, 0, 0)
    assert (out / "empty.txt.json").read_bytes().count(b"\n") == 1
    forced = run("extract", "-o", out, "--format", "jsonl", "--force", src)
    assert summary(forced.stderr) == (6, 6, 0, 0)


def test_output_tree_does_not_depend_on_the_number_of_jobs(run, tmp_path):
    src = make_inputs(tmp_path)
    for i in range(30):
        (src / "many" / f"{i:02}").mkdir(parents=True)
        (src / "many" / f"{i:02}" / "x.txt").write_text(DECREE * (i % 5 + 1), encoding="utf-8")
    one = run("extract", "-o", tmp_path / "one", "-j", "1", src)
    four = run("extract", "-o", tmp_path / "four", "-j", "4", src)
    assert one.returncode == four.returncode == 3
    assert tree(tmp_path / "one") == tree(tmp_path / "four")
    # stderr lists the problems in input order whatever finished first
    assert re.sub(rb"[\d.]+ s \([\d.]+ MB/s\)", b"", one.stderr) == re.sub(rb"[\d.]+ s \([\d.]+ MB/s\)", b"", four.stderr)


def test_stdout_keeps_input_order_with_many_jobs(run, tmp_path):
    names = []
    for i in range(40):
        f = tmp_path / f"{i:03}.txt"
        f.write_text((DECREE if i % 2 else DIRECTIVE) * (40 - i), encoding="utf-8")
        names.append(str(f))
    r = run("extract", "--format", "jsonl", "-j", "4", tmp_path)
    assert r.returncode == 0, r.stderr
    assert [json.loads(line)["source"] for line in r.stdout.decode().splitlines()] == names


def test_stdin_goes_to_stdin_json(run, tmp_path):
    r = run("extract", "-o", tmp_path / "out", "-", stdin=DIRECTIVE.encode())
    assert r.returncode == 0, r.stderr
    doc = json.loads((tmp_path / "out" / "stdin.json").read_bytes())
    assert doc["source"] == "-"
    assert doc["citations"][0]["number"] == "16/CT-TTg"


def test_two_inputs_with_one_output_name_fail_the_second(run, tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text(DECREE, encoding="utf-8")
    (tmp_path / "y" / "a.txt").write_text(DIRECTIVE, encoding="utf-8")
    r = run("extract", "-o", tmp_path / "out", tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt")
    assert r.returncode == 4
    assert f"{tmp_path / 'y' / 'a.txt'}: error: its output a.txt.json would overwrite that of {tmp_path / 'x' / 'a.txt'}".encode() in r.stderr
    assert json.loads((tmp_path / "out" / "a.txt.json").read_bytes())["citations"][0]["number"] == "30/2020/NĐ-CP"


def test_symlinks_in_the_output_folder_cannot_lead_outside(run, tmp_path):
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    (src / "a" / "x.txt").write_text(DECREE, encoding="utf-8")
    (src / "y.txt").write_text(DECREE, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "a").symlink_to(outside, target_is_directory=True)
    (out / "y.txt.json").symlink_to(outside / "victim.json")
    r = run("extract", "-o", out, src)
    assert r.returncode == 4
    assert b"refusing to write through a/: it is a symbolic link" in r.stderr
    assert list(outside.iterdir()) == []
    assert not (out / "y.txt.json").is_symlink()
    assert json.loads((out / "y.txt.json").read_bytes())["citations"]


def test_odd_file_names_are_mirrored_verbatim(run, tmp_path):
    src = tmp_path / "in"
    names = ["-leading dash.txt", "space and ; $(x) `y`.txt", "new\nline.txt", "Nghị định.txt", "..dots..txt"]
    (src / "sub dir").mkdir(parents=True)
    for n in names:
        (src / "sub dir" / n).write_text(DECREE, encoding="utf-8")
    out = tmp_path / "out"
    r = run("extract", "-o", out, src)
    assert r.returncode == 0, r.stderr
    for n in names:
        assert json.loads((out / "sub dir" / (n + ".json")).read_bytes())["citations"][0]["number"] == "30/2020/NĐ-CP"
    assert run("extract", "-o", out, src).returncode == 0
    assert summary(run("extract", "-o", out, src).stderr)[2] == len(names)  # the manifest reads odd names back


def test_an_input_that_turns_bad_loses_its_old_output(run, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(DECREE, encoding="utf-8")
    out = tmp_path / "out"
    assert run("extract", "-o", out, src).returncode == 0
    (src / "a.txt").write_bytes(b"\x00\x01binary now")
    r = run("extract", "-o", out, src)
    assert r.returncode == 3
    assert not (out / "a.txt.json").exists()
    assert b"a.txt.json" not in (out / ".vanban-manifest").read_bytes()


def test_too_large_and_unreadable_inputs_are_named_with_their_reason(run, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(DECREE * 100, encoding="utf-8")
    missing = tmp_path / "dangling.txt"
    missing.symlink_to(tmp_path / "nowhere")
    ok = tmp_path / "ok.txt"
    ok.write_text(DECREE, encoding="utf-8")
    r = run("extract", "-o", tmp_path / "out", "--max-input-mb", "0.001", big, missing, ok)
    assert r.returncode == 3
    assert f"{big}: error: too large: {big.stat().st_size} bytes, more than the limit of 1000 bytes".encode() in r.stderr
    assert f"{missing}: error: cannot open file: No such file or directory".encode() in r.stderr
    assert (tmp_path / "out" / "ok.txt.json").exists()


def test_output_folder_inside_the_input_folder_is_not_read_back(run, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(DECREE, encoding="utf-8")
    for _ in range(2):
        r = run("extract", "-o", src / "out", src)
        assert r.returncode == 0, r.stderr
        assert summary(r.stderr)[0] == 1
    assert sorted(tree(src / "out")) == [".vanban-manifest", "a.txt.json"]


def test_encoding_option_reads_windows_1258(run, tmp_path):
    # "Quyết định số 12/QĐ-UBND ngày 5/3/2020" in windows-1258 (tone marks as combining bytes)
    f = tmp_path / "legacy.txt"
    f.write_bytes(b"Quy\xEA\xECt \xF0i\xF2nh s\xF4\xEC 12/Q\xD0-UBND nga\xCCy 5/3/2020")
    r = run("extract", "--format", "jsonl", "--encoding", "windows-1258", f)
    assert r.returncode == 0, r.stderr
    c = json.loads(r.stdout)["citations"][0]
    assert (c["type"], c["number"], c["date"]) == ("Quyết định", "12/QĐ-UBND", "2020-03-05")
    plain = run("extract", "--format", "jsonl", f)
    assert plain.returncode == 3
    assert f"{f}:1:4: error: invalid UTF-8".encode() in plain.stderr
    bad = run("extract", "--encoding", "klingon", f)
    assert bad.returncode == 3 and b"unknown encoding 'klingon'" in bad.stderr


def test_lossy_converts_and_notes_each_replacement(run, tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(DIRECTIVE.encode() + b"\xff\n")
    r = run("extract", "--format", "jsonl", "--lossy", f)
    assert r.returncode == 0, r.stderr
    assert f"{f}:2:1: note: [VB-N001] invalid UTF-8".encode() in r.stderr
    assert json.loads(r.stdout)["diagnostics"][0]["code"] == "VB-N001"


def run_on_a_terminal(cli, *args):
    """Runs with stderr on a pseudo-terminal; returns (exit status, what the terminal got)."""
    master, slave = pty.openpty()
    p = subprocess.Popen([cli, *map(str, args)], stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    got = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        got += chunk
    os.close(master)
    return p.wait(), got


def test_progress_bar_only_on_a_terminal_and_not_with_quiet(cli, run, tmp_path):
    src = make_inputs(tmp_path)
    (src / "bad.txt").unlink()
    (src / "blob.bin").unlink()
    status, screen = run_on_a_terminal(cli, "extract", "-o", tmp_path / "tty", src)
    assert status == 0
    assert re.search(rb"\r\x1b\[K\[[#.]+\] \d+/6 files +[\d.]+ MB/s +ETA ", screen), screen
    assert b"6 inputs: 6 converted" in screen
    status, screen = run_on_a_terminal(cli, "extract", "-q", "-o", tmp_path / "quiet", src)
    assert status == 0 and screen == b""
    piped = run("extract", "-o", tmp_path / "pipe", src)
    assert b"\r" not in piped.stderr and b"MB/s  ETA" not in piped.stderr


def test_usage_errors(run, tmp_path):
    assert run("extract", "-j", "-1", tmp_path).returncode == 2
    assert run("extract", "--input", "pdf", tmp_path).returncode == 2
    assert run("extract", "-o").returncode == 2


def test_ctrl_c_finishes_what_is_in_flight_and_resumes(cli, run, tmp_path):
    import signal
    import time
    src = tmp_path / "in"
    src.mkdir()
    for i in range(200):
        (src / f"{i:03}.txt").write_text((DECREE + DIRECTIVE) * 300, encoding="utf-8")
    out = tmp_path / "out"
    p = subprocess.Popen([cli, "extract", "-o", str(out), "-j", "2", str(src)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while not any(out.glob("*.json")) and p.poll() is None:
        time.sleep(0.01)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    if p.returncode == 0:
        return  # finished before the signal arrived: nothing to check
    assert p.returncode == 130, err
    assert b"not started (interrupted)" in err
    left = tree(out)
    assert not [k for k in left if ".vanban-tmp-" in k]
    done = [k for k in left if k.endswith(".json")]
    assert 0 < len(done) < 200
    assert len((out / ".vanban-manifest").read_bytes().splitlines()) == len(done) + 1
    again = run("extract", "-o", out, "-j", "2", src)
    assert again.returncode == 0
    assert summary(again.stderr) == (200, 200 - len(done), len(done), 0)
