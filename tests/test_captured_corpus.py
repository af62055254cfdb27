"""Hygiene of the captured-traffic corpus (``fixtures/captured``): real frames, kept byte for byte.

These checks are about the files, not the library: every event file is one JSON object with no
trailing newline, named after its ``type``, in a dialect directory, and listed in PROVENANCE.md;
every session line is one JSON object.
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
    assert f"| `{path.name}` |" in PROVENANCE


@pytest.mark.parametrize("path", SESSION_FILES, ids=lambda p: p.name)
def test_session_file_is_one_frame_per_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    for line in text.split("\n")[:-1]:
        assert isinstance(json.loads(line), dict)
    assert f"| `{path.name}` |" in PROVENANCE
