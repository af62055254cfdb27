"""Azure VoiceLive: transcription of the user's audio, and the logprobs and phrases it reports."""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Unsupported

SHAPES = {
    # _models.py:5368. Real VoiceLive servers add an undeclared `language` (kept in extra).
    "ConversationItemInputAudioTranscriptionCompletedEvent": Shape(
        "item_id",
        "content_index",
        "transcript",
        "event_id",
        "logprobs",
        "phrases",
        Tag("type", "conversation.item.input_audio_transcription.completed"),
        Unsupported("usage", "Azure reports no transcription usage"),
        Unsupported("languages", "Azure reports no detected languages"),
    ),
    # _models.py:5439: every key but item_id optional.
    "ConversationItemInputAudioTranscriptionDeltaEvent": Shape(
        "item_id",
        "event_id",
        "content_index",
        "delta",
        "logprobs",
        Tag("type", "conversation.item.input_audio_transcription.delta"),
    ),
    "ConversationItemInputAudioTranscriptionFailedEvent": Shape(  # 5497
        "item_id",
        "content_index",
        "error",
        "event_id",
        Tag("type", "conversation.item.input_audio_transcription.failed"),
    ),
    # VoiceLiveErrorDetails, _models.py:8650: message is the one required key, code before it in the file.
    "TranscriptionError": Shape(Field("message", required=True), "code", "param", "type", "event_id"),
    "LogProbProperties": Shape("token", "logprob", "bytes"),  # 3214
    "TranscriptionPhrase": Shape(  # 8387
        "offset_milliseconds", "duration_milliseconds", "text", "words", "locale", "confidence"
    ),
    "TranscriptionWord": Shape("text", "offset_milliseconds", "duration_milliseconds"),  # 8442
}

UNSUPPORTED = {
    "ConversationItemInputAudioTranscriptionSegmentEvent": "Azure has no diarized transcription segments",
}
