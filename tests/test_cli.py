"""The command line, run as a real subprocess of the installed console script and of ``python -m``."""

from __future__ import annotations

import codecs
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from realtime_dialects.dialects import names

from .cli_env import ROOT, subprocess_env

FIXTURES = ROOT / "fixtures"
AZURE = FIXTURES / "azure" / "response.create"
ROUNDTRIP = AZURE / "tool_call_roundtrip.json"
SESSIONS = FIXTURES / "sessions"

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
    result = subprocess.run(command, input=stdin, capture_output=True, timeout=60, cwd=ROOT, env=subprocess_env())
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def run_no_voice(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", NO_VOICE, *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env=subprocess_env(),
    )


def assert_clean(stderr: str) -> None:
    assert "Traceback" not in stderr


# --------------------------------------------------------------------------- convert


@needs_script
def test_convert_file_writes_exact_wire_text() -> None:
    result = run(["convert", "--from", "azure", "--to", "azure", str(ROUNDTRIP)])
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == ROUNDTRIP.read_text() + "\n"


def test_converting_in_one_process_does_not_import_process_pools() -> None:
    # multiprocessing is ~20 ms of start-up (and ~3 MiB): only --jobs 2 and more, over several files, need it.
    code = (
        "import runpy, sys\n"
        "sys.argv = ['realtime-dialects', 'convert', '--from', 'azure', '--to', 'openai', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('realtime_dialects', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('multiprocessing' in sys.modules, 'concurrent.futures' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(ROUNDTRIP)], capture_output=True, text=True, cwd=ROOT, env=subprocess_env()
    )
    assert result.stdout.startswith('{"')
    assert result.stderr.split() == ["False", "False"], result.stderr


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
    directory = run(["convert", "--from", "azure", "--to", "azure", str(tmp_path), "--out", str(tmp_path / "out")])
    assert directory.returncode == 1
    assert f"error: {tmp_path}: no .json or .jsonl files (gzipped or not) in this directory" in directory.stderr
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


@needs_script
@pytest.mark.parametrize("command", ["convert", "check"])
def test_a_byte_order_mark_beginning_a_file_is_ignored(tmp_path: Path, command: str) -> None:
    # Editors and Windows tools begin files with one; RFC 8259 lets a parser ignore it. Only
    # the first: one later in the file is malformed text like any other.
    log = tmp_path / "session.jsonl"
    log.write_bytes(b'\xef\xbb\xbf{"type": "response.create"}\r\n\xef\xbb\xbf{"type": "response.create"}\r\n')
    event = tmp_path / "event.json"
    event.write_bytes(b'\xef\xbb\xbf{"type": "response.create"}\r\n')
    dialect = ["--from", "azure", "--to", "azure"] if command == "convert" else ["--dialect", "azure"]
    session = run([command, *dialect, str(log)])
    assert session.returncode == 1
    assert session.stderr.splitlines() == [
        f"error: {log}:2: $: malformed JSON: UTF-8 byte order mark (BOM) is not supported: line 1 column 1 (char 0)"
    ]
    single = run([command, *dialect, str(event)])
    assert (single.returncode, single.stderr) == (0, "")
    if command == "convert":
        assert session.stdout == single.stdout == '{"type": "response.create"}\n'
    else:
        assert single.stdout == f"ok: {event}: valid azure response.create\n"
        assert session.stdout == f"ok: {log}:1: valid azure response.create\n"


@needs_script
def test_text_that_is_not_utf8_is_named_for_what_it_is(tmp_path: Path) -> None:
    utf16 = tmp_path / "utf16.json"
    utf16.write_bytes('{"type": "response.create"}'.encode("utf-16"))
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"type": "response.create", "event_id": "café"}'.encode("latin-1"))
    result = run(["convert", "--from", "azure", "--to", "azure", str(utf16), str(latin1), "--out", str(tmp_path / "o")])
    assert result.returncode == 1
    assert sorted(result.stderr.splitlines()) == [
        f"error: {latin1}: $: malformed JSON: not UTF-8: byte 0xe9 at offset 44",
        f"error: {utf16}: $: malformed JSON: UTF-16 text (it begins with a UTF-16 byte order mark); JSON text is UTF-8",
    ]


def test_jsonl_streams_line_by_line() -> None:
    # The first result must arrive before the input is closed.
    process = subprocess.Popen(
        [sys.executable, "-m", "realtime_dialects", "convert", "--from", "azure", "--to", "azure", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=subprocess_env(),
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


def test_a_session_on_a_terminal_is_written_event_by_event_between_its_warnings(tmp_path: Path) -> None:
    # To a file or a pipe the events go out in batches; to a terminal each is written as it comes,
    # so that a line's warnings show after the events of the lines before it.
    import pty

    import realtime_dialects as rd

    session = ROOT / "fixtures" / "captured" / "sessions" / "azure-voicelive-tool-call.jsonl"
    expected: list[str] = []
    translator = rd.Translator(read="azure", write="openai", on_unsupported="drop")
    for number, line in enumerate(session.read_bytes().splitlines(), start=1):
        texts = translator.feed(line)
        expected += [f"warning: {session}:{number}: {loss.path}: {loss.reason}" for loss in translator.losses]
        expected += texts
    assert any(line.startswith("warning: ") for line in expected)
    command = [sys.executable, "-m", "realtime_dialects", "convert", "--from", "azure", "--to", "openai"]
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [*command, "--on-unsupported", "warn", str(session)],
            stdout=terminal,
            stderr=terminal,
            cwd=ROOT,
            env=subprocess_env(),
        )
        os.close(terminal)
        seen = b""
        while chunk := _read_terminal(controller):
            seen += chunk
        assert process.wait(timeout=120) == 0
    finally:
        os.close(controller)
    assert seen.decode().replace("\r\n", "\n").splitlines() == expected


def _read_terminal(controller: int) -> bytes:
    try:
        return os.read(controller, 65536)
    except OSError:  # the terminal closed with the process
        return b""


# --------------------------------------------------------------------------- losses


def test_unsupported_under_raise_exits_3_with_source_paths() -> None:
    data = (AZURE / "voice_azure_custom.json").read_bytes()
    result = run_no_voice(["convert", "--from", "azure", "--to", "azure-no-voice"], stdin=data)
    stderr = result.stderr.decode()
    assert result.returncode == 3
    assert result.stdout == b""
    assert "error: <stdin>: $.response.voice: azure-no-voice cannot express this: this dialect has no voices" in stderr
    assert "Traceback" not in stderr


@needs_script
def test_what_cannot_be_expressed_is_followed_by_a_hint_once_a_file() -> None:
    # In a session it was repeated after every line refused, and "convert the rest of s.jsonl:42"
    # read as if the rest of the session were not converted (it is).
    session = ROOT / "fixtures" / "sessions" / "azure" / "out_of_band.jsonl"
    result = run(["convert", "--from", "azure", "--to", "openai", str(session)])
    assert result.returncode == 3
    hints = [line for line in result.stderr.splitlines() if line.startswith("hint:")]
    assert hints == ["hint: use --on-unsupported warn or drop to keep what openai can express of such lines"]
    assert result.stderr.count("openai cannot express this") > 1
    event = run(["convert", "--from", "azure", "--to", "openai-ga", str(AZURE / "tool_call_roundtrip.json")])
    assert (
        event.stderr.splitlines()[-1]
        == "hint: use --on-unsupported warn or drop to write it without what openai-ga cannot express"
    )
    no_such_event = run(["convert", "--from", "azure", "--to", "openai"], stdin=b'{"type": "input_audio.clear"}')
    assert no_such_event.stderr.splitlines()[-1] == "hint: use --on-unsupported warn or drop to skip it"


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


needs_ga = pytest.mark.skipif("openai-ga" not in names(), reason="the openai-ga dialect is not registered")


def _warn_to_ga(path: Path) -> subprocess.CompletedProcess[str]:
    return run(["convert", "--from", "azure", "--to", "openai-ga", "--jsonl", "--on-unsupported", "warn", str(path)])


@needs_script
@needs_ga
def test_jsonl_warn_reports_each_loss_on_one_line_with_its_line_number_and_path(tmp_path: Path) -> None:
    log = tmp_path / "session.jsonl"
    log.write_text(
        '{"type": "input_audio_buffer.commit"}\n'
        '{"type": "response.create", "response": {"temperature": 0.7,'
        ' "interim_response": {"type": "static_interim_response", "texts": ["One moment."]}}}\n'
        "\n"
        '{"type": "response.create", "response": {"voice": {"name": "en-US-AvaNeural", "type": "azure-standard"}}}\n'
    )
    result = _warn_to_ga(log)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"warning: {log}:2: $.response.temperature: OpenAI GA has no temperature",
        f"warning: {log}:2: $.response.interim_response: OpenAI GA has no interim (filler) responses",
        f"warning: {log}:4: $.response.voice: OpenAI GA has no Azure TTS voices; use a voice name or a custom voice id",
    ]
    assert result.stdout.splitlines() == [
        '{"type":"input_audio_buffer.commit"}',
        '{"type":"response.create","response":{}}',
        '{"type":"response.create","response":{}}',
    ]


@needs_script
@needs_ga
@pytest.mark.parametrize(
    ("event", "reason"),
    [
        (
            FIXTURES / "azure" / "session.avatar.connect" / "sdp.json",
            "OpenAI GA has no session.avatar.connect event (it has no avatars)",
        ),
        (FIXTURES / "azure" / "response.animation_viseme.delta" / "basic.json", "OpenAI GA has no avatar animation"),
    ],
    ids=["client-avatar-connect", "server-viseme-delta"],
)
def test_jsonl_warn_skips_an_event_with_no_counterpart_naming_its_line(
    tmp_path: Path, event: Path, reason: str
) -> None:
    # A recorded session, and the same with an Azure-only event as its 11th line.
    lines = (SESSIONS / "azure" / "text_turn.jsonl").read_bytes().splitlines(keepends=True)
    plain, with_event = tmp_path / "plain.jsonl", tmp_path / "with_event.jsonl"
    plain.write_bytes(b"".join(lines))
    with_event.write_bytes(b"".join([*lines[:10], event.read_bytes().strip() + b"\n", *lines[10:]]))
    expected, result = _warn_to_ga(plain), _warn_to_ga(with_event)
    assert (expected.returncode, result.returncode) == (0, 0)
    # The event is skipped: the output is the session's without it, one line fewer than the input grew.
    assert result.stdout == expected.stdout
    # One more warning, naming its line; the session's own warnings keep theirs, shifted past it.
    shifted = [_shift(line, plain, with_event, after=10) for line in expected.stderr.splitlines()]
    before = [line for line in shifted if _line_number(line) <= 10]
    assert result.stderr.splitlines() == [
        *before,
        f"warning: {with_event}:11: $: skipped: {reason}",
        *shifted[len(before) :],
    ]
    assert "has no such event" not in result.stderr
    assert_clean(result.stderr)


def _line_number(message: str) -> int:
    """The input line a 'warning: <file>:<line>: ...' message names."""
    return int(message.split(": ")[1].rpartition(":")[2])


def _shift(message: str, old: Path, new: Path, *, after: int) -> str:
    """``message`` about ``old`` as it reads for ``new``, which has one more line after line ``after``."""
    number = _line_number(message)
    moved = number + 1 if number > after else number
    return message.replace(f"{old}:{number}:", f"{new}:{moved}:", 1)


@needs_script
@needs_ga
def test_jsonl_warn_skips_a_small_session_event_with_no_counterpart(tmp_path: Path) -> None:
    log = tmp_path / "avatar.jsonl"
    avatar = (FIXTURES / "azure" / "session.avatar.connect" / "sdp.json").read_bytes().strip()
    log.write_bytes(b'{"type": "input_audio_buffer.commit"}\n' + avatar + b'\n{"type": "input_audio_buffer.clear"}\n')
    result = _warn_to_ga(log)
    assert (result.returncode, result.stderr) == (
        0,
        f"warning: {log}:2: $: skipped: OpenAI GA has no session.avatar.connect event (it has no avatars)\n",
    )
    assert result.stdout.splitlines() == ['{"type":"input_audio_buffer.commit"}', '{"type":"input_audio_buffer.clear"}']


@needs_script
@needs_ga
def test_warn_says_why_an_event_missing_a_needed_value_is_skipped(tmp_path: Path) -> None:
    # GA has transcription.completed, but it needs "usage", which Azure's event has no field for:
    # the warning gives that reason, not "openai-ga has no such event".
    session = SESSIONS / "azure" / "voice_turn.jsonl"
    lines = session.read_text().splitlines()
    number = next(
        n
        for n, line in enumerate(lines, start=1)
        if json.loads(line)["type"] == "conversation.item.input_audio_transcription.completed"
    )
    assert "usage" not in json.loads(lines[number - 1])
    reason = "openai-ga needs 'usage' here, and it is not set"
    result = _warn_to_ga(session)
    assert result.returncode == 0
    assert [line for line in result.stderr.splitlines() if line.startswith(f"warning: {session}:{number}:")] == [
        f"warning: {session}:{number}: $: skipped: {reason}"
    ]
    assert "has no such event" not in result.stderr
    # One event, not a session: the same words, without a line number.
    event = tmp_path / "completed.json"
    event.write_text(lines[number - 1])
    single = run(["convert", "--from", "azure", "--to", "openai-ga", "--on-unsupported", "warn", str(event)])
    assert (single.returncode, single.stdout, single.stderr) == (0, "", f"warning: {event}: $: skipped: {reason}\n")
    # Under the default "raise" it is still an error that fails with exit code 3.
    raised = run(["convert", "--from", "azure", "--to", "openai-ga", str(event)])
    assert raised.returncode == 3
    assert f"error: {event}: $: openai-ga cannot express this: {reason}" in raised.stderr


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


def test_check_takes_the_nesting_convert_takes(tmp_path: Path) -> None:
    # JSON text may nest 1024 levels (README, Limits); 200 in all is load()'s, for Python objects.
    deep = '{"a": ' * 300 + "1" + "}" * 300
    event = tmp_path / "deep.json"
    event.write_text(
        '{"type": "session.update", "session": {"tools": [{"type": "function", "name": "f", '
        f'"parameters": {deep}}}]}}}}'
    )
    assert run(["convert", "--from", "azure", "--to", "azure", str(event)]).returncode == 0
    checked = run(["check", "--dialect", "azure", str(event)])
    assert (checked.returncode, checked.stderr) == (0, "")


def test_python_dash_m_runs_the_same_command() -> None:
    result = run(["convert", "--from", "azure", "--to", "azure", str(ROUNDTRIP)], module=True)
    assert (result.returncode, result.stdout) == (0, ROUNDTRIP.read_text() + "\n")
    usage = run(["convert"], module=True)
    assert usage.returncode == 2


@needs_script
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("args", [["convert", "--from", "azure", "--to", "azure"], ["check", "--dialect", "azure"]])
def test_output_that_cannot_be_written_is_one_error_line_not_a_traceback(args: list[str]) -> None:
    assert SCRIPT is not None
    for source in (str(ROUNDTRIP), str(ROOT / "fixtures" / "sessions" / "azure" / "function_call.jsonl")):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [SCRIPT, *args, source], stdout=full, stderr=subprocess.PIPE, timeout=60, cwd=ROOT, env=subprocess_env()
            )
        assert result.returncode == 1
        assert result.stderr.decode() == "error: <stdout>: cannot write: No space left on device\n"


@needs_script
@pytest.mark.parametrize(
    "args", [["convert", "--from", "azure", "--to", "azure"], ["check", "--dialect", "azure", "-"]]
)
def test_a_closed_standard_input_is_an_error_line_not_a_traceback(args: list[str]) -> None:
    assert SCRIPT is not None
    command = " ".join([shlex.quote(SCRIPT), *args]) + " <&-"
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60, cwd=ROOT, env=subprocess_env())
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode() == "error: <stdin>: cannot read: standard input is closed\n"


@needs_script
@pytest.mark.parametrize(
    "args",
    [
        ["convert", "--from", "azure", "--to", "azure", "--jsonl"],
        ["convert", "--from", "azure", "--to", "azure", str(AZURE / "g711_alaw.json")],
        ["check", "--dialect", "azure"],
    ],
)
def test_a_closed_standard_output_is_an_error_line_not_a_traceback(args: list[str]) -> None:
    assert SCRIPT is not None
    session = ROOT / "fixtures" / "captured" / "sessions" / "azure-voicelive-tool-call.jsonl"
    inputs = [] if args[-1].endswith(".json") else [str(session)]
    command = " ".join([shlex.quote(SCRIPT), *map(shlex.quote, args + inputs)]) + " >&-"
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60, cwd=ROOT, env=subprocess_env())
    assert result.returncode == 1
    assert result.stderr.decode() == "error: <stdout>: cannot write: standard output is closed\n"


@needs_script
def test_a_closed_standard_output_does_not_matter_under_out(tmp_path: Path) -> None:
    assert SCRIPT is not None
    session = ROOT / "fixtures" / "captured" / "sessions" / "azure-voicelive-tool-call.jsonl"
    args = ["convert", "--from", "azure", "--to", "azure", str(session), "--out", str(tmp_path)]
    command = " ".join([shlex.quote(SCRIPT), *map(shlex.quote, args)]) + " >&-"
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60, cwd=ROOT, env=subprocess_env())
    assert (result.returncode, result.stderr) == (0, b"")
    import realtime_dialects as rd

    lines = session.read_bytes().splitlines()
    expected = "".join(text + "\n" for text in rd.translate_session(lines, read="azure", write="azure"))
    assert (tmp_path / session.name).read_text() == expected


@needs_script
@pytest.mark.parametrize("out", [False, True])
def test_a_closed_standard_error_keeps_the_messages_out_of_the_output(tmp_path: Path, out: bool) -> None:
    # print(file=None) writes to standard output: with standard error closed, a message would be
    # written among the converted events. There is nowhere to say it: the exit code does.
    assert SCRIPT is not None
    log = tmp_path / "log.jsonl"
    log.write_bytes(b'{"type": "input_audio_buffer.commit"}\n{not json\n{"type": "input_audio_buffer.clear"}\n')
    args = ["convert", "--from", "azure", "--to", "openai-ga", str(log)]
    args += ["--out", str(tmp_path / "out")] if out else []
    command = " ".join([shlex.quote(SCRIPT), *map(shlex.quote, args)]) + " 2>&-"
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60, cwd=ROOT, env=subprocess_env())
    assert result.returncode == 1
    written = (tmp_path / "out" / "log.jsonl").read_bytes() if out else result.stdout
    assert written == b'{"type":"input_audio_buffer.commit"}\n{"type":"input_audio_buffer.clear"}\n'
    assert result.stdout == (b"" if out else written)


@pytest.mark.parametrize("args", [["convert", "--from", "azure", "--to", "openai-ga"], ["check", "--dialect", "azure"]])
def test_a_line_of_whitespace_json_does_not_know_is_malformed_not_blank(tmp_path: Path, args: list[str]) -> None:
    # A form feed or a vertical tab is whitespace to isspace(), not to JSON: such a line was skipped unsaid.
    log = tmp_path / "log.jsonl"
    log.write_bytes(b'{"type": "input_audio_buffer.commit"}\n\x0c\n \t\r\n\x0b\n')
    result = run([*args, "--jsonl", str(log)])
    assert result.returncode == 1
    assert [line.partition(": $:")[0] for line in result.stderr.splitlines()] == [
        f"error: {log}:2",
        f"error: {log}:4",
    ]


def test_a_session_redirected_from_a_file_converts_as_the_file_does(tmp_path: Path) -> None:
    # `< log.jsonl` is a file there whole, written in batches as when it is named; a pipe may be live.
    import realtime_dialects as rd

    session = ROOT / "fixtures" / "captured" / "sessions" / "azure-voicelive-tool-call.jsonl"
    lines = session.read_bytes().splitlines() * 3  # more than one batch
    log = tmp_path / "log.jsonl"
    log.write_bytes(b"\n".join(lines) + b"\n")
    command = [sys.executable, "-m", "realtime_dialects", "convert", "--from", "azure", "--to", "openai"]
    command += ["--on-unsupported", "drop", "--jsonl"]
    with log.open("rb") as stdin:
        redirected = subprocess.run(command, stdin=stdin, capture_output=True, cwd=ROOT, env=subprocess_env())
    named = subprocess.run([*command, str(log)], capture_output=True, cwd=ROOT, env=subprocess_env())
    texts = rd.translate_session(lines, read="azure", write="openai", on_unsupported="drop")
    expected = "".join(text + "\n" for text in texts)
    assert (redirected.returncode, redirected.stderr, redirected.stdout.decode()) == (0, b"", expected)
    assert named.stdout == redirected.stdout


@needs_script
@pytest.mark.parametrize("jobs", [None, "1", "2"])
def test_a_standard_error_whose_reader_went_away_does_not_stop_the_conversion(tmp_path: Path, jobs: str | None) -> None:
    # `2>&1 >out.jsonl | head -1`, once head has gone: a pipe with no reader, where each message
    # fails. Conversion stopped at the first one, with exit code 0 and the outputs not written.
    assert SCRIPT is not None
    logs = tmp_path / "logs"
    logs.mkdir()
    session = (SESSIONS / "azure" / "voice_turn.jsonl").read_bytes() * 20  # losses to openai: warnings
    for number in range(3):
        (logs / f"s{number}.jsonl").write_bytes(session + b'{"type": "input_audio_buffer.append", "audio": 42}\n')
    args = ["convert", "--from", "azure", "--to", "openai", "--on-unsupported", "warn"]

    def convert(out: str, stderr: int) -> tuple[int, dict[str, bytes]]:
        where = [str(logs), "--out", str(tmp_path / out), "--jobs", jobs] if jobs else [str(logs / "s0.jsonl")]
        with (tmp_path / f"{out}.stdout").open("wb") as stdout:
            result = subprocess.run(
                [SCRIPT, *args, *where], stdout=stdout, stderr=stderr, timeout=60, env=subprocess_env()
            )
        if not jobs:
            return result.returncode, {"<stdout>": (tmp_path / f"{out}.stdout").read_bytes()}
        return result.returncode, {path.name: path.read_bytes() for path in sorted((tmp_path / out).iterdir())}

    expected, expected_outputs = convert("expected", subprocess.DEVNULL)
    reader, writer = os.pipe()
    os.close(reader)
    try:
        code, outputs = convert("unread", writer)
    finally:
        os.close(writer)
    assert expected == 1  # the bad line of each file
    assert (code, outputs) == (expected, expected_outputs)
    assert len(outputs) == (3 if jobs else 1)
    assert all(len(text.splitlines()) > 1000 for text in outputs.values())


@needs_script
@pytest.mark.parametrize(
    "args", [["convert", "--from", "azure", "--to", "azure"], ["check", "--dialect", "azure"]], ids=["convert", "check"]
)
@pytest.mark.parametrize("name", ["log.jsonl", "event.json"])
def test_standard_output_redirected_to_an_input_file_is_refused(tmp_path: Path, args: list[str], name: str) -> None:
    # As cat refuses: `>> log.jsonl` would read its own output (for ever, once it is longer than
    # a batch), and `> log.jsonl` emptied the input before the command began, then succeeded.
    assert SCRIPT is not None
    given = tmp_path / name
    text = b'{"type": "input_audio_buffer.commit"}\n'
    refused = "input file is output file (standard output is redirected to it); write elsewhere"
    for mode, left in (("ab", text), ("wb", b"")):
        given.write_bytes(text)
        for where, stdin in ((str(given), None), ("<stdin>", given)):
            with open(given, mode) as stdout, (stdin or Path(os.devnull)).open("rb") as source:
                command = [SCRIPT, *args, *([] if stdin else [str(given)])]
                result = subprocess.run(
                    command, stdin=source, stdout=stdout, stderr=subprocess.PIPE, timeout=60, env=subprocess_env()
                )
            assert (result.returncode, result.stderr.decode()) == (2, f"error: {where}: {refused}\n")
            assert given.read_bytes() == left
    given.write_bytes(text)
    # Standard output elsewhere than the input (a device here) is no problem.
    with open(os.devnull, "wb") as stdout:
        elsewhere = subprocess.run(
            [SCRIPT, *args, str(given)], stdout=stdout, stderr=subprocess.PIPE, timeout=60, env=subprocess_env()
        )
    assert (elsewhere.returncode, elsewhere.stderr) == (0, b"")


@needs_script
def test_check_reports_a_file_it_cannot_read_and_checks_the_others(tmp_path: Path) -> None:
    # It stopped at the file it could not open, while an invalid or damaged one let it go on.
    good, missing, other = AZURE / "full.json", tmp_path / "nope.json", tmp_path / "other.json"
    shutil.copyfile(good, other)
    result = run(["check", "--dialect", "azure", str(good), str(missing), str(other)])
    assert result.returncode == 1
    assert result.stdout == f"ok: {good}: valid azure response.create\nok: {other}: valid azure response.create\n"
    assert result.stderr == f"error: {missing}: cannot read file: No such file or directory\n"


@needs_script
def test_json_lines_piped_in_without_jsonl_are_hinted_at(tmp_path: Path) -> None:
    lines = b'{"type": "input_audio_buffer.commit"}\n{"type": "input_audio_buffer.clear"}\n'
    args = ["convert", "--from", "azure", "--to", "openai"]
    piped = run(args, stdin=lines)
    assert (piped.returncode, piped.stdout) == (1, "")
    first, hint = piped.stderr.splitlines()
    assert first.startswith("error: <stdin>: $: malformed JSON: unexpected content after document: line 2")
    assert hint == "hint: use --jsonl to read <stdin> as a recorded session, one event per line"
    checked = run(["check", "--dialect", "azure"], stdin=lines)  # check reads the same way
    assert (checked.returncode, checked.stderr.splitlines()[1:]) == (1, [hint])
    # A file not named as a session (session.ndjson, a .log, a .json) is hinted at too, by its name,
    # as is one of several under --out. Only lines of events are: a first line nested past the
    # parser's depth is not one (nor a traceback, from looking).
    for name in ("session.ndjson", "event.json"):
        named = tmp_path / name
        named.write_bytes(lines)
        for result in (run([*args, str(named)]), run(["check", "--dialect", "azure", str(named)])):
            assert result.returncode == 1
            assert result.stderr.splitlines()[1:] == [
                f"hint: use --jsonl to read {named} as a recorded session, one event per line"
            ]
    other = tmp_path / "other.json"
    other.write_text('{"type": "input_audio_buffer.commit"}')
    several = run([*args, str(named), str(other), "--out", str(tmp_path / "out")])
    assert several.returncode == 1
    assert several.stderr.splitlines()[1:] == [
        f"hint: use --jsonl to read {named} as a recorded session, one event per line"
    ]
    deep = b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}\n{}\n"
    for result in (
        run(args, stdin=b'{"type":\n"input_audio_buffer.commit"} x\n'),
        run(args, stdin=deep),
    ):
        assert result.returncode == 1
        assert "hint:" not in result.stderr
        assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
def test_standard_output_is_utf8_whatever_the_locale(encoding: str, tmp_path: Path) -> None:
    # The dialects' text is UTF-8 (GA writes non-ASCII raw); a console or redirect in another code page
    # must neither change its bytes nor fail on a character the code page lacks (U+2028).
    event = tmp_path / "event.json"
    event.write_text('{"type":"response.create","response":{"instructions":"café \u2028"}}', encoding="utf-8")
    env = {**subprocess_env(), "PYTHONIOENCODING": encoding}
    command = [sys.executable, "-m", "realtime_dialects", "convert", "--from", "openai-ga", "--to", "openai-ga"]
    result = subprocess.run([*command, str(event)], capture_output=True, timeout=60, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == event.read_bytes() + b"\n"
    in_process = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys, realtime_dialects.cli as c; c.main({[*command[3:], str(event)]!r}); "
            "print(sys.stdout.encoding, end='')",
        ],
        capture_output=True,
        timeout=60,
        env=env,
        check=False,
    )
    left = in_process.stdout.rsplit(b"\n", 1)[-1].decode()
    assert codecs.lookup(left).name == codecs.lookup(encoding).name  # main() leaves the caller's stdout as it was


@pytest.mark.skipif(sys.platform == "win32", reason="file names of bytes are POSIX's")
@pytest.mark.parametrize("encoding", ["latin-1:surrogateescape", "utf-8"])
def test_a_file_name_that_is_not_utf8_is_printed_as_its_bytes(tmp_path: Path, encoding: str) -> None:
    name = os.fsdecode(b"event-\xff.json")
    (tmp_path / name).write_text('{"type": "input_audio_buffer.commit"}')
    env = {**subprocess_env(), "PYTHONIOENCODING": encoding}
    command = [sys.executable, "-m", "realtime_dialects", "check", "--dialect", "azure", str(tmp_path / name)]
    result = subprocess.run(command, capture_output=True, timeout=60, env=env, check=False)
    assert (result.returncode, result.stderr) == (0, b"")
    assert b"event-\xff.json: valid azure input_audio_buffer.commit" in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="file names of bytes are POSIX's")
@pytest.mark.parametrize("encoding", ["latin-1", "utf-8", "ascii"])
def test_a_file_name_that_is_not_utf8_is_printed_as_its_bytes_on_standard_error_too(
    tmp_path: Path, encoding: str
) -> None:
    # Standard error wrote it as the text "bad-\udcff.json", which no shell finds; standard output
    # wrote its bytes. Anything else its encoding lacks is still escaped, not an error.
    name = os.fsdecode(b"bad-\xff-\xc3\xa9.json")  # an undecodable byte, and an "é"
    (tmp_path / name).write_text('{"type": "input_audio_buffer.commit", "audio": 1}')
    env = {**subprocess_env(), "PYTHONIOENCODING": encoding}
    command = [sys.executable, "-m", "realtime_dialects", "check", "--dialect", "azure", str(tmp_path / name)]
    result = subprocess.run(command, capture_output=True, timeout=60, env=env, check=False)
    named = {"latin-1": b"bad-\xff-\xe9.json", "utf-8": b"bad-\xff-\xc3\xa9.json", "ascii": b"bad-\xff-\\xe9.json"}
    assert result.returncode == 1
    assert result.stderr.startswith(b"error: " + bytes(tmp_path) + b"/" + named[encoding] + b": ")


@needs_ga
@pytest.mark.parametrize("policy", ["warn", "drop"])
def test_a_skipped_event_under_out_writes_no_file(tmp_path: Path, policy: str) -> None:
    # A single event the target has no counterpart for wrote an empty .json (not JSON at all) over
    # an earlier run's output; one that fails writes nothing, and neither does one skipped now.
    event = FIXTURES / "azure" / "input_audio.turn.start" / "minimal.json"
    earlier = tmp_path / "out" / "minimal.json"
    earlier.parent.mkdir()
    earlier.write_text("earlier\n")
    options = shlex.split(f"convert --from azure --to openai-ga --on-unsupported {policy}")
    result = run([*options, str(event), "--out", str(earlier.parent)], module=True)
    assert result.returncode == 0, result.stderr
    assert earlier.read_text() == "earlier\n"
    assert sorted(path.name for path in earlier.parent.iterdir()) == ["minimal.json"]


def test_an_empty_out_is_refused() -> None:
    # It wrote into the current directory.
    result = run(
        [
            "convert",
            "--from",
            "azure",
            "--to",
            "openai",
            str(FIXTURES / "azure" / "response.create" / "minimal.json"),
            "--out",
            "",
        ],
        module=True,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "error: --out needs a directory name\n"


@pytest.mark.parametrize("prefix", ["--json", "--pre", "--on-unsup=drop"])
def test_an_option_s_prefix_is_not_taken_for_it(prefix: str) -> None:
    # argparse's allow_abbrev took --json for --jsonl and --pre for --pretty, silently.
    result = run(
        ["convert", "--from", "azure", "--to", "openai", prefix, "-"],
        b'{"type": "input_audio_buffer.commit"}',
        module=True,
    )
    assert result.returncode == 2
    assert f"unrecognized arguments: {prefix}" in result.stderr
    assert "Traceback" not in result.stderr


CONVERT_USAGE = "usage: realtime-dialects convert [-h] --from {azure,openai,openai-ga} --to"


@pytest.mark.parametrize(
    ("args", "usage", "error"),
    [
        (
            ["convert", "--from", "azure", "--to", "openai", "--on-unsuported", "warn", "x.json"],
            CONVERT_USAGE,
            "realtime-dialects convert: error: unrecognized arguments: --on-unsuported; did you mean --on-unsupported?",
        ),
        (
            ["convert", "--from", "azure", "--to", "openai", "x.json", "--on-unsuported", "warn"],
            CONVERT_USAGE,
            "realtime-dialects convert: error: unrecognized arguments: --on-unsuported warn; "
            "did you mean --on-unsupported?",
        ),
        (
            ["convert", "--from", "azure", "--to", "openai", "--prety", "--jsnl", "x.json"],
            CONVERT_USAGE,
            "realtime-dialects convert: error: unrecognized arguments: --prety --jsnl; "
            "did you mean --pretty for --prety, --jsonl for --jsnl?",
        ),
        (
            ["convert", "--from", "azure", "--to", "openai", "--frobnicate", "x.json"],
            CONVERT_USAGE,
            "realtime-dialects convert: error: unrecognized arguments: --frobnicate",
        ),
        (
            ["check", "--dialect", "azure", "--jsonll", "x.json"],
            "usage: realtime-dialects check [-h] --dialect {azure,openai,openai-ga}",
            "realtime-dialects check: error: unrecognized arguments: --jsonll; did you mean --jsonl?",
        ),
        (
            ["--verison", "check", "--dialect", "azure", "x.json"],
            "usage: realtime-dialects [-h] [--version] COMMAND ...",
            "realtime-dialects: error: unrecognized arguments: --verison; did you mean --version?",
        ),
    ],
    ids=["convert", "value after", "several", "none-near", "check", "top-level"],
)
def test_an_unknown_option_is_refused_under_its_command_s_usage_with_the_one_it_is_near(
    args: list[str], usage: str, error: str
) -> None:
    # A command's unknown option was refused under the top-level usage, `realtime-dialects [-h] [--version]
    # COMMAND ...`, which does not show the command's options, and the option it was near was not named.
    result = run(args, module=True)
    assert (result.returncode, result.stdout) == (2, "")
    # Python 3.13's argparse wraps the usage elsewhere (it keeps `--to {azure,...}` together): compare it unwrapped.
    assert " ".join(result.stderr.split()).startswith(usage + " ")
    assert result.stderr.endswith("\n" + error + "\n")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_an_interrupt_the_command_was_started_ignoring_stays_ignored(tmp_path: Path) -> None:
    # A shell starts a background job (`command &` in a script) with Ctrl-C ignored: the command set its own
    # handler over that, and a Ctrl-C meant for the foreground ended it (exit 130).
    line = b'{"type": "input_audio_buffer.commit"}\n'
    command = [sys.executable, "-m", "realtime_dialects", "convert", "--from", "azure", "--to", "openai", "--jsonl"]
    with (tmp_path / "out").open("wb") as out, (tmp_path / "err").open("wb") as err:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=err,
            cwd=ROOT,
            env=subprocess_env(),
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
        )
        assert process.stdin is not None
        process.stdin.write(line * 1000)
        process.stdin.flush()
        while (tmp_path / "out").stat().st_size == 0:  # converting: its handlers are set
            process.stdin.write(line)
            process.stdin.flush()
        process.send_signal(signal.SIGINT)
        process.stdin.write(line * 1000)
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    assert (tmp_path / "err").read_bytes() == b""
    assert (tmp_path / "out").read_bytes().count(b"\n") >= 2000


@pytest.mark.parametrize("files", [1, 2])
def test_a_directory_needs_out_whatever_it_holds(tmp_path: Path, files: int) -> None:
    # With one file it was converted to stdout, with two refused: a script broke when a second file came.
    for number in range(files):
        (tmp_path / f"e{number}.json").write_text('{"type": "input_audio_buffer.commit"}')
    result = run(["convert", "--from", "azure", "--to", "openai", str(tmp_path)], module=True)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("error: a directory needs --out DIR")
