# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""The command line's boundaries (issue 9): outputs never land outside the output folder or
through a link, every failure is reported with a code path (exit status) and a position, and
the annotated page turns everything from the input into text."""
import json
import re
import subprocess

DECREE = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"


def files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_extract_output_names_with_dotdot_stay_inside(cli, tmp_path):
    # inputs named through "..": a file is named by its file name, a folder's files by their
    # path under it; all inside OUT
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(DECREE, encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text(DECREE, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    r = subprocess.run([cli, "extract", "-o", "out1", "../in/sub/../a.txt"], cwd=work, capture_output=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([cli, "extract", "-o", "out2", "../in/sub/.."], cwd=work, capture_output=True)
    assert r.returncode == 0, r.stderr
    assert files(work) == ["out1", "out1/.vanban-manifest", "out1/a.txt.json",
                           "out2", "out2/.vanban-manifest", "out2/a.txt.json", "out2/sub", "out2/sub/b.txt.json"]
    assert files(tmp_path / "in") == ["a.txt", "sub", "sub/b.txt"]


def test_extract_does_not_follow_a_link_to_the_outside_planted_in_the_output(run, tmp_path):
    src = tmp_path / "in"
    (src / "deep" / "er").mkdir(parents=True)
    (src / "deep" / "er" / "x.txt").write_text(DECREE, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    (out / "deep").mkdir(parents=True)
    (out / "deep" / "er").symlink_to(outside, target_is_directory=True)  # a link deeper down
    r = run("extract", "-o", out, src)
    assert r.returncode == 4
    assert b"refusing to write through deep/er/: it is a symbolic link" in r.stderr
    assert list(outside.iterdir()) == []


def test_annotate_replaces_a_link_at_the_output_instead_of_writing_through_it(run, tmp_path):
    src = tmp_path / "vb.txt"
    src.write_text(DECREE, encoding="utf-8")
    victim = tmp_path / "victim.html"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "out").mkdir()
    link = tmp_path / "out" / "vb.html"
    link.symlink_to(victim)
    r = run("annotate", src, "-o", link)
    assert r.returncode == 0, r.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not link.is_symlink()
    assert "vb-cite" in link.read_text(encoding="utf-8")


def test_annotate_never_writes_through_a_link_at_its_temporary_name(cli, tmp_path):
    # the temporary file's name holds the process id: a shell that plants the link and then
    # execs vanban (same pid) wins any race an attacker could run
    src = tmp_path / "vb.txt"
    src.write_text(DECREE, encoding="utf-8")
    victim = tmp_path / "victim.html"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    script = f'ln -s "$1" "$2/.vanban-tmp-$$-annotate" && exec "$3" annotate "$4" -o "$2/vb.html"'
    r = subprocess.run(["/bin/sh", "-c", script, "sh", victim, out, cli, src], capture_output=True)
    assert r.returncode == 4, r.stderr
    assert b"cannot create" in r.stderr and b"File exists" in r.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (out / "vb.html").exists()


def test_annotated_page_escapes_markup_entities_and_quotes_from_the_input(run, tmp_path):
    nasty = (
        "</pre></body><script>alert(1)</script><!-- ]]> <![CDATA[ x ]]> -->\n"
        "\"><img src=x onerror=alert(2)> '&amp;&lt;&#60;&#x3c; </mark><mark class=\"vb vb-cite\">\n"
        "<scr<script>ipt>alert(3)</scr</script>ipt> <style>*{display:none}</style> </textarea></title>\n"
        "Căn cứ Nghị định số 30/2020/NĐ-CP</script> ngày 05/3/2020 của Chính phủ;\n"
    )
    src = tmp_path / "nasty.txt"
    src.write_text(nasty, encoding="utf-8")
    r = run("annotate", src)
    assert r.returncode == 0, r.stderr
    page = r.stdout.decode("utf-8")
    assert len(re.findall(r"<script\b", page)) == 2          # the page's own two
    assert page.count("</pre>") == 1 and page.count("<pre") == 1
    assert "<img" not in page and "<style>*" not in page and "<!--" not in page
    assert "&lt;/pre&gt;&lt;/body&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp;amp;&amp;lt;&amp;#60;&amp;#x3c;" in page    # entities in the input stay text
    # the data island is JSON without '<' (no "</script>" can close it early)
    island = re.search(r'<script type="application/json" id="vb-data">(.*?)</script>', page, re.S)
    assert island and "<" not in island[1]
    json.loads(island[1])


def test_annotated_page_of_a_file_name_with_markup(run, tmp_path):
    src = tmp_path / "<b>x&y\".txt"
    src.write_text(DECREE, encoding="utf-8")
    r = run("annotate", src)
    assert r.returncode == 0, r.stderr
    page = r.stdout.decode("utf-8")
    assert "<b>x" not in page
    assert "&lt;b&gt;x&amp;y&quot;.txt" in page


def test_errors_have_a_position_and_an_exit_status(run, tmp_path):
    # binary input: where the NUL byte is
    blob = tmp_path / "blob.txt"
    blob.write_bytes("Luật\nĐất đai\x00".encode())
    r = run("extract", blob)
    assert r.returncode == 3
    assert f"{blob}:2:8: error: binary data: NUL byte at byte 18".encode() in r.stderr
    # HTML nested too deep: where the element that goes too deep starts
    page = tmp_path / "deep.html"
    page.write_text("<html><body>\n" + "<div>" * 1025 + "Luật Đất đai năm 2024", encoding="utf-8")
    r = run("extract", page)
    assert r.returncode == 3
    assert f"{page}:2:5121: error: HTML nests elements deeper than the limit of 1024 levels".encode() in r.stderr
    # quotation marks nested too deep, in annotate and graph as well
    quotes = tmp_path / "quotes.txt"
    quotes.write_text("Điều 1.\n" + "“" * 1025 + "Luật Đất đai năm 2024", encoding="utf-8")
    for args in (["extract", quotes], ["annotate", quotes], ["graph", quotes]):
        r = run(*args)
        assert r.returncode == 3, (args, r.stderr)
        assert f"{quotes}:2:1025: error: quotation marks nest deeper than the limit of 1024 levels".encode() in r.stderr, r.stderr


def test_inputs_of_many_kinds_never_end_in_an_unmapped_error(run, tmp_path):
    # each a path the CLI turns into a message and an exit status, never status 70 or a signal
    cases = {
        "dir": None,
        "empty.txt": b"",
        "nul.txt": b"\x00" * 64,
        "cr.txt": b"Lu\xe1\xba\xadt \xc4\x90\xe1\xba\xa5t \xc4\x91ai\r" * 1000,
        "marks.txt": "\u0301" * 10000,
        "surrogate.txt": b"\xed\xa0\x80",
        "overlong.txt": b"\xc0\xaf",
        "utf16.txt": "Luật".encode("utf-16"),
        "bom-only.txt": b"\xef\xbb\xbf",
        "page.html": b"<html><body>" + b"<a" * 50000,
    }
    for name, content in cases.items():
        p = tmp_path / name
        if content is None:
            p.mkdir()
        else:
            p.write_bytes(content if isinstance(content, bytes) else content.encode())
        for args in (["extract", p], ["annotate", p], ["graph", p]):
            r = run(*args)
            assert r.returncode in (0, 2, 3), (name, args, r.returncode, r.stderr)  # 2: a folder without files
            assert b"internal error" not in r.stderr, (name, args, r.stderr)
            if r.returncode == 3:
                assert re.search(rb": error: ", r.stderr), (name, args, r.stderr)
