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
* ``object: "realtime.item"`` on items is accepted and not written.
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

from ..model.common import AudioFormat, Modality, ReasoningEffort
from ._runtime import BAD, Flag, Invalid, RawProblem, describe
from .base import Dialect
from .tables import Alt, Choice, Custom, Field, FlagList, Ignored, Nested, Number, Ref, Shape, Str, Tag, Unsupported

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
        message = "required, but missing" if kind is None else f"expected one of {', '.join(map(repr, _FORMAT_READS))}"
        problems.append((("type",), message if kind is None else f"{message}, got {describe(kind)}"))
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
AUDIO_FORMAT = Custom(_read_format, _write_format, "an audio format object", (dict,), (AudioFormat, str))


def _write_typed_voice(value: Any, ctx: Any, chain: Any) -> Any:
    return value.name if value.name.__class__ is str else BAD


#: ``audio.output.voice``: a voice name or ``{"id": …}``; Azure's typed OpenAI voice is written as its name.
VOICE = Alt(
    Str(),
    Ref("VoiceId"),
    Custom(None, _write_typed_voice, "a voice name", neutral_types=("OpenAIVoice",)),
    expect="a voice name or an object with an id",
)
CONVERSATION = Choice({"auto": True, "none": False})
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
ITEM_OBJECT = Ignored("object", "realtime.item")
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
    }
    unsupported = {
        ReasoningEffort.NONE: "OpenAI GA has no reasoning effort 'none'",
        "AzureStandardVoice": _AZURE_VOICE,
        "AzureCustomVoice": _AZURE_VOICE,
        "AzurePersonalVoice": _AZURE_VOICE,
        "AzureAvatarVoice": "OpenAI GA has no Azure avatar voices",
        "AzureNativeVoice": "OpenAI GA has no voices of the azure-realtime model",
    }
    shapes = {
        "ResponseCreateEvent": Shape(
            Tag("type", "response.create"),
            "event_id",
            "response",
            Unsupported("additional_instructions", "OpenAI GA has no per-response additional instructions"),
        ),
        "ResponseCreateParams": Shape(
            Nested("audio", Nested("output", Field("output_audio_format", "format"), "voice")),
            Field("commit", "conversation", CONVERSATION),
            Field("input_items", "input"),
            "instructions",
            "max_output_tokens",
            "metadata",
            Field("modalities", "output_modalities"),
            "parallel_tool_calls",
            "prompt",
            Nested("reasoning", Field("reasoning_effort", "effort")),
            "tool_choice",
            "tools",
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
        "MessageItem": Shape("content", "role", Tag("type", "message"), "id", ITEM_OBJECT, "status"),
        "FunctionCallItem": Shape(
            "arguments", "name", Tag("type", "function_call"), "id", "call_id", ITEM_OBJECT, "status"
        ),
        "FunctionCallOutputItem": Shape(
            "call_id", "output", Tag("type", "function_call_output"), "id", ITEM_OBJECT, "status"
        ),
        "McpApprovalResponseItem": Shape(
            Field("id", required=True), "approval_request_id", "approve", Tag("type", "mcp_approval_response"), "reason"
        ),
        # Only in the TypedDict RealtimeResponseCreateParamsWithReferencesParam: declaration order id, type.
        "ItemReference": Shape("id", Tag("type", "item_reference")),
        # Content parts: one optional-field model per role, fields alphabetical.
        "InputText": Shape("text", Tag("type", "input_text")),
        "InputAudio": Shape("audio", "transcript", Tag("type", "input_audio")),
        "InputImage": Shape("detail", "image_url", Tag("type", "input_image")),
        "OutputText": Shape("text", Tag("type", "output_text")),
        "OutputAudio": Shape("audio", "transcript", Tag("type", "output_audio")),
        "FunctionTool": Shape("description", "name", "parameters", Tag("type", "function")),
        "McpTool": Shape(
            "server_label",
            Tag("type", "mcp"),
            "allowed_callers",
            "allowed_tools",
            "authorization",
            Field("connector_id", codec=CONNECTOR_ID),
            "defer_loading",
            "headers",
            "require_approval",
            "server_description",
            "server_url",
            "tunnel_id",
        ),
        "McpToolFilter": Shape("read_only", "tool_names"),
        "McpApprovalFilter": Shape("always", "never"),
        "FunctionChoice": Shape("name", Tag("type", "function")),
        "McpChoice": Shape("server_label", Tag("type", "mcp"), "name"),
        "VoiceId": Shape("id"),
        "Prompt": Shape("id", "variables", "version"),
    }

    def encode(self, wire: dict[str, Any]) -> str:
        # pydantic's model_dump_json: compact separators, raw UTF-8.
        return orjson.dumps(wire).decode()


OPENAI_GA = OpenAIGA()

__all__ = ["OPENAI_GA", "OpenAIGA"]
