"""Convert files and streams of events: the conversion the command line, process pools and Dask share.

``translate_file(source, target, read=, write=)`` converts one file into another —
a recorded session (JSON Lines, one event per line, through one
:class:`~realtime_dialects.Translator`) or a single event — streaming it line by
line, and returns a :class:`FileReport`: what was converted, and every problem and
loss as the command line prints them. It takes and returns only plain values, so it
runs unchanged in a ``ProcessPoolExecutor``, a Dask bag or any worker pool.

A name ending in ``.gz`` is read or written gzip-compressed (``session.jsonl.gz``), the
way archives of recorded sessions are usually kept.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any, cast

import attrs
import orjson

from .dialects import Dialect, OnUnsupported, dialect
from .dialects.base import MAX_INPUT_SIZE, check_policy
from .errors import InvalidPayloadError, Loss, UnsupportedError
from .session import BOM, Translator, is_blank
from .translate import translation

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_UNSUPPORTED", "FileReport", "translate_file"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_UNSUPPORTED = 3

#: What reading a damaged file raises: OSError (gzip's BadGzipFile among them), EOFError (a
#: compressed file cut short), zlib.error (corrupt compressed data).
READ_ERRORS = (OSError, EOFError, zlib.error)


class Unreadable(Exception):
    """A file or stream could not be read on (its reason is the message)."""


def is_session(name: str) -> bool:
    """Whether a file of this name is a recorded session: ``.jsonl``, or ``.jsonl.gz`` (in any case)."""
    return name.lower().removesuffix(".gz").endswith(".jsonl")


def is_convertible(name: str) -> bool:
    """Whether a directory's file of this name is converted: ``.json`` or ``.jsonl``, gzipped or not, in
    any case (``SESSION.JSONL``, as archives from case-blind file systems name them)."""
    return name.lower().removesuffix(".gz").endswith((".json", ".jsonl"))


def is_compressed(name: str) -> bool:
    """Whether a file of this name is read and written gzip-compressed: ``.gz``, in any case."""
    return name.lower().endswith(".gz")


def open_input(path: str) -> IO[bytes]:
    """``path`` opened for reading bytes, decompressed if its name ends in ``.gz``."""
    if is_compressed(path):
        import gzip  # here: only compressed files need it

        return cast(IO[bytes], gzip.open(path, "rb"))  # a GzipFile reads as a binary file does
    return open(path, "rb")


@contextmanager
def open_output(path: str, compressed: bool) -> Iterator[IO[str]]:
    """``path`` opened for writing UTF-8 text, gzip-compressed if ``compressed``, closed on leaving."""
    if not compressed:
        with open(path, "w", encoding="utf-8") as text:
            yield text
        return
    import gzip

    # No file name and no time in the gzip header, where gzip.open() would put the name written
    # (the temporary one, with its process id) and the time: the same input gives the same bytes.
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed,
        io.TextIOWrapper(packed, encoding="utf-8") as text,
    ):
        yield text


#: The longest line or file held whole: the longest event read (``MAX_INPUT_SIZE``) and the line's
#: end (CR LF), which is not the event's; a longer one is told by its length. Its rest is read in
#: pieces and counted, not held: a 2 GB line (a JSON export given as a session, say) is refused
#: without 2 GB of memory.
HELD = MAX_INPUT_SIZE + 2
#: The pieces the rest of a line or file longer than :data:`HELD` is read in.
_PIECE = 1 << 20


class Overlong(bytes):
    """A line or file longer than :data:`HELD`, where its text would be: only its length is kept.

    ``len()`` is that length, and the readers refuse text by its length before they look at
    anything else (``input of 40000000 bytes or characters exceeds max_size=33554432``); its
    bytes are none.
    """

    length: int

    def __new__(cls, length: int) -> Overlong:
        self = super().__new__(cls)
        self.length = length
        return self

    def __len__(self) -> int:
        return self.length

    def removeprefix(self, prefix: Any, /) -> Overlong:  # a byte order mark: not kept either
        return self


def read_all(stream: IO[bytes]) -> bytes:
    """The whole of ``stream``, or past :data:`HELD` bytes an :class:`Overlong`; a damaged file raises Unreadable."""
    try:
        data = stream.read(HELD)
        if len(data) < HELD:
            return data
        length = len(data)
        del data
        while piece := stream.read(_PIECE):
            length += len(piece)
        return Overlong(length)
    except READ_ERRORS as error:
        raise Unreadable(why(error)) from None


def lines_of(stream: IO[bytes], broken: Callable[[Unreadable], None] | None = None) -> Iterator[bytes]:
    """The lines of ``stream``, without a byte order mark before the first; a damaged file
    raises :class:`Unreadable` where it breaks (and only reading is caught: a failing write,
    a closed pipe say, is the caller's). With ``broken``, the lines end there instead, and
    ``broken`` is given the error. A line longer than :data:`HELD` comes as an :class:`Overlong`,
    or as a blank line if it is one."""
    read = stream.readline
    try:
        line = read(HELD + len(BOM))  # the mark is not the line's
        if not line:  # an empty file: no line
            return
        ended = line[-1] == 10  # 10: a newline
        line = line.removeprefix(BOM)
        if not ended and len(line) >= HELD:
            line = _rest_of(line, read)
        yield line
        while line := read(HELD):
            if len(line) == HELD and line[-1] != 10:  # longer than an event may be: the rest is not held
                line = _rest_of(line, read)
            yield line
    except READ_ERRORS as error:
        if broken is None:
            raise Unreadable(why(error)) from None
        broken(Unreadable(why(error)))


def _rest_of(head: bytes, read: Callable[[int], bytes]) -> bytes:
    """The line that begins with ``head`` (:data:`HELD` bytes or more, not ended): read to its end and
    counted, without the line's end (LF or CR LF), as the event is."""
    length, blank, last = len(head), is_blank(head), head[-1:]
    del head
    while piece := read(_PIECE):
        length += len(piece)
        blank = blank and is_blank(piece)
        if piece[-1] == 10:  # 10: a line feed; 13: a carriage return
            length -= 2 if (piece[-2] if len(piece) > 1 else last[0]) == 13 else 1
            break
        last = piece[-1:]
    return b" " if blank else Overlong(length)


def overwrites(source: str, target: str) -> bool:
    """Whether writing ``target`` would write over ``source`` (the same file, by any name)."""
    try:
        return os.path.samefile(source, target)
    except OSError:  # one of them does not exist (yet): not the same file
        return False


def why(error: BaseException) -> str:
    """An error's reason, as one line: an OSError's own words, else its message."""
    reason = error.strerror if isinstance(error, OSError) else None
    return str(reason or error)


@attrs.frozen
class FileReport:
    """What converting one file did.

    ``status`` is the command line's exit code for it (0 ok, warnings included; 1 invalid
    input; 3 a field the target cannot express, under ``"raise"``); ``messages`` are the
    lines it printed on stderr, in order (``error: <file>:<line>: <path>: <message>``).
    """

    source: str
    target: str
    events: int
    written: int
    losses: int
    status: int
    messages: tuple[str, ...]


class Counts:
    """What converting a session did (lines and events read, events written, losses, the worst exit code).

    A :class:`~realtime_dialects.session.LineReport`: each problem and loss of line ``number``
    goes to ``report`` as a message naming ``label:number``.
    """

    __slots__ = ("events", "hinted", "label", "lines", "losses", "policy", "report", "status", "target", "written")

    def __init__(self, label: str, target: Dialect, policy: str, report: Callable[[str], object]) -> None:
        self.label, self.target, self.policy, self.report = label, target, policy, report
        self.lines = self.events = self.written = self.losses = 0
        self.status = EXIT_OK
        self.hinted = False

    def worst(self, status: int) -> None:
        self.status = max(self.status, status)

    def invalid(self, number: int, error: InvalidPayloadError) -> None:
        for problem in error.problems:
            self.report(f"error: {self.label}:{number}: {problem.path}: {problem.message}")
        self.worst(EXIT_INVALID)

    def unsupported(self, number: int, error: UnsupportedError) -> None:
        self.losses += len(error.losses)
        where = f"{self.label}:{number}"
        self.worst(_unsupported(error, where, self.target, self.policy, self.report, session=True, hinted=self.hinted))
        self.hinted = True  # the hint once for the file: its other lines are the same case

    def lost(self, number: int, losses: tuple[Loss, ...]) -> None:
        if self.policy == "warn":
            where = f"{self.label}:{number}"
            for loss in losses:
                self.report(_warning(where, loss))
        self.losses += len(losses)

    def ended(self, lines: int, blank: int) -> None:
        self.lines, self.events = lines, lines - blank


def convert_event(
    data: bytes, where: str, source: Dialect, target: Dialect, policy: str, report: Callable[[str], object]
) -> tuple[int, str | None]:
    """One event: the exit status and its text in the target (or None); problems and losses go to ``report``."""
    data = data.removeprefix(BOM)
    try:
        # Under "warn" the losses come back with the text; print them, don't raise warnings.
        if policy == "warn":
            text, losses = translation(source, target).with_losses(data)
        else:
            text, losses = translation(source, target).text(data, policy), ()
    except InvalidPayloadError as error:
        for problem in error.problems:
            report(f"error: {where}: {problem.path}: {problem.message}")
        if looks_like_json_lines(data):
            report(hint_jsonl(where))
        return EXIT_INVALID, None
    except UnsupportedError as error:
        return _unsupported(error, where, target, policy, report), None
    for loss in losses:
        report(_warning(where, loss))
    return EXIT_OK, text


def looks_like_json_lines(data: bytes) -> bool:
    """Whether ``data``, refused as one event, may be a recorded session: its first line alone is an object."""
    first, newline, rest = data.removeprefix(BOM).partition(b"\n")
    if not newline or is_blank(rest):
        return False
    try:
        # orjson, as the events are read: its depth limit is an error, where json's recursion would be a traceback.
        return isinstance(orjson.loads(first), dict)
    except orjson.JSONDecodeError:  # not JSON: the error said what it is
        return False


def hint_jsonl(where: str) -> str:
    """The hint after a recorded session read as one event."""
    return f"hint: use --jsonl to read {where} as a recorded session, one event per line"


def _warning(where: str, loss: Loss) -> str:
    """A loss under "warn", as one stderr line; a loss at ``$`` means the event was skipped, for its reason.

    The reason says what happened: the target has no such event, or the event needs a
    value the source did not set (``openai-ga needs 'usage' here, and it is not set``).
    """
    if loss.path == "$":
        return f"warning: {where}: $: skipped: {loss.reason}"
    return f"warning: {where}: {loss.path}: {loss.reason}"


def _unsupported(
    error: UnsupportedError,
    where: str,
    target: Dialect,
    policy: str,
    report: Callable[[str], object],
    *,
    session: bool = False,
    hinted: bool = False,
) -> int:
    whole = [loss for loss in error.losses if loss.path == "$"]
    if whole and policy != "raise":
        # The event as a whole cannot be written (no such event, or a value it needs is missing):
        # nothing to write, so skipped (said under "warn", with the loss's own reason).
        if policy == "warn":
            for loss in whole:
                report(_warning(where, loss))
        return EXIT_OK
    for loss in error.losses:
        report(f"error: {where}: {loss.path}: {target.name} cannot express this: {loss.reason}")
    if not hinted:
        if session:
            what = f"keep what {target.name} can express of such lines"
        else:
            what = "skip it" if whole else f"write it without what {target.name} cannot express"
        report(f"hint: use --on-unsupported warn or drop to {what}")
    return EXIT_UNSUPPORTED


#: Events written at a time to an output that is not live: one write of their lines, not one per event;
#: fewer when their text reaches BATCH_CHARS, so that a log of large lines is not held 64 at a time.
BATCH = 64
BATCH_CHARS = 1 << 20


def convert_session(
    stream: IO[bytes], write: Callable[[str], object], source: Dialect, counts: Counts, *, live: bool = False
) -> Counts:
    """A recorded session, line by line, through one Translator; ``write`` takes the target's lines.

    ``write`` is given whole lines, each ending in a newline: :data:`BATCH` events at a time
    (fewer past :data:`BATCH_CHARS` characters), or, ``live``, each event as it comes (a live
    session on standard input, a terminal). ``counts`` (made for the file, its target, policy
    and report) is told what becomes of each line, and holds what was done so far when
    ``write`` raises.
    A file that breaks off (a damaged archive) is reported at the line where it did, after the
    lines before it are converted.
    """
    # The translator raises for losses under "raise"; under "warn" it keeps them in .losses.
    policy: OnUnsupported = "raise" if counts.policy == "raise" else "drop"
    translator = Translator(read=source, write=counts.target, on_unsupported=policy)
    broken: list[Unreadable] = []  # the lines end where the file breaks: what was read before is written
    texts = translator.feed_lines(lines_of(stream, broken.append), counts)
    try:
        _write_lines(texts, write, counts, live)
    finally:
        texts.close()  # the lines read are counted, also when writing failed
    for error in broken:
        counts.report(f"error: {counts.label}:{counts.lines + 1}: cannot read file: {error}")
        counts.worst(EXIT_INVALID)
    return counts


def _write_lines(texts: Iterator[str], write: Callable[[str], object], counts: Counts, live: bool) -> None:
    if live:
        for text in texts:
            write(text + "\n")
            counts.written += 1  # once written
    else:
        batch: list[str] = []

        def flush() -> None:
            count = len(batch)
            batch.append("")  # joined last, for the last line's newline
            write("\n".join(batch))
            counts.written += count  # once written
            batch.clear()

        size = 0
        for text in texts:
            batch.append(text)
            size += len(text)
            if size >= BATCH_CHARS or len(batch) == BATCH:
                flush()
                size = 0
        if batch:
            flush()


def translate_file(
    source: str | bytes | os.PathLike[str] | os.PathLike[bytes],
    target: str | bytes | os.PathLike[str] | os.PathLike[bytes],
    *,
    read: str | Dialect,
    write: str | Dialect,
    on_unsupported: OnUnsupported = "raise",
    session: bool | None = None,
    report: Callable[[str], object] | None = None,
) -> FileReport:
    """Convert the file ``source`` into the file ``target`` (its directory is made if need be).

    ``session`` says whether it is a recorded session, one event per line (by default:
    whether its name ends in ``.jsonl`` or ``.jsonl.gz``). Nothing is raised for what is in the
    file: invalid lines and losses are in the report, and the rest of a session is converted. A
    single event that fails (invalid, unreadable, or a loss under ``"raise"``), or that is skipped
    (one the target has no counterpart for, under ``"warn"`` or ``"drop"``), writes nothing:
    ``target`` is left as it was, an earlier conversion's output included. A name ending in
    ``.gz`` is read or written gzip-compressed (with no name nor time in its header: the same
    input gives the same bytes).

    The messages (what the command line prints on stderr) are the report's ``messages``; given
    ``report``, each is handed to it as it comes instead, and ``messages`` is empty: a log with
    a million losses under ``"warn"`` then takes no memory for them.

    >>> import realtime_dialects as rd, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "in.jsonl").write_text('{"type": "input_audio_buffer.commit"}\\n')
    >>> report = rd.translate_file(folder / "in.jsonl", folder / "out" / "in.jsonl", read="azure", write="openai-ga")
    >>> (report.events, report.written, report.status), (folder / "out" / "in.jsonl").read_text()
    ((1, 1, 0), '{"type":"input_audio_buffer.commit"}\\n')
    """
    check_policy(on_unsupported)  # before reading: a typo is not the file's fault
    try:
        # A bytes path is decoded as the file system encodes names (os.fsdecode): one kind of name below.
        return _convert_file(os.fsdecode(source), os.fsdecode(target), read, write, on_unsupported, session, report)
    except _ReportFailed as failure:  # the caller's, not the file's: raised as it was
        raise failure.error from None


def _convert_file(
    source: str,
    target: str,
    read: str | Dialect,
    write: str | Dialect,
    on_unsupported: str,
    session: bool | None,
    report: Callable[[str], object] | None,
) -> FileReport:
    reader, writer = dialect(read), dialect(write)
    lines = is_session(source) if session is None else session
    messages: list[str] = []
    say = messages.append if report is None else _reporting(report)
    counts = Counts(source, writer, on_unsupported, say)  # of a session's lines, or of the one event

    def failed(message: str) -> FileReport:
        say(message)
        # What was read and lost before is counted, as said; nothing is written (the output is removed).
        return FileReport(source, target, counts.events, 0, counts.losses, EXIT_INVALID, tuple(messages))

    for path, verb in ((source, "read"), (target, "write")):
        if "\0" in path:  # no file has such a name (os functions raise ValueError for it, not OSError)
            return failed(f"error: {path!r}: cannot {verb} file: a NUL in its name")
    if overwrites(source, target):  # opening the output would empty the input before it is read
        return failed(f"error: {target}: is the input itself; converting a file onto itself would destroy it")
    try:
        stream = open_input(source)
    except OSError as error:
        return failed(f"error: {source}: cannot read file: {why(error)}")
    # A file is written under a temporary name and renamed when done: an interrupted or failed
    # conversion never leaves a truncated file under the target's name (nor replaces an earlier one).
    # What is not a plain file (a device, a pipe, a link) is written where it is: a rename would replace it.
    # The name is the process's and the thread's: a threaded worker (Dask's) may convert two files at once.
    part = target if _not_a_plain_file(target) else _unfinished_name(target, os.getpid(), threading.get_native_id())
    try:
        if not lines:
            # A single event is converted before its output is opened: one that fails leaves nothing
            # written, where an opened output would be an empty file, over an earlier good one.
            said: list[str] = []
            status, text = convert_event(read_all(stream), source, reader, writer, on_unsupported, said.append)
            counts.events = 1
            counts.losses = sum(1 for m in said if not m.startswith("hint:")) if status != EXIT_INVALID else 0
            counts.worst(status)
            for message in said:
                say(message)
            if status != EXIT_OK or text is None:  # failed, or skipped: nothing to write, nor an empty file
                return FileReport(source, target, counts.events, 0, counts.losses, status, tuple(messages))
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        with open_output(part, compressed=is_compressed(target)) as sink:
            if lines:
                convert_session(stream, sink.write, reader, counts)
            else:
                assert text is not None  # a skipped event returned above
                sink.write(text + "\n")
                counts.written = 1
        if part != target:
            os.replace(part, target)
        return FileReport(source, target, counts.events, counts.written, counts.losses, counts.status, tuple(messages))
    except _ReportFailed:
        raise  # the caller's report failed, not the file: past the handlers below
    except Unreadable as error:
        return failed(f"error: {source}: cannot read file: {error}")
    except OSError as error:  # reading's errors are Unreadable: this is the output's
        return failed(f"error: {target}: cannot write file: {why(error)}")
    finally:
        if part != target and os.path.exists(part):  # not renamed: failed or interrupted
            os.remove(part)
        stream.close()


def _unfinished_name(target: str, pid: int, thread: int) -> str:
    """The temporary name ``target`` is written under by thread ``thread`` of process ``pid``."""
    return f"{target}.{pid}.{thread}.part"


def remove_unfinished(target: str, pids: set[int]) -> None:
    """Remove what processes ``pids``, killed, left unfinished of ``target`` (their temporary files)."""
    folder, name = os.path.split(target)
    try:
        entries = os.listdir(folder or ".")
    except OSError:
        return
    prefix, suffix = name + ".", ".part"  # as _unfinished_name writes them
    for entry in entries:
        if not (entry.startswith(prefix) and entry.endswith(suffix)):
            continue
        pid, _, thread = entry[len(prefix) : -len(suffix)].partition(".")
        if pid.isdigit() and thread.isdigit() and int(pid) in pids:
            with contextlib.suppress(OSError):
                os.remove(os.path.join(folder, entry))


class _ReportFailed(Exception):
    """What the caller's ``report`` raised, carried past the handlers of the files' own errors."""

    def __init__(self, error: Exception) -> None:
        super().__init__(error)
        self.error = error


def _reporting(report: Callable[[str], object]) -> Callable[[str], None]:
    def say(message: str) -> None:
        try:
            report(message)
        except Exception as error:
            raise _ReportFailed(error) from None

    return say


def _not_a_plain_file(path: str) -> bool:
    """Whether ``path`` exists and is not a plain file (nor a name for nothing yet)."""
    try:
        return not stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:  # nothing there (yet)
        return False
