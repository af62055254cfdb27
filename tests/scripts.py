"""The project's scripts (wire-doc tools, the session generator), loaded as modules for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "docs" / "wire" / "tools"


def load(path: Path) -> ModuleType:
    """The script at ``path`` as a module named after it (its folder importable while it loads)."""
    name = path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    sys.path.insert(0, str(path.parent))  # its own helpers beside it (server_orders imports sdk_keys)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module
