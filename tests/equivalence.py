"""What two dialects mean alike: neutral values with the documented equivalences applied.

A translation there and back, or a session translated and translated back, may come back in
another of the forms that mean the same (a typed OpenAI voice as its name, a default a dialect
writes for an unset value); ``canonical`` maps each to one, so that such round trips compare.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import attrs

import realtime_dialects as rd
from realtime_dialects import model
from realtime_dialects.dialects import names
from realtime_dialects.dialects.tables import Always, Field, walk


@cache
def written_defaults() -> dict[tuple[str, str], Any]:
    """What each dialect writes for an unset value, by (class name, attribute): its ``Always`` defaults."""
    out: dict[tuple[str, str], Any] = {}
    for name in names():
        dialect = rd.dialect(name)
        tables = [dialect.shapes, *dialect.families.values()]
        for shapes in tables:
            for cls, shape in shapes.items():
                for entry in walk(shape.entries):
                    if isinstance(entry, Field) and isinstance(entry.omit, Always) and entry.omit.default is not None:
                        out[(cls.partition(":")[0], entry.attr)] = entry.omit.default
    return out


def canonical(value: Any) -> Any:
    """A neutral value with the documented equivalences applied: what two dialects mean alike.

    Azure's typed OpenAI voice is the voice's name everywhere else; GA's audio output always
    carries its transcript; ``conversation: "auto"`` is the default commit; and a value a dialect
    writes when it is unset (OpenAI-DotNet's ``"pcm16"`` audio formats and ``"near_field"`` noise
    reduction, ``Field(..., omit=Always(default))``) means the same as unset, since reading it
    back cannot tell them apart.
    """
    if isinstance(value, model.OpenAIVoice):
        return value.name
    if isinstance(value, model.Modality) and value & model.Modality.AUDIO:
        return value | model.Modality.TEXT
    if isinstance(value, tuple):
        return tuple(canonical(item) for item in value)
    if attrs.has(type(value)):
        changes = {a.name: canonical(getattr(value, a.name)) for a in attrs.fields(type(value)) if a.name != "extra"}
        if isinstance(value, model.ResponseCreateParams) and changes.get("commit") is True:
            changes["commit"] = None
        defaults = written_defaults()
        for attr, held in changes.items():
            default = defaults.get((type(value).__name__, attr))
            if default is not None and getattr(held, "value", held) == default:
                changes[attr] = None
        return attrs.evolve(value, **changes)
    return value
