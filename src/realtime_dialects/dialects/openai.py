"""OpenAI Realtime (beta), byte for byte as OpenAI-DotNet's serializer writes it.

System.Text.Json writes properties in declaration order and decides omission by
each property's ``JsonIgnore`` condition (WIRE.md §1.2, §3.2); both are data
here:

* ``Never`` — always written: ``output_audio_format`` (``"pcm16"`` when unset,
  the enum's zero) and ``input`` (``null`` when unset): :class:`Always`;
* ``WhenWritingDefault`` — omitted at the type's default: no modality flags,
  null strings and numbers, and ``conversation: "auto"`` (the enum's zero),
  which therefore can never be written: :class:`OmitWhen`;
* the global ``WhenWritingNull`` for everything else: the default omission.

The text is compact, raw UTF-8. One deliberate difference from OpenAI-DotNet:
G.711 formats are written ``g711_ulaw``/``g711_alaw``, the API's spelling; the
DotNet enum's ``g771_*`` is accepted on read. We model the serializer, not the
DotNet constructor's injections (default prompt, ``tool_choice: "none"``, token
clamping, rewriting every input item as an ``item_reference``).

Normalisations: ``conversation: "auto"`` reads as ``commit=True`` and, being the
default, is not written back; an Azure typed OpenAI voice
``{"type": "openai", "name": "alloy"}`` is written as ``"alloy"``.

>>> import realtime_dialects as rd
>>> rd.OPENAI.dumps(rd.ResponseCreateEvent(response=rd.ResponseCreateParams()))
'{"type":"response.create","response":{"output_audio_format":"pcm16","input":null}}'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from .. import model as m
from . import _common as c
from ._base import Dialect
from ._runtime import BAD, Flag
from ._schema import (
    Accept,
    Alt,
    Always,
    Choice,
    Codec,
    Field,
    FlagList,
    ListOf,
    Nested,
    OmitWhen,
    Ref,
    Shape,
    Tag,
    Tagged,
    Unsupported,
    record,
)

if TYPE_CHECKING:
    from ._compile import Compiler

# --------------------------------------------------------------------------- dialect-specific codecs

_AZURE_VOICE = "OpenAI voices are names; Azure text-to-speech voices have no OpenAI form"
_VOICE_LOSSES: dict[type, str] = {
    m.AzureStandardVoice: _AZURE_VOICE,
    m.AzureCustomVoice: _AZURE_VOICE,
    m.AzurePersonalVoice: _AZURE_VOICE,
    m.AzureAvatarVoice: _AZURE_VOICE,
    m.AzureNativeVoice: "azure-realtime-native voices exist only on Azure's azure-realtime model",
    m.VoiceId: "OpenAI-DotNet writes voices as names; custom voice ids are a GA feature",
}


@record
class VoiceName(Codec):
    """A voice name; Azure's typed OpenAI voice is flattened to its name without loss."""

    expect = "a voice name"
    json_types = (str,)

    @property
    def neutral_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return (str, m.OpenAIVoice, *_VOICE_LOSSES)

    def read_inline(self, v: str, c: Compiler) -> str:
        return f"({v} if {v}.__class__ is str else BAD)"

    def write_function(self, c: Compiler) -> str:
        return c.define("write_voice", "x, ctx, chain", [f"return {c.bind(_write_voice)}(x)"])


def _write_voice(value: Any) -> Any:
    if value.__class__ is str:
        return value
    if value.__class__ is m.OpenAIVoice:
        return value.name if value.name.__class__ is str else BAD
    reason = _VOICE_LOSSES.get(value.__class__)
    return BAD if reason is None else Flag(reason)


# --------------------------------------------------------------------------- value domains

MODALITIES = FlagList(
    m.Modality,
    {"text": m.Modality.TEXT, "audio": m.Modality.AUDIO},
    unsupported={
        m.Modality.ANIMATION: "OpenAI has no 'animation' modality",
        m.Modality.AVATAR: "OpenAI has no 'avatar' modality",
    },
    empty="OpenAI-DotNet's [Flags] modalities cannot write an empty list (no flags means the key is omitted)",
)
AUDIO_FORMAT = Choice(
    {"pcm16": m.AudioFormat.PCM16, "g711_ulaw": m.AudioFormat.G711_ULAW, "g711_alaw": m.AudioFormat.G711_ALAW},
    # OpenAI-DotNet's enum misspells G.711 (WIRE.md §6.17); read it, never write it.
    aliases={"g771_ulaw": m.AudioFormat.G711_ULAW, "g771_alaw": m.AudioFormat.G711_ALAW},
    unsupported={
        m.AudioFormat.PCM16_8000HZ: "OpenAI audio is 24 kHz; 8 kHz PCM has no OpenAI form",
        m.AudioFormat.PCM16_16000HZ: "OpenAI audio is 24 kHz; 16 kHz PCM has no OpenAI form",
    },
)
#: Azure's ``commit`` is OpenAI's ``conversation``: out-of-band responses are ``"none"``.
CONVERSATION = Choice({"none": False, "auto": True})
STATUS = Choice({"completed": "completed", "incomplete": "incomplete", "in_progress": "in_progress"})
CONTENT_PART = Tagged(
    "type",
    {"input_text": m.InputText, "input_audio": m.InputAudio, "text": m.OutputText, "audio": m.OutputAudio},
    unsupported={m.InputImage: "OpenAI Realtime beta messages have no image parts"},
)
ITEM = Tagged(
    "type",
    {
        "message": m.MessageItem,
        "function_call": m.FunctionCallItem,
        "function_call_output": m.FunctionCallOutputItem,
        "item_reference": m.ItemReference,
    },
    unsupported={m.McpApprovalResponseItem: "OpenAI Realtime beta has no MCP approval responses"},
)
TOOLS = ListOf(
    Tagged("type", {"function": m.FunctionTool}, unsupported={m.McpTool: "OpenAI Realtime beta has no MCP tools"})
)
TOOL_CHOICE = Alt(
    c.TOOL_MODE,
    Tagged(
        "type",
        {"function": m.FunctionChoice},
        unsupported={m.McpChoice: "OpenAI Realtime beta cannot force a call to an MCP tool"},
    ),
)
#: ``object`` is always ``"realtime.item"`` when present: read, never written.
ITEM_OBJECT = Accept("object", "realtime.item")


class OpenAI(Dialect):
    """OpenAI Realtime as OpenAI-DotNet writes it (``openai``)."""

    name = "openai"
    shapes = {
        m.ResponseCreateEvent: Shape(
            Field("event_id", "event_id", c.STR),
            Tag("type", "response.create"),
            Field("response", "response", Ref(m.ResponseCreateParams)),
            Unsupported(
                "additional_instructions",
                "OpenAI has no per-response additional instructions; 'instructions' replaces the session's",
            ),
        ),
        m.ResponseCreateParams: Shape(
            Field("modalities", "modalities", MODALITIES),
            Field("instructions", "instructions", c.STR),
            Field("voice", "voice", VoiceName()),
            Field("output_audio_format", "output_audio_format", AUDIO_FORMAT, omit=Always("pcm16")),
            Field("tools", "tools", TOOLS),
            Field("tool_choice", "tool_choice", TOOL_CHOICE),
            Field("temperature", "temperature", c.TEMPERATURE),
            Field("max_output_tokens", "max_response_output_tokens", c.MAX_TOKENS),
            Field("commit", "conversation", CONVERSATION, omit=OmitWhen("auto")),
            Field("metadata", "metadata", c.METADATA),
            Field("input_items", "input", ListOf(ITEM), omit=Always(None)),
            Unsupported("cancel_previous", "OpenAI cannot cancel the previous response in response.create"),
            Unsupported(
                "append_input_items", "OpenAI cannot append items in response.create; use conversation.item.create"
            ),
            Unsupported("pre_generated_assistant_message", "OpenAI cannot speak a pre-generated assistant message"),
            Unsupported("reasoning_effort", "OpenAI Realtime beta has no reasoning effort"),
            Unsupported("interim_response", "OpenAI has no interim (filler) responses"),
            Unsupported("invoke_input", "OpenAI has no hosted-agent invoke_input"),
            Unsupported("prompt", "OpenAI Realtime beta has no stored prompt templates"),
            Unsupported("parallel_tool_calls", "OpenAI Realtime beta has no parallel_tool_calls switch"),
        ),
        # Items: one DotNet class, ConversationItem: id, type, object, status, role,
        # content, call_id, name, arguments, output.
        m.MessageItem: Shape(
            Field("id", "id", c.STR),
            Tag("type", "message"),
            ITEM_OBJECT,
            Field("status", "status", STATUS),
            Field("role", "role", c.ROLE),
            Field("content", "content", ListOf(CONTENT_PART)),
            Unsupported("object", "not mapped yet"),
        ),
        m.FunctionCallItem: Shape(
            Field("id", "id", c.STR),
            Tag("type", "function_call"),
            ITEM_OBJECT,
            Field("status", "status", STATUS),
            Field("call_id", "call_id", c.STR),
            Field("name", "name", c.STR),
            Field("arguments", "arguments", c.STR),
            Unsupported("object", "not mapped yet"),
        ),
        m.FunctionCallOutputItem: Shape(
            Field("id", "id", c.STR),
            Tag("type", "function_call_output"),
            ITEM_OBJECT,
            Field("status", "status", STATUS),
            Field("call_id", "call_id", c.STR),
            Field("output", "output", c.STR),
            Unsupported("object", "not mapped yet"),
        ),
        m.ItemReference: Shape(Field("id", "id", c.STR), Tag("type", "item_reference")),
        # Content parts: RealtimeContent, id, type, text, audio, transcript.
        m.InputText: Shape(Tag("type", "input_text"), Field("text", "text", c.STR)),
        m.InputAudio: Shape(
            Tag("type", "input_audio"), Field("audio", "audio", c.STR), Field("transcript", "transcript", c.STR)
        ),
        m.OutputText: Shape(Tag("type", "text"), Field("text", "text", c.STR)),
        m.OutputAudio: Shape(
            Tag("type", "audio"), Field("audio", "audio", c.STR), Field("transcript", "transcript", c.STR)
        ),
        # Function: name, type, description, parameters (`strict` is never sent).
        m.FunctionTool: Shape(
            Field("name", "name", c.STR),
            Tag("type", "function"),
            Field("description", "description", c.STR),
            Field("parameters", "parameters", c.JSON_OBJECT),
        ),
        # A forced function is the Chat Completions shape OpenAI-DotNet writes.
        m.FunctionChoice: Shape(Tag("type", "function"), Nested("function", Field("name", "name", c.STR))),
    }

    def encode(self, wire: dict[str, Any]) -> str:
        return orjson.dumps(wire).decode()


OPENAI = OpenAI()
