"""A key a dialect's SDK requires is required by its table wherever the neutral model leaves it optional.

The SDKs' keys come from the wire specification's tools, which read them from the SDKs
themselves: ``docs/wire/tools/render_spec.py`` for client-side forms and the server families
(``sdk_keys``: pydantic's ``is_required()``, Azure's required keywords), ``server_orders.py`` for
server events and the objects only they carry. For each key the SDK requires whose neutral
attribute is optional, the dialect's shape must carry ``Field(attr, required=True)``: then an
object without it is reported as having no form there, instead of being written as text its SDK
refuses. OpenAI-DotNet's client classes declare no required keys (what it always writes is
``omit=Always(...)``).
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import realtime_dialects as rd
from realtime_dialects import model
from realtime_dialects.dialects.tables import Field, walk

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

from .sdk_orders import ORDERS, server_shape_name
from .sdk_tables import SPEC, client_tables, spec_tables

#: Keys an SDK declares required that the table knowingly does not require, and why.
EXCEPTIONS = {
    # RequestAudioContentPart is also the class of the user's audio a server echoes, and VoiceLive
    # servers echo it with the transcript only (the captured sessions): required in requests alone.
    ("azure", "InputAudio", "server", "audio"): "servers echo a user's audio without it",
    # One neutral class for Azure's class per `type`: `reason` is required by the cancelled and
    # incomplete classes, `error` by the failed one, nothing by the others; a table cannot say
    # "required when type is ...". `type` itself is required.
    ("azure", "ResponseStatusDetails", "server", "reason"): "required by some status types only",
    ("azure", "ResponseStatusDetails", "server", "error"): "required by some status types only",
    # OpenAI beta reports no image tokens and no cached details: a usage lost for them would drop
    # every count the source does report.
    ("azure", "InputTokenDetails", "server", "image_tokens"): "beta usage has no image tokens",
    ("azure", "InputTokenDetails", "server", "cached_tokens_details"): "beta usage has no cached details",
    ("azure", "CachedTokenDetails", "server", "image_tokens"): "written when known, as its parent's",
}


def _spec_keys(dialect: str, table: Any, name: str, family: str | None) -> list[tuple[str, str, str | None, str, str]]:
    """The required keys of one specification table that hold a neutral attribute."""
    mapped = ((key, table.keys[key.wire]) for key in table.sdk_keys() if key.required)
    return [(dialect, name, family, key.wire, m.attr) for key, m in mapped if isinstance(m, SPEC.A)]


def _required_keys() -> list[tuple[str, str, str | None, str, str]]:
    """(dialect, shape name, family, wire key, attribute) of every key an SDK requires."""
    out = []
    for kind, table, name, family in client_tables():
        out += _spec_keys(kind, table, name, family)
    for kind, family in (("azure", "server"), ("openai", "beta")):
        out += [
            _k
            for table in spec_tables(kind)
            if table.direction == "server"
            for _k in _spec_keys(kind, table, table.neutral, family)
        ]
    for table in spec_tables("openai-ga"):
        if "server" in table.direction and not table.direction.startswith("client"):
            out += _spec_keys("openai-ga", table, table.neutral, None)
    for name in ORDERS.all_names():
        for dialect, shapes in ORDERS.shapes_for(name).items():
            if (name, dialect) in ORDERS.EXTENSIONS:
                continue  # borrowed keys: another event's requirements
            family = None if model.is_event(name) else {"azure": "server", "openai": "beta"}.get(dialect)
            for shape in shapes:
                shape_name = server_shape_name(name, dialect, shape.wire_type)
                out += [
                    (dialect, shape_name, family, key.name, attr)
                    for key in shape.keys
                    if key.required
                    for attr in key.covers()
                ]
    return out


def _cases() -> list[Any]:
    cases = {}
    for dialect, name, family, key, attr in _required_keys():
        attribute = attrs.fields_dict(getattr(model, name.partition(":")[0])).get(attr)
        if attribute is None or attribute.default is attrs.NOTHING:
            continue  # the neutral model requires it already
        label = f"{dialect}-{name}-{family or 'plain'}-{key}"
        cases[label] = pytest.param(dialect, name, family, attr, id=label)
    return list(cases.values())


@pytest.mark.parametrize(("dialect", "name", "family", "attr"), _cases())
def test_the_table_requires_what_the_sdk_requires(dialect: str, name: str, family: str | None, attr: str) -> None:
    shape = rd.dialect(dialect).shape(name, family)
    fields = [entry for entry in walk(shape.entries) if isinstance(entry, Field) and entry.attr == attr]
    if not fields:
        return  # the dialect does not write it at all: a loss of its own (an Unsupported row)
    if (dialect, name, family, attr) in EXCEPTIONS:
        assert not fields[0].required, "an exception that no longer is one"
        return
    assert fields[0].required, f"{dialect}'s SDK requires {attr!r} in {name}: Field({attr!r}, required=True)"
