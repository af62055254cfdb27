"""OpenAI Realtime beta: transcription of the user's audio, its logprobs and usage."""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Unsupported
from .server_events import EVENT_ID, FLOAT

SHAPES = {
    "ConversationItemInputAudioTranscriptionCompletedEvent": Shape(
        "content_index",
        EVENT_ID,
        "item_id",
        "transcript",
        Tag("type", "conversation.item.input_audio_transcription.completed"),
        Field("usage", required=True),
        "logprobs",
        Unsupported("phrases", "OpenAI Realtime beta reports no timed phrases"),
        Unsupported("languages", "OpenAI Realtime beta reports no detected languages"),
    ),
    "ConversationItemInputAudioTranscriptionDeltaEvent": Shape(
        EVENT_ID,
        "item_id",
        Tag("type", "conversation.item.input_audio_transcription.delta"),
        "content_index",
        "delta",
        "logprobs",
    ),
    "ConversationItemInputAudioTranscriptionFailedEvent": Shape(
        "content_index",
        "error",
        EVENT_ID,
        "item_id",
        Tag("type", "conversation.item.input_audio_transcription.failed"),
    ),
    "TranscriptionError": Shape(
        "code",
        "message",
        "param",
        "type",
        Unsupported("event_id", "OpenAI Realtime beta's transcription error names no client event"),
    ),
    # Logprob (declared twice, in the completed and the delta event's modules): token, bytes, logprob.
    "LogProbProperties": Shape("token", "bytes", Field("logprob", codec=FLOAT)),
    "TranscriptionTokenUsage": Shape(
        "input_tokens", "output_tokens", "total_tokens", Tag("type", "tokens"), "input_token_details"
    ),
    "TranscriptionInputTokenDetails": Shape("audio_tokens", "text_tokens"),
    "TranscriptionDurationUsage": Shape(Field("seconds", codec=FLOAT), Tag("type", "duration")),
}

UNSUPPORTED = {
    "ConversationItemInputAudioTranscriptionSegmentEvent": "OpenAI Realtime beta has no diarized "
    "transcription segments",
}
