from __future__ import annotations

import pytest

import realtime_dialects.testing


def pytest_configure(config: pytest.Config) -> None:
    # Installed, the package registers this plugin through its pytest11 entry point; from a
    # source checkout on PYTHONPATH it does not, so register it here once.
    if not config.pluginmanager.is_registered(realtime_dialects.testing):
        config.pluginmanager.register(realtime_dialects.testing, "realtime_dialects")
