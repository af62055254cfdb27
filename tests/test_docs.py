"""Docstring examples are part of the documentation: run every one of them."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import realtime_dialects

MODULES = sorted(
    {realtime_dialects.__name__}
    | {info.name for info in pkgutil.walk_packages(realtime_dialects.__path__, f"{realtime_dialects.__name__}.")}
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert result.failed == 0


def test_examples_exist() -> None:
    finder = doctest.DocTestFinder()
    examples = sum(len(test.examples) for name in MODULES for test in finder.find(importlib.import_module(name)))
    assert examples >= 10


def test_the_generated_conversion_tables_are_current() -> None:
    """docs/conversions.md and the README's event tables are what the dialect tables say today."""
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, str(root / "docs" / "tools" / "conversions.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
