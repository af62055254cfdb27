"""Azure VoiceLive: the parameters a response is asked with."""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Unsupported, needed

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

# --------------------------------------------------------------------------- server side: the response reported

#: ``Response`` (``_models.py:3823``) and what it carries, in ``response.created`` and ``response.done``.
SERVER_SHAPES = {
    "Response": Shape(
        "id",
        "object",
        "status",
        "status_details",
        "output",
        "usage",
        "conversation_id",
        "voice",
        "modalities",
        "output_audio_format",
        "temperature",
        "max_output_tokens",
        "metadata",
    ),
    # Azure has a class per `type` (_models.py:3997-4280): cancelled and incomplete carry `reason`
    # before `type`, failed carries `error` before `type`, any other type writes `type` alone. One
    # row order writes each of them: whichever of reason and error is set, then type.
    # `type` is required by every one of them; `reason`/`error` by the cancelled/incomplete/failed
    # classes only, which a table cannot say (the neutral type is an open string).
    "ResponseStatusDetails": Shape("reason", "error", Field("type", required=True)),
    # ResponseFailedDetails.error is Any (_models.py:4261): no SDK order. Azure's own error object's
    # (ServerEventErrorDetails, _models.py:5676): type, code, message.
    "ResponseStatusError": Shape("type", "code", "message"),
    # The usage classes require every count but reasoning_tokens. Image counts (and the cached
    # details) are written when known, and not required: OpenAI beta reports neither, and a whole
    # usage lost for them would drop every count it does report. The SDK reads usage without them
    # (its constructor checks nothing).
    "ResponseUsage": Shape(  # TokenUsage, 8270
        *needed("total_tokens", "input_tokens", "output_tokens", "input_token_details", "output_token_details")
    ),
    "InputTokenDetails": Shape(  # 3060; servers also send cache_write_tokens (kept in extra)
        *needed("cached_tokens", "text_tokens", "audio_tokens"), "image_tokens", "cached_tokens_details"
    ),
    "CachedTokenDetails": Shape(*needed("text_tokens", "audio_tokens"), "image_tokens"),  # 1749
    "OutputTokenDetails": Shape(*needed("text_tokens", "audio_tokens"), "reasoning_tokens"),  # 3466
}
