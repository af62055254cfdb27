"""The server wire specification matches the SDKs and the neutral model, and the docs are current."""

from __future__ import annotations

from pathlib import Path

import pytest

from .scripts import load

pytest.importorskip("azure.ai.voicelive")
pytest.importorskip("openai")

SCRIPT = Path(__file__).resolve().parent.parent / "docs" / "wire" / "tools" / "server_orders.py"


def test_server_wire_docs_are_generated_from_the_sdks() -> None:
    module = load(SCRIPT)
    assert module.check() == []
    assert module.main(["--check"]) == 0, "run: PYTHONPATH=src python docs/wire/tools/server_orders.py --write"
