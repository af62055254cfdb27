"""OpenAI Realtime beta (OpenAI-DotNet): tools and tool choices."""

from __future__ import annotations

from ..tables import Nested, Shape, Tag

SHAPES = {
    # Function: name, type, description, parameters (`strict` is never sent).
    "FunctionTool": Shape("name", Tag("type", "function"), "description", "parameters"),
    # A forced function is the Chat Completions shape OpenAI-DotNet writes.
    "FunctionChoice": Shape(Tag("type", "function"), Nested("function", "name")),
}
