# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""vanban.Graph: the merge of `vanban graph` (same JSON), a typed networkx graph of 60 corpus
files, and merging partial graphs (also through pickle) gives the graph of all the files."""
import datetime
import json
import pickle
import subprocess

import pytest

import vanban

from conftest import corpus_files

nx = pytest.importorskip("networkx")

EDGE_KINDS = {"based_on", "implements", "guides", "amends", "replaces", "repeals", "suspends", "corrects",
              "consolidates", "cites", "issued_by", "signed_by"}


@pytest.fixture(scope="module")
def paths():
    return corpus_files(60)


@pytest.fixture(scope="module")
def graph(paths):
    g = vanban.Graph()
    for p in paths:
        g.add(vanban.extract_file(p))
    return g


def cli_graph(cli, paths):
    out = subprocess.run([cli, "graph", *paths], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_graph_json_is_the_cli_graph(graph, paths, cli):
    assert len(graph) == 60
    assert graph.to_json() + "\n" == cli_graph(cli, paths)
    assert graph.to_dict() == json.loads(graph.to_json(indent=None))


def test_to_networkx_is_typed(graph, paths):
    g = graph.to_networkx()
    as_json = graph.to_dict()
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == len(as_json["nodes"]) > 100
    assert g.number_of_edges() == len(as_json["edges"]) > 100
    assert g.graph["inputs"] == 60
    kinds = {a["kind"] for _, a in g.nodes(data=True)}
    assert kinds <= {"document", "body", "person"} and {"document", "body"} <= kinds
    dated = 0
    for node, a in g.nodes(data=True):
        assert isinstance(a["label"], str) and isinstance(a["mentions"], int)
        if a["kind"] == "document":
            assert isinstance(a["incomplete"], bool)
            assert isinstance(a["sources"], list) and isinstance(a["aliases"], list)
            assert a["date"] is None or isinstance(a["date"], (datetime.date, str))
            if isinstance(a["date"], str):
                assert len(a["date"]) in (4, 7)  # a partial date: "2016", "2016-05"
            dated += isinstance(a["date"], datetime.date)
        elif a["kind"] == "body":
            assert a["valid_to"] is None or isinstance(a["valid_to"], datetime.date)
        else:
            assert isinstance(a["positions"], list)
    assert dated > 20
    for u, v, key, a in g.edges(keys=True, data=True):
        assert key == a["kind"] and a["kind"] in EDGE_KINDS
        assert a["weight"] == len(a["evidence"]) >= 1
        for ev in a["evidence"]:
            assert isinstance(ev["mention"], vanban.Span)
            assert ev["cue"] is None or isinstance(ev["cue"], vanban.Span)
            assert ev["source"] in paths
    # the networkx graph holds the same nodes and edges as the JSON, with the same values
    by_id = {n["id"]: n for n in as_json["nodes"]}
    for node, a in g.nodes(data=True):
        j = by_id[node]
        for k, v in a.items():
            assert (v.isoformat() if isinstance(v, datetime.date) else v) == j[k], (node, k)
    assert {(e["from"], e["to"], e["kind"]) for e in as_json["edges"]} == set(g.edges(keys=True))
    # typical use: the most cited documents
    cited = sorted(((g.in_degree(n), n) for n, a in g.nodes(data=True) if a["kind"] == "document"), reverse=True)
    assert cited[0][0] > 1


def test_partial_graphs_merge_into_the_whole(graph, paths):
    parts = [paths[:17], paths[17:40], paths[40:]]
    merged = vanban.Graph()
    for part in parts:
        g = vanban.Graph()
        for p in part:
            g.add(vanban.extract_file(p))
        merged.merge(pickle.loads(pickle.dumps(g)))  # as from a Dask worker
    assert len(merged) == 60
    assert merged.to_json() == graph.to_json()


def test_pickle_save_load_and_bad_state(graph):
    again = pickle.loads(pickle.dumps(graph))
    assert again.to_json() == graph.to_json()
    assert vanban.Graph.load(graph.save()).to_json() == graph.to_json()
    for junk in (b"not a graph", b"", graph.save()[:-7]):
        with pytest.raises(vanban.InvalidArgumentError):
            vanban.Graph.load(junk)
    with pytest.raises(ValueError):
        graph.merge(graph)


def test_a_text_without_source_and_one_added_twice():
    g = vanban.Graph()
    text = "Căn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ;"
    g.add(vanban.extract(text, source="a.txt"))
    g.add(vanban.extract(text, source="a.txt"))  # the same input counts once, as in `vanban graph`
    assert len(g) == 1
    g.add(vanban.extract(text))
    nodes = {n["id"]: n for n in g.to_dict()["nodes"]}
    assert nodes["vn/chi-thi/16-ct-ttg/2016"]["mentions"] == 2


def test_merging_texts_without_source_keeps_them_apart():
    # A text without a source scopes its incomplete ids ("Chỉ thị 05-CT/TW" without a year) by its
    # place in the batch. The 2021 plan's mention settles to the 2016 directive that another text
    # dates; the 2012 plan's cannot (a text cannot cite a later document). Merged parts must
    # number their texts after the first part's, or the two plans' mentions would be one record.
    def plan(number, date, cited_date=""):
        return (f"ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nSố: {number}/KH-UBND\n\nBắc Kạn, ngày {date}\n\nKẾ HOẠCH\n"
                f"Thực hiện Chỉ thị số 05-CT/TW{cited_date} của Bộ Chính trị\n\n"
                "Để triển khai thực hiện có hiệu quả Chỉ thị, UBND tỉnh ban hành Kế hoạch thực hiện như sau.\n")

    plan_2021 = plan("05", "11 tháng 01 năm 2021")
    plan_2016 = plan("30", "20 tháng 6 năm 2016", " ngày 15/5/2016")
    plan_2012 = plan("10", "05 tháng 3 năm 2012")

    def graph(texts):
        g = vanban.Graph()
        for t in texts:
            g.add(vanban.extract(t))
        return g

    whole = graph([plan_2021, plan_2016, plan_2012])
    nodes = {n["id"]: n for n in whole.to_dict()["nodes"]}
    assert nodes["vn/chi-thi/05-ct-tw/2016"]["mentions"] == 2  # 2016 and 2021
    assert nodes["vn/chi-thi/05-ct-tw/_"]["mentions"] == 1     # 2012
    first = graph([plan_2021, plan_2016])
    first.merge(vanban.Graph.load(graph([plan_2012]).save()))
    assert first.to_json() == whole.to_json()
