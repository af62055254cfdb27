"""Tools the model may call, and how the model is told to choose among them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal, TypeAlias

import attrs

from ._base import JsonValue, Record, to_optional_tuple, to_tuple
from .common import ToolMode

__all__ = [
    "FunctionChoice",
    "FunctionTool",
    "McpApprovalFilter",
    "McpChoice",
    "McpTool",
    "McpToolFilter",
    "Tool",
    "ToolChoice",
]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class FunctionTool(Record):
    """A function the model may call; ``parameters`` is a JSON Schema object."""

    name: str
    description: str | None = None
    parameters: Mapping[str, JsonValue] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpToolFilter(Record):
    """Selects MCP tools by name and/or by their read-only hint."""

    tool_names: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    read_only: bool | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpApprovalFilter(Record):
    """Which MCP tools always, or never, need approval."""

    always: McpToolFilter | None = None
    never: McpToolFilter | None = None


def _tool_selection(value: Iterable[str] | McpToolFilter | None) -> tuple[str, ...] | McpToolFilter | None:
    return value if value is None or isinstance(value, McpToolFilter) else to_tuple(value)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpTool(Record):
    """A remote MCP server whose tools the model may call."""

    server_label: str
    server_url: str | None = None
    authorization: str | None = None
    headers: Mapping[str, str] | None = None
    allowed_tools: tuple[str, ...] | McpToolFilter | None = attrs.field(default=None, converter=_tool_selection)
    require_approval: Literal["always", "never"] | McpApprovalFilter | None = None
    connector_id: str | None = None
    allowed_callers: tuple[Literal["direct", "programmatic"], ...] | None = attrs.field(
        default=None, converter=to_optional_tuple
    )
    defer_loading: bool | None = None
    server_description: str | None = None
    tunnel_id: str | None = None


Tool: TypeAlias = FunctionTool | McpTool


@attrs.frozen(kw_only=True, repr=False, eq=False)
class FunctionChoice(Record):
    """Force the model to call the named function."""

    name: str


@attrs.frozen(kw_only=True, repr=False, eq=False)
class McpChoice(Record):
    """Force the model to call a tool of an MCP server (GA only)."""

    server_label: str
    name: str | None = None


ToolChoice: TypeAlias = ToolMode | FunctionChoice | McpChoice
