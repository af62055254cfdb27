"""OpenAI Realtime GA: the ``response.*`` stream (``response.output_text.*``, ``response.output_audio.*``).

Deltas are the hottest events of a session: their rows are plain, so reading and writing one is a
few dict lookups; audio stays base64 text. Real GA servers add ``obfuscation`` to text, transcript
and argument deltas: undeclared by the SDK, kept in ``extra`` and written back last.
"""

from __future__ import annotations

from ..tables import Field, Shape, Tag

#: The content part events' part is tagged ``text``/``audio`` (response_content_part_added_event.py:11-24),
#: where items say ``output_text``/``output_audio``: the ``part`` family (families.py).
PART = Field("part", family="part")

SHAPES = {
    "ResponseCreatedEvent": Shape("event_id", "response", Tag("type", "response.created")),
    "ResponseDoneEvent": Shape("event_id", "response", Tag("type", "response.done")),
    "ResponseOutputItemAddedEvent": Shape(
        "event_id", "item", "output_index", "response_id", Tag("type", "response.output_item.added")
    ),
    "ResponseOutputItemDoneEvent": Shape(
        "event_id", "item", "output_index", "response_id", Tag("type", "response.output_item.done")
    ),
    "ResponseContentPartAddedEvent": Shape(
        "content_index",
        "event_id",
        "item_id",
        "output_index",
        PART,
        "response_id",
        Tag("type", "response.content_part.added"),
    ),
    "ResponseContentPartDoneEvent": Shape(
        "content_index",
        "event_id",
        "item_id",
        "output_index",
        PART,
        "response_id",
        Tag("type", "response.content_part.done"),
    ),
    "ResponseOutputTextDeltaEvent": Shape(
        "content_index",
        "delta",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.output_text.delta"),
    ),
    "ResponseOutputTextDoneEvent": Shape(
        "content_index",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        "text",
        Tag("type", "response.output_text.done"),
    ),
    "ResponseOutputAudioDeltaEvent": Shape(
        "content_index",
        "delta",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.output_audio.delta"),
    ),
    "ResponseOutputAudioDoneEvent": Shape(
        "content_index", "event_id", "item_id", "output_index", "response_id", Tag("type", "response.output_audio.done")
    ),
    "ResponseOutputAudioTranscriptDeltaEvent": Shape(
        "content_index",
        "delta",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.output_audio_transcript.delta"),
    ),
    "ResponseOutputAudioTranscriptDoneEvent": Shape(
        "content_index",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        "transcript",
        Tag("type", "response.output_audio_transcript.done"),
    ),
    "ResponseFunctionCallArgumentsDeltaEvent": Shape(
        "call_id",
        "delta",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.function_call_arguments.delta"),
    ),
    "ResponseFunctionCallArgumentsDoneEvent": Shape(
        "arguments",
        "call_id",
        "event_id",
        "item_id",
        "name",
        "output_index",
        "response_id",
        Tag("type", "response.function_call_arguments.done"),
    ),
}

UNSUPPORTED = {
    "ResponseAudioTranscriptAnnotationAddedEvent": "OpenAI GA has no transcript annotations",
}
