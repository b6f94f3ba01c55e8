# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
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
def data():
    return pathlib.Path(os.environ.get("VANBAN_TEST_DATA", pathlib.Path(__file__).parent.parent / "data"))


@pytest.fixture
def run(cli):
    def _run(*args, stdin=None):
        return subprocess.run([cli, *map(str, args)], input=stdin, capture_output=True)
    return _run
