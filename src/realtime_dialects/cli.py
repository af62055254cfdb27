"""The ``realtime-dialects`` command: convert and check events of any dialect.

Output goes to stdout; losses and errors go to stderr, each with its wire path,
never as a traceback. Exit codes: 0 ok, 1 invalid input, 2 usage, 3 unsupported
fields under ``--on-unsupported raise``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import IO

from . import __version__
from .dialects import Dialect, dialect, names
from .errors import InvalidPayloadError, UnsupportedError
from .translate import translation

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_UNSUPPORTED = 3

EPILOG = """\
examples:
  realtime-dialects convert --from azure --to openai event.json
  cat event.json | realtime-dialects convert --from azure --to openai-ga -
  realtime-dialects convert --from azure --to openai --on-unsupported warn event.json
  realtime-dialects convert --from azure --to openai --jsonl session.jsonl > converted.jsonl
  realtime-dialects check --dialect azure event.json

exit codes:
  0  success
  1  invalid input (malformed JSON, invalid payload, unreadable file)
  2  usage error
  3  the target cannot express some fields (--on-unsupported raise, the default)

Errors and losses are written to stderr as '<where>: <wire path>: <message>'.
"""


class _Failed(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    dialects = names()
    parser = argparse.ArgumentParser(
        prog="realtime-dialects",
        description="Read, write and convert the realtime voice APIs' events between dialects\n"
        f"({', '.join(dialects)}), byte for byte, reporting every field the target cannot express.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    convert = commands.add_parser(
        "convert",
        help="convert an event from one dialect to another",
        description="Convert an event (or, with --jsonl, one event per line)\n"
        "and write the target dialect's exact wire text to stdout.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    convert.add_argument("--from", dest="source", required=True, choices=dialects, help="dialect of the input")
    convert.add_argument("--to", dest="target", required=True, choices=dialects, help="dialect to write")
    convert.add_argument("file", nargs="?", default="-", metavar="FILE", help="input file, or - for stdin (default)")
    convert.add_argument(
        "--jsonl",
        action="store_true",
        help="JSON Lines: convert one event per line, streaming; blank lines are skipped, "
        "bad lines are reported with their line number and the rest still converted",
    )
    convert.add_argument(
        "--on-unsupported",
        choices=("raise", "warn", "drop"),
        default="raise",
        help="fields the target cannot express: raise = report them and fail with exit code 3 (default); "
        "warn = report each on stderr as 'warning: <path>: <reason>' and convert the rest; drop = convert silently",
    )
    convert.add_argument(
        "--pretty",
        action="store_true",
        help="indent the output for humans; this is NOT the exact wire text (ignored with --jsonl)",
    )

    check = commands.add_parser(
        "check",
        help="validate an event in one dialect",
        description="Validate an event; print every problem with its wire path.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("--dialect", required=True, choices=dialects, help="dialect of the input")
    check.add_argument("file", nargs="?", default="-", metavar="FILE", help="input file, or - for stdin (default)")
    check.add_argument("--jsonl", action="store_true", help="JSON Lines: check one event per line")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "convert":
            return _convert(args)
        return _check(args)
    except _Failed as failure:
        return failure.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, without a flush error at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


# --------------------------------------------------------------------------- input


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # closed by the caller
    except OSError as error:
        _error(path, f"cannot read file: {error.strerror or error}")
        raise _Failed(EXIT_INVALID) from None


def _label(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _error(where: str, message: str) -> None:
    print(f"error: {where}: {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- convert


def _convert(args: argparse.Namespace) -> int:
    source, target = dialect(args.source), dialect(args.target)
    stream = _open(args.file)
    try:
        if args.jsonl:
            return _convert_lines(stream, _label(args.file), source, target, args.on_unsupported)
        try:
            data = stream.read()
        except OSError as error:
            _error(_label(args.file), f"cannot read file: {error.strerror or error}")
            return EXIT_INVALID
        status, text = _convert_one(data, _label(args.file), source, target, args.on_unsupported)
        if text is not None:
            if args.pretty:
                text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
        return status
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _convert_lines(stream: IO[bytes], label: str, source: Dialect, target: Dialect, policy: str) -> int:
    worst = EXIT_OK
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        status, text = _convert_one(line, f"{label}:{number}", source, target, policy)
        if text is not None:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
        worst = max(worst, status)
    return worst


def _convert_one(data: bytes, where: str, source: Dialect, target: Dialect, policy: str) -> tuple[int, str | None]:
    try:
        # Under "warn" the losses come back with the text; print them, don't raise warnings.
        if policy == "warn":
            text, losses = translation(source, target).with_losses(data)
        else:
            text, losses = translation(source, target).text(data, policy), ()
    except InvalidPayloadError as error:
        for problem in error.problems:
            _error(where, f"{problem.path}: {problem.message}")
        return EXIT_INVALID, None
    except UnsupportedError as error:
        for loss in error.losses:
            _error(where, f"{loss.path}: {target.name} cannot express this: {loss.reason}")
        print(
            f"hint: use --on-unsupported warn or drop to convert the rest of {where}",
            file=sys.stderr,
            flush=True,
        )
        return EXIT_UNSUPPORTED, None
    if policy == "warn":
        for loss in losses:
            print(f"warning: {where}: {loss.path}: {loss.reason}", file=sys.stderr, flush=True)
    return EXIT_OK, text


# --------------------------------------------------------------------------- check


def _check(args: argparse.Namespace) -> int:
    target = dialect(args.dialect)
    label = _label(args.file)
    stream = _open(args.file)
    try:
        if args.jsonl:
            chunks = [(f"{label}:{n}", line) for n, line in enumerate(stream, start=1) if line.strip()]
        else:
            chunks = [(label, stream.read())]
    except OSError as error:
        _error(label, f"cannot read file: {error.strerror or error}")
        return EXIT_INVALID
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    status = EXIT_OK
    for where, data in chunks:
        try:
            parsed = target.parse(data)
            target.load(parsed)
        except InvalidPayloadError as error:
            for problem in error.problems:
                _error(where, f"{problem.path}: {problem.message}")
            status = EXIT_INVALID
        else:
            print(f"ok: {where}: valid {target.name} {parsed['type']}", flush=True)
    return status
