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
default, is not written back; an Azure typed OpenAI voice
``{"type": "openai", "name": "alloy"}`` is written as ``"alloy"``.

>>> import realtime_dialects as rd
>>> rd.OPENAI.dumps(rd.ResponseCreateEvent(response=rd.ResponseCreateParams()))
'{"type":"response.create","response":{"output_audio_format":"pcm16","input":null}}'
"""

from __future__ import annotations

from typing import Any

from ...model.common import AudioFormat, Modality
from .. import _dotnet_json
from .._dotnet_json import Float32
from .._runtime import BAD, Flag, Invalid
from ..base import Dialect
from ..tables import Choice, Custom, FlagList, Number
from . import (
    avatar_events,
    client_events,
    items,
    response,
    response_events,
    server_events,
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
        return value.name if value.name.__class__ is str else BAD
    reason = VOICE_LOSSES.get(kind)
    return BAD if reason is None else Flag(reason)


#: A voice name; Azure's typed OpenAI voice is flattened to its name without loss.
VOICE = Custom(_read_voice, _write_voice, "a voice name", (str,), (str, "OpenAIVoice", *VOICE_LOSSES))


#: Item kinds of GA and Azure servers that OpenAI beta has no form for.
_SERVER_ITEMS = {
    "McpListToolsItem": "OpenAI Realtime beta has no MCP tools",
    "McpCallItem": "OpenAI Realtime beta has no MCP tools",
    "McpApprovalRequestItem": "OpenAI Realtime beta has no MCP tools",
    "WebSearchCallItem": "OpenAI Realtime beta has no web search tool",
    "FileSearchCallItem": "OpenAI Realtime beta has no file search tool",
}

#: Session classes the server sessions carry that the client side's tables will give reasons for
#: (tables-notes-server.md); here until then, so that beta sessions resolve their turn detection.
_PENDING_FROM_CLIENT = {
    "AzureSemanticVad": "OpenAI has no Azure semantic voice activity detection",
    "AzureSemanticVadEn": "OpenAI has no Azure semantic voice activity detection",
    "AzureSemanticVadMultilingual": "OpenAI has no Azure semantic voice activity detection",
}


class OpenAI(Dialect):
    """OpenAI Realtime as OpenAI-DotNet writes it (``openai``)."""

    name = "openai"
    codecs = {
        "Modality": FlagList(
            Modality,
            {"text": Modality.TEXT, "audio": Modality.AUDIO},
            unsupported={
                Modality.ANIMATION: "OpenAI has no 'animation' modality",
                Modality.AVATAR: "OpenAI has no 'avatar' modality",
            },
            empty="OpenAI-DotNet's [Flags] modalities cannot write an empty list (no flags means the key is omitted)",
        ),
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
        # OpenAI-DotNet's numbers are float32 properties: single precision, .NET's format.
        "float": Number(write=Float32),
    }
    unsupported = {
        "InputImage": "OpenAI Realtime beta messages have no image parts",
        "McpApprovalResponseItem": "OpenAI Realtime beta has no MCP approval responses",
        "McpTool": "OpenAI Realtime beta has no MCP tools",
        "McpChoice": "OpenAI Realtime beta cannot force a call to an MCP tool",
        **VOICE_LOSSES,
        # Server side: events OpenAI beta has no counterpart for, and the item kinds it has no form for.
        **server_events.UNSUPPORTED,
        **transcription_events.UNSUPPORTED,
        **response_events.UNSUPPORTED,
        **tool_events.UNSUPPORTED,
        **avatar_events.UNSUPPORTED,
        **_SERVER_ITEMS,
        **_PENDING_FROM_CLIENT,
    }
    shapes = {
        **client_events.SHAPES,
        **response.SHAPES,
        **items.SHAPES,
        **tools.SHAPES,
        # Server side: server events and the objects only they carry.
        **server_events.SHAPES,
        **transcription_events.SHAPES,
        **response_events.SHAPES,
        **response.SERVER_SHAPES,
    }
    # Server side: server events carry the beta models' forms of sessions, items and parts.
    families = {"beta": BETA}
    server_family = "beta"

    def encode(self, wire: dict[str, Any]) -> str:
        # System.Text.Json with UnsafeRelaxedJsonEscaping: compact, UTF-8, its own escapes.
        return _dotnet_json.dumps(wire)


OPENAI = OpenAI()

__all__ = ["OPENAI", "OpenAI"]
