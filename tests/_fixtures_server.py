"""Build server-event fixtures with the three SDKs themselves, one directory per wire type.

* azure — ``azure.ai.voicelive.models`` objects built with keyword arguments in each
  constructor's signature order (:func:`make`), written as ``json.dumps(model.as_dict())``:
  the text the SDK produces for an event it builds (``_models.py`` ``ServerEvent*``).
* openai-ga — ``openai.types.realtime`` models, ``model_dump_json(exclude_none=True)``.
* openai (beta) — ``openai.types.beta.realtime`` models, ``model_dump_json(exclude_none=True)``.

OpenAI models are built from keyword arguments whose nested values are plain dicts: the
SDK validates them into its own classes (and :func:`dump` refuses any key the SDK does
not declare, so a typo cannot slip in as an "extra"). Key order is the SDK's either way.

Each fixture is written to ``fixtures/<dialect>/<wire type>/<case>.json``: the exact text,
no trailing newline. ``build()`` returns every fixture (relative path → text) so that a test
can regenerate the corpus in memory and compare. Run ``python tests/_fixtures_server.py``
to rewrite the files (stale ones in server-event directories are removed).
"""

from __future__ import annotations

import datetime
import inspect
import json
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# Recognisable ids, shaped like the servers' own.
EVENT = "event_{}"
RESP = "resp_C9nJ3kqQ2vXbL7yT0aRmE"
ITEM = "item_C9nJ3lTq8WfZp1sHk4Ud2"
USER_ITEM = "item_C9nJ2xYb6NvQe3rMw8Lf5"
PREV_ITEM = "item_C9nJ2aPz0KcRt7uJd1Gh9"
CALL = "call_Qm4Zr7Kx2Lp9"
MCP_ITEM = "mcp_C9nJ3mVb5QxLs2oNe7Jr1"
AUDIO = "AAAA//8BAP7/AgD9/wMA/P8EAPv/BQD6/w=="  # 16 PCM16 samples, base64


def make(cls: Any, **kwargs: Any) -> Any:
    """Construct an Azure model with ``kwargs`` passed in its signature order (the order it writes keys)."""
    order: list[str] = []
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        for overload in typing.get_overloads(init):
            names = [name for name in inspect.signature(overload).parameters if name != "self"]
            if names and names[0] != "mapping":
                order = names
                break
        if order:
            break
    unknown = set(kwargs) - set(order)
    if unknown:
        raise TypeError(f"{cls.__name__} does not declare {sorted(unknown)}")
    return cls(**{name: kwargs[name] for name in order if name in kwargs})


def azure_text(event: Any) -> str:
    return json.dumps(event.as_dict())


def dump(model: Any) -> str:
    """``model_dump_json(exclude_none=True)``, after checking that every key is one the SDK declares."""
    _refuse_extras(model, "$")
    return str(model.model_dump_json(exclude_none=True))


def _refuse_extras(value: Any, path: str) -> None:
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        if value.model_extra:
            raise TypeError(f"{path}: undeclared keys {sorted(value.model_extra)} in {type(value).__name__}")
        for name in type(value).model_fields:
            _refuse_extras(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_extras(item, f"{path}[{index}]")


# --------------------------------------------------------------------------- Azure


def _azure() -> dict[str, Callable[[], Any]]:
    from azure.ai.voicelive import models as m

    def ev(cls: Any, n: int, **kwargs: Any) -> Any:
        return make(cls, event_id=EVENT.format(f"Az{n:03d}"), **kwargs)

    # Items and content parts as Azure's server sends them (ResponseItem, ContentPart: _models.py:4283, 2629).
    def assistant_audio(transcript: str, status: str = "completed") -> Any:
        return make(
            m.ResponseMessageItem,
            role="assistant",
            content=[make(m.ResponseAudioContentPart, transcript=transcript)],
            status=status,
            id=ITEM,
            object="realtime.item",
        )

    user_audio = make(
        m.ResponseMessageItem,
        role="user",
        content=[make(m.RequestAudioContentPart, audio=AUDIO, transcript="What's the weather in Paris?")],
        status="completed",
        id=USER_ITEM,
        object="realtime.item",
    )
    user_text_image = make(
        m.ResponseMessageItem,
        role="user",
        content=[
            make(m.RequestTextContentPart, text="What is in this picture?"),
            make(m.RequestImageContentPart, image_url="data:image/png;base64,iVBORw0KGgo=", detail="low"),
        ],
        status="completed",
        id=USER_ITEM,
        object="realtime.item",
    )
    system_text = make(
        m.ResponseMessageItem,
        role="system",
        content=[make(m.RequestTextContentPart, text="Answer in one sentence.")],
        status="completed",
        id="item_sys",
    )
    assistant_text = make(
        m.ResponseMessageItem,
        role="assistant",
        content=[make(m.ResponseTextContentPart, text="It is sunny and 24 °C in Paris.")],
        status="completed",
        id=ITEM,
        object="realtime.item",
    )
    function_call = make(
        m.ResponseFunctionCallItem,
        name="get_weather",
        call_id=CALL,
        arguments='{"city":"Paris"}',
        status="completed",
        id="item_fc",
        object="realtime.item",
    )
    function_output = make(
        m.ResponseFunctionCallOutputItem,
        call_id=CALL,
        output='{"temp_c":24,"sky":"clear"}',
        id="item_fco",
        object="realtime.item",
    )
    mcp_list = make(
        m.ResponseMCPListToolItem,
        tools=[
            make(
                m.MCPTool,
                name="search_docs",
                input_schema={"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]},
                description="Search the documentation.",
                annotations={"readOnlyHint": True, "title": None},
            )
        ],
        server_label="docs",
        id="item_mcpl",
    )
    mcp_call = make(
        m.ResponseMCPCallItem,
        arguments='{"q":"voices"}',
        server_label="docs",
        name="search_docs",
        id=MCP_ITEM,
        object="realtime.item",
        approval_request_id="item_mcpr",
        output="Three voices match.",
    )
    mcp_call_failed = make(
        m.ResponseMCPCallItem,
        arguments='{"q":"voices"}',
        server_label="docs",
        name="search_docs",
        id=MCP_ITEM,
        error={"code": 503, "message": "Service Unavailable", "type": "http_error"},
    )
    mcp_request = make(
        m.ResponseMCPApprovalRequestItem,
        name="search_docs",
        server_label="docs",
        id="item_mcpr",
        arguments='{"q":"voices"}',
    )
    mcp_response = make(
        m.ResponseMCPApprovalResponseItem,
        approval_request_id="item_mcpr",
        approve=True,
        id="item_mcpa",
        reason="Read-only search.",
    )
    web_search = make(m.ResponseWebSearchCallItem, status="completed", id="ws_1", object="realtime.item")
    file_search = make(
        m.ResponseFileSearchCallItem,
        status="completed",
        id="fs_1",
        queries=["refund policy"],
        results=[
            make(
                m.FileSearchResult,
                attributes={"lang": "en"},
                file_id="file_9x",
                filename="policy.pdf",
                score=0.87,
                text="Refunds within 30 days.",
            )
        ],
    )
    every_item = [
        assistant_text,
        assistant_audio("Here is the forecast."),
        function_call,
        function_output,
        mcp_list,
        mcp_request,
        mcp_response,
        mcp_call,
        web_search,
        file_search,
    ]

    usage = make(
        m.TokenUsage,
        total_tokens=1270,
        input_tokens=1032,
        output_tokens=238,
        input_token_details=make(
            m.InputTokenDetails,
            cached_tokens=768,
            text_tokens=912,
            audio_tokens=96,
            image_tokens=24,
            cached_tokens_details=make(m.CachedTokenDetails, text_tokens=704, audio_tokens=64, image_tokens=0),
        ),
        output_token_details=make(m.OutputTokenDetails, text_tokens=61, audio_tokens=177, reasoning_tokens=12),
    )
    standard_voice = make(
        m.AzureStandardVoice, name="en-US-AvaMultilingualNeural", temperature=0.8, locale="en-US", style="cheerful"
    )

    def response(**kwargs: Any) -> Any:
        return make(m.Response, **kwargs)

    done_common: dict[str, Any] = {
        "id": RESP,
        "object": "realtime.response",
        "conversation_id": "conv_C9nJ2",
        "voice": standard_voice,
        "modalities": ["text", "audio"],
        "output_audio_format": "pcm16",
        "temperature": 0.8,
        "max_output_tokens": "inf",
        "metadata": {"topic": "weather"},
    }

    session = make(
        m.ResponseSession,
        model="gpt-realtime",
        modalities=["text", "audio", "animation", "avatar"],
        animation=make(m.Animation, model_name="default", outputs=["blendshapes", "viseme_id"]),
        voice=standard_voice,
        instructions="You are a helpful assistant.",
        input_audio_sampling_rate=24000,
        input_audio_format="pcm16",
        output_audio_format="pcm16",
        turn_detection=make(
            m.AzureSemanticVadMultilingual,
            threshold=0.5,
            prefix_padding_ms=300,
            silence_duration_ms=500,
            end_of_utterance_detection=make(
                m.AzureSemanticDetectionMultilingual, threshold_level="default", timeout_ms=800
            ),
            remove_filler_words=False,
            languages=["en", "fr"],
            create_response=True,
            interrupt_response=True,
        ),
        input_audio_noise_reduction=make(m.AudioNoiseReduction, type="azure_deep_noise_suppression"),
        input_audio_echo_cancellation=make(m.AudioEchoCancellation),
        avatar=make(m.AvatarConfig, character="lisa", customized=False, style="casual-sitting"),
        input_audio_transcription=make(m.AudioInputTranscriptionOptions, model="azure-speech", language="en-US"),
        output_audio_timestamp_types=["word"],
        tools=[
            make(
                m.FunctionTool,
                name="get_weather",
                description="Get the weather for a city.",
                parameters={"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
            )
        ],
        tool_choice="auto",
        temperature=0.8,
        max_response_output_tokens="inf",
        id="sess_C9nJ1",
        expires_at=datetime.datetime(2026, 11, 30, 20, 0, 0, tzinfo=datetime.timezone.utc),
    )

    def rid(**kwargs: Any) -> dict[str, Any]:
        # response_id, item_id, output_index, content_index: the coordinates most deltas carry.
        return {"response_id": RESP, "item_id": ITEM, "output_index": 0, "content_index": 0, **kwargs}

    f: dict[str, Callable[[], Any]] = {
        # session
        "session.created/full": lambda: ev(m.ServerEventSessionCreated, 1, session=session),
        "session.created/minimal": lambda: ev(
            m.ServerEventSessionCreated, 2, session=make(m.ResponseSession, model="gpt-realtime", id="sess_C9nJ1")
        ),
        "session.updated/openai_voice": lambda: ev(
            m.ServerEventSessionUpdated,
            3,
            session=make(
                m.ResponseSession,
                model="gpt-realtime",
                modalities=["text"],
                voice=make(m.OpenAIVoice, name="alloy"),
                turn_detection=make(m.ServerVad, threshold=0.5, prefix_padding_ms=300, silence_duration_ms=200),
                id="sess_C9nJ1",
            ),
        ),
        "session.avatar.connecting/sdp": lambda: ev(
            m.ServerEventSessionAvatarConnecting, 4, server_sdp="v=0\r\no=- 4611 2 IN IP4 127.0.0.1\r\ns=-\r\n"
        ),
        "session.avatar.switch_to_idle/turn": lambda: ev(m.ServerEventSessionAvatarSwitchToIdle, 5, turn_id="turn_7"),
        "session.avatar.switch_to_speaking/turn": lambda: ev(
            m.ServerEventSessionAvatarSwitchToSpeaking, 6, turn_id="turn_7"
        ),
        "session.avatar.switch_to_speaking/minimal": lambda: make(m.ServerEventSessionAvatarSwitchToSpeaking),
        # conversation
        "conversation.item.created/user_audio": lambda: ev(
            m.ServerEventConversationItemCreated, 7, previous_item_id=PREV_ITEM, item=user_audio
        ),
        "conversation.item.created/user_text_image": lambda: ev(
            m.ServerEventConversationItemCreated, 8, previous_item_id=PREV_ITEM, item=user_text_image
        ),
        "conversation.item.created/system": lambda: ev(m.ServerEventConversationItemCreated, 9, item=system_text),
        "conversation.item.created/function_call_output": lambda: ev(
            m.ServerEventConversationItemCreated, 10, previous_item_id="item_fc", item=function_output
        ),
        "conversation.item.retrieved/assistant_text": lambda: ev(
            m.ServerEventConversationItemRetrieved, 11, item=assistant_text
        ),
        "conversation.item.deleted/basic": lambda: ev(m.ServerEventConversationItemDeleted, 12, item_id=ITEM),
        "conversation.item.truncated/basic": lambda: ev(
            m.ServerEventConversationItemTruncated, 13, item_id=ITEM, content_index=0, audio_end_ms=1860
        ),
        # input audio transcription
        "conversation.item.input_audio_transcription.completed/phrases_logprobs": lambda: ev(
            m.ServerEventConversationItemInputAudioTranscriptionCompleted,
            14,
            item_id=USER_ITEM,
            content_index=0,
            transcript="Hello there.",
            logprobs=[
                make(m.LogProbProperties, token="Hello", logprob=-0.0123, bytes=[72, 101, 108, 108, 111]),
                make(m.LogProbProperties, token=" there.", logprob=-0.31, bytes=[32, 116, 104, 101, 114, 101, 46]),
            ],
            phrases=[
                make(
                    m.TranscriptionPhrase,
                    offset_milliseconds=120,
                    duration_milliseconds=900,
                    text="Hello there.",
                    words=[
                        make(m.TranscriptionWord, text="Hello", offset_milliseconds=120, duration_milliseconds=400),
                        make(m.TranscriptionWord, text="there", offset_milliseconds=560, duration_milliseconds=460),
                    ],
                    locale="en-US",
                    confidence=0.93,
                )
            ],
        ),
        "conversation.item.input_audio_transcription.completed/minimal": lambda: ev(
            m.ServerEventConversationItemInputAudioTranscriptionCompleted,
            15,
            item_id=USER_ITEM,
            content_index=0,
            transcript="Bonjour, ça va ?",
        ),
        "conversation.item.input_audio_transcription.delta/logprobs": lambda: ev(
            m.ServerEventConversationItemInputAudioTranscriptionDelta,
            16,
            item_id=USER_ITEM,
            content_index=0,
            delta="Hello",
            logprobs=[make(m.LogProbProperties, token="Hello", logprob=-0.0123, bytes=[72, 101, 108, 108, 111])],
        ),
        "conversation.item.input_audio_transcription.delta/minimal": lambda: ev(
            m.ServerEventConversationItemInputAudioTranscriptionDelta, 17, item_id=USER_ITEM
        ),
        "conversation.item.input_audio_transcription.failed/error": lambda: ev(
            m.ServerEventConversationItemInputAudioTranscriptionFailed,
            18,
            item_id=USER_ITEM,
            content_index=0,
            error=make(
                m.VoiceLiveErrorDetails,
                code="DeploymentNotFound",
                message="Input transcription failed for item 'item_C9nJ2xYb6NvQe3rMw8Lf5'.",
                type="server_error",
            ),
        ),
        # input audio buffer
        "input_audio_buffer.committed/previous": lambda: ev(
            m.ServerEventInputAudioBufferCommitted, 19, item_id=USER_ITEM, previous_item_id=PREV_ITEM
        ),
        "input_audio_buffer.committed/first": lambda: ev(m.ServerEventInputAudioBufferCommitted, 20, item_id=USER_ITEM),
        "input_audio_buffer.cleared/basic": lambda: ev(m.ServerEventInputAudioBufferCleared, 21),
        "input_audio_buffer.speech_started/basic": lambda: ev(
            m.ServerEventInputAudioBufferSpeechStarted, 22, audio_start_ms=1236, item_id=USER_ITEM
        ),
        "input_audio_buffer.speech_stopped/basic": lambda: ev(
            m.ServerEventInputAudioBufferSpeechStopped, 23, audio_end_ms=2980, item_id=USER_ITEM
        ),
        "output_audio_buffer.cleared/basic": lambda: ev(m.ServerEventOutputAudioBufferCleared, 24),
        # errors
        "error/invalid_value": lambda: ev(
            m.ServerEventError,
            25,
            error=make(
                m.ServerEventErrorDetails,
                type="invalid_request_error",
                code="invalid_value",
                message="Invalid value: 'pcm32'. Supported values are: 'pcm16', 'g711_ulaw', and 'g711_alaw'.",
                param="session.output_audio_format",
                event_id="evt_client_12",
            ),
        ),
        "error/minimal": lambda: ev(
            m.ServerEventError,
            26,
            error=make(m.ServerEventErrorDetails, type="server_error", message="Internal error."),
        ),
        "warning/basic": lambda: ev(
            m.ServerEventWarning,
            27,
            warning=make(
                m.ServerEventWarningDetails,
                message="Voice temperature is ignored by this voice.",
                code="parameter_ignored",
                param="session.voice.temperature",
            ),
        ),
        # responses
        "response.created/in_progress": lambda: ev(
            m.ServerEventResponseCreated,
            28,
            response=response(
                id=RESP,
                object="realtime.response",
                status="in_progress",
                output=[],
                conversation_id="conv_C9nJ2",
                voice="alloy",
                modalities=["text", "audio"],
                output_audio_format="pcm16",
                temperature=0.8,
                max_output_tokens=4096,
            ),
        ),
        "response.done/every_item": lambda: ev(
            m.ServerEventResponseDone,
            29,
            response=response(status="completed", output=every_item, usage=usage, **done_common),
        ),
        "response.done/cancelled": lambda: ev(
            m.ServerEventResponseDone,
            30,
            response=response(
                id=RESP,
                object="realtime.response",
                status="cancelled",
                status_details=make(m.ResponseCancelledDetails, reason="turn_detected"),
                output=[assistant_audio("Here is the fore", status="incomplete")],
            ),
        ),
        "response.done/incomplete": lambda: ev(
            m.ServerEventResponseDone,
            31,
            response=response(
                id=RESP,
                status="incomplete",
                status_details=make(m.ResponseIncompleteDetails, reason="max_output_tokens"),
                output=[assistant_audio("The forecast for", status="incomplete")],
                max_output_tokens=16,
            ),
        ),
        "response.done/failed": lambda: ev(
            m.ServerEventResponseDone,
            32,
            response=response(
                id=RESP,
                status="failed",
                status_details=make(
                    m.ResponseFailedDetails,
                    error={"type": "server_error", "code": "rate_limit_exceeded", "message": "Too many requests."},
                ),
                output=[],
            ),
        ),
        "response.done/mcp_call_failed": lambda: ev(
            m.ServerEventResponseDone,
            33,
            response=response(id=RESP, status="completed", output=[mcp_call_failed]),
        ),
        "response.output_item.added/assistant_audio": lambda: ev(
            m.ServerEventResponseOutputItemAdded,
            34,
            response_id=RESP,
            output_index=0,
            item=make(
                m.ResponseMessageItem,
                role="assistant",
                content=[],
                status="in_progress",
                id=ITEM,
                object="realtime.item",
            ),
        ),
        "response.output_item.added/function_call": lambda: ev(
            m.ServerEventResponseOutputItemAdded,
            35,
            response_id=RESP,
            output_index=1,
            item=make(
                m.ResponseFunctionCallItem,
                name="get_weather",
                call_id=CALL,
                arguments="",
                status="in_progress",
                id="item_fc",
                object="realtime.item",
            ),
        ),
        "response.output_item.done/assistant_audio": lambda: ev(
            m.ServerEventResponseOutputItemDone,
            36,
            response_id=RESP,
            output_index=0,
            item=assistant_audio("Here is the forecast."),
        ),
        "response.output_item.done/web_search": lambda: ev(
            m.ServerEventResponseOutputItemDone, 37, response_id=RESP, output_index=2, item=web_search
        ),
        "response.content_part.added/audio": lambda: ev(
            m.ServerEventResponseContentPartAdded, 38, **rid(part=make(m.ResponseAudioContentPart, transcript=""))
        ),
        "response.content_part.added/text": lambda: ev(
            m.ServerEventResponseContentPartAdded, 39, **rid(part=make(m.ResponseTextContentPart, text=""))
        ),
        "response.content_part.done/audio": lambda: ev(
            m.ServerEventResponseContentPartDone,
            40,
            **rid(part=make(m.ResponseAudioContentPart, transcript="Here is the forecast.")),
        ),
        "response.content_part.done/text": lambda: ev(
            m.ServerEventResponseContentPartDone,
            41,
            **rid(part=make(m.ResponseTextContentPart, text="It is sunny and 24 °C in Paris.")),
        ),
        "response.text.delta/basic": lambda: ev(m.ServerEventResponseTextDelta, 42, **rid(delta="It is sunny")),
        "response.text.done/basic": lambda: ev(
            m.ServerEventResponseTextDone, 43, **rid(text="It is sunny and 24 °C in Paris.")
        ),
        "response.audio.delta/basic": lambda: ev(m.ServerEventResponseAudioDelta, 44, **rid(delta=AUDIO)),
        "response.audio.delta/bytes": lambda: ev(
            # The SDK types delta as bytes and writes standard base64 (model_base.py:105-109).
            m.ServerEventResponseAudioDelta,
            45,
            **rid(delta=bytes(range(0, 256, 7))),
        ),
        "response.audio.done/basic": lambda: ev(m.ServerEventResponseAudioDone, 46, **rid()),
        "response.audio_transcript.delta/basic": lambda: ev(
            m.ServerEventResponseAudioTranscriptDelta, 47, **rid(delta="Here is")
        ),
        "response.audio_transcript.done/basic": lambda: ev(
            m.ServerEventResponseAudioTranscriptDone, 48, **rid(transcript="Here is the forecast.")
        ),
        "response.audio_transcript.annotation.added/citation": lambda: ev(
            m.ServerEventResponseAudioTranscriptAnnotationAdded,
            49,
            **rid(
                annotation_index=0,
                annotation={
                    "type": "url_citation",
                    "url": "https://example.com/weather",
                    "start_index": 0,
                    "end": None,
                },
            ),
        ),
        # A null annotation: the SDK keeps one it reads from the wire, where its constructor drops
        # a None keyword; so the event is read from the dict the constructor writes, with the null.
        "response.audio_transcript.annotation.added/null": lambda: m.ServerEventResponseAudioTranscriptAnnotationAdded(
            {
                **ev(
                    m.ServerEventResponseAudioTranscriptAnnotationAdded, 91, **rid(annotation_index=1, annotation={})
                ).as_dict(),
                "annotation": None,
            }
        ),
        "response.function_call_arguments.delta/basic": lambda: ev(
            m.ServerEventResponseFunctionCallArgumentsDelta,
            50,
            response_id=RESP,
            item_id="item_fc",
            output_index=1,
            call_id=CALL,
            delta='{"city":',
        ),
        "response.function_call_arguments.done/basic": lambda: ev(
            m.ServerEventResponseFunctionCallArgumentsDone,
            51,
            response_id=RESP,
            item_id="item_fc",
            output_index=1,
            call_id=CALL,
            arguments='{"city":"Paris"}',
            name="get_weather",
        ),
        # tools
        "mcp_list_tools.in_progress/basic": lambda: ev(m.ServerEventMcpListToolsInProgress, 52, item_id="item_mcpl"),
        "mcp_list_tools.completed/basic": lambda: ev(m.ServerEventMcpListToolsCompleted, 53, item_id="item_mcpl"),
        "mcp_list_tools.failed/basic": lambda: ev(m.ServerEventMcpListToolsFailed, 54, item_id="item_mcpl"),
        "response.mcp_call_arguments.delta/obfuscation": lambda: ev(
            m.ServerEventResponseMcpCallArgumentsDelta,
            55,
            delta='{"q":',
            item_id=MCP_ITEM,
            response_id=RESP,
            output_index=3,
            obfuscation="k2Lq0",
        ),
        "response.mcp_call_arguments.done/basic": lambda: ev(
            m.ServerEventResponseMcpCallArgumentsDone,
            56,
            item_id=MCP_ITEM,
            response_id=RESP,
            output_index=3,
            arguments='{"q":"voices"}',
        ),
        "response.mcp_call.in_progress/basic": lambda: ev(
            m.ServerEventResponseMcpCallInProgress, 57, item_id=MCP_ITEM, output_index=3
        ),
        "response.mcp_call.completed/basic": lambda: ev(
            m.ServerEventResponseMcpCallCompleted, 58, item_id=MCP_ITEM, output_index=3
        ),
        "response.mcp_call.failed/basic": lambda: ev(
            m.ServerEventResponseMcpCallFailed, 59, item_id=MCP_ITEM, output_index=3
        ),
        "response.web_search_call.in_progress/basic": lambda: ev(
            m.ServerEventResponseWebSearchCallInProgress,
            60,
            response_id=RESP,
            item_id="ws_1",
            output_index=2,
            sequence_number=1,
        ),
        "response.web_search_call.searching/basic": lambda: ev(
            m.ServerEventResponseWebSearchCallSearching,
            61,
            response_id=RESP,
            item_id="ws_1",
            output_index=2,
            sequence_number=2,
        ),
        "response.web_search_call.completed/basic": lambda: ev(
            m.ServerEventResponseWebSearchCallCompleted,
            62,
            response_id=RESP,
            item_id="ws_1",
            output_index=2,
            sequence_number=3,
        ),
        "response.file_search_call.in_progress/basic": lambda: ev(
            m.ServerEventResponseFileSearchCallInProgress,
            63,
            response_id=RESP,
            item_id="fs_1",
            output_index=4,
            sequence_number=1,
        ),
        "response.file_search_call.searching/basic": lambda: ev(
            m.ServerEventResponseFileSearchCallSearching,
            64,
            response_id=RESP,
            item_id="fs_1",
            output_index=4,
            sequence_number=2,
        ),
        "response.file_search_call.completed/basic": lambda: ev(
            m.ServerEventResponseFileSearchCallCompleted,
            65,
            response_id=RESP,
            item_id="fs_1",
            output_index=4,
            sequence_number=3,
        ),
        "response.invocation.delta/agent_event": lambda: ev(
            m.ServerEventResponseInvocationDelta,
            66,
            delta={
                "event": "thread.run.step.created",
                "data": {"id": "step_1", "status": "in_progress", "usage": None},
            },
        ),
        # avatar
        "response.animation_blendshapes.delta/frames": lambda: ev(
            m.ServerEventResponseAnimationBlendshapeDelta,
            67,
            **rid(frames=[[0.0, 0.1254, 1.0, 0], [0.012, -3.1e-06, 0.392699, 1]], frame_index=30),
        ),
        "response.animation_blendshapes.delta/string_frames": lambda: ev(
            m.ServerEventResponseAnimationBlendshapeDelta, 68, **rid(frames="AAAAAD0KBz4=", frame_index=0)
        ),
        "response.animation_blendshapes.done/basic": lambda: ev(
            m.ServerEventResponseAnimationBlendshapeDone, 69, response_id=RESP, item_id=ITEM, output_index=0
        ),
        "response.animation_viseme.delta/basic": lambda: ev(
            m.ServerEventResponseAnimationVisemeDelta, 70, **rid(audio_offset_ms=450, viseme_id=21)
        ),
        "response.animation_viseme.done/basic": lambda: ev(m.ServerEventResponseAnimationVisemeDone, 71, **rid()),
        "response.audio_timestamp.delta/word": lambda: ev(
            m.ServerEventResponseAudioTimestampDelta,
            72,
            **rid(audio_offset_ms=450, audio_duration_ms=312, text="forecast"),
        ),
        "response.audio_timestamp.done/basic": lambda: ev(m.ServerEventResponseAudioTimestampDone, 73, **rid()),
        "response.video.delta/h264": lambda: ev(
            m.ServerEventResponseVideoDelta, 74, output_index=0, codec="h264", delta="AAAAAWdCwB6Mb0A="
        ),
    }
    return f


# --------------------------------------------------------------------------- OpenAI GA and beta


def _openai(beta: bool) -> dict[str, Callable[[], Any]]:
    import importlib

    package = "openai.types.beta.realtime" if beta else "openai.types.realtime"
    union = importlib.import_module(f"{package}.realtime_server_event").RealtimeServerEvent
    from typing import get_args

    def members(annotation: Any) -> list[Any]:
        args = get_args(annotation)
        if not args:
            return [annotation]
        if getattr(annotation, "__metadata__", None) is not None:
            return members(args[0])
        return [m for a in args for m in members(a)]

    classes = {get_args(c.model_fields["type"].annotation)[0]: c for c in members(union)}
    tag = "Bt" if beta else "Ga"

    def ev(wire_type: str, n: int, **kwargs: Any) -> Any:
        return classes[wire_type](type=wire_type, event_id=EVENT.format(f"{tag}{n:03d}"), **kwargs)

    def rid(**kwargs: Any) -> dict[str, Any]:
        return {"response_id": RESP, "item_id": ITEM, "output_index": 0, "content_index": 0, **kwargs}

    text_type, audio_type = ("text", "audio") if beta else ("output_text", "output_audio")
    assistant_audio = {
        "id": ITEM,
        "object": "realtime.item",
        "type": "message",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": audio_type, "transcript": "Here is the forecast."}],
    }
    assistant_text = {
        "id": ITEM,
        "object": "realtime.item",
        "type": "message",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": text_type, "text": "It is sunny and 24 °C in Paris."}],
    }
    user_audio = {
        "id": USER_ITEM,
        "object": "realtime.item",
        "type": "message",
        "status": "completed",
        "role": "user",
        "content": [{"type": "input_audio", "transcript": "What's the weather in Paris?"}],
    }
    system_text = {
        "id": "item_sys",
        "type": "message",
        "status": "completed",
        "role": "system",
        "content": [{"type": "input_text", "text": "Answer in one sentence."}],
    }
    function_call = {
        "id": "item_fc",
        "object": "realtime.item",
        "type": "function_call",
        "status": "completed",
        "name": "get_weather",
        "call_id": CALL,
        "arguments": '{"city":"Paris"}',
    }
    function_output = {
        "id": "item_fco",
        "object": "realtime.item",
        "type": "function_call_output",
        "call_id": CALL,
        "output": '{"temp_c":24,"sky":"clear"}',
    }
    every_item = [assistant_text, assistant_audio, function_call, function_output]
    if not beta:
        user_text_image = {
            "id": USER_ITEM,
            "type": "message",
            "role": "user",
            "content": [
                {"type": "input_text", "text": "What is in this picture?"},
                {"type": "input_image", "image_url": "data:image/png;base64,iVBORw0KGgo=", "detail": "low"},
            ],
        }
        every_item = [
            assistant_text,
            assistant_audio,
            function_call,
            function_output,
            {
                "id": "item_mcpl",
                "type": "mcp_list_tools",
                "server_label": "docs",
                "tools": [
                    {
                        "name": "search_docs",
                        "description": "Search the documentation.",
                        "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}},
                        "annotations": {"readOnlyHint": True, "title": None},
                    }
                ],
            },
            {
                "id": "item_mcpr",
                "type": "mcp_approval_request",
                "name": "search_docs",
                "server_label": "docs",
                "arguments": '{"q":"voices"}',
            },
            {
                "id": "item_mcpa",
                "type": "mcp_approval_response",
                "approval_request_id": "item_mcpr",
                "approve": True,
                "reason": "Read-only search.",
            },
            {
                "id": MCP_ITEM,
                "type": "mcp_call",
                "name": "search_docs",
                "server_label": "docs",
                "arguments": '{"q":"voices"}',
                "approval_request_id": "item_mcpr",
                "output": "Three voices match.",
            },
            {
                "id": "item_mcpc2",
                "type": "mcp_call",
                "name": "search_docs",
                "server_label": "docs",
                "arguments": "{}",
                "error": {"type": "protocol_error", "code": -32602, "message": "Invalid params"},
            },
        ]

    input_details: dict[str, Any] = {"audio_tokens": 96, "cached_tokens": 768, "text_tokens": 912}
    if not beta:
        input_details |= {
            "image_tokens": 24,
            "cached_tokens_details": {"audio_tokens": 64, "image_tokens": 0, "text_tokens": 704},
        }
    usage = {
        "total_tokens": 1270,
        "input_tokens": 1032,
        "output_tokens": 238,
        "input_token_details": input_details,
        "output_token_details": {"text_tokens": 61, "audio_tokens": 177},
    }
    if beta:
        settings: dict[str, Any] = {
            "modalities": ["text", "audio"],
            "voice": "coral",
            "output_audio_format": "pcm16",
            "temperature": 0.8,
        }
    else:
        settings = {
            "output_modalities": ["audio"],
            "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin"}},
        }
    done = {
        "id": RESP,
        "object": "realtime.response",
        "status": "completed",
        "output": every_item,
        "usage": usage,
        "conversation_id": "conv_C9nJ2",
        "max_output_tokens": "inf",
        "metadata": {"topic": "weather"},
        **settings,
    }
    logprobs = [
        {"token": "Hello", "logprob": -0.0123, "bytes": [72, 101, 108, 108, 111]},
        {"token": " there.", "logprob": -0.31, "bytes": [32, 116, 104, 101, 114, 101, 46]},
    ]
    tool = {
        "type": "function",
        "name": "get_weather",
        "description": "Get the weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    }
    if beta:
        realtime_session: dict[str, Any] = {
            "id": "sess_C9nJ1",
            "model": "gpt-realtime",
            "modalities": ["text", "audio"],
            "instructions": "You are a helpful assistant.",
            "voice": "coral",
            "input_audio_format": "pcm16",
            "output_audio_format": "pcm16",
            "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": "en"},
            "input_audio_noise_reduction": {"type": "near_field"},
            "turn_detection": {
                "type": "server_vad",
                "threshold": 0.5,
                "prefix_padding_ms": 300,
                "silence_duration_ms": 500,
                "create_response": True,
                "interrupt_response": True,
            },
            "tools": [tool],
            "tool_choice": "auto",
            "temperature": 0.8,
            "max_response_output_tokens": "inf",
            "speed": 1.1,
            "tracing": "auto",
        }
    else:
        realtime_session = {
            "type": "realtime",
            "model": "gpt-realtime",
            "output_modalities": ["audio"],
            "instructions": "You are a helpful assistant.",
            "audio": {
                "input": {
                    "format": {"type": "audio/pcm", "rate": 24000},
                    "noise_reduction": {"type": "near_field", "strength": 0.5},
                    "transcription": {"model": "gpt-4o-transcribe", "language": "en"},
                    "turn_detection": {
                        "type": "server_vad",
                        "threshold": 0.5,
                        "prefix_padding_ms": 300,
                        "silence_duration_ms": 500,
                        "idle_timeout_ms": 6000,
                        "create_response": True,
                        "interrupt_response": True,
                    },
                },
                "output": {"format": {"type": "audio/pcmu"}, "voice": "marin", "speed": 1.1},
            },
            "include": ["item.input_audio_transcription.logprobs"],
            "tools": [tool],
            "tool_choice": "auto",
            "max_output_tokens": "inf",
            "tracing": "auto",
            "truncation": "auto",
        }

    f: dict[str, Callable[[], Any]] = {
        "session.created/full": lambda: ev("session.created", 1, session=realtime_session),
        "session.updated/text_only": lambda: ev(
            "session.updated",
            2,
            session={"modalities": ["text"], "id": "sess_C9nJ1", "model": "gpt-realtime"}
            if beta
            else {"type": "realtime", "output_modalities": ["text"], "model": "gpt-realtime"},
        ),
        "conversation.created/basic": lambda: ev(
            "conversation.created", 3, conversation={"id": "conv_C9nJ2", "object": "realtime.conversation"}
        ),
        "conversation.item.created/user_audio": lambda: ev(
            "conversation.item.created", 4, previous_item_id=PREV_ITEM, item=user_audio
        ),
        "conversation.item.created/function_call_output": lambda: ev(
            "conversation.item.created", 5, previous_item_id="item_fc", item=function_output
        ),
        "conversation.item.retrieved/assistant_text": lambda: ev("conversation.item.retrieved", 6, item=assistant_text),
        "conversation.item.deleted/basic": lambda: ev("conversation.item.deleted", 7, item_id=ITEM),
        "conversation.item.truncated/basic": lambda: ev(
            "conversation.item.truncated", 8, item_id=ITEM, content_index=0, audio_end_ms=1860
        ),
        "conversation.item.input_audio_transcription.completed/tokens_logprobs": lambda: ev(
            "conversation.item.input_audio_transcription.completed",
            9,
            item_id=USER_ITEM,
            content_index=0,
            transcript="Hello there.",
            usage={
                "type": "tokens",
                "input_tokens": 13,
                "output_tokens": 9,
                "total_tokens": 22,
                "input_token_details": {"audio_tokens": 13, "text_tokens": 0},
            },
            logprobs=logprobs,
            **({} if beta else {"languages": [{"code": "en"}]}),
        ),
        "conversation.item.input_audio_transcription.completed/duration": lambda: ev(
            "conversation.item.input_audio_transcription.completed",
            10,
            item_id=USER_ITEM,
            content_index=0,
            transcript="Bonjour, ça va ?",
            usage={"type": "duration", "seconds": 2.4},
        ),
        "conversation.item.input_audio_transcription.delta/logprobs": lambda: ev(
            "conversation.item.input_audio_transcription.delta",
            11,
            item_id=USER_ITEM,
            content_index=0,
            delta="Hello",
            logprobs=logprobs[:1],
        ),
        "conversation.item.input_audio_transcription.delta/minimal": lambda: ev(
            "conversation.item.input_audio_transcription.delta", 12, item_id=USER_ITEM
        ),
        "conversation.item.input_audio_transcription.failed/error": lambda: ev(
            "conversation.item.input_audio_transcription.failed",
            13,
            item_id=USER_ITEM,
            content_index=0,
            error={
                "type": "server_error",
                "code": "DeploymentNotFound",
                "message": "Input transcription failed for item 'item_C9nJ2xYb6NvQe3rMw8Lf5'.",
            },
        ),
        "input_audio_buffer.committed/previous": lambda: ev(
            "input_audio_buffer.committed", 14, item_id=USER_ITEM, previous_item_id=PREV_ITEM
        ),
        "input_audio_buffer.committed/first": lambda: ev("input_audio_buffer.committed", 15, item_id=USER_ITEM),
        "input_audio_buffer.cleared/basic": lambda: ev("input_audio_buffer.cleared", 16),
        "input_audio_buffer.speech_started/basic": lambda: ev(
            "input_audio_buffer.speech_started", 17, audio_start_ms=1236, item_id=USER_ITEM
        ),
        "input_audio_buffer.speech_stopped/basic": lambda: ev(
            "input_audio_buffer.speech_stopped", 18, audio_end_ms=2980, item_id=USER_ITEM
        ),
        "output_audio_buffer.started/basic": lambda: ev("output_audio_buffer.started", 19, response_id=RESP),
        "output_audio_buffer.stopped/basic": lambda: ev("output_audio_buffer.stopped", 20, response_id=RESP),
        "output_audio_buffer.cleared/basic": lambda: ev("output_audio_buffer.cleared", 21, response_id=RESP),
        "error/invalid_value": lambda: ev(
            "error",
            22,
            error={
                "type": "invalid_request_error",
                "code": "invalid_value",
                "message": "Invalid value: 'text'. Value must be 'output_text'.",
                "param": "item.content[0].type",
                "event_id": "evt_client_12",
            },
        ),
        "error/minimal": lambda: ev("error", 23, error={"type": "server_error", "message": "Internal error."}),
        "rate_limits.updated/requests_tokens": lambda: ev(
            "rate_limits.updated",
            24,
            rate_limits=[
                {"name": "requests", "limit": 20000, "remaining": 19999, "reset_seconds": 0.003},
                {"name": "tokens", "limit": 15000000, "remaining": 14994510, "reset_seconds": 0.021},
            ],
        ),
        "response.created/in_progress": lambda: ev(
            "response.created",
            25,
            response={
                "id": RESP,
                "object": "realtime.response",
                "status": "in_progress",
                "output": [],
                "conversation_id": "conv_C9nJ2",
                "max_output_tokens": 4096,
                **settings,
            },
        ),
        "response.done/every_item": lambda: ev("response.done", 26, response=done),
        "response.done/cancelled": lambda: ev(
            "response.done",
            27,
            response={
                "id": RESP,
                "object": "realtime.response",
                "status": "cancelled",
                "status_details": {"type": "cancelled", "reason": "turn_detected"},
                "output": [dict(assistant_audio, status="incomplete")],
            },
        ),
        "response.done/incomplete": lambda: ev(
            "response.done",
            28,
            response={
                "id": RESP,
                "status": "incomplete",
                "status_details": {"type": "incomplete", "reason": "max_output_tokens"},
                "max_output_tokens": 16,
            },
        ),
        "response.done/failed": lambda: ev(
            "response.done",
            29,
            response={
                "id": RESP,
                "status": "failed",
                "status_details": {
                    "type": "failed",
                    "error": {"type": "server_error", "code": "rate_limit_exceeded", "message": "Too many requests."},
                },
                "output": [],
            },
        ),
        "response.output_item.added/assistant": lambda: ev(
            "response.output_item.added",
            30,
            response_id=RESP,
            output_index=0,
            item={"id": ITEM, "type": "message", "status": "in_progress", "role": "assistant", "content": []},
        ),
        "response.output_item.added/function_call": lambda: ev(
            "response.output_item.added",
            31,
            response_id=RESP,
            output_index=1,
            item=dict(function_call, status="in_progress", arguments=""),
        ),
        "response.output_item.done/assistant_audio": lambda: ev(
            "response.output_item.done", 32, response_id=RESP, output_index=0, item=assistant_audio
        ),
        "response.content_part.added/audio": lambda: ev(
            "response.content_part.added", 33, **rid(part={"type": "audio", "transcript": ""})
        ),
        "response.content_part.added/text": lambda: ev(
            "response.content_part.added", 34, **rid(part={"type": "text", "text": ""})
        ),
        "response.content_part.done/audio": lambda: ev(
            "response.content_part.done", 35, **rid(part={"type": "audio", "transcript": "Here is the forecast."})
        ),
        "response.content_part.done/text": lambda: ev(
            "response.content_part.done", 36, **rid(part={"type": "text", "text": "It is sunny and 24 °C in Paris."})
        ),
        "response.function_call_arguments.delta/basic": lambda: ev(
            "response.function_call_arguments.delta",
            37,
            response_id=RESP,
            item_id="item_fc",
            output_index=1,
            call_id=CALL,
            delta='{"city":',
        ),
        "response.function_call_arguments.done/basic": lambda: ev(
            "response.function_call_arguments.done",
            38,
            response_id=RESP,
            item_id="item_fc",
            output_index=1,
            call_id=CALL,
            arguments='{"city":"Paris"}',
            **({} if beta else {"name": "get_weather"}),
        ),
    }
    t = {
        "text.delta": "response.text.delta" if beta else "response.output_text.delta",
        "text.done": "response.text.done" if beta else "response.output_text.done",
        "audio.delta": "response.audio.delta" if beta else "response.output_audio.delta",
        "audio.done": "response.audio.done" if beta else "response.output_audio.done",
        "transcript.delta": "response.audio_transcript.delta" if beta else "response.output_audio_transcript.delta",
        "transcript.done": "response.audio_transcript.done" if beta else "response.output_audio_transcript.done",
    }
    f |= {
        f"{t['text.delta']}/basic": lambda: ev(t["text.delta"], 39, **rid(delta="It is sunny")),
        f"{t['text.done']}/basic": lambda: ev(t["text.done"], 40, **rid(text="It is sunny and 24 °C in Paris.")),
        f"{t['audio.delta']}/basic": lambda: ev(t["audio.delta"], 41, **rid(delta=AUDIO)),
        f"{t['audio.done']}/basic": lambda: ev(t["audio.done"], 42, **rid()),
        f"{t['transcript.delta']}/basic": lambda: ev(t["transcript.delta"], 43, **rid(delta="Here is")),
        f"{t['transcript.done']}/basic": lambda: ev(
            t["transcript.done"], 44, **rid(transcript="Here is the forecast.")
        ),
    }
    if beta:
        f["transcription_session.updated/full"] = lambda: ev(
            "transcription_session.updated",
            45,
            session={
                "client_secret": {"value": "ek_68af0c2e", "expires_at": 1764532800},
                "input_audio_format": "pcm16",
                "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": "en", "prompt": "weather"},
                "modalities": ["text"],
                "turn_detection": {
                    "type": "server_vad",
                    "threshold": 0.5,
                    "prefix_padding_ms": 300,
                    "silence_duration_ms": 500,
                },
            },
        )
        return f
    f |= {
        "session.created/transcription": lambda: ev(
            "session.created",
            46,
            session={
                "type": "transcription",
                "audio": {
                    "input": {
                        "format": {"type": "audio/pcm", "rate": 24000},
                        "noise_reduction": {"type": "far_field"},
                        "transcription": {"model": "gpt-4o-transcribe-diarize", "language": "en"},
                        "turn_detection": {"type": "semantic_vad", "eagerness": "low"},
                    }
                },
                "include": ["item.input_audio_transcription.logprobs"],
            },
        ),
        "conversation.item.created/user_text_image": lambda: ev(
            "conversation.item.created", 47, previous_item_id=PREV_ITEM, item=user_text_image
        ),
        "conversation.item.added/user_audio": lambda: ev(
            "conversation.item.added", 48, previous_item_id=PREV_ITEM, item=dict(user_audio, status="in_progress")
        ),
        "conversation.item.added/system": lambda: ev("conversation.item.added", 49, item=system_text),
        "conversation.item.done/user_audio": lambda: ev(
            "conversation.item.done", 50, previous_item_id=PREV_ITEM, item=user_audio
        ),
        "conversation.item.input_audio_transcription.segment/speaker": lambda: ev(
            "conversation.item.input_audio_transcription.segment",
            51,
            id="seg_0001",
            item_id=USER_ITEM,
            content_index=0,
            text="Hello there.",
            speaker="A",
            start=0.12,
            end=1.02,
        ),
        "input_audio_buffer.timeout_triggered/basic": lambda: ev(
            "input_audio_buffer.timeout_triggered", 52, audio_start_ms=13216, audio_end_ms=19232, item_id=USER_ITEM
        ),
        "input_audio_buffer.dtmf_event_received/key": lambda: classes["input_audio_buffer.dtmf_event_received"](
            type="input_audio_buffer.dtmf_event_received", event="5", received_at=1764532800
        ),
        "mcp_list_tools.in_progress/basic": lambda: ev("mcp_list_tools.in_progress", 53, item_id="item_mcpl"),
        "mcp_list_tools.completed/basic": lambda: ev("mcp_list_tools.completed", 54, item_id="item_mcpl"),
        "mcp_list_tools.failed/basic": lambda: ev("mcp_list_tools.failed", 55, item_id="item_mcpl"),
        "response.mcp_call_arguments.delta/obfuscation": lambda: ev(
            "response.mcp_call_arguments.delta",
            56,
            response_id=RESP,
            item_id=MCP_ITEM,
            output_index=3,
            delta='{"q":',
            obfuscation="k2Lq0",
        ),
        "response.mcp_call_arguments.done/basic": lambda: ev(
            "response.mcp_call_arguments.done",
            57,
            response_id=RESP,
            item_id=MCP_ITEM,
            output_index=3,
            arguments='{"q":"voices"}',
        ),
        "response.mcp_call.in_progress/basic": lambda: ev(
            "response.mcp_call.in_progress", 58, item_id=MCP_ITEM, output_index=3
        ),
        "response.mcp_call.completed/basic": lambda: ev(
            "response.mcp_call.completed", 59, item_id=MCP_ITEM, output_index=3
        ),
        "response.mcp_call.failed/basic": lambda: ev("response.mcp_call.failed", 60, item_id=MCP_ITEM, output_index=3),
    }
    return f


# --------------------------------------------------------------------------- the corpus


def build() -> dict[str, str]:
    """Every fixture: path relative to ``fixtures/`` → exact wire text."""
    out: dict[str, str] = {}
    for case, factory in _azure().items():
        out[f"azure/{case}.json"] = azure_text(factory())
    for dialect, beta in (("openai-ga", False), ("openai", True)):
        for case, factory in _openai(beta).items():
            out[f"{dialect}/{case}.json"] = dump(factory())
    return out


def server_types() -> dict[str, set[str]]:
    """Every server event ``type`` of each dialect's SDK: the directories this corpus owns."""
    import importlib

    from azure.ai.voicelive.models import _models

    out = {"azure": set(_models.ServerEvent.__mapping__)}
    for dialect, package in (("openai-ga", "openai.types.realtime"), ("openai", "openai.types.beta.realtime")):
        union = importlib.import_module(f"{package}.realtime_server_event").RealtimeServerEvent
        out[dialect] = {
            typing.get_args(m.model_fields["type"].annotation)[0] for m in typing.get_args(typing.get_args(union)[0])
        }
    return out


def main() -> None:
    fixtures = build()
    owned = {f"{dialect}/{t}" for dialect, types in server_types().items() for t in types}
    stale = [
        path
        for directory in sorted(owned)
        if (FIXTURES / directory).is_dir()
        for path in (FIXTURES / directory).glob("*.json")
        if str(path.relative_to(FIXTURES)) not in fixtures
    ]
    for path in stale:
        path.unlink()
    for relative, text in fixtures.items():
        path = FIXTURES / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    print(f"wrote {len(fixtures)} server-event fixtures under {FIXTURES} ({len(stale)} stale removed)")


if __name__ == "__main__":
    sys.exit(main())
