"""Value domains the whole protocol shares: enums, literal sets and annotated number types."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Annotated, Literal, TypeAlias

import attrs

from ._base import JsonValue, Limits, Range, Record

__all__ = [
    "AudioFormat",
    "ImageDetail",
    "ItemStatus",
    "MaxTokens",
    "Metadata",
    "Modality",
    "Prompt",
    "ReasoningEffort",
    "Role",
    "Temperature",
    "ToolMode",
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


class AudioFormat(str, enum.Enum):
    """Output audio formats. The 8 and 16 kHz PCM variants exist only in Azure."""

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


Role: TypeAlias = Literal["system", "user", "assistant"]
ItemStatus: TypeAlias = Literal["completed", "incomplete", "in_progress"]
ImageDetail: TypeAlias = Literal["auto", "low", "high"]
ToolMode: TypeAlias = Literal["auto", "none", "required"]

#: Documented for every dialect: "limited to [0.6, 1.2]".
Temperature: TypeAlias = Annotated[float, Range(0.6, 1.2)]
#: 1..4096 tokens, or ``"inf"``; booleans and floats are refused.
MaxTokens: TypeAlias = Annotated[int, Range(1, 4096)] | Literal["inf"]
#: "up to 16 key-value pairs … keys 64 characters, values 512 characters".
Metadata: TypeAlias = Annotated[Mapping[str, str], Limits(pairs=16, key=64, value=512)]


@attrs.frozen(kw_only=True, repr=False)
class Prompt(Record):
    """A stored prompt template with its variables (GA only)."""

    id: str
    version: str | None = None
    variables: Mapping[str, JsonValue] | None = None
