"""Azure VoiceLive: conversation items and content parts in their request form.

These are ``ConversationRequestItem`` and ``MessageContentPart``, what a client sends
(``conversation.item.create``, ``response.create``); the server's response items are the
``server`` family's. Items write the caller's fields, then ``type``, then ``role`` (set by the
message subclass).
"""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Unsupported

#: Servers put the constant ``object: "realtime.item"`` on items; request items have no such key.
#: Nothing but the constant is lost, but the key is dropped, so it is reported.
NO_OBJECT = Unsupported(
    "object", 'Azure request items have no "object" key (the constant "realtime.item" servers put on items)'
)

SHAPES = {
    "MessageItem": Shape("content", "id", "status", NO_OBJECT, Tag("type", "message"), "role"),
    # FunctionCallItem (_models.py:2744): the SDK requires call_id.
    "FunctionCallItem": Shape(
        "name", Field("call_id", required=True), "arguments", "id", "status", NO_OBJECT, Tag("type", "function_call")
    ),
    "FunctionCallOutputItem": Shape(
        "call_id", "output", "id", "status", NO_OBJECT, Tag("type", "function_call_output")
    ),
    "McpApprovalResponseItem": Shape(
        "approval_request_id",
        "approve",
        "id",
        Unsupported("reason", "Azure approval responses carry no reason"),
        NO_OBJECT,
        Tag("type", "mcp_approval_response"),
    ),
    "InputText": Shape("text", Tag("type", "input_text")),
    # InputAudioContentPart (_models.py:2990): the audio is required in a request.
    "InputAudio": Shape(Field("audio", required=True), "transcript", Tag("type", "input_audio")),
    "InputImage": Shape("image_url", "detail", Tag("type", "input_image")),
    "OutputText": Shape("text", Tag("type", "text")),
}
