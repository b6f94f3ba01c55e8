# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""grammars/tools/gen_lexicon.py: the project's lexicon and overlays of a user's own entries
(docs/lexicon.md). The C++ side of an overlay is examples/custom_lexicon (package.custom_lexicon)."""
import os
import pathlib
import subprocess
import sys
import unicodedata

SOURCE = pathlib.Path(os.environ.get("VANBAN_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
TOOL = SOURCE / "grammars" / "tools" / "gen_lexicon.py"
LEXICON = SOURCE / "grammars" / "lexicon"


def gen(tmp_path, *overlays):
    out = tmp_path / "lexicon_data.inc"
    args = [sys.executable, str(TOOL)]
    for d in overlays:
        args += ["--overlay", str(d)]
    args += [str(LEXICON), str(out)]
    r = subprocess.run(args, capture_output=True, text=True)
    return r, (out.read_text(encoding="ascii") if out.exists() else None)


def cxx(s):
    """The generator's escaping of a string's UTF-8 bytes (without the split after escapes)."""
    return "".join(chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\' else "\\x%02x" % b for b in s.encode())


def overlay(tmp_path, name, text):
    d = tmp_path / "overlay"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    return d


def test_without_overlay_the_output_is_stable(tmp_path):
    r1, a = gen(tmp_path)
    r2, b = gen(tmp_path)
    assert r1.returncode == 0 and r2.returncode == 0, r1.stderr
    assert a == b


def test_an_overlay_adds_rows(tmp_path):
    _, base = gen(tmp_path)
    d = overlay(tmp_path, "issuer_codes.tsv", "code\tcanonical\tplacing\tsystem\nEVN\tTập đoàn Điện lực Việt Nam\t-\tstate\n")
    r, out = gen(tmp_path, d)
    assert r.returncode == 0, r.stderr
    flat = out.replace('" "', "")
    assert '{ "EVN", "' + cxx("Tập đoàn Điện lực Việt Nam") + '", placing::none, system::state }' in flat
    assert '"EVN"' not in base


def test_an_overlay_row_replaces_the_row_with_its_key(tmp_path):
    _, base = gen(tmp_path)
    # BTC is Bộ Tài chính in vanban's lexicon; a user's row for BTC replaces it, no duplicate
    d = overlay(tmp_path, "issuer_codes.tsv", "code\tcanonical\tplacing\tsystem\nBTC\tBan Thi đua Công ty\t-\tstate\n")
    r, out = gen(tmp_path, d)
    assert r.returncode == 0, r.stderr
    flat = out.replace('" "', "")
    assert '{ "BTC", "' + cxx("Ban Thi đua Công ty") + '"' in flat
    assert '{ "BTC", "' + cxx("Bộ Tài chính") + '"' not in flat
    assert flat.count('{ "BTC", ') == base.replace('" "', "").count('{ "BTC", ')  # row and key, once each


def test_a_file_the_lexicon_has_not_is_an_error(tmp_path):
    d = overlay(tmp_path, "issuers.tsv", "code\tcanonical\n")
    r, _ = gen(tmp_path, d)
    assert r.returncode == 1
    assert f"{d / 'issuers.tsv'}: no such lexicon file to extend" in r.stderr


def test_an_overlay_is_checked_like_the_lexicon_with_its_own_file_and_line(tmp_path):
    nfd = unicodedata.normalize("NFD", "Tập đoàn Điện lực")
    d = overlay(tmp_path, "bodies.tsv", "# mine\nsurface\tcanonical\tplacing\tvalid_to\tsuccessor\n" + nfd + "\tX\t-\t-\t-\n")
    r, _ = gen(tmp_path, d)
    assert r.returncode == 1
    assert f"{d / 'bodies.tsv'}:3: " in r.stderr and "is not NFC" in r.stderr


def test_an_overlay_with_another_header_is_an_error(tmp_path):
    d = overlay(tmp_path, "bodies.tsv", "surface\tcanonical\nEVN\tTập đoàn Điện lực Việt Nam\n")
    r, _ = gen(tmp_path, d)
    assert r.returncode == 1
    assert f"{d / 'bodies.tsv'}:1: header is" in r.stderr


def test_a_tone_pair_of_other_than_two_letters_is_an_error(tmp_path):
    # the normalizer applies a pair only where a word ends after its two letters
    d = overlay(tmp_path, "tone_placement.tsv", "old\tnew\noài\tòai\n")
    r, _ = gen(tmp_path, d)
    assert r.returncode == 1
    assert f"{d / 'tone_placement.tsv'}:2: 'oài' is not two letters" in r.stderr


def test_a_confusable_nfc_makes_of_another_character_needs_that_one_too(tmp_path):
    # the normalizer folds before NFC: folding Ω but not U+2126 OHM SIGN (canonically Ω) would
    # leave an Ω that a second normalization folds
    d = overlay(tmp_path, "confusables.tsv", "from\tto\twhy\nU+03A9\tU+004F\tomega\n")
    r, _ = gen(tmp_path, d)
    assert r.returncode == 1
    assert f"{d / 'confusables.tsv'}:2: U+2126 becomes U+03A9 under NFC; fold U+2126 too" in r.stderr
    d = overlay(tmp_path, "confusables.tsv", "from\tto\twhy\nU+03A9\tU+004F\tomega\nU+2126\tU+004F\tohm sign\n")
    r, _ = gen(tmp_path, d)
    assert r.returncode == 0, r.stderr


def test_a_confusable_past_the_bmp_is_an_error(tmp_path):
    d = overlay(tmp_path, "confusables.tsv", "from\tto\twhy\nU+1D400\tU+0041\tmathematical bold A\n")
    r, _ = gen(tmp_path, d)
    assert r.returncode == 1
    assert f"{d / 'confusables.tsv'}:2: U+1D400 is past U+FFFF" in r.stderr
