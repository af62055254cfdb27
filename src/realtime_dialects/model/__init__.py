"""The neutral model: one typed, immutable class per concept of the realtime protocol.

Every class is reachable here as ``realtime_dialects.model.X`` (and the public ones
as ``realtime_dialects.X``). The classes live in modules by domain — ``common``,
``voices``, ``items``, ``tools``, ``session``, ``response``; on the client side
``client_events`` and ``client_response_events`` (asking for a response), on the server
side ``server_events``, ``transcription_events``, ``response_events``, ``tool_events``,
``avatar_events`` (``events`` holds their union) — which are imported on first use:
creating an attrs class costs most of a millisecond, and a process that translates
``response.create`` has no use for the other hundred and sixty.

Classes are frozen, slotted attrs classes built with keywords. ``None`` means
"not set"; sequences are stored as tuples (lists are accepted), and a set of modalities,
an audio format or a reasoning effort may be given by its names (``["text"]``, ``"pcm16"``). Names follow the
OpenAI GA vocabulary where a concept is shared and Azure's where it is Azure's alone.

>>> import realtime_dialects as rd
>>> event = rd.ResponseCreateEvent(
...     response=rd.ResponseCreateParams(
...         modalities=rd.Modality.TEXT,
...         input_items=[rd.MessageItem(role="user", content=[rd.InputText(text="Hi")])],
...     )
... )
>>> event.response.input_items[0].content
(InputText(text='Hi'),)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Every public name of the model, by the module that defines it.
MODULES: dict[str, tuple[str, ...]] = {
    "_base": (
        "Event",
        "Extra",
        "JsonValue",
        "Limits",
        "Range",
        "Record",
    ),
    "common": (
        "AnimationOutput",
        "AudioFormat",
        "Eagerness",
        "ImageDetail",
        "IncludeOption",
        "ItemStatus",
        "MaxTokens",
        "Metadata",
        "Milliseconds",
        "Modality",
        "OFF",
        "Off",
        "Prompt",
        "ReasoningEffort",
        "Role",
        "SampleRate",
        "SessionTemperature",
        "Speed",
        "Temperature",
        "TimestampType",
        "ToolMode",
        "VadThreshold",
    ),
    "voices": (
        "AzureAvatarVoice",
        "AzureCustomVoice",
        "AzureNativeVoice",
        "AzurePersonalVoice",
        "AzureStandardVoice",
        "OpenAIVoice",
        "Voice",
        "VoiceId",
    ),
    "items": (
        "ContentPart",
        "FileSearchCallItem",
        "FileSearchResult",
        "FunctionCallItem",
        "FunctionCallOutputItem",
        "InputAudio",
        "InputImage",
        "InputText",
        "Item",
        "ItemReference",
        "McpApprovalRequestItem",
        "McpApprovalResponseItem",
        "McpCallItem",
        "McpError",
        "McpHttpError",
        "McpListToolsItem",
        "McpListedTool",
        "McpProtocolError",
        "McpToolExecutionError",
        "MessageItem",
        "OutputAudio",
        "OutputText",
        "WebSearchCallItem",
    ),
    "tools": (
        "FunctionChoice",
        "FunctionTool",
        "McpApprovalFilter",
        "McpChoice",
        "McpTool",
        "McpToolFilter",
        "Tool",
        "ToolChoice",
    ),
    "session": (
        "Agent",
        "Animation",
        "Avatar",
        "AvatarScene",
        "AvatarVideo",
        "AzureSemanticVad",
        "AzureSemanticVadEn",
        "AzureSemanticVadMultilingual",
        "ClientSecret",
        "ClientSecretExpiry",
        "EchoCancellation",
        "EndOfUtteranceDetection",
        "EouModel",
        "IceServer",
        "InputAudioTranscription",
        "NoiseReduction",
        "NoiseReductionType",
        "RealtimeSession",
        "RetentionRatioTruncation",
        "SemanticVad",
        "ServerVad",
        "Session",
        "TokenLimits",
        "Tracing",
        "TracingMode",
        "TranscriptionDelay",
        "TranscriptionSession",
        "TruncationMode",
        "TurnDetection",
        "VideoBackground",
        "VideoCrop",
        "VideoResolution",
    ),
    "response": (
        "CachedTokenDetails",
        "InputTokenDetails",
        "OutputTokenDetails",
        "Response",
        "ResponseStatusDetails",
        "ResponseStatusError",
        "ResponseUsage",
    ),
    "client_events": (
        "ClientEvent",
        "ConversationItemCreateEvent",
        "ConversationItemDeleteEvent",
        "ConversationItemRetrieveEvent",
        "ConversationItemTruncateEvent",
        "InputAudioBufferAppendEvent",
        "InputAudioBufferClearEvent",
        "InputAudioBufferCommitEvent",
        "InputAudioClearEvent",
        "InputAudioTurnAppendEvent",
        "InputAudioTurnCancelEvent",
        "InputAudioTurnEndEvent",
        "InputAudioTurnStartEvent",
        "InputTextDeltaEvent",
        "InputTextDoneEvent",
        "OutputAudioBufferClearEvent",
        "SessionAvatarConnectEvent",
        "SessionUpdateEvent",
    ),
    "client_response_events": (
        "InterimResponse",
        "LlmInterimResponse",
        "ResponseCancelEvent",
        "ResponseCreateEvent",
        "ResponseCreateParams",
        "StaticInterimResponse",
    ),
    "server_events": (
        "Conversation",
        "ConversationCreatedEvent",
        "ConversationItemAddedEvent",
        "ConversationItemCreatedEvent",
        "ConversationItemDeletedEvent",
        "ConversationItemDoneEvent",
        "ConversationItemRetrievedEvent",
        "ConversationItemTruncatedEvent",
        "ErrorDetails",
        "ErrorEvent",
        "InputAudioBufferClearedEvent",
        "InputAudioBufferCommittedEvent",
        "InputAudioBufferDtmfEventReceivedEvent",
        "InputAudioBufferSpeechStartedEvent",
        "InputAudioBufferSpeechStoppedEvent",
        "InputAudioBufferTimeoutTriggeredEvent",
        "OutputAudioBufferClearedEvent",
        "OutputAudioBufferStartedEvent",
        "OutputAudioBufferStoppedEvent",
        "RateLimit",
        "RateLimitsUpdatedEvent",
        "SessionCreatedEvent",
        "SessionUpdatedEvent",
        "WarningDetails",
        "WarningEvent",
    ),
    "transcription_events": (
        "ConversationItemInputAudioTranscriptionCompletedEvent",
        "ConversationItemInputAudioTranscriptionDeltaEvent",
        "ConversationItemInputAudioTranscriptionFailedEvent",
        "ConversationItemInputAudioTranscriptionSegmentEvent",
        "LogProbProperties",
        "TranscriptionDurationUsage",
        "TranscriptionError",
        "TranscriptionInputTokenDetails",
        "TranscriptionLanguage",
        "TranscriptionPhrase",
        "TranscriptionTokenUsage",
        "TranscriptionUsage",
        "TranscriptionWord",
    ),
    "response_events": (
        "ResponseAudioTranscriptAnnotationAddedEvent",
        "ResponseContentPartAddedEvent",
        "ResponseContentPartDoneEvent",
        "ResponseCreatedEvent",
        "ResponseDoneEvent",
        "ResponseFunctionCallArgumentsDeltaEvent",
        "ResponseFunctionCallArgumentsDoneEvent",
        "ResponseOutputAudioDeltaEvent",
        "ResponseOutputAudioDoneEvent",
        "ResponseOutputAudioTranscriptDeltaEvent",
        "ResponseOutputAudioTranscriptDoneEvent",
        "ResponseOutputItemAddedEvent",
        "ResponseOutputItemDoneEvent",
        "ResponseOutputTextDeltaEvent",
        "ResponseOutputTextDoneEvent",
    ),
    "tool_events": (
        "McpListToolsCompletedEvent",
        "McpListToolsFailedEvent",
        "McpListToolsInProgressEvent",
        "ResponseFileSearchCallCompletedEvent",
        "ResponseFileSearchCallInProgressEvent",
        "ResponseFileSearchCallSearchingEvent",
        "ResponseInvocationDeltaEvent",
        "ResponseMcpCallArgumentsDeltaEvent",
        "ResponseMcpCallArgumentsDoneEvent",
        "ResponseMcpCallCompletedEvent",
        "ResponseMcpCallFailedEvent",
        "ResponseMcpCallInProgressEvent",
        "ResponseWebSearchCallCompletedEvent",
        "ResponseWebSearchCallInProgressEvent",
        "ResponseWebSearchCallSearchingEvent",
    ),
    "avatar_events": (
        "BlendshapeFrames",
        "ResponseAnimationBlendshapeDeltaEvent",
        "ResponseAnimationBlendshapeDoneEvent",
        "ResponseAnimationVisemeDeltaEvent",
        "ResponseAnimationVisemeDoneEvent",
        "ResponseAudioTimestampDeltaEvent",
        "ResponseAudioTimestampDoneEvent",
        "ResponseVideoDeltaEvent",
        "SessionAvatarConnectingEvent",
        "SessionAvatarSwitchToIdleEvent",
        "SessionAvatarSwitchToSpeakingEvent",
    ),
    "events": ("ServerEvent",),
}
#: Where each name lives.
WHERE: dict[str, str] = {name: module for module, names in MODULES.items() for name in names}

__all__ = sorted(WHERE)


def __getattr__(name: str) -> Any:
    module = WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]


def is_event(name: str) -> bool:
    """Whether the class called ``name`` is an event, known without importing its module.

    Events live in the ``*_events`` modules and are named ``...Event``; the other classes
    there (``TranscriptionTokenUsage``, ``RateLimit``) are parts of events.
    """
    return name.endswith("Event") and WHERE.get(name, "").endswith("events")


def direction_of(name: str) -> str | None:
    """Who sends the event called ``name`` (``"client"`` or ``"server"``), known without importing its module.

    Client events live in the ``client_`` modules (``client_events``, ``client_response_events``),
    server events in the other ``*_events`` modules.
    """
    if not is_event(name):
        return None
    return "client" if WHERE[name].startswith("client_") else "server"


if TYPE_CHECKING:
    from ._base import *  # noqa: F403
    from .avatar_events import *  # noqa: F403
    from .client_events import *  # noqa: F403
    from .client_response_events import *  # noqa: F403
    from .common import *  # noqa: F403
    from .events import *  # noqa: F403
    from .items import *  # noqa: F403
    from .response import *  # noqa: F403
    from .response_events import *  # noqa: F403
    from .server_events import *  # noqa: F403
    from .session import *  # noqa: F403
    from .tool_events import *  # noqa: F403
    from .tools import *  # noqa: F403
    from .transcription_events import *  # noqa: F403
    from .voices import *  # noqa: F403
