"""The wire specification's SDK tables (``docs/wire/tools/render_spec.py``) and helpers that read them."""

from __future__ import annotations

from typing import Any

import pytest

from .scripts import TOOLS, load

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")


SPEC = load(TOOLS / "render_spec.py")


def spec_tables(kind: str) -> list[Any]:
    """Every table the specification gives dialect ``kind`` (``azure``, ``openai-ga`` or ``openai``)."""
    sections = {"azure": SPEC.azure_sections, "openai-ga": SPEC.ga_sections, "openai": SPEC.beta_sections}[kind]()
    return [table for _, tables in sections for table in tables]


def client_tables() -> list[tuple[str, Any, str, str | None]]:
    """(dialect, spec table, shape name, family) of every table that describes a client-side form."""
    out = []
    for kind in ("azure", "openai-ga", "openai"):
        tables = spec_tables(kind)
        # Wire-only levels of another table (GA's `audio`) are checked through the `Nest` that reaches them.
        levels = {m.table for t in tables for m in t.keys.values() if isinstance(m, SPEC.Nest)}
        for table in tables:
            if not table.direction.startswith("client") or table_label(table) in levels:
                continue
            name, family = table.neutral, None
            if kind == "openai" and "openai-beta" in table.direction:
                family = "beta_request"
                if name == "SessionUpdateEvent":
                    name, family = "SessionUpdateEvent:transcription", None
            out.append((kind, table, name, family))
    return out


def table_label(table: Any) -> str:
    """The name a ``Nest`` refers to a table by."""
    return str(table.name or table.sdk_name().rsplit(".", 1)[-1])


def expected_keys(table: Any, by_name: dict[str, Any]) -> list[Any]:
    """The SDK's keys this neutral class writes, in the SDK's order (nested levels expanded)."""
    out: list[Any] = []
    for key in table.sdk_keys():
        mapping = table.keys[key.wire]
        if isinstance(mapping, SPEC.Skip | SPEC.Accept):
            continue
        if isinstance(mapping, SPEC.Nest):
            out.append((key.wire, expected_keys(by_name[mapping.table], by_name)))
        elif isinstance(mapping, SPEC.A) and mapping.attr in table.losses:
            continue
        else:
            out.append(key.wire)
    return out
