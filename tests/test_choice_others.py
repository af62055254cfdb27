"""``Choice(others=...)``: an open neutral domain written into a dialect's closed set reports a loss."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
import pytest

import realtime_dialects as rd
from realtime_dialects.dialects.base import REGISTRY, Dialect
from realtime_dialects.dialects.tables import Choice, Shape, Tag


class _Closed(Dialect):
    name = "test-closed-status"
    codecs = {"ItemStatus": Choice({"completed": "completed"}, others="only 'completed' here")}
    shapes = {"FunctionCallOutputItem": Shape("call_id", "output", "status", "id", "object", Tag("type", "x"))}

    def encode(self, wire: dict[str, Any]) -> str:
        return orjson.dumps(wire).decode()


@pytest.fixture
def closed() -> Iterator[Dialect]:
    dialect = _Closed()
    try:
        yield dialect
    finally:
        REGISTRY.pop(dialect.name)


def test_a_value_outside_the_set_is_a_loss(closed: Dialect) -> None:
    item = rd.model.FunctionCallOutputItem(call_id="c", output="o", status="cancelled")
    losses = closed.losses(item)
    assert [(loss.path, loss.reason) for loss in losses] == [("$.status", "only 'completed' here")]
    assert closed.dump(item, on_unsupported="drop") == {"call_id": "c", "output": "o", "type": "x"}


def test_values_in_the_set_are_written_and_others_refused_on_read(closed: Dialect) -> None:
    item = rd.model.FunctionCallOutputItem(call_id="c", output="o", status="completed")
    assert closed.dumps(item) == '{"call_id":"c","output":"o","status":"completed","type":"x"}'
    with pytest.raises(rd.InvalidPayloadError, match=r"\$\.status"):
        closed.loads('{"call_id":"c","output":"o","status":"cancelled","type":"x"}', cl=rd.model.FunctionCallOutputItem)


def test_a_value_of_another_type_is_still_invalid(closed: Dialect) -> None:
    item = rd.model.FunctionCallOutputItem(call_id="c", output="o", status=3)  # type: ignore[arg-type]
    with pytest.raises(rd.InvalidPayloadError, match=r"\$\.status"):
        closed.dumps(item)
