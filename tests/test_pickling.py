"""Everything public crosses process boundaries whole: pickle, copy and deepcopy.

Worker processes (multiprocessing, concurrent.futures, Dask, Ray, Spark) pickle what they
are given and what they raise. Dialects come back as the registered singleton (by name,
as enum members do); neutral objects, losses and errors come back equal, messages intact.
"""

from __future__ import annotations

import copy
import functools
import pickle
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

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "azure" / "response.create").glob("*.json"))
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
        rd.translate((FIXTURES[0].parent / "avatar_voice.json").read_bytes(), read="azure", write="openai")
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


def test_a_process_pool_gives_the_serial_result_and_the_same_errors() -> None:
    translate = functools.partial(rd.translate, read=rd.AZURE, write=rd.OPENAI, on_unsupported="drop")
    texts = [path.read_bytes() for path in FIXTURES] + [b'{"type": "response.create", "response": {"voice": 1}}']
    serial = [_translate_or_error(text, translate) for text in texts]
    with ProcessPoolExecutor(max_workers=2) as pool:
        parallel = list(pool.map(_translate_or_error, texts, [translate] * len(texts)))
        raised = pool.submit(translate, texts[-1]).exception()
    assert parallel == serial
    assert isinstance(serial[-1], rd.InvalidPayloadError)
    assert raised == serial[-1]
