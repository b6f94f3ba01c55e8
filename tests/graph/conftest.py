# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
import json
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
def source_dir():
    return pathlib.Path(os.environ.get("VANBAN_SOURCE_DIR", pathlib.Path(__file__).parent.parent.parent))


@pytest.fixture(scope="session")
def data(source_dir):
    return pathlib.Path(os.environ.get("VANBAN_TEST_DATA", source_dir / "tests" / "data"))


@pytest.fixture(scope="session")
def corpus():
    shared = os.environ.get("VANBAN_SHARED")
    docs = pathlib.Path(shared) / "corpus" / "docs" if shared else None
    if docs is None or not docs.is_dir():
        pytest.skip("the shared corpus is not next to the checkout (VANBAN_SHARED)")
    return docs


@pytest.fixture(scope="session")
def schema(source_dir):
    jsonschema = pytest.importorskip("jsonschema")

    def load(name):
        s = json.loads((source_dir / "docs" / "schema" / name).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(s)
        return jsonschema.Draft202012Validator(s)
    return {"document": load("document.schema.json"), "graph": load("graph.schema.json")}


@pytest.fixture(scope="session")
def run(cli):
    def _run(*args, stdin=None, timeout=600):
        return subprocess.run([cli, *map(str, args)], input=stdin, capture_output=True, timeout=timeout)
    return _run
