"""Azure VoiceLive, byte for byte as the ``azure-ai-voicelive`` SDK (1.3.x) sends it.

The SDK writes keys in the order its constructors take them and appends the
discriminators its subclasses assign after construction (``type``, then
``role`` for messages) last; unset fields are omitted; the text is
``json.dumps`` with its default separators and ASCII escaping
(``docs/wire/azure.md``).
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from ..model.common import AudioFormat
from ._runtime import BAD, Flag, Invalid, describe
from .base import Dialect
from .tables import Choice, Custom, Field, Shape, Tag, Unsupported

# --------------------------------------------------------------------------- dialect-specific codecs


def _read_tool_names(value: Any) -> tuple[str, ...]:
    if value.__class__ is not list:
        raise Invalid.expected("a list", value)
    bad = [
        ((index,), f"expected a string, got {describe(name)}")
        for index, name in enumerate(value)
        if name.__class__ is not str
    ]
    if bad:
        raise Invalid(bad)
    return tuple(value)


def _write_tool_names(value: Any, ctx: Any, chain: Any) -> Any:
    from .. import model as m

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


def _read_tool_filter(value: Any) -> Any:
    from .. import model as m

    return m.McpToolFilter(tool_names=_read_tool_names(value))


#: Azure lists MCP tools by name only (``["search"]``): the tools an MCP server offers.
TOOL_NAMES = Custom(_read_tool_names, _write_tool_names, "a list of strings", (list,), (tuple, list, "McpToolFilter"))
#: The same lists inside ``require_approval``, read as name-only tool filters.
TOOL_FILTER = Custom(_read_tool_filter, _write_tool_names, "a list of strings", (list,), (tuple, list, "McpToolFilter"))

#: The options every Azure TTS voice shares, in the SDK's order.
TTS_OPTIONS = (
    "temperature",
    "custom_lexicon_url",
    "custom_text_normalization_url",
    "prefer_locales",
    "locale",
    "style",
    "pitch",
    "rate",
    "volume",
)


class Azure(Dialect):
    """Azure VoiceLive (``azure``)."""

    name = "azure"
    codecs = {
        "ItemStatus": Choice(
            {"completed": "completed", "incomplete": "incomplete"},
            unsupported={"in_progress": "Azure request items have no 'in_progress' status"},
        ),
        "AudioFormat": Choice(
            {fmt.value: fmt for fmt in AudioFormat},
            # Legacy spellings the SDK maps only when the attribute is read (docs/wire/azure.md).
            aliases={"pcm16-8000hz": AudioFormat.PCM16_8000HZ, "pcm16-16000hz": AudioFormat.PCM16_16000HZ},
        ),
    }
    unsupported = {
        "OutputAudio": "Azure request messages have no assistant audio part",
        "ItemReference": "Azure has no item_reference items; send the referenced item itself",
        "McpChoice": "Azure cannot force a call to an MCP tool",
        "VoiceId": "Azure has no custom voice ids; use an Azure custom voice instead",
    }
    shapes = {
        "ResponseCreateEvent": Shape("event_id", "response", "additional_instructions", Tag("type", "response.create")),
        "ResponseCreateParams": Shape(
            "commit",
            "cancel_previous",
            "append_input_items",
            "input_items",
            "modalities",
            "instructions",
            "voice",
            "output_audio_format",
            "tools",
            "tool_choice",
            "temperature",
            "max_output_tokens",
            "pre_generated_assistant_message",
            "reasoning_effort",
            "metadata",
            "interim_response",
            "invoke_input",
            Unsupported("prompt", "Azure has no stored prompt templates"),
            Unsupported("parallel_tool_calls", "Azure has no parallel_tool_calls switch"),
        ),
        # Items: the caller's fields, then `type`, then `role` (set by the subclass).
        "MessageItem": Shape("content", "id", "status", Tag("type", "message"), "role"),
        "FunctionCallItem": Shape(
            "name", Field("call_id", required=True), "arguments", "id", "status", Tag("type", "function_call")
        ),
        "FunctionCallOutputItem": Shape("call_id", "output", "id", "status", Tag("type", "function_call_output")),
        "McpApprovalResponseItem": Shape(
            "approval_request_id",
            "approve",
            "id",
            Unsupported("reason", "Azure approval responses carry no reason"),
            Tag("type", "mcp_approval_response"),
        ),
        "InputText": Shape("text", Tag("type", "input_text")),
        "InputAudio": Shape("audio", "transcript", Tag("type", "input_audio")),
        "InputImage": Shape("image_url", "detail", Tag("type", "input_image")),
        "OutputText": Shape("text", Tag("type", "text")),
        "FunctionTool": Shape("name", "description", "parameters", Tag("type", "function")),
        "McpTool": Shape(
            "server_label",
            Field("server_url", required=True),
            "authorization",
            "headers",
            Field("allowed_tools", codec=TOOL_NAMES),
            "require_approval",
            Unsupported("connector_id", "Azure MCP tools have no connector_id"),
            Unsupported("allowed_callers", "Azure MCP tools have no allowed_callers"),
            Unsupported("defer_loading", "Azure MCP tools have no defer_loading"),
            Unsupported("server_description", "Azure MCP tools have no server_description"),
            Unsupported("tunnel_id", "Azure MCP tools have no tunnel_id"),
            Tag("type", "mcp"),
        ),
        "McpApprovalFilter": Shape(Field("always", codec=TOOL_FILTER), Field("never", codec=TOOL_FILTER)),
        "FunctionChoice": Shape("name", Tag("type", "function")),
        "OpenAIVoice": Shape("name", Tag("type", "openai")),
        "AzureStandardVoice": Shape("name", *TTS_OPTIONS, Tag("type", "azure-standard")),
        "AzureCustomVoice": Shape("name", "endpoint_id", *TTS_OPTIONS, Tag("type", "azure-custom")),
        "AzurePersonalVoice": Shape("name", "model", *TTS_OPTIONS, Tag("type", "azure-personal")),
        "AzureAvatarVoice": Shape("model", *TTS_OPTIONS, Tag("type", "avatar-voice-sync")),
        "AzureNativeVoice": Shape("name", Tag("type", "azure-realtime-native")),
        "StaticInterimResponse": Shape(
            "triggers", "latency_threshold_ms", "texts", Tag("type", "static_interim_response")
        ),
        "LlmInterimResponse": Shape(
            "triggers",
            "latency_threshold_ms",
            "model",
            "instructions",
            "max_completion_tokens",
            Tag("type", "llm_interim_response"),
        ),
    }

    def encode(self, wire: dict[str, Any]) -> str:
        # The text of json.dumps(wire), as VoiceLiveConnection.send() writes it, minus
        # NaN/Infinity, which are not JSON (the SDK's own bug, docs/wire/azure.md).
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

__all__ = ["AZURE", "Azure"]
