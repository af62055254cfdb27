"""The client-side tables write keys in the SDKs' orders: checked against ``docs/wire/tools/render_spec.py``.

The wire specification maps every key of every SDK class to the neutral model, key order read
from the SDK itself (``sdk_keys``). Here each dialect's shape of the same class must write the
same keys in the same order (wire-only groups expanded), and cover as losses what the
specification lists as losses. Server-side tables are the server tables' business.
"""

from __future__ import annotations

from typing import Any

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects.tables import Field, Ignored, Nested, Shape, Tag, Unsupported

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

from .sdk_tables import client_tables, expected_keys, spec_tables, table_label


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


CASES = client_tables()


@pytest.mark.parametrize(
    ("kind", "table", "name", "family"),
    CASES,
    ids=[f"{kind}-{name}-{table.sdk_name()}" for kind, table, name, _ in CASES],
)
def test_a_client_table_writes_the_sdk_keys_in_order(kind: str, table: Any, name: str, family: str | None) -> None:
    dialect = rd.dialect(kind)
    by_name = {table_label(t): t for t in spec_tables(kind)}
    shape: Shape = dialect.shape(name, family)
    lost: set[str] = set()
    assert _written(shape.entries, lost) == expected_keys(table, by_name)
    assert set(table.losses) <= lost
