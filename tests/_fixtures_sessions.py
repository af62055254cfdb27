"""Recorded sessions in every dialect, built with the SDKs' own models: ``fixtures/sessions/<dialect>/<name>.jsonl``.

A session is what one realtime app logs: one event per line, the client's and the server's
events interleaved in the order the app sees them, each line the exact wire text. The
conversation (who speaks when, ids, timing, token counts) is played by :class:`Conversation`;
each event is written by the dialect's :class:`Wire`:

* ``azure`` — ``json.dumps(Model(**kwargs).as_dict())`` of ``azure.ai.voicelive.models`` classes,
  keyword arguments in each constructor's signature order (:func:`make`), nested models built
  the same way.
* ``openai-ga`` — ``model_dump_json(exclude_none=True)`` of ``openai.types.realtime`` models, or
  ``exclude_unset=True`` for the ``session.update`` that switches turn detection off with ``null``
  (what the SDK's connection sends, see ``tests/_fixtures_client.py``). One event is not a model's
  dump: a ``response.create`` whose ``input`` holds ``item_reference`` items, which only the
  TypedDict ``RealtimeResponseCreateParamsWithReferencesParam`` accepts. It is the SDK's dump of
  the same event without the references, with each reference's own dump
  (``ResponseItemReference``, ``{"id":…,"type":"item_reference"}``) put back at its place in
  ``input`` — the key order of docs/wire/response-create.md §6.2 and §6.3.
* ``openai`` (beta) — server events and ``output_audio_buffer.clear`` from
  ``openai.types.beta.realtime`` models, dumped like GA; the client events OpenAI-DotNet has a
  class for (:data:`DOTNET_TYPES`) as OpenAI-DotNet 8.8.7 writes them, by the rules of the
  hand-written golden files (``fixtures/openai/README.md``, ``docs/wire/openai-dotnet.md``): C#
  declaration order, ``JsonIgnore`` conditions (``input_audio_format``, ``output_audio_format``
  and a response's ``output_audio_format``/``input`` are always written), no ``event_id`` (DotNet
  never sets one), only the serializer modelled (no constructor injections). :func:`dotnet`
  refuses strings and numbers whose System.Text.Json text could differ from orjson's.

The same engine plays ``benchmarks/session.py``'s two-minute conversation, with 20 ms audio
chunks instead of the short stand-ins used here.

Run ``python tests/_fixtures_sessions.py`` to rewrite the files; ``build()`` returns them
(path relative to ``fixtures/`` → exact text) so that ``tests/test_fixtures_sessions.py`` can
regenerate and compare.
"""

from __future__ import annotations

import base64
import inspect
import json
import math
import random
import re
import string
import struct
import sys
import typing
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SESSIONS = FIXTURES / "sessions"
DIALECTS = ("azure", "openai-ga", "openai")

#: Client events of the ``openai`` dialect that OpenAI-DotNet writes (the other three come from the beta models).
DOTNET_TYPES = frozenset(
    {
        "session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
        "conversation.item.create",
        "conversation.item.truncate",
        "conversation.item.delete",
        "response.create",
        "response.cancel",
    }
)

ALPHABET = string.digits + string.ascii_letters
VOICE = "alloy"
TRANSCRIBE = "gpt-4o-transcribe"
SAMPLE_RATE = 24000
PREFIX_PADDING_MS = 300
SILENCE_MS = 500  # the sessions' VAD silence; the servers' default is 200
DEFAULT_INSTRUCTIONS = (
    "Your knowledge cutoff is 2023-10. You are a helpful, witty, and friendly AI. Act like a human, "
    "but remember that you aren't a human and that you can't do human things in the real world."
)
#: Rough token rates of the realtime models (usage of real sessions: ~10 audio tokens per second
#: of user speech, ~20 per second of generated speech, ~1.3 text tokens per word).
INPUT_AUDIO_TOKENS_PER_S = 10
OUTPUT_AUDIO_TOKENS_PER_S = 20
TOKENS_LIMIT = 15_000_000


# --------------------------------------------------------------------------- what a session says


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    parameters: dict[str, Any]


WEATHER = Tool(
    "get_weather",
    "Get the current weather for a city.",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)
BOOKING = Tool(
    "book_table",
    "Book a table at a restaurant.",
    {
        "type": "object",
        "properties": {"restaurant": {"type": "string"}, "time": {"type": "string"}, "people": {"type": "integer"}},
        "required": ["restaurant", "time", "people"],
    },
)


@dataclass(frozen=True)
class Setup:
    """What the client's ``session.update`` asks for."""

    instructions: str
    tools: tuple[Tool, ...] = ()
    turn_detection: bool = True
    interrupt_response: bool = True


@dataclass(frozen=True)
class SessionState:
    """What the server reports in ``session.created`` / ``session.updated``."""

    id: str
    model: str
    instructions: str = DEFAULT_INSTRUCTIONS
    tools: tuple[Tool, ...] = ()
    turn_detection: bool = True
    interrupt_response: bool = True
    silence_ms: int = 200
    transcription: bool = False


@dataclass(frozen=True)
class Part:
    """A content part: ``input_text``/``input_audio`` (user, system) or ``text``/``audio`` (assistant)."""

    kind: str
    text: str | None = None  # the text, or an audio part's transcript


@dataclass(frozen=True)
class Message:
    role: str
    parts: tuple[Part, ...]
    id: str | None = None
    status: str = "completed"


@dataclass(frozen=True)
class FunctionCall:
    name: str
    call_id: str
    arguments: str
    id: str
    status: str = "completed"


@dataclass(frozen=True)
class FunctionOutput:
    call_id: str
    output: str
    id: str | None = None


Item = Message | FunctionCall | FunctionOutput


@dataclass(frozen=True)
class Ref:
    """An ``item_reference`` to an item already in the conversation."""

    id: str


@dataclass(frozen=True)
class Usage:
    input_text: int
    input_audio: int
    cached: int
    output_text: int
    output_audio: int

    @property
    def input(self) -> int:
        return self.input_text + self.input_audio

    @property
    def output(self) -> int:
        return self.output_text + self.output_audio

    @property
    def cached_text(self) -> int:
        return min(self.cached, self.input_text)


@dataclass
class Response:
    id: str
    audio: bool  # audio with its transcript, or text only
    conversation_id: str | None  # None: out of band
    metadata: dict[str, str] | None = None
    status: str = "in_progress"
    output: list[Item] = field(default_factory=list)
    usage: Usage | None = None
    reason: str | None = None  # why a cancelled response was cancelled


@dataclass(frozen=True)
class Request:
    """What the client's ``response.create`` asks for (``None``: not said)."""

    commit: bool | None = None  # False: out of band (Azure ``commit``, OpenAI ``conversation: "none"``)
    cancel_previous: bool | None = None  # Azure only
    append: tuple[Item, ...] = ()  # Azure only
    input: tuple[Item | Ref, ...] | None = None
    audio: bool | None = None
    instructions: str | None = None
    additional_instructions: str | None = None  # Azure only
    metadata: dict[str, str] | None = None


#: How deltas split text: words and runs of punctuation, each with the spaces before it.
TOKEN = re.compile(r"\s*[\w']+|\s*[^\w\s]+")


def text_tokens(text: str) -> int:
    return math.ceil(len(text.split()) * 1.3)


# --------------------------------------------------------------------------- writing with the SDKs


def make(cls: Any, *, nulls: tuple[str, ...] = (), **kwargs: Any) -> Any:
    """An Azure model built with ``kwargs`` in its signature order; ``None`` dropped unless named in ``nulls``."""
    order: list[str] = []
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        for overload in typing.get_overloads(init):
            names = [name for name in inspect.signature(overload).parameters if name != "self"]
            if names and names[0] != "mapping":
                order = names
                break
        if order:
            break
    unknown = set(kwargs) - set(order)
    if unknown:
        raise TypeError(f"{cls.__name__} does not declare {sorted(unknown)}")
    return cls(
        **{name: kwargs[name] for name in order if name in kwargs and (kwargs[name] is not None or name in nulls)}
    )


def _refuse_extras(value: Any, path: str) -> None:
    """A pydantic model must hold only keys its class declares (a typo would otherwise slip in as an extra)."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        if value.model_extra:
            raise TypeError(f"{path}: undeclared keys {sorted(value.model_extra)} in {type(value).__name__}")
        for name in type(value).model_fields:
            _refuse_extras(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_extras(item, f"{path}[{index}]")


def pydantic_text(model: Any, *, unset: bool = False) -> str:
    _refuse_extras(model, "$")
    return str(model.model_dump_json(exclude_unset=True) if unset else model.model_dump_json(exclude_none=True))


def dotnet(event: dict[str, Any]) -> str:
    """An OpenAI-DotNet client event: the caller builds it in C# declaration order; compact JSON text.

    System.Text.Json with ``UnsafeRelaxedJsonEscaping`` writes printable ASCII exactly as orjson
    does, and float32 values with at most three decimals and a fraction exactly as ``repr`` does
    (docs/wire/openai-dotnet.md §5, §6); anything else is refused here rather than guessed.
    """
    import orjson

    def check(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                check(key, path)
                check(item, f"{path}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                check(item, f"{path}[{index}]")
        elif isinstance(value, str):
            if not all(" " <= char <= "~" for char in value):
                raise ValueError(f"{path}: only printable ASCII is written the same by STJ and orjson: {value!r}")
        elif isinstance(value, float) and (value == int(value) or round(value, 3) != value):
            raise ValueError(f"{path}: {value!r} may not be written by STJ as repr writes it")

    check(event, "$")
    return orjson.dumps(event).decode()


def _union_classes(union: Any) -> dict[str, Any]:
    """Wire ``type`` → pydantic class, for the members of an SDK's event union."""

    def members(annotation: Any) -> list[Any]:
        args = typing.get_args(annotation)
        if not args:
            return [annotation]
        if getattr(annotation, "__metadata__", None) is not None:
            return members(args[0])
        return [member for arg in args for member in members(arg)]

    return {typing.get_args(c.model_fields["type"].annotation)[0]: c for c in members(union)}


class Wire:
    """One session's event writer in one dialect; it also makes the session's ids (seeded)."""

    dialect = ""
    model = "gpt-realtime"
    event_id_length = 21
    #: the dialect's names of the assistant's content kinds and of its delta/done events
    text_kind = "text"
    audio_kind = "audio"
    audio_delta = "response.audio.delta"
    audio_done = "response.audio.done"
    transcript_delta = "response.audio_transcript.delta"
    transcript_done = "response.audio_transcript.done"
    text_delta = "response.text.delta"
    text_done = "response.text.done"

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._appends: dict[str, str] = {}

    def new_id(self, prefix: str, length: int = 21) -> str:
        return prefix + "".join(self.rng.choices(ALPHABET, k=length))

    def event_id(self) -> str:
        return self.new_id("event_", self.event_id_length)

    def client_event_id(self) -> str:
        return self.new_id("evt_")

    # ------------------------------------------------------------------ client events

    def append(self, audio: str) -> str:
        """``input_audio_buffer.append`` (no event_id): the same chunk is always the same text, so it is cached."""
        text = self._appends.get(audio)
        if text is None:
            text = self._appends[audio] = self._append(audio)
        return text

    def _append(self, audio: str) -> str:
        raise NotImplementedError

    def session_update(self, setup: Setup) -> str:
        raise NotImplementedError

    def commit(self) -> str:
        raise NotImplementedError

    def clear(self) -> str:
        raise NotImplementedError

    def item_create(self, item: Item) -> str:
        raise NotImplementedError

    def response_create(self, request: Request) -> str:
        raise NotImplementedError

    def response_cancel(self, response_id: str) -> str:
        raise NotImplementedError

    def output_audio_clear(self) -> str:
        raise NotImplementedError

    def item_truncate(self, item_id: str, audio_end_ms: int) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------------ server events

    def server(self, wire_type: str, **kwargs: Any) -> str:
        raise NotImplementedError

    def session_created(self, state: SessionState) -> str:
        raise NotImplementedError

    def session_updated(self, state: SessionState) -> str:
        raise NotImplementedError

    def item(self, item: Item) -> Any:
        """An item as the server reports it."""
        raise NotImplementedError

    def part(self, part: Part) -> Any:
        """A content part of ``response.content_part.added``/``done``."""
        raise NotImplementedError

    def response(self, response: Response) -> Any:
        raise NotImplementedError

    def transcription_completed(self, item_id: str, transcript: str, seconds: float) -> str:
        raise NotImplementedError

    def announced(self, item: Item, previous: str | None) -> list[str]:
        """The events that put an item into the conversation (Azure and beta: ``conversation.item.created``)."""
        return [self.server("conversation.item.created", previous_item_id=previous, item=self.item(item))]

    def finished(self, item: Item, previous: str | None) -> list[str]:
        """The events when a conversation item is complete (GA: ``conversation.item.done``; none elsewhere)."""
        return []

    def rate_limits(self, remaining: int, reset_seconds: float) -> str | None:
        return None

    def output_audio_cleared(self, response_id: str) -> str:
        return self.server("output_audio_buffer.cleared", response_id=response_id)

    def usage(self, usage: Usage) -> Any:
        raise NotImplementedError


# --------------------------------------------------------------------------- azure


class AzureWire(Wire):
    dialect = "azure"
    event_id_length = 22

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        from azure.ai.voicelive import models
        from azure.ai.voicelive.models import _models

        self.m = models
        self.server_classes = dict(_models.ServerEvent.__mapping__)
        self.client_classes = dict(_models.ClientEvent.__mapping__)

    def client(self, wire_type: str, *, event_id: bool = True, **kwargs: Any) -> str:
        if event_id:
            kwargs["event_id"] = self.client_event_id()
        return json.dumps(make(self.client_classes[wire_type], **kwargs).as_dict())

    def server(self, wire_type: str, **kwargs: Any) -> str:
        return json.dumps(make(self.server_classes[wire_type], event_id=self.event_id(), **kwargs).as_dict())

    # ------------------------------------------------------------------ shared shapes

    def _tools(self, tools: tuple[Tool, ...]) -> dict[str, Any]:
        if not tools:
            return {}
        made = [
            make(self.m.FunctionTool, name=t.name, description=t.description, parameters=t.parameters) for t in tools
        ]
        return {"tools": made, "tool_choice": "auto"}

    def _vad(self, silence_ms: int, interrupt: bool) -> Any:
        return make(
            self.m.ServerVad,
            threshold=0.5,
            prefix_padding_ms=PREFIX_PADDING_MS,
            silence_duration_ms=silence_ms,
            create_response=True,
            interrupt_response=interrupt,
        )

    def _transcription(self) -> Any:
        return make(self.m.AudioInputTranscriptionOptions, model=TRANSCRIBE, language="en")

    def _session(self, state: SessionState) -> Any:
        return make(
            self.m.ResponseSession,
            model=state.model,
            modalities=["text", "audio"],
            voice=make(self.m.OpenAIVoice, name=VOICE),
            instructions=state.instructions,
            input_audio_sampling_rate=SAMPLE_RATE,
            input_audio_format="pcm16",
            output_audio_format="pcm16",
            turn_detection=self._vad(state.silence_ms, state.interrupt_response) if state.turn_detection else None,
            input_audio_transcription=self._transcription() if state.transcription else None,
            **(self._tools(state.tools) or {"tools": [], "tool_choice": "auto"}),
            temperature=0.8,
            max_response_output_tokens="inf",
            id=state.id,
        )

    def _request_item(self, item: Item) -> Any:
        m = self.m
        if isinstance(item, FunctionOutput):
            return make(m.FunctionCallOutputItem, call_id=item.call_id, output=item.output, id=item.id)
        if isinstance(item, FunctionCall):
            return make(m.FunctionCallItem, name=item.name, call_id=item.call_id, arguments=item.arguments, id=item.id)
        cls = {"system": m.SystemMessageItem, "user": m.UserMessageItem, "assistant": m.AssistantMessageItem}[item.role]
        parts = [
            make(m.OutputTextContentPart, text=p.text)
            if p.kind == "text"
            else make(m.InputTextContentPart, text=p.text)
            for p in item.parts
        ]
        return make(cls, content=parts, id=item.id)

    # ------------------------------------------------------------------ client events

    def _append(self, audio: str) -> str:
        return self.client("input_audio_buffer.append", event_id=False, audio=audio)

    def session_update(self, setup: Setup) -> str:
        m = self.m
        session = make(
            m.RequestSession,
            nulls=("turn_detection",),
            modalities=["text", "audio"],
            voice=make(m.OpenAIVoice, name=VOICE),
            instructions=setup.instructions,
            input_audio_format="pcm16",
            output_audio_format="pcm16",
            turn_detection=self._vad(SILENCE_MS, setup.interrupt_response) if setup.turn_detection else None,
            input_audio_transcription=self._transcription(),
            **self._tools(setup.tools),
        )
        return self.client("session.update", session=session)

    def commit(self) -> str:
        return self.client("input_audio_buffer.commit")

    def clear(self) -> str:
        return self.client("input_audio_buffer.clear")

    def item_create(self, item: Item) -> str:
        return self.client("conversation.item.create", item=self._request_item(item))

    def response_create(self, request: Request) -> str:
        params = make(
            self.m.ResponseCreateParams,
            commit=request.commit,
            cancel_previous=request.cancel_previous,
            append_input_items=[self._request_item(i) for i in request.append] or None,
            input_items=None if request.input is None else [self._request_item(i) for i in request.input],  # type: ignore[arg-type]
            modalities=None if request.audio is None else (["text", "audio"] if request.audio else ["text"]),
            instructions=request.instructions,
            metadata=request.metadata,
        )
        return self.client(
            "response.create",
            response=params if params.as_dict() else None,
            additional_instructions=request.additional_instructions,
        )

    def response_cancel(self, response_id: str) -> str:
        return self.client("response.cancel", response_id=response_id)

    def output_audio_clear(self) -> str:
        return self.client("output_audio_buffer.clear")

    def item_truncate(self, item_id: str, audio_end_ms: int) -> str:
        return self.client("conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=audio_end_ms)

    # ------------------------------------------------------------------ server events

    def session_created(self, state: SessionState) -> str:
        return self.server("session.created", session=self._session(state))

    def session_updated(self, state: SessionState) -> str:
        return self.server("session.updated", session=self._session(state))

    def part(self, part: Part) -> Any:
        m = self.m
        if part.kind == "input_audio":
            return make(m.RequestAudioContentPart, transcript=part.text)
        if part.kind == "input_text":
            return make(m.RequestTextContentPart, text=part.text)
        if part.kind == "audio":
            return make(m.ResponseAudioContentPart, transcript=part.text)
        return make(m.ResponseTextContentPart, text=part.text)

    def item(self, item: Item) -> Any:
        m = self.m
        if isinstance(item, FunctionCall):
            return make(
                m.ResponseFunctionCallItem,
                name=item.name,
                call_id=item.call_id,
                arguments=item.arguments,
                status=item.status,
                id=item.id,
                object="realtime.item",
            )
        if isinstance(item, FunctionOutput):
            return make(
                m.ResponseFunctionCallOutputItem,
                call_id=item.call_id,
                output=item.output,
                id=item.id,
                object="realtime.item",
            )
        return make(
            m.ResponseMessageItem,
            role=item.role,
            content=[self.part(p) for p in item.parts],
            status=item.status,
            id=item.id,
            object="realtime.item",
        )

    def usage(self, usage: Usage) -> Any:
        m = self.m
        return make(
            m.TokenUsage,
            total_tokens=usage.input + usage.output,
            input_tokens=usage.input,
            output_tokens=usage.output,
            input_token_details=make(
                m.InputTokenDetails,
                cached_tokens=usage.cached,
                text_tokens=usage.input_text,
                audio_tokens=usage.input_audio,
                image_tokens=0,
                cached_tokens_details=make(
                    m.CachedTokenDetails,
                    text_tokens=usage.cached_text,
                    audio_tokens=usage.cached - usage.cached_text,
                    image_tokens=0,
                ),
            ),
            output_token_details=make(
                m.OutputTokenDetails, text_tokens=usage.output_text, audio_tokens=usage.output_audio, reasoning_tokens=0
            ),
        )

    def response(self, response: Response) -> Any:
        m = self.m
        return make(
            m.Response,
            id=response.id,
            object="realtime.response",
            status=response.status,
            status_details=make(m.ResponseCancelledDetails, reason=response.reason) if response.reason else None,
            output=[self.item(i) for i in response.output],
            usage=None if response.usage is None else self.usage(response.usage),
            conversation_id=response.conversation_id,
            voice=make(m.OpenAIVoice, name=VOICE),
            modalities=["text", "audio"] if response.audio else ["text"],
            output_audio_format="pcm16",
            max_output_tokens="inf",
            metadata=response.metadata,
        )

    def transcription_completed(self, item_id: str, transcript: str, seconds: float) -> str:
        return self.server(
            "conversation.item.input_audio_transcription.completed",
            item_id=item_id,
            content_index=0,
            transcript=transcript,
        )

    def output_audio_cleared(self, response_id: str) -> str:
        return self.server("output_audio_buffer.cleared")  # Azure's event carries no response_id


# --------------------------------------------------------------------------- openai GA and beta (server side)


class _OpenAIWire(Wire):
    beta = False

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        import importlib

        package = "openai.types.beta.realtime" if self.beta else "openai.types.realtime"
        self.server_classes = _union_classes(
            importlib.import_module(f"{package}.realtime_server_event").RealtimeServerEvent
        )
        self.client_classes = _union_classes(
            importlib.import_module(f"{package}.realtime_client_event").RealtimeClientEvent
        )

    def server(self, wire_type: str, **kwargs: Any) -> str:
        kwargs = {key: value for key, value in kwargs.items() if value is not None}
        return pydantic_text(self.server_classes[wire_type](type=wire_type, event_id=self.event_id(), **kwargs))

    def client(self, wire_type: str, *, event_id: bool = True, unset: bool = False, **kwargs: Any) -> str:
        if event_id:
            kwargs["event_id"] = self.client_event_id()
        return pydantic_text(self.client_classes[wire_type](type=wire_type, **kwargs), unset=unset)

    def _vad(self, silence_ms: int, interrupt: bool) -> dict[str, Any]:
        return {
            "type": "server_vad",
            "threshold": 0.5,
            "prefix_padding_ms": PREFIX_PADDING_MS,
            "silence_duration_ms": silence_ms,
            "create_response": True,
            "interrupt_response": interrupt,
        }

    def tool(self, tool: Tool) -> dict[str, Any]:
        return {"type": "function", "name": tool.name, "description": tool.description, "parameters": tool.parameters}

    def part(self, part: Part) -> dict[str, Any]:
        key = "transcript" if part.kind == "audio" else "text"
        return {"type": part.kind, key: part.text}

    def _content(self, part: Part) -> dict[str, Any]:
        kind = {"text": self.text_kind, "audio": self.audio_kind}.get(part.kind, part.kind)
        key = "transcript" if part.kind in ("audio", "input_audio") else "text"
        return {"type": kind} if part.text is None else {"type": kind, key: part.text}

    def request_item(self, item: Item) -> dict[str, Any]:
        """An item as the client creates it (no server-side keys)."""
        if isinstance(item, FunctionOutput):
            return {"type": "function_call_output", "call_id": item.call_id, "output": item.output}
        if isinstance(item, FunctionCall):
            return {"type": "function_call", "call_id": item.call_id, "name": item.name, "arguments": item.arguments}
        return {"type": "message", "role": item.role, "content": [self._content(p) for p in item.parts]}

    def item(self, item: Item) -> dict[str, Any]:
        data = self.request_item(item)
        data["id"] = item.id
        data["object"] = "realtime.item"
        if not isinstance(item, FunctionOutput):
            data["status"] = item.status
        return data

    def transcription_completed(self, item_id: str, transcript: str, seconds: float) -> str:
        audio = max(1, round(seconds * INPUT_AUDIO_TOKENS_PER_S))
        words = text_tokens(transcript)
        usage = {
            "type": "tokens",
            "input_tokens": audio,
            "output_tokens": words,
            "total_tokens": audio + words,
            "input_token_details": {"audio_tokens": audio, "text_tokens": 0},
        }
        return self.server(
            "conversation.item.input_audio_transcription.completed",
            item_id=item_id,
            content_index=0,
            transcript=transcript,
            usage=usage,
        )

    def response_cancel(self, response_id: str) -> str:
        return self.client("response.cancel", response_id=response_id)

    def output_audio_clear(self) -> str:
        return self.client("output_audio_buffer.clear")


class GaWire(_OpenAIWire):
    dialect = "openai-ga"
    text_kind = "output_text"
    audio_kind = "output_audio"
    audio_delta = "response.output_audio.delta"
    audio_done = "response.output_audio.done"
    transcript_delta = "response.output_audio_transcript.delta"
    transcript_done = "response.output_audio_transcript.done"
    text_delta = "response.output_text.delta"
    text_done = "response.output_text.done"

    AUDIO_FORMAT: typing.ClassVar[dict[str, Any]] = {"type": "audio/pcm", "rate": SAMPLE_RATE}

    def _session(self, state: SessionState) -> dict[str, Any]:
        audio_input: dict[str, Any] = {"format": self.AUDIO_FORMAT}
        if state.transcription:
            audio_input["transcription"] = {"model": TRANSCRIBE, "language": "en"}
        if state.turn_detection:
            audio_input["turn_detection"] = self._vad(state.silence_ms, state.interrupt_response)
        return {
            "type": "realtime",
            "model": state.model,
            "output_modalities": ["audio"],
            "instructions": state.instructions,
            "audio": {"input": audio_input, "output": {"format": self.AUDIO_FORMAT, "voice": VOICE, "speed": 1.0}},
            "tools": [self.tool(t) for t in state.tools],
            "tool_choice": "auto",
            "max_output_tokens": "inf",
            "tracing": "auto",
            "truncation": "auto",
        }

    # ------------------------------------------------------------------ client events

    def _append(self, audio: str) -> str:
        return self.client("input_audio_buffer.append", event_id=False, audio=audio)

    def session_update(self, setup: Setup) -> str:
        from openai.types.realtime import RealtimeSessionCreateRequest

        session: dict[str, Any] = {
            "type": "realtime",
            "output_modalities": ["audio"],
            "instructions": setup.instructions,
            "audio": {
                "input": {
                    "format": self.AUDIO_FORMAT,
                    "transcription": {"model": TRANSCRIBE, "language": "en"},
                    "turn_detection": self._vad(SILENCE_MS, setup.interrupt_response) if setup.turn_detection else None,
                },
                "output": {"format": self.AUDIO_FORMAT, "voice": VOICE},
            },
        }
        if setup.tools:
            session |= {"tools": [self.tool(t) for t in setup.tools], "tool_choice": "auto"}
        # Turn detection off is an explicit null, which only exclude_unset writes (as the SDK's connection does).
        return self.client(
            "session.update", session=RealtimeSessionCreateRequest(**session), unset=not setup.turn_detection
        )

    def commit(self) -> str:
        return self.client("input_audio_buffer.commit")

    def clear(self) -> str:
        return self.client("input_audio_buffer.clear")

    def item_create(self, item: Item) -> str:
        return self.client("conversation.item.create", item=self.request_item(item))

    def response_create(self, request: Request) -> str:
        from openai.types.realtime import RealtimeResponseCreateParams, ResponseCreateEvent, ResponseItemReference

        params: dict[str, Any] = {}
        if request.audio is not None:
            params["output_modalities"] = ["audio"] if request.audio else ["text"]
            if request.audio:
                params["audio"] = {"output": {"format": self.AUDIO_FORMAT, "voice": VOICE}}
        if request.commit is not None:
            params["conversation"] = "auto" if request.commit else "none"
        if request.input is not None:
            params["input"] = [self.request_item(i) for i in request.input if not isinstance(i, Ref)]
        for key in ("instructions", "metadata"):
            if getattr(request, key) is not None:
                params[key] = getattr(request, key)
        event = ResponseCreateEvent(
            type="response.create",
            event_id=self.client_event_id(),
            response=RealtimeResponseCreateParams(**params) if params else None,
        )
        text = pydantic_text(event)
        if request.input is None or not any(isinstance(i, Ref) for i in request.input):
            return text
        # item_reference is only in the TypedDict RealtimeResponseCreateParamsWithReferencesParam: the
        # SDK's dump without the references, each reference's own dump put back at its place.
        import pydantic_core

        data = json.loads(text)
        others = iter(data["response"]["input"])
        data["response"]["input"] = [
            json.loads(pydantic_text(ResponseItemReference(id=i.id, type="item_reference")))
            if isinstance(i, Ref)
            else next(others)
            for i in request.input
        ]
        return pydantic_core.to_json(data).decode()

    def item_truncate(self, item_id: str, audio_end_ms: int) -> str:
        return self.client("conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=audio_end_ms)

    # ------------------------------------------------------------------ server events

    def session_created(self, state: SessionState) -> str:
        return self.server("session.created", session=self._session(state))

    def session_updated(self, state: SessionState) -> str:
        return self.server("session.updated", session=self._session(state))

    def usage(self, usage: Usage) -> dict[str, Any]:
        return {
            "total_tokens": usage.input + usage.output,
            "input_tokens": usage.input,
            "output_tokens": usage.output,
            "input_token_details": {
                "audio_tokens": usage.input_audio,
                "cached_tokens": usage.cached,
                "cached_tokens_details": {
                    "audio_tokens": usage.cached - usage.cached_text,
                    "image_tokens": 0,
                    "text_tokens": usage.cached_text,
                },
                "image_tokens": 0,
                "text_tokens": usage.input_text,
            },
            "output_token_details": {"audio_tokens": usage.output_audio, "text_tokens": usage.output_text},
        }

    def response(self, response: Response) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": response.id,
            "object": "realtime.response",
            "status": response.status,
            "output": [self.item(i) for i in response.output],
            "output_modalities": ["audio"] if response.audio else ["text"],
            "max_output_tokens": "inf",
        }
        if response.audio:
            data["audio"] = {"output": {"format": self.AUDIO_FORMAT, "voice": VOICE}}
        if response.reason:
            data["status_details"] = {"type": "cancelled", "reason": response.reason}
        if response.conversation_id:
            data["conversation_id"] = response.conversation_id
        if response.usage:
            data["usage"] = self.usage(response.usage)
        if response.metadata:
            data["metadata"] = response.metadata
        return data

    def announced(self, item: Item, previous: str | None) -> list[str]:
        return [self.server("conversation.item.added", previous_item_id=previous, item=self.item(item))]

    def finished(self, item: Item, previous: str | None) -> list[str]:
        return [self.server("conversation.item.done", previous_item_id=previous, item=self.item(item))]

    def rate_limits(self, remaining: int, reset_seconds: float) -> str:
        limits = [{"name": "tokens", "limit": TOKENS_LIMIT, "remaining": remaining, "reset_seconds": reset_seconds}]
        return self.server("rate_limits.updated", rate_limits=limits)


# --------------------------------------------------------------------------- openai beta (DotNet client)


class BetaWire(_OpenAIWire):
    dialect = "openai"
    model = "gpt-4o-realtime-preview"
    beta = True

    def _session(self, state: SessionState) -> dict[str, Any]:
        session: dict[str, Any] = {
            "id": state.id,
            "model": state.model,
            "modalities": ["text", "audio"],
            "instructions": state.instructions,
            "voice": VOICE,
            "input_audio_format": "pcm16",
            "output_audio_format": "pcm16",
            "tools": [self.tool(t) for t in state.tools],
            "tool_choice": "auto",
            "temperature": 0.8,
            "max_response_output_tokens": "inf",
        }
        if state.transcription:
            session["input_audio_transcription"] = {"model": TRANSCRIBE, "language": "en"}
        if state.turn_detection:
            session["turn_detection"] = self._vad(state.silence_ms, state.interrupt_response)
        return session

    # ------------------------------------------------------------------ client events, as OpenAI-DotNet writes them

    @staticmethod
    def _dotnet_item(item: Item) -> dict[str, Any]:
        # ConversationItem: id, type, object, status, role, content, call_id, name, arguments, output;
        # RealtimeContent: id, type, text, audio, transcript (docs/wire/openai-dotnet.md §3.10-3.11).
        if isinstance(item, FunctionOutput):
            return {"type": "function_call_output", "call_id": item.call_id, "output": item.output}
        if isinstance(item, FunctionCall):
            return {"type": "function_call", "call_id": item.call_id, "name": item.name, "arguments": item.arguments}
        content = [{"type": p.kind, "text": p.text} for p in item.parts]
        return {"type": "message", "role": item.role, "content": content}

    def _append(self, audio: str) -> str:
        return dotnet({"type": "input_audio_buffer.append", "audio": audio})

    def session_update(self, setup: Setup) -> str:
        # SessionConfiguration order (docs/wire/openai-dotnet.md §3.1); ServerVAD: type, create_response,
        # interrupt_response, prefix_padding_ms, silence_duration_ms, threshold; a disabled VAD is null.
        session: dict[str, Any] = {
            "modalities": ["text", "audio"],
            "instructions": setup.instructions,
            "voice": VOICE,
            "input_audio_format": "pcm16",
            "output_audio_format": "pcm16",
            "input_audio_transcription": {"model": TRANSCRIBE, "language": "en"},
            "turn_detection": {
                "type": "server_vad",
                "create_response": True,
                "interrupt_response": setup.interrupt_response,
                "prefix_padding_ms": PREFIX_PADDING_MS,
                "silence_duration_ms": SILENCE_MS,
                "threshold": 0.5,
            }
            if setup.turn_detection
            else None,
        }
        if setup.tools:
            session["tools"] = [
                {"name": t.name, "type": "function", "description": t.description, "parameters": t.parameters}
                for t in setup.tools
            ]
            session["tool_choice"] = "auto"
        return dotnet({"type": "session.update", "session": session})

    def commit(self) -> str:
        return dotnet({"type": "input_audio_buffer.commit"})

    def clear(self) -> str:
        return dotnet({"type": "input_audio_buffer.clear"})

    def item_create(self, item: Item) -> str:
        return dotnet({"type": "conversation.item.create", "item": self._dotnet_item(item)})

    def response_create(self, request: Request) -> str:
        if request == Request():
            return dotnet({"type": "response.create"})
        # RealtimeResponseCreateParams: modalities, instructions, voice, output_audio_format (Never),
        # tools, tool_choice, temperature, max_response_output_tokens, conversation ("auto" never
        # written), metadata, input (Never: null when unset).
        params: dict[str, Any] = {}
        if request.audio is not None:
            params["modalities"] = ["text", "audio"] if request.audio else ["text"]
        if request.instructions is not None:
            params["instructions"] = request.instructions
        params["output_audio_format"] = "pcm16"
        if request.commit is False:
            params["conversation"] = "none"
        if request.metadata is not None:
            params["metadata"] = request.metadata
        params["input"] = (
            None
            if request.input is None
            else [
                {"id": i.id, "type": "item_reference"} if isinstance(i, Ref) else self._dotnet_item(i)
                for i in request.input
            ]
        )
        return dotnet({"type": "response.create", "response": params})

    def response_cancel(self, response_id: str) -> str:
        return dotnet({"type": "response.cancel", "response_id": response_id})

    def output_audio_clear(self) -> str:
        # No OpenAI-DotNet class: written by the beta model (fixtures/openai/README.md).
        from openai.types.beta.realtime.realtime_client_event import OutputAudioBufferClear

        return pydantic_text(OutputAudioBufferClear(type="output_audio_buffer.clear"))

    def item_truncate(self, item_id: str, audio_end_ms: int) -> str:
        return dotnet(
            {"type": "conversation.item.truncate", "item_id": item_id, "content_index": 0, "audio_end_ms": audio_end_ms}
        )

    # ------------------------------------------------------------------ server events

    def session_created(self, state: SessionState) -> str:
        return self.server("session.created", session=self._session(state))

    def session_updated(self, state: SessionState) -> str:
        return self.server("session.updated", session=self._session(state))

    def usage(self, usage: Usage) -> dict[str, Any]:
        return {
            "total_tokens": usage.input + usage.output,
            "input_tokens": usage.input,
            "output_tokens": usage.output,
            "input_token_details": {
                "audio_tokens": usage.input_audio,
                "cached_tokens": usage.cached,
                "text_tokens": usage.input_text,
            },
            "output_token_details": {"audio_tokens": usage.output_audio, "text_tokens": usage.output_text},
        }

    def response(self, response: Response) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": response.id,
            "object": "realtime.response",
            "status": response.status,
            "output": [self.item(i) for i in response.output],
            "modalities": ["text", "audio"] if response.audio else ["text"],
            "voice": VOICE,
            "output_audio_format": "pcm16",
            "temperature": 0.8,
            "max_output_tokens": "inf",
        }
        if response.reason:
            data["status_details"] = {"type": "cancelled", "reason": response.reason}
        if response.conversation_id:
            data["conversation_id"] = response.conversation_id
        if response.usage:
            data["usage"] = self.usage(response.usage)
        if response.metadata:
            data["metadata"] = response.metadata
        return data

    def rate_limits(self, remaining: int, reset_seconds: float) -> str:
        limits = [
            {"name": "requests", "limit": 20000, "remaining": 19999, "reset_seconds": 0.003},
            {"name": "tokens", "limit": TOKENS_LIMIT, "remaining": remaining, "reset_seconds": reset_seconds},
        ]
        return self.server("rate_limits.updated", rate_limits=limits)


WIRES: dict[str, type[Wire]] = {"azure": AzureWire, "openai-ga": GaWire, "openai": BetaWire}


def wire(dialect: str, seed: int) -> Wire:
    return WIRES[dialect](seed)


# --------------------------------------------------------------------------- audio


class AudioSource:
    """Deterministic base64 PCM16 chunks of ``chunk_bytes`` bytes: quiet room noise, or voiced sound."""

    def __init__(self, chunk_bytes: int, seed: int) -> None:
        self.rng = random.Random(seed)
        samples = chunk_bytes // 2

        def chunk(amplitude: float) -> str:
            pitch = self.rng.uniform(110.0, 240.0)
            phase = self.rng.uniform(0.0, 2 * math.pi)
            values = []
            for i in range(samples):
                t = i / SAMPLE_RATE
                wave = math.sin(2 * math.pi * pitch * t + phase) + 0.4 * math.sin(6 * math.pi * pitch * t + phase)
                noise = self.rng.gauss(0.0, 0.08)
                values.append(max(-32768, min(32767, round(amplitude * (0.7 * wave + noise)))))
            return base64.b64encode(struct.pack(f"<{samples}h", *values)).decode("ascii")

        self.quiet = [chunk(60.0) for _ in range(16)]
        self.voiced = [chunk(self.rng.uniform(2500.0, 9000.0)) for _ in range(48)]

    def mic(self, speaking: bool) -> str:
        return self.rng.choice(self.voiced if speaking else self.quiet)

    def voice(self) -> str:
        return self.rng.choice(self.voiced)


# --------------------------------------------------------------------------- the conversation


@dataclass(frozen=True)
class Turn:
    """A user's spoken (or pushed-to-talk) turn."""

    item_id: str
    committed: int  # wall ms of input_audio_buffer.committed
    response_at: int  # wall ms at which the server starts the response it creates by itself


@dataclass(frozen=True)
class Played:
    """What :meth:`Conversation.respond` scheduled."""

    id: str
    item_id: str
    end: int  # wall ms of response.done
    call: FunctionCall | None = None


class Conversation:
    """Plays one realtime session on a timeline (milliseconds of wall time) and writes it in one dialect.

    Methods schedule events at given times; :meth:`lines` sorts them. Ids, event ids and audio
    come from seeded generators, so a conversation is reproduced exactly by the same calls.
    The microphone streams one ``input_audio_buffer.append`` per ``chunk_ms`` between the times
    given to :meth:`stream`; the server's audio arrives one delta per ``chunk_ms`` of speech.
    """

    def __init__(self, wire: Wire, *, chunk_ms: int, chunk_bytes: int, seed: int = 0) -> None:
        self.wire = wire
        self.rng = random.Random(seed)
        self.chunk_ms = chunk_ms
        self.audio = AudioSource(chunk_bytes, seed)
        self._events: list[tuple[int, int, str]] = []
        self.items: list[str] = []  # conversation item ids, in conversation order
        self.speech: list[tuple[int, int]] = []  # user speech, wall ms
        self.mic_origin = 0  # wall ms of the first audio in the buffer (VAD times count from it)
        self.session_id = wire.new_id("sess_")
        self.conversation_id = wire.new_id("conv_")
        self.state = SessionState(id=self.session_id, model=wire.model)
        self.instruction_tokens = text_tokens(DEFAULT_INSTRUCTIONS)
        self._context: list[tuple[int, int, int]] = []  # (wall ms, text tokens, audio tokens) the conversation gained
        self._inputs: list[tuple[int, int]] = []  # (wall ms of response.done, input tokens), for cached tokens
        self.tokens_used = 0

    # ------------------------------------------------------------------ the log

    def emit(self, t: int, *texts: str | None) -> None:
        for text in texts:
            if text is not None:
                self._events.append((t, len(self._events), text))

    def lines(self) -> list[str]:
        return [text for _, _, text in sorted(self._events)]

    def _gain(self, t: int, text: int, audio: int) -> None:
        self._context.append((t, text, audio))

    def _usage(self, t: int, extra_input: int, output_text: int, output_audio: int) -> Usage:
        """Token usage of a response created at ``t``: the conversation so far is its input, partly cached."""
        text = self.instruction_tokens + extra_input + sum(x for when, x, _ in self._context if when < t)
        audio = sum(x for when, _, x in self._context if when < t)
        cached = max((tokens for when, tokens in self._inputs if when < t), default=0) // 64 * 64
        return Usage(text, audio, min(cached, text + audio), output_text, output_audio)

    # ------------------------------------------------------------------ session

    def connect(self, t: int = 0) -> None:
        self.emit(t, self.wire.session_created(self.state))

    def configure(self, t: int, setup: Setup) -> int:
        self.emit(t, self.wire.session_update(setup))
        self.state = replace(
            self.state,
            instructions=setup.instructions,
            tools=setup.tools,
            turn_detection=setup.turn_detection,
            interrupt_response=setup.interrupt_response,
            silence_ms=SILENCE_MS,
            transcription=True,
        )
        self.instruction_tokens = text_tokens(setup.instructions) + 60 * len(setup.tools)
        self.emit(t + 45, self.wire.session_updated(self.state))
        return t + 45

    # ------------------------------------------------------------------ the user

    def stream(self, start: int, end: int) -> None:
        """The microphone: one append per chunk from ``start`` to ``end``, voiced while the user speaks."""
        t = start
        speech = sorted(self.speech)
        index = 0
        while t < end:
            while index < len(speech) and speech[index][1] <= t:
                index += 1
            speaking = index < len(speech) and speech[index][0] <= t
            self.emit(t, self.wire.append(self.audio.mic(speaking)))
            t += self.chunk_ms

    def _user_item(self, t: int, item_id: str, seconds: float, transcript: str) -> None:
        """The user's audio item enters the conversation at ``t``; its transcription follows."""
        w = self.wire
        previous = self.items[-1] if self.items else None
        self.emit(t, w.server("input_audio_buffer.committed", previous_item_id=previous, item_id=item_id))
        item = Message("user", (Part("input_audio"),), id=item_id)
        self.emit(t + 2, *w.announced(item, previous))
        self.emit(t + 3, *w.finished(item, previous))
        self.items.append(item_id)
        self._gain(t, text_tokens(transcript), round(seconds * INPUT_AUDIO_TOKENS_PER_S))
        words = transcript.split(" ")
        pieces = [" ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "") for i in range(0, len(words), 4)]
        at = t + 380
        for piece in pieces:
            self.emit(
                at,
                w.server(
                    "conversation.item.input_audio_transcription.delta", item_id=item_id, content_index=0, delta=piece
                ),
            )
            at += 70
        self.emit(at, w.transcription_completed(item_id, transcript, seconds))

    def user_speaks(self, start: int, seconds: float, transcript: str) -> Turn:
        """Speech the server's VAD hears: speech started/stopped, committed, the item, its transcription."""
        w = self.wire
        end = start + round(seconds * 1000)
        self.speech.append((start, end))
        item_id = w.new_id("item_")
        started = start + 160
        self.emit(
            started,
            w.server(
                "input_audio_buffer.speech_started",
                audio_start_ms=max(0, start - self.mic_origin - PREFIX_PADDING_MS),
                item_id=item_id,
            ),
        )
        stopped = end + self.state.silence_ms + 30
        self.emit(
            stopped,
            w.server(
                "input_audio_buffer.speech_stopped",
                audio_end_ms=end - self.mic_origin + self.state.silence_ms,
                item_id=item_id,
            ),
        )
        self._user_item(stopped + 4, item_id, seconds, transcript)
        return Turn(item_id, committed=stopped + 4, response_at=stopped + 12)

    def push_to_talk(self, start: int, seconds: float, transcript: str) -> Turn:
        """Turn detection off: the client clears the buffer, streams while the button is held, commits, asks."""
        w = self.wire
        end = start + round(seconds * 1000)
        self.emit(start - 60, w.clear())
        self.emit(start - 35, w.server("input_audio_buffer.cleared"))
        self.speech.append((start + 150, end - 100))
        self.stream(start, end)
        self.emit(end + 10, w.commit())
        item_id = w.new_id("item_")
        self._user_item(end + 40, item_id, seconds, transcript)
        self.emit(end + 12, w.response_create(Request()))
        return Turn(item_id, committed=end + 40, response_at=end + 60)

    def create_item(self, t: int, item: Item) -> Item:
        """The client adds an item; the server reports it with the id it gave it."""
        w = self.wire
        self.emit(t, w.item_create(item))
        reported = replace(item, id=item.id or w.new_id("item_"))
        previous = self.items[-1] if self.items else None
        self.emit(t + 30, *w.announced(reported, previous))
        self.emit(t + 31, *w.finished(reported, previous))
        assert reported.id is not None
        self.items.append(reported.id)
        if isinstance(item, Message):
            self._gain(t + 30, sum(text_tokens(p.text or "") for p in item.parts), 0)
        else:
            self._gain(t + 30, text_tokens(getattr(item, "output", "")), 0)
        return reported

    def request(self, t: int, request: Request) -> None:
        """The client's ``response.create``."""
        self.emit(t, self.wire.response_create(request))

    # ------------------------------------------------------------------ the assistant

    def respond(
        self,
        t: int,
        text: str = "",
        *,
        seconds: float | None = None,
        audio: bool = True,
        call: tuple[str, str] | None = None,
        in_conversation: bool = True,
        metadata: dict[str, str] | None = None,
        extra_input: int = 0,
        cancel_at: int | None = None,
        client_cancels: bool = True,
        reason: str = "client_cancelled",
    ) -> Played:
        """A response from ``response.created`` at ``t`` to ``response.done``: spoken or written text, or a call.

        ``cancel_at`` (wall ms) stops it there: with ``client_cancels`` the client sends
        ``response.cancel``, ``output_audio_buffer.clear`` and ``conversation.item.truncate`` (at the
        audio it played) at that time, and the server answers; otherwise the server cancels by itself.
        """
        w = self.wire
        response = Response(
            id=w.new_id("resp_"),
            audio=audio and call is None,
            conversation_id=self.conversation_id if in_conversation else None,
            metadata=metadata,
        )
        self.emit(t, w.server("response.created", response=w.response(response)))
        first = t + 240 + self.rng.randrange(0, 120)
        previous = self.items[-1] if self.items and in_conversation else None
        item_id = w.new_id("item_")
        cut = None if cancel_at is None else cancel_at + 25  # the server stops generating here
        truncated: int | None = None  # audio_end_ms of the client's conversation.item.truncate
        if call is not None:
            name, arguments = call
            done: Item = FunctionCall(name, w.new_id("call_", 16), arguments, item_id)
            started: Item = replace(done, arguments="", status="in_progress")
            self.emit(
                first,
                w.server("response.output_item.added", response_id=response.id, output_index=0, item=w.item(started)),
            )
            if in_conversation:
                self.emit(first + 1, *w.announced(started, previous))
                self.items.append(item_id)
            at = first + 30
            pieces = [arguments[i : i + 6] for i in range(0, len(arguments), 6)]
            for piece in pieces:
                self.emit(
                    at,
                    w.server(
                        "response.function_call_arguments.delta",
                        response_id=response.id,
                        item_id=item_id,
                        output_index=0,
                        call_id=done.call_id,
                        delta=piece,
                    ),
                )
                at += 12
            done_args: dict[str, Any] = {"name": name} if w.dialect != "openai" else {}
            self.emit(
                at,
                w.server(
                    "response.function_call_arguments.done",
                    response_id=response.id,
                    item_id=item_id,
                    output_index=0,
                    call_id=done.call_id,
                    arguments=arguments,
                    **done_args,
                ),
            )
            out_text, out_audio, end = text_tokens(arguments) + 8, 0, at + 2
        else:
            kind = "audio" if response.audio else "text"
            started = Message("assistant", (), id=item_id, status="in_progress")
            self.emit(
                first,
                w.server("response.output_item.added", response_id=response.id, output_index=0, item=w.item(started)),
            )
            if in_conversation:
                self.emit(first + 1, *w.announced(started, previous))
                self.items.append(item_id)
            where = {"response_id": response.id, "item_id": item_id, "output_index": 0, "content_index": 0}
            self.emit(first + 2, w.server("response.content_part.added", part=w.part(Part(kind, "")), **where))
            tokens = TOKEN.findall(text)
            assert "".join(tokens) == text, text
            said: list[str] = []
            if response.audio:
                assert seconds is not None
                chunks = math.ceil(seconds * 1000 / self.chunk_ms)
                audio_start = first + 20
                span = seconds * 1000 * 0.85 / len(tokens)
                timeline = [(audio_start - 10 + round(i * span), "t", token) for i, token in enumerate(tokens)]
                timeline += [(audio_start + k * self.chunk_ms, "a", "") for k in range(chunks)]
                last = audio_start
                sent_chunks = 0
                for at, what, token in sorted(timeline, key=lambda entry: entry[0]):
                    if cut is not None and at >= cut:
                        break
                    if what == "t":
                        said.append(token)
                        self.emit(at, w.server(w.transcript_delta, delta=token, **where))
                    else:
                        sent_chunks += 1
                        self.emit(at, w.server(w.audio_delta, delta=self.audio.voice(), **where))
                    last = at
                end = last + 8 if cut is None else max(last + 8, cut + 5)
                spoken = "".join(said)
                out_audio = math.ceil(sent_chunks * self.chunk_ms / 1000 * OUTPUT_AUDIO_TOKENS_PER_S)
                self.emit(end, w.server(w.audio_done, **where), w.server(w.transcript_done, transcript=spoken, **where))
                if cancel_at is not None and client_cancels:
                    # The client played the audio it received, less what its jitter buffer still held.
                    truncated = max(0, min(sent_chunks * self.chunk_ms, cancel_at - audio_start - 80))
                    self.emit(cancel_at, w.response_cancel(response.id), w.output_audio_clear())
                    self.emit(cancel_at + 1, w.item_truncate(item_id, truncated))
            else:
                at = first + 25
                for token in tokens:
                    if cut is not None and at >= cut:
                        break
                    said.append(token)
                    self.emit(at, w.server(w.text_delta, delta=token, **where))
                    at += 30
                end = at if cut is None else max(at, cut + 5)
                spoken = "".join(said)
                out_audio = 0
                self.emit(end, w.server(w.text_done, text=spoken, **where))
            out_text = text_tokens(spoken) if spoken else 0
            self.emit(end + 1, w.server("response.content_part.done", part=w.part(Part(kind, spoken)), **where))
            status = "completed" if cut is None else "incomplete"
            done = Message("assistant", (Part(kind, spoken),), id=item_id, status=status)
        if in_conversation:
            self.emit(end + 2, *w.finished(done, previous))
        self.emit(
            end + 3, w.server("response.output_item.done", response_id=response.id, output_index=0, item=w.item(done))
        )
        usage = self._usage(t, extra_input, out_text, out_audio)
        response.status = "completed" if cut is None else "cancelled"
        response.reason = None if cut is None else reason
        response.output = [done]
        response.usage = usage
        self.emit(end + 4, w.server("response.done", response=w.response(response)))
        self.tokens_used += usage.input + usage.output
        self.emit(
            end + 5, w.rate_limits(TOKENS_LIMIT - self.tokens_used - 4096, round(0.002 + usage.input / 500_000, 3))
        )
        if in_conversation:
            self._gain(end + 4, out_text, out_audio)
        self._inputs.append((end + 4, usage.input))
        if truncated is not None:
            self.emit(end + 6, w.output_audio_cleared(response.id))
            self.emit(
                end + 7,
                w.server("conversation.item.truncated", item_id=item_id, content_index=0, audio_end_ms=truncated),
            )
        return Played(response.id, item_id, end + 4, done if isinstance(done, FunctionCall) else None)


# --------------------------------------------------------------------------- the recorded sessions


def voice_turn(c: Conversation) -> None:
    """One spoken question and a spoken answer, server VAD."""
    c.connect(0)
    c.configure(180, Setup("You are a friendly assistant. Keep answers short."))
    c.mic_origin = 600
    turn = c.user_speaks(1400, 2.2, "What's a good name for a grey kitten?")
    answer = c.respond(turn.response_at, "How about Smokey? It suits a grey kitten.", seconds=2.6)
    c.stream(600, answer.end + 600)


def function_call(c: Conversation) -> None:
    """A question the model answers with a tool: call, arguments, the client's output, a second response."""
    c.connect(0)
    c.configure(180, Setup("You are a voice assistant. Use get_weather for weather questions.", tools=(WEATHER,)))
    c.mic_origin = 600
    turn = c.user_speaks(1300, 2.4, "What's the weather like in Paris right now?")
    call = c.respond(turn.response_at, call=("get_weather", '{"city":"Paris"}'))
    assert call.call is not None
    t = call.end + 420  # the app runs the tool
    c.create_item(t, FunctionOutput(call.call.call_id, '{"temp_c":24,"sky":"sunny","wind_kmh":9}'))
    c.request(t + 3, Request())
    answer = c.respond(t + 70, "It's sunny and 24 °C in Paris, with a light breeze.", seconds=3.2)
    c.stream(600, answer.end + 600)


def barge_in(c: Conversation) -> None:
    """The user talks over a long answer: the client cancels it, clears its audio and truncates the item."""
    c.connect(0)
    # interrupt_response off: the client decides, cancelling the response itself.
    c.configure(180, Setup("You are a tour guide. Answer in detail.", interrupt_response=False))
    c.mic_origin = 600
    turn = c.user_speaks(1300, 1.9, "Tell me about the history of Rome.")
    barge = turn.response_at + 3300  # the user starts speaking again
    cancel = barge + 160 + 40  # speech_started reached the client, which reacts
    long_answer = (
        "Rome began, as the legend goes, in 753 BC, when Romulus founded a small town on the Palatine "
        "hill. Over the next centuries it grew into a republic, and then into an empire that reached "
        "from Britain to Egypt."
    )
    c.respond(turn.response_at, long_answer, seconds=11.5, cancel_at=cancel)
    again = c.user_speaks(barge, 1.8, "Sorry, just the Colosseum, please.")
    answer = c.respond(
        again.response_at, "The Colosseum opened in 80 AD and held about fifty thousand people.", seconds=4.0
    )
    c.stream(600, answer.end + 600)


def push_to_talk(c: Conversation) -> None:
    """Turn detection off: the client clears, streams while a button is held, commits and asks for a response."""
    c.connect(0)
    c.configure(180, Setup("You are a kitchen timer assistant. Be brief.", turn_detection=False))
    turn = c.push_to_talk(1500, 1.6, "Set a timer for ten minutes.")
    c.respond(turn.response_at, "Okay, ten minutes, starting now.", seconds=1.9)


def text_turn(c: Conversation) -> None:
    """A typed message and a text-only answer in a voice session."""
    c.connect(0)
    c.configure(180, Setup("You are a friendly assistant. Keep answers short."))
    c.create_item(1200, Message("user", (Part("input_text", "How do you spell necessary?"),)))
    c.request(1203, Request(audio=False))
    c.respond(1260, "N-E-C-E-S-S-A-R-Y: one C, two Ss.", audio=False)


def out_of_band(c: Conversation) -> None:
    """Azure: out-of-band responses (``commit: false``) beside the spoken ones, with and without ``cancel_previous``."""
    c.connect(0)
    c.configure(180, Setup("You are the voice assistant of Contoso Fitness. Be brief and friendly."))
    c.mic_origin = 600
    turn = c.user_speaks(1300, 2.6, "I was charged twice for my membership this month.")
    spoken = c.respond(
        turn.response_at, "I'm sorry about that. Let me look into the double charge for you.", seconds=4.3
    )
    # While the answer plays, the app classifies the call without touching the conversation and
    # without stopping the answer (cancel_previous: false).
    t = turn.response_at + 1500
    crm = Message("system", (Part("input_text", "CRM: member since 2021, monthly plan, two charges on 1 June."),))
    ask = Message("user", (Part("input_text", "Classify this call."),))
    c.request(
        t,
        Request(
            commit=False,
            cancel_previous=False,
            append=(crm, ask),
            audio=False,
            additional_instructions="Answer with one word: billing, refund, technical or other.",
            metadata={"purpose": "classification"},
        ),
    )
    c.respond(
        t + 60, "billing", audio=False, in_conversation=False, metadata={"purpose": "classification"}, extra_input=24
    )
    # The next answer is cut short: the app hands the call over with an out-of-band note, and
    # cancel_previous (true unless said otherwise) makes the server cancel the answer in progress.
    turn = c.user_speaks(spoken.end + 1400, 1.7, "Can I talk to a person, please?")
    handover = turn.response_at + 1200
    c.respond(
        turn.response_at,
        "Of course. Before I transfer you, can I ask what the second charge was for?",
        seconds=5.0,
        cancel_at=handover + 30,
        client_cancels=False,
    )
    c.request(
        handover,
        Request(
            commit=False,
            audio=False,
            additional_instructions="Write a one-line note for the human agent who takes over this call.",
            metadata={"purpose": "handover"},
        ),
    )
    note = c.respond(
        handover + 90,
        "Member charged twice for June, asks for a refund and a human agent.",
        audio=False,
        in_conversation=False,
        metadata={"purpose": "handover"},
    )
    c.stream(600, note.end + 600)


def item_reference(c: Conversation) -> None:
    """GA: an out-of-band response whose input refers to items the server reported, by ``item_reference``."""
    c.connect(0)
    c.configure(180, Setup("You are a booking assistant for a dental clinic. Be brief."))
    c.mic_origin = 600
    turn = c.user_speaks(1300, 2.7, "I'd like to move my appointment to Friday.")
    answer = c.respond(turn.response_at, "Sure. What time works for you on Friday?", seconds=2.5)
    # The app's calendar adds what it knows, as a system message.
    note = c.create_item(
        answer.end + 300,
        Message("system", (Part("input_text", "Calendar: Friday has free slots at 09:30 and 14:00."),)),
    )
    assert note.id is not None
    again = c.user_speaks(answer.end + 1200, 1.8, "Two in the afternoon, please.")
    confirm = c.respond(again.response_at, "Done: Friday at two in the afternoon.", seconds=2.4)
    # A summary for the app's back end, out of band, over three of the conversation's items.
    t = confirm.end + 400
    c.request(
        t,
        Request(
            commit=False,
            audio=False,
            input=(
                Ref(turn.item_id),
                Ref(note.id),
                Ref(again.item_id),
                Message("user", (Part("input_text", "Summarize the change as JSON with keys action and slot."),)),
            ),
            metadata={"purpose": "summary"},
        ),
    )
    summary = c.respond(
        t + 60,
        '{"action":"reschedule","slot":"Friday 14:00"}',
        audio=False,
        in_conversation=False,
        metadata={"purpose": "summary"},
        extra_input=40,
    )
    c.stream(600, summary.end + 600)


#: name → (script, dialects it is recorded in)
SCRIPTS: dict[str, tuple[Callable[[Conversation], None], tuple[str, ...]]] = {
    "voice_turn": (voice_turn, DIALECTS),
    "function_call": (function_call, DIALECTS),
    "barge_in": (barge_in, DIALECTS),
    "push_to_talk": (push_to_talk, DIALECTS),
    "text_turn": (text_turn, DIALECTS),
    "out_of_band": (out_of_band, ("azure",)),
    "item_reference": (item_reference, ("openai-ga",)),
}

#: The fixtures' audio: each append and delta stands for 200 ms, its payload cut to 24 bytes (32 base64 characters).
CHUNK_MS = 200
CHUNK_BYTES = 24


def record(name: str, dialect: str) -> list[str]:
    """The lines of one recorded session."""
    seed = zlib.crc32(f"{dialect}/{name}".encode())
    conversation = Conversation(wire(dialect, seed), chunk_ms=CHUNK_MS, chunk_bytes=CHUNK_BYTES, seed=seed)
    SCRIPTS[name][0](conversation)
    return conversation.lines()


def build() -> dict[str, str]:
    """Every session: path relative to ``fixtures/`` → exact JSON Lines text (each line ends with ``\\n``)."""
    return {
        f"sessions/{dialect}/{name}.jsonl": "".join(line + "\n" for line in record(name, dialect))
        for name, (_, dialects) in SCRIPTS.items()
        for dialect in dialects
    }


def main() -> None:
    files = build()
    stale = [
        path
        for dialect in DIALECTS
        for path in (SESSIONS / dialect).glob("*.jsonl")
        if str(path.relative_to(FIXTURES)) not in files
    ]
    for path in stale:
        path.unlink()
    for relative, text in files.items():
        path = FIXTURES / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    print(f"wrote {len(files)} sessions under {SESSIONS} ({len(stale)} stale removed)", file=sys.stderr)


if __name__ == "__main__":
    main()
