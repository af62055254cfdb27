"""OpenAI Realtime beta (OpenAI-DotNet): conversation items and their content parts."""

from __future__ import annotations

from ..tables import Ignored, Shape, Tag

#: ``object`` is always ``"realtime.item"`` when present: read, never written.
ITEM_OBJECT = Ignored("object", "realtime.item")

SHAPES = {
    # Items: one DotNet class, ConversationItem: id, type, object, status, role,
    # content, call_id, name, arguments, output.
    "MessageItem": Shape("id", Tag("type", "message"), ITEM_OBJECT, "status", "role", "content"),
    "FunctionCallItem": Shape(
        "id", Tag("type", "function_call"), ITEM_OBJECT, "status", "call_id", "name", "arguments"
    ),
    "FunctionCallOutputItem": Shape(
        "id", Tag("type", "function_call_output"), ITEM_OBJECT, "status", "call_id", "output"
    ),
    "ItemReference": Shape("id", Tag("type", "item_reference")),
    # Content parts: RealtimeContent, id, type, text, audio, transcript.
    "InputText": Shape(Tag("type", "input_text"), "text"),
    "InputAudio": Shape(Tag("type", "input_audio"), "audio", "transcript"),
    "OutputText": Shape(Tag("type", "text"), "text"),
    "OutputAudio": Shape(Tag("type", "audio"), "audio", "transcript"),
}
