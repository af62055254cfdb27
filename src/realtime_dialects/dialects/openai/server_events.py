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


def _no_transcription_session(value: Any, ctx: Any, chain: Any) -> Flag:
    return Flag(
        "OpenAI Realtime beta has no transcription_session.created event; "
        "a transcription session is reported by transcription_session.updated"
    )


#: The beta models write floats as Python floats (``1`` → ``1.0``), not as OpenAI-DotNet's float32.
FLOAT = Number(write=float)

SHAPES = {
    "SessionCreatedEvent": Shape(
        "event_id",
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
        "event_id", Field("session", codec=Ref("RealtimeSession")), Tag("type", "session.updated")
    ),
    "SessionUpdatedEvent:transcription": Shape(
        "event_id",
        Field("session", codec=Ref("TranscriptionSession")),
        Tag("type", "transcription_session.updated"),
        when=("session", "TranscriptionSession"),
    ),
    "ConversationCreatedEvent": Shape("conversation", "event_id", Tag("type", "conversation.created")),
    "Conversation": Shape("id", "object"),
    "ConversationItemCreatedEvent": Shape(
        "event_id", "item", Tag("type", "conversation.item.created"), "previous_item_id"
    ),
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
    "OutputAudioBufferStartedEvent": Shape("event_id", "response_id", Tag("type", "output_audio_buffer.started")),
    "OutputAudioBufferStoppedEvent": Shape("event_id", "response_id", Tag("type", "output_audio_buffer.stopped")),
    "OutputAudioBufferClearedEvent": Shape("event_id", "response_id", Tag("type", "output_audio_buffer.cleared")),
    "ErrorEvent": Shape("error", "event_id", Tag("type", "error")),
    "ErrorDetails": Shape("message", "type", "code", "event_id", "param"),  # error_event.py:9
    "RateLimitsUpdatedEvent": Shape("event_id", "rate_limits", Tag("type", "rate_limits.updated")),
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
