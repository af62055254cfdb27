"""The benchmark harness keeps working: every contender runs and gives the same answers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import orjson

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def load(name: str) -> object:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_every_contender_runs_once_on_small_and_large() -> None:
    bench = load("bench")
    payloads = load("payloads")
    figures = {}
    for size, (azure, ga) in payloads.PAYLOADS.items():  # type: ignore[attr-defined]
        funcs = bench.contenders(azure, ga)  # type: ignore[attr-defined]
        results = {name: func() for name, func in funcs.items()}
        # The floor and the Azure SDK agree on the content; ours writes OpenAI text.
        assert orjson.loads(results["floor"]) == azure
        assert orjson.loads(results["azure sdk"]) == azure
        assert orjson.loads(results["openai ga pydantic"]) == ga
        assert orjson.loads(results["translate azure->openai"])["type"] == "response.create"
        timings = bench.measure(funcs, rounds=1, batch=1)  # type: ignore[attr-defined]
        assert set(timings) == set(funcs)
        assert all(value > 0 for value in timings.values())
        figures[size] = timings
    # The report renders every contender and every target, whatever the figures.
    imports = {"bare": 20.0, "loaded": 90.0, "used": 150.0, "cold": 190.0}
    lines = bench.report(figures, imports)  # type: ignore[attr-defined]
    text = "\n".join(lines)
    for name in bench.contenders(*payloads.PAYLOADS["SMALL"]):  # type: ignore[attr-defined]
        assert f"| {name} |" in text
    for name, _, _ in bench.TARGETS:  # type: ignore[attr-defined]
        assert f"| {name} |" in text
    assert "(**130.0 ms** over bare)" in text
    assert "| import, both dialects ready (ms over bare) | <= 100 | 130.00 | FAIL |" in text
    assert bench.TARGETS[-1][2](99.9)  # type: ignore[attr-defined]
