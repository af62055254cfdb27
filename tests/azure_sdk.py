"""The Azure SDK's side of parity tests: events built with its own constructors, and its send path.

Keyword arguments go in each constructor's declaration order, as a caller writing them
out would, and events are serialized exactly as ``VoiceLiveConnection.send()`` does.
"""

from __future__ import annotations

import json
from typing import Any

from azure.ai.voicelive import models as sdk
from hypothesis import strategies as st

TEXT = st.text(max_size=12)  # includes non-ASCII: the SDK escapes it, so must we
IDENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=10)
STATUS = st.sampled_from(["completed", "incomplete"])
TEMPERATURE = st.one_of(st.floats(0.6, 1.2), st.just(1))
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.floats(-1e6, 1e6), TEXT)
JSON = st.recursive(
    JSON_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)),
    max_leaves=8,
)
JSON_OBJECT = st.dictionaries(TEXT, JSON, max_size=4)


@st.composite
def build(draw: st.DrawFn, cls: type, *fields: tuple[str, Any], required: tuple[str, ...] = ()) -> Any:
    """Call ``cls`` with a random subset of keyword arguments, in declaration order."""
    kwargs = {}
    for name, strategy in fields:
        if name in required or draw(st.booleans()):
            kwargs[name] = draw(strategy)
    return cls(**kwargs)


def opt(cls: type, *fields: tuple[str, Any], required: tuple[str, ...] = ()) -> Any:
    return build(cls, *fields, required=required)


def parts(*classes: str) -> Any:
    choices = {
        "input_text": opt(sdk.InputTextContentPart, ("text", TEXT), required=("text",)),
        "input_audio": opt(sdk.InputAudioContentPart, ("audio", TEXT), ("transcript", TEXT), required=("audio",)),
        "input_image": opt(
            sdk.RequestImageContentPart,
            ("image_url", TEXT),
            ("detail", st.sampled_from(["auto", "low", "high"])),
            required=("image_url",),
        ),
        "text": opt(sdk.OutputTextContentPart, ("text", TEXT), required=("text",)),
    }
    return st.lists(st.one_of([choices[name] for name in classes]), max_size=3)


def message(cls: type, *kinds: str) -> Any:
    return opt(cls, ("content", parts(*kinds)), ("id", IDENT), ("status", STATUS), required=("content",))


SYSTEM = message(sdk.SystemMessageItem, "input_text")
USER = message(sdk.UserMessageItem, "input_text", "input_audio", "input_image")
ASSISTANT = message(sdk.AssistantMessageItem, "text")
ITEM = st.one_of(
    SYSTEM,
    USER,
    ASSISTANT,
    opt(
        sdk.FunctionCallItem,
        ("name", IDENT),
        ("call_id", IDENT),
        ("arguments", TEXT),
        ("id", IDENT),
        ("status", STATUS),
        required=("name", "call_id", "arguments"),
    ),
    opt(
        sdk.FunctionCallOutputItem,
        ("call_id", IDENT),
        ("output", TEXT),
        ("id", IDENT),
        ("status", STATUS),
        required=("call_id", "output"),
    ),
    opt(
        sdk.MCPApprovalResponseRequestItem,
        ("approval_request_id", IDENT),
        ("approve", st.booleans()),
        ("id", IDENT),
        required=("approval_request_id", "approve"),
    ),
)
NAMES = st.lists(IDENT, max_size=3)
TOOL = st.one_of(
    opt(
        sdk.FunctionTool,
        ("name", IDENT),
        ("description", TEXT),
        ("parameters", JSON_OBJECT),
        required=("name",),
    ),
    opt(
        sdk.MCPServer,
        ("server_label", IDENT),
        ("server_url", TEXT),
        ("authorization", TEXT),
        ("headers", st.dictionaries(IDENT, TEXT, max_size=2)),
        ("allowed_tools", NAMES),
        (
            "require_approval",
            st.one_of(
                st.sampled_from(["always", "never"]),
                # An untyped dict in the SDK: no declaration order, so callers'
                # order is ours to choose; the canonical one is always, never.
                st.tuples(st.none() | NAMES, st.none() | NAMES).map(
                    lambda pair: {k: v for k, v in zip(("always", "never"), pair, strict=True) if v is not None}
                ),
            ),
        ),
        required=("server_label", "server_url"),
    ),
)
TTS = (
    ("temperature", st.floats(0, 1)),
    ("custom_lexicon_url", TEXT),
    ("custom_text_normalization_url", TEXT),
    ("prefer_locales", NAMES),
    ("locale", TEXT),
    ("style", TEXT),
    ("pitch", TEXT),
    ("rate", TEXT),
    ("volume", TEXT),
)
VOICE = st.one_of(
    st.sampled_from([voice.value for voice in sdk.OpenAIVoiceName]),
    opt(sdk.OpenAIVoice, ("name", IDENT), required=("name",)),
    opt(sdk.AzureStandardVoice, ("name", IDENT), *TTS, required=("name",)),
    opt(sdk.AzureCustomVoice, ("name", IDENT), ("endpoint_id", IDENT), *TTS, required=("name", "endpoint_id")),
    opt(
        sdk.AzurePersonalVoice,
        ("name", IDENT),
        ("model", st.sampled_from([model.value for model in sdk.PersonalVoiceModels])),
        *TTS,
        required=("name", "model"),
    ),
    opt(sdk.AzureAvatarVoiceSyncVoice, ("model", IDENT), *TTS, required=("model",)),
    opt(sdk.AzureRealtimeNativeVoice, ("name", IDENT), required=("name",)),
)
TRIGGERS = st.lists(st.sampled_from(["latency", "tool"]), max_size=2)
INTERIM = st.one_of(
    opt(
        sdk.StaticInterimResponseConfig,
        ("triggers", TRIGGERS),
        ("latency_threshold_ms", st.integers(0, 10_000)),
        ("texts", st.lists(TEXT, max_size=3)),
    ),
    opt(
        sdk.LlmInterimResponseConfig,
        ("triggers", TRIGGERS),
        ("latency_threshold_ms", st.integers(0, 10_000)),
        ("model", IDENT),
        ("instructions", TEXT),
        ("max_completion_tokens", st.integers(1, 500)),
    ),
)
MODALITIES = st.lists(st.sampled_from(["text", "audio", "animation", "avatar"]), unique=True).map(
    lambda names: [n for n in ("text", "audio", "animation", "avatar") if n in names]
)
PARAMS = opt(
    sdk.ResponseCreateParams,
    ("commit", st.booleans()),
    ("cancel_previous", st.booleans()),
    ("append_input_items", st.lists(ITEM, max_size=3)),
    ("input_items", st.lists(ITEM, max_size=4)),
    ("modalities", MODALITIES),
    ("instructions", TEXT),
    ("voice", VOICE),
    ("output_audio_format", st.sampled_from([fmt.value for fmt in sdk.OutputAudioFormat])),
    ("tools", st.lists(TOOL, max_size=3)),
    (
        "tool_choice",
        st.one_of(
            st.sampled_from(["auto", "none", "required"]), IDENT.map(lambda n: sdk.ToolChoiceFunctionSelection(name=n))
        ),
    ),
    ("temperature", TEMPERATURE),
    ("max_output_tokens", st.one_of(st.integers(1, 4096), st.just("inf"))),
    ("pre_generated_assistant_message", ASSISTANT),
    ("reasoning_effort", st.sampled_from([effort.value for effort in sdk.ReasoningEffort])),
    ("metadata", st.dictionaries(st.text(max_size=64), st.text(max_size=40), max_size=16)),
    ("interim_response", INTERIM),
    ("invoke_input", JSON_OBJECT),
)
EVENT = opt(
    sdk.ClientEventResponseCreate,
    ("event_id", IDENT),
    ("response", PARAMS),
    ("additional_instructions", TEXT),
)


def sent(event: Any) -> str:
    """The text ``VoiceLiveConnection.send()`` puts on the wire."""
    return json.dumps(event.as_dict())
