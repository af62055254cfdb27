"""Every speed target of realtime-dialects, measured side by side in one run.

Run from the project root (after ``pip install '.[test]'``)::

    python benchmarks/bench.py            # prints the report (~2 minutes)
    python benchmarks/bench.py --write    # also rewrites benchmarks/RESULTS.md
    python benchmarks/bench.py --quick    # a few rounds and small logs, to check the harness runs

What is measured (``README.md`` says how):

* single events, SMALL and LARGE ``response.create`` (``payloads.py``): ``translate`` Azure → OpenAI
  and → OpenAI GA against the orjson floor, the Azure SDK and openai's GA pydantic models;
* audio events with a 32 kB base64 chunk (``input_audio_buffer.append``, the output audio delta)
  between every pair of dialects, each against the floor of its own text;
* a two-minute voice session (``session.py``) through ``translate_session`` and a ``Translator``
  against a bare ``orjson.dumps(orjson.loads(line))`` loop over the same lines, and through the
  command line against the same bare loop as a process, both on a 100 MB log;
* peak memory of the command line for a 10 MB and a 100 MB log;
* ``import realtime_dialects`` and a first translation, over a bare interpreter, beside the
  import of the dependencies alone, and a live session's usual first event (a ``session.update``);
* scale-out: a directory of session logs converted with ``--jobs 1`` and ``--jobs 2``.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import orjson
from azure.ai.voicelive.models import ClientEventResponseCreate
from openai.types.realtime import ResponseCreateEvent

import realtime_dialects as rd

sys.path.insert(0, str(Path(__file__).parent))
from payloads import PAYLOADS
from session import session, write_logs

HERE = Path(__file__).parent
DIALECTS = ("azure", "openai-ga", "openai")
#: The dialects the single-event and session targets translate Azure into.
PAIRS = (("azure", "openai"), ("azure", "openai-ga"))


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    """One target of the issue: its name, what is wanted, and whether a measured value meets it."""

    name: str
    wanted: str
    passes: Callable[[float], bool]
    unit: str = "×"


def at_most(limit: float, unit: str = "×") -> Target:
    return Target("", f"≤ {limit:g}{unit}", lambda value: value <= limit, unit)


def at_least(limit: float, unit: str = "×") -> Target:
    return Target("", f"≥ {limit:g}{unit}", lambda value: value >= limit, unit)


def target(name: str, rule: Target) -> Target:
    return Target(name, rule.wanted, rule.passes, rule.unit)


@dataclass
class Results:
    """Everything one run measured; each section is filled by its own function, or left empty when skipped."""

    #: payload -> contender -> µs per event.
    events: dict[str, dict[str, float]] = field(default_factory=dict)
    #: (event, source, target) -> (floor µs, translate µs).
    audio: dict[tuple[str, str, str], tuple[float, float]] = field(default_factory=dict)
    #: contender -> MB/s over the session's lines, in process.
    session: dict[str, float] = field(default_factory=dict)
    session_info: str = ""
    #: contender -> (MB/s, peak RSS MiB), whole processes.
    cli: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: The command line's throughput over the bare loop's: the median of each run's pair, run back to back.
    cli_ratio: float | None = None
    cli_info: str = ""
    #: log size label -> peak RSS MiB of the command line.
    memory: dict[str, float] = field(default_factory=dict)
    #: bare, loaded, used, cold -> ms.
    imports: dict[str, float] = field(default_factory=dict)
    #: jobs -> (MB/s, peak RSS MiB of the largest process converting).
    scale_out: dict[int, tuple[float, float]] = field(default_factory=dict)
    scale_out_info: str = ""


def targets_and_values(results: Results) -> list[tuple[Target, float | None]]:
    """Each target with its measured value (None when its section was skipped)."""
    out: list[tuple[Target, float | None]] = []
    events = results.events
    for size, rule in (("LARGE", at_most(2.0)), ("SMALL", at_most(5.0))):
        for source, target_name in PAIRS:
            value = None
            if size in events:
                value = events[size][f"translate {source}->{target_name}"] / events[size]["floor"]
            out.append((target(f"{size} translate {source} → {target_name} / floor", rule), value))
    large = events.get("LARGE")
    slowest = max(large[f"translate {s}->{t}"] for s, t in PAIRS) if large else None
    out.append(
        (
            target("Azure SDK / our slowest LARGE translate", at_least(30)),
            large["azure sdk"] / slowest if large and slowest else None,
        )
    )
    out.append(
        (
            target("openai GA pydantic / our slowest LARGE translate", at_least(8)),
            large["openai ga pydantic"] / slowest if large and slowest else None,
        )
    )
    for (event, source, target_name), (floor, ours) in results.audio.items():
        out.append((target(f"audio {event} {source} → {target_name} / floor", at_most(1.5)), ours / floor))
    bare = results.session.get("bare loop")
    for name in ("translate_session", "Translator.feed"):
        value = results.session[name] / bare * 100 if bare and name in results.session else None
        out.append((target(f"session azure → openai, {name} / bare loop", at_least(50, " %")), value))
    value = results.cli_ratio * 100 if results.cli_ratio is not None else None
    out.append((target("session azure → openai, command line / bare loop process", at_least(40, " %")), value))
    if len(results.memory) == 2:
        small, large_log = results.memory.values()
        out.append((target("command line peak memory, 100 MB log / 10 MB log", at_most(1.2)), large_log / small))
    else:
        out.append((target("command line peak memory, 100 MB log / 10 MB log", at_most(1.2)), None))
    imports = results.imports
    value = imports["used"] - imports["bare"] if imports else None
    out.append((target("import + first translation, warm cache (ms over bare)", at_most(100, " ms")), value))
    worker = max((peak for _, peak in results.scale_out.values()), default=None)
    out.append((target("scale-out, peak memory per process", at_most(100, " MiB")), worker))
    return out


# --------------------------------------------------------------------------- timing in process


def measure(funcs: dict[str, Callable[[], object]], rounds: int, batch: int) -> dict[str, float]:
    """Median µs per call of each function, over ``rounds`` interleaved rounds of ``batch`` calls.

    Each round runs the contenders in another order (shuffled, with a fixed seed): the one
    running right after a heavy contender (the Azure SDK, pydantic) starts with cold caches,
    and no contender should always be that one. (Rotating one order would not do: each
    contender would still always follow the same one.)
    """
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    for func in funcs.values():  # warm up
        for _ in range(batch):
            func()
    order = list(funcs.items())
    shuffle = random.Random(0).shuffle
    for _ in range(rounds):
        shuffle(order)
        for name, func in order:
            start = time.perf_counter()
            for _ in range(batch):
                func()
            samples[name].append((time.perf_counter() - start) / batch * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def contenders(azure: dict[str, object], ga: dict[str, object]) -> dict[str, Callable[[], object]]:
    """SMALL and LARGE: the floor, the SDKs and ours, on the same event."""
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


def measure_events(results: Results, rounds: int, quick: bool) -> None:
    for size, (azure, ga) in PAYLOADS.items():
        # A batch spans about the same time for every payload (~2 ms of ours): the first call
        # after the Azure SDK or pydantic finds the caches cold, and a batch keeps it from weighing.
        batch = 1 if quick else 20 if size == "LARGE" else 400
        results.events[size] = measure(contenders(azure, ga), rounds, batch)


def audio_events(chunk: str) -> dict[str, Any]:
    """The two audio events, as neutral objects carrying ``chunk``."""
    return {
        "input_audio_buffer.append": rd.model.InputAudioBufferAppendEvent(audio=chunk, event_id="event_1"),
        "output audio delta": rd.model.ResponseOutputAudioDeltaEvent(
            event_id="event_2", response_id="resp_1", item_id="item_1", output_index=0, content_index=0, delta=chunk
        ),
    }


def measure_audio(results: Results, rounds: int, quick: bool) -> None:
    """Every pair of dialects, each event against the floor of its own text (32 kB of base64 audio)."""
    chunk = base64.b64encode(random.Random(0).randbytes(24_000)).decode()  # 0.5 s of 24 kHz PCM16
    loads, dumps = orjson.loads, orjson.dumps
    for event_name, event in audio_events(chunk).items():
        for source in DIALECTS:
            text = rd.dialect(source).dumps(event)
            for target_name in DIALECTS:
                if target_name == source:
                    continue
                funcs = {
                    "floor": lambda text=text: dumps(loads(text)),
                    "translate": lambda text=text, s=source, t=target_name: rd.translate(text, read=s, write=t),
                }
                timings = measure(funcs, rounds, 1 if quick else 50)
                results.audio[event_name, source, target_name] = (timings["floor"], timings["translate"])


def measure_session(results: Results, seconds: float, rounds: int) -> None:
    """A recorded voice session, Azure → OpenAI, in process: lines already in memory."""
    lines = list(session("azure", seconds))
    megabytes = sum(map(len, lines)) / 1e6
    loads, dumps = orjson.loads, orjson.dumps

    def bare() -> None:
        for line in lines:
            dumps(loads(line))

    def whole() -> None:
        for _ in rd.translate_session(lines, read="azure", write="openai", on_unsupported="drop"):
            pass

    def fed() -> None:
        translator = rd.Translator(read="azure", write="openai", on_unsupported="drop")
        for line in lines:
            translator.feed(line)

    funcs = {"bare loop": bare, "translate_session": whole, "Translator.feed": fed}
    seconds_each = measure(funcs, rounds, 1)
    results.session = {name: megabytes / (micros / 1e6) for name, micros in seconds_each.items()}
    results.session_info = (
        f"{seconds:g} s of voice conversation, {len(lines):,} events, {megabytes:.1f} MB, median of {rounds} rounds"
    )


# --------------------------------------------------------------------------- whole processes


def clean_environment(cache: str) -> dict[str, str]:
    """The environment of measured processes: as after ``pip install`` (bytecode cached, in ``cache``).

    ``PYTHONDONTWRITEBYTECODE`` would make every run compile the package and its generated
    code, ``PYTHONUNBUFFERED`` turn every line written into a system call: neither is how
    the command line runs for its users.
    """
    env = {
        key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")
    }
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _peak_mib(pid: int) -> float | None:
    """The peak resident memory of a live process (Linux's VmHWM), in MiB."""
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def _children(pid: int) -> list[int]:
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                found += [int(child) for child in children.read().split()]
    return found


@dataclass
class Run:
    seconds: float
    #: Peak RSS of the process itself and of its largest child (a worker), MiB.
    peak: float
    worker_peak: float | None


def run(command: list[str], env: dict[str, str]) -> Run:
    """Run ``command`` to its end: wall time, its peak memory and its largest child's.

    Peaks are the kernel's high-water marks (``VmHWM``), read every 20 ms while the processes
    live (``ru_maxrss`` would not do: it keeps the peak of the process that forked, across exec).
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peaks: dict[int, float] = {}
    while process.poll() is None:
        for pid in (process.pid, *_children(process.pid)):
            peak = _peak_mib(pid)
            if peak is not None:
                peaks[pid] = max(peak, peaks.get(pid, 0.0))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    workers = [peak for pid, peak in peaks.items() if pid != process.pid]
    return Run(seconds, peaks.get(process.pid, float("nan")), max(workers, default=None))


BARE_LOOP = """
import sys, orjson
loads, dumps, out = orjson.loads, orjson.dumps, sys.stdout.buffer
with open(sys.argv[1], "rb") as lines:
    for line in lines:
        if line.strip():
            out.write(dumps(loads(line)) + b"\\n")
"""


def convert_command(path: Path | str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "realtime_dialects",
        "convert",
        "--from",
        "azure",
        "--to",
        "openai",
        "--jsonl",
        *extra,
        str(path),
    ]


def measure_cli(results: Results, log: Path, small_log: Path, runs: int, env: dict[str, str]) -> None:
    """The command line as its users run it, against the bare loop as a process, on the same log.

    Each run is a pair, the bare loop then the command line, and their ratio is the median of
    the pairs' ratios: a process takes about a second, over which this machine's speed drifts,
    and a pair run back to back sees the same machine (medians taken apart once made a fast
    spell of the bare loop's runs read as 28 % where the pairs said 50 %).
    """
    megabytes = log.stat().st_size / 1e6
    subprocess.run(convert_command(small_log), env=env, capture_output=True, check=False)  # fill the caches
    commands = {
        "bare loop process": [sys.executable, "-c", BARE_LOOP, str(log)],
        "realtime-dialects convert": convert_command(log),
    }
    samples: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(run(command, env))
    results.cli = {
        name: (megabytes / statistics.median(r.seconds for r in done), max(r.peak for r in done))
        for name, done in samples.items()
    }
    pairs = zip(samples["bare loop process"], samples["realtime-dialects convert"], strict=True)
    results.cli_ratio = statistics.median(bare.seconds / ours.seconds for bare, ours in pairs)
    results.cli_info = f"{megabytes:.0f} MB log ({log.name}), median of {runs} runs, output to /dev/null"
    for label, path in (("10 MB", small_log), ("100 MB", log)):
        results.memory[f"{label} log ({path.stat().st_size / 1e6:.0f} MB)"] = run(convert_command(path), env).peak


def import_time(results: Results, runs: int) -> None:
    """Median wall times (ms) of fresh interpreters, by what they run.

    ``bare`` is ``python -c pass``; ``dependencies`` imports what the package imports of its
    dependencies (attrs, orjson), to tell their share from ours; ``loaded`` imports the
    package; ``used`` also translates a first event, which builds what translating it needs:
    what a process pays before its first event. The subprocesses cache bytecode (in a temporary
    directory, not in the tree), as an installed package has it. ``cold`` is ``used``
    with the generated code not cached yet, as in the first process after installation.
    ``session`` translates instead the first ``session.update`` of the benchmark's session, the
    event a live session usually meets first: it creates the model classes its session reaches.
    """
    with tempfile.TemporaryDirectory() as cache:
        env = clean_environment(cache)

        def timed(code: str) -> float:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            return (time.perf_counter() - start) * 1e3

        def timed_cold(code: str) -> float:
            # The generated code's cache: a directory per dialect and pair, named "<...>-generated.<tag>".
            for folder in Path(cache).rglob("*-generated.*"):
                for generated in folder.iterdir():
                    generated.unlink()
            return timed(code)

        event = '{"type": "response.create"}'
        first = f"import realtime_dialects as rd; rd.translate({event!r}, read='azure', write='openai')"
        update = next(line for line in session("azure", 5.0) if b'"type": "session.update"' in line).decode().strip()
        starts = f"import realtime_dialects as rd; rd.translate({update!r}, read='azure', write='openai')"
        runs_of = {
            "bare": (timed, "pass"),
            "dependencies": (timed, "import attrs, orjson"),
            "loaded": (timed, "import realtime_dialects"),
            "used": (timed, first),
            "session": (timed, starts),
        }
        runs_of["cold"] = (timed_cold, first)
        for runner, code in runs_of.values():  # fill the bytecode cache
            runner(code)
        samples: dict[str, list[float]] = {name: [] for name in runs_of}
        for _ in range(runs):
            for name, (runner, code) in runs_of.items():
                samples[name].append(runner(code))
    results.imports = {name: statistics.median(sample) for name, sample in samples.items()}


def measure_scale_out(results: Results, directory: Path, runs: int, env: dict[str, str]) -> None:
    """A directory of session logs through the command line with one and with two worker processes."""
    megabytes = sum(path.stat().st_size for path in directory.glob("*.jsonl")) / 1e6
    files = len(list(directory.glob("*.jsonl")))
    for jobs in (1, 2):
        done = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as out:
                command = convert_command(directory, "--out", out, "--jobs", str(jobs), "--on-unsupported", "drop")
                done.append(run(command, env))
        # With one job the command line converts in its own process; with two, in workers.
        peak = max((r.worker_peak if jobs > 1 and r.worker_peak is not None else r.peak) for r in done)
        results.scale_out[jobs] = (megabytes / statistics.median(r.seconds for r in done), peak)
    results.scale_out_info = f"{files} session logs, {megabytes:.0f} MB, median of {runs} runs, {os.cpu_count()} CPUs"


@contextlib.contextmanager
def logs(quick: bool) -> Iterator[tuple[Path, Path, Path]]:
    """A 100 MB and a 10 MB Azure session log and a directory of logs for the scale-out (smaller with --quick)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        large, small = root / "session-large.jsonl", root / "session-small.jsonl"
        for path, seconds in ((large, 96 if quick else 960), (small, 10 if quick else 96)):
            with path.open("wb") as out:
                out.writelines(session("azure", seconds))
        many = root / "logs"
        write_logs(many, "azure", 20 if quick else 200)
        yield large, small, many


# --------------------------------------------------------------------------- report


def machine() -> str:
    memory = ""
    with contextlib.suppress(OSError, ValueError), open("/proc/meminfo", encoding="ascii") as meminfo:
        memory = f", {int(meminfo.readline().split()[1]) / 1024**2:.0f} GiB memory"
    versions = ", ".join(
        f"{name} {version(name)}" for name in ("orjson", "azure-ai-voicelive", "openai", "pydantic", "attrs")
    )
    return (
        f"{platform.python_implementation()} {platform.python_version()} on {platform.system()} {platform.machine()}"
        f" ({platform.processor() or 'unknown processor'}), {os.cpu_count()} CPUs{memory}; realtime-dialects"
        f" {rd.__version__}; {versions}."
    )


def report(results: Results, command: str = "python benchmarks/bench.py --write") -> list[str]:
    lines = [
        "# Benchmark results",
        "",
        f"`{command}`, {time.strftime('%Y-%m-%d')}: {machine()}",
        "Figures are medians of interleaved rounds in one run; a shared machine moves them by ±10% from run to",
        "run, so read the ratios.",
        "",
        "## Targets",
        "",
        "| target | wanted | measured | |",
        "|---|---|---:|---|",
    ]
    for goal, value in targets_and_values(results):
        if value is None:
            lines.append(f"| {goal.name} | {goal.wanted} | not measured | |")
        else:
            shown = f"{value:.2f}{goal.unit}" if goal.unit == "×" else f"{value:.0f}{goal.unit}"
            lines.append(f"| {goal.name} | {goal.wanted} | {shown} | {'PASS' if goal.passes(value) else 'FAIL'} |")
    for size, timings in results.events.items():
        lines += ["", f"## {size} `response.create`", "", "| contender | µs | vs floor |", "|---|---:|---:|"]
        for name, micros in timings.items():
            lines.append(f"| {name} | {micros:.1f} | {micros / timings['floor']:.2f}× |")
    if results.audio:
        lines += [
            "",
            "## Audio events, 32 kB of base64 audio",
            "",
            "| event | from | to | floor µs | translate µs | vs floor |",
            "|---|---|---|---:|---:|---:|",
        ]
        for (event, source, target_name), (floor, ours) in results.audio.items():
            lines.append(f"| {event} | {source} | {target_name} | {floor:.1f} | {ours:.1f} | {ours / floor:.2f}× |")
    if results.session:
        lines += ["", f"## A session, Azure → OpenAI, in process ({results.session_info})", ""]
        lines += ["| contender | MB/s | vs bare loop |", "|---|---:|---:|"]
        bare = results.session["bare loop"]
        for name, rate in results.session.items():
            lines.append(f"| {name} | {rate:.0f} | {rate / bare:.0%} |")
    if results.cli:
        lines += ["", f"## The command line, whole processes ({results.cli_info})", ""]
        lines += ["| process | MB/s | vs bare loop (median of the pairs) | peak RSS MiB |", "|---|---:|---:|---:|"]
        for name, (rate, peak) in results.cli.items():
            ratio = 1.0 if name == "bare loop process" else results.cli_ratio
            lines.append(f"| {name} | {rate:.0f} | {ratio:.0%} | {peak:.0f} |")
        lines += ["", "Peak memory of `realtime-dialects convert --from azure --to openai --jsonl LOG`:", ""]
        lines += ["| log | peak RSS MiB |", "|---|---:|"]
        lines += [f"| {label} | {peak:.0f} |" for label, peak in results.memory.items()]
    if results.imports:
        bare, dependencies, loaded, used, cold = (
            results.imports[key] for key in ("bare", "dependencies", "loaded", "used", "cold")
        )
        lines += [
            "",
            "## Import",
            "",
            f"`python -c pass`: {bare:.1f} ms; `import realtime_dialects`: {loaded:.1f} ms ({loaded - bare:.1f} ms"
            f" over bare); import and a first `translate(azure → openai)`: {used:.1f} ms (**{used - bare:.1f} ms** over"
            " bare), with the bytecode and the generated code cached, as after installation and a first run. The"
            f" first process after installation also compiles the generated code: {cold:.1f} ms ({cold - bare:.1f} ms"
            " over bare).",
            "",
            f"Of the {used - bare:.1f} ms, importing the dependencies alone (`import attrs, orjson`) takes"
            f" {dependencies - bare:.1f} ms over bare; the package, its dialects' tables, the model classes the event"
            f" meets and its translation take the other {used - dependencies:.1f} ms.",
        ]
        starts = results.imports.get("session")
        if starts is not None:
            lines += [
                "",
                "A live session's first event is more often a `session.update`: the benchmark session's first one"
                f" takes {starts - bare:.1f} ms over bare, {starts - used:.1f} ms more: about half of it creating the"
                " model classes its session reaches, the rest generating its functions (whose compiled code is"
                " cached). `Dialect.prepare(*into)` at start-up does both before the first event.",
            ]
    if results.scale_out:
        lines += ["", f"## Scale-out, the command line over a directory ({results.scale_out_info})", ""]
        lines += ["| `--jobs` | MB/s | speed-up | peak RSS MiB per converting process |", "|---:|---:|---:|---:|"]
        serial = results.scale_out.get(1, (0.0, 0.0))[0]
        for jobs, (rate, peak) in results.scale_out.items():
            speedup = f"{rate / serial:.2f}×" if serial else "—"
            lines.append(f"| {jobs} | {rate:.0f} | {speedup} | {peak:.0f} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=41, help="interleaved rounds per measurement (default 41)")
    parser.add_argument("--write", action="store_true", help="rewrite benchmarks/RESULTS.md with this run")
    parser.add_argument("--quick", action="store_true", help="a few rounds and small logs, to check the harness runs")
    parser.add_argument("--skip-processes", action="store_true", help="skip the command line, import and scale-out")
    parser.add_argument("--skip-scale-out", action="store_true", help="skip the scale-out (it writes ~200 MB of logs)")
    args = parser.parse_args()
    rounds = 3 if args.quick else args.rounds
    results = Results()
    steps: list[tuple[str, Callable[[], None]]] = [
        ("single events", lambda: measure_events(results, rounds, args.quick)),
        ("audio events", lambda: measure_audio(results, rounds, args.quick)),
        ("a session in process", lambda: measure_session(results, 20.0 if args.quick else 120.0, rounds)),
    ]
    for label, step in steps:
        print(f"... {label}", file=sys.stderr, flush=True)
        step()
    if not args.skip_processes:
        with tempfile.TemporaryDirectory() as cache, logs(args.quick) as (large, small, many):
            env = clean_environment(cache)
            print("... the command line", file=sys.stderr, flush=True)
            measure_cli(results, large, small, 1 if args.quick else 5, env)
            print("... import", file=sys.stderr, flush=True)
            import_time(results, 3 if args.quick else 11)
            if not args.skip_scale_out:
                print("... scale-out", file=sys.stderr, flush=True)
                measure_scale_out(results, many, 1 if args.quick else 2, env)
    lines = report(results)
    print("\n".join(lines))
    if args.write:
        (HERE / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
