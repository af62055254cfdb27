"""The README's Python examples run as written (against a shipped fixture)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import realtime_dialects as rd

ROOT = Path(__file__).parent.parent
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_there_are_examples() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_python_example_runs(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = BLOCKS[index]
    # A payload OpenAI can express whole: the first example converts it with the default "raise".
    shutil.copy(ROOT / "fixtures" / "azure" / "response.create" / "tool_call_roundtrip.json", tmp_path / "event.json")
    # A recorded session, and a folder of them for the scale-out recipe.
    session = ROOT / "fixtures" / "sessions" / "azure" / "out_of_band.jsonl"
    shutil.copy(session, tmp_path / "session.jsonl")
    (tmp_path / "logs" / "day1").mkdir(parents=True)
    for name in ("a.jsonl", "day1/b.jsonl"):
        shutil.copy(session, tmp_path / "logs" / name)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {
        "__name__": "__main__",
        "received_text": (tmp_path / "event.json").read_text(encoding="utf-8"),
    }
    exec(compile(source, f"README.md[{index}]", "exec"), namespace)
    for name, value in namespace.items():
        if name.startswith("test_") and callable(value):
            # A test function shown in the README: run its body against plain equality.
            value(wire_snapshot=_Anything())
    if "translate_file" in source:
        # The scale-out recipe wrote every log under converted/, with the same relative names.
        assert sorted(p.relative_to("converted").as_posix() for p in Path("converted").rglob("*.jsonl")) == [
            "a.jsonl",
            "day1/b.jsonl",
        ]


class _Anything:
    def __eq__(self, other: object) -> bool:
        return isinstance(other, str)

    __hash__ = None  # type: ignore[assignment]


def test_cache_warming_command_caches_every_dialect_and_translation(tmp_path: Path) -> None:
    """The Speed section's command for read-only installs fills the generated-code cache."""
    speed = (ROOT / "README.md").read_text(encoding="utf-8").split("## Speed", 1)[1].split("\n## ", 1)[0]
    (command,) = re.findall(r"```sh\n(.*?)\n```", speed, re.S)
    assert command.startswith("python -c ")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)
    script = command.removeprefix("python -c ").strip('"')
    subprocess.run([sys.executable, "-c", script], env=env, check=True)
    cached = sorted(
        path.name.split("-generated")[0] for path in tmp_path.rglob("*-generated.*") if any(path.glob("*.pyc"))
    )
    names = rd.dialects.names()
    module = {name: type(rd.dialect(name)).__module__.rsplit(".", 1)[1] for name in names}
    label = {name: name.replace("-", "_") for name in names}
    # Each dialect's readers and writers, and its translations from every dialect (beside the target's).
    assert cached == sorted(
        [f"{module[name]}.{label[name]}" for name in names]
        + [f"{module[target]}.{label[source]}_to_{label[target]}" for source in names for target in names]
    )


def _shipped_commands() -> list[list[str]]:
    """The README's ``realtime-dialects`` command lines whose every file argument ships with the project."""
    found = []
    for block in re.findall(r"```sh\n(.*?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S):
        for line in block.splitlines():
            words = shlex.split(line.split("  #", 1)[0])
            if words[:1] != ["realtime-dialects"] or "|" in words or ">" in words:
                continue
            files = [word for word in words[1:] if "/" in word or word.endswith((".json", ".jsonl"))]
            if files and all((ROOT / word).exists() for word in files):
                found.append(words)
    return found


def test_shipped_command_lines_run() -> None:
    commands = _shipped_commands()
    assert commands  # the sessions section converts a shipped log
    for words in commands:
        done = subprocess.run([sys.executable, "-m", "realtime_dialects", *words[1:]], cwd=ROOT, capture_output=True)
        assert done.returncode == 0, (words, done.stderr)
        assert done.stdout.strip(), words
