"""The union of every server event.

Importing this module creates every server event class (about 65, some 45 ms); readers
that know which events they expect import those from their own modules instead.
"""

from __future__ import annotations

from typing import TypeAlias

from .avatar_events import (
    ResponseAnimationBlendshapeDeltaEvent,
    ResponseAnimationBlendshapeDoneEvent,
    ResponseAnimationVisemeDeltaEvent,
    ResponseAnimationVisemeDoneEvent,
    ResponseAudioTimestampDeltaEvent,
    ResponseAudioTimestampDoneEvent,
    ResponseVideoDeltaEvent,
    SessionAvatarConnectingEvent,
    SessionAvatarSwitchToIdleEvent,
    SessionAvatarSwitchToSpeakingEvent,
)
from .response_events import (
    ResponseAudioTranscriptAnnotationAddedEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseDoneEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseOutputAudioDeltaEvent,
    ResponseOutputAudioDoneEvent,
    ResponseOutputAudioTranscriptDeltaEvent,
    ResponseOutputAudioTranscriptDoneEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseOutputTextDeltaEvent,
    ResponseOutputTextDoneEvent,
)
from .server_events import (
    ConversationCreatedEvent,
    ConversationItemAddedEvent,
    ConversationItemCreatedEvent,
    ConversationItemDeletedEvent,
    ConversationItemDoneEvent,
    ConversationItemRetrievedEvent,
    ConversationItemTruncatedEvent,
    ErrorEvent,
    InputAudioBufferClearedEvent,
    InputAudioBufferCommittedEvent,
    InputAudioBufferDtmfEventReceivedEvent,
    InputAudioBufferSpeechStartedEvent,
    InputAudioBufferSpeechStoppedEvent,
    InputAudioBufferTimeoutTriggeredEvent,
    OutputAudioBufferClearedEvent,
    OutputAudioBufferStartedEvent,
    OutputAudioBufferStoppedEvent,
    RateLimitsUpdatedEvent,
    SessionCreatedEvent,
    SessionUpdatedEvent,
    WarningEvent,
)
from .tool_events import (
    McpListToolsCompletedEvent,
    McpListToolsFailedEvent,
    McpListToolsInProgressEvent,
    ResponseFileSearchCallCompletedEvent,
    ResponseFileSearchCallInProgressEvent,
    ResponseFileSearchCallSearchingEvent,
    ResponseInvocationDeltaEvent,
    ResponseMcpCallArgumentsDeltaEvent,
    ResponseMcpCallArgumentsDoneEvent,
    ResponseMcpCallCompletedEvent,
    ResponseMcpCallFailedEvent,
    ResponseMcpCallInProgressEvent,
    ResponseWebSearchCallCompletedEvent,
    ResponseWebSearchCallInProgressEvent,
    ResponseWebSearchCallSearchingEvent,
)
from .transcription_events import (
    ConversationItemInputAudioTranscriptionCompletedEvent,
    ConversationItemInputAudioTranscriptionDeltaEvent,
    ConversationItemInputAudioTranscriptionFailedEvent,
    ConversationItemInputAudioTranscriptionSegmentEvent,
)

__all__ = ["ServerEvent"]

ServerEvent: TypeAlias = (
    # session and conversation
    SessionCreatedEvent
    | SessionUpdatedEvent
    | ConversationCreatedEvent
    | ConversationItemCreatedEvent
    | ConversationItemAddedEvent
    | ConversationItemDoneEvent
    | ConversationItemRetrievedEvent
    | ConversationItemDeletedEvent
    | ConversationItemTruncatedEvent
    # input audio and its transcription
    | InputAudioBufferCommittedEvent
    | InputAudioBufferClearedEvent
    | InputAudioBufferSpeechStartedEvent
    | InputAudioBufferSpeechStoppedEvent
    | InputAudioBufferTimeoutTriggeredEvent
    | InputAudioBufferDtmfEventReceivedEvent
    | ConversationItemInputAudioTranscriptionCompletedEvent
    | ConversationItemInputAudioTranscriptionDeltaEvent
    | ConversationItemInputAudioTranscriptionFailedEvent
    | ConversationItemInputAudioTranscriptionSegmentEvent
    # output audio buffer
    | OutputAudioBufferStartedEvent
    | OutputAudioBufferStoppedEvent
    | OutputAudioBufferClearedEvent
    # responses
    | ResponseCreatedEvent
    | ResponseDoneEvent
    | ResponseOutputItemAddedEvent
    | ResponseOutputItemDoneEvent
    | ResponseContentPartAddedEvent
    | ResponseContentPartDoneEvent
    | ResponseOutputTextDeltaEvent
    | ResponseOutputTextDoneEvent
    | ResponseOutputAudioDeltaEvent
    | ResponseOutputAudioDoneEvent
    | ResponseOutputAudioTranscriptDeltaEvent
    | ResponseOutputAudioTranscriptDoneEvent
    | ResponseAudioTranscriptAnnotationAddedEvent
    | ResponseFunctionCallArgumentsDeltaEvent
    | ResponseFunctionCallArgumentsDoneEvent
    # tools beyond functions
    | McpListToolsInProgressEvent
    | McpListToolsCompletedEvent
    | McpListToolsFailedEvent
    | ResponseMcpCallArgumentsDeltaEvent
    | ResponseMcpCallArgumentsDoneEvent
    | ResponseMcpCallInProgressEvent
    | ResponseMcpCallCompletedEvent
    | ResponseMcpCallFailedEvent
    | ResponseWebSearchCallInProgressEvent
    | ResponseWebSearchCallSearchingEvent
    | ResponseWebSearchCallCompletedEvent
    | ResponseFileSearchCallInProgressEvent
    | ResponseFileSearchCallSearchingEvent
    | ResponseFileSearchCallCompletedEvent
    | ResponseInvocationDeltaEvent
    # avatar
    | ResponseAnimationBlendshapeDeltaEvent
    | ResponseAnimationBlendshapeDoneEvent
    | ResponseAnimationVisemeDeltaEvent
    | ResponseAnimationVisemeDoneEvent
    | ResponseAudioTimestampDeltaEvent
    | ResponseAudioTimestampDoneEvent
    | ResponseVideoDeltaEvent
    | SessionAvatarConnectingEvent
    | SessionAvatarSwitchToIdleEvent
    | SessionAvatarSwitchToSpeakingEvent
    # errors and limits
    | ErrorEvent
    | WarningEvent
    | RateLimitsUpdatedEvent
)
