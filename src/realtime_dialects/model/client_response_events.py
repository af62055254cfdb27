"""Asking for a response: ``response.create`` with its parameters, and ``response.cancel``.

These client events live apart from the others (``client_events``) because a process that
only asks for responses, as a single ``response.create`` converted on the command line does,
should not pay for creating every other client event's class (each costs most of a
millisecond). The response the server reports is in ``response``.

>>> from realtime_dialects.model import ResponseCreateEvent, ResponseCreateParams
>>> ResponseCreateEvent(response=ResponseCreateParams(instructions="Be brief.", commit=False))
ResponseCreateEvent(response=ResponseCreateParams(commit=False, instructions='Be brief.'))
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

import attrs

from ._base import JsonValue, Range, Record, _ClientEvent, to_optional_tuple
from .common import MaxTokens, Metadata, Modality, Temperature, to_audio_format, to_modality, to_reasoning_effort

if TYPE_CHECKING:
    from .common import AudioFormat, Prompt, ReasoningEffort
    from .items import Item, MessageItem
    from .tools import Tool, ToolChoice
    from .voices import Voice

__all__ = [
    "InterimResponse",
    "LlmInterimResponse",
    "ResponseCancelEvent",
    "ResponseCreateEvent",
    "ResponseCreateParams",
    "StaticInterimResponse",
]

InterimTrigger: TypeAlias = Literal["latency", "tool"]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class StaticInterimResponse(Record):
    """Canned filler phrases while the response is delayed (Azure only)."""

    texts: tuple[str, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    triggers: tuple[InterimTrigger, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    latency_threshold_ms: Annotated[int, Range(0)] | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class LlmInterimResponse(Record):
    """Model-generated filler phrases while the response is delayed (Azure only)."""

    triggers: tuple[InterimTrigger, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    latency_threshold_ms: Annotated[int, Range(0)] | None = None
    model: str | None = None
    instructions: str | None = None
    max_completion_tokens: Annotated[int, Range(1)] | None = None


InterimResponse: TypeAlias = StaticInterimResponse | LlmInterimResponse


@attrs.frozen(kw_only=True, repr=False, eq=False)
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
    output_audio_format: AudioFormat | None = attrs.field(default=None, converter=to_audio_format)
    tools: tuple[Tool, ...] | None = attrs.field(default=None, converter=to_optional_tuple)
    tool_choice: ToolChoice | None = None
    temperature: Temperature | None = None
    max_output_tokens: MaxTokens | None = None
    pre_generated_assistant_message: MessageItem | None = None
    reasoning_effort: ReasoningEffort | None = attrs.field(default=None, converter=to_reasoning_effort)
    metadata: Metadata | None = None
    interim_response: InterimResponse | None = None
    invoke_input: Mapping[str, JsonValue] | None = None
    prompt: Prompt | None = None
    parallel_tool_calls: bool | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseCreateEvent(_ClientEvent):
    """``response.create`` (every dialect): ask the server for a response.

    ``additional_instructions`` is Azure's per-response text appended to the
    session instructions; OpenAI has no equivalent.
    """

    response: ResponseCreateParams | None = None
    additional_instructions: str | None = None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class ResponseCancelEvent(_ClientEvent):
    """``response.cancel`` (every dialect): stop ``response_id``, or the response in progress."""

    response_id: str | None = None
