"""Azure VoiceLive: client events."""

from __future__ import annotations

from ..tables import Shape, Tag

SHAPES = {
    "ResponseCreateEvent": Shape("event_id", "response", "additional_instructions", Tag("type", "response.create")),
}
