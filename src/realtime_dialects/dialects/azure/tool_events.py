"""Azure VoiceLive: progress of MCP calls, web and file searches, and hosted agents."""

from __future__ import annotations

from ..tables import Shape, Tag

#: The web and file search events: response_id, item_id, output_index, sequence_number, event_id.
SEARCH = ("response_id", "item_id", "output_index", "sequence_number", "event_id")

SHAPES = {
    "McpListToolsInProgressEvent": Shape("item_id", "event_id", Tag("type", "mcp_list_tools.in_progress")),
    "McpListToolsCompletedEvent": Shape("item_id", "event_id", Tag("type", "mcp_list_tools.completed")),
    "McpListToolsFailedEvent": Shape("item_id", "event_id", Tag("type", "mcp_list_tools.failed")),
    # _models.py:7203: delta, item_id, response_id (not the order of the other deltas).
    "ResponseMcpCallArgumentsDeltaEvent": Shape(
        "delta",
        "item_id",
        "response_id",
        "output_index",
        "event_id",
        "obfuscation",
        Tag("type", "response.mcp_call_arguments.delta"),
    ),
    "ResponseMcpCallArgumentsDoneEvent": Shape(  # 7259
        "item_id",
        "response_id",
        "output_index",
        "event_id",
        "arguments",
        Tag("type", "response.mcp_call_arguments.done"),
    ),
    "ResponseMcpCallInProgressEvent": Shape(
        "item_id", "output_index", "event_id", Tag("type", "response.mcp_call.in_progress")
    ),
    "ResponseMcpCallCompletedEvent": Shape(
        "item_id", "output_index", "event_id", Tag("type", "response.mcp_call.completed")
    ),
    "ResponseMcpCallFailedEvent": Shape("item_id", "output_index", "event_id", Tag("type", "response.mcp_call.failed")),
    "ResponseWebSearchCallInProgressEvent": Shape(*SEARCH, Tag("type", "response.web_search_call.in_progress")),
    "ResponseWebSearchCallSearchingEvent": Shape(*SEARCH, Tag("type", "response.web_search_call.searching")),
    "ResponseWebSearchCallCompletedEvent": Shape(*SEARCH, Tag("type", "response.web_search_call.completed")),
    "ResponseFileSearchCallInProgressEvent": Shape(*SEARCH, Tag("type", "response.file_search_call.in_progress")),
    "ResponseFileSearchCallSearchingEvent": Shape(*SEARCH, Tag("type", "response.file_search_call.searching")),
    "ResponseFileSearchCallCompletedEvent": Shape(*SEARCH, Tag("type", "response.file_search_call.completed")),
    # _models.py:7165: delta is a free JSON object, kept as read.
    "ResponseInvocationDeltaEvent": Shape("delta", "event_id", Tag("type", "response.invocation.delta")),
}
