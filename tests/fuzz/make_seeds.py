#!/usr/bin/python3
# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/text, corpus/html) from the
shared corpus: snippets of state and Party texts only (MANIFEST kinds gazette, official, party;
never news or Q&A articles), cut at line breaks around the constructs the grammar reads —
headers, "Căn cứ" preambles, articles, quoted amendments, signatures, "Nơi nhận" — plus a few
encodings and line-end variants. Deterministic: the same corpus gives the same seeds.

Each seed starts with one byte of options (tests/fuzz/check.hpp `options_byte`); the text seeds
use 0x00 (strict, plain extract) and a few other values, the HTML seeds 0x00 and 0x04.

usage: tests/fuzz/make_seeds.py [../shared]
"""

import hashlib
import pathlib
import sys
import unicodedata

here = pathlib.Path(__file__).resolve().parent
shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here.parents[2] / "shared")
corpus = shared / "corpus"

KINDS = {"gazette", "official", "party"}
ANCHORS = {"Căn cứ": "can-cu", "Điều 1": "dieu-1", "“": "quote", "Nơi nhận": "noi-nhan", "TM.": "tm", "KT.": "kt",
           "số ": "so", "ngày ": "ngay", "Chương": "chuong", "Phụ lục": "phu-luc", "PHỤ LỤC": "phu-luc-caps",
           "bãi bỏ": "bai-bo", "sửa đổi": "sua-doi"}
MAX = 1600


def snippet(text, at, size=MAX):
    """Whole lines from the line holding `at`, at most `size` UTF-8 bytes."""
    start = text.rfind("\n", 0, at) + 1
    out = []
    n = 0
    for line in text[start:].split("\n"):
        b = len(line.encode()) + 1
        if n + b > size and out:
            break
        out.append(line)
        n += b
    return "\n".join(out) + "\n"


def main():
    rows = []
    for line in (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        f = line.split("\t")
        if f[2] in KINDS:
            rows.append(f)
    rows.sort(key=lambda f: int(f[6]))
    # an even spread over sizes and kinds: every 12th document, and every Party text
    chosen = [f for i, f in enumerate(rows) if i % 24 == 0 or f[2] == "party"]
    seeds = {}
    for f in chosen:
        text = (corpus / "docs" / (f[0] + ".txt")).read_text(encoding="utf-8")
        seeds[f"{f[0]}-head"] = snippet(text, 0)
        for a, slug in ANCHORS.items():
            at = text.find(a, 200)
            if at >= 0 and hashlib.sha256((f[0] + a).encode()).digest()[0] < 48:
                seeds[f"{f[0]}-{slug}"] = snippet(text, at)
    text_dir = here / "corpus" / "text"
    html_dir = here / "corpus" / "html"
    for d in (text_dir, html_dir):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    names = sorted(seeds)
    for name in names:
        (text_dir / name).write_bytes(b"\x00" + seeds[name].encode())
    # variants of a few seeds: lossy with a stray byte, CRLF and lone CR line ends, NFD, a BOM,
    # decode_input paths (UTF-16 with a BOM, windows-1258 by name)
    some = names[:: max(1, len(names) // 6)][:6]
    for i, name in enumerate(some):
        s = seeds[name]
        (text_dir / f"{name}~lossy").write_bytes(b"\x01" + s.encode()[:300] + b"\xff\xc3" + s.encode()[300:600])
        (text_dir / f"{name}~crlf").write_bytes(b"\x00" + s.replace("\n", "\r\n").encode())
        (text_dir / f"{name}~cr").write_bytes(b"\x00" + s.replace("\n", "\r").encode())
        (text_dir / f"{name}~nfd").write_bytes(b"\x00" + unicodedata.normalize("NFD", s).encode())
        (text_dir / f"{name}~bom").write_bytes(b"\x00" + b"\xef\xbb\xbf" + s.encode())
        # options 0x04: decode_input, automatic; 0x26: decode_input as text in windows-1258
        (text_dir / f"{name}~utf16").write_bytes(b"\x04" + b"\xff\xfe" + s.encode("utf-16-le"))
        try:
            (text_dir / f"{name}~cp1258").write_bytes(b"\x26" + unicodedata.normalize("NFD", s).encode("cp1258"))
        except UnicodeEncodeError:
            pass
    # HTML pages around the snippets, in the shapes portals use
    shapes = [
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{t}</title></head><body><div class=\"content\">{p}</div></body></html>",
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><script>var x = '<p>';</script></head><body><table><tr><td>{p}</td><td>&nbsp;</td></tr></table></body></html>",
        "<!doctype html><body><article><h1>{t}</h1><pre>{raw}</pre><p>a &amp; b &lt; c &#272;&#x1EA1;</p></article><!-- comment --></body>",
        "<html><body><div><div><div><span style=\"x\">{p}</span></div></div></div><select><option>1</option></select><noscript>no</noscript></body></html>",
    ]
    for i, name in enumerate(names[:: max(1, len(names) // 16)][:16]):
        s = seeds[name]
        lines = [l for l in s.split("\n") if l.strip()]
        esc = lambda x: x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        p = "".join(f"<p>{esc(l)}</p>\n" if k % 3 else f"{esc(l)}<br>\n" for k, l in enumerate(lines))
        page = shapes[i % len(shapes)].format(t=esc(lines[0] if lines else ""), p=p, raw=esc(s))
        (html_dir / name).write_bytes((b"\x00" if i % 2 == 0 else b"\x04") + page.encode())
    print(f"{len(list(text_dir.iterdir()))} text seeds, {len(list(html_dir.iterdir()))} HTML seeds")


main()


def dictionary():
    """tests/fuzz/vanban.dict: the words the grammar triggers on, from the lexicon (type words,
    cue phrases, type and issuer codes, signer prefixes) and the fixed words of the grammar."""
    lex = here.parents[1] / "grammars" / "lexicon"
    words = set()

    def column(name, upper=False):
        rows = [l.split("\t") for l in (lex / name).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
        for r in rows[1:]:
            words.add(r[0])
            if upper:
                words.add(r[0].upper())

    column("doc_types.tsv", upper=True)
    column("relation_cues.tsv")
    column("signer_prefixes.tsv")
    lexcodes = [l.split("\t")[0] for l in (lex / "type_codes.tsv").read_text(encoding="utf-8").splitlines()[1:] if l and not l.startswith("#")]
    for c in lexcodes[1:]:
        words.update({f"/{c}-", f"-{c}/"})
    for c in [l.split("\t")[0] for l in (lex / "issuer_codes.tsv").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")][1:]:
        words.add(f"-{c}")
    words.update(["số", "Số:", "ngày", "tháng", "năm", "Căn cứ", "Điều", "khoản", "điểm", "Chương", "Mục", "Phần",
                  "Phụ lục", "PHỤ LỤC", "Nơi nhận:", "của", "khóa", "“", "”", "\"", "(", ")", ";", ":", "/", "-", "–",
                  "\n", "\r\n", "\r", "\t", "\xa0", "\u200b", "Ð", "Đ", "/2020/", "/TW", "/TU", "-NQ/TW", "/NĐ-CP",
                  "/QĐ-TTg", "/QH15", "/VBHN-", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "ĐẢNG CỘNG SẢN VIỆT NAM", "ỦY BAN NHÂN DÂN", "UBND tỉnh", "Thủ tướng Chính phủ", "Chính phủ",
                  "Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Tỉnh ủy", "sau đây gọi là", "về việc", "V/v",
                  "hoá", "uỷ", "o\u0301", "\ufeff", "\ufffd", "&amp;", "&#272;", "<br>", "<p>", "</p>", "<td>",
                  "<table>", "<script>", "</script>", "<pre>", "<!--", "-->", "<meta charset=\"windows-1258\">",
                  "<div hidden>", "<svg>", "<template>"])

    def quote(w):
        return '"' + "".join(c if 0x20 <= ord(c) < 0x7f and c not in '"\\' else "".join(f"\\x{b:02x}" for b in c.encode()) for c in w) + '"'

    (here / "vanban.dict").write_text("# Written by tests/fuzz/make_seeds.py from grammars/lexicon: do not edit.\n" + "".join(quote(w) + "\n" for w in sorted(words)), encoding="ascii")
    print(f"{len(words)} dictionary words")


dictionary()
