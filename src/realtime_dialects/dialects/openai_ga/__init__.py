"""OpenAI Realtime GA, byte for byte as the ``openai`` package (3.54) models dump it.

Keys are written in the field declaration order of the package's pydantic
models (``openai.types.realtime``): required fields first, then optional ones,
each group alphabetical — so every parameter of ``response`` is alphabetical and
items read ``content, role, type, id, status``. Unset fields are omitted. The
text is compact, raw UTF-8 JSON, exactly ``model_dump_json(exclude_none=True)``
(``docs/wire/openai-ga.md``).

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
* ``object: "realtime.item"`` is kept on the items whose models declare it.
* An Azure typed OpenAI voice ``{"type": "openai", "name": "alloy"}`` is written
  as the plain name ``"alloy"``.

>>> import realtime_dialects as rd
>>> event = rd.AZURE.loads('{"response": {"commit": false, "modalities": ["text"]}, "type": "response.create"}')
>>> rd.OPENAI_GA.dumps(event)
'{"type":"response.create","response":{"conversation":"none","output_modalities":["text"]}}'
"""

from __future__ import annotations

from typing import Any

import orjson

from ...model.common import AudioFormat, Modality, ReasoningEffort
from .. import _openai_common
from .._runtime import BAD, Flag, Invalid, RawProblem, absent, describe, voice_name
from ..base import Dialect
from ..tables import Alt, Choice, Custom, FlagList, Number, Ref, Str, one_of
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
    voices,
)
from .families import PART

# --------------------------------------------------------------------------- dialect-specific codecs

_FORMAT_WRITES: dict[Any, Any] = {
    AudioFormat.PCM16: {"rate": 24000, "type": "audio/pcm"},
    AudioFormat.G711_ULAW: {"type": "audio/pcmu"},
    AudioFormat.G711_ALAW: {"type": "audio/pcma"},
}
_FORMAT_READS = {
    "audio/pcm": AudioFormat.PCM16,
    "audio/pcmu": AudioFormat.G711_ULAW,
    "audio/pcma": AudioFormat.G711_ALAW,
}
_FORMAT_LOSSES: dict[Any, str] = {
    AudioFormat.PCM16_8000HZ: "OpenAI GA PCM output is 24 kHz only; 8 kHz PCM has no GA form",
    AudioFormat.PCM16_16000HZ: "OpenAI GA PCM output is 24 kHz only; 16 kHz PCM has no GA form",
}


def _read_format(value: Any) -> AudioFormat:
    if value.__class__ is not dict:
        raise Invalid.expected("an object", value)
    kind = value.get("type")
    fmt = _FORMAT_READS.get(kind) if kind.__class__ is str else None
    problems: list[RawProblem] = []
    if fmt is None:
        expected = f"expected one of {', '.join(map(repr, _FORMAT_READS))}"
        message = f"{expected}, got {describe(kind)}" if kind is not None else f"{absent('type' in value)}; {expected}"
        problems.append((("type",), message))
    elif fmt is AudioFormat.PCM16:
        problems.extend(((key,), "unknown key") for key in value if key != "type" and key != "rate")
    else:
        problems.extend(((key,), "unknown key") for key in value if key != "type")
    rate = value.get("rate")
    if fmt is AudioFormat.PCM16 and rate is not None and not (rate.__class__ is int and rate == 24000):
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


#: ``audio.output.format``: an object, ``{"type": "audio/pcm", "rate": 24000}``. ``{"type":
#: "audio/pcm"}`` without ``rate`` reads as 24 kHz PCM (the only rate GA has).
AUDIO_FORMAT = Custom(
    _read_format,
    _write_format,
    "an audio format object",
    (dict,),
    (AudioFormat, str),
    frozenset({"type", "rate"}),
    one_of(AudioFormat),
)


def _write_typed_voice(value: Any, ctx: Any, chain: Any) -> Any:
    return voice_name(value, ctx, chain, "openai-ga")


#: ``audio.output.voice``: a voice name or ``{"id": …}``; Azure's typed OpenAI voice is written as its name.
VOICE = Alt(
    Str(),
    Ref("VoiceId"),
    Custom(None, _write_typed_voice, "a voice name", neutral_types=("OpenAIVoice",)),
    expect="a voice name or an object with an id",
)
_AZURE_VOICE = "OpenAI GA has no Azure TTS voices; use a voice name or a custom voice id"


class OpenAIGA(Dialect):
    """OpenAI Realtime GA (``openai-ga``)."""

    name = "openai-ga"
    codecs = {
        "Modality": FlagList(
            Modality,
            {"text": Modality.TEXT, "audio": Modality.AUDIO},
            unsupported={
                Modality.ANIMATION: "OpenAI GA has no 'animation' output modality",
                Modality.AVATAR: "OpenAI GA has no 'avatar' output modality",
            },
            empty='OpenAI GA output_modalities is either ["text"] or ["audio"]; an empty list has no GA meaning',
            # Audio output always includes its text transcript.
            implies={Modality.AUDIO: Modality.TEXT},
        ),
        "AudioFormat": AUDIO_FORMAT,
        "Voice": VOICE,
        # pydantic's float fields write every number as a float: 1 becomes 1.0.
        "float": Number(write=float),
        # Client side: the closed sets GA's models take where the neutral domain is wider.
        "ItemStatus": Choice(
            {status: status for status in ("completed", "incomplete", "in_progress")},
            others="OpenAI GA items take the status 'completed', 'incomplete' or 'in_progress' only",
        ),
        "NoiseReductionType": Choice(
            {"near_field": "near_field", "far_field": "far_field"},
            unsupported={"azure_deep_noise_suppression": "OpenAI GA has no Azure deep noise suppression"},
        ),
        "IncludeOption": Choice(
            {"item.input_audio_transcription.logprobs": "item.input_audio_transcription.logprobs"},
            unsupported={
                "item.input_audio_transcription.phrases": "OpenAI GA cannot include transcription phrases",
                "file_search_call.results": "OpenAI GA has no file search",
            },
        ),
    }
    unsupported = {
        ReasoningEffort.NONE: "OpenAI GA has no reasoning effort 'none'",
        "AzureStandardVoice": _AZURE_VOICE,
        "AzureCustomVoice": _AZURE_VOICE,
        "AzurePersonalVoice": _AZURE_VOICE,
        "AzureAvatarVoice": "OpenAI GA has no Azure avatar voices",
        "AzureNativeVoice": "OpenAI GA has no voices of the azure-realtime model",
        # Azure's own events (client and avatar stream), turn detections and item kinds.
        **_openai_common.azure_only("OpenAI GA", "OpenAI GA"),
        "WebSearchCallItem": "OpenAI GA has no web_search_call items",
        "FileSearchCallItem": "OpenAI GA has no file_search_call items",
        # Server side: Azure's events GA has no counterpart for.
        **server_events.UNSUPPORTED,
        **response_events.UNSUPPORTED,
        **tool_events.UNSUPPORTED,
    }
    shapes = {
        **client_events.SHAPES,
        **response.SHAPES,
        **items.SHAPES,
        **tools.SHAPES,
        **voices.SHAPES,
        **common.SHAPES,
        **session.SHAPES,
        # Server side: server events and the objects only they carry.
        **server_events.SHAPES,
        **transcription_events.SHAPES,
        **response_events.SHAPES,
        **tool_events.SHAPES,
        **response.SERVER_SHAPES,
    }
    # Server side: the content part events tag their parts text/audio.
    families = {"part": PART, "server": items.SERVER}
    # Server side: server events read their items' statuses open.
    server_family = "server"
    # The package's models: an undeclared key set to null is not set (exclude_none writes it not at all).
    undeclared_nulls = False

    def encode(self, wire: dict[str, Any]) -> str:
        # pydantic's model_dump_json: compact separators, raw UTF-8.
        return orjson.dumps(wire).decode()

    def verbatim_strings(self, family: str | None) -> bool:
        return True  # orjson escapes only quotes, backslashes and control characters


OPENAI_GA = OpenAIGA()

__all__ = ["OPENAI_GA", "OpenAIGA"]
