"""OpenAI Realtime GA: stored prompts."""

from __future__ import annotations

from ..tables import Shape

SHAPES = {
    "Prompt": Shape("id", "variables", "version"),
}
