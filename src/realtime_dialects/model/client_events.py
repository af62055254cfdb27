"""Events a client sends."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal, TypeAlias

import attrs

from ._base import Event

if TYPE_CHECKING:
    from .response import ResponseCreateParams

__all__ = ["ClientEvent", "ResponseCreateEvent"]


@attrs.frozen(kw_only=True, repr=False)
class _ClientEvent(Event):
    direction: ClassVar[Literal["client", "server"]] = "client"


@attrs.frozen(kw_only=True, repr=False)
class ResponseCreateEvent(_ClientEvent):
    """``response.create``: ask the server for a response.

    ``additional_instructions`` is Azure's per-response text appended to the
    session instructions; OpenAI has no equivalent.
    """

    response: ResponseCreateParams | None = None
    additional_instructions: str | None = None


ClientEvent: TypeAlias = ResponseCreateEvent
