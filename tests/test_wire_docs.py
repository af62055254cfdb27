"""The rendered wire tables in docs/wire/ match the model and the SDKs they are read from."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "docs" / "wire" / "tools"
DOTNET_MIRROR = Path("/work/.mirror/RageAgainstThePixel+OpenAI-DotNet/repo")


@pytest.mark.skipif(not DOTNET_MIRROR.exists(), reason="the OpenAI-DotNet sources are not mirrored here")
def test_wire_docs_are_current_and_complete() -> None:
    spec = importlib.util.spec_from_file_location("render_spec", TOOLS / "render_spec.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["render_spec"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    assert module.main(check=True) == 0, "run: python docs/wire/tools/render_spec.py (see its stderr)"
