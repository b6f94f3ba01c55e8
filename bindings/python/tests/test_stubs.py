# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""The type stubs (_vanban.pyi) name exactly what the module has, and every public name has a
docstring (vanban.__all__ covers the module)."""
import ast
import inspect
import pathlib

import vanban
from vanban import _vanban

STUBS = pathlib.Path(vanban.__file__).with_name("_vanban.pyi")


def stub_classes():
    tree = ast.parse(STUBS.read_text(encoding="utf-8"))
    classes, functions = {}, set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            classes[node.name] = {n.name for n in node.body if isinstance(n, ast.FunctionDef)} | \
                                 {n.target.id for n in node.body if isinstance(n, ast.AnnAssign)}
        elif isinstance(node, ast.FunctionDef):
            functions.add(node.name)
    return classes, functions


def public(cls):
    own = set()
    for klass in cls.__mro__:
        if klass.__module__.startswith("vanban"):
            own |= {k for k in vars(klass) if not k.startswith("_")}
    return own


def test_stubs_match_the_module():
    classes, functions = stub_classes()
    runtime = {name for name, v in vars(_vanban).items() if inspect.isclass(v)}
    assert set(classes) == runtime
    for name in runtime - {"Error"}:
        if issubclass(getattr(_vanban, name), Exception):
            continue
        assert public(getattr(_vanban, name)) == {k for k in classes[name] if not k.startswith("_")}, name
    assert {n for n, v in vars(_vanban).items() if callable(v) and not inspect.isclass(v) and not n.startswith("_")} == functions


def test_everything_exported_is_documented():
    assert set(vanban.__all__) == {n for n in dir(_vanban) if not n.startswith("_")} | {"__version__"}
    for name in vanban.__all__:
        obj = getattr(vanban, name)
        if inspect.isclass(obj) or callable(obj):
            assert (obj.__doc__ or "").strip(), name
    assert (STUBS.parent / "py.typed").is_file()
