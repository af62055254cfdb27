"""OpenAI Realtime GA: conversation items and their content parts.

GA has one form per class for client and server events: required fields, then optional ones,
each group alphabetical (the models' declaration order). Items carry ``object:
"realtime.item"`` where the model declares it; the MCP item classes declare none.
"""

from __future__ import annotations

from ..tables import Field, Shape, Str, Tag, Unsupported

#: GA's MCP item classes have no ``object`` key: the constant servers put on items is dropped.
NO_OBJECT = Unsupported(
    "object", 'OpenAI GA\'s MCP items have no "object" key (the constant "realtime.item" servers put on items)'
)


def _items(status: Field | str) -> dict[str, Shape]:
    """The items with a status: one class per role for messages (same keys), `id` before `call_id`."""
    return {
        "MessageItem": Shape("content", "role", Tag("type", "message"), "id", "object", status),
        "FunctionCallItem": Shape("arguments", "name", Tag("type", "function_call"), "id", "call_id", "object", status),
        "FunctionCallOutputItem": Shape(
            "call_id", "output", Tag("type", "function_call_output"), "id", "object", status
        ),
    }


#: The ``server`` family: a server reports whatever status an item has (the models list the three
#: a client may send), so server events read it as a string and pass it on, as Azure's and beta's do.
SERVER = _items(Field("status", codec=Str()))

SHAPES = {
    **_items("status"),
    "McpApprovalResponseItem": Shape(
        Field("id", required=True),
        "approval_request_id",
        "approve",
        Tag("type", "mcp_approval_response"),
        "reason",
        NO_OBJECT,
    ),
    "McpListToolsItem": Shape("server_label", "tools", Tag("type", "mcp_list_tools"), "id", NO_OBJECT),
    "McpListedTool": Shape("input_schema", "name", "annotations", "description"),
    "McpCallItem": Shape(
        Field("id", required=True),
        "arguments",
        "name",
        "server_label",
        Tag("type", "mcp_call"),
        "approval_request_id",
        "error",
        "output",
        NO_OBJECT,
    ),
    "McpProtocolError": Shape("code", "message", Tag("type", "protocol_error")),
    "McpToolExecutionError": Shape("message", Tag("type", "tool_execution_error")),
    "McpHttpError": Shape("code", "message", Tag("type", "http_error")),
    "McpApprovalRequestItem": Shape(
        Field("id", required=True),
        Field("arguments", required=True),
        "name",
        "server_label",
        Tag("type", "mcp_approval_request"),
        NO_OBJECT,
    ),
    # Only in the TypedDict RealtimeResponseCreateParamsWithReferencesParam: declaration order id, type.
    "ItemReference": Shape("id", Tag("type", "item_reference")),
    # Content parts: one optional-field model per role, fields alphabetical.
    "InputText": Shape("text", Tag("type", "input_text")),
    "InputAudio": Shape("audio", "transcript", Tag("type", "input_audio")),
    "InputImage": Shape("detail", "image_url", Tag("type", "input_image")),
    "OutputText": Shape("text", Tag("type", "output_text")),
    "OutputAudio": Shape("audio", "transcript", Tag("type", "output_audio")),
}
