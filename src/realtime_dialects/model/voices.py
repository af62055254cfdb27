"""Voices: an OpenAI voice name, Azure's typed voices, a GA custom voice id."""

from __future__ import annotations

from typing import Annotated, TypeAlias

import attrs

from ._base import Range, Record, to_optional_tuple

__all__ = [
    "AzureAvatarVoice",
    "AzureCustomVoice",
    "AzureNativeVoice",
    "AzurePersonalVoice",
    "AzureStandardVoice",
    "OpenAIVoice",
    "Voice",
    "VoiceId",
]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OpenAIVoice(Record):
    """An OpenAI voice in Azure's typed form; the plain name in OpenAI dialects."""

    name: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class _AzureTtsVoice(Record):
    temperature: Annotated[float, Range(0.0, 1.0)] | None = None
    custom_lexicon_url: str | None = None
    custom_text_normalization_url: str | None = None
    prefer_locales: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    locale: str | None = None
    style: str | None = None
    pitch: str | None = None
    rate: str | None = None
    volume: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AzureStandardVoice(_AzureTtsVoice):
    """An Azure neural TTS voice (``azure-standard``)."""

    name: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AzureCustomVoice(_AzureTtsVoice):
    """An Azure custom neural voice (``azure-custom``)."""

    name: str
    endpoint_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AzurePersonalVoice(_AzureTtsVoice):
    """An Azure personal voice (``azure-personal``)."""

    name: str
    model: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AzureAvatarVoice(_AzureTtsVoice):
    """The voice synchronised with an Azure avatar (``avatar-voice-sync``)."""

    model: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AzureNativeVoice(Record):
    """A voice of the ``azure-realtime`` model (``azure-realtime-native``)."""

    name: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class VoiceId(Record):
    """An OpenAI custom voice by id (GA only)."""

    id: str


Voice: TypeAlias = (
    str
    | OpenAIVoice
    | AzureStandardVoice
    | AzureCustomVoice
    | AzurePersonalVoice
    | AzureAvatarVoice
    | AzureNativeVoice
    | VoiceId
)
