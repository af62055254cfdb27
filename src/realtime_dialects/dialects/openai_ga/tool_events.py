"""OpenAI Realtime GA: progress of MCP tool listings and calls."""

from __future__ import annotations

from ..tables import Field, Shape, Tag
from .server_events import EVENT_ID

SHAPES = {
    "McpListToolsInProgressEvent": Shape(EVENT_ID, "item_id", Tag("type", "mcp_list_tools.in_progress")),
    "McpListToolsCompletedEvent": Shape(EVENT_ID, "item_id", Tag("type", "mcp_list_tools.completed")),
    "McpListToolsFailedEvent": Shape(EVENT_ID, "item_id", Tag("type", "mcp_list_tools.failed")),
    "ResponseMcpCallArgumentsDeltaEvent": Shape(
        "delta",
        EVENT_ID,
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.mcp_call_arguments.delta"),
        "obfuscation",
    ),
    "ResponseMcpCallArgumentsDoneEvent": Shape(
        Field("arguments", required=True),
        EVENT_ID,
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.mcp_call_arguments.done"),
    ),
    "ResponseMcpCallInProgressEvent": Shape(
        EVENT_ID, "item_id", "output_index", Tag("type", "response.mcp_call.in_progress")
    ),
    "ResponseMcpCallCompletedEvent": Shape(
        EVENT_ID, "item_id", "output_index", Tag("type", "response.mcp_call.completed")
    ),
    "ResponseMcpCallFailedEvent": Shape(EVENT_ID, "item_id", "output_index", Tag("type", "response.mcp_call.failed")),
}

_SEARCH = "OpenAI GA has no web search tool"
_FILES = "OpenAI GA has no file search tool"
UNSUPPORTED = {
    "ResponseWebSearchCallInProgressEvent": _SEARCH,
    "ResponseWebSearchCallSearchingEvent": _SEARCH,
    "ResponseWebSearchCallCompletedEvent": _SEARCH,
    "ResponseFileSearchCallInProgressEvent": _FILES,
    "ResponseFileSearchCallSearchingEvent": _FILES,
    "ResponseFileSearchCallCompletedEvent": _FILES,
    "ResponseInvocationDeltaEvent": "OpenAI GA has no hosted agents (response.invocation.delta)",
}
