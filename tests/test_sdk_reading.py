"""What the OpenAI SDKs read of a frame, we read too, and write the bytes the SDK writes again.

A server's frames differ from the text the SDK writes for the same event: keys in another order,
at every level, and keys the SDK does not declare (a field the service added since), at the top
or anywhere below. The texts here are built by the SDKs (``tests/sdk_strategies.py``) and then
changed in those ways; pydantic's ``model_validate_json`` reads each and ``model_dump_json``
writes it again, and ours must be the same bytes, through ``loads``/``dumps`` and ``translate``
alike. Client events are read strictly (an undeclared key is an error, as the README says), so
only their keys are reordered.

Left out, on purpose: Azure, whose SDK writes a frame's keys in the order it read them, where we
write the order of its declarations (``docs/wire/response-create.md``, §2); and the values of GA's
``prompt.variables``, opaque JSON to us where pydantic re-orders the objects among them
(``docs/wire/client-model-notes.md``, 5), which also reads what pydantic refuses there.

Server events are read with their ranges and size limits open, as pydantic reads them: a key
added to a ``metadata`` map of 16 pairs is read and written back like any other.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd

from . import sdk_strategies as S

DIALECTS = ("openai-ga", "openai")
#: Values that stand for a field a service added since the SDK was generated.
# No null: an undeclared key set to null is not set (exclude_none), where the reference written
# here keeps a key it was given explicitly (exclude_unset, for settings switched off): tested below.
UNDECLARED = ({"a": [1, None, "x"]}, 0, "", [], True)


def _cases() -> list[Any]:
    return [pytest.param(d, t, id=f"{d}-{t}") for d in DIALECTS for t in S.types_of(d)]


def reordered(value: Any, rnd: random.Random, key: str | None = None) -> Any:
    """``value`` with the keys of every object in another order (but inside prompt variables)."""
    if key == "variables":
        return value
    if isinstance(value, dict):
        items = list(value.items())
        rnd.shuffle(items)
        return {k: reordered(v, rnd, k) for k, v in items}
    if isinstance(value, list):
        return [reordered(v, rnd) for v in value]
    return value


def with_undeclared(value: Any, rnd: random.Random, everywhere: bool, key: str | None = None) -> Any:
    """``value`` with an undeclared key in its top object, or in about a third of all its objects
    (but inside prompt variables)."""
    if key == "variables":
        return value
    if isinstance(value, dict):
        out = {k: with_undeclared(v, rnd, everywhere, k) if everywhere else v for k, v in value.items()}
        if not everywhere or rnd.random() < 0.35:
            out[f"added_{rnd.randrange(100)}"] = rnd.choice(UNDECLARED)
        return out
    if isinstance(value, list) and everywhere:
        return [with_undeclared(v, rnd, everywhere) for v in value]
    return value


@pytest.mark.parametrize(("dialect", "type_"), _cases())
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data(), rnd=st.randoms(use_true_random=False))
def test_what_the_sdk_reads_we_read_and_write_as_it_does(
    dialect: str, type_: str, data: st.DataObject, rnd: random.Random
) -> None:
    frame = json.loads(data.draw(S.event(dialect, type_), label="sdk text"))
    changes = ["reordered"] if S.is_client(dialect, type_) else ["reordered", "undeclared on top", "undeclared below"]
    change = data.draw(st.sampled_from(changes), label="change")
    if change == "reordered":
        frame = reordered(frame, rnd)
    else:
        frame = with_undeclared(frame, rnd, everywhere=change == "undeclared below")
    text = json.dumps(frame, separators=(",", ":"), ensure_ascii=False)
    ours = rd.dialect(dialect)
    try:
        expected = S.reads(dialect, type_, text)
    except pydantic.ValidationError:
        # An undeclared key in a map of strings (metadata), say: what the SDK refuses, we refuse.
        with pytest.raises(rd.InvalidPayloadError):
            ours.loads(text)
        return
    assert ours.dumps(ours.loads(text)) == expected
    assert rd.translate(text, read=dialect, write=dialect) == expected


@pytest.mark.parametrize(
    ("dialect", "text"),
    [
        # Real beta session.created events carry "client_secret": null, which the beta model does not declare.
        (
            "openai",
            '{"type":"session.created","event_id":"e1","session":{"id":"s1","model":"gpt-realtime",'
            '"voice":"alloy","client_secret":null,"kept":{"a":null}}}',
        ),
        (
            "openai-ga",
            '{"type":"response.done","event_id":"e","response":{"id":"r","audio":{"output":{"voice":"alloy",'
            '"added":null}},"added":null}}',
        ),
    ],
)
def test_an_undeclared_key_set_to_null_is_not_set_as_the_sdk_writes_it(dialect: str, text: str) -> None:
    # model_dump_json(exclude_none=True) writes it not at all; it was kept, written back, and a loss elsewhere.
    type_ = json.loads(text)["type"]
    module = S.beta_class if dialect == "openai" else S.ga_class
    expected = module(type_).model_validate_json(text).model_dump_json(exclude_none=True)
    ours = rd.dialect(dialect)
    assert ours.dumps(ours.loads(text)) == expected
    assert rd.translate(text, read=dialect, write=dialect) == expected
    assert "null" not in expected.replace('"a":null', "")
    for target in ("azure", "openai", "openai-ga"):  # a null is no loss
        losses = rd.translate_with_losses(text, read=dialect, write=target)[1]
        assert not [loss for loss in losses if "client_secret" in loss.path or "added" in loss.path]


def test_azure_keeps_an_undeclared_key_set_to_null_as_its_sdk_does() -> None:
    text = '{"session": {"model": "m", "id": "s", "added": null}, "event_id": "e", "type": "session.created"}'
    assert rd.AZURE.dumps(rd.AZURE.loads(text)) == text
    assert rd.translate(text, read="azure", write="azure") == text
