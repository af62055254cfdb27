"""OpenAI Realtime beta (OpenAI-DotNet): the parameters a response is asked with."""

from __future__ import annotations

from ..tables import Always, Choice, Field, OmitWhen, Shape, Unsupported

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
        Field("input_items", "input", omit=Always(None)),
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
