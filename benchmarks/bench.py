"""Side-by-side speed of realtime-dialects, the orjson floor, the Azure SDK and openai's models.

Run from the project root (after ``pip install '.[test]'``)::

    python benchmarks/bench.py            # prints the table
    python benchmarks/bench.py --write    # also rewrites benchmarks/RESULTS.md

Every contender runs on the same payloads (``payloads.py``: SMALL and LARGE from
the design documents), interleaved round-robin so drift hits all of them alike;
each figure is the median over many rounds of the mean of a short batch, so the
rare full garbage collection that lands in someone's batch does not move it. The
garbage collector stays on, as in production.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import orjson
from azure.ai.voicelive.models import ClientEventResponseCreate
from openai.types.realtime import ResponseCreateEvent

import realtime_dialects as rd

sys.path.insert(0, str(Path(__file__).parent))
from payloads import PAYLOADS

HERE = Path(__file__).parent

#: (name, target, passes) — ratios measured on LARGE unless named; see figures() for each value.
TARGETS: list[tuple[str, str, Callable[[float], bool]]] = [
    ("LARGE translate / floor", "<= 3.0", lambda value: value <= 3.0),
    ("SMALL translate / floor", "<= 8.0", lambda value: value <= 8.0),
    ("Azure SDK / translate", ">= 20", lambda value: value >= 20),
    ("openai GA pydantic / translate", ">= 5", lambda value: value >= 5),
    # "with both converters ready": import plus the first translate, which builds both dialects.
    ("import, both dialects ready (ms over bare)", "<= 100", lambda value: value <= 100),
]


def figures(results: dict[str, dict[str, float]], bare: float, used: float) -> dict[str, float]:
    """The measured value of each target."""
    large, small = results["LARGE"], results["SMALL"]
    ours = large["translate azure->openai"]
    return {
        "LARGE translate / floor": ours / large["floor"],
        "SMALL translate / floor": small["translate azure->openai"] / small["floor"],
        "Azure SDK / translate": large["azure sdk"] / ours,
        "openai GA pydantic / translate": large["openai ga pydantic"] / ours,
        "import, both dialects ready (ms over bare)": used - bare,
    }


def contenders(azure: dict[str, object], ga: dict[str, object]) -> dict[str, Callable[[], object]]:
    azure_text = json.dumps(azure)
    ga_text = json.dumps(ga)
    openai_text = rd.translate(azure_text, read="azure", write="openai", on_unsupported="drop")
    loads, dumps = orjson.loads, orjson.dumps
    return {
        "floor": lambda: dumps(loads(azure_text)),
        "azure sdk": lambda: json.dumps(ClientEventResponseCreate(json.loads(azure_text)).as_dict()),
        "openai ga pydantic": lambda: ResponseCreateEvent.model_validate_json(ga_text).model_dump_json(
            exclude_none=True
        ),
        "translate azure->openai": lambda: rd.translate(
            azure_text, read="azure", write="openai", on_unsupported="drop"
        ),
        "translate azure->openai-ga": lambda: rd.translate(
            azure_text, read="azure", write="openai-ga", on_unsupported="drop"
        ),
        "AZURE.dumps(AZURE.loads())": lambda: rd.AZURE.dumps(rd.AZURE.loads(azure_text)),
        "OPENAI.dumps(OPENAI.loads())": lambda: rd.OPENAI.dumps(rd.OPENAI.loads(openai_text)),
    }


def measure(funcs: dict[str, Callable[[], object]], rounds: int, batch: int) -> dict[str, float]:
    """Median µs per call of each function, over ``rounds`` interleaved rounds of ``batch`` calls.

    Each round starts one contender further on, so every contender runs in every
    position equally often: the one running right after a heavy contender (the
    Azure SDK, pydantic) starts with cold caches, and no contender should always
    be that one.
    """
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    for func in funcs.values():  # warm up
        for _ in range(batch):
            func()
    order = list(funcs.items())
    for round_ in range(rounds):
        shift = round_ % len(order)
        for name, func in order[shift:] + order[:shift]:
            start = time.perf_counter()
            for _ in range(batch):
                func()
            samples[name].append((time.perf_counter() - start) / batch * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def import_time(runs: int) -> dict[str, float]:
    """Median wall times (ms) of fresh interpreters, by what they run.

    ``bare`` is ``python -c pass``; ``loaded`` imports the package; ``used`` also
    translates a first event, which builds the Azure and OpenAI dialects: what a
    process pays before its first event. The subprocesses cache bytecode (in a
    temporary directory, not in the tree), as an installed package has it:
    ``PYTHONDONTWRITEBYTECODE`` would otherwise make every run compile the
    package's source. ``cold`` is ``used`` with the dialects' generated code not
    cached yet, as in the first process after installation.
    """
    with tempfile.TemporaryDirectory() as cache:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache

        def run(code: str) -> float:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            return (time.perf_counter() - start) * 1e3

        def run_cold(code: str) -> float:
            for generated in Path(cache).rglob("*-generated.*.pyc"):
                generated.unlink()
            return run(code)

        event = '{"type": "response.create"}'
        first = f"import realtime_dialects as rd; rd.translate({event!r}, read='azure', write='openai')"
        runs_of = {"bare": (run, "pass"), "loaded": (run, "import realtime_dialects"), "used": (run, first)}
        runs_of["cold"] = (run_cold, first)
        for runner, code in runs_of.values():  # fill the bytecode cache
            runner(code)
        samples: dict[str, list[float]] = {name: [] for name in runs_of}
        for _ in range(runs):
            for name, (runner, code) in runs_of.items():
                samples[name].append(runner(code))
    return {name: statistics.median(sample) for name, sample in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=41, help="interleaved rounds per payload (default 41)")
    parser.add_argument("--write", action="store_true", help="rewrite benchmarks/RESULTS.md with this run")
    parser.add_argument("--quick", action="store_true", help="a few rounds only, to check the harness runs")
    args = parser.parse_args()
    rounds = 3 if args.quick else args.rounds

    results: dict[str, dict[str, float]] = {}
    for size, (azure, ga) in PAYLOADS.items():
        # A batch spans about the same time for every payload (~2 ms of ours): the
        # first call after the Azure SDK or pydantic finds the caches cold, and a
        # batch of 5 let that one call weigh ~15% on LARGE (see README).
        batch = 20 if size == "LARGE" else 400
        results[size] = measure(contenders(azure, ga), rounds, 1 if args.quick else batch)
    lines = report(results, import_time(3 if args.quick else 11))
    print("\n".join(lines))
    if args.write:
        (HERE / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def report(results: dict[str, dict[str, float]], imports: dict[str, float]) -> list[str]:
    bare, loaded, used, cold = imports["bare"], imports["loaded"], imports["used"], imports["cold"]
    lines = [
        "# Benchmark results",
        "",
        f"`python benchmarks/bench.py --write` on {platform.python_implementation()} {platform.python_version()},"
        f" {platform.machine()}, {os.cpu_count()} CPUs; realtime-dialects {rd.__version__}.",
        "Median µs per event; ratios against our `translate(azure → openai)`.",
        "",
    ]
    for size, timings in results.items():
        ours = timings["translate azure->openai"]
        lines += [f"## {size}", "", "| contender | µs | vs floor | vs translate |", "|---|---:|---:|---:|"]
        for name, micros in timings.items():
            lines.append(f"| {name} | {micros:.1f} | {micros / timings['floor']:.2f}× | {micros / ours:.2f}× |")
        lines.append("")
    lines += [
        "## Import",
        "",
        f"`python -c pass`: {bare:.1f} ms; `import realtime_dialects`: {loaded:.1f} ms"
        f" ({loaded - bare:.1f} ms over bare); import and a first `translate(azure → openai)`, which builds"
        f" both dialects' readers and writers: {used:.1f} ms (**{used - bare:.1f} ms** over bare).",
        "Bytecode caches are warm, as after `pip install` and a first run: the generated code of each"
        " dialect is cached beside its module's bytecode. The first process after installation also"
        f" compiles that code: {cold:.1f} ms ({cold - bare:.1f} ms over bare). `Dialect.prepare()` builds a"
        " dialect ahead of its first event.",
        "",
        "## Targets",
        "",
        "| target | wanted | measured | |",
        "|---|---|---:|---|",
    ]
    measured = figures(results, bare, used)
    for name, target, passes in TARGETS:
        lines.append(f"| {name} | {target} | {measured[name]:.2f} | {'PASS' if passes(measured[name]) else 'FAIL'} |")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
