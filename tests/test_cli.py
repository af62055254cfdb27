"""The command line, run as a real subprocess of the installed console script and of ``python -m``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from realtime_dialects.dialects import names

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
AZURE = FIXTURES / "azure" / "response.create"
ROUNDTRIP = AZURE / "tool_call_roundtrip.json"

SCRIPT = shutil.which("realtime-dialects") or (
    str(Path(sys.executable).parent / "realtime-dialects")
    if (Path(sys.executable).parent / "realtime-dialects").exists()
    else None
)
needs_script = pytest.mark.skipif(SCRIPT is None, reason="the package is not installed (no realtime-dialects script)")

# A second dialect for the loss paths that works with any registry: Azure without voices.
NO_VOICE = textwrap.dedent(
    """
    import sys
    from realtime_dialects.dialects.azure import Azure
    from realtime_dialects.dialects.tables import Shape, Unsupported

    class NoVoice(Azure):
        name = "azure-no-voice"
        shapes = {
            **Azure.shapes,
            "ResponseCreateParams": Shape(*(
                Unsupported("voice", "this dialect has no voices") if getattr(e, "attr", None) == "voice" else e
                for e in Azure.shapes["ResponseCreateParams"].entries
            )),
        }

    NoVoice()
    from realtime_dialects.cli import main
    sys.exit(main())
    """
)


def run(args: list[str], stdin: bytes | None = None, *, module: bool = False) -> subprocess.CompletedProcess[str]:
    if module:
        command = [sys.executable, "-m", "realtime_dialects", *args]
    else:
        assert SCRIPT is not None
        command = [SCRIPT, *args]
    result = subprocess.run(command, input=stdin, capture_output=True, timeout=60, cwd=ROOT, env=_env())
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def run_no_voice(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", NO_VOICE, *args], input=stdin, capture_output=True, timeout=60, cwd=ROOT, env=_env()
    )


def _env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else src
    return env


def assert_clean(stderr: str) -> None:
    assert "Traceback" not in stderr


# --------------------------------------------------------------------------- convert


@needs_script
def test_convert_file_writes_exact_wire_text() -> None:
    result = run(["convert", "--from", "azure", "--to", "azure", str(ROUNDTRIP)])
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == ROUNDTRIP.read_text() + "\n"


@needs_script
def test_convert_stdin_with_dash_and_by_default() -> None:
    data = (AZURE / "full.json").read_bytes()
    for args in (["-"], []):
        result = run(["convert", "--from", "azure", "--to", "azure", *args], stdin=data)
        assert result.returncode == 0, result.stderr
        assert result.stdout.encode() == data + b"\n"


@needs_script
def test_reordered_input_comes_out_in_canonical_order() -> None:
    result = run(["convert", "--from", "azure", "--to", "azure"], stdin=b'{"type":"response.create","event_id":"e"}')
    assert result.stdout == '{"event_id": "e", "type": "response.create"}\n'


@needs_script
def test_pretty_indents_the_same_value() -> None:
    result = run(["convert", "--from", "azure", "--to", "azure", "--pretty", str(ROUNDTRIP)])
    assert result.returncode == 0
    assert result.stdout.startswith('{\n  "response": {\n')
    assert json.loads(result.stdout) == json.loads(ROUNDTRIP.read_text())


@needs_script
def test_invalid_payload_lists_every_problem_with_its_path() -> None:
    payload = b'{"type": "response.create", "response": {"temperature": 3, "bogus": 1, "tools": [{"type": "x"}]}}'
    result = run(["convert", "--from", "azure", "--to", "azure"], stdin=payload)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "error: <stdin>: $.response.temperature: " in result.stderr
    assert "error: <stdin>: $.response.bogus: unknown key" in result.stderr
    assert "$.response.tools[0].type" in result.stderr
    assert_clean(result.stderr)


@needs_script
def test_malformed_json_is_invalid_input() -> None:
    result = run(["convert", "--from", "azure", "--to", "azure"], stdin=b'{"type": ')
    assert result.returncode == 1
    assert "error: <stdin>: $: malformed JSON" in result.stderr
    assert_clean(result.stderr)


@needs_script
def test_unreadable_file_is_invalid_input(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    result = run(["convert", "--from", "azure", "--to", "azure", str(missing)])
    assert result.returncode == 1
    assert f"error: {missing}: cannot read file" in result.stderr
    directory = run(["convert", "--from", "azure", "--to", "azure", str(tmp_path)])
    assert directory.returncode == 1
    assert f"error: {tmp_path}: no .json or .jsonl files in this directory" in directory.stderr
    assert_clean(result.stderr + directory.stderr)


@needs_script
@pytest.mark.parametrize(
    "args",
    [
        [],
        ["convert", "--from", "azure"],
        ["convert", "--from", "azure", "--to", "no-such-dialect", "x.json"],
        ["convert", "--from", "azure", "--to", "azure", "--on-unsupported", "ignore"],
        ["frobnicate"],
        ["check", "x.json"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert_clean(result.stderr)


@needs_script
def test_dialect_choices_come_from_the_registry() -> None:
    result = run(["convert", "--help"])
    assert result.returncode == 0
    assert "{" + ",".join(names()) + "}" in result.stdout


@needs_script
def test_help_has_examples_and_exit_codes() -> None:
    result = run(["--help"])
    assert result.returncode == 0
    assert "realtime-dialects convert --from azure --to openai event.json" in result.stdout
    assert "exit codes:" in result.stdout
    assert "not the exact wire text" in " ".join(run(["convert", "--help"]).stdout.split()).lower()


@needs_script
def test_version() -> None:
    import realtime_dialects

    result = run(["--version"])
    assert (result.returncode, result.stdout.strip()) == (0, f"realtime-dialects {realtime_dialects.__version__}")


# --------------------------------------------------------------------------- JSON Lines


@needs_script
def test_jsonl_converts_each_line_skips_blanks_and_reports_bad_lines() -> None:
    lines = [
        (AZURE / "minimal.json").read_bytes(),
        b"",
        b"   ",
        b"not json",
        (AZURE / "full.json").read_bytes(),
        b'{"type": "response.create", "response": {"commit": "yes"}}',
        (AZURE / "voice_azure_custom.json").read_bytes(),
    ]
    result = run(["convert", "--from", "azure", "--to", "azure", "--jsonl", "-"], stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 1
    assert result.stdout.encode().split(b"\n") == [lines[0], lines[4], lines[6], b""]
    assert "error: <stdin>:4: $: malformed JSON" in result.stderr
    assert "error: <stdin>:6: $.response.commit: " in result.stderr
    assert ":1:" not in result.stderr
    assert ":5:" not in result.stderr
    assert_clean(result.stderr)


@needs_script
def test_jsonl_from_a_file_without_final_newline(tmp_path: Path) -> None:
    log = tmp_path / "session.jsonl"
    log.write_bytes(b'{"type": "response.create"}\n{"event_id": "e2", "type": "response.create"}')
    result = run(["convert", "--from", "azure", "--to", "azure", "--jsonl", str(log)])
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == '{"type": "response.create"}\n{"event_id": "e2", "type": "response.create"}\n'


def test_jsonl_streams_line_by_line() -> None:
    # The first result must arrive before the input is closed.
    process = subprocess.Popen(
        [sys.executable, "-m", "realtime_dialects", "convert", "--from", "azure", "--to", "azure", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(),
    )
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        process.stdin.write(b'{"type":"response.create"}\n')
        process.stdin.flush()
        assert process.stdout.readline() == b'{"type": "response.create"}\n'
    finally:
        process.stdin.close()
        process.wait(timeout=60)
        process.stdout.close()
        assert process.stderr is not None
        process.stderr.close()
    assert process.returncode == 0


# --------------------------------------------------------------------------- losses


def test_unsupported_under_raise_exits_3_with_source_paths() -> None:
    data = (AZURE / "voice_azure_custom.json").read_bytes()
    result = run_no_voice(["convert", "--from", "azure", "--to", "azure-no-voice"], stdin=data)
    stderr = result.stderr.decode()
    assert result.returncode == 3
    assert result.stdout == b""
    assert "error: <stdin>: $.response.voice: azure-no-voice cannot express this: this dialect has no voices" in stderr
    assert "Traceback" not in stderr


def test_unsupported_under_warn_converts_the_rest_and_warns() -> None:
    data = (AZURE / "g711_alaw.json").read_bytes()
    result = run_no_voice(["convert", "--from", "azure", "--to", "azure-no-voice", "--on-unsupported", "warn"], data)
    assert result.returncode == 0
    assert result.stderr.decode() == "warning: <stdin>: $.response.voice: this dialect has no voices\n"
    written = json.loads(result.stdout)
    expected = json.loads(data)
    del expected["response"]["voice"]
    assert written == expected


def test_unsupported_under_drop_is_silent() -> None:
    data = (AZURE / "g711_alaw.json").read_bytes()
    result = run_no_voice(["convert", "--from", "azure", "--to", "azure-no-voice", "--on-unsupported", "drop"], data)
    assert (result.returncode, result.stderr) == (0, b"")
    assert b'"voice"' not in result.stdout


def test_jsonl_exit_code_is_the_worst_line() -> None:
    lines = b'{"type": "response.create", "response": {"voice": "alloy"}}\n{"type": "response.create"}\n'
    result = run_no_voice(["convert", "--from", "azure", "--to", "azure-no-voice", "--jsonl"], lines)
    assert result.returncode == 3
    assert result.stdout == b'{"type": "response.create"}\n'
    assert b"error: <stdin>:1: $.response.voice: " in result.stderr


@needs_script
@pytest.mark.skipif("openai" not in names(), reason="the openai dialect is not registered")
def test_azure_only_fields_cannot_go_to_openai() -> None:
    result = run(["convert", "--from", "azure", "--to", "openai", str(AZURE / "interim_static.json")])
    assert result.returncode == 3
    assert "$.response.interim_response: " in result.stderr
    assert_clean(result.stderr)


# --------------------------------------------------------------------------- check and python -m


@needs_script
def test_check_valid_and_invalid(tmp_path: Path) -> None:
    ok = run(["check", "--dialect", "azure", str(AZURE / "full.json")])
    assert ok.returncode == 0
    bad_file = tmp_path / "bad.json"
    bad_file.write_text('{"type": "response.cancelled"}')
    bad = run(["check", "--dialect", "azure", str(bad_file)])
    assert bad.returncode == 1
    assert f"error: {bad_file}: $.type: " in bad.stderr
    assert_clean(bad.stderr)


def test_python_dash_m_runs_the_same_command() -> None:
    result = run(["convert", "--from", "azure", "--to", "azure", str(ROUNDTRIP)], module=True)
    assert (result.returncode, result.stdout) == (0, ROUNDTRIP.read_text() + "\n")
    usage = run(["convert"], module=True)
    assert usage.returncode == 2
