"""Azure VoiceLive: tools and tool choices."""

from __future__ import annotations

from typing import Any

from .._runtime import BAD, Flag, Invalid, describe
from ..tables import Custom, Field, Shape, Tag, Unsupported


def _read_tool_names(value: Any) -> tuple[str, ...]:
    if value.__class__ is not list:
        raise Invalid.expected("a list", value)
    bad = [
        ((index,), f"expected a string, got {describe(name)}")
        for index, name in enumerate(value)
        if name.__class__ is not str
    ]
    if bad:
        raise Invalid(bad)
    return tuple(value)


def _write_tool_names(value: Any, ctx: Any, chain: Any) -> Any:
    from ... import model as m

    if type(value) is m.McpToolFilter:
        if value.read_only is not None:
            return Flag("Azure cannot select MCP tools by their read_only hint")
        if value.tool_names is None:  # GA's {}: whether it selects every tool or none is not said
            return Flag("Azure selects MCP tools by a list of names; a filter that names none has no list")
        value = value.tool_names
    if type(value) is not tuple and type(value) is not list:
        return BAD
    bad = [((index,), "expected a string") for index, name in enumerate(value) if type(name) is not str]
    if bad:
        raise Invalid(bad)
    return list(value)


def _read_tool_filter(value: Any) -> Any:
    from ... import model as m

    return m.McpToolFilter(tool_names=_read_tool_names(value))


#: Azure lists MCP tools by name only (``["search"]``): the tools an MCP server offers.
TOOL_NAMES = Custom(_read_tool_names, _write_tool_names, "a list of strings", (list,), (tuple, list, "McpToolFilter"))
#: The same lists inside ``require_approval``, read as name-only tool filters.
TOOL_FILTER = Custom(_read_tool_filter, _write_tool_names, "a list of strings", (list,), (tuple, list, "McpToolFilter"))

SHAPES = {
    "FunctionTool": Shape("name", "description", "parameters", Tag("type", "function")),
    "McpTool": Shape(
        "server_label",
        Field("server_url", required=True),
        "authorization",
        "headers",
        Field("allowed_tools", codec=TOOL_NAMES),
        "require_approval",
        Unsupported("connector_id", "Azure MCP tools have no connector_id"),
        Unsupported("allowed_callers", "Azure MCP tools have no allowed_callers"),
        Unsupported("defer_loading", "Azure MCP tools have no defer_loading"),
        Unsupported("server_description", "Azure MCP tools have no server_description"),
        Unsupported("tunnel_id", "Azure MCP tools have no tunnel_id"),
        Tag("type", "mcp"),
    ),
    "McpApprovalFilter": Shape(Field("always", codec=TOOL_FILTER), Field("never", codec=TOOL_FILTER)),
    "FunctionChoice": Shape("name", Tag("type", "function")),
}
