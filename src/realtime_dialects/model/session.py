"""Sessions: what a client configures with ``session.update`` and what the server reports back.

There are two kinds of session, as in OpenAI GA (``session.type``): a
:class:`RealtimeSession` (speech to speech, the default) and a
:class:`TranscriptionSession` (input transcription only; beta sends it with
``transcription_session.update``). Every field is optional: ``None`` means "not
set", so an update leaves that setting as it is on the server. Turn detection,
noise reduction, input transcription and tracing can also be switched off with
:data:`~realtime_dialects.model.OFF`, which dialects write as JSON ``null``.

Fields are flat where a dialect nests them: GA's ``audio.input.turn_detection``
is ``turn_detection`` here, ``audio.output.voice`` is ``voice``.

>>> from realtime_dialects.model import OFF, RealtimeSession, ServerVad
>>> RealtimeSession(instructions="Be brief", turn_detection=OFF)
RealtimeSession(instructions='Be brief', turn_detection=OFF)
>>> RealtimeSession(turn_detection=ServerVad(silence_duration_ms=500)).turn_detection
ServerVad(silence_duration_ms=500)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

import attrs

from ._base import JsonValue, Range, Record, to_optional_tuple, to_tuple
from .common import to_audio_format, to_modality, to_reasoning_effort

if TYPE_CHECKING:
    from .client_response_events import InterimResponse
    from .common import (
        AnimationOutput,
        AudioFormat,
        Eagerness,
        IncludeOption,
        MaxTokens,
        Metadata,
        Milliseconds,
        Modality,
        Off,
        Prompt,
        ReasoningEffort,
        SampleRate,
        SessionTemperature,
        Speed,
        TimestampType,
        VadThreshold,
    )
    from .tools import Tool, ToolChoice
    from .voices import Voice

__all__ = [
    "Agent",
    "Animation",
    "Avatar",
    "AvatarScene",
    "AvatarVideo",
    "AzureSemanticVad",
    "AzureSemanticVadEn",
    "AzureSemanticVadMultilingual",
    "ClientSecret",
    "ClientSecretExpiry",
    "EchoCancellation",
    "EndOfUtteranceDetection",
    "EouModel",
    "IceServer",
    "InputAudioTranscription",
    "NoiseReduction",
    "NoiseReductionType",
    "RealtimeSession",
    "RetentionRatioTruncation",
    "SemanticVad",
    "ServerVad",
    "Session",
    "TokenLimits",
    "Tracing",
    "TracingMode",
    "TranscriptionDelay",
    "TranscriptionSession",
    "TruncationMode",
    "TurnDetection",
    "VideoBackground",
    "VideoCrop",
    "VideoResolution",
]

# --------------------------------------------------------------------------- value domains

#: Noise reduction models: OpenAI's two microphone profiles and Azure's deep noise suppression.
NoiseReductionType: TypeAlias = Literal["near_field", "far_field", "azure_deep_noise_suppression"]
#: How long GA transcription waits before emitting text (more delay, more accuracy).
TranscriptionDelay: TypeAlias = Literal["minimal", "low", "medium", "high", "xhigh"]
#: Azure's end-of-utterance models; the model name is the wire discriminator.
EouModel: TypeAlias = Literal["semantic_detection_v1", "semantic_detection_v1_en", "semantic_detection_v1_multilingual"]
#: ``"auto"``: trace with default workflow name, group and metadata.
TracingMode: TypeAlias = Literal["auto"]
#: ``"auto"``: the server truncates old messages; ``"disabled"``: it errors instead.
TruncationMode: TypeAlias = Literal["auto", "disabled"]

# --------------------------------------------------------------------------- input audio


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioTranscription(Record):
    """How the server transcribes the user's audio.

    ``keywords`` is GA's ``keywords`` and Azure's ``phrase_list``: words or phrases
    that bias recognition. ``language`` is one code, or in Azure a comma-separated
    list for auto-detection (``"en,zh"``); ``languages`` is GA's list of candidates.
    """

    model: str | None = None
    language: str | None = None
    languages: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    prompt: str | None = None
    keywords: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    delay: TranscriptionDelay | None = None
    custom_speech: Mapping[str, str] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class NoiseReduction(Record):
    """Noise reduction of the input audio; ``strength`` exists only in GA."""

    type: NoiseReductionType | None = None
    strength: float | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class EchoCancellation(Record):
    """Azure server-side echo cancellation: the reference is the server's own speech or the client's channel 1."""

    reference_source: Literal["server", "client"] | None = None
    channels: Literal[1, 2] | None = None


# --------------------------------------------------------------------------- turn detection


@attrs.frozen(kw_only=True, repr=False, eq=False)
class EndOfUtteranceDetection(Record):
    """Azure's semantic end-of-utterance model, refining when a turn ends."""

    model: EouModel
    threshold_level: Literal["low", "medium", "high", "default"] | None = None
    timeout_ms: Milliseconds | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ServerVad(Record):
    """Turn detection by voice activity (``server_vad``).

    ``idle_timeout_ms`` exists only in GA; ``auto_truncate`` and
    ``end_of_utterance_detection`` only in Azure.
    """

    threshold: VadThreshold | None = None
    prefix_padding_ms: Milliseconds | None = None
    silence_duration_ms: Milliseconds | None = None
    idle_timeout_ms: Milliseconds | None = None
    create_response: bool | None = None
    interrupt_response: bool | None = None
    auto_truncate: bool | None = None
    end_of_utterance_detection: EndOfUtteranceDetection | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SemanticVad(Record):
    """OpenAI's model-based turn detection (``semantic_vad``)."""

    eagerness: Eagerness | None = None
    create_response: bool | None = None
    interrupt_response: bool | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class _AzureSemanticVadBase(Record):
    threshold: VadThreshold | None = None
    prefix_padding_ms: Milliseconds | None = None
    silence_duration_ms: Milliseconds | None = None
    end_of_utterance_detection: EndOfUtteranceDetection | None = None
    speech_duration_ms: Milliseconds | None = None
    remove_filler_words: bool | None = None
    auto_truncate: bool | None = None
    create_response: bool | None = None
    interrupt_response: bool | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AzureSemanticVad(_AzureSemanticVadBase):
    """Azure semantic voice activity detection (``azure_semantic_vad``)."""

    languages: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AzureSemanticVadEn(_AzureSemanticVadBase):
    """Azure semantic voice activity detection for English only (``azure_semantic_vad_en``)."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AzureSemanticVadMultilingual(_AzureSemanticVadBase):
    """Azure multilingual semantic voice activity detection (``azure_semantic_vad_multilingual``)."""

    languages: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)


TurnDetection: TypeAlias = (
    ServerVad | SemanticVad | AzureSemanticVad | AzureSemanticVadEn | AzureSemanticVadMultilingual
)

# --------------------------------------------------------------------------- tracing, truncation, secrets


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Tracing(Record):
    """Where OpenAI files the session's traces (OpenAI only)."""

    workflow_name: str | None = None
    group_id: str | None = None
    metadata: Mapping[str, JsonValue] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TokenLimits(Record):
    """Token limits of a truncation strategy (GA only)."""

    post_instructions: Annotated[int, Range(0)] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RetentionRatioTruncation(Record):
    """Truncation that keeps a fraction of the conversation when it overflows (GA only)."""

    retention_ratio: Annotated[float, Range(0.0, 1.0)]
    token_limits: TokenLimits | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ClientSecretExpiry(Record):
    """The lifetime asked for an ephemeral client key: ``seconds`` after ``anchor`` (OpenAI beta)."""

    anchor: Literal["created_at"] | None = None
    seconds: Annotated[int, Range(10, 7200)] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ClientSecret(Record):
    """An ephemeral client key (OpenAI beta): the lifetime a client asks, or the key the server issued."""

    value: str | None = None
    expires_at: int | None = None
    expires_after: ClientSecretExpiry | None = None


# --------------------------------------------------------------------------- Azure avatar and agent


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Animation(Record):
    """Azure animation outputs: blendshapes and viseme ids."""

    model_name: str | None = None
    outputs: tuple[AnimationOutput, ...] | None = attrs.field(default=None, converter=to_optional_tuple)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class IceServer(Record):
    """A STUN or TURN server for the avatar's WebRTC connection."""

    urls: tuple[str, ...] = attrs.field(converter=to_tuple)
    username: str | None = None
    credential: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class VideoCrop(Record):
    """A crop rectangle of the avatar video: ``[x, y]`` corners, in pixels."""

    top_left: tuple[Annotated[int, Range(0)], ...] = attrs.field(converter=to_tuple)
    bottom_right: tuple[Annotated[int, Range(0)], ...] = attrs.field(converter=to_tuple)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class VideoResolution(Record):
    """The avatar video's size in pixels."""

    width: Annotated[int, Range(1)]
    height: Annotated[int, Range(1)]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class VideoBackground(Record):
    """The avatar video's background: a colour (``#00FF00FF``) or an image URL, not both."""

    color: str | None = None
    image_url: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AvatarVideo(Record):
    """How the avatar video is encoded and framed."""

    bitrate: Annotated[int, Range(1)] | None = None
    codec: Literal["h264"] | None = None
    crop: VideoCrop | None = None
    resolution: VideoResolution | None = None
    background: VideoBackground | None = None
    gop_size: Annotated[int, Range(1)] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AvatarScene(Record):
    """The avatar's zoom, position, rotation (radians) and movement amplitude in the frame.

    The SDK documents ``zoom`` as (0, +∞) and ``amplitude`` as (0, 1]: the ranges
    here include 0, which the server refuses.
    """

    zoom: Annotated[float, Range(0.0)] | None = None
    position_x: Annotated[float, Range(-1.0, 1.0)] | None = None
    position_y: Annotated[float, Range(-1.0, 1.0)] | None = None
    rotation_x: Annotated[float, Range(-math.pi, math.pi)] | None = None
    rotation_y: Annotated[float, Range(-math.pi, math.pi)] | None = None
    rotation_z: Annotated[float, Range(-math.pi, math.pi)] | None = None
    amplitude: Annotated[float, Range(0.0, 1.0)] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Avatar(Record):
    """An Azure avatar: a character streamed as video alongside the voice.

    ``avatar_type`` is the wire key ``type`` (``video-avatar`` or ``photo-avatar``);
    ``model`` is the photo avatar's base model (``vasa-1``).
    """

    character: str
    customized: bool
    avatar_type: Literal["video-avatar", "photo-avatar"] | None = None
    ice_servers: tuple[IceServer, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    style: str | None = None
    model: str | None = None
    video: AvatarVideo | None = None
    scene: AvatarScene | None = None
    output_protocol: Literal["webrtc", "websocket"] | None = None
    output_audit_audio: bool | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Agent(Record):
    """The Azure AI Foundry agent a session runs, as the server reports it."""

    name: str
    agent_id: str
    thread_id: str
    description: str | None = None


# --------------------------------------------------------------------------- sessions


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RealtimeSession(Record):
    """A speech-to-speech session's configuration, and the server's report of it.

    * ``turn_detection``, ``input_audio_noise_reduction``, ``input_audio_transcription``
      and ``tracing`` take :data:`~realtime_dialects.model.OFF` to switch them off
      (``null`` on the wire); ``None`` leaves them unset.
    * ``max_output_tokens`` is 1..4096 or ``"inf"`` (Azure and beta
      ``max_response_output_tokens``).
    * ``modalities`` is GA's ``output_modalities``.
    * ``id``, ``expires_at`` (Unix seconds) and ``agent`` are set by the server; a
      client cannot send them.
    """

    model: str | None = None
    modalities: Modality | None = attrs.field(default=None, converter=to_modality)
    instructions: str | None = None
    voice: Voice | None = None
    speed: Speed | None = None
    input_audio_format: AudioFormat | None = attrs.field(default=None, converter=to_audio_format)
    input_audio_sampling_rate: SampleRate | None = None
    output_audio_format: AudioFormat | None = attrs.field(default=None, converter=to_audio_format)
    input_audio_transcription: InputAudioTranscription | Off | None = None
    input_audio_noise_reduction: NoiseReduction | Off | None = None
    input_audio_echo_cancellation: EchoCancellation | None = None
    turn_detection: TurnDetection | Off | None = None
    tools: tuple[Tool, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    tool_choice: ToolChoice | None = None
    parallel_tool_calls: bool | None = None
    temperature: SessionTemperature | None = None
    max_output_tokens: MaxTokens | None = None
    reasoning_effort: ReasoningEffort | None = attrs.field(default=None, converter=to_reasoning_effort)
    include: tuple[IncludeOption, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    prompt: Prompt | None = None
    tracing: TracingMode | Tracing | Off | None = None
    truncation: TruncationMode | RetentionRatioTruncation | None = None
    metadata: Metadata | None = None
    interim_response: InterimResponse | None = None
    animation: Animation | None = None
    avatar: Avatar | None = None
    output_audio_timestamp_types: tuple[TimestampType, ...] | None = attrs.field(
        default=None, converter=to_optional_tuple
    )
    client_secret: ClientSecret | None = None
    id: str | None = None
    expires_at: int | None = None
    agent: Agent | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TranscriptionSession(Record):
    """A transcription-only session's configuration (GA ``type: "transcription"``, beta ``transcription_session``).

    ``client_secret`` is the lifetime a client asks for the ephemeral key, or, in
    a server event, the key issued. Switching off works as in :class:`RealtimeSession`.
    """

    input_audio_format: AudioFormat | None = attrs.field(default=None, converter=to_audio_format)
    input_audio_transcription: InputAudioTranscription | Off | None = None
    input_audio_noise_reduction: NoiseReduction | Off | None = None
    turn_detection: TurnDetection | Off | None = None
    include: tuple[IncludeOption, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    modalities: Modality | None = attrs.field(default=None, converter=to_modality)
    client_secret: ClientSecret | None = None


Session: TypeAlias = RealtimeSession | TranscriptionSession
