"""Azure VoiceLive: the parameters a response is asked with."""

from __future__ import annotations

from ..tables import Shape, Tag, Unsupported

SHAPES = {
    "ResponseCreateParams": Shape(
        "commit",
        "cancel_previous",
        "append_input_items",
        "input_items",
        "modalities",
        "instructions",
        "voice",
        "output_audio_format",
        "tools",
        "tool_choice",
        "temperature",
        "max_output_tokens",
        "pre_generated_assistant_message",
        "reasoning_effort",
        "metadata",
        "interim_response",
        "invoke_input",
        Unsupported("prompt", "Azure has no stored prompt templates"),
        Unsupported("parallel_tool_calls", "Azure has no parallel_tool_calls switch"),
    ),
    "StaticInterimResponse": Shape("triggers", "latency_threshold_ms", "texts", Tag("type", "static_interim_response")),
    "LlmInterimResponse": Shape(
        "triggers",
        "latency_threshold_ms",
        "model",
        "instructions",
        "max_completion_tokens",
        Tag("type", "llm_interim_response"),
    ),
}
