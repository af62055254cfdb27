"""The fixture corpus: provenance (Azure fixtures are the SDK's own output) and canonical round trips."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects import names

from .scripts import load

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def _load_generator() -> ModuleType:
    return load(Path(__file__).with_name("_make_azure_fixtures.py"))


def _fixture_files() -> list[Path]:
    """Every fixture: ``fixtures/<dialect>/<wire type>/<case>.json``."""
    return sorted(path for name in names() for path in (FIXTURES / name).glob("*/*.json"))


def test_azure_fixtures_are_exactly_what_the_sdk_sends() -> None:
    pytest.importorskip("azure.ai.voicelive")
    generated = _load_generator().render_all()
    committed = {path.name: path.read_bytes() for path in (FIXTURES / "azure" / "response.create").glob("*.json")}
    assert sorted(committed) == sorted(generated)
    for filename, wire in generated.items():
        assert committed[filename] == wire.encode("ascii"), filename


def test_azure_corpus_is_large_and_has_the_named_payloads() -> None:
    files = {path.stem for path in (FIXTURES / "azure" / "response.create").glob("*.json")}
    assert len(files) >= 24
    assert {"minimal", "full", "tool_call_roundtrip", "avatar_voice", "out_of_band_summary"} <= files


def test_full_fixture_sets_every_azure_field() -> None:
    event = rd.AZURE.loads((FIXTURES / "azure" / "response.create" / "full.json").read_bytes())
    assert event.event_id is not None
    assert event.additional_instructions is not None
    response = event.response
    assert response is not None
    # Every field except the two Azure has no form for, and the undeclared keys (none: the SDK wrote it).
    missing = [
        field.name
        for field in type(response).__attrs_attrs__
        if field.name not in ("prompt", "parallel_tool_calls", "extra") and getattr(response, field.name) is None
    ]
    assert missing == []


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda path: "/".join(path.parts[-3:]))
def test_fixture_is_canonical_in_its_own_dialect(path: Path) -> None:
    data = path.read_bytes()
    assert not data.endswith(b"\n"), "fixtures hold the exact wire bytes, without a trailing newline"
    dialect = rd.dialect(path.parent.parent.name)
    assert dialect.dumps(dialect.loads(data)).encode() == data


def test_fixture_directories_name_registered_dialects() -> None:
    # Directories under fixtures/ must name registered dialects (catches typos such as "openai_ga");
    # `captured/` is the separate corpus of real traffic (tests/test_captured_corpus.py), `sessions/`
    # the recorded sessions, one directory per dialect (tests/test_fixtures_sessions.py).
    directories = {path.name for path in FIXTURES.iterdir() if path.is_dir()} - {"captured", "sessions"}
    assert {path.name for path in (FIXTURES / "sessions").iterdir() if path.is_dir()} <= set(names())
    assert directories <= set(names())


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda path: "/".join(path.parts[-3:]))
def test_fixture_sits_in_the_directory_of_its_wire_type(path: Path) -> None:
    # fixtures/<dialect>/<wire type>/<case>.json: the event's own type names the directory.
    assert rd.dialect(path.parent.parent.name).parse(path.read_bytes())["type"] == path.parent.name
