# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""vanban on a Dask cluster: corpora larger than one machine.

>>> from distributed import Client
>>> client = Client("tcp://scheduler:8786")          # or Client(LocalCluster(n_workers=2))
>>> docs = vanban.dask.extract_files(paths, client=client)   # list of dicts: the CLI's JSON
>>> graph = vanban.dask.build_graph(paths, client=client)    # a vanban.Graph

The workers read the files themselves: give paths they can open (a shared file system, the same
mount point on every machine), and install the same vanban on every worker. ``source`` in each
result is the path as given, as ``vanban extract PATH`` writes it.

Work is cut into batches of ``batch_size`` files (one Dask task each). ``extract_bag`` gives the
lazy ``dask.bag.Bag`` itself, for results too large to bring back to one process
(``extract_bag(paths).map(json.dumps).to_textfiles("out/*.jsonl")``).

Without ``client``, the default ``dask.distributed`` client is used if there is one; otherwise
the work runs in threads of this process (vanban releases the GIL, so threads use every core).
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any, Iterable, Union

import dask.bag

import vanban

__all__ = ["extract_bag", "extract_files", "build_graph"]

PathLike = Union[str, "os.PathLike[str]"]

# The options of vanban.extract_file() that apply to every file; `source` is each file's path.
_FILE_OPTIONS = frozenset({"encoding", "format", "lossy", "max_input_bytes"})


def _check_options(options: dict[str, Any]) -> None:
    unknown = sorted(set(options) - _FILE_OPTIONS)
    if unknown:
        raise TypeError(f"unexpected option(s) {', '.join(unknown)}: vanban.dask takes "
                        f"{', '.join(sorted(_FILE_OPTIONS))} (each file's source is its path)")


def _error_record(path: str, e: vanban.Error) -> dict[str, Any]:
    return {"source": path,
            "error": {"code": e.code, "message": e.message, "line": e.line, "column": e.column, "byte": e.byte}}


def _extract_partition(paths: Iterable[str], options: dict[str, Any], errors: str, as_text: bool = False) -> list[Any]:
    # runs on a worker
    out = []
    for path in paths:
        try:
            doc = vanban.extract_file(path, **options)
            out.append(doc.to_json(indent=None) if as_text else doc.to_dict())
        except vanban.Error as e:
            if errors == "raise":
                raise
            record = _error_record(path, e)
            out.append(json.dumps(record, ensure_ascii=False) if as_text else record)
    return out


def _partitions(paths: Iterable[PathLike], batch_size: int) -> dask.bag.Bag:
    names = [os.fspath(p) for p in paths]
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    return dask.bag.from_sequence(names, partition_size=batch_size) if names else dask.bag.from_sequence([], npartitions=1)


def extract_bag(paths: Iterable[PathLike], *, batch_size: int = 32, errors: str = "raise", **options: Any) -> dask.bag.Bag:
    """A lazy dask.bag of the CLI's JSON (dicts) of each file, in the order of ``paths``.

    errors: "raise" (a file vanban cannot read or decode fails the computation with its
    vanban.Error) or "return" (its item is ``{"source": path, "error": {"code", "message",
    "line", "column", "byte"}}``). options: those of vanban.extract_file() but source:
    encoding, format, lossy, max_input_bytes."""
    _check_options(options)
    if errors not in ("raise", "return"):
        raise ValueError('errors must be "raise" or "return"')
    return _partitions(paths, batch_size).map_partitions(_extract_partition, options, errors)


def _default_client(client: Any) -> Any:
    if client is not None:
        return client
    try:
        import distributed
        return distributed.default_client()
    except (ImportError, ValueError):
        return None


def _compute(collection: Any, client: Any) -> Any:
    client = _default_client(client)
    if client is None:
        return collection.compute(scheduler="threads")
    return client.compute(collection, sync=True)


def extract_files(paths: Iterable[PathLike], client: Any = None, *, batch_size: int = 32, errors: str = "raise",
                  **options: Any) -> list[dict[str, Any]]:
    """Extract every file on the cluster: one dict per path, in order, each equal to the JSON that
    ``vanban extract PATH`` prints (``source`` is the path as given).

    client: a ``distributed.Client`` (workers in other processes or on other machines); None:
    the default client, else threads here. batch_size: files per task. errors and options: as
    extract_bag()."""
    _check_options(options)
    if errors not in ("raise", "return"):
        raise ValueError('errors must be "raise" or "return"')
    # The workers send each document as its JSON text and this process parses it: a str crosses
    # processes several times faster than the dict it makes (pickled on the worker, unpickled here).
    bag = _partitions(paths, batch_size).map_partitions(_extract_partition, options, errors, True)
    return [json.loads(text) for text in _compute(bag, client)]


def _graph_partition(paths: Iterable[str], options: dict[str, Any], errors: str) -> vanban.Graph:
    # runs on a worker: the partition's documents are folded in and dropped, only the graph travels
    graph = vanban.Graph()
    for path in paths:
        try:
            graph.add(vanban.extract_file(path, **options))
        except vanban.Error:
            if errors == "raise":
                raise
    return graph


def _merge_graphs(graphs: Iterable[vanban.Graph]) -> vanban.Graph:
    # partial graphs come in the order of their partitions, as `vanban graph` adds its inputs
    out = vanban.Graph()
    for g in graphs:
        out.merge(g)
    return out


def build_graph(paths: Iterable[PathLike], client: Any = None, *, batch_size: int = 32, errors: str = "raise",
                split_every: int = 8, **options: Any) -> vanban.Graph:
    """The document graph of the files, built on the cluster: equal to ``vanban graph PATHS``
    (``to_json()``) and to adding every file to one vanban.Graph here.

    Each task extracts ``batch_size`` files into a partial graph on its worker; the partial
    graphs are merged on the workers, ``split_every`` at a time, and only the merged graph comes
    back: never the documents. A path given twice counts once. errors: "raise" (a file vanban
    cannot read fails the computation) or "skip" (it is left out, as `vanban graph` does after
    reporting it). options: as extract_bag()."""
    _check_options(options)
    if errors not in ("raise", "skip"):
        raise ValueError('errors must be "raise" or "skip"')
    unique = list(dict.fromkeys(os.fspath(p) for p in paths))
    bag = _partitions(unique, batch_size)
    graph = bag.reduction(functools.partial(_graph_partition, options=options, errors=errors), _merge_graphs,
                          split_every=split_every)
    return _compute(graph, client)
