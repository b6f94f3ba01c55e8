# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""`vanban graph`: one graph merged from many inputs, the same whatever -j; its JSON and the
output of `vanban extract` valid against the JSON Schemas in docs/schema; DOT that Graphviz
renders; GraphML that networkx reads. The corpus checks run when ../shared is present."""
import collections
import io
import json
import shutil
import subprocess

import pytest

DIRECTIVE_2016 = "vn/chi-thi/16-ct-ttg/2016"
DIRECTIVE_2020 = "vn/chi-thi/16-ct-ttg/2020"


def graph_json(run, *args):
    r = run("graph", *args)
    assert r.returncode == 0, r.stderr.decode()
    return json.loads(r.stdout)


def nodes_by_id(g):
    return {n["id"]: n for n in g["nodes"]}


def incoming(g, node, kind=None):
    return sorted(e["from"] for e in g["edges"] if e["to"] == node and (kind is None or e["kind"] == kind))


def errors(validator, instance):
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(instance)]


@pytest.fixture(scope="module")
def small(run, data):
    """The seed post and four posts written for these tests (tests/data/graph): the 2016 directive
    announced, cited in three surface forms (full, "16/CT–TTg năm 2016", NFD); the 2020 one."""
    return graph_json(run, data / "seed.txt", data / "graph")


def test_one_node_for_every_surface_form_of_one_document(small, data):
    nodes = nodes_by_id(small)
    d = nodes[DIRECTIVE_2016]
    assert d["sources"] == [str(data / "graph" / "chi-thi-16-2016.txt")]
    assert d["date"] == "2016-05-16"
    assert incoming(small, DIRECTIVE_2016, "implements") == [
        "vn/ke-hoach/05-kh-ubnd/2021/bac-kan",      # seed: "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ"
        "vn/ke-hoach/120-kh-ubnd/2022/bac-kan",     # "Chỉ thị 16/CT–TTg năm 2016"
        "vn/ke-hoach/75-kh-ubnd/2017/lang-son",     # the NFD spelling
    ]
    assert not any(n.startswith("vn/chi-thi/16-ct-ttg/_") for n in nodes)


def test_documents_sharing_a_number_are_two_nodes(small):
    nodes = nodes_by_id(small)
    assert nodes[DIRECTIVE_2020]["date"] == "2020-03-31"
    assert nodes[DIRECTIVE_2020]["sources"] == []
    assert incoming(small, DIRECTIVE_2020) == ["vn/ke-hoach/58-kh-ubnd/2020/quang-ninh"]


def test_edges_keep_their_evidence(small, data):
    e = next(e for e in small["edges"] if e["from"] == "vn/ke-hoach/120-kh-ubnd/2022/bac-kan" and e["to"] == DIRECTIVE_2016)
    assert e["kind"] == "implements"
    [ev] = e["evidence"]
    assert ev["source"] == str(data / "graph" / "ke-hoach-120-2022.txt")
    text = (data / "graph" / "ke-hoach-120-2022.txt").read_bytes()
    assert text[ev["mention"]["start"]:ev["mention"]["end"]].decode() == "Chỉ thị 16/CT–TTg năm 2016"
    assert text[ev["cue"]["start"]:ev["cue"]["end"]].decode() == "tiếp tục thực hiện"
    issuers = [e for e in small["edges"] if e["from"] == DIRECTIVE_2016 and e["kind"] == "issued_by"]
    assert [e["to"] for e in issuers] == ["body/thu-tuong-chinh-phu"]
    assert len(issuers[0]["evidence"]) == 4  # the announcement and the three citing plans


def test_graph_json_and_extract_json_validate_against_the_schemas(small, schema, run, data):
    assert errors(schema["graph"], small) == []
    for f in [data / "seed.txt", *sorted((data / "graph").iterdir())]:
        r = run("extract", f)
        assert r.returncode == 0, r.stderr.decode()
        assert errors(schema["document"], json.loads(r.stdout)) == [], f
    assert errors(schema["document"], json.loads((data / "seed.expected.json").read_text(encoding="utf-8"))) == []


def test_the_schemas_reject_what_the_docs_do_not_say(small, schema, data):
    g = json.loads(json.dumps(small))
    del g["nodes"][0]["mentions"]
    g["edges"][0]["kind"] = "mentions"
    g["edges"][1]["evidence"] = []
    paths = lambda v, x: sorted({tuple(e.absolute_path) for e in v.iter_errors(x)})
    assert paths(schema["graph"], g) == [("edges", 0, "kind"), ("edges", 1, "evidence"), ("nodes", 0)]
    d = json.loads((data / "seed.expected.json").read_text(encoding="utf-8"))
    d["citations"][0]["relation"] = "inspires"
    d["citations"][1]["date"] = "10/12/2020"
    d["extra"] = 1
    assert paths(schema["document"], d) == [(), ("citations", 0, "relation"), ("citations", 1, "date")]


def test_output_is_the_same_whatever_the_number_of_jobs(run, data):
    outs = [run("graph", "-j", j, data) for j in ("1", "2", "0")]
    assert all(r.returncode == 0 for r in outs)
    assert outs[0].stdout == outs[1].stdout == outs[2].stdout
    assert len(json.loads(outs[0].stdout)["nodes"]) > 10


def test_dot_renders_with_graphviz(run, data, tmp_path):
    dot = shutil.which("dot")
    if not dot:
        pytest.skip("graphviz is not installed")
    r = run("graph", "--format", "dot", data / "seed.txt", data / "graph")
    assert r.returncode == 0
    assert r.stdout.startswith(b"digraph vanban {")
    svg = subprocess.run([dot, "-Tsvg"], input=r.stdout, capture_output=True, timeout=120)
    assert svg.returncode == 0, svg.stderr.decode()
    assert b"<svg" in svg.stdout and b"16/CT&#45;TTg" in svg.stdout


def test_graphml_reads_in_networkx_with_typed_attributes(run, small, data):
    nx = pytest.importorskip("networkx")
    r = run("graph", "--format", "graphml", data / "seed.txt", data / "graph")
    assert r.returncode == 0
    g = nx.read_graphml(io.BytesIO(r.stdout))
    assert g.number_of_nodes() == len(small["nodes"])
    assert g.number_of_edges() == len(small["edges"])
    d = g.nodes[DIRECTIVE_2016]
    assert d["kind"] == "document" and d["label"] == "Chỉ thị 16/CT-TTg"
    assert d["incomplete"] is False and d["mentions"] == 4  # the three plans and the announcement's own mention
    assert d["sources"] == str(data / "graph" / "chi-thi-16-2016.txt")
    assert isinstance(g.nodes["body/uy-ban-nhan-dan-tinh-bac-kan"]["mentions"], int)


def test_json_loads_as_a_networkx_node_link_graph(small):
    nx = pytest.importorskip("networkx")
    from networkx.readwrite import json_graph
    g = json_graph.node_link_graph(small, link="edges", source="from", target="to", key="kind")
    assert g.is_directed() and g.is_multigraph()
    assert g.number_of_nodes() == len(small["nodes"])
    assert g.number_of_edges() == len(small["edges"])
    assert set(g[ "vn/ke-hoach/05-kh-ubnd/2021/bac-kan"][DIRECTIVE_2016]) == {"implements"}


def test_focus_keeps_the_part_around_a_document(run, data):
    g = graph_json(run, "--focus", DIRECTIVE_2020, data)
    assert sorted(n["id"] for n in g["nodes"]) == [
        "body/thu-tuong-chinh-phu", "body/uy-ban-nhan-dan-tinh-quang-ninh",
        DIRECTIVE_2020, "vn/ke-hoach/58-kh-ubnd/2020/quang-ninh"]
    r = run("graph", "--focus", "vn/chi-thi/99-ct-ttg/2016", data)
    assert r.returncode == 0
    assert b"--focus vn/chi-thi/99-ct-ttg/2016: no such node" in r.stderr
    assert json.loads(r.stdout)["nodes"] == []


def test_a_bad_input_is_reported_and_the_rest_is_merged(run, data, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Ngh\xc4 \xff")
    r = run("graph", bad, tmp_path / "missing.txt", data / "seed.txt")
    assert r.returncode == 3
    err = r.stderr.decode()
    assert f"{bad}:1:4: error: invalid UTF-8" in err
    assert f"{bad}:1:4: error: invalid UTF-8: truncated sequence starting with byte 0xC4 (byte 3)\n  Ngh…\n     ^\n" in err
    assert "missing.txt: error: cannot open file" in err
    g = json.loads(r.stdout)
    assert g["graph"]["inputs"] == 1
    assert "vn/ke-hoach/05-kh-ubnd/2021/bac-kan" in nodes_by_id(g)
    # the line is shown for standard input too (the bytes go to the decoder uncopied; a file's
    # line is read again, standard input's is kept)
    r = run("graph", "-", stdin=b"Ngh\xc4 \xff")
    assert r.returncode == 3
    assert "-:1:4: error: invalid UTF-8: truncated sequence starting with byte 0xC4 (byte 3)\n  Ngh…\n     ^\n" in r.stderr.decode()


def test_usage_errors_exit_2(run):
    assert run("graph").returncode == 2
    assert run("graph", "--format", "svg", "x").returncode == 2
    assert run("graph", "-j", "-3", "x").returncode == 2


# --- the shared corpus ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_graph(run, corpus):
    return graph_json(run, "-j", "2", corpus)


@pytest.fixture(scope="module")
def corpus_docs(run, corpus):
    r = run("extract", "--format", "jsonl", *sorted(corpus.iterdir()))
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    return [json.loads(line) for line in r.stdout.decode().splitlines()]


def test_corpus_graph_validates_and_has_every_main_edge_kind_with_evidence(corpus_graph, schema):
    assert errors(schema["graph"], corpus_graph) == []
    kinds = collections.Counter(e["kind"] for e in corpus_graph["edges"])
    for kind in ("based_on", "implements", "guides", "amends", "repeals", "issued_by"):
        assert kinds[kind] > 0, kind
    for e in corpus_graph["edges"]:
        assert e["evidence"] and all(ev["source"] for ev in e["evidence"]), e


def test_corpus_extract_output_validates(corpus_docs, schema):
    for d in corpus_docs[::16]:
        assert errors(schema["document"], d) == [], d["source"]


def test_each_corpus_document_is_one_node_with_its_file_and_its_citers(corpus_graph, corpus_docs):
    """Checked against `vanban extract` of every file: a file whose `document` is known is in
    its node's sources, and every other file citing that document (with a relation) has an
    edge to the node."""
    nodes = nodes_by_id(corpus_graph)
    node_of = {}
    for n in corpus_graph["nodes"]:
        for a in n.get("aliases", []):
            node_of.setdefault(a, n["id"])
    resolve = lambda i: i if i in nodes else node_of.get(i, i)
    edges = {(e["from"], e["to"]) for e in corpus_graph["edges"]}
    subject = collections.defaultdict(lambda: None)  # file → the node that stands for its document
    for n in corpus_graph["nodes"]:
        for f in n.get("sources", []):
            assert subject[f] is None, f"{f} is the document of two nodes"
            subject[f] = n["id"]
    for d in corpus_docs:
        s = [n["id"] for n in d["graph"]["nodes"] if n.get("subject")]
        assert (resolve(s[0]) if s else None) == subject[d["source"]], d["source"]
    citers = collections.defaultdict(set)  # node → files citing it with a relation
    for d in corpus_docs:
        for c in d["citations"]:
            if c["relation"]:
                citers[resolve(c["id"])].add(d["source"])
    own = [d for d in corpus_docs if d["document"]]
    assert own, "no corpus file says which document it is"
    cited = 0
    for d in own:
        node = subject[d["source"]]
        if d["document"]["id"].split("/")[2] == "_" and not d["document"]["id"].startswith("vn/hien-phap/"):
            assert node.startswith("text/"), d["source"]  # a header without its number names no document
        else:
            assert node == resolve(d["document"]["id"]), d["source"]
        for other in sorted(citers[node] - {d["source"]}):
            if subject[other] not in (None, node):
                cited += 1
                assert (subject[other], node) in edges, (other, node)
    assert cited > 0


@pytest.mark.parametrize("number", ["59/2020/QH14", "06/2024/TT-BLĐTBXH", "51/2024/QH15"])
def test_well_known_corpus_documents(corpus_graph, corpus_docs, corpus, number):
    """The laws and circular the corpus cites most: one node, its own file among its sources,
    an incoming edge from each file that cites it with a relation."""
    [node] = [n for n in corpus_graph["nodes"] if n.get("number") == number and n["kind"] == "document"]
    files = [d for d in corpus_docs if d["document"] and d["document"]["number"] == number]
    if not files:
        pytest.skip(f"the header of the {number} file is not parsed yet (no `document`)")
    assert all(d["source"] in node["sources"] for d in files)
    citing = {d["source"] for d in corpus_docs
              if any(c["number"] == number and c["relation"] for c in d["citations"]) and d not in files}
    from_files = set()
    for e in corpus_graph["edges"]:
        if e["to"] == node["id"] and e["kind"] != "issued_by":
            from_files.update(ev["source"] for ev in e["evidence"])
    assert citing <= from_files


def test_corpus_dot_renders(run, corpus):
    dot = shutil.which("dot")
    if not dot:
        pytest.skip("graphviz is not installed")
    r = run("graph", "--format", "dot", "-j", "2", corpus)
    assert r.returncode == 0
    svg = subprocess.run([dot, "-Tsvg"], input=r.stdout, capture_output=True, timeout=300)
    assert svg.returncode == 0, svg.stderr.decode()[-2000:]
    assert svg.stdout.startswith(b"<?xml") and b"</svg>" in svg.stdout


def test_corpus_graphml_has_the_json_nodes(run, corpus, corpus_graph):
    nx = pytest.importorskip("networkx")
    r = run("graph", "--format", "graphml", "-j", "2", corpus)
    assert r.returncode == 0
    g = nx.read_graphml(io.BytesIO(r.stdout))
    assert g.number_of_nodes() == len(corpus_graph["nodes"])
    assert g.number_of_edges() == len(corpus_graph["edges"])
