"""OpenAI Realtime GA: server events about the session, the conversation and the audio buffers; errors.

Keys in the field declaration order of ``openai.types.realtime`` (alphabetical within the
required fields and within the optional ones, ``type`` among them), as
``model_dump_json(exclude_none=True)`` writes them. Server events read any key order, keep
undeclared keys and read ``null`` as unset (``docs/wire/openai-ga-server.md``).
"""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Unsupported
from .client_events import ITEM, SERVER_ITEM

#: Every GA server event model requires its ``event_id`` (``realtime_server_event.py``'s members, all but
#: the DTMF event): an event without one has no GA form.
EVENT_ID = Field("event_id", required=True)

SHAPES = {
    "SessionCreatedEvent": Shape(EVENT_ID, "session", Tag("type", "session.created")),
    "SessionUpdatedEvent": Shape(EVENT_ID, "session", Tag("type", "session.updated")),
    "ConversationCreatedEvent": Shape("conversation", EVENT_ID, Tag("type", "conversation.created")),
    "Conversation": Shape("id", "object"),
    "ConversationItemCreatedEvent": Shape(
        EVENT_ID,
        Field("item", codec=SERVER_ITEM, required=True),
        Tag("type", "conversation.item.created"),
        "previous_item_id",
    ),
    "ConversationItemAddedEvent": Shape(EVENT_ID, ITEM, Tag("type", "conversation.item.added"), "previous_item_id"),
    "ConversationItemDoneEvent": Shape(EVENT_ID, ITEM, Tag("type", "conversation.item.done"), "previous_item_id"),
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
    "InputAudioBufferTimeoutTriggeredEvent": Shape(
        "audio_end_ms", "audio_start_ms", EVENT_ID, "item_id", Tag("type", "input_audio_buffer.timeout_triggered")
    ),
    "InputAudioBufferDtmfEventReceivedEvent": Shape(
        "event",
        "received_at",
        Tag("type", "input_audio_buffer.dtmf_event_received"),
        Unsupported("event_id", "OpenAI GA's DTMF event has no event_id"),
    ),
    "OutputAudioBufferStartedEvent": Shape(EVENT_ID, "response_id", Tag("type", "output_audio_buffer.started")),
    "OutputAudioBufferStoppedEvent": Shape(EVENT_ID, "response_id", Tag("type", "output_audio_buffer.stopped")),
    "OutputAudioBufferClearedEvent": Shape(
        EVENT_ID, Field("response_id", required=True), Tag("type", "output_audio_buffer.cleared")
    ),
    "ErrorEvent": Shape("error", EVENT_ID, Tag("type", "error")),
    # RealtimeError (realtime_error.py:10): message and type are required, hence first.
    "ErrorDetails": Shape("message", "type", "code", "event_id", "param"),
    "RateLimitsUpdatedEvent": Shape(EVENT_ID, "rate_limits", Tag("type", "rate_limits.updated")),
    "RateLimit": Shape("limit", "name", "remaining", "reset_seconds"),
}

UNSUPPORTED = {
    "WarningEvent": "OpenAI GA has no warning event; it reports problems as error events",
}
