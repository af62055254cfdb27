"""What drives a talking avatar (Azure only): animation frames, visemes, word timestamps, video, avatar state.

Numbers stay numbers: blendshape frames are rows of floats (or, as the SDK allows, one
string), visemes integer ids at millisecond offsets. Video stays base64 text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeAlias

import attrs

from ._base import _ServerEvent, to_tuple

__all__ = [
    "BlendshapeFrames",
    "ResponseAnimationBlendshapeDeltaEvent",
    "ResponseAnimationBlendshapeDoneEvent",
    "ResponseAnimationVisemeDeltaEvent",
    "ResponseAnimationVisemeDoneEvent",
    "ResponseAudioTimestampDeltaEvent",
    "ResponseAudioTimestampDoneEvent",
    "ResponseVideoDeltaEvent",
    "SessionAvatarConnectingEvent",
    "SessionAvatarSwitchToIdleEvent",
    "SessionAvatarSwitchToSpeakingEvent",
]

#: Blendshape animation frames: one row of weights per frame, or the SDK's string form.
BlendshapeFrames: TypeAlias = tuple[tuple[float, ...], ...] | str


def to_frames(value: Iterable[Iterable[float]] | str) -> BlendshapeFrames:
    """attrs converter: lists of lists become tuples of tuples; a string is kept."""
    if isinstance(value, str):
        return value
    rows: Any = to_tuple(value)
    if type(rows) is not tuple:
        # Not a sequence: kept as given, so that writing reports it with its wire path.
        return rows  # type: ignore[no-any-return]
    return tuple(to_tuple(row) for row in rows)


# --------------------------------------------------------------------------- animation


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseAnimationBlendshapeDeltaEvent(_ServerEvent):
    """Blendshape frames starting at ``frame_index``. Wire: ``response.animation_blendshapes.delta``."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    frames: BlendshapeFrames = attrs.field(converter=to_frames)
    frame_index: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseAnimationBlendshapeDoneEvent(_ServerEvent):
    """An output item's blendshape frames are complete. Wire: ``response.animation_blendshapes.done``."""

    response_id: str
    item_id: str
    output_index: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseAnimationVisemeDeltaEvent(_ServerEvent):
    """The viseme (mouth shape) ``viseme_id`` at ``audio_offset_ms``. Wire: ``response.animation_viseme.delta``."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    audio_offset_ms: int
    viseme_id: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseAnimationVisemeDoneEvent(_ServerEvent):
    """A content part's visemes are complete. Wire: ``response.animation_viseme.done``."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int


# --------------------------------------------------------------------------- word timestamps


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseAudioTimestampDeltaEvent(_ServerEvent):
    """Where a spoken word lies in the output audio. Wire: ``response.audio_timestamp.delta``.

    The wire also carries ``"timestamp_type": "word"``, a constant the SDK writes itself.
    """

    response_id: str
    item_id: str
    output_index: int
    content_index: int
    audio_offset_ms: int
    audio_duration_ms: int
    text: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseAudioTimestampDoneEvent(_ServerEvent):
    """A content part's word timestamps are complete. Wire: ``response.audio_timestamp.done``."""

    response_id: str
    item_id: str
    output_index: int
    content_index: int


# --------------------------------------------------------------------------- video and avatar state


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseVideoDeltaEvent(_ServerEvent):
    """Avatar video frame data, base64, in ``codec``. Wire: ``response.video.delta``."""

    output_index: int
    codec: str
    delta: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SessionAvatarConnectingEvent(_ServerEvent):
    """The server's SDP answer for the avatar's media connection. Wire: ``session.avatar.connecting``."""

    server_sdp: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SessionAvatarSwitchToIdleEvent(_ServerEvent):
    """The avatar went idle after the turn ``turn_id``. Wire: ``session.avatar.switch_to_idle``."""

    turn_id: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SessionAvatarSwitchToSpeakingEvent(_ServerEvent):
    """The avatar began speaking the turn ``turn_id``. Wire: ``session.avatar.switch_to_speaking``."""

    turn_id: str | None = None
