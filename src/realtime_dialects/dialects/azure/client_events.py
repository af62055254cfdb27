"""Azure VoiceLive: client events.

Every event writes its keyword arguments in the SDK constructor's order and ``type``
last (assigned after ``super().__init__``); ``docs/wire/azure.md`` gives each order.
"""

from __future__ import annotations

from ..tables import Alt, Field, Ref, Shape, Tag

#: ``session`` is a ``RequestSession``: a ``TranscriptionSession`` has no Azure form (a loss at
#: ``$.session``, with the reason from the dialect's ``unsupported`` table).
SESSION = Alt(Ref("RealtimeSession"))

SHAPES = {
    "SessionUpdateEvent": Shape(Field("session", codec=SESSION), "event_id", Tag("type", "session.update")),
    "SessionAvatarConnectEvent": Shape("client_sdp", "event_id", Tag("type", "session.avatar.connect")),
    "InputAudioBufferAppendEvent": Shape("audio", "event_id", Tag("type", "input_audio_buffer.append")),
    "InputAudioBufferCommitEvent": Shape("event_id", Tag("type", "input_audio_buffer.commit")),
    "InputAudioBufferClearEvent": Shape("event_id", Tag("type", "input_audio_buffer.clear")),
    "OutputAudioBufferClearEvent": Shape("event_id", Tag("type", "output_audio_buffer.clear")),
    "InputAudioClearEvent": Shape("event_id", Tag("type", "input_audio.clear")),
    "InputAudioTurnStartEvent": Shape("turn_id", "event_id", Tag("type", "input_audio.turn.start")),
    "InputAudioTurnAppendEvent": Shape("turn_id", "audio", "event_id", Tag("type", "input_audio.turn.append")),
    "InputAudioTurnEndEvent": Shape("turn_id", "event_id", Tag("type", "input_audio.turn.end")),
    "InputAudioTurnCancelEvent": Shape("turn_id", "event_id", Tag("type", "input_audio.turn.cancel")),
    # The item's id is the wire key `id` (ClientEventInputTextDelta, _models.py:2336).
    "InputTextDeltaEvent": Shape(
        Field("item_id", "id"), "delta", "event_id", "content_index", Tag("type", "input_text.delta")
    ),
    "InputTextDoneEvent": Shape(Field("item_id", "id"), "event_id", "content_index", Tag("type", "input_text.done")),
    "ConversationItemCreateEvent": Shape(
        "event_id", "previous_item_id", "item", Tag("type", "conversation.item.create")
    ),
    "ConversationItemRetrieveEvent": Shape("item_id", "event_id", Tag("type", "conversation.item.retrieve")),
    "ConversationItemTruncateEvent": Shape(
        "item_id", "content_index", "audio_end_ms", "event_id", Tag("type", "conversation.item.truncate")
    ),
    "ConversationItemDeleteEvent": Shape("item_id", "event_id", Tag("type", "conversation.item.delete")),
    "ResponseCreateEvent": Shape("event_id", "response", "additional_instructions", Tag("type", "response.create")),
    "ResponseCancelEvent": Shape("event_id", "response_id", Tag("type", "response.cancel")),
}
