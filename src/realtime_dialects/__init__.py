"""Read, write and convert the realtime ``response.create`` event in each provider's dialect.

>>> import realtime_dialects as rd
>>> text = '{"event_id": "evt_1", "response": {"commit": false, "modalities": ["text"]}, "type": "response.create"}'
>>> event = rd.AZURE.loads(text)
>>> event.response.modalities, event.response.commit
(<Modality.TEXT: 1>, False)
>>> rd.AZURE.dumps(event) == text
True
"""

from __future__ import annotations

from .dialects import Dialect, dialect
from .dialects._base import MAX_INPUT_SIZE
from .dialects.azure import AZURE
from .dialects.openai import OPENAI
from .dialects.openai_ga import OPENAI_GA
from .errors import DialectError, InvalidPayloadError, Loss, LossWarning, Problem, UnsupportedError
from .model import (
    AudioFormat,
    AzureAvatarVoice,
    AzureCustomVoice,
    AzureNativeVoice,
    AzurePersonalVoice,
    AzureStandardVoice,
    FunctionCallItem,
    FunctionCallOutputItem,
    FunctionChoice,
    FunctionTool,
    InputAudio,
    InputImage,
    InputText,
    ItemReference,
    LlmInterimResponse,
    McpApprovalFilter,
    McpApprovalResponseItem,
    McpChoice,
    McpTool,
    McpToolFilter,
    MessageItem,
    Modality,
    OpenAIVoice,
    OutputAudio,
    OutputText,
    Prompt,
    ReasoningEffort,
    ResponseCreateEvent,
    ResponseCreateParams,
    StaticInterimResponse,
    VoiceId,
)
from .translate import translate, translate_with_losses

__version__ = "0.1.0"

__all__ = [
    "AZURE",
    "MAX_INPUT_SIZE",
    "OPENAI",
    "OPENAI_GA",
    "AudioFormat",
    "AzureAvatarVoice",
    "AzureCustomVoice",
    "AzureNativeVoice",
    "AzurePersonalVoice",
    "AzureStandardVoice",
    "Dialect",
    "DialectError",
    "FunctionCallItem",
    "FunctionCallOutputItem",
    "FunctionChoice",
    "FunctionTool",
    "InputAudio",
    "InputImage",
    "InputText",
    "InvalidPayloadError",
    "ItemReference",
    "LlmInterimResponse",
    "Loss",
    "LossWarning",
    "McpApprovalFilter",
    "McpApprovalResponseItem",
    "McpChoice",
    "McpTool",
    "McpToolFilter",
    "MessageItem",
    "Modality",
    "OpenAIVoice",
    "OutputAudio",
    "OutputText",
    "Problem",
    "Prompt",
    "ReasoningEffort",
    "ResponseCreateEvent",
    "ResponseCreateParams",
    "StaticInterimResponse",
    "UnsupportedError",
    "VoiceId",
    "dialect",
    "translate",
    "translate_with_losses",
]
