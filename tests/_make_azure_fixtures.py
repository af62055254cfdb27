"""Generate ``fixtures/azure/response.create/*.json`` with the ``azure-ai-voicelive`` SDK itself.

Each fixture is built from ``azure.ai.voicelive.models`` objects and serialized
exactly as ``VoiceLiveConnection.send()`` does: ``json.dumps(event.as_dict())``.
Keyword arguments are passed in each constructor's declaration order (``make``
reorders them), which is the order the SDK writes keys in.

Run ``python tests/_make_azure_fixtures.py`` to rewrite the corpus;
``tests/test_fixtures.py`` regenerates every fixture in memory and compares.
"""

from __future__ import annotations

import inspect
import json
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIXTURE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "azure" / "response.create"


def make(cls: Any, **kwargs: Any) -> Any:
    """Construct ``cls`` with ``kwargs`` passed in the constructor's declaration order."""
    order: list[str] = []
    for overload in typing.get_overloads(cls.__init__):
        names = [name for name in inspect.signature(overload).parameters if name != "self"]
        if names and names[0] != "mapping":
            order = names
    unknown = set(kwargs) - set(order)
    if unknown:
        raise TypeError(f"{cls.__name__} does not declare {sorted(unknown)}")
    return cls(**{name: kwargs[name] for name in order if name in kwargs})


def _fixtures() -> dict[str, Callable[[], Any]]:
    from azure.ai.voicelive import models as m

    def event(**kwargs: Any) -> Any:
        return make(m.ClientEventResponseCreate, **kwargs)

    def params(**kwargs: Any) -> Any:
        return make(m.ResponseCreateParams, **kwargs)

    def text(value: str) -> Any:
        return make(m.InputTextContentPart, text=value)

    def system(value: str, **kwargs: Any) -> Any:
        return make(m.SystemMessageItem, content=[text(value)], **kwargs)

    def user(*parts: Any, **kwargs: Any) -> Any:
        return make(m.UserMessageItem, content=list(parts), **kwargs)

    def assistant(value: str, **kwargs: Any) -> Any:
        return make(m.AssistantMessageItem, content=[make(m.OutputTextContentPart, text=value)], **kwargs)

    weather = make(
        m.FunctionTool,
        name="get_weather",
        description="Get the current weather for a city.",
        parameters={
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City name, e.g. Paris"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city"],
        },
    )
    time_tool = make(
        m.FunctionTool,
        name="get_time",
        description="Get the local time in a timezone.",
        parameters={"type": "object", "properties": {"tz": {"type": "string"}}, "required": ["tz"]},
    )
    call = make(
        m.FunctionCallItem, name="get_weather", call_id="call_7f3a", arguments='{"city":"Paris","unit":"celsius"}'
    )
    output = make(m.FunctionCallOutputItem, call_id="call_7f3a", output='{"temp_c":18,"sky":"overcast"}')
    docs_mcp = make(
        m.MCPServer,
        server_label="docs",
        server_url="https://mcp.example.com/docs",
        authorization="Bearer mcp-token-123",
        headers={"X-Tenant": "contoso"},
        allowed_tools=["search", "fetch_page"],
        require_approval="never",
    )
    tts_options: dict[str, Any] = {
        "temperature": 0.4,
        "custom_lexicon_url": "https://contoso.blob.core.windows.net/lexicons/brand.xml",
        "custom_text_normalization_url": "https://contoso.blob.core.windows.net/tn/rules.json",
        "prefer_locales": ["en-US", "en-GB"],
        "locale": "en-US",
        "style": "cheerful",
        "pitch": "+5%",
        "rate": "1.1",
        "volume": "+10%",
    }

    return {
        "minimal": lambda: event(),
        "empty_response": lambda: event(event_id="evt_empty", response=params()),
        "additional_instructions": lambda: event(
            event_id="evt_addl", response=params(), additional_instructions="Answer in French this time."
        ),
        "tool_call_roundtrip": lambda: event(
            response=params(
                commit=False,
                input_items=[
                    user(text("What's the weather in Paris?")),
                    assistant("Let me check."),
                    call,
                    output,
                ],
                modalities=[m.Modality.TEXT, m.Modality.AUDIO],
                instructions="Report the weather in one sentence.",
                voice=m.OpenAIVoiceName.ALLOY,
                output_audio_format=m.OutputAudioFormat.PCM16,
                tools=[weather],
                tool_choice=make(m.ToolChoiceFunctionSelection, name="get_weather"),
                temperature=0.8,
                max_output_tokens=1024,
                metadata={"session": "demo-42", "turn": "3"},
            )
        ),
        "out_of_band_summary": lambda: event(
            event_id="evt_summary_1",
            response=params(
                commit=False,
                cancel_previous=False,
                input_items=[
                    system("Summarize the conversation so far in three bullet points."),
                    user(text("We agreed on Tuesday at 10:00 and a budget of 5k.")),
                ],
                modalities=[m.Modality.TEXT],
                instructions="Produce a concise summary; do not address the user.",
                max_output_tokens=300,
                metadata={"purpose": "summary"},
            ),
        ),
        "full": lambda: event(
            event_id="evt_full_0001",
            response=params(
                commit=True,
                cancel_previous=True,
                append_input_items=[
                    user(text("Book a table for two."), id="item_u1", status=m.ItemParamStatus.COMPLETED),
                    make(m.MCPApprovalResponseRequestItem, approval_request_id="mcpr_9", approve=True, id="appr_1"),
                ],
                input_items=[
                    system("You are a concierge.", id="item_s1"),
                    user(
                        text("Here is the menu."),
                        make(m.InputAudioContentPart, audio="UklGRiQAAABXQVZFZm10IBAAAAABAAEA", transcript="the menu"),
                        make(m.RequestImageContentPart, image_url="https://example.com/menu.png", detail="high"),
                    ),
                    assistant("Noted.", status=m.ItemParamStatus.INCOMPLETE),
                    call,
                    output,
                ],
                modalities=[m.Modality.TEXT, m.Modality.AUDIO, m.Modality.ANIMATION, m.Modality.AVATAR],
                instructions="Be warm and brief.",
                voice=make(m.AzureStandardVoice, name="en-US-AvaMultilingualNeural", **tts_options),
                output_audio_format=m.OutputAudioFormat.PCM16_16000_HZ,
                tools=[weather, docs_mcp],
                tool_choice=m.ToolChoiceLiteral.AUTO,
                temperature=0.7,
                max_output_tokens="inf",
                pre_generated_assistant_message=assistant("One moment while I check availability."),
                reasoning_effort=m.ReasoningEffort.HIGH,
                metadata={"client": "kiosk", "build": "2025.11.1"},
                interim_response=make(
                    m.LlmInterimResponseConfig,
                    triggers=[m.InterimResponseTrigger.LATENCY, m.InterimResponseTrigger.TOOL],
                    latency_threshold_ms=1500,
                    model="gpt-4.1-mini",
                    instructions="Say a short filler phrase.",
                    max_completion_tokens=40,
                ),
                invoke_input={"reservation": {"party": 2, "time": "19:30", "flexible": True, "notes": None}},
            ),
            additional_instructions="Mention the dress code.",
        ),
        "avatar_voice": lambda: event(
            response=params(
                modalities=[m.Modality.TEXT, m.Modality.AUDIO, m.Modality.ANIMATION, m.Modality.AVATAR],
                voice=make(m.AzureAvatarVoiceSyncVoice, model="DragonLatestNeural", **tts_options),
            )
        ),
        "voice_openai_name": lambda: event(response=params(voice=m.OpenAIVoiceName.MARIN)),
        "voice_openai_typed": lambda: event(response=params(voice=make(m.OpenAIVoice, name=m.OpenAIVoiceName.CEDAR))),
        "voice_azure_standard": lambda: event(
            response=params(voice=make(m.AzureStandardVoice, name="en-US-AndrewMultilingualNeural", locale="en-US"))
        ),
        "voice_azure_custom": lambda: event(
            response=params(
                voice=make(
                    m.AzureCustomVoice,
                    name="ContosoBrandVoiceNeural",
                    endpoint_id="6b4c2e1a-8f3d-4a5b-9c7e-1d2f3a4b5c6d",
                    temperature=0.6,
                    style="newscast",
                )
            )
        ),
        "voice_azure_personal": lambda: event(
            response=params(
                voice=make(
                    m.AzurePersonalVoice,
                    name="speaker-profile-0042",
                    model=m.PersonalVoiceModels.PHOENIX_LATEST_NEURAL,
                    prefer_locales=["fr-FR"],
                )
            )
        ),
        "voice_realtime_native": lambda: event(
            response=params(
                modalities=[m.Modality.AUDIO],
                voice=make(m.AzureRealtimeNativeVoice, name=m.AzureRealtimeNativeVoiceName.AVA),
            )
        ),
        "interim_static": lambda: event(
            response=params(
                interim_response=make(
                    m.StaticInterimResponseConfig,
                    triggers=[m.InterimResponseTrigger.TOOL],
                    latency_threshold_ms=2000,
                    texts=["One moment, please.", "Let me look that up."],
                )
            )
        ),
        "interim_llm": lambda: event(
            response=params(
                interim_response=make(m.LlmInterimResponseConfig, model="gpt-4.1-mini", max_completion_tokens=1)
            )
        ),
        "pre_generated_message": lambda: event(
            event_id="evt_pregen",
            response=params(
                modalities=[m.Modality.TEXT, m.Modality.AUDIO],
                pre_generated_assistant_message=assistant("Thanks for calling Contoso. How can I help?"),
            ),
        ),
        "reasoning_none": lambda: event(response=params(reasoning_effort=m.ReasoningEffort.NONE)),
        "reasoning_xhigh": lambda: event(
            response=params(instructions="Think it through.", reasoning_effort=m.ReasoningEffort.XHIGH)
        ),
        "invoke_input": lambda: event(
            response=params(
                invoke_input={
                    "task": "lookup_order",
                    "order": {"id": 1234567, "lines": [1, 2.5, "x"], "rush": False},
                    "empty": {},
                }
            )
        ),
        "metadata_limits": lambda: event(
            response=params(
                metadata={**{f"k{i:02d}": f"v{i}" for i in range(15)}, "K" * 64: "V" * 512},
            )
        ),
        "mcp_require_approval_modes": lambda: event(
            response=params(
                tools=[
                    docs_mcp,
                    make(
                        m.MCPServer,
                        server_label="ops",
                        server_url="https://mcp.example.com/ops",
                        require_approval="always",
                    ),
                ],
                tool_choice=m.ToolChoiceLiteral.REQUIRED,
            )
        ),
        "mcp_require_approval_filter": lambda: event(
            response=params(
                tools=[
                    make(
                        m.MCPServer,
                        server_label="crm",
                        server_url="https://mcp.example.com/crm",
                        allowed_tools=[],
                        require_approval={"always": ["delete_contact", "update_contact"], "never": ["find_contact"]},
                    )
                ]
            )
        ),
        "tool_choice_none": lambda: event(
            response=params(tools=[weather, time_tool], tool_choice=m.ToolChoiceLiteral.NONE)
        ),
        "tool_choice_function": lambda: event(
            response=params(
                tools=[weather, time_tool], tool_choice=make(m.ToolChoiceFunctionSelection, name="get_time")
            )
        ),
        "items_append": lambda: event(
            response=params(
                append_input_items=[
                    call,
                    output,
                    make(m.MCPApprovalResponseRequestItem, approval_request_id="mcpr_1", approve=False),
                ]
            )
        ),
        "items_status_ids": lambda: event(
            response=params(
                input_items=[
                    system("Stay on topic.", id="item_001", status=m.ItemParamStatus.COMPLETED),
                    user(text("hello"), id="item_002", status=m.ItemParamStatus.INCOMPLETE),
                    make(
                        m.FunctionCallItem,
                        name="get_time",
                        call_id="call_b",
                        arguments="{}",
                        id="item_003",
                        status=m.ItemParamStatus.COMPLETED,
                    ),
                    make(m.FunctionCallOutputItem, call_id="call_b", output="12:00", id="item_004"),
                ]
            )
        ),
        "content_parts": lambda: event(
            response=params(
                input_items=[
                    user(
                        text("Compare these."),
                        make(m.InputAudioContentPart, audio="AAAAAAAA"),
                        make(m.InputAudioContentPart, audio="AAAA", transcript="hm"),
                        make(m.RequestImageContentPart, image_url="data:image/png;base64,iVBORw0KGgo="),
                        make(m.RequestImageContentPart, image_url="https://example.com/b.jpg", detail="low"),
                    ),
                    assistant("Sure."),
                ]
            )
        ),
        "clear_context": lambda: event(response=params(input_items=[], tools=[], instructions="")),
        "modalities_empty": lambda: event(response=params(modalities=[])),
        "audio_8khz": lambda: event(
            response=params(
                modalities=[m.Modality.TEXT, m.Modality.AUDIO], output_audio_format=m.OutputAudioFormat.PCM16_8000_HZ
            )
        ),
        "g711_alaw": lambda: event(
            response=params(
                modalities=[m.Modality.TEXT, m.Modality.AUDIO],
                voice=m.OpenAIVoiceName.VERSE,
                output_audio_format=m.OutputAudioFormat.G711_ALAW,
                temperature=1.2,
                max_output_tokens=4096,
            )
        ),
        "unicode_text": lambda: event(
            response=params(
                instructions="Réponds en français, avec des guillemets « » et un emoji 🎙️.",
                input_items=[user(text('Grüß dich! 日本語もOK? "quoted" \\ back\tslash\n'))],
                metadata={"lang": "fr-CA", "note": "naïve café"},
            )
        ),
    }


def render(name: str) -> str:
    """The exact wire text the SDK sends for fixture ``name``."""
    return json.dumps(_fixtures()[name]().as_dict())


def render_all() -> dict[str, str]:
    """Every fixture's wire text, by file name."""
    return {f"{name}.json": json.dumps(build().as_dict()) for name, build in _fixtures().items()}


def main() -> int:
    FIXTURE_DIR.mkdir(parents=True, exist_ok=True)
    rendered = render_all()
    for stale in sorted(set(path.name for path in FIXTURE_DIR.glob("*.json")) - set(rendered)):
        (FIXTURE_DIR / stale).unlink()
        print(f"removed {stale}")
    for filename, wire in rendered.items():
        (FIXTURE_DIR / filename).write_bytes(wire.encode("ascii"))
    print(f"wrote {len(rendered)} fixtures to {FIXTURE_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
