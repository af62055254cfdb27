"""The SDK strategies themselves (``tests/sdk_strategies.py``): what they build is what each SDK reads back.

For every event type of every SDK, a few examples: the SDK parses the text and writes the same
bytes again (Azure: ``ClientEvent``/``ServerEvent._deserialize`` then ``json.dumps(as_dict())``;
pydantic: ``model_validate_json`` then ``model_dump_json(exclude_none=True)``, ``exclude_unset``
for a setting switched off). Also: the override tables name classes and fields that exist, the
event lists are complete, and the "switched off" nulls are reachable.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from . import sdk_strategies as S

DIALECTS = ("azure", "openai-ga", "openai")
CASES = [pytest.param(d, t, id=f"{d}-{t}") for d in DIALECTS for t in S.types_of(d)]


@pytest.mark.parametrize(("dialect", "type_"), CASES)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(data=st.data())
def test_the_sdk_reads_back_what_the_strategy_built(dialect: str, type_: str, data: st.DataObject) -> None:
    text = data.draw(S.event(dialect, type_), label="sdk text")
    assert S.reads(dialect, type_, text) == text


def test_every_event_type_is_listed() -> None:
    from azure.ai.voicelive import models as azure
    from openai.types import realtime as ga
    from openai.types.beta import realtime as beta

    assert set(S.azure_types()) == set(azure.ClientEvent.__mapping__) | set(azure.ServerEvent.__mapping__)
    assert len(S.azure_types()) == 19 + 56
    assert len(S.ga_types()) == len(S._union_members(ga.RealtimeClientEvent)) + len(
        S._union_members(ga.RealtimeServerEvent)
    )
    assert len(S.ga_types()) == 11 + 46
    beta_client = {S._literal_type(c) for c in S._union_members(beta.RealtimeClientEvent)}
    assert set(S.beta_types()) & beta_client == {
        "conversation.item.retrieve",
        "output_audio_buffer.clear",
        "transcription_session.update",
    }
    assert len(S.beta_types()) == 3 + 34


@pytest.mark.parametrize("dialect", DIALECTS)
def test_override_tables_name_existing_classes_and_fields(dialect: str) -> None:
    family = S._BY_DIALECT[dialect][3]
    reachable = S.classes(dialect)

    def fields(name: str) -> set[str]:
        assert name in reachable, f"{dialect}: no reachable SDK class {name!r}"
        return {f.name for f in family.fields(reachable[name])}

    for name, attr in family.overrides:
        assert attr in fields(name), f"{dialect}: {name} has no field {attr!r}"
    for name, variants in family.variants.items():
        for variant in variants:
            assert set(variant.fixed) | set(variant.fields) <= fields(name), name
    for name in family.non_empty:
        assert fields(name), name
    for name, attrs in family.nullable.items():
        assert set(attrs) <= fields(name), name


@pytest.mark.parametrize(
    ("dialect", "type_", "null"),
    [
        ("azure", "session.update", '"turn_detection": null'),
        ("openai-ga", "session.update", '"tracing":null'),
        ("openai", "transcription_session.update", '"input_audio_transcription":null'),
    ],
)
def test_switched_off_settings_are_drawn(dialect: str, type_: str, null: str) -> None:
    found = settings(max_examples=2000, database=None, phases=[Phase.generate])  # any example will do: no shrinking
    text = find(S.event(dialect, type_), lambda text: null in text, settings=found)
    assert S.reads(dialect, type_, text) == text


@pytest.mark.parametrize(("dialect", "type_"), [(d, "response.done") for d in DIALECTS])
def test_server_responses_are_drawn_past_the_limits_a_client_is_held_to(dialect: str, type_: str) -> None:
    # What the SDK reads of a server, the parity tests hold us to (tests/test_parity.py).
    def past_limits(text: str) -> bool:
        response = json.loads(text)["response"]
        tokens = response.get("max_output_tokens")
        return len(response.get("metadata") or {}) > 16 or (isinstance(tokens, int) and not 1 <= tokens <= 4096)

    found = settings(max_examples=5000, database=None, phases=[Phase.generate])  # any example will do: no shrinking
    text = find(S.event(dialect, type_), past_limits, settings=found)
    assert S.reads(dialect, type_, text) == text
