"""OpenAI Realtime GA: no avatar events; Azure's are losses here."""

from __future__ import annotations

_ANIMATION = "OpenAI GA has no avatar animation"
UNSUPPORTED = {
    "ResponseAnimationBlendshapeDeltaEvent": _ANIMATION,
    "ResponseAnimationBlendshapeDoneEvent": _ANIMATION,
    "ResponseAnimationVisemeDeltaEvent": _ANIMATION,
    "ResponseAnimationVisemeDoneEvent": _ANIMATION,
    "ResponseAudioTimestampDeltaEvent": "OpenAI GA has no word timestamps of the output audio",
    "ResponseAudioTimestampDoneEvent": "OpenAI GA has no word timestamps of the output audio",
    "ResponseVideoDeltaEvent": "OpenAI GA has no avatar video",
    "SessionAvatarConnectingEvent": "OpenAI GA has no avatars",
    "SessionAvatarSwitchToIdleEvent": "OpenAI GA has no avatars",
    "SessionAvatarSwitchToSpeakingEvent": "OpenAI GA has no avatars",
}
