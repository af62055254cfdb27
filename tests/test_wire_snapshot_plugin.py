"""The ``wire_snapshot`` fixture as a user sees it: a fresh pytest run on a user's test file."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

USER_TEST = """
import realtime_dialects as rd


def test_greeting(wire_snapshot):
    event = rd.ResponseCreateEvent(
        event_id="evt_1",
        response=rd.ResponseCreateParams(instructions={instructions!r}, modalities=rd.Modality.TEXT),
    )
    assert rd.AZURE.dumps(event) == wire_snapshot


def test_two_lines(wire_snapshot):
    assert "first line\\r\\nsecond line\\n" == wire_snapshot
"""


def _installed() -> bool:
    return any(ep.name == "realtime_dialects" for ep in entry_points(group="pytest11"))


def run_pytest(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    # On a CI machine pytest repeats each failure's whole message in its short summary; the user's run
    # is read here as it prints on a desk, whatever machine runs this suite.
    for marker in ("CI", "BUILD_NUMBER"):
        env.pop(marker, None)
    # Installed, the plugin comes in through its pytest11 entry point; from a checkout, name it.
    plugin = [] if _installed() else ["-p", "realtime_dialects.testing"]
    (directory / "pytest.ini").write_text("[pytest]\n")
    return subprocess.run(
        [sys.executable, "-m", "pytest", *plugin, "-p", "no:cacheprovider", "-q", *args],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_create_pass_fail_update_cycle(tmp_path: Path) -> None:
    pytest.importorskip("syrupy")
    test_file = tmp_path / "test_user.py"
    test_file.write_text(USER_TEST.format(instructions="Say hello."))
    stored = tmp_path / "__snapshots__" / "test_user" / "test_greeting.json"
    expected = (
        '{"event_id": "evt_1", "response": {"modalities": ["text"], "instructions": "Say hello."}, '
        '"type": "response.create"}'
    )

    created = run_pytest(tmp_path, "--snapshot-update")
    assert created.returncode == 0, created.stdout + created.stderr
    # Exactly the asserted text: no re-sorting, no indentation, no trailing newline.
    assert stored.read_bytes() == expected.encode()
    assert (tmp_path / "__snapshots__" / "test_user" / "test_two_lines.json").read_bytes() == (
        b"first line\r\nsecond line\n"
    )

    unchanged = run_pytest(tmp_path)
    assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr
    assert "2 snapshots passed" in unchanged.stdout

    test_file.write_text(USER_TEST.format(instructions="Say goodbye."))
    changed = run_pytest(tmp_path)
    assert changed.returncode == 1
    output = changed.stdout
    assert "1 snapshot failed" in output
    # The field-level diff names the changed field, old and new.
    assert '-    "instructions": "Say hello."' in output
    assert '+    "instructions": "Say goodbye."' in output
    assert "first difference" not in output  # in a short text, the diffs show it
    assert stored.read_bytes() == expected.encode()  # a failing run does not touch the file

    updated = run_pytest(tmp_path, "--snapshot-update")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert stored.read_bytes() == expected.replace("hello", "goodbye").encode()


def test_syrupy_older_than_5_is_refused_saying_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # syrupy 4 names file_extension, read_snapshot_data_from_location and write_snapshot_collection with a leading
    # underscore, so it ignored the extensions' own: files were written as .raw, with newlines translated.
    pytest.importorskip("syrupy")
    metadata = tmp_path / "old" / "syrupy-4.9.1.dist-info"
    metadata.mkdir(parents=True)
    (metadata / "METADATA").write_text("Metadata-Version: 2.1\nName: syrupy\nVersion: 4.9.1\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "old"))  # found before the installed syrupy's metadata
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_user.py").write_text(USER_TEST.format(instructions="Say hello."))
    result = run_pytest(project, "--snapshot-update")
    assert result.returncode == 1
    assert "wire_snapshot needs syrupy 5 or later, not 4.9.1: pip install 'syrupy>=5'" in result.stdout
    assert not (project / "__snapshots__").exists()


def test_non_text_is_rejected_with_a_clear_message(tmp_path: Path) -> None:
    pytest.importorskip("syrupy")
    (tmp_path / "test_user.py").write_text("def test_dict(wire_snapshot):\n    assert {'a': 1} == wire_snapshot\n")
    result = run_pytest(tmp_path, "--snapshot-update")
    assert result.returncode == 1
    assert "assert a str" in result.stdout
    assert not (tmp_path / "__snapshots__" / "test_user" / "test_dict.json").exists()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"lone \\ud800 surrogate"', "a lone surrogate at index 5 has no UTF-8"),
        ("b'not utf-8: \\xff'", "these bytes are not (invalid start byte at offset 11)"),
    ],
)
def test_text_that_has_no_utf8_is_refused_saying_why_and_writes_nothing(
    tmp_path: Path, value: str, message: str
) -> None:
    # It emptied the snapshot file (opened before the text failed to encode), or raised a bare UnicodeDecodeError.
    pytest.importorskip("syrupy")
    stored = tmp_path / "__snapshots__" / "test_user" / "test_text.json"
    stored.parent.mkdir(parents=True)
    stored.write_text("earlier")
    (tmp_path / "test_user.py").write_text(f"def test_text(wire_snapshot):\n    assert {value} == wire_snapshot\n")
    result = run_pytest(tmp_path, "--snapshot-update")
    assert result.returncode == 1
    assert f"a snapshot is UTF-8 text: {message}" in result.stdout
    assert stored.read_text() == "earlier"


@pytest.mark.parametrize(
    ("encoding", "reason"),
    [
        ("latin-1", "invalid continuation byte at offset 6"),
        ("utf-16", "invalid start byte at offset 0; it starts with a UTF-16 byte order mark"),
    ],
)
def test_a_stored_file_that_is_not_utf8_fails_naming_it_and_update_writes_it_again(
    tmp_path: Path, encoding: str, reason: str
) -> None:
    # An editor saved the file in another encoding: the test failed with a UnicodeDecodeError traceback naming
    # neither the file nor the cure, and so did --snapshot-update, which left the file as it was.
    pytest.importorskip("syrupy")
    text = '{"a":"é"}'
    stored = tmp_path / "__snapshots__" / "test_user" / "test_text.json"
    stored.parent.mkdir(parents=True)
    stored.write_bytes(text.encode(encoding))
    (tmp_path / "test_user.py").write_text(
        f"def test_text(wire_snapshot):\n    assert {text!r} == wire_snapshot\n", encoding="utf-8"
    )

    failed = run_pytest(tmp_path)
    assert failed.returncode == 1
    assert f"{stored} is not UTF-8 text ({reason}): pytest --snapshot-update writes it again" in failed.stdout
    assert "UnicodeDecodeError" not in failed.stdout
    assert stored.read_bytes() == text.encode(encoding)

    updated = run_pytest(tmp_path, "--snapshot-update")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert "1 snapshot updated" in updated.stdout
    assert stored.read_bytes() == text.encode()
    assert run_pytest(tmp_path).returncode == 0


LONG_TEXTS = """
import base64
import os

import realtime_dialects as rd
from realtime_dialects.testing import TextSnapshotExtension

AUDIO = base64.b64encode(bytes(range(256)) * 96).decode()  # 32,768 characters
CHANGED = os.environ.get("CHANGED", "")
if CHANGED:
    AUDIO = AUDIO[:16_390] + CHANGED + AUDIO[16_391:]


def test_append(wire_snapshot):
    assert rd.OPENAI_GA.dumps(rd.InputAudioBufferAppendEvent(audio=AUDIO)) == wire_snapshot


def test_report(snapshot):
    lines = [f"line {i}: " + "ok " * 20 for i in range(1, 40)]
    if CHANGED:
        lines[24] = lines[24].replace("ok ok", "ok KO", 1)
    assert "\\n".join(lines) == snapshot.use_extension(TextSnapshotExtension)
"""


def test_a_failing_long_snapshot_says_where_the_texts_first_differ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One character changed in a 32 kB audio string: pytest cut the diff before it at its default verbosity, and
    # even with -vv nothing said where in the 32,768 characters it was.
    pytest.importorskip("syrupy")
    import base64

    import realtime_dialects as rd

    (tmp_path / "test_user.py").write_text(LONG_TEXTS)
    assert run_pytest(tmp_path, "--snapshot-update").returncode == 0
    monkeypatch.setenv("CHANGED", "X")
    failed = run_pytest(tmp_path)
    assert failed.returncode == 1
    assert "2 snapshots failed" in failed.stdout

    audio = base64.b64encode(bytes(range(256)) * 96).decode()
    stored = rd.OPENAI_GA.dumps(rd.InputAudioBufferAppendEvent(audio=audio))
    at = stored.index(audio) + 16_390
    assert stored[at] != "X"
    assert f"first difference at character {at + 1:,} of {len(stored):,}, in $.audio\n" in failed.stdout
    assert f"- …{stored[at - 20 : at + 20]}…\n" in failed.stdout
    assert f"+ …{stored[at - 20 : at]}X{stored[at + 1 : at + 20]}…\n" in failed.stdout

    # In a text of several lines, its line and column too.
    report = "\n".join(f"line {i}: " + "ok " * 20 for i in range(1, 40))
    at = report.index("line 25: ok ok") + len("line 25: ok ")
    assert f"first difference at character {at + 1:,} of {len(report):,}, line 25, column 13\n" in failed.stdout


@pytest.mark.parametrize(
    ("stored", "received", "explanation"),
    [
        (
            '\ufeff{"type":"response.create"}',
            '{"type":"response.create"}',
            'first difference at character 1 of 27 (26 received): a byte order mark (U+FEFF) stored, "{" received\n'
            "(same JSON value; the texts differ in a byte order mark only)\n",
        ),
        (
            '{"instructions":"Say\u00a0hello."}',
            '{"instructions":"Say hello."}',
            "first difference at character 21 of 29, in $.instructions: U+00A0 NO-BREAK SPACE stored, a space "
            "received\n",
        ),
        (
            "done \nnext",
            "done\nnext",
            "first difference at character 5 of 10 (9 received), line 1, column 5: a space stored, a line feed (␤) "
            "received\n",
        ),
    ],
    ids=["byte order mark", "no-break space", "trailing space"],
)
def test_a_difference_that_does_not_show_is_named(tmp_path: Path, stored: str, received: str, explanation: str) -> None:
    # The diff showed two lines alike, and the note on JSON texts of the same value gave up on a byte order mark.
    pytest.importorskip("syrupy")
    file = tmp_path / "__snapshots__" / "test_user" / "test_text.json"
    file.parent.mkdir(parents=True)
    file.write_bytes(stored.encode())
    (tmp_path / "test_user.py").write_text(f"def test_text(wire_snapshot):\n    assert {received!r} == wire_snapshot\n")
    failed = run_pytest(tmp_path)
    assert failed.returncode == 1
    assert "1 snapshot failed" in failed.stdout
    explained = "".join(line.removeprefix("E").strip() + "\n" for line in failed.stdout.splitlines())
    assert explained.count(explanation) == 1


def test_a_failing_snapshot_of_json_too_deep_to_parse_shows_the_text_diff(tmp_path: Path) -> None:
    # The field-level diff parses both texts: json's recursion limit is not a RecursionError report.
    pytest.importorskip("syrupy")
    (tmp_path / "test_user.py").write_text(
        "import os\n\n\ndef test_deep(wire_snapshot):\n"
        "    assert '[' * 5000 + os.environ.get('LEAF', '1') + ']' * 5000 == wire_snapshot\n"
    )
    assert run_pytest(tmp_path, "--snapshot-update").returncode == 0
    os.environ["LEAF"] = "2"
    try:
        changed = run_pytest(tmp_path)
    finally:
        del os.environ["LEAF"]
    assert changed.returncode == 1
    assert "1 snapshot failed" in changed.stdout
    assert "RecursionError" not in changed.stdout


def test_plugin_import_is_light() -> None:
    # pytest imports the plugin in every run: syrupy is loaded only when a snapshot is used.
    code = "import sys, realtime_dialects.testing as t; print('syrupy' in sys.modules, callable(t.wire_snapshot))"
    env = dict(os.environ, PYTHONPATH=str(SRC))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.split() == ["False", "True"]


def test_type_checkers_see_the_extensions_as_classes_to_derive_from() -> None:
    # They were declared as variables of type[...]: `class Mine(TextSnapshotExtension)`, syrupy's usual way to
    # customise an extension, failed type-checking ("not valid as a type", "Invalid base class").
    pytest.importorskip("mypy")
    from mypy import api

    code = (
        "from realtime_dialects.testing import TextSnapshotExtension, WireSnapshotExtension\n"
        "class Markdown(TextSnapshotExtension):\n    file_extension = 'md'\n"
        "class Wire(WireSnapshotExtension):\n    pass\n"
        "extension: type[TextSnapshotExtension] = Wire\n"
    )
    out, _, status = api.run(["--config-file", os.devnull, "--strict", "--no-incremental", "-c", code])
    assert status == 0, out
    assert "error:" not in out, out
