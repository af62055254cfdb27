"""Azure VoiceLive: server events about the session, the conversation and the audio buffers; errors.

Keys follow each ``ServerEvent*`` constructor's signature (``_models.py``, line of each class
below), then the ``type`` its ``__init__`` assigns: ``event_id`` sits where the signature puts it,
first for events whose own keys are all optional. Server events read any key order, keep undeclared
keys and read ``null`` as unset (``docs/wire/azure-server.md``).
"""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Unsupported

# ``session`` is a ``ResponseSession`` (a realtime session; a transcription session is a loss, see
# client_events.SESSION): the same codec as ``session.update``'s, the server family's shapes.
from .client_events import SESSION

SHAPES = {
    # _models.py:7966, 8003
    "SessionCreatedEvent": Shape(Field("session", codec=SESSION), "event_id", Tag("type", "session.created")),
    "SessionUpdatedEvent": Shape(Field("session", codec=SESSION), "event_id", Tag("type", "session.updated")),
    # _models.py:5276: every key optional, event_id first.
    "ConversationItemCreatedEvent": Shape(
        "event_id", "previous_item_id", "item", Tag("type", "conversation.item.created")
    ),
    # Not in azure-ai-voicelive 1.3.1, but VoiceLive servers send GA's conversation.item.done
    # (fixtures/captured/azure/006, the captured sessions); read and written with the keys of
    # conversation.item.created, its closest SDK sibling (tables-notes-server.md).
    "ConversationItemDoneEvent": Shape("event_id", "previous_item_id", "item", Tag("type", "conversation.item.done")),
    "ConversationItemRetrievedEvent": Shape("item", "event_id", Tag("type", "conversation.item.retrieved")),  # 5550
    "ConversationItemDeletedEvent": Shape("item_id", "event_id", Tag("type", "conversation.item.deleted")),  # 5329
    "ConversationItemTruncatedEvent": Shape(  # 5586
        "item_id", "content_index", "audio_end_ms", "event_id", Tag("type", "conversation.item.truncated")
    ),
    # _models.py:5757: the signature puts the optional previous_item_id after event_id.
    "InputAudioBufferCommittedEvent": Shape(
        "item_id", "event_id", "previous_item_id", Tag("type", "input_audio_buffer.committed")
    ),
    "InputAudioBufferClearedEvent": Shape("event_id", Tag("type", "input_audio_buffer.cleared")),  # 5724
    "InputAudioBufferSpeechStartedEvent": Shape(  # 5802
        "audio_start_ms", "item_id", "event_id", Tag("type", "input_audio_buffer.speech_started")
    ),
    "InputAudioBufferSpeechStoppedEvent": Shape(  # 5857
        "audio_end_ms", "item_id", "event_id", Tag("type", "input_audio_buffer.speech_stopped")
    ),
    "OutputAudioBufferClearedEvent": Shape(  # 6014
        "event_id",
        Tag("type", "output_audio_buffer.cleared"),
        Unsupported("response_id", "Azure's output_audio_buffer.cleared names no response"),
    ),
    "ErrorEvent": Shape("error", "event_id", Tag("type", "error")),  # 5638
    "ErrorDetails": Shape("type", "message", "code", "param", "event_id"),  # ServerEventErrorDetails, 5676
    "WarningEvent": Shape("warning", "event_id", Tag("type", "warning")),  # 8039
    "WarningDetails": Shape("message", "code", "param"),  # ServerEventWarningDetails, 8078
}

#: GA's and beta's events Azure has no counterpart for (a loss at ``$``).
UNSUPPORTED = {
    "ConversationCreatedEvent": "Azure has no conversation.created event (VoiceLive sessions have one conversation)",
    "ConversationItemAddedEvent": "Azure has no conversation.item.added event; it reports new items with "
    "conversation.item.created",
    "InputAudioBufferTimeoutTriggeredEvent": "Azure has no input_audio_buffer.timeout_triggered event "
    "(no idle timeout)",
    "InputAudioBufferDtmfEventReceivedEvent": "Azure has no DTMF event (no SIP calls)",
    "OutputAudioBufferStartedEvent": "Azure has no output_audio_buffer.started event",
    "OutputAudioBufferStoppedEvent": "Azure has no output_audio_buffer.stopped event",
    "RateLimitsUpdatedEvent": "Azure has no rate_limits.updated event",
}
