# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""A tree of 320 corpus files plus the inputs an archive always has — an invalid-UTF-8 file,
an empty one, random bytes, a UTF-16 export — converted with -j 2: every good file gets its
output, the bad ones are named on stderr with their reason, the exit status says it failed."""
import json
import random
import re
import shutil



def tree(root):
    """Every file under root: relative name → bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

SUMMARY = re.compile(rb"vanban: (\d+) inputs: (\d+) converted, (\d+) skipped \(up to date\), (\d+) failed; ([\d.]+ [kM]B) read, ([\d.]+ [kM]B) converted in ([\d.]+) s \(([\d.]+) MB/s\)")


def test_320_files_and_four_odd_ones(run, corpus, tmp_path):
    files = sorted(corpus.glob("*.txt"))[:320]
    assert len(files) == 320
    src = tmp_path / "archive"
    for i, f in enumerate(files):
        # spread over folders, as archives are
        d = src / f"batch-{i % 7}" / ("gazette" if f.name.startswith("cb-") else "web")
        d.mkdir(parents=True, exist_ok=True)
        shutil.copy(f, d / f.name)
    odd = src / "odd"
    odd.mkdir()
    text = files[0].read_text(encoding="utf-8")
    cut = text.index("\n", len(text) // 2) + 1
    (odd / "invalid-utf8.txt").write_bytes(text[:cut].encode() + b"Ngh\xe1\xbb" + b" \xc3(\n" + text[cut:].encode())
    (odd / "empty.txt").write_bytes(b"")
    (odd / "random.bin").write_bytes(random.Random(7).randbytes(4096))
    (odd / "utf16.txt").write_bytes("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n".encode("utf-16"))

    out = tmp_path / "out"
    r = run("extract", "-o", out, "-j", "2", src)
    err = r.stderr.decode()
    print(err.splitlines()[-1])  # the summary, for the record
    assert r.returncode == 3, err
    m = SUMMARY.search(r.stderr)
    assert m, err
    assert (int(m[1]), int(m[2]), int(m[3]), int(m[4])) == (324, 322, 0, 2)

    line = cut and text[:cut].count("\n") + 1
    assert re.search(rf"{re.escape(str(odd / 'invalid-utf8.txt'))}:{line}:4: error: invalid UTF-8: truncated sequence starting with byte 0xE1 \(byte {len(text[:cut].encode()) + 3}\)", err), err
    assert re.search(rf"{re.escape(str(odd / 'random.bin'))}:\d+:\d+: error: binary data:", err), err
    failed = {l.split(":")[0] for l in err.splitlines() if ": error: " in l}
    assert failed == {str(odd / "invalid-utf8.txt"), str(odd / "random.bin")}

    outputs = tree(out)
    for f in src.rglob("*"):
        if f.is_file() and f.name not in ("invalid-utf8.txt", "random.bin"):
            rel = str(f.relative_to(src)) + ".json"
            doc = json.loads(outputs.pop(rel))
            assert doc["source"] == str(f)
    assert sorted(outputs) == [".vanban-manifest"]
    empty = json.loads((out / "odd" / "empty.txt.json").read_bytes())
    assert (empty["citations"], empty["dates"], empty["document"]) == ([], [], None)
    utf16 = json.loads((out / "odd" / "utf16.txt.json").read_bytes())
    assert [(c["number"], c["date"], c["issuer"]) for c in utf16["citations"]] == [("30/2020/NĐ-CP", "2020-03-05", "Chính phủ")]

    # the same files one at a time give the same documents
    for f in sorted(src.rglob("*.txt"))[:5]:
        one = run("extract", f)
        assert one.returncode == 0
        assert json.loads((out / (str(f.relative_to(src)) + ".json")).read_bytes()) == json.loads(one.stdout)
