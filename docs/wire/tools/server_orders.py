"""Derive every server event's wire shape from the three SDKs, check the neutral model against it, render the docs.

For each neutral server class (events and the objects they carry) and each dialect,
this script reads the SDK class that dialect writes and lists its keys in the exact
order the dialect writes them:

* azure — the keyword signature of the SDK class's first ``__init__`` overload (walking
  the MRO to the first class that declares one), then the keys its ``__init__`` bodies
  assign after ``super().__init__`` (the discriminator ``type``, constants such as
  ``timestamp_type``), base class first: the order ``json.dumps(Model(**kwargs).as_dict())``
  writes (``azure/ai/voicelive/_utils/model_base.py:882-888``);
* openai-ga, openai (beta) — ``model_fields`` declaration order, the order
  ``model_dump_json(exclude_none=True)`` writes.

Each key is then matched to the neutral attribute it carries (same name unless the
mapping below says otherwise), and every neutral attribute no key carries is listed
as what the dialect cannot express, with the loss reason. The script fails on any
mismatch: an SDK union member without a neutral class, a wire key without a neutral
attribute, a neutral attribute required although some dialect leaves it optional.

Run from the worktree root::

    PYTHONPATH=src python docs/wire/tools/server_orders.py           # print a summary
    PYTHONPATH=src python docs/wire/tools/server_orders.py --write   # regenerate the doc tables
    PYTHONPATH=src python docs/wire/tools/server_orders.py --check   # fail if the docs are stale

The tables go between ``<!-- BEGIN GENERATED -->`` and ``<!-- END GENERATED -->`` in
``docs/wire/{azure,openai-ga,openai}-server.md``; the prose around them is written by hand.
"""

from __future__ import annotations

import argparse
import ast
import enum
import functools
import importlib
import inspect
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import attrs

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "docs" / "wire"

DIALECTS = ("azure", "openai-ga", "openai")
DOC_FILES = {"azure": "azure-server.md", "openai-ga": "openai-ga-server.md", "openai": "openai-server.md"}
LABEL = {"azure": "Azure", "openai-ga": "GA", "openai": "beta"}

# The neutral modules this script covers, in the order the docs present them.
NEUTRAL_MODULES = (
    "server_events",
    "transcription_events",
    "response_events",
    "tool_events",
    "avatar_events",
    "response",
)

# --------------------------------------------------------------------------- how a wire key maps to the neutral


@dataclass(frozen=True)
class Same:
    """The key carries the neutral attribute of the same name."""


@dataclass(frozen=True)
class Rename:
    """The key carries the neutral attribute ``attr``."""

    attr: str


@dataclass(frozen=True)
class Tag:
    """The key is the discriminator: its value says which neutral class (or variant) this is."""

    value: str
    covers: tuple[str, ...] = ()  # neutral attributes the tag's value carries (e.g. status details' ``type``)


@dataclass(frozen=True)
class Const:
    """The key always holds ``value``; the SDK writes it itself, the neutral has no attribute for it."""

    value: str


@dataclass(frozen=True)
class Nested:
    """The key holds an object whose inner keys carry several neutral attributes (GA ``audio``)."""

    paths: tuple[tuple[str, str], ...]  # (wire path inside the key, neutral attribute)


Mapping_ = Same | Rename | Tag | Const | Nested


@dataclass
class Key:
    """One wire key of one SDK class, in write order."""

    name: str
    required: bool
    sdk_type: str
    mapping: Mapping_ = field(default_factory=Same)
    note: str = ""
    line: int | None = None  # where the SDK declares (or assigns) the key

    def covers(self) -> tuple[str, ...]:
        m = self.mapping
        if isinstance(m, Same):
            return (self.name,)
        if isinstance(m, Rename):
            return (m.attr,)
        if isinstance(m, Tag):
            return m.covers
        if isinstance(m, Nested):
            return tuple(attr for _, attr in m.paths)
        return ()


@dataclass
class Shape:
    """How one dialect writes one neutral class (or one variant of it)."""

    dialect: str
    sdk_name: str  # e.g. ServerEventResponseAudioDelta
    source: str  # file:line
    keys: list[Key]
    wire_type: str | None = None  # events: the ``type`` value
    variant: str = ""  # a variant's condition, e.g. "type = cancelled"


# --------------------------------------------------------------------------- reading the SDKs

ENUMS_SEEN: dict[str, list[str]] = {}


def _site_relative(path: str) -> str:
    marker = "site-packages/"
    return path.split(marker, 1)[1] if marker in path else path


def source_of(cls: type) -> str:
    file = _site_relative(inspect.getsourcefile(cls) or "?")
    line = _class_source(cls)[1]
    if file.startswith("azure/ai/voicelive/models/_models.py"):
        file = "_models.py"
    return f"{file}:{line}"


@functools.cache
def _module_classes(path: str) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """A source file's lines and the (first, last) line of each top-level class, parsed once."""
    text = Path(path).read_text(encoding="utf-8")
    spans = {
        node.name: (node.lineno, node.end_lineno or node.lineno)
        for node in ast.parse(text).body
        if isinstance(node, ast.ClassDef)
    }
    return text.splitlines(keepends=True), spans


def _class_source(klass: type) -> tuple[list[str], int]:
    # inspect.getsourcelines parses the whole module for every class it looks up (8,700 lines
    # for Azure's _models.py); one parse per file instead.
    try:
        path = inspect.getsourcefile(klass)
    except TypeError:
        return [], 0
    if path is None:
        return [], 0
    lines, spans = _module_classes(path)
    if klass.__name__ not in spans:
        return [], 0
    first, last = spans[klass.__name__]
    return lines[first - 1 : last], first


def declaration_line(cls: type, name: str) -> int | None:
    """The source line declaring attribute ``name`` in ``cls`` or the nearest base that declares it."""
    for klass in cls.__mro__:
        lines, start = _class_source(klass)
        for offset, text in enumerate(lines):
            if re.match(rf"    {re.escape(name)}\s*:", text):
                return start + offset
    return None


def _azure_models() -> Any:
    from azure.ai.voicelive import models

    return models


def render_azure_type(annotation: Any) -> str:
    """``Optional["_models.X"]`` → ``X``; open enums are marked, their values listed at the end of the doc."""
    text = render_type(annotation)
    models = _azure_models()
    for name in set(re.findall(r"[A-Za-z_]\w*", text)):
        value = getattr(models, name, None)
        if isinstance(value, type) and issubclass(value, enum.Enum):
            ENUMS_SEEN[name] = [member.value for member in value]
    return text


def azure_shape(cls: type, wire_type: str | None, overrides: dict[str, Mapping_], variant: str = "") -> Shape:
    """Signature order of the first keyword ``__init__`` overload, then what ``__init__`` assigns."""
    params: list[inspect.Parameter] = []
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        for overload in typing.get_overloads(init):
            found = [p for p in inspect.signature(overload).parameters.values() if p.name != "self"]
            if found and found[0].name != "mapping":
                params = found
                break
        if params:
            break
    rest = getattr(cls, "_attr_to_rest_field", {})
    keys: list[Key] = []
    for param in params:
        wire = rest[param.name]._rest_name if param.name in rest else param.name
        keys.append(
            Key(
                wire,
                param.default is inspect.Parameter.empty,
                render_azure_type(param.annotation),
                line=declaration_line(cls, param.name),
            )
        )
    # What the __init__ bodies assign after super().__init__, base first (model_base.py:882-888
    # inserts kwargs first; these assignments then append the keys not yet present).
    module = sys.modules[cls.__module__]
    for klass in reversed(cls.__mro__):
        init = klass.__dict__.get("__init__")
        if init is None or not hasattr(init, "__code__"):
            continue
        source, first_line = inspect.getsourcelines(init)
        text = "".join(source)
        body = text.split("super().__init__(*args, **kwargs)", 1)
        if len(body) < 2:
            continue
        for match in re.finditer(r"self\.(\w+)(?::[^=\n]*)? = ([^\n#]+)", body[1]):
            line = first_line + text[: len(body[0]) + match.start()].count("\n") + 1
            name, expression = match.group(1), match.group(2).strip()
            value = eval(expression, vars(module))  # an enum member or a string literal of the SDK's own source
            value = value.value if isinstance(value, enum.Enum) else value
            existing = next((k for k in keys if k.name == name), None)
            if existing is not None:
                keys.remove(existing)
            keys.append(Key(name, True, f'"{value}"', Tag(value) if name == "type" else Const(value), line=line))
    for key in keys:
        if key.name in overrides:
            key.mapping = overrides[key.name]
        elif key.name == "type" and wire_type is not None:
            key.mapping = Tag(wire_type)
    return Shape("azure", cls.__name__, source_of(cls), keys, wire_type, variant)


def render_type(annotation: Any) -> str:
    """A compact, readable form of an SDK annotation; optionality is the table's "req" column."""
    if isinstance(annotation, str):
        text = annotation.replace('"', "").replace("_models.", "").replace("_unions.", "").replace("typing.", "")
        if text.startswith("Optional[") and text.endswith("]"):
            text = text[len("Optional[") : -1]
        return text
    if isinstance(annotation, typing.ForwardRef):
        return render_type(annotation.__forward_arg__)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return render_type(args[0])
    if origin in (Union, types.UnionType):
        parts = [render_type(a) for a in args if a is not type(None)]
        return " | ".join(dict.fromkeys(parts))
    if origin is Literal:
        return " | ".join(f'"{a}"' if isinstance(a, str) else str(a) for a in args)
    if origin is list:
        return f"list[{render_type(args[0])}]"
    if origin is dict:
        return f"dict[{render_type(args[0])}, {render_type(args[1])}]"
    if annotation is object or annotation is Any:
        return "Any (free JSON)"
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation).replace("typing.", "")


render_pydantic_type = render_type


def pydantic_shape(
    dialect: str, cls: type, wire_type: str | None, overrides: dict[str, Mapping_], variant: str = ""
) -> Shape:
    keys = []
    for name, info in cls.model_fields.items():  # type: ignore[attr-defined]
        key = Key(name, info.is_required(), render_pydantic_type(info.annotation), line=declaration_line(cls, name))
        if name in overrides:
            key.mapping = overrides[name]
        elif name == "type" and wire_type is not None:
            key.mapping = Tag(wire_type)
        keys.append(key)
    return Shape(dialect, cls.__name__, source_of(cls), keys, wire_type, variant)


def union_members(annotation: Any) -> list[type]:
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return union_members(args[0])
    if origin in (Union, types.UnionType):
        return [m for a in args for m in union_members(a)]
    return [annotation]


def sdk_events(dialect: str) -> dict[str, type]:
    """Every server event class of a dialect's SDK, by wire ``type``."""
    if dialect == "azure":
        from azure.ai.voicelive.models import _models

        return dict(_models.ServerEvent.__mapping__)
    module = "openai.types.realtime" if dialect == "openai-ga" else "openai.types.beta.realtime"
    union = importlib.import_module(f"{module}.realtime_server_event").RealtimeServerEvent
    return {get_args(m.model_fields["type"].annotation)[0]: m for m in union_members(union)}


# --------------------------------------------------------------------------- the specification: events

# (neutral class, azure type, GA type, beta type); None = the dialect has no such event.
S = "same"  # the same wire type as GA's
EVENTS: list[tuple[str, str | None, str | None, str | tuple[str, ...] | None]] = [
    # server_events
    ("SessionCreatedEvent", S, "session.created", S),
    ("SessionUpdatedEvent", S, "session.updated", ("session.updated", "transcription_session.updated")),
    ("ConversationCreatedEvent", None, "conversation.created", S),
    ("ConversationItemCreatedEvent", S, "conversation.item.created", S),
    ("ConversationItemAddedEvent", None, "conversation.item.added", None),
    # Azure: not in azure-ai-voicelive 1.3.1, but VoiceLive servers send it (EXTENSIONS).
    ("ConversationItemDoneEvent", S, "conversation.item.done", None),
    ("ConversationItemRetrievedEvent", S, "conversation.item.retrieved", S),
    ("ConversationItemDeletedEvent", S, "conversation.item.deleted", S),
    ("ConversationItemTruncatedEvent", S, "conversation.item.truncated", S),
    ("InputAudioBufferCommittedEvent", S, "input_audio_buffer.committed", S),
    ("InputAudioBufferClearedEvent", S, "input_audio_buffer.cleared", S),
    ("InputAudioBufferSpeechStartedEvent", S, "input_audio_buffer.speech_started", S),
    ("InputAudioBufferSpeechStoppedEvent", S, "input_audio_buffer.speech_stopped", S),
    ("InputAudioBufferTimeoutTriggeredEvent", None, "input_audio_buffer.timeout_triggered", None),
    ("InputAudioBufferDtmfEventReceivedEvent", None, "input_audio_buffer.dtmf_event_received", None),
    ("OutputAudioBufferStartedEvent", None, "output_audio_buffer.started", S),
    ("OutputAudioBufferStoppedEvent", None, "output_audio_buffer.stopped", S),
    ("OutputAudioBufferClearedEvent", S, "output_audio_buffer.cleared", S),
    ("ErrorEvent", S, "error", S),
    ("WarningEvent", "warning", None, None),
    ("RateLimitsUpdatedEvent", None, "rate_limits.updated", S),
    # transcription_events
    (
        "ConversationItemInputAudioTranscriptionCompletedEvent",
        S,
        "conversation.item.input_audio_transcription.completed",
        S,
    ),
    ("ConversationItemInputAudioTranscriptionDeltaEvent", S, "conversation.item.input_audio_transcription.delta", S),
    ("ConversationItemInputAudioTranscriptionFailedEvent", S, "conversation.item.input_audio_transcription.failed", S),
    (
        "ConversationItemInputAudioTranscriptionSegmentEvent",
        None,
        "conversation.item.input_audio_transcription.segment",
        None,
    ),
    # response_events
    ("ResponseCreatedEvent", S, "response.created", S),
    ("ResponseDoneEvent", S, "response.done", S),
    ("ResponseOutputItemAddedEvent", S, "response.output_item.added", S),
    ("ResponseOutputItemDoneEvent", S, "response.output_item.done", S),
    ("ResponseContentPartAddedEvent", S, "response.content_part.added", S),
    ("ResponseContentPartDoneEvent", S, "response.content_part.done", S),
    ("ResponseOutputTextDeltaEvent", "response.text.delta", "response.output_text.delta", "response.text.delta"),
    ("ResponseOutputTextDoneEvent", "response.text.done", "response.output_text.done", "response.text.done"),
    ("ResponseOutputAudioDeltaEvent", "response.audio.delta", "response.output_audio.delta", "response.audio.delta"),
    ("ResponseOutputAudioDoneEvent", "response.audio.done", "response.output_audio.done", "response.audio.done"),
    (
        "ResponseOutputAudioTranscriptDeltaEvent",
        "response.audio_transcript.delta",
        "response.output_audio_transcript.delta",
        "response.audio_transcript.delta",
    ),
    (
        "ResponseOutputAudioTranscriptDoneEvent",
        "response.audio_transcript.done",
        "response.output_audio_transcript.done",
        "response.audio_transcript.done",
    ),
    ("ResponseAudioTranscriptAnnotationAddedEvent", "response.audio_transcript.annotation.added", None, None),
    ("ResponseFunctionCallArgumentsDeltaEvent", S, "response.function_call_arguments.delta", S),
    ("ResponseFunctionCallArgumentsDoneEvent", S, "response.function_call_arguments.done", S),
    # tool_events
    ("McpListToolsInProgressEvent", S, "mcp_list_tools.in_progress", None),
    ("McpListToolsCompletedEvent", S, "mcp_list_tools.completed", None),
    ("McpListToolsFailedEvent", S, "mcp_list_tools.failed", None),
    ("ResponseMcpCallArgumentsDeltaEvent", S, "response.mcp_call_arguments.delta", None),
    ("ResponseMcpCallArgumentsDoneEvent", S, "response.mcp_call_arguments.done", None),
    ("ResponseMcpCallInProgressEvent", S, "response.mcp_call.in_progress", None),
    ("ResponseMcpCallCompletedEvent", S, "response.mcp_call.completed", None),
    ("ResponseMcpCallFailedEvent", S, "response.mcp_call.failed", None),
    ("ResponseWebSearchCallInProgressEvent", "response.web_search_call.in_progress", None, None),
    ("ResponseWebSearchCallSearchingEvent", "response.web_search_call.searching", None, None),
    ("ResponseWebSearchCallCompletedEvent", "response.web_search_call.completed", None, None),
    ("ResponseFileSearchCallInProgressEvent", "response.file_search_call.in_progress", None, None),
    ("ResponseFileSearchCallSearchingEvent", "response.file_search_call.searching", None, None),
    ("ResponseFileSearchCallCompletedEvent", "response.file_search_call.completed", None, None),
    ("ResponseInvocationDeltaEvent", "response.invocation.delta", None, None),
    # avatar_events
    ("ResponseAnimationBlendshapeDeltaEvent", "response.animation_blendshapes.delta", None, None),
    ("ResponseAnimationBlendshapeDoneEvent", "response.animation_blendshapes.done", None, None),
    ("ResponseAnimationVisemeDeltaEvent", "response.animation_viseme.delta", None, None),
    ("ResponseAnimationVisemeDoneEvent", "response.animation_viseme.done", None, None),
    ("ResponseAudioTimestampDeltaEvent", "response.audio_timestamp.delta", None, None),
    ("ResponseAudioTimestampDoneEvent", "response.audio_timestamp.done", None, None),
    ("ResponseVideoDeltaEvent", "response.video.delta", None, None),
    ("SessionAvatarConnectingEvent", "session.avatar.connecting", None, None),
    ("SessionAvatarSwitchToIdleEvent", "session.avatar.switch_to_idle", None, None),
    ("SessionAvatarSwitchToSpeakingEvent", "session.avatar.switch_to_speaking", None, None),
]


#: Events a dialect's servers send that its SDK has no class for, written with the keys of the
#: closest SDK class: (neutral class, dialect) -> that class's wire type. VoiceLive servers send
#: GA's ``conversation.item.done`` (fixtures/captured/azure/006, the captured sessions); its keys
#: are those of ``conversation.item.created`` (``event_id, previous_item_id, item, type``).
EXTENSIONS: dict[tuple[str, str], str] = {("ConversationItemDoneEvent", "azure"): "conversation.item.created"}


def sdk_class(dialect: str, name: str, wire_type: str) -> type:
    """The SDK class a dialect writes the event ``wire_type`` with (an extension's sibling class)."""
    return sdk_events(dialect)[EXTENSIONS.get((name, dialect), wire_type)]


def event_types(row: tuple[str, str | None, str | None, str | tuple[str, ...] | None]) -> dict[str, tuple[str, ...]]:
    """Wire types per dialect for one row of :data:`EVENTS`."""
    _, azure, ga, beta = row
    out: dict[str, tuple[str, ...]] = {}
    for dialect, value in (("azure", azure), ("openai-ga", ga), ("openai", beta)):
        if value is None:
            continue
        value = ga if value == S else value
        assert value is not None
        out[dialect] = value if isinstance(value, tuple) else (value,)
    return out


# --------------------------------------------------------------------------- the specification: objects


def _ga(module: str, name: str) -> type:
    return getattr(importlib.import_module(f"openai.types.realtime.{module}"), name)  # type: ignore[no-any-return]


def _beta(module: str, name: str) -> type:
    return getattr(importlib.import_module(f"openai.types.beta.realtime.{module}"), name)  # type: ignore[no-any-return]


def _az(name: str) -> type:
    return getattr(_azure_models(), name)  # type: ignore[no-any-return]


# neutral object -> dialect -> [(SDK class, variant condition)]; "manual" shapes are below.
OBJECTS: dict[str, Callable[[], dict[str, list[tuple[type, str]]]]] = {
    "Response": lambda: {
        "azure": [(_az("Response"), "")],
        "openai-ga": [(_ga("realtime_response", "RealtimeResponse"), "")],
        "openai": [(_beta("realtime_response", "RealtimeResponse"), "")],
    },
    "ResponseStatusDetails": lambda: {
        "azure": [
            (_az("ResponseCancelledDetails"), "type = cancelled"),
            (_az("ResponseIncompleteDetails"), "type = incomplete"),
            (_az("ResponseFailedDetails"), "type = failed"),
            (_az("ResponseStatusDetails"), "type = any other value"),
        ],
        "openai-ga": [(_ga("realtime_response_status", "RealtimeResponseStatus"), "")],
        "openai": [(_beta("realtime_response_status", "RealtimeResponseStatus"), "")],
    },
    "ResponseStatusError": lambda: {
        "openai-ga": [(_ga("realtime_response_status", "Error"), "")],
        "openai": [(_beta("realtime_response_status", "Error"), "")],
    },
    "ResponseUsage": lambda: {
        "azure": [(_az("TokenUsage"), "")],
        "openai-ga": [(_ga("realtime_response_usage", "RealtimeResponseUsage"), "")],
        "openai": [(_beta("realtime_response_usage", "RealtimeResponseUsage"), "")],
    },
    "InputTokenDetails": lambda: {
        "azure": [(_az("InputTokenDetails"), "")],
        "openai-ga": [
            (_ga("realtime_response_usage_input_token_details", "RealtimeResponseUsageInputTokenDetails"), "")
        ],
        "openai": [(_beta("realtime_response_usage", "InputTokenDetails"), "")],
    },
    "CachedTokenDetails": lambda: {
        "azure": [(_az("CachedTokenDetails"), "")],
        "openai-ga": [(_ga("realtime_response_usage_input_token_details", "CachedTokensDetails"), "")],
    },
    "OutputTokenDetails": lambda: {
        "azure": [(_az("OutputTokenDetails"), "")],
        "openai-ga": [
            (_ga("realtime_response_usage_output_token_details", "RealtimeResponseUsageOutputTokenDetails"), "")
        ],
        "openai": [(_beta("realtime_response_usage", "OutputTokenDetails"), "")],
    },
    "Conversation": lambda: {
        "openai-ga": [(_ga("conversation_created_event", "Conversation"), "")],
        "openai": [(_beta("conversation_created_event", "Conversation"), "")],
    },
    "ErrorDetails": lambda: {
        "azure": [(_az("ServerEventErrorDetails"), "")],
        "openai-ga": [(_ga("realtime_error", "RealtimeError"), "")],
        "openai": [(_beta("error_event", "Error"), "")],
    },
    "WarningDetails": lambda: {"azure": [(_az("ServerEventWarningDetails"), "")]},
    "RateLimit": lambda: {
        "openai-ga": [(_ga("rate_limits_updated_event", "RateLimit"), "")],
        "openai": [(_beta("rate_limits_updated_event", "RateLimit"), "")],
    },
    "LogProbProperties": lambda: {
        "azure": [(_az("LogProbProperties"), "")],
        "openai-ga": [(_ga("log_prob_properties", "LogProbProperties"), "")],
        # beta declares the same shape twice, once per event module; both are listed.
        "openai": [
            (_beta("conversation_item_input_audio_transcription_completed_event", "Logprob"), "in .completed"),
            (_beta("conversation_item_input_audio_transcription_delta_event", "Logprob"), "in .delta"),
        ],
    },
    "TranscriptionWord": lambda: {"azure": [(_az("TranscriptionWord"), "")]},
    "TranscriptionPhrase": lambda: {"azure": [(_az("TranscriptionPhrase"), "")]},
    "TranscriptionLanguage": lambda: {
        "openai-ga": [(importlib.import_module("openai.types.audio.transcription_language").TranscriptionLanguage, "")]
    },
    "TranscriptionTokenUsage": lambda: {
        "openai-ga": [
            (_ga("conversation_item_input_audio_transcription_completed_event", "UsageTranscriptTextUsageTokens"), "")
        ],
        "openai": [
            (_beta("conversation_item_input_audio_transcription_completed_event", "UsageTranscriptTextUsageTokens"), "")
        ],
    },
    "TranscriptionInputTokenDetails": lambda: {
        "openai-ga": [
            (
                _ga(
                    "conversation_item_input_audio_transcription_completed_event",
                    "UsageTranscriptTextUsageTokensInputTokenDetails",
                ),
                "",
            )
        ],
        "openai": [
            (
                _beta(
                    "conversation_item_input_audio_transcription_completed_event",
                    "UsageTranscriptTextUsageTokensInputTokenDetails",
                ),
                "",
            )
        ],
    },
    "TranscriptionDurationUsage": lambda: {
        "openai-ga": [
            (_ga("conversation_item_input_audio_transcription_completed_event", "UsageTranscriptTextUsageDuration"), "")
        ],
        "openai": [
            (
                _beta(
                    "conversation_item_input_audio_transcription_completed_event", "UsageTranscriptTextUsageDuration"
                ),
                "",
            )
        ],
    },
    "TranscriptionError": lambda: {
        "azure": [(_az("VoiceLiveErrorDetails"), "")],
        "openai-ga": [(_ga("conversation_item_input_audio_transcription_failed_event", "Error"), "")],
        "openai": [(_beta("conversation_item_input_audio_transcription_failed_event", "Error"), "")],
    },
}

# Shapes no SDK class declares. Azure's ``ResponseFailedDetails.error`` is ``Any``
# (``_models.py:4261``): the SDK writes whatever it is given. The neutral keeps GA's three
# keys; Azure writes them in the order of its own error object (``ServerEventErrorDetails``:
# type, code, message).
MANUAL: dict[tuple[str, str], Shape] = {
    ("ResponseStatusError", "azure"): Shape(
        "azure",
        "(free JSON: ResponseFailedDetails.error is Any)",
        "_models.py:4261",
        [Key("type", False, "str"), Key("code", False, "str"), Key("message", False, "str")],
    ),
}

# Keys whose wire name differs from the neutral attribute, keys the neutral spreads or
# gathers, tags that carry a neutral value: (neutral class, dialect) -> key -> mapping.
OVERRIDES: dict[tuple[str, str], dict[str, Mapping_]] = {
    ("Response", "openai-ga"): {
        "audio": Nested((("output.format", "output_audio_format"), ("output.voice", "voice"))),
        "output_modalities": Rename("modalities"),
    },
    ("ResponseStatusDetails", "azure"): {},  # filled per variant in shapes_for
    ("TranscriptionTokenUsage", "openai-ga"): {"type": Tag("tokens")},
    ("TranscriptionTokenUsage", "openai"): {"type": Tag("tokens")},
    ("TranscriptionDurationUsage", "openai-ga"): {"type": Tag("duration")},
    ("TranscriptionDurationUsage", "openai"): {"type": Tag("duration")},
}

# Why a dialect cannot express a neutral attribute: (neutral class, attribute, dialect) -> reason.
# Attributes missing here get a reason generated from the class and dialect names.
LOSS_REASONS: dict[tuple[str, str, str], str] = {
    ("InputAudioBufferDtmfEventReceivedEvent", "event_id", "openai-ga"): "GA's DTMF event has no event_id",
    (
        "ResponseFunctionCallArgumentsDoneEvent",
        "name",
        "openai",
    ): "beta's arguments.done event does not name the function",
    ("OutputAudioBufferClearedEvent", "response_id", "azure"): "Azure's output_audio_buffer.cleared names no response",
    ("ConversationItemInputAudioTranscriptionCompletedEvent", "usage", "azure"): "Azure reports no transcription usage",
    ("ConversationItemInputAudioTranscriptionCompletedEvent", "phrases", "openai-ga"): "GA has no timed phrases",
    ("ConversationItemInputAudioTranscriptionCompletedEvent", "phrases", "openai"): "beta has no timed phrases",
    (
        "ConversationItemInputAudioTranscriptionCompletedEvent",
        "languages",
        "azure",
    ): "Azure reports no detected languages",
    (
        "ConversationItemInputAudioTranscriptionCompletedEvent",
        "languages",
        "openai",
    ): "beta reports no detected languages",
    ("Response", "temperature", "openai-ga"): "GA's response reports no temperature",
    ("OutputTokenDetails", "reasoning_tokens", "openai-ga"): "GA reports no reasoning tokens",
    ("OutputTokenDetails", "reasoning_tokens", "openai"): "beta reports no reasoning tokens",
    ("InputTokenDetails", "image_tokens", "openai"): "beta reports no image tokens",
    ("InputTokenDetails", "cached_tokens_details", "openai"): "beta does not break cached tokens down",
    ("TranscriptionError", "event_id", "openai-ga"): "GA's transcription error names no client event",
    ("TranscriptionError", "event_id", "openai"): "beta's transcription error names no client event",
}

# Value-level notes per key: (neutral class, dialect, key) -> note (value domains, reshaping, value losses).
NOTES: dict[tuple[str, str, str], str] = {
    ("Response", "azure", "voice"): "every neutral voice form (string, OpenAI typed, Azure voices, realtime native); "
    "`VoiceId` is a loss: Azure has no voice by id",
    ("Response", "openai", "voice"): "a string only: Azure's typed voices and `VoiceId` are losses "
    "(`OpenAIVoice(name)` flattens to `name` without loss)",
    ("Response", "openai-ga", "audio"): '`{"output": {"format": F, "voice": V}}`, `output` and its keys '
    'written only when set (order format, voice). F: `pcm16` ↔ `{"type":"audio/pcm","rate":24000}`, '
    '`g711_ulaw` ↔ `{"type":"audio/pcmu"}`, `g711_alaw` ↔ `{"type":"audio/pcma"}` '
    "(`type` and `rate` optional: a format read without them is kept as read — see notes); "
    "`pcm16_8000hz`/`pcm16_16000hz` are losses. V: a string only, as in beta",
    ("Response", "openai-ga", "output_modalities"): '`["text"]` ↔ `TEXT`; `["audio"]` ↔ `AUDIO`; '
    '`["text","audio"]` accepted and written as read; `ANIMATION`/`AVATAR` are losses',
    ("Response", "openai", "modalities"): "`text`, `audio` only; `ANIMATION`/`AVATAR` are losses",
    ("Response", "azure", "modalities"): "any of text, audio, animation, avatar; written in that order",
    ("Response", "openai", "output_audio_format"): "`pcm16`, `g711_ulaw`, `g711_alaw`; "
    "`pcm16_8000hz`/`pcm16_16000hz` are losses",
    ("Response", "azure", "output_audio_format"): "every `AudioFormat`",
    ("Response", "azure", "max_output_tokens"): 'int or `"inf"`',
    ("Response", "azure", "status"): "open string",
    ("Response", "openai-ga", "status"): "open in the neutral; any string is written",
    ("Response", "openai", "status"): "open in the neutral; any string is written",
    ("Response", "azure", "output"): "`Item` (client side), Azure's server item shapes",
    ("Response", "openai-ga", "output"): "`Item` (client side), GA's item classes",
    ("Response", "openai", "output"): "`Item` (client side), beta's flat `ConversationItem`",
    ("ResponseStatusDetails", "openai-ga", "reason"): "open in the neutral; any string is written",
    ("ResponseStatusDetails", "openai", "reason"): "open in the neutral; any string is written",
    ("ResponseStatusDetails", "openai-ga", "type"): "open in the neutral; any string is written",
    ("ResponseStatusDetails", "openai", "type"): "open in the neutral; any string is written",
    ("RateLimit", "openai-ga", "name"): "open in the neutral; any string is written",
    ("RateLimit", "openai", "name"): "open in the neutral; any string is written",
    ("ResponseOutputAudioDeltaEvent", "azure", "delta"): 'the SDK types it `bytes` with `format="base64"`; '
    "a string passes through unchanged (`model_base.py:105-109`), so the base64 text is kept as is",
    ("ResponseAnimationBlendshapeDeltaEvent", "azure", "frames"): "rows of numbers, or one string; "
    "numbers keep the JSON form read (`0` stays `0`, `0.0` stays `0.0`)",
    ("ResponseAudioTimestampDeltaEvent", "azure", "timestamp_type"): "written by the SDK after `type` "
    '(`_models.py:6446-6447`); on read the SDK overwrites any value with `"word"`',
    ("ResponseAudioTranscriptAnnotationAddedEvent", "azure", "annotation"): (
        "free JSON, kept verbatim; `null` is a value (the SDK keeps one it reads), only an absent key is missing"
    ),
    ("ResponseInvocationDeltaEvent", "azure", "delta"): "free JSON object, kept verbatim",
    ("ConversationItemInputAudioTranscriptionCompletedEvent", "openai-ga", "usage"): "required by GA",
    ("ConversationItemInputAudioTranscriptionCompletedEvent", "openai", "usage"): "required by beta",
    ("SessionCreatedEvent", "openai-ga", "session"): "`Session` (client side): realtime or transcription session",
    ("SessionUpdatedEvent", "openai-ga", "session"): "`Session` (client side): realtime or transcription session",
    ("SessionCreatedEvent", "openai", "session"): "`Session` (client side): a realtime session only; "
    "a transcription session is a loss at `$` (beta has no `transcription_session.created`)",
    ("SessionUpdatedEvent", "openai", "session"): "`Session` (client side): realtime session → "
    "`session.updated`; transcription session → `transcription_session.updated`",
    ("SessionCreatedEvent", "azure", "session"): "`Session` (client side), Azure's `ResponseSession`",
    ("SessionUpdatedEvent", "azure", "session"): "`Session` (client side), Azure's `ResponseSession`",
    ("ResponseContentPartAddedEvent", "openai-ga", "part"): "`ContentPart` (client side); GA types these "
    "parts `text`/`audio`, not `output_text`/`output_audio` as in items",
    ("ResponseContentPartDoneEvent", "openai-ga", "part"): "`ContentPart` (client side); GA types these "
    "parts `text`/`audio`, not `output_text`/`output_audio` as in items",
    ("ResponseStatusError", "azure", "type"): "order chosen, not the SDK's: see notes",
}

# --------------------------------------------------------------------------- the neutral model


def neutral_class(name: str) -> type:
    from realtime_dialects import model

    return getattr(model, name)  # type: ignore[no-any-return]


def neutral_fields(name: str) -> dict[str, attrs.Attribute[Any]]:
    return {a.name: a for a in attrs.fields(neutral_class(name)) if a.name != "extra"}


def neutral_required(attribute: attrs.Attribute[Any]) -> bool:
    return attribute.default is attrs.NOTHING


def neutral_module(name: str) -> str:
    from realtime_dialects.model import WHERE

    return WHERE[name]


# --------------------------------------------------------------------------- building every shape


@functools.cache
def shapes_for(name: str) -> dict[str, list[Shape]]:
    """Every dialect's shape(s) of the neutral class ``name``."""
    out: dict[str, list[Shape]] = {}
    row = next((r for r in EVENTS if r[0] == name), None)
    if row is not None:
        for dialect, wire_types in event_types(row).items():
            for wire_type in wire_types:
                cls = sdk_class(dialect, name, wire_type)
                overrides = OVERRIDES.get((name, dialect), {})
                if dialect == "azure":
                    shape = azure_shape(cls, wire_type, overrides)
                else:
                    shape = pydantic_shape(dialect, cls, wire_type, overrides)
                if len(wire_types) > 1:
                    shape.variant = VARIANTS.get((name, dialect, wire_type), "")
                if (name, dialect) in EXTENSIONS:
                    shape.sdk_name = f"none; the keys of {cls.__name__}"
                    for key in shape.keys:
                        if key.name == "type":
                            key.sdk_type = f'"{wire_type}"'
                            key.note = "servers send this type; the SDK has no class for it"
                out.setdefault(dialect, []).append(shape)
        return out
    for dialect, classes in OBJECTS[name]().items():
        for cls, variant in classes:
            overrides = dict(OVERRIDES.get((name, dialect), {}))
            if name == "ResponseStatusDetails" and dialect == "azure" and "other" not in variant:
                # Azure's status details are one class per ``type`` (_models.py:3997-4036):
                # the neutral ``type`` picks the class and is written as its discriminator.
                overrides["type"] = Tag(variant.split("= ")[1], covers=("type",))
            if dialect == "azure":
                shape = azure_shape(cls, None, overrides, variant)
            else:
                shape = pydantic_shape(dialect, cls, None, overrides, variant)
            out.setdefault(dialect, []).append(shape)
    for (manual_name, dialect), shape in MANUAL.items():
        if manual_name == name:
            out.setdefault(dialect, []).append(shape)
    return out


VARIANTS = {
    ("SessionUpdatedEvent", "openai", "session.updated"): "session is a realtime session",
    ("SessionUpdatedEvent", "openai", "transcription_session.updated"): "session is a transcription session",
}


def all_names() -> list[str]:
    return [row[0] for row in EVENTS] + list(OBJECTS)


# --------------------------------------------------------------------------- checks


def check() -> list[str]:
    """Every inconsistency between the SDKs, this specification and the neutral model."""
    problems: list[str] = []
    # 1. Every SDK server event has exactly one neutral class.
    for dialect in DIALECTS:
        mapped = [t for row in EVENTS for t in event_types(row).get(dialect, ()) if (row[0], dialect) not in EXTENSIONS]
        sdk = set(sdk_events(dialect))
        for t in sorted(sdk - set(mapped)):
            problems.append(f"{dialect}: SDK event {t!r} has no neutral class")
        for t in sorted(set(mapped) - sdk):
            problems.append(f"{dialect}: {t!r} is not an SDK event")
        duplicates = {t for t in mapped if mapped.count(t) > 1}
        if duplicates:
            problems.append(f"{dialect}: types mapped twice: {sorted(duplicates)}")
    # 2. Every neutral server class is specified.
    from realtime_dialects import model

    specified = set(all_names())
    for module in NEUTRAL_MODULES:
        for name in model.MODULES[module]:
            value = getattr(model, name)
            if attrs.has(value) and name not in specified:
                problems.append(f"neutral {name} ({module}) has no wire specification")
    # 3. Keys map onto attributes; attributes are required only where every dialect requires them.
    for name in all_names():
        fields = neutral_fields(name)
        shapes = shapes_for(name)
        required_everywhere = {attr: True for attr in fields}
        for dialect, dialect_shapes in shapes.items():
            for shape in dialect_shapes:
                for key in shape.keys:
                    for attr in key.covers():
                        if attr not in fields:
                            problems.append(f"{name} {dialect} key {key.name!r}: no neutral attribute {attr!r}")
                    if isinstance(key.mapping, Tag) and shape.wire_type and key.mapping.value != shape.wire_type:
                        problems.append(f"{name} {dialect}: tag {key.mapping.value!r} != {shape.wire_type!r}")
                if (name, dialect) in EXTENSIONS:
                    continue  # borrowed keys: their optionality is another event's, not an SDK fact here
                present = {attr: key.required for key in shape.keys for attr in key.covers()}
                for attr in fields:
                    if not present.get(attr, False):
                        required_everywhere[attr] = False
        for attr, field_ in fields.items():
            if neutral_required(field_) and not required_everywhere[attr]:
                problems.append(f"{name}.{attr} is required but some dialect's SDK leaves it optional or lacks it")
    return problems


# --------------------------------------------------------------------------- rendering


def _code(text: str) -> str:
    return f"`{text}`" if text else ""


def render_mapping(key: Key, fields: dict[str, attrs.Attribute[Any]]) -> str:
    m = key.mapping
    if isinstance(m, Same):
        if key.name not in fields:
            return "**unmapped**"
        return f"`{key.name}` (same)"
    if isinstance(m, Rename):
        return f"→ `{m.attr}`"
    if isinstance(m, Tag):
        carried = f"; carries `{', '.join(m.covers)}`" if m.covers else ""
        return f'tag `"{m.value}"`{carried}'
    if isinstance(m, Const):
        return f'constant `"{m.value}"` (no attribute)'
    if isinstance(m, Nested):
        return "; ".join(f"`{path}` → `{attr}`" for path, attr in m.paths)
    raise AssertionError(m)


def loss_reason(name: str, attr: str, dialect: str, shape: Shape) -> str:
    reason = LOSS_REASONS.get((name, attr, dialect))
    if reason:
        return reason
    what = f"`{shape.wire_type}`" if shape.wire_type else shape.sdk_name
    return f"{LABEL[dialect]} {what} has no `{attr}`"


def table_field(name: str, attr: str, dialect: str, *, required: bool = False) -> bool:
    """Whether ``dialect``'s server table of class ``name`` has a row for ``attr`` (that requires it)."""
    import realtime_dialects as rd
    from realtime_dialects.dialects.tables import Field, walk

    tables = rd.dialect(dialect)
    table = tables.shape(name, tables.server_family)
    return any(
        isinstance(entry, Field) and entry.attr == attr and (entry.required or not required)
        for entry in walk(table.entries)
    )


def render_shape(name: str, shape: Shape, fields: dict[str, attrs.Attribute[Any]]) -> list[str]:
    lines = []
    title = f"`{shape.sdk_name}` ({shape.source})"
    if shape.variant:
        title += f" — when {shape.variant}"
    lines.append(f"SDK: {title}")
    lines.append("")
    lines.append("| # | key | line | req | SDK type | neutral | notes |")
    lines.append("|---|---|---|---|---|---|---|")
    for index, key in enumerate(shape.keys, 1):
        note = key.note or NOTES.get((name, shape.dialect, key.name), "")
        sdk_type = key.sdk_type.replace("|", "\\|")
        note = note.replace("|", "\\|")
        lines.append(
            f"| {index} | `{key.name}` | {key.line or ''} | {'✓' if key.required else ''} | `{sdk_type}` | "
            f"{render_mapping(key, fields)} | {note} |"
        )
    covered = {attr for key in shape.keys for attr in key.covers()}
    missing = [attr for attr in fields if attr not in covered]
    # One table row may write several SDK classes (Azure's status details): what it writes that this
    # class does not declare is written all the same, as the SDK reads and keeps undeclared keys.
    kept = [attr for attr in missing if table_field(name, attr, shape.dialect)]
    if kept:
        lines.append("")
        lines.append(
            "Written when set, though this class does not declare it (the SDK reads the key and keeps it"
            " in the model's mapping; `tables-notes-server.md`): " + ", ".join(f"`{attr}`" for attr in kept)
        )
    missing = [attr for attr in missing if attr not in kept]
    if missing:
        lines.append("")
        lines.append("Cannot express (loss at the attribute's wire path, with this reason):")
        for attr in missing:
            lines.append(f"- `{attr}` — {loss_reason(name, attr, shape.dialect, shape)}")
    # A required SDK key whose neutral attribute may be unset.
    required_gaps = [
        key.name
        for key in shape.keys
        if key.required
        and key.name != "event_id"  # the same for every event: see the prose above the tables
        and key.covers()
        and all(a in fields and not neutral_required(fields[a]) for a in key.covers())
    ]
    needed = [key for key in required_gaps if table_field(name, key, shape.dialect, required=True)]
    kept = [key for key in required_gaps if key not in needed]
    if needed:
        gaps = ", ".join(f"`{k}`" for k in needed)
        lines.append("")
        lines.append(
            f"Required by the SDK, optional in the neutral: {gaps}. Read without it, as the SDKs read server"
            " traffic; written, an object without it has no form here: a loss at its path"
            f' ("{shape.dialect} needs \'<key>\' here, and it is not set"), at `$` for the event itself.'
        )
    if kept:
        gaps = ", ".join(f"`{k}`" for k in kept)
        why = (
            "the constructor checks nothing (`model_base.py:865-897`)"
            if shape.dialect == "azure"
            else "the SDK's model would refuse the event, as it refuses real server traffic that omits it"
        )
        lines.append("")
        lines.append(
            f"Required by the SDK, optional in the neutral: {gaps}. Unset is not written and is not a loss "
            f"(nothing of the source is dropped); {why}."
        )
    return lines


def render_neutral(name: str) -> list[str]:
    fields = neutral_fields(name)
    parts = [
        f"`{attr}: {field_.type}`" if neutral_required(field_) else f"`{attr}: {field_.type} = None`"
        for attr, field_ in fields.items()
    ]
    return [f"Neutral `{name}`: {', '.join(parts) if parts else '(no attributes)'}"]


def render_dialect(dialect: str) -> str:
    lines: list[str] = []
    event_rows = [row for row in EVENTS if dialect in event_types(row)]
    lines.append(
        f"### Index: {len(event_rows)} neutral event classes, "
        f"{sum(len(event_types(r)[dialect]) for r in event_rows)} wire types"
    )
    lines.append("")
    lines.append("| wire `type` | neutral class | SDK class | module |")
    lines.append("|---|---|---|---|")
    for row in sorted(event_rows, key=lambda r: event_types(r)[dialect][0]):
        for wire_type in event_types(row)[dialect]:
            cls = sdk_class(dialect, row[0], wire_type)
            sdk = f"`{cls.__name__}` ({source_of(cls)})"
            if (row[0], dialect) in EXTENSIONS:
                sdk = f"none: servers send it; written with the keys of {sdk}"
            lines.append(f"| `{wire_type}` | `{row[0]}` | {sdk} | `{neutral_module(row[0])}` |")
    absent = [row[0] for row in EVENTS if dialect not in event_types(row)]
    lines.append("")
    lines.append(
        f"Neutral events {LABEL[dialect]} has no form for (a loss at `$`, with the reason "
        "`docs/conversions.md` gives for each): " + ", ".join(f"`{n}`" for n in absent) + "."
    )
    lines.append("")
    objects = [n for n in OBJECTS if dialect in OBJECTS[n]() or (n, dialect) in MANUAL]
    names = [row[0] for row in event_rows] + objects
    current_module = None
    for name in sorted(names, key=lambda n: (NEUTRAL_MODULES.index(neutral_module(n)), n in objects)):
        module = neutral_module(name)
        if module != current_module:
            lines.append(f"### Module `{module}`")
            lines.append("")
            current_module = module
        shapes = shapes_for(name).get(dialect, [])
        heading = f"#### `{name}`"
        if shapes and shapes[0].wire_type:
            heading += " — " + ", ".join(f"`{s.wire_type}`" for s in shapes)
        lines.append(heading)
        lines.append("")
        lines.extend(render_neutral(name))
        lines.append("")
        fields = neutral_fields(name)
        for shape in shapes:
            lines.extend(render_shape(name, shape, fields))
            lines.append("")
    if ENUMS_SEEN and dialect == "azure":
        lines.append("### Azure enums named above (the SDK accepts any string for each)")
        lines.append("")
        for enum_name, values in sorted(ENUMS_SEEN.items()):
            lines.append(f"- `{enum_name}`: " + ", ".join(f"`{v}`" for v in values))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


BEGIN, END = "<!-- BEGIN GENERATED -->", "<!-- END GENERATED -->"


def render_class_list() -> str:
    """Every neutral class and alias of the server side, one line each, by module."""
    from realtime_dialects import model

    lines = []
    for module in (*NEUTRAL_MODULES, "events"):
        names = model.MODULES[module]
        lines.append(f"**`{module}`** ({len(names)})")
        lines.append("")
        for name in names:
            value = getattr(model, name)
            if attrs.has(value):
                summary = (value.__doc__ or "").strip().split("\n")[0]
            elif name == "ServerEvent":
                summary = f"alias: the union of all {len(typing.get_args(value))} server events"
            else:
                summary = "alias: `" + str(value).replace("realtime_dialects.model.", "").replace("typing.", "") + "`"
                summary = re.sub(r"\b[a-z_]+\.", "", summary)
            lines.append(f"- `{name}` — {summary}")
        lines.append("")
    return "\n".join(lines)


def render_names_table() -> str:
    """The beta ↔ GA ↔ Azure name table of every server event."""
    lines = ["| neutral class | Azure | GA | beta |", "|---|---|---|---|"]
    for row in EVENTS:
        types_ = event_types(row)
        cells = [" / ".join(f"`{t}`" for t in types_.get(d, ())) or "—" for d in DIALECTS]
        lines.append(f"| `{row[0]}` | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("Events with no counterpart (a stateless translation into that dialect is a loss at `$`):")
    lines.append("")
    for dialect in DIALECTS:
        absent = [row[0] for row in EVENTS if dialect not in event_types(row)]
        lines.append(f"- {LABEL[dialect]} ({len(absent)}): " + ", ".join(f"`{n}`" for n in absent))
    return "\n".join(lines) + "\n"


def splice(path: Path, generated: str) -> str:
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n\n{generated}\n{END}{tail}"


def targets() -> dict[Path, str]:
    out = {DOCS / DOC_FILES[d]: render_dialect(d) for d in DIALECTS}
    out[DOCS / "server-model-notes.md"] = (
        "### Classes, by module\n\n"
        + render_class_list()
        + "\n### Server events per dialect, with their neutral class\n\n"
        + render_names_table()
    )
    return out


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--write", action="store_true", help="regenerate the tables in the docs")
    parser.add_argument("--check", action="store_true", help="fail if the docs differ from the SDKs")
    args = parser.parse_args(list(argv) if argv is not None else None)
    problems = check()
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    stale = []
    for path, generated in targets().items():
        spliced = splice(path, generated)
        if args.write:
            path.write_text(spliced, encoding="utf-8")
        elif spliced != path.read_text(encoding="utf-8"):
            stale.append(path.name)
    if args.check and stale:
        print("stale (run with --write):", ", ".join(stale), file=sys.stderr)
    if not args.write and not args.check:
        for dialect in DIALECTS:
            rows = [r for r in EVENTS if dialect in event_types(r)]
            print(f"{dialect}: {len(sdk_events(dialect))} SDK server events -> {len(rows)} neutral classes")
    return 1 if problems or (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
