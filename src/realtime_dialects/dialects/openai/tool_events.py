"""OpenAI Realtime beta: no MCP, search or hosted-agent events; GA's and Azure's are losses here."""

from __future__ import annotations

_MCP = "OpenAI Realtime beta has no MCP tools"
UNSUPPORTED = {
    "McpListToolsInProgressEvent": _MCP,
    "McpListToolsCompletedEvent": _MCP,
    "McpListToolsFailedEvent": _MCP,
    "ResponseMcpCallArgumentsDeltaEvent": _MCP,
    "ResponseMcpCallArgumentsDoneEvent": _MCP,
    "ResponseMcpCallInProgressEvent": _MCP,
    "ResponseMcpCallCompletedEvent": _MCP,
    "ResponseMcpCallFailedEvent": _MCP,
    "ResponseWebSearchCallInProgressEvent": "OpenAI Realtime beta has no web search tool",
    "ResponseWebSearchCallSearchingEvent": "OpenAI Realtime beta has no web search tool",
    "ResponseWebSearchCallCompletedEvent": "OpenAI Realtime beta has no web search tool",
    "ResponseFileSearchCallInProgressEvent": "OpenAI Realtime beta has no file search tool",
    "ResponseFileSearchCallSearchingEvent": "OpenAI Realtime beta has no file search tool",
    "ResponseFileSearchCallCompletedEvent": "OpenAI Realtime beta has no file search tool",
    "ResponseInvocationDeltaEvent": "OpenAI Realtime beta has no hosted agents (response.invocation.delta)",
}
