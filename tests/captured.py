"""The captured traffic (``fixtures/captured``), frame by frame, for the tests that read it.

A frame is one file under ``captured/<dialect>/`` or one line of a whole session in
``captured/sessions/<dialect>-<name>.jsonl``; ``PROVENANCE.md`` there says where each comes from.
"""

from __future__ import annotations

from pathlib import Path

from realtime_dialects.dialects import names

CAPTURED = Path(__file__).resolve().parent.parent / "fixtures" / "captured"


def _session_dialect(path: Path) -> str:
    for name in sorted(names(), key=len, reverse=True):  # openai-ga before openai
        if path.name.startswith(name + "-"):
            return name
    raise AssertionError(f"{path.name} names no dialect")


def frames() -> list[tuple[str, str, str]]:
    """(dialect, frame id, text) of every captured frame."""
    found = [
        (path.parent.name, f"{path.parent.name}/{path.name}", path.read_text(encoding="utf-8"))
        for path in sorted(CAPTURED.glob("*/*.json"))
    ]
    for path in sorted((CAPTURED / "sessions").glob("*.jsonl")):
        dialect = _session_dialect(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        found += [(dialect, f"{path.name}:{number}", line) for number, line in enumerate(lines, 1)]
    return found
