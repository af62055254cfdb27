"""OpenAI Realtime GA: tools and tool choices."""

from __future__ import annotations

from ..tables import Choice, Field, Shape, Tag

CONNECTOR_ID = Choice(
    {
        name: name
        for name in (
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        )
    }
)

SHAPES = {
    "FunctionTool": Shape("description", "name", "parameters", Tag("type", "function")),
    "McpTool": Shape(
        "server_label",
        Tag("type", "mcp"),
        "allowed_callers",
        "allowed_tools",
        "authorization",
        Field("connector_id", codec=CONNECTOR_ID),
        "defer_loading",
        "headers",
        "require_approval",
        "server_description",
        "server_url",
        "tunnel_id",
    ),
    "McpToolFilter": Shape("read_only", "tool_names"),
    "McpApprovalFilter": Shape("always", "never"),
    "FunctionChoice": Shape("name", Tag("type", "function")),
    "McpChoice": Shape("server_label", Tag("type", "mcp"), "name"),
}
