"""OpenAI Realtime GA: conversation items and their content parts."""

from __future__ import annotations

from ..tables import Field, Ignored, Shape, Tag

#: ``object`` is always ``"realtime.item"`` when present: read, never written.
ITEM_OBJECT = Ignored("object", "realtime.item")

SHAPES = {
    # Items: required fields, then optional ones, each alphabetical (the models' declaration order).
    "MessageItem": Shape("content", "role", Tag("type", "message"), "id", ITEM_OBJECT, "status"),
    "FunctionCallItem": Shape(
        "arguments", "name", Tag("type", "function_call"), "id", "call_id", ITEM_OBJECT, "status"
    ),
    "FunctionCallOutputItem": Shape(
        "call_id", "output", Tag("type", "function_call_output"), "id", ITEM_OBJECT, "status"
    ),
    "McpApprovalResponseItem": Shape(
        Field("id", required=True), "approval_request_id", "approve", Tag("type", "mcp_approval_response"), "reason"
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
