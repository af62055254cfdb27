"""OpenAI Realtime beta: the forms of the ``openai`` package's beta models (family ``"beta"``).

The plain shapes of this dialect are OpenAI-DotNet's, which writes the client events; server events
(and the few client events DotNet lacks) are the beta models' (``openai.types.beta.realtime``),
whose nested objects have other keys and orders: sessions (``session.Session``,
``transcription_session.TranscriptionSession``), the one flat ``ConversationItem``, the one
``ConversationItemContent``, turn detection, transcription. Keys in field declaration order;
``null`` switches a setting off (``OFF``) as in every server session.

The settings the beta models share with ``transcription_session.update`` (transcription, noise
reduction, turn detection, tracing) are the client side's ``session.BETA``; this table adds what
only server events carry. Codecs are per dialect, so where the beta models differ from DotNet in a
value's form the row names its codec: floats (Python floats, not float32), modalities (``[]`` is a
value), statuses (open in server items).
"""

from __future__ import annotations

from typing import Any

from .._runtime import Flag
from ..tables import Alt, Choice, Custom, Field, Number, Shape, Str, Tag, Unsupported, needed
from .common import BETA_MODALITY


def _no_forced_function(value: Any, ctx: Any, chain: Any) -> Flag:
    return Flag("the beta session model types tool_choice as a string; a forced function has no form there")


#: The beta session's ``tool_choice`` is a string (``session.py``): a mode.
TOOL_CHOICE = Alt(
    Choice({"auto": "auto", "none": "none", "required": "required"}),
    Custom(None, _no_forced_function, "a tool choice mode", neutral_types=("FunctionChoice",)),
)
#: Server items report whatever status the server has (the beta model lists three).
STATUS = Str()

BETA = {
    # session.Session (session.py:140): the echo of session.update.
    "RealtimeSession": Shape(
        "id",
        "input_audio_format",
        "input_audio_noise_reduction",
        "input_audio_transcription",
        "instructions",
        Field("max_output_tokens", "max_response_output_tokens"),
        Field("modalities", codec=BETA_MODALITY),
        "model",
        "output_audio_format",
        Field("speed", codec=Number(0.25, 1.5, write=float)),
        Field("temperature", codec=Number(0.0, 1.2, write=float)),
        Field("tool_choice", codec=TOOL_CHOICE),
        "tools",
        "tracing",
        "turn_detection",
        "voice",
        Unsupported("input_audio_sampling_rate", "OpenAI audio has no sampling-rate setting"),
        Unsupported("input_audio_echo_cancellation", "OpenAI has no echo cancellation setting"),
        Unsupported("parallel_tool_calls", "the beta session model has no parallel_tool_calls"),
        Unsupported("reasoning_effort", "OpenAI Realtime beta has no reasoning effort"),
        Unsupported("truncation", "the beta session model has no truncation strategy"),
        Unsupported("metadata", "OpenAI Realtime beta sessions have no metadata"),
        Unsupported("interim_response", "OpenAI has no interim (filler) responses"),
        Unsupported("animation", "OpenAI has no animation outputs"),
        Unsupported("avatar", "OpenAI has no avatars"),
        Unsupported("output_audio_timestamp_types", "OpenAI has no audio timestamps"),
        Unsupported("client_secret", "the beta session model carries no client secret"),
        Unsupported("expires_at", "the beta session model has no expires_at"),
        Unsupported("agent", "OpenAI has no hosted agents"),
        Unsupported("include", "the beta session model has no include"),
        Unsupported("prompt", "the beta session model has no stored prompt"),
    ),
    # transcription_session.TranscriptionSession (transcription_session.py:73): client_secret is the issued key.
    "TranscriptionSession": Shape(
        Field("client_secret", required=True),
        "input_audio_format",
        "input_audio_transcription",
        Field("modalities", codec=BETA_MODALITY),
        "turn_detection",
        Unsupported("input_audio_noise_reduction", "the beta transcription session echo declares no noise reduction"),
        Unsupported("include", "the beta transcription session echo declares no include"),
    ),
    "ClientSecret": Shape(
        *needed("expires_at", "value"),
        Unsupported("expires_after", "the issued key has an expiry time, not a lifetime"),
    ),
    "FunctionTool": Shape("description", "name", "parameters", Tag("type", "function")),  # session.Tool
    # conversation_item.ConversationItem: one flat class for every kind, type last.
    "MessageItem": Shape("id", "content", "object", "role", Field("status", codec=STATUS), Tag("type", "message")),
    "FunctionCallItem": Shape(
        "id", "arguments", "call_id", "name", "object", Field("status", codec=STATUS), Tag("type", "function_call")
    ),
    "FunctionCallOutputItem": Shape(
        "id", "call_id", "object", "output", Field("status", codec=STATUS), Tag("type", "function_call_output")
    ),
    # conversation_item_content.ConversationItemContent (id, audio, text, transcript, type; content-part ids
    # are not modelled: kept in extra), and the content part events' Part (audio, text, transcript, type).
    "InputText": Shape("text", Tag("type", "input_text")),
    "InputAudio": Shape("audio", "transcript", Tag("type", "input_audio")),
    "OutputText": Shape("text", Tag("type", "text")),
    "OutputAudio": Shape("audio", "transcript", Tag("type", "audio")),
}
