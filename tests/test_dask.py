"""The README's Dask recipe, run on a local cluster of worker processes (the ``dask`` extra)."""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import realtime_dialects as rd

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = sorted((ROOT / "fixtures" / "sessions" / "azure").glob("*.jsonl"))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture
def logs(tmp_path: Path) -> Path:
    root = tmp_path / "logs"
    for number in range(24):
        folder = root / f"day{number % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SESSIONS[number % len(SESSIONS)], folder / f"session{number:02}.jsonl")
    (root / "day2" / "broken.jsonl").write_text('{"type": "response.create"}\nnot json\n')
    (root / "day1" / "archived.jsonl.gz").write_bytes(gzip.compress(SESSIONS[0].read_bytes()))
    return root


def test_the_readme_recipe_converts_a_directory_as_one_process_would(client: Any, logs: Path, tmp_path: Path) -> None:
    out = tmp_path / "converted"
    # The recipe, as the README gives it.
    found = sorted(path for path in logs.rglob("*") if path.name.endswith((".jsonl", ".jsonl.gz")))
    pairs = [(path, out / path.relative_to(logs)) for path in found]
    with distributed.get_task_stream(client) as tasks:
        reports = (
            db.from_sequence(pairs, npartitions=8)
            .starmap(rd.translate_file, read="azure", write="openai-ga", on_unsupported="warn")
            .compute()
        )
    assert len({task["worker"] for task in tasks.data}) == 2  # both worker processes took files

    serial = tmp_path / "serial"
    expected = [
        rd.translate_file(path, serial / path.relative_to(logs), read="azure", write="openai-ga", on_unsupported="warn")
        for path in found
    ]
    assert any(path.name.endswith(".gz") for path in found)
    assert [(r.events, r.written, r.losses, r.status) for r in reports] == [
        (r.events, r.written, r.losses, r.status) for r in expected
    ]
    broken = next(report for report in reports if report.source.endswith("broken.jsonl"))
    assert broken.status == 1
    assert any(message.startswith(f"error: {broken.source}:2: $:") for message in broken.messages)
    written = sorted(path for path in serial.rglob("*") if path.is_file())
    assert len(written) == len(found)
    for path in written:
        assert (out / path.relative_to(serial)).read_bytes() == path.read_bytes()


def test_an_error_in_a_worker_reaches_the_caller_equal(client: Any) -> None:
    texts = ['{"type": "response.create", "response": {"temperature": "hot", "voice": 3}}']
    bag = db.from_sequence(texts).map(rd.translate, read="azure", write="openai")
    with pytest.raises(rd.InvalidPayloadError) as remote:
        bag.compute()
    with pytest.raises(rd.InvalidPayloadError) as local:
        rd.translate(texts[0], read="azure", write="openai")
    assert remote.value == local.value
    assert str(remote.value) == str(local.value)
    assert len(remote.value.problems) == 2
