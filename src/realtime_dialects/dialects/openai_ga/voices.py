"""OpenAI Realtime GA: voices."""

from __future__ import annotations

from ..tables import Shape

SHAPES = {
    "VoiceId": Shape("id"),
}
