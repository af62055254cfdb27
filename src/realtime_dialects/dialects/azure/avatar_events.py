"""Azure VoiceLive: what drives a talking avatar (animation, visemes, word timestamps, video, avatar state)."""

from __future__ import annotations

from ..tables import Shape, Tag

#: response_id, item_id, output_index, content_index: the content part an animation delta belongs to.
PART = ("response_id", "item_id", "output_index", "content_index")

SHAPES = {
    # _models.py:6047. Frames are rows of numbers (each kept in the JSON form read) or one string.
    "ResponseAnimationBlendshapeDeltaEvent": Shape(
        *PART, "frames", "frame_index", "event_id", Tag("type", "response.animation_blendshapes.delta")
    ),
    "ResponseAnimationBlendshapeDoneEvent": Shape(  # 6110: no content_index
        "response_id", "item_id", "output_index", "event_id", Tag("type", "response.animation_blendshapes.done")
    ),
    "ResponseAnimationVisemeDeltaEvent": Shape(
        *PART, "audio_offset_ms", "viseme_id", "event_id", Tag("type", "response.animation_viseme.delta")
    ),
    "ResponseAnimationVisemeDoneEvent": Shape(*PART, "event_id", Tag("type", "response.animation_viseme.done")),
    # _models.py:6446-6447: __init__ assigns type, then the constant timestamp_type "word". Written
    # after type; read and checked (the SDK would silently overwrite another value: we refuse it).
    "ResponseAudioTimestampDeltaEvent": Shape(
        *PART,
        "audio_offset_ms",
        "audio_duration_ms",
        "text",
        "event_id",
        Tag("type", "response.audio_timestamp.delta"),
        Tag("timestamp_type", "word"),
    ),
    "ResponseAudioTimestampDoneEvent": Shape(*PART, "event_id", Tag("type", "response.audio_timestamp.done")),
    "ResponseVideoDeltaEvent": Shape(  # 7639: delta is base64 video, kept as text
        "output_index", "codec", "delta", "event_id", Tag("type", "response.video.delta")
    ),
    "SessionAvatarConnectingEvent": Shape("server_sdp", "event_id", Tag("type", "session.avatar.connecting")),
    "SessionAvatarSwitchToIdleEvent": Shape("event_id", "turn_id", Tag("type", "session.avatar.switch_to_idle")),
    "SessionAvatarSwitchToSpeakingEvent": Shape(
        "event_id", "turn_id", Tag("type", "session.avatar.switch_to_speaking")
    ),
}
