"""Build the client-event fixtures with the SDKs' own constructors: ``fixtures/<dialect>/<wire type>/<case>.json``.

* ``azure``: ``json.dumps(Model(**kwargs).as_dict())``, keyword arguments in the
  order of the constructor's keyword signature (walking the MRO for the patched
  ``RequestSession``), which is the order ``VoiceLiveConnection.send()`` writes
  keys in when a caller passes them that way. At most one explicit ``None`` per
  ``RequestSession``: with two the SDK's key order depends on ``PYTHONHASHSEED``.
* ``openai-ga``: ``model_dump_json(exclude_none=True)`` of the ``openai`` package's
  GA models. Cases that switch a setting off (``"turn_detection": null``) use
  ``model_dump_json(exclude_unset=True)``: the SDK's connection sends explicitly
  set fields (``to_json(exclude_unset=True)``, ``openai/resources/realtime/realtime.py:572``),
  so the ``null`` goes out; ``exclude_none`` would silently turn "off" into "unset".
* ``openai`` (beta): only the beta events OpenAI-DotNet has no class for
  (``conversation.item.retrieve``, ``output_audio_buffer.clear``,
  ``transcription_session.update``), with the ``openai`` package's beta models,
  dumped the same way as GA. The DotNet-written events are golden files written
  by hand (``fixtures/openai/README.md``); this script never touches them.

Run ``python tests/_fixtures_client.py`` to rewrite the files; ``build()`` returns
them (path relative to ``fixtures/`` -> exact text) so a test can compare.
"""

from __future__ import annotations

import inspect
import json
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

#: Beta client events that OpenAI-DotNet writes: their fixtures are hand-written golden files.
DOTNET_TYPES = frozenset(
    {
        "session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
        "conversation.item.create",
        "conversation.item.truncate",
        "conversation.item.delete",
        "response.create",
        "response.cancel",
    }
)

AUDIO = "AAAAAAAA//8AAP//"  # base64 of a few PCM16 samples
TOOL_PARAMETERS = {
    "type": "object",
    "properties": {"city": {"type": "string", "default": None}, "days": {"type": "integer"}},
    "required": ["city"],
}


# --------------------------------------------------------------------------- azure


def azure_make(cls: Any, **kwargs: Any) -> Any:
    """Construct ``cls`` with ``kwargs`` in the order of its first keyword overload, found along the MRO."""
    for klass in cls.__mro__:
        init = vars(klass).get("__init__")
        overloads = typing.get_overloads(init) if init is not None and hasattr(init, "__module__") else []
        if overloads:
            order = [p for p in inspect.signature(overloads[0]).parameters if p not in ("self", "mapping")]
            break
    else:
        raise TypeError(f"{cls.__name__} has no keyword overload")
    unknown = set(kwargs) - set(order)
    if unknown:
        raise TypeError(f"{cls.__name__} does not declare {sorted(unknown)}")
    return cls(**{name: kwargs[name] for name in order if name in kwargs})


def azure_cases() -> dict[str, Callable[[], Any]]:
    from azure.ai.voicelive import models as m

    mk = azure_make

    def session(**kwargs: Any) -> Any:
        return mk(m.ClientEventSessionUpdate, session=mk(m.RequestSession, **kwargs))

    def text(value: str) -> Any:
        return mk(m.InputTextContentPart, text=value)

    def create(item: Any, **kwargs: Any) -> Any:
        return mk(m.ClientEventConversationItemCreate, item=item, **kwargs)

    weather = mk(m.FunctionTool, name="get_weather", description="Weather by city", parameters=TOOL_PARAMETERS)
    docs = mk(
        m.MCPServer,
        server_label="docs",
        server_url="https://mcp.example.com/sse",
        authorization="Bearer t0k",
        headers={"X-Tenant": "contoso"},
        allowed_tools=["search", "fetch"],
        # A plain dict in the SDK, written in the caller's order; the neutral filter is always, never.
        require_approval={"always": ["fetch"], "never": ["search"]},
    )
    avatar = mk(
        m.AvatarConfig,
        character="lisa",
        customized=False,
        avatar_type="video-avatar",
        ice_servers=[
            mk(m.IceServer, urls=["stun:stun.example.com:3478"]),
            mk(m.IceServer, urls=["turn:turn.example.com:3478?transport=udp"], username="u", credential="p"),
        ],
        style="casual-sitting",
        video=mk(
            m.VideoParams,
            bitrate=2000000,
            codec="h264",
            crop=mk(m.VideoCrop, top_left=[560, 0], bottom_right=[1360, 1080]),
            resolution=mk(m.VideoResolution, width=1920, height=1080),
            background=mk(m.Background, color="#00FF00FF"),
            gop_size=60,
        ),
        scene=mk(
            m.Scene,
            zoom=1.2,
            position_x=-0.25,
            position_y=0.1,
            rotation_x=0.0,
            rotation_y=-0.392699,
            rotation_z=3.141592653589793,
            amplitude=0.5,
        ),
        output_protocol="webrtc",
        output_audit_audio=True,
    )
    every_field = dict(
        model="gpt-realtime",
        modalities=["text", "audio", "animation", "avatar"],
        animation=mk(m.Animation, model_name="default", outputs=["blendshapes", "viseme_id"]),
        voice=mk(
            m.AzureStandardVoice,
            name="en-US-Ava:DragonHDLatestNeural",
            temperature=0.8,
            custom_lexicon_url="https://example.com/lexicon.xml",
            custom_text_normalization_url="https://example.com/tn",
            prefer_locales=["en-US", "en-GB"],
            locale="en-US",
            style="cheerful",
            pitch="+5%",
            rate="1.1",
            volume="+10%",
        ),
        instructions="You are a helpful, brief assistant.",
        input_audio_sampling_rate=16000,
        input_audio_format="pcm16",
        output_audio_format="pcm16_16000hz",
        turn_detection=mk(
            m.AzureSemanticVad,
            threshold=0.3,
            prefix_padding_ms=200,
            silence_duration_ms=350,
            end_of_utterance_detection=mk(m.AzureSemanticDetection, threshold_level="medium", timeout_ms=1000),
            speech_duration_ms=80,
            remove_filler_words=True,
            languages=["en-US", "fr-FR"],
            auto_truncate=True,
            create_response=True,
            interrupt_response=False,
        ),
        input_audio_noise_reduction=mk(m.AudioNoiseReduction, type="azure_deep_noise_suppression"),
        input_audio_echo_cancellation=mk(m.AudioEchoCancellation, reference_source="server", channels=1),
        avatar=avatar,
        input_audio_transcription=mk(
            m.AudioInputTranscriptionOptions,
            model="azure-speech",
            language="en-US,fr-FR",
            custom_speech={"en-US": "11111111-2222-3333-4444-555555555555"},
            phrase_list=["Contoso", "VoiceLive"],
        ),
        output_audio_timestamp_types=["word"],
        tools=[weather, docs],
        tool_choice=mk(m.ToolChoiceFunctionSelection, name="get_weather"),
        parallel_tool_calls=False,
        temperature=0.7,
        max_response_output_tokens="inf",
        reasoning_effort="low",
        interim_response=mk(
            m.LlmInterimResponseConfig,
            triggers=["latency", "tool"],
            latency_threshold_ms=1500,
            model="gpt-4.1-mini",
            instructions="Say you are checking.",
            max_completion_tokens=30,
        ),
        include=[
            "item.input_audio_transcription.logprobs",
            "item.input_audio_transcription.phrases",
            "file_search_call.results",
        ],
        metadata={"session": "s-1", "user": "u-1"},
    )

    return {
        # ---------------------------------------------------------------- session.update
        "session.update/minimal": lambda: session(),
        "session.update/every_field": lambda: mk(
            m.ClientEventSessionUpdate, session=mk(m.RequestSession, **every_field), event_id="evt_session_1"
        ),
        "session.update/server_vad": lambda: session(
            turn_detection=mk(
                m.ServerVad,
                threshold=0.5,
                prefix_padding_ms=300,
                silence_duration_ms=500,
                end_of_utterance_detection=mk(m.AzureSemanticDetectionEn, threshold_level="high", timeout_ms=800),
                auto_truncate=False,
                create_response=True,
                interrupt_response=True,
            )
        ),
        "session.update/semantic_vad_en": lambda: session(
            turn_detection=mk(
                m.AzureSemanticVadEn,
                threshold=0.6,
                prefix_padding_ms=300,
                silence_duration_ms=500,
                end_of_utterance_detection=mk(m.AzureSemanticDetection),
                speech_duration_ms=100,
                remove_filler_words=False,
                auto_truncate=False,
                create_response=False,
                interrupt_response=True,
            )
        ),
        "session.update/semantic_vad_multilingual": lambda: session(
            turn_detection=mk(
                m.AzureSemanticVadMultilingual,
                languages=["de-DE", "ja-JP"],
                end_of_utterance_detection=mk(
                    m.AzureSemanticDetectionMultilingual, threshold_level="default", timeout_ms=1200
                ),
            )
        ),
        "session.update/turn_detection_off": lambda: session(instructions="Push to talk.", turn_detection=None),
        "session.update/noise_reduction_off": lambda: session(input_audio_noise_reduction=None),
        "session.update/transcription_off": lambda: session(modalities=["text"], input_audio_transcription=None),
        "session.update/transcription_whisper": lambda: session(
            input_audio_transcription=mk(m.AudioInputTranscriptionOptions, model="whisper-1", language="en"),
            input_audio_noise_reduction=mk(m.AudioNoiseReduction, type="near_field"),
        ),
        "session.update/echo_cancellation_stereo": lambda: session(
            input_audio_format="pcm16",
            input_audio_echo_cancellation=mk(m.AudioEchoCancellation, reference_source="client", channels=2),
        ),
        "session.update/photo_avatar": lambda: session(
            modalities=["text", "audio", "avatar"],
            voice=mk(m.AzureAvatarVoiceSyncVoice, model="DragonLatestNeural", locale="en-US"),
            avatar=mk(
                m.AvatarConfig,
                character="anika",
                customized=True,
                avatar_type="photo-avatar",
                model="vasa-1",
                video=mk(m.VideoParams, background=mk(m.Background, image_url="https://example.com/bg.png")),
                scene=mk(m.Scene, zoom=1, amplitude=1),
                output_protocol="websocket",
            ),
        ),
        "session.update/g711_8khz_int_numbers": lambda: session(
            voice=mk(m.OpenAIVoice, name="marin"),
            input_audio_sampling_rate=8000,
            input_audio_format="g711_ulaw",
            output_audio_format="g711_alaw",
            turn_detection=mk(m.ServerVad, threshold=1, prefix_padding_ms=0, silence_duration_ms=0),
            temperature=1,
            max_response_output_tokens=4096,
            tool_choice="required",
            tools=[weather],
        ),
        "session.update/voices_and_interim": lambda: session(
            voice=mk(m.AzureRealtimeNativeVoice, name="ava"),
            interim_response=mk(
                m.StaticInterimResponseConfig, triggers=["tool"], latency_threshold_ms=0, texts=["One moment."]
            ),
            reasoning_effort="none",
            modalities=[],
            tools=[],
            instructions="",
        ),
        "session.update/personal_voice": lambda: session(
            voice=mk(m.AzurePersonalVoice, name="spk-1", model="MAI-Voice-1", temperature=0.2),
            max_response_output_tokens=1,
            tool_choice="none",
        ),
        # ---------------------------------------------------------------- audio and text input
        "input_audio_buffer.append/audio": lambda: mk(m.ClientEventInputAudioBufferAppend, audio=AUDIO),
        "input_audio_buffer.append/event_id": lambda: mk(
            m.ClientEventInputAudioBufferAppend, audio=AUDIO, event_id="evt_a1"
        ),
        "input_audio_buffer.commit/minimal": lambda: mk(m.ClientEventInputAudioBufferCommit),
        "input_audio_buffer.commit/event_id": lambda: mk(m.ClientEventInputAudioBufferCommit, event_id="evt_c1"),
        "input_audio_buffer.clear/minimal": lambda: mk(m.ClientEventInputAudioBufferClear),
        "output_audio_buffer.clear/minimal": lambda: mk(m.ClientEventOutputAudioBufferClear, event_id="evt_o1"),
        "input_audio.clear/minimal": lambda: mk(m.ClientEventInputAudioClear),
        "input_audio.turn.start/minimal": lambda: mk(m.ClientEventInputAudioTurnStart, turn_id="turn_1"),
        "input_audio.turn.append/audio": lambda: mk(
            m.ClientEventInputAudioTurnAppend, turn_id="turn_1", audio=AUDIO, event_id="evt_t2"
        ),
        "input_audio.turn.end/minimal": lambda: mk(m.ClientEventInputAudioTurnEnd, turn_id="turn_1"),
        "input_audio.turn.cancel/minimal": lambda: mk(
            m.ClientEventInputAudioTurnCancel, turn_id="turn_1", event_id="evt_t4"
        ),
        "input_text.delta/minimal": lambda: mk(m.ClientEventInputTextDelta, id="item_u1", delta="Hel"),
        "input_text.delta/every_field": lambda: mk(
            m.ClientEventInputTextDelta,
            id="item_u1",
            delta="lo, caf\u00e9 \U0001f600",
            event_id="evt_d2",
            content_index=0,
        ),
        "input_text.done/minimal": lambda: mk(m.ClientEventInputTextDone, id="item_u1"),
        "input_text.done/every_field": lambda: mk(
            m.ClientEventInputTextDone, id="item_u1", event_id="evt_d3", content_index=1
        ),
        "session.avatar.connect/sdp": lambda: mk(
            m.ClientEventSessionAvatarConnect,
            client_sdp="v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n",
            event_id="evt_av1",
        ),
        # ---------------------------------------------------------------- conversation items
        "conversation.item.create/system_message": lambda: create(
            mk(m.SystemMessageItem, content=[text("Answer in French.")]), event_id="evt_i1"
        ),
        "conversation.item.create/user_message": lambda: create(
            mk(
                m.UserMessageItem,
                content=[
                    text("What is on this picture?"),
                    mk(m.InputAudioContentPart, audio=AUDIO, transcript="what is this"),
                    mk(m.InputAudioContentPart, audio=AUDIO),
                    mk(m.RequestImageContentPart, image_url="data:image/png;base64,iVBORw0KGgo=", detail="high"),
                    mk(m.RequestImageContentPart, image_url="https://example.com/cat.png"),
                ],
                id="item_u1",
                status="completed",
            ),
            previous_item_id="item_0",
        ),
        "conversation.item.create/assistant_message": lambda: create(
            mk(m.AssistantMessageItem, content=[mk(m.OutputTextContentPart, text="Bonjour !")], status="incomplete"),
            previous_item_id="root",
        ),
        "conversation.item.create/function_call": lambda: create(
            mk(
                m.FunctionCallItem,
                name="get_weather",
                call_id="call_1",
                arguments='{"city":"Paris"}',
                id="item_f1",
                status="completed",
            )
        ),
        "conversation.item.create/function_call_output": lambda: create(
            mk(m.FunctionCallOutputItem, call_id="call_1", output='{"temp_c":21}', id="item_f2")
        ),
        "conversation.item.create/mcp_approval_response": lambda: create(
            mk(m.MCPApprovalResponseRequestItem, approval_request_id="mcpr_1", approve=False, id="item_m1")
        ),
        "conversation.item.retrieve/minimal": lambda: mk(m.ClientEventConversationItemRetrieve, item_id="item_u1"),
        "conversation.item.truncate/minimal": lambda: mk(
            m.ClientEventConversationItemTruncate, item_id="item_a1", content_index=0, audio_end_ms=1500
        ),
        "conversation.item.truncate/event_id": lambda: mk(
            m.ClientEventConversationItemTruncate, item_id="item_a1", content_index=0, audio_end_ms=0, event_id="e"
        ),
        "conversation.item.delete/minimal": lambda: mk(
            m.ClientEventConversationItemDelete, item_id="item_u1", event_id="evt_del"
        ),
        # ---------------------------------------------------------------- responses
        "response.create/minimal": lambda: mk(m.ClientEventResponseCreate),
        "response.cancel/minimal": lambda: mk(m.ClientEventResponseCancel),
        "response.cancel/response_id": lambda: mk(m.ClientEventResponseCancel, event_id="evt_x", response_id="resp_1"),
    }


def build_azure() -> dict[str, str]:
    return {f"azure/{case}.json": json.dumps(make().as_dict()) for case, make in azure_cases().items()}


# --------------------------------------------------------------------------- openai GA


def ga_cases() -> dict[str, tuple[Callable[[], Any], bool]]:
    """Case -> (builder, off): ``off`` cases set a field to ``None`` on purpose and dump with ``exclude_unset``."""
    from openai.types import realtime as r

    def session(**kwargs: Any) -> Any:
        return r.SessionUpdateEvent(
            type="session.update", session=r.RealtimeSessionCreateRequest(type="realtime", **kwargs)
        )

    def transcription(**kwargs: Any) -> Any:
        return r.SessionUpdateEvent(
            type="session.update",
            session=r.RealtimeTranscriptionSessionCreateRequest(type="transcription", **kwargs),
        )

    def create(item: dict[str, Any], **kwargs: Any) -> Any:
        return r.ConversationItemCreateEvent(type="conversation.item.create", item=item, **kwargs)

    weather = {
        "type": "function",
        "name": "get_weather",
        "description": "Weather by city",
        "parameters": TOOL_PARAMETERS,
    }
    docs = {
        "type": "mcp",
        "server_label": "docs",
        "server_url": "https://mcp.example.com/sse",
        "allowed_callers": ["direct"],
        "allowed_tools": {"read_only": True, "tool_names": ["search"]},
        "authorization": "Bearer t0k",
        "defer_loading": False,
        "headers": {"X-Tenant": "contoso"},
        "require_approval": {"always": {"tool_names": ["fetch"]}, "never": {"read_only": True}},
        "server_description": "Product docs",
    }
    connector = {
        "type": "mcp",
        "server_label": "mail",
        "connector_id": "connector_gmail",
        "require_approval": "never",
        "tunnel_id": "tun_1",
    }
    every_field = dict(
        audio={
            "input": {
                "format": {"type": "audio/pcm", "rate": 24000},
                "noise_reduction": {"type": "far_field", "strength": 0.5},
                "transcription": {
                    "model": "gpt-4o-transcribe",
                    "language": "en",
                    "languages": ["en", "fr"],
                    "prompt": "Expect product names.",
                    "keywords": ["Contoso", "VoiceLive"],
                    "delay": "low",
                },
                "turn_detection": {
                    "type": "server_vad",
                    "threshold": 0.5,
                    "prefix_padding_ms": 300,
                    "silence_duration_ms": 500,
                    "idle_timeout_ms": 6000,
                    "create_response": True,
                    "interrupt_response": False,
                },
            },
            "output": {"format": {"type": "audio/pcmu"}, "speed": 1.25, "voice": "marin"},
        },
        include=["item.input_audio_transcription.logprobs"],
        instructions="You are a helpful, brief assistant.",
        max_output_tokens="inf",
        model="gpt-realtime-2",
        output_modalities=["audio"],
        parallel_tool_calls=True,
        prompt={"id": "pmpt_1", "version": "3", "variables": {"city": "Paris"}},
        reasoning={"effort": "minimal"},
        tool_choice={"type": "mcp", "server_label": "docs", "name": "search"},
        tools=[weather, docs, connector],
        tracing={"workflow_name": "support", "group_id": "g-1", "metadata": {"tier": "gold", "n": 1, "x": None}},
        truncation={"type": "retention_ratio", "retention_ratio": 0.8, "token_limits": {"post_instructions": 8000}},
    )

    def off(builder: Callable[[], Any]) -> tuple[Callable[[], Any], bool]:
        return (builder, True)

    def on(builder: Callable[[], Any]) -> tuple[Callable[[], Any], bool]:
        return (builder, False)

    return {
        # ---------------------------------------------------------------- session.update (realtime)
        "session.update/minimal": on(lambda: session()),
        "session.update/every_field": on(
            lambda: r.SessionUpdateEvent(
                type="session.update",
                session=r.RealtimeSessionCreateRequest(type="realtime", **every_field),
                event_id="evt_session_1",
            )
        ),
        "session.update/semantic_vad": on(
            lambda: session(
                audio={
                    "input": {
                        "format": {"type": "audio/pcma"},
                        "turn_detection": {
                            "type": "semantic_vad",
                            "eagerness": "high",
                            "create_response": False,
                            "interrupt_response": True,
                        },
                    },
                    # With its rate: GA PCM is 24 kHz only, and a rateless format is read as the
                    # same neutral PCM16 and written with the rate (docs/wire/openai-ga.md).
                    "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": {"id": "voice_1234"}},
                },
                output_modalities=["text"],
                tool_choice={"type": "function", "name": "get_weather"},
                tools=[weather],
                tracing="auto",
                truncation="disabled",
            )
        ),
        "session.update/turn_detection_off": off(
            lambda: session(audio={"input": {"turn_detection": None}}, instructions="Push to talk.")
        ),
        "session.update/noise_reduction_off": off(lambda: session(audio={"input": {"noise_reduction": None}})),
        "session.update/transcription_off": off(lambda: session(audio={"input": {"transcription": None}})),
        "session.update/tracing_off": off(lambda: session(tracing=None)),
        "session.update/int_numbers": on(
            lambda: session(
                audio={
                    "input": {"turn_detection": {"type": "server_vad", "threshold": 1, "silence_duration_ms": 0}},
                    "output": {"speed": 1, "voice": "alloy"},
                },
                max_output_tokens=4096,
                truncation="auto",
                tool_choice="required",
                tools=[],
                instructions="",
            )
        ),
        # ---------------------------------------------------------------- session.update (transcription)
        "session.update/transcription_minimal": on(lambda: transcription()),
        "session.update/transcription_every_field": on(
            lambda: transcription(
                audio={
                    "input": {
                        "format": {"type": "audio/pcm", "rate": 24000},
                        "noise_reduction": {"type": "near_field"},
                        "transcription": {"model": "gpt-4o-transcribe-diarize", "language": "de", "prompt": "Namen."},
                        "turn_detection": {"type": "server_vad", "threshold": 0.4, "prefix_padding_ms": 200},
                    }
                },
                include=["item.input_audio_transcription.logprobs"],
            )
        ),
        "session.update/transcription_turn_detection_off": off(
            lambda: transcription(audio={"input": {"turn_detection": None, "transcription": {"model": "whisper-1"}}})
        ),
        # ---------------------------------------------------------------- audio buffers
        "input_audio_buffer.append/audio": on(
            lambda: r.InputAudioBufferAppendEvent(type="input_audio_buffer.append", audio=AUDIO, event_id="evt_a1")
        ),
        "input_audio_buffer.commit/minimal": on(
            lambda: r.InputAudioBufferCommitEvent(type="input_audio_buffer.commit")
        ),
        "input_audio_buffer.clear/minimal": on(
            lambda: r.InputAudioBufferClearEvent(type="input_audio_buffer.clear", event_id="evt_c1")
        ),
        "output_audio_buffer.clear/minimal": on(
            lambda: r.OutputAudioBufferClearEvent(type="output_audio_buffer.clear")
        ),
        # ---------------------------------------------------------------- conversation items (all 9 kinds)
        "conversation.item.create/system_message": on(
            lambda: create(
                {"type": "message", "role": "system", "content": [{"type": "input_text", "text": "Answer in French."}]},
                event_id="evt_i1",
            )
        ),
        "conversation.item.create/user_message": on(
            lambda: create(
                {
                    "type": "message",
                    "role": "user",
                    "id": "item_u1",
                    "object": "realtime.item",
                    "status": "completed",
                    "content": [
                        {"type": "input_text", "text": "What is on this picture?"},
                        {"type": "input_audio", "audio": AUDIO, "transcript": "what is this"},
                        {"type": "input_image", "image_url": "data:image/png;base64,iVBORw0KGgo=", "detail": "high"},
                    ],
                },
                previous_item_id="item_0",
            )
        ),
        "conversation.item.create/assistant_message": on(
            lambda: create(
                {
                    "type": "message",
                    "role": "assistant",
                    "status": "incomplete",
                    "content": [
                        {"type": "output_text", "text": "Bonjour !"},
                        {"type": "output_audio", "audio": AUDIO, "transcript": "Bonjour"},
                    ],
                },
                previous_item_id="root",
            )
        ),
        "conversation.item.create/function_call": on(
            lambda: create(
                {
                    "type": "function_call",
                    "id": "item_f1",
                    "call_id": "call_1",
                    "name": "get_weather",
                    "arguments": '{"city":"Paris"}',
                    "status": "completed",
                }
            )
        ),
        "conversation.item.create/function_call_output": on(
            lambda: create({"type": "function_call_output", "call_id": "call_1", "output": '{"temp_c":21}'})
        ),
        "conversation.item.create/mcp_approval_response": on(
            lambda: create(
                {
                    "type": "mcp_approval_response",
                    "id": "mcpresp_1",
                    "approval_request_id": "mcpr_1",
                    "approve": False,
                    "reason": "Not now.",
                }
            )
        ),
        "conversation.item.create/mcp_list_tools": on(
            lambda: create(
                {
                    "type": "mcp_list_tools",
                    "id": "mcpl_1",
                    "server_label": "docs",
                    "tools": [
                        {"name": "search", "input_schema": {"type": "object"}, "description": "Search the docs"},
                        {"name": "fetch", "input_schema": {"type": "object"}, "annotations": {"readOnlyHint": True}},
                    ],
                }
            )
        ),
        "conversation.item.create/mcp_call": on(
            lambda: create(
                {
                    "type": "mcp_call",
                    "id": "mcp_1",
                    "server_label": "docs",
                    "name": "search",
                    "arguments": '{"q":"pricing"}',
                    "approval_request_id": "mcpr_1",
                    "output": "3 results",
                }
            )
        ),
        "conversation.item.create/mcp_call_errors": on(
            lambda: create(
                {
                    "type": "mcp_call",
                    "id": "mcp_2",
                    "server_label": "docs",
                    "name": "fetch",
                    "arguments": "{}",
                    "error": {"type": "http_error", "code": 503, "message": "Unavailable"},
                }
            )
        ),
        "conversation.item.create/mcp_approval_request": on(
            lambda: create(
                {
                    "type": "mcp_approval_request",
                    "id": "mcpr_1",
                    "server_label": "docs",
                    "name": "fetch",
                    "arguments": '{"url":"https://example.com"}',
                }
            )
        ),
        "conversation.item.retrieve/minimal": on(
            lambda: r.ConversationItemRetrieveEvent(type="conversation.item.retrieve", item_id="item_u1")
        ),
        "conversation.item.truncate/minimal": on(
            lambda: r.ConversationItemTruncateEvent(
                type="conversation.item.truncate", item_id="item_a1", content_index=0, audio_end_ms=1500
            )
        ),
        "conversation.item.delete/minimal": on(
            lambda: r.ConversationItemDeleteEvent(type="conversation.item.delete", item_id="item_u1", event_id="e")
        ),
        # ---------------------------------------------------------------- responses
        "response.create/minimal": on(lambda: r.ResponseCreateEvent(type="response.create")),
        "response.cancel/minimal": on(lambda: r.ResponseCancelEvent(type="response.cancel")),
        "response.cancel/response_id": on(
            lambda: r.ResponseCancelEvent(type="response.cancel", event_id="evt_x", response_id="resp_1")
        ),
    }


def build_ga() -> dict[str, str]:
    out = {}
    for case, (make, off) in ga_cases().items():
        event = make()
        out[f"openai-ga/{case}.json"] = (
            event.model_dump_json(exclude_unset=True) if off else event.model_dump_json(exclude_none=True)
        )
    return out


# --------------------------------------------------------------------------- openai beta (events DotNet lacks)


def beta_cases() -> dict[str, tuple[Callable[[], Any], bool]]:
    from openai.types.beta import realtime as b
    from openai.types.beta.realtime.realtime_client_event import OutputAudioBufferClear
    from openai.types.beta.realtime.transcription_session_update import Session

    def transcription(**kwargs: Any) -> Any:
        return b.TranscriptionSessionUpdate(type="transcription_session.update", session=Session(**kwargs))

    return {
        "conversation.item.retrieve/minimal": (
            lambda: b.ConversationItemRetrieveEvent(type="conversation.item.retrieve", item_id="item_u1"),
            False,
        ),
        "conversation.item.retrieve/event_id": (
            lambda: b.ConversationItemRetrieveEvent(
                type="conversation.item.retrieve", item_id="item_u1", event_id="evt_r1"
            ),
            False,
        ),
        "output_audio_buffer.clear/minimal": (
            lambda: OutputAudioBufferClear(type="output_audio_buffer.clear"),
            False,
        ),
        "output_audio_buffer.clear/event_id": (
            lambda: OutputAudioBufferClear(type="output_audio_buffer.clear", event_id="evt_o1"),
            False,
        ),
        "transcription_session.update/minimal": (lambda: transcription(), False),
        "transcription_session.update/every_field": (
            lambda: b.TranscriptionSessionUpdate(
                type="transcription_session.update",
                event_id="evt_ts1",
                session=Session(
                    client_secret={"expires_at": {"anchor": "created_at", "seconds": 600}},
                    include=["item.input_audio_transcription.logprobs"],
                    input_audio_format="g711_ulaw",
                    input_audio_noise_reduction={"type": "far_field"},
                    input_audio_transcription={"model": "gpt-4o-mini-transcribe", "language": "en", "prompt": "Names."},
                    modalities=["text"],
                    turn_detection={
                        "type": "server_vad",
                        "threshold": 0.5,
                        "prefix_padding_ms": 300,
                        "silence_duration_ms": 500,
                        "create_response": False,
                        "interrupt_response": False,
                    },
                ),
            ),
            False,
        ),
        "transcription_session.update/semantic_vad": (
            lambda: transcription(
                input_audio_format="pcm16",
                turn_detection={"type": "semantic_vad", "eagerness": "low"},
                input_audio_transcription={"model": "whisper-1"},
            ),
            False,
        ),
        "transcription_session.update/turn_detection_off": (
            lambda: transcription(turn_detection=None, input_audio_transcription={"model": "whisper-1"}),
            True,
        ),
        "transcription_session.update/noise_reduction_off": (
            lambda: transcription(input_audio_noise_reduction=None),
            True,
        ),
        "transcription_session.update/transcription_off": (
            lambda: transcription(input_audio_transcription=None),
            True,
        ),
    }


def build_beta() -> dict[str, str]:
    out = {}
    for case, (make, off) in beta_cases().items():
        event = make()
        out[f"openai/{case}.json"] = (
            event.model_dump_json(exclude_unset=True) if off else event.model_dump_json(exclude_none=True)
        )
    return out


# --------------------------------------------------------------------------- entry points


def build() -> dict[str, str]:
    """Every generated fixture: path relative to ``fixtures/`` -> exact wire text."""
    return {**build_azure(), **build_ga(), **build_beta()}


#: Wire types whose directories other generators write too (``_make_azure_fixtures.py``,
#: ``_make_ga_fixtures.py``): this script adds its files there and removes none.
SHARED_TYPES = frozenset({"response.create"})


def generated_dirs() -> set[Path]:
    """The ``fixtures/<dialect>/<wire type>/`` directories this script owns (shared ones excluded)."""
    return {(FIXTURES / path).parent for path in build()} - {
        directory for directory in FIXTURES.glob("*/*") if directory.name in SHARED_TYPES
    }


def main() -> None:
    files = build()
    for directory in generated_dirs():
        if directory.parent.name == "openai" and directory.name in DOTNET_TYPES:
            raise AssertionError(f"{directory} holds hand-written OpenAI-DotNet golden files")
        for stale in directory.glob("*.json"):
            if str(stale.relative_to(FIXTURES)) not in files:
                stale.unlink()
    for relative, text in files.items():
        path = FIXTURES / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {len(files)} fixtures", file=sys.stderr)


if __name__ == "__main__":
    main()
