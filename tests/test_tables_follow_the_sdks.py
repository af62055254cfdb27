"""The client-side tables write keys in the SDKs' orders: checked against ``docs/wire/tools/render_spec.py``.

The wire specification maps every key of every SDK class to the neutral model, key order read
from the SDK itself (``sdk_keys``). Here each dialect's shape of the same class must write the
same keys in the same order (wire-only groups expanded), and cover as losses what the
specification lists as losses. Server-side tables are the server tables' business.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects.tables import Field, Ignored, Nested, Shape, Tag, Unsupported

TOOLS = Path(__file__).resolve().parent.parent / "docs" / "wire" / "tools"
DOTNET_MIRROR = Path("/work/.mirror/RageAgainstThePixel+OpenAI-DotNet/repo")

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")


def _spec() -> Any:
    spec = importlib.util.spec_from_file_location("render_spec", TOOLS / "render_spec.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["render_spec"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


SPEC = _spec()


def _tables(kind: str) -> list[Any]:
    sections = {"azure": SPEC.azure_sections, "openai-ga": SPEC.ga_sections, "openai": SPEC.beta_sections}[kind]()
    return [table for _, tables in sections for table in tables]


def _client_tables() -> list[tuple[str, Any, str, str | None]]:
    """(dialect, spec table, shape name, family) of every table that describes a client-side form."""
    out = []
    for kind in ("azure", "openai-ga", "openai"):
        tables = _tables(kind)
        # Wire-only levels of another table (GA's `audio`) are checked through the `Nest` that reaches them.
        levels = {m.table for t in tables for m in t.keys.values() if isinstance(m, SPEC.Nest)}
        for table in tables:
            if not table.direction.startswith("client") or _label(table) in levels:
                continue
            name, family = table.neutral, None
            if kind == "openai" and "openai-beta" in table.direction:
                family = "beta_request"
                if name == "SessionUpdateEvent":
                    name, family = "SessionUpdateEvent:transcription", None
            out.append((kind, table, name, family))
    return out


def _label(table: Any) -> str:
    """The name a ``Nest`` refers to a table by."""
    return str(table.name or table.sdk_name().rsplit(".", 1)[-1])


def _expected(table: Any, by_name: dict[str, Any]) -> list[Any]:
    """The SDK's keys this neutral class writes, in the SDK's order (nested levels expanded)."""
    out: list[Any] = []
    for key in table.sdk_keys():
        mapping = table.keys[key.wire]
        if isinstance(mapping, SPEC.Skip | SPEC.Accept):
            continue
        if isinstance(mapping, SPEC.Nest):
            out.append((key.wire, _expected(by_name[mapping.table], by_name)))
        elif isinstance(mapping, SPEC.A) and mapping.attr in table.losses:
            continue
        else:
            out.append(key.wire)
    return out


def _written(entries: tuple[Any, ...], lost: set[str]) -> list[Any]:
    out: list[Any] = []
    for entry in entries:
        if isinstance(entry, Nested):
            out.append((entry.key, _written(entry.entries, lost)))
        elif isinstance(entry, Field | Tag):
            out.append(entry.key)
        elif isinstance(entry, Unsupported):
            lost.add(entry.attr)
        else:
            assert isinstance(entry, Ignored)
    return out


CASES = _client_tables()


@pytest.mark.parametrize(
    ("kind", "table", "name", "family"),
    CASES,
    ids=[f"{kind}-{name}-{table.sdk_name()}" for kind, table, name, _ in CASES],
)
def test_a_client_table_writes_the_sdk_keys_in_order(kind: str, table: Any, name: str, family: str | None) -> None:
    if isinstance(table.sdk, str) and not DOTNET_MIRROR.exists():
        pytest.skip("the OpenAI-DotNet sources are not mirrored here")
    dialect = rd.dialect(kind)
    by_name = {_label(t): t for t in _tables(kind)}
    shape: Shape = dialect.shape(name, family)
    lost: set[str] = set()
    assert _written(shape.entries, lost) == _expected(table, by_name)
    assert set(table.losses) <= lost
