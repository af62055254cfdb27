"""The worktree root and the environment the command-line tests run their subprocesses in."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def subprocess_env() -> dict[str, str]:
    """This process's environment with the worktree's ``src`` first on ``PYTHONPATH``."""
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else src
    return env
