"""OpenAI Realtime (beta), byte for byte as OpenAI-DotNet's serializer writes it.

System.Text.Json writes properties in declaration order and decides omission by
each property's ``JsonIgnore`` condition (``docs/wire/openai.md``); both are
data here:

* ``Never`` — always written: ``output_audio_format`` (``"pcm16"`` when unset,
  the enum's zero) and ``input`` (``null`` when unset): :class:`Always`;
* ``WhenWritingDefault`` — omitted at the type's default: no modality flags,
  null strings and numbers, and ``conversation: "auto"`` (the enum's zero),
  which therefore can never be written: :class:`OmitWhen`;
* the global ``WhenWritingNull`` for everything else: the default omission.

The text is compact UTF-8 with System.Text.Json's escaping (emoji as surrogate
pairs, upper-case hex, ``docs/wire/openai-dotnet.md`` §6), and numbers of its
``float`` properties (temperature) in single precision and .NET's format (``1``
for 1.0, ``1E-07``; §5). One deliberate difference from OpenAI-DotNet:
G.711 formats are written ``g711_ulaw``/``g711_alaw``, the API's spelling; the
DotNet enum's ``g771_*`` is accepted on read. We model the serializer, not the
DotNet constructor's injections (default prompt, ``tool_choice: "none"``, token
clamping, rewriting every input item as an ``item_reference``).

Normalisations: ``conversation: "auto"`` reads as ``commit=True`` and, being the
default, is not written back, and so is a semantic VAD's ``eagerness: "auto"``; an
Azure typed OpenAI voice ``{"type": "openai", "name": "alloy"}`` is written as ``"alloy"``.

The three client events OpenAI-DotNet has no class for (``conversation.item.retrieve``,
``output_audio_buffer.clear``, ``transcription_session.update``) follow the ``openai``
package's beta models instead: their shapes take the ``beta`` family, and their text is
pydantic's ``model_dump_json`` (orjson's, raw UTF-8), not System.Text.Json's.

>>> import realtime_dialects as rd
>>> rd.OPENAI.dumps(rd.ResponseCreateEvent(response=rd.ResponseCreateParams()))
'{"type":"response.create","response":{"output_audio_format":"pcm16","input":null}}'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from ...model.common import AudioFormat
from .. import _dotnet_json, _openai_common
from .._dotnet_json import Float32
from .._runtime import BAD, Flag, Invalid, voice_name
from ..base import Dialect
from ..tables import INT_RANGE, Choice, Custom, Int, Number
from . import (
    client_events,
    common,
    items,
    response,
    response_events,
    server_events,
    session,
    tool_events,
    tools,
    transcription_events,
)
from .families import BETA

# --------------------------------------------------------------------------- dialect-specific codecs

_AZURE_VOICE = "OpenAI voices are names; Azure text-to-speech voices have no OpenAI form"
VOICE_LOSSES = {
    "AzureStandardVoice": _AZURE_VOICE,
    "AzureCustomVoice": _AZURE_VOICE,
    "AzurePersonalVoice": _AZURE_VOICE,
    "AzureAvatarVoice": _AZURE_VOICE,
    "AzureNativeVoice": "azure-realtime-native voices exist only on Azure's azure-realtime model",
    "VoiceId": "OpenAI-DotNet writes voices as names; custom voice ids are a GA feature",
}


def _read_voice(value: Any) -> str:
    if value.__class__ is not str:
        raise Invalid.expected("a voice name", value)
    return value


def _write_voice(value: Any, ctx: Any, chain: Any) -> Any:
    if value.__class__ is str:
        return value
    kind = value.__class__.__name__
    if kind == "OpenAIVoice" and value.__class__.__module__.startswith("realtime_dialects."):
        return voice_name(value, ctx, chain, "openai")
    reason = VOICE_LOSSES.get(kind)
    return BAD if reason is None else Flag(reason)


#: A voice name; Azure's typed OpenAI voice is flattened to its name without loss.
VOICE = Custom(_read_voice, _write_voice, "a voice name", (str,), (str, "OpenAIVoice", *VOICE_LOSSES))


#: Why a valid integer past Int32 is lost in the dialect's client events.
INT32_LOST = "{value} does not fit OpenAI-DotNet's Int32 (-2147483648 to 2147483647)"


class OpenAI(Dialect):
    """OpenAI Realtime as OpenAI-DotNet writes it (``openai``)."""

    name = "openai"
    codecs = {
        "Modality": common.MODALITY,
        "AudioFormat": Choice(
            {"pcm16": AudioFormat.PCM16, "g711_ulaw": AudioFormat.G711_ULAW, "g711_alaw": AudioFormat.G711_ALAW},
            # OpenAI-DotNet's enum misspells G.711 (docs/wire/openai.md); read it, never write it.
            aliases={"g771_ulaw": AudioFormat.G711_ULAW, "g771_alaw": AudioFormat.G711_ALAW},
            unsupported={
                AudioFormat.PCM16_8000HZ: "OpenAI audio is 24 kHz; 8 kHz PCM has no OpenAI form",
                AudioFormat.PCM16_16000HZ: "OpenAI audio is 24 kHz; 16 kHz PCM has no OpenAI form",
            },
        ),
        "Voice": VOICE,
        # OpenAI-DotNet's numbers are float32 properties: single precision, .NET's format;
        # its integers are Int32 (docs/wire/openai-dotnet.md). Server events read and write both unbounded.
        "float": Number(write=Float32),
        "int": Int(-(2**31), 2**31 - 1, lost=INT32_LOST, model=INT_RANGE),
        # Client side: the closed sets of OpenAI-DotNet's enums where the neutral domain is wider.
        "ItemStatus": Choice(
            {status: status for status in ("in_progress", "completed", "cancelled", "failed", "incomplete")},
            others="OpenAI items take the status in_progress, completed, cancelled, failed or incomplete only",
        ),
        "NoiseReductionType": Choice(
            {"near_field": "near_field", "far_field": "far_field"},
            unsupported={"azure_deep_noise_suppression": "OpenAI has no Azure deep noise suppression"},
        ),
    }
    unsupported = {
        "InputImage": "OpenAI Realtime beta messages have no image parts",
        "McpApprovalResponseItem": "OpenAI Realtime beta has no MCP approval responses",
        "McpTool": "OpenAI Realtime beta has no MCP tools",
        "McpChoice": "OpenAI Realtime beta cannot force a call to an MCP tool",
        **VOICE_LOSSES,
        # Azure's own events (client and avatar stream), turn detections and item kinds.
        **_openai_common.azure_only("OpenAI", "OpenAI Realtime beta"),
        "McpListToolsItem": "OpenAI Realtime beta has no MCP items",
        "McpCallItem": "OpenAI Realtime beta has no MCP items",
        "McpApprovalRequestItem": "OpenAI Realtime beta has no MCP items",
        "WebSearchCallItem": "OpenAI Realtime beta has no web_search_call items",
        "FileSearchCallItem": "OpenAI Realtime beta has no file_search_call items",
        # Server side: GA's and Azure's events OpenAI beta has no counterpart for.
        **server_events.UNSUPPORTED,
        **transcription_events.UNSUPPORTED,
        **response_events.UNSUPPORTED,
        **tool_events.UNSUPPORTED,
    }
    shapes = {
        **client_events.SHAPES,
        **response.SHAPES,
        **items.SHAPES,
        **tools.SHAPES,
        **common.SHAPES,
        **session.SHAPES,
        # Server side: server events and the objects only they carry.
        **server_events.SHAPES,
        **transcription_events.SHAPES,
        **response_events.SHAPES,
        **response.SERVER_SHAPES,
    }
    families = {
        # Client side: the beta models' forms of the session settings, and those only
        # transcription_session.update has. Server side: the server's sessions, items and parts.
        "beta": {**session.BETA, **BETA},
        "beta_request": {**session.BETA, **session.BETA_REQUEST},
        "request_input": items.REQUEST_INPUT,
    }
    # Server side: server events carry the beta models' forms.
    server_family = "beta"
    # Its server events are the openai package's models: an undeclared key set to null is not
    # set (model_dump_json(exclude_none=True) writes it not at all; real session.created events
    # carry "client_secret": null). Client events read with keep_unknown take the same rule.
    undeclared_nulls = False

    def __init__(self) -> None:
        super().__init__()
        self._beta: frozenset[Any] | None = None

    def encode(self, wire: dict[str, Any]) -> str:
        return self.encoder(wire.get("type"))(wire)  # type: ignore[arg-type]

    def encoder(self, kind: str) -> Callable[[dict[str, Any]], str]:
        if kind in self._beta_types():
            # An event OpenAI-DotNet has no class for: pydantic's model_dump_json (raw UTF-8).
            return _pydantic_text
        # System.Text.Json with UnsafeRelaxedJsonEscaping: compact, UTF-8, its own escapes.
        return _dotnet_json.dumps

    def verbatim_strings(self, family: str | None) -> bool:
        return family is not None  # the beta models' events, in pydantic's raw UTF-8 (not .NET's escapes)

    def _beta_types(self) -> frozenset[Any]:
        """The wire types of the events written with the beta models (their shapes' family is not DotNet's)."""
        if self._beta is None:
            self._beta = frozenset(tag for tag, name in self.events().items() if self.family_of(name) is not None)
        return self._beta


def _pydantic_text(wire: dict[str, Any]) -> str:
    return orjson.dumps(wire).decode()


OPENAI = OpenAI()

__all__ = ["OPENAI", "OpenAI"]
