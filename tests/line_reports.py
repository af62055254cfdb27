"""What Translator.feed_lines() must tell its report: what feed() says of each line, with its number."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import realtime_dialects as rd


class Recorder:
    """A LineReport that keeps what it is told, in order."""

    def __init__(self) -> None:
        self.told: list[tuple[Any, ...]] = []

    def invalid(self, number: int, error: rd.InvalidPayloadError) -> None:
        self.told.append(("invalid", number, [(p.path, p.message) for p in error.problems]))

    def unsupported(self, number: int, error: rd.UnsupportedError) -> None:
        self.told.append(("unsupported", number, [(loss.path, loss.reason) for loss in error.losses]))

    def lost(self, number: int, losses: tuple[rd.Loss, ...]) -> None:
        self.told.append(("lost", number, [(loss.path, loss.reason) for loss in losses]))

    def ended(self, lines: int, blank: int) -> None:
        self.told.append(("ended", lines, blank))


CAPTURED_SESSIONS = sorted((Path(__file__).parent.parent / "fixtures" / "captured" / "sessions").glob("*.jsonl"))
#: Lines that are not valid events, or lose something outside their own dialect: spliced into real sessions.
TROUBLE = [
    b"",
    b"   \t\r",
    b"\x0c",  # a form feed: malformed, not blank (it is not JSON's whitespace)
    b" \x0b ",  # a vertical tab, the same
    b"{not json",
    b'{"type": "no.such.event"}',
    b'{"type": "response.create", "response": {"temperature": "hot"}}',
    b'{"type": "input_audio.turn.start", "turn_id": "t1"}',
    b'{"type": "response.create", "response": {"temperature": 0.8}}',
    b'{"type": "response.create", "response": {"output_modalities": ["text"]}}',
    b"null",
    b"[1, 2]",
    # Each misses the look-up of a line's type its own way: no type, not a string, unhashable, no object.
    b'{"event_id": "e"}',
    b'{"type": 5}',
    b'{"type": ["input_audio_buffer.commit"]}',
    b'"input_audio_buffer.commit"',
]


def too_long(limit: int) -> list[bytes]:
    """A blank line and an event, each longer than ``limit``."""
    commit = b'{"type": "input_audio_buffer.commit", "event_id": "x"}'
    return [b" " * (limit + 1), commit.replace(b'"x"', b'"' + b"x" * limit + b'"')]


def expected_of(
    lines: Sequence[Any], read: str, write: str, policy: str, limit: int | None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """What feed_lines() must give: feed() line by line, each problem and loss told with its line's number."""
    texts, told, _ = expected_with_losses(lines, read, write, policy, limit)
    return texts, told


def expected_with_losses(
    lines: Sequence[Any], read: str, write: str, policy: str, limit: int | None
) -> tuple[list[str], list[tuple[Any, ...]], list[tuple[rd.Loss, ...]]]:
    """:func:`expected_of`, and the translator's ``losses`` as each text is given (its line's)."""
    translator = rd.Translator(read=read, write=write, on_unsupported=policy, max_size=limit)
    texts: list[str] = []
    losses: list[tuple[rd.Loss, ...]] = []
    told: list[tuple[Any, ...]] = []
    blank = 0
    for number, line in enumerate(lines, start=1):
        if not (line.encode() if isinstance(line, str) else bytes(line)).strip(b" \t\r\n"):  # JSON's whitespace
            blank += 1
            continue
        try:
            out = translator.feed(line)
        except rd.InvalidPayloadError as error:
            told.append(("invalid", number, [(p.path, p.message) for p in error.problems]))
            continue
        except rd.UnsupportedError as error:
            told.append(("unsupported", number, [(loss.path, loss.reason) for loss in error.losses]))
            continue
        if translator.losses:
            told.append(("lost", number, [(loss.path, loss.reason) for loss in translator.losses]))
        texts += out
        losses += [translator.losses] * len(out)
    told.append(("ended", len(lines), blank))
    return texts, told, losses
