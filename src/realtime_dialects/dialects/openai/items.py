"""OpenAI Realtime beta (OpenAI-DotNet): conversation items and their content parts.

One DotNet class each, written in declaration order: ``ConversationItem`` (``id, type,
object, status, role, content, call_id, name, arguments, output``) and ``RealtimeContent``
(``id, type, text, audio, transcript``); ``openai-dotnet.md`` §3.10-3.11.
"""

from __future__ import annotations

from ..tables import Shape, Tag

SHAPES = {
    "MessageItem": Shape("id", Tag("type", "message"), "object", "status", "role", "content"),
    "FunctionCallItem": Shape("id", Tag("type", "function_call"), "object", "status", "call_id", "name", "arguments"),
    "FunctionCallOutputItem": Shape("id", Tag("type", "function_call_output"), "object", "status", "call_id", "output"),
    # Only in response.create's input.
    "ItemReference": Shape("id", Tag("type", "item_reference")),
    "InputText": Shape(Tag("type", "input_text"), "text"),
    "InputAudio": Shape(Tag("type", "input_audio"), "audio", "transcript"),
    "OutputText": Shape(Tag("type", "text"), "text"),
    "OutputAudio": Shape(Tag("type", "audio"), "audio", "transcript"),
}
