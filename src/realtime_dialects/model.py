"""The neutral model: one typed, immutable ``response.create`` event for every dialect.

Classes are frozen, slotted attrs classes built with keywords. ``None`` means
"not set"; sequences are stored as tuples (lists are accepted). Names follow the
Azure VoiceLive / OpenAI GA vocabulary. Values are checked when a dialect reads
or writes an event, and every problem is reported with its wire path.

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

import enum
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeAlias

import attrs

__all__ = [
    "AudioFormat",
    "AzureAvatarVoice",
    "AzureCustomVoice",
    "AzureNativeVoice",
    "AzurePersonalVoice",
    "AzureStandardVoice",
    "ContentPart",
    "FunctionCallItem",
    "FunctionCallOutputItem",
    "FunctionChoice",
    "FunctionTool",
    "InputAudio",
    "InputImage",
    "InputText",
    "InterimResponse",
    "Item",
    "ItemReference",
    "JsonValue",
    "LlmInterimResponse",
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
    "Prompt",
    "ReasoningEffort",
    "ResponseCreateEvent",
    "ResponseCreateParams",
    "StaticInterimResponse",
    "Tool",
    "ToolChoice",
    "Voice",
    "VoiceId",
]

#: Any JSON value, kept as parsed (dicts, lists, str, int, float, bool, None).
JsonValue: TypeAlias = Any


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if type(value) is tuple:
        return value
    if type(value) is list or (isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)):
        return tuple(value)
    # Not a sequence (a string, a mapping, a single object): kept as given, so that
    # writing the event reports it with its wire path like any other bad value.
    return value  # type: ignore[return-value]


def _optional_tuple(value: Iterable[Any] | None) -> tuple[Any, ...] | None:
    return None if value is None else _tuple(value)


# --------------------------------------------------------------------------- enums


class Modality(enum.Flag):
    """Output modalities, a set: ``Modality.TEXT | Modality.AUDIO``.

    ``Modality(0)`` is an explicit empty list (``"modalities": []``). Dialects write
    members in the order text, audio, animation, avatar.
    """

    TEXT = 1
    AUDIO = 2
    ANIMATION = 4
    AVATAR = 8

    @classmethod
    def of(cls, names: Iterable[str | Modality]) -> Modality:
        """Build a set from names: ``Modality.of(["text", "audio"])``."""
        result = cls(0)
        for name in names:
            result |= name if isinstance(name, Modality) else cls[str(name).upper()]
        return result


def _modality(value: Modality | Iterable[str | Modality] | None) -> Modality | None:
    if value is None or isinstance(value, Modality):
        return value
    try:
        return Modality.of(value)
    except (TypeError, KeyError, AttributeError):
        # Not a list of modality names: kept as given, so that writing the event
        # reports it with its wire path like any other bad value.
        return value  # type: ignore[return-value]


class AudioFormat(str, enum.Enum):
    """Output audio formats. The 8 and 16 kHz PCM variants exist only in Azure."""

    PCM16 = "pcm16"
    PCM16_8000HZ = "pcm16_8000hz"
    PCM16_16000HZ = "pcm16_16000hz"
    G711_ULAW = "g711_ulaw"
    G711_ALAW = "g711_alaw"


class ReasoningEffort(str, enum.Enum):
    """Reasoning effort for reasoning models. ``NONE`` exists only in Azure."""

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"


Role: TypeAlias = Literal["system", "user", "assistant"]
ItemStatus: TypeAlias = Literal["completed", "incomplete", "in_progress"]
ImageDetail: TypeAlias = Literal["auto", "low", "high"]
InterimTrigger: TypeAlias = Literal["latency", "tool"]
ToolMode: TypeAlias = Literal["auto", "none", "required"]

# --------------------------------------------------------------------------- content parts


@attrs.frozen(kw_only=True)
class InputText:
    """Text from the user or the system."""

    text: str


@attrs.frozen(kw_only=True)
class InputAudio:
    """Base64 audio from the user, with an optional transcript."""

    audio: str
    transcript: str | None = None


@attrs.frozen(kw_only=True)
class InputImage:
    """An image from the user, as a URL or data URL."""

    image_url: str
    detail: ImageDetail | None = None


@attrs.frozen(kw_only=True)
class OutputText:
    """Text the assistant said (Azure and beta ``text``, GA ``output_text``)."""

    text: str


@attrs.frozen(kw_only=True)
class OutputAudio:
    """Audio the assistant said (beta ``audio``, GA ``output_audio``; not in Azure requests)."""

    audio: str | None = None
    transcript: str | None = None


ContentPart: TypeAlias = InputText | InputAudio | InputImage | OutputText | OutputAudio

# --------------------------------------------------------------------------- items


@attrs.frozen(kw_only=True)
class MessageItem:
    """A system, user or assistant message.

    System messages take :class:`InputText`; user messages :class:`InputText`,
    :class:`InputAudio` and :class:`InputImage`; assistant messages
    :class:`OutputText` and :class:`OutputAudio`.
    """

    role: Role
    content: tuple[ContentPart, ...] = attrs.field(converter=_tuple)
    id: str | None = None
    status: ItemStatus | None = None


@attrs.frozen(kw_only=True)
class FunctionCallItem:
    """A function call the model made earlier. ``arguments`` is JSON text."""

    name: str
    arguments: str
    call_id: str | None = None
    id: str | None = None
    status: ItemStatus | None = None


@attrs.frozen(kw_only=True)
class FunctionCallOutputItem:
    """The result of a function call, as text."""

    call_id: str
    output: str
    id: str | None = None
    status: ItemStatus | None = None


@attrs.frozen(kw_only=True)
class McpApprovalResponseItem:
    """An answer to an MCP server's request for approval."""

    approval_request_id: str
    approve: bool
    id: str | None = None
    reason: str | None = None


@attrs.frozen(kw_only=True)
class ItemReference:
    """A reference to an item already in the conversation (OpenAI only)."""

    id: str


Item: TypeAlias = MessageItem | FunctionCallItem | FunctionCallOutputItem | McpApprovalResponseItem | ItemReference

# --------------------------------------------------------------------------- tools


@attrs.frozen(kw_only=True)
class FunctionTool:
    """A function the model may call; ``parameters`` is a JSON Schema object."""

    name: str
    description: str | None = None
    parameters: Mapping[str, JsonValue] | None = None


@attrs.frozen(kw_only=True)
class McpToolFilter:
    """Selects MCP tools by name and/or by their read-only hint."""

    tool_names: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    read_only: bool | None = None


@attrs.frozen(kw_only=True)
class McpApprovalFilter:
    """Which MCP tools always, or never, need approval."""

    always: McpToolFilter | None = None
    never: McpToolFilter | None = None


def _tool_selection(value: Iterable[str] | McpToolFilter | None) -> tuple[str, ...] | McpToolFilter | None:
    return value if value is None or isinstance(value, McpToolFilter) else _tuple(value)


@attrs.frozen(kw_only=True)
class McpTool:
    """A remote MCP server whose tools the model may call."""

    server_label: str
    server_url: str | None = None
    authorization: str | None = None
    headers: Mapping[str, str] | None = None
    allowed_tools: tuple[str, ...] | McpToolFilter | None = attrs.field(default=None, converter=_tool_selection)
    require_approval: Literal["always", "never"] | McpApprovalFilter | None = None
    connector_id: str | None = None
    allowed_callers: tuple[Literal["direct", "programmatic"], ...] | None = attrs.field(
        default=None, converter=_optional_tuple
    )
    defer_loading: bool | None = None
    server_description: str | None = None
    tunnel_id: str | None = None


Tool: TypeAlias = FunctionTool | McpTool


@attrs.frozen(kw_only=True)
class FunctionChoice:
    """Force the model to call the named function."""

    name: str


@attrs.frozen(kw_only=True)
class McpChoice:
    """Force the model to call a tool of an MCP server (GA only)."""

    server_label: str
    name: str | None = None


ToolChoice: TypeAlias = ToolMode | FunctionChoice | McpChoice

# --------------------------------------------------------------------------- voices


@attrs.frozen(kw_only=True)
class OpenAIVoice:
    """An OpenAI voice in Azure's typed form; the plain name in OpenAI dialects."""

    name: str


@attrs.frozen(kw_only=True)
class _AzureTtsVoice:
    temperature: float | None = None
    custom_lexicon_url: str | None = None
    custom_text_normalization_url: str | None = None
    prefer_locales: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    locale: str | None = None
    style: str | None = None
    pitch: str | None = None
    rate: str | None = None
    volume: str | None = None


@attrs.frozen(kw_only=True)
class AzureStandardVoice(_AzureTtsVoice):
    """An Azure neural TTS voice (``azure-standard``)."""

    name: str


@attrs.frozen(kw_only=True)
class AzureCustomVoice(_AzureTtsVoice):
    """An Azure custom neural voice (``azure-custom``)."""

    name: str
    endpoint_id: str


@attrs.frozen(kw_only=True)
class AzurePersonalVoice(_AzureTtsVoice):
    """An Azure personal voice (``azure-personal``)."""

    name: str
    model: str


@attrs.frozen(kw_only=True)
class AzureAvatarVoice(_AzureTtsVoice):
    """The voice synchronised with an Azure avatar (``avatar-voice-sync``)."""

    model: str


@attrs.frozen(kw_only=True)
class AzureNativeVoice:
    """A voice of the ``azure-realtime`` model (``azure-realtime-native``)."""

    name: str


@attrs.frozen(kw_only=True)
class VoiceId:
    """An OpenAI custom voice by id (GA only)."""

    id: str


Voice: TypeAlias = (
    str
    | OpenAIVoice
    | AzureStandardVoice
    | AzureCustomVoice
    | AzurePersonalVoice
    | AzureAvatarVoice
    | AzureNativeVoice
    | VoiceId
)

# --------------------------------------------------------------------------- response configs


@attrs.frozen(kw_only=True)
class StaticInterimResponse:
    """Canned filler phrases while the response is delayed (Azure only)."""

    texts: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    triggers: tuple[InterimTrigger, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    latency_threshold_ms: int | None = None


@attrs.frozen(kw_only=True)
class LlmInterimResponse:
    """Model-generated filler phrases while the response is delayed (Azure only)."""

    triggers: tuple[InterimTrigger, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    latency_threshold_ms: int | None = None
    model: str | None = None
    instructions: str | None = None
    max_completion_tokens: int | None = None


InterimResponse: TypeAlias = StaticInterimResponse | LlmInterimResponse


@attrs.frozen(kw_only=True)
class Prompt:
    """A stored prompt template with its variables (GA only)."""

    id: str
    version: str | None = None
    variables: Mapping[str, JsonValue] | None = None


@attrs.frozen(kw_only=True)
class ResponseCreateParams:
    """The parameters of one response. Every field is optional.

    ``commit`` is Azure's name for OpenAI's ``conversation``: ``False`` is an
    out-of-band response (``"none"``), ``True`` the default conversation (``"auto"``).
    ``max_output_tokens`` is 1..4096 or ``"inf"``.
    """

    commit: bool | None = None
    cancel_previous: bool | None = None
    append_input_items: tuple[Item, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    input_items: tuple[Item, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    modalities: Modality | None = attrs.field(default=None, converter=_modality)
    instructions: str | None = None
    voice: Voice | None = None
    output_audio_format: AudioFormat | None = None
    tools: tuple[Tool, ...] | None = attrs.field(default=None, converter=_optional_tuple)
    tool_choice: ToolChoice | None = None
    temperature: float | None = None
    max_output_tokens: int | Literal["inf"] | None = None
    pre_generated_assistant_message: MessageItem | None = None
    reasoning_effort: ReasoningEffort | None = None
    metadata: Mapping[str, str] | None = None
    interim_response: InterimResponse | None = None
    invoke_input: Mapping[str, JsonValue] | None = None
    prompt: Prompt | None = None
    parallel_tool_calls: bool | None = None


@attrs.frozen(kw_only=True)
class ResponseCreateEvent:
    """The ``response.create`` client event.

    ``additional_instructions`` is Azure's per-response text appended to the
    session instructions; OpenAI has no equivalent.
    """

    event_id: str | None = None
    response: ResponseCreateParams | None = None
    additional_instructions: str | None = None
