"""Every fixture of every dialect, converted into every dialect: one snapshot per fixture.

Each fixture ``fixtures/<dialect>/<wire type>/<case>.json`` has one text snapshot,
``__snapshots__/test_snapshots/test_conversions[<dialect>-<wire type>-<case>].txt``, with a
section per target dialect: ``== <target>``, then the exact output text on one line (wire
text never holds a raw newline), then one ``loss <path>: <reason>`` line per field the target
cannot express — or ``no counterpart <path>: <reason>`` lines when the target has no such event.
New dialects and fixtures are picked up from the registry and ``fixtures/``; run with
``--snapshot-update`` and review the new files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects import names
from realtime_dialects.testing import TextSnapshotExtension

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PATHS = sorted(path for source in names() for path in (FIXTURES / source).glob("*/*.json"))


def conversions(path: Path) -> str:
    """The report of one fixture: its text in every dialect, with what each loses."""
    source, data = path.parent.parent.name, path.read_bytes()
    lines = []
    for target in names():
        lines.append(f"== {target}")
        try:
            text, losses = rd.translate_with_losses(data, read=source, write=target)
        except rd.UnsupportedError as error:  # the target has no such event: nothing to write
            lines += [f"no counterpart {loss.path}: {loss.reason}" for loss in error.losses]
            continue
        lines.append(text)
        lines += [f"loss {loss.path}: {loss.reason}" for loss in losses]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("path", PATHS, ids=lambda path: "-".join(path.parts[-3:]).removesuffix(".json"))
def test_conversions(path: Path, snapshot: Any) -> None:
    assert conversions(path) == snapshot.use_extension(TextSnapshotExtension)


@pytest.mark.parametrize("path", PATHS, ids=lambda path: "-".join(path.parts[-3:]).removesuffix(".json"))
def test_same_dialect_conversion_is_identity(path: Path) -> None:
    # Independent of the snapshots: reading and writing one dialect gives back the exact bytes.
    source = path.parent.parent.name
    text, losses = rd.translate_with_losses(path.read_bytes(), read=source, write=source)
    assert (text.encode(), losses) == (path.read_bytes(), ())
