"""The response the server reports: what ``response.created`` and ``response.done`` carry.

:class:`Response` is the same concept in every dialect; its status details and token usage
are classes of their own. What a client asks a response with is in ``client_response_events``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

import attrs

from ._base import Range, Record, to_optional_tuple
from .common import MaxTokens, Metadata, Modality, to_audio_format, to_modality

if TYPE_CHECKING:
    from .common import AudioFormat
    from .items import Item
    from .voices import Voice

__all__ = [
    "CachedTokenDetails",
    "InputTokenDetails",
    "OutputTokenDetails",
    "Response",
    "ResponseStatusDetails",
    "ResponseStatusError",
    "ResponseUsage",
]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseStatusError(Record):
    """The error of a failed response, in its ``status_details``."""

    type: str | None = None
    code: str | None = None
    message: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseStatusDetails(Record):
    """Why a response ended as it did: ``type`` cancelled/failed/incomplete, and a reason or an error.

    Azure spells this as one class per ``type`` (a cancelled or incomplete response has a
    ``reason``, a failed one an ``error``); OpenAI as one object with all three keys. Every
    value is open: servers add reasons and types before the SDKs list them.
    """

    type: str | None = None
    reason: str | None = None
    error: ResponseStatusError | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class CachedTokenDetails(Record):
    """How many of the cached input tokens were text, audio and image tokens."""

    text_tokens: int | None = None
    audio_tokens: int | None = None
    image_tokens: int | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputTokenDetails(Record):
    """The input tokens of a response by kind, and how many were served from the cache."""

    cached_tokens: int | None = None
    text_tokens: int | None = None
    audio_tokens: int | None = None
    image_tokens: int | None = None
    cached_tokens_details: CachedTokenDetails | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OutputTokenDetails(Record):
    """The output tokens of a response by kind (``reasoning_tokens`` is Azure's alone)."""

    text_tokens: int | None = None
    audio_tokens: int | None = None
    reasoning_tokens: int | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseUsage(Record):
    """What a response cost, in tokens: the usage that bills it."""

    total_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    input_token_details: InputTokenDetails | None = None
    output_token_details: OutputTokenDetails | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Response(Record):
    """A response as the server reports it, in ``response.created`` and ``response.done``.

    Every field is optional: a ``response.created`` carries little more than an id and a
    status. ``modalities`` is GA's ``output_modalities``; ``output_audio_format`` and
    ``voice`` are GA's ``audio.output.format`` and ``audio.output.voice``. ``status`` is
    open (``completed``, ``cancelled``, ``failed``, ``incomplete``, ``in_progress`` today).
    """

    id: str | None = None
    object: Literal["realtime.response"] | None = None
    status: str | None = None
    status_details: ResponseStatusDetails | None = None
    output: tuple[Item, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    usage: ResponseUsage | None = None
    conversation_id: str | None = None
    voice: Voice | None = None
    modalities: Modality | None = attrs.field(default=None, converter=to_modality)
    output_audio_format: AudioFormat | None = attrs.field(default=None, converter=to_audio_format)
    # The response echoes the session's temperature, and Azure sessions allow 0.0-1.0
    # (_models.py:3722) where responses document [0.6, 1.2] (_models.py:4184): the union
    # of both ranges. It documents the protocol: server events are read with ranges open.
    temperature: Annotated[float, Range(0.0, 1.2)] | None = None
    max_output_tokens: MaxTokens | None = None
    metadata: Metadata | None = None
