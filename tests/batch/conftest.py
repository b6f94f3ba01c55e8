# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Batch runs over the shared corpus (../shared/corpus/docs). Skipped without it: a user's
checkout has only the repository."""
import os
import pathlib
import subprocess

import pytest


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("VANBAN_CLI")
    if not path:
        pytest.fail("VANBAN_CLI is not set (run the tests through ctest)")
    return path


@pytest.fixture(scope="session")
def corpus():
    shared = os.environ.get("VANBAN_SHARED")
    docs = pathlib.Path(shared) / "corpus" / "docs" if shared else None
    if docs is None or not docs.is_dir():
        pytest.skip("the shared corpus (../shared/corpus/docs) is not present")
    return docs


@pytest.fixture
def run(cli):
    def _run(*args, stdin=None):
        return subprocess.run([cli, *map(str, args)], input=stdin, capture_output=True)
    return _run
