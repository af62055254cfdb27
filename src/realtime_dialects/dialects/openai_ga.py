"""OpenAI Realtime GA, byte for byte as the ``openai`` package (3.54) models dump it.

Keys are written in the field declaration order of the package's pydantic
models (``openai.types.realtime``): required fields first, then optional ones,
each group alphabetical — so every parameter of ``response`` is alphabetical and
items read ``content, role, type, id, status``. Unset fields are omitted. The
text is compact, raw UTF-8 JSON, exactly ``model_dump_json(exclude_none=True)``
(WIRE.md §1.3, §3.4, §4).

Normalisations (documented read aliases; the neutral value is the same):

* ``output_modalities``: GA audio always carries a transcript, so ``["audio"]``
  reads as ``Modality.TEXT | Modality.AUDIO``; ``["text", "audio"]`` reads the
  same way; ``TEXT | AUDIO`` and ``AUDIO`` are both written ``["audio"]``.
  The GA documentation allows only ``["audio"]`` or ``["text"]``, so an explicit
  empty set (``Modality(0)``) is a loss on write and ``[]`` is refused on read.
* Empty ``audio``, ``audio.output`` and ``reasoning`` objects carry nothing and
  are not written.
* ``audio.output.format``: ``{"type": "audio/pcm"}`` without ``rate`` reads as
  24 kHz PCM (the only rate GA has) and is written with ``"rate": 24000``.
* ``object: "realtime.item"`` on items is accepted and not written.
* An Azure typed OpenAI voice ``{"type": "openai", "name": "alloy"}`` is written
  as the plain name ``"alloy"``.

>>> import realtime_dialects as rd
>>> event = rd.AZURE.loads('{"response": {"commit": false, "modalities": ["text"]}, "type": "response.create"}')
>>> rd.OPENAI_GA.dumps(event)
'{"type":"response.create","response":{"conversation":"none","output_modalities":["text"]}}'
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import orjson

from .. import model as m
from . import _common as c
from ._base import Dialect
from ._runtime import BAD, Flag, Invalid, RawProblem, describe
from ._schema import Accept, Alt, Choice, Codec, Field, ListOf, Nested, Ref, Shape, Tag, Tagged, Unsupported, record

if TYPE_CHECKING:
    from ._compile import Compiler

# --------------------------------------------------------------------------- dialect-specific codecs

_TEXT_AUDIO = m.Modality.TEXT | m.Modality.AUDIO
_MODALITY_NAMES = {"text": m.Modality.TEXT, "audio": m.Modality.AUDIO}
_MODALITY_LOSSES = {
    m.Modality.ANIMATION: "OpenAI GA has no 'animation' output modality",
    m.Modality.AVATAR: "OpenAI GA has no 'avatar' output modality",
}
_NO_EMPTY_MODALITIES = 'OpenAI GA output_modalities is either ["text"] or ["audio"]; an empty list has no GA meaning'


def _read_modalities(value: Any) -> m.Modality:
    # enum.Flag arithmetic is slow; every valid list is looked up in a table built
    # once from this same function, and the loop below runs only for the others.
    if value.__class__ is list:
        try:
            found = _MODALITY_READS.get(tuple(value))
        except TypeError:  # an unhashable element
            found = None
        if found is not None:
            return found
    return _explain_modalities(value)


def _explain_modalities(value: Any) -> m.Modality:
    if value.__class__ is not list:
        raise Invalid.expected("a list", value)
    result = m.Modality(0)
    problems: list[RawProblem] = []
    for index, name in enumerate(value):
        member = _MODALITY_NAMES.get(name) if name.__class__ is str else None
        if member is None:
            problems.append(((index,), f"expected one of 'text', 'audio', got {describe(name)}"))
        elif member & result:
            problems.append(((index,), f"{name!r} is listed twice"))
        else:
            result |= member
    if not value:
        problems.append(((), 'expected ["text"] or ["audio"], got an empty list'))
    if problems:
        raise Invalid(problems)
    # Audio output always includes its text transcript.
    return _TEXT_AUDIO if result & m.Modality.AUDIO else result


def _write_modalities(value: Any, ctx: Any, chain: Any) -> Any:
    entry = _MODALITY_WRITES.get(value) if value.__class__ is m.Modality else None
    if entry is None:
        return BAD
    written, reasons = entry
    for reason in reasons:
        ctx.lose(chain, reason)
    return written.copy() if written.__class__ is list else written


class _Collect:
    """Stands in for the write context while the write table is built."""

    def __init__(self) -> None:
        self.reasons: list[str] = []

    def lose(self, chain: Any, reason: str) -> None:
        self.reasons.append(reason)


def _compute_write(value: Any, ctx: Any, chain: Any) -> Any:
    if value.__class__ is not m.Modality:
        return BAD
    if not value:
        return Flag(_NO_EMPTY_MODALITIES)
    reasons = [reason for member, reason in _MODALITY_LOSSES.items() if member & value]
    if not value & _TEXT_AUDIO:
        return Flag("; ".join(reasons))
    for reason in reasons:
        ctx.lose(chain, reason)
    return ["audio"] if value & m.Modality.AUDIO else ["text"]


_MODALITY_READS = {
    order: _explain_modalities(list(order))
    for size in (1, 2)
    for order in itertools.permutations(_MODALITY_NAMES, size)
}


def _write_entry(value: m.Modality) -> tuple[Any, tuple[str, ...]]:
    collect = _Collect()
    written = _compute_write(value, collect, None)
    return written, tuple(collect.reasons)


_MODALITY_WRITES = {m.Modality(bits): _write_entry(m.Modality(bits)) for bits in range(16)}

_FORMAT_WRITES: dict[Any, Any] = {
    m.AudioFormat.PCM16: {"rate": 24000, "type": "audio/pcm"},
    m.AudioFormat.G711_ULAW: {"type": "audio/pcmu"},
    m.AudioFormat.G711_ALAW: {"type": "audio/pcma"},
}
_FORMAT_READS = {
    "audio/pcm": m.AudioFormat.PCM16,
    "audio/pcmu": m.AudioFormat.G711_ULAW,
    "audio/pcma": m.AudioFormat.G711_ALAW,
}
_FORMAT_LOSSES: dict[Any, str] = {
    m.AudioFormat.PCM16_8000HZ: "OpenAI GA PCM output is 24 kHz only; 8 kHz PCM has no GA form",
    m.AudioFormat.PCM16_16000HZ: "OpenAI GA PCM output is 24 kHz only; 16 kHz PCM has no GA form",
}


def _read_format(value: Any) -> m.AudioFormat:
    if value.__class__ is not dict:
        raise Invalid.expected("an object", value)
    kind = value.get("type")
    fmt = _FORMAT_READS.get(kind) if kind.__class__ is str else None
    problems: list[RawProblem] = []
    if fmt is None:
        message = "required, but missing" if kind is None else f"expected one of {', '.join(map(repr, _FORMAT_READS))}"
        problems.append((("type",), message if kind is None else f"{message}, got {describe(kind)}"))
    elif fmt is m.AudioFormat.PCM16:
        problems.extend(((key,), "unknown key") for key in value if key != "type" and key != "rate")
    else:
        problems.extend(((key,), "unknown key") for key in value if key != "type")
    rate = value.get("rate")
    if fmt is m.AudioFormat.PCM16 and rate is not None and not (rate.__class__ is int and rate == 24000):
        problems.append((("rate",), f"expected 24000, got {describe(rate)}"))
    if problems:
        raise Invalid(problems)
    assert fmt is not None
    return fmt


def _write_format(value: Any, ctx: Any, chain: Any) -> Any:
    try:
        wire = _FORMAT_WRITES.get(value)
        reason = _FORMAT_LOSSES.get(value)
    except TypeError:  # unhashable value built in code
        return BAD
    if wire is not None:
        return dict(wire)
    return BAD if reason is None else Flag(reason)


@record
class _Function(Codec):
    """A codec whose reader and writer are plain Python functions (for reshaped values)."""

    read: Any
    write: Any
    expect: str
    json_types: tuple[type, ...]
    neutral_types: tuple[type, ...]

    def read_function(self, compiler: Compiler) -> str:
        return compiler.define("read_ga", "v", [f"return {compiler.bind(self.read)}(v)"])

    def write_function(self, compiler: Compiler) -> str:
        return compiler.define("write_ga", "x, ctx, chain", [f"return {compiler.bind(self.write)}(x, ctx, chain)"])


_AZURE_VOICE = "OpenAI GA has no Azure TTS voices; use a voice name or a custom voice id"
_VOICE_LOSSES: dict[type, str] = {
    m.AzureStandardVoice: _AZURE_VOICE,
    m.AzureCustomVoice: _AZURE_VOICE,
    m.AzurePersonalVoice: _AZURE_VOICE,
    m.AzureAvatarVoice: "OpenAI GA has no Azure avatar voices",
    m.AzureNativeVoice: "OpenAI GA has no voices of the azure-realtime model",
}


@record
class OutputVoice(Codec):
    """``audio.output.voice``: a voice name, or ``{"id": …}`` (a :class:`~realtime_dialects.VoiceId`).

    Azure's typed OpenAI voice is written as its name; Azure TTS voices are losses.
    """

    expect = "a voice name or an object with an id"
    json_types = (str, dict)

    @property
    def neutral_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return (str, m.OpenAIVoice, m.VoiceId, *_VOICE_LOSSES)

    def read_function(self, compiler: Compiler) -> str:
        voice_id = compiler.reader(Ref(m.VoiceId))
        expect = compiler.bind(self.expect)
        return compiler.define(
            "read_voice",
            "v",
            [
                "if v.__class__ is str:",
                "    return v",
                "if v.__class__ is dict:",
                f"    return {voice_id}(v)",
                f"raise Invalid.expected({expect}, v)",
            ],
        )

    def write_function(self, compiler: Compiler) -> str:
        voice_id = compiler.writer(Ref(m.VoiceId))
        lost = compiler.bind(dict(_VOICE_LOSSES))
        return compiler.define(
            "write_voice",
            "x, ctx, chain",
            [
                "if x.__class__ is str:",
                "    return x",
                f"if x.__class__ is {compiler.bind(m.OpenAIVoice)}:",
                "    return x.name if x.name.__class__ is str else BAD",
                f"if x.__class__ is {compiler.bind(m.VoiceId)}:",
                f"    return {voice_id}(x, ctx, chain)",
                f"reason = {lost}.get(x.__class__)",
                "return BAD if reason is None else Flag(reason)",
            ],
        )


# --------------------------------------------------------------------------- value domains

STATUS = Choice({"completed": "completed", "incomplete": "incomplete", "in_progress": "in_progress"})
MODALITIES = _Function(
    _read_modalities, _write_modalities, "['text'] or ['audio']", json_types=(list,), neutral_types=(m.Modality,)
)
AUDIO_FORMAT = _Function(
    _read_format, _write_format, "an audio format object", json_types=(dict,), neutral_types=(m.AudioFormat, str)
)
CONVERSATION = Choice({"auto": True, "none": False})
REASONING_EFFORT = Choice(
    {effort.value: effort for effort in m.ReasoningEffort if effort is not m.ReasoningEffort.NONE},
    unsupported={m.ReasoningEffort.NONE: "OpenAI GA has no reasoning effort 'none'"},
)
CONNECTOR_ID = Choice(
    {
        name: name
        for name in (
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        )
    }
)
ALLOWED_CALLERS = ListOf(Choice({"direct": "direct", "programmatic": "programmatic"}))

CONTENT_PART = Tagged(
    "type",
    {
        "input_text": m.InputText,
        "input_audio": m.InputAudio,
        "input_image": m.InputImage,
        "output_text": m.OutputText,
        "output_audio": m.OutputAudio,
    },
)
ITEM = Tagged(
    "type",
    {
        "message": m.MessageItem,
        "function_call": m.FunctionCallItem,
        "function_call_output": m.FunctionCallOutputItem,
        "mcp_approval_response": m.McpApprovalResponseItem,
        "item_reference": m.ItemReference,
    },
)
TOOLS = ListOf(Tagged("type", {"function": m.FunctionTool, "mcp": m.McpTool}))
TOOL_CHOICE = Alt(c.TOOL_MODE, Tagged("type", {"function": m.FunctionChoice, "mcp": m.McpChoice}))
ITEM_OBJECT = Accept("object", "realtime.item")


class OpenAIGA(Dialect):
    """OpenAI Realtime GA (``openai-ga``)."""

    name = "openai-ga"
    shapes = {
        m.ResponseCreateEvent: Shape(
            Tag("type", "response.create"),
            Field("event_id", "event_id", c.STR),
            Field("response", "response", Ref(m.ResponseCreateParams)),
            Unsupported("additional_instructions", "OpenAI GA has no per-response additional instructions"),
        ),
        m.ResponseCreateParams: Shape(
            Nested(
                "audio",
                Nested(
                    "output",
                    Field("output_audio_format", "format", AUDIO_FORMAT),
                    Field("voice", "voice", OutputVoice()),
                ),
            ),
            Field("commit", "conversation", CONVERSATION),
            Field("input_items", "input", ListOf(ITEM)),
            Field("instructions", "instructions", c.STR),
            Field("max_output_tokens", "max_output_tokens", c.MAX_TOKENS),
            Field("metadata", "metadata", c.METADATA),
            Field("modalities", "output_modalities", MODALITIES),
            Field("parallel_tool_calls", "parallel_tool_calls", c.BOOL),
            Field("prompt", "prompt", Ref(m.Prompt)),
            Nested("reasoning", Field("reasoning_effort", "effort", REASONING_EFFORT)),
            Field("tool_choice", "tool_choice", TOOL_CHOICE),
            Field("tools", "tools", TOOLS),
            Unsupported("cancel_previous", "OpenAI GA cannot keep or cancel the previous response per request"),
            Unsupported(
                "append_input_items", "OpenAI GA cannot append items in response.create; use conversation.item.create"
            ),
            Unsupported("temperature", "OpenAI GA has no temperature"),
            Unsupported("pre_generated_assistant_message", "OpenAI GA cannot speak a pre-generated assistant message"),
            Unsupported("interim_response", "OpenAI GA has no interim (filler) responses"),
            Unsupported("invoke_input", "OpenAI GA has no hosted-agent invoke_input"),
        ),
        # Items: required fields, then optional ones, each alphabetical (the models' declaration order).
        m.MessageItem: Shape(
            Field("content", "content", ListOf(CONTENT_PART)),
            Field("role", "role", c.ROLE),
            Tag("type", "message"),
            Field("id", "id", c.STR),
            ITEM_OBJECT,
            Field("status", "status", STATUS),
            Unsupported("object", "not mapped yet"),
        ),
        m.FunctionCallItem: Shape(
            Field("arguments", "arguments", c.STR),
            Field("name", "name", c.STR),
            Tag("type", "function_call"),
            Field("id", "id", c.STR),
            Field("call_id", "call_id", c.STR),
            ITEM_OBJECT,
            Field("status", "status", STATUS),
            Unsupported("object", "not mapped yet"),
        ),
        m.FunctionCallOutputItem: Shape(
            Field("call_id", "call_id", c.STR),
            Field("output", "output", c.STR),
            Tag("type", "function_call_output"),
            Field("id", "id", c.STR),
            ITEM_OBJECT,
            Field("status", "status", STATUS),
            Unsupported("object", "not mapped yet"),
        ),
        m.McpApprovalResponseItem: Shape(
            Field("id", "id", c.STR, required=True),
            Field("approval_request_id", "approval_request_id", c.STR),
            Field("approve", "approve", c.BOOL),
            Tag("type", "mcp_approval_response"),
            Field("reason", "reason", c.STR),
            Unsupported("object", "not mapped yet"),
        ),
        # Only in the TypedDict RealtimeResponseCreateParamsWithReferencesParam: declaration order id, type.
        m.ItemReference: Shape(Field("id", "id", c.STR), Tag("type", "item_reference")),
        # Content parts: one optional-field model per role, fields alphabetical.
        m.InputText: Shape(Field("text", "text", c.STR), Tag("type", "input_text")),
        m.InputAudio: Shape(
            Field("audio", "audio", c.STR), Field("transcript", "transcript", c.STR), Tag("type", "input_audio")
        ),
        m.InputImage: Shape(
            Field("detail", "detail", c.IMAGE_DETAIL),
            Field("image_url", "image_url", c.STR),
            Tag("type", "input_image"),
        ),
        m.OutputText: Shape(Field("text", "text", c.STR), Tag("type", "output_text")),
        m.OutputAudio: Shape(
            Field("audio", "audio", c.STR), Field("transcript", "transcript", c.STR), Tag("type", "output_audio")
        ),
        m.FunctionTool: Shape(
            Field("description", "description", c.STR),
            Field("name", "name", c.STR),
            Field("parameters", "parameters", c.JSON_OBJECT),
            Tag("type", "function"),
        ),
        m.McpTool: Shape(
            Field("server_label", "server_label", c.STR),
            Tag("type", "mcp"),
            Field("allowed_callers", "allowed_callers", ALLOWED_CALLERS),
            Field("allowed_tools", "allowed_tools", Alt(c.STRINGS, Ref(m.McpToolFilter))),
            Field("authorization", "authorization", c.STR),
            Field("connector_id", "connector_id", CONNECTOR_ID),
            Field("defer_loading", "defer_loading", c.BOOL),
            Field("headers", "headers", c.HEADERS),
            Field("require_approval", "require_approval", Alt(c.APPROVAL_MODE, Ref(m.McpApprovalFilter))),
            Field("server_description", "server_description", c.STR),
            Field("server_url", "server_url", c.STR),
            Field("tunnel_id", "tunnel_id", c.STR),
        ),
        m.McpToolFilter: Shape(
            Field("read_only", "read_only", c.BOOL),
            Field("tool_names", "tool_names", c.STRINGS),
        ),
        m.McpApprovalFilter: Shape(
            Field("always", "always", Ref(m.McpToolFilter)),
            Field("never", "never", Ref(m.McpToolFilter)),
        ),
        m.FunctionChoice: Shape(Field("name", "name", c.STR), Tag("type", "function")),
        m.McpChoice: Shape(
            Field("server_label", "server_label", c.STR),
            Tag("type", "mcp"),
            Field("name", "name", c.STR),
        ),
        m.VoiceId: Shape(Field("id", "id", c.STR)),
        m.Prompt: Shape(
            Field("id", "id", c.STR),
            Field("variables", "variables", c.JSON_OBJECT),
            Field("version", "version", c.STR),
        ),
    }

    def encode(self, wire: dict[str, Any]) -> str:
        # pydantic's model_dump_json: compact separators, raw UTF-8.
        return orjson.dumps(wire).decode()


OPENAI_GA = OpenAIGA()
