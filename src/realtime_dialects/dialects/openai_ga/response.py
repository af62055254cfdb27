"""OpenAI Realtime GA: the parameters a response is asked with."""

from __future__ import annotations

from ..tables import Choice, Field, Nested, Shape, Unsupported

#: Azure's ``commit`` is GA's ``conversation``: out-of-band responses are ``"none"``.
CONVERSATION = Choice({"auto": True, "none": False})

SHAPES = {
    "ResponseCreateParams": Shape(
        Nested("audio", Nested("output", Field("output_audio_format", "format"), "voice")),
        Field("commit", "conversation", CONVERSATION),
        Field("input_items", "input"),
        "instructions",
        "max_output_tokens",
        "metadata",
        Field("modalities", "output_modalities"),
        "parallel_tool_calls",
        "prompt",
        Nested("reasoning", Field("reasoning_effort", "effort")),
        "tool_choice",
        "tools",
        Unsupported("cancel_previous", "OpenAI GA cannot keep or cancel the previous response per request"),
        Unsupported(
            "append_input_items", "OpenAI GA cannot append items in response.create; use conversation.item.create"
        ),
        Unsupported("temperature", "OpenAI GA has no temperature"),
        Unsupported("pre_generated_assistant_message", "OpenAI GA cannot speak a pre-generated assistant message"),
        Unsupported("interim_response", "OpenAI GA has no interim (filler) responses"),
        Unsupported("invoke_input", "OpenAI GA has no hosted-agent invoke_input"),
    ),
}
