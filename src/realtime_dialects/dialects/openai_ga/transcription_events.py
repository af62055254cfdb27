"""OpenAI Realtime GA: transcription of the user's audio, its logprobs, languages and usage."""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Unsupported
from .server_events import EVENT_ID

SHAPES = {
    # usage is required by the SDK: an event without it (Azure reports none) has no GA form.
    "ConversationItemInputAudioTranscriptionCompletedEvent": Shape(
        "content_index",
        EVENT_ID,
        "item_id",
        "transcript",
        Tag("type", "conversation.item.input_audio_transcription.completed"),
        Field("usage", required=True),
        "languages",
        "logprobs",
        Unsupported("phrases", "OpenAI GA reports no timed phrases"),
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
    # conversation_item_input_audio_transcription_segment.py:10: the generator hoisted `id` first.
    "ConversationItemInputAudioTranscriptionSegmentEvent": Shape(
        "id",
        "content_index",
        "end",
        EVENT_ID,
        "item_id",
        "speaker",
        "start",
        "text",
        Tag("type", "conversation.item.input_audio_transcription.segment"),
    ),
    "TranscriptionError": Shape(
        "code",
        "message",
        "param",
        "type",
        Unsupported("event_id", "OpenAI GA's transcription error names no client event"),
    ),
    # log_prob_properties.py:10 declares token, bytes, logprob (not alphabetical).
    "LogProbProperties": Shape("token", "bytes", "logprob"),
    "TranscriptionLanguage": Shape("code"),
    "TranscriptionTokenUsage": Shape(
        "input_tokens", "output_tokens", "total_tokens", Tag("type", "tokens"), "input_token_details"
    ),
    "TranscriptionInputTokenDetails": Shape("audio_tokens", "text_tokens"),
    "TranscriptionDurationUsage": Shape("seconds", Tag("type", "duration")),
}
