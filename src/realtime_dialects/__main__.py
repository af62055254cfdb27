"""``python -m realtime_dialects``: the same command line as ``realtime-dialects``."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
