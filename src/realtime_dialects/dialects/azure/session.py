"""Azure VoiceLive: the session of ``session.update`` (``RequestSession``) and what it holds.

Key orders are the SDK constructors' keyword signatures (``docs/wire/azure.md``); constants
and discriminators a class assigns after ``super().__init__`` (``type``, the end-of-utterance
``model``) come last. The server's echo (``ResponseSession``) is the ``server`` family's.
"""

from __future__ import annotations

from typing import Any

from ...model.common import AudioFormat
from .._runtime import BAD, Invalid
from ..tables import Choice, Custom, Field, Shape, Tag, Unsupported


def _int_choice(*values: int) -> Custom:
    """One of a few integers (the model's ``Literal[8000, 16000, 24000]``); booleans are refused."""
    allowed = frozenset(values)
    expect = "one of " + ", ".join(map(str, values))

    def read(value: Any) -> int:
        if value.__class__ is int and value in allowed:
            return int(value)
        raise Invalid.expected(expect, value)

    def write(value: Any, ctx: Any, chain: Any) -> Any:
        return value if value.__class__ is int and value in allowed else BAD

    return Custom(read, write, expect, (int,), (int,))


#: ``input_audio_sampling_rate``: "For pcm16: 8000, 16000, 24000; for g711_alaw/g711_ulaw: 8000".
SAMPLE_RATE = _int_choice(8000, 16000, 24000)

_NO_RATE = "Azure input formats carry no rate; set input_audio_sampling_rate with pcm16 instead"
#: Input formats (``InputAudioFormat``) are the three rateless ones.
INPUT_AUDIO_FORMAT = Choice(
    {"pcm16": AudioFormat.PCM16, "g711_ulaw": AudioFormat.G711_ULAW, "g711_alaw": AudioFormat.G711_ALAW},
    unsupported={AudioFormat.PCM16_8000HZ: _NO_RATE, AudioFormat.PCM16_16000HZ: _NO_RATE},
)

_SERVER_ONLY = "is set by the server; session.update cannot carry it (RequestSession has no such key)"

#: The options every Azure VAD shares, in the SDK's order, before the kind's own ones.
_VAD_HEAD = ("threshold", "prefix_padding_ms", "silence_duration_ms", "end_of_utterance_detection")
#: ... and after them.
_VAD_TAIL = ("auto_truncate", "create_response", "interrupt_response")

SHAPES = {
    # RequestSession (models/_patch.py:15; signature _models.py:3587). OFF settings are written
    # as null after every other key: the patch re-adds explicit None keywords last (_patch.py:30-38).
    "RealtimeSession": Shape(
        "model",
        "modalities",
        "animation",
        "voice",
        "instructions",
        Field("input_audio_sampling_rate", codec=SAMPLE_RATE),
        Field("input_audio_format", codec=INPUT_AUDIO_FORMAT),
        "output_audio_format",
        "turn_detection",
        "input_audio_noise_reduction",
        "input_audio_echo_cancellation",
        "avatar",
        "input_audio_transcription",
        "output_audio_timestamp_types",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "temperature",
        Field("max_output_tokens", "max_response_output_tokens"),
        "reasoning_effort",
        "interim_response",
        "include",
        "metadata",
        Unsupported("speed", "Azure has no speech-speed setting (Azure TTS voices take a rate)"),
        Unsupported("prompt", "Azure has no stored prompt templates"),
        Unsupported("tracing", "Azure has no tracing configuration"),
        Unsupported("truncation", "Azure has no truncation strategy"),
        Unsupported("client_secret", "Azure sessions have no ephemeral client secret"),
        Unsupported("id", "the session id " + _SERVER_ONLY),
        Unsupported("expires_at", "the expiry " + _SERVER_ONLY),
        Unsupported("agent", "the agent " + _SERVER_ONLY),
        nulls_last=True,
    ),
    # AudioInputTranscriptionOptions (_models.py:461): `model` is required by the SDK.
    "InputAudioTranscription": Shape(
        Field("model", required=True),
        "language",
        "custom_speech",
        Field("keywords", "phrase_list"),
        Unsupported("languages", "Azure takes several languages as one comma-separated language string"),
        Unsupported("prompt", "Azure transcription has no prompt"),
        Unsupported("delay", "Azure transcription has no delay setting"),
    ),
    "NoiseReduction": Shape(
        Field("type", required=True), Unsupported("strength", "Azure noise reduction has no strength")
    ),
    # AudioEchoCancellation (_models.py:395): `type` is a constant assigned after __init__.
    "EchoCancellation": Shape(
        "reference_source", Field("channels", codec=_int_choice(1, 2)), Tag("type", "server_echo_cancellation")
    ),
    "ServerVad": Shape(
        *_VAD_HEAD,
        *_VAD_TAIL,
        Unsupported("idle_timeout_ms", "Azure server VAD has no idle timeout"),
        Tag("type", "server_vad"),
    ),
    "AzureSemanticVad": Shape(
        *_VAD_HEAD,
        "speech_duration_ms",
        "remove_filler_words",
        "languages",
        *_VAD_TAIL,
        Tag("type", "azure_semantic_vad"),
    ),
    "AzureSemanticVadEn": Shape(
        *_VAD_HEAD, "speech_duration_ms", "remove_filler_words", *_VAD_TAIL, Tag("type", "azure_semantic_vad_en")
    ),
    "AzureSemanticVadMultilingual": Shape(
        *_VAD_HEAD,
        "speech_duration_ms",
        "remove_filler_words",
        "languages",
        *_VAD_TAIL,
        Tag("type", "azure_semantic_vad_multilingual"),
    ),
    # AzureSemanticDetection{,En,Multilingual} (_models.py:1175): `model` is the discriminator,
    # assigned after __init__, so last; the three classes have the same keys.
    "EndOfUtteranceDetection": Shape("threshold_level", "timeout_ms", "model"),
    "Animation": Shape("model_name", "outputs"),
    # AvatarConfig (_models.py:562): the attribute `avatar_type` is the wire key `type` (_models.py:590).
    "Avatar": Shape(
        "character",
        "customized",
        Field("avatar_type", "type"),
        "ice_servers",
        "style",
        "model",
        "video",
        "scene",
        "output_protocol",
        "output_audit_audio",
    ),
    "IceServer": Shape("urls", "username", "credential"),
    "AvatarVideo": Shape("bitrate", "codec", "crop", "resolution", "background", "gop_size"),
    "VideoCrop": Shape("top_left", "bottom_right"),
    "VideoResolution": Shape("width", "height"),
    "VideoBackground": Shape("color", "image_url"),
    "AvatarScene": Shape("zoom", "position_x", "position_y", "rotation_x", "rotation_y", "rotation_z", "amplitude"),
    # AgentConfig (_models.py:176), in the server's ResponseSession only; `type` is a constant.
    "Agent": Shape("name", "agent_id", "thread_id", "description", Tag("type", "agent")),
}
