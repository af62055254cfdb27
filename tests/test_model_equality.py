"""Neutral objects compare and hash by value, as attrs' generated methods do.

Every class takes ``__eq__``, ``__ne__`` and ``__hash__`` from :class:`Record` (one
implementation, not one compiled per class): objects are equal when they are of the same
class and their attribute values, as a tuple, are equal.
"""

from __future__ import annotations

import copy
import math
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects import model

from .strategies import of

CLASSES = sorted(
    (cls for name in model.__all__ if isinstance(cls := getattr(model, name), type) and attrs.has(cls)),
    key=lambda cls: cls.__name__,
)
CONCRETE = [cls for cls in CLASSES if cls not in (model.Record, model.Event)]


def by_value(a: Any, b: Any) -> bool:
    """attrs' generated ``__eq__``, spelled out."""
    names = [field.name for field in attrs.fields(type(a))]
    return type(a) is type(b) and tuple(getattr(a, n) for n in names) == tuple(getattr(b, n) for n in names)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_no_class_has_its_own_comparison(cls: type) -> None:
    assert (cls.__eq__, cls.__ne__, cls.__hash__) == (model.Record.__eq__, model.Record.__ne__, model.Record.__hash__)


@pytest.mark.parametrize("cls", CONCRETE, ids=lambda cls: cls.__name__)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_objects_compare_and_hash_by_value(cls: type, data: st.DataObject) -> None:
    a, b = data.draw(of(cls)), data.draw(of(cls))
    twin = copy.deepcopy(a)
    assert a == twin
    assert not a != twin  # noqa: SIM202 (__ne__ itself)
    assert hash(a) == hash(twin)
    assert (a == b) is by_value(a, b)
    assert (a != b) is not by_value(a, b)
    if a == b:
        assert hash(a) == hash(b)
    assert a.__eq__(object()) is NotImplemented
    assert a != object()


def test_a_changed_attribute_makes_objects_unequal() -> None:
    item = rd.MessageItem(role="user", content=[rd.InputText(text="Hi")], id="a")
    assert item == rd.MessageItem(role="user", content=(rd.InputText(text="Hi"),), id="a")
    assert item != attrs.evolve(item, id="b")
    assert item != attrs.evolve(item, extra={"azure": {"x": 1}})
    assert hash(item) == hash(rd.MessageItem(role="user", content=[rd.InputText(text="Hi")], id="a"))
    assert len({item, attrs.evolve(item), attrs.evolve(item, id="b")}) == 2


def test_objects_holding_maps_hash_by_their_contents() -> None:
    # attrs' own __hash__ (and this one, before) raised "unhashable type: 'dict'" for any object holding a map:
    # a tool's parameters, metadata, a server event's undeclared keys. Equal maps in any order hash alike.
    one = rd.FunctionTool(name="f", parameters={"type": "object", "properties": {"a": {"type": "string"}}})
    other = rd.FunctionTool(name="f", parameters={"properties": {"a": {"type": "string"}}, "type": "object"})
    assert one == other
    assert hash(one) == hash(other)
    assert len({one, other, attrs.evolve(one, name="g")}) == 2
    read = rd.AZURE.loads('{"type": "session.created", "session": {"id": "s", "kept": [1, {"a": 2}]}}')
    assert read.session.extra == {"azure": {"kept": [1, {"a": 2}]}}
    assert hash(read) == hash(rd.AZURE.loads(rd.AZURE.dumps(read)))


def test_classes_with_the_same_attributes_are_not_equal() -> None:
    assert [field.name for field in attrs.fields(model.AzureSemanticVad)] == [
        field.name for field in attrs.fields(model.AzureSemanticVadMultilingual)
    ]
    assert model.AzureSemanticVad() != model.AzureSemanticVadMultilingual()


def test_the_same_nan_is_equal_as_in_a_tuple() -> None:
    nan = math.nan
    assert rd.ResponseCreateParams(temperature=nan) == rd.ResponseCreateParams(temperature=nan)
    assert rd.ResponseCreateParams(temperature=nan) != rd.ResponseCreateParams(temperature=float("nan"))
