"""Client-event fixtures: the generated ones are exactly what the SDKs write; all are exact wire text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .scripts import load

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# The dialects' directories; `captured/` is real traffic with its own tests (test_captured_corpus.py).
CLIENT_FIXTURES = sorted(path for path in FIXTURES.glob("*/*/*.json") if path.parts[-3] != "captured")


def _builder() -> Any:
    return load(Path(__file__).with_name("_fixtures_client.py"))


def test_generated_fixtures_are_exactly_what_the_sdks_write() -> None:
    builder = _builder()
    built = builder.build()
    committed = {
        str(path.relative_to(FIXTURES)): path.read_text(encoding="utf-8")
        for directory in builder.generated_dirs()
        for path in directory.glob("*.json")
    }
    # Directories shared with the other generators: this script's files are there as built.
    committed |= {
        relative: (FIXTURES / relative).read_text(encoding="utf-8")
        for relative in built
        if Path(relative).parent.name in builder.SHARED_TYPES and (FIXTURES / relative).exists()
    }
    assert committed == built


def test_dotnet_golden_files_are_not_generated() -> None:
    builder = _builder()
    generated_types = {Path(path).parent.name for path in builder.build() if path.startswith("openai/")}
    assert not generated_types & builder.DOTNET_TYPES
    for wire_type in builder.DOTNET_TYPES:
        assert list((FIXTURES / "openai" / wire_type).glob("*.json")), f"no golden file for {wire_type}"


@pytest.mark.parametrize("path", CLIENT_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_client_fixture_is_one_event_of_its_directory_type(path: Path) -> None:
    data = path.read_bytes()
    assert not data.endswith(b"\n"), "fixtures hold the exact wire bytes, without a trailing newline"
    event = json.loads(data)
    expected = path.parent.name
    if path.parts[-3] == "openai" and expected == "transcription_session.update":
        assert event["type"] == "transcription_session.update"
    else:
        assert event["type"] == expected
