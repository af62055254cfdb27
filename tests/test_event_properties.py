"""Properties over every event class, client and server, in every dialect (``tests/test_properties.py``
has ``response.create``'s own).

Events are any the neutral model holds (``strategies.of``), so they go beyond what any one SDK
builds: every optional field set or not, values from the whole neutral domain (item statuses no
dialect knows, Azure-only settings, ``OFF``, a ``null`` free-JSON value), which makes each dialect
report losses.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects.dialects import names

from .strategies import EVENT, EVENT_CLASSES, of

DIALECTS = names()
PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def written(dialect: rd.Dialect, event: Any) -> str | None:
    """What ``dialect`` writes for ``event`` under "drop"; None when it has no such event."""
    losses = dialect.losses(event)
    if any(loss.path == "$" for loss in losses):
        assert [loss.path for loss in losses] == ["$"], "an event is refused as a whole or not at all"
        return None
    return dialect.dumps(event, on_unsupported="drop")


@pytest.mark.parametrize("name", DIALECTS)
@pytest.mark.parametrize("cls", EVENT_CLASSES, ids=lambda cls: cls.__name__)
@PROPERTY
@given(data=st.data())
def test_what_a_dialect_writes_it_reads_back_to_the_same_bytes(name: str, cls: type, data: st.DataObject) -> None:
    dialect = rd.dialect(name)
    text = written(dialect, data.draw(of(cls), label="event"))
    if text is None:
        return
    back = dialect.loads(text)
    assert dialect.dumps(back) == text
    assert dialect.losses(back) == ()  # what "drop" left out was all there was to lose


@pytest.mark.parametrize("source", DIALECTS)
@pytest.mark.parametrize("cls", EVENT_CLASSES, ids=lambda cls: cls.__name__)
@PROPERTY
@given(data=st.data())
def test_translations_write_and_lose_what_the_neutral_path_does(source: str, cls: type, data: st.DataObject) -> None:
    reader = rd.dialect(source)
    text = written(reader, data.draw(of(cls), label="event"))
    if text is None:
        return
    event = reader.loads(text)
    for target in DIALECTS:
        writer = rd.dialect(target)
        try:
            expected = (
                writer.dumps(event, on_unsupported="drop"),
                writer.render_losses(writer.write(event, trusted=True)[1], reader),
            )
        except rd.UnsupportedError:
            with pytest.raises(rd.UnsupportedError):
                rd.translate_with_losses(text, read=source, write=target)
            continue
        assert rd.translate_with_losses(text, read=source, write=target) == expected


@pytest.mark.parametrize("name", DIALECTS)
@pytest.mark.parametrize("cls", EVENT_CLASSES, ids=lambda cls: cls.__name__)
@PROPERTY
@given(data=st.data())
def test_losses_are_reported_the_same_way_by_every_entry_point(name: str, cls: type, data: st.DataObject) -> None:
    dialect = rd.dialect(name)
    # response.create from its own strategy, which reaches further than the model's (strategies.EVENT).
    event = data.draw(EVENT if cls is rd.ResponseCreateEvent else of(cls), label="event")
    losses = dialect.losses(event)
    if losses:
        with pytest.raises(rd.UnsupportedError) as caught:
            dialect.dumps(event)
        assert caught.value.losses == losses
    else:
        dialect.dumps(event)
