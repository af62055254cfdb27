"""Every event a dialect writes is one its own SDK accepts, or it is reported as having no form there.

For each dialect and each event class it writes (client and server), a random neutral event
(``strategies.of``) is written with ``on_unsupported="drop"``. Either the text is accepted by the
dialect's SDK (``target_sdks.validator``: the ``azure-ai-voicelive`` model of its type, the
``openai`` package's GA or beta unions), or writing it raises: ``UnsupportedError`` with one loss
at ``$`` (the event has no form in the dialect: a key its SDK needs is not set, or the event has no
counterpart), or ``InvalidPayloadError`` (a value the dialect refuses). Nothing in between: a key
the SDK requires is never silently missing, a value it refuses never silently written.

Where an SDK refuses values the neutral model cannot tell apart (open-ended strings the SDK's
models close), ``strategies.OVERRIDES`` draws from the SDK's values and says why.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects import model
from realtime_dialects.dialects import names

from .strategies import of
from .target_sdks import validator

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")


def written_classes(dialect: str) -> list[type]:
    """Every event class the dialect writes, client and server."""
    found = {name.partition(":")[0] for name in rd.dialect(dialect).events().values()}
    classes = (getattr(model, name) for name in found)
    return sorted((cls for cls in classes if issubclass(cls, model.Event)), key=lambda cls: cls.__name__)


CASES = [(dialect, cls) for dialect in names() for cls in written_classes(dialect)]
IDS = [f"{dialect}-{cls.__name__}" for dialect, cls in CASES]


def write(dialect: str, event: Any) -> str | None:
    """The event's text in ``dialect``, or None when writing it is reported instead (and checked to be)."""
    try:
        return rd.dialect(dialect).dumps(event, on_unsupported="drop")
    except rd.InvalidPayloadError:
        return None  # a value the dialect refuses, with its path
    except rd.UnsupportedError as error:
        losses = error.losses
    # Under "drop" only an event with no form at all is raised: one loss, at $.
    assert [loss.path for loss in losses] == ["$"], losses
    return None


@pytest.mark.parametrize(("dialect", "cls"), CASES, ids=IDS)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_an_event_is_written_as_its_sdk_accepts_it_or_reported(dialect: str, cls: type, data: st.DataObject) -> None:
    text = write(dialect, data.draw(of(cls)))
    if text is not None:
        validator(dialect)(text)


@pytest.mark.parametrize(("dialect", "cls"), CASES, ids=IDS)
def test_some_events_of_every_class_are_written(dialect: str, cls: type) -> None:
    # The property above is not vacuous: every class has events that are written and checked.
    event = find(
        of(cls),
        lambda event: write(dialect, event) is not None,
        settings=settings(
            max_examples=200, database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck)
        ),
    )
    validator(dialect)(write(dialect, event) or "")
