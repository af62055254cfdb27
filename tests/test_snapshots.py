"""Every fixture of every dialect, converted into every dialect: the exact text and the loss list.

Each case writes two snapshot files under ``__snapshots__/test_snapshots/``:
``test_wire[<source>-<fixture>-to-<target>].json`` (the exact output text) and
``test_losses[...].txt`` (one ``path: reason`` line per dropped field). New dialects
and fixtures are picked up from the registry and ``fixtures/<dialect>/``; run with
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

CASES = [
    pytest.param(path, target, id=f"{source}-{path.stem}-to-{target}")
    for source in names()
    for path in sorted((FIXTURES / source).glob("*.json"))
    for target in names()
]


def convert(path: Path, target: str) -> tuple[str, tuple[rd.Loss, ...]]:
    return rd.translate_with_losses(path.read_bytes(), read=path.parent.name, write=target)


@pytest.mark.parametrize(("path", "target"), CASES)
def test_wire(path: Path, target: str, wire_snapshot: Any) -> None:
    text, _ = convert(path, target)
    assert text == wire_snapshot


@pytest.mark.parametrize(("path", "target"), CASES)
def test_losses(path: Path, target: str, snapshot: Any) -> None:
    _, losses = convert(path, target)
    report = "".join(f"{loss.path}: {loss.reason}\n" for loss in losses)
    assert report == snapshot.use_extension(TextSnapshotExtension)


@pytest.mark.parametrize(
    "path",
    [case.values[0] for case in CASES if case.values[1] == case.values[0].parent.name],
    ids=lambda p: f"{p.parent.name}-{p.stem}",
)
def test_same_dialect_conversion_is_identity(path: Path) -> None:
    # Independent of the snapshots: reading and writing one dialect gives back the exact bytes.
    text, losses = convert(path, path.parent.name)
    assert (text.encode(), losses) == (path.read_bytes(), ())
