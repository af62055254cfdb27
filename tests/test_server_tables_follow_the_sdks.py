"""The server-side tables write keys in the SDKs' orders: checked against the wire specification's tools.

Server events and the objects only they carry: ``docs/wire/tools/server_orders.py`` reads each SDK
class's keys in write order (Azure's signatures and ``__init__`` assignments, pydantic's
``model_fields``). Items, content parts and sessions in their server forms (Azure's ``server``
family, the ``openai`` dialect's ``beta`` family): ``docs/wire/tools/render_spec.py``, as
``test_tables_follow_the_sdks.py`` does for the client forms. Each table must write the same keys
in the same order and report as losses the attributes the specification lists as losses.
"""

from __future__ import annotations

from typing import Any

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects.tables import Field, Ignored, Nested, Shape, Tag, Unsupported

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

from .sdk_orders import ORDERS, server_shape_name
from .sdk_tables import expected_keys, spec_tables, table_label


def written(entries: tuple[Any, ...], lost: set[str]) -> list[Any]:
    """The keys a shape writes, in order (nested groups as ``(key, [...])``); its losses go to ``lost``."""
    out: list[Any] = []
    for entry in entries:
        if isinstance(entry, Nested):
            out.append((entry.key, written(entry.entries, lost)))
        elif isinstance(entry, Field | Tag):
            out.append(entry.key)
        elif isinstance(entry, Unsupported):
            lost.add(entry.attr)
        else:
            assert isinstance(entry, Ignored)
    return out


def sdk_keys(shape: Any) -> list[Any]:
    """The keys of one SDK class (server_orders' ``Shape``), nested paths grouped as the tables group them."""
    out: list[Any] = []
    for key in shape.keys:
        if isinstance(key.mapping, ORDERS.Nested):
            groups: dict[str, list[str]] = {}
            for path, _ in key.mapping.paths:
                outer, inner = path.split(".")
                groups.setdefault(outer, []).append(inner)
            out.append((key.name, [(outer, inner) for outer, inner in groups.items()]))
        else:
            out.append(key.name)
    return out


def _event_and_object_cases() -> list[Any]:
    cases = []
    for name in ORDERS.all_names():
        for dialect, shapes in ORDERS.shapes_for(name).items():
            if name == "ResponseStatusDetails" and dialect == "azure":
                continue  # one class per `type` in the SDK: test_azure_status_details_write_each_class_order
            for shape in shapes:
                label = f"{dialect}-{server_shape_name(name, dialect, shape.wire_type)}-{shape.sdk_name}"
                cases.append(pytest.param(dialect, name, shape, id=label))
    return cases


@pytest.mark.parametrize(("dialect", "name", "sdk"), _event_and_object_cases())
def test_a_server_table_writes_the_sdk_keys_in_order(dialect: str, name: str, sdk: Any) -> None:
    shape: Shape = rd.dialect(dialect).shapes[server_shape_name(name, dialect, sdk.wire_type)]
    lost: set[str] = set()
    assert written(shape.entries, lost) == sdk_keys(sdk)
    covered = {attr for key in sdk.keys for attr in key.covers()}
    assert lost == set(ORDERS.neutral_fields(name)) - covered


def test_azure_status_details_write_each_class_order() -> None:
    # ResponseCancelledDetails and ResponseIncompleteDetails write reason, type; ResponseFailedDetails
    # error, type; the base class type alone: one row order writes each of them.
    shape = rd.AZURE.shapes["ResponseStatusDetails"]
    order = written(shape.entries, set())
    for sdk in ORDERS.shapes_for("ResponseStatusDetails")["azure"]:
        keys = sdk_keys(sdk)
        assert [key for key in order if key in keys] == keys, sdk.sdk_name


def _family_cases() -> list[Any]:
    """(dialect, spec table, family) of every table the specification gives a server direction."""
    out = []
    for kind, family in (("azure", "server"), ("openai", "beta")):
        for table in spec_tables(kind):
            if table.direction == "server":
                out.append(pytest.param(kind, table, family, id=f"{kind}-{table.neutral}-{table.sdk_name()}"))
    return out


@pytest.mark.parametrize(("kind", "table", "family"), _family_cases())
def test_a_server_family_writes_the_sdk_keys_in_order(kind: str, table: Any, family: str) -> None:
    dialect = rd.dialect(kind)
    by_name = {table_label(t): t for t in spec_tables(kind)}
    lost: set[str] = set()
    assert written(dialect.shape(table.neutral, family).entries, lost) == expected_keys(table, by_name)
    assert set(table.losses) <= lost


def test_ga_content_part_events_tag_parts_as_their_part_model() -> None:
    from openai.types.realtime.response_content_part_added_event import Part

    fields = list(Part.model_fields)  # audio, text, transcript, type
    for name, tag in (("OutputText", "text"), ("OutputAudio", "audio")):
        shape = rd.OPENAI_GA.shape(name, "part")
        keys = written(shape.entries, set())
        assert keys == [field for field in fields if field in keys]
        assert shape.tag() == tag
