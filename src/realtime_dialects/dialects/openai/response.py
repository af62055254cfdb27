"""OpenAI Realtime beta (OpenAI-DotNet): the parameters a response is asked with."""

from __future__ import annotations

from ..tables import Always, Choice, Field, ListOf, Number, OmitWhen, Shape, Unsupported
from .client_events import SERVER_ITEM
from .common import BETA_MODALITY

#: Azure's ``commit`` is OpenAI's ``conversation``: out-of-band responses are ``"none"``.
CONVERSATION = Choice({"none": False, "auto": True})

SHAPES = {
    "ResponseCreateParams": Shape(
        "modalities",
        "instructions",
        "voice",
        Field("output_audio_format", omit=Always("pcm16")),
        "tools",
        "tool_choice",
        "temperature",
        Field("max_output_tokens", "max_response_output_tokens"),
        Field("commit", "conversation", CONVERSATION, omit=OmitWhen("auto")),
        "metadata",
        Field("input_items", "input", omit=Always(None), family="request_input"),
        Unsupported("cancel_previous", "OpenAI cannot cancel the previous response in response.create"),
        Unsupported(
            "append_input_items", "OpenAI cannot append items in response.create; use conversation.item.create"
        ),
        Unsupported("pre_generated_assistant_message", "OpenAI cannot speak a pre-generated assistant message"),
        Unsupported("reasoning_effort", "OpenAI Realtime beta has no reasoning effort"),
        Unsupported("interim_response", "OpenAI has no interim (filler) responses"),
        Unsupported("invoke_input", "OpenAI has no hosted-agent invoke_input"),
        Unsupported("prompt", "OpenAI Realtime beta has no stored prompt templates"),
        Unsupported("parallel_tool_calls", "OpenAI Realtime beta has no parallel_tool_calls switch"),
    ),
}

# --------------------------------------------------------------------------- server side: the response reported

#: ``RealtimeResponse`` (``realtime_response.py:13``) and what it carries, as the beta models dump them.
SERVER_SHAPES = {
    "Response": Shape(
        "id",
        "conversation_id",
        "max_output_tokens",
        "metadata",
        Field("modalities", codec=BETA_MODALITY),
        "object",
        Field("output", codec=ListOf(SERVER_ITEM)),
        "output_audio_format",
        "status",
        "status_details",
        Field("temperature", codec=Number(0.0, 1.2, write=float)),
        "usage",
        "voice",
    ),
    "ResponseStatusDetails": Shape("error", "reason", "type"),
    "ResponseStatusError": Shape("code", "message", "type"),
    "ResponseUsage": Shape(
        "input_token_details", "input_tokens", "output_token_details", "output_tokens", "total_tokens"
    ),
    "InputTokenDetails": Shape(
        "audio_tokens",
        "cached_tokens",
        "text_tokens",
        Unsupported("image_tokens", "OpenAI Realtime beta reports no image tokens"),
        Unsupported("cached_tokens_details", "OpenAI Realtime beta does not break cached tokens down"),
    ),
    "OutputTokenDetails": Shape(
        "audio_tokens",
        "text_tokens",
        Unsupported("reasoning_tokens", "OpenAI Realtime beta reports no reasoning tokens"),
    ),
}
