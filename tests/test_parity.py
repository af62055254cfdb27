"""Byte-for-byte parity with the real SDKs, for every event type of every SDK.

Each case draws the wire text of one event type, built with the SDK's own constructors
(``tests/sdk_strategies.py``: Azure ``json.dumps(Model(**kwargs).as_dict())`` with keyword
arguments in signature order; GA and beta ``model_dump_json(exclude_none=True)``, or
``exclude_unset`` for a client switching a setting off), and checks two things:

1. ``rd.dialect(d).dumps(rd.dialect(d).loads(text)) == text``: reading and writing gives the SDK's
   bytes back;
2. the SDK reads what we write back to the same text (Azure ``_deserialize`` + ``as_dict()``,
   pydantic ``model_validate_json`` + ``model_dump_json``).

Cases are ``<dialect>-<type>`` (``azure-response.audio.delta``). While the dialect tables for an
event do not exist, its case fails; it is not marked ``xfail`` (``xfail_strict``). To work on a
few: ``PARITY_ONLY=response.create,session.update pytest tests/test_parity.py`` (event types, or
whole case ids such as ``azure-session.update``); ``PARITY_EXAMPLES`` sets ``max_examples``
(default 25). The fixtures (``fixtures/<dialect>/<type>/*.json``) are checked by
``tests/test_fixtures.py``, not here.
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd

from . import sdk_strategies as S

DIALECTS = ("azure", "openai-ga", "openai")
ONLY = {name.strip() for name in os.environ.get("PARITY_ONLY", "").split(",") if name.strip()}
EXAMPLES = int(os.environ.get("PARITY_EXAMPLES", "25"))


def _cases() -> list[pytest.ParameterSet]:
    cases = [(dialect, type_) for dialect in DIALECTS for type_ in S.types_of(dialect)]
    if ONLY:
        cases = [(d, t) for d, t in cases if t in ONLY or f"{d}-{t}" in ONLY]
    return [pytest.param(d, t, id=f"{d}-{t}") for d, t in cases]


@pytest.mark.parametrize(("dialect", "type_"), _cases())
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_sdk_bytes_round_trip_and_the_sdk_reads_ours(dialect: str, type_: str, data: st.DataObject) -> None:
    text = data.draw(S.event(dialect, type_), label="sdk text")
    ours = rd.dialect(dialect).dumps(rd.dialect(dialect).loads(text))
    assert ours == text
    assert S.reads(dialect, type_, ours) == text
