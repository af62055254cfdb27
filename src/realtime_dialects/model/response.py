"""Responses: the parameters a client asks a response with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

import attrs

from ._base import JsonValue, Range, Record, to_optional_tuple
from .common import MaxTokens, Metadata, Modality, Temperature, to_modality

if TYPE_CHECKING:
    from .common import AudioFormat, Prompt, ReasoningEffort
    from .items import Item, MessageItem
    from .tools import Tool, ToolChoice
    from .voices import Voice

__all__ = [
    "InterimResponse",
    "LlmInterimResponse",
    "ResponseCreateParams",
    "StaticInterimResponse",
]

InterimTrigger: TypeAlias = Literal["latency", "tool"]


@attrs.frozen(kw_only=True, repr=False)
class StaticInterimResponse(Record):
    """Canned filler phrases while the response is delayed (Azure only)."""

    texts: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    triggers: tuple[InterimTrigger, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    latency_threshold_ms: Annotated[int, Range(0)] | None = None


@attrs.frozen(kw_only=True, repr=False)
class LlmInterimResponse(Record):
    """Model-generated filler phrases while the response is delayed (Azure only)."""

    triggers: tuple[InterimTrigger, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    latency_threshold_ms: Annotated[int, Range(0)] | None = None
    model: str | None = None
    instructions: str | None = None
    max_completion_tokens: Annotated[int, Range(1)] | None = None


InterimResponse: TypeAlias = StaticInterimResponse | LlmInterimResponse


@attrs.frozen(kw_only=True, repr=False)
class ResponseCreateParams(Record):
    """The parameters of one response. Every field is optional.

    ``commit`` is Azure's name for OpenAI's ``conversation``: ``False`` is an
    out-of-band response (``"none"``), ``True`` the default conversation (``"auto"``).
    ``max_output_tokens`` is 1..4096 or ``"inf"``.
    """

    commit: bool | None = None
    cancel_previous: bool | None = None
    append_input_items: tuple[Item, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    input_items: tuple[Item, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    modalities: Modality | None = attrs.field(default=None, converter=to_modality)
    instructions: str | None = None
    voice: Voice | None = None
    output_audio_format: AudioFormat | None = None
    tools: tuple[Tool, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    tool_choice: ToolChoice | None = None
    temperature: Temperature | None = None
    max_output_tokens: MaxTokens | None = None
    pre_generated_assistant_message: MessageItem | None = None
    reasoning_effort: ReasoningEffort | None = None
    metadata: Metadata | None = None
    interim_response: InterimResponse | None = None
    invoke_input: Mapping[str, JsonValue] | None = None
    prompt: Prompt | None = None
    parallel_tool_calls: bool | None = None
