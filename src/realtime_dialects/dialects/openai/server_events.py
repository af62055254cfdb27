"""OpenAI Realtime beta: server events about the session, the conversation and the audio buffers; errors.

Server events are written as the ``openai`` package's beta models dump them
(``openai.types.beta.realtime``, ``model_dump_json(exclude_none=True)``): keys in field
declaration order, alphabetical within the required fields and within the optional ones. Their
objects take the beta models' forms (``families.BETA``), not OpenAI-DotNet's.
"""

from __future__ import annotations

from typing import Any

from .._runtime import Flag
from ..tables import Alt, Custom, Field, Number, Ref, Shape, Tag
from .client_events import SERVER_ITEM


def _no_transcription_session(value: Any, ctx: Any, chain: Any) -> Flag:
    return Flag(
        "OpenAI Realtime beta has no transcription_session.created event; "
        "a transcription session is reported by transcription_session.updated"
    )


#: Every beta server event model requires its ``event_id`` (``realtime_server_event.py``'s members): an
#: event without one has no beta form.
EVENT_ID = Field("event_id", required=True)

#: The beta models write floats as Python floats (``1`` → ``1.0``), not as OpenAI-DotNet's float32.
FLOAT = Number(write=float)

SHAPES = {
    "SessionCreatedEvent": Shape(
        EVENT_ID,
        Field(
            "session",
            codec=Alt(
                Ref("RealtimeSession"),
                Custom(None, _no_transcription_session, "a session", neutral_types=("TranscriptionSession",)),
            ),
        ),
        Tag("type", "session.created"),
    ),
    # The writer picks the wire type by the class of the session (session.py:140 vs
    # transcription_session.py:73); the reader maps both types to SessionUpdatedEvent.
    "SessionUpdatedEvent": Shape(
        EVENT_ID, Field("session", codec=Ref("RealtimeSession")), Tag("type", "session.updated")
    ),
    "SessionUpdatedEvent:transcription": Shape(
        EVENT_ID,
        Field("session", codec=Ref("TranscriptionSession")),
        Tag("type", "transcription_session.updated"),
        when=("session", "TranscriptionSession"),
    ),
    "ConversationCreatedEvent": Shape("conversation", EVENT_ID, Tag("type", "conversation.created")),
    "Conversation": Shape("id", "object"),
    "ConversationItemCreatedEvent": Shape(
        EVENT_ID,
        Field("item", codec=SERVER_ITEM, required=True),
        Tag("type", "conversation.item.created"),
        "previous_item_id",
    ),
    "ConversationItemRetrievedEvent": Shape(
        EVENT_ID, Field("item", codec=SERVER_ITEM, required=True), Tag("type", "conversation.item.retrieved")
    ),
    "ConversationItemDeletedEvent": Shape(EVENT_ID, "item_id", Tag("type", "conversation.item.deleted")),
    "ConversationItemTruncatedEvent": Shape(
        "audio_end_ms", "content_index", EVENT_ID, "item_id", Tag("type", "conversation.item.truncated")
    ),
    "InputAudioBufferCommittedEvent": Shape(
        EVENT_ID, "item_id", Tag("type", "input_audio_buffer.committed"), "previous_item_id"
    ),
    "InputAudioBufferClearedEvent": Shape(EVENT_ID, Tag("type", "input_audio_buffer.cleared")),
    "InputAudioBufferSpeechStartedEvent": Shape(
        "audio_start_ms", EVENT_ID, "item_id", Tag("type", "input_audio_buffer.speech_started")
    ),
    "InputAudioBufferSpeechStoppedEvent": Shape(
        "audio_end_ms", EVENT_ID, "item_id", Tag("type", "input_audio_buffer.speech_stopped")
    ),
    "OutputAudioBufferStartedEvent": Shape(EVENT_ID, "response_id", Tag("type", "output_audio_buffer.started")),
    "OutputAudioBufferStoppedEvent": Shape(EVENT_ID, "response_id", Tag("type", "output_audio_buffer.stopped")),
    "OutputAudioBufferClearedEvent": Shape(
        EVENT_ID, Field("response_id", required=True), Tag("type", "output_audio_buffer.cleared")
    ),
    "ErrorEvent": Shape("error", EVENT_ID, Tag("type", "error")),
    "ErrorDetails": Shape("message", "type", "code", "event_id", "param"),  # error_event.py:9
    "RateLimitsUpdatedEvent": Shape(EVENT_ID, "rate_limits", Tag("type", "rate_limits.updated")),
    "RateLimit": Shape("limit", "name", "remaining", Field("reset_seconds", codec=FLOAT)),
}

UNSUPPORTED = {
    "ConversationItemAddedEvent": "OpenAI Realtime beta has no conversation.item.added event; "
    "it reports new items with conversation.item.created",
    "ConversationItemDoneEvent": "OpenAI Realtime beta has no conversation.item.done event",
    "InputAudioBufferTimeoutTriggeredEvent": "OpenAI Realtime beta has no input_audio_buffer.timeout_triggered event",
    "InputAudioBufferDtmfEventReceivedEvent": "OpenAI Realtime beta has no DTMF event (no SIP calls)",
    "WarningEvent": "OpenAI Realtime beta has no warning event; it reports problems as error events",
}
