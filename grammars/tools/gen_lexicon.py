#!/usr/bin/env python3
# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Turn the lexicon data files (grammars/lexicon/*.tsv) into sorted C++ tables.

    gen_lexicon.py [--overlay DIR]... LEXICON_DIR OUTPUT.inc

Each --overlay DIR holds files named like the lexicon's (bodies.tsv, issuer_codes.tsv …) with the
same header; their rows are merged over the lexicon's: a row whose first column equals one of
the file's replaces it, the others are added. The same checks apply to them.

Each TSV file is UTF-8, one entry per line, '#' comments, a header row naming the columns.
The generator *rejects* (exit status 1, with file:line) entries that are not NFC, that use the
old tone placement ("hoá", "uỷ": the normalizer folds text to the new style before matching, so
such an entry could never match), duplicates, and rows with the wrong number of columns. It adds
the case variants the grammar needs (UPPER CASE for headings, lower case, Capitalized) because
PEGTL's case-insensitive rules fold only ASCII.

Output: one .inc file with, per table, a key array sorted by UTF-8 bytes (what the lexicon rule
binary-searches) and a row array the keys index into.
"""
import os
import sys
import unicodedata

VARIANT_AS_WRITTEN, VARIANT_UPPER, VARIANT_LOWER, VARIANT_CAPITALIZED = 0, 1, 2, 3


class LexiconError(Exception):
    pass


# Directories whose *.tsv files are merged over the project's (--overlay; docs/lexicon.md).
OVERLAYS = []


def read_tsv(path, columns):
    """Rows of `path` as (where, dict), `where` being "file:line" for messages, with the rows of
    each overlay's file of the same name merged in: a row whose first column equals a row of
    the file replaces it, others are added."""
    rows = read_one_tsv(path, columns)
    for d in OVERLAYS:
        extra = os.path.join(d, os.path.basename(path))
        if not os.path.exists(extra):
            continue
        index = {row[columns[0]]: i for i, (_, row) in enumerate(rows)}
        for where, row in read_one_tsv(extra, columns):
            if row[columns[0]] in index:
                rows[index[row[columns[0]]]] = (where, row)
            else:
                index[row[columns[0]]] = len(rows)
                rows.append((where, row))
    return rows


def read_one_tsv(path, columns):
    """Rows of one file as (where, dict); checks the header."""
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            where = f"{path}:{lineno}"
            if header is None:
                header = cells
                if header != columns:
                    raise LexiconError(f"{where}: header is {header}, expected {columns}")
                continue
            if len(cells) != len(columns):
                raise LexiconError(f"{where}: {len(cells)} columns, expected {len(columns)}")
            for c in cells:
                if unicodedata.normalize("NFC", c) != c:
                    raise LexiconError(f"{where}: '{c}' is not NFC")
                if c != c.strip():
                    raise LexiconError(f"{where}: '{c}' has leading or trailing spaces")
            rows.append((where, dict(zip(columns, cells))))
    if header is None:
        raise LexiconError(f"{path}: empty")
    return rows


def check_confusables(pairs):
    """What the normalizer relies on: its table of the characters to fold covers U+0000-U+FFFF,
    and the folding comes before NFC, so a character NFC turns into one that is folded (U+2000 EN
    QUAD is canonically U+2002 EN SPACE) must be folded too, or normalizing twice would change the
    text."""
    where = {f: w for f, _, w in pairs}
    for f, _, w in pairs:
        if f > 0xFFFF:
            raise LexiconError(f"{w}: U+{f:04X} is past U+FFFF (the normalizer's table of characters to fold)")
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF or c in where:
            continue
        d = unicodedata.decomposition(chr(c))
        if not d or d.startswith("<"):
            continue  # no canonical decomposition: NFC keeps it as it is
        for x in unicodedata.normalize("NFC", chr(c)):
            if ord(x) in where:
                raise LexiconError(f"{where[ord(x)]}: U+{c:04X} becomes U+{ord(x):04X} under NFC; fold U+{c:04X} too")


def load_tone_placement(path):
    pairs = []
    for where, row in read_tsv(path, ["old", "new"]):
        # the normalizer relies on it: a pair applies where a word ends after its second letter
        for c in ("old", "new"):
            if len(row[c]) != 2:
                raise LexiconError(f"{where}: '{row[c]}' is not two letters (a vowel and a toned vowel)")
        pairs.append((row["old"], row["new"]))
    return pairs


def check_new_style(where, text, tone_pairs):
    """Entries must use the new tone placement at word ends (the normalizer folds to it)."""
    words = text.replace("-", " ").replace(",", " ").split()
    for w in words:
        lw = w.lower()
        for old, _new in tone_pairs:
            if lw.endswith(old) and not (old.startswith("u") and lw.endswith("q" + old)):
                raise LexiconError(f"{where}: '{w}' uses the old tone placement ('{old}')")


def capitalized(s):
    return s[:1].upper() + s[1:] if s else s


def variants(surface, kinds):
    out = []
    for kind in kinds:
        if kind == VARIANT_AS_WRITTEN:
            v = surface
        elif kind == VARIANT_UPPER:
            v = surface.upper()
        elif kind == VARIANT_LOWER:
            v = surface.lower()
        else:
            v = capitalized(surface)
        out.append((v, kind))
    return out


def cxx_string(s):
    """A C++ string literal of the UTF-8 bytes of s (escaped, so the .inc is ASCII)."""
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\x%02x" % b)
    # split after hex escapes so a following hex digit is not swallowed
    text = ""
    for i, piece in enumerate(out):
        if i and out[i - 1].startswith("\\x") and piece[:1] in "0123456789abcdefABCDEF":
            text += '" "'
        text += piece
    return '"' + text + '"'


class Table:
    """Keys (surface variants) → row index, sorted by UTF-8 bytes, duplicates rejected."""

    def __init__(self, name):
        self.name = name
        self.keys = {}  # key → (row, variant)

    def add(self, key, row, variant, where):
        if key in self.keys:
            old_row, _ = self.keys[key]
            if old_row == row:
                return  # a variant equal to another variant of the same row ("QĐ" upper = itself)
            raise LexiconError(f"{where}: duplicate entry '{key}'")
        self.keys[key] = (row, variant)

    def emit_keys(self, out):
        items = sorted(self.keys.items(), key=lambda kv: kv[0].encode("utf-8"))
        out.append(f"inline constexpr key {self.name}_keys[] = {{")
        for k, (row, variant) in items:
            out.append(f"   {{ {cxx_string(k)}, {row}, {variant} }},")
        out.append("};")


def gen(lexdir, output):
    tone_pairs = load_tone_placement(os.path.join(lexdir, "tone_placement.tsv"))
    out = [
        "// Generated by grammars/tools/gen_lexicon.py from grammars/lexicon/*.tsv: edit those instead.",
        "// clang-format off",
    ]

    def path(name):
        return os.path.join(lexdir, name)

    def checked(name, columns, text_columns):
        rows = read_tsv(path(name), columns)
        for where, row in rows:
            for c in text_columns:
                check_new_style(where, row[c], tone_pairs)
        return rows

    # --- document types -------------------------------------------------------------------
    rows = checked("doc_types.tsv", ["surface", "canonical", "naming", "issuer", "short"], ["surface", "canonical"])
    namings = {"-": "none", "law": "law", "party": "party", "charter": "charter", "constitution": "constitution"}
    t = Table("doc_type")
    out.append("inline constexpr doc_type_row doc_type_rows[] = {")
    for i, (where, r) in enumerate(rows):
        if r["naming"] not in namings:
            raise LexiconError(f"{where}: naming '{r['naming']}' is not one of {list(namings)}")
        iss = "" if r["issuer"] == "-" else r["issuer"]
        if r["short"] not in ("yes", "no"):
            raise LexiconError(f"{where}: short must be yes or no")
        out.append(f"   {{ {cxx_string(r['canonical'])}, naming::{namings[r['naming']]}, {cxx_string(iss)}, {'true' if r['short'] == 'yes' else 'false'} }},")
        for v, kind in variants(r["surface"], [VARIANT_AS_WRITTEN, VARIANT_UPPER, VARIANT_LOWER]):
            t.add(v, i, kind, where)
    out.append("};")
    t.emit_keys(out)
    # the capitalized and UPPER CASE type words only: what ends a name ("… của Luật Bảo hiểm y
    # tế"), while a lower-case "hợp đồng" may stand inside one ("… theo hợp đồng")
    t = Table("doc_type_cased")
    for i, (where, r) in enumerate(rows):
        for v, kind in variants(r["surface"], [VARIANT_AS_WRITTEN, VARIANT_UPPER]):
            t.add(v, i, kind, where)
    t.emit_keys(out)

    # --- type codes ---------------------------------------------------------------------------
    rows = read_tsv(path("type_codes.tsv"), ["code", "state", "party"])
    t = Table("type_code")
    out.append("inline constexpr type_code_row type_code_rows[] = {")
    for i, (where, r) in enumerate(rows):
        st = "" if r["state"] == "-" else r["state"]
        pa = "" if r["party"] == "-" else r["party"]
        out.append(f"   {{ {cxx_string(r['code'])}, {cxx_string(st)}, {cxx_string(pa)} }},")
        t.add(r["code"], i, VARIANT_AS_WRITTEN, where)
    out.append("};")
    t.emit_keys(out)

    # --- bodies ------------------------------------------------------------------------------
    placings = {"-": "none", "level": "level", "name": "name"}
    rows = checked("bodies.tsv", ["surface", "canonical", "placing", "valid_to", "successor"], ["surface", "canonical"])
    t = Table("body")
    out.append("inline constexpr body_row body_rows[] = {")
    for i, (where, r) in enumerate(rows):
        if r["placing"] not in placings:
            raise LexiconError(f"{where}: placing '{r['placing']}' is not one of {list(placings)}")
        vt = "" if r["valid_to"] == "-" else r["valid_to"]
        su = "" if r["successor"] == "-" else r["successor"]
        out.append(f"   {{ {cxx_string(r['canonical'])}, placing::{placings[r['placing']]}, {cxx_string(vt)}, {cxx_string(su)} }},")
        for v, kind in variants(r["surface"], [VARIANT_AS_WRITTEN, VARIANT_UPPER]):
            t.add(v, i, kind, where)
    out.append("};")
    t.emit_keys(out)
    # the same surfaces in lower case, for matching bodies written in any case ("Ban chỉ đạo
    # Trung ương", "Ban pháp chế"): longest_match_folded lower-cases the input as it reads it
    t = Table("body_folded")
    for i, (where, r) in enumerate(rows):
        t.add(r["surface"].lower(), i, VARIANT_LOWER, where)
    t.emit_keys(out)

    # --- heads of bodies named by a head word and a proper name ------------------------------
    rows = checked("org_heads.tsv", ["head", "placing", "lower"], ["head"])
    t = Table("org_head")
    out.append("inline constexpr org_head_row org_head_rows[] = {")
    for i, (where, r) in enumerate(rows):
        if r["placing"] not in ("-", "level") or r["lower"] not in ("yes", "no"):
            raise LexiconError(f"{where}: placing must be - or level, lower yes or no")
        out.append(f"   {{ placing::{placings[r['placing']]}, {'true' if r['lower'] == 'yes' else 'false'} }},")
        t.add(r["head"].lower(), i, VARIANT_LOWER, where)  # matched with longest_match_folded
    out.append("};")
    t.emit_keys(out)

    # --- holder titles -------------------------------------------------------------------------
    rows = checked("holder_titles.tsv", ["title"], ["title"])
    t = Table("holder_title")
    for i, (where, r) in enumerate(rows):
        for v, kind in variants(r["title"], [VARIANT_AS_WRITTEN, VARIANT_UPPER]):
            t.add(v, i, kind, where)
    t.emit_keys(out)

    # --- words that end or rule out a document's name ----------------------------------------------
    # stops end a name in any case; rejects are lower-case words ("Luật sư", "luật pháp")
    stop_kinds = [VARIANT_AS_WRITTEN, VARIANT_CAPITALIZED, VARIANT_UPPER]
    rows = checked("name_stops.tsv", ["word", "hard"], ["word"])
    t, hard = Table("name_stop"), Table("name_stop_hard")
    for i, (where, r) in enumerate(rows):
        if r["word"] != r["word"].lower() or r["hard"] not in ("yes", "no"):
            raise LexiconError(f"{where}: write the words in lower case, hard yes or no")
        for v, kind in variants(r["word"], stop_kinds):
            t.add(v, i, kind, where)
            if r["hard"] == "yes":
                hard.add(v, i, kind, where)
    t.emit_keys(out)
    hard.emit_keys(out)
    rows = checked("org_stops.tsv", ["word"], ["word"])
    t = Table("org_stop")
    for i, (where, r) in enumerate(rows):
        if r["word"] != r["word"].lower():
            raise LexiconError(f"{where}: write the words in lower case")
        for v, kind in variants(r["word"], stop_kinds):
            t.add(v, i, kind, where)
    t.emit_keys(out)
    rows = checked("name_rejects.tsv", ["word"], ["word"])
    t = Table("name_reject")
    for i, (where, r) in enumerate(rows):
        if r["word"] != r["word"].lower():
            raise LexiconError(f"{where}: write the words in lower case")
        t.add(r["word"], i, VARIANT_AS_WRITTEN, where)
    t.emit_keys(out)

    # --- names of laws, matched without regard to case ------------------------------------------
    rows = checked("law_names.tsv", ["name"], ["name"])
    t = Table("law_name")
    for i, (where, r) in enumerate(rows):
        t.add(r["name"].lower(), i, VARIANT_LOWER, where)
    t.emit_keys(out)

    # --- portal boilerplate (line prefixes) ------------------------------------------------------------
    rows = read_tsv(path("boilerplate.tsv"), ["prefix"])
    t = Table("boilerplate")
    for i, (where, r) in enumerate(rows):
        t.add(r["prefix"], i, VARIANT_AS_WRITTEN, where)
    t.emit_keys(out)

    # --- signatures: authority prefixes and titles of office ---------------------------------------
    rows = read_tsv(path("signer_prefixes.tsv"), ["prefix", "canonical", "meaning"])
    t = Table("signer_prefix")
    out.append("inline constexpr signer_prefix_row signer_prefix_rows[] = {")
    for i, (where, r) in enumerate(rows):
        out.append(f"   {{ {cxx_string(r['canonical'])} }},")
        t.add(r["prefix"], i, VARIANT_AS_WRITTEN, where)
    out.append("};")
    t.emit_keys(out)

    # titles of office, proper names and attachment headings: the canonical spelling is the
    # entry as written; headings write them in capitals
    for fname, tname, column, kinds in (("signer_titles.tsv", "signer_title", "title", [VARIANT_AS_WRITTEN, VARIANT_UPPER]),
                                        ("proper_names.tsv", "proper_name", "name", [VARIANT_AS_WRITTEN, VARIANT_UPPER]),
                                        ("attachment_headings.tsv", "attachment_heading", "heading", [VARIANT_AS_WRITTEN, VARIANT_UPPER]),
                                        ("organ_words.tsv", "organ_word", "word", [VARIANT_AS_WRITTEN, VARIANT_CAPITALIZED, VARIANT_UPPER]),
                                        ("open_words.tsv", "open_word", "word", [VARIANT_AS_WRITTEN, VARIANT_CAPITALIZED, VARIANT_UPPER])):
        rows = checked(fname, [column], [column])
        t = Table(tname)
        out.append(f"inline constexpr name_row {tname}_rows[] = {{")
        for i, (where, r) in enumerate(rows):
            if tname in ("organ_word", "open_word") and r[column] != r[column].lower():
                raise LexiconError(f"{where}: write the words in lower case")
            out.append(f"   {{ {cxx_string(r[column])} }},")
            for v, kind in variants(r[column], kinds):
                t.add(v, i, kind, where)
        out.append("};")
        t.emit_keys(out)

    # --- issuer codes --------------------------------------------------------------------------
    systems = {"state", "party", "front", "any"}
    rows = read_tsv(path("issuer_codes.tsv"), ["code", "canonical", "placing", "system"])
    t = Table("issuer_code")
    out.append("inline constexpr issuer_code_row issuer_code_rows[] = {")
    for i, (where, r) in enumerate(rows):
        if r["placing"] not in placings or r["system"] not in systems:
            raise LexiconError(f"{where}: bad placing or system")
        out.append(f"   {{ {cxx_string(r['code'])}, {cxx_string(r['canonical'])}, placing::{placings[r['placing']]}, system::{r['system']} }},")
        t.add(r["code"], i, VARIANT_AS_WRITTEN, where)
    out.append("};")
    t.emit_keys(out)

    # --- provinces -------------------------------------------------------------------------------
    rows = checked("provinces.tsv", ["surface", "canonical", "level", "code", "successor", "from_2025"], ["surface", "canonical"])
    t = Table("province")
    out.append("inline constexpr province_row province_rows[] = {")
    for i, (where, r) in enumerate(rows):
        if r["level"] not in ("tỉnh", "thành phố") or r["from_2025"] not in ("yes", "no"):
            raise LexiconError(f"{where}: bad level or from_2025")
        su = "" if r["successor"] == "-" else r["successor"]
        city = "true" if r["level"] == "thành phố" else "false"
        new = "true" if r["from_2025"] == "yes" else "false"
        out.append(f"   {{ {cxx_string(r['canonical'])}, {city}, {cxx_string(r['code'])}, {cxx_string(su)}, {new} }},")
        for v, kind in variants(r["surface"], [VARIANT_AS_WRITTEN, VARIANT_UPPER]):
            t.add(v, i, kind, where)
    out.append("};")
    t.emit_keys(out)

    # --- relation cues ---------------------------------------------------------------------------
    relations = {"based_on", "implements", "guides", "amends", "replaces", "repeals", "suspends",
                 "corrects", "consolidates", "cites"}
    rows = checked("relation_cues.tsv", ["surface", "relation", "scope", "passive"], ["surface"])
    t = Table("cue")
    out.append("inline constexpr cue_row cue_rows[] = {")
    for i, (where, r) in enumerate(rows):
        if r["relation"] not in relations or r["scope"] not in ("forward", "backward") or r["passive"] not in ("yes", "no"):
            raise LexiconError(f"{where}: bad relation, scope or passive")
        if r["surface"] != r["surface"].lower():
            raise LexiconError(f"{where}: write cues in lower case")
        out.append(f"   {{ relation::{r['relation']}, {'true' if r['scope'] == 'backward' else 'false'}, {'true' if r['passive'] == 'yes' else 'false'} }},")
        for v, kind in variants(r["surface"], [VARIANT_AS_WRITTEN, VARIANT_CAPITALIZED, VARIANT_UPPER]):
            t.add(v, i, kind, where)
    out.append("};")
    t.emit_keys(out)

    # --- issuing verbs --------------------------------------------------------------------------
    rows = checked("issuing_verbs.tsv", ["verb", "subject"], ["verb"])
    t = Table("issuing_verb")
    out.append("inline constexpr issuing_verb_row issuing_verb_rows[] = {")
    for i, (where, r) in enumerate(rows):
        if r["verb"] != r["verb"].lower() or r["subject"] not in ("yes", "no"):
            raise LexiconError(f"{where}: write verbs in lower case, subject yes or no")
        out.append(f"   {{ {'true' if r['subject'] == 'yes' else 'false'} }},")
        for v, kind in variants(r["verb"], [VARIANT_AS_WRITTEN, VARIANT_CAPITALIZED, VARIANT_UPPER]):
            t.add(v, i, kind, where)
    out.append("};")
    t.emit_keys(out)

    # --- confusables (code point → replacement or nothing) ----------------------------------------
    rows = read_tsv(path("confusables.tsv"), ["from", "to", "why"])
    pairs = []
    for where, r in rows:
        try:
            f = int(r["from"][2:], 16)
            to = -1 if r["to"] == "-" else int(r["to"][2:], 16)
        except ValueError:
            raise LexiconError(f"{where}: write code points as U+XXXX")
        if not r["from"].startswith("U+") or (to >= 0 and not r["to"].startswith("U+")):
            raise LexiconError(f"{where}: write code points as U+XXXX")
        pairs.append((f, to, where))
    pairs.sort()
    for a, b in zip(pairs, pairs[1:]):
        if a[0] == b[0]:
            raise LexiconError(f"{b[2]}: duplicate U+{b[0]:04X}")
    check_confusables(pairs)
    out.append("inline constexpr confusable confusables[] = {")
    for f, to, _ in pairs:
        out.append(f"   {{ 0x{f:04X}, {to if to < 0 else '0x%04X' % to} }},")
    out.append("};")

    # --- tone placement: old → new, with Capitalized and UPPER forms -------------------------------
    seen = {}
    for old, new in tone_pairs:
        for o, n in ((old, new), (capitalized(old), capitalized(new)), (old.upper(), new.upper())):
            seen[o] = n
    out.append("inline constexpr tone_pair tone_pairs[] = {")
    for o in sorted(seen, key=lambda s: s.encode()):
        out.append(f"   {{ {cxx_string(o)}, {cxx_string(seen[o])} }},")
    out.append("};")

    out.append("// clang-format on")
    text = "\n".join(out) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    old = None
    if os.path.exists(output):
        with open(output, encoding="utf-8") as f:
            old = f.read()
    if old != text:  # keep the timestamp when nothing changed: no needless rebuilds
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)


def main(argv):
    args = argv[1:]
    while len(args) >= 2 and args[0] == "--overlay":
        OVERLAYS.append(args[1])
        args = args[2:]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        for d in OVERLAYS:
            known = set(os.listdir(args[0]))
            if not os.path.isdir(d):
                raise LexiconError(f"{d}: overlay is not a directory")
            for name in sorted(os.listdir(d)):
                if name.endswith(".tsv") and name not in known:
                    raise LexiconError(f"{os.path.join(d, name)}: no such lexicon file to extend ({args[0]} has none)")
        gen(args[0], args[1])
    except LexiconError as e:
        print(f"gen_lexicon: error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
