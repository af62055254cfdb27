"""The vocabulary dialect tables are written in: shapes, fields and codecs, as plain data.

A dialect describes how each neutral class looks on its wire as a :class:`Shape`:
its entries in the order the dialect writes keys. A row says only what differs
from the default:

* ``"voice"`` — the attribute ``voice`` is the wire key ``"voice"``, and its codec
  follows from the attribute's annotation (``Voice | None``) through the dialect's
  ``codecs`` table and the defaults in ``_types.py``;
* ``Field("max_output_tokens", "max_response_output_tokens")`` — another wire key;
  ``Field("temperature", codec=...)`` another codec; ``omit=`` and ``required=``
  other omission rules;
* :class:`Tag` — a constant discriminator (``"type": "message"``), written where
  it stands and checked on read;
* :class:`Nested` — entries written inside a nested wire object (``audio.output``);
* :class:`Unsupported` — an attribute the dialect has no wire form for (a loss);
* :class:`Ignored` — a wire key read and not written (it may hold one value only).

Tables name neutral classes by their name (``"MessageItem"``), never by the class
object, so that importing a dialect imports none of the model: each model module
is imported when the first reader or writer that needs it is built.

Codecs say how one value is read and written. They are data too; the generators
(``_read.py``, ``_write.py``) turn them into code. :class:`Custom` is the one way
to write a codec the vocabulary lacks: two plain functions.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Any:  # only type checkers need it
        return lambda function: function


__all__ = [
    "OMIT_NONE",
    "Alt",
    "Always",
    "Bool",
    "Choice",
    "Codec",
    "Const",
    "Custom",
    "Entry",
    "Field",
    "FlagList",
    "Ignored",
    "Int",
    "Json",
    "JsonObject",
    "ListOf",
    "Nested",
    "Number",
    "Offable",
    "OmitWhen",
    "Ref",
    "Shape",
    "Str",
    "StrMap",
    "Tables",
    "Tag",
    "Tagged",
    "Unsupported",
    "needed",
]


# --------------------------------------------------------------------------- records

# Table values are small frozen records. They compare and hash by identity: tables
# are built once and each record is its own thing (codecs hold dicts, so a
# structural hash would not even exist). Written by this decorator rather than
# attrs, whose per-class code generation would add ~15 ms to the first use of a
# dialect for these ~25 classes.

_C = TypeVar("_C", bound=type)


@dataclass_transform(frozen_default=True, eq_default=False, kw_only_default=False)
def record(cls: _C) -> _C:
    """Make ``cls`` a frozen record of its annotated fields (in order, defaults allowed).

    A class that defines ``__init__`` keeps it and sets its fields with ``object.__setattr__``.
    """
    names = tuple(inspect.get_annotations(cls))
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    for name in defaults:
        delattr(cls, name)  # defaults live on instances, not on the class

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__}() takes at most {len(names)} arguments, got {len(args)}")
        values = dict(zip(names, args, strict=False))
        for name, value in kwargs.items():
            if name not in names or name in values:
                raise TypeError(f"{cls.__name__}() got an unexpected or repeated argument {name!r}")
            values[name] = value
        for name in names:
            if name in values:
                value = values[name]
            elif name in defaults:
                value = defaults[name]
                if isinstance(value, dict):  # a fresh mapping for each record
                    value = dict(value)
            else:
                raise TypeError(f"{cls.__name__}() missing argument {name!r}")
            object.__setattr__(self, name, value)

    def __setattr__(self: Any, name: str, value: Any) -> None:
        raise AttributeError(f"{cls.__name__} is frozen")

    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{cls.__name__}({shown})"

    if "__init__" not in cls.__dict__:
        cls.__init__ = __init__  # type: ignore[misc]
    cls.__setattr__ = __setattr__  # type: ignore[method-assign,assignment]
    cls.__delattr__ = __setattr__  # type: ignore[method-assign,assignment]
    cls.__repr__ = __repr__  # type: ignore[method-assign,assignment]
    cls.__match_args__ = names  # type: ignore[attr-defined,misc]
    return cls


# --------------------------------------------------------------------------- omission rules


@record
class _OmitNone:
    """Omit the key when the value is not set (the default for every field)."""


OMIT_NONE = _OmitNone()


@record
class Always:
    """Always write the key; write ``default`` when the value is not set (JsonIgnore ``Never``)."""

    default: Any


@record
class OmitWhen:
    """Omit the key when the written wire value equals ``value`` (JsonIgnore ``WhenWritingDefault``)."""

    value: Any


# --------------------------------------------------------------------------- codecs


class Codec:
    """How one value is read from and written to the wire: plain data.

    ``expect`` describes a valid wire value in error messages. The generators
    in ``_read.py`` and ``_write.py`` turn each codec class into code.
    """

    expect: str = "a valid value"

    @property
    def neutral_expect(self) -> str:
        """``expect`` for a writer: a valid value of the neutral model, where it differs from the wire's."""
        return self.expect

    def refine(self, marker: Any) -> Codec:
        """This codec narrowed by an annotation marker (a range, size limits)."""
        raise TypeError(f"{type(self).__name__} cannot be narrowed by {marker!r}")

    def unbounded(self) -> Codec:
        """This codec without its ranges and size limits, the way server events read and write it.

        Ranges document what a client may send; what a server sent is read as sent.
        """
        return self


@record
class Str(Codec):
    """Any string."""

    expect = "a string"


@record
class Bool(Codec):
    """``true`` or ``false``."""

    expect = "true or false"


#: orjson writes integers in this range exactly, and reads larger ones as floats.
INT_RANGE = (-(2**63), 2**64 - 1)


@record
class Int(Codec):
    """An integer in ``[low, high]``; booleans and floats are refused.

    ``lost`` is set where the dialect's integers are narrower than the model's (OpenAI-DotNet's
    ``Int32``), with ``model`` the model's range: reading past ``[low, high]`` is still refused,
    but writing a neutral integer that is within ``model`` and past ``[low, high]`` is a loss, for
    this reason (``{value}`` in it is the value). The value is valid; the dialect cannot hold it.
    Without ``model``, the model's range is ``[low, high]``.
    """

    low: int = INT_RANGE[0]
    high: int = INT_RANGE[1]
    lost: str | None = None
    model: tuple[int, int] | None = None

    @property
    def expect(self) -> str:  # type: ignore[override]
        return _int_expect(self.low, self.high)

    @property
    def neutral_expect(self) -> str:
        return _int_expect(*(self.model or (self.low, self.high)))

    def refine(self, marker: Any) -> Codec:
        mark_low, mark_high = marker
        model_low, model_high = self.model or (self.low, self.high)
        if mark_low is not None:
            model_low = max(model_low, int(mark_low))
        if mark_high is not None:
            model_high = min(model_high, int(mark_high))
        low, high = max(self.low, model_low), min(self.high, model_high)
        if (model_low, model_high) == (low, high):  # nothing can be lost: the dialect holds the whole range
            return Int(low, high)
        return Int(low, high, self.lost, (model_low, model_high))

    def unbounded(self) -> Codec:
        # INT_RANGE stays: it is what orjson reads and writes exactly, not a protocol bound.
        return self if (self.low, self.high) == INT_RANGE else Int()


def _int_expect(low: int, high: int) -> str:
    if high == INT_RANGE[1]:
        return "an integer" if low == INT_RANGE[0] else f"an integer of at least {low}"
    return f"an integer from {low} to {high}"


@record
class Number(Codec):
    """A finite number in ``[low, high]``.

    Valid numbers are written as they were read (``1`` stays ``1``), so that a
    dialect keeping the number's form round-trips its bytes, unless ``write``
    says how this dialect writes them (``float``: pydantic's float fields write
    ``1.0``).
    """

    low: float | None = None
    high: float | None = None
    write: Callable[[Any], Any] | None = None

    @property
    def expect(self) -> str:  # type: ignore[override]
        if self.low is None and self.high is None:
            return "a number"
        if self.high is None:
            return f"a number of at least {self.low:g}"
        if self.low is None:
            return f"a number of at most {self.high:g}"
        return f"a number from {self.low:g} to {self.high:g}"

    def refine(self, marker: Any) -> Codec:
        low, high = marker
        return Number(self.low if low is None else low, self.high if high is None else high, self.write)

    def unbounded(self) -> Codec:
        return self if self.low is None and self.high is None else Number(write=self.write)


@record
class Const(Codec):
    """Exactly one string, e.g. ``"inf"``."""

    value: str

    @property
    def expect(self) -> str:  # type: ignore[override]
        return repr(self.value)


@record
class Choice(Codec):
    """One of a fixed set of strings, mapped to neutral values (``{"pcm16": AudioFormat.PCM16}``).

    ``aliases`` are spellings accepted on read only; ``unsupported`` maps neutral
    values this dialect cannot write to the loss reason. An ``open`` choice also
    passes any other string through unchanged (statuses a server may extend);
    ``others`` is instead the loss reason for any other string, where the neutral
    domain is open and the dialect's is closed (an item status ``"cancelled"``).
    """

    values: Mapping[str, Any]
    aliases: Mapping[str, Any] = {}
    unsupported: Mapping[Any, str] = {}
    open: bool = False
    others: str | None = None

    @property
    def expect(self) -> str:  # type: ignore[override]
        return "one of " + ", ".join(repr(key) for key in self.values)

    @property
    def neutral_expect(self) -> str:
        """The neutral values (``AudioFormat.PCM16``): a writer is given those, not the wire's strings."""
        if self.identity:
            return self.expect
        return one_of(self.values.values())

    @property
    def identity(self) -> bool:
        """Whether every value is written as itself (a literal set): valid values are copied."""
        return not self.aliases and all(
            wire == neutral and type(neutral) is str for wire, neutral in self.values.items()
        )


def one_of(values: Iterable[Any]) -> str:
    """Neutral values for a message, each once, members by their names (``one of AudioFormat.PCM16, …``)."""
    names = (f"{type(v).__name__}.{v.name}" if isinstance(v, enum.Enum) else repr(v) for v in values)
    return "one of " + ", ".join(dict.fromkeys(names))


@record
class JsonObject(Codec):
    """An opaque JSON object, kept as parsed (JSON Schema, hosted-agent input)."""

    expect = "an object"


@record
class Json(Codec):
    """Any JSON value, kept as parsed."""

    expect = "a JSON value"


@record
class StrMap(Codec):
    """An object of string values (metadata, headers), optionally size-limited."""

    pairs: int | None = None
    key: int | None = None
    value: int | None = None
    expect = "an object of strings"

    def refine(self, marker: Any) -> Codec:
        return StrMap(*marker)

    def unbounded(self) -> Codec:
        return self if self.pairs is None and self.key is None and self.value is None else StrMap()


@record
class ListOf(Codec):
    """A JSON list of ``item`` values, a tuple in the neutral model."""

    item: Codec
    expect = "a list"

    def unbounded(self) -> Codec:
        item = self.item.unbounded()
        return self if item is self.item else ListOf(item)


@record
class Ref(Codec):
    """A neutral class (by name) with a :class:`Shape` of its own in the dialect."""

    cls: str
    expect = "an object"

    @property
    def neutral_expect(self) -> str:
        return a_class(self.cls)


def a_class(name: str) -> str:
    """A neutral class's name with its article, for a message (``an ItemReference``, ``a MessageItem``)."""
    return f"{'an' if name[:1] in 'AEIO' else 'a'} {name}"


@record
class Tagged(Codec):
    """A union of neutral classes told apart by a discriminator key (``type``).

    ``cases`` maps each tag to a class name; ``unsupported`` maps class names
    of the union this dialect cannot write to the loss reason. Unions in
    annotations become one of these by themselves, from each member's
    :class:`Tag`; a table spells one out only to say something else.
    """

    key: str
    cases: Mapping[str, str]
    unsupported: Mapping[str, str] = {}
    expect = "an object"

    @property
    def neutral_expect(self) -> str:
        classes = list(dict.fromkeys(self.cases.values()))
        return a_class(classes[0]) if len(classes) == 1 else "one of " + ", ".join(classes)


@record
class Alt(Codec):
    """Alternatives told apart by JSON type on read and by neutral class on write.

    ``expect`` describes them all in error messages (by default, each in turn).
    """

    options: tuple[Codec, ...]
    described: str | None = None

    def __init__(self, *options: Codec, expect: str | None = None) -> None:
        object.__setattr__(self, "options", options)
        object.__setattr__(self, "described", expect)

    @property
    def expect(self) -> str:  # type: ignore[override]
        return self.described or " or ".join(option.expect for option in self.options)

    @property
    def neutral_expect(self) -> str:
        return " or ".join(option.neutral_expect for option in self.options)

    def unbounded(self) -> Codec:
        options = tuple(option.unbounded() for option in self.options)
        same = all(new is old for new, old in zip(options, self.options, strict=True))
        return self if same else Alt(*options, expect=self.described)


@record
class FlagList(Codec):
    """An ``enum.Flag`` written as a list of names in a fixed order.

    Members listed in ``unsupported`` are left out of the written list, each a
    loss; ``empty`` is the reason an explicit empty set cannot be expressed (a
    loss on write, and ``[]`` is refused on read), or ``None`` when ``[]`` is
    valid in the dialect. ``implies`` maps a member to one that always comes with
    it (GA audio output always carries its text transcript): read, the implied
    member is added; written, it goes without saying.
    """

    flag: type[enum.Flag]
    names: Mapping[str, Any]
    unsupported: Mapping[Any, str] = {}
    empty: str | None = None
    implies: Mapping[Any, Any] = {}
    described: str | None = None

    @property
    def expect(self) -> str:  # type: ignore[override]
        return self.described or "a list of " + ", ".join(repr(name) for name in self.names)


@record
class Offable(Codec):
    """A setting that may also be switched off: ``OFF`` in the model, ``null`` on the wire.

    Made by the engine for attributes annotated ``X | Off | None``; ``inner`` reads and
    writes the other values.
    """

    inner: Codec

    @property
    def expect(self) -> str:  # type: ignore[override]
        return self.inner.expect

    @property
    def neutral_expect(self) -> str:
        return self.inner.neutral_expect

    def unbounded(self) -> Codec:
        inner = self.inner.unbounded()
        return self if inner is self.inner else Offable(inner)


@record
class Custom(Codec):
    """A codec written as two plain functions, for values no other codec describes.

    ``read(value)`` takes the parsed JSON value and returns the neutral value, or
    raises ``_runtime.Invalid`` (paths relative to the value). ``write(value, ctx,
    chain)`` takes the neutral value and returns the wire value, or a
    ``_runtime.Flag``: ``BAD`` for an invalid value, ``Flag(reason)`` for one this
    dialect cannot express (it may also record partial losses with
    ``ctx.lose(chain, reason)``). ``json_types`` and ``neutral_types`` say which
    values it takes, so that it can stand in an :class:`Alt`; either function
    may be ``None`` when its side never occurs (a form only ever written).

    ``keys``, for a value written as an object (GA's audio formats), are the keys the object
    declares. A reader that keeps undeclared keys (server events) keeps the others in the
    object's ``extra`` under the value's path, as for a nested group, and reads the value
    without them; a writer writes this dialect's back after the declared ones.
    """

    read: Callable[[Any], Any] | None
    write: Callable[[Any, Any, Any], Any] | None
    expect: str
    json_types: tuple[type, ...] = ()
    #: Classes, or names of neutral classes.
    neutral_types: tuple[type | str, ...] = ()
    keys: frozenset[str] | None = None
    #: What a writer is given, where ``expect`` (the wire's) does not say it (GA's format object: an AudioFormat).
    neutral: str | None = None

    @property
    def neutral_expect(self) -> str:
        return self.neutral or self.expect


# --------------------------------------------------------------------------- entries


@record
class Field:
    """Neutral attribute ``attr`` is wire key ``key`` (the attribute's name by default).

    ``codec`` replaces the one the annotation implies. ``required`` marks keys this
    dialect needs although the neutral model allows them unset: on write, an
    object without one cannot be expressed (a loss); a client event without one is
    refused on read, a server event read without it, as the SDKs read what servers
    send. ``family`` reads and writes
    the objects below this key with another family of shapes (see :class:`Shape`).
    ``off`` is the reason this dialect cannot switch the setting off (``OFF``, a JSON
    ``null``) for an attribute whose annotation allows it: then ``OFF`` is a loss.
    """

    attr: str
    key: str
    codec: Codec | None
    omit: _OmitNone | Always | OmitWhen
    required: bool
    family: str | None
    off: str | None

    def __init__(
        self,
        attr: str,
        key: str | None = None,
        codec: Codec | None = None,
        *,
        omit: _OmitNone | Always | OmitWhen = OMIT_NONE,
        required: bool = False,
        family: str | None = None,
        off: str | None = None,
    ) -> None:
        # Straight into the instance's dict: a dialect's tables hold over a thousand fields,
        # built at import, and seven object.__setattr__ calls each cost more than the rest.
        key = attr if key is None else key
        self.__dict__.update(attr=attr, key=key, codec=codec, omit=omit, required=required, family=family, off=off)


def needed(*names: str) -> tuple[Field, ...]:
    """``Field(name, required=True)`` for each name, for a shape whose SDK class requires them all."""
    return tuple(Field(name, required=True) for name in names)


@record
class Tag:
    """A constant discriminator key, written at its position, required on read."""

    key: str
    value: str


@record
class Nested:
    """Entries written inside a nested wire object ``key``; omitted when it would be empty."""

    key: str
    entries: tuple[Entry, ...]

    def __init__(self, key: str, *entries: Entry | str) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "entries", _entries(entries))


@record
class Unsupported:
    """A neutral attribute this dialect has no wire form for; setting it is a loss."""

    attr: str
    reason: str


@record
class Ignored:
    """A wire key that is accepted on read and never written: it may only hold ``value``."""

    key: str
    value: Any


Entry = Field | Tag | Nested | Unsupported | Ignored


@record
class Shape:
    """How one neutral class looks in one dialect: entries in wire order.

    A plain string stands for ``Field(name)``. Options:

    * ``family`` — for an event, the family of shapes its objects are read and written
      with. A dialect whose SDK writes the same class differently in different places
      (Azure's request items and response items) keeps the other forms in
      ``Dialect.families[family]``; an event uses its own ``family``, else the dialect's
      ``server_family`` for server events, else the plain shapes.
    * ``when`` — ``(attribute, class name)``: this shape, keyed ``"Class:label"``, is
      the class's form when that attribute holds that class (beta's
      ``transcription_session.update`` is a ``SessionUpdateEvent`` holding a
      ``TranscriptionSession``); read by its own tag, chosen by the value on write.
    * ``nulls_last`` — switched-off settings (``OFF``) are written after every other
      key (the ``null`` keywords of Azure's ``RequestSession``).
    """

    entries: tuple[Entry, ...]
    family: str | None
    when: tuple[str, str] | None
    nulls_last: bool

    def __init__(
        self,
        *entries: Entry | str,
        family: str | None = None,
        when: tuple[str, str] | None = None,
        nulls_last: bool = False,
    ) -> None:
        self.__dict__.update(entries=_entries(entries), family=family, when=when, nulls_last=nulls_last)

    def tag(self, key: str = "type") -> str | None:
        """The value of this shape's top-level :class:`Tag` on ``key``, if it has one."""
        for entry in self.entries:
            if isinstance(entry, Tag) and entry.key == key:
                return entry.value
        return None


def _entries(entries: tuple[Entry | str, ...]) -> tuple[Entry, ...]:
    return tuple([_PLAIN.get(entry) or _plain(entry) if entry.__class__ is str else entry for entry in entries])  # type: ignore[misc]


#: One Field per plain row name, shared by every shape that names it (records compare by identity,
#: and a Field holds nothing of the shape it is in).
_PLAIN: dict[str, Field] = {}


def _plain(name: str) -> Field:
    field = _PLAIN[name] = Field(name)
    return field


def walk(entries: tuple[Entry, ...]) -> list[Entry]:
    """Entries with :class:`Nested` groups flattened, in wire order."""
    out: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Nested):
            out.extend(walk(entry.entries))
        else:
            out.append(entry)
    return out


class Tables(Protocol):
    """What the generators read of a dialect: its tables, and the codec each field resolves to."""

    @property
    def name(self) -> str: ...

    @property
    def shapes(self) -> Mapping[str, Shape]: ...

    @property
    def codecs(self) -> Mapping[str, Codec]: ...

    @property
    def unsupported(self) -> Mapping[Any, str]: ...

    @property
    def checks(self) -> Mapping[str, tuple[Any, ...]]: ...

    @property
    def separators(self) -> tuple[str, str]: ...

    def verbatim_strings(self, family: str | None) -> bool: ...

    @property
    def undeclared_nulls(self) -> bool: ...

    def shape(self, name: str, family: str | None = None) -> Shape: ...

    def has_shape(self, name: str, family: str | None = None) -> bool: ...

    def variants(self, name: str) -> tuple[tuple[str, str, str], ...]: ...

    def codec(self, cls: type, entry: Field, family: str | None = None, bounded: bool = True) -> Codec: ...
