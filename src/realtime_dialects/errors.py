"""Errors and loss reports.

Every error a dialect raises is a :class:`DialectError` (a :class:`ValueError`).
Problems and losses carry the JSON path of the wire field they concern, written
with wire names (``$.response.input_items[3].content[0].type``), never Python
attribute names.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "DialectError",
    "InvalidPayloadError",
    "Loss",
    "LossWarning",
    "Problem",
    "UnsupportedError",
    "render_path",
    "warn_losses",
]

#: How many problems or losses an error message lists before it summarises the rest.
MESSAGE_LIMIT = 20

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")


def render_path(parts: Iterable[str | int]) -> str:
    """Render path segments as a JSON path rooted at ``$``.

    >>> render_path(["response", "input_items", 3, "content", 0, "type"])
    '$.response.input_items[3].content[0].type'
    >>> render_path(["response", "metadata", "a.b"])
    '$.response.metadata["a.b"]'
    """
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif len(part) <= _SHOWN and _IDENTIFIER.match(part):
            out.append(f".{part}")
        else:
            out.append("[" + _quote(part) + "]")
    return "".join(out)


#: How much of a key a path shows: keys come from untrusted payloads.
_SHOWN = 80


def _quote(key: str) -> str:
    """``key`` JSON-quoted; a longer one cut, with its length and checksum, so that two keys
    alike in their first characters still make two paths."""
    if len(key) <= _SHOWN:
        return json.dumps(key)
    checksum = zlib.crc32(key.encode("utf-8", "surrogatepass"))
    return json.dumps(key[:_SHOWN])[:-1] + f'…" ({len(key)} characters, crc32 {checksum:08x})'


@attrs.frozen
class Problem:
    """One reason a payload is invalid, at a wire path."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@attrs.frozen
class Loss:
    """A field of the source that the target dialect cannot express.

    ``path`` is the wire path in the *source* payload (or, for an event built in
    code, the path in the neutral attribute names: GA's where a concept is shared).
    """

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def _listing(header: str, entries: Sequence[object]) -> str:
    lines = [header]
    lines.extend(f"  {entry}" for entry in entries[:MESSAGE_LIMIT])
    if len(entries) > MESSAGE_LIMIT:
        lines.append(f"  … and {len(entries) - MESSAGE_LIMIT} more")
    return "\n".join(lines)


class DialectError(ValueError):
    """Base class of every error raised by realtime-dialects.

    Errors are values: two errors of the same class with the same details are equal,
    and an error pickled in a worker process (multiprocessing, Dask) comes back
    whole, message and details intact.
    """

    #: The number (from 1) of the line this error was raised for, when it was raised while translating a
    #: stream of lines (``translate_session``, ``Translator.feed_all``); ``None`` otherwise. Not a detail:
    #: the same problem on another line is the same error.
    line: int | None = None

    def _details(self) -> tuple[Any, ...]:
        return self.args

    def __reduce__(self) -> tuple[Any, ...]:
        # The details, not the rendered message: Exception pickles self.args, which
        # would rebuild the error from its message. The state too: notes added to it.
        return type(self), self._details(), vars(self) or None

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._details() == other._details()

    def __hash__(self) -> int:
        return hash((type(self), self._details()))


def on_line(error: DialectError, number: int) -> None:
    """Say that ``error`` was raised for line ``number`` of a stream: as ``error.line``, and as a note that a
    traceback shows under the message (Python 3.11 and later)."""
    error.line = number
    note = f"on line {number} of the lines translated"
    if sys.version_info >= (3, 11):
        error.add_note(note)


def _each(items: Iterable[Any], kind: type, what: str, example: str) -> tuple[Any, ...]:
    """``items`` as a tuple, each a ``kind``: an error made in one's own code gets its details checked.

    (``InvalidPayloadError("oops")`` took the message for four problems, one a letter.)
    """
    try:
        found = None if isinstance(items, str | bytes) else tuple(items)
    except TypeError:  # not iterable
        found = None
    if found is None or not all(isinstance(item, kind) for item in found):
        given = repr(items) if found is None else f"a {type(items).__name__} holding {_first_not(found, kind)}"
        raise TypeError(f"{what} must be an iterable of {kind.__name__}, such as [{example}]; got {given}")
    return found


def _first_not(items: tuple[Any, ...], kind: type) -> str:
    """The first item of ``items`` that is not a ``kind``, for an error message."""
    wrong = next(item for item in items if not isinstance(item, kind))
    return f"a {type(wrong).__name__} ({wrong!r:.60})"


class InvalidPayloadError(DialectError):
    """The payload (or event) is not valid in the dialect; ``problems`` lists every reason.

    >>> import realtime_dialects as rd
    >>> try:
    ...     rd.AZURE.loads('{"type": "response.create", "response": {"temperature": 3}}')
    ... except rd.InvalidPayloadError as error:
    ...     print(error.problems[0])
    $.response.temperature: expected a number from 0.6 to 1.2, got 3
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem], dialect: str | None = None) -> None:
        self.problems = _each(problems, Problem, "problems", "Problem('$.type', 'required, but missing')")
        self.dialect = dialect
        where = f" for dialect {dialect!r}" if dialect else ""
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(_listing(f"invalid payload{where}: {count} {noun}", self.problems))

    def _details(self) -> tuple[Any, ...]:
        return self.problems, self.dialect

    @property
    def paths(self) -> tuple[str, ...]:
        """The wire paths of all problems, in order."""
        return tuple(problem.path for problem in self.problems)


class UnsupportedError(DialectError):
    """The target dialect cannot express some fields; ``losses`` names each source path."""

    losses: tuple[Loss, ...]

    def __init__(self, losses: Iterable[Loss], dialect: str | None = None) -> None:
        self.losses = _each(losses, Loss, "losses", "Loss('$.response.voice', 'no such voice')")
        self.dialect = dialect
        where = f"{dialect!r} " if dialect else "the target dialect "
        count = len(self.losses)
        noun = "field" if count == 1 else "fields"
        super().__init__(_listing(f"{where}cannot express {count} {noun}:", self.losses))

    def _details(self) -> tuple[Any, ...]:
        return self.losses, self.dialect


class LossWarning(UserWarning):
    """Emitted once per loss under ``on_unsupported="warn"``; ``loss`` holds the details."""

    def __init__(self, loss: Loss) -> None:
        self.loss = loss
        super().__init__(str(loss))

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.loss,)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.loss == other.loss

    def __hash__(self) -> int:
        return hash((type(self), self.loss))


def warn_losses(losses: Iterable[Loss]) -> None:
    """Emit a :class:`LossWarning` for each loss, attributed to the first caller outside this package.

    A fixed ``stacklevel`` is right for one way in only (``translate()``, say), and the
    ways in (``Translator.feed``, ``feed_all``, ``Dialect.dump``) are of several depths:
    a warning pointing into the library cannot be filtered by the caller's module.
    """
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and _ours(frame):
        frame = frame.f_back
        level += 1
    for loss in losses:
        warnings.warn(LossWarning(loss), stacklevel=level)


def _ours(frame: Any) -> bool:
    """Whether ``frame`` runs this package's code (a module of it, or code it generated)."""
    module = frame.f_globals.get("__name__")
    if isinstance(module, str):
        return module.startswith(_PACKAGE)
    return str(frame.f_code.co_filename).startswith("<realtime_dialects ")


_PACKAGE = __name__.rpartition(".")[0] + "."
