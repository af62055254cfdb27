"""The ``response.*`` stream: a response's lifecycle, its output items and content parts, their deltas.

Every delta names where it belongs: the response (``response_id``), the output item
(``item_id``, at ``output_index`` in the response's output) and, for content, the
content part (``content_index`` in the item's content). Audio stays base64 text.
Names follow GA (``response.output_audio.delta``); Azure and beta say
``response.audio.delta``, ``response.text.delta``, ``response.audio_transcript.delta``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ._base import _ServerEvent

if TYPE_CHECKING:
    from ._base import JsonValue
    from .items import ContentPart, Item
    from .response import Response

__all__ = [
    "ResponseAudioTranscriptAnnotationAddedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseOutputAudioDeltaEvent",
    "ResponseOutputAudioDoneEvent",
    "ResponseOutputAudioTranscriptDeltaEvent",
    "ResponseOutputAudioTranscriptDoneEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputTextDeltaEvent",
    "ResponseOutputTextDoneEvent",
]

# --------------------------------------------------------------------------- lifecycle


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseCreatedEvent(_ServerEvent):
    """A response began (status ``in_progress``). Wire: ``response.created`` everywhere."""

    response: Response


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseDoneEvent(_ServerEvent):
    """A response ended, with its output, final status and usage. Wire: ``response.done`` everywhere."""

    response: Response


# --------------------------------------------------------------------------- output items and content parts


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseOutputItemAddedEvent(_ServerEvent):
    """A response began an output item. Wire: ``response.output_item.added`` everywhere (Azure: ``item`` optional)."""

    response_id: str
    output_index: int
    item: Item | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseOutputItemDoneEvent(_ServerEvent):
    """A response finished an output item. Wire: ``response.output_item.done`` everywhere (Azure: ``item`` optional)."""

    response_id: str
    output_index: int
    item: Item | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseContentPartAddedEvent(_ServerEvent):
    """An output item began a content part. Wire: ``response.content_part.added`` everywhere."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    part: ContentPart


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseContentPartDoneEvent(_ServerEvent):
    """An output item finished a content part. Wire: ``response.content_part.done`` everywhere."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    part: ContentPart


# --------------------------------------------------------------------------- text


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseOutputTextDeltaEvent(_ServerEvent):
    """A piece of output text. Wire: Azure and beta ``response.text.delta``, GA ``response.output_text.delta``."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    delta: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseOutputTextDoneEvent(_ServerEvent):
    """The whole output text. Wire: Azure and beta ``response.text.done``, GA ``response.output_text.done``."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    text: str


# --------------------------------------------------------------------------- audio and its transcript


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseOutputAudioDeltaEvent(_ServerEvent):
    """Output audio, base64. Wire: Azure and beta ``response.audio.delta``, GA ``response.output_audio.delta``."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    delta: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseOutputAudioDoneEvent(_ServerEvent):
    """The output audio is complete. Wire: Azure and beta ``response.audio.done``, GA ``response.output_audio.done``."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseOutputAudioTranscriptDeltaEvent(_ServerEvent):
    """A piece of the output audio's transcript.

    Wire: Azure and beta ``response.audio_transcript.delta``, GA ``response.output_audio_transcript.delta``.
    """

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    delta: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseOutputAudioTranscriptDoneEvent(_ServerEvent):
    """The whole transcript of the output audio.

    Wire: Azure and beta ``response.audio_transcript.done``, GA ``response.output_audio_transcript.done``.
    """

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    transcript: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseAudioTranscriptAnnotationAddedEvent(_ServerEvent):
    """An annotation (opaque JSON) on the output audio's transcript.

    Wire: ``response.audio_transcript.annotation.added`` (Azure only).
    """

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    annotation: JsonValue


# --------------------------------------------------------------------------- function calls


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseFunctionCallArgumentsDeltaEvent(_ServerEvent):
    """A piece of a function call's JSON arguments. Wire: ``response.function_call_arguments.delta`` everywhere."""

    response_id: str
    item_id: str
    output_index: int
    call_id: str
    delta: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseFunctionCallArgumentsDoneEvent(_ServerEvent):
    """A function call's complete JSON arguments. Wire: ``response.function_call_arguments.done`` everywhere.

    ``name`` is optional because beta's event has none.
    """

    response_id: str
    item_id: str
    output_index: int
    call_id: str
    arguments: str
    name: str | None = None
