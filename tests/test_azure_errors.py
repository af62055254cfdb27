"""Bad Azure input always raises InvalidPayloadError naming every offending wire path."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import realtime_dialects as rd


def problems(payload: Any) -> dict[str, str]:
    text = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.loads(text)
    error = caught.value
    assert isinstance(error, ValueError)
    for problem in error.problems:
        assert problem.path in str(error)
    return {problem.path: problem.message for problem in error.problems}


def event(**response: Any) -> dict[str, Any]:
    return {"response": response, "type": "response.create"}


@pytest.mark.parametrize(
    ("payload", "path", "message"),
    [
        ('{"type": "response.create"', "$", "malformed JSON"),
        (b'{"type": "\xff"}', "$", "malformed JSON"),
        ("[1, 2]", "$", "expected an object, got a list"),
        ({"type": "response.bogus"}, "$.type", "unknown event type 'response.bogus'"),
        ({"response": {}}, "$.type", "required, but missing"),
        (event(commit="false"), "$.response.commit", "expected true or false, got string 'false'"),
        (event(instructions=7), "$.response.instructions", "expected a string, got 7"),
        (event(temperature=1.5), "$.response.temperature", "from 0.6 to 1.2"),
        (event(temperature="hot"), "$.response.temperature", "got string 'hot'"),
        (event(temperature=True), "$.response.temperature", "got true"),
        (event(max_output_tokens=0), "$.response.max_output_tokens", "an integer from 1 to 4096, got 0"),
        (event(max_output_tokens=4097), "$.response.max_output_tokens", "an integer from 1 to 4096, got 4097"),
        (event(max_output_tokens=12.0), "$.response.max_output_tokens", "got 12.0"),
        (event(max_output_tokens=True), "$.response.max_output_tokens", "got true"),
        (event(max_output_tokens="INF"), "$.response.max_output_tokens", "got string 'INF'"),
        (event(modalities=["text", "video"]), "$.response.modalities[1]", "got string 'video'"),
        (event(modalities=["text", "text"]), "$.response.modalities[1]", "listed twice"),
        (event(modalities="text"), "$.response.modalities", "expected a list"),
        (event(output_audio_format="mp3"), "$.response.output_audio_format", "got string 'mp3'"),
        (event(reasoning_effort="extreme"), "$.response.reasoning_effort", "got string 'extreme'"),
        (event(unknown_key=123), "$.response.unknown_key", "unknown key"),
        (event(input_items=[{"type": "bogus_item"}]), "$.response.input_items[0].type", "unknown type"),
        (
            event(input_items=[{"content": []}]),
            "$.response.input_items[0].type",
            "required, but missing; expected one of 'message', 'function_call', ",
        ),
        (
            event(input_items=[{"content": [], "type": "message", "role": "developer"}]),
            "$.response.input_items[0].role",
            "got string 'developer'",
        ),
        (
            event(input_items=[{"content": [{"type": "input_text"}], "type": "message", "role": "user"}]),
            "$.response.input_items[0].content[0].text",
            "required, but missing",
        ),
        (
            event(input_items=[{"content": [{"text": "x", "type": "text"}], "type": "message", "role": "user"}]),
            "$.response.input_items[0].content[0]",
            "a user message takes 'input_text', 'input_audio' or 'input_image' parts, not 'text'",
        ),
        (
            event(input_items=[{"name": "f", "arguments": "{}", "type": "function_call"}]),
            "$.response.input_items[0].call_id",
            "required, but missing",
        ),
        (event(voice={"type": "google", "name": "x"}), "$.response.voice.type", "unknown type"),
        (
            event(voice={"name": "x"}),
            "$.response.voice.type",
            "required, but missing; expected one of 'openai', 'azure-standard', 'azure-custom', ",
        ),
        (
            event(pre_generated_assistant_message={"content": [], "role": "assistant"}),
            "$.response.pre_generated_assistant_message.type",
            "required, but missing; expected 'message'",
        ),
        (event(voice=7), "$.response.voice", "a string or an object"),
        (event(tools=[{"type": "function"}]), "$.response.tools[0].name", "required, but missing"),
        (event(tools=[{"type": "mcp", "server_label": "s"}]), "$.response.tools[0].server_url", "required"),
        (event(tool_choice="sometimes"), "$.response.tool_choice", "got string 'sometimes'"),
        (event(metadata={f"k{i}": "v" for i in range(17)}), "$.response.metadata", "at most 16 pairs"),
        (event(metadata={"k" * 65: "v"}), "$.response.metadata." + "k" * 65, "key longer than 64"),
        (event(metadata={"a b": "v" * 513}), '$.response.metadata["a b"]', "longer than 512"),
        (event(metadata={"k": "v" * 513}), "$.response.metadata.k", "longer than 512"),
        (event(metadata={"k": 1}), "$.response.metadata.k", "expected a string"),
        (event(invoke_input=[1]), "$.response.invoke_input", "expected an object"),
        (
            event(interim_response={"type": "static_interim_response", "latency_threshold_ms": -1}),
            "$.response.interim_response.latency_threshold_ms",
            "at least 0",
        ),
        (
            event(pre_generated_assistant_message={"content": [], "type": "message", "role": "user"}),
            "$.response.pre_generated_assistant_message.role",
            "must be 'assistant'",
        ),
        ("[" * 2000 + "]" * 2000, "$", "depth limit"),
        ('{"response": {"temperature": NaN}, "type": "response.create"}', "$", "malformed JSON"),
    ],
)
def test_each_problem_names_its_path(payload: Any, path: str, message: str) -> None:
    found = problems(payload)
    assert path in found, found
    assert message in found[path]


@pytest.mark.parametrize(
    ("payload", "path", "absent"),
    [
        ({"type": "input_audio_buffer.append", "audio": None}, "$.audio", "required, but missing"),
        ({"type": None, "audio": "AAA="}, "$.type", "required, but missing"),
        (
            event(input_items=[{"content": [{"type": "input_text", "text": None}], "type": "message", "role": "user"}]),
            "$.response.input_items[0].content[0].text",
            "required, but missing",
        ),
        (event(tools=[{"type": "function", "name": None}]), "$.response.tools[0].name", "required, but missing"),
        (
            event(input_items=[{"content": [], "type": None}]),
            "$.response.input_items[0].type",
            "required, but missing; expected one of 'message', 'function_call', 'function_call_output', "
            "'mcp_approval_response'",
        ),
        (
            event(pre_generated_assistant_message={"content": [], "role": "assistant", "type": None}),
            "$.response.pre_generated_assistant_message.type",
            "required, but missing; expected 'message'",
        ),
        (
            {
                "type": "response.audio_timestamp.delta",
                "response_id": "r",
                "item_id": "i",
                "output_index": 0,
                "content_index": 0,
                "audio_offset_ms": 1,
                "audio_duration_ms": 1,
                "text": "a",
                "event_id": "e1",
                "timestamp_type": None,
            },
            "$.timestamp_type",
            "required, but missing; expected 'word'",
        ),
    ],
    ids=["field", "event-type", "nested-field", "listed-field", "union-tag", "class-tag", "second-tag"],
)
def test_a_required_value_given_as_null_is_not_called_missing(payload: dict[str, Any], path: str, absent: str) -> None:
    # The key is there, with a null: it said "required, but missing", as if the key were absent.
    null = absent.replace("required, but missing", "required, got null")
    key = path.rpartition(".")[2]
    assert problems(payload) == {path: null}
    with pytest.raises(rd.InvalidPayloadError) as caught:  # the fused path hands it to the readers
        rd.translate(json.dumps(payload), read="azure", write="openai-ga")
    assert {problem.path: problem.message for problem in caught.value.problems} == {path: null}
    without = _without(payload, key)
    assert problems(without) == {path: absent}


def _without(value: Any, key: str) -> Any:
    """``value`` without each ``key`` that holds a null, at any depth."""
    if isinstance(value, dict):
        return {k: _without(v, key) for k, v in value.items() if not (k == key and v is None)}
    if isinstance(value, list):
        return [_without(v, key) for v in value]
    return value


def test_every_problem_is_listed_at_once() -> None:
    found = problems(
        event(
            commit="no",
            temperature=9,
            tools=[{"type": "function", "name": 1}, {"type": "nope"}],
            input_items=[{"type": "message", "role": "user", "content": [{"type": "input_text", "text": 2}]}],
            extra=True,
        )
    )
    assert set(found) == {
        "$.response.commit",
        "$.response.temperature",
        "$.response.tools[0].name",
        "$.response.tools[1].type",
        "$.response.input_items[0].content[0].text",
        "$.response.extra",
    }


def test_a_rule_a_message_breaks_is_listed_beside_the_other_problems() -> None:
    # The rules (parts that suit the role, the pre-generated message's role) run on what was read,
    # not only on an object that is valid otherwise.
    misplaced = {"type": "message", "role": "user", "id": 5, "content": [{"type": "text", "text": "y"}]}
    found = problems(event(input_items=[misplaced]))
    assert found == {
        "$.response.input_items[0].id": "expected a string, got 5",
        "$.response.input_items[0].content[0]": (
            "a user message takes 'input_text', 'input_audio' or 'input_image' parts, not 'text'"
        ),
    }
    user = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "x"}]}
    found = problems(event(temperature=5, pre_generated_assistant_message=user))
    assert set(found) == {"$.response.temperature", "$.response.pre_generated_assistant_message.role"}
    assistant = {"type": "message", "role": "assistant", "content": [{"type": "input_text", "text": "x"}]}
    # Named by Azure's tags, and only the parts Azure has: its requests have no assistant audio part.
    assert problems(event(input_items=[assistant])) == {
        "$.response.input_items[0].content[0]": "an assistant message takes 'text' parts, not 'input_text'"
    }


@pytest.mark.parametrize(
    ("call", "problem"),
    [
        ({"call_id": "c", "arguments": "{}", "type": "function_call"}, "name"),  # a required key absent
        ({"name": None, "call_id": "c", "arguments": "{}", "type": "function_call"}, "name"),  # or null
        ({"name": 5, "call_id": "c", "arguments": "{}", "type": "function_call"}, "name"),  # or mistyped
        ({"name": "f", "call_id": "c", "arguments": "{}", "type": "function_call", "id": 5}, "id"),
    ],
    ids=["absent", "null", "mistyped", "optional-mistyped"],
)
def test_unknown_keys_are_found_beside_other_problems(call: dict[str, Any], problem: str) -> None:
    """Readers count the keys they read to skip the unknown-key check; the count must stay exact."""
    found = problems(event(input_items=[{**call, "stray": 1}]))
    assert set(found) == {f"$.response.input_items[0].{problem}", "$.response.input_items[0].stray"}


def test_unknown_keys_are_found_beside_a_missing_tag() -> None:
    # Read through a field rather than a list, the object checks its own tag.
    message = {"content": [{"text": "x", "type": "text"}], "role": "assistant", "stray": 1}
    found = problems(event(pre_generated_assistant_message=message))
    path = "$.response.pre_generated_assistant_message"
    assert set(found) == {f"{path}.type", f"{path}.stray"}


def test_unknown_keys_with_odd_names_are_quoted() -> None:
    found = problems(event(**{"a.b c": 1}))
    assert '$.response["a.b c"]' in found


def test_long_keys_are_cut_in_paths_and_still_told_apart() -> None:
    first, second, name = "a " * 50 + "1", "a " * 50 + "2", "k" * 10_000
    found = problems(event(**{first: 1, second: 2, name: 3}))
    assert len(found) == 3
    assert all(len(path) < 200 for path in found)
    shown = next(path for path in found if "10000 characters" in path)
    assert shown.startswith('$.response["' + "k" * 80 + '…" (10000 characters, crc32 ')


def test_long_listings_are_capped_but_complete() -> None:
    payload = event(input_items=[{"type": "message", "role": "user", "content": [{"type": "input_text"}]}] * 50)
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.loads(json.dumps(payload))
    assert len(caught.value.problems) == 50
    assert "… and 30 more" in str(caught.value)
    assert str(caught.value).count("required, but missing") == 20


def test_explicit_null_means_not_set() -> None:
    read = rd.AZURE.loads('{"response": {"voice": null, "commit": false}, "event_id": null, "type": "response.create"}')
    assert read == rd.ResponseCreateEvent(response=rd.ResponseCreateParams(commit=False))


def test_keys_are_accepted_in_any_order_and_written_in_declaration_order() -> None:
    text = '{"type": "response.create", "response": {"temperature": 0.9, "instructions": "x", "commit": true}}'
    assert rd.AZURE.dumps(rd.AZURE.loads(text)) == (
        '{"response": {"commit": true, "instructions": "x", "temperature": 0.9}, "type": "response.create"}'
    )


def test_events_built_in_code_are_checked_on_write() -> None:
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.AZURE.dumps(
            rd.ResponseCreateEvent(
                response=rd.ResponseCreateParams(
                    temperature=float("nan"),
                    max_output_tokens=0,
                    invoke_input={"x": float("inf")},
                    input_items=[rd.MessageItem(role="system", content=[rd.OutputText(text="no")])],
                )
            )
        )
    assert set(caught.value.paths) == {
        "$.response.temperature",
        "$.response.max_output_tokens",
        "$.response.invoke_input.x",
        "$.response.input_items[0].content[0]",
    }


@pytest.mark.parametrize(
    ("dialect", "key"), [("azure", "modalities"), ("openai", "modalities"), ("openai-ga", "output_modalities")]
)
@pytest.mark.parametrize(
    ("names", "index", "shown"), [(["text", "txt"], 1, "string 'txt'"), (("audio", 5), 1, "5"), ([{}], 0, "an object")]
)
def test_a_name_that_is_no_modality_is_refused_at_its_index(
    dialect: str, key: str, names: Any, index: int, shown: str
) -> None:
    # The model takes a list of names for a set of modalities, and keeps one it cannot read as given:
    # the writer named the list ("got a list"), where reading the same list from text names the element.
    event = rd.ResponseCreateEvent(response=rd.ResponseCreateParams(modalities=names))
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.dialect(dialect).dumps(event)
    (problem,) = caught.value.problems
    assert problem.path == f"$.response.{key}[{index}]"
    assert problem.message == f"expected one of 'text', 'audio', 'animation', 'avatar', got {shown}"


@pytest.mark.parametrize("dialect", ["azure", "openai", "openai-ga"])
@pytest.mark.parametrize("role", [["user"], {"role": "user"}])
def test_an_unhashable_role_is_refused_at_its_path(dialect: str, role: Any) -> None:
    # The rule that a message's parts suit its role looked the role up in a dict: a TypeError
    # ("unhashable type: 'list'") escaped from dumps() and losses().
    event = rd.ConversationItemCreateEvent(item=rd.MessageItem(role=role, content=[rd.InputText(text="hi")]))
    for call in (rd.dialect(dialect).dumps, rd.dialect(dialect).losses):
        with pytest.raises(rd.InvalidPayloadError) as caught:
            call(event)
        assert caught.value.paths == ("$.item.role",)


@pytest.mark.parametrize("dialect", ["azure", "openai", "openai-ga"])
def test_a_dict_built_where_a_model_class_belongs_is_refused_naming_the_class(dialect: str) -> None:
    # The writers described the wire ("expected an object, got an object"), where what was wanted is a class.
    params = rd.ResponseCreateParams
    events = {
        "an InputAudioTranscription": rd.SessionUpdateEvent(
            session=rd.RealtimeSession(input_audio_transcription={"model": "whisper-1"})  # type: ignore[arg-type]
        ),
        "a ResponseCreateParams": rd.ResponseCreateEvent(response={"voice": "alloy"}),  # type: ignore[arg-type]
        "FunctionChoice": rd.ResponseCreateEvent(response=params(tool_choice={"type": "function", "name": "f"})),  # type: ignore[arg-type]
    }
    for wanted, event in events.items():
        with pytest.raises(rd.InvalidPayloadError) as caught:
            rd.dialect(dialect).dumps(event)
        (problem,) = caught.value.problems
        assert wanted in problem.message, problem
        assert problem.message.endswith(", got an object"), problem


def test_losses_into_azure_name_neutral_paths() -> None:
    event = rd.ResponseCreateEvent(
        response=rd.ResponseCreateParams(
            input_items=[rd.ItemReference(id="item_1")],
            parallel_tool_calls=True,
            voice=rd.VoiceId(id="voice_1"),
        )
    )
    assert [loss.path for loss in rd.AZURE.losses(event)] == [
        "$.response.input_items[0]",
        "$.response.voice",
        "$.response.parallel_tool_calls",
    ]
    with pytest.raises(rd.UnsupportedError) as caught:
        rd.AZURE.dumps(event)
    assert len(caught.value.losses) == 3
    assert (
        rd.AZURE.dumps(event, on_unsupported="drop") == '{"response": {"input_items": []}, "type": "response.create"}'
    )


def test_structure_hooks_are_registered_on_a_cattrs_converter() -> None:
    params = rd.AZURE.converter.structure({"commit": False}, rd.ResponseCreateParams)
    assert params == rd.ResponseCreateParams(commit=False)
    with pytest.raises(rd.InvalidPayloadError):
        rd.AZURE.converter.structure({"commit": 0}, rd.ResponseCreateParams)
    assert rd.AZURE.converter.unstructure(params) == {"commit": False}


@pytest.mark.parametrize(
    ("make", "shown"),
    [
        (lambda: rd.InvalidPayloadError("oops"), "got 'oops'"),  # type: ignore[arg-type]
        (lambda: rd.InvalidPayloadError(5), "got 5"),  # type: ignore[arg-type]
        (lambda: rd.InvalidPayloadError([rd.Problem("$", "m"), "m"]), "got a list holding a str ('m')"),  # type: ignore[list-item]
        (lambda: rd.UnsupportedError(["$.x"], "openai"), "got a list holding a str ('$.x')"),  # type: ignore[list-item]
    ],
)
def test_an_error_made_with_details_that_are_not_problems_or_losses_says_so(make: Any, shown: str) -> None:
    # InvalidPayloadError("oops") was an error of four problems, one a letter.
    with pytest.raises(TypeError, match=r"must be an iterable of (Problem|Loss), such as .*; " + re.escape(shown)):
        make()
    assert rd.InvalidPayloadError([rd.Problem("$", "m")]).problems == (rd.Problem("$", "m"),)
