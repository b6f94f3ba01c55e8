# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Fixtures of the Python package tests (run by ctest, label `python`: PYTHONPATH points at the
package assembled in the build tree). Corpus tests skip without ../shared (VANBAN_SHARED)."""
import json
import os
import pathlib
import subprocess

import pytest


@pytest.fixture(scope="session")
def data():
    return pathlib.Path(os.environ.get("VANBAN_TEST_DATA", pathlib.Path(__file__).parents[3] / "tests" / "data"))


@pytest.fixture(scope="session")
def seed_text(data):
    return (data / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("VANBAN_CLI")
    if not path or not os.path.exists(path):
        pytest.skip("VANBAN_CLI is not set: the command line tool is not built")
    return path


def corpus_files(count):
    """`count` corpus files spread over the sorted corpus (every k-th), as str paths."""
    shared = os.environ.get("VANBAN_SHARED")
    docs = pathlib.Path(shared) / "corpus" / "docs" if shared else None
    if docs is None or not docs.is_dir():
        pytest.skip("the shared corpus (../shared/corpus/docs) is not present")
    files = sorted(p for p in docs.iterdir() if p.suffix == ".txt")
    step = max(1, len(files) // count)
    return [str(p) for p in files[::step][:count]]


def cli_json(cli, paths):
    """`vanban extract --format jsonl PATHS…` as a list of dicts, one per path, in order."""
    out = subprocess.run([cli, "extract", "-q", "--format", "jsonl", *paths], capture_output=True, check=True)
    lines = out.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(paths)
    return [json.loads(line) for line in lines]
