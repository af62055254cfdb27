"""OpenAI Realtime beta (OpenAI-DotNet): client events."""

from __future__ import annotations

from ..tables import Shape, Tag, Unsupported

SHAPES = {
    "ResponseCreateEvent": Shape(
        "event_id",
        Tag("type", "response.create"),
        "response",
        Unsupported(
            "additional_instructions",
            "OpenAI has no per-response additional instructions; 'instructions' replaces the session's",
        ),
    ),
}
