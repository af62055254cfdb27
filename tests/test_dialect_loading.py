"""Dialects are imported on first use: a process pays for the tables of the dialects it speaks.

Each built-in dialect is a module of ``realtime_dialects.dialects`` named after it (``-`` for
``_``): looking it up by name, reaching ``rd.OPENAI_GA``, or unpickling it imports it.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from typing import Any, ClassVar

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects import _MODULES, names

from .cli_env import ROOT, subprocess_env

BUILT_IN = ("azure", "openai", "openai-ga")
MODULE_OF = {"azure": "azure", "openai": "openai", "openai-ga": "openai_ga"}


def imported_after(code: str) -> list[str]:
    """The built-in dialects whose modules a fresh interpreter has imported after running ``code``."""
    check = (
        f"{code}\n"
        "import sys\n"
        f"print(*(name for name, module in {MODULE_OF!r}.items()"
        " if f'realtime_dialects.dialects.{module}' in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, cwd=ROOT, env=subprocess_env()
    )
    return result.stdout.split()


def test_importing_the_package_imports_no_dialect() -> None:
    assert imported_after("import realtime_dialects") == []


def test_a_translation_imports_its_two_dialects_only() -> None:
    code = (
        "import realtime_dialects as rd; rd.translate('{\"type\": \"response.create\"}', read='azure', write='openai')"
    )
    assert imported_after(code) == ["azure", "openai"]


@pytest.mark.parametrize("name", BUILT_IN)
def test_reaching_a_dialect_by_its_constant_imports_it_alone(name: str) -> None:
    constant = name.upper().replace("-", "_")
    assert imported_after(f"import realtime_dialects as rd; assert rd.{constant}.name == {name!r}") == [name]


def test_names_lists_every_built_in_dialect_without_importing_one() -> None:
    assert imported_after("import realtime_dialects as rd; assert rd.dialects.names()[:3] == " + repr(BUILT_IN)) == []


@pytest.mark.parametrize("name", BUILT_IN)
def test_unpickling_a_dialect_imports_it(name: str) -> None:
    data = pickle.dumps(rd.dialect(name))
    code = f"import pickle; assert pickle.loads({data!r}).name == {name!r}"
    assert imported_after(code) == [name]


def test_each_module_defines_the_dialect_named_after_it() -> None:
    assert _MODULES == MODULE_OF
    for name, module in _MODULES.items():
        found = rd.dialect(name)
        assert found.name == name
        assert type(found).__module__.startswith(f"realtime_dialects.dialects.{module}")
    assert names()[:3] == BUILT_IN


def test_an_unknown_name_lists_every_dialect() -> None:
    known = "known dialects: 'azure', 'openai', 'openai-ga'"
    with pytest.raises(ValueError, match=f"unknown dialect 'openai_ga'; {known}"):
        rd.dialect("openai_ga")
    with pytest.raises(ValueError, match="unknown dialect 3"):
        rd.dialect(3)  # type: ignore[arg-type]


def test_an_incomplete_dialect_is_refused_before_it_takes_its_name() -> None:
    # Dialect() itself failed with an AttributeError (no name); a subclass with a name but no shapes
    # registered itself, was listed by names(), and failed with an AttributeError on first use.
    from realtime_dialects.dialects.base import REGISTRY, Dialect

    with pytest.raises(TypeError, match="declaring its name"):
        Dialect()

    class Nameless(Dialect):
        def encode(self, wire: dict[str, Any]) -> str:
            return ""

    class Shapeless(Dialect):
        name = "test-shapeless"

        def encode(self, wire: dict[str, Any]) -> str:
            return ""

    class Unwritten(Dialect):
        name = "test-unwritten"
        shapes: ClassVar[dict[str, Any]] = {}

    with pytest.raises(TypeError, match="declaring its name"):
        Nameless()
    for incomplete in (Shapeless, Unwritten):
        with pytest.raises(TypeError, match=r"declares its shapes .* and defines encode\(\)"):
            incomplete()
        assert incomplete.name not in REGISTRY
        with pytest.raises(ValueError, match="unknown dialect"):
            rd.dialect(incomplete.name)


def test_a_dialect_whose_tables_lack_a_shape_says_so_on_every_call() -> None:
    # A build that failed left a broken stub: the next call raised KeyError: 'keep_<Class>', which hid
    # the cause (docs/wire/tables-notes-server.md, engine issue 2).
    from realtime_dialects.dialects.base import REGISTRY, Dialect
    from realtime_dialects.dialects.tables import Shape, Tag

    class Partial(Dialect):
        name = "test-partial"
        shapes: ClassVar[dict[str, Any]] = {
            "ConversationItemCreatedEvent": Shape(
                "event_id", "previous_item_id", "item", Tag("type", "conversation.item.created")
            )
        }

        def encode(self, wire: dict[str, Any]) -> str:
            return json.dumps(wire)

    try:
        partial = Partial()
        for _ in range(2):
            with pytest.raises(TypeError, match="no shape for MessageItem"):
                partial.loads('{"type": "conversation.item.created"}')
    finally:
        REGISTRY.pop(Partial.name, None)


@pytest.mark.parametrize("name", BUILT_IN)
def test_a_built_in_name_is_taken_before_its_dialect_is_imported(name: str) -> None:
    # In a fresh process none is imported: a dialect of another module cannot take the name.
    code = (
        "from realtime_dialects.dialects.base import Dialect\n"
        f"class Impostor(Dialect):\n    name = {name!r}\n"
        "try:\n    Impostor()\nexcept ValueError as error:\n    print(error)\n"
    )
    check = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=subprocess_env()
    )
    assert check.stdout == f"a dialect named {name!r} exists already (built in)\n"
    assert imported_after(code.replace("print(error)", "pass")) == []


def test_threads_that_first_use_dialects_together_get_the_same_translations() -> None:
    # Eight threads of a fresh interpreter start translating at once, into two dialects not imported yet.
    event = '{"type": "response.create", "response": {"modalities": ["text"], "instructions": "x"}}'
    code = (
        "import threading, realtime_dialects as rd\n"
        "out = []\n"
        "barrier = threading.Barrier(8)\n"
        "def work(target):\n"
        "    barrier.wait()\n"
        f"    out.append((target, rd.translate({event!r}, read='azure', write=target)))\n"
        "threads = [threading.Thread(target=work, args=(('openai-ga', 'openai')[i % 2],)) for i in range(8)]\n"
        "[thread.start() for thread in threads]\n"
        "[thread.join() for thread in threads]\n"
        "print(repr(sorted(set(out))), len(out))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=subprocess_env()
    )
    expected = sorted((target, rd.translate(event, read="azure", write=target)) for target in ("openai-ga", "openai"))
    assert (result.stdout, result.stderr) == (f"{expected!r} 8\n", "")
