"""The model's index of where each name lives, and what a first event makes a process create."""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
import typing
from pathlib import Path

import attrs
import pytest

from realtime_dialects import model

from .cli_env import ROOT, subprocess_env


@pytest.mark.parametrize("module", sorted(model.MODULES))
def test_the_index_lists_exactly_what_each_module_exports(module: str) -> None:
    # Names are looked up through the index without importing their modules: a name missing
    # from it is unreachable as rd.model.X, a stale one fails on first use.
    exported = importlib.import_module(f"realtime_dialects.model.{module}").__all__
    assert sorted(model.MODULES[module]) == sorted(exported)


def client_event_classes() -> set[type]:
    """The classes the index places in a client module (``direction_of``), the union left out."""
    found = (getattr(model, name) for name in model.WHERE if model.direction_of(name) == "client")
    return {value for value in found if attrs.has(value)}


def test_every_client_event_class_is_a_client_event_by_its_module() -> None:
    classes = client_event_classes()
    assert len(classes) == 19
    assert all(cls.direction == "client" for cls in classes)


def _model_modules_after(code: str) -> list[str]:
    """The model modules a fresh interpreter has imported after running ``code``."""
    check = f"import sys; {code}; print(*sorted(m for m in sys.modules if m.startswith('realtime_dialects.model')))"
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, cwd=ROOT, env=subprocess_env()
    )
    return result.stdout.split()


def test_a_first_response_create_creates_only_the_classes_asking_for_a_response() -> None:
    event = '{"type": "response.create"}'
    translate = f"import realtime_dialects as rd; rd.translate({event!r}, read='azure', write='openai')"
    assert _model_modules_after(translate) == [
        "realtime_dialects.model",
        "realtime_dialects.model._base",
        "realtime_dialects.model.client_response_events",
        "realtime_dialects.model.common",
    ]


def test_the_client_event_union_holds_every_client_event() -> None:
    # It lives with the other client events, which import the two that ask for a response.
    modules = _model_modules_after("import realtime_dialects as rd; rd.ClientEvent")
    assert "realtime_dialects.model.client_events" in modules
    assert "realtime_dialects.model.response" not in modules
    assert set(typing.get_args(model.ClientEvent)) == client_event_classes()


def test_a_type_checker_sees_every_public_name_of_the_package() -> None:
    # The package's names come on first use (a module __getattr__, typed Any): a type checker
    # sees what the module imports (in its TYPE_CHECKING block), and nothing else. rd.MessageItem
    # was Any to mypy, which cannot follow the model's __all__ (built from its index of names).
    import realtime_dialects as rd

    tree = ast.parse(Path(rd.__file__).read_text(encoding="utf-8"))
    seen = {name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for name in _imported(node)}
    assert set(rd.__all__) <= seen, sorted(set(rd.__all__) - seen)


def _imported(node: ast.ImportFrom) -> set[str]:
    """The names an import of the package brings in, as a type checker reads them: a star import's
    are its module's __all__, which must be a literal list for one to read it."""
    if node.names[0].name != "*":
        return {alias.asname or alias.name for alias in node.names}
    module = importlib.import_module(f"realtime_dialects.{node.module}")
    source = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    (listed,) = [
        node.value
        for node in source.body
        if isinstance(node, ast.Assign) and [getattr(target, "id", None) for target in node.targets] == ["__all__"]
    ]
    return set(ast.literal_eval(listed))


def test_mypy_sees_the_model_classes_through_the_package() -> None:
    pytest.importorskip("mypy")
    from mypy import api

    code = "import realtime_dialects as rd\nreveal_type(rd.MessageItem(role='user', content=[]))\nreveal_type(rd.OFF)\n"
    out, _, _ = api.run(["--config-file", os.devnull, "--strict", "--no-incremental", "-c", code])  # not the project's
    assert 'Revealed type is "realtime_dialects.model.items.MessageItem"' in out, out
    assert 'Revealed type is "realtime_dialects.model.common.Off"' in out, out
