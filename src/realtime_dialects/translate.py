"""Convert wire text from one dialect to another in one call."""

from __future__ import annotations

from .dialects import Dialect, OnUnsupported, dialect
from .dialects._base import MAX_INPUT_SIZE, translate_event
from .errors import Loss

__all__ = ["translate", "translate_with_losses"]


def translate(
    data: str | bytes | bytearray | memoryview,
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
    ``"drop"`` writes the rest silently. ``max_size`` bounds the input as in
    :meth:`Dialect.loads <realtime_dialects.dialects.Dialect.loads>`.

    >>> import realtime_dialects as rd
    >>> rd.translate('{"response": {"commit": false}, "type": "response.create"}', read="azure", write="azure")
    '{"response": {"commit": false}, "type": "response.create"}'
    """
    return translate_event(dialect(read), dialect(write), data, on_unsupported, max_size, report=False)[0]


def translate_with_losses(
    data: str | bytes | bytearray | memoryview,
    *,
    read: str | Dialect,
    write: str | Dialect,
    max_size: int | None = MAX_INPUT_SIZE,
) -> tuple[str, tuple[Loss, ...]]:
    """Translate with ``on_unsupported="drop"`` and also return what was dropped, by source path."""
    return translate_event(dialect(read), dialect(write), data, "drop", max_size)
