"""OpenAI Realtime beta (OpenAI-DotNet): conversation items and their content parts.

One DotNet class each, written in declaration order: ``ConversationItem`` (``id, type,
object, status, role, content, call_id, name, arguments, output``) and ``RealtimeContent``
(``id, type, text, audio, transcript``); ``openai-dotnet.md`` §3.10-3.11.
"""

from __future__ import annotations

from ..tables import Field, ListOf, Shape, Tag, Tagged

_MESSAGE = ("id", Tag("type", "message"), "object", "status", "role")

SHAPES = {
    "MessageItem": Shape(*_MESSAGE, "content"),
    "FunctionCallItem": Shape("id", Tag("type", "function_call"), "object", "status", "call_id", "name", "arguments"),
    "FunctionCallOutputItem": Shape("id", Tag("type", "function_call_output"), "object", "status", "call_id", "output"),
    # Only in response.create's input.
    "ItemReference": Shape("id", Tag("type", "item_reference")),
    "InputText": Shape(Tag("type", "input_text"), "text"),
    "InputAudio": Shape(Tag("type", "input_audio"), "audio", "transcript"),
    "OutputText": Shape(Tag("type", "text"), "text"),
    "OutputAudio": Shape(Tag("type", "audio"), "audio", "transcript"),
}

#: The ``request_input`` family: response.create's ``input`` is the beta API's
#: ``ConversationItemWithReference`` (``conversation_item_with_reference.py:26``), whose parts are
#: ``input_text``, ``input_audio``, ``item_reference`` and ``text``: an assistant's audio part,
#: which a conversation item may hold, has no form there.
REQUEST_INPUT = {
    "MessageItem": Shape(
        *_MESSAGE,
        Field(
            "content",
            codec=ListOf(
                Tagged(
                    "type",
                    {"input_text": "InputText", "input_audio": "InputAudio", "text": "OutputText"},
                    {
                        "InputImage": "OpenAI Realtime beta messages have no image parts",
                        "OutputAudio": "OpenAI Realtime beta takes no assistant audio in response.create's input",
                    },
                )
            ),
        ),
    ),
}
