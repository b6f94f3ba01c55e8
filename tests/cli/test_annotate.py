# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""`vanban annotate`: a self-contained page with every citation, date and issuer highlighted;
document text is always text (a <script> in the input never runs); checked in a real browser
(headless Chromium from Debian)."""
import json
import os
import re
import shutil
import subprocess

import pytest

TEXT = (
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
    "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ,\n"
    "<script>document.documentElement.setAttribute('data-pwned','1')</script> & \"quotes\"\n"
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch. Theo Chỉ thị số 16/CT-TTg ngày 16/5/2016, các sở triển khai.\n"
)

PAGE = (
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Cổng thông tin</title>\n"
    "<script>document.documentElement.setAttribute('data-pwned','1')</script>\n"
    "<meta http-equiv=\"refresh\" content=\"0; url=https://example.invalid/\"></head>\n"
    "<body><div id=\"menu\"><a href=\"#\">Trang chủ</a></div>\n"
    "<p>Căn cứ <b>Nghị định số 30/2020/N&#272;-CP</b> ngày 05/3/2020 của Chính phủ;</p>\n"
    "<p onclick=\"document.documentElement.setAttribute('data-pwned','2')\">Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 "
    "của Thủ tướng Chính phủ &lt;script&gt; và Chỉ thị số 16/CT-TTg ngày 16/5/2016.</p>\n"
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','3')\">\n"
    "</body></html>\n"
)


def citations(run, path):
    r = run("extract", "--format", "jsonl", path)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["citations"]


def test_text_page_escapes_the_document(run, tmp_path):
    src = tmp_path / "vb.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "vb.html"
    r = run("annotate", src, "-o", out)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;document.documentElement.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;" in page
    # only the page's own two scripts: the data and the panel
    assert len(re.findall(r"<script\b", page)) == 2
    assert "data-pwned" not in page.replace("&#39;data-pwned&#39;", "")
    marks = re.findall(r'<mark class="vb vb-cite" data-a="(\d+)"', page)
    assert len(set(marks)) == len(citations(run, src)) == 3
    # the mentions of one document share its id
    ids = re.findall(r'<mark class="vb vb-cite" data-a="\d+"(?: id="[^"]*")? data-id="([^"]*)"', page)
    assert len(ids) == 3 and ids[1] == ids[2] and ids[0] != ids[1]
    assert 'class="vb vb-date"' in page and 'class="vb vb-issuer"' in page
    assert 'id="vb-legend"' in page and 'id="vb-panel"' in page
    assert "Content-Security-Policy" in page


def test_stdout_and_stdin(run):
    r = run("annotate", "-", stdin="Chỉ thị số 16/CT-TTg ngày 16/5/2016".encode())
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(b"<!DOCTYPE html>")
    assert b'class="vb vb-cite"' in r.stdout


def test_html_page_keeps_its_markup_and_loses_its_scripts(run, tmp_path):
    src = tmp_path / "post.html"
    src.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "post.annotated.html"
    r = run("annotate", src, "-o", out)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert '<div id="menu"><a href="#">Trang chủ</a></div>' in page
    assert "http-equiv=\"refresh\"" not in page
    assert "setAttribute('data-pwned','1')" not in page
    assert "<b><mark" in page and "N&#272;-CP</mark></b>" in page  # the mark is split at the tag, entities kept
    assert "&lt;script&gt;" in page
    assert len(set(re.findall(r'<mark class="vb vb-cite" data-a="(\d+)"', page))) == len(citations(run, src)) == 3


def test_bad_input_fails_with_its_position(run, tmp_path):
    src = tmp_path / "bad.txt"
    src.write_bytes(b"Lu\xe1\xba\xadt \xff")
    r = run("annotate", src, "-o", tmp_path / "x.html")
    assert r.returncode == 3
    assert f"{src}:1:6: error: invalid UTF-8".encode() in r.stderr
    assert not (tmp_path / "x.html").exists()


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed (scripts/debian-packages.txt lists it)")
    pytest.skip("chromium is not installed")


def dump_dom(tmp_path, url):
    """The DOM after the page's scripts ran, from headless Chromium."""
    profile = tmp_path / "chromium-profile"
    r = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url],
        capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode(errors="replace")[-2000:]
    return r.stdout.decode()


def test_browser_renders_every_citation_and_runs_no_document_script(run, tmp_path):
    src = tmp_path / "vb.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "vb.html"
    assert run("annotate", src, "-o", out).returncode == 0
    expected = citations(run, src)
    dom = dump_dom(tmp_path, out.as_uri() + "#vb-a0")
    # the panel script ran (it marks the root), the document's did not
    ready = re.search(r'data-vb-ready="(\d+)"', dom)
    assert ready and int(ready.group(1)) > len(expected)
    assert "data-pwned" not in dom.replace("'data-pwned'", "")
    marks = set(re.findall(r'<mark class="vb vb-cite[^"]*" data-a="(\d+)"', dom))
    assert len(marks) == len(expected) == 3
    assert "&lt;script&gt;document.documentElement" in dom
    # #vb-a0 opened the panel on the first citation, with its fields
    panel = re.search(r'<aside id="vb-panel">(.*?)</aside>', dom, re.S)
    assert panel, "panel not opened"
    assert "citation: Nghị định số 30/2020/NĐ-CP" in panel.group(1)
    assert "<th>number</th><td>30/2020/NĐ-CP</td>" in panel.group(1)
    assert "<th>relation</th><td>based_on</td>" in panel.group(1)


def test_browser_shows_an_annotated_html_page_inert(run, tmp_path):
    src = tmp_path / "post.html"
    src.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "post.annotated.html"
    assert run("annotate", src, "-o", out).returncode == 0
    directive = re.search(r'data-a="(\d+)" id="vb-a\d+" data-id="vn/chi-thi/16-ct-ttg/2016"', out.read_text(encoding="utf-8")).group(1)
    dom = dump_dom(tmp_path, out.as_uri() + "#vb-a" + directive)
    assert 'data-vb-ready="' in dom
    assert "data-pwned" not in dom.replace("'data-pwned'", "")
    assert len(set(re.findall(r'<mark class="vb vb-cite[^"]*" data-a="(\d+)"', dom))) == 3
    # the mentions of 16/CT-TTg are linked: the panel of one lists both
    panel = re.search(r'<aside id="vb-panel">(.*?)</aside>', dom, re.S)
    assert panel and "citation: Chỉ thị số 16/CT-TTg" in panel.group(1)
    assert "2 mentions of this document" in panel.group(1)
    # and the other mention is marked as the same document
    assert re.search(r'<mark class="vb vb-cite vb-same" data-a="\d+" id="vb-a\d+" data-id="vn/chi-thi/16-ct-ttg/2016"', dom)
