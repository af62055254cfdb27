"""Convert wire text from one dialect to another.

Every conversion goes through a :class:`Translation`, one per (source, target)
pair: ``translate()``, ``translate_with_losses()``, the command line and the
session translator all use it.
"""

from __future__ import annotations

import threading
from typing import Any

from .dialects import Dialect, OnUnsupported, dialect
from .dialects.base import MAX_INPUT_SIZE, POLICIES, Text, apply_policy, check_policy
from .errors import Loss

__all__ = ["Translation", "translate", "translate_with_losses", "translation"]


class Translation:
    """Reads events of ``source`` and writes them in ``target``; losses named by their ``source`` paths."""

    def __init__(self, source: Dialect, target: Dialect) -> None:
        self.source = source
        self.target = target

    def __repr__(self) -> str:
        return f"<Translation {self.source.name!r} -> {self.target.name!r}>"

    def text(self, data: Text, on_unsupported: str = "raise", max_size: int | None = MAX_INPUT_SIZE) -> str:
        """The target's text for ``data``; losses handled by ``on_unsupported`` (``"drop"`` renders none)."""
        if on_unsupported not in POLICIES:
            check_policy(on_unsupported)  # before reading: a typo is not the payload's fault
        event = self.source.read_event(self.source.parse(data, max_size))
        wire, raw = self.target.write(event, trusted=True)
        if raw and on_unsupported != "drop":
            apply_policy(self.target.render_losses(raw, self.source), on_unsupported, self.target.name)
        return self.target.encode_checked(wire)

    def with_losses(self, data: Text, max_size: int | None = MAX_INPUT_SIZE) -> tuple[str, tuple[Loss, ...]]:
        """The target's text for ``data`` and every loss, the rest written (``"drop"``)."""
        return self.parsed(self.source.parse(data, max_size), "drop", report=True)

    def parsed(self, obj: Any, on_unsupported: str, *, report: bool = False) -> tuple[str, tuple[Loss, ...]]:
        """Translate an already-parsed event. Losses are rendered when the policy or ``report`` needs them."""
        return self.event(self.source.read_event(obj), on_unsupported, report=report)

    def event(self, event: Any, on_unsupported: str, *, report: bool = False) -> tuple[str, tuple[Loss, ...]]:
        """Write a neutral event read from ``source`` (trusted: our reader checked it)."""
        wire, raw = self.target.write(event, trusted=True)
        render = raw and (report or on_unsupported != "drop")
        losses = self.target.render_losses(raw, self.source) if render else ()
        apply_policy(losses, on_unsupported, self.target.name)
        return self.target.encode_checked(wire), losses


_TRANSLATIONS: dict[tuple[str | Dialect, str | Dialect], Translation] = {}
_LOCK = threading.Lock()


def translation(read: str | Dialect, write: str | Dialect) -> Translation:
    """The :class:`Translation` from ``read`` to ``write`` (made once per pair)."""
    try:
        return _TRANSLATIONS[read, write]
    except (KeyError, TypeError):
        pass
    source, target = dialect(read), dialect(write)
    with _LOCK:
        found = _TRANSLATIONS.setdefault((source.name, target.name), Translation(source, target))
        # Also under the arguments as given (dialect objects), so the next lookup is one step.
        _TRANSLATIONS.setdefault((read, write), found)
    return found


def translate(
    data: Text,
    *,
    read: str | Dialect,
    write: str | Dialect,
    on_unsupported: OnUnsupported = "raise",
    max_size: int | None = MAX_INPUT_SIZE,
) -> str:
    """Read ``data`` in dialect ``read`` and return the exact wire text of dialect ``write``.

    Fields the target cannot express are handled by ``on_unsupported``:
    ``"raise"`` raises :class:`~realtime_dialects.UnsupportedError` listing every
    loss by its path in ``data``, before anything is written; ``"warn"`` emits a
    :class:`~realtime_dialects.LossWarning` for each and writes the rest;
    ``"drop"`` writes the rest silently. An event the target has no counterpart
    for is a loss at ``$`` and raises under every policy: there is nothing to
    write. ``max_size`` bounds the input as in
    :meth:`Dialect.loads <realtime_dialects.dialects.Dialect.loads>`.

    >>> import realtime_dialects as rd
    >>> rd.translate('{"response": {"commit": false}, "type": "response.create"}', read="azure", write="azure")
    '{"response": {"commit": false}, "type": "response.create"}'
    """
    return translation(read, write).text(data, on_unsupported, max_size)


def translate_with_losses(
    data: Text,
    *,
    read: str | Dialect,
    write: str | Dialect,
    max_size: int | None = MAX_INPUT_SIZE,
) -> tuple[str, tuple[Loss, ...]]:
    """Translate with ``on_unsupported="drop"`` and also return what was dropped, by source path."""
    return translation(read, write).with_losses(data, max_size)
