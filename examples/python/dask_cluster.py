#!/usr/bin/env python3
# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Extract a folder of texts on a Dask cluster, list the documents they cite most, and build
their document graph.

    python3 dask_cluster.py FOLDER                      # a LocalCluster: 2 worker processes here
    python3 dask_cluster.py FOLDER --scheduler tcp://scheduler.example:8786   # a real cluster

With a real cluster, start a scheduler (`dask scheduler`) and workers on each machine
(`dask worker tcp://scheduler.example:8786`), with vanban installed on every worker and FOLDER
mounted at the same path everywhere: the workers read the files themselves. Only the results
travel: the JSON of each file (extract_files), the merged graph (build_graph).
"""
import argparse
import collections
import pathlib

import distributed

import vanban
import vanban.dask


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--limit", type=int, help="only the first N files (sorted by name)")
    ap.add_argument("--top", type=int, default=5, help="how many of the most cited documents to list")
    args = ap.parse_args()

    paths = sorted(str(p.resolve()) for p in args.folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm"))
    if args.limit:
        paths = paths[:args.limit]

    if args.scheduler:
        client = distributed.Client(args.scheduler)  # the only difference for a real cluster
        cluster = None
    else:
        cluster = distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        client = distributed.Client(cluster)
    try:
        docs = vanban.dask.extract_files(paths, client=client, errors="return")
        graph = vanban.dask.build_graph(paths, client=client, errors="skip")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    failed = [d for d in docs if "error" in d]
    cited = collections.Counter()
    labels = {}
    for d in docs:
        for c in d.get("citations", []):
            if c["relation"] is not None:  # not the text naming its own document
                cited[c["id"]] += 1
                labels[c["id"]] = f'{c["type"]} {c["number"] or c["name"] or ""}'.strip()
    print(f"{len(docs)} files, {len(failed)} failed, {sum(len(d.get('citations', [])) for d in docs)} citations")
    for doc_id, n in cited.most_common(args.top):
        print(f"{n:5}  {labels[doc_id]}  ({doc_id})")
    G = graph.to_networkx()
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges from {len(graph)} documents")
    for d in failed:
        e = d["error"]
        print(f'{d["source"]}:{e["line"] or ""}:{e["column"] or ""}: error: {e["message"]}')


if __name__ == "__main__":
    main()
