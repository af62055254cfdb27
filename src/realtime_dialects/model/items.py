"""Conversation items and their content parts, as clients create them and servers report them.

Items are shared by client and server events: a client creates messages and
function outputs; a server reports the same kinds plus the calls the model makes
(MCP, web search, file search). Fields a server always sets but a client may omit
(``id``, ``status``, an audio part's ``audio``) are optional here; each dialect says which it requires.
``object`` is the constant ``"realtime.item"`` servers put on items: kept so that a server
event is written back as read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, TypeAlias

import attrs

from ._base import JsonValue, Record, to_optional_tuple, to_tuple

if TYPE_CHECKING:
    from .common import ImageDetail, ItemStatus, Role

__all__ = [
    "ContentPart",
    "FileSearchCallItem",
    "FileSearchResult",
    "FunctionCallItem",
    "FunctionCallOutputItem",
    "InputAudio",
    "InputImage",
    "InputText",
    "Item",
    "ItemReference",
    "McpApprovalRequestItem",
    "McpApprovalResponseItem",
    "McpCallItem",
    "McpError",
    "McpHttpError",
    "McpListToolsItem",
    "McpListedTool",
    "McpProtocolError",
    "McpToolExecutionError",
    "MessageItem",
    "OutputAudio",
    "OutputText",
    "WebSearchCallItem",
]

# --------------------------------------------------------------------------- content parts


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputText(Record):
    """Text from the user or the system."""

    text: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputAudio(Record):
    """Base64 audio from the user, with an optional transcript.

    ``audio`` is required when a client sends the part; servers echoing a user's
    audio message send only the transcript.
    """

    audio: str | None = None
    transcript: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class InputImage(Record):
    """An image from the user, as a URL or data URL."""

    image_url: str
    detail: ImageDetail | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OutputText(Record):
    """Text the assistant said (Azure and beta ``text``, GA ``output_text``)."""

    text: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class OutputAudio(Record):
    """Audio the assistant said (beta ``audio``, GA ``output_audio``; not in Azure requests)."""

    audio: str | None = None
    transcript: str | None = None


ContentPart: TypeAlias = InputText | InputAudio | InputImage | OutputText | OutputAudio

# --------------------------------------------------------------------------- items


@attrs.frozen(kw_only=True, repr=False, eq=False)
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
    object: Literal["realtime.item"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class FunctionCallItem(Record):
    """A function call the model made earlier. ``arguments`` is JSON text."""

    name: str
    arguments: str
    call_id: str | None = None
    id: str | None = None
    status: ItemStatus | None = None
    object: Literal["realtime.item"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class FunctionCallOutputItem(Record):
    """The result of a function call, as text."""

    call_id: str
    output: str
    id: str | None = None
    status: ItemStatus | None = None
    object: Literal["realtime.item"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpApprovalResponseItem(Record):
    """An answer to an MCP server's request for approval."""

    approval_request_id: str
    approve: bool
    id: str | None = None
    reason: str | None = None
    object: Literal["realtime.item"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ItemReference(Record):
    """A reference to an item already in the conversation (OpenAI only)."""

    id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpListedTool(Record):
    """A tool an MCP server lists: its name and JSON Schema input."""

    name: str
    #: Any JSON value, a ``null`` too (as the SDKs type it: Azure's ``Any``, GA's ``object``).
    input_schema: JsonValue
    description: str | None = None
    annotations: JsonValue | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpListToolsItem(Record):
    """The tools an MCP server offers, as the server listed them."""

    server_label: str
    tools: tuple[McpListedTool, ...] = attrs.field(converter=to_tuple)
    id: str | None = None
    object: Literal["realtime.item"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpProtocolError(Record):
    """An MCP call failed in the MCP protocol."""

    code: int
    message: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpToolExecutionError(Record):
    """An MCP tool ran and failed."""

    message: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpHttpError(Record):
    """An MCP call failed at the HTTP level."""

    code: int
    message: str


McpError: TypeAlias = McpProtocolError | McpToolExecutionError | McpHttpError


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpCallItem(Record):
    """A call of an MCP server's tool, with its output or error. ``arguments`` is JSON text."""

    name: str
    server_label: str
    arguments: str
    id: str | None = None
    approval_request_id: str | None = None
    output: str | None = None
    error: McpError | None = None
    object: Literal["realtime.item"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpApprovalRequestItem(Record):
    """An MCP server asking the user to approve a call. ``arguments`` is JSON text."""

    name: str
    server_label: str
    arguments: str | None = None
    id: str | None = None
    object: Literal["realtime.item"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class WebSearchCallItem(Record):
    """A web search the model ran (Azure only).

    ``status``: ``in_progress``, ``searching``, ``completed``, ``failed`` or a newer one.
    """

    status: str
    id: str | None = None
    object: Literal["realtime.item"] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class FileSearchResult(Record):
    """One file a file search matched."""

    file_id: str | None = None
    filename: str | None = None
    score: float | None = None
    text: str | None = None
    attributes: Mapping[str, str] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class FileSearchCallItem(Record):
    """A file search the model ran, with its queries and results (Azure only).

    ``status``: ``in_progress``, ``searching``, ``completed``, ``incomplete``,
    ``failed`` or a newer one.
    """

    status: str
    id: str | None = None
    queries: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    results: tuple[FileSearchResult, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    object: Literal["realtime.item"] | None = None


Item: TypeAlias = (
    MessageItem
    | FunctionCallItem
    | FunctionCallOutputItem
    | McpApprovalResponseItem
    | ItemReference
    | McpListToolsItem
    | McpCallItem
    | McpApprovalRequestItem
    | WebSearchCallItem
    | FileSearchCallItem
)
