"""OpenAI Realtime GA: server events about the session, the conversation and the audio buffers; errors.

Keys in the field declaration order of ``openai.types.realtime`` (alphabetical within the
required fields and within the optional ones, ``type`` among them), as
``model_dump_json(exclude_none=True)`` writes them. Server events read any key order, keep
undeclared keys and read ``null`` as unset (``docs/wire/openai-ga-server.md``).
"""

from __future__ import annotations

from ..tables import Shape, Tag, Unsupported

SHAPES = {
    "SessionCreatedEvent": Shape("event_id", "session", Tag("type", "session.created")),
    "SessionUpdatedEvent": Shape("event_id", "session", Tag("type", "session.updated")),
    "ConversationCreatedEvent": Shape("conversation", "event_id", Tag("type", "conversation.created")),
    "Conversation": Shape("id", "object"),
    "ConversationItemCreatedEvent": Shape(
        "event_id", "item", Tag("type", "conversation.item.created"), "previous_item_id"
    ),
    "ConversationItemAddedEvent": Shape("event_id", "item", Tag("type", "conversation.item.added"), "previous_item_id"),
    "ConversationItemDoneEvent": Shape("event_id", "item", Tag("type", "conversation.item.done"), "previous_item_id"),
    "ConversationItemRetrievedEvent": Shape("event_id", "item", Tag("type", "conversation.item.retrieved")),
    "ConversationItemDeletedEvent": Shape("event_id", "item_id", Tag("type", "conversation.item.deleted")),
    "ConversationItemTruncatedEvent": Shape(
        "audio_end_ms", "content_index", "event_id", "item_id", Tag("type", "conversation.item.truncated")
    ),
    "InputAudioBufferCommittedEvent": Shape(
        "event_id", "item_id", Tag("type", "input_audio_buffer.committed"), "previous_item_id"
    ),
    "InputAudioBufferClearedEvent": Shape("event_id", Tag("type", "input_audio_buffer.cleared")),
    "InputAudioBufferSpeechStartedEvent": Shape(
        "audio_start_ms", "event_id", "item_id", Tag("type", "input_audio_buffer.speech_started")
    ),
    "InputAudioBufferSpeechStoppedEvent": Shape(
        "audio_end_ms", "event_id", "item_id", Tag("type", "input_audio_buffer.speech_stopped")
    ),
    "InputAudioBufferTimeoutTriggeredEvent": Shape(
        "audio_end_ms", "audio_start_ms", "event_id", "item_id", Tag("type", "input_audio_buffer.timeout_triggered")
    ),
    "InputAudioBufferDtmfEventReceivedEvent": Shape(
        "event",
        "received_at",
        Tag("type", "input_audio_buffer.dtmf_event_received"),
        Unsupported("event_id", "OpenAI GA's DTMF event has no event_id"),
    ),
    "OutputAudioBufferStartedEvent": Shape("event_id", "response_id", Tag("type", "output_audio_buffer.started")),
    "OutputAudioBufferStoppedEvent": Shape("event_id", "response_id", Tag("type", "output_audio_buffer.stopped")),
    "OutputAudioBufferClearedEvent": Shape("event_id", "response_id", Tag("type", "output_audio_buffer.cleared")),
    "ErrorEvent": Shape("error", "event_id", Tag("type", "error")),
    # RealtimeError (realtime_error.py:10): message and type are required, hence first.
    "ErrorDetails": Shape("message", "type", "code", "event_id", "param"),
    "RateLimitsUpdatedEvent": Shape("event_id", "rate_limits", Tag("type", "rate_limits.updated")),
    "RateLimit": Shape("limit", "name", "remaining", "reset_seconds"),
}

UNSUPPORTED = {
    "WarningEvent": "OpenAI GA has no warning event; it reports problems as error events",
}
