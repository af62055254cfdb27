"""Progress of the tools a response uses beyond functions: MCP servers, web and file search, hosted agents.

MCP events exist in Azure and GA (not in beta); search and hosted-agent events in Azure
alone. Wire types are the same in every dialect that has the event.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from ._base import _ServerEvent

if TYPE_CHECKING:
    from ._base import JsonValue

__all__ = [
    "McpListToolsCompletedEvent",
    "McpListToolsFailedEvent",
    "McpListToolsInProgressEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseInvocationDeltaEvent",
    "ResponseMcpCallArgumentsDeltaEvent",
    "ResponseMcpCallArgumentsDoneEvent",
    "ResponseMcpCallCompletedEvent",
    "ResponseMcpCallFailedEvent",
    "ResponseMcpCallInProgressEvent",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
]

# --------------------------------------------------------------------------- MCP: listing a server's tools


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpListToolsInProgressEvent(_ServerEvent):
    """The server is listing an MCP server's tools. Wire: ``mcp_list_tools.in_progress`` (Azure, GA)."""

    item_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpListToolsCompletedEvent(_ServerEvent):
    """An MCP server's tools are listed (in the item). Wire: ``mcp_list_tools.completed`` (Azure, GA)."""

    item_id: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpListToolsFailedEvent(_ServerEvent):
    """An MCP server's tools could not be listed. Wire: ``mcp_list_tools.failed`` (Azure, GA)."""

    item_id: str


# --------------------------------------------------------------------------- MCP: calling a tool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseMcpCallArgumentsDeltaEvent(_ServerEvent):
    """A piece of an MCP tool call's JSON arguments. Wire: ``response.mcp_call_arguments.delta`` (Azure, GA).

    ``obfuscation``: "if present, indicates the delta text was obfuscated" (GA's words).
    """

    response_id: str
    item_id: str
    output_index: int
    delta: str
    obfuscation: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseMcpCallArgumentsDoneEvent(_ServerEvent):
    """An MCP tool call's complete JSON arguments. Wire: ``response.mcp_call_arguments.done`` (Azure, GA).

    ``arguments`` is optional because Azure's is; GA requires it.
    """

    response_id: str
    item_id: str
    output_index: int
    arguments: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseMcpCallInProgressEvent(_ServerEvent):
    """An MCP tool call started. Wire: ``response.mcp_call.in_progress`` (Azure, GA)."""

    item_id: str
    output_index: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseMcpCallCompletedEvent(_ServerEvent):
    """An MCP tool call succeeded. Wire: ``response.mcp_call.completed`` (Azure, GA)."""

    item_id: str
    output_index: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseMcpCallFailedEvent(_ServerEvent):
    """An MCP tool call failed (the error is in the item). Wire: ``response.mcp_call.failed`` (Azure, GA)."""

    item_id: str
    output_index: int


# --------------------------------------------------------------------------- web search


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseWebSearchCallInProgressEvent(_ServerEvent):
    """A web search call started. Wire: ``response.web_search_call.in_progress`` (Azure only)."""

    response_id: str
    item_id: str
    output_index: int
    sequence_number: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseWebSearchCallSearchingEvent(_ServerEvent):
    """A web search call is searching. Wire: ``response.web_search_call.searching`` (Azure only)."""

    response_id: str
    item_id: str
    output_index: int
    sequence_number: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseWebSearchCallCompletedEvent(_ServerEvent):
    """A web search call finished. Wire: ``response.web_search_call.completed`` (Azure only)."""

    response_id: str
    item_id: str
    output_index: int
    sequence_number: int


# --------------------------------------------------------------------------- file search


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseFileSearchCallInProgressEvent(_ServerEvent):
    """A file search call started. Wire: ``response.file_search_call.in_progress`` (Azure only)."""

    response_id: str
    item_id: str
    output_index: int
    sequence_number: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseFileSearchCallSearchingEvent(_ServerEvent):
    """A file search call is searching. Wire: ``response.file_search_call.searching`` (Azure only)."""

    response_id: str
    item_id: str
    output_index: int
    sequence_number: int


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseFileSearchCallCompletedEvent(_ServerEvent):
    """A file search call finished. Wire: ``response.file_search_call.completed`` (Azure only)."""

    response_id: str
    item_id: str
    output_index: int
    sequence_number: int


# --------------------------------------------------------------------------- hosted agents


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseInvocationDeltaEvent(_ServerEvent):
    """A hosted agent's non-speech event, as opaque JSON. Wire: ``response.invocation.delta`` (Azure only)."""

    delta: Mapping[str, JsonValue]
