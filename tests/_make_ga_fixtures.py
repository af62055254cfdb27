"""Build the OpenAI GA fixtures with the ``openai`` package itself (3.54).

Each fixture is an ``openai.types.realtime.ResponseCreateEvent`` built from the
package's own models and dumped with ``model_dump_json(exclude_none=True)``.
``tests/test_openai_ga.py`` rebuilds them in memory and compares them with the
committed files. Regenerate with::

    PYTHONPATH=src python tests/_make_ga_fixtures.py
"""

from __future__ import annotations

from pathlib import Path

from openai.types.realtime import RealtimeResponseCreateParams, ResponseCreateEvent
from openai.types.realtime.realtime_conversation_item_assistant_message import (
    Content as AssistantContent,
)
from openai.types.realtime.realtime_conversation_item_assistant_message import (
    RealtimeConversationItemAssistantMessage,
)
from openai.types.realtime.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from openai.types.realtime.realtime_conversation_item_function_call_output import (
    RealtimeConversationItemFunctionCallOutput,
)
from openai.types.realtime.realtime_conversation_item_system_message import Content as SystemContent
from openai.types.realtime.realtime_conversation_item_system_message import RealtimeConversationItemSystemMessage
from openai.types.realtime.realtime_conversation_item_user_message import Content as UserContent
from openai.types.realtime.realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from openai.types.realtime.realtime_function_tool import RealtimeFunctionTool
from openai.types.realtime.realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from openai.types.realtime.realtime_reasoning import RealtimeReasoning
from openai.types.realtime.realtime_response_create_audio_output import (
    Output,
    OutputVoiceID,
    RealtimeResponseCreateAudioOutput,
)
from openai.types.realtime.realtime_response_create_mcp_tool import (
    AllowedToolsMcpToolFilter,
    RealtimeResponseCreateMcpTool,
    RequireApprovalMcpToolApprovalFilter,
    RequireApprovalMcpToolApprovalFilterAlways,
    RequireApprovalMcpToolApprovalFilterNever,
)
from openai.types.responses.response_input_text import ResponseInputText
from openai.types.responses.response_prompt import ResponsePrompt
from openai.types.responses.tool_choice_function import ToolChoiceFunction
from openai.types.responses.tool_choice_mcp import ToolChoiceMcp

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "openai-ga" / "response.create"

WEATHER = RealtimeFunctionTool(
    type="function",
    name="get_weather",
    description="Get the weather for a city",
    parameters={"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)


def _event(**params: object) -> ResponseCreateEvent:
    return ResponseCreateEvent(type="response.create", response=RealtimeResponseCreateParams(**params))  # type: ignore[arg-type]


def build() -> dict[str, str]:
    """Every fixture, by file name, as the package dumps it."""
    events: dict[str, ResponseCreateEvent] = {
        # docs/wire/response-create.md §9.3 G1
        "empty_event.json": ResponseCreateEvent(type="response.create"),
        # docs/wire/response-create.md §9.3 G2
        "out_of_band_pcmu_marin.json": ResponseCreateEvent(
            type="response.create",
            event_id="evt_1",
            response=RealtimeResponseCreateParams(
                output_modalities=["audio"],
                instructions="Be brief",
                conversation="none",
                audio={"output": {"format": {"type": "audio/pcmu"}, "voice": "marin"}},  # type: ignore[arg-type]
                max_output_tokens="inf",
                metadata={"k": "v"},
            ),
        ),
        # docs/wire/response-create.md §9.3 G3
        "function_and_mcp_tools.json": _event(
            tools=[
                {
                    "type": "function",
                    "name": "get_weather",
                    "description": "Get weather",
                    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                },
                {
                    "type": "mcp",
                    "server_label": "docs",
                    "server_url": "https://example.com/mcp",
                    "require_approval": {"never": {"tool_names": ["search"]}},
                    "allowed_tools": ["search"],
                },
            ],
            tool_choice={"type": "function", "name": "get_weather"},
        ),
        # docs/wire/response-create.md §9.3 G6, as a whole event
        "custom_voice_reasoning_prompt.json": _event(
            audio={"output": {"voice": {"id": "voice_1234"}, "format": {"type": "audio/pcm", "rate": 24000}}},
            reasoning={"effort": "low"},
            parallel_tool_calls=True,
            prompt={"id": "pmpt_1", "version": "2", "variables": {"city": "Paris"}},
        ),
        "text_only_out_of_band.json": ResponseCreateEvent(
            type="response.create",
            event_id="evt_summary_7",
            response=RealtimeResponseCreateParams(
                conversation="none",
                output_modalities=["text"],
                instructions="Summarise the call in one sentence. No greeting.",
                metadata={"purpose": "summary", "ticket": "T-1042"},
                input=[
                    RealtimeConversationItemUserMessage(
                        type="message",
                        role="user",
                        content=[UserContent(type="input_text", text="Ich möchte meinen Vertrag kündigen — bitte.")],
                    )
                ],
            ),
        ),
        "custom_voice_id.json": _event(
            output_modalities=["audio"],
            audio=RealtimeResponseCreateAudioOutput(
                output=Output(voice=OutputVoiceID(id="voice_5f1c2e"), format={"type": "audio/pcma"})  # type: ignore[arg-type]
            ),
            max_output_tokens=512,
        ),
        "mcp_tools_and_choice.json": _event(
            tools=[
                RealtimeResponseCreateMcpTool(
                    type="mcp",
                    server_label="calendar",
                    connector_id="connector_googlecalendar",
                    authorization="ya29.token",
                    allowed_tools=AllowedToolsMcpToolFilter(read_only=True),
                    require_approval=RequireApprovalMcpToolApprovalFilter(
                        always=RequireApprovalMcpToolApprovalFilterAlways(tool_names=["create_event"]),
                        never=RequireApprovalMcpToolApprovalFilterNever(read_only=True),
                    ),
                    server_description="The user's work calendar",
                    allowed_callers=["direct"],
                    defer_loading=False,
                ),
                RealtimeResponseCreateMcpTool(
                    type="mcp",
                    server_label="wiki",
                    server_url="https://wiki.example.com/mcp",
                    headers={"X-Team": "support"},
                    require_approval="never",
                ),
                RealtimeResponseCreateMcpTool(
                    type="mcp", server_label="intranet", tunnel_id="tun_42", require_approval="always"
                ),
            ],
            tool_choice=ToolChoiceMcp(type="mcp", server_label="calendar", name="list_events"),
        ),
        "prompt_template.json": _event(
            prompt=ResponsePrompt(
                id="pmpt_support_triage",
                version="7",
                variables={
                    "customer_name": "Ana",
                    "issue": ResponseInputText(type="input_text", text="Router keeps rebooting"),
                },
            ),
            output_modalities=["text"],
        ),
        "reasoning_parallel_tools.json": _event(
            reasoning=RealtimeReasoning(effort="high"),
            parallel_tool_calls=False,
            tools=[
                WEATHER,
                RealtimeFunctionTool(type="function", name="get_time", description="Current local time"),
            ],
            tool_choice="required",
            instructions="Call the tools you need, then answer.",
        ),
        "full_conversation.json": ResponseCreateEvent(
            type="response.create",
            event_id="evt_full",
            response=RealtimeResponseCreateParams(
                conversation="auto",
                max_output_tokens=1024,
                tools=[WEATHER],
                tool_choice=ToolChoiceFunction(type="function", name="get_weather"),
                input=[
                    RealtimeConversationItemSystemMessage(
                        type="message",
                        role="system",
                        content=[SystemContent(type="input_text", text="You are terse.")],
                    ),
                    RealtimeConversationItemUserMessage(
                        type="message",
                        role="user",
                        id="item_u1",
                        status="completed",
                        content=[
                            UserContent(type="input_text", text="What's this & how's the weather?"),
                            UserContent(type="input_audio", audio="UklGRg==", transcript="how's the weather"),
                            UserContent(type="input_image", image_url="data:image/png;base64,iVBORw0=", detail="low"),
                        ],
                    ),
                    RealtimeConversationItemAssistantMessage(
                        type="message",
                        role="assistant",
                        content=[
                            AssistantContent(type="output_text", text="Let me check."),
                            AssistantContent(type="output_audio", audio="AAAA", transcript="Let me check."),
                        ],
                    ),
                    RealtimeConversationItemFunctionCall(
                        type="function_call",
                        id="item_fc1",
                        call_id="call_1",
                        name="get_weather",
                        arguments='{"city":"Paris"}',
                        status="completed",
                    ),
                    RealtimeConversationItemFunctionCallOutput(
                        type="function_call_output", call_id="call_1", output='{"temp_c":21}'
                    ),
                    RealtimeMcpApprovalResponse(
                        type="mcp_approval_response",
                        id="mcpresp_1",
                        approval_request_id="mcpr_1",
                        approve=False,
                        reason="Not during a call",
                    ),
                ],
            ),
        ),
        "clear_context.json": _event(input=[], instructions="", tools=[], metadata={}),
    }
    return {name: event.model_dump_json(exclude_none=True) for name, event in events.items()}


if __name__ == "__main__":
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, text in build().items():
        (FIXTURES / name).write_text(text, encoding="utf-8")
