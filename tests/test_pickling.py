"""Everything public crosses process boundaries whole: pickle, copy and deepcopy.

Worker processes (multiprocessing, concurrent.futures, Dask, Ray, Spark) pickle what they
are given and what they raise. Dialects come back as the registered singleton (by name,
as enum members do); neutral objects, losses and errors come back equal, messages intact.
"""

from __future__ import annotations

import copy
import functools
import json
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects import model
from realtime_dialects.dialects import names

from .strategies import of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
#: Every fixture event of every dialect, ``fixtures/<dialect>/<wire type>/<case>.json``, and every
#: captured frame, ``fixtures/captured/<dialect>/<n>-<type>.json``: (source dialect, path).
CORPUS = sorted(
    [(name, path) for name in names() for path in (FIXTURES / name).glob("*/*.json")]
    + [(name, path) for name in names() for path in (FIXTURES / "captured" / name).glob("*.json")]
)
CLASSES = sorted(
    (cls for name in model.__all__ if isinstance(cls := getattr(model, name), type) and attrs.has(cls)),
    key=lambda cls: cls.__name__,
)
# Records and events are abstract bases, built through their subclasses.
CONCRETE = [cls for cls in CLASSES if cls not in (model.Record, model.Event)]


def round_trips(value: Any) -> list[Any]:
    return [pickle.loads(pickle.dumps(value, protocol)) for protocol in (2, pickle.HIGHEST_PROTOCOL)] + [
        copy.copy(value),
        copy.deepcopy(value),
    ]


@pytest.mark.parametrize("name", names())
def test_dialects_come_back_as_the_registered_singleton(name: str) -> None:
    dialect = rd.dialect(name)
    dialect.prepare()  # built dialects hold generated functions, which cannot be pickled themselves
    assert all(copied is dialect for copied in round_trips(dialect))


@pytest.mark.parametrize("cls", CONCRETE, ids=lambda cls: cls.__name__)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_neutral_class_comes_back_equal(cls: type, data: st.DataObject) -> None:
    value = data.draw(of(cls))
    assert all(copied == value and type(copied) is cls for copied in round_trips(value))


def invalid() -> rd.InvalidPayloadError:
    try:
        rd.AZURE.loads('{"type": "response.create", "response": {"temperature": 3, "commit": "no"}}')
    except rd.InvalidPayloadError as error:
        return error
    raise AssertionError("the payload is invalid")


def unsupported() -> rd.UnsupportedError:
    try:
        text = (FIXTURES / "azure" / "response.create" / "avatar_voice.json").read_bytes()
        rd.translate(text, read="azure", write="openai")
    except rd.UnsupportedError as error:
        return error
    raise AssertionError("the avatar voice has no OpenAI form")


@pytest.mark.parametrize(
    "error",
    [invalid(), unsupported(), rd.LossWarning(rd.Loss("$.response.voice", "no such voice")), rd.DialectError("x")],
    ids=lambda error: type(error).__name__,
)
def test_errors_come_back_equal_with_their_message_and_details(error: Exception) -> None:
    for copied in round_trips(error):
        assert copied == error
        assert str(copied) == str(error)
        assert type(copied) is type(error)
    if isinstance(error, rd.InvalidPayloadError):
        assert pickle.loads(pickle.dumps(error)).problems == error.problems != ()
    if isinstance(error, rd.UnsupportedError):
        assert pickle.loads(pickle.dumps(error)).losses == error.losses != ()


@pytest.mark.parametrize("value", [rd.Loss("$.a", "why"), rd.Problem("$.b", "what")], ids=repr)
def test_losses_and_problems_come_back_equal(value: Any) -> None:
    assert all(copied == value for copied in round_trips(value))


def _translate_or_error(text: bytes, translate: Any) -> Any:
    try:
        return translate(text)
    except rd.DialectError as error:
        return error


def _broken(source: str, path: Path) -> list[bytes]:
    """Invalid variants of a fixture: each top-level field but ``type`` retyped, one at a time and all at once."""
    original = json.loads(path.read_bytes())
    wrong = {str: 3.5, dict: "x", list: {}, bool: "x", int: "x", float: "x"}
    retyped = {key: wrong.get(type(value), []) for key, value in original.items() if key != "type"}
    variants = [{**original, key: value} for key, value in retyped.items()] + [{**original, **retyped}]
    out = []
    for variant in variants:
        text = json.dumps(variant).encode()
        try:
            rd.dialect(source).loads(text)
        except rd.InvalidPayloadError:
            out.append(text)
    return out


def _outcome(value: Any) -> Any:
    """A result as it is compared: the text and losses, or the error's class, message and every detail."""
    if isinstance(value, BaseException):
        return type(value), str(value), value.__dict__, value.args
    return value


def test_a_process_pool_gives_the_serial_result_and_the_same_errors() -> None:
    # Every fixture and captured frame, and invalid variants of every fifth fixture, into every other dialect.
    inputs = [(source, path.read_bytes()) for source, path in CORPUS]
    inputs += [(source, text) for source, path in CORPUS[::5] for text in _broken(source, path)]
    jobs = [(source, target, text) for source, text in inputs for target in names() if target != source]
    texts = [text for _, _, text in jobs]
    translates = [
        functools.partial(rd.translate_with_losses, read=rd.dialect(source), write=target) for source, target, _ in jobs
    ]
    serial = [_translate_or_error(text, translate) for text, translate in zip(texts, translates, strict=True)]
    failing = [(index, error) for index, error in enumerate(serial) if isinstance(error, rd.DialectError)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        parallel = list(pool.map(_translate_or_error, texts, translates, chunksize=32))
        # Raised in the worker, not returned: the error crosses back as concurrent.futures pickles it.
        raised = [pool.submit(translates[index], texts[index]) for index, _ in failing]
        raised_errors = [future.exception() for future in raised]

    assert [_outcome(value) for value in parallel] == [_outcome(value) for value in serial]
    assert parallel == serial
    assert [_outcome(error) for error in raised_errors] == [_outcome(error) for _, error in failing]
    assert raised_errors == [error for _, error in failing]

    # What the comparison covered: results with losses, events with no counterpart, invalid input of
    # every dialect, and errors listing several problems.
    assert len(CORPUS) > 300
    assert any(not isinstance(value, rd.DialectError) and value[1] for value in serial)
    assert any(isinstance(value, rd.UnsupportedError) and value.losses for value in serial)
    refused = [(jobs[index][0], error) for index, error in failing if isinstance(error, rd.InvalidPayloadError)]
    assert {source for source, _ in refused} == set(names())
    assert all(error.problems for _, error in refused)
    assert any(len(error.problems) > 1 for _, error in refused)


@pytest.mark.parametrize("how", ["copy", "deepcopy", "pickle", "pickle protocol 0"])
def test_a_translator_is_not_copied_or_pickled(how: str) -> None:
    # A translator is one session's memory: a copy shared the original's (feeding one changed both).
    translator = rd.Translator(read="azure", write="openai")
    copying = {
        "copy": copy.copy,
        "deepcopy": copy.deepcopy,
        "pickle": pickle.dumps,
        "pickle protocol 0": lambda t: pickle.dumps(t, 0),
    }[how]
    with pytest.raises(TypeError, match="a Translator is one session's memory, and is not copied or pickled"):
        copying(translator)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="BaseException.add_note is new in Python 3.11")
def test_notes_added_to_an_error_come_back_with_it() -> None:
    error = rd.InvalidPayloadError([rd.Problem("$.type", "required, but missing")], "azure")
    error.add_note("in session.jsonl, line 7")
    for back in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert back == error
        assert back.__notes__ == ["in session.jsonl, line 7"]
