"""Convert wire text from one dialect to another.

Every conversion goes through a :class:`Translation`, one per (source, target)
pair: ``translate()``, ``translate_with_losses()``, the command line and the
session translator all use it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from orjson import JSONDecodeError, loads

from .dialects import Dialect, OnUnsupported, _cache, _runtime, dialect
from .dialects._codegen import Namespace, held_lock
from .dialects._fuse import Fuser, fused_name
from .dialects._runtime import Flag, Invalid, TrustedContext
from .dialects._types import neutral_class
from .dialects.base import HELPERS, MAX_INPUT_SIZE, POLICIES, Text, apply_policy, check_policy, reading_mode
from .errors import Loss, UnsupportedError

__all__ = ["Translation", "translate", "translate_with_losses", "translation"]


class Translation:
    """Reads events of ``source`` and writes them in ``target``; losses named by their ``source`` paths.

    Valid events take the fused path (``dialects/_fuse.py``): the source's wire dict is
    turned into the target's without building neutral objects. Anything the fused path
    does not accept is read again the neutral way, which reports every problem.
    """

    def __init__(self, source: Dialect, target: Dialect) -> None:
        self.source = source
        self.target = target
        self._fuser = Fuser(source, target)
        self._namespace: Namespace | None = None
        self._lock = held_lock(self, threading.Lock)
        #: The fused function of each wire type met so far.
        self._fused: dict[str, Callable[..., Any]] = {}
        #: The target's encoder for its events of each wire type met so far (Dialect.encoder()).
        self._encoders: dict[Any, Callable[[dict[str, Any]], str]] = {}
        self._encode = target.encode

    def __repr__(self) -> str:
        return f"<Translation {self.source.name!r} -> {self.target.name!r}>"

    def text(self, data: Text, on_unsupported: str = "raise", max_size: int | None = MAX_INPUT_SIZE) -> str:
        """The target's text for ``data``; losses handled by ``on_unsupported`` (``"drop"`` renders none)."""
        if on_unsupported not in POLICIES:
            check_policy(on_unsupported)  # before reading: a typo is not the payload's fault
        # parse(), inline: a call is a tenth of a small event's cost.
        try:
            obj = loads(data) if max_size is None or len(data) <= max_size else None
        except (TypeError, JSONDecodeError):
            obj = None
        if obj is None:
            obj = self.source.parse(data, max_size)  # raises what is wrong (or reads a JSON null again)
        # An event's type found at once; anything else (not an object, no or an unknown type) on the
        # way that builds or refuses: exceptions cost nothing here until raised (two checks fewer).
        try:
            fuse = self._fused[obj["type"]]
        except (KeyError, TypeError):
            fuse = self._fused_event(obj)
        form = data.__class__
        plain = "\\" not in data if form is str else form is bytes and 92 not in data  # 92: a backslash
        raw: list[tuple[Any, str]] = TrustedContext()
        try:
            wire = fuse(obj, raw, None, False, plain)
        except Invalid:
            wire, raw = self.target.write(self.source.read_event(obj), trusted=True)  # names every problem
        else:
            if wire.__class__ is str:
                return wire  # a flat event the fused path wrote itself, nothing lost (_fuse.py)
        try:  # the target's type: one source type may become two (beta's session updates)
            encode = self._encoders[wire["type"]]
        except (KeyError, TypeError):
            encode = self._encoder(wire)  # or the target has no such event: refused
        if raw and on_unsupported != "drop":
            apply_policy(self.target.render_losses(raw, self.source), on_unsupported, self.target.name)
        try:
            return encode(wire)
        except (TypeError, ValueError, RecursionError, OverflowError):
            return self.target.encode_checked(wire)  # says what the encoder refused, and where

    def with_losses(self, data: Text, max_size: int | None = MAX_INPUT_SIZE) -> tuple[str, tuple[Loss, ...]]:
        """The target's text for ``data`` and every loss, the rest written (``"drop"``)."""
        return self.parsed(self.source.parse(data, max_size), "drop", report=True)

    def parsed(self, obj: Any, on_unsupported: str, *, report: bool = False) -> tuple[str, tuple[Loss, ...]]:
        """Translate an event ``orjson.loads`` parsed (the fused functions lean on its integers' range).

        Losses are rendered when the policy or ``report`` needs them.
        """
        fuse = self.fused_function(obj)
        raw: list[tuple[Any, str]] = _runtime.TrustedContext()
        try:
            wire = fuse(obj, raw, None)
        except _runtime.Invalid:
            wire, raw = self.target.write(self.source.read_event(obj), trusted=True)
        else:
            if wire.__class__ is _runtime.Flag:  # the target has no such event
                raise UnsupportedError([Loss("$", str(wire.reason))], self.target.name)
        losses = self.target.render_losses(raw, self.source) if raw and (report or on_unsupported != "drop") else ()
        if losses:
            apply_policy(losses, on_unsupported, self.target.name)
        try:
            return self._encode(wire), losses
        except (TypeError, ValueError, RecursionError, OverflowError):
            return self.target.encode_checked(wire), losses

    def fused(self, obj: Any) -> tuple[dict[str, Any], list[tuple[Any, str]]]:
        """The fused path alone: raises ``Invalid`` (without details) at the first thing it does not accept."""
        ctx = _runtime.TrustedContext()
        wire = self.fused_function(obj)(obj, ctx, None)
        if wire.__class__ is _runtime.Flag:  # the target has no such event
            raise UnsupportedError([Loss("$", str(wire.reason))], self.target.name)
        return wire, ctx

    def fused_function(self, obj: Any) -> Callable[..., Any]:
        """The fused function of a parsed event's wire type: ``(obj, losses, None) -> wire dict``.

        It raises ``Invalid`` at the first thing it does not accept and returns a ``Flag`` for an
        event the target has no counterpart for; :meth:`parsed` handles both. Anything but an event
        of the source (not an object, no or an unknown type) raises the source's
        :class:`InvalidPayloadError`.
        """
        try:
            return self._fused[obj["type"]]
        except (KeyError, TypeError):
            return self._fused_event(obj)

    def prepare(self) -> Translation:
        """Build the fused function of every event of the source, and all they call, now; return self."""
        for name in sorted(set(self.source.events().values())):
            self._function(name)
        assert self._namespace is not None  # made by the first _function()
        self._namespace.build_all()
        return self

    def _fused_event(self, obj: Any) -> Callable[..., Any]:
        """The fused function of a parsed event's wire type, built on its first use (an unknown type raises)."""
        fuse = self._fused[obj["type"]] = self._function(self.source.event_name(obj))
        return fuse

    def _encoder(self, wire: Any) -> Callable[[dict[str, Any]], str]:
        """The target's encoder for a wire dict's type, kept for the next event of that type."""
        if wire.__class__ is Flag:  # the target has no such event
            raise UnsupportedError([Loss("$", str(wire.reason))], self.target.name)
        kind = wire.get("type")
        encode = self._encoders[kind] = self.target.encoder(kind)
        return encode

    def _function(self, name: str) -> Callable[..., Any]:
        """The fused function of the event shaped ``name`` in the source."""
        if self._namespace is None:
            with self._lock:
                if self._namespace is None:
                    label = f"{self.source.name}-to-{self.target.name}"
                    self._namespace = Namespace(label, HELPERS, _cache.cache_dir(type(self.target), label))
        mode = reading_mode(neutral_class(name), False)
        families = (self.source.family_of(name), self.target.family_of(name.partition(":")[0]))
        return self._namespace.function(
            fused_name(name, mode, families), lambda unit: self._fuser.build(unit, name, mode, families)
        )

    def event(self, event: Any, on_unsupported: str, *, report: bool = False) -> tuple[str, tuple[Loss, ...]]:
        """Write a neutral event read from ``source`` (trusted: our reader checked it)."""
        wire, raw = self.target.write(event, trusted=True)
        render = raw and (report or on_unsupported != "drop")
        losses = self.target.render_losses(raw, self.source) if render else ()
        apply_policy(losses, on_unsupported, self.target.name)
        return self.target.encode_checked(wire), losses


_TRANSLATIONS: dict[tuple[str | Dialect, str | Dialect], Translation] = {}
#: Held while a translation is made and kept (renewed in a forked child: held_lock()).
_lock = held_lock(sys.modules[__name__], threading.Lock)


def translation(read: str | Dialect, write: str | Dialect) -> Translation:
    """The :class:`Translation` from ``read`` to ``write`` (made once per pair)."""
    try:
        return _TRANSLATIONS[read, write]
    except (KeyError, TypeError):
        pass
    source, target = dialect(read), dialect(write)
    with _lock:
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
    try:
        found = _TRANSLATIONS[read, write]  # translation(), inline
    except (KeyError, TypeError):
        found = translation(read, write)
    return found.text(data, on_unsupported, max_size)


def translate_with_losses(
    data: Text,
    *,
    read: str | Dialect,
    write: str | Dialect,
    max_size: int | None = MAX_INPUT_SIZE,
) -> tuple[str, tuple[Loss, ...]]:
    """Translate with ``on_unsupported="drop"`` and also return what was dropped, by source path."""
    return translation(read, write).with_losses(data, max_size)
