"""Many files at once: the command line over directories with ``--out`` and ``--jobs``, and ``translate_file``."""

from __future__ import annotations

import contextlib
import io
import os
import pty
import shutil
import stat
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import realtime_dialects as rd

from .cli_env import ROOT, subprocess_env

SESSIONS = sorted((ROOT / "fixtures" / "sessions" / "azure").glob("*.jsonl"))
BAD_LINE = 3


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "realtime_dialects", *args]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line with ``args``, its output captured as text."""
    return subprocess.run(command(*args), capture_output=True, text=True, env=subprocess_env())


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 recorded Azure sessions in nested folders, one of them with a malformed line."""
    root = tmp_path_factory.mktemp("logs")
    for number in range(200):
        folder = root / f"day{number % 4}"
        folder.mkdir(exist_ok=True)
        shutil.copyfile(SESSIONS[number % len(SESSIONS)], folder / f"session{number:03}.jsonl")
    broken = root / "day1" / "session005.jsonl"
    lines = broken.read_bytes().splitlines(keepends=True)
    lines[BAD_LINE - 1] = b'{"type": "input_audio_buffer.append", "audio": 42}\n'
    broken.write_bytes(b"".join(lines))
    (root / "notes.txt").write_text("not an event file: ignored")
    return root


def convert(logs: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    args = command("convert", "--from", "azure", "--to", "openai-ga", "--on-unsupported", "warn")
    return subprocess.run(
        [*args, str(logs), "--out", str(out), *extra], capture_output=True, text=True, timeout=300, env=subprocess_env()
    )


def tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_a_directory_converts_the_same_with_one_or_two_jobs(logs: Path, tmp_path: Path) -> None:
    serial = convert(logs, tmp_path / "serial", "--jobs", "1")
    parallel = convert(logs, tmp_path / "parallel", "--jobs", "2")
    assert serial.returncode == parallel.returncode == 1  # the broken file; every other one converted
    assert "Traceback" not in serial.stderr + parallel.stderr
    assert serial.stderr == parallel.stderr  # reports in input order, whatever finishes first
    converted = tree(tmp_path / "serial")
    assert converted == tree(tmp_path / "parallel")
    assert len(converted) == 200
    assert "day1/session005.jsonl" in converted
    assert "notes.txt" not in converted
    assert not any(name.endswith(".txt") for name in converted)


def test_a_bad_file_is_named_and_the_rest_of_it_converts(logs: Path, tmp_path: Path) -> None:
    result = convert(logs, tmp_path / "out", "--jobs", "2")
    broken = logs / "day1" / "session005.jsonl"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {broken}:{BAD_LINE}: $.audio: expected a string, got 42"]
    source_lines = len([line for line in broken.read_bytes().splitlines() if line.strip()])
    written = (tmp_path / "out" / "day1" / "session005.jsonl").read_text().splitlines()
    same_session = 5 + len(SESSIONS)  # the same recorded session, unbroken
    healthy = (tmp_path / "out" / f"day{same_session % 4}" / f"session{same_session:03}.jsonl").read_text().splitlines()
    assert 0 < len(written) < source_lines + 5
    assert len(written) == len(healthy) - 1  # only the malformed append is missing


def test_translate_file_reports_what_the_command_line_prints(logs: Path, tmp_path: Path) -> None:
    broken = logs / "day1" / "session005.jsonl"
    report = rd.translate_file(broken, tmp_path / "x.jsonl", read="azure", write="openai-ga", on_unsupported="warn")
    assert report.status == 1
    assert report.events == len([line for line in broken.read_bytes().splitlines() if line.strip()])
    assert report.written == len((tmp_path / "x.jsonl").read_text().splitlines())
    assert f"error: {broken}:{BAD_LINE}: $.audio: expected a string, got 42" in report.messages
    missing = rd.translate_file(tmp_path / "absent.jsonl", tmp_path / "y.jsonl", read="azure", write="openai")
    assert missing.status == 1
    assert missing.events == 0
    assert missing.messages[0].startswith(f"error: {tmp_path / 'absent.jsonl'}: cannot read file:")


def test_translate_file_takes_bytes_paths_as_os_functions_do(tmp_path: Path) -> None:
    # A bytes name failed inside the library ("a bytes-like object is required, not 'str'").
    source = tmp_path / "in.jsonl"
    source.write_text('{"type": "input_audio_buffer.commit"}\n')
    target = tmp_path / "out" / "in.jsonl"
    report = rd.translate_file(os.fsencode(source), os.fsencode(target), read="azure", write="openai-ga")
    assert (report.status, report.events, report.written) == (0, 1, 1)
    assert target.read_text() == '{"type":"input_audio_buffer.commit"}\n'


def test_several_inputs_need_out_and_unique_names(tmp_path: Path) -> None:
    one, two = SESSIONS[:2]
    no_out = run("convert", "--from", "azure", "--to", "openai", str(one), str(two))
    assert no_out.returncode == 2
    assert "need --out" in no_out.stderr
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        shutil.copyfile(one, tmp_path / folder / "same.jsonl")
    clash = run(
        "convert",
        "--from",
        "azure",
        "--to",
        "openai",
        str(tmp_path / "a" / "same.jsonl"),
        str(tmp_path / "b" / "same.jsonl"),
        "--out",
        str(tmp_path / "out"),
    )
    assert clash.returncode == 2
    assert "same.jsonl" in clash.stderr
    not_a_directory = run("convert", "--from", "azure", "--to", "openai", str(one), str(two), "--out", str(one))
    assert (not_a_directory.returncode, not_a_directory.stdout) == (2, "")
    assert not_a_directory.stderr == f"error: --out {one}: not a directory (each input is written under it)\n"


def test_progress_never_shows_on_a_pipe(logs: Path, tmp_path: Path) -> None:
    env = {key: value for key, value in subprocess_env().items() if key != "CI"}
    args = command("convert", "--from", "azure", "--to", "openai", "--on-unsupported", "drop")
    result = subprocess.run(
        [*args, str(logs / "day0"), "--out", str(tmp_path / "out"), "--jobs", "2"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def run_on_terminal(args: list[str], env: dict[str, str]) -> str:
    """What the command writes to stderr when stderr is a terminal."""
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=terminal, env=env)
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            seen += chunk
        assert process.wait(timeout=120) == 0
    finally:
        os.close(controller)
    return seen.decode()


def test_progress_shows_files_events_and_losses_on_a_terminal(logs: Path, tmp_path: Path) -> None:
    env = {key: value for key, value in subprocess_env().items() if key != "CI"}
    args = command("convert", "--from", "azure", "--to", "openai", "--on-unsupported", "drop")
    shown = run_on_terminal([*args, str(logs / "day0"), "--out", str(tmp_path / "out"), "--jobs", "2"], env)
    assert "50/50 files" in shown
    assert "events (" in shown
    assert "losses" in shown
    assert shown.endswith("\n")  # the status line is finished, not left for the shell prompt to overwrite
    hidden = run_on_terminal(
        [*args, str(logs / "day0"), "--out", str(tmp_path / "again"), "--no-progress"],
        env,
    )
    assert hidden == ""
    under_ci = run_on_terminal([*args, str(logs / "day0"), "--out", str(tmp_path / "ci")], {**env, "CI": "true"})
    assert under_ci == ""


def test_gzipped_sessions_convert_as_they_would_plain_and_are_written_gzipped(logs: Path, tmp_path: Path) -> None:
    import gzip

    plain, packed = tmp_path / "plain", tmp_path / "packed"
    for number, source in enumerate(SESSIONS[:3]):
        (plain / f"day{number}").mkdir(parents=True)
        shutil.copyfile(source, plain / f"day{number}" / f"s{number}.jsonl")
        (packed / f"day{number}").mkdir(parents=True)
        (packed / f"day{number}" / f"s{number}.jsonl.gz").write_bytes(gzip.compress(source.read_bytes()))
    event = ROOT / "fixtures" / "azure" / "response.create" / "full.json"
    shutil.copyfile(event, plain / "event.json")
    (packed / "event.json.gz").write_bytes(gzip.compress(event.read_bytes()))
    from_plain = convert(plain, tmp_path / "from-plain", "--jobs", "2")
    from_packed = convert(packed, tmp_path / "from-packed", "--jobs", "2")
    assert from_plain.returncode == from_packed.returncode == 0
    renamed = from_plain.stderr.replace(str(plain), str(packed)).replace(".jsonl:", ".jsonl.gz:")
    assert from_packed.stderr == renamed.replace(".json:", ".json.gz:")
    written = {name.removesuffix(".gz"): gzip.decompress(data) for name, data in tree(tmp_path / "from-packed").items()}
    assert set(tree(tmp_path / "from-packed")) == {name + ".gz" for name in written}
    assert written == tree(tmp_path / "from-plain")


def test_file_names_are_told_apart_in_any_case(tmp_path: Path) -> None:
    # Archives from case-blind file systems name them SESSION.JSONL: such files were not found in a
    # directory, and one named was read as a single event (and failed at its second line).
    import gzip

    logs = tmp_path / "logs"
    logs.mkdir()
    session = SESSIONS[0].read_bytes()
    (logs / "A.JSONL").write_bytes(session)
    (logs / "B.Jsonl.GZ").write_bytes(gzip.compress(session))
    (logs / "c.jsonl").write_bytes(session)
    result = convert(logs, tmp_path / "out", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    written = tree(tmp_path / "out")
    assert sorted(written) == ["A.JSONL", "B.Jsonl.GZ", "c.jsonl"]
    assert written["A.JSONL"] == gzip.decompress(written["B.Jsonl.GZ"]) == written["c.jsonl"]
    named = run("convert", "--from", "azure", "--to", "openai-ga", "--on-unsupported", "warn", str(logs / "A.JSONL"))
    assert (named.returncode, named.stdout.encode()) == (0, written["c.jsonl"])


def test_a_damaged_archive_is_reported_where_it_breaks(tmp_path: Path) -> None:
    import gzip

    lines = SESSIONS[0].read_bytes().splitlines(keepends=True) * 40
    packed = gzip.compress(b"".join(lines))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    report = rd.translate_file(cut, tmp_path / "out" / "cut.jsonl.gz", read="azure", write="azure")
    assert report.status == 1
    (message,) = report.messages
    broke_at = report.events + 1  # the session has no blank line: every line read was an event
    assert message == (
        f"error: {cut}:{broke_at}: cannot read file: Compressed file ended before the end-of-stream marker was reached"
    )
    assert 0 < report.written == report.events < len(lines)
    assert gzip.decompress((tmp_path / "out" / "cut.jsonl.gz").read_bytes()).splitlines(keepends=True) == [
        rd.translate(line, read="azure", write="azure").encode() + b"\n" for line in lines[: report.written]
    ]
    not_gzip = tmp_path / "plain.jsonl.gz"
    not_gzip.write_bytes(SESSIONS[0].read_bytes())
    for args in (["convert", "--from", "azure", "--to", "azure"], ["check", "--dialect", "azure"]):
        result = run(*args, str(not_gzip))
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == f"error: {not_gzip}:1: cannot read file: Not a gzipped file (b'{{\"')\n"


def test_an_archive_damaged_anywhere_is_a_report_never_an_exception(tmp_path: Path) -> None:
    import gzip
    import random

    good = gzip.compress(SESSIONS[0].read_bytes())
    rnd = random.Random(0)
    damaged = tmp_path / "s.jsonl.gz"
    for _ in range(150):
        data = bytearray(good)
        where = rnd.randrange(len(data))
        damage = rnd.choice(["flip", "cut", "insert"])
        if damage == "flip":
            data[where] ^= 1 << rnd.randrange(8)
        elif damage == "cut":
            del data[where:]
        else:
            data[where:where] = rnd.randbytes(rnd.randint(1, 16))
        damaged.write_bytes(data)
        report = rd.translate_file(damaged, tmp_path / "out.jsonl.gz", read="azure", write="openai-ga")
        # Damaged data may still decompress, into lines that are invalid events, or even valid ones.
        assert report.status in (0, 1, 3), report
        if damage == "cut":  # the end of the archive is gone: always noticed, after what could be read
            assert report.status in (1, 3), report  # 3 (a loss, under "raise") is the worse
            assert report.messages[-1].startswith(f"error: {damaged}:"), report
            assert ": cannot read file: " in report.messages[-1], report


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full, a device that is always full")
def test_a_failing_output_is_named_as_the_output() -> None:
    report = rd.translate_file(SESSIONS[0], "/dev/full", read="azure", write="openai-ga", on_unsupported="drop")
    assert report.status == 1
    assert report.messages[-1] == "error: /dev/full: cannot write file: No space left on device"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # written where it is: a device is never renamed over


@pytest.mark.parametrize("live", [False, True], ids=["batches", "line by line"])
def test_an_output_that_fails_midway_is_counted_as_its_messages_say(
    monkeypatch: pytest.MonkeyPatch, live: bool
) -> None:
    # The report of a file whose output failed said no event read and no loss, beside the warnings of
    # the losses it had printed before: what was read and lost is counted; nothing is written.
    from realtime_dialects import files

    path = ROOT / "fixtures" / "sessions" / "azure" / "out_of_band.jsonl"
    whole = rd.translate_file(path, os.devnull, read="azure", write="openai-ga", on_unsupported="warn")
    assert whole.losses > 0
    failing = rd.translate_file(path, "/dev/full", read="azure", write="openai-ga", on_unsupported="warn")
    warned = [message for message in failing.messages if message.startswith("warning:")]
    assert (failing.status, failing.written, failing.messages[-1]) == (
        1,
        0,
        "error: /dev/full: cannot write file: No space left on device",
    )
    assert 0 < failing.events <= whole.events
    assert failing.losses == len(warned) > 0
    # Failing at the first write, as an unbuffered output does: the lines read until then.
    said: list[str] = []

    def full(text: str) -> None:
        raise OSError(28, "No space left on device")

    counts = files.Counts("log", rd.OPENAI_GA, "warn", said.append)
    with path.open("rb") as stream, pytest.raises(OSError, match="No space left"):
        files.convert_session(stream, full, rd.AZURE, counts, live=live)
    assert counts.written == 0
    assert 0 < counts.events < whole.events
    assert counts.losses == len(said)


def test_converting_files_onto_themselves_is_refused_before_anything_is_written(logs: Path, tmp_path: Path) -> None:
    # Opening the output would empty the input before it is read: a directory converted into
    # itself would be destroyed, file by file, and reported as a success.
    folder = tmp_path / "logs"
    shutil.copytree(logs / "day0", folder)
    before = tree(folder)
    for out in (folder, tmp_path / "logs" / ".." / "logs"):
        result = run("convert", "--from", "azure", "--to", "azure", str(folder), "--out", str(out))
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr.startswith(f"error: --out {out} would write over the inputs ({folder}")
    one = folder / sorted(before)[0]
    report = rd.translate_file(one, tmp_path / "logs" / ".." / "logs" / one.name, read="azure", write="azure")
    assert (report.status, report.written) == (1, 0)
    assert report.messages[0].endswith(": is the input itself; converting a file onto itself would destroy it")
    assert tree(folder) == before


def test_a_link_in_out_to_another_input_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    # Each output was compared with its own input only: a link out/a.jsonl -> in/b.jsonl had a's
    # conversion written over b, then b read back as a's output, silently, exit code 0.
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text('{"type": "input_audio_buffer.commit"}\n')
    (tmp_path / "in" / "b.jsonl").write_text('{"type": "input_audio_buffer.clear"}\n')
    (tmp_path / "out" / "a.jsonl").symlink_to(Path("..") / "in" / "b.jsonl")
    before = tree(tmp_path / "in")
    args = ["convert", "--from", "azure", "--to", "openai-ga", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
    clobbered = tmp_path / "in" / "b.jsonl"
    for jobs in ("1", "2"):
        result = run(*args, "--jobs", jobs)
        assert (result.returncode, result.stdout) == (2, "")
        said = f"error: --out {tmp_path / 'out'} would write over the inputs ({clobbered}); give another directory"
        assert result.stderr == said + "\n"
    assert tree(tmp_path / "in") == before
    # A hard link is a plain file: written under a temporary name and renamed over, it leaves the input be.
    (tmp_path / "out" / "a.jsonl").unlink()
    os.link(clobbered, tmp_path / "out" / "a.jsonl")
    result = run(*args)
    assert (result.returncode, result.stderr) == (0, "")
    assert tree(tmp_path / "in") == before
    assert (tmp_path / "out" / "a.jsonl").read_text() == '{"type":"input_audio_buffer.commit"}\n'


def test_an_interrupted_conversion_leaves_the_target_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The output is written under a temporary name and renamed when done.
    from realtime_dialects import files

    target = tmp_path / "out" / "s.jsonl"
    target.parent.mkdir()
    target.write_text("an earlier conversion\n")

    def interrupted(lines: Any, write: Any, *args: Any, **kwargs: Any) -> None:
        write('{"type": "input_audio_buffer.commit"}')
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "convert_session", interrupted)
    with pytest.raises(KeyboardInterrupt):
        rd.translate_file(SESSIONS[0], target, read="azure", write="azure")
    assert target.read_text() == "an earlier conversion\n"
    assert sorted(path.name for path in target.parent.iterdir()) == ["s.jsonl"]  # no temporary file left
    monkeypatch.undo()
    report = rd.translate_file(SESSIONS[0], target, read="azure", write="azure")
    assert report.status == 0
    assert target.read_bytes() == SESSIONS[0].read_bytes()
    assert sorted(path.name for path in target.parent.iterdir()) == ["s.jsonl"]


def test_a_link_as_the_target_is_written_through(tmp_path: Path) -> None:
    # What is not a plain file is written where it is: a rename would replace the link (or a device).
    real = tmp_path / "real.jsonl"
    real.write_text("")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    report = rd.translate_file(SESSIONS[0], link, read="azure", write="azure")
    assert report.status == 0
    assert link.is_symlink()
    assert real.read_bytes() == SESSIONS[0].read_bytes()


def open_writer(fifo: Path, deadline: float) -> int:
    """The writing end of ``fifo``, once a reader has opened it."""
    import time

    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # no reader yet
            assert time.monotonic() < deadline, f"nothing opened {fifo}"
            time.sleep(0.01)


def running(group: int) -> list[int]:
    """The processes of process group ``group`` that still run (not zombies waiting to be reaped)."""
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # pid (comm) state ppid pgrp ...: the command's name may hold spaces, so split after it.
            fields = stat_file.read_text().rpartition(")")[2].split()
            if int(fields[2]) == group and fields[0] != "Z":
                found.append(int(stat_file.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="processes are looked for in /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("stop", ["SIGTERM", "Ctrl-C twice"])
def test_a_terminated_conversion_leaves_no_output_and_no_worker(tmp_path: Path, jobs: str, stop: str) -> None:
    # `kill PID` or `timeout` (SIGTERM) ends the command as Ctrl-C does: each unfinished output is
    # removed, and the workers of --jobs stop too. They used to stay as .part files, and the
    # workers ran on with nobody to hand them work, never exiting. Ctrl-C reaches the whole process
    # group, and a second one (a double press) cut the cleanup short: the workers' own
    # KeyboardInterrupts left .part files and tracebacks.
    import signal
    import time

    # Inputs that never end: conversions under way, and files not begun yet (whose cancelled futures
    # the pool's manager thread, in CPython 3.11, raised InvalidStateError on: a traceback).
    fifos = [tmp_path / f"{name}.jsonl" for name in "abcdef"]
    for fifo in fifos:
        os.mkfifo(fifo)
    out = tmp_path / "out"
    process = subprocess.Popen(
        command("convert", "--from", "azure", "--to", "azure", *map(str, fifos), "--out", str(out), "--jobs", jobs),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
        start_new_session=True,  # its own process group: what is left of it can be looked for
    )
    writers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        line = SESSIONS[0].read_bytes().splitlines(keepends=True)[0]
        for fifo in fifos[: int(jobs)]:  # each worker (or the one process) has begun a file
            writers.append(open_writer(fifo, deadline))
            os.write(writers[-1], line)
        while len(list(out.glob("*.part"))) < int(jobs):
            assert time.monotonic() < deadline, "no conversion began"
            time.sleep(0.01)
        if stop == "SIGTERM":
            process.send_signal(signal.SIGTERM)
        else:
            process.send_signal(signal.SIGINT)
            os.killpg(process.pid, signal.SIGINT)  # the terminal's Ctrl-C: the whole group
            os.killpg(process.pid, signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
        left = running(process.pid)
    finally:
        for writer in writers:
            os.close(writer)
        with contextlib.suppress(ProcessLookupError):  # whatever is left of it
            os.killpg(process.pid, signal.SIGKILL)
    expected = 128 + (signal.SIGTERM if stop == "SIGTERM" else signal.SIGINT)
    assert (process.returncode, stdout, stderr) == (expected, b"", b"")
    assert list(out.iterdir()) == []
    assert left == []  # nothing of the command is left running


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="processes are looked for in /proc")
def test_the_workers_of_a_killed_command_end_by_themselves(tmp_path: Path) -> None:
    # SIGKILL (or the out-of-memory killer) gives the command no chance to stop its workers:
    # they stop by themselves once it is gone, removing their unfinished outputs, instead of
    # waiting forever for work, and the command's temporary directory, which it left behind.
    import signal
    import time

    fifos = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    for fifo in fifos:
        os.mkfifo(fifo)
    out = tmp_path / "out"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process = subprocess.Popen(
        command("convert", "--from", "azure", "--to", "azure", *map(str, fifos), "--out", str(out), "--jobs", "2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**subprocess_env(), "TMPDIR": str(temporary)},
        start_new_session=True,
    )
    writers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        line = SESSIONS[0].read_bytes().splitlines(keepends=True)[0]
        for fifo in fifos:
            writers.append(open_writer(fifo, deadline))
            os.write(writers[-1], line)
        while len(list(out.glob("*.part"))) < 2:
            assert time.monotonic() < deadline, "no conversion began"
            time.sleep(0.01)
        process.kill()
        process.wait(timeout=60)
        while running(process.pid):
            assert time.monotonic() < deadline, "the workers run on"
            time.sleep(0.05)
        assert list(out.iterdir()) == []
        assert list(temporary.iterdir()) == []
    finally:
        for writer in writers:
            os.close(writer)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def test_an_output_directory_inside_the_input_directory_is_not_searched(tmp_path: Path) -> None:
    # Its files are an earlier run's outputs, in the target dialect: they were converted again,
    # into out/out, and refused as the source's.
    logs = tmp_path / "logs"
    logs.mkdir()
    shutil.copy(SESSIONS[0], logs / "a.jsonl")
    args = ["convert", "--from", "azure", "--to", "openai-ga", "--on-unsupported", "drop", str(logs)]
    first = run(*args, "--out", str(logs / "out"))
    assert (first.returncode, first.stderr) == (0, "")
    converted = (logs / "out" / "a.jsonl").read_bytes()
    for out in (logs / "out", logs / "." / "out"):  # by any name
        again = run(*args, "--out", str(out))
        assert (again.returncode, again.stderr) == (0, "")
        found = sorted(path.relative_to(logs).as_posix() for path in logs.rglob("*"))
        assert found == ["a.jsonl", "out", "out/a.jsonl"]
        assert (logs / "out" / "a.jsonl").read_bytes() == converted


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_lines_longer_than_an_event_may_be_are_counted_not_held(monkeypatch: pytest.MonkeyPatch, bom: bytes) -> None:
    # A line longer than the longest event (MAX_INPUT_SIZE) is refused by its length: it is read in
    # pieces and counted, never held whole (a 2 GB line would take 2 GB), its length standing for it.
    import io

    from realtime_dialects import files

    monkeypatch.setattr(files, "HELD", 10)
    monkeypatch.setattr(files, "_PIECE", 4)
    reads: list[int] = []

    class Stream(io.BytesIO):
        def readline(self, size: int | None = -1) -> bytes:
            line = super().readline(size)
            reads.append(len(line))
            return line

    lines = [
        bom + b"123456789\n",  # ten bytes with its newline, without the byte order mark: held
        b"1234567890\n",  # eleven: longer
        b" \t " * 9 + b"\n",  # blank, and longer: a blank line
        b" \x0c " * 9 + b"\n",  # longer, and not blank (a form feed is not JSON's whitespace)
        b"12345678\n",
        b"y" * 11 + b"\r\n",  # its length is the event's: without the line's end (CR LF)
        b"x" * 25,  # the last line, not ended
    ]
    got = list(files.lines_of(Stream(b"".join(lines))))
    marked = list(files.lines_of(Stream(bom + b"x" * 25 + b"\n")))  # an overlong first line: the mark not counted
    assert [(type(line).__name__, len(line)) for line in marked] == [("Overlong", 25)]
    assert [(type(line).__name__, len(line)) for line in got] == [
        ("bytes", 10),
        ("Overlong", 10),
        ("bytes", 1),
        ("Overlong", 27),
        ("bytes", 9),
        ("Overlong", 11),
        ("Overlong", 25),
    ]
    assert [got[0], got[2], got[4]] == [b"123456789\n", b" ", b"12345678\n"]
    assert max(reads) <= 10 + len(files.BOM)  # never more at a time (the first line may have a mark before it)
    assert list(files.lines_of(Stream(b""))) == []


def test_a_line_longer_than_an_event_is_refused_by_its_length_in_bounded_memory(tmp_path: Path) -> None:
    # 100 MB in one line of a session, and in a single event: each refused with its length, the
    # rest of the session converted, and the process never near 100 MB.
    commit = b'{"type": "input_audio_buffer.commit"}\n'
    audio = b'{"type": "input_audio_buffer.append", "audio": "' + b"A" * 100_000_000 + b'"}'
    session = tmp_path / "long.jsonl"
    session.write_bytes(commit + audio + b"\n" + b" " * 34_000_000 + b"\n" + commit)
    event = tmp_path / "long.json"
    event.write_bytes(audio)
    peak = (
        "import resource, subprocess, sys; "
        "done = subprocess.run(sys.argv[1:], capture_output=True); "
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
        "sys.stdout.flush(); sys.stdout.buffer.write(done.stdout + b'--\\n' + done.stderr)"
    )
    for path, out, err in [
        (session, ['{"type":"input_audio_buffer.commit"}'] * 2, f"error: {session}:2: $: input of 100000050 bytes"),
        (event, [], f"error: {event}: $: input of 100000050 bytes"),
    ]:
        args = command("convert", "--from", "azure", "--to", "openai-ga", str(path))
        result = subprocess.run([sys.executable, "-c", peak, *args], capture_output=True, env=subprocess_env())
        first, _, rest = result.stdout.partition(b"\n")
        code, kilobytes = map(int, first.split())
        stdout, _, stderr = rest.decode().partition("--\n")
        assert code == 1
        assert stdout.splitlines() == out
        assert stderr == f"{err} or characters exceeds max_size=33554432\n"
        assert kilobytes < 120 * 1024  # held whole (twice on the way), the line took ~210 MiB
        path.unlink()  # not kept with the test's other files: they are large


def test_an_event_of_the_longest_size_is_taken_whatever_ends_its_line(tmp_path: Path) -> None:
    # The limit is the event's: the line's end (LF, CR LF, or none on the last line) is not part of it.
    head, tail = b'{"type": "input_audio_buffer.append", "audio": "', b'"}'
    longest = head + b"A" * (rd.MAX_INPUT_SIZE - len(head) - len(tail)) + tail
    longer = head + b"A" * (rd.MAX_INPUT_SIZE + 1 - len(head) - len(tail)) + tail
    commit = b'{"type": "input_audio_buffer.commit"}'
    log = tmp_path / "edge.jsonl"
    for ending in (b"\n", b"\r\n", b""):
        log.write_bytes(commit + (ending or b"\n") + longest + ending)
        result = run("convert", "--from", "azure", "--to", "azure", str(log))
        assert (result.returncode, result.stderr, len(result.stdout.splitlines())) == (0, "", 2), ending
        log.write_bytes(commit + (ending or b"\n") + longer + ending)
        result = run("convert", "--from", "azure", "--to", "azure", str(log))
        assert result.returncode == 1
        too_long = f"input of {rd.MAX_INPUT_SIZE + 1} bytes or characters exceeds max_size={rd.MAX_INPUT_SIZE}"
        assert result.stderr == f"error: {log}:2: $: {too_long}\n", ending
    log.unlink()


def test_gzipped_outputs_are_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    # gzip.open() wrote the time and the temporary file's name (with the process id) in the header.
    import gzip

    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "s.jsonl.gz").write_bytes(gzip.compress(SESSIONS[0].read_bytes()))
    (logs / "event.json.gz").write_bytes(
        gzip.compress((ROOT / "fixtures" / "azure" / "response.create" / "full.json").read_bytes())
    )
    runs = [convert(logs, tmp_path / out, "--jobs", "1") for out in ("first", "second")]
    assert [result.returncode for result in runs] == [0, 0]
    first, second = tree(tmp_path / "first"), tree(tmp_path / "second")
    assert sorted(first) == ["event.json.gz", "s.jsonl.gz"]
    assert first == second
    for data in first.values():
        flags, mtime = data[3], data[4:8]
        assert (flags & 0x08, mtime) == (0, b"\0\0\0\0")  # FLG.FNAME clear: no name stored; no time


@pytest.mark.parametrize("name", ["event.json", "event.json.gz"])
@pytest.mark.parametrize("failure", ["invalid", "unsupported"])
def test_a_single_event_that_fails_leaves_an_earlier_output_as_it_was(tmp_path: Path, name: str, failure: str) -> None:
    # The output was opened before the event was converted: a failure left it empty, over a good one.
    import gzip

    pack = gzip.compress if name.endswith(".gz") else bytes
    source, target = tmp_path / name, tmp_path / "out" / name
    source.write_bytes(pack((ROOT / "fixtures" / "azure" / "response.create" / "full.json").read_bytes()))
    earlier = rd.translate_file(source, target, read="azure", write="openai", on_unsupported="drop")
    assert (earlier.status, earlier.written) == (0, 1)
    before = target.read_bytes()
    if failure == "invalid":
        source.write_bytes(pack(b'{"type": "response.create", "response": {"temperature": 3}}'))
    report = rd.translate_file(source, target, read="azure", write="openai")
    assert (report.status, report.written) == ((1 if failure == "invalid" else 3), 0)
    assert target.read_bytes() == before
    assert sorted(path.name for path in target.parent.iterdir()) == [name]  # no temporary file left
    # The command line says so by its exit code, and leaves the output as it was too.
    result = run("convert", "--from", "azure", "--to", "openai", str(source), "--out", str(target.parent))
    assert (result.returncode, target.read_bytes()) == (report.status, before)


def without_permission_override(folder: Path) -> list[str] | None:
    """A command prefix under which ``folder`` (mode 000) cannot be read, or None if there is none.

    Root reads any directory (CAP_DAC_OVERRIDE): run as root, the command is started by setpriv
    without that capability, where setpriv is there and allowed to.
    """
    try:
        os.listdir(folder)
    except PermissionError:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import os, sys; os.listdir(sys.argv[1])", str(folder)], capture_output=True
    )
    return prefix if probe.returncode != 0 else None


def test_a_directory_that_cannot_be_read_is_named_and_the_rest_converted(tmp_path: Path) -> None:
    # os.walk skipped it unsaid, exit code 0; and an unreadable directory given was said to have no files.
    inputs = tmp_path / "in"
    for folder in ("locked", "open"):
        (inputs / folder).mkdir(parents=True)
        shutil.copyfile(SESSIONS[0], inputs / folder / "s.jsonl")
    locked = inputs / "locked"
    args = ["convert", "--from", "azure", "--to", "azure"]
    locked.chmod(0)
    try:
        prefix = without_permission_override(locked)
        if prefix is None:
            pytest.skip("cannot make a directory unreadable here (root, without setpriv)")
        below = subprocess.run(
            [*prefix, *command(*args, str(inputs), "--out", str(tmp_path / "below"))],
            capture_output=True,
            text=True,
            env=subprocess_env(),
        )
        assert (below.returncode, below.stderr) == (1, f"error: {locked}: cannot read directory: Permission denied\n")
        assert tree(tmp_path / "below") == {"open/s.jsonl": SESSIONS[0].read_bytes()}
        given = subprocess.run(
            [*prefix, *command(*args, str(locked), str(SESSIONS[1]), "--out", str(tmp_path / "given"))],
            capture_output=True,
            text=True,
            env=subprocess_env(),
        )
        assert (given.returncode, given.stderr) == (1, f"error: {locked}: cannot read directory: Permission denied\n")
        assert tree(tmp_path / "given") == {SESSIONS[1].name: SESSIONS[1].read_bytes()}
    finally:
        locked.chmod(0o755)  # for pytest to remove it


def test_a_file_name_with_a_nul_in_it_is_reported_not_raised(tmp_path: Path) -> None:
    # No file can have such a name: os functions raise ValueError for it, not an OSError.
    event = ROOT / "fixtures" / "azure" / "response.create" / "full.json"
    options: dict[str, Any] = {"read": "azure", "write": "openai", "on_unsupported": "drop"}
    unreadable = rd.translate_file(str(tmp_path / "a\0b.json"), str(tmp_path / "out.json"), **options)
    unwritable = rd.translate_file(str(event), str(tmp_path / "out\0.json"), **options)
    assert [(report.status, report.messages) for report in (unreadable, unwritable)] == [
        (1, (f"error: {str(tmp_path / 'a') + chr(0) + 'b.json'!r}: cannot read file: a NUL in its name",)),
        (1, (f"error: {str(tmp_path / 'out') + chr(0) + '.json'!r}: cannot write file: a NUL in its name",)),
    ]
    assert list(tmp_path.iterdir()) == []


def test_a_second_ctrl_c_does_not_cut_the_cleanup_short() -> None:
    # Ctrl-C reaches the command and its workers at once, and a double press (or a signal to the
    # command, then to its group) came while unfinished outputs were being removed: a worker's
    # KeyboardInterrupt there left its .part file, and the command's printed a traceback at exit.
    # The workers leave Ctrl-C to the command, which terminates them; the command takes one.
    code = """
import os, signal
from realtime_dialects import cli

cli._start_worker()
print("worker ignores Ctrl-C:", signal.getsignal(signal.SIGINT) is signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.default_int_handler)  # the command's process, which does not ignore it
cli._interrupt_once()
try:
    os.kill(os.getpid(), signal.SIGINT)
    signal.pthread_sigmask(signal.SIG_BLOCK, [])  # a bytecode boundary: the handler runs
except KeyboardInterrupt:
    print("first: interrupted")
os.kill(os.getpid(), signal.SIGINT)
os.kill(os.getpid(), signal.SIGTERM)
print("then: still cleaning up")
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=subprocess_env(), timeout=60
    )
    assert (result.stdout, result.stderr) == (
        "worker ignores Ctrl-C: True\nfirst: interrupted\nthen: still cleaning up\n",
        "",
    )


def test_two_threads_converting_onto_one_target_do_not_share_a_temporary_file(tmp_path: Path) -> None:
    # A threaded worker (Dask's) may run two conversions in one process; each writes a temporary file
    # of its own, so neither finds the other's renamed away under it.
    sources = []
    for number, session in enumerate(SESSIONS[:2]):
        source = tmp_path / f"big{number}.jsonl"
        source.write_bytes(session.read_bytes() * 200)
        sources.append(source)
    target = tmp_path / "out.jsonl"
    barrier = threading.Barrier(2)

    def convert(source: Path) -> rd.FileReport:
        barrier.wait()
        return rd.translate_file(source, target, read="azure", write="openai-ga", on_unsupported="drop")

    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(convert, sources))
    assert [(report.status, report.messages) for report in reports] == [(0, ()), (0, ())]
    assert target.read_text().count("\n") in {report.written for report in reports}
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="sends Ctrl-C to a process group")
def test_ctrl_c_with_files_not_begun_yet_is_quiet(tmp_path: Path) -> None:
    # More files than workers, stopped after one is done: the futures not begun are cancelled, and
    # CPython 3.11's pool then raised InvalidStateError in its manager thread (a traceback).
    import signal
    import time

    logs = tmp_path / "logs"
    logs.mkdir()
    for number in range(8):
        (logs / f"s{number}.jsonl").write_bytes(SESSIONS[0].read_bytes() * 1500)
    out = tmp_path / "out"
    for _ in range(3):
        shutil.rmtree(out, ignore_errors=True)
        process = subprocess.Popen(
            command(
                "convert",
                "--from",
                "azure",
                "--to",
                "openai-ga",
                "--on-unsupported",
                "drop",
                str(logs),
                "--out",
                str(out),
                "--jobs",
                "2",
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=subprocess_env(),
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 60
            while not [path for path in out.glob("*.jsonl")] and process.poll() is None:
                assert time.monotonic() < deadline, "no file was converted"
                time.sleep(0.005)
            os.killpg(process.pid, signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        assert b"Traceback" not in stderr, stderr.decode()
        assert process.returncode in (0, 130)  # 0: it ended before the signal came
        assert not list(out.glob("*.part"))


def test_a_long_target_name_leaves_room_for_the_temporary_suffix(tmp_path: Path) -> None:
    # The temporary name adds the process's and the thread's ids: a name near the 255-byte limit
    # of most file systems must still fit (a thread's native id, not its pthread address).
    target = tmp_path / ("a" * 230 + ".jsonl")
    report = rd.translate_file(SESSIONS[0], target, read="azure", write="openai-ga", on_unsupported="drop")
    assert (report.status, report.messages) == (0, ())
    assert target.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the forkserver start method is POSIX's")
def test_jobs_work_under_the_forkserver_start_method(tmp_path: Path) -> None:
    # Python 3.14's default on Linux: a worker's parent is the forkserver, not the command.
    code = (
        "import multiprocessing, sys; multiprocessing.set_start_method('forkserver'); "
        "from realtime_dialects.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    logs = tmp_path / "logs"
    logs.mkdir()
    for session in SESSIONS[:3]:
        shutil.copyfile(session, logs / session.name)
    out = tmp_path / "out"
    args = ["convert", "--from", "azure", "--to", "openai-ga", "--on-unsupported", "drop", str(logs)]
    result = subprocess.run(
        [sys.executable, "-c", code, *args, "--out", str(out), "--jobs", "2"],
        capture_output=True,
        timeout=120,
        env=subprocess_env(),
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert sorted(path.name for path in out.iterdir()) == sorted(path.name for path in logs.glob("*.jsonl"))


def test_translate_file_refuses_a_misspelt_policy_before_reading(tmp_path: Path) -> None:
    # It took any policy but "raise" for "drop": a typo dropped every loss unreported, status 0.
    for name in ("absent.jsonl", "absent.json"):
        with pytest.raises(ValueError, match="on_unsupported must be one of 'raise', 'warn', 'drop', got 'Warn'"):
            rd.translate_file(tmp_path / name, tmp_path / "out", read="azure", write="openai", on_unsupported="Warn")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def lossy_log(path: Path, lines: int) -> Path:
    """A session of ``lines`` events, each a loss into GA (an Azure voice)."""
    event = '{"type": "response.create", "response": {"voice": {"type": "azure-standard", "name": "en-US-AvaNeural"}}}'
    path.write_text((event + "\n") * lines)
    return path


def test_translate_file_hands_each_message_to_report_as_it_comes(tmp_path: Path) -> None:
    log = lossy_log(tmp_path / "lossy.jsonl", 3)
    options: dict[str, Any] = {"read": "azure", "write": "openai-ga", "on_unsupported": "warn"}
    kept = rd.translate_file(log, tmp_path / "kept.jsonl", **options)
    said: list[str] = []
    told = rd.translate_file(log, tmp_path / "told.jsonl", report=said.append, **options)
    assert len(kept.messages) == 3
    assert said == list(kept.messages)
    assert told.messages == ()
    assert (told.events, told.written, told.losses, told.status) == (kept.events, kept.written, kept.losses, 0)
    failed: list[str] = []
    missing = rd.translate_file(tmp_path / "absent.jsonl", tmp_path / "x.jsonl", report=failed.append, **options)
    assert (missing.status, missing.messages, len(failed)) == (1, (), 1)
    assert failed[0].startswith("error:")


def test_a_file_of_many_messages_is_reported_the_same_by_workers_and_kept_in_order(tmp_path: Path) -> None:
    # A worker held every message of its file until the file was done, and sent them all back at once:
    # 400,000 losses under "warn" took ~80 MB in the worker, and as much again in the command.
    inputs = tmp_path / "in"
    inputs.mkdir()
    lossy_log(inputs / "a.jsonl", 700)  # past the few hundred a worker holds
    shutil.copyfile(SESSIONS[0], inputs / "b.jsonl")
    lossy_log(inputs / "c.jsonl", 5)
    serial = convert(inputs, tmp_path / "serial", "--jobs", "1")
    parallel = convert(inputs, tmp_path / "parallel", "--jobs", "2")
    assert serial.returncode == parallel.returncode == 0
    assert serial.stderr == parallel.stderr
    warnings = serial.stderr.splitlines()
    assert len([line for line in warnings if line.startswith(f"warning: {inputs / 'a.jsonl'}:")]) == 700
    assert warnings[699].startswith(f"warning: {inputs / 'a.jsonl'}:700: ")
    assert warnings[-1].startswith(f"warning: {inputs / 'c.jsonl'}:5: ")
    assert tree(tmp_path / "serial") == tree(tmp_path / "parallel")


def test_a_worker_spills_its_messages_and_the_command_reads_them_back(tmp_path: Path) -> None:
    from realtime_dialects import cli

    options: dict[str, Any] = {"read": "azure", "write": "openai-ga", "on_unsupported": "warn"}
    log = lossy_log(tmp_path / "lossy.jsonl", 600)
    spills = tmp_path / "spills"
    spills.mkdir()
    task = (str(log), str(tmp_path / "out.jsonl"), True)
    report = cli._translate_file_in_worker((7, task), spills=str(spills), **options)
    assert 0 < len(report.messages) < cli._Spill.HELD  # the rest are in the spill file
    spilled = list(cli._spilled(str(spills / "7")))
    expected = rd.translate_file(log, tmp_path / "again.jsonl", **options).messages
    assert [*spilled, *report.messages] == list(expected)
    assert list(spills.iterdir()) == []  # read and removed
    assert list(cli._spilled(str(spills / "8"))) == []  # a file with few messages has none


def test_a_log_of_large_lines_is_written_in_batches_of_bounded_size(tmp_path: Path) -> None:
    # 64 converted lines were held and joined at a time: a log of 1 MB lines took ~220 MB.
    from realtime_dialects import files

    chunk = "A" * 300_000
    log = "".join(f'{{"type": "input_audio_buffer.append", "audio": "{chunk}"}}\n' for _ in range(12)).encode()
    writes: list[int] = []
    counts = files.convert_session(
        io.BytesIO(log),
        lambda text: writes.append(len(text)),
        rd.AZURE,
        files.Counts("log", rd.OPENAI_GA, "raise", print),
    )
    assert counts.written == 12
    assert len(writes) > 1
    assert max(writes) < files.BATCH_CHARS + 400_000  # one line past the bound at most
    small = "".join('{"type": "input_audio_buffer.commit"}\n' for _ in range(130)).encode()
    writes.clear()
    files.convert_session(
        io.BytesIO(small),
        lambda text: writes.append(text.count("\n")),
        rd.AZURE,
        files.Counts("s", rd.AZURE, "raise", print),
    )
    assert writes == [64, 64, 2]


def test_a_directory_with_no_logs_or_a_link_to_nothing_is_named_and_the_rest_converted(tmp_path: Path) -> None:
    inputs, empty = tmp_path / "in", tmp_path / "empty"
    inputs.mkdir()
    empty.mkdir()
    shutil.copyfile(SESSIONS[0], inputs / "s.jsonl")
    (inputs / "gone.jsonl").symlink_to(tmp_path / "nothing.jsonl")
    result = run("convert", "--from", "azure", "--to", "azure", str(empty), str(inputs), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {empty}: no .json or .jsonl files (gzipped or not) in this directory",
        f"error: {inputs / 'gone.jsonl'}: cannot read file: No such file or directory",
    ]
    assert tree(tmp_path / "out") == {"s.jsonl": SESSIONS[0].read_bytes()}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="processes are looked for in /proc")
def test_a_worker_that_does_not_stop_does_not_hold_the_command(tmp_path: Path) -> None:
    # Stopped between two files, a worker raises where the pool's own loop catches everything: it took
    # the stop for a task's result and waited for the next file, its stops ignored, and the command
    # waited for it at exit for ever (1 Ctrl-C in ~10 on a busy machine). A worker still there once
    # the others have stopped is killed, and its unfinished output removed: here, workers that
    # ignore their stops, one of them stuck in a file.
    import signal
    import time

    code = """
import signal, sys
from realtime_dialects import cli

real = cli._translate_file_in_worker

def swallowed(*args, **kwargs):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # as after a stop the pool's loop took for a result
    return real(*args, **kwargs)

swallowed.__name__ = swallowed.__qualname__ = "_translate_file_in_worker"
swallowed.__module__ = "realtime_dialects.cli"
cli._translate_file_in_worker = swallowed
cli._WORKER_STOP_SECONDS = 1.0
sys.exit(cli.main(sys.argv[1:]))
"""
    fifo, done = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    os.mkfifo(fifo)
    shutil.copyfile(SESSIONS[0], done)
    out = tmp_path / "out"
    args = ["convert", "--from", "azure", "--to", "azure", str(fifo), str(done), "--out", str(out), "--jobs", "2"]
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
        start_new_session=True,
    )
    writer = None
    try:
        deadline = time.monotonic() + 60
        writer = open_writer(fifo, deadline)
        os.write(writer, SESSIONS[0].read_bytes().splitlines(keepends=True)[0])
        while not (out / "b.jsonl").exists() or not list(out.glob("a.jsonl.*.part")):
            assert time.monotonic() < deadline, "the conversions did not begin"
            time.sleep(0.01)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
        left = running(process.pid)
    finally:
        if writer is not None:
            os.close(writer)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert (process.returncode, stdout, stderr) == (130, b"", b"")
    assert sorted(path.name for path in out.iterdir()) == ["b.jsonl"]  # the unfinished one removed
    assert left == []


#: The command line with its workers' conversions of the files named ``poison*`` killed (as by the
#: out-of-memory killer) at their first message: their output begun, their messages half said.
#: With ``--once``, only the first time (a marker file beside the input says it was).
KILLING_WORKERS = """
import os, signal, sys
from realtime_dialects import cli

real = cli.translate_file
once = sys.argv.pop(1) == "--once"

def dying(source, target, *, report, **options):
    marker = str(source) + ".killed"
    def say(message):
        if os.path.basename(str(source)).startswith("poison") and not (once and os.path.exists(marker)):
            open(marker, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
        report(message)
    return real(source, target, report=say, **options)

cli.translate_file = dying
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("once", [True, False], ids=["killed once", "killed every time"])
def test_a_worker_killed_in_a_file_stops_nothing_else(tmp_path: Path, once: bool) -> None:
    # A worker that died broke the whole pool: a traceback, its unfinished output left behind, and
    # the files after it neither converted nor named. Its file is converted again alone; one that
    # kills that worker too is named, and every other file converts as it would.
    logs = tmp_path / "logs"
    logs.mkdir()
    for number in range(8):
        shutil.copyfile(SESSIONS[number % len(SESSIONS)], logs / f"s{number}.jsonl")
    lines = SESSIONS[0].read_bytes().splitlines(keepends=True)
    lines[BAD_LINE - 1] = b'{"type": "input_audio_buffer.append", "audio": 42}\n'
    (logs / "poison.jsonl").write_bytes(b"".join(lines))
    args = ["convert", "--from", "azure", "--to", "openai-ga", "--on-unsupported", "warn", str(logs), "--jobs", "3"]
    dying = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLING_WORKERS,
            "--once" if once else "--always",
            *args,
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=subprocess_env(),
    )
    healthy = run(*args, "--out", str(tmp_path / "healthy"))
    assert "Traceback" not in dying.stderr
    assert dying.returncode == healthy.returncode == 1  # the poison file's malformed line, or its worker
    converted, expected = tree(tmp_path / "out"), tree(tmp_path / "healthy")
    assert not [name for name in converted if name.endswith(".part")]
    if once:
        assert (converted, dying.stderr) == (expected, healthy.stderr)
    else:
        del expected["poison.jsonl"]
        assert converted == expected
        poison = logs / "poison.jsonl"
        said = f"error: {poison}: not converted: the process converting it was killed (SIGKILL)"
        first = next(index for index, line in enumerate(healthy.stderr.splitlines()) if str(poison) in line)
        others = [line for line in healthy.stderr.splitlines() if str(poison) not in line]
        assert dying.stderr.splitlines() == [*others[:first], said, *others[first:]]  # in its place, in order


def test_workers_that_cannot_start_end_the_command_naming_every_file(tmp_path: Path) -> None:
    # A pool whose workers die before any file begins broke again and again: the files went back to a
    # new pool for ever. The first is tried alone; when that worker cannot start either, each file is named.
    code = """
import os, sys
from realtime_dialects import cli

cli._start_worker = lambda: os._exit(7)
sys.exit(cli.main(sys.argv[1:]))
"""
    names = [f"s{number}.jsonl" for number in range(4)]
    for name in names:
        shutil.copyfile(SESSIONS[0], tmp_path / name)
    args = ["convert", "--from", "azure", "--to", "azure", *(str(tmp_path / name) for name in names)]
    result = subprocess.run(
        [sys.executable, "-c", code, *args, "--out", str(tmp_path / "out"), "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env(),
    )
    assert result.returncode == 1
    first = f"error: {tmp_path / names[0]}: not converted: the process converting it ended with exit code 7"
    rest = [
        f"error: {tmp_path / name}: not converted: no worker process could start (one ended with exit code 7)"
        for name in names[1:]
    ]
    assert result.stderr.splitlines() == [first, *rest]
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_each_files_messages_are_printed_as_it_is_done_not_when_all_are(tmp_path: Path) -> None:
    # The files of a pool were reported once all of its files were done: a slow file held back every
    # message and the progress, and an interrupt lost the messages of the files already converted.
    # Here the second input is a pipe nobody writes to until the first file's warnings are seen.
    import select
    import time

    done, pending = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    shutil.copyfile(ROOT / "fixtures" / "sessions" / "azure" / "out_of_band.jsonl", done)
    os.mkfifo(pending)
    args = ["convert", "--from", "azure", "--to", "openai-ga", "--on-unsupported", "warn", str(done), str(pending)]
    process = subprocess.Popen(
        command(*args, "--out", str(tmp_path / "out"), "--jobs", "2"),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=subprocess_env(),
    )
    writer = None
    try:
        assert process.stderr is not None
        # Said before the pipe's writer is opened, or never: the pipe's file is not done before that.
        readable, _, _ = select.select([process.stderr], [], [], 60)
        assert readable, "nothing said of the file done while the other was not"
        first = process.stderr.readline().decode()
        deadline = time.monotonic() + 60
        writer = open_writer(pending, deadline)
        os.write(writer, b'{"type": "input_audio_buffer.commit"}\n')
        os.close(writer)
        writer = None
        rest = process.stderr.read().decode()
        assert process.wait(timeout=60) == 0
    finally:
        if writer is not None:
            os.close(writer)
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
    assert first.startswith(f"warning: {done}:")
    assert str(pending) not in first + rest  # its one event loses nothing


@pytest.mark.parametrize("converting", [False, True], ids=["between files", "in a file"])
def test_a_workers_sigterm_ends_it_whatever_it_is_doing(converting: bool) -> None:
    # Raised inside the pool's own loop (sending a result back) or in a weak reference's callback, the
    # SystemExit of a worker's SIGTERM was caught there or printed as "Exception ignored", and the worker
    # went on with its stops ignored: a pool that broke then waited for it for ever. Between files it
    # ends at once; in a file, through the file's `finally`; swallowed, by the unraisable hook.
    code = f"""
import os, signal, sys, weakref
from realtime_dialects import cli
signal.signal(signal.SIGTERM, cli._worker_terminated)
sys.unraisablehook = cli._exit_swallowed
cli._worker_converting = {converting}
try:
    os.kill(os.getpid(), signal.SIGTERM)
    print("went on", flush=True)
finally:
    print("cleaned up", flush=True)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=subprocess_env()
    )
    assert (result.returncode, result.stderr) == (143, "")
    assert result.stdout == ("cleaned up\n" if converting else "")
    swallowed = """
import sys, weakref
from realtime_dialects import cli
sys.unraisablehook = cli._exit_swallowed
class Held: pass
held = Held()
def callback(reference): raise SystemExit(143)
reference = weakref.ref(held, callback)
del held
print("went on")
"""
    result = subprocess.run(
        [sys.executable, "-c", swallowed], capture_output=True, text=True, timeout=60, env=subprocess_env()
    )
    assert (result.returncode, result.stdout, result.stderr) == (143, "", "")


def test_a_spill_keeps_each_message_as_it_was_and_holds_them_when_it_cannot_be_written(tmp_path: Path) -> None:
    from realtime_dialects import cli

    messages = [f"warning: x\ry\n{number}: \udce9 {'a' * number}" for number in range(600)]
    spill = cli._Spill(str(tmp_path / "0"))
    with spill:
        for message in messages:
            spill(message)
    assert [*cli._spilled(str(tmp_path / "0")), *spill.kept()] == messages  # a CR read back as a CR
    assert len(spill.kept()) < cli._Spill.HELD
    assert sum(map(len, spill.kept())) < cli._Spill.HELD_CHARS
    # No room for the spill (here: no directory for it): the messages stay held, none lost.
    held = cli._Spill(str(tmp_path / "absent" / "1"))
    with held:
        for message in messages:
            held(message)
    assert list(cli._spilled(str(tmp_path / "absent" / "1"))) == []
    assert held.kept() == tuple(messages)


def test_what_the_callers_report_raises_is_raised_as_it_is_not_taken_for_the_outputs(tmp_path: Path) -> None:
    # An OSError of the report was "error: <target>: cannot write file", and the finished output was removed.
    log = lossy_log(tmp_path / "lossy.jsonl", 3)

    said: list[str] = []

    def report(message: str) -> None:
        said.append(message)
        if len(said) == 1:  # once: the message of a misplaced "cannot write file" went through
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left on device"):
        rd.translate_file(
            log, tmp_path / "out.jsonl", read="azure", write="openai-ga", on_unsupported="warn", report=report
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["lossy.jsonl"]
