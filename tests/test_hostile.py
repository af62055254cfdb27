"""Hostile input: whatever arrives, the only exception is a DialectError naming a wire path."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import inspect
import json
import os
import random
import signal
import sys
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects.dialects import names

from .mutations import mutations

DIALECTS = names()


class Color(enum.Enum):
    RED = "red"


@dataclasses.dataclass
class Point:
    x: int
    y: int


#: fixtures/<dialect>/<wire type>/<case>.json
FIXTURES = sorted(
    path for name in DIALECTS for path in (Path(__file__).parent.parent / "fixtures" / name).glob("*/*.json")
)


def only_dialect_errors(action: Callable[[], object]) -> None:
    """Run ``action``; it may succeed, or fail with a DialectError that names ``$``-paths."""
    try:
        action()
    except rd.InvalidPayloadError as error:
        assert error.problems  # noqa: PT017 - success is allowed too, so no pytest.raises
        assert all(problem.path.startswith("$") for problem in error.problems)  # noqa: PT017
        assert "$" in str(error)  # noqa: PT017
    except rd.UnsupportedError as error:
        assert all(loss.path.startswith("$") for loss in error.losses)  # noqa: PT017


def check_everywhere(text: str | bytes) -> None:
    for source in DIALECTS:
        only_dialect_errors(lambda: rd.dialect(source).loads(text))  # noqa: B023
        for target in DIALECTS:
            only_dialect_errors(
                lambda: rd.translate(text, read=source, write=target, on_unsupported="drop")  # noqa: B023
            )


# --------------------------------------------------------------------------- mutations


def nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: "/".join(path.parts[-3:]))
def test_mutated_fixtures_only_ever_raise_dialect_errors(path: Path) -> None:
    rng = random.Random(path.name)
    for text in mutations(path.read_text(encoding="utf-8"), rng):
        check_everywhere(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "type",
                        "response",
                        "event_id",
                        "input_items",
                        "input",
                        "tools",
                        "voice",
                        "modalities",
                        "content",
                        "role",
                        "x",
                    ]
                )
                | st.text(max_size=5),
                inner,
                max_size=5,
            )
        ),
        max_leaves=30,
    )
)
def test_arbitrary_json_only_ever_raises_dialect_errors(value: Any) -> None:
    try:
        text = json.dumps(value)
    except ValueError:
        return
    check_everywhere(text)
    check_everywhere(json.dumps({"type": "response.create", "response": value}))


# --------------------------------------------------------------------------- Python objects


class Opaque:
    pass


loop: dict[str, Any] = {}
loop["self"] = loop


@pytest.mark.parametrize(
    "value",
    [
        {"type": "response.create", "response": {"invoke_input": {"x": {1, 2}}}},
        {"type": "response.create", "response": {"invoke_input": {"x": Opaque()}}},
        {"type": "response.create", "response": {"invoke_input": loop}},
        {"type": "response.create", "response": {"invoke_input": {"x": float("nan")}}},
        {"type": "response.create", "response": {"temperature": float("nan")}},
        {"type": "response.create", "response": {"tools": ({"type": "function", "name": "f"},)}},
        {"type": "response.create", "response": {"metadata": {1: "x"}}},
        {("type",): "response.create"},
        {"type": "response.create", "response": Opaque()},
        Opaque(),
        None,
    ],
)
def test_load_of_python_objects_only_raises_dialect_errors(value: Any) -> None:
    for name in DIALECTS:
        dialect = rd.dialect(name)

        def load_and_write(dialect: rd.Dialect = dialect) -> None:
            dialect.dumps(dialect.load(value), on_unsupported="drop")

        only_dialect_errors(load_and_write)


@pytest.mark.parametrize(
    "params",
    [
        {"temperature": "hot"},
        {"temperature": float("nan")},
        {"temperature": float("inf")},
        {"max_output_tokens": 2.5},
        {"max_output_tokens": True},
        {"input_items": [1]},
        {"input_items": [rd.MessageItem(role="user", content=[1])]},  # type: ignore[list-item]
        {"input_items": [rd.MessageItem(role="robot", content=[])]},  # type: ignore[arg-type]
        {"metadata": {1: 2}},
        {"metadata": "k=v"},
        {"voice": 42},
        {"tools": [{"type": "function", "name": "f"}]},
        {"tool_choice": "sometimes"},
        {"modalities": 3},
        {"output_audio_format": "mp3"},
        {"invoke_input": {"x": float("nan")}},
        {"invoke_input": {"x": {1, 2}}},
        {"invoke_input": loop},
        {"invoke_input": {"deep": nested(300)}},
        {"tools": [rd.FunctionTool(name="f", parameters={"x": float("-inf")})]},
        {"instructions": b"bytes"},
    ],
)
def test_events_built_in_code_with_bad_values_raise_invalid_payload(params: dict[str, Any]) -> None:
    # Each dialect rejects the value with its path, or, when it has no such field
    # at all, reports exactly that field as lost: never writes it, never ignores it.
    event = rd.ResponseCreateEvent(response=rd.ResponseCreateParams(**params))
    (field,) = params
    rejected = 0
    for name in DIALECTS:
        dialect = rd.dialect(name)
        try:
            losses = dialect.losses(event)
        except rd.InvalidPayloadError as error:
            assert all(problem.path.startswith("$.response") for problem in error.problems)  # noqa: PT017
            rejected += 1
            with pytest.raises(rd.InvalidPayloadError):
                dialect.dumps(event, on_unsupported="drop")
        else:
            assert [loss.path for loss in losses] == [f"$.response.{field}"], name
    assert rejected >= 1


def test_a_neutral_object_of_the_wrong_class_is_reported_not_crashed_on() -> None:
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.dumps(rd.ResponseCreateEvent(response={"commit": True}))  # type: ignore[arg-type]
    assert caught.value.paths == ("$.response",)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_writing_never_produces_non_json_numbers(value: float) -> None:
    event = rd.ResponseCreateEvent(
        response=rd.ResponseCreateParams(
            tools=[rd.FunctionTool(name="f", parameters={"default": value})], invoke_input={"n": value}
        )
    )
    for name in DIALECTS:
        try:
            text = rd.dialect(name).dumps(event, on_unsupported="drop")
        except rd.InvalidPayloadError as error:
            assert "$.response.tools[0].parameters.default" in error.paths  # noqa: PT017
        else:  # pragma: no cover - would be a bug
            pytest.fail(f"{name} wrote {text!r}")


def test_many_problems_in_a_large_payload_are_all_kept_and_the_message_stays_short() -> None:
    bad_item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": 1}]}
    payload = {"type": "response.create", "response": {"input_items": [bad_item] * 400, "temperature": 9}}
    text = json.dumps(payload)
    assert len(text) > 20_000
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.loads(text)
    assert len(caught.value.problems) == 401
    message = str(caught.value)
    assert "401 problems" in message
    assert "… and 381 more" in message
    assert len(message.splitlines()) == 22


# --------------------------------------------------------------------------- threads


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")
def test_a_process_forked_while_another_thread_builds_can_translate() -> None:
    # Building a class holds the dialect's and the namespace's locks for milliseconds; a process
    # forked then (a fork-based pool) found them held by a thread it does not have, for ever.
    from realtime_dialects.translate import translation

    rd.translate('{"type": "input_audio_buffer.commit"}', read="azure", write="openai")
    namespace = translation("azure", "openai")._namespace
    assert namespace is not None
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        with namespace._lock, rd.AZURE._lock:
            held.set()
            done.wait()

    threading.Thread(target=hold, daemon=True).start()
    held.wait()
    try:
        pid = os.fork()
        if pid == 0:  # the child: translate something new, or be stopped by the alarm
            signal.alarm(20)
            rd.translate('{"type": "response.create", "response": {"instructions": "x"}}', read="azure", write="openai")
            os._exit(0)
        _, status = os.waitpid(pid, 0)
    finally:
        done.set()
    assert os.waitstatus_to_exitcode(status) == 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks")
def test_a_process_forked_while_another_thread_settles_a_build_can_prepare() -> None:
    # A build marks its unit built, then forgets its builder. A child forked between the two inherited
    # a unit in both states, and build_all() (what prepare() runs) spun on it for ever at full speed.
    from realtime_dialects.dialects._codegen import Namespace

    namespace = Namespace("test-fork", {}, None)
    namespace.require("unit_a", lambda unit: unit.define("", "", ["return 1"], main=True))
    build = Namespace.build.__code__
    between, resume = threading.Event(), threading.Event()
    settling = next(
        number
        for number, line in enumerate(inspect.getsource(Namespace.build).splitlines(), build.co_firstlineno)
        if line.strip() == "self._built.add(name)"
    )

    def pause_after_marking_built(frame: Any, event: str, arg: Any) -> Any:
        if frame.f_code is not build:
            return None

        def line(frame: Any, event: str, arg: Any) -> Any:
            if event == "line" and frame.f_lineno > settling and not between.is_set():
                between.set()
                resume.wait()
            return line

        return line

    def building() -> None:
        sys.settrace(pause_after_marking_built)
        namespace.build("unit_a")

    thread = threading.Thread(target=building, daemon=True)
    thread.start()
    between.wait()
    try:
        assert "unit_a" in namespace._built
        pid = os.fork()
        if pid == 0:  # the child: build everything required, or be stopped by the alarm
            signal.alarm(20)
            namespace.build_all()
            os._exit(0 if namespace.globals["unit_a"]() == 1 and not namespace._builders else 1)
        _, status = os.waitpid(pid, 0)
    finally:
        resume.set()
        thread.join()
    assert os.waitstatus_to_exitcode(status) == 0


def test_dialects_are_safe_to_share_between_threads() -> None:
    texts = [path.read_text(encoding="utf-8") for path in FIXTURES]
    jobs = [
        (text, source, target)
        for text, path in zip(texts, FIXTURES, strict=True)
        for source in [path.parent.parent.name]
        for target in DIALECTS
    ]

    def run(job: tuple[str, str, str]) -> tuple[str, tuple[rd.Loss, ...]]:
        text, source, target = job
        try:
            return rd.translate_with_losses(text, read=source, write=target)
        except rd.UnsupportedError as error:  # an event the target has no counterpart for
            return "", error.losses

    expected = [run(job) for job in jobs]
    barrier = threading.Barrier(8)

    def start(job: tuple[str, str, str]) -> tuple[str, tuple[rd.Loss, ...]]:
        return run(job)

    def converter_first(_: int) -> object:
        barrier.wait()
        return [rd.dialect(name).converter for name in DIALECTS]

    with ThreadPoolExecutor(max_workers=8) as pool:
        converters = list(pool.map(converter_first, range(8)))
        results = list(pool.map(start, jobs * 4))
    assert results == expected * 4
    # The converter is built once, however many threads ask for it first.
    assert all(found == converters[0] for found in converters)
    assert all(a is b for found in converters for a, b in zip(found, converters[0], strict=True))


# --------------------------------------------------------------------------- limits and decisions

EVENT_TEXT = '{"type": "response.create", "response": %s}'


def deep_text(levels: int) -> str:
    return "[" * levels + "]" * levels


OPAQUE = ['{"invoke_input": {"x": %s}}', '{"tools": [{"type": "function", "name": "f", "parameters": {"x": %s}}]}']
TYPED = ['{"input_items": %s}', '{"metadata": %s}', '{"voice": %s}']


@pytest.mark.parametrize("where", OPAQUE + TYPED)
def test_nesting_beyond_what_json_text_may_hold_is_refused_on_read(where: str) -> None:
    text = EVENT_TEXT % (where % deep_text(2000))
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError, match="depth limit") as caught:
            rd.dialect(name).loads(text)
        assert caught.value.paths == ("$",)


@pytest.mark.parametrize("where", TYPED)
@pytest.mark.parametrize("levels", [1000, 500])
def test_deep_nesting_at_typed_positions_is_refused_with_a_path(where: str, levels: int) -> None:
    text = EVENT_TEXT % (where % deep_text(levels))
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError) as caught:
            rd.dialect(name).loads(text)
        assert all(path.startswith("$.response.") for path in caught.value.paths)


@pytest.mark.parametrize("where", OPAQUE)
@pytest.mark.parametrize("levels", [199, 200, 201, 300, 1000])
def test_deep_opaque_json_is_read_and_each_writer_refuses_what_it_cannot_write(where: str, levels: int) -> None:
    # Text is read as deep as orjson parses it (1024 levels); a writer whose encoder cannot
    # go that deep refuses with the path into the value, never with anything but a DialectError.
    text = EVENT_TEXT % (where % deep_text(levels))
    opaque = "$.response.invoke_input.x" if "invoke_input" in where else "$.response.tools[0].parameters.x"
    for source in ["azure"] if "invoke_input" in where else DIALECTS:  # invoke_input is Azure's alone
        event = rd.dialect(source).loads(text)
        for target in DIALECTS:
            try:
                out = rd.translate(text, read=source, write=target, on_unsupported="drop")
            except rd.InvalidPayloadError as error:
                assert levels > 200
                assert all(path.startswith(opaque) for path in error.paths)  # noqa: PT017
            else:
                assert rd.dialect(target).loads(out).response is not None
            try:
                rd.dialect(target).dumps(event, on_unsupported="drop")
            except rd.InvalidPayloadError as error:
                assert levels > 200
                assert all(path.startswith(opaque) for path in error.paths)  # noqa: PT017
    # Every dialect writes the documented 200 levels, trusted or not.
    if levels <= 199:
        for target in DIALECTS:
            rd.dialect(target).dumps(rd.AZURE.loads(text), on_unsupported="drop")


@pytest.mark.parametrize("levels", [199, 200, 201, 300])
def test_already_parsed_input_is_held_to_200_levels_in_all(levels: int) -> None:
    # load() takes Python objects, which may hold anything; it checks them as a whole first.
    value = json.loads(EVENT_TEXT % ('{"invoke_input": {"x": ' + deep_text(levels - 3) + "}}"))  # root + 3 objects
    if levels <= 200:
        assert rd.AZURE.load(value).response is not None
    else:
        with pytest.raises(rd.InvalidPayloadError, match="nested deeper than 200 levels") as caught:
            rd.AZURE.load(value)
        assert caught.value.paths[0].startswith("$.response.invoke_input.x")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
@pytest.mark.parametrize("where", ['{"temperature": %s}', '{"invoke_input": {"x": %s}}', '{"max_output_tokens": %s}'])
def test_non_finite_number_literals_are_malformed_json(literal: str, where: str) -> None:
    text = EVENT_TEXT % (where % literal)
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError, match="malformed JSON") as caught:
            rd.dialect(name).loads(text)
        assert caught.value.paths == ("$",)


def test_integers_beyond_64_bits_are_read_as_floats_and_refused_when_built_in_code() -> None:
    # orjson reads integers outside [-2**63, 2**64 - 1] as the nearest float, as
    # JavaScript's JSON.parse does; the value written afterwards is that float.
    text = EVENT_TEXT % '{"invoke_input": {"big": %d, "max": %d}}' % (10**40, 2**64 - 1)
    event = rd.AZURE.loads(text)
    assert event.response is not None
    assert event.response.invoke_input == {"big": 1e40, "max": 2**64 - 1}
    assert json.loads(rd.AZURE.dumps(event))["response"]["invoke_input"] == {"big": 1e40, "max": 2**64 - 1}
    # A typed field says what it expects.
    with pytest.raises(rd.InvalidPayloadError, match=r"max_output_tokens: expected an integer from 1 to 4096"):
        rd.AZURE.loads(EVENT_TEXT % '{"max_output_tokens": %d}' % 10**40)
    # Built in code (or handed to load()), an exact integer no dialect can write or read back is refused.
    built = rd.ResponseCreateEvent(
        response=rd.ResponseCreateParams(
            invoke_input={"big": 10**40}, tools=[rd.FunctionTool(name="f", parameters={"min": -(2**63) - 1})]
        )
    )
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError, match="integer beyond 64 bits") as caught:
            rd.dialect(name).dumps(built, on_unsupported="drop")
        assert "$.response.tools[0].parameters.min" in caught.value.paths
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.load({"type": "response.create", "response": {"invoke_input": {"big": 10**40}}})
    assert caught.value.paths == ("$.response.invoke_input.big",)


@pytest.mark.parametrize(
    "text",
    [
        EVENT_TEXT % '{"instructions": "\\ud800"}',  # escaped lone high surrogate
        EVENT_TEXT % '{"instructions": "\\udc00x"}',  # escaped lone low surrogate
        EVENT_TEXT % '{"metadata": {"\\ud83d": "x"}}',  # in a key
        EVENT_TEXT % '{"instructions": "\ud800"}',  # a str that cannot be UTF-8
    ],
)
def test_lone_surrogates_are_refused_on_read(text: str) -> None:
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError, match="malformed JSON"):
            rd.dialect(name).loads(text)
    # A proper pair is fine, and comes back as the same character.
    pair = EVENT_TEXT % '{"instructions": "\\ud83d\\ude00"}'
    for name in DIALECTS:
        event = rd.dialect(name).loads(pair)
        assert event.response is not None
        assert event.response.instructions == "\N{GRINNING FACE}"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"type": "response.create", "event_id": "caf\xe9"}', "not UTF-8: byte 0xe9 at offset 44"),
        (bytearray(b'{"type": "\xc3"}'), "not UTF-8: byte 0xc3 at offset 10"),
        ('{"type": "response.create"}'.encode("utf-16"), "UTF-16 text (it begins with a UTF-16 byte order mark)"),
        ('{"event_id": "\ud800"}', "a lone surrogate (U+D800) at index 14"),
        (b'\xef\xbb\xbf{"type": "response.create"}', "UTF-8 byte order mark (BOM) is not supported"),
    ],
)
def test_text_that_is_not_utf8_is_refused_saying_where(data: bytes | str, message: str) -> None:
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError) as caught:
            rd.dialect(name).loads(data)
        (problem,) = caught.value.problems
        assert str(problem).startswith(f"$: malformed JSON: {message}")
        with pytest.raises(rd.InvalidPayloadError, match="malformed JSON"):
            rd.translate(data, read=name, write="openai-ga")


def test_lone_surrogates_are_refused_on_write_with_their_paths() -> None:
    # json.dumps would escape them as \\ud800, which no JSON reader (ours included) accepts back.
    cases = {
        "$.response.instructions": rd.ResponseCreateParams(instructions="a\ud800"),
        "$.response.metadata": rd.ResponseCreateParams(metadata={"\udfff": "x"}),
        "$.response.tools[0].parameters.k": rd.ResponseCreateParams(
            tools=[rd.FunctionTool(name="f", parameters={"k": "\ud800"})]
        ),
    }
    for path, params in cases.items():
        event = rd.ResponseCreateEvent(response=params)
        for name in DIALECTS:
            with pytest.raises(rd.InvalidPayloadError, match="lone surrogate") as caught:
                rd.dialect(name).dumps(event, on_unsupported="drop")
            assert caught.value.paths == (path,)
    emoji = rd.ResponseCreateEvent(response=rd.ResponseCreateParams(instructions="\N{GRINNING FACE}"))
    for name in DIALECTS:
        dialect = rd.dialect(name)
        back = dialect.loads(dialect.dumps(emoji)).response
        assert back is not None
        assert back.instructions == "\N{GRINNING FACE}"


@pytest.mark.parametrize(
    "value",
    [
        {"x": {1, 2}},
        {"x": Opaque()},
        {"x": float("nan")},
        {"x": float("-inf")},
        {"x": b"bytes"},
        # Values orjson writes as JSON of its own choosing: refused as the others are.
        {"x": datetime.date(2024, 1, 1)},
        {"x": datetime.datetime(2024, 1, 1, 12, 0)},
        {"x": uuid.UUID(int=1)},
        {"x": Color.RED},
        {"x": Point(1, 2)},
        {"x": orjson.Fragment(b"1")},
        {1: "non-string key"},
        loop,
    ],
)
def test_load_refuses_non_json_values_in_opaque_fields_at_once(value: Any) -> None:
    # What load() accepts, the same dialect can write: no error waits for dumps().
    payload = {"type": "response.create", "response": {"invoke_input": value}}
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.load(payload)
    assert all(path.startswith("$.response.invoke_input") for path in caught.value.paths)
    tool = {"type": "function", "name": "f", "parameters": value}
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError) as caught:
            rd.dialect(name).load({"type": "response.create", "response": {"tools": [tool]}})
        assert all(path.startswith("$.response.tools[0].parameters") for path in caught.value.paths)


def test_events_built_in_code_with_values_json_has_not_are_refused_by_every_dialect() -> None:
    parameters = {"when": datetime.date(2024, 1, 1), "id": uuid.UUID(int=1), "color": Color.RED}
    event = rd.ResponseCreateEvent(
        response=rd.ResponseCreateParams(tools=[rd.FunctionTool(name="f", parameters=parameters)])
    )
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError) as caught:
            rd.dialect(name).dumps(event)
        assert set(caught.value.paths) == {f"$.response.tools[0].parameters.{key}" for key in parameters}, name


def test_tuples_in_opaque_values_are_written_as_lists_beside_a_null_too() -> None:
    # A null used to send the value to the exact check, which refused the tuple beside it.
    for parameters in ({"t": (1, 2)}, {"t": (1, 2), "n": None}):
        event = rd.ResponseCreateEvent(
            response=rd.ResponseCreateParams(tools=[rd.FunctionTool(name="f", parameters=parameters)])
        )
        for name in DIALECTS:
            assert "[1, 2]" in rd.dialect(name).dumps(event).replace("[1,2]", "[1, 2]"), name


def test_a_beta_number_is_no_problem_where_the_encoder_refuses_something_else() -> None:
    # OpenAI-DotNet's numbers are written as .NET floats; where the encoder fails on the depth of a
    # schema, only the schema is named.
    deep: dict[str, Any] = {}
    for _ in range(300):
        deep = {"a": deep}
    tool = {"type": "function", "name": "f", "parameters": deep}
    text = json.dumps({"type": "response.create", "response": {"temperature": 0.8, "tools": [tool]}})
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.translate(text, read="azure", write="openai")
    assert [path.startswith("$.response.tools[0].parameters.a.a") for path in caught.value.paths] == [True]


def test_subclasses_of_json_types_are_described_by_their_class() -> None:
    class Text(str):
        pass

    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.load({"type": "response.create", "response": {"instructions": Text("hi")}})
    # Read from Python objects, it is no JSON value; built in code, it is no string for the attribute.
    assert caught.value.problems == (rd.Problem("$.response.instructions", "not a JSON value: a Python Text"),)
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.dumps(rd.ResponseCreateEvent(response=rd.ResponseCreateParams(instructions=Text("hi"))))
    assert caught.value.problems == (rd.Problem("$.response.instructions", "expected a string, got a Python Text"),)


@pytest.mark.parametrize("length", [200, 201, 10_000_000])
def test_an_unknown_event_type_is_shown_whole_up_to_200_characters(length: int) -> None:
    # Event types are shown whole, for a typo in them to be seen (they were cut at 40 characters);
    # megabytes of one are cut, and not compared with the dialect's types for a near miss.
    kind = "response.create" + "x" * (length - len("response.create"))
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.OPENAI_GA.loads(json.dumps({"type": kind}))
    message = caught.value.problems[0].message
    shown = repr(kind) if length <= 200 else repr(kind[:200] + "…")
    assert message.startswith(f"unknown event type {shown}; openai-ga has {len(rd.OPENAI_GA.events())}: ")
    assert len(message) < 3000


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"input_items": rd.MessageItem(role="user", content=[])}, "expected a list, got a Python MessageItem"),
        ({"tools": 5}, "expected a list, got 5"),
        ({"tools": {"type": "function"}}, "expected a list, got an object"),
        ({"input_items": [rd.MessageItem(role="user", content="hi")]}, "expected a list, got string 'hi'"),
    ],
)
def test_events_built_with_a_non_sequence_where_a_list_belongs_are_reported(
    params: dict[str, Any], message: str
) -> None:
    # The model keeps what is not a sequence as given (no TypeError, no list of characters).
    event = rd.ResponseCreateEvent(response=rd.ResponseCreateParams(**params))
    for name in DIALECTS:
        with pytest.raises(rd.InvalidPayloadError) as caught:
            rd.dialect(name).dumps(event, on_unsupported="drop")
        assert [problem.message for problem in caught.value.problems] == [message]


def test_input_larger_than_max_size_is_refused_before_parsing() -> None:
    text = EVENT_TEXT % ('{"instructions": "%s"}' % ("x" * 1000))
    for name in DIALECTS:
        dialect = rd.dialect(name)
        assert dialect.loads(text, max_size=len(text)) == dialect.loads(text)
        with pytest.raises(rd.InvalidPayloadError, match=f"exceeds max_size={len(text) - 1}") as caught:
            dialect.loads(text.encode(), max_size=len(text) - 1)
        assert caught.value.paths == ("$",)
        with pytest.raises(rd.InvalidPayloadError, match="max_size=10"):
            rd.translate(text, read=name, write=name, max_size=10)
        with pytest.raises(rd.InvalidPayloadError, match="max_size=10"):
            rd.translate_with_losses(text, read=name, write=name, max_size=10)
    from realtime_dialects import MAX_INPUT_SIZE

    assert MAX_INPUT_SIZE == 32 * 1024 * 1024
    huge = EVENT_TEXT % ('{"instructions": "%s"}' % ("x" * MAX_INPUT_SIZE))
    with pytest.raises(rd.InvalidPayloadError, match="exceeds max_size"):
        rd.AZURE.loads(huge)
    assert rd.AZURE.loads(huge, max_size=None).response is not None


NOT_TEXT = [None, 0, 1.5, {"type": "input_audio_buffer.commit"}, ["{}"], ("{}",), {"{}"}, object()]


@pytest.mark.parametrize("value", NOT_TEXT, ids=lambda value: type(value).__name__)
@pytest.mark.parametrize("max_size", [rd.MAX_INPUT_SIZE, None])
def test_a_value_that_is_not_text_is_refused_as_such_everywhere(value: Any, max_size: int | None) -> None:
    message = f"expected JSON text (str or bytes), got a Python {type(value).__name__}"
    # Parsed JSON (a dict, a list) is told what to do with it: loads() has load() beside it; the rest
    # take the text. Other values are not JSON at all: there is nothing to point to.
    parsed = type(value) in (dict, list)
    loads = f"{message}; use load() for parsed JSON" if parsed else message
    text = f"{message}; give its JSON text (json.dumps)" if parsed else message
    calls: list[tuple[Callable[[], Any], str]] = [
        (lambda: rd.AZURE.loads(value, max_size=max_size), loads),
        (lambda: rd.translate(value, read="azure", write="openai", max_size=max_size), text),
        (lambda: rd.translate_with_losses(value, read="azure", write="openai-ga", max_size=max_size), text),
        (lambda: rd.Translator(read="azure", write="openai", max_size=max_size).feed(value), text),
        (lambda: list(rd.translate_session([value], read="azure", write="openai", max_size=max_size)), text),
        (
            lambda: list(
                rd.translate_session(['{"type": "input_audio_buffer.commit"}', value], read="azure", write="openai")
            ),
            text,
        ),
    ]
    for call, said in calls:
        with pytest.raises(rd.InvalidPayloadError) as caught:
            call()
        assert [(problem.path, problem.message) for problem in caught.value.problems] == [("$", said)]


def test_parsed_json_given_to_loads_is_pointed_to_load() -> None:
    event = {"type": "input_audio_buffer.append", "audio": "AAA="}
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.loads(event)
    assert str(caught.value) == (
        "invalid payload for dialect 'azure': 1 problem\n"
        "  $: expected JSON text (str or bytes), got a Python dict; use load() for parsed JSON"
    )
    assert rd.AZURE.load(event) == rd.AZURE.loads(json.dumps(event))  # what it points to reads it


def test_a_line_that_is_not_text_is_reported_with_its_number_not_skipped_as_blank() -> None:
    from .line_reports import Recorder

    lines = [None, 0, {}, b"", '{"type": "input_audio_buffer.commit"}']
    report = Recorder()
    texts = list(rd.Translator(read="azure", write="openai-ga").feed_lines(lines, report))
    assert texts == ['{"type":"input_audio_buffer.commit"}']
    assert report.told == [
        ("invalid", 1, [("$", "expected JSON text (str or bytes), got a Python NoneType")]),
        ("invalid", 2, [("$", "expected JSON text (str or bytes), got a Python int")]),
        (
            "invalid",
            3,
            [("$", "expected JSON text (str or bytes), got a Python dict; give its JSON text (json.dumps)")],
        ),
        ("ended", 5, 1),
    ]


@pytest.mark.parametrize("max_size", ["1000", b"1", [1]])
def test_a_max_size_that_is_not_a_number_is_refused_as_the_callers_not_the_payloads(max_size: Any) -> None:
    text = '{"type": "input_audio_buffer.commit"}'
    calls: list[Callable[[], Any]] = [
        lambda: rd.AZURE.loads(text, max_size=max_size),
        lambda: rd.translate(text, read="azure", write="openai", max_size=max_size),
        lambda: rd.translate_with_losses(text, read="azure", write="openai", max_size=max_size),
        lambda: rd.Translator(read="azure", write="openai", max_size=max_size),
        lambda: rd.translate_session([text], read="azure", write="openai", max_size=max_size),
    ]
    for call in calls:
        with pytest.raises(TypeError, match="max_size must be an int or None"):
            call()


@pytest.mark.parametrize("cl", ["ConversationItemAddedEvent", "Prompt", "Modality", "RateLimitsUpdatedEvent"])
def test_reading_into_a_class_the_dialect_has_no_form_for_says_so(cl: str) -> None:
    if rd.AZURE.has_shape(cl):
        pytest.skip(f"azure has {cl}")
    with pytest.raises(TypeError, match=f"azure has no {cl}: there is nothing to read it from"):
        rd.AZURE.loads('{"type": "conversation.item.added"}', cl=getattr(rd, cl))


@pytest.mark.parametrize("cl", ["Tool", "Item", "ContentPart"])
def test_reading_into_a_union_of_classes_that_are_not_events_is_a_wrong_call(cl: str) -> None:
    # It blamed the payload: "$.type: unknown event type string 'function'; azure has 0:".
    with pytest.raises(TypeError, match="cl must be one class, or a union of event classes"):
        rd.AZURE.loads('{"type": "function", "name": "f"}', cl=getattr(rd, cl))
    with pytest.raises(TypeError, match="cl must be one class, or a union of event classes"):
        rd.AZURE.load({"type": "function", "name": "f"}, cl=getattr(rd, cl))
    assert rd.AZURE.loads('{"type": "function", "name": "f"}', cl=rd.FunctionTool) == rd.FunctionTool(name="f")
    commit = '{"type": "input_audio_buffer.commit"}'
    assert rd.AZURE.loads(commit, cl=rd.InputAudioBufferCommitEvent | None) == rd.InputAudioBufferCommitEvent()


class _Text(str):
    pass


class _Bytes(bytes):
    pass


def test_text_of_a_subclass_of_str_or_bytes_is_read_as_its_value() -> None:
    # orjson takes neither; it was refused as "malformed JSON: Input must be bytes, bytearray, memoryview, or str".
    event = '{"type": "input_audio_buffer.commit"}'
    expected = '{"type":"input_audio_buffer.commit"}'
    for text in (_Text(event), _Bytes(event.encode())):
        assert rd.AZURE.loads(text) == rd.InputAudioBufferCommitEvent()
        assert rd.translate(text, read="azure", write="openai-ga") == expected
        assert rd.Translator(read="azure", write="openai-ga").feed(text) == [expected]
    with pytest.raises(rd.InvalidPayloadError, match="malformed JSON"):
        rd.AZURE.loads(_Text('{"type": '))


def test_a_strided_memoryview_is_read_as_the_bytes_it_shows() -> None:
    # orjson reads a contiguous view only: translate() and loads() refused this one as "malformed JSON: Input
    # must be bytes, bytearray, memoryview, or str", while Translator.feed() read it.
    event = b'{"type": "input_audio_buffer.commit"}'
    view = memoryview(b" ".join(bytes([byte]) for byte in event))[::2]
    assert bytes(view) == event
    assert not view.c_contiguous
    expected = '{"type":"input_audio_buffer.commit"}'
    assert rd.AZURE.loads(view) == rd.InputAudioBufferCommitEvent()
    assert rd.translate(view, read="azure", write="openai-ga") == expected
    assert rd.translate_with_losses(view, read="azure", write="openai") == (expected, ())
    assert rd.Translator(read="azure", write="openai-ga").feed(view) == [expected]


def test_a_line_is_held_to_max_size_without_the_newline_that_ends_it() -> None:
    event = '{"type": "input_audio_buffer.commit"}'
    for ending in ("", "\n", "\r\n"):
        for line in (event + ending, (event + ending).encode()):
            out = rd.translate_session([line], read="azure", write="openai-ga", max_size=len(event))
            assert list(out) == ['{"type":"input_audio_buffer.commit"}'], repr(line)
            with pytest.raises(rd.InvalidPayloadError, match=f"input of {len(event)} bytes or characters exceeds"):
                list(rd.translate_session([line], read="azure", write="openai-ga", max_size=len(event) - 1))
            # A line fed on its own, as the README's loop does, is held to the same limit.
            translator = rd.Translator(read="azure", write="openai-ga", max_size=len(event))
            assert translator.feed(line) == ['{"type":"input_audio_buffer.commit"}'], repr(line)
            if isinstance(line, bytes):
                assert translator.feed(memoryview(line)) == ['{"type":"input_audio_buffer.commit"}'], repr(line)
            short = rd.Translator(read="azure", write="openai-ga", max_size=len(event) - 1)
            with pytest.raises(rd.InvalidPayloadError, match=f"input of {len(event)} bytes or characters exceeds"):
                short.feed(line)


@pytest.mark.parametrize("name", DIALECTS)
def test_problems_of_every_dialect_are_named_in_its_own_wire_vocabulary(name: str) -> None:
    # max_output_tokens is written under a different key by some dialects; the
    # problem path must be the key the payload used, whatever the neutral name.
    dialect = rd.dialect(name)
    good = dialect.dumps(rd.ResponseCreateEvent(response=rd.ResponseCreateParams(max_output_tokens=7)))
    wire = json.loads(good)
    (key,) = [key for key, value in wire["response"].items() if value == 7]
    wire["response"][key] = "seven"
    wire["response"]["no_such_key"] = 1
    with pytest.raises(rd.InvalidPayloadError) as caught:
        dialect.load(wire)
    assert set(caught.value.paths) == {f"$.response.{key}", "$.response.no_such_key"}


@pytest.mark.parametrize(
    ("name", "role", "part", "message"),
    [
        ("azure", "assistant", "input_text", "an assistant message takes 'text' parts, not 'input_text'"),
        (
            "azure",
            "user",
            "text",
            "a user message takes 'input_text', 'input_audio' or 'input_image' parts, not 'text'",
        ),
        ("openai", "user", "text", "a user message takes 'input_text' or 'input_audio' parts, not 'text'"),
        ("openai", "assistant", "input_text", "an assistant message takes 'text' or 'audio' parts, not 'input_text'"),
        ("openai", "system", "audio", "a system message takes 'input_text' parts, not 'audio'"),
        (
            "openai-ga",
            "assistant",
            "input_audio",
            "an assistant message takes 'output_text' or 'output_audio' parts, not 'input_audio'",
        ),
    ],
)
def test_a_part_a_role_does_not_take_is_named_in_the_dialects_own_tags(
    name: str, role: str, part: str, message: str
) -> None:
    # The rule named parts by the model's kinds ("output text, output audio, not input text"), and named parts the
    # dialect has not: Azure's requests have no assistant audio, beta's messages no image.
    content = {"type": part, "text": "x"} if "text" in part else {"type": part, "audio": "AAAA"}
    event = json.dumps(
        {"type": "conversation.item.create", "item": {"type": "message", "role": role, "content": [content]}}
    )
    for read in (lambda: rd.dialect(name).loads(event), lambda: rd.translate(event, read=name, write=name)):
        with pytest.raises(rd.InvalidPayloadError) as caught:
            read()
        assert [(problem.path, problem.message) for problem in caught.value.problems] == [
            ("$.item.content[0]", message)
        ]


@pytest.mark.parametrize(("name", "misplaced"), [("azure", "text"), ("openai", "text"), ("openai-ga", "output_text")])
def test_a_part_a_role_does_not_take_is_said_beside_a_problem_inside_another(name: str, misplaced: str) -> None:
    # A problem inside one part hid the role's rule for the others: only content[0].text was said, and the
    # misplaced part came to light once it was mended. A part of an unknown tag is the union's to say, once.
    content = [{"type": "input_text", "text": 1}, {"type": misplaced, "text": "x"}, {"type": "zz"}]
    event = json.dumps(
        {"type": "conversation.item.create", "item": {"type": "message", "role": "user", "content": content}}
    )
    for read in (lambda: rd.dialect(name).loads(event), lambda: rd.translate(event, read=name, write=name)):
        with pytest.raises(rd.InvalidPayloadError) as caught:
            read()
        paths = [problem.path for problem in caught.value.problems]
        assert sorted(paths) == ["$.item.content[0].text", "$.item.content[1]", "$.item.content[2].type"]
        (said,) = [problem.message for problem in caught.value.problems if problem.path == "$.item.content[1]"]
        assert said.startswith("a user message takes 'input_text'")
        assert said.endswith(f"parts, not {misplaced!r}")


def test_a_part_a_role_does_not_take_is_named_in_the_tags_of_the_servers_form() -> None:
    # Azure's server items have assistant audio, which its requests have not.
    item = {"id": "i", "type": "message", "role": "assistant", "content": [{"type": "input_text", "text": "x"}]}
    event = {"type": "conversation.item.created", "event_id": "e", "previous_item_id": None, "item": item}
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.loads(json.dumps(event))
    assert [(problem.path, problem.message) for problem in caught.value.problems] == [
        ("$.item.content[0]", "an assistant message takes 'text' or 'audio' parts, not 'input_text'")
    ]


@pytest.mark.parametrize("name", DIALECTS)
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("4096", "an integer from 1 to 4096 or 'inf', got string '4096'"),
        ("auto", "an integer from 1 to 4096 or 'inf', got string 'auto'"),
        (1.5, "an integer from 1 to 4096 or 'inf', got 1.5"),
        ({}, "an integer from 1 to 4096 or 'inf', got an object"),
        (5000, "an integer from 1 to 4096, got 5000"),  # an integer out of the range is told the range
    ],
)
def test_a_value_no_alternative_takes_is_told_every_alternative(name: str, value: Any, expected: str) -> None:
    # A string that was not "inf" was told only `expected 'inf'`, where a float was told both alternatives.
    dialect = rd.dialect(name)
    wire = json.loads(dialect.dumps(rd.ResponseCreateEvent(response=rd.ResponseCreateParams(max_output_tokens=7))))
    (key,) = [key for key, held in wire["response"].items() if held == 7]
    wire["response"][key] = value
    with pytest.raises(rd.InvalidPayloadError) as caught:
        dialect.loads(json.dumps(wire))
    assert [(problem.path, problem.message) for problem in caught.value.problems] == [
        (f"$.response.{key}", f"expected {expected}")
    ]


def test_a_value_built_in_code_is_expected_in_the_models_terms() -> None:
    # A writer is given neutral values: it said "expected one of 'pcm16', ..., got string 'mp3'",
    # and "not ?" for a part that is no model object. (A member's value, "pcm16", becomes the member.)
    event = rd.ResponseCreateEvent(response=rd.ResponseCreateParams(output_audio_format="mp3"))
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.OPENAI.dumps(event)
    assert [problem.message for problem in caught.value.problems] == [
        "expected one of AudioFormat.PCM16, AudioFormat.G711_ULAW, AudioFormat.G711_ALAW, got string 'mp3'"
    ]
    item = rd.MessageItem(role="user", content=["Hi"])
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.dumps(rd.ConversationItemCreateEvent(item=item))
    assert [problem.message for problem in caught.value.problems] == [
        "a user message takes InputText, InputAudio or InputImage parts, not string 'Hi'"
    ]
    item = rd.MessageItem(role="assistant", content=[rd.InputText(text="Hi")])
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.dumps(rd.ConversationItemCreateEvent(item=item))
    assert [problem.message for problem in caught.value.problems] == [
        "an assistant message takes OutputText or OutputAudio parts, not InputText"
    ]


@pytest.mark.parametrize("blank", ["", "\n", " \t", b"", bytearray(b"\r\n"), memoryview(b" ")], ids=repr)
def test_empty_text_is_told_so_one_way(blank: str | bytes | bytearray | memoryview) -> None:
    # orjson words it two ways: "Input is a zero-length, empty document" for nothing at all, "input data is
    # empty" for whitespace, and a line's newline taken off turned the one into the other.
    for read in (
        lambda: rd.AZURE.loads(blank),
        lambda: rd.translate(blank, read="azure", write="openai"),
        lambda: rd.Translator(read="azure", write="azure").feed(blank),
    ):
        with pytest.raises(rd.InvalidPayloadError) as caught:
            read()
        assert [(problem.path, problem.message) for problem in caught.value.problems] == [
            ("$", "malformed JSON: empty input, no JSON value")
        ]
