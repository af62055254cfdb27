# ruff: noqa: E501 - the mapping notes are prose, kept on one line each so they read as table cells
"""Render the client, session and item wire tables of ``docs/wire/{azure,openai-ga,openai}.md``.

The key order of every table is read from the SDK (:mod:`sdk_keys`); what this file adds is the
mapping of each wire key to the neutral model, written once below as data. Rendering checks both
directions: every key the SDK writes is mapped (or marked not used by that kind), and every neutral
attribute is mapped in some table of the class or listed as a loss with its reason. Rerun after
changing the model or upgrading an SDK (``PYTHONPATH=src``, from the worktree root)::

    python docs/wire/tools/render_spec.py          # rewrites the generated part of the three docs
    python docs/wire/tools/render_spec.py --check  # exit 1 if a doc is stale or a mapping incomplete

Each doc keeps its hand-written prose; only the text between ``<!-- BEGIN GENERATED -->`` and
``<!-- END GENERATED -->`` is replaced.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs
from sdk_keys import Key, azure_keys, dotnet_keys, pydantic_keys, where

from realtime_dialects import model as nm

DOCS = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- BEGIN GENERATED -->", "<!-- END GENERATED -->"

# --------------------------------------------------------------------------- mapping vocabulary


@dataclass(frozen=True)
class A:
    """The key holds neutral attribute ``attr`` (same name or renamed)."""

    attr: str
    note: str = ""


@dataclass(frozen=True)
class Tag:
    """A discriminator: a constant that tells which neutral class (or variant) this is."""

    value: str
    note: str = ""


@dataclass(frozen=True)
class Const:
    """A constant that is not a discriminator; written always, read and checked."""

    value: Any
    note: str = ""


@dataclass(frozen=True)
class Nest:
    """A wire-only object whose keys are attributes of the same neutral class (see that table)."""

    table: str
    note: str = ""


@dataclass(frozen=True)
class Skip:
    """A key of a shared SDK class that this neutral class never writes (another kind uses it)."""

    note: str


@dataclass(frozen=True)
class Accept:
    """A constant key read and ignored, never written."""

    note: str


Mapping = A | Tag | Const | Nest | Skip | Accept

OFF_AZURE = "`OFF` ↔ `null`, written after every other key of the session (`models/_patch.py:30-38`)"
OFF_JSON = "`OFF` ↔ `null`"


@dataclass
class Table:
    """How one neutral class (or one wire-only level of it) looks in one SDK class."""

    neutral: str  # neutral class name
    sdk: Any  # SDK class, or an OpenAI-DotNet path under OpenAI-DotNet/
    keys: dict[str, Mapping]
    losses: dict[str, str] = field(default_factory=dict)
    title: str = ""  # wire type, or what this level is
    direction: str = "client and server"
    notes: list[str] = field(default_factory=list)
    name: str = ""  # a name for Nest references; defaults to the SDK class name

    def sdk_keys(self) -> list[Key]:
        if isinstance(self.sdk, str):
            return dotnet_keys(self.sdk)
        if hasattr(self.sdk, "model_fields"):
            return pydantic_keys(self.sdk)
        return azure_keys(self.sdk)

    def sdk_name(self) -> str:
        if isinstance(self.sdk, str):
            return self.sdk.rsplit("/", 1)[-1].removesuffix(".cs")
        module = self.sdk.__module__.rsplit(".", 1)[-1]
        return self.sdk.__name__ if module == "_models" else f"{module}.{self.sdk.__name__}"

    def sdk_where(self) -> str:
        if isinstance(self.sdk, str):
            return self.sdk
        return where(self.sdk)


# --------------------------------------------------------------------------- rendering


def omission(table: Table, key: Key, mapping: Mapping) -> str:
    """When the key is written, by the SDK's rule for this kind of class."""
    sdk = "dotnet" if isinstance(table.sdk, str) else "pydantic" if hasattr(table.sdk, "model_fields") else "azure"
    if isinstance(mapping, Tag | Const):
        return "always (assigned after `__init__`)" if sdk == "azure" else "always"
    if isinstance(mapping, Skip | Accept):
        return "—"
    if sdk == "dotnet":
        return {
            "Never": "**always**, even unset",
            "WhenWritingDefault": "unset → omitted (also at the C# default)",
        }.get(key.ignore, "unset → omitted")
    if key.required and table.direction != "server":
        return "required"
    return "unset → omitted"


def neutral_type(neutral: str, mapping: Mapping) -> str:
    if not isinstance(mapping, A):
        return ""
    cls = getattr(nm, neutral)
    return str(attrs.fields_dict(cls)[mapping.attr].type).replace("|", "\\|")


def describe(mapping: Mapping) -> tuple[str, str]:
    """(neutral column, note column)."""
    if isinstance(mapping, A):
        return f"`{mapping.attr}`", mapping.note
    if isinstance(mapping, Tag):
        return f"tag `{mapping.value!r}`".replace("'", '"'), mapping.note
    if isinstance(mapping, Const):
        return f"constant `{mapping.value!r}`".replace("'", '"'), mapping.note
    if isinstance(mapping, Nest):
        return f"→ table {mapping.table}", mapping.note
    if isinstance(mapping, Accept):
        return "read, not written", mapping.note
    return "—", mapping.note


def short(annotation: str) -> str:
    """Long ``Literal[...]`` lists (model names) abbreviated to their first three values."""

    def cut(match: re.Match[str]) -> str:
        values = match.group(1).split(", ")
        return match.group(0) if len(values) <= 6 else f"Literal[{', '.join(values[:3])}, … {len(values)} values]"

    return re.sub(r"Literal\[([^\]]*)\]", cut, annotation)


AMBIGUOUS: set[str] = set()


def render(kind: str, table: Table, problems: list[str]) -> list[str]:
    keys = table.sdk_keys()
    label = table.name or table.sdk_name()
    if not table.name and "." in label and label.rsplit(".", 1)[1] not in AMBIGUOUS:
        label = label.rsplit(".", 1)[1]
    out = [f"#### `{table.neutral}` ⇄ {label}{' — ' + table.title if table.title else ''}", ""]
    out.append(f"`{table.sdk_name()}` ({table.sdk_where()}); in {table.direction} events.")
    out.append("")
    out.append("| # | wire key | neutral | neutral type | SDK type | omission | note |")
    out.append("|---|---|---|---|---|---|---|")
    seen = set()
    for n, key in enumerate(keys, 1):
        mapping = table.keys.get(key.wire)
        if mapping is None:
            problems.append(f"{kind} {label}: SDK key {key.wire!r} is not mapped")
            continue
        seen.add(key.wire)
        neutral, note = describe(mapping)
        sdk_type = short(key.annotation).replace("|", "\\|")
        rule = omission(table, key, mapping)
        out.append(
            f"| {n} | `{key.wire}` | {neutral} | {neutral_type(table.neutral, mapping)} | `{sdk_type}` | {rule} | {note} |"
        )
    for wire in table.keys.keys() - seen:
        problems.append(f"{kind} {label}: mapped key {wire!r} is not an SDK key")
    out.append("")
    if table.losses:
        out.append("Not expressible here (a loss at the attribute's path):")
        out.append("")
        for attr, reason in table.losses.items():
            out.append(f"- `{attr}`: {reason}")
        out.append("")
    for note in table.notes:
        out.append(note)
        out.append("")
    return out


def check_coverage(kind: str, tables: list[Table], problems: list[str]) -> None:
    """Every neutral attribute is mapped or lost, per neutral class and direction."""
    groups: dict[tuple[str, str], list[Table]] = {}
    for table in tables:
        directions = ["client", "server"] if table.direction == "client and server" else [table.direction]
        for direction in directions:
            groups.setdefault((table.neutral, direction), []).append(table)
    for (neutral, direction), group in groups.items():
        cls = getattr(nm, neutral)
        names = {a.name for a in attrs.fields(cls)} - {"extra"}
        covered: set[str] = set()
        for table in group:
            covered |= {m.attr for m in table.keys.values() if isinstance(m, A)}
            covered |= set(table.losses)
        for attr in sorted(names - covered):
            problems.append(f"{kind} {neutral} ({direction}): attribute {attr!r} neither mapped nor lost")
        for attr in sorted(covered - names):
            problems.append(f"{kind} {neutral} ({direction}): {attr!r} is not an attribute")


def render_all(kind: str, sections: list[tuple[str, list[Table]]], problems: list[str]) -> str:
    out = [BEGIN, ""]
    out.append("<!-- rendered by docs/wire/tools/render_spec.py from the SDK sources; edit the mapping there -->")
    out.append("")
    every: list[Table] = []
    names = [t.sdk_name().rsplit(".", 1)[-1] for _, tables in sections for t in tables if not isinstance(t.sdk, str)]
    AMBIGUOUS.clear()
    AMBIGUOUS.update(
        {name for name in names if len({t.sdk for _, ts in sections for t in ts if t.sdk_name().endswith(name)}) > 1}
    )
    for heading, tables in sections:
        out.append(f"### {heading}")
        out.append("")
        for table in tables:
            out.extend(render(kind, table, problems))
            every.append(table)
    check_coverage(kind, every, problems)
    out.append(END)
    return "\n".join(out)


# --------------------------------------------------------------------------- azure


def azure_sections() -> list[tuple[str, list[Table]]]:
    from azure.ai.voicelive import models as m
    from azure.ai.voicelive.models import _models as am

    def event(neutral: str, sdk: Any, wire: str, keys: dict[str, Mapping], **kw: Any) -> Table:
        return Table(
            neutral,
            sdk,
            {"event_id": A("event_id"), "type": Tag(wire), **keys},
            title=f"`{wire}`",
            direction="client",
            **kw,
        )

    server_only = "set by the server; `session.update` cannot carry it (`RequestSession` has no such key)"
    session_losses = {
        "speed": "Azure has no speech-speed setting (Azure TTS voices take a `rate`)",
        "prompt": "Azure has no stored prompt templates",
        "tracing": "Azure has no tracing configuration",
        "truncation": "Azure has no truncation strategy",
        "client_secret": "Azure sessions have no ephemeral client secret",
    }
    session_keys: dict[str, Mapping] = {
        "model": A("model"),
        "modalities": A("modalities", "set of `text`, `audio`, `animation`, `avatar`; written in that order"),
        "animation": A("animation"),
        "voice": A("voice", "string, or a typed voice (`response-create.md` §6.7)"),
        "instructions": A("instructions"),
        "input_audio_sampling_rate": A("input_audio_sampling_rate", "8000, 16000, 24000"),
        "input_audio_format": A(
            "input_audio_format",
            "`pcm16`, `g711_ulaw`, `g711_alaw`; `PCM16_8000HZ`/`PCM16_16000HZ` are losses "
            "(Azure input formats carry no rate: use `input_audio_sampling_rate`)",
        ),
        "output_audio_format": A("output_audio_format", "all five `AudioFormat` values"),
        "turn_detection": A("turn_detection", OFF_AZURE + "; `SemanticVad` is a loss (OpenAI's semantic VAD)"),
        "input_audio_noise_reduction": A("input_audio_noise_reduction", OFF_AZURE),
        "input_audio_echo_cancellation": A("input_audio_echo_cancellation"),
        "avatar": A("avatar"),
        "input_audio_transcription": A("input_audio_transcription", OFF_AZURE),
        "output_audio_timestamp_types": A("output_audio_timestamp_types", "`word`"),
        "tools": A("tools", "`FunctionTool`, `McpTool` as in `response.create` (`response-create.md` §6.5)"),
        "tool_choice": A("tool_choice", "mode string or `{name, type: function}`; `McpChoice` is a loss"),
        "parallel_tool_calls": A("parallel_tool_calls"),
        "temperature": A("temperature", "number kept as read: `1` stays `1`, `0.7` stays `0.7`"),
        "max_response_output_tokens": A("max_output_tokens", 'int or `"inf"`'),
        "reasoning_effort": A("reasoning_effort", "all six values, `none` included"),
        "interim_response": A("interim_response", "`response-create.md` §6.8"),
        "include": A("include", "all three `IncludeOption` values"),
        "metadata": A("metadata"),
    }
    sessions = [
        Table(
            "SessionUpdateEvent",
            m.ClientEventSessionUpdate,
            {
                "session": A(
                    "session",
                    "a `RealtimeSession`; with a `TranscriptionSession` the event has no counterpart (a loss at `$`)",
                ),
                "event_id": A("event_id"),
                "type": Tag("session.update"),
            },
            title="`session.update`",
            direction="client",
        ),
        Table(
            "RealtimeSession",
            m.RequestSession,
            session_keys,
            losses={**session_losses, "id": server_only, "expires_at": server_only, "agent": server_only},
            title="the `session` of `session.update`",
            direction="client",
            name="RequestSession",
            notes=[
                "`RequestSession` is the patched subclass (`models/_patch.py:15`); its signature is the generated "
                "base's (`_models.py:3587`). Keys passed as `None` are written as `null` after all other keys: the "
                "neutral model produces such a key only for `OFF`. With two or more `OFF` fields the SDK's own order "
                "follows a `set` (it varies with `PYTHONHASHSEED`); write them in the order of this table. Any other "
                "explicit `null` read in a `session.update` (the patch writes one for any keyword passed as `None`) "
                "is read as unset: a documented normalization.",
            ],
        ),
        Table(
            "RealtimeSession",
            am.ResponseSession,
            {
                **session_keys,
                **{
                    key: A(key, "`OFF` ↔ `null`, in signature position (see below)")
                    for key in ("turn_detection", "input_audio_noise_reduction", "input_audio_transcription")
                },
                "agent": A("agent"),
                "id": A("id"),
                "expires_at": A("expires_at", "Unix seconds (`format=unix-timestamp`, `_models.py:4967-4969`)"),
            },
            losses=session_losses,
            title="the `session` of `session.created` / `session.updated`",
            direction="server",
            name="ResponseSession",
            notes=[
                "Server events: `null` in `turn_detection`, `input_audio_noise_reduction` or "
                "`input_audio_transcription` is `OFF` (the echo reports the setting as off) and is written back "
                "as `null` in signature position (a server echo is not built with the patched class); any other "
                "explicit `null` is read as unset.",
            ],
        ),
        Table(
            "InputAudioTranscription",
            m.AudioInputTranscriptionOptions,
            {
                "model": A("model", "**required** by the SDK: a neutral value without `model` cannot be written"),
                "language": A(
                    "language", "BCP-47 or ISO-639-1, or a comma-separated list (`en,zh`) for auto-detection"
                ),
                "custom_speech": A("custom_speech", "locale → custom speech endpoint id"),
                "phrase_list": A("keywords", "renamed: Azure's phrase hints are GA's `keywords`"),
            },
            losses={
                "languages": "Azure takes several languages as one comma-separated `language` string, not a list",
                "prompt": "Azure transcription has no prompt",
                "delay": "Azure transcription has no delay setting",
            },
        ),
        Table(
            "NoiseReduction",
            m.AudioNoiseReduction,
            {"type": A("type", "**required** by the SDK; all three values")},
            losses={"strength": "Azure noise reduction has no strength"},
        ),
        Table(
            "EchoCancellation",
            m.AudioEchoCancellation,
            {
                "reference_source": A("reference_source"),
                "channels": A("channels", "`2` requires `reference_source: client` and `pcm16` input"),
                "type": Const("server_echo_cancellation", "the only echo canceller; written last"),
            },
        ),
    ]
    vad_common = {
        "threshold": A("threshold", "0.0–1.0; number kept as read"),
        "prefix_padding_ms": A("prefix_padding_ms"),
        "silence_duration_ms": A("silence_duration_ms"),
        "end_of_utterance_detection": A("end_of_utterance_detection"),
        "auto_truncate": A("auto_truncate"),
        "create_response": A("create_response"),
        "interrupt_response": A("interrupt_response"),
    }
    semantic_common = {
        **vad_common,
        "speech_duration_ms": A("speech_duration_ms"),
        "remove_filler_words": A("remove_filler_words"),
    }
    eou_keys: dict[str, Mapping] = {
        "threshold_level": A("threshold_level"),
        "timeout_ms": A("timeout_ms"),
        "model": A("model", "the discriminator (`rest_discriminator`), written last like a tag"),
    }
    turn = [
        Table(
            "ServerVad",
            m.ServerVad,
            {**vad_common, "type": Tag("server_vad")},
            losses={"idle_timeout_ms": "Azure server VAD has no idle timeout"},
            title="`turn_detection.type = server_vad`",
        ),
        Table(
            "AzureSemanticVad",
            m.AzureSemanticVad,
            {**semantic_common, "languages": A("languages"), "type": Tag("azure_semantic_vad")},
            title="`azure_semantic_vad`",
        ),
        Table(
            "AzureSemanticVadEn",
            m.AzureSemanticVadEn,
            {**semantic_common, "type": Tag("azure_semantic_vad_en")},
            title="`azure_semantic_vad_en`",
        ),
        Table(
            "AzureSemanticVadMultilingual",
            m.AzureSemanticVadMultilingual,
            {**semantic_common, "languages": A("languages"), "type": Tag("azure_semantic_vad_multilingual")},
            title="`azure_semantic_vad_multilingual`",
        ),
        Table(
            "EndOfUtteranceDetection",
            m.AzureSemanticDetection,
            eou_keys,
            title="`end_of_utterance_detection`, discriminated by `model`",
            notes=[
                "`AzureSemanticDetectionEn` (`_models.py:1218`) and `AzureSemanticDetectionMultilingual` "
                "(`_models.py:1261`) have the same keys in the same order; `model` is "
                "`semantic_detection_v1_en` / `semantic_detection_v1_multilingual`. `SemanticVad` (OpenAI) has no "
                "Azure form: a loss at `$.session.turn_detection`.",
            ],
        ),
    ]
    avatar = [
        Table("Animation", m.Animation, {"model_name": A("model_name"), "outputs": A("outputs")}),
        Table(
            "Avatar",
            m.AvatarConfig,
            {
                "character": A("character"),
                "customized": A("customized"),
                "type": A("avatar_type", "renamed: attribute `avatar_type`, wire `type` (`_models.py:590`)"),
                "ice_servers": A("ice_servers"),
                "style": A("style"),
                "model": A("model", "photo avatar base model (`vasa-1`)"),
                "video": A("video"),
                "scene": A("scene"),
                "output_protocol": A("output_protocol"),
                "output_audit_audio": A("output_audit_audio"),
            },
        ),
        Table(
            "IceServer",
            m.IceServer,
            {"urls": A("urls"), "username": A("username"), "credential": A("credential")},
        ),
        Table(
            "AvatarVideo",
            m.VideoParams,
            {
                "bitrate": A("bitrate"),
                "codec": A("codec"),
                "crop": A("crop"),
                "resolution": A("resolution"),
                "background": A("background"),
                "gop_size": A("gop_size"),
            },
        ),
        Table("VideoCrop", m.VideoCrop, {"top_left": A("top_left"), "bottom_right": A("bottom_right")}),
        Table("VideoResolution", m.VideoResolution, {"width": A("width"), "height": A("height")}),
        Table("VideoBackground", m.Background, {"color": A("color"), "image_url": A("image_url")}),
        Table(
            "AvatarScene",
            m.Scene,
            {
                k: A(k, "number kept as read (`1` stays `1`)")
                for k in ("zoom", "position_x", "position_y", "rotation_x", "rotation_y", "rotation_z", "amplitude")
            },
        ),
        Table(
            "Agent",
            am.AgentConfig,
            {
                "name": A("name"),
                "agent_id": A("agent_id"),
                "thread_id": A("thread_id"),
                "description": A("description"),
                "type": Const("agent"),
            },
            direction="server",
        ),
    ]
    events = [
        event(
            "InputAudioBufferAppendEvent",
            m.ClientEventInputAudioBufferAppend,
            "input_audio_buffer.append",
            {"audio": A("audio")},
        ),
        event("InputAudioBufferCommitEvent", m.ClientEventInputAudioBufferCommit, "input_audio_buffer.commit", {}),
        event("InputAudioBufferClearEvent", m.ClientEventInputAudioBufferClear, "input_audio_buffer.clear", {}),
        event("OutputAudioBufferClearEvent", m.ClientEventOutputAudioBufferClear, "output_audio_buffer.clear", {}),
        event("InputAudioClearEvent", m.ClientEventInputAudioClear, "input_audio.clear", {}),
        event(
            "InputAudioTurnStartEvent",
            m.ClientEventInputAudioTurnStart,
            "input_audio.turn.start",
            {"turn_id": A("turn_id")},
        ),
        event(
            "InputAudioTurnAppendEvent",
            m.ClientEventInputAudioTurnAppend,
            "input_audio.turn.append",
            {"turn_id": A("turn_id"), "audio": A("audio")},
        ),
        event(
            "InputAudioTurnEndEvent", m.ClientEventInputAudioTurnEnd, "input_audio.turn.end", {"turn_id": A("turn_id")}
        ),
        event(
            "InputAudioTurnCancelEvent",
            m.ClientEventInputAudioTurnCancel,
            "input_audio.turn.cancel",
            {"turn_id": A("turn_id")},
        ),
        event(
            "InputTextDeltaEvent",
            m.ClientEventInputTextDelta,
            "input_text.delta",
            {
                "id": A("item_id", "renamed: wire `id` is the item's id"),
                "delta": A("delta"),
                "content_index": A("content_index"),
            },
        ),
        event(
            "InputTextDoneEvent",
            m.ClientEventInputTextDone,
            "input_text.done",
            {"id": A("item_id", "renamed: wire `id` is the item's id"), "content_index": A("content_index")},
        ),
        event(
            "SessionAvatarConnectEvent",
            m.ClientEventSessionAvatarConnect,
            "session.avatar.connect",
            {"client_sdp": A("client_sdp")},
        ),
        event(
            "ConversationItemCreateEvent",
            m.ClientEventConversationItemCreate,
            "conversation.item.create",
            {
                "previous_item_id": A("previous_item_id", "`root` inserts first"),
                "item": A(
                    "item",
                    "optional in the SDK, required in the model. Request items only: `ItemReference`, "
                    "`McpListToolsItem`, `McpCallItem`, `McpApprovalRequestItem`, `WebSearchCallItem`, "
                    "`FileSearchCallItem` have no form here: the event has no counterpart (a loss at `$`)",
                ),
            },
        ),
        event(
            "ConversationItemRetrieveEvent",
            m.ClientEventConversationItemRetrieve,
            "conversation.item.retrieve",
            {"item_id": A("item_id")},
        ),
        event(
            "ConversationItemTruncateEvent",
            m.ClientEventConversationItemTruncate,
            "conversation.item.truncate",
            {"item_id": A("item_id"), "content_index": A("content_index"), "audio_end_ms": A("audio_end_ms")},
        ),
        event(
            "ConversationItemDeleteEvent",
            m.ClientEventConversationItemDelete,
            "conversation.item.delete",
            {"item_id": A("item_id")},
        ),
        event(
            "ResponseCreateEvent",
            m.ClientEventResponseCreate,
            "response.create",
            {"response": A("response", "`response-create.md` §6.2"), "additional_instructions": A("additional_instructions")},
        ),
        event("ResponseCancelEvent", m.ClientEventResponseCancel, "response.cancel", {"response_id": A("response_id")}),
    ]
    status_note = "`completed`, `incomplete` (`ItemParamStatus`); any other status is a loss"
    items_client = [
        Table(
            "MessageItem",
            m.SystemMessageItem,
            {
                "content": A("content", "request parts: `input_text`, `input_audio`, `input_image`, `text`"),
                "id": A("id"),
                "status": A("status", status_note),
                "type": Tag("message"),
                "role": A(
                    "role",
                    "second discriminator (`SystemMessageItem`/`UserMessageItem`/`AssistantMessageItem`), written last",
                ),
            },
            direction="client",
            losses={"object": "Azure request items have no `object` key"},
            name="MessageItem (request)",
            notes=[
                "`UserMessageItem` (`_models.py:8480`) and `AssistantMessageItem` (`_models.py:354`) write the same keys in the same order."
            ],
        ),
        Table(
            "FunctionCallItem",
            m.FunctionCallItem,
            {
                "name": A("name"),
                "call_id": A("call_id", "**required** by the SDK"),
                "arguments": A("arguments"),
                "id": A("id"),
                "status": A("status", status_note),
                "type": Tag("function_call"),
            },
            direction="client",
            losses={"object": "Azure request items have no `object` key"},
            name="FunctionCallItem (request)",
        ),
        Table(
            "FunctionCallOutputItem",
            m.FunctionCallOutputItem,
            {
                "call_id": A("call_id"),
                "output": A("output"),
                "id": A("id"),
                "status": A("status", status_note),
                "type": Tag("function_call_output"),
            },
            direction="client",
            losses={"object": "Azure request items have no `object` key"},
            name="FunctionCallOutputItem (request)",
        ),
        Table(
            "McpApprovalResponseItem",
            m.MCPApprovalResponseRequestItem,
            {
                "approval_request_id": A("approval_request_id"),
                "approve": A("approve"),
                "id": A("id"),
                "type": Tag("mcp_approval_response"),
            },
            losses={
                "reason": "Azure request approval responses carry no reason",
                "object": "Azure request items have no `object` key",
            },
            direction="client",
            name="MCPApprovalResponseRequestItem",
        ),
        Table("InputText", m.InputTextContentPart, {"text": A("text"), "type": Tag("input_text")}, direction="client"),
        Table(
            "InputAudio",
            m.InputAudioContentPart,
            {
                "audio": A("audio", "**required** in a request"),
                "transcript": A("transcript"),
                "type": Tag("input_audio"),
            },
            direction="client",
        ),
        Table(
            "InputImage",
            m.RequestImageContentPart,
            {"image_url": A("image_url"), "detail": A("detail"), "type": Tag("input_image")},
            notes=[
                "In request messages the SDK's `MessageContentPart` union has no image part (`_models.py:2956`); a "
                "`RequestImageContentPart` placed there is written as shown (`response-create.md` §6.4).",
            ],
        ),
        Table("OutputText", m.OutputTextContentPart, {"text": A("text"), "type": Tag("text")}, direction="client"),
    ]
    obj = A("object", 'always `"realtime.item"`')
    items_server = [
        Table(
            "MessageItem",
            am.ResponseMessageItem,
            {
                "role": A("role", "a plain field here, first"),
                "content": A("content", "server parts: `input_text`, `input_audio`, `input_image`, `text`, `audio`"),
                "status": A(
                    "status",
                    "**required** on write (read without it, an item without it is lost): `in_progress`, `completed`,"
                    " `incomplete`",
                ),
                "id": A("id"),
                "object": obj,
                "type": Tag("message"),
            },
            direction="server",
            name="ResponseMessageItem",
        ),
        Table(
            "FunctionCallItem",
            am.ResponseFunctionCallItem,
            {
                "name": A("name"),
                "call_id": A("call_id", "**required** on write: read without it, an item without it is lost"),
                "arguments": A("arguments"),
                "status": A("status", "**required** on write: read without it, an item without it is lost"),
                "id": A("id"),
                "object": obj,
                "type": Tag("function_call"),
            },
            direction="server",
        ),
        Table(
            "FunctionCallOutputItem",
            am.ResponseFunctionCallOutputItem,
            {
                "call_id": A("call_id"),
                "output": A("output"),
                "id": A("id"),
                "object": obj,
                "type": Tag("function_call_output"),
            },
            losses={"status": "Azure's server function output item has no status"},
            direction="server",
        ),
        Table(
            "McpApprovalResponseItem",
            am.ResponseMCPApprovalResponseItem,
            {
                "approval_request_id": A("approval_request_id"),
                "approve": A("approve"),
                "id": A("id"),
                "object": obj,
                "reason": A("reason"),
                "type": Tag("mcp_approval_response"),
            },
            direction="server",
        ),
        Table(
            "McpListToolsItem",
            am.ResponseMCPListToolItem,
            {
                "tools": A("tools"),
                "server_label": A("server_label"),
                "id": A("id"),
                "object": obj,
                "type": Tag("mcp_list_tools"),
            },
            direction="server",
        ),
        Table(
            "McpListedTool",
            am.MCPTool,
            {
                "name": A("name"),
                "input_schema": A("input_schema"),
                "description": A("description"),
                "annotations": A("annotations"),
            },
            direction="server",
        ),
        Table(
            "McpCallItem",
            am.ResponseMCPCallItem,
            {
                "arguments": A("arguments"),
                "server_label": A("server_label"),
                "name": A("name"),
                "id": A("id"),
                "object": obj,
                "approval_request_id": A("approval_request_id"),
                "output": A("output"),
                "error": A(
                    "error",
                    "`Any` in the SDK; read through the `McpError` union (client-model-notes.md, open question 3)",
                ),
                "type": Tag("mcp_call"),
            },
            direction="server",
        ),
        Table(
            "McpApprovalRequestItem",
            am.ResponseMCPApprovalRequestItem,
            {
                "name": A("name"),
                "server_label": A("server_label"),
                "id": A("id"),
                "object": obj,
                "arguments": A("arguments"),
                "type": Tag("mcp_approval_request"),
            },
            direction="server",
        ),
        Table(
            "WebSearchCallItem",
            am.ResponseWebSearchCallItem,
            {"status": A("status", "open string"), "id": A("id"), "object": obj, "type": Tag("web_search_call")},
            direction="server",
        ),
        Table(
            "FileSearchCallItem",
            am.ResponseFileSearchCallItem,
            {
                "status": A("status", "open string"),
                "id": A("id"),
                "object": obj,
                "queries": A("queries"),
                "results": A("results"),
                "type": Tag("file_search_call"),
            },
            direction="server",
        ),
        Table(
            "FileSearchResult",
            am.FileSearchResult,
            {
                "attributes": A("attributes"),
                "file_id": A("file_id"),
                "filename": A("filename"),
                "score": A("score"),
                "text": A("text"),
            },
            direction="server",
        ),
        Table(
            "InputText",
            am.RequestTextContentPart,
            {"text": A("text", "optional in the SDK"), "type": Tag("input_text")},
            direction="server",
        ),
        Table(
            "InputAudio",
            am.RequestAudioContentPart,
            {"audio": A("audio"), "transcript": A("transcript"), "type": Tag("input_audio")},
            direction="server",
        ),
        Table(
            "OutputText",
            am.ResponseTextContentPart,
            {"text": A("text", "optional in the SDK"), "type": Tag("text")},
            direction="server",
        ),
        Table(
            "OutputAudio",
            am.ResponseAudioContentPart,
            {"transcript": A("transcript"), "type": Tag("audio")},
            losses={
                "audio": "Azure's server audio part carries only the transcript (audio streams in `response.audio.delta`)"
            },
            direction="server",
        ),
    ]
    return [
        ("Client events", events),
        ("Session", sessions),
        ("Turn detection", turn),
        ("Avatar, animation, agent", avatar),
        ("Items in client events (`ConversationRequestItem`)", items_client),
        ("Items in server events (`ResponseItem`)", items_server),
    ]


# --------------------------------------------------------------------------- openai GA


def ga_sections() -> list[tuple[str, list[Table]]]:
    from openai.types import realtime as r
    from openai.types.realtime import (
        realtime_audio_config_input,
        realtime_audio_input_turn_detection,
        realtime_conversation_item_assistant_message,
        realtime_conversation_item_user_message,
        realtime_mcp_list_tools,
        realtime_transcription_session_audio,
        realtime_transcription_session_audio_input,
        realtime_truncation_retention_ratio,
    )
    from openai.types.realtime.realtime_tracing_config import TracingConfiguration

    def event(neutral: str, sdk: Any, wire: str, keys: dict[str, Mapping], **kw: Any) -> Table:
        return Table(
            neutral,
            sdk,
            {"type": Tag(wire), "event_id": A("event_id"), **keys},
            title=f"`{wire}`",
            direction="client",
            **kw,
        )

    events = [
        event(
            "SessionUpdateEvent",
            r.SessionUpdateEvent,
            "session.update",
            {
                "session": A(
                    "session",
                    "`RealtimeSession` ⇄ `RealtimeSessionCreateRequest` (`type: realtime`), "
                    "`TranscriptionSession` ⇄ `RealtimeTranscriptionSessionCreateRequest` (`type: transcription`); "
                    "a plain union told apart by `session.type`",
                )
            },
        ),
        event(
            "InputAudioBufferAppendEvent",
            r.InputAudioBufferAppendEvent,
            "input_audio_buffer.append",
            {"audio": A("audio")},
        ),
        event("InputAudioBufferCommitEvent", r.InputAudioBufferCommitEvent, "input_audio_buffer.commit", {}),
        event("InputAudioBufferClearEvent", r.InputAudioBufferClearEvent, "input_audio_buffer.clear", {}),
        event("OutputAudioBufferClearEvent", r.OutputAudioBufferClearEvent, "output_audio_buffer.clear", {}),
        event(
            "ConversationItemCreateEvent",
            r.ConversationItemCreateEvent,
            "conversation.item.create",
            {
                "item": A(
                    "item",
                    "all nine GA item classes; with an `ItemReference`, `WebSearchCallItem` or `FileSearchCallItem` "
                    "the event has no counterpart (a loss at `$`)",
                ),
                "previous_item_id": A("previous_item_id"),
            },
        ),
        event(
            "ConversationItemRetrieveEvent",
            r.ConversationItemRetrieveEvent,
            "conversation.item.retrieve",
            {"item_id": A("item_id")},
        ),
        event(
            "ConversationItemTruncateEvent",
            r.ConversationItemTruncateEvent,
            "conversation.item.truncate",
            {"audio_end_ms": A("audio_end_ms"), "content_index": A("content_index"), "item_id": A("item_id")},
        ),
        event(
            "ConversationItemDeleteEvent",
            r.ConversationItemDeleteEvent,
            "conversation.item.delete",
            {"item_id": A("item_id")},
        ),
        event(
            "ResponseCreateEvent",
            r.ResponseCreateEvent,
            "response.create",
            {"response": A("response", "`response-create.md` §6.2")},
            losses={"additional_instructions": "OpenAI GA has no per-response additional instructions"},
        ),
        event("ResponseCancelEvent", r.ResponseCancelEvent, "response.cancel", {"response_id": A("response_id")}),
    ]
    server_set = (
        "GA's session models declare no such key (servers send `id`, `object`, `expires_at` as undeclared keys)"
    )
    realtime_losses = {
        "input_audio_sampling_rate": "GA input audio is 24 kHz PCM or 8 kHz G.711; there is no rate setting",
        "input_audio_echo_cancellation": "OpenAI GA has no echo cancellation setting",
        "temperature": "OpenAI GA sessions have no temperature",
        "metadata": "OpenAI GA sessions have no metadata",
        "interim_response": "OpenAI GA has no interim (filler) responses",
        "animation": "OpenAI GA has no animation outputs",
        "avatar": "OpenAI GA has no avatars",
        "output_audio_timestamp_types": "OpenAI GA has no audio timestamps",
        "client_secret": "GA ephemeral keys are minted by `POST /realtime/client_secrets`, not in the session",
        "id": server_set,
        "expires_at": server_set,
        "agent": "OpenAI GA has no hosted agents",
    }
    format_note = (
        '`PCM16` ⇄ `{"type":"audio/pcm","rate":24000}` (read also without `rate`), `G711_ULAW` ⇄ '
        '`{"type":"audio/pcmu"}`, `G711_ALAW` ⇄ `{"type":"audio/pcma"}`; the 8/16 kHz PCM formats are losses'
    )
    sessions = [
        Table(
            "RealtimeSession",
            r.RealtimeSessionCreateRequest,
            {
                "type": Tag("realtime", "tells the two session kinds apart"),
                "audio": Nest("RealtimeAudioConfig", "written only when one of its keys is"),
                "include": A("include", "only `item.input_audio_transcription.logprobs`; the other two are losses"),
                "instructions": A("instructions"),
                "max_output_tokens": A("max_output_tokens"),
                "model": A("model"),
                "output_modalities": A(
                    "modalities", 'renamed; `["text"]` or `["audio"]` as in `response.create` (`response-create.md` §6.10)'
                ),
                "parallel_tool_calls": A("parallel_tool_calls"),
                "prompt": A("prompt"),
                "reasoning": Nest("RealtimeReasoning"),
                "tool_choice": A("tool_choice"),
                "tools": A("tools", "function and MCP tools as in `response.create` (`response-create.md` §6.5)"),
                "tracing": A("tracing", '`"auto"`, a `Tracing` object, or ' + OFF_JSON),
                "truncation": A("truncation", '`"auto"`, `"disabled"` or a `RetentionRatioTruncation`'),
            },
            losses=realtime_losses,
            title="`session.type = realtime`",
            notes=[
                "`session.created` / `session.updated` carry the same two request classes "
                "(`session_created_event.py:26`), so this table serves both directions. Server echoes from real "
                "servers carry undeclared keys (`id`, `object`, `expires_at`, …): kept in `extra`.",
            ],
        ),
        Table(
            "RealtimeSession",
            r.RealtimeAudioConfig,
            {"input": Nest("RealtimeAudioConfigInput"), "output": Nest("RealtimeAudioConfigOutput")},
            title="the `audio` object",
        ),
        Table(
            "RealtimeSession",
            r.RealtimeAudioConfigInput,
            {
                "format": A("input_audio_format", format_note),
                "noise_reduction": A("input_audio_noise_reduction", OFF_JSON),
                "transcription": A("input_audio_transcription", OFF_JSON),
                "turn_detection": A("turn_detection", OFF_JSON + "; Azure VAD variants are losses"),
            },
            title="`audio.input`",
        ),
        Table(
            "RealtimeSession",
            r.RealtimeAudioConfigOutput,
            {
                "format": A("output_audio_format", format_note),
                "speed": A("speed", "float field: an int is written `1.0`"),
                "voice": A(
                    "voice", "a name or `{id}` (`VoiceId`); Azure typed voices are losses, `OpenAIVoice` is flattened"
                ),
            },
            title="`audio.output`",
        ),
        Table(
            "RealtimeSession",
            r.RealtimeReasoning,
            {"effort": A("reasoning_effort", "no `none`: a loss")},
            title="the `reasoning` object",
        ),
        Table(
            "TranscriptionSession",
            r.RealtimeTranscriptionSessionCreateRequest,
            {
                "type": Tag("transcription"),
                "audio": Nest("RealtimeTranscriptionSessionAudio"),
                "include": A("include", "only `item.input_audio_transcription.logprobs`"),
            },
            losses={
                "modalities": "GA transcription sessions have no modalities",
                "client_secret": "GA ephemeral keys are minted by `POST /realtime/client_secrets`",
            },
            title="`session.type = transcription`",
        ),
        Table(
            "TranscriptionSession",
            realtime_transcription_session_audio.RealtimeTranscriptionSessionAudio,
            {"input": Nest("RealtimeTranscriptionSessionAudioInput")},
            title="the `audio` object",
        ),
        Table(
            "TranscriptionSession",
            realtime_transcription_session_audio_input.RealtimeTranscriptionSessionAudioInput,
            {
                "format": A("input_audio_format", format_note),
                "noise_reduction": A("input_audio_noise_reduction", OFF_JSON),
                "transcription": A("input_audio_transcription", OFF_JSON),
                "turn_detection": A("turn_detection", OFF_JSON),
            },
            title="`audio.input`",
            notes=[
                "Its `noise_reduction` and `turn_detection` classes (`realtime_transcription_session_audio_input.py`, "
                "`realtime_transcription_session_audio_input_turn_detection.py`) have the same keys in the same order "
                "as the realtime session's below.",
            ],
        ),
        Table(
            "InputAudioTranscription",
            r.AudioTranscription,
            {
                "delay": A("delay"),
                "keywords": A("keywords", "Azure's `phrase_list`"),
                "language": A("language"),
                "languages": A("languages"),
                "model": A("model", "open string"),
                "prompt": A("prompt"),
            },
            losses={"custom_speech": "OpenAI has no custom speech models"},
        ),
        Table(
            "NoiseReduction",
            realtime_audio_config_input.NoiseReduction,
            {"strength": A("strength", "float field"), "type": A("type", "`azure_deep_noise_suppression` is a loss")},
        ),
        Table(
            "ServerVad",
            realtime_audio_input_turn_detection.ServerVad,
            {
                "type": Tag("server_vad"),
                "create_response": A("create_response"),
                "idle_timeout_ms": A("idle_timeout_ms"),
                "interrupt_response": A("interrupt_response"),
                "prefix_padding_ms": A("prefix_padding_ms"),
                "silence_duration_ms": A("silence_duration_ms"),
                "threshold": A("threshold", "float field: an int is written `1.0`"),
            },
            losses={
                "auto_truncate": "OpenAI server VAD has no auto_truncate",
                "end_of_utterance_detection": "OpenAI has no end-of-utterance model settings",
            },
        ),
        Table(
            "SemanticVad",
            realtime_audio_input_turn_detection.SemanticVad,
            {
                "type": Tag("semantic_vad"),
                "create_response": A("create_response"),
                "eagerness": A("eagerness"),
                "interrupt_response": A("interrupt_response"),
            },
            notes=[
                "`AzureSemanticVad`, `AzureSemanticVadEn`, `AzureSemanticVadMultilingual` have no GA form: losses at `…turn_detection`."
            ],
        ),
        Table(
            "Tracing",
            TracingConfiguration,
            {
                "group_id": A("group_id"),
                "metadata": A("metadata", "free JSON, `null`s kept"),
                "workflow_name": A("workflow_name"),
            },
        ),
        Table(
            "RetentionRatioTruncation",
            realtime_truncation_retention_ratio.RealtimeTruncationRetentionRatio,
            {
                "retention_ratio": A("retention_ratio", "float field"),
                "type": Tag("retention_ratio"),
                "token_limits": A("token_limits"),
            },
        ),
        Table(
            "TokenLimits",
            realtime_truncation_retention_ratio.TokenLimits,
            {"post_instructions": A("post_instructions")},
        ),
    ]
    status = "`completed`, `incomplete`, `in_progress`; any other status is a loss"
    obj = A("object", 'always `"realtime.item"`')
    items = [
        Table(
            "MessageItem",
            r.RealtimeConversationItemUserMessage,
            {
                "content": A("content"),
                "role": A("role", "a per-role class: `RealtimeConversationItem{System,User,Assistant}Message`"),
                "type": Tag("message"),
                "id": A("id"),
                "object": obj,
                "status": A("status", status),
            },
            notes=["The system and assistant message classes have the same keys in the same order."],
        ),
        Table(
            "InputText",
            realtime_conversation_item_user_message.Content,
            {
                "audio": Skip("input_audio"),
                "detail": Skip("input_image"),
                "image_url": Skip("input_image"),
                "text": A("text"),
                "transcript": Skip("input_audio"),
                "type": Tag("input_text"),
            },
            notes=[
                "In system messages the part class is `realtime_conversation_item_system_message.Content` (`text`, `type`): same result."
            ],
        ),
        Table(
            "InputAudio",
            realtime_conversation_item_user_message.Content,
            {
                "audio": A("audio"),
                "detail": Skip("input_image"),
                "image_url": Skip("input_image"),
                "text": Skip("input_text"),
                "transcript": A("transcript"),
                "type": Tag("input_audio"),
            },
        ),
        Table(
            "InputImage",
            realtime_conversation_item_user_message.Content,
            {
                "audio": Skip("input_audio"),
                "detail": A("detail"),
                "image_url": A("image_url"),
                "text": Skip("input_text"),
                "transcript": Skip("input_audio"),
                "type": Tag("input_image"),
            },
        ),
        Table(
            "OutputText",
            realtime_conversation_item_assistant_message.Content,
            {
                "audio": Skip("output_audio"),
                "text": A("text"),
                "transcript": Skip("output_audio"),
                "type": Tag("output_text"),
            },
        ),
        Table(
            "OutputAudio",
            realtime_conversation_item_assistant_message.Content,
            {
                "audio": A("audio"),
                "text": Skip("output_text"),
                "transcript": A("transcript"),
                "type": Tag("output_audio"),
            },
        ),
        Table(
            "FunctionCallItem",
            r.RealtimeConversationItemFunctionCall,
            {
                "arguments": A("arguments"),
                "name": A("name"),
                "type": Tag("function_call"),
                "id": A("id", "`id` before `call_id`: declaration order, not alphabetical"),
                "call_id": A("call_id"),
                "object": obj,
                "status": A("status", status),
            },
        ),
        Table(
            "FunctionCallOutputItem",
            r.RealtimeConversationItemFunctionCallOutput,
            {
                "call_id": A("call_id"),
                "output": A("output"),
                "type": Tag("function_call_output"),
                "id": A("id"),
                "object": obj,
                "status": A("status", status),
            },
        ),
        Table(
            "McpApprovalResponseItem",
            r.RealtimeMcpApprovalResponse,
            {
                "id": A("id", "**required** by GA"),
                "approval_request_id": A("approval_request_id"),
                "approve": A("approve"),
                "type": Tag("mcp_approval_response"),
                "reason": A("reason"),
            },
            losses={"object": "GA's MCP item classes declare no `object`"},
        ),
        Table(
            "McpListToolsItem",
            r.RealtimeMcpListTools,
            {"server_label": A("server_label"), "tools": A("tools"), "type": Tag("mcp_list_tools"), "id": A("id")},
            losses={"object": "GA's MCP item classes declare no `object`"},
        ),
        Table(
            "McpListedTool",
            realtime_mcp_list_tools.Tool,
            {
                "input_schema": A("input_schema", "free JSON"),
                "name": A("name"),
                "annotations": A("annotations", "free JSON"),
                "description": A("description"),
            },
        ),
        Table(
            "McpCallItem",
            r.RealtimeMcpToolCall,
            {
                "id": A("id", "**required** by GA"),
                "arguments": A("arguments"),
                "name": A("name"),
                "server_label": A("server_label"),
                "type": Tag("mcp_call"),
                "approval_request_id": A("approval_request_id"),
                "error": A("error", "tagged by `type`: `protocol_error`, `tool_execution_error`, `http_error`"),
                "output": A("output"),
            },
            losses={"object": "GA's MCP item classes declare no `object`"},
        ),
        Table(
            "McpProtocolError",
            r.RealtimeMcpProtocolError,
            {"code": A("code"), "message": A("message"), "type": Tag("protocol_error")},
        ),
        Table(
            "McpToolExecutionError",
            r.RealtimeMcpToolExecutionError,
            {"message": A("message"), "type": Tag("tool_execution_error")},
        ),
        Table(
            "McpHttpError",
            r.RealtimeMcphttpError,
            {"code": A("code"), "message": A("message"), "type": Tag("http_error")},
        ),
        Table(
            "McpApprovalRequestItem",
            r.RealtimeMcpApprovalRequest,
            {
                "id": A("id", "**required** by GA"),
                "arguments": A("arguments", "**required** by GA"),
                "name": A("name"),
                "server_label": A("server_label"),
                "type": Tag("mcp_approval_request"),
            },
            losses={"object": "GA's MCP item classes declare no `object`"},
        ),
    ]
    return [("Client events", events), ("Sessions", sessions), ("Items", items)]


# --------------------------------------------------------------------------- openai (beta)


def beta_sections() -> list[tuple[str, list[Table]]]:
    from openai.types.beta import realtime as b
    from openai.types.beta.realtime import (
        conversation_item,
        conversation_item_content,
        session,
        transcription_session,
        transcription_session_update,
    )
    from openai.types.beta.realtime.realtime_client_event import OutputAudioBufferClear

    dotnet = "client (OpenAI-DotNet family)"
    beta_client = "client (openai-beta family)"

    def net(neutral: str, path: str, keys: dict[str, Mapping], **kw: Any) -> Table:
        kw.setdefault("direction", dotnet)
        return Table(neutral, f"OpenAI-DotNet/{path}", keys, **kw)

    def net_event(neutral: str, path: str, wire: str, keys: dict[str, Mapping], **kw: Any) -> Table:
        return net(
            neutral,
            path,
            {"event_id": A("event_id", "first; DotNet itself never sets it"), "type": Tag(wire), **keys},
            title=f"`{wire}`",
            **kw,
        )

    events = [
        net_event(
            "SessionUpdateEvent",
            "Realtime/UpdateSessionRequest.cs",
            "session.update",
            {
                "session": A(
                    "session", "a `RealtimeSession`; a `TranscriptionSession` is `transcription_session.update` (below)"
                )
            },
        ),
        net_event(
            "InputAudioBufferAppendEvent",
            "Realtime/InputAudioBufferAppendRequest.cs",
            "input_audio_buffer.append",
            {"audio": A("audio")},
        ),
        net_event(
            "InputAudioBufferCommitEvent", "Realtime/InputAudioBufferCommitRequest.cs", "input_audio_buffer.commit", {}
        ),
        net_event(
            "InputAudioBufferClearEvent", "Realtime/InputAudioBufferClearRequest.cs", "input_audio_buffer.clear", {}
        ),
        net_event(
            "ConversationItemCreateEvent",
            "Realtime/ConversationItemCreateRequest.cs",
            "conversation.item.create",
            {
                "previous_item_id": A("previous_item_id"),
                "item": A(
                    "item",
                    "message, function call and output; with an `ItemReference` or an MCP, web or file search item "
                    "the event has no counterpart (a loss at `$`)",
                ),
            },
        ),
        net_event(
            "ConversationItemTruncateEvent",
            "Realtime/ConversationItemTruncateRequest.cs",
            "conversation.item.truncate",
            {
                "item_id": A("item_id"),
                "content_index": A("content_index", "Int32"),
                "audio_end_ms": A("audio_end_ms", "Int32, always written"),
            },
        ),
        net_event(
            "ConversationItemDeleteEvent",
            "Realtime/ConversationItemDeleteRequest.cs",
            "conversation.item.delete",
            {"item_id": A("item_id")},
        ),
        net_event(
            "ResponseCreateEvent",
            "Realtime/CreateResponseRequest.cs",
            "response.create",
            {"response": A("response", "`response-create.md` §6.2")},
            losses={"additional_instructions": "OpenAI has no per-response additional instructions"},
        ),
        net_event(
            "ResponseCancelEvent",
            "Realtime/ResponseCancelRequest.cs",
            "response.cancel",
            {"response_id": A("response_id")},
        ),
        Table(
            "ConversationItemRetrieveEvent",
            b.ConversationItemRetrieveEvent,
            {"item_id": A("item_id"), "type": Tag("conversation.item.retrieve"), "event_id": A("event_id")},
            title="`conversation.item.retrieve` (no DotNet class)",
            direction=beta_client,
        ),
        Table(
            "OutputAudioBufferClearEvent",
            OutputAudioBufferClear,
            {"type": Tag("output_audio_buffer.clear"), "event_id": A("event_id")},
            title="`output_audio_buffer.clear` (no DotNet class)",
            direction=beta_client,
        ),
        Table(
            "SessionUpdateEvent",
            b.TranscriptionSessionUpdate,
            {
                "session": A("session", "a `TranscriptionSession` (a `RealtimeSession` is `session.update`, above)"),
                "type": Tag("transcription_session.update", "chosen by the class of `session`"),
                "event_id": A("event_id"),
            },
            title="`transcription_session.update` (no DotNet class)",
            direction=beta_client,
            name="TranscriptionSessionUpdate",
        ),
    ]
    dotnet_session_losses = {
        "input_audio_sampling_rate": "OpenAI audio has no sampling-rate setting",
        "input_audio_echo_cancellation": "OpenAI has no echo cancellation setting",
        "parallel_tool_calls": "OpenAI Realtime beta has no parallel_tool_calls switch",
        "reasoning_effort": "OpenAI Realtime beta has no reasoning effort",
        "include": "OpenAI-DotNet's SessionConfiguration has no include",
        "tracing": "OpenAI-DotNet's SessionConfiguration has no tracing",
        "truncation": "OpenAI Realtime beta has no truncation strategy",
        "metadata": "OpenAI Realtime beta sessions have no metadata",
        "interim_response": "OpenAI has no interim (filler) responses",
        "animation": "OpenAI has no animation outputs",
        "avatar": "OpenAI has no avatars",
        "output_audio_timestamp_types": "OpenAI has no audio timestamps",
        "client_secret": "OpenAI-DotNet never sends client_secret in session.update (`UpdateSessionRequest.cs:19-23` clears it)",
        "id": "set by the server",
        "expires_at": "set by the server",
        "agent": "OpenAI has no hosted agents",
    }
    format_note = (
        "`pcm16`, `g711_ulaw`, `g711_alaw` (DotNet spells G.711 `g771_*`: read, never written); 8/16 kHz PCM are losses"
    )
    sessions_client = [
        net(
            "RealtimeSession",
            "Realtime/SessionConfiguration.cs",
            {
                "client_secret": Skip("never sent: see losses"),
                "modalities": A(
                    "modalities", "flags, written text then audio; an empty set is a loss (it would be omitted)"
                ),
                "model": A("model"),
                "instructions": A("instructions"),
                "voice": A("voice", "a name; `OpenAIVoice` flattened; other typed voices are losses"),
                "input_audio_format": A("input_audio_format", '**`"pcm16"` when unset**; ' + format_note),
                "output_audio_format": A("output_audio_format", '**`"pcm16"` when unset**; ' + format_note),
                "input_audio_transcription": A(
                    "input_audio_transcription", "`OFF` is a loss: DotNet cannot send `null` here"
                ),
                "speed": A("speed", "float32"),
                "turn_detection": A("turn_detection", "`OFF` ↔ `null` (a disabled VAD); Azure VADs are losses"),
                "tools": A("tools", "functions only (DotNet order: `response-create.md` §6.5)"),
                "tool_choice": A(
                    "tool_choice", 'a mode, or `{"type":"function","function":{"name":…}}`; `McpChoice` is a loss'
                ),
                "temperature": A("temperature", "float32"),
                "max_response_output_tokens": A("max_output_tokens"),
                "input_audio_noise_reduction": A(
                    "input_audio_noise_reduction", "`OFF` is a loss: DotNet cannot send `null` here"
                ),
                "prompt": A("prompt"),
            },
            losses=dotnet_session_losses,
            title="the `session` of `session.update`",
        ),
        net(
            "InputAudioTranscription",
            "Realtime/InputAudioTranscriptionSettings.cs",
            {"model": A("model"), "prompt": A("prompt"), "language": A("language")},
            losses={
                "languages": "OpenAI Realtime beta takes one language",
                "keywords": "OpenAI Realtime beta has no transcription keywords",
                "delay": "OpenAI Realtime beta has no transcription delay",
                "custom_speech": "OpenAI has no custom speech models",
            },
        ),
        net(
            "NoiseReduction",
            "Realtime/NoiseReductionSettings.cs",
            {"type": A("type", '**`"near_field"` when unset**; `azure_deep_noise_suppression` is a loss')},
            losses={"strength": "OpenAI Realtime beta noise reduction has no strength"},
        ),
        net(
            "ServerVad",
            "Realtime/ServerVAD.cs",
            {
                "type": Tag("server_vad", "first"),
                "create_response": A("create_response"),
                "interrupt_response": A("interrupt_response"),
                "prefix_padding_ms": A("prefix_padding_ms"),
                "silence_duration_ms": A("silence_duration_ms"),
                "threshold": A("threshold", "float32, last"),
            },
            losses={
                "idle_timeout_ms": "OpenAI-DotNet's ServerVAD has no idle_timeout_ms",
                "auto_truncate": "OpenAI server VAD has no auto_truncate",
                "end_of_utterance_detection": "OpenAI has no end-of-utterance model settings",
            },
        ),
        net(
            "SemanticVad",
            "Realtime/SemanticVAD.cs",
            {
                "type": Tag("semantic_vad", "first"),
                "create_response": A("create_response"),
                "interrupt_response": A("interrupt_response"),
                "eagerness": A("eagerness", '`"auto"` (the enum\'s zero) is never written: it reads back as unset'),
            },
        ),
        net("Prompt", "Common/Prompt.cs", {"id": A("id"), "variables": A("variables"), "version": A("version")}),
    ]
    sessions_beta_client = [
        Table(
            "TranscriptionSession",
            transcription_session_update.Session,
            {
                "client_secret": A("client_secret"),
                "include": A("include", "a list of strings"),
                "input_audio_format": A(
                    "input_audio_format", "`pcm16`, `g711_ulaw`, `g711_alaw`; 8/16 kHz PCM are losses"
                ),
                "input_audio_noise_reduction": A("input_audio_noise_reduction", OFF_JSON),
                "input_audio_transcription": A("input_audio_transcription", OFF_JSON),
                "modalities": A("modalities"),
                "turn_detection": A("turn_detection", OFF_JSON),
            },
            title="the `session` of `transcription_session.update`",
            direction=beta_client,
            notes=[
                "`OFF` is written `null` (`model_dump_json(exclude_unset=True)`). The `openai` package's beta "
                "connection would drop it (`exclude_defaults=True`, `openai/resources/beta/realtime/realtime.py:473`); "
                'the API documents `null` as off, and dropping it would turn "off" into "unset".',
            ],
        ),
        Table(
            "ClientSecret",
            transcription_session_update.SessionClientSecret,
            {"expires_at": A("expires_after", "renamed: this event calls the requested lifetime `expires_at`")},
            losses={"value": "issued by the server", "expires_at": "issued by the server"},
            direction=beta_client,
        ),
        Table(
            "ClientSecretExpiry",
            transcription_session_update.SessionClientSecretExpiresAt,
            {"anchor": A("anchor"), "seconds": A("seconds", "10–7200")},
            direction=beta_client,
        ),
        Table(
            "InputAudioTranscription",
            transcription_session_update.SessionInputAudioTranscription,
            {
                "language": A("language"),
                "model": A(
                    "model", "closed: `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `whisper-1`; others are losses"
                ),
                "prompt": A("prompt"),
            },
            losses={
                "languages": "OpenAI Realtime beta takes one language",
                "keywords": "OpenAI Realtime beta has no transcription keywords",
                "delay": "OpenAI Realtime beta has no transcription delay",
                "custom_speech": "OpenAI has no custom speech models",
            },
            direction=beta_client,
        ),
        Table(
            "NoiseReduction",
            transcription_session_update.SessionInputAudioNoiseReduction,
            {"type": A("type", "`azure_deep_noise_suppression` is a loss")},
            losses={"strength": "OpenAI Realtime beta noise reduction has no strength"},
            direction=beta_client,
        ),
        Table(
            "ServerVad",
            transcription_session_update.SessionTurnDetection,
            {
                "create_response": A("create_response"),
                "eagerness": Skip("semantic_vad"),
                "interrupt_response": A("interrupt_response"),
                "prefix_padding_ms": A("prefix_padding_ms"),
                "silence_duration_ms": A("silence_duration_ms"),
                "threshold": A("threshold"),
                "type": Tag("server_vad", "last: one class for both kinds"),
            },
            losses={
                "idle_timeout_ms": "OpenAI Realtime beta server VAD has no idle timeout",
                "auto_truncate": "OpenAI server VAD has no auto_truncate",
                "end_of_utterance_detection": "OpenAI has no end-of-utterance model settings",
            },
            direction=beta_client,
        ),
        Table(
            "SemanticVad",
            transcription_session_update.SessionTurnDetection,
            {
                "create_response": A("create_response"),
                "eagerness": A("eagerness"),
                "interrupt_response": A("interrupt_response"),
                "prefix_padding_ms": Skip("server_vad"),
                "silence_duration_ms": Skip("server_vad"),
                "threshold": Skip("server_vad"),
                "type": Tag("semantic_vad", "last"),
            },
            direction=beta_client,
        ),
    ]
    obj = A("object", 'always `"realtime.item"`')
    status = "`in_progress`, `completed`, `cancelled`, `failed`, `incomplete` (`RealtimeResponseStatus`); any other is a loss"
    items_client = [
        net(
            "MessageItem",
            "Realtime/ConversationItem.cs",
            {
                "id": A("id"),
                "type": Tag("message"),
                "object": obj,
                "status": A("status", status),
                "role": A("role"),
                "content": A("content", "`input_text`, `input_audio`, `text`, `audio`; `InputImage` is a loss"),
                "call_id": Skip("function kinds"),
                "name": Skip("function_call"),
                "arguments": Skip("function_call"),
                "output": Skip("function_call_output"),
            },
        ),
        net(
            "FunctionCallItem",
            "Realtime/ConversationItem.cs",
            {
                "id": A("id"),
                "type": Tag("function_call"),
                "object": obj,
                "status": A("status", status),
                "role": Skip("message"),
                "content": Skip("message"),
                "call_id": A("call_id"),
                "name": A("name"),
                "arguments": A("arguments", "a JSON string (a `JsonNode` string value)"),
                "output": Skip("function_call_output"),
            },
        ),
        net(
            "FunctionCallOutputItem",
            "Realtime/ConversationItem.cs",
            {
                "id": A("id"),
                "type": Tag("function_call_output"),
                "object": obj,
                "status": A("status", status),
                "role": Skip("message"),
                "content": Skip("message"),
                "call_id": A("call_id"),
                "name": Skip("function_call"),
                "arguments": Skip("function_call"),
                "output": A("output"),
            },
        ),
        net(
            "InputText",
            "Realtime/RealtimeContent.cs",
            {
                "id": Skip("content-part ids are not modelled"),
                "type": Tag("input_text"),
                "text": A("text"),
                "audio": Skip("audio parts"),
                "transcript": Skip("audio parts"),
            },
        ),
        net(
            "InputAudio",
            "Realtime/RealtimeContent.cs",
            {
                "id": Skip("content-part ids are not modelled"),
                "type": Tag("input_audio"),
                "text": Skip("text parts"),
                "audio": A("audio"),
                "transcript": A("transcript"),
            },
        ),
        net(
            "OutputText",
            "Realtime/RealtimeContent.cs",
            {
                "id": Skip("content-part ids are not modelled"),
                "type": Tag("text"),
                "text": A("text"),
                "audio": Skip("audio parts"),
                "transcript": Skip("audio parts"),
            },
        ),
        net(
            "OutputAudio",
            "Realtime/RealtimeContent.cs",
            {
                "id": Skip("content-part ids are not modelled"),
                "type": Tag("audio"),
                "text": Skip("text parts"),
                "audio": A("audio"),
                "transcript": A("transcript"),
            },
        ),
    ]
    server = "server"
    sessions_server = [
        Table(
            "RealtimeSession",
            session.Session,
            {
                "id": A("id"),
                "input_audio_format": A("input_audio_format"),
                "input_audio_noise_reduction": A("input_audio_noise_reduction", OFF_JSON),
                "input_audio_transcription": A("input_audio_transcription", OFF_JSON),
                "instructions": A("instructions"),
                "max_response_output_tokens": A("max_output_tokens"),
                "modalities": A("modalities"),
                "model": A("model", "closed Literal in the SDK; any string is kept"),
                "output_audio_format": A("output_audio_format"),
                "speed": A("speed", "float field"),
                "temperature": A("temperature", "float field"),
                "tool_choice": A(
                    "tool_choice",
                    "typed `str`: the modes; a forced function has no form here (refused on read, a loss on write)",
                ),
                "tools": A("tools", "functions (`session.Tool`: `description, name, parameters, type`)"),
                "tracing": A("tracing", '`"auto"`, `Tracing` (`group_id, metadata, workflow_name`) or ' + OFF_JSON),
                "turn_detection": A("turn_detection", OFF_JSON + "; one class `session.TurnDetection`, `type` last"),
                "voice": A("voice"),
            },
            losses={
                **{k: v for k, v in dotnet_session_losses.items() if k not in ("id", "tracing", "include")},
                "include": "OpenAI Realtime beta sessions have no include",
                "prompt": "the beta session model declares no prompt",
            },
            title="the `session` of `session.created` / `session.updated`",
            direction=server,
            notes=[
                "Nested beta server shapes (`session.InputAudioNoiseReduction`, `session.InputAudioTranscription`, "
                "`session.TurnDetection`, `session.Tool`, `session.TracingTracingConfiguration`) have the keys and order "
                "of the `transcription_session_update` classes above (turn detection: `create_response, eagerness, "
                "interrupt_response, prefix_padding_ms, silence_duration_ms, threshold, type`); see "
                "`generated/openai-beta-shapes.md`.",
            ],
        ),
        Table(
            "TranscriptionSession",
            transcription_session.TranscriptionSession,
            {
                "client_secret": A("client_secret", "**required** by the SDK: the issued key"),
                "input_audio_format": A("input_audio_format"),
                "input_audio_transcription": A("input_audio_transcription", OFF_JSON),
                "modalities": A("modalities"),
                "turn_detection": A(
                    "turn_detection", OFF_JSON + "; `transcription_session.TurnDetection`: server VAD keys, `type` last"
                ),
            },
            losses={
                "input_audio_noise_reduction": "the beta transcription session echo declares no noise reduction",
                "include": "the beta transcription session echo declares no include",
            },
            title="the `session` of `transcription_session.updated`",
            direction=server,
        ),
        Table(
            "ClientSecret",
            transcription_session.ClientSecret,
            {"expires_at": A("expires_at", "Unix seconds"), "value": A("value")},
            losses={"expires_after": "a request, not part of the issued key"},
            direction=server,
        ),
    ]
    items_server = [
        Table(
            "MessageItem",
            conversation_item.ConversationItem,
            {
                "id": A("id"),
                "arguments": Skip("function_call"),
                "call_id": Skip("function kinds"),
                "content": A("content"),
                "name": Skip("function_call"),
                "object": obj,
                "output": Skip("function_call_output"),
                "role": A("role"),
                "status": A("status"),
                "type": Tag("message"),
            },
            direction=server,
            name="ConversationItem (beta, flat)",
        ),
        Table(
            "FunctionCallItem",
            conversation_item.ConversationItem,
            {
                "id": A("id"),
                "arguments": A("arguments"),
                "call_id": A("call_id"),
                "content": Skip("message"),
                "name": A("name"),
                "object": obj,
                "output": Skip("function_call_output"),
                "role": Skip("message"),
                "status": A("status"),
                "type": Tag("function_call"),
            },
            direction=server,
            name="ConversationItem (beta, flat)",
        ),
        Table(
            "FunctionCallOutputItem",
            conversation_item.ConversationItem,
            {
                "id": A("id"),
                "arguments": Skip("function_call"),
                "call_id": A("call_id"),
                "content": Skip("message"),
                "name": Skip("function_call"),
                "object": obj,
                "output": A("output"),
                "role": Skip("message"),
                "status": A("status"),
                "type": Tag("function_call_output"),
            },
            direction=server,
            name="ConversationItem (beta, flat)",
        ),
        Table(
            "InputAudio",
            conversation_item_content.ConversationItemContent,
            {
                "id": Skip("content-part ids are not modelled"),
                "audio": A("audio"),
                "text": Skip("text parts"),
                "transcript": A("transcript"),
                "type": Tag("input_audio"),
            },
            direction=server,
            notes=[
                "The other parts use the same class: `InputText` = `text`, `type: input_text`; `OutputText` = `text`, "
                "`type: text`; `OutputAudio` = `audio`, `transcript`, `type: audio`. `InputImage` is a loss.",
            ],
        ),
    ]
    return [
        ("Client events", events),
        ("Session in `session.update` (OpenAI-DotNet)", sessions_client),
        ("Session in `transcription_session.update` (openai beta models)", sessions_beta_client),
        ("Items in client events (OpenAI-DotNet)", items_client),
        ("Sessions in server events (openai beta models)", sessions_server),
        ("Items in server events (openai beta models)", items_server),
    ]


# --------------------------------------------------------------------------- entry point


def main(check: bool) -> int:
    problems: list[str] = []
    docs = {
        "azure.md": render_all("azure", azure_sections(), problems),
        "openai-ga.md": render_all("openai-ga", ga_sections(), problems),
        "openai.md": render_all("dotnet", beta_sections(), problems),
    }
    stale = []
    for name, generated in docs.items():
        path = DOCS / name
        text = path.read_text(encoding="utf-8") if path.exists() else f"{BEGIN}\n{END}\n"
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        new = head + generated + tail
        if new != text:
            stale.append(name)
            if not check:
                path.write_text(new, encoding="utf-8")
    for problem in problems:
        print(problem, file=sys.stderr)
    if check and stale:
        print(f"stale: {', '.join(stale)}", file=sys.stderr)
    return 1 if problems or (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv))
