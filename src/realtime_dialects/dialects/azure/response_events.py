"""Azure VoiceLive: the ``response.*`` stream.

Deltas are the hottest events of a session: their rows are plain (the codecs their annotations
imply), so reading and writing one is a few dict lookups. Audio stays base64 text: the SDK types
``response.audio.delta``'s ``delta`` as ``bytes`` but passes a string through unchanged
(``model_base.py:105-109``).
"""

from __future__ import annotations

from ..tables import Field, Shape, Tag

#: response_id, item_id, output_index, content_index: where a content delta belongs, in this order.
PART = ("response_id", "item_id", "output_index", "content_index")

SHAPES = {
    "ResponseCreatedEvent": Shape("response", "event_id", Tag("type", "response.created")),  # 6799
    "ResponseDoneEvent": Shape("response", "event_id", Tag("type", "response.done")),  # 6836
    # _models.py:7433, 7479: item is optional, after event_id.
    "ResponseOutputItemAddedEvent": Shape(
        "response_id", "output_index", "event_id", "item", Tag("type", "response.output_item.added")
    ),
    "ResponseOutputItemDoneEvent": Shape(
        "response_id", "output_index", "event_id", "item", Tag("type", "response.output_item.done")
    ),
    "ResponseContentPartAddedEvent": Shape(*PART, "part", "event_id", Tag("type", "response.content_part.added")),
    "ResponseContentPartDoneEvent": Shape(*PART, "part", "event_id", Tag("type", "response.content_part.done")),
    "ResponseOutputTextDeltaEvent": Shape(*PART, "delta", "event_id", Tag("type", "response.text.delta")),
    "ResponseOutputTextDoneEvent": Shape(*PART, "text", "event_id", Tag("type", "response.text.done")),
    "ResponseOutputAudioDeltaEvent": Shape(*PART, "delta", "event_id", Tag("type", "response.audio.delta")),
    "ResponseOutputAudioDoneEvent": Shape(*PART, "event_id", Tag("type", "response.audio.done")),
    "ResponseOutputAudioTranscriptDeltaEvent": Shape(
        *PART, "delta", "event_id", Tag("type", "response.audio_transcript.delta")
    ),
    "ResponseOutputAudioTranscriptDoneEvent": Shape(
        *PART, "transcript", "event_id", Tag("type", "response.audio_transcript.done")
    ),
    "ResponseAudioTranscriptAnnotationAddedEvent": Shape(  # 6501: annotation is free JSON
        *PART,
        "annotation_index",
        "annotation",
        "event_id",
        Tag("type", "response.audio_transcript.annotation.added"),
    ),
    "ResponseFunctionCallArgumentsDeltaEvent": Shape(
        "response_id",
        "item_id",
        "output_index",
        "call_id",
        "delta",
        "event_id",
        Tag("type", "response.function_call_arguments.delta"),
    ),
    "ResponseFunctionCallArgumentsDoneEvent": Shape(
        "response_id",
        "item_id",
        "output_index",
        "call_id",
        "arguments",
        Field("name", required=True),
        "event_id",
        Tag("type", "response.function_call_arguments.done"),
    ),
}
