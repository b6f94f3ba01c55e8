# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""`pip install --no-build-isolation --no-deps --target DIR .` from a clean copy of the checkout,
offline (no package index), then `import vanban` from DIR in a fresh interpreter.

The copy holds what a clone would: the files git tracks, plus new ones not ignored (so the test
also covers work not yet committed). By default the build reuses this build tree's library
(VANBAN_PREBUILT: only the module is compiled); with VANBAN_PIP_FULL=1 (ctest python.pip_full)
pip builds everything from the sources, as a user's first install does."""
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

SOURCE = pathlib.Path(os.environ.get("VANBAN_SOURCE_DIR", pathlib.Path(__file__).parents[3]))
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def clean_copy(dest):
    if (SOURCE / ".git").exists() and shutil.which("git"):
        files = subprocess.run(["git", "-C", str(SOURCE), "ls-files", "-z", "-co", "--exclude-standard"],
                               capture_output=True, check=True).stdout.decode().split("\0")
        for name in filter(None, files):
            src = SOURCE / name
            if src.is_file():
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest / name)
    else:
        shutil.copytree(SOURCE, dest, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("build*", "_skbuild", "*.egg-info", "__pycache__"))
    assert (dest / "pyproject.toml").is_file() and not (dest / "build").exists()


def test_pip_install_target_then_import(tmp_path, seed_text):
    checkout = tmp_path / "checkout"
    target = tmp_path / "site"
    clean_copy(checkout)
    env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("PYTHONPATH", None)
    full = os.environ.get("VANBAN_PIP_FULL") == "1"
    if not full:
        build = os.environ.get("VANBAN_BUILD_DIR")
        if not build or not (pathlib.Path(build) / "vanbanConfig.cmake").is_file():
            pytest.skip("no vanban build tree to reuse (VANBAN_BUILD_DIR); run with VANBAN_PIP_FULL=1")
        env["VANBAN_PREBUILT"] = build
    else:
        env.pop("VANBAN_PREBUILT", None)
    pip = subprocess.run([PYTHON, "-m", "pip", "install", "--no-build-isolation", "--no-deps", "--target", str(target), "."],
                         cwd=checkout, env=env, capture_output=True, text=True)
    assert pip.returncode == 0, pip.stdout[-4000:] + pip.stderr[-4000:]
    assert "Successfully installed vanban-" in pip.stdout

    installed = sorted(p.name for p in (target / "vanban").iterdir())
    assert {"__init__.py", "dask.py", "_vanban.pyi", "py.typed"} <= set(installed)
    assert any(n.startswith("_vanban.") and n.endswith(".so") for n in installed)

    check = f"""
import importlib.metadata, json, sys
import vanban, vanban.dask
assert vanban.__file__.startswith({str(target)!r}), vanban.__file__
assert vanban.__version__ == importlib.metadata.version("vanban") == {os.environ["VANBAN_VERSION"]!r}
text = sys.stdin.read()
doc = vanban.extract(text)
assert len(doc.citations) == 6
assert all(text[c.start:c.end] == c.text for c in doc.citations)
print(json.dumps([c.number for c in doc.citations]))
"""
    run = subprocess.run([PYTHON, "-c", check], cwd=tmp_path, env=dict(env, PYTHONPATH=str(target)),
                         input=seed_text, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == '["05/KH-UBND", "03-KL/TU", "25-NQ/TW", "05-CT/TW", null, "16/CT-TTg"]'
