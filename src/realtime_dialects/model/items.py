"""Conversation items and their content parts."""

from __future__ import annotations

from typing import TypeAlias

import attrs

from ._base import Record, to_tuple
from .common import ImageDetail, ItemStatus, Role

__all__ = [
    "ContentPart",
    "FunctionCallItem",
    "FunctionCallOutputItem",
    "InputAudio",
    "InputImage",
    "InputText",
    "Item",
    "ItemReference",
    "McpApprovalResponseItem",
    "MessageItem",
    "OutputAudio",
    "OutputText",
]

# --------------------------------------------------------------------------- content parts


@attrs.frozen(kw_only=True, repr=False)
class InputText(Record):
    """Text from the user or the system."""

    text: str


@attrs.frozen(kw_only=True, repr=False)
class InputAudio(Record):
    """Base64 audio from the user, with an optional transcript."""

    audio: str
    transcript: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class InputImage(Record):
    """An image from the user, as a URL or data URL."""

    image_url: str
    detail: ImageDetail | None = None


@attrs.frozen(kw_only=True, repr=False)
class OutputText(Record):
    """Text the assistant said (Azure and beta ``text``, GA ``output_text``)."""

    text: str


@attrs.frozen(kw_only=True, repr=False)
class OutputAudio(Record):
    """Audio the assistant said (beta ``audio``, GA ``output_audio``; not in Azure requests)."""

    audio: str | None = None
    transcript: str | None = None


ContentPart: TypeAlias = InputText | InputAudio | InputImage | OutputText | OutputAudio

# --------------------------------------------------------------------------- items


@attrs.frozen(kw_only=True, repr=False)
class MessageItem(Record):
    """A system, user or assistant message.

    System messages take :class:`InputText`; user messages :class:`InputText`,
    :class:`InputAudio` and :class:`InputImage`; assistant messages
    :class:`OutputText` and :class:`OutputAudio`.
    """

    role: Role
    content: tuple[ContentPart, ...] = attrs.field(converter=to_tuple)
    id: str | None = None
    status: ItemStatus | None = None


@attrs.frozen(kw_only=True, repr=False)
class FunctionCallItem(Record):
    """A function call the model made earlier. ``arguments`` is JSON text."""

    name: str
    arguments: str
    call_id: str | None = None
    id: str | None = None
    status: ItemStatus | None = None


@attrs.frozen(kw_only=True, repr=False)
class FunctionCallOutputItem(Record):
    """The result of a function call, as text."""

    call_id: str
    output: str
    id: str | None = None
    status: ItemStatus | None = None


@attrs.frozen(kw_only=True, repr=False)
class McpApprovalResponseItem(Record):
    """An answer to an MCP server's request for approval."""

    approval_request_id: str
    approve: bool
    id: str | None = None
    reason: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class ItemReference(Record):
    """A reference to an item already in the conversation (OpenAI only)."""

    id: str


Item: TypeAlias = MessageItem | FunctionCallItem | FunctionCallOutputItem | McpApprovalResponseItem | ItemReference
