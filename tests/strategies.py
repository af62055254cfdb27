"""Hypothesis strategies for the whole neutral model, derived from its annotations.

``of(cls)`` builds any neutral class with every optional field set or unset, each value
drawn from what the field's annotation allows (ranges and literal sets included), the
way cattrs derives hooks from a class's fields. ``OVERRIDES`` says only what the
annotations cannot: rules that tie fields together (a message's parts suit its role)
and values one dialect closes further (GA's MCP connector ids).
"""

from __future__ import annotations

import enum
import functools
import math
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects import model
from realtime_dialects.dialects.openai_ga.tools import CONNECTOR_ID
from realtime_dialects.model._base import Limits, Range, _Json

TEXT = st.text(max_size=8)
NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.floats(-1e9, 1e9), TEXT)
JSON = st.recursive(
    JSON_LEAF, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6
)
JSON_OBJECT = st.dictionaries(TEXT, JSON, max_size=3)

#: Every event class of the model, client and server, by name.
EVENT_CLASSES = sorted(
    (cls for name in model.__all__ if model.is_event(name) and attrs.has(cls := getattr(model, name))),
    key=lambda cls: cls.__name__,
)


def opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of a neutral class (model modules import each other lazily)."""
    names = {name: getattr(model, name) for name in model.__all__}
    return typing.get_type_hints(cls, localns=names, include_extras=True)


def annotated(tp: Any) -> st.SearchStrategy[Any]:
    """Values of an annotation (``None`` excluded: optionality is the field's)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        return _narrowed(args[0], args[1:])
    if origin is typing.Union or origin is types.UnionType:
        return st.one_of(*(annotated(arg) for arg in args if arg is not type(None)))
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is tuple:
        return st.lists(annotated(args[0]), max_size=3).map(tuple)
    if origin is Mapping or origin is dict:
        values = JSON if args[1] is not str else TEXT
        return st.dictionaries(TEXT, values, max_size=3)
    if tp is str:
        return TEXT
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(0, 10_000)
    if tp is float:
        return st.floats(-1e6, 1e6) | st.integers(-1000, 1000)
    if isinstance(tp, type) and issubclass(tp, enum.Flag):
        return st.integers(0, (1 << len(list(tp))) - 1).map(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and attrs.has(tp):
        return st.deferred(lambda: of(tp))
    raise TypeError(f"no strategy for {tp!r}")


def _narrowed(tp: Any, markers: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    for marker in markers:
        if isinstance(marker, _Json):
            return JSON
        if isinstance(marker, Range):
            low, high = marker
            if tp is int:
                return st.integers(int(low) if low is not None else -1000, int(high) if high is not None else 10_000)
            floats = st.floats(low if low is not None else -1e6, high if high is not None else 1e6)
            whole = range(
                math.ceil(low if low is not None else -1000), math.floor(high if high is not None else 1000) + 1
            )
            return floats | st.sampled_from(whole) if len(whole) else floats
        if isinstance(marker, Limits):
            pairs, key, value = marker
            return st.dictionaries(
                st.text(max_size=key or 8), st.text(max_size=min(value or 20, 20)), max_size=pairs or 3
            )
    return annotated(tp)


def one_of_values(*values: str) -> st.SearchStrategy[Any]:
    return opt(st.sampled_from(values))


#: Values the neutral model keeps open by design (statuses, reasons, names and models flow as
#: strings, so that a server's new value is read and passed on) and the ``openai`` package's
#: pydantic models close to the ones they list: drawn from those lists, so that the SDK-acceptance
#: property (test_target_sdk_accepts.py) checks shapes, not the openness of these strings.
ITEM_STATUS = one_of_values("completed", "incomplete", "in_progress")  # conversation_item.py (beta), GA items
SDK_VALUES: dict[type, dict[str, st.SearchStrategy[Any]]] = {
    rd.FunctionCallItem: {"status": ITEM_STATUS},
    rd.FunctionCallOutputItem: {"status": ITEM_STATUS},
    rd.MessageItem: {"status": ITEM_STATUS},
    # realtime_response.py (GA and beta)
    rd.Response: {"status": one_of_values("completed", "cancelled", "failed", "incomplete", "in_progress")},
    # realtime_response_status.py (GA and beta)
    rd.ResponseStatusDetails: {
        "type": one_of_values("completed", "cancelled", "incomplete", "failed"),
        "reason": one_of_values("turn_detected", "client_cancelled", "max_output_tokens", "content_filter"),
    },
    rd.model.RateLimit: {"name": one_of_values("requests", "tokens")},  # rate_limits_updated_event.py
    # beta session.py: the realtime models it lists (OpenAI-DotNet and GA take any name).
    rd.RealtimeSession: {
        "model": one_of_values(
            "gpt-realtime",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
        )
    },
    # beta transcription_session.py: the transcription models it lists.
    rd.InputAudioTranscription: {"model": one_of_values("gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1")},
    # GA's prompt variables (responses/response_prompt.py) are strings or input parts; the neutral
    # keeps any JSON, which GA cannot tell from its parts: strings here.
    rd.Prompt: {"variables": opt(st.dictionaries(TEXT, TEXT, max_size=3))},
}

#: What the annotations cannot say, by class and field.
OVERRIDES: dict[type, dict[str, st.SearchStrategy[Any]]] = {
    **SDK_VALUES,
    # GA closes MCP connector ids to a list of known connectors.
    rd.McpTool: {"connector_id": opt(st.sampled_from(sorted(CONNECTOR_ID.values)))},
    # Azure speaks a pre-generated message only as the assistant.
    rd.ResponseCreateParams: {"pre_generated_assistant_message": opt(st.deferred(lambda: message("assistant")))},
    # Only server events carry a Response: what a server reports is read and written as sent, past
    # the ranges and limits a client is held to (docs/wire/server-model-notes.md, question 2).
    rd.Response: {
        **SDK_VALUES[rd.Response],
        "temperature": opt(st.floats(-1e6, 1e6) | st.integers(-1000, 1000)),
        "max_output_tokens": opt(st.integers(-(2**31), 2**31 - 1) | st.just("inf")),
        "metadata": opt(st.dictionaries(st.text(max_size=70), st.text(max_size=8), max_size=18)),
    },
}


def _parts(*classes: type) -> st.SearchStrategy[Any]:
    return st.one_of(*(st.deferred(lambda cls=cls: of(cls)) for cls in classes))


#: A message's parts must suit its role (dialects check it on read and write).
PARTS = {
    "system": _parts(rd.InputText),
    "user": _parts(rd.InputText, rd.InputAudio, rd.InputImage),
    "assistant": _parts(rd.OutputText, rd.OutputAudio),
}


@functools.cache
def of(cls: type) -> st.SearchStrategy[Any]:
    """Any object of the neutral class ``cls``: every optional field set or unset."""
    if cls is rd.MessageItem:
        return st.one_of(*(message(role) for role in PARTS))
    fields: dict[str, st.SearchStrategy[Any]] = {}
    types_ = hints(cls)
    for field in attrs.fields(cls):
        if field.name == "extra":
            continue  # undeclared keys are the subject of properties of their own
        override = OVERRIDES.get(cls, {}).get(field.name)
        if override is not None:
            fields[field.name] = override
            continue
        strategy = annotated(types_[field.name])
        fields[field.name] = strategy if field.default is attrs.NOTHING else opt(strategy)
    return st.builds(cls, **fields)


def message(role: str) -> st.SearchStrategy[rd.MessageItem]:
    """A message of ``role`` with parts that suit it."""
    base = of_fields(rd.MessageItem, exclude=("role", "content"))
    return st.builds(rd.MessageItem, role=st.just(role), content=st.lists(PARTS[role], max_size=3), **base)


def of_fields(cls: type, exclude: tuple[str, ...] = ()) -> dict[str, st.SearchStrategy[Any]]:
    types_ = hints(cls)
    overrides = OVERRIDES.get(cls, {})
    return {
        field.name: overrides[field.name] if field.name in overrides else opt(annotated(types_[field.name]))
        for field in attrs.fields(cls)
        if field.name not in exclude and field.name != "extra" and field.default is not attrs.NOTHING
    }


EVENT: st.SearchStrategy[rd.ResponseCreateEvent] = of(rd.ResponseCreateEvent)
