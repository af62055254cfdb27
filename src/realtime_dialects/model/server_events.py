"""Events a server sends about the session, the conversation and the audio buffers, and its errors.

The ``response.*`` stream is in :mod:`.response_events`, input audio transcription in
:mod:`.transcription_events`, MCP, search and hosted-agent progress in
:mod:`.tool_events`, avatar animation and video in :mod:`.avatar_events`;
:data:`.events.ServerEvent` is the union of them all.

Server events are read tolerantly: what a server sends beyond its SDK is kept in
``extra``, an explicit ``null`` is "not set", and open-ended values (codes, types,
names) are plain strings. A field is required only where every dialect that has the
event requires it, so that any dialect's SDK-valid payload reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from ._base import Record, _ServerEvent, to_tuple

if TYPE_CHECKING:
    from .items import Item
    from .session import Session

__all__ = [
    "Conversation",
    "ConversationCreatedEvent",
    "ConversationItemAddedEvent",
    "ConversationItemCreatedEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemDoneEvent",
    "ConversationItemRetrievedEvent",
    "ConversationItemTruncatedEvent",
    "ErrorDetails",
    "ErrorEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferDtmfEventReceivedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "InputAudioBufferTimeoutTriggeredEvent",
    "OutputAudioBufferClearedEvent",
    "OutputAudioBufferStartedEvent",
    "OutputAudioBufferStoppedEvent",
    "RateLimit",
    "RateLimitsUpdatedEvent",
    "SessionCreatedEvent",
    "SessionUpdatedEvent",
    "WarningDetails",
    "WarningEvent",
]

# --------------------------------------------------------------------------- session


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SessionCreatedEvent(_ServerEvent):
    """The session as it starts. Wire: ``session.created`` in every dialect."""

    session: Session


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SessionUpdatedEvent(_ServerEvent):
    """The session after a ``session.update``.

    Wire: ``session.updated`` in every dialect; in beta ``transcription_session.updated``
    when ``session`` is a transcription session (GA says ``session.updated`` for both).
    """

    session: Session


# --------------------------------------------------------------------------- conversation


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Conversation(Record):
    """The conversation a session holds (OpenAI only)."""

    id: str | None = None
    object: Literal["realtime.conversation"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationCreatedEvent(_ServerEvent):
    """The conversation was created. Wire: ``conversation.created`` (GA and beta; not in Azure)."""

    conversation: Conversation


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemCreatedEvent(_ServerEvent):
    """An item entered the conversation. Wire: ``conversation.item.created`` in every dialect.

    GA still sends it but splits the concept into :class:`ConversationItemAddedEvent` and
    :class:`ConversationItemDoneEvent`. ``item`` is optional because Azure's is.
    """

    item: Item | None = None
    previous_item_id: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemAddedEvent(_ServerEvent):
    """An item was added, possibly still in progress. Wire: ``conversation.item.added`` (GA only)."""

    item: Item
    previous_item_id: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemDoneEvent(_ServerEvent):
    """An item is final. Wire: ``conversation.item.done`` (GA only; VoiceLive servers send it too)."""

    item: Item
    previous_item_id: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemRetrievedEvent(_ServerEvent):
    """The item a client asked for. Wire: ``conversation.item.retrieved`` in every dialect."""

    item: Item | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemDeletedEvent(_ServerEvent):
    """An item was deleted. Wire: ``conversation.item.deleted`` in every dialect."""

    item_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ConversationItemTruncatedEvent(_ServerEvent):
    """An assistant audio item was cut at ``audio_end_ms``. Wire: ``conversation.item.truncated`` everywhere."""

    item_id: str
    content_index: int
    audio_end_ms: int


# --------------------------------------------------------------------------- input audio buffer


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferCommittedEvent(_ServerEvent):
    """The input audio buffer became a user item. Wire: ``input_audio_buffer.committed`` everywhere."""

    item_id: str
    previous_item_id: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferClearedEvent(_ServerEvent):
    """The input audio buffer was emptied. Wire: ``input_audio_buffer.cleared`` everywhere."""


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferSpeechStartedEvent(_ServerEvent):
    """Voice activity detection heard speech begin. Wire: ``input_audio_buffer.speech_started`` everywhere."""

    audio_start_ms: int
    item_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferSpeechStoppedEvent(_ServerEvent):
    """Voice activity detection heard speech end. Wire: ``input_audio_buffer.speech_stopped`` everywhere."""

    audio_end_ms: int
    item_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferTimeoutTriggeredEvent(_ServerEvent):
    """The user stayed silent past the idle timeout. Wire: ``input_audio_buffer.timeout_triggered`` (GA only)."""

    audio_start_ms: int
    audio_end_ms: int
    item_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudioBufferDtmfEventReceivedEvent(_ServerEvent):
    """A telephone key was pressed (SIP). Wire: ``input_audio_buffer.dtmf_event_received`` (GA only).

    GA's event has no ``event_id``: one set here is a loss there.
    """

    event: str
    received_at: int


# --------------------------------------------------------------------------- output audio buffer


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OutputAudioBufferStartedEvent(_ServerEvent):
    """The server began playing a response's audio (WebRTC, SIP). Wire: ``output_audio_buffer.started`` (OpenAI)."""

    response_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OutputAudioBufferStoppedEvent(_ServerEvent):
    """The server finished playing a response's audio. Wire: ``output_audio_buffer.stopped`` (OpenAI)."""

    response_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OutputAudioBufferClearedEvent(_ServerEvent):
    """The output audio buffer was emptied. Wire: ``output_audio_buffer.cleared`` everywhere.

    ``response_id`` is optional because Azure's event has none; OpenAI requires it.
    """

    response_id: str | None = None


# --------------------------------------------------------------------------- errors, warnings, rate limits


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ErrorDetails(Record):
    """What went wrong: ``type`` and ``code`` are open strings; ``event_id`` names the client event at fault."""

    type: str
    message: str
    code: str | None = None
    param: str | None = None
    event_id: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ErrorEvent(_ServerEvent):
    """A client or server error; the session stays open. Wire: ``error`` everywhere."""

    error: ErrorDetails


@attrs.frozen(kw_only=True, repr=False, eq=False)
class WarningDetails(Record):
    """A problem that did not stop the session (Azure only)."""

    message: str
    code: str | None = None
    param: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class WarningEvent(_ServerEvent):
    """A non-fatal problem. Wire: ``warning`` (Azure only)."""

    warning: WarningDetails


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RateLimit(Record):
    """One rate limit: ``name`` is ``requests`` or ``tokens`` today, kept open."""

    name: str | None = None
    limit: int | None = None
    remaining: int | None = None
    reset_seconds: float | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RateLimitsUpdatedEvent(_ServerEvent):
    """The rate limits after a response. Wire: ``rate_limits.updated`` (GA and beta; not in Azure)."""

    rate_limits: tuple[RateLimit, ...] = attrs.field(converter=to_tuple)
