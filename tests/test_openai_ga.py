"""The openai-ga dialect against the ``openai`` package (3.54) itself."""

from __future__ import annotations

import copy
import json
import typing
from pathlib import Path
from typing import Any

import orjson
import pytest
import typing_extensions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openai.types.realtime import ResponseCreateEvent as SdkEvent
from openai.types.realtime import response_item_reference_param
from openai.types.realtime.realtime_conversation_item_user_message import Content as UserContent
from openai.types.realtime.realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from openai.types.realtime.realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from openai.types.realtime.realtime_response_create_params import RealtimeResponseCreateParams

import realtime_dialects as rd

from .scripts import load

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DIR = ROOT / "fixtures" / "openai-ga" / "response.create"
GA = rd.OPENAI_GA


GENERATOR = load(Path(__file__).with_name("_make_ga_fixtures.py"))
FIXTURES = {path.name: path.read_text(encoding="utf-8") for path in sorted(FIXTURE_DIR.glob("*.json"))}


def sdk_round_trip(text: str) -> str:
    """What the openai package writes for ``text``: validate, then dump without unset fields."""
    return SdkEvent.model_validate_json(text).model_dump_json(exclude_none=True)


# --------------------------------------------------------------------------- fixtures come from the SDK


#: Files of this directory that tests/_fixtures_client.py writes (and its own test checks).
CLIENT_SCRIPT_FILES = {"minimal.json"}


def test_fixtures_are_exactly_what_the_sdk_builds() -> None:
    assert len(FIXTURES) >= 8
    assert GENERATOR.build() == {name: text for name, text in FIXTURES.items() if name not in CLIENT_SCRIPT_FILES}


# docs/wire/response-create.md §9.3, output copied verbatim from the spec (the SDK's send path, one line).
WIRE_G1 = '{"type":"response.create"}'
WIRE_G2 = (
    '{"type":"response.create","event_id":"evt_1","response":{"audio":{"output":{"format":{"type":"audio/pcmu"},'
    '"voice":"marin"}},"conversation":"none","instructions":"Be brief","max_output_tokens":"inf","metadata":{"k":"v"},'
    '"output_modalities":["audio"]}}'
)
WIRE_G3 = (
    '{"type":"response.create","response":{"tool_choice":{"name":"get_weather","type":"function"},"tools":[{"descript'
    'ion":"Get weather","name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}},"t'
    'ype":"function"},{"server_label":"docs","type":"mcp","allowed_tools":["search"],"require_approval":{"never":{"too'
    'l_names":["search"]}},"server_url":"https://example.com/mcp"}]}}'
)
WIRE_G6 = (
    '{"audio": {"output": {"format": {"rate": 24000, "type": "audio/pcm"}, "voice": {"id": "voice_1234"}}}, "parallel'
    '_tool_calls": true, "prompt": {"id": "pmpt_1", "variables": {"city": "Paris"}, "version": "2"}, "reasoning": {"ef'
    'fort": "low"}}'
)


@pytest.mark.parametrize(
    ("name", "wire"),
    [("empty_event.json", WIRE_G1), ("out_of_band_pcmu_marin.json", WIRE_G2), ("function_and_mcp_tools.json", WIRE_G3)],
)
def test_fixtures_match_the_spec_examples(name: str, wire: str) -> None:
    assert FIXTURES[name] == wire
    assert GA.dumps(GA.loads(wire)) == wire


def test_g6_params_are_written_in_sdk_order() -> None:
    params = GA.loads(WIRE_G6, cl=rd.ResponseCreateParams)
    assert json.dumps(GA.dump(params)) == WIRE_G6
    assert FIXTURES["custom_voice_reasoning_prompt.json"] == '{"type":"response.create","response":' + (
        json.dumps(json.loads(WIRE_G6), separators=(",", ":")) + "}"
    )


# --------------------------------------------------------------------------- byte parity


@pytest.mark.parametrize("name", list(FIXTURES))
def test_fixture_round_trips_byte_for_byte(name: str) -> None:
    text = FIXTURES[name]
    assert GA.dumps(GA.loads(text)) == text


@pytest.mark.parametrize("name", list(FIXTURES))
def test_fixture_output_is_what_the_sdk_emits(name: str) -> None:
    ours = GA.dumps(GA.loads(FIXTURES[name]))
    assert sdk_round_trip(ours) == ours


def test_key_orders_are_the_sdk_field_orders() -> None:
    from openai.types.realtime import realtime_response_create_mcp_tool as mcp
    from openai.types.realtime.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
    from openai.types.realtime.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )

    assert list(SdkEvent.model_fields) == ["type", "event_id", "response"]
    params = GA.shapes["ResponseCreateParams"].entries
    written = [entry.key for entry in params if hasattr(entry, "key")]
    assert written == list(RealtimeResponseCreateParams.model_fields)

    def keys(cls: type) -> list[str]:
        return [entry.key for entry in GA.shapes[cls.__name__].entries if hasattr(entry, "key")]

    assert keys(rd.MessageItem) == list(RealtimeConversationItemUserMessage.model_fields)
    assert keys(rd.FunctionCallItem) == list(RealtimeConversationItemFunctionCall.model_fields)
    assert keys(rd.FunctionCallOutputItem) == list(RealtimeConversationItemFunctionCallOutput.model_fields)
    assert keys(rd.McpApprovalResponseItem) == list(RealtimeMcpApprovalResponse.model_fields)
    assert keys(rd.McpTool) == list(mcp.RealtimeResponseCreateMcpTool.model_fields)
    assert keys(rd.McpToolFilter) == list(mcp.AllowedToolsMcpToolFilter.model_fields)
    assert keys(rd.ItemReference) == list(response_item_reference_param.ResponseItemReferenceParam.__annotations__)


def test_item_reference_matches_the_typed_dict() -> None:
    event = rd.ResponseCreateEvent(
        response=rd.ResponseCreateParams(
            input_items=[
                rd.ItemReference(id="item_123"),
                rd.MessageItem(role="user", content=[rd.InputText(text="and now?")]),
            ]
        )
    )
    wire = orjson.loads(GA.dumps(event))
    reference = wire["response"]["input"][0]
    typed = response_item_reference_param.ResponseItemReferenceParam
    hints = typing.get_type_hints(typed, include_extras=True)
    assert list(reference) == list(typed.__annotations__)
    assert {key for key, hint in hints.items() if typing.get_origin(hint) is typing_extensions.Required} == {
        "id",
        "type",
    }
    assert (reference["type"],) == typing.get_args(typing.get_args(hints["type"])[0])
    # The rest of the event is what the pydantic model writes.
    del wire["response"]["input"][0]
    rest = orjson.dumps(wire).decode()
    assert sdk_round_trip(rest) == rest


# --------------------------------------------------------------------------- Azure -> GA

# Canonical Azure text (declaration order, discriminators last), and what GA must say.
AZURE_EVENTS = {
    "out_of_band_text": (
        '{"event_id": "evt_9", "response": {"commit": false, "modalities": ["text"], "instructions": "Summarise.", '
        '"max_output_tokens": 200, "metadata": {"k": "v"}}, "type": "response.create"}',
        SdkEvent(
            type="response.create",
            event_id="evt_9",
            response=RealtimeResponseCreateParams(
                conversation="none",
                output_modalities=["text"],
                instructions="Summarise.",
                max_output_tokens=200,
                metadata={"k": "v"},
            ),
        ),
    ),
    "audio_g711": (
        '{"response": {"commit": true, "modalities": ["text", "audio"], "voice": "alloy", '
        '"output_audio_format": "g711_alaw", "reasoning_effort": "minimal"}, "type": "response.create"}',
        SdkEvent(
            type="response.create",
            response=RealtimeResponseCreateParams(
                conversation="auto",
                output_modalities=["audio"],
                audio={"output": {"format": {"type": "audio/pcma"}, "voice": "alloy"}},  # type: ignore[arg-type]
                reasoning={"effort": "minimal"},
            ),
        ),
    ),
    "items_and_tools": (
        '{"response": {"input_items": [{"content": [{"text": "Be kind.", "type": "input_text"}], "type": "message", '
        '"role": "system"}, {"content": [{"text": "Hi", "type": "input_text"}, {"audio": "AAAA", "transcript": "hi", '
        '"type": "input_audio"}, {"image_url": "https://x.test/a.png", "detail": "high", "type": "input_image"}], '
        '"id": "u1", "status": "completed", "type": "message", "role": "user"}, {"content": [{"text": "Hello", '
        '"type": "text"}], "type": "message", "role": "assistant"}, {"name": "f", "call_id": "c1", "arguments": "{}", '
        '"type": "function_call"}, {"call_id": "c1", "output": "42", "type": "function_call_output"}, '
        '{"approval_request_id": "r1", "approve": true, "id": "a1", "type": "mcp_approval_response"}], '
        '"tools": [{"name": "f", "description": "F", "parameters": {"type": "object"}, "type": "function"}, '
        '{"server_label": "docs", "server_url": "https://m.test", "authorization": "tok", "headers": {"h": "1"}, '
        '"allowed_tools": ["a", "b"], "require_approval": {"always": ["a"], "never": ["b"]}, "type": "mcp"}], '
        '"tool_choice": {"name": "f", "type": "function"}}, "type": "response.create"}',
        SdkEvent(
            type="response.create",
            response=RealtimeResponseCreateParams(
                input=[
                    {"type": "message", "role": "system", "content": [{"type": "input_text", "text": "Be kind."}]},
                    RealtimeConversationItemUserMessage(
                        type="message",
                        role="user",
                        id="u1",
                        status="completed",
                        content=[
                            UserContent(type="input_text", text="Hi"),
                            UserContent(type="input_audio", audio="AAAA", transcript="hi"),
                            UserContent(type="input_image", image_url="https://x.test/a.png", detail="high"),
                        ],
                    ),
                    {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Hello"}]},
                    {"type": "function_call", "name": "f", "call_id": "c1", "arguments": "{}"},
                    {"type": "function_call_output", "call_id": "c1", "output": "42"},
                    RealtimeMcpApprovalResponse(
                        type="mcp_approval_response", id="a1", approval_request_id="r1", approve=True
                    ),
                ],  # type: ignore[list-item]
                tools=[
                    {"type": "function", "name": "f", "description": "F", "parameters": {"type": "object"}},
                    {
                        "type": "mcp",
                        "server_label": "docs",
                        "server_url": "https://m.test",
                        "authorization": "tok",
                        "headers": {"h": "1"},
                        "allowed_tools": ["a", "b"],
                        "require_approval": {"always": {"tool_names": ["a"]}, "never": {"tool_names": ["b"]}},
                    },
                ],  # type: ignore[list-item]
                tool_choice={"type": "function", "name": "f"},
            ),
        ),
    ),
    "clear_context": (
        '{"response": {"input_items": [], "instructions": "", "tools": [], "tool_choice": "none", "metadata": {}}, '
        '"type": "response.create"}',
        SdkEvent(
            type="response.create",
            response=RealtimeResponseCreateParams(input=[], instructions="", tools=[], tool_choice="none", metadata={}),
        ),
    ),
}


@pytest.mark.parametrize("name", list(AZURE_EVENTS))
def test_azure_to_ga_is_what_the_sdk_builds(name: str) -> None:
    azure, expected = AZURE_EVENTS[name]
    assert rd.AZURE.dumps(rd.AZURE.loads(azure)) == azure  # canonical Azure text
    ours = rd.translate(azure, read="azure", write="openai-ga")
    assert ours == expected.model_dump_json(exclude_none=True)
    assert sdk_round_trip(ours) == ours


@pytest.mark.parametrize("name", list(AZURE_EVENTS))
def test_azure_ga_azure_round_trip(name: str) -> None:
    azure = AZURE_EVENTS[name][0]
    ga = rd.translate(azure, read="azure", write="openai-ga")
    assert rd.translate(ga, read="openai-ga", write="azure") == azure


def test_round_trip_normalisations() -> None:
    # GA audio always carries a transcript: Azure ["audio"] comes back as ["text", "audio"];
    # Azure's typed OpenAI voice is the plain name in GA.
    azure = (
        '{"response": {"modalities": ["audio"], "voice": {"name": "cedar", "type": "openai"}}, '
        '"type": "response.create"}'
    )
    ga = rd.translate(azure, read="azure", write="openai-ga")
    assert (
        ga
        == '{"type":"response.create","response":{"audio":{"output":{"voice":"cedar"}},"output_modalities":["audio"]}}'
    )
    assert sdk_round_trip(ga) == ga
    back = rd.translate(ga, read="openai-ga", write="azure")
    assert back == '{"response": {"modalities": ["text", "audio"], "voice": "cedar"}, "type": "response.create"}'


@pytest.mark.parametrize(
    ("wire", "modality"),
    [
        (["text"], rd.Modality.TEXT),
        (["audio"], rd.Modality.TEXT | rd.Modality.AUDIO),
        (["text", "audio"], rd.Modality.TEXT | rd.Modality.AUDIO),
        (["audio", "text"], rd.Modality.TEXT | rd.Modality.AUDIO),
    ],
)
def test_output_modalities_read(wire: list[str], modality: rd.Modality) -> None:
    params = GA.load({"output_modalities": wire}, cl=rd.ResponseCreateParams)
    assert params.modalities == modality


@pytest.mark.parametrize(
    ("modality", "wire"),
    [(rd.Modality.TEXT, ["text"]), (rd.Modality.AUDIO, ["audio"]), (rd.Modality.TEXT | rd.Modality.AUDIO, ["audio"])],
)
def test_output_modalities_write(modality: rd.Modality, wire: list[str]) -> None:
    assert GA.dump(rd.ResponseCreateParams(modalities=modality)) == {"output_modalities": wire}


def test_pcm_without_rate_reads_as_24khz() -> None:
    text = '{"type":"response.create","response":{"audio":{"output":{"format":{"type":"audio/pcm"}}}}}'
    event = GA.loads(text)
    assert event.response is not None
    assert event.response.output_audio_format is rd.AudioFormat.PCM16
    ours = GA.dumps(event)
    assert (
        ours
        == '{"type":"response.create","response":{"audio":{"output":{"format":{"rate":24000,"type":"audio/pcm"}}}}}'
    )
    assert sdk_round_trip(ours) == ours


def test_item_object_key_is_kept() -> None:
    text = (
        '{"type":"response.create","response":{"input":[{"content":[{"text":"x","type":"input_text"}],"role":"user",'
        '"type":"message","object":"realtime.item"}]}}'
    )
    event = GA.loads(text)
    assert event.response.input_items[0].object == "realtime.item"
    assert GA.dumps(event) == text


# --------------------------------------------------------------------------- losses

LOSSY_AZURE = (
    '{"event_id": "e", "response": {"commit": false, "cancel_previous": true, "append_input_items": [{"content": '
    '[{"text": "x", "type": "input_text"}], "type": "message", "role": "user"}], "input_items": '
    '[{"approval_request_id": "r1", "approve": true, "type": "mcp_approval_response"}], '
    '"modalities": ["text", "audio", "avatar"], "voice": {"name": "en-US-AvaNeural", "type": "azure-standard"}, '
    '"output_audio_format": "pcm16_8000hz", "temperature": 0.8, "pre_generated_assistant_message": {"content": '
    '[{"text": "Hello!", "type": "text"}], "type": "message", "role": "assistant"}, "reasoning_effort": "none", '
    '"interim_response": {"texts": ["one moment"], "type": "static_interim_response"}, "invoke_input": {"a": 1}}, '
    '"additional_instructions": "Be warm.", "type": "response.create"}'
)


def test_every_azure_only_field_is_a_loss_with_its_source_path() -> None:
    with pytest.raises(rd.UnsupportedError) as caught:
        rd.translate(LOSSY_AZURE, read="azure", write="openai-ga")
    assert sorted(loss.path for loss in caught.value.losses) == sorted(
        [
            "$.additional_instructions",
            "$.response.cancel_previous",
            "$.response.append_input_items",
            "$.response.input_items[0]",
            "$.response.modalities",
            "$.response.voice",
            "$.response.output_audio_format",
            "$.response.temperature",
            "$.response.pre_generated_assistant_message",
            "$.response.reasoning_effort",
            "$.response.interim_response",
            "$.response.invoke_input",
        ]
    )
    reasons = {loss.path: loss.reason for loss in caught.value.losses}
    assert "'id'" in reasons["$.response.input_items[0]"]
    assert "avatar" in reasons["$.response.modalities"]
    assert "8 kHz" in reasons["$.response.output_audio_format"]
    assert "'none'" in reasons["$.response.reasoning_effort"]


def test_lossy_translation_with_drop_writes_the_rest() -> None:
    ours, losses = rd.translate_with_losses(LOSSY_AZURE, read="azure", write="openai-ga")
    assert len(losses) == 12
    assert (
        ours == '{"type":"response.create","event_id":"e","response":{"conversation":"none","input":[],'
        '"output_modalities":["audio"]}}'
    )
    assert sdk_round_trip(ours) == ours


def test_lossy_translation_warns_once_per_loss() -> None:
    with pytest.warns(rd.LossWarning) as record:
        rd.translate(LOSSY_AZURE, read="azure", write="openai-ga", on_unsupported="warn")
    assert len(record) == 12


@pytest.mark.parametrize(
    ("params", "path"),
    [
        (rd.ResponseCreateParams(modalities=rd.Modality(0)), "$.modalities"),
        (rd.ResponseCreateParams(modalities=rd.Modality.ANIMATION), "$.modalities"),
        (rd.ResponseCreateParams(output_audio_format=rd.AudioFormat.PCM16_16000HZ), "$.output_audio_format"),
        (rd.ResponseCreateParams(voice=rd.AzureNativeVoice(name="ava")), "$.voice"),
        (rd.ResponseCreateParams(voice=rd.AzureAvatarVoice(model="m")), "$.voice"),
        (rd.ResponseCreateParams(voice=rd.AzureCustomVoice(name="v", endpoint_id="e")), "$.voice"),
        (rd.ResponseCreateParams(voice=rd.AzurePersonalVoice(name="v", model="m")), "$.voice"),
    ],
)
def test_neutral_losses(params: rd.ResponseCreateParams, path: str) -> None:
    assert [loss.path for loss in GA.losses(params)] == [path]


def test_lost_modalities_keep_text_and_audio() -> None:
    params = rd.ResponseCreateParams(modalities=rd.Modality.TEXT | rd.Modality.ANIMATION)
    with pytest.warns(rd.LossWarning):
        assert GA.dump(params, on_unsupported="warn") == {"output_modalities": ["text"]}


def test_neutral_voices_write() -> None:
    assert GA.dump(rd.ResponseCreateParams(voice=rd.OpenAIVoice(name="ash"))) == {"audio": {"output": {"voice": "ash"}}}
    assert GA.dump(rd.ResponseCreateParams(voice=rd.VoiceId(id="voice_1"))) == {
        "audio": {"output": {"voice": {"id": "voice_1"}}}
    }


# --------------------------------------------------------------------------- invalid GA input


@pytest.mark.parametrize(
    ("response", "paths"),
    [
        ({"output_modalities": []}, ["$.response.output_modalities"]),
        (
            {"output_modalities": ["text", "video", "text"]},
            ["$.response.output_modalities[1]", "$.response.output_modalities[2]"],
        ),
        (
            {"audio": {"output": {"format": {"type": "audio/pcm", "rate": 16000}}}},
            ["$.response.audio.output.format.rate"],
        ),
        (
            {"audio": {"output": {"format": {"type": "audio/pcmu", "rate": 8000}}}},
            ["$.response.audio.output.format.rate"],
        ),
        ({"audio": {"output": {"format": {"rate": 24000}}}}, ["$.response.audio.output.format.type"]),
        (
            {"audio": {"output": {"voice": {"name": "x"}}, "input": {}}},
            ["$.response.audio.output.voice.id", "$.response.audio.output.voice.name", "$.response.audio.input"],
        ),
        ({"reasoning": {"effort": "none"}}, ["$.response.reasoning.effort"]),
        ({"conversation": "conv_123"}, ["$.response.conversation"]),
        ({"temperature": 0.8, "modalities": ["text"]}, ["$.response.temperature", "$.response.modalities"]),
        (
            {"input": [{"approval_request_id": "r", "approve": True, "type": "mcp_approval_response"}]},
            ["$.response.input[0].id"],
        ),
        ({"input": [{"type": "item_reference"}]}, ["$.response.input[0].id"]),
        (
            {"input": [{"content": [{"text": "x", "type": "text"}], "role": "assistant", "type": "message"}]},
            ["$.response.input[0].content[0].type"],
        ),
        (
            {"tools": [{"server_label": "s", "type": "mcp", "connector_id": "connector_slack"}]},
            ["$.response.tools[0].connector_id"],
        ),
        ({"tool_choice": {"type": "mcp"}}, ["$.response.tool_choice.server_label"]),
        ({"max_output_tokens": 0}, ["$.response.max_output_tokens"]),
    ],
)
def test_invalid_ga_payloads_name_every_problem(response: dict[str, object], paths: list[str]) -> None:
    with pytest.raises(rd.InvalidPayloadError) as caught:
        GA.load({"type": "response.create", "response": response})
    assert sorted(problem.path for problem in caught.value.problems) == sorted(paths)


def problems_read_and_translated(event: dict[str, Any]) -> list[tuple[str, str]]:
    """The problems GA's reader finds in ``event`` (each path and message), checked to be the translation's."""
    found = []
    for read in (lambda: GA.loads(json.dumps(event)), lambda: rd.translate(json.dumps(event), read=GA, write="azure")):
        with pytest.raises(rd.InvalidPayloadError) as caught:
            read()
        found.append([(problem.path, problem.message) for problem in caught.value.problems])
    assert found[0] == found[1]
    return found[0]


@pytest.mark.parametrize(
    ("event", "path", "message"),
    [
        (
            {"type": "session.update", "session": {"voice": "alloy"}},
            "$.session.type",
            "required, but missing; expected one of 'realtime', 'transcription'",
        ),
        (
            {"type": "session.update", "session": {"type": "x"}},
            "$.session.type",
            "unknown type string 'x'; expected one of 'realtime', 'transcription'",
        ),
        (
            {"type": "response.create", "response": {"tools": [{"name": "f"}]}},
            "$.response.tools[0].type",
            "required, but missing; expected one of 'function', 'mcp'",
        ),
        (
            {"type": "response.create", "response": {"audio": {"output": {"format": {"rate": 24000}}}}},
            "$.response.audio.output.format.type",
            "required, but missing; expected one of 'audio/pcm', 'audio/pcmu', 'audio/pcma'",
        ),
    ],
)
def test_a_missing_tag_says_what_it_may_be(event: dict[str, Any], path: str, message: str) -> None:
    # A wrong tag named the tags a union takes; a missing one said only "required, but missing".
    assert problems_read_and_translated(event) == [(path, message)]


@pytest.mark.parametrize(
    ("event", "path", "message"),
    [
        (
            {"type": "session.update", "session": {"type": None, "voice": "alloy"}},
            "$.session.type",
            "required, got null; expected one of 'realtime', 'transcription'",
        ),
        (
            {"type": "response.create", "response": {"tools": [{"name": "f", "type": None}]}},
            "$.response.tools[0].type",
            "required, got null; expected one of 'function', 'mcp'",
        ),
        (
            {"type": "response.create", "response": {"audio": {"output": {"format": {"type": None}}}}},
            "$.response.audio.output.format.type",
            "required, got null; expected one of 'audio/pcm', 'audio/pcmu', 'audio/pcma'",
        ),
        ({"type": "input_audio_buffer.append", "audio": None}, "$.audio", "required, got null"),
        ({"type": None, "audio": "AAA="}, "$.type", "required, got null"),
    ],
)
def test_a_null_where_a_value_is_required_is_not_called_missing(event: dict[str, Any], path: str, message: str) -> None:
    # The key is there, with a null: it said "required, but missing", as if the key were absent.
    assert problems_read_and_translated(event) == [(path, message)]


@pytest.mark.parametrize(
    "text",
    [
        '{"type":"response.create"}',
        '{"type":"response.create","response":{"instructions":"x"}}',
        '{"type":"session.updat","session":{"type":"realtime","x":1}}',
        '{"type":5,"session":{"type":"realtime","x":1}}',
    ],
)
def test_a_type_that_is_not_the_class_asked_for_is_the_one_problem(text: str) -> None:
    # It came after what the class asked for lacked ($.session: required, but missing) and beside
    # what the other event has that it does not ($.response: unknown key): how two events differ.
    # As when dispatching without cl=, an object whose type is another's is not read further.
    kind = json.loads(text)["type"]
    shown = f"string {kind!r}" if isinstance(kind, str) else str(kind)
    for read in (
        lambda: GA.loads(text, cl=rd.SessionUpdateEvent),
        lambda: GA.load(json.loads(text), cl=rd.SessionUpdateEvent),
    ):
        with pytest.raises(rd.InvalidPayloadError) as caught:
            read()
        assert [(p.path, p.message) for p in caught.value.problems] == [
            ("$.type", f"expected 'session.update', got {shown}")
        ]


def test_an_event_without_its_type_is_read_as_the_class_asked_for() -> None:
    # Without a type, nothing says the object is another event: what the class finds wrong is.
    for text, said in [
        ('{"response":{"x":1}}', "required, but missing"),
        ('{"type":null,"response":{"x":1}}', "required, got null"),
    ]:
        with pytest.raises(rd.InvalidPayloadError) as caught:
            GA.loads(text, cl=rd.ResponseCreateEvent)
        assert [(p.path, p.message) for p in caught.value.problems] == [
            ("$.type", f"{said}; expected 'response.create'"),
            ("$.response.x", "unknown key"),
        ]
    valid = GA.loads('{"type":"response.create","response":{"instructions":"x"}}', cl=rd.ResponseCreateEvent)
    assert valid == rd.ResponseCreateEvent(response=rd.ResponseCreateParams(instructions="x"))


def test_a_null_in_a_required_server_value_is_not_called_missing() -> None:
    # Server events read a null as "not set"; where the value is required, that is what is wrong with it.
    delta = {
        "type": "response.output_audio.delta",
        "event_id": "e1",
        "response_id": "r1",
        "item_id": None,
        "output_index": 0,
        "content_index": 0,
        "delta": "AAA=",
    }
    with pytest.raises(rd.InvalidPayloadError) as caught:
        GA.loads(json.dumps(delta))
    assert [(problem.path, problem.message) for problem in caught.value.problems] == [
        ("$.item_id", "required, got null")
    ]
    del delta["item_id"]
    with pytest.raises(rd.InvalidPayloadError) as caught:
        GA.loads(json.dumps(delta))
    assert [(p.path, p.message) for p in caught.value.problems] == [("$.item_id", "required, but missing")]


@pytest.mark.parametrize(
    ("session", "path", "message"),
    [
        ({"tracing": "off"}, "$.session.tracing", "expected 'auto' or an object, got string 'off'"),
        (
            {"truncation": "off"},
            "$.session.truncation",
            "expected one of 'auto', 'disabled' or an object, got string 'off'",
        ),
        (
            {"tool_choice": "any"},
            "$.session.tool_choice",
            "expected one of 'auto', 'none', 'required' or an object, got string 'any'",
        ),
        ({"tracing": {"group_id": 5}}, "$.session.tracing.group_id", "expected a string, got 5"),
    ],
)
def test_a_string_no_alternative_takes_is_told_every_alternative(
    session: dict[str, Any], path: str, message: str
) -> None:
    # "off" for tracing was told `expected 'auto'`, as if no object could be given; what is wrong inside an
    # object is still told at its own path.
    with pytest.raises(rd.InvalidPayloadError) as caught:
        GA.loads(json.dumps({"type": "session.update", "session": {"type": "realtime", **session}}))
    assert [(problem.path, problem.message) for problem in caught.value.problems] == [(path, message)]


# --------------------------------------------------------------------------- shared benchmark payloads


def test_benchmark_payloads_translate_to_their_ga_equivalents() -> None:
    bench = load(Path(__file__).parent.parent / "benchmarks" / "payloads.py")
    small = rd.translate(json.dumps(bench.SMALL_AZURE), read="azure", write="openai-ga", on_unsupported="drop")
    assert sdk_round_trip(small) == small
    assert orjson.loads(small) == bench.SMALL_GA
    large, losses = rd.translate_with_losses(json.dumps(bench.LARGE_AZURE), read="azure", write="openai-ga")
    assert sdk_round_trip(large) == large
    assert sorted(loss.path for loss in losses) == [
        "$.response.interim_response",
        "$.response.temperature",
        "$.response.voice",
    ]
    expected = copy.deepcopy(bench.LARGE_GA)
    del expected["response"]["audio"]["output"]["voice"]  # LARGE's voice is an Azure TTS voice: a loss
    assert orjson.loads(large) == expected


# --------------------------------------------------------------------------- property: any SDK output round-trips

TEXT = st.text(max_size=10)  # non-ASCII and control characters included
IDENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=8)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.floats(-1e6, 1e6), TEXT)
JSON = st.recursive(
    JSON_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)),
    max_leaves=8,
)
STATUS = st.sampled_from(["completed", "incomplete", "in_progress"])
ITEM_EXTRAS = {"id": IDENT, "status": STATUS}


def _obj(required: dict[str, Any], optional: dict[str, Any]) -> Any:
    return st.fixed_dictionaries(required, optional=optional)


def _message(role: str, parts: Any) -> Any:
    return _obj(
        {"type": st.just("message"), "role": st.just(role), "content": st.lists(parts, max_size=3)}, ITEM_EXTRAS
    )


INPUT_TEXT = _obj({"type": st.just("input_text"), "text": TEXT}, {})
GA_ITEM = st.one_of(
    _message("system", INPUT_TEXT),
    _message(
        "user",
        st.one_of(
            INPUT_TEXT,
            _obj({"type": st.just("input_audio"), "audio": TEXT}, {"transcript": TEXT}),
            _obj(
                {"type": st.just("input_image"), "image_url": TEXT},
                {"detail": st.sampled_from(["auto", "low", "high"])},
            ),
        ),
    ),
    _message(
        "assistant",
        st.one_of(
            _obj({"type": st.just("output_text"), "text": TEXT}, {}),
            _obj({"type": st.just("output_audio")}, {"audio": TEXT, "transcript": TEXT}),
        ),
    ),
    _obj({"type": st.just("function_call"), "name": IDENT, "arguments": TEXT}, {"call_id": IDENT, **ITEM_EXTRAS}),
    _obj({"type": st.just("function_call_output"), "call_id": IDENT, "output": TEXT}, ITEM_EXTRAS),
    _obj(
        {"type": st.just("mcp_approval_response"), "id": IDENT, "approval_request_id": IDENT, "approve": st.booleans()},
        {"reason": TEXT},
    ),
)
FILTER = _obj({}, {"read_only": st.booleans(), "tool_names": st.lists(IDENT, max_size=3)})
GA_TOOL = st.one_of(
    _obj(
        {"type": st.just("function"), "name": IDENT},
        {"description": TEXT, "parameters": st.dictionaries(TEXT, JSON, max_size=3)},
    ),
    _obj(
        {"type": st.just("mcp"), "server_label": IDENT},
        {
            "allowed_callers": st.lists(st.sampled_from(["direct", "programmatic"]), max_size=2),
            "allowed_tools": st.one_of(st.lists(IDENT, max_size=3), FILTER),
            "authorization": TEXT,
            "connector_id": st.sampled_from(["connector_gmail", "connector_sharepoint"]),
            "defer_loading": st.booleans(),
            "headers": st.dictionaries(IDENT, TEXT, max_size=2),
            "require_approval": st.one_of(
                st.sampled_from(["always", "never"]), _obj({}, {"always": FILTER, "never": FILTER})
            ),
            "server_description": TEXT,
            "server_url": TEXT,
            "tunnel_id": IDENT,
        },
    ),
)
AUDIO_OUTPUT = _obj(
    {},
    {
        "format": st.sampled_from(
            [{"type": "audio/pcm", "rate": 24000}, {"type": "audio/pcmu"}, {"type": "audio/pcma"}]
        ),
        "voice": st.one_of(TEXT, _obj({"id": IDENT}, {})),
    },
).filter(bool)
GA_PARAMS = _obj(
    {},
    {
        # Empty "audio" / "output" objects are not written (documented normalisation).
        "audio": _obj({"output": AUDIO_OUTPUT}, {}),
        "conversation": st.sampled_from(["auto", "none"]),
        "input": st.lists(GA_ITEM, max_size=4),
        "instructions": TEXT,
        "max_output_tokens": st.one_of(st.integers(1, 4096), st.just("inf")),
        "metadata": st.dictionaries(IDENT, TEXT, max_size=3),
        "output_modalities": st.sampled_from([["text"], ["audio"]]),
        "parallel_tool_calls": st.booleans(),
        "prompt": _obj({"id": IDENT}, {"version": IDENT, "variables": st.dictionaries(IDENT, TEXT, max_size=2)}),
        "reasoning": _obj({"effort": st.sampled_from(["minimal", "low", "medium", "high", "xhigh"])}, {}),
        "tool_choice": st.one_of(
            st.sampled_from(["auto", "none", "required"]),
            _obj({"type": st.just("function"), "name": IDENT}, {}),
            _obj({"type": st.just("mcp"), "server_label": IDENT}, {"name": IDENT}),
        ),
        "tools": st.lists(GA_TOOL, max_size=3),
    },
)
GA_EVENT = _obj({"type": st.just("response.create")}, {"event_id": IDENT, "response": GA_PARAMS})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GA_EVENT)
def test_whatever_the_sdk_writes_round_trips_byte_for_byte(payload: dict[str, Any]) -> None:
    sdk_text = SdkEvent.model_validate(payload).model_dump_json(exclude_none=True)
    assert GA.dumps(GA.loads(sdk_text)) == sdk_text
    # ... and reading the caller's key order gives the same bytes.
    assert GA.dumps(GA.loads(orjson.dumps(payload))) == sdk_text


MCP_TOOL = (
    '{"type": "session.update", "session": {"type": "realtime",'
    ' "tools": [{"server_label": "s", "type": "mcp", "server_url": "https://mcp.example.com", %s}]}}'
)


@pytest.mark.parametrize(
    ("selection", "path"),
    [
        ('"allowed_tools": {}', "$.session.tools[0].allowed_tools"),
        ('"require_approval": {"always": {}}', "$.session.tools[0].require_approval.always"),
        ('"require_approval": {"never": {}}', "$.session.tools[0].require_approval.never"),
    ],
)
def test_an_mcp_filter_that_names_no_tools_is_lost_to_azure(selection: str, path: str) -> None:
    # Azure selects tools by a list of names; GA's {} is not the empty list (which names none).
    text = MCP_TOOL % selection
    written, losses = rd.translate_with_losses(text, read="openai-ga", write="azure")
    assert [loss.path for loss in losses] == [path]
    assert "[]" not in written
    with pytest.raises(rd.UnsupportedError):
        rd.translate(text, read="openai-ga", write="azure")
    # A filter that names its tools, none of them included, is the empty list.
    named = text.replace("{}", '{"tool_names": []}')
    written, losses = rd.translate_with_losses(named, read="openai-ga", write="azure")
    assert losses == ()
    assert selection.replace("{}", "[]") in written
