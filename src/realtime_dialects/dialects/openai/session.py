"""OpenAI Realtime beta: sessions, in OpenAI-DotNet's form and in the beta models'.

``SHAPES`` are OpenAI-DotNet's: ``SessionConfiguration`` (the ``session`` of ``session.update``)
and the settings classes it holds, properties in declaration order with their ``JsonIgnore``
conditions (``docs/wire/openai-dotnet.md`` §3). ``BETA`` holds the beta models' forms of the
settings both ``transcription_session.update`` and the server's sessions carry
(``openai.types.beta.realtime``: fields alphabetical, ``type`` last in turn detection);
``BETA_REQUEST`` the forms only ``transcription_session.update`` has.
"""

from __future__ import annotations

from ..tables import Always, Choice, Field, Int, Number, OmitWhen, Shape, Tag, Unsupported
from .common import BETA_MODALITY

_SERVER_ONLY = "is set by the server; a client cannot send it"
_DOTNET_OFF = "OpenAI-DotNet cannot switch {} off: it never writes {}: null (it omits nulls)"

SHAPES = {
    # SessionConfiguration.cs: client_secret (:183) is never sent in session.update.
    "RealtimeSession": Shape(
        "modalities",
        "model",
        "instructions",
        "voice",
        # JsonIgnore(Never): written even unset, as the enum's zero, "pcm16" (:237, :246).
        Field("input_audio_format", omit=Always("pcm16")),
        Field("output_audio_format", omit=Always("pcm16")),
        Field(
            "input_audio_transcription",
            off=_DOTNET_OFF.format("input audio transcription", "input_audio_transcription"),
        ),
        "speed",
        # A disabled VAD is written as null by VoiceActivityDetectionSettingsConverter.
        "turn_detection",
        "tools",
        "tool_choice",
        "temperature",
        Field("max_output_tokens", "max_response_output_tokens"),
        Field(
            "input_audio_noise_reduction",
            off=_DOTNET_OFF.format("noise reduction", "input_audio_noise_reduction"),
        ),
        "prompt",
        Unsupported("input_audio_sampling_rate", "OpenAI audio has no sampling-rate setting"),
        Unsupported("input_audio_echo_cancellation", "OpenAI has no echo cancellation setting"),
        Unsupported("parallel_tool_calls", "OpenAI Realtime beta has no parallel_tool_calls switch"),
        Unsupported("reasoning_effort", "OpenAI Realtime beta has no reasoning effort"),
        Unsupported("include", "OpenAI-DotNet's session.update has no include"),
        Unsupported("tracing", "OpenAI-DotNet's session.update has no tracing"),
        Unsupported("truncation", "OpenAI Realtime beta has no truncation strategy"),
        Unsupported("metadata", "OpenAI Realtime beta sessions have no metadata"),
        Unsupported("interim_response", "OpenAI has no interim (filler) responses"),
        Unsupported("animation", "OpenAI has no animation outputs"),
        Unsupported("avatar", "OpenAI has no avatars"),
        Unsupported("output_audio_timestamp_types", "OpenAI has no audio timestamps"),
        Unsupported(
            "client_secret",
            "OpenAI-DotNet never sends client_secret in session.update (UpdateSessionRequest.cs:19-23 clears it)",
        ),
        Unsupported("id", "the session id " + _SERVER_ONLY),
        Unsupported("expires_at", "the expiry " + _SERVER_ONLY),
        Unsupported("agent", "OpenAI has no hosted agents"),
    ),
    "InputAudioTranscription": Shape(
        "model",
        "prompt",
        "language",
        Unsupported("languages", "OpenAI Realtime beta takes one transcription language"),
        Unsupported("keywords", "OpenAI Realtime beta has no transcription keywords"),
        Unsupported("delay", "OpenAI Realtime beta has no transcription delay"),
        Unsupported("custom_speech", "OpenAI has no custom speech models"),
    ),
    # NoiseReductionSettings.cs:12: JsonIgnore(Never), so "near_field" (the enum's zero) when unset.
    "NoiseReduction": Shape(
        Field("type", omit=Always("near_field")),
        Unsupported("strength", "OpenAI Realtime beta noise reduction has no strength"),
    ),
    # ServerVAD.cs: type first, threshold (float32) last.
    "ServerVad": Shape(
        Tag("type", "server_vad"),
        "create_response",
        "interrupt_response",
        "prefix_padding_ms",
        "silence_duration_ms",
        "threshold",
        Unsupported("idle_timeout_ms", "OpenAI Realtime beta server VAD has no idle timeout"),
        Unsupported("auto_truncate", "OpenAI server VAD has no auto_truncate"),
        Unsupported("end_of_utterance_detection", "OpenAI has no end-of-utterance model settings"),
    ),
    # SemanticVAD.cs:38: eagerness is WhenWritingDefault, so "auto" (the enum's zero) is never written.
    "SemanticVad": Shape(
        Tag("type", "semantic_vad"),
        "create_response",
        "interrupt_response",
        Field("eagerness", omit=OmitWhen("auto")),
    ),
}

#: The beta models write float fields as pydantic does (``1.0``), not as DotNet's float32,
#: and hold integers as Python's, not as DotNet's Int32 (the dialect's "int").
VAD_THRESHOLD = Number(0.0, 1.0, write=float)
MILLISECONDS = Int(0)

BETA = {
    "InputAudioTranscription": Shape(
        "language",
        "model",
        "prompt",
        Unsupported("languages", "OpenAI Realtime beta takes one transcription language"),
        Unsupported("keywords", "OpenAI Realtime beta has no transcription keywords"),
        Unsupported("delay", "OpenAI Realtime beta has no transcription delay"),
        Unsupported("custom_speech", "OpenAI has no custom speech models"),
    ),
    "NoiseReduction": Shape("type", Unsupported("strength", "OpenAI Realtime beta noise reduction has no strength")),
    # One class for both kinds (SessionTurnDetection, session.TurnDetection): `type` last.
    "ServerVad": Shape(
        "create_response",
        "interrupt_response",
        Field("prefix_padding_ms", codec=MILLISECONDS),
        Field("silence_duration_ms", codec=MILLISECONDS),
        Field("threshold", codec=VAD_THRESHOLD),
        Tag("type", "server_vad"),
        Unsupported("idle_timeout_ms", "OpenAI Realtime beta server VAD has no idle timeout"),
        Unsupported("auto_truncate", "OpenAI server VAD has no auto_truncate"),
        Unsupported("end_of_utterance_detection", "OpenAI has no end-of-utterance model settings"),
    ),
    "SemanticVad": Shape("create_response", "eagerness", "interrupt_response", Tag("type", "semantic_vad")),
    "Tracing": Shape("group_id", "metadata", "workflow_name"),
}

#: transcription_session_update.SessionInputAudioTranscription.model is a closed Literal.
TRANSCRIPTION_MODEL = Choice(
    {model: model for model in ("gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1")},
    others="transcription_session.update takes the model gpt-4o-transcribe, gpt-4o-mini-transcribe or whisper-1",
)

BETA_REQUEST = {
    # transcription_session_update.Session (:120).
    "TranscriptionSession": Shape(
        "client_secret",
        "include",
        "input_audio_format",
        "input_audio_noise_reduction",
        "input_audio_transcription",
        # A pydantic list: an empty one is written as it is (DotNet's flags cannot write it).
        Field("modalities", codec=BETA_MODALITY),
        "turn_detection",
    ),
    # SessionClientSecret (:31): the lifetime asked for is called `expires_at` in this event.
    "ClientSecret": Shape(
        Field("expires_after", "expires_at"),
        Unsupported("value", "the key " + _SERVER_ONLY),
        Unsupported("expires_at", "the key's expiry " + _SERVER_ONLY),
    ),
    "ClientSecretExpiry": Shape("anchor", "seconds"),
    "InputAudioTranscription": Shape(
        "language",
        Field("model", codec=TRANSCRIPTION_MODEL),
        "prompt",
        *BETA["InputAudioTranscription"].entries[3:],
    ),
}
