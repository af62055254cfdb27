from __future__ import annotations

import os
import sys
import typing

import pytest
import typing_extensions
from hypothesis import settings

import realtime_dialects.testing

# typing.get_overloads is new in 3.11; on 3.10 typing_extensions' overload records what the SDKs
# declare (azure-ai-voicelive's models: `from typing import overload`) if it replaces typing's
# before they are imported, which is after this conftest.
if sys.version_info < (3, 11):
    typing.overload = typing_extensions.overload  # type: ignore[assignment]
    typing.get_overloads = typing_extensions.get_overloads  # type: ignore[attr-defined]

# HYPOTHESIS_PROFILE=ci (set by .ci/run) draws the same examples on every run: whether a change
# lands does not hang on a draw. Any other run draws afresh, which is how new cases are found;
# a failure prints its example and a blob to reproduce it.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_configure(config: pytest.Config) -> None:
    # Installed, the package registers this plugin through its pytest11 entry point; from a
    # source checkout on PYTHONPATH it does not, so register it here once.
    if not config.pluginmanager.is_registered(realtime_dialects.testing):
        config.pluginmanager.register(realtime_dialects.testing, "realtime_dialects")
