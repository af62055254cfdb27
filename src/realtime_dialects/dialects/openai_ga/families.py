"""OpenAI Realtime GA: the other form of a class, by position.

``response.content_part.added``/``.done`` tag their part ``text``/``audio``
(``response_content_part_added_event.py:11-24``: one ``Part`` model, keys alphabetical), where
items tag the same parts ``output_text``/``output_audio``: ``Field("part", family="part")``.
"""

from __future__ import annotations

from ..tables import Shape, Tag

PART = {
    "OutputText": Shape("text", Tag("type", "text")),
    "OutputAudio": Shape("audio", "transcript", Tag("type", "audio")),
}
