"""Snapshot-test wire text: the ``wire_snapshot`` pytest fixture (a syrupy extension).

Installing realtime-dialects registers this module as a pytest plugin, so any
test can ask for ``wire_snapshot`` (syrupy 5 or later must be installed)::

    import realtime_dialects as rd

    def test_greeting_event(wire_snapshot):
        event = rd.ResponseCreateEvent(response=rd.ResponseCreateParams(instructions="Greet the user."))
        assert rd.AZURE.dumps(event) == wire_snapshot

Each assertion is stored as its own file holding exactly the asserted text —
``__snapshots__/<test file>/<test name>.json``, no re-sorting, no re-indenting,
no trailing newline — so a change shows up as a one-line diff in review.
``pytest --snapshot-update`` writes or rewrites the files; a mismatch fails the
test with a diff of the stored and the received text (and, when both are JSON,
a diff of their indented forms, keys kept in wire order), below the place of the
first difference in a long text, or in any text where it does not show (named).

Use :class:`TextSnapshotExtension` (``.txt`` files) for other text, such as loss
reports: ``snapshot.use_extension(TextSnapshotExtension)``.

This module is loaded in every pytest run, so it imports syrupy only when a
snapshot is actually used.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .errors import render_path

if TYPE_CHECKING:
    from syrupy.assertion import SnapshotAssertion
    from syrupy.extensions.single_file import SingleFileSnapshotExtension

    # Built on first use (below): declared here for type checkers, which do not see the module's __getattr__,
    # as classes, so that one's own extension may derive from them.
    class TextSnapshotExtension(SingleFileSnapshotExtension):
        """One ``.txt`` file per snapshot holding exactly the asserted text."""

    class WireSnapshotExtension(TextSnapshotExtension):
        """One ``.json`` file per snapshot holding exactly the asserted wire text."""


__all__ = ["TextSnapshotExtension", "WireSnapshotExtension", "wire_snapshot"]  # the two classes: built lazily


class _SyrupyTooOld(ImportError):
    """The installed syrupy predates 5.0, whose names (``file_extension``, ``write_snapshot_collection``…) the
    extensions override: syrupy 4 ignores them and writes ``.raw`` files, newlines translated."""


def _needs_syrupy(subject: str, installed: str | None = None) -> str:
    found = f", not {installed}" if installed else ""
    return f"{subject} needs syrupy 5 or later{found}: pip install 'syrupy>=5'"


@functools.cache
def _extensions() -> tuple[type[SingleFileSnapshotExtension], type[SingleFileSnapshotExtension]]:
    try:
        installed = version("syrupy")
    except PackageNotFoundError:  # no distribution metadata (a vendored copy): taken as it comes
        installed = ""
    major = installed.partition(".")[0]
    if major.isdigit() and int(major) < 5:
        raise _SyrupyTooOld(_needs_syrupy(__name__, installed))
    from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

    class TextSnapshotExtension(SingleFileSnapshotExtension):
        """One ``.txt`` file per snapshot holding exactly the asserted text (UTF-8, newlines untouched)."""

        file_extension = "txt"
        _write_mode = WriteMode.TEXT

        def serialize(self, data: Any, **_options: Any) -> str:
            if isinstance(data, (bytes, bytearray, memoryview)):
                try:
                    data = bytes(data).decode("utf-8")
                except UnicodeDecodeError as error:
                    raise ValueError(
                        f"a snapshot is UTF-8 text: these bytes are not ({error.reason} at offset {error.start})"
                    ) from None
            if not isinstance(data, str):
                raise TypeError(
                    f"{type(self).__name__} stores text exactly as given: assert a str "
                    f"(for example dialect.dumps(event)), not a {type(data).__name__}"
                )
            try:
                data.encode("utf-8")
            except UnicodeEncodeError as error:  # said here, not as an emptied file when it is written
                raise ValueError(
                    f"a snapshot is UTF-8 text: a lone surrogate at index {error.start} has no UTF-8"
                ) from None
            return data

        def read_snapshot_data_from_location(
            self, *, snapshot_location: str, snapshot_name: str, **_context: Any
        ) -> str | None:
            try:
                with open(snapshot_location, "rb") as file:
                    data = file.read()
            except FileNotFoundError:
                return None
            try:
                return data.decode("utf-8")  # newlines untouched: the file holds the exact text
            except UnicodeDecodeError as error:
                return _NotUtf8(snapshot_location, data, error)

        @classmethod
        def write_snapshot_collection(cls, *, snapshot_collection: Any, **_options: Any) -> None:
            snapshot = next(iter(snapshot_collection))
            if not isinstance(snapshot.data, str):
                raise TypeError(f"can only write text snapshots, got {type(snapshot.data).__name__}")
            path = Path(snapshot_collection.location)
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as file:
                file.write(snapshot.data)

        def matches(self, *, serialized_data: Any, snapshot_data: Any) -> bool:
            return not isinstance(snapshot_data, _NotUtf8) and super().matches(
                serialized_data=serialized_data, snapshot_data=snapshot_data
            )

        def diff_lines(self, serialized_data: Any, snapshot_data: Any) -> Iterator[str]:
            if isinstance(snapshot_data, _NotUtf8):
                yield snapshot_data.explanation
                return
            # Where the texts differ and the field-level JSON diff first: pytest truncates long explanations.
            yield from _first_difference(str(snapshot_data), str(serialized_data))
            yield from _json_diff(str(snapshot_data), str(serialized_data))
            yield from super().diff_lines(serialized_data, snapshot_data)

    class WireSnapshotExtension(TextSnapshotExtension):
        """One ``.json`` file per snapshot holding exactly the asserted wire text."""

        file_extension = "json"

    return TextSnapshotExtension, WireSnapshotExtension


class _NotUtf8(str):
    """The text of a stored snapshot file that is not UTF-8 (an editor saved it in another encoding), with the bytes
    that are not UTF-8 escaped (``\\xe9``). The extensions match no text to it, so the assertion fails saying so,
    and ``--snapshot-update`` writes the file again, as it does a snapshot that differs."""

    explanation: str

    def __new__(cls, location: str, data: bytes, error: UnicodeDecodeError) -> _NotUtf8:
        self = super().__new__(cls, data.decode("utf-8", "backslashreplace"))
        where = f"{error.reason} at offset {error.start}"
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            where += "; it starts with a UTF-16 byte order mark"
        self.explanation = f"{location} is not UTF-8 text ({where}): pytest --snapshot-update writes it again"
        return self


#: A text longer than this is told where it first differs, with some context: its diff is one long line for
#: a JSON text, and pytest shows an explanation's first 8 lines and 640 characters only (unless ``-vv``).
_LONG = 200
#: How many characters of context the first difference is shown with, either side.
_CONTEXT = 20


def _first_difference(stored: str, received: str) -> Iterator[str]:
    """Where the texts first differ, if they are long (with the context either side in each text) or if what
    differs does not show in a diff (named): the character, its line and column in a text of several lines, and
    its JSON path."""
    if not stored or not received or stored == received:
        return  # there is no stored text, or no difference
    at = _common_prefix_length(stored, received)
    unseen = _unseen(stored, at) or _unseen(received, at)
    long = max(len(stored), len(received)) > _LONG
    if not (long or unseen):
        return  # the diffs show it
    where = f"first difference at character {at + 1:,} of {len(stored):,}"
    if len(received) != len(stored):
        where += f" ({len(received):,} received)"
    if "\n" in stored or "\n" in received:
        line, column = stored.count("\n", 0, at) + 1, at - stored.rfind("\n", 0, at)
        where += f", line {line:,}, column {column:,}"
    for text in (stored, received):
        path = _json_path_at(text, at)
        if path is not None:
            if path != "$":
                where += f", in {path}"
            break
    if unseen:
        where += f": {_named(stored, at)} stored, {_named(received, at)} received"
    yield where
    if not long:
        return
    before = _shown(stored[max(0, at - _CONTEXT) : at])
    if at > _CONTEXT:
        before = "…" + before
    for sign, text in (("-", stored), ("+", received)):
        after = _shown(text[at : at + _CONTEXT]) + ("…" if len(text) > at + _CONTEXT else "")
        yield f"{sign} {before}{after}"
    yield " " * (2 + len(before)) + "^"


def _unseen(text: str, at: int) -> bool:
    """Whether the character at ``at`` may not show in a diff: a space ending a line, a tab, a byte order mark, a
    control or format character, any character not ASCII (one may look like another)."""
    char = text[at : at + 1]
    if char == " ":
        return text[at + 1 : at + 2] in ("", "\n", "\r")
    return bool(char) and (not char.isascii() or not char.isprintable())


#: Names of characters that do not show by themselves; line ends as syrupy marks them in a diff.
_NAMES = {" ": "a space", "\t": "a tab", "\n": "a line feed (␤)", "\r": "a carriage return (␍)"}


def _named(text: str, at: int) -> str:
    char = text[at : at + 1]
    if not char:
        return "the end of the text"
    if char == _BOM and at == 0:
        return "a byte order mark (U+FEFF)"
    if char in _NAMES:
        return _NAMES[char]
    if char.isascii() and char.isprintable():
        return json.dumps(char)
    code = f"U+{ord(char):04X}"
    return f'"{char}" ({code})' if char.isprintable() else f"{code} {unicodedata.name(char, '')}".rstrip()


def _common_prefix_length(a: str, b: str) -> int:
    end = min(len(a), len(b))
    start = 0
    while start < end:  # a block at a time, then a character at a time
        stop = min(start + 4096, end)
        if a[start:stop] != b[start:stop]:
            return next(i for i in range(start, stop) if a[i] != b[i])
        start = stop
    return end


#: How the context around a difference shows what does not show by itself: line ends as syrupy marks them.
_SHOWN_AS = {"\n": "␤", "\r": "␍", "\t": "\\t"}


def _shown(text: str) -> str:
    return "".join(_SHOWN_AS.get(char) or (char if char.isprintable() else ascii(char)[1:-1]) for char in text)


_BOM = "\ufeff"  # a byte order mark, which json.loads refuses before a text
_JSON_MARK = re.compile(r'["{}\[\],]')
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)


def _json_path_at(text: str, at: int) -> str | None:
    """The JSON path of the value, or the key, at ``text[at]``, if ``text`` is JSON."""
    if text.startswith(_BOM):
        text, at = text[1:], at - 1
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return None
    parts: list[str | int | None] = []  # None: an object's place before its first key
    key_next = False
    i = 0
    while (mark := _JSON_MARK.search(text, i)) and mark.start() <= at:
        i = mark.start()
        char = text[i]
        if char == '"':
            string = _JSON_STRING.match(text, i)
            assert string is not None  # text is JSON
            i = string.end()
            if key_next:
                parts[-1], key_next = json.loads(string.group()), False
            if at < i:
                break
            continue
        if i == at:
            if char in "]},":  # the container's end, or between its items
                parts.pop()
            break
        if char == "{":
            parts.append(None)
            key_next = True
        elif char == "[":
            parts.append(0)
        elif char in "]}":
            parts.pop()
        elif isinstance(last := parts[-1], int):  # a comma
            parts[-1] = last + 1
        else:
            parts[-1], key_next = None, True
        i += 1
    return render_path(part for part in parts if part is not None)


def _json_diff(stored: str, received: str) -> Iterator[str]:
    """A readable, line-per-field diff of two JSON texts (key order kept), if both are JSON."""
    try:
        before = json.dumps(json.loads(stored.removeprefix(_BOM)), indent=2, ensure_ascii=False)
        after = json.dumps(json.loads(received.removeprefix(_BOM)), indent=2, ensure_ascii=False)
    except (ValueError, RecursionError):  # not JSON, or deeper than json can take: the exact text says it all
        return
    if before == after:
        differences = []
        if stored.removeprefix(_BOM) != received.removeprefix(_BOM):
            differences.append("formatting or escaping")
        if stored.startswith(_BOM) != received.startswith(_BOM):
            differences.append("a byte order mark")
        if differences:
            yield f"(same JSON value; the texts differ in {' and '.join(differences)} only)"
        return
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=1)
    yield from (line for line in diff if not line.startswith(("---", "+++")))
    yield "exact text (- stored, + received):"


def __getattr__(name: str) -> Any:
    # The extension classes subclass syrupy's: build them on first use only.
    if name == "TextSnapshotExtension":
        return _extensions()[0]
    if name == "WireSnapshotExtension":
        return _extensions()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@pytest.fixture
def wire_snapshot(request: pytest.FixtureRequest) -> SnapshotAssertion:
    """A syrupy ``snapshot`` that stores each asserted wire text as its own ``.json`` file, verbatim."""
    try:
        snapshot: SnapshotAssertion = request.getfixturevalue("snapshot")
    except pytest.FixtureLookupError:
        pytest.fail(_needs_syrupy("wire_snapshot"), pytrace=False)
    try:
        extension = _extensions()[1]
    except _SyrupyTooOld:
        pytest.fail(_needs_syrupy("wire_snapshot", version("syrupy")), pytrace=False)
    return snapshot.use_extension(extension)
