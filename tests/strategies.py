"""Hypothesis strategies for the whole neutral model: every class, every optional field set and unset."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects.dialects.openai_ga import CONNECTOR_ID

TEXT = st.text(max_size=8)
NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
NAMES = st.lists(NAME, max_size=3).map(tuple)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.floats(-1e9, 1e9), TEXT)
JSON = st.recursive(
    JSON_LEAF, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6
)
JSON_OBJECT = st.dictionaries(TEXT, JSON, max_size=3)


def opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


STATUS = opt(st.sampled_from(["completed", "incomplete", "in_progress"]))
PARTS = {
    "system": st.builds(rd.InputText, text=TEXT),
    "user": st.one_of(
        st.builds(rd.InputText, text=TEXT),
        st.builds(rd.InputAudio, audio=TEXT, transcript=opt(TEXT)),
        st.builds(rd.InputImage, image_url=TEXT, detail=opt(st.sampled_from(["auto", "low", "high"]))),
    ),
    "assistant": st.one_of(
        st.builds(rd.OutputText, text=TEXT), st.builds(rd.OutputAudio, audio=opt(TEXT), transcript=opt(TEXT))
    ),
}
MESSAGES = {
    role: st.builds(
        rd.MessageItem, role=st.just(role), content=st.lists(parts, max_size=3), id=opt(NAME), status=STATUS
    )
    for role, parts in PARTS.items()
}
MESSAGE = st.one_of(*MESSAGES.values())
ITEM = st.one_of(
    MESSAGE,
    st.builds(rd.FunctionCallItem, name=NAME, arguments=TEXT, call_id=opt(NAME), id=opt(NAME), status=STATUS),
    st.builds(rd.FunctionCallOutputItem, call_id=NAME, output=TEXT, id=opt(NAME), status=STATUS),
    st.builds(
        rd.McpApprovalResponseItem, approval_request_id=NAME, approve=st.booleans(), id=opt(NAME), reason=opt(TEXT)
    ),
    st.builds(rd.ItemReference, id=NAME),
)
TOOL_FILTER = st.builds(rd.McpToolFilter, tool_names=opt(NAMES), read_only=opt(st.booleans()))
TOOL = st.one_of(
    st.builds(rd.FunctionTool, name=NAME, description=opt(TEXT), parameters=opt(JSON_OBJECT)),
    st.builds(
        rd.McpTool,
        server_label=NAME,
        server_url=opt(TEXT),
        authorization=opt(TEXT),
        headers=opt(st.dictionaries(NAME, TEXT, max_size=2)),
        allowed_tools=opt(NAMES | TOOL_FILTER),
        require_approval=opt(
            st.sampled_from(["always", "never"])
            | st.builds(rd.McpApprovalFilter, always=opt(TOOL_FILTER), never=opt(TOOL_FILTER))
        ),
        connector_id=opt(st.sampled_from(sorted(CONNECTOR_ID.values))),
        allowed_callers=opt(st.lists(st.sampled_from(["direct", "programmatic"]), unique=True).map(tuple)),
        defer_loading=opt(st.booleans()),
        server_description=opt(TEXT),
        tunnel_id=opt(TEXT),
    ),
)
TTS = {
    "temperature": opt(st.floats(0, 1)),
    "custom_lexicon_url": opt(TEXT),
    "custom_text_normalization_url": opt(TEXT),
    "prefer_locales": opt(NAMES),
    "locale": opt(TEXT),
    "style": opt(TEXT),
    "pitch": opt(TEXT),
    "rate": opt(TEXT),
    "volume": opt(TEXT),
}
VOICE = st.one_of(
    NAME,
    st.builds(rd.OpenAIVoice, name=NAME),
    st.builds(rd.AzureStandardVoice, name=NAME, **TTS),
    st.builds(rd.AzureCustomVoice, name=NAME, endpoint_id=NAME, **TTS),
    st.builds(rd.AzurePersonalVoice, name=NAME, model=NAME, **TTS),
    st.builds(rd.AzureAvatarVoice, model=NAME, **TTS),
    st.builds(rd.AzureNativeVoice, name=NAME),
    st.builds(rd.VoiceId, id=NAME),
)
TRIGGERS = opt(st.lists(st.sampled_from(["latency", "tool"]), max_size=2).map(tuple))
INTERIM = st.one_of(
    st.builds(
        rd.StaticInterimResponse,
        texts=opt(st.lists(TEXT, max_size=2).map(tuple)),
        triggers=TRIGGERS,
        latency_threshold_ms=opt(st.integers(0, 5000)),
    ),
    st.builds(
        rd.LlmInterimResponse,
        triggers=TRIGGERS,
        latency_threshold_ms=opt(st.integers(0, 5000)),
        model=opt(NAME),
        instructions=opt(TEXT),
        max_completion_tokens=opt(st.integers(1, 500)),
    ),
)
PARAMS = st.builds(
    rd.ResponseCreateParams,
    commit=opt(st.booleans()),
    cancel_previous=opt(st.booleans()),
    append_input_items=opt(st.lists(ITEM, max_size=2)),
    input_items=opt(st.lists(ITEM, max_size=4)),
    modalities=opt(st.integers(0, 15).map(rd.Modality)),
    instructions=opt(TEXT),
    voice=opt(VOICE),
    output_audio_format=opt(st.sampled_from(list(rd.AudioFormat))),
    tools=opt(st.lists(TOOL, max_size=3)),
    tool_choice=opt(
        st.sampled_from(["auto", "none", "required"])
        | st.builds(rd.FunctionChoice, name=NAME)
        | st.builds(rd.McpChoice, server_label=NAME, name=opt(NAME))
    ),
    temperature=opt(st.floats(0.6, 1.2) | st.just(1)),
    max_output_tokens=opt(st.integers(1, 4096) | st.just("inf")),
    pre_generated_assistant_message=opt(MESSAGES["assistant"]),
    reasoning_effort=opt(st.sampled_from(list(rd.ReasoningEffort))),
    metadata=opt(st.dictionaries(st.text(max_size=64), st.text(max_size=20), max_size=16)),
    interim_response=opt(INTERIM),
    invoke_input=opt(JSON_OBJECT),
    prompt=opt(
        st.builds(rd.Prompt, id=NAME, version=opt(TEXT), variables=opt(st.dictionaries(NAME, TEXT, max_size=2)))
    ),
    parallel_tool_calls=opt(st.booleans()),
)
EVENT = st.builds(rd.ResponseCreateEvent, event_id=opt(NAME), response=opt(PARAMS), additional_instructions=opt(TEXT))
