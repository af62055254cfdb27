"""OpenAI Realtime GA: progress of MCP tool listings and calls."""

from __future__ import annotations

from ..tables import Shape, Tag

SHAPES = {
    "McpListToolsInProgressEvent": Shape("event_id", "item_id", Tag("type", "mcp_list_tools.in_progress")),
    "McpListToolsCompletedEvent": Shape("event_id", "item_id", Tag("type", "mcp_list_tools.completed")),
    "McpListToolsFailedEvent": Shape("event_id", "item_id", Tag("type", "mcp_list_tools.failed")),
    "ResponseMcpCallArgumentsDeltaEvent": Shape(
        "delta",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.mcp_call_arguments.delta"),
        "obfuscation",
    ),
    "ResponseMcpCallArgumentsDoneEvent": Shape(
        "arguments",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        Tag("type", "response.mcp_call_arguments.done"),
    ),
    "ResponseMcpCallInProgressEvent": Shape(
        "event_id", "item_id", "output_index", Tag("type", "response.mcp_call.in_progress")
    ),
    "ResponseMcpCallCompletedEvent": Shape(
        "event_id", "item_id", "output_index", Tag("type", "response.mcp_call.completed")
    ),
    "ResponseMcpCallFailedEvent": Shape("event_id", "item_id", "output_index", Tag("type", "response.mcp_call.failed")),
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
