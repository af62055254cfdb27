"""Value domains the whole protocol shares: enums, literal sets and annotated number types."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal, TypeAlias

import attrs

from ._base import JsonValue, Limits, Range, Record

__all__ = [
    "OFF",
    "AnimationOutput",
    "AudioFormat",
    "Eagerness",
    "ImageDetail",
    "IncludeOption",
    "ItemStatus",
    "MaxTokens",
    "Metadata",
    "Milliseconds",
    "Modality",
    "Off",
    "Prompt",
    "ReasoningEffort",
    "Role",
    "SampleRate",
    "SessionTemperature",
    "Speed",
    "Temperature",
    "TimestampType",
    "ToolMode",
    "VadThreshold",
]


class Modality(enum.Flag):
    """Output modalities, a set: ``Modality.TEXT | Modality.AUDIO``.

    ``Modality(0)`` is an explicit empty list (``"modalities": []``). Dialects write
    members in the order text, audio, animation, avatar.
    """

    TEXT = 1
    AUDIO = 2
    ANIMATION = 4
    AVATAR = 8

    @classmethod
    def of(cls, names: Iterable[str | Modality]) -> Modality:
        """Build a set from names: ``Modality.of(["text", "audio"])``."""
        result = cls(0)
        for name in names:
            result |= name if isinstance(name, Modality) else cls[str(name).upper()]
        return result


def to_modality(value: Modality | Iterable[str | Modality] | None) -> Modality | None:
    """attrs converter: names become a :class:`Modality` set."""
    if value is None or isinstance(value, Modality):
        return value
    try:
        return Modality.of(value)
    except (TypeError, KeyError, AttributeError):
        # Not a list of modality names: kept as given, so that writing the event
        # reports it with its wire path like any other bad value.
        return value  # type: ignore[return-value]


class Off(enum.Enum):
    """A setting switched off on purpose: written as JSON ``null``.

    ``None`` means "not set" everywhere in the model, and a session update that
    leaves a field unset keeps the server's current value. Some settings are turned
    off by sending ``null`` instead (``"turn_detection": null``); :data:`OFF` is that
    value, so that reading and writing never confuse "leave as is" with "switch off".

    >>> Off.OFF
    OFF
    """

    OFF = "off"

    def __repr__(self) -> str:
        return "OFF"


#: The one :class:`Off` value: ``RealtimeSession(turn_detection=OFF)``.
OFF = Off.OFF


class AudioFormat(str, enum.Enum):
    """Audio formats, for input and output. The 8 and 16 kHz PCM variants exist only in Azure output."""

    PCM16 = "pcm16"
    PCM16_8000HZ = "pcm16_8000hz"
    PCM16_16000HZ = "pcm16_16000hz"
    G711_ULAW = "g711_ulaw"
    G711_ALAW = "g711_alaw"


class ReasoningEffort(str, enum.Enum):
    """Reasoning effort for reasoning models. ``NONE`` exists only in Azure."""

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"


def to_audio_format(value: AudioFormat | str | None) -> Any:
    """attrs converter: a format's value (``"pcm16"``) becomes its :class:`AudioFormat` member."""
    return _member(AudioFormat, value)


def to_reasoning_effort(value: ReasoningEffort | str | None) -> Any:
    """attrs converter: an effort's value (``"low"``) becomes its :class:`ReasoningEffort` member."""
    return _member(ReasoningEffort, value)


def _member(cls: type[enum.Enum], value: Any) -> Any:
    if value.__class__ is str:
        try:
            return cls(value)
        except ValueError:
            pass  # none of the members': kept as given, and reported at its wire path when written
    return value


Role: TypeAlias = Literal["system", "user", "assistant"]
#: An item's status: ``completed``, ``incomplete``, ``in_progress`` — open, as servers may add
#: more (OpenAI-DotNet already knows ``cancelled`` and ``failed``); dialects check the values they accept.
ItemStatus: TypeAlias = str
ImageDetail: TypeAlias = Literal["auto", "low", "high"]
ToolMode: TypeAlias = Literal["auto", "none", "required"]

#: Documented for every dialect: "limited to [0.6, 1.2]".
Temperature: TypeAlias = Annotated[float, Range(0.6, 1.2)]
#: 1..4096 tokens, or ``"inf"``; booleans and floats are refused.
MaxTokens: TypeAlias = Annotated[int, Range(1, 4096)] | Literal["inf"]
#: "up to 16 key-value pairs … keys 64 characters, values 512 characters".
Metadata: TypeAlias = Annotated[Mapping[str, str], Limits(pairs=16, key=64, value=512)]
#: A session's temperature. The SDKs document two ranges: Azure sessions "0.0 to 1.0"
#: (``_models.py:3721``), OpenAI beta sessions "[0.6, 1.2]" (``session.py:231``); the
#: model accepts both and leaves the narrower check to the server.
SessionTemperature: TypeAlias = Annotated[float, Range(0.0, 1.2)]
#: Speech speed as a multiple of normal: "0.25 is the minimum … 1.5 is the maximum".
Speed: TypeAlias = Annotated[float, Range(0.25, 1.5)]
#: A voice activity detection threshold, "0.0 to 1.0".
VadThreshold: TypeAlias = Annotated[float, Range(0.0, 1.0)]
#: A duration in milliseconds.
Milliseconds: TypeAlias = Annotated[int, Range(0)]
#: Azure's input sampling rates: "For pcm16: 8000, 16000, 24000; for g711_alaw/g711_ulaw: 8000".
SampleRate: TypeAlias = Literal[8000, 16000, 24000]
#: How eagerly semantic turn detection ends a turn.
Eagerness: TypeAlias = Literal["low", "medium", "high", "auto"]
#: Extra data a session asks the server to include in its events.
IncludeOption: TypeAlias = Literal[
    "item.input_audio_transcription.logprobs",
    "item.input_audio_transcription.phrases",
    "file_search_call.results",
]
#: Azure audio timestamp granularity.
TimestampType: TypeAlias = Literal["word"]
#: Azure animation outputs.
AnimationOutput: TypeAlias = Literal["blendshapes", "viseme_id"]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Prompt(Record):
    """A stored prompt template with its variables (GA only)."""

    id: str
    version: str | None = None
    variables: Mapping[str, JsonValue] | None = None
