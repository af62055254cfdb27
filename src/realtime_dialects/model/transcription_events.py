"""Transcription of the user's input audio: its events, and the logprobs, phrases and usage they carry.

Wire types are the same in every dialect except where a docstring says otherwise.
"""

from __future__ import annotations

from typing import TypeAlias

import attrs

from ._base import Record, _ServerEvent, to_optional_tuple, to_tuple

__all__ = [
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemInputAudioTranscriptionSegmentEvent",
    "LogProbProperties",
    "TranscriptionDurationUsage",
    "TranscriptionError",
    "TranscriptionInputTokenDetails",
    "TranscriptionLanguage",
    "TranscriptionPhrase",
    "TranscriptionTokenUsage",
    "TranscriptionUsage",
    "TranscriptionWord",
]

# --------------------------------------------------------------------------- what the events carry


@attrs.frozen(kw_only=True, repr=False, eq=False)
class LogProbProperties(Record):
    """One transcribed token with its log probability and its UTF-8 bytes."""

    token: str
    logprob: float
    bytes: tuple[int, ...] = attrs.field(converter=to_tuple)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TranscriptionWord(Record):
    """One recognised word and where it lies in the audio, in milliseconds (Azure only)."""

    text: str
    offset_milliseconds: int
    duration_milliseconds: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TranscriptionPhrase(Record):
    """One recognised phrase with its timing, words, locale and confidence (Azure only)."""

    offset_milliseconds: int
    duration_milliseconds: int
    text: str
    words: tuple[TranscriptionWord, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    locale: str | None = None
    confidence: float | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TranscriptionLanguage(Record):
    """A language detected in the audio, as a code such as ``en`` (GA only)."""

    code: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TranscriptionInputTokenDetails(Record):
    """The input tokens of a transcription by kind."""

    audio_tokens: int | None = None
    text_tokens: int | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TranscriptionTokenUsage(Record):
    """What a transcription cost, billed by tokens (OpenAI ``usage`` of type ``tokens``)."""

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_token_details: TranscriptionInputTokenDetails | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TranscriptionDurationUsage(Record):
    """What a transcription cost, billed by audio duration (OpenAI ``usage`` of type ``duration``)."""

    seconds: float


TranscriptionUsage: TypeAlias = TranscriptionTokenUsage | TranscriptionDurationUsage


@attrs.frozen(kw_only=True, repr=False, eq=False)
class TranscriptionError(Record):
    """Why a transcription failed; every field optional, ``type`` and ``code`` open."""

    type: str | None = None
    code: str | None = None
    message: str | None = None
    param: str | None = None
    event_id: str | None = None


# --------------------------------------------------------------------------- events


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemInputAudioTranscriptionCompletedEvent(_ServerEvent):
    """The transcript of a user audio item. Wire: ``conversation.item.input_audio_transcription.completed``.

    ``usage`` is OpenAI's (required there), ``phrases`` Azure's, ``languages`` GA's.
    """

    item_id: str
    content_index: int
    transcript: str
    usage: TranscriptionUsage | None = None
    logprobs: tuple[LogProbProperties, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    phrases: tuple[TranscriptionPhrase, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    languages: tuple[TranscriptionLanguage, ...] | None = attrs.field(default=None, converter=to_optional_tuple)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemInputAudioTranscriptionDeltaEvent(_ServerEvent):
    """A piece of a user audio item's transcript. Wire: ``conversation.item.input_audio_transcription.delta``."""

    item_id: str
    content_index: int | None = None
    delta: str | None = None
    logprobs: tuple[LogProbProperties, ...] | None = attrs.field(default=None, converter=to_optional_tuple)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemInputAudioTranscriptionFailedEvent(_ServerEvent):
    """A user audio item could not be transcribed. Wire: ``conversation.item.input_audio_transcription.failed``."""

    item_id: str
    content_index: int
    error: TranscriptionError


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemInputAudioTranscriptionSegmentEvent(_ServerEvent):
    """A diarized segment: who spoke what, from ``start`` to ``end`` seconds (GA only).

    Wire: ``conversation.item.input_audio_transcription.segment``.
    """

    id: str
    item_id: str
    content_index: int
    text: str
    speaker: str
    start: float
    end: float
