"""The recorded sessions are what the generator writes, every line is what its SDK reads and writes, and the ids agree.

These tests check the sessions against the SDKs, not against the library's dialects.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
import typing
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .dotnet import DOTNET_EVENTS, DOTNET_NESTED, OPAQUE
from .scripts import load

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TOOLS = ROOT / "docs" / "wire" / "tools"


GENERATOR = load(Path(__file__).with_name("_fixtures_sessions.py"))
BUILT: dict[str, str] = GENERATOR.build()
SESSIONS = sorted(BUILT)


def _dialect(relative: str) -> str:
    return relative.split("/")[1]


def _events(relative: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in BUILT[relative].splitlines()]


def test_committed_sessions_are_what_the_generator_writes() -> None:
    committed = {str(path.relative_to(FIXTURES)): path.read_bytes() for path in FIXTURES.glob("sessions/*/*.jsonl")}
    assert sorted(committed) == SESSIONS, "run: python tests/_fixtures_sessions.py"
    for relative, text in BUILT.items():
        assert committed[relative] == text.encode("utf-8"), relative


def test_each_dialect_has_its_sessions() -> None:
    names = {dialect: {Path(r).stem for r in SESSIONS if _dialect(r) == dialect} for dialect in GENERATOR.DIALECTS}
    common = {"voice_turn", "function_call", "barge_in", "push_to_talk", "text_turn"}
    assert names == {
        "azure": common | {"out_of_band"},
        "openai-ga": common | {"item_reference"},
        "openai": common,
    }


@pytest.mark.parametrize("relative", SESSIONS)
def test_sessions_are_json_lines(relative: str) -> None:
    text = BUILT[relative]
    assert text.endswith("\n")
    assert "\r" not in text
    for line in text.splitlines():
        assert line
        assert isinstance(json.loads(line), dict)


# --------------------------------------------------------------------------- each line, read by its SDK


@cache
def _azure_bases() -> tuple[Any, Any]:
    from azure.ai.voicelive.models import _models

    return _models.ClientEvent, _models.ServerEvent


@cache
def _adapter(dialect: str, side: str) -> Any:
    from pydantic import TypeAdapter

    package = "openai.types.realtime" if dialect == "openai-ga" else "openai.types.beta.realtime"
    module = importlib.import_module(f"{package}.realtime_{side}_event")
    return TypeAdapter(getattr(module, f"Realtime{side.capitalize()}Event"))


def _client_types(dialect: str) -> set[str]:
    union = _adapter(dialect, "client")._type
    return set(GENERATOR._union_classes(union))


def _check_azure(line: str) -> None:
    client, server = _azure_bases()
    data = json.loads(line)
    base = client if data["type"] in client.__mapping__ else server
    event = base._deserialize(data, [])
    assert type(event) is not base, f"no {base.__name__} class for {data['type']}"
    assert json.dumps(event.as_dict()) == line


def _has_references(data: dict[str, Any]) -> bool:
    items = (data.get("response") or {}).get("input") or []
    return any(item.get("type") == "item_reference" for item in items)


def _check_ga_references(line: str) -> None:
    """GA `response.create` with `item_reference` inputs: the TypedDict accepts it; the rest is the model's dump."""
    from openai.types.realtime import ResponseCreateEvent, ResponseItemReference
    from openai.types.realtime.response_create_event_with_references_param import (
        ResponseCreateEventWithReferencesParam,
    )
    from pydantic import TypeAdapter

    data = json.loads(line)
    TypeAdapter(ResponseCreateEventWithReferencesParam).validate_python(data, strict=True)
    references = [item for item in data["response"]["input"] if item["type"] == "item_reference"]
    for reference in references:
        assert json.dumps(reference, separators=(",", ":")) == ResponseItemReference(**reference).model_dump_json()
    without = json.loads(line)
    without["response"]["input"] = [item for item in without["response"]["input"] if item["type"] != "item_reference"]
    text = json.dumps(without, separators=(",", ":"), ensure_ascii=False)
    assert ResponseCreateEvent.model_validate_json(text).model_dump_json(exclude_none=True) == text


def _check_openai(dialect: str, line: str) -> None:
    data = json.loads(line)
    side = "client" if data["type"] in _client_types(dialect) else "server"
    if dialect == "openai" and side == "client" and data["type"] in GENERATOR.DOTNET_TYPES:
        return  # written as OpenAI-DotNet writes it: see the declaration-order test below
    if dialect == "openai-ga" and _has_references(data):
        _check_ga_references(line)
        return
    event = _adapter(dialect, side).validate_json(line)
    # exclude_unset writes back exactly the keys the line has: an explicit null (turn detection off) too.
    assert typing.cast(Any, event).model_dump_json(exclude_unset=True) == line


def _check_lines(dialect: str, text: str, where: str) -> None:
    for number, line in enumerate(text.splitlines(), 1):
        try:
            if dialect == "azure":
                _check_azure(line)
            else:
                _check_openai(dialect, line)
        except Exception as error:
            raise AssertionError(f"{where}:{number}: {line[:200]}") from error


@pytest.mark.parametrize("relative", SESSIONS)
def test_every_line_is_what_its_sdk_reads_and_writes(relative: str) -> None:
    _check_lines(_dialect(relative), BUILT[relative], relative)


def test_the_item_reference_session_has_references_and_the_ga_sdk_sees_them() -> None:
    creates = [e for e in _events("sessions/openai-ga/item_reference.jsonl") if e["type"] == "response.create"]
    assert [_has_references(e) for e in creates] == [True]


# --------------------------------------------------------------------------- OpenAI-DotNet lines


def _dotnet_events() -> list[tuple[str, int, dict[str, Any]]]:
    return [
        (relative, number, event)
        for relative in SESSIONS
        if _dialect(relative) == "openai"
        for number, event in enumerate(_events(relative), 1)
        if event["type"] in GENERATOR.DOTNET_TYPES
    ]


def test_dotnet_lines_are_json_without_event_ids() -> None:
    events = _dotnet_events()
    assert {event["type"] for _, _, event in events} >= {
        "session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
        "conversation.item.create",
        "conversation.item.truncate",
        "response.create",
        "response.cancel",
    }
    for relative, number, event in events:
        assert "event_id" not in event, f"{relative}:{number}: OpenAI-DotNet never sets event_id"
        assert next(iter(event)) == "type", f"{relative}:{number}"


def test_dotnet_lines_follow_the_csharp_declarations() -> None:
    """Keys in C# declaration order, `JsonIgnore(Never)` keys present, as tests/test_wire_docs.py checks the goldens."""
    sys.path.insert(0, str(TOOLS))
    try:
        from sdk_keys import dotnet_keys
    finally:
        sys.path.remove(str(TOOLS))

    def check(obj: dict[str, Any], path: str, where: str) -> None:
        declared = dotnet_keys(f"OpenAI-DotNet/{path}")
        names = [key.wire for key in declared]
        assert list(obj) == [n for n in names if n in obj], f"{where}: order {list(obj)} vs {names}"
        for key in declared:
            if key.ignore == "Never":
                assert key.wire in obj, f"{where}: {key.wire} is JsonIgnore(Never)"
        for key, value in obj.items():
            if key in OPAQUE or value is None:
                continue
            nested = DOTNET_NESTED.get(value.get("type") if key == "turn_detection" else key)
            for index, element in enumerate(value if isinstance(value, list) else [value]):
                if isinstance(element, dict) and nested:
                    check(element, nested, f"{where}.{key}[{index}]")

    for relative, number, event in _dotnet_events():
        check(event, DOTNET_EVENTS[event["type"]], f"{relative}:{number}")
        if event["type"] == "response.create" and "response" in event:
            check(event["response"], "Realtime/RealtimeResponseCreateParams.cs", f"{relative}:{number}.response")


# --------------------------------------------------------------------------- the ids agree


@pytest.mark.parametrize("relative", SESSIONS)
def test_ids_agree_across_events(relative: str) -> None:
    _check_ids(relative, _events(relative))


def _check_ids(relative: str, events: list[dict[str, Any]]) -> None:
    event_ids = [e["event_id"] for e in events if "event_id" in e]
    assert len(event_ids) == len(set(event_ids)), "event ids are unique"
    responses: dict[str, str] = {}  # id -> status
    outputs: dict[str, str] = {}  # output item id -> response id
    items: set[str] = set()  # item ids the server reported
    calls: set[str] = set()
    speech: set[str] = set()
    for number, event in enumerate(events, 1):
        kind, where = event["type"], f"{relative}:{number} {event['type']}"
        if kind == "input_audio_buffer.speech_started":
            speech.add(event["item_id"])
        elif kind == "input_audio_buffer.speech_stopped":
            assert event["item_id"] in speech, where
        elif kind == "input_audio_buffer.committed":
            items.add(event["item_id"])
        if kind in ("conversation.item.created", "conversation.item.added", "conversation.item.done"):
            item = event["item"]
            if event.get("previous_item_id"):
                assert event["previous_item_id"] in items, where
            items.add(item["id"])
            if item["type"] == "function_call_output":
                assert item["call_id"] in calls, where
        if kind == "response.created":
            assert event["response"]["id"] not in responses, where
            responses[event["response"]["id"]] = "in_progress"
        elif kind == "response.done":
            assert responses.get(event["response"]["id"]) == "in_progress", where
            responses[event["response"]["id"]] = event["response"]["status"]
            for item in event["response"]["output"]:
                assert outputs[item["id"]] == event["response"]["id"], where
        elif kind == "response.output_item.added":
            assert responses.get(event["response_id"]) == "in_progress", where
            outputs[event["item"]["id"]] = event["response_id"]
            if event["item"]["type"] == "function_call":
                calls.add(event["item"]["call_id"])
        elif kind == "response.cancel":
            assert responses.get(event["response_id"]) == "in_progress", where
        elif kind == "output_audio_buffer.cleared":
            assert "response_id" not in event or event["response_id"] in responses, where
        elif kind.startswith("response.") and "response_id" in event:
            assert responses.get(event["response_id"]) == "in_progress", where
            if "item_id" in event:
                assert outputs[event["item_id"]] == event["response_id"], where
        elif kind in ("conversation.item.truncate", "conversation.item.truncated"):
            assert event["item_id"] in outputs, where
        elif kind == "conversation.item.create" and event["item"]["type"] == "function_call_output":
            assert event["item"]["call_id"] in calls, where
        elif kind == "response.create":
            for item in (event.get("response") or {}).get("input") or []:
                if item["type"] == "item_reference":
                    assert item["id"] in items, where
    assert responses, "a session has responses"
    assert all(status != "in_progress" for status in responses.values()), "every response is done"


def test_sessions_show_what_their_names_say() -> None:
    def types(relative: str) -> list[str]:
        return [e["type"] for e in _events(relative)]

    for dialect in GENERATOR.DIALECTS:
        barge = _events(f"sessions/{dialect}/barge_in.jsonl")
        assert [e["response"]["status"] for e in barge if e["type"] == "response.done"] == ["cancelled", "completed"]
        assert {"response.cancel", "conversation.item.truncate", "output_audio_buffer.clear"} <= set(
            types(f"sessions/{dialect}/barge_in.jsonl")
        )
        assert "output_audio_buffer.cleared" in types(f"sessions/{dialect}/barge_in.jsonl")
        calls = types(f"sessions/{dialect}/function_call.jsonl")
        assert calls.count("response.create") == 1
        assert "response.function_call_arguments.done" in calls
        ptt = types(f"sessions/{dialect}/push_to_talk.jsonl")
        assert "input_audio_buffer.speech_started" not in ptt
        assert {"input_audio_buffer.clear", "input_audio_buffer.commit", "input_audio_buffer.committed"} <= set(ptt)
    ga = types("sessions/openai-ga/voice_turn.jsonl")
    assert "conversation.item.added" in ga
    assert "conversation.item.done" in ga
    assert "conversation.item.created" not in ga
    assert "response.output_audio.delta" in ga
    assert "rate_limits.updated" in ga
    assert "response.audio.delta" in types("sessions/openai/voice_turn.jsonl")
    assert "conversation.item.created" in types("sessions/azure/voice_turn.jsonl")
    creates = [e for e in _events("sessions/azure/out_of_band.jsonl") if e["type"] == "response.create"]
    assert [e["response"].get("cancel_previous") for e in creates] == [False, None]
    assert [len(e["response"].get("append_input_items", [])) for e in creates] == [2, 0]
    assert all(e["response"]["commit"] is False and e["additional_instructions"] for e in creates)
    done = [
        e["response"]["status"] for e in _events("sessions/azure/out_of_band.jsonl") if e["type"] == "response.done"
    ]
    assert done.count("cancelled") == 1


# --------------------------------------------------------------------------- the benchmark session


@cache
def _benchmark() -> ModuleType:
    return load(ROOT / "benchmarks" / "session.py")


@pytest.mark.parametrize("dialect", ["azure", "openai-ga", "openai"])
def test_benchmark_session_is_exact_realistic_and_reproducible(dialect: str) -> None:
    bench = _benchmark()
    lines = list(bench.session(dialect, 80.0, seed=3))
    assert lines == list(bench.session(dialect, 80.0, seed=3))
    assert lines != list(bench.session(dialect, 80.0, seed=4))
    assert all(line.endswith(b"\n") and line.count(b"\n") == 1 for line in lines)
    text = b"".join(lines).decode("utf-8")
    _check_lines(dialect, text, f"benchmark {dialect}")
    events = [json.loads(line) for line in lines]
    _check_ids(f"benchmark {dialect}", events)
    appends = [e for e in events if e["type"] == "input_audio_buffer.append"]
    deltas = [e for e in events if e["type"] in ("response.audio.delta", "response.output_audio.delta")]
    assert abs(len(appends) - 50 * 80) <= 50, "50 appends per second, for the whole session"
    assert {len(e["audio"]) for e in appends} == {1280}, "20 ms of 24 kHz PCM16: 960 bytes"
    assert {len(e["delta"]) for e in deltas} == {1280}
    assert len(deltas) > 50 * 80 * 0.3, "the assistant speaks a good part of the time"
    kinds = {e["type"] for e in events}
    assert {"response.function_call_arguments.done", "response.cancel", "conversation.item.truncate"} <= kinds
    assert sum(e["type"] == "response.done" for e in events) >= 4


def test_benchmark_logs_reach_the_size_asked_for(tmp_path: Path) -> None:
    paths = _benchmark().write_logs(tmp_path, "openai-ga", 0.5, seed=1)
    sizes = [path.stat().st_size for path in paths]
    assert sorted(tmp_path.iterdir()) == sorted(paths)
    assert sum(sizes) >= 500_000
    assert len(set(sizes)) == len(sizes), "sessions of varying lengths"
    assert paths[0].name == "openai-ga-00000.jsonl"
