"""The SDKs' server classes in write order (``docs/wire/tools/server_orders.py``) and the shape each is tabled as."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

TOOLS = Path(__file__).resolve().parent.parent / "docs" / "wire" / "tools"


def _orders() -> Any:
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location("server_orders", TOOLS / "server_orders.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["server_orders"] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(TOOLS))


ORDERS = _orders()


def server_shape_name(name: str, dialect: str, wire_type: str | None) -> str:
    """The dialect's shape name for neutral class ``name`` as the SDK class of ``wire_type`` carries it."""
    if dialect == "openai" and wire_type == "transcription_session.updated":
        return "SessionUpdatedEvent:transcription"
    return name
