"""The neutral server model follows the conventions the engine relies on."""

from __future__ import annotations

import builtins
import inspect
import re
import subprocess
import sys
import typing
from pathlib import Path

import attrs
import pytest

import realtime_dialects as rd
from realtime_dialects import model
from realtime_dialects.model._base import Record, _ServerEvent

SERVER_MODULES = ("server_events", "transcription_events", "response_events", "tool_events", "avatar_events")
# Names the server classes use that the client side defines (branch ``client``); empty after the merge.
PENDING_FROM_CLIENT: set[str] = set()
# Names an annotation may use without the model defining them.
TYPING_NAMES = {"None", "Literal", "Mapping", "TypeAlias", "Annotated", "Any", *dir(builtins)}


def server_classes() -> list[type]:
    names = [name for module in (*SERVER_MODULES, "response") for name in model.MODULES[module]]  # and the Response
    return [value for value in (getattr(model, name) for name in names) if attrs.has(value)]


@pytest.mark.parametrize("cls", server_classes(), ids=lambda cls: cls.__name__)
def test_class_follows_the_conventions(cls: type) -> None:
    assert issubclass(cls, Record)
    assert cls.__doc__ is not None
    assert cls.__doc__.strip(), "one docstring line at least"
    instance_fields = attrs.fields(cls)
    assert all(field.kw_only for field in instance_fields)
    assert "__slots__" in cls.__dict__
    assert "extra" not in inspect.get_annotations(cls), "extra comes from Record"
    # Required fields first, then optional ones (the attribute order the docs show).
    required = [field.default is attrs.NOTHING for field in instance_fields if field.name not in ("extra", "event_id")]
    assert required == sorted(required, reverse=True), cls.__name__
    if cls.__name__.endswith("Event"):
        assert issubclass(cls, _ServerEvent)
        assert cls.direction == "server"
        assert "Wire:" in cls.__doc__


@pytest.mark.parametrize("cls", server_classes(), ids=lambda cls: cls.__name__)
def test_annotations_resolve_by_name(cls: type) -> None:
    # The engine resolves annotation strings in the class's module globals, then via MODULES.
    module = sys.modules[cls.__module__]
    for field in attrs.fields(cls):
        names_used = re.sub(r"'[^']*'|\"[^\"]*\"", "", str(field.type))  # not the values of Literals
        for name in re.findall(r"[A-Za-z_]\w*", names_used):
            if name in TYPING_NAMES or name in PENDING_FROM_CLIENT:
                continue
            assert name in vars(module) or name in model.WHERE, f"{cls.__name__}.{field.name}: {name}"


def test_server_event_union_holds_every_server_event() -> None:
    union = set(typing.get_args(model.ServerEvent))
    events = {cls for cls in server_classes() if issubclass(cls, _ServerEvent)}
    assert union == events
    assert len(union) == 65


def test_an_audio_delta_reader_creates_only_the_response_events() -> None:
    # The package itself loads what response.create needs; an audio delta adds one module.
    code = (
        "import sys, realtime_dialects;"
        "before = set(sys.modules);"
        "from realtime_dialects.model import ResponseOutputAudioDeltaEvent as E;"
        "E(response_id='r', item_id='i', output_index=0, content_index=0, delta='AAAA');"
        "print(*sorted(set(sys.modules) - before))"
    )
    src = Path(__file__).resolve().parent.parent / "src"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(src)}
    )
    assert result.stdout.split() == ["realtime_dialects.model.response_events"]


def test_sequences_become_tuples() -> None:
    frames = model.ResponseAnimationBlendshapeDeltaEvent(
        response_id="r", item_id="i", output_index=0, content_index=0, frames=[[0.1, 0], [1, 0.5]], frame_index=3
    )
    assert frames.frames == ((0.1, 0), (1, 0.5))
    assert (
        model.ResponseAnimationBlendshapeDeltaEvent(
            response_id="r", item_id="i", output_index=0, content_index=0, frames="AAAA", frame_index=0
        ).frames
        == "AAAA"
    )
    limits = model.RateLimitsUpdatedEvent(rate_limits=[model.RateLimit(name="tokens", limit=10)])
    assert limits.rate_limits == (model.RateLimit(name="tokens", limit=10),)
    logprob = model.LogProbProperties(token="hi", logprob=-0.1, bytes=[104, 105])
    assert logprob.bytes == (104, 105)


def test_repr_shows_what_is_set() -> None:
    event = model.ResponseDoneEvent(
        event_id="e", response=model.Response(id="r", status="completed", modalities=["text", "audio"])
    )
    assert repr(event) == (
        "ResponseDoneEvent(event_id='e', response=Response(id='r', status='completed', "
        f"modalities={model.Modality.TEXT | model.Modality.AUDIO!r}))"  # 3.10 writes <Modality.AUDIO|TEXT: 3>
    )


def test_is_event_names_exactly_the_event_classes() -> None:
    # Dialects find their events by name, without importing every model module.
    for name in model.__all__:
        cls = getattr(model, name)
        if isinstance(cls, type) and attrs.has(cls) and cls.__module__ != model.Event.__module__:
            assert model.is_event(name) == issubclass(cls, model.Event), name
            assert model.direction_of(name) == getattr(cls, "direction", None), name


def test_parts_of_events_are_not_read_as_events() -> None:
    for name in rd.dialects.names():
        assert "tokens" not in rd.dialect(name).events()
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.OPENAI_GA.loads('{"type": "tokens", "input_tokens": 1, "output_tokens": 1, "total_tokens": 2}')
    assert caught.value.problems[0].path == "$.type"
