"""The rendered wire tables in docs/wire/ match the model and the SDKs they are read from."""

from __future__ import annotations

import sys
from pathlib import Path

from .dotnet import DOTNET_EVENTS, DOTNET_NESTED, OPAQUE
from .scripts import TOOLS, load

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_wire_docs_are_current_and_complete() -> None:
    module = load(TOOLS / "render_spec.py")
    assert module.main(check=True) == 0, "run: python docs/wire/tools/render_spec.py (see its stderr)"


def test_the_kept_csharp_sources_are_the_ones_the_tables_cite() -> None:
    """docs/wire/sources holds the OpenAI-DotNet classes the tools read, each one cited, and their licence."""
    shapes = load(TOOLS / "sdk_shapes.py")
    sources = TOOLS.parent / "sources" / "OpenAI-DotNet"
    kept = sorted(str(path.relative_to(sources)) for path in sources.rglob("*.cs"))
    cited = {*shapes.DOTNET_FILES, *DOTNET_EVENTS.values(), *DOTNET_NESTED.values()}
    assert kept == sorted(shapes.DOTNET_FILES)
    assert cited <= set(kept)
    assert (sources / "LICENSE").read_text().startswith("MIT License")


def test_dotnet_golden_files_follow_the_csharp_declarations() -> None:
    """Hand-written OpenAI-DotNet fixtures: keys in declaration order, `Never` keys present, no undeclared key."""
    import json

    sys.path.insert(0, str(TOOLS))
    from sdk_keys import dotnet_keys

    def check(obj: dict, path: str, where: str) -> None:  # type: ignore[type-arg]
        declared = dotnet_keys(f"OpenAI-DotNet/{path}")
        names = [k.wire for k in declared]
        assert list(obj) == [n for n in names if n in obj], f"{where}: order {list(obj)} vs {names}"
        for key in declared:
            if key.ignore == "Never":
                assert key.wire in obj, f"{where}: {key.wire} is JsonIgnore(Never)"
        for key, value in obj.items():
            if key in OPAQUE or value is None:
                continue
            nested = DOTNET_NESTED.get(value.get("type") if key == "turn_detection" else key)
            values = value if isinstance(value, list) else [value]
            for index, element in enumerate(values):
                if isinstance(element, dict) and nested:
                    check(element, nested, f"{where}.{key}[{index}]")

    files = sorted((FIXTURES / "openai").glob("*/*.json"))
    checked = 0
    for file in files:
        event = json.loads(file.read_bytes())
        if event["type"] in DOTNET_EVENTS:
            check(event, DOTNET_EVENTS[event["type"]], str(file.relative_to(FIXTURES)))
            checked += 1
    assert checked >= 21
