"""OpenAI Realtime beta: the ``response.*`` stream.

Deltas are the hottest events of a session: their rows are plain, so reading and writing one is a
few dict lookups; audio stays base64 text. Content parts take the beta models' forms
(``families.BETA``: ``text``/``audio`` for the assistant's parts, as inside items).
"""

from __future__ import annotations

from .._openai_common import output_part
from ..tables import Field, Shape, Tag, Unsupported
from .client_events import SERVER_ITEM
from .server_events import EVENT_ID

#: The keys every content delta shares, in declaration order around its own one.
_BEFORE = ("content_index",)
_AFTER = (EVENT_ID, "item_id", "output_index", "response_id")

#: A response's content parts are its output: text or audio.
PART = output_part("OpenAI Realtime beta")

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
    "ResponseOutputTextDeltaEvent": Shape(*_BEFORE, "delta", *_AFTER, Tag("type", "response.text.delta")),
    "ResponseOutputTextDoneEvent": Shape(*_BEFORE, *_AFTER, "text", Tag("type", "response.text.done")),
    "ResponseOutputAudioDeltaEvent": Shape(*_BEFORE, "delta", *_AFTER, Tag("type", "response.audio.delta")),
    "ResponseOutputAudioDoneEvent": Shape(*_BEFORE, *_AFTER, Tag("type", "response.audio.done")),
    "ResponseOutputAudioTranscriptDeltaEvent": Shape(
        *_BEFORE, "delta", *_AFTER, Tag("type", "response.audio_transcript.delta")
    ),
    "ResponseOutputAudioTranscriptDoneEvent": Shape(
        *_BEFORE, *_AFTER, "transcript", Tag("type", "response.audio_transcript.done")
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
        "output_index",
        "response_id",
        Tag("type", "response.function_call_arguments.done"),
        Unsupported("name", "OpenAI Realtime beta's function_call_arguments.done does not name the function"),
    ),
}

UNSUPPORTED = {
    "ResponseAudioTranscriptAnnotationAddedEvent": "OpenAI Realtime beta has no transcript annotations",
}
