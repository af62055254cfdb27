"""Events a client sends (those asking for a response are in ``client_response_events``) and
:data:`ClientEvent`, the union of them all.

Each class is one event concept, named after OpenAI GA where the dialects share
it and after Azure where only Azure has it. Its docstring gives the wire ``type``
in each dialect; "—" means the dialect has no such event (writing it there is a
loss at ``$``).

>>> from realtime_dialects.model import ConversationItemCreateEvent, InputText, MessageItem
>>> ConversationItemCreateEvent(item=MessageItem(role="user", content=[InputText(text="Hi")]))
ConversationItemCreateEvent(item=MessageItem(role='user', content=(InputText(text='Hi'),)))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, TypeAlias

import attrs

from ._base import Range, _ClientEvent
from .client_response_events import ResponseCancelEvent, ResponseCreateEvent

if TYPE_CHECKING:
    from .common import Milliseconds
    from .items import Item
    from .session import Session

__all__ = [
    "ClientEvent",
    "ConversationItemCreateEvent",
    "ConversationItemDeleteEvent",
    "ConversationItemRetrieveEvent",
    "ConversationItemTruncateEvent",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferClearEvent",
    "InputAudioBufferCommitEvent",
    "InputAudioClearEvent",
    "InputAudioTurnAppendEvent",
    "InputAudioTurnCancelEvent",
    "InputAudioTurnEndEvent",
    "InputAudioTurnStartEvent",
    "InputTextDeltaEvent",
    "InputTextDoneEvent",
    "OutputAudioBufferClearEvent",
    "SessionAvatarConnectEvent",
    "SessionUpdateEvent",
]


# --------------------------------------------------------------------------- session


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SessionUpdateEvent(_ClientEvent):
    """Change the session's configuration; fields left unset keep their value.

    Wire type: ``session.update`` in every dialect, except that OpenAI beta sends a
    :class:`~realtime_dialects.model.TranscriptionSession` as
    ``transcription_session.update``. Azure has no transcription sessions.
    """

    session: Session


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SessionAvatarConnectEvent(_ClientEvent):
    """Azure ``session.avatar.connect``: the client's WebRTC SDP offer for the avatar video (OpenAI: —)."""

    client_sdp: str


# --------------------------------------------------------------------------- input audio


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferAppendEvent(_ClientEvent):
    """``input_audio_buffer.append`` (every dialect): base64 audio added to the input buffer."""

    audio: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferCommitEvent(_ClientEvent):
    """``input_audio_buffer.commit`` (every dialect): turn the input buffer into a user message."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferClearEvent(_ClientEvent):
    """``input_audio_buffer.clear`` (every dialect): drop the uncommitted input audio."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OutputAudioBufferClearEvent(_ClientEvent):
    """``output_audio_buffer.clear`` (every dialect): stop the audio the server is playing out."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioClearEvent(_ClientEvent):
    """Azure ``input_audio.clear``: drop all input audio, buffered or in a turn (OpenAI: —)."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioTurnStartEvent(_ClientEvent):
    """Azure ``input_audio.turn.start``: begin a client-delimited user turn (OpenAI: —)."""

    turn_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioTurnAppendEvent(_ClientEvent):
    """Azure ``input_audio.turn.append``: base64 audio added to a turn (OpenAI: —)."""

    turn_id: str
    audio: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioTurnEndEvent(_ClientEvent):
    """Azure ``input_audio.turn.end``: the turn is complete (OpenAI: —)."""

    turn_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioTurnCancelEvent(_ClientEvent):
    """Azure ``input_audio.turn.cancel``: discard a turn (OpenAI: —)."""

    turn_id: str


# --------------------------------------------------------------------------- input text


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputTextDeltaEvent(_ClientEvent):
    """Azure ``input_text.delta``: text streamed into a user item (OpenAI: —).

    ``item_id`` is the wire key ``id``.
    """

    item_id: str
    delta: str
    content_index: Annotated[int, Range(0)] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputTextDoneEvent(_ClientEvent):
    """Azure ``input_text.done``: the streamed text of a user item is complete (OpenAI: —).

    ``item_id`` is the wire key ``id``.
    """

    item_id: str
    content_index: Annotated[int, Range(0)] | None = None


# --------------------------------------------------------------------------- conversation


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemCreateEvent(_ClientEvent):
    """``conversation.item.create`` (every dialect): add an item after ``previous_item_id``, or at the end.

    ``previous_item_id="root"`` inserts at the beginning.
    """

    item: Item
    previous_item_id: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemRetrieveEvent(_ClientEvent):
    """``conversation.item.retrieve`` (every dialect; beta has no OpenAI-DotNet class): ask for an item."""

    item_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemTruncateEvent(_ClientEvent):
    """``conversation.item.truncate`` (every dialect): cut an assistant message's audio at ``audio_end_ms``."""

    item_id: str
    content_index: Annotated[int, Range(0)]
    audio_end_ms: Milliseconds


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemDeleteEvent(_ClientEvent):
    """``conversation.item.delete`` (every dialect): remove an item."""

    item_id: str


ClientEvent: TypeAlias = (
    SessionUpdateEvent
    | SessionAvatarConnectEvent
    | InputAudioBufferAppendEvent
    | InputAudioBufferCommitEvent
    | InputAudioBufferClearEvent
    | OutputAudioBufferClearEvent
    | InputAudioClearEvent
    | InputAudioTurnStartEvent
    | InputAudioTurnAppendEvent
    | InputAudioTurnEndEvent
    | InputAudioTurnCancelEvent
    | InputTextDeltaEvent
    | InputTextDoneEvent
    | ConversationItemCreateEvent
    | ConversationItemRetrieveEvent
    | ConversationItemTruncateEvent
    | ConversationItemDeleteEvent
    | ResponseCreateEvent
    | ResponseCancelEvent
)
