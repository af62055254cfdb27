"""OpenAI Realtime GA: both session kinds and what they hold.

``session.update`` carries a ``RealtimeSessionCreateRequest`` (``type: "realtime"``) or a
``RealtimeTranscriptionSessionCreateRequest`` (``type: "transcription"``), told apart by
``type``; ``session.created``/``session.updated`` carry the same classes, so these shapes serve
both directions. The neutral session is flat: GA's ``audio.input``, ``audio.output`` and
``reasoning`` are wire-only groups, written only when one of their keys is.
"""

from __future__ import annotations

from ..tables import Field, Nested, Shape, Tag, Unsupported

_NO_KEY = "OpenAI GA's session models declare no {}; servers send it as an undeclared key"
_NO_SECRET = "GA ephemeral keys are minted by POST /realtime/client_secrets, not set in the session"

#: ``audio.input`` of both kinds (RealtimeAudioConfigInput, RealtimeTranscriptionSessionAudioInput).
AUDIO_INPUT = Nested(
    "input",
    Field("input_audio_format", "format"),
    Field("input_audio_noise_reduction", "noise_reduction"),
    Field("input_audio_transcription", "transcription"),
    "turn_detection",
)

SHAPES = {
    "RealtimeSession": Shape(
        Tag("type", "realtime"),
        Nested("audio", AUDIO_INPUT, Nested("output", Field("output_audio_format", "format"), "speed", "voice")),
        "include",
        "instructions",
        "max_output_tokens",
        "model",
        Field("modalities", "output_modalities"),
        "parallel_tool_calls",
        "prompt",
        Nested("reasoning", Field("reasoning_effort", "effort")),
        "tool_choice",
        "tools",
        "tracing",
        "truncation",
        Unsupported(
            "input_audio_sampling_rate", "GA input audio is 24 kHz PCM or 8 kHz G.711; there is no rate setting"
        ),
        Unsupported("input_audio_echo_cancellation", "OpenAI GA has no echo cancellation setting"),
        Unsupported("temperature", "OpenAI GA sessions have no temperature"),
        Unsupported("metadata", "OpenAI GA sessions have no metadata"),
        Unsupported("interim_response", "OpenAI GA has no interim (filler) responses"),
        Unsupported("animation", "OpenAI GA has no animation outputs"),
        Unsupported("avatar", "OpenAI GA has no avatars"),
        Unsupported("output_audio_timestamp_types", "OpenAI GA has no audio timestamps"),
        Unsupported("client_secret", _NO_SECRET),
        Unsupported("id", _NO_KEY.format("id")),
        Unsupported("expires_at", _NO_KEY.format("expires_at")),
        Unsupported("agent", "OpenAI GA has no hosted agents"),
    ),
    "TranscriptionSession": Shape(
        Tag("type", "transcription"),
        Nested("audio", AUDIO_INPUT),
        "include",
        Unsupported("modalities", "GA transcription sessions have no output modalities"),
        Unsupported("client_secret", _NO_SECRET),
    ),
    "InputAudioTranscription": Shape(
        "delay",
        "keywords",
        "language",
        "languages",
        "model",
        "prompt",
        Unsupported("custom_speech", "OpenAI has no custom speech models"),
    ),
    "NoiseReduction": Shape("strength", "type"),
    "ServerVad": Shape(
        Tag("type", "server_vad"),
        "create_response",
        "idle_timeout_ms",
        "interrupt_response",
        "prefix_padding_ms",
        "silence_duration_ms",
        "threshold",
        Unsupported("auto_truncate", "OpenAI server VAD has no auto_truncate"),
        Unsupported("end_of_utterance_detection", "OpenAI has no end-of-utterance model settings"),
    ),
    "SemanticVad": Shape(Tag("type", "semantic_vad"), "create_response", "eagerness", "interrupt_response"),
    "Tracing": Shape("group_id", "metadata", "workflow_name"),
    "RetentionRatioTruncation": Shape("retention_ratio", Tag("type", "retention_ratio"), "token_limits"),
    "TokenLimits": Shape("post_instructions"),
}
