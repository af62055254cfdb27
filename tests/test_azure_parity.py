"""Byte-for-byte parity with the azure-ai-voicelive SDK.

Events are built with the SDK's own constructors (keyword arguments in each
constructor's declaration order, as a caller writing them out would) and
serialized exactly as ``VoiceLiveConnection.send()`` does:
``json.dumps(event.as_dict())``. Reading that text and writing it back must give
the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from azure.ai.voicelive import models as sdk
from hypothesis import HealthCheck, given, settings

import realtime_dialects as rd

from .azure_sdk import EVENT, sent


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EVENT)
def test_sdk_bytes_round_trip(event: Any) -> None:
    text = sent(event)
    assert rd.AZURE.dumps(rd.AZURE.loads(text)) == text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EVENT)
def test_sdk_reads_what_we_write(event: Any) -> None:
    # The SDK's own parser reads our output back to the same event.
    text = rd.AZURE.dumps(rd.AZURE.loads(sent(event)))
    parsed = sdk.ClientEventResponseCreate(json.loads(text))
    assert parsed.as_dict() == event.as_dict()


def test_every_voice_kind_reads_to_its_class() -> None:
    voices = {
        rd.OpenAIVoice: sdk.OpenAIVoice(name="alloy"),
        rd.AzureStandardVoice: sdk.AzureStandardVoice(name="en-US-AvaNeural", style="cheerful"),
        rd.AzureCustomVoice: sdk.AzureCustomVoice(name="mine", endpoint_id="ep"),
        rd.AzurePersonalVoice: sdk.AzurePersonalVoice(name="spk", model="DragonLatestNeural"),
        rd.AzureAvatarVoice: sdk.AzureAvatarVoiceSyncVoice(model="m"),
        rd.AzureNativeVoice: sdk.AzureRealtimeNativeVoice(name="ava"),
    }
    for cls, voice in voices.items():
        params = rd.AZURE.load(sdk.ResponseCreateParams(voice=voice).as_dict(), cl=rd.ResponseCreateParams)
        assert type(params.voice) is cls
    assert rd.AZURE.loads('{"response": {"voice": "alloy"}, "type": "response.create"}').response.voice == "alloy"


@pytest.mark.parametrize(
    ("sdk_event", "expected"),
    [
        pytest.param(
            sdk.ClientEventResponseCreate(event_id="evt_42", response=sdk.ResponseCreateParams(commit=False)),
            rd.ResponseCreateEvent(event_id="evt_42", response=rd.ResponseCreateParams(commit=False)),
            id="commit",
        ),
        pytest.param(
            sdk.ClientEventResponseCreate(
                response=sdk.ResponseCreateParams(
                    modalities=["text", "avatar"],
                    output_audio_format="pcm16_8000hz",
                    tool_choice=sdk.ToolChoiceFunctionSelection(name="lookup"),
                    max_output_tokens="inf",
                    reasoning_effort="none",
                ),
                additional_instructions="Be brief.",
            ),
            rd.ResponseCreateEvent(
                response=rd.ResponseCreateParams(
                    modalities=rd.Modality.TEXT | rd.Modality.AVATAR,
                    output_audio_format=rd.AudioFormat.PCM16_8000HZ,
                    max_output_tokens="inf",
                    reasoning_effort=rd.ReasoningEffort.NONE,
                    tool_choice=rd.FunctionChoice(name="lookup"),
                ),
                additional_instructions="Be brief.",
            ),
            id="enums-and-choices",
        ),
        pytest.param(
            sdk.ClientEventResponseCreate(
                response=sdk.ResponseCreateParams(
                    input_items=[
                        sdk.UserMessageItem(content=[sdk.InputTextContentPart(text="Hi")]),
                        sdk.FunctionCallItem(name="f", call_id="c1", arguments="{}"),
                    ],
                    tools=[
                        sdk.MCPServer(server_label="docs", server_url="https://x", require_approval={"never": ["a"]})
                    ],
                )
            ),
            rd.ResponseCreateEvent(
                response=rd.ResponseCreateParams(
                    input_items=[
                        rd.MessageItem(role="user", content=[rd.InputText(text="Hi")]),
                        rd.FunctionCallItem(name="f", call_id="c1", arguments="{}"),
                    ],
                    tools=[
                        rd.McpTool(
                            server_label="docs",
                            server_url="https://x",
                            require_approval=rd.McpApprovalFilter(never=rd.McpToolFilter(tool_names=["a"])),
                        )
                    ],
                )
            ),
            id="items-and-mcp",
        ),
    ],
)
def test_reads_into_the_neutral_model(sdk_event: Any, expected: rd.ResponseCreateEvent) -> None:
    assert rd.AZURE.loads(sent(sdk_event)) == expected
    # …and a neutral event built in code is written as the SDK would send it.
    assert rd.AZURE.dumps(expected) == sent(sdk_event)
