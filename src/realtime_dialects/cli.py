"""The ``realtime-dialects`` command: convert and check events and recorded sessions of any dialect.

Output goes to stdout (or to files under ``--out``); losses and errors go to stderr,
each with its input and wire path, never as a traceback. Exit codes: 0 ok (warnings
included), 1 invalid input, 2 usage (standard output redirected to an input file among
them), 3 unsupported fields under ``--on-unsupported raise``.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import difflib
import io
import json
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from functools import partial
from typing import IO, TYPE_CHECKING, Any

import attrs

from . import __version__
from .dialects import Dialect, dialect, names
from .errors import InvalidPayloadError
from .files import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNSUPPORTED,
    Counts,
    FileReport,
    Unreadable,
    convert_event,
    convert_session,
    hint_jsonl,
    is_convertible,
    is_session,
    lines_of,
    looks_like_json_lines,
    open_input,
    read_all,
    remove_unfinished,
    translate_file,
    why,
)
from .session import BOM, is_blank

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_UNSUPPORTED", "EXIT_USAGE", "main"]

EXIT_USAGE = 2

EPILOG = """\
examples:
  realtime-dialects convert --from azure --to openai event.json
  cat event.json | realtime-dialects convert --from azure --to openai-ga -
  realtime-dialects convert --from azure --to openai --on-unsupported warn event.json
  realtime-dialects convert --from azure --to openai-ga --jsonl session.jsonl > converted.jsonl
  realtime-dialects convert --from azure --to openai-ga --on-unsupported warn logs/ --out converted/ --jobs 4
  realtime-dialects check --dialect azure event.json

A file ending in .jsonl is a recorded session, one event per line, translated with the
session's memory; --jsonl reads every input so (standard input too). Directories are
searched for *.json and *.jsonl files, written under --out with the same relative names.
A name ending in .gz (session.jsonl.gz) is read and written gzip-compressed.

exit codes:
  0  success (warnings included)
  1  invalid input (malformed JSON, invalid payload, unreadable file or directory), or output that cannot be written
  2  usage error (standard output redirected to an input file among them)
  3  the target cannot express some fields (--on-unsupported raise, the default)
  130, 143  interrupted (Ctrl-C) or terminated (kill): unfinished outputs under --out are removed

Errors and losses are written to stderr as 'error: <where>: <wire path>: <message>' (or 'warning: ...'),
with a 'hint: ...' line where other options would do what was refused.
"""


class _Failed(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


class _Parser(argparse.ArgumentParser):
    """A parser that refuses the arguments it does not know itself, with its own usage.

    argparse hands a command's unknown arguments up to the top-level parser, which refused
    them under its own usage (``realtime-dialects [-h] [--version] COMMAND ...``), not the
    command's; and an option a letter off its name was not named.
    """

    def parse_known_args(  # type: ignore[override]  # one signature for typeshed's overloads
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(_unrecognized(extras, [name for action in self._actions for name in action.option_strings]))
        return parsed, extras


def _unrecognized(extras: list[str], options: list[str]) -> str:
    """argparse's message for ``extras``, with the option each misspelled one is near (``--on-unsuported``)."""
    message = f"unrecognized arguments: {' '.join(extras)}"
    near = {}
    for extra in extras:
        if extra.startswith("--"):
            found = difflib.get_close_matches(extra.partition("=")[0], options, n=1, cutoff=0.75)
            if found:
                near[extra] = found[0]
    if len(near) == 1:  # one misspelt option (its value, if it has one, comes after it: not an option)
        (option,) = near.values()
        return f"{message}; did you mean {option}?"
    if near:
        return f"{message}; did you mean " + ", ".join(f"{option} for {extra}" for extra, option in near.items()) + "?"
    return message


def build_parser() -> argparse.ArgumentParser:
    dialects = names()
    parser = _Parser(
        prog="realtime-dialects",
        description="Read, write and convert the realtime voice APIs' events between dialects\n"
        f"({', '.join(dialects)}), byte for byte, reporting every field the target cannot express.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,  # --json is not --jsonl: a prefix is a typo as likely as a shorthand
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    convert = commands.add_parser(
        "convert",
        help="convert events or recorded sessions from one dialect to another",
        description="Convert an event, a recorded session (JSON Lines), or many files, and write the\n"
        "target dialect's exact wire text.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    convert.add_argument("--from", dest="source", required=True, choices=dialects, help="dialect of the input")
    convert.add_argument("--to", dest="target", required=True, choices=dialects, help="dialect to write")
    convert.add_argument(
        "inputs",
        nargs="*",
        default=["-"],
        metavar="INPUT",
        help="files or directories to convert (.gz ones decompressed), or - for stdin (the default)",
    )
    convert.add_argument(
        "--jsonl",
        action="store_true",
        help="JSON Lines: every input is a recorded session, one event per line (files ending in .jsonl or "
        ".jsonl.gz are anyway); blank lines are skipped, bad lines are reported with their line number and the "
        "rest converted",
    )
    convert.add_argument(
        "--on-unsupported",
        choices=("raise", "warn", "drop"),
        default="raise",
        help="fields the target cannot express: raise = report them and fail with exit code 3 (default); "
        "warn = report each on stderr as 'warning: <where>: <path>: <reason>' and convert the rest "
        "(an event the target cannot write at all is skipped: 'warning: <where>: $: skipped: <reason>'); "
        "drop = convert silently",
    )
    convert.add_argument(
        "--pretty",
        action="store_true",
        help="indent the output for humans; this is NOT the exact wire text (one JSON event to stdout only)",
    )
    convert.add_argument(
        "--out",
        metavar="DIR",
        help="write each input to DIR under its own relative name (needed for several inputs, or a directory)",
    )
    convert.add_argument(
        "--jobs",
        type=_positive,
        default=os.cpu_count() or 1,
        metavar="N",
        help="convert this many files at once, in separate processes (default: the number of CPUs)",
    )
    convert.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress line on stderr (it shows only on a terminal, and not under CI)",
    )

    check = commands.add_parser(
        "check",
        help="validate events in one dialect",
        description="Validate events; print every problem with its wire path.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    check.add_argument("--dialect", required=True, choices=dialects, help="dialect of the input")
    check.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT", help="files, or - for stdin (default)")
    check.add_argument("--jsonl", action="store_true", help="JSON Lines: check one event per line")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    if sys.stderr is None:
        # Started with standard error closed (`2>&-`): the messages have nowhere to go, and must
        # not go where print() would send them instead, into the converted events on stdout.
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115  # kept for the rest of the process
    args = build_parser().parse_args(argv)
    previous = _exit_on_sigterm()
    previous_interrupt = _interrupt_once()
    previous_form = previous_errors = None
    try:
        previous_form = _utf8_stdout()
        previous_errors = _names_on_stderr()
        if args.command == "convert":
            return _convert(args)
        return _check(args)
    except _Failed as failure:
        return failure.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Standard output's reader went away (e.g. `| head`): stop quietly, without a flush error at
        # exit. (Standard error's going away is not this: _say() goes on without it.)
        _drop_stdout()
        return EXIT_OK
    except _CannotWrite as failure:
        # Standard output is full or gone: said once, without a flush error at exit.
        _error("<stdout>", f"cannot write: {why(failure.error)}")
        _drop_stdout()
        return EXIT_INVALID
    finally:
        if previous_form is not None:
            _restore_stdout(previous_form)
        if previous_errors is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                sys.stderr.reconfigure(errors=previous_errors)  # type: ignore[union-attr]
        if previous is not None:  # main() called in a process of its caller's: its handlers back
            signal.signal(signal.SIGTERM, previous)
        if previous_interrupt is not None:
            signal.signal(signal.SIGINT, previous_interrupt)


def _exit_on_sigterm() -> Any:
    """Make SIGTERM (``kill``, ``timeout``) exit as Ctrl-C does, through every ``finally`` on the way.

    Without it the process ends on the spot: an output under ``--out`` stays as its temporary
    ``.part`` file, and the workers of ``--jobs`` are left running with nobody to hand them work.
    Returns the handler it replaces (None in a thread other than the main one: nothing replaced).
    """
    return _handle(signal.SIGTERM, _terminated)


def _handle(signum: int, handler: Any) -> Any:
    """Set ``handler`` for ``signum``; return the one it replaces (None: nothing replaced).

    A signal the process was started with ignored stays ignored: a shell starts a background job so
    (``command &`` in a script), and Ctrl-C at the terminal is not for it. Nor is anything set in a
    thread other than the main one (main() called in a thread), where Python refuses it.
    """
    if signal.getsignal(signum) is signal.SIG_IGN:
        return None
    try:
        return signal.signal(signum, handler)
    except ValueError:
        return None


def _interrupt_once() -> Any:
    """Make Ctrl-C interrupt the command once: a second (a double press, or a signal to the whole
    process group after one to the command) does not cut short the removal of unfinished outputs.
    Returns the handler it replaces (None in a thread other than the main one)."""
    return _handle(signal.SIGINT, _interrupted)


def _interrupted(signum: int, frame: object) -> None:
    _ignore_stops()
    raise KeyboardInterrupt


def _terminated(signum: int, frame: object) -> None:
    _ignore_stops()
    raise SystemExit(128 + signum)


def _ignore_stops() -> None:
    """Ignore Ctrl-C and SIGTERM from now on: the command is ending, its cleanup runs to its end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so that what is still buffered is not flushed at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _utf8_stdout() -> tuple[str, str] | None:
    """Make standard output write the dialects' text as it is, UTF-8 with lines ending in LF, whatever
    the locale would make of it (a cp1252 console, a Windows redirect); return its encoding and
    errors before, if they changed."""
    stdout = sys.stdout
    if not isinstance(stdout, io.TextIOWrapper):
        return None
    if codecs.lookup(stdout.encoding).name == "utf-8" and stdout.errors == "surrogateescape" and os.linesep == "\n":
        return None
    was = (stdout.encoding, stdout.errors or "strict")
    # Events are valid Unicode (lone surrogates are refused); a file name in a message may not be.
    stdout.reconfigure(encoding="utf-8", errors="surrogateescape", newline="\n")
    return was


def _name_bytes_kept(error: UnicodeError) -> tuple[str | bytes, int]:
    """An encoding error handler: the bytes of a file name that is not UTF-8 written as they are
    (surrogate escapes, as standard output writes them), anything else the encoding lacks escaped."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    if all("\udc80" <= char <= "\udcff" for char in chunk):
        return bytes(ord(char) - 0xDC00 for char in chunk), error.end
    return codecs.backslashreplace_errors(error)


#: The name of :func:`_name_bytes_kept` among the codecs' error handlers.
NAME_BYTES_KEPT = "realtime_dialects.name_bytes_kept"
codecs.register_error(NAME_BYTES_KEPT, _name_bytes_kept)


def _names_on_stderr() -> str | None:
    """Make standard error write the bytes of a file name that is not UTF-8 as they are, as standard
    output does: ``nm/bad\xff.json``, not the text ``nm/bad\\udcff.json``, which no shell finds. Its
    encoding stays the terminal's. Returns its error handler before, if it changed."""
    stderr = sys.stderr
    if not isinstance(stderr, io.TextIOWrapper) or stderr.errors == NAME_BYTES_KEPT:
        return None
    was = stderr.errors or "strict"
    stderr.reconfigure(errors=NAME_BYTES_KEPT)
    return was


def _restore_stdout(was: tuple[str, str]) -> None:
    """Standard output as it was (main() called in a process of its caller's)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stdout.reconfigure(encoding=was[0], errors=was[1], newline=None)  # type: ignore[union-attr]


def _say(text: str) -> None:
    """Write ``text`` to standard error now; once its reader is gone (`2>&1 >out | head`), or it
    cannot be written (`2>/dev/full`), to nowhere.

    The messages are lost, but the conversion goes on to its end and its exit code: the outputs
    are still wanted, which the reader of the messages does not speak for.
    """
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except OSError:  # BrokenPipeError, or a full or failing device
        # Pointed at /dev/null, as when started with it closed: what is still buffered, and what
        # is said from now on, goes there (not into the converted events, not as an error at exit).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stderr.fileno())
        os.close(devnull)


# --------------------------------------------------------------------------- input


def _open(path: str) -> IO[bytes]:
    if path == "-":
        if sys.stdin is None:  # started with standard input closed (`<&-`)
            _error("<stdin>", "cannot read: standard input is closed")
            raise _Failed(EXIT_INVALID)
        return sys.stdin.buffer
    try:
        return open_input(path)  # closed by the caller
    except OSError as error:
        _error(path, f"cannot read file: {why(error)}")
        raise _Failed(EXIT_INVALID) from None


def _label(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _error(where: str, message: str) -> None:
    _report(f"error: {where}: {message}")


def _refuse_own_output(stream: IO[bytes], label: str) -> None:
    """Fail, as ``cat`` does, when standard output is the plain file ``stream`` reads.

    Appended to (`convert log.jsonl >> log.jsonl`), the input would grow by its own output for
    ever; written over (`> log.jsonl`), it was emptied before the command started, and converting
    nothing would succeed without a word.
    """
    try:
        written, read = os.fstat(sys.stdout.fileno()), os.fstat(stream.fileno())
    except (OSError, ValueError):  # no descriptor (a stream made in code): not a file
        return
    if stat.S_ISREG(written.st_mode) and os.path.samestat(written, read):
        _error(label, "input file is output file (standard output is redirected to it); write elsewhere")
        raise _Failed(EXIT_USAGE)


# --------------------------------------------------------------------------- convert


def _convert(args: argparse.Namespace) -> int:
    if args.out is None and any(given != "-" and os.path.isdir(given) for given in args.inputs):
        # Refused whatever it holds: to stdout with one file, refused with two, a script would break on the second.
        _report("error: a directory needs --out DIR (each of its files is written under it, by its own name)")
        return EXIT_USAGE
    jobs, status = _jobs(args)
    if not jobs:  # every input a directory that could not be read or held no files: said
        return status
    if len(jobs) == 1 and args.out is None:
        source_path, _, session = jobs[0]
        return max(status, _convert_to_stdout(args, source_path, session))
    if args.out is None:
        _report("error: several inputs need --out DIR (each is written under its own name)")
        return EXIT_USAGE
    if any(path == "-" for path, _, _ in jobs):
        _report("error: standard input cannot be converted with --out; give file names")
        return EXIT_USAGE
    if not args.out:
        _report("error: --out needs a directory name")
        return EXIT_USAGE
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        _report(f"error: --out {args.out}: not a directory (each input is written under it)")
        return EXIT_USAGE
    clobbered = _clobbered(jobs, args.out)
    if clobbered is not None:
        _report(f"error: --out {args.out} would write over the inputs ({clobbered}); give another directory")
        return EXIT_USAGE
    return max(status, _convert_files(args, jobs))


def _clobbered(jobs: list[tuple[str, str, bool]], out: str) -> str | None:
    """The first input that an output under ``out`` would be written over, or None.

    An output that is a plain file is written under a temporary name and renamed: only its own input,
    by any name, is refused (opening it would empty the input before it is read). One that is
    not (a link to another input) is written through, so it is compared with every input: the
    other input would be written over, then read as it.
    """
    identities: dict[str, tuple[int, int]] = {}
    for path, _, _ in jobs:
        with contextlib.suppress(OSError, ValueError):  # not there: reported when it is converted
            found = os.stat(path)
            identities[path] = (found.st_dev, found.st_ino)
    inputs = {identity: path for path, identity in reversed(identities.items())}  # the first of each file's names
    for path, name, _ in jobs:
        target = os.path.join(out, name)
        try:
            linked = not stat.S_ISREG(os.lstat(target).st_mode)
            found = os.stat(target)
        except (OSError, ValueError):  # not written yet, or a link to nothing: nothing to write over
            continue
        identity = (found.st_dev, found.st_ino)
        if identity in inputs and (linked or identities.get(path) == identity):
            return inputs[identity]
    return None


def _jobs(args: argparse.Namespace) -> tuple[list[tuple[str, str, bool]], int]:
    """Each input file with its name under --out and whether it is a session (JSON Lines); and the
    exit code so far: a directory that cannot be read is said here, and the rest is converted."""
    jobs: list[tuple[str, str, bool]] = []
    status = EXIT_OK
    for given in args.inputs:
        if given != "-" and os.path.isdir(given):
            from pathlib import Path  # here: with urllib.parse and ipaddress, ~5 ms of every run's start-up

            root = Path(given)
            unreadable: list[OSError] = []
            files = _files_under(given, args.out, unreadable.append)
            found = sorted(path for path in files if is_convertible(path.name))
            for error in unreadable:
                _error(str(error.filename), f"cannot read directory: {why(error)}")
                status = EXIT_INVALID
            if not found and not unreadable:  # said, and the other inputs are converted
                _error(given, "no .json or .jsonl files (gzipped or not) in this directory")
                status = EXIT_INVALID
            jobs += [(str(path), str(path.relative_to(root)), args.jsonl or is_session(path.name)) for path in found]
        else:
            jobs.append((given, os.path.basename(given), args.jsonl or is_session(given)))
    counted = collections.Counter(name for _, name, _ in jobs)
    duplicates = sorted(name for name, count in counted.items() if count > 1)
    if duplicates and args.out is not None:
        _report(f"error: several inputs would be written as {', '.join(duplicates)}")
        raise _Failed(EXIT_USAGE)
    return jobs, status


def _files_under(root: str, out: str | None, unreadable: Callable[[OSError], object]) -> Iterator[Path]:
    """The files under ``root``, not looking into ``out`` (``--out``, when it is there).

    An output directory inside an input directory holds an earlier run's outputs: they are not
    inputs (they would be converted again, into ``out/out``, as the source dialect's). A directory
    that cannot be read (``root`` itself, or one under it) is given to ``unreadable``, not skipped
    unsaid.
    """
    from pathlib import Path

    skipped = os.path.realpath(out) if out is not None else None
    for folder, folders, files in os.walk(root, onerror=unreadable):
        folders[:] = [name for name in folders if os.path.realpath(os.path.join(folder, name)) != skipped]
        for name in files:
            path = Path(folder, name)
            # A link to nothing is yielded too: reading it fails, and says so, where skipping would not.
            if path.is_file() or (path.is_symlink() and not path.exists()):
                yield path


def _convert_to_stdout(args: argparse.Namespace, path: str, session: bool) -> int:
    _need_stdout()
    source, target = dialect(args.source), dialect(args.target)
    stream = _open(path)
    label = _label(path)
    try:
        _refuse_own_output(stream, label)
        if session:
            # Standard input may be a live session: each event is passed on as it comes, as it is to a
            # terminal. A file is there whole (given by name, or as standard input: `< log.jsonl`), and
            # its events are written in batches through the output's buffer.
            live = (stream is sys.stdin.buffer and not _is_file(stream)) or sys.stdout.isatty()
            write = _stdout_line if live else _stdout_buffered
            counts = convert_session(
                stream, write, source, Counts(label, target, args.on_unsupported, _report), live=live
            )
            _stdout_flush()  # here, not at exit: a full disk is said like any other error
            return counts.status
        try:
            data = read_all(stream)
        except Unreadable as error:
            _error(label, f"cannot read file: {error}")
            return EXIT_INVALID
        status, text = convert_event(data, label, source, target, args.on_unsupported, _report)
        if text is not None:
            if args.pretty:
                text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
            _stdout_line(text + "\n")
        return status
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _is_file(stream: IO[bytes]) -> bool:
    """Whether ``stream`` reads a plain file (not a pipe, a terminal or a socket, which may be live)."""
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError):  # no descriptor (a stream made in code)
        return False


class _CannotWrite(Exception):
    """Standard output could not be written (a full disk); ``error`` says why."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


def _need_stdout() -> None:
    """Fail, saying why, if there is no standard output to write to (started with it closed, `>&-`)."""
    if sys.stdout is None:
        _error("<stdout>", "cannot write: standard output is closed")
        raise _Failed(EXIT_INVALID)


def _stdout_line(lines: str) -> None:
    """Write ``lines`` (each ending in a newline) to the output now."""
    _stdout_buffered(lines)
    _stdout_flush()


def _stdout_buffered(lines: str) -> None:
    """Write ``lines`` (each ending in a newline) to the output's buffer; a failure is said as an error."""
    try:
        sys.stdout.write(lines)
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except OSError as error:
        raise _CannotWrite(error) from None


def _stdout_flush() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _CannotWrite(error) from None


def _report(line: str) -> None:
    _say(line + "\n")


def _convert_files(args: argparse.Namespace, jobs: list[tuple[str, str, bool]]) -> int:
    options = {"read": args.source, "write": args.target, "on_unsupported": args.on_unsupported}
    tasks = [(path, os.path.join(args.out, name), session) for path, name, session in jobs]
    progress = _Progress(len(tasks), enabled=args.progress)
    try:
        if args.jobs == 1 or len(tasks) == 1:
            # Each message is said as it comes: a file's million losses under "warn" are not held.
            def say(line: str) -> None:
                progress.clear()
                _report(line)

            return _collect(map(partial(_translate_file, report=say, **options), tasks), progress)
        # Each file is one task, streamed by one worker: memory stays flat however large the files.
        # Imported here: process pools (multiprocessing) cost a run on one file ~20 ms of start-up.
        import tempfile

        _quiet_broken_pool_race()
        with tempfile.TemporaryDirectory(prefix="realtime-dialects-") as spills:
            convert = partial(_translate_file_in_worker, spills=spills, **options)
            reports = _in_pools(tasks, min(args.jobs, len(tasks)), convert, spills)
            try:
                return _collect(reports, progress, spills)
            finally:
                reports.close()  # interrupted: the workers stop now, before their directory is removed
    finally:
        progress.close()


def _in_pools(
    tasks: list[tuple[str, str, bool]], workers: int, convert: Callable[..., FileReport], spills: str
) -> Generator[FileReport, None, None]:
    """Each task's report, in the tasks' order as each is done, the files converted by a pool of ``workers`` processes.

    A worker that ends abruptly (killed, or out of memory) breaks its pool. The files not begun
    then go on in a new one, and each file begun and not finished is converted again, alone in a
    pool of its own: one that breaks that too is reported as not converted, and holds up no other.
    """
    reports: dict[int, FileReport] = {}
    waiting = list(range(len(tasks)))
    suspects: list[int] = []
    shown = 0
    while waiting or suspects:
        if suspects:
            batch, size, alone = [suspects.pop(0)], 1, True
        else:
            batch, waiting, size, alone = waiting, [], min(workers, len(waiting)), False
        run = _in_pool(tasks, batch, size, convert, spills)
        finished = 0
        try:
            while True:
                try:
                    index, report = next(run)
                except StopIteration as ended:
                    broke: tuple[list[int], str] | None = ended.value
                    break
                reports[index] = report
                finished += 1
                while shown in reports:
                    yield reports.pop(shown)
                    shown += 1
        finally:
            run.close()  # stopped (interrupted, or its reader gone): the pool's workers stop now
        if broke is not None and alone:
            begun, how = broke
            reports[batch[0]] = _not_converted(tasks[batch[0]], f"the process converting it {how}")
            if not begun:  # its worker ended before its file began: no worker can start, so none is begun
                for index in [*suspects, *waiting]:
                    reports[index] = _not_converted(tasks[index], f"no worker process could start (one {how})")
                suspects, waiting = [], []
        elif broke is not None:
            begun, _ = broke
            unfinished = [index for index in batch if index >= shown and index not in reports]
            if not begun and not finished:  # nothing begun, nor done: the first is tried alone
                begun = unfinished[:1]
            suspects += begun
            waiting = [index for index in unfinished if index not in begun] + waiting
        while shown in reports:
            yield reports.pop(shown)
            shown += 1


def _not_converted(task: tuple[str, str, bool], why: str) -> FileReport:
    """The report of a file no worker could convert, and ``why``."""
    source, target, _ = task
    message = f"error: {_label(source)}: not converted: {why}"
    return FileReport(source, target, 0, 0, 0, EXIT_INVALID, (message,))


def _in_pool(
    tasks: list[tuple[str, str, bool]],
    batch: list[int],
    size: int,
    convert: Callable[..., FileReport],
    spills: str,
) -> Generator[tuple[int, FileReport], None, tuple[list[int], str] | None]:
    """Convert the tasks ``batch`` in a pool of ``size`` processes, yielding each report in turn.

    Returns None, or, when a worker ended abruptly, the tasks begun and not finished and how the
    worker ended: the pool's workers are stopped, their unfinished outputs and messages removed,
    and the rest is not begun.
    """
    import multiprocessing
    from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor

    others = set(multiprocessing.active_children())  # children not the pool's (main() called in a program)
    futures: list[tuple[int, Future[FileReport]]] = []
    done: set[int] = set()
    with ProcessPoolExecutor(max_workers=size, initializer=_start_worker) as pool:
        try:
            try:
                # The workers start as the files are submitted; forked, they start with the stops held.
                with _stops_held(multiprocessing.get_start_method() == "fork"):
                    for index in batch:
                        futures.append((index, pool.submit(convert, (index, tasks[index]))))
            except (BrokenExecutor, RuntimeError):  # broken while the files were handed out (then "shut down")
                pass
            for index, future in futures:
                try:
                    report = future.result()
                except BrokenExecutor:
                    break
                done.add(index)
                yield index, report
            else:
                if len(futures) == len(batch):
                    return None
        except BaseException:
            # Interrupted, terminated, failed or closed: the files not begun are not, and the workers
            # stop now (each removes its unfinished output) instead of converting what they hold first.
            pool.shutdown(wait=False, cancel_futures=True)
            unfinished = [tasks[index] for index in batch if index not in done]
            _stop_workers(_workers_of(pool, others), unfinished)
            raise
        # Broken: what finished before it broke is told, and the workers left are stopped, not waited for.
        for index, future in futures:
            if index not in done and future.done() and future.exception() is None:
                done.add(index)
                yield index, future.result()
        begun = [index for index in batch if index not in done and os.path.exists(_begun(spills, index))]
        workers = _workers_of(pool, others)
        pool.shutdown(wait=False, cancel_futures=True)
        _stop_workers(workers, [tasks[index] for index in batch if index not in done])
    for index in batch:
        if index not in done:
            for leftover in (_begun(spills, index), os.path.join(spills, str(index))):
                with contextlib.suppress(OSError):
                    os.remove(leftover)
    return begun, _how_ended(workers)


def _workers_of(pool: Any, others: set[Any]) -> set[Any]:
    """The worker processes of ``pool``, those that have ended among them (CPython keeps them there)."""
    import multiprocessing

    return set((getattr(pool, "_processes", None) or {}).values()) | (set(multiprocessing.active_children()) - others)


def _begun(spills: str, index: int) -> str:
    """The file a worker makes in ``spills`` as it begins task ``index``, for telling a broken pool's suspects."""
    return os.path.join(spills, f"{index}.begun")


def _how_ended(workers: set[Any]) -> str:
    """How the first of ``workers`` (all ended) to end abruptly ended, in words."""
    for worker in workers:
        code = worker.exitcode
        deadline = time.monotonic() + 1.0
        while code is None and time.monotonic() < deadline:
            # Reaped by the pool's own thread, which sets its exit code a moment later: joined here
            # meanwhile, it was found gone, and said nothing.
            time.sleep(0.01)
            code = worker.exitcode
        if code is not None and code < 0:
            with contextlib.suppress(ValueError):
                return f"was killed ({signal.Signals(-code).name})"
        if code:
            return f"ended with exit code {code}"
    return "ended abruptly"


#: The signals that stop the command.
_STOPS = {signal.SIGINT, signal.SIGTERM}
#: How long the stopped workers have to remove their unfinished outputs and end, before they are killed.
_WORKER_STOP_SECONDS = 10.0


def _stop_workers(workers: set[Any], tasks: list[tuple[str, str, bool]]) -> None:
    """Terminate the workers; kill those still running after :data:`_WORKER_STOP_SECONDS`.

    A worker stopped in a file removes its unfinished output and ends well within the time; one
    stopped between files ends at once (:func:`_worker_terminated`). The unfinished outputs of
    ``tasks`` that a worker left (killed, stuck, or dead before) are removed here, by the process
    ids their temporary names carry (``translate_file``).
    """
    for worker in workers:
        if worker.exitcode is None:
            worker.terminate()
    deadline = time.monotonic() + _WORKER_STOP_SECONDS
    for worker in workers:
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            worker.kill()
            worker.join()
    pids = {worker.pid for worker in workers if worker.pid is not None}
    for _, target, _ in tasks if pids else ():
        remove_unfinished(target, pids)


@contextlib.contextmanager
def _stops_held(forking: bool) -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while the workers are forked; they come once it is done.

    Raised inside fork's own hooks, an interrupt is swallowed ("Exception ignored"), and a worker
    forked in the middle of one would run the command's handlers, or inherit its stops ignored.
    Each worker inherits them held, and takes them once its own handlers are set (_start_worker).
    Other start methods do not fork the command (and a forkserver started now would keep them held
    for every process it makes later).
    """
    if not forking or not hasattr(signal, "pthread_sigmask"):  # Windows: no fork, and no masks
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _quiet_broken_pool_race() -> None:
    """Keep a CPython 3.11 race of the pool's manager thread from printing a traceback.

    When the command stops its workers, the futures not begun are cancelled already; the manager
    thread, finding the pool broken, sets an exception on each and raises ``InvalidStateError`` on
    the cancelled ones (fixed in later versions). Nothing is lost: those files were not begun.
    """
    from concurrent.futures import InvalidStateError

    previous = threading.excepthook
    if getattr(previous, "quiets_broken_pool_race", False):
        return

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is InvalidStateError and type(args.thread).__name__ == "_ExecutorManagerThread":
            return
        previous(args)

    hook.quiets_broken_pool_race = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def _translate_file(task: tuple[str, str, bool], **options: Any) -> FileReport:
    source, target, session = task
    return translate_file(source, target, session=session, **options)


def _start_worker() -> None:
    """Set up a worker process of ``--jobs``: it ends as the command does, even when that is killed outright.

    SIGTERM (the command terminating its workers) ends it through every ``finally``, so that its
    unfinished output is removed. A command killed outright (SIGKILL, the out-of-memory killer)
    cannot terminate its workers: each looks for its parent every second, and terminates itself
    once the parent is gone, where it would otherwise wait forever for work.
    """
    _handle(signal.SIGTERM, _worker_terminated)
    sys.unraisablehook = _exit_swallowed
    # Ctrl-C reaches the whole process group: the command terminates its workers itself (SIGTERM),
    # each removing its unfinished output, and a worker's own KeyboardInterrupt would be a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    parent = os.getppid()  # the command, or its forkserver, which ends when the command does

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        if _worker_spills is not None:  # the command's temporary directory, which it cannot remove now
            import shutil

            shutil.rmtree(_worker_spills, ignore_errors=True)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="realtime-dialects parent watch", daemon=True).start()
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)  # held since the fork (_stops_held)


def _worker_terminated(signum: int, frame: object) -> None:
    """A worker's SIGTERM: in a file, it ends through the file's ``finally`` (which removes its unfinished
    output); elsewhere at once. Raised in the pool's own loop, sending a result or waiting for a file, a
    SystemExit is caught there, taken for a result, and the worker goes on with its stops ignored, for ever."""
    _ignore_stops()
    if _worker_converting:
        raise SystemExit(128 + signum)
    os._exit(128 + signum)


def _exit_swallowed(unraisable: Any) -> None:
    """A worker's ``sys.unraisablehook``: a SystemExit (its SIGTERM) raised where Python cannot raise it, in a
    weak reference's or a lock's callback, ends the worker at once instead of being printed as a traceback
    and forgotten. Its unfinished output is the command's to remove."""
    if isinstance(unraisable.exc_value, SystemExit):
        code = unraisable.exc_value.code
        os._exit(code if isinstance(code, int) else 1)
    sys.__unraisablehook__(unraisable)


def _translate_file_in_worker(numbered: tuple[int, tuple[str, str, bool]], spills: str, **options: Any) -> FileReport:
    """:func:`_translate_file` in a worker process, which ends once its output is cleaned up when terminated.

    The pool's worker loop would take a SystemExit raised in its task for the task's result and go
    on to the next file. Past a few hundred, the file's messages go to a file in ``spills``, named by
    the task's number, which the command prints (and removes) in its turn: the report the worker
    sends back holds only the last of them, so that a file's million losses are not held twice.
    """
    global _worker_spills, _worker_converting
    _worker_spills = spills
    try:
        index, task = numbered
        begun = _begun(spills, index)
        with open(begun, "wb"):  # should the pool break before it is removed, this file is suspected (_in_pool)
            pass
        spill = _Spill(os.path.join(spills, str(index)))
        _worker_converting = True
        try:
            with spill:
                report = _translate_file(task, report=spill, **options)
        finally:
            _worker_converting = False
        os.remove(begun)
        return attrs.evolve(report, messages=spill.kept())
    except SystemExit as terminated:
        os._exit(terminated.code if isinstance(terminated.code, int) else 1)


#: In a worker of ``--jobs``: the command's directory of spilled messages (removed by the worker
#: if the command is killed outright, as nothing else can).
_worker_spills: str | None = None
#: In a worker of ``--jobs``: whether it is converting a file now (:func:`_worker_terminated`).
_worker_converting = False


class _Spill:
    """A worker's messages for one file: held, and once there are many, written to ``path``.

    Each message ends with a NUL, which no message holds (file names cannot): a message may hold
    a line break, kept as it is. Encoded as the command's stderr writes, with the bytes of a file
    name that is not UTF-8 kept (surrogate escapes). What is held is bounded in characters too:
    the worker's report goes back through a pipe, and a worker stopped while writing a large one
    cannot finish. A spill that cannot be written (a full temporary directory) is cut back to its
    last whole message and the rest held, as before spilling: never lost, nor taken for the
    output's failure.
    """

    HELD = 256
    HELD_CHARS = 1 << 15

    def __init__(self, path: str) -> None:
        self.path = path
        self.held: list[str] = []
        self.chars = 0
        self.file: IO[bytes] | None = None
        self.failed = False

    def __call__(self, message: str) -> None:
        self.held.append(message)
        self.chars += len(message)
        if (len(self.held) >= self.HELD or self.chars >= self.HELD_CHARS) and not self.failed:
            data = ("\0".join(self.held) + "\0").encode("utf-8", "surrogateescape")
            written = 0
            try:
                if self.file is None:
                    self.file = open(self.path, "wb", buffering=0)  # noqa: SIM115
                written = self.file.tell()
                view = memoryview(data)
                while view:  # unbuffered: each write says how much it took
                    view = view[self.file.write(view) or 0 :]
            except OSError:
                self.failed = True
                with contextlib.suppress(OSError):
                    if self.file is not None:
                        self.file.truncate(written)
                return
            self.held.clear()
            self.chars = 0

    def __enter__(self) -> _Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.file is not None:
            with contextlib.suppress(OSError):
                self.file.close()

    def kept(self) -> tuple[str, ...]:
        return tuple(self.held)


def _spilled(path: str) -> Iterator[str]:
    """The messages a worker wrote to ``path`` (:class:`_Spill`), read a piece at a time; the file is removed."""
    try:
        file = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:  # the file had few messages: all in its report
        return
    with file:
        rest = b""
        while piece := file.read(1 << 16):
            *messages, rest = (rest + piece).split(b"\0")
            for message in messages:
                yield message.decode("utf-8", "surrogateescape")
    os.remove(path)


def _collect(reports: Iterator[FileReport], progress: _Progress, spills: str | None = None) -> int:
    worst = EXIT_OK
    for index, report in enumerate(reports):
        progress.clear()
        if spills is not None:
            for message in _spilled(os.path.join(spills, str(index))):
                _report(message)
        for message in report.messages:
            _report(message)
        progress.add(files=1, events=report.events, losses=report.losses)
        worst = max(worst, report.status)
    return worst


class _Progress:
    """One status line on stderr — files, events, events per second, losses — on a terminal only.

    Written with a carriage return, at most ten times a second; never on a pipe or a file,
    never under CI (``CI`` set, and not to ``0`` or ``false``), so logs stay clean. A line needs no library.
    """

    def __init__(self, files: int, *, enabled: bool = True) -> None:
        self.total = files
        self.files = self.events = self.losses = 0
        self.started = time.monotonic()
        self.shown = 0.0
        self.visible = False
        self.on = enabled and sys.stderr.isatty() and os.environ.get("CI", "").lower() in ("", "0", "false")

    def add(self, *, files: int = 0, events: int = 0, losses: int = 0) -> None:
        self.files += files
        self.events += events
        self.losses += losses
        now = time.monotonic()
        if self.on and (now - self.shown >= 0.1 or self.files == self.total):
            self.shown = now
            rate = self.events / max(now - self.started, 1e-9)
            line = f"{self.files}/{self.total} files, {self.events} events ({rate:,.0f}/s), {self.losses} losses"
            _say("\r" + line + "\x1b[K")
            self.visible = True

    def clear(self) -> None:
        if self.on and self.visible:
            _say("\r\x1b[K")
            self.visible = False

    def close(self) -> None:
        if self.on and self.visible:
            _say("\n")


# --------------------------------------------------------------------------- check


def _check(args: argparse.Namespace) -> int:
    _need_stdout()
    target = dialect(args.dialect)
    status = EXIT_OK
    for path in args.inputs:
        try:
            status = max(status, _check_one(target, path, args.jsonl or is_session(path)))
        except _Failed as failure:  # a file that cannot be checked, said: the others still are
            status = max(status, failure.code)
    return status


def _check_one(target: Dialect, path: str, jsonl: bool) -> int:
    label = _label(path)
    stream = _open(path)
    status = EXIT_OK
    number = 0
    try:
        _refuse_own_output(stream, label)
        if not jsonl:
            data = read_all(stream).removeprefix(BOM)
            status = _check_event(target, label, data)
            if status == EXIT_INVALID and looks_like_json_lines(data):
                _report(hint_jsonl(label))
            return status
        # A session log is checked line by line as it is read: its size does not matter.
        for number, line in enumerate(lines_of(stream), start=1):
            if not is_blank(line):
                status = max(status, _check_event(target, f"{label}:{number}", line))
    except Unreadable as error:
        _error(f"{label}:{number + 1}" if jsonl else label, f"cannot read file: {error}")
        return EXIT_INVALID
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    return status


def _check_event(target: Dialect, where: str, data: bytes) -> int:
    try:
        # As loads() reads text (load()'s limits, 200 levels in all, are for Python objects).
        parsed = target.parse(data)
        target._read_parsed(parsed, None, False)
    except InvalidPayloadError as error:
        for problem in error.problems:
            _error(where, f"{problem.path}: {problem.message}")
        return EXIT_INVALID
    _stdout_line(f"ok: {where}: valid {target.name} {parsed['type']}\n")
    return EXIT_OK
