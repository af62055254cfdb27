"""Hostile input: whatever arrives, the only exception is a DialectError naming a wire path."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects.dialects import names

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("*/*.json"))
DIALECTS = names()


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


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths(child, (*prefix, index))
    return found


def replace(root: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    parent = root
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return root


def nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


REPLACEMENTS: list[Any] = [
    None,
    True,
    0,
    -1,
    2**70,
    1.5,
    "",
    "x",
    [],
    {},
    [1, "a"],
    {"type": "bogus"},
    {"unknown": 1},
    "x" * 1_000_000,
]


def mutations(text: str, rng: random.Random) -> list[str | bytes]:
    data = json.loads(text)
    where = paths(data)
    out: list[str | bytes] = []
    for _ in range(12):
        copy = json.loads(text)
        path = rng.choice(where)
        out.append(json.dumps(replace(copy, path, rng.choice(REPLACEMENTS))))
    for path in rng.sample(where, min(4, len(where))):
        if path:  # delete a key or element
            copy = json.loads(text)
            parent = copy
            for step in path[:-1]:
                parent = parent[step]
            del parent[path[-1]]
            out.append(json.dumps(copy))
        copy = json.loads(text)
        container = copy
        for step in path:
            container = container[step]
        if isinstance(container, dict):
            container["injected_key"] = 1
            container["type"] = "not_a_known_type"
            out.append(json.dumps(copy))
    copy = json.loads(text)
    deep = json.dumps(replace(copy, rng.choice(where), "DEEP"))
    out.append(deep.replace('"DEEP"', "[" * 3000 + "]" * 3000, 1))
    out += [
        text[: rng.randrange(len(text))],  # truncated
        text.replace(":", ': NaN, "k":', 1),  # NaN literal
        text.replace("{", '{"type": "a", "type": "b", ', 1),  # duplicate keys
        text.encode()[:5] + b"\xff\xfe" + text.encode()[5:],  # invalid UTF-8
        "[" * 5000 + "]" * 5000,
        "[]",
        "1",
        '"x"',
        "null",
        "",
        "\ud800",
    ]
    return out


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: f"{path.parent.name}/{path.stem}")
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


def test_dialects_are_safe_to_share_between_threads() -> None:
    texts = [path.read_text(encoding="utf-8") for path in FIXTURES]
    jobs = [
        (text, source, target)
        for text, path in zip(texts, FIXTURES, strict=True)
        for source in [path.parent.name]
        for target in DIALECTS
    ]

    def run(job: tuple[str, str, str]) -> tuple[str, tuple[rd.Loss, ...]]:
        text, source, target = job
        return rd.translate_with_losses(text, read=source, write=target)

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
