"""The SDKs' server classes in write order (``docs/wire/tools/server_orders.py``) and the shape each is tabled as."""

from __future__ import annotations

from typing import Any

import pytest

from .scripts import TOOLS, load

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")


def _orders() -> Any:
    return load(TOOLS / "server_orders.py")


ORDERS = _orders()


def server_shape_name(name: str, dialect: str, wire_type: str | None) -> str:
    """The dialect's shape name for neutral class ``name`` as the SDK class of ``wire_type`` carries it."""
    if dialect == "openai" and wire_type == "transcription_session.updated":
        return "SessionUpdatedEvent:transcription"
    return name
