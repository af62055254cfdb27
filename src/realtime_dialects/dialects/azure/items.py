"""Azure VoiceLive: conversation items and their content parts."""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Unsupported

SHAPES = {
    # Items: the caller's fields, then `type`, then `role` (set by the subclass).
    "MessageItem": Shape("content", "id", "status", Tag("type", "message"), "role"),
    "FunctionCallItem": Shape(
        "name", Field("call_id", required=True), "arguments", "id", "status", Tag("type", "function_call")
    ),
    "FunctionCallOutputItem": Shape("call_id", "output", "id", "status", Tag("type", "function_call_output")),
    "McpApprovalResponseItem": Shape(
        "approval_request_id",
        "approve",
        "id",
        Unsupported("reason", "Azure approval responses carry no reason"),
        Tag("type", "mcp_approval_response"),
    ),
    "InputText": Shape("text", Tag("type", "input_text")),
    "InputAudio": Shape("audio", "transcript", Tag("type", "input_audio")),
    "InputImage": Shape("image_url", "detail", Tag("type", "input_image")),
    "OutputText": Shape("text", Tag("type", "text")),
}
