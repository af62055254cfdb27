"""translate() and losses: exact where the dialects agree, honest by source path where they do not."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from azure.ai.voicelive import models as sdk
from hypothesis import HealthCheck, given, settings

import realtime_dialects as rd

from .azure_sdk import EVENT, sent


def azure(**response: Any) -> str:
    """Azure wire text as the SDK sends it for these ResponseCreateParams keyword arguments."""
    return sent(sdk.ClientEventResponseCreate(response=sdk.ResponseCreateParams(**response)))


LOSSLESS = azure(
    commit=False,
    input_items=[
        sdk.SystemMessageItem(content=[sdk.InputTextContentPart(text="Be terse.")]),
        sdk.UserMessageItem(content=[sdk.InputTextContentPart(text="Weather?"), sdk.InputAudioContentPart(audio="AA")]),
        sdk.AssistantMessageItem(content=[sdk.OutputTextContentPart(text="Checking.")]),
        sdk.FunctionCallItem(name="get_weather", call_id="c1", arguments="{}", status="completed"),
        sdk.FunctionCallOutputItem(call_id="c1", output="{}"),
    ],
    modalities=["text", "audio"],
    instructions="Answer briefly.",
    voice="alloy",
    output_audio_format="g711_ulaw",
    tools=[sdk.FunctionTool(name="get_weather", description="Weather", parameters={"type": "object"})],
    tool_choice=sdk.ToolChoiceFunctionSelection(name="get_weather"),
    temperature=0.8,
    max_output_tokens=300,
    metadata={"turn": "7"},
)


def test_lossless_azure_to_openai_is_exact_and_comes_back_unchanged() -> None:
    openai = rd.translate(LOSSLESS, read="azure", write="openai")
    assert openai == (
        '{"type":"response.create","response":{"modalities":["text","audio"],"instructions":"Answer briefly.",'
        '"voice":"alloy","output_audio_format":"g711_ulaw","tools":[{"name":"get_weather","type":"function",'
        '"description":"Weather","parameters":{"type":"object"}}],"tool_choice":{"type":"function","function":'
        '{"name":"get_weather"}},"temperature":0.8,"max_response_output_tokens":300,"conversation":"none",'
        '"metadata":{"turn":"7"},"input":[{"type":"message","role":"system","content":[{"type":"input_text",'
        '"text":"Be terse."}]},{"type":"message","role":"user","content":[{"type":"input_text","text":"Weather?"},'
        '{"type":"input_audio","audio":"AA"}]},{"type":"message","role":"assistant","content":[{"type":"text",'
        '"text":"Checking."}]},{"type":"function_call","status":"completed","call_id":"c1","name":"get_weather",'
        '"arguments":"{}"},{"type":"function_call_output","call_id":"c1","output":"{}"}]}}'
    )
    assert rd.translate(openai, read="openai", write="azure") == LOSSLESS


def test_always_written_audio_format_is_the_only_addition() -> None:
    text = azure(instructions="Hi", commit=True)
    openai = rd.translate(text, read="azure", write="openai")
    assert (
        openai
        == '{"type":"response.create","response":{"instructions":"Hi","output_audio_format":"pcm16","input":null}}'
    )
    back = json.loads(rd.translate(openai, read="openai", write="azure"))
    # commit:true is OpenAI's default conversation ("auto"), which is never written.
    assert back == {"response": {"instructions": "Hi", "output_audio_format": "pcm16"}, "type": "response.create"}


FULL = sent(
    sdk.ClientEventResponseCreate(
        event_id="evt_1",
        response=sdk.ResponseCreateParams(
            cancel_previous=True,
            append_input_items=[sdk.UserMessageItem(content=[sdk.InputTextContentPart(text="x")])],
            input_items=[
                sdk.UserMessageItem(content=[sdk.RequestImageContentPart(image_url="data:,")]),
                sdk.MCPApprovalResponseRequestItem(approval_request_id="r1", approve=True),
            ],
            modalities=["text", "avatar"],
            voice=sdk.AzureStandardVoice(name="en-US-AvaNeural"),
            output_audio_format="pcm16_16000hz",
            tools=[
                sdk.FunctionTool(name="f"),
                sdk.MCPServer(server_label="docs", server_url="https://example.com/mcp"),
            ],
            pre_generated_assistant_message=sdk.AssistantMessageItem(content=[sdk.OutputTextContentPart(text="Hi")]),
            reasoning_effort="low",
            interim_response=sdk.StaticInterimResponseConfig(texts=["One moment."]),
            invoke_input={"order": 7},
        ),
        additional_instructions="Be nice.",
    )
)
FULL_LOSSES = {
    "$.additional_instructions",
    "$.response.cancel_previous",
    "$.response.append_input_items",
    "$.response.input_items[0].content[0]",
    "$.response.input_items[1]",
    "$.response.modalities",
    "$.response.voice",
    "$.response.output_audio_format",
    "$.response.tools[1]",
    "$.response.pre_generated_assistant_message",
    "$.response.reasoning_effort",
    "$.response.interim_response",
    "$.response.invoke_input",
}


def test_raise_lists_every_loss_by_source_path_and_writes_nothing() -> None:
    with pytest.raises(rd.UnsupportedError) as caught:
        rd.translate(FULL, read="azure", write="openai")
    assert {loss.path for loss in caught.value.losses} == FULL_LOSSES
    assert all(loss.reason for loss in caught.value.losses)
    for path in FULL_LOSSES:
        assert f"  {path}: " in str(caught.value)


def test_warn_emits_one_warning_per_loss_and_writes_the_rest() -> None:
    with pytest.warns(rd.LossWarning) as record:
        text = rd.translate(FULL, read="azure", write="openai", on_unsupported="warn")
    assert {warning.message.loss.path for warning in record} == FULL_LOSSES  # type: ignore[union-attr]
    assert len(record) == len(FULL_LOSSES)
    assert text == rd.translate(FULL, read="azure", write="openai", on_unsupported="drop")


LOSING = '{"response": {"temperature": 0.9}, "type": "response.create"}'


def _warned_from(call: Callable[[], object]) -> set[tuple[str, int]]:
    """Where the LossWarnings ``call`` emits are attributed: (file, line) of each."""
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        call()
    assert record
    assert all(issubclass(warning.category, rd.LossWarning) for warning in record)
    return {(warning.filename, warning.lineno) for warning in record}


@pytest.mark.parametrize(
    "call",
    [
        lambda: rd.translate(LOSING, read="azure", write="openai-ga", on_unsupported="warn"),
        lambda: rd.Translator(read="azure", write="openai-ga", on_unsupported="warn").feed(LOSING),
        lambda: list(rd.Translator(read="azure", write="openai-ga", on_unsupported="warn").feed_all([LOSING])),
        lambda: list(rd.translate_session([LOSING], read="azure", write="openai-ga", on_unsupported="warn")),
        lambda: rd.OPENAI_GA.dump(
            rd.ResponseCreateEvent(response=rd.ResponseCreateParams(temperature=0.8)), on_unsupported="warn"
        ),
        lambda: rd.OPENAI_GA.dumps(
            rd.ResponseCreateEvent(response=rd.ResponseCreateParams(temperature=0.8)), on_unsupported="warn"
        ),
    ],
    ids=["translate", "feed", "feed_all", "translate_session", "dump", "dumps"],
)
def test_loss_warnings_point_at_the_callers_line(call: Callable[[], object]) -> None:
    # Every way in reaches the warning at its own depth: each must name the line that called the
    # library (here, the lambda's), so that a filter on the caller's module matches.
    assert _warned_from(call) == {(__file__, call.__code__.co_firstlineno)}


def test_drop_writes_the_rest_silently() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = rd.translate(FULL, read="azure", write="openai", on_unsupported="drop")
    assert text == (
        '{"event_id":"evt_1","type":"response.create","response":{"modalities":["text"],'
        '"output_audio_format":"pcm16","tools":[{"name":"f","type":"function"}],"input":'
        '[{"type":"message","role":"user","content":[]}]}}'
    )
    assert rd.translate_with_losses(FULL, read="azure", write="openai")[0] == text


def test_losses_without_writing_use_neutral_names() -> None:
    ev = rd.AZURE.loads(FULL)
    assert {loss.path for loss in rd.OPENAI.losses(ev)} == FULL_LOSSES
    with pytest.raises(rd.UnsupportedError):
        rd.OPENAI.dumps(ev)


@pytest.mark.parametrize(
    ("openai", "path"),
    [
        (
            '{"type":"response.create","response":{"input":[{"id":"item_9","type":"item_reference"}]}}',
            "$.response.input[0]",
        ),
        (
            '{"type":"response.create","response":{"input":[{"type":"function_call","status":"in_progress",'
            '"call_id":"c","name":"f","arguments":"{}"}]}}',
            "$.response.input[0].status",
        ),
        (
            # Beta takes an assistant's audio part in an item, not in response.create's input.
            '{"type":"conversation.item.create","item":{"type":"message","role":"assistant",'
            '"content":[{"type":"audio","audio":"AA"}]}}',
            "$.item.content[0]",
        ),
        (
            '{"type":"response.create","response":{"input":[{"type":"function_call","name":"f","arguments":"{}"}]}}',
            "$.response.input[0]",
        ),
    ],
)
def test_openai_to_azure_losses_name_openai_paths(openai: str, path: str) -> None:
    with pytest.raises(rd.UnsupportedError) as caught:
        rd.translate(openai, read="openai", write="azure")
    assert [loss.path for loss in caught.value.losses] == [path]


def test_lossless_event_raises_nothing_under_any_policy() -> None:
    for policy in ("raise", "warn", "drop"):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            rd.translate(LOSSLESS, read="azure", write="openai", on_unsupported=policy)  # type: ignore[arg-type]


def test_policy_and_dialect_names_are_checked() -> None:
    with pytest.raises(ValueError, match="on_unsupported"):
        rd.translate(LOSSLESS, read="azure", write="openai", on_unsupported="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown dialect 'gemini'"):
        rd.translate(LOSSLESS, read="azure", write="gemini")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EVENT)
def test_azure_openai_azure_is_stable_after_one_pass(event: Any) -> None:
    # Whatever an Azure event loses on the way, a second trip loses nothing more
    # and changes no byte: the first OpenAI text is a fixed point.
    openai, _ = rd.translate_with_losses(sent(event), read="azure", write="openai")
    assert rd.OPENAI.dumps(rd.OPENAI.loads(openai)) == openai
    back = rd.translate(openai, read="openai", write="azure")
    assert rd.translate(back, read="azure", write="openai") == openai


# One case per loss class that FULL (Azure) cannot carry or that only another
# dialect can express: the source, the loss's path in the source's own wire
# names, a fragment of its reason, and the OpenAI text "drop" writes without it
# (the never-ignored output_audio_format and input are still written).
EMPTY_OPENAI = '{"type":"response.create","response":{"output_audio_format":"pcm16","input":null}}'
GA_MCP_APPROVAL = (
    '{"type":"response.create","response":{"input":[{"id":"a1","type":"mcp_approval_response",'
    '"approval_request_id":"r1","approve":true}]}}'
)
SINGLE_LOSSES = [
    pytest.param(
        "azure",
        azure(modalities=["text", "animation"]),
        "$.response.modalities",
        "'animation'",
        '{"type":"response.create","response":{"modalities":["text"],"output_audio_format":"pcm16","input":null}}',
        id="azure-animation",
    ),
    pytest.param(
        "azure", azure(modalities=["avatar"]), "$.response.modalities", "'avatar'", EMPTY_OPENAI, id="azure-avatar"
    ),
    pytest.param(
        "azure", azure(modalities=[]), "$.response.modalities", "empty list", EMPTY_OPENAI, id="azure-empty-modalities"
    ),
    pytest.param(
        "azure",
        azure(output_audio_format="pcm16_8000hz"),
        "$.response.output_audio_format",
        "8 kHz",
        EMPTY_OPENAI,
        id="azure-pcm16-8khz",
    ),
    pytest.param(
        "azure",
        azure(voice=sdk.AzureCustomVoice(name="v", endpoint_id="e")),
        "$.response.voice",
        "Azure",
        EMPTY_OPENAI,
        id="azure-custom-voice",
    ),
    pytest.param(
        "openai-ga",
        '{"type":"response.create","response":{"audio":{"output":{"voice":{"id":"voice_1"}}}}}',
        "$.response.audio.output.voice",
        "custom voice ids",
        EMPTY_OPENAI,
        id="ga-voice-id",
    ),
    pytest.param(
        "openai-ga",
        '{"type":"response.create","response":{"tool_choice":{"server_label":"cal","type":"mcp"}}}',
        "$.response.tool_choice",
        "MCP tool",
        EMPTY_OPENAI,
        id="ga-mcp-choice",
    ),
    pytest.param(
        "openai-ga",
        '{"type":"response.create","response":{"prompt":{"id":"pmpt_1"}}}',
        "$.response.prompt",
        "prompt",
        EMPTY_OPENAI,
        id="ga-prompt",
    ),
    pytest.param(
        "openai-ga",
        '{"type":"response.create","response":{"parallel_tool_calls":false}}',
        "$.response.parallel_tool_calls",
        "parallel_tool_calls",
        EMPTY_OPENAI,
        id="ga-parallel-tool-calls",
    ),
    pytest.param(
        "openai-ga",
        GA_MCP_APPROVAL,
        "$.response.input[0]",
        "MCP approval",
        '{"type":"response.create","response":{"output_audio_format":"pcm16","input":[]}}',
        id="ga-mcp-approval-item",
    ),
]


@pytest.mark.parametrize(("source", "text", "path", "reason", "dropped"), SINGLE_LOSSES)
def test_each_loss_class_by_source_path_under_every_policy(
    source: str, text: str, path: str, reason: str, dropped: str
) -> None:
    with pytest.raises(rd.UnsupportedError) as caught:
        rd.translate(text, read=source, write="openai")
    assert [loss.path for loss in caught.value.losses] == [path]
    assert reason in caught.value.losses[0].reason
    with pytest.warns(rd.LossWarning) as record:
        warned = rd.translate(text, read=source, write="openai", on_unsupported="warn")
    assert [warning.message.loss.path for warning in record] == [path]  # type: ignore[union-attr]
    assert warned == dropped
    assert rd.translate(text, read=source, write="openai", on_unsupported="drop") == dropped


VOICE_WITH_A_KEY = '{"name": "alloy", "type": "openai", "style": "cheerful"}'


@pytest.mark.parametrize("target", ["openai", "openai-ga"])
@pytest.mark.parametrize(
    ("event", "path"),
    [
        (
            '{"event_id": "e1", "session": {"id": "s1", "voice": %s}, "type": "session.updated"}',
            "$.session.voice.style",
        ),
        (
            '{"event_id": "e1", "response": {"id": "r1", "voice": %s}, "type": "response.created"}',
            "$.response.voice.style",
        ),
    ],
)
def test_a_key_inside_azures_typed_openai_voice_is_lost_by_its_path_when_written_as_a_name(
    event: str, path: str, target: str
) -> None:
    text = event % VOICE_WITH_A_KEY
    written, losses = rd.translate_with_losses(text, read="azure", write=target)
    assert '"voice":"alloy"' in written
    reason = f"a key azure's SDK does not declare; {target} writes the voice as its name"
    assert [(loss.path, loss.reason) for loss in losses if "voice" in loss.path] == [(path, reason)]
    with pytest.raises(rd.UnsupportedError, match=path.replace("$", r"\$")):
        rd.translate(text, read="azure", write=target)
    # A client event read keeping its unknown keys: the same loss.
    update = rd.AZURE.loads(
        '{"session": {"voice": VOICE}, "type": "session.update"}'.replace("VOICE", VOICE_WITH_A_KEY), keep_unknown=True
    )
    assert [loss.path for loss in rd.dialect(target).losses(update)] == ["$.session.voice.style"]


@pytest.mark.parametrize(
    ("source", "event"),
    [
        (
            "openai-ga",
            '{"type": "response.output_item.done", "event_id": "e1", "response_id": "r1", "output_index": 0, "item":'
            ' {"type": "mcp_list_tools", "id": "item_1", "server_label": "docs",'
            ' "tools": [{"name": "search", "input_schema": null}]}}',
        ),
        (
            "azure",
            '{"type": "response.output_item.done", "event_id": "e1", "response_id": "r1", "output_index": 0, "item":'
            ' {"id": "item_1", "type": "mcp_list_tools", "server_label": "docs", "tools": [{"name": "search",'
            ' "input_schema": null}]}}',
        ),
    ],
)
def test_an_mcp_tools_input_schema_may_be_null_as_the_sdks_read_it(source: str, event: str) -> None:
    # Any JSON value (Azure's SDK types it Any, GA's object): a null is that value, not a missing key.
    read = rd.dialect(source).loads(event)
    assert read.item.tools[0].input_schema is None
    assert '"input_schema":null' in rd.translate(event, read=source, write=source).replace(" ", "")
    for target in ("azure", "openai-ga"):
        assert '"input_schema":null' in rd.translate(event, read=source, write=target).replace(" ", "")


@pytest.mark.parametrize("target", ["azure", "openai-ga"])
def test_a_key_the_source_does_not_declare_and_the_target_does_is_not_said_to_be_missing_there(target: str) -> None:
    # Beta's usage declares no cached_tokens_details; GA's and Azure's do. Read from beta it is an undeclared
    # key, which other dialects do not read as their field, and the loss said they had no such field.
    done = (
        '{"type":"response.done","event_id":"e","response":{"id":"r","object":"realtime.response","status":"completed",'
        '"output":[],"usage":{"total_tokens":3,"input_tokens":1,"output_tokens":2,"input_token_details":'
        '{"cached_tokens":0,"text_tokens":1,"audio_tokens":0,"cached_tokens_details":{"text_tokens":0},"zz":1},'
        '"output_token_details":{"text_tokens":2,"audio_tokens":0}}}}'
    )
    where = "$.response.usage.input_token_details"
    expected = {
        rd.Loss(
            f"{where}.cached_tokens_details",
            f"a key openai's SDK does not declare: kept as openai read it, not read as {target}'s "
            "cached_tokens_details",
        ),
        rd.Loss(f"{where}.zz", f"a key openai's SDK does not declare; {target} has no such field"),
    }
    fused = rd.translate_with_losses(done, read="openai", write=target)[1]
    assert set(fused) == expected
    assert set(rd.dialect(target).losses(rd.OPENAI.loads(done))) == expected


@pytest.mark.parametrize("target", ["azure", "openai"])
def test_a_key_undeclared_inside_a_ga_group_is_lost_at_its_own_path(target: str) -> None:
    # Reported at the group ($.response.audio), with a reason saying `audio` was undeclared, and merged into one.
    done = (
        '{"type":"response.done","event_id":"e","response":{"id":"r","audio":{"output":{"voice":"alloy",'
        '"format":{"type":"audio/pcmu","zz":1},"qq":2}},"top":3}}'
    )
    reason = f"a key openai-ga's SDK does not declare; {target} has no such field"
    paths = ["$.response.audio.output.format.zz", "$.response.audio.output.qq", "$.response.top"]
    fused = rd.translate_with_losses(done, read="openai-ga", write=target)[1]
    assert set(fused) == {rd.Loss(path, reason) for path in paths}
    assert len(fused) == len(paths)
    neutral = rd.dialect(target).losses(rd.OPENAI_GA.loads(done))
    assert set(neutral) == set(fused)
