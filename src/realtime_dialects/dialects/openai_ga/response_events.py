"""OpenAI Realtime GA: the ``response.*`` stream (``response.output_text.*``, ``response.output_audio.*``).

Deltas are the hottest events of a session: their rows are plain, so reading and writing one is a
few dict lookups; audio stays base64 text. Real GA servers add ``obfuscation`` to text, transcript
and argument deltas: undeclared by the SDK, kept in ``extra`` and written back last.
"""

from __future__ import annotations

from .._openai_common import output_part
from ..tables import Field, Shape, Tag
from .client_events import SERVER_ITEM
from .server_events import EVENT_ID

#: The content part events' part is tagged ``text``/``audio`` (response_content_part_added_event.py:11-24),
#: where items say ``output_text``/``output_audio``: the ``part`` family (families.py).
PART = output_part("OpenAI GA", family="part")

SHAPES = {
    "ResponseCreatedEvent": Shape(EVENT_ID, "response", Tag("type", "response.created")),
    "ResponseDoneEvent": Shape(EVENT_ID, "response", Tag("type", "response.done")),
    "ResponseOutputItemAddedEvent": Shape(
        EVENT_ID,
        Field("item", codec=SERVER_ITEM, required=True),
        "output_index",
        "response_id",
        Tag("type", "response.output_item.added"),
    ),
    "ResponseOutputItemDoneEvent": Shape(
        EVENT_ID,
        Field("item", codec=SERVER_ITEM, required=True),
        "output_index",
        "response_id",
        Tag("type", "response.output_item.done"),
    ),
    "ResponseContentPartAddedEvent": Shape(
        "content_index",
        EVENT_ID,
        "item_id",
        "output_index",
        PART,
        "response_id",
        Tag("type", "response.content_part.added"),
    ),
    "ResponseContentPartDoneEvent": Shape(
        "content_index",
        EVENT_ID,
        "item_id",
        "output_index",
        PART,
        "response_id",
        Tag("type", "response.content_part.done"),
    ),
    "ResponseOutputTextDeltaEvent": Shape(
        "content_index",
        "delta",
        EVENT_ID,
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.output_text.delta"),
    ),
    "ResponseOutputTextDoneEvent": Shape(
        "content_index",
        EVENT_ID,
        "item_id",
        "output_index",
        "response_id",
        "text",
        Tag("type", "response.output_text.done"),
    ),
    "ResponseOutputAudioDeltaEvent": Shape(
        "content_index",
        "delta",
        EVENT_ID,
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.output_audio.delta"),
    ),
    "ResponseOutputAudioDoneEvent": Shape(
        "content_index", EVENT_ID, "item_id", "output_index", "response_id", Tag("type", "response.output_audio.done")
    ),
    "ResponseOutputAudioTranscriptDeltaEvent": Shape(
        "content_index",
        "delta",
        EVENT_ID,
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.output_audio_transcript.delta"),
    ),
    "ResponseOutputAudioTranscriptDoneEvent": Shape(
        "content_index",
        EVENT_ID,
        "item_id",
        "output_index",
        "response_id",
        "transcript",
        Tag("type", "response.output_audio_transcript.done"),
    ),
    "ResponseFunctionCallArgumentsDeltaEvent": Shape(
        "call_id",
        "delta",
        EVENT_ID,
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.function_call_arguments.delta"),
    ),
    "ResponseFunctionCallArgumentsDoneEvent": Shape(
        "arguments",
        "call_id",
        EVENT_ID,
        "item_id",
        Field("name", required=True),
        "output_index",
        "response_id",
        Tag("type", "response.function_call_arguments.done"),
    ),
}

UNSUPPORTED = {
    "ResponseAudioTranscriptAnnotationAddedEvent": "OpenAI GA has no transcript annotations",
}
