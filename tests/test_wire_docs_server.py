"""The server wire specification matches the SDKs and the neutral model, and the docs are current."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

SCRIPT = Path(__file__).resolve().parent.parent / "docs" / "wire" / "tools" / "server_orders.py"


def test_server_wire_docs_are_generated_from_the_sdks() -> None:
    spec = importlib.util.spec_from_file_location("server_orders", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["server_orders"] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    assert module.check() == []
    assert module.main(["--check"]) == 0, "run: PYTHONPATH=src python docs/wire/tools/server_orders.py --write"
