"""Azure VoiceLive, byte for byte as the ``azure-ai-voicelive`` SDK (1.3.x) sends it.

The SDK writes keys in the order its constructors take them and appends the
discriminators its subclasses assign after construction (``type``, then
``role`` for messages) last; unset fields are omitted; the text is
``json.dumps`` with its default separators and ASCII escaping (WIRE.md §1.1).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import orjson

from .. import model as m
from . import _common as c
from ._base import Dialect
from ._runtime import BAD, Flag, Invalid
from ._schema import (
    Alt,
    Choice,
    Codec,
    Field,
    FlagList,
    Int,
    ListOf,
    Number,
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


@record
class McpToolNames(Codec):
    """Azure lists MCP tools by name only: ``["search"]``.

    Read as a tuple of names (``allowed_tools``) or as a name-only
    :class:`~realtime_dialects.McpToolFilter` (inside ``require_approval``);
    a filter on ``read_only`` has no Azure form.
    """

    as_filter: bool
    expect = "a list of strings"
    json_types = (list,)

    @property
    def neutral_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return (tuple, list, m.McpToolFilter)

    def read_function(self, compiler: Compiler) -> str:
        names = compiler.reader(c.STRINGS)
        wrap = compiler.bind(self._wrap)
        return compiler.define("read_tool_names", "v", [f"return {wrap}({names}(v))"])

    def _wrap(self, names: tuple[str, ...]) -> Any:
        return m.McpToolFilter(tool_names=names) if self.as_filter else names

    def write_function(self, compiler: Compiler) -> str:
        return compiler.define("write_tool_names", "x, ctx, chain", [f"return {compiler.bind(_write_tool_names)}(x)"])


def _write_tool_names(value: Any) -> Any:
    if type(value) is m.McpToolFilter:
        if value.read_only is not None:
            return Flag("Azure cannot select MCP tools by their read_only hint")
        value = value.tool_names if value.tool_names is not None else ()
    if type(value) is not tuple and type(value) is not list:
        return BAD
    bad = [((index,), "expected a string") for index, name in enumerate(value) if type(name) is not str]
    if bad:
        raise Invalid(bad)
    return list(value)


# --------------------------------------------------------------------------- value domains

STATUS = Choice(
    {"completed": "completed", "incomplete": "incomplete"},
    unsupported={"in_progress": "Azure request items have no 'in_progress' status"},
)
AUDIO_FORMAT = Choice(
    c.AUDIO_FORMATS,
    # Legacy spellings the SDK maps only when the attribute is read (WIRE.md §6.8).
    aliases={"pcm16-8000hz": m.AudioFormat.PCM16_8000HZ, "pcm16-16000hz": m.AudioFormat.PCM16_16000HZ},
)
MODALITIES = FlagList(m.Modality, c.MODALITY_NAMES)
REASONING_EFFORT = Choice(c.REASONING_EFFORTS)

CONTENT_PART = Tagged(
    "type",
    {"input_text": m.InputText, "input_audio": m.InputAudio, "input_image": m.InputImage, "text": m.OutputText},
    unsupported={m.OutputAudio: "Azure request messages have no assistant audio part"},
)
ITEM = Tagged(
    "type",
    {
        "message": m.MessageItem,
        "function_call": m.FunctionCallItem,
        "function_call_output": m.FunctionCallOutputItem,
        "mcp_approval_response": m.McpApprovalResponseItem,
    },
    unsupported={m.ItemReference: "Azure has no item_reference items; send the referenced item itself"},
)
ITEMS = ListOf(ITEM)
TOOLS = ListOf(Tagged("type", {"function": m.FunctionTool, "mcp": m.McpTool}))
TOOL_CHOICE = Alt(
    c.TOOL_MODE,
    Tagged(
        "type",
        {"function": m.FunctionChoice},
        unsupported={m.McpChoice: "Azure cannot force a call to an MCP tool"},
    ),
)
VOICE = Alt(
    c.STR,
    Tagged(
        "type",
        {
            "openai": m.OpenAIVoice,
            "azure-standard": m.AzureStandardVoice,
            "azure-custom": m.AzureCustomVoice,
            "azure-personal": m.AzurePersonalVoice,
            "avatar-voice-sync": m.AzureAvatarVoice,
            "azure-realtime-native": m.AzureNativeVoice,
        },
        unsupported={m.VoiceId: "Azure has no custom voice ids; use an Azure custom voice instead"},
    ),
)
INTERIM_RESPONSE = Tagged(
    "type", {"static_interim_response": m.StaticInterimResponse, "llm_interim_response": m.LlmInterimResponse}
)

#: The options every Azure TTS voice shares, in the SDK's order.
TTS_OPTIONS = (
    Field("temperature", "temperature", Number(0.0, 1.0)),
    Field("custom_lexicon_url", "custom_lexicon_url", c.STR),
    Field("custom_text_normalization_url", "custom_text_normalization_url", c.STR),
    Field("prefer_locales", "prefer_locales", c.STRINGS),
    Field("locale", "locale", c.STR),
    Field("style", "style", c.STR),
    Field("pitch", "pitch", c.STR),
    Field("rate", "rate", c.STR),
    Field("volume", "volume", c.STR),
)


class Azure(Dialect):
    """Azure VoiceLive (``azure``)."""

    name = "azure"
    shapes = {
        m.ResponseCreateEvent: Shape(
            Field("event_id", "event_id", c.STR),
            Field("response", "response", Ref(m.ResponseCreateParams)),
            Field("additional_instructions", "additional_instructions", c.STR),
            Tag("type", "response.create"),
        ),
        m.ResponseCreateParams: Shape(
            Field("commit", "commit", c.BOOL),
            Field("cancel_previous", "cancel_previous", c.BOOL),
            Field("append_input_items", "append_input_items", ITEMS),
            Field("input_items", "input_items", ITEMS),
            Field("modalities", "modalities", MODALITIES),
            Field("instructions", "instructions", c.STR),
            Field("voice", "voice", VOICE),
            Field("output_audio_format", "output_audio_format", AUDIO_FORMAT),
            Field("tools", "tools", TOOLS),
            Field("tool_choice", "tool_choice", TOOL_CHOICE),
            Field("temperature", "temperature", c.TEMPERATURE),
            Field("max_output_tokens", "max_output_tokens", c.MAX_TOKENS),
            Field("pre_generated_assistant_message", "pre_generated_assistant_message", Ref(m.MessageItem)),
            Field("reasoning_effort", "reasoning_effort", REASONING_EFFORT),
            Field("metadata", "metadata", c.METADATA),
            Field("interim_response", "interim_response", INTERIM_RESPONSE),
            Field("invoke_input", "invoke_input", c.JSON_OBJECT),
            Unsupported("prompt", "Azure has no stored prompt templates"),
            Unsupported("parallel_tool_calls", "Azure has no parallel_tool_calls switch"),
        ),
        # Items: the caller's fields, then `type`, then `role` (set by the subclass).
        m.MessageItem: Shape(
            Field("content", "content", ListOf(CONTENT_PART)),
            Field("id", "id", c.STR),
            Field("status", "status", STATUS),
            Tag("type", "message"),
            Field("role", "role", c.ROLE),
            Unsupported("object", "not mapped yet"),
        ),
        m.FunctionCallItem: Shape(
            Field("name", "name", c.STR),
            Field("call_id", "call_id", c.STR, required=True),
            Field("arguments", "arguments", c.STR),
            Field("id", "id", c.STR),
            Field("status", "status", STATUS),
            Tag("type", "function_call"),
            Unsupported("object", "not mapped yet"),
        ),
        m.FunctionCallOutputItem: Shape(
            Field("call_id", "call_id", c.STR),
            Field("output", "output", c.STR),
            Field("id", "id", c.STR),
            Field("status", "status", STATUS),
            Tag("type", "function_call_output"),
            Unsupported("object", "not mapped yet"),
        ),
        m.McpApprovalResponseItem: Shape(
            Field("approval_request_id", "approval_request_id", c.STR),
            Field("approve", "approve", c.BOOL),
            Field("id", "id", c.STR),
            Unsupported("reason", "Azure approval responses carry no reason"),
            Tag("type", "mcp_approval_response"),
            Unsupported("object", "not mapped yet"),
        ),
        m.InputText: Shape(Field("text", "text", c.STR), Tag("type", "input_text")),
        m.InputAudio: Shape(
            Field("audio", "audio", c.STR), Field("transcript", "transcript", c.STR), Tag("type", "input_audio")
        ),
        m.InputImage: Shape(
            Field("image_url", "image_url", c.STR),
            Field("detail", "detail", c.IMAGE_DETAIL),
            Tag("type", "input_image"),
        ),
        m.OutputText: Shape(Field("text", "text", c.STR), Tag("type", "text")),
        m.FunctionTool: Shape(
            Field("name", "name", c.STR),
            Field("description", "description", c.STR),
            Field("parameters", "parameters", c.JSON_OBJECT),
            Tag("type", "function"),
        ),
        m.McpTool: Shape(
            Field("server_label", "server_label", c.STR),
            Field("server_url", "server_url", c.STR, required=True),
            Field("authorization", "authorization", c.STR),
            Field("headers", "headers", c.HEADERS),
            Field("allowed_tools", "allowed_tools", McpToolNames(as_filter=False)),
            Field("require_approval", "require_approval", Alt(c.APPROVAL_MODE, Ref(m.McpApprovalFilter))),
            Unsupported("connector_id", "Azure MCP tools have no connector_id"),
            Unsupported("allowed_callers", "Azure MCP tools have no allowed_callers"),
            Unsupported("defer_loading", "Azure MCP tools have no defer_loading"),
            Unsupported("server_description", "Azure MCP tools have no server_description"),
            Unsupported("tunnel_id", "Azure MCP tools have no tunnel_id"),
            Tag("type", "mcp"),
        ),
        m.McpApprovalFilter: Shape(
            Field("always", "always", McpToolNames(as_filter=True)),
            Field("never", "never", McpToolNames(as_filter=True)),
        ),
        m.FunctionChoice: Shape(Field("name", "name", c.STR), Tag("type", "function")),
        m.OpenAIVoice: Shape(Field("name", "name", c.STR), Tag("type", "openai")),
        m.AzureStandardVoice: Shape(Field("name", "name", c.STR), *TTS_OPTIONS, Tag("type", "azure-standard")),
        m.AzureCustomVoice: Shape(
            Field("name", "name", c.STR),
            Field("endpoint_id", "endpoint_id", c.STR),
            *TTS_OPTIONS,
            Tag("type", "azure-custom"),
        ),
        m.AzurePersonalVoice: Shape(
            Field("name", "name", c.STR),
            Field("model", "model", c.STR),
            *TTS_OPTIONS,
            Tag("type", "azure-personal"),
        ),
        m.AzureAvatarVoice: Shape(Field("model", "model", c.STR), *TTS_OPTIONS, Tag("type", "avatar-voice-sync")),
        m.AzureNativeVoice: Shape(Field("name", "name", c.STR), Tag("type", "azure-realtime-native")),
        m.StaticInterimResponse: Shape(
            Field("triggers", "triggers", c.INTERIM_TRIGGERS),
            Field("latency_threshold_ms", "latency_threshold_ms", Int(0)),
            Field("texts", "texts", c.STRINGS),
            Tag("type", "static_interim_response"),
        ),
        m.LlmInterimResponse: Shape(
            Field("triggers", "triggers", c.INTERIM_TRIGGERS),
            Field("latency_threshold_ms", "latency_threshold_ms", Int(0)),
            Field("model", "model", c.STR),
            Field("instructions", "instructions", c.STR),
            Field("max_completion_tokens", "max_completion_tokens", Int(1)),
            Tag("type", "llm_interim_response"),
        ),
    }

    def encode(self, wire: dict[str, Any]) -> str:
        # The text of json.dumps(wire), as VoiceLiveConnection.send() writes it, minus
        # NaN/Infinity, which are not JSON (the SDK's own bug, WIRE.md §6.9).
        text = _ENCODER.encode(wire)
        if "\\ud" in text:
            # json.dumps escapes a lone surrogate too, which no JSON reader accepts
            # back: every escaped surrogate must be half of a pair (raises ValueError).
            orjson.loads(text)
        return text


#: json.dumps' formatting (", " and ": ", ASCII escapes) from one encoder built once. Writers
#: build the wire dict afresh and opaque values are checked on the way in, so it holds no
#: cycle to look for; skipping that bookkeeping saves a fifth of the encoding time.
_ENCODER = json.JSONEncoder(allow_nan=False, check_circular=False)

AZURE = Azure()
