"""OpenAI Realtime beta: no avatar events; Azure's are losses here."""

from __future__ import annotations

_ANIMATION = "OpenAI Realtime beta has no avatar animation"
UNSUPPORTED = {
    "ResponseAnimationBlendshapeDeltaEvent": _ANIMATION,
    "ResponseAnimationBlendshapeDoneEvent": _ANIMATION,
    "ResponseAnimationVisemeDeltaEvent": _ANIMATION,
    "ResponseAnimationVisemeDoneEvent": _ANIMATION,
    "ResponseAudioTimestampDeltaEvent": "OpenAI Realtime beta has no word timestamps of the output audio",
    "ResponseAudioTimestampDoneEvent": "OpenAI Realtime beta has no word timestamps of the output audio",
    "ResponseVideoDeltaEvent": "OpenAI Realtime beta has no avatar video",
    "SessionAvatarConnectingEvent": "OpenAI Realtime beta has no avatars",
    "SessionAvatarSwitchToIdleEvent": "OpenAI Realtime beta has no avatars",
    "SessionAvatarSwitchToSpeakingEvent": "OpenAI Realtime beta has no avatars",
}
