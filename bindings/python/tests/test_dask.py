# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""vanban.dask on a real dask.distributed LocalCluster with two worker processes: the results
equal `vanban extract` on the same files."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

distributed = pytest.importorskip("distributed")

import vanban
import vanban.dask

from conftest import cli_json, corpus_files


def test_without_a_client_it_runs_in_local_threads(cli):
    paths = corpus_files(4)
    assert vanban.dask.extract_files(paths) == cli_json(cli, paths)


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_two_worker_processes(client):
    info = client.scheduler_info()["workers"]
    assert len(info) == 2
    pids = set(client.run(os.getpid).values())
    assert len(pids) == 2 and os.getpid() not in pids


def test_extract_files_equals_the_cli(client, cli):
    paths = corpus_files(16)
    with distributed.get_task_stream(client) as stream:
        got = vanban.dask.extract_files(paths, client=client, batch_size=2)
    assert [d["source"] for d in got] == paths
    assert got == cli_json(cli, paths)
    # the batches ran in both worker processes
    assert len({task["worker"] for task in stream.data}) == 2


def test_build_graph_equals_the_cli_graph(client, cli):
    paths = corpus_files(20)
    with distributed.get_task_stream(client) as stream:
        graph = vanban.dask.build_graph(paths + paths[:3], client=client, batch_size=3, split_every=2)
    assert isinstance(graph, vanban.Graph) and len(graph) == 20  # a path given twice counts once
    out = subprocess.run([cli, "graph", *paths], capture_output=True, check=True).stdout.decode("utf-8")
    assert graph.to_json() + "\n" == out
    # partial graphs were built in both workers and merged there (8 partitions, 3 levels)
    assert len({task["worker"] for task in stream.data}) == 2
    assert len(stream.data) > 8


def test_bad_files_raise_or_are_returned(client, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Căn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ;", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\nnot \xff utf-8")
    with pytest.raises(vanban.EncodingError) as info:
        vanban.dask.extract_files([str(good), str(bad)], client=client)
    assert (info.value.line, info.value.column, info.value.source) == (2, 5, str(bad))
    got = vanban.dask.extract_files([str(good), str(bad)], client=client, errors="return")
    assert got[0]["citations"][0]["number"] == "16/CT-TTg"
    assert got[1] == {"source": str(bad), "error": {"code": "invalid_utf8", "message": info.value.message,
                                                    "line": 2, "column": 5, "byte": 7}}


def test_options_reach_the_workers_and_unknown_ones_fail_early(client, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Chỉ thị số 16/CT-TTg".encode("utf-8"))
    [d] = vanban.dask.extract_files([str(latin)], client=client, encoding="ISO-8859-1")
    assert d["citations"] == []
    with pytest.raises(TypeError):
        vanban.dask.extract_files([str(latin)], client=client, colour="red")
    with pytest.raises(TypeError):
        vanban.dask.extract_files([str(latin)], client=client, source="x")


def test_the_example_runs_a_local_cluster(cli, tmp_path):
    paths = corpus_files(6)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in paths:
        os.symlink(p, folder / os.path.basename(p))
    example = pathlib.Path(os.environ["VANBAN_SOURCE_DIR"]) / "examples" / "python" / "dask_cluster.py"
    out = subprocess.run([sys.executable, str(example), str(folder), "--top", "3"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    expected = cli_json(cli, sorted(str((folder / os.path.basename(p)).resolve()) for p in paths))
    lines = out.stdout.splitlines()
    assert lines[0] == f"6 files, 0 failed, {sum(len(d['citations']) for d in expected)} citations"
    assert len(lines) == 5
    graph = json.loads(subprocess.run([cli, "graph", *sorted(str((folder / os.path.basename(p)).resolve()) for p in paths)],
                                      capture_output=True, check=True).stdout)
    assert lines[4] == f"graph: {len(graph['nodes'])} nodes, {len(graph['edges'])} edges from 6 documents"
