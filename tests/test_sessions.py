"""Recorded sessions, translated whole: snapshots, validity in the target SDK, round trips, random sessions.

``fixtures/sessions/<dialect>/<name>.jsonl`` are conversations built with each SDK's own
models (``tests/_fixtures_sessions.py``). Each is translated into every other dialect by a
:class:`~realtime_dialects.Translator`; the output and its losses (by input line and path)
are pinned as one text snapshot per session and target.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects import model
from realtime_dialects.dialects import names
from realtime_dialects.testing import TextSnapshotExtension

from .equivalence import canonical
from .line_reports import Recorder, expected_of
from .strategies import of
from .target_sdks import validator

SESSIONS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "sessions").glob("*/*.jsonl"))
PAIRS = [(path, target) for path in SESSIONS for target in names() if target != path.parent.name]


def ids(value: Any) -> str:
    path, target = value
    return f"{path.parent.name}-{path.stem}-to-{target}"


def translate(path: Path, target: str) -> list[tuple[int, bytes, list[str], tuple[rd.Loss, ...]]]:
    """Each input line with what it became and what it lost."""
    translator = rd.Translator(read=path.parent.name, write=target, on_unsupported="drop")
    out = []
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        texts = translator.feed(line)
        out.append((number, line, texts, translator.losses))
    return out


@pytest.mark.parametrize(("path", "target"), PAIRS, ids=[ids(pair) for pair in PAIRS])
def test_session_conversion(path: Path, target: str, snapshot: Any) -> None:
    lines = []
    for number, _, texts, losses in translate(path, target):
        lines += [f"{number}: {text}" for text in texts] or [f"{number}: (nothing)"]
        lines += [f"{number}: loss {loss.path}: {loss.reason}" for loss in losses]
    assert "\n".join(lines) + "\n" == snapshot.use_extension(TextSnapshotExtension)


# --------------------------------------------------------------------------- the target SDK accepts it


@pytest.mark.parametrize(("path", "target"), PAIRS, ids=[ids(pair) for pair in PAIRS])
def test_every_event_out_is_one_the_target_sdk_reads(path: Path, target: str) -> None:
    check = validator(target)
    for number, _, texts, _ in translate(path, target):
        for text in texts:
            try:
                check(text)
            except Exception as error:  # any refusal of the SDK's
                pytest.fail(f"line {number}: {target}'s SDK refuses {text}: {error}")


@pytest.mark.parametrize(("path", "target"), PAIRS, ids=[ids(pair) for pair in PAIRS])
def test_a_session_comes_back_unchanged_wherever_nothing_was_lost(path: Path, target: str) -> None:
    source = rd.dialect(path.parent.name)
    there = translate(path, target)
    back = rd.Translator(read=target, write=source, on_unsupported="drop")
    compared = 0
    for number, line, texts, losses in there:
        answers = [(back.feed(text), back.losses) for text in texts]
        if losses or len(texts) != 1 or answers[0][1] or len(answers[0][0]) != 1:
            continue  # something was lost or the event became several: nothing to compare one to one
        returned = answers[0][0][0]
        if returned.encode() != line:  # the same meaning, in the one form this dialect writes
            assert canonical(source.loads(returned)) == canonical(source.loads(line)), number
        compared += 1
    assert compared > 0


CAPTURED = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "captured" / "sessions").glob("*.jsonl"))


def dialect_of(path: Path) -> str:
    """The dialect a session log is in: its folder's name, or a captured log's name's beginning."""
    if path.parent.name in names():
        return path.parent.name
    return "azure" if path.name.startswith("azure-") else "openai-ga"


@pytest.mark.parametrize("path", SESSIONS + CAPTURED, ids=lambda path: f"{path.parent.name}-{path.stem}")
def test_a_session_into_its_own_dialect_is_each_event_into_it(path: Path) -> None:
    # The session's rules bridge two dialects' protocols: within one there is nothing to bridge,
    # and a session comes out as its events do one by one (a conversation.item.done stays one).
    dialect = dialect_of(path)
    translator = rd.Translator(read=dialect, write=dialect, on_unsupported="drop")
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        alone = outcome(lambda line=line: list(rd.translate_with_losses(line, read=dialect, write=dialect)))
        in_session = outcome(lambda line=line: [*translator.feed(line), translator.losses])
        assert in_session == alone, number


def outcome(call: Any) -> Any:
    """What ``call`` returns, or the problems it raises (a captured session holds a line its server refused)."""
    try:
        return call()
    except rd.InvalidPayloadError as error:
        return error.problems


# --------------------------------------------------------------------------- random sessions


def event_classes(dialect: str) -> list[type]:
    """Every event class the dialect reads, client and server."""
    found = {name.partition(":")[0] for name in rd.dialect(dialect).events().values()}
    return sorted((getattr(model, name) for name in found), key=lambda cls: cls.__name__)


@st.composite
def session_text(draw: st.DrawFn, dialect: str) -> list[str]:
    """A random sequence of valid events of ``dialect``, as its text."""
    out = []
    reader = rd.dialect(dialect)
    for cls in draw(st.lists(st.sampled_from(event_classes(dialect)), min_size=1, max_size=6)):
        # A few tries per class: about half the drawn server events leave unset what the OpenAI
        # dialects require (``event_id``, an item's ``id``), and would otherwise be skipped.
        for _ in range(3):
            event = draw(of(cls))
            try:
                out.append(reader.dumps(event, on_unsupported="drop"))
            except (rd.UnsupportedError, rd.InvalidPayloadError):
                continue  # values this dialect cannot hold
            break
    return out


@pytest.mark.parametrize("source", names())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_random_sessions_never_raise_under_drop(source: str, data: st.DataObject) -> None:
    # The translator never raises under "drop", and never emits an event the target SDK rejects.
    lines = data.draw(session_text(source))
    for target in names():
        translator = rd.Translator(read=source, write=target, on_unsupported="drop")
        check = validator(target)
        for number, line in enumerate(lines, start=1):
            for text in translator.feed(line):
                # Whatever comes out reads back in the target dialect itself, and in its SDK.
                rd.dialect(target).loads(text)
                try:
                    check(text)
                except Exception as error:  # any refusal of the SDK's
                    session = "\n".join(f"  {n}: {each}" for n, each in enumerate(lines, start=1))
                    pytest.fail(
                        f"{source} -> {target}, line {number}: {target}'s SDK refuses {text}\n"
                        f"{type(error).__name__}: {error}\nsession:\n{session}"
                    )


def test_random_session_strategy_reaches_every_event_class() -> None:
    assert all(attrs.has(cls) for source in names() for cls in event_classes(source))


#: Lines that are not events of any dialect, in every form a line may take.
NOT_EVENTS = st.sampled_from(
    ["", " \t\r\n", "\x0c", "\u00a0", "\u2028", "\x1c", "{", "null", "[]", '{"type": 7}', '{"type": "no.such.event"}']
)
LINE_FORMS = [str, str.encode, lambda text: bytearray(text.encode()), lambda text: memoryview(text.encode())]


@pytest.mark.parametrize("source", names())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_feed_lines_tells_of_every_line_what_feed_says_of_it(source: str, data: st.DataObject) -> None:
    # Random sessions with lines that are not events spliced in, as str, bytes, bytearray or memoryview:
    # feed_lines() writes what feed() writes and tells each problem and loss by its line's number;
    # a line is blank only when it holds nothing but JSON's whitespace.
    lines: list[Any] = data.draw(session_text(source))
    for _ in range(data.draw(st.integers(0, 4))):
        lines.insert(data.draw(st.integers(0, len(lines))), data.draw(NOT_EVENTS))
    form = data.draw(st.sampled_from(LINE_FORMS))
    lines = [form(line) for line in lines]
    target = data.draw(st.sampled_from(names()))
    policy = data.draw(st.sampled_from(["raise", "drop"]))
    texts, told = expected_of(lines, source, target, policy, rd.MAX_INPUT_SIZE)
    recorder = Recorder()
    translator = rd.Translator(read=source, write=target, on_unsupported=policy)
    assert list(translator.feed_lines(lines, recorder)) == texts
    assert recorder.told == told
