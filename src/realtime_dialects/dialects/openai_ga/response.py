"""OpenAI Realtime GA: the parameters a response is asked with."""

from __future__ import annotations

from typing import Any

from ...model.common import Modality
from .._runtime import Flag, voice_name
from ..tables import Alt, Choice, Custom, Field, FlagList, ListOf, Nested, Shape, Str, Unsupported
from .client_events import SERVER_ITEM

#: Azure's ``commit`` is GA's ``conversation``: out-of-band responses are ``"none"``.
CONVERSATION = Choice({"auto": True, "none": False})

SHAPES = {
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
}

# --------------------------------------------------------------------------- server side: the response reported


_AZURE_VOICES = ("AzureStandardVoice", "AzureCustomVoice", "AzurePersonalVoice", "AzureAvatarVoice", "AzureNativeVoice")


def _write_voice_name(value: Any, ctx: Any, chain: Any) -> Any:
    kind = value.__class__.__name__
    if kind == "VoiceId":
        return Flag("OpenAI GA responses name their voice; a custom voice id has no form there")
    if kind != "OpenAIVoice":
        return Flag("OpenAI GA responses name an OpenAI voice; Azure voices have no form there")
    return voice_name(value, ctx, chain, "openai-ga")


#: ``audio.output.voice`` of a response is a name only (``realtime_response.py:20``): unlike the
#: session's, no ``{"id": …}``, and no Azure voice.
RESPONSE_VOICE = Alt(
    Str(),
    Custom(None, _write_voice_name, "a voice name", neutral_types=("OpenAIVoice", "VoiceId", *_AZURE_VOICES)),
)
#: ``output_modalities`` of a response, written as the server reports it: ``["audio"]`` and
#: ``["text", "audio"]`` are two values here (the request codec's "audio implies text" would write
#: both as ``["audio"]``), and ``[]`` is valid.
RESPONSE_MODALITIES = FlagList(
    Modality,
    {"text": Modality.TEXT, "audio": Modality.AUDIO},
    unsupported={
        Modality.ANIMATION: "OpenAI GA has no 'animation' output modality",
        Modality.AVATAR: "OpenAI GA has no 'avatar' output modality",
    },
)

#: ``RealtimeResponse`` (``realtime_response.py:38``) and what it carries.
SERVER_SHAPES = {
    "Response": Shape(
        "id",
        Nested("audio", Nested("output", Field("output_audio_format", "format"), Field("voice", codec=RESPONSE_VOICE))),
        "conversation_id",
        "max_output_tokens",
        "metadata",
        "object",
        Field("output", codec=ListOf(SERVER_ITEM)),
        Field("modalities", "output_modalities", RESPONSE_MODALITIES),
        "status",
        "status_details",
        "usage",
        Unsupported("temperature", "OpenAI GA responses report no temperature"),
    ),
    "ResponseStatusDetails": Shape("error", "reason", "type"),
    "ResponseStatusError": Shape("code", "message", "type"),
    "ResponseUsage": Shape(
        "input_token_details", "input_tokens", "output_token_details", "output_tokens", "total_tokens"
    ),
    "InputTokenDetails": Shape("audio_tokens", "cached_tokens", "cached_tokens_details", "image_tokens", "text_tokens"),
    "CachedTokenDetails": Shape("audio_tokens", "image_tokens", "text_tokens"),
    "OutputTokenDetails": Shape(
        "audio_tokens", "text_tokens", Unsupported("reasoning_tokens", "OpenAI GA reports no reasoning tokens")
    ),
}
