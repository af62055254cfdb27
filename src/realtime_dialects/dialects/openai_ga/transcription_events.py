"""OpenAI Realtime GA: transcription of the user's audio, its logprobs, languages and usage."""

from __future__ import annotations

from ..tables import Shape, Tag, Unsupported

SHAPES = {
    # usage is required by the SDK; an event read without it (another dialect's) is written without it.
    "ConversationItemInputAudioTranscriptionCompletedEvent": Shape(
        "content_index",
        "event_id",
        "item_id",
        "transcript",
        Tag("type", "conversation.item.input_audio_transcription.completed"),
        "usage",
        "languages",
        "logprobs",
        Unsupported("phrases", "OpenAI GA reports no timed phrases"),
    ),
    "ConversationItemInputAudioTranscriptionDeltaEvent": Shape(
        "event_id",
        "item_id",
        Tag("type", "conversation.item.input_audio_transcription.delta"),
        "content_index",
        "delta",
        "logprobs",
    ),
    "ConversationItemInputAudioTranscriptionFailedEvent": Shape(
        "content_index",
        "error",
        "event_id",
        "item_id",
        Tag("type", "conversation.item.input_audio_transcription.failed"),
    ),
    # conversation_item_input_audio_transcription_segment.py:10: the generator hoisted `id` first.
    "ConversationItemInputAudioTranscriptionSegmentEvent": Shape(
        "id",
        "content_index",
        "end",
        "event_id",
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
