"""The benchmark harness keeps working: every contender runs and gives the same answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from .scripts import load

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def benchmark(name: str) -> Any:
    return load(BENCHMARKS / f"{name}.py")


def test_every_contender_runs_once_on_small_and_large() -> None:
    bench = benchmark("bench")
    payloads = benchmark("payloads")
    for azure, ga in payloads.PAYLOADS.values():
        funcs = bench.contenders(azure, ga)
        results = {name: func() for name, func in funcs.items()}
        # The floor and the Azure SDK agree on the content; ours writes OpenAI text.
        assert orjson.loads(results["floor"]) == azure
        assert orjson.loads(results["azure sdk"]) == azure
        assert orjson.loads(results["openai ga pydantic"]) == ga
        assert orjson.loads(results["translate azure->openai"])["type"] == "response.create"
        timings = bench.measure(funcs, rounds=1, batch=1)
        assert set(timings) == set(funcs)
        assert all(value > 0 for value in timings.values())


def test_the_in_process_sections_run_and_every_target_is_reported() -> None:
    bench = benchmark("bench")
    results = bench.Results()
    bench.measure_events(results, 1, quick=True)
    bench.measure_audio(results, 1, quick=True)
    bench.measure_session(results, 2.0, 1)
    # Every pair of dialects, both audio events.
    assert len(results.audio) == 12
    assert set(results.session) == {"bare loop", "translate_session", "Translator.feed"}
    text = "\n".join(bench.report(results))
    for goal, value in bench.targets_and_values(results):
        assert f"| {goal.name} | {goal.wanted} |" in text
        # The sections measured in process have values; the processes' were skipped.
        assert (value is None) == ("command line" in goal.name or "import" in goal.name or "scale-out" in goal.name)
    assert "not measured" in text


def test_targets_pass_and_fail_at_their_limits() -> None:
    bench = benchmark("bench")
    imports = {"bare": 20.0, "dependencies": 75.0, "loaded": 90.0, "used": 150.0, "cold": 190.0}
    text = "\n".join(bench.report(bench.Results(imports=imports)))
    assert "| import + first translation, warm cache (ms over bare) | ≤ 100 ms | 130 ms | FAIL |" in text
    assert "(**130.0 ms** over bare)" in text
    assert "(`import attrs, orjson`) takes 55.0 ms over bare; the package" in text
    assert "take the other 75.0 ms." in text
    assert "first one takes" not in text  # no session.update timed: no paragraph for it
    with_session = "\n".join(bench.report(bench.Results(imports={**imports, "session": 210.0})))
    assert "the benchmark session's first one takes 190.0 ms over bare, 60.0 ms more" in with_session
    rule = bench.at_most(100, " ms")
    assert rule.passes(99.9)
    assert not rule.passes(100.1)
    assert bench.at_least(50, " %").passes(50.0)
