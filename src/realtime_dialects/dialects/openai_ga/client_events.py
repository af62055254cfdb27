"""OpenAI Realtime GA: client events."""

from __future__ import annotations

from ..tables import Shape, Tag, Unsupported

SHAPES = {
    "ResponseCreateEvent": Shape(
        Tag("type", "response.create"),
        "event_id",
        "response",
        Unsupported("additional_instructions", "OpenAI GA has no per-response additional instructions"),
    ),
}
