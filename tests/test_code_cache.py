"""The bytecode cache of generated dialect code: reused when it matches, ignored when it doesn't."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects import _cache
from realtime_dialects.dialects.azure import Azure

SOURCE = "def answer():\n    return 42\n"
FILENAME = "<realtime_dialects test generated>"


def run(code: Any) -> Any:
    namespace: dict[str, Any] = {}
    exec(code, namespace)
    return namespace["answer"]()


@pytest.fixture(autouse=True)
def writable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_compiles_stores_and_reuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "__pycache__" / "mod.test-generated.pyc")
    assert run(_cache.compile_cached(SOURCE, FILENAME, path)) == 42
    assert Path(path).read_bytes().startswith(MAGIC_NUMBER)

    def refuse(*args: object) -> None:
        raise AssertionError("compiled although a matching cache file exists")

    monkeypatch.setattr(_cache, "compile", refuse, raising=False)
    code = _cache.compile_cached(SOURCE, FILENAME, path)
    assert run(code) == 42
    assert code.co_filename == FILENAME
    assert not list(Path(path).parent.glob("*.tmp"))


def test_another_source_or_filename_is_compiled_afresh(tmp_path: Path) -> None:
    path = str(tmp_path / "x.pyc")
    _cache.compile_cached(SOURCE, FILENAME, path)
    changed = SOURCE.replace("42", "43")
    assert run(_cache.compile_cached(changed, FILENAME, path)) == 43
    assert _cache.compile_cached(changed, "<other>", path).co_filename == "<other>"
    assert run(_cache.compile_cached(SOURCE, FILENAME, path)) == 42  # and the file follows the source


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage",
        MAGIC_NUMBER,
        MAGIC_NUMBER + b"\xff\x00",
        b"\x00\x00\x0d\x0a" + b"x" * 40,  # another Python's magic number
    ],
    ids=["empty", "garbage", "magic-only", "truncated", "other-python"],
)
def test_unusable_cache_files_are_ignored_and_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.pyc"
    path.write_bytes(content)
    assert run(_cache.compile_cached(SOURCE, FILENAME, str(path))) == 42
    assert path.read_bytes().startswith(MAGIC_NUMBER)
    assert path.read_bytes() != content


def cache_file(payload: bytes) -> bytes:
    """A cache file holding ``payload``, intact (its CRC-32 matches)."""
    import zlib

    return MAGIC_NUMBER + zlib.crc32(payload).to_bytes(4, "little") + payload


def test_cache_of_other_python_objects_is_ignored(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "x.pyc"
    path.write_bytes(cache_file(marshal.dumps((SOURCE, "not code"))))
    assert run(_cache.compile_cached(SOURCE, FILENAME, str(path))) == 42
    path.write_bytes(cache_file(marshal.dumps([1, 2, 3])))
    assert run(_cache.compile_cached(SOURCE, FILENAME, str(path))) == 42


@pytest.mark.parametrize("damage", ["a flipped bit", "a count of 2**31 items", "the form before the checksum"])
def test_a_damaged_cache_file_is_not_unmarshalled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    # marshal believes the counts it reads: a damaged one asked for 16 GB (or raised MemoryError).
    import marshal

    path = tmp_path / "x.pyc"
    _cache.compile_cached(SOURCE, FILENAME, str(path))
    intact = path.read_bytes()
    damaged = {
        "a flipped bit": intact[:-5] + bytes([intact[-5] ^ 1]) + intact[-4:],
        "a count of 2**31 items": intact[:-6] + b"(\xff\xff\xff\x7f" + intact[-1:],
        "the form before the checksum": MAGIC_NUMBER + marshal.dumps((SOURCE, compile(SOURCE, FILENAME, "exec"))),
    }[damage]
    path.write_bytes(damaged)

    class Refusing:
        dumps = staticmethod(marshal.dumps)

        @staticmethod
        def loads(data: object) -> object:
            raise AssertionError("a damaged file was given to marshal")

    monkeypatch.setattr(_cache, "marshal", Refusing)
    assert run(_cache.compile_cached(SOURCE, FILENAME, str(path))) == 42
    assert path.read_bytes() == intact  # compiled afresh, and kept again


def test_the_temporary_file_is_created_not_written_through(tmp_path: Path) -> None:
    # A name found taken (a link to another file, say) is not written through: not cached this time.
    path = tmp_path / "x.pyc"
    victim = tmp_path / "victim.txt"
    victim.write_text("not the cache's")
    (tmp_path / f"x.pyc.{os.getpid()}.tmp").symlink_to(victim)
    assert run(_cache.compile_cached(SOURCE, FILENAME, str(path))) == 42
    assert victim.read_text() == "not the cache's"
    assert not path.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_what_is_not_a_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "x.pyc"
    os.mkfifo(path)  # reading it would wait for a writer for ever
    assert run(_cache.compile_cached(SOURCE, FILENAME, str(path))) == 42


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts open descriptors in /proc")
def test_a_directory_where_a_cache_file_goes_is_ignored_and_nothing_is_left_open(tmp_path: Path) -> None:
    path = tmp_path / "x.pyc"
    path.mkdir()
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(20):
        assert run(_cache.compile_cached(SOURCE, FILENAME, str(path))) == 42
    assert len(os.listdir("/proc/self/fd")) == before
    assert path.is_dir()


def test_unwritable_location_is_left_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a directory would go")
    path = str(blocker / "__pycache__" / "x.pyc")
    assert run(_cache.compile_cached(SOURCE, FILENAME, path)) == 42
    assert blocker.read_text() == "a file where a directory would go"


def test_dont_write_bytecode_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "x.pyc"
    assert run(_cache.compile_cached(SOURCE, FILENAME, str(path))) == 42
    assert not path.exists()


def test_no_path_means_no_cache(tmp_path: Path) -> None:
    assert run(_cache.compile_cached(SOURCE, FILENAME, None)) == 42
    assert list(tmp_path.iterdir()) == []


def test_cache_dir_sits_beside_the_dialect_module_bytecode(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    module_file = Path(sys.modules[Azure.__module__].__file__ or "")
    # A dialect package (azure/__init__.py) caches beside the package, as a module azure.py would.
    home = module_file.parent.parent if module_file.name == "__init__.py" else module_file.parent
    monkeypatch.setattr(sys, "pycache_prefix", None)
    path = Path(_cache.cache_dir(Azure, "azure") or "")
    assert path.parent == home / "__pycache__"
    assert path.name == f"azure.azure-generated.{sys.implementation.cache_tag}"
    assert Path(_cache.cache_dir(Azure, "my dialect/v2") or "").name.startswith("azure.my_dialect_v2-generated.")

    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    assert str(_cache.cache_dir(Azure, "azure")).startswith(str(tmp_path))


def test_cache_dir_is_none_without_a_source_file() -> None:
    namespace: dict[str, Any] = {"__name__": "nowhere_in_sys_modules"}
    exec("class Made: pass", namespace)
    assert _cache.cache_dir(namespace["Made"], "x") is None


def test_dialects_built_from_the_cache_write_the_same_bytes(tmp_path: Path) -> None:
    """End to end: a first process fills the cache, a second builds from it."""
    fixture = Path(__file__).parent.parent / "fixtures" / "azure" / "response.create" / "full.json"
    script = (
        "import sys, realtime_dialects as rd\n"
        "if sys.argv[2:] == ['cached']:  # only the cache can produce code now\n"
        "    rd.dialects._cache.compile = None\n"
        "text = open(sys.argv[1]).read()\n"
        "print(rd.translate(text, read='azure', write='openai', on_unsupported='drop'))\n"
        "print(rd.translate(text, read='azure', write='azure'))\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)

    def translate(*args: str) -> str:
        command = [sys.executable, "-c", script, str(fixture), *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout

    first = translate()
    # One directory per translation (beside the target dialect's module), one file per generated
    # unit: a class's fused function, or a reader or writer it needs.
    cached = sorted(p.name for p in tmp_path.rglob("*-generated.*") if p.is_dir())
    assert cached == [
        f"azure.azure_to_azure-generated.{sys.implementation.cache_tag}",
        f"openai.azure_to_openai-generated.{sys.implementation.cache_tag}",
    ]
    units = {p.name for p in tmp_path.rglob("*-generated.*/*.pyc")}
    assert {"fuse_ResponseCreateEvent.pyc", "fuse_MessageItem.pyc", "fuse_ResponseCreateParams.pyc"} <= units
    assert translate("cached") == first
    text = fixture.read_text()
    assert first.splitlines() == [
        rd.translate(text, read="azure", write="openai", on_unsupported="drop"),
        rd.translate(text, read="azure", write="azure"),
    ]
    assert json.loads(first.splitlines()[1]) == json.loads(text)
