"""The server-event fixtures are exactly what the SDKs write, and each SDK reads them back unchanged."""

from __future__ import annotations

import importlib.util
import json
import typing
from pathlib import Path
from typing import Any

import orjson
import pytest

from .scripts import load

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


GENERATOR = load(Path(__file__).with_name("_fixtures_server.py"))
BUILT: dict[str, str] = GENERATOR.build()


def _committed() -> dict[str, bytes]:
    owned = {f"{dialect}/{t}" for dialect, types in GENERATOR.server_types().items() for t in types}
    return {
        str(path.relative_to(FIXTURES)): path.read_bytes()
        for directory in owned
        for path in (FIXTURES / directory).glob("*.json")
    }


def test_committed_fixtures_are_what_the_sdks_write() -> None:
    committed = _committed()
    assert sorted(committed) == sorted(BUILT), "run: python tests/_fixtures_server.py"
    for relative, text in BUILT.items():
        assert committed[relative] == text.encode("utf-8"), relative
        assert not committed[relative].endswith(b"\n")


def test_every_server_event_type_has_a_fixture() -> None:
    for dialect, types in GENERATOR.server_types().items():
        covered = {relative.split("/")[1] for relative in BUILT if relative.startswith(f"{dialect}/")}
        assert covered == types, dialect


@pytest.mark.parametrize("relative", sorted(r for r in BUILT if r.startswith("azure/")))
def test_azure_sdk_reads_and_writes_the_fixture_unchanged(relative: str) -> None:
    from azure.ai.voicelive.models import _models

    text = BUILT[relative]
    event = _models.ServerEvent._deserialize(json.loads(text), [])
    assert type(event).__name__ != "ServerEvent", "an event class the SDK knows"
    assert json.dumps(event.as_dict()) == text


def _ga_or_beta_union(dialect: str) -> Any:
    from pydantic import TypeAdapter

    package = "openai.types.realtime" if dialect == "openai-ga" else "openai.types.beta.realtime"
    module = importlib.import_module(f"{package}.realtime_server_event")
    return TypeAdapter(module.RealtimeServerEvent)


@pytest.mark.parametrize("relative", sorted(r for r in BUILT if not r.startswith("azure/")))
def test_openai_sdk_reads_and_writes_the_fixture_unchanged(relative: str) -> None:
    dialect = relative.split("/")[0]
    text = BUILT[relative]
    event = _ga_or_beta_union(dialect).validate_json(text)
    assert typing.cast(Any, event).model_dump_json(exclude_none=True) == text
    # The byte form is orjson's: a writer that builds dicts in declaration order and encodes
    # them with orjson writes these bytes (shared/protocol/openai-ga.md §5.9).
    assert orjson.dumps(orjson.loads(text)).decode() == text


def test_fixtures_cover_the_rich_cases() -> None:
    for dialect in ("azure", "openai-ga", "openai"):
        cases = {r.split("/", 1)[1] for r in BUILT if r.startswith(f"{dialect}/")}
        assert {"response.done/every_item.json", "response.done/cancelled.json", "response.done/failed.json"} <= cases
        assert {"session.created/full.json", "error/invalid_value.json", "error/minimal.json"} <= cases
