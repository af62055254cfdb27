"""Hypothesis strategies that build any event of the three SDKs with the SDKs' own constructors.

What is derived from what
-------------------------
* **Azure** (``azure.ai.voicelive.models``, 1.3.x): every class is called with keyword
  arguments in the order of its first keyword ``__init__`` overload (``typing.get_overloads``),
  walking the MRO when a class has none of its own (the patched ``models.RequestSession`` of
  ``_patch.py`` takes its signature from the generated base). Required parameters are always
  passed, optional ones present or absent. Values come from the overload's annotations:
  ``str``, ``int``, ``float`` (a float or a whole ``int``: the SDK keeps the number as given),
  ``bool``, ``bytes``, ``datetime`` (whole seconds), ``list[X]``, ``dict[str, X]``, ``Any``
  (free JSON), ``Literal``, ``Union[str, SomeEnum]`` and ``Union[Literal..., str]`` (the listed
  values), model classes (recursively) and discriminated bases (a class with a non-empty
  ``__mapping__`` of its own: one concrete subclass, recursively for messages by role). The
  text is ``json.dumps(event.as_dict())``, as ``VoiceLiveConnection.send()`` writes it.
* **OpenAI GA and beta** (``openai.types.realtime``, ``openai.types.beta.realtime``, pydantic
  v2): fields from ``model_fields`` (declaration order), required ones always, optional ones
  present or absent; ``Optional``, ``Literal``, ``Union`` (not discriminated for pydantic: one
  member is built, its ``type`` literal makes the text parse back to that member), ``List``,
  ``Dict``, ``object`` (free JSON). The text is ``model_dump_json(exclude_none=True)``; an event
  with a setting switched off on purpose (an explicit ``None``, see ``NULLABLE``) is dumped with
  ``exclude_unset=True``, which is what the SDK's connection sends (``to_json(exclude_unset=True)``).
* **Event types**: Azure ``ClientEvent.__mapping__`` + ``ServerEvent.__mapping__``; GA the members
  of ``RealtimeClientEvent`` / ``RealtimeServerEvent``; beta the members of the beta unions minus
  the client events OpenAI-DotNet writes (``DOTNET_TYPES``: no Python SDK writes their bytes).

Where the neutral model is narrower than the SDKs
-------------------------------------------------
An SDK-valid event the neutral model cannot hold can never pass a byte-parity test, so the
strategies stay inside the model (``src/realtime_dialects/model``). Four tables of data per SDK
say where, each entry with its reason:

* ``*_OVERRIDES`` ``{(class, field): spec}``: a value strategy for one field. Number ranges,
  token limits and metadata limits are read from the neutral annotations themselves
  (:func:`neutral`: ``Range``, ``Limits``, ``Literal``); the rest are closed sets and shapes the
  model (or a dialect decision documented in ``docs/wire``) imposes. A spec is a strategy (the
  SDK's own optionality), :func:`required` (always present), :func:`optional` (present or not)
  or ``ABSENT`` (never).
* ``*_VARIANTS`` ``{class: [Variant, ...]}``: flat SDK classes that stand for several neutral
  classes (beta's one ``ConversationItem``, GA's content parts with an optional ``type``, Azure's
  server message whose parts must suit its role): one variant per neutral class, with its tag
  fixed and only its own fields.
* ``*_NON_EMPTY``: wire-only wrappers (GA ``audio``, ``audio.input``, ``reasoning`` …) that the
  neutral model flattens away: an empty one carries nothing and is not written back, so at
  least one field is set.
* ``*_NULLABLE``: the settings a client switches off with ``null`` (neutral ``OFF``), in client
  events only. Azure: at most one per ``RequestSession`` (with two the patch's key order follows
  a ``set`` and changes with ``PYTHONHASHSEED``, ``shared/protocol/azure.md`` §2.2).

SDK types that need special handling
------------------------------------
* Azure: the patched ``RequestSession`` (signature from the MRO; explicit ``None`` = ``null``
  written last, at most one); discriminated bases (``ConversationRequestItem`` → ``MessageItem`` →
  role, ``ResponseItem``, ``ContentPart``, ``MessageContentPart``, ``Tool``, ``TurnDetection``,
  ``EouDetection`` by ``model``, ``AzureVoice``, ``ToolChoiceSelection``, ``ResponseStatusDetails``);
  ``bytes`` (``response.audio.delta``), ``datetime`` (``ResponseSession.expires_at``); free JSON
  typed ``Any`` where the model has a class (``ResponseMCPCallItem.error``,
  ``ResponseFailedDetails.error``) or an object (``FunctionTool.parameters``,
  ``MCPTool.input_schema``); ``ResponseCreateParams.tool_choice`` typed ``str``; the untyped
  ``MCPServer.require_approval`` dict; messages whose parts must suit their role (user image parts
  come from the other ``ContentPart`` family); ``ResponseMessageItem`` (role a plain field).
* GA: content parts with an optional ``type`` (per role) and ``Part`` of
  ``response.content_part.*``; audio formats (whole objects only); wire-only wrappers; function
  tools whose ``name``/``type`` are optional; ``output_modalities``; ``conversation``.
* beta: the flat ``ConversationItem`` and ``ConversationItemContent``; one ``TurnDetection`` class for
  server and semantic VAD; ``str``-typed ``tool_choice``, ``input_audio_format``, ``include``.

Class keys are ``__name__`` or, where a name is ambiguous within an SDK, ``module.Name`` (the
last module component, e.g. ``realtime_conversation_item_user_message.Content``);
``tests/test_sdk_strategies.py`` checks that every key names a reachable class and field.

Sizes are bounded for speed: lists and maps of at most three entries, strings of at most ten
characters (mostly printable ASCII, with escapes, non-ASCII, astral and separator characters:
Azure escapes them, GA writes them raw), numbers in sane ranges, free JSON of at most six leaves.
"""

from __future__ import annotations

import datetime
import enum
import functools
import inspect
import json
import math
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from hypothesis import strategies as st

from realtime_dialects import model as nm
from realtime_dialects.model._base import Limits, Range

__all__ = [
    "ABSENT",
    "DOTNET_TYPES",
    "azure_class",
    "azure_event",
    "azure_reads",
    "azure_types",
    "beta_class",
    "beta_event",
    "beta_reads",
    "beta_types",
    "classes",
    "event",
    "ga_class",
    "ga_event",
    "ga_reads",
    "ga_types",
    "neutral",
    "optional",
    "reads",
    "required",
    "types_of",
]

# --------------------------------------------------------------------------- values

#: Characters that stress a JSON writer: quotes, backslash, slash, C0 controls, DEL, Latin-1,
#: CJK, the line/paragraph separators (raw in GA, escaped by Azure), a joiner, a BOM, an astral
#: character (a surrogate pair under ``ensure_ascii``) and HTML-ish ones.
TRICKY = "\"\\/\n\r\t\b\f\x00\x1f\x7f\u00e9\u00df\u00a0\u4e2d\u2028\u2029\u200d\ufeff\U0001f3a7<>&'"
_ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
CHARACTERS = st.one_of(
    _ASCII,  # printable ASCII twice as often as each other kind
    _ASCII,
    st.sampled_from(TRICKY),
    # Any assigned, non-surrogate character (orjson and pydantic refuse lone surrogates).
    st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs")),
)
TEXT = st.text(CHARACTERS, max_size=10)
INT = st.integers(0, 2**31 - 1)
FLOAT = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False, allow_subnormal=False)
#: Azure keeps a number as given (``temperature=1`` writes ``1``): floats and whole ints.
AZURE_FLOAT = FLOAT | st.integers(-1000, 1000)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), FLOAT, TEXT)
JSON = st.recursive(
    JSON_LEAF, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6
)
JSON_OBJECT = st.dictionaries(TEXT, JSON, max_size=3)
#: A free-JSON field's own value: not ``None``, which would mean "absent" to the SDKs.
JSON_VALUE = st.one_of(
    st.booleans(), st.integers(-(2**53), 2**53), FLOAT, TEXT, st.lists(JSON, max_size=3), JSON_OBJECT
)
DATETIME = st.builds(
    lambda seconds, aware: datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).replace(
        tzinfo=datetime.timezone.utc if aware else None
    ),
    st.integers(0, 4_102_444_800),
    st.booleans(),
)


def lists(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, max_size=3)


# --------------------------------------------------------------------------- override vocabulary


@dataclass(frozen=True)
class Spec:
    """How one field is drawn: ``strategy`` (``None``: from the SDK annotation) and ``presence``
    (``"always"``, ``"maybe"``, ``"never"``; ``None``: as the SDK declares the field)."""

    strategy: st.SearchStrategy[Any] | None = None
    presence: Literal["always", "maybe", "never"] | None = None


def required(strategy: st.SearchStrategy[Any] | None = None) -> Spec:
    """Always present (the neutral model requires what the SDK leaves optional)."""
    return Spec(strategy, "always")


def optional(strategy: st.SearchStrategy[Any] | None = None) -> Spec:
    """Present or absent, whatever the SDK declares."""
    return Spec(strategy, "maybe")


#: Never present: the neutral model has no attribute for the key in this position.
ABSENT = Spec(None, "never")


@dataclass(frozen=True)
class Variant:
    """One neutral class a flat SDK class stands for.

    ``fixed``: keys with a constant value (tags, roles), always written. ``fields``: specs of
    the other fields. ``only``: every field not named in ``fixed`` or ``fields`` is absent.
    """

    fixed: Mapping[str, Any] = field(default_factory=dict)
    fields: Mapping[str, Spec | st.SearchStrategy[Any]] = field(default_factory=dict)
    only: bool = True


def _neutral_hint(cls: type, attr: str) -> Any:
    names = {name: getattr(nm, name) for name in nm.__all__}
    return typing.get_type_hints(cls, localns=names, include_extras=True)[attr]


def _from_neutral(tp: Any) -> st.SearchStrategy[Any]:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        members = [arg for arg in args if arg is not type(None) and arg is not nm.Off]
        return st.one_of(*(_from_neutral(arg) for arg in members))
    if origin is Literal:
        return st.sampled_from(args)
    if origin is typing.Annotated:
        base, *markers = args
        for marker in markers:
            if isinstance(marker, Range):
                if base is int:
                    low = 0 if marker.low is None else int(marker.low)
                    return st.integers(low, 2**31 - 1 if marker.high is None else int(marker.high))
                low = -1e6 if marker.low is None else marker.low
                high = 1e6 if marker.high is None else marker.high
                whole = st.integers(math.ceil(low), math.floor(high))
                return st.floats(low, high, allow_subnormal=False) | whole
            if isinstance(marker, Limits):
                pairs, key, value = marker
                return st.dictionaries(
                    st.text(CHARACTERS, max_size=key or 10),
                    st.text(CHARACTERS, max_size=value or 10),
                    max_size=pairs if pairs is not None else 3,
                )
        return _from_neutral(base)
    raise TypeError(f"no neutral strategy for {tp!r}")


def neutral(cls: type, attr: str) -> st.SearchStrategy[Any]:
    """Values of the neutral attribute ``cls.attr`` (its ``Range``, ``Limits`` or ``Literal``)."""
    return _from_neutral(_neutral_hint(cls, attr))


def modalities(names: tuple[str, ...], *, empty: bool) -> st.SearchStrategy[list[str]]:
    """A set of ``names`` in the order the neutral ``Modality`` flag writes them."""
    return st.lists(st.sampled_from(names), unique=True, min_size=0 if empty else 1).map(
        lambda chosen: [name for name in names if name in chosen]
    )


# Shared domains, each from the neutral annotations.
TEMPERATURE = neutral(nm.ResponseCreateParams, "temperature")  # [0.6, 1.2]
SESSION_TEMPERATURE = neutral(nm.RealtimeSession, "temperature")  # [0.0, 1.2]
VOICE_TEMPERATURE = neutral(nm.AzureStandardVoice, "temperature")  # [0.0, 1.0]
MAX_TOKENS = neutral(nm.ResponseCreateParams, "max_output_tokens")  # 1..4096 or "inf"
METADATA = neutral(nm.ResponseCreateParams, "metadata")  # <= 16 pairs, keys <= 64, values <= 512
THRESHOLD = neutral(nm.ServerVad, "threshold")  # [0.0, 1.0]
SPEED = neutral(nm.RealtimeSession, "speed")  # [0.25, 1.5]
MODES = st.sampled_from(typing.get_args(nm.ToolMode))  # auto, none, required
INCLUDE = lists(st.sampled_from(typing.get_args(nm.IncludeOption)))
# What a server may report, in the classes only server events carry: read and written as sent,
# past the ranges and limits a client is held to (docs/wire/server-model-notes.md, question 2).
SERVER_TEMPERATURE = FLOAT | st.integers(-1000, 1000)
SERVER_MAX_TOKENS = st.integers(-(2**31), 2**31 - 1) | st.just("inf")
SERVER_METADATA = st.dictionaries(st.text(CHARACTERS, max_size=70), TEXT, max_size=18)


# --------------------------------------------------------------------------- the generic builder


@dataclass
class _Field:
    name: str
    hint: Any
    required: bool


@dataclass(eq=False)
class _Family:
    """One SDK: how to read a class's fields, value strategies, and its override tables."""

    name: str
    fields: Callable[[type], tuple[_Field, ...]]
    value: Callable[[Any, bool], st.SearchStrategy[Any]]
    overrides: Mapping[tuple[str, str], Spec | st.SearchStrategy[Any]]
    variants: Mapping[str, list[Variant]]
    non_empty: frozenset[str]
    nullable: Mapping[str, tuple[str, ...]]
    max_nulls: int | None


def _keys(cls: type) -> tuple[str, str]:
    """The names an override table may use for ``cls``: ``module.Name``, then ``Name``."""
    return f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}", cls.__name__


def _lookup(table: Mapping[Any, Any], cls: type, attr: str | None = None) -> Any:
    for key in _keys(cls):
        found = table.get(key if attr is None else (key, attr))
        if found is not None:
            return found
    return None


def _spec(value: Spec | st.SearchStrategy[Any] | None) -> Spec:
    if value is None:
        return Spec()
    return value if isinstance(value, Spec) else Spec(value)


def _record(family: _Family, cls: type, client: bool, variant: Variant | None) -> st.SearchStrategy[Any]:
    """``cls`` built with its fields in declaration order, each by its spec."""
    plan: list[tuple[str, st.SearchStrategy[Any], str]] = []
    for f in family.fields(cls):
        if variant is not None and f.name in variant.fixed:
            plan.append((f.name, st.just(variant.fixed[f.name]), "always"))
            continue
        if variant is not None and f.name in variant.fields:
            spec = _spec(variant.fields[f.name])
        elif variant is not None and variant.only:
            spec = ABSENT
        else:
            spec = _spec(_lookup(family.overrides, cls, f.name))
        presence = spec.presence or ("always" if f.required else "maybe")
        if presence == "never":
            continue
        strategy = spec.strategy if spec.strategy is not None else family.value(f.hint, client)
        plan.append((f.name, strategy, presence))
    non_empty = any(key in family.non_empty for key in _keys(cls))
    nullable = set(_lookup(family.nullable, cls) or ()) if client else set()

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        present = [presence == "always" or draw(st.booleans()) for _, _, presence in plan]
        maybe = [i for i, (_, _, presence) in enumerate(plan) if presence == "maybe"]
        if non_empty and maybe and not any(present[i] for i in maybe):
            present[draw(st.sampled_from(maybe))] = True
        # Settings switched off on purpose: an explicit None among the present nullable fields.
        candidates = [name for (name, _, _), on in zip(plan, present, strict=True) if on and name in nullable]
        if family.max_nulls == 1:
            off = {draw(st.sampled_from([None, *candidates]))} - {None}
        else:
            off = {name for name in candidates if draw(st.integers(0, 3)) == 0}
        kwargs = {}
        for (name, strategy, _), on in zip(plan, present, strict=True):
            if on:
                kwargs[name] = None if name in off else draw(strategy)
        return cls(**kwargs)

    return build()


@functools.cache
def _model(family: _Family, cls: type, client: bool) -> st.SearchStrategy[Any]:
    variants = _lookup(family.variants, cls)
    if variants:
        return st.one_of(*(_record(family, cls, client, variant) for variant in variants))
    return _record(family, cls, client, None)


def _strip(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _union(members: list[Any], value: Callable[[Any], st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """A union's values: a bare ``str`` next to an enum or ``Literal`` means "the listed values"."""
    closed = any(typing.get_origin(m) is Literal or (isinstance(m, type) and issubclass(m, enum.Enum)) for m in members)
    return st.one_of(*(value(m) for m in members if not (closed and m is str)))


# --------------------------------------------------------------------------- Azure


def _azure_modules() -> tuple[Any, Any, dict[str, Any]]:
    from azure.ai.voicelive import _unions
    from azure.ai.voicelive import models as sdk
    from azure.ai.voicelive.models import _models

    namespace = dict(vars(_models))
    namespace.update(_models=sdk, _unions=_unions)
    return sdk, _models, namespace


@functools.cache
def _azure_fields(cls: type) -> tuple[_Field, ...]:
    """The first keyword overload of ``__init__``, found along the MRO (``_patch.py`` subclasses)."""
    _, _, namespace = _azure_modules()
    for klass in cls.__mro__:
        init = vars(klass).get("__init__")
        overloads = [o for o in typing.get_overloads(init) if "mapping" not in inspect.signature(o).parameters]
        if init is not None and overloads:
            break
    else:
        raise TypeError(f"{cls.__name__} has no keyword __init__ overload")
    hints = typing.get_type_hints(overloads[0], globalns=namespace)
    return tuple(
        _Field(name, _resolve(hints[name], namespace), parameter.default is inspect.Parameter.empty)
        for name, parameter in inspect.signature(overloads[0]).parameters.items()
        if name != "self"
    )


def _resolve(tp: Any, namespace: dict[str, Any]) -> Any:
    """``tp`` with the strings in ``list["_models.X"]`` evaluated: Python 3.10's ``get_type_hints`` leaves them."""
    if isinstance(tp, str):
        return _resolve(eval(tp, namespace), namespace)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Literal or not args:
        return tp
    resolved = tuple(_resolve(arg, namespace) for arg in args)
    if resolved == args:
        return tp
    if origin is typing.Union or origin is types.UnionType:
        return typing.Union[resolved]  # noqa: UP007 (a tuple of members)
    return types.GenericAlias(origin, resolved)


def _azure_value(tp: Any, client: bool) -> st.SearchStrategy[Any]:
    _, models, _ = _azure_modules()
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        return _union([a for a in args if a is not type(None)], lambda m: _azure_value(m, client))
    if origin is Literal:
        return st.sampled_from(args)
    if origin is list:
        return lists(_azure_value(args[0], client))
    if origin is dict:
        return st.dictionaries(TEXT, _azure_value(args[1], client), max_size=3)
    if tp is Any:
        return JSON_VALUE
    simple = {str: TEXT, int: INT, float: AZURE_FLOAT, bool: st.booleans(), bytes: st.binary(max_size=12)}
    if tp in simple:
        return simple[tp]
    if tp is datetime.datetime:
        return DATETIME
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and issubclass(tp, models._Model):
        return st.deferred(lambda: azure_model(tp, client))
    raise TypeError(f"no Azure strategy for {tp!r}")


def azure_model(cls: type, client: bool = False) -> st.SearchStrategy[Any]:
    """Any instance of the Azure model ``cls``; a discriminated base gives one of its subclasses."""
    mapping = vars(cls).get("__mapping__")
    if mapping:
        return st.one_of(*(azure_model(sub, client) for sub in mapping.values()))
    return _model(AZURE, cls, client)


def _azure_parts(*names: str) -> st.SearchStrategy[list[Any]]:
    sdk, _, _ = _azure_modules()
    return lists(st.one_of(*(st.deferred(lambda n=n: azure_model(getattr(sdk, n))) for n in names)))


def _azure_require_approval() -> st.SearchStrategy[Any]:
    # An untyped dict in the SDK; the neutral McpApprovalFilter has `always` and `never` tool-name
    # lists, written in that order (the current azure table's convention).
    names = lists(TEXT)
    pairs = st.tuples(st.none() | names, st.none() | names).map(
        lambda pair: {k: v for k, v in zip(("always", "never"), pair, strict=True) if v is not None}
    )
    return st.sampled_from(["always", "never"]) | pairs


def _azure_tool_choice() -> st.SearchStrategy[Any]:
    sdk, _, _ = _azure_modules()
    return MODES | st.builds(sdk.ToolChoiceFunctionSelection, name=TEXT)


#: GA's McpError shapes (the neutral model reads Azure's ``Any`` error through them), written as
#: Azure writes its own tagged objects: fields first, ``type`` last.
MCP_ERROR = st.one_of(
    st.fixed_dictionaries({"code": INT, "message": TEXT, "type": st.just("protocol_error")}),
    st.fixed_dictionaries({"message": TEXT, "type": st.just("tool_execution_error")}),
    st.fixed_dictionaries({"code": INT, "message": TEXT, "type": st.just("http_error")}),
    # fixed_dictionaries does not keep its keys' order: put them back in the written one.
).map(lambda error: {key: error[key] for key in ("code", "message", "type") if key in error})
#: The neutral ResponseStatusError (open strings, each optional), in the order of Azure's own error
#: object (``type, code, message``: docs/wire/azure-server.md).
STATUS_ERROR = st.fixed_dictionaries({}, optional={"type": TEXT, "code": TEXT, "message": TEXT}).map(
    lambda error: {key: error[key] for key in ("type", "code", "message") if key in error}
)

AZURE_MODALITIES = modalities(("text", "audio", "animation", "avatar"), empty=True)

_SESSION_OVERRIDES: dict[str, Spec | st.SearchStrategy[Any]] = {
    "modalities": AZURE_MODALITIES,  # a set, written in the flag's order (text, audio, animation, avatar)
    "temperature": SESSION_TEMPERATURE,
    "max_response_output_tokens": MAX_TOKENS,
    "metadata": METADATA,
    "input_audio_sampling_rate": neutral(nm.RealtimeSession, "input_audio_sampling_rate"),  # 8000/16000/24000
}
_SERVER_SESSION_OVERRIDES: dict[str, Spec | st.SearchStrategy[Any]] = {
    **_SESSION_OVERRIDES,
    "temperature": SERVER_TEMPERATURE,
    "max_response_output_tokens": SERVER_MAX_TOKENS,
    "metadata": SERVER_METADATA,
}

AZURE_OVERRIDES: dict[tuple[str, str], Spec | st.SearchStrategy[Any]] = {
    # Ranges and limits of the neutral model.
    ("ResponseCreateParams", "temperature"): TEMPERATURE,
    ("ResponseCreateParams", "max_output_tokens"): MAX_TOKENS,
    ("ResponseCreateParams", "metadata"): METADATA,
    ("ResponseCreateParams", "modalities"): AZURE_MODALITIES,
    ("Response", "temperature"): SERVER_TEMPERATURE,
    ("Response", "max_output_tokens"): SERVER_MAX_TOKENS,
    ("Response", "metadata"): SERVER_METADATA,
    ("Response", "modalities"): AZURE_MODALITIES,
    **{("RequestSession", key): spec for key, spec in _SESSION_OVERRIDES.items()},
    **{("ResponseSession", key): spec for key, spec in _SERVER_SESSION_OVERRIDES.items()},
    **{
        (voice, "temperature"): VOICE_TEMPERATURE
        for voice in ("AzureStandardVoice", "AzureCustomVoice", "AzurePersonalVoice", "AzureAvatarVoiceSyncVoice")
    },
    **{
        (vad, "threshold"): THRESHOLD
        for vad in ("ServerVad", "AzureSemanticVad", "AzureSemanticVadEn", "AzureSemanticVadMultilingual")
    },
    ("AudioEchoCancellation", "channels"): neutral(nm.EchoCancellation, "channels"),  # 1 or 2
    ("LlmInterimResponseConfig", "max_completion_tokens"): neutral(nm.LlmInterimResponse, "max_completion_tokens"),
    ("VideoParams", "bitrate"): neutral(nm.AvatarVideo, "bitrate"),
    ("VideoParams", "gop_size"): neutral(nm.AvatarVideo, "gop_size"),
    ("VideoResolution", "width"): neutral(nm.VideoResolution, "width"),
    ("VideoResolution", "height"): neutral(nm.VideoResolution, "height"),
    **{
        ("Scene", key): neutral(nm.AvatarScene, key)
        for key in ("zoom", "position_x", "position_y", "rotation_x", "rotation_y", "rotation_z", "amplitude")
    },
    # Closed sets and shapes.
    ("ResponseCreateParams", "tool_choice"): st.deferred(_azure_tool_choice),  # typed str; a mode or a function
    ("MCPServer", "require_approval"): st.deferred(_azure_require_approval),
    ("FunctionTool", "parameters"): JSON_OBJECT,  # a JSON Schema object (neutral Mapping)
    ("MCPTool", "input_schema"): JSON_OBJECT,  # neutral Mapping
    ("ResponseMCPCallItem", "error"): MCP_ERROR,  # Any in the SDK; neutral McpError
    ("ResponseFailedDetails", "error"): STATUS_ERROR,  # Any in the SDK; neutral ResponseStatusError
    # A message's parts suit its role (the model checks it): system text, user text/audio/image
    # (an image is a ContentPart the SDK writes although MessageContentPart does not declare it),
    # assistant text.
    ("SystemMessageItem", "content"): st.deferred(lambda: _azure_parts("InputTextContentPart")),
    ("UserMessageItem", "content"): st.deferred(
        lambda: _azure_parts("InputTextContentPart", "InputAudioContentPart", "RequestImageContentPart")
    ),
    ("AssistantMessageItem", "content"): st.deferred(lambda: _azure_parts("OutputTextContentPart")),
    # Required in the neutral model, optional in the SDK.
    ("ClientEventConversationItemCreate", "item"): required(),
    ("RequestTextContentPart", "text"): required(),
    ("ResponseTextContentPart", "text"): required(),
    ("RequestImageContentPart", "image_url"): required(),
}

AZURE_VARIANTS: dict[str, list[Variant]] = {
    # The server message has `role` as a plain field next to `content: list[ContentPart]`.
    "ResponseMessageItem": [
        Variant(
            fixed={"role": role},
            fields={"content": st.deferred(lambda parts=parts: _azure_parts(*parts))},
            only=False,
        )
        for role, parts in (
            ("system", ("RequestTextContentPart",)),
            ("user", ("RequestTextContentPart", "RequestAudioContentPart", "RequestImageContentPart")),
            ("assistant", ("ResponseTextContentPart", "ResponseAudioContentPart")),
        )
    ],
}

AZURE = _Family(
    name="azure",
    fields=_azure_fields,
    value=_azure_value,
    overrides=AZURE_OVERRIDES,
    variants=AZURE_VARIANTS,
    non_empty=frozenset(),
    nullable={"RequestSession": ("turn_detection", "input_audio_noise_reduction", "input_audio_transcription")},
    max_nulls=1,
)


@functools.cache
def _azure_events() -> dict[str, tuple[type, bool]]:
    sdk, _, _ = _azure_modules()
    client = {name: (cls, True) for name, cls in sdk.ClientEvent.__mapping__.items()}
    server = {name: (cls, False) for name, cls in sdk.ServerEvent.__mapping__.items()}
    assert not set(client) & set(server)
    return {**client, **server}


def azure_types() -> list[str]:
    """Every Azure event type, client then server, each sorted."""
    events = _azure_events()
    return sorted(t for t in events if events[t][1]) + sorted(t for t in events if not events[t][1])


def azure_class(type_: str) -> type:
    return _azure_events()[type_][0]


@functools.cache
def azure_event(type_: str) -> st.SearchStrategy[str]:
    """The wire text of Azure event ``type_``: ``json.dumps(event.as_dict())`` (``VoiceLiveConnection.send``)."""
    cls, client = _azure_events()[type_]
    return azure_model(cls, client).map(lambda event: json.dumps(event.as_dict()))


def azure_reads(type_: str, text: str) -> str:
    """What the SDK makes of ``text``: ``_deserialize`` as ``recv`` does (``ClientEvent`` for client
    events), then written again."""
    sdk, _, _ = _azure_modules()
    cls, client = _azure_events()[type_]
    base = sdk.ClientEvent if client else sdk.ServerEvent
    event = base._deserialize(json.loads(text), [])
    assert type(event) is cls, f"the SDK read {type(event).__name__}, not {cls.__name__}"
    return json.dumps(event.as_dict())


# --------------------------------------------------------------------------- pydantic (GA and beta)


@functools.cache
def _pydantic_fields(cls: type) -> tuple[_Field, ...]:
    return tuple(_Field(name, info.annotation, info.is_required()) for name, info in cls.model_fields.items())


def _pydantic_value(family: Callable[[], _Family]) -> Callable[[Any, bool], st.SearchStrategy[Any]]:
    import pydantic

    def value(tp: Any, client: bool) -> st.SearchStrategy[Any]:
        tp = _strip(tp)
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is typing.Union or origin is types.UnionType:
            return _union([_strip(a) for a in args if a is not type(None)], lambda m: value(m, client))
        if origin is Literal:
            return st.sampled_from(args)
        if origin is list:
            return lists(value(args[0], client))
        if origin is dict:
            return st.dictionaries(TEXT, value(args[1], client), max_size=3)
        if tp is object or tp is Any:
            return JSON_VALUE
        simple = {str: TEXT, int: INT, float: FLOAT, bool: st.booleans()}
        if tp in simple:
            return simple[tp]
        if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
            return st.deferred(lambda: _model(family(), tp, client))
        raise TypeError(f"no {family().name} strategy for {tp!r}")

    return value


def _dump(event: Any) -> str:
    """``exclude_none``; ``exclude_unset`` when a setting was switched off (an explicit ``None``)."""
    text = event.model_dump_json(exclude_none=True)
    unset = event.model_dump_json(exclude_unset=True)
    return unset if unset != text else text


def _union_members(union: Any) -> tuple[type, ...]:
    return typing.get_args(_strip(union))


def _literal_type(cls: type) -> str:
    (value,) = typing.get_args(cls.model_fields["type"].annotation)
    return str(value)


# ----- GA


GA_MODALITIES = st.sampled_from([["text"], ["audio"]])  # GA: one or the other ([] refused, text+audio read as audio)
_PCM = Variant(fixed={"rate": 24000, "type": "audio/pcm"})  # read without `rate`, written with it


GA_OVERRIDES: dict[tuple[str, str], Spec | st.SearchStrategy[Any]] = {
    # Ranges and limits of the neutral model.
    ("RealtimeResponseCreateParams", "max_output_tokens"): MAX_TOKENS,
    ("RealtimeResponseCreateParams", "metadata"): METADATA,
    ("RealtimeResponseCreateParams", "output_modalities"): GA_MODALITIES,
    ("RealtimeResponse", "max_output_tokens"): SERVER_MAX_TOKENS,
    ("RealtimeResponse", "metadata"): SERVER_METADATA,
    ("RealtimeResponse", "output_modalities"): GA_MODALITIES,
    ("RealtimeSessionCreateRequest", "max_output_tokens"): MAX_TOKENS,
    ("RealtimeSessionCreateRequest", "output_modalities"): GA_MODALITIES,
    ("RealtimeAudioConfigOutput", "speed"): SPEED,
    ("ServerVad", "threshold"): THRESHOLD,  # both GA ServerVad classes (session and transcription)
    ("RealtimeTruncationRetentionRatio", "retention_ratio"): neutral(nm.RetentionRatioTruncation, "retention_ratio"),
    # Closed sets and shapes.
    ("RealtimeResponseCreateParams", "conversation"): st.sampled_from(["auto", "none"]),  # neutral `commit`
    ("RealtimeFunctionTool", "name"): required(),  # neutral FunctionTool.name
    ("RealtimeFunctionTool", "type"): required(),  # the tag that tells the plain union's members apart
    ("RealtimeFunctionTool", "parameters"): JSON_OBJECT,
    ("realtime_mcp_list_tools.Tool", "input_schema"): JSON_OBJECT,
    ("TracingConfiguration", "metadata"): JSON_OBJECT,
    # Audio formats are neutral AudioFormat values: the full objects only.
    ("AudioPCM", "rate"): required(),
    ("AudioPCM", "type"): required(),
    ("AudioPCMU", "type"): required(),
    ("AudioPCMA", "type"): required(),
}

#: Content parts with an optional `type` and the union of every kind's fields: one variant per kind.
GA_VARIANTS: dict[str, list[Variant]] = {
    "realtime_conversation_item_system_message.Content": [
        Variant(fixed={"type": "input_text"}, fields={"text": required()})
    ],
    "realtime_conversation_item_user_message.Content": [
        Variant(fixed={"type": "input_text"}, fields={"text": required()}),
        Variant(fixed={"type": "input_audio"}, fields={"audio": optional(), "transcript": optional()}),
        Variant(fixed={"type": "input_image"}, fields={"image_url": required(), "detail": optional()}),
    ],
    "realtime_conversation_item_assistant_message.Content": [
        Variant(fixed={"type": "output_text"}, fields={"text": required()}),
        Variant(fixed={"type": "output_audio"}, fields={"audio": optional(), "transcript": optional()}),
    ],
    # response.content_part.added/done: GA tags these `text`/`audio`.
    "Part": [
        Variant(fixed={"type": "text"}, fields={"text": required()}),
        Variant(fixed={"type": "audio"}, fields={"audio": optional(), "transcript": optional()}),
    ],
}

#: Wire-only wrappers of flattened neutral attributes: empty, they carry nothing and are not written.
GA_NON_EMPTY = frozenset(
    {
        "RealtimeAudioConfig",
        "RealtimeAudioConfigInput",
        "RealtimeAudioConfigOutput",
        "RealtimeReasoning",
        "RealtimeTranscriptionSessionAudio",
        "RealtimeTranscriptionSessionAudioInput",
        "RealtimeResponseCreateAudioOutput",
        "realtime_response_create_audio_output.Output",
        "realtime_response.Audio",
        "realtime_response.AudioOutput",
    }
)

_OFF = ("noise_reduction", "transcription", "turn_detection")
GA_NULLABLE = {
    "RealtimeAudioConfigInput": _OFF,
    "RealtimeTranscriptionSessionAudioInput": _OFF,
    "RealtimeSessionCreateRequest": ("tracing",),
}

GA = _Family(
    name="openai-ga",
    fields=_pydantic_fields,
    value=_pydantic_value(lambda: GA),
    overrides=GA_OVERRIDES,
    variants=GA_VARIANTS,
    non_empty=GA_NON_EMPTY,
    nullable=GA_NULLABLE,
    max_nulls=None,
)


@functools.cache
def _ga_events() -> dict[str, tuple[type, bool]]:
    from openai.types import realtime

    client = {_literal_type(c): (c, True) for c in _union_members(realtime.RealtimeClientEvent)}
    server = {_literal_type(c): (c, False) for c in _union_members(realtime.RealtimeServerEvent)}
    assert not set(client) & set(server)
    return {**client, **server}


# ----- beta

#: Beta client events OpenAI-DotNet writes (golden files only: no Python SDK writes their bytes).
DOTNET_TYPES = frozenset(
    {
        "session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
        "conversation.item.create",
        "conversation.item.truncate",
        "conversation.item.delete",
        "response.create",
        "response.cancel",
    }
)

#: The openai dialect shares one Modality codec with OpenAI-DotNet, whose [Flags] cannot write [].
BETA_MODALITIES = modalities(("text", "audio"), empty=False)
BETA_AUDIO_FORMAT = st.sampled_from(["pcm16", "g711_ulaw", "g711_alaw"])


def _beta_content(*variants: Variant) -> st.SearchStrategy[list[Any]]:
    from openai.types.beta.realtime.conversation_item_content import ConversationItemContent

    return lists(st.one_of(*(_record(BETA, ConversationItemContent, False, v) for v in variants)))


# Beta content parts (one flat class; content-part `id`s and `item_reference` parts are not modelled).
_INPUT_TEXT = Variant(fixed={"type": "input_text"}, fields={"text": required()})
_INPUT_AUDIO = Variant(fixed={"type": "input_audio"}, fields={"audio": optional(), "transcript": optional()})
_TEXT = Variant(fixed={"type": "text"}, fields={"text": required()})
_AUDIO = Variant(fixed={"type": "audio"}, fields={"audio": optional(), "transcript": optional()})
_ITEM_FIELDS = {"id": optional(), "object": optional(), "status": optional()}


def _vad_variants(*, semantic: bool) -> list[Variant]:
    vad = ("prefix_padding_ms", "silence_duration_ms")
    if not semantic:  # transcription_session.TurnDetection: server VAD keys only
        return [
            Variant(fixed={"type": "server_vad"}, fields={**dict.fromkeys(vad, optional()), "threshold": THRESHOLD})
        ]
    common = dict.fromkeys(("create_response", "interrupt_response"), optional())
    server = {**common, **dict.fromkeys(vad, optional()), "threshold": optional(THRESHOLD)}
    return [
        Variant(fixed={"type": "server_vad"}, fields=server),
        Variant(fixed={"type": "semantic_vad"}, fields={**common, "eagerness": optional()}),
    ]


BETA_OVERRIDES: dict[tuple[str, str], Spec | st.SearchStrategy[Any]] = {
    # Ranges and limits of the neutral model.
    ("RealtimeResponse", "max_output_tokens"): SERVER_MAX_TOKENS,
    ("RealtimeResponse", "metadata"): SERVER_METADATA,
    ("RealtimeResponse", "temperature"): SERVER_TEMPERATURE,
    ("RealtimeResponse", "modalities"): BETA_MODALITIES,
    ("session.Session", "max_response_output_tokens"): SERVER_MAX_TOKENS,
    ("session.Session", "temperature"): SERVER_TEMPERATURE,
    ("session.Session", "speed"): FLOAT,
    ("session.Session", "modalities"): BETA_MODALITIES,
    ("transcription_session.TranscriptionSession", "modalities"): BETA_MODALITIES,
    ("transcription_session_update.Session", "modalities"): BETA_MODALITIES,
    ("SessionClientSecretExpiresAt", "seconds"): neutral(nm.ClientSecretExpiry, "seconds"),  # 10..7200
    # Closed sets and shapes.
    ("session.Session", "tool_choice"): MODES,  # typed str: the neutral ToolChoice's modes
    ("session.Tool", "name"): required(),  # neutral FunctionTool.name
    ("session.Tool", "type"): required(),
    ("session.Tool", "parameters"): JSON_OBJECT,
    ("TracingTracingConfiguration", "metadata"): JSON_OBJECT,
    ("transcription_session.TranscriptionSession", "input_audio_format"): BETA_AUDIO_FORMAT,  # typed str
    ("transcription_session_update.Session", "include"): INCLUDE,  # typed List[str]
}

BETA_VARIANTS: dict[str, list[Variant]] = {
    # One flat item class for every kind: each kind with its own fields, messages by role.
    "ConversationItem": [
        *(
            Variant(
                fixed={"type": "message", "role": role},
                fields={"content": required(st.deferred(lambda parts=parts: _beta_content(*parts))), **_ITEM_FIELDS},
            )
            for role, parts in (
                ("system", (_INPUT_TEXT,)),
                ("user", (_INPUT_TEXT, _INPUT_AUDIO)),
                ("assistant", (_TEXT, _AUDIO)),
            )
        ),
        Variant(
            fixed={"type": "function_call"},
            fields={"name": required(), "arguments": required(), "call_id": optional(), **_ITEM_FIELDS},
        ),
        Variant(
            fixed={"type": "function_call_output"}, fields={"call_id": required(), "output": required(), **_ITEM_FIELDS}
        ),
    ],
    "Part": [_TEXT, _AUDIO],
    # One turn-detection class for both kinds: each kind with its own keys.
    "session.TurnDetection": _vad_variants(semantic=True),
    "transcription_session_update.SessionTurnDetection": _vad_variants(semantic=True),
    "transcription_session.TurnDetection": _vad_variants(semantic=False),  # server VAD keys only, `type` a str
}

BETA = _Family(
    name="openai",
    fields=_pydantic_fields,
    value=_pydantic_value(lambda: BETA),
    overrides=BETA_OVERRIDES,
    variants=BETA_VARIANTS,
    non_empty=frozenset(),
    nullable={
        "transcription_session_update.Session": (
            "input_audio_noise_reduction",
            "input_audio_transcription",
            "turn_detection",
        )
    },
    max_nulls=None,
)


@functools.cache
def _beta_events() -> dict[str, tuple[type, bool]]:
    from openai.types.beta import realtime

    client = {_literal_type(c): (c, True) for c in _union_members(realtime.RealtimeClientEvent)}
    server = {_literal_type(c): (c, False) for c in _union_members(realtime.RealtimeServerEvent)}
    assert not set(client) & set(server)
    assert set(client) >= DOTNET_TYPES
    return {**{t: c for t, c in client.items() if t not in DOTNET_TYPES}, **server}


def _sorted_types(events: dict[str, tuple[type, bool]]) -> list[str]:
    return sorted(t for t in events if events[t][1]) + sorted(t for t in events if not events[t][1])


def ga_types() -> list[str]:
    """Every GA event type, client then server, each sorted."""
    return _sorted_types(_ga_events())


def beta_types() -> list[str]:
    """Every beta event type whose bytes the ``openai`` package writes, client then server."""
    return _sorted_types(_beta_events())


def ga_class(type_: str) -> type:
    return _ga_events()[type_][0]


def beta_class(type_: str) -> type:
    return _beta_events()[type_][0]


@functools.cache
def ga_event(type_: str) -> st.SearchStrategy[str]:
    """The wire text of GA event ``type_``: ``model_dump_json(exclude_none=True)`` (``exclude_unset``
    when a client switches a setting off)."""
    cls, client = _ga_events()[type_]
    return _model(GA, cls, client).map(_dump)


@functools.cache
def beta_event(type_: str) -> st.SearchStrategy[str]:
    """The wire text of beta event ``type_``, dumped as :func:`ga_event` does."""
    cls, client = _beta_events()[type_]
    return _model(BETA, cls, client).map(_dump)


def ga_reads(type_: str, text: str) -> str:
    """What the SDK makes of ``text``: ``model_validate_json``, dumped as it was written."""
    return _dump(ga_class(type_).model_validate_json(text))


def beta_reads(type_: str, text: str) -> str:
    return _dump(beta_class(type_).model_validate_json(text))


# --------------------------------------------------------------------------- by dialect name

_BY_DIALECT: dict[str, tuple[Callable[[], list[str]], Callable[[str], Any], Callable[[str, str], str], _Family]] = {
    "azure": (azure_types, azure_event, azure_reads, AZURE),
    "openai-ga": (ga_types, ga_event, ga_reads, GA),
    "openai": (beta_types, beta_event, beta_reads, BETA),
}


def types_of(dialect: str) -> list[str]:
    """The event types of ``dialect``'s SDK (``azure``, ``openai-ga``, ``openai``)."""
    return _BY_DIALECT[dialect][0]()


def event(dialect: str, type_: str) -> st.SearchStrategy[str]:
    """SDK-built wire text of event ``type_`` in ``dialect``."""
    strategy: st.SearchStrategy[str] = _BY_DIALECT[dialect][1](type_)
    return strategy


def reads(dialect: str, type_: str, text: str) -> str:
    """``text`` read by ``dialect``'s SDK and written again."""
    return _BY_DIALECT[dialect][2](type_, text)


def is_client(dialect: str, type_: str) -> bool:
    """Whether ``type_`` is a client event of ``dialect``'s SDK."""
    events = {"azure": _azure_events, "openai-ga": _ga_events, "openai": _beta_events}[dialect]()
    return events[type_][1]


def _event_classes(dialect: str) -> list[tuple[type, bool]]:
    events = {"azure": _azure_events, "openai-ga": _ga_events, "openai": _beta_events}[dialect]()
    return list(events.values())


def classes(dialect: str) -> dict[str, type]:
    """Every SDK class an event of ``dialect`` can reach, by ``Name`` and ``module.Name``."""
    import pydantic

    family = _BY_DIALECT[dialect][3]
    base = _azure_modules()[1]._Model if dialect == "azure" else pydantic.BaseModel
    found: dict[type, None] = {}
    todo = [cls for cls, _ in _event_classes(dialect)]
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        found[cls] = None
        todo.extend(vars(cls).get("__mapping__", {}).values())

        def walk(tp: Any) -> None:
            for arg in typing.get_args(tp):
                walk(arg)
            if isinstance(tp, type) and not isinstance(tp, types.GenericAlias) and issubclass(tp, base):
                todo.append(tp)

        for f in family.fields(cls) if "__mapping__" not in vars(cls) or not vars(cls)["__mapping__"] else ():
            walk(f.hint)
    names: dict[str, type] = {}
    for cls in found:
        for key in _keys(cls):
            names.setdefault(key, cls)
    return names
