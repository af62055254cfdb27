"""The model's index of where each name lives, and what a first event makes a process create."""

from __future__ import annotations

import importlib
import subprocess
import sys
import typing

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
