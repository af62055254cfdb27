"""Hygiene of the captured-traffic corpus (``fixtures/captured``): real frames, kept byte for byte.

These checks are about the files, not the library: every event file is one JSON object with no
trailing newline, named after its ``type``, in a dialect directory, and listed in PROVENANCE.md under
its directory with a permissive licence; every session line is one JSON object.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from realtime_dialects.dialects import names

CAPTURED = Path(__file__).resolve().parent.parent / "fixtures" / "captured"
EVENT_FILES = sorted(CAPTURED.glob("*/*.json"))
SESSION_FILES = sorted((CAPTURED / "sessions").glob("*.jsonl"))
PROVENANCE = (CAPTURED / "PROVENANCE.md").read_text(encoding="utf-8")
PERMISSIVE = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Unlicense", "CC0-1.0"}


def provenance_row(directory: str, name: str) -> list[str]:
    """The cells of the PROVENANCE.md table row for ``name`` in the section about ``directory/``."""
    section = None
    for line in PROVENANCE.splitlines():
        if line.startswith("## "):
            match = re.search(r"\(`([^`]+)/`\)", line)
            section = match.group(1) if match else None
        elif section == directory and line.startswith(f"| `{name}` |"):
            return [cell.strip() for cell in line.strip().strip("|").split(" | ")]
    raise AssertionError(f"{directory}/{name} is not listed in PROVENANCE.md")


def test_corpus_is_not_empty() -> None:
    assert len(EVENT_FILES) >= 40
    assert SESSION_FILES


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_event_file_is_one_frame(path: Path) -> None:
    assert path.parent.name in names()
    data = path.read_bytes()
    assert not data.endswith(b"\n")
    event = json.loads(data.decode("utf-8"))
    assert isinstance(event, dict)
    match = re.fullmatch(r"(\d{3})-(.+)\.json", path.name)
    assert match is not None
    assert event["type"] == match.group(2)
    assert PERMISSIVE & set(provenance_row(path.parent.name, path.name))


@pytest.mark.parametrize("path", SESSION_FILES, ids=lambda p: p.name)
def test_session_file_is_one_frame_per_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    for line in text.split("\n")[:-1]:
        assert isinstance(json.loads(line), dict)
    assert PERMISSIVE & set(provenance_row("sessions", path.name))
