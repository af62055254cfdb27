"""The vocabulary dialect tables are written in.

A dialect describes each neutral class as a :class:`Shape`: an ordered tuple of
entries, in the order the dialect writes keys.

* :class:`Field` maps a neutral attribute to a wire key through a codec, with an
  omission rule (:data:`OMIT_NONE`, :class:`Always`, :class:`OmitWhen`);
* :class:`Tag` is a constant discriminator (``"type": "message"``), written where
  it stands, checked on read;
* :class:`Nested` groups entries under a nested wire object (``audio.output``);
* :class:`Unsupported` names a neutral attribute the dialect cannot express, with
  the reason reported as a loss;
* :class:`Accept` names a wire key that is read and ignored (a constant).

Codecs say how one value is read and written. Primitive codecs compile to inline
expressions; the others compile to functions. The compiler lives in
``_compile.py``; nothing here runs on the hot path.
"""

from __future__ import annotations

import enum
import inspect
import itertools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._runtime import Flag

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform

    from ._compile import Compiler
else:

    def dataclass_transform(**_: Any) -> Any:  # only type checkers need it
        return lambda function: function


__all__ = [
    "OMIT_NONE",
    "Accept",
    "Alt",
    "Always",
    "Bool",
    "Choice",
    "Codec",
    "Const",
    "Entry",
    "Field",
    "FlagList",
    "Int",
    "JsonObject",
    "ListOf",
    "Nested",
    "Number",
    "OmitWhen",
    "Ref",
    "Shape",
    "Str",
    "StrMap",
    "Tag",
    "Tagged",
    "Unsupported",
    "record",
]


# --------------------------------------------------------------------------- value classes

# The vocabulary classes are small frozen records, equal and hashed by their
# fields. They are built by the decorator below rather than by attrs, whose
# per-class code generation would add ~10 ms to ``import realtime_dialects``.

_C = TypeVar("_C", bound=type)
_T = TypeVar("_T")


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def _field(*, factory: Callable[[], _T]) -> _T:
    """A field whose default is ``factory()``, made afresh for each object."""
    return _Factory(factory)  # type: ignore[return-value]


@dataclass_transform(frozen_default=True, field_specifiers=(_field,))
def record(cls: _C) -> _C:
    """Make ``cls`` a frozen record of its annotated fields (in order, defaults allowed).

    Every table class here is one, and so are the codecs a dialect module defines.

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
        _set(self, **values)

    def _set(self: Any, **values: Any) -> None:
        for name in names:
            if name in values:
                value = values[name]
            elif name in defaults:
                value = defaults[name]
                if value.__class__ is _Factory:
                    value = value.make()
            else:
                raise TypeError(f"{cls.__name__}() missing argument {name!r}")
            object.__setattr__(self, name, value)

    def __setattr__(self: Any, name: str, value: Any) -> None:
        raise AttributeError(f"{cls.__name__} is frozen")

    def __delattr__(self: Any, name: str) -> None:
        raise AttributeError(f"{cls.__name__} is frozen")

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in names)

    def __hash__(self: Any) -> int:
        return hash((self.__class__, *(getattr(self, name) for name in names)))

    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{cls.__name__}({shown})"

    methods: dict[str, Any] = {
        "_set": _set,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__eq__": __eq__,
        "__hash__": __hash__,
        "__repr__": __repr__,
        "__match_args__": names,
    }
    if "__init__" not in cls.__dict__:
        methods["__init__"] = __init__
    for name, method in methods.items():
        setattr(cls, name, method)
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


# --------------------------------------------------------------------------- entries


@record
class Field:
    """Neutral attribute ``attr`` is wire key ``key``, converted by ``codec``.

    ``required`` marks keys this dialect needs although the neutral model allows
    them unset: on write, an object without one cannot be expressed (a loss).
    """

    attr: str
    key: str
    codec: Codec
    omit: _OmitNone | Always | OmitWhen = OMIT_NONE
    required: bool = False


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

    def __init__(self, key: str, *entries: Entry) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "entries", entries)


@record
class Unsupported:
    """A neutral attribute this dialect has no wire form for; setting it is a loss."""

    attr: str
    reason: str


@record
class Accept:
    """A wire key that is accepted on read and ignored: it may only hold ``value``."""

    key: str
    value: Any


Entry = Field | Tag | Nested | Unsupported | Accept


@record
class Shape:
    """How one neutral class looks in one dialect: entries in wire order."""

    entries: tuple[Entry, ...]

    def __init__(self, *entries: Entry) -> None:
        object.__setattr__(self, "entries", entries)


# --------------------------------------------------------------------------- codecs


class Codec:
    """How one value is read from and written to the wire.

    A codec offers either inline expressions (``read_inline``/``write_inline``)
    or functions (``read_function``/``write_function``); the defaults derive the
    functions from the inline forms. Read functions take the JSON value and
    return the neutral value or raise ``Invalid``; write functions take
    ``(value, ctx, chain)`` and return the wire value or a ``Flag``.
    """

    expect: str = "a valid value"
    #: JSON classes this codec reads, for :class:`Alt` dispatch.
    json_types: tuple[type, ...] = ()
    #: Neutral classes this codec writes, for :class:`Alt` dispatch.
    neutral_types: tuple[type, ...] = ()

    def test(self, v: str, c: Compiler) -> str | None:
        """For codecs that keep valid values as they are: a condition true when ``v`` is valid.

        Then readers and writers copy the value without computing a new one.
        """
        return None

    def read_inline(self, v: str, c: Compiler) -> str | None:
        test = self.test(v, c)
        return None if test is None else f"({v} if {test} else BAD)"

    def write_inline(self, x: str, c: Compiler) -> str | None:
        test = self.test(x, c)
        return None if test is None else f"({x} if {test} else BAD)"

    def read_function(self, c: Compiler) -> str:
        expr = self.read_inline("v", c)
        assert expr is not None, f"{self!r} needs read_inline or read_function"
        expect = c.bind(self.expect)
        return c.define(
            "read",
            "v",
            [f"r = {expr}", "if r is BAD:", f"    raise Invalid.expected({expect}, v)", "return r"],
        )

    def write_function(self, c: Compiler) -> str:
        expr = self.write_inline("x", c)
        assert expr is not None, f"{self!r} needs write_inline or write_function"
        return c.define("write", "x, ctx, chain", [f"return {expr}"])


@record
class Str(Codec):
    expect = "a string"
    json_types = (str,)
    neutral_types = (str,)

    def test(self, v: str, c: Compiler) -> str:
        return f"{v}.__class__ is str"


@record
class Bool(Codec):
    expect = "true or false"
    json_types = (bool,)
    neutral_types = (bool,)

    def test(self, v: str, c: Compiler) -> str:
        return f"{v}.__class__ is bool"


@record
class Int(Codec):
    """An integer in ``[low, high]``; booleans and floats are rejected."""

    low: int
    high: int | None = None
    json_types = (int,)
    neutral_types = (int,)

    @property
    def expect(self) -> str:  # type: ignore[override]
        if self.high is None:
            return f"an integer of at least {self.low}"
        return f"an integer from {self.low} to {self.high}"

    def test(self, v: str, c: Compiler) -> str:
        bound = f"{self.low} <= {v}" if self.high is None else f"{self.low} <= {v} <= {self.high}"
        return f"{v}.__class__ is int and {bound}"


@record
class Number(Codec):
    """A finite number in ``[low, high]``; integers stay integers so bytes round-trip."""

    low: float
    high: float
    json_types = (int, float)
    neutral_types = (int, float)

    @property
    def expect(self) -> str:  # type: ignore[override]
        return f"a number from {self.low:g} to {self.high:g}"

    def test(self, v: str, c: Compiler) -> str:
        # A NaN fails the range comparison, so it is refused too.
        return f"({v}.__class__ is float or {v}.__class__ is int) and {self.low!r} <= {v} <= {self.high!r}"


@record
class Const(Codec):
    """Exactly one string, e.g. ``"inf"``."""

    value: str
    json_types = (str,)
    neutral_types = (str,)

    @property
    def expect(self) -> str:  # type: ignore[override]
        return repr(self.value)

    def test(self, v: str, c: Compiler) -> str:
        return f"{v}.__class__ is str and {v} == {self.value!r}"


@record
class Choice(Codec):
    """One of a fixed set of strings, mapped to neutral values.

    ``aliases`` are extra spellings accepted on read only; ``unsupported`` maps
    neutral values this dialect cannot write to the loss reason.
    """

    values: Mapping[str, Any]
    aliases: Mapping[str, Any] = _field(factory=dict)
    unsupported: Mapping[Any, str] = _field(factory=dict)
    json_types = (str,)

    @property
    def neutral_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return tuple({type(value) for value in self.values.values()} | {str})

    @property
    def expect(self) -> str:  # type: ignore[override]
        return "one of " + ", ".join(repr(key) for key in self.values)

    def read_inline(self, v: str, c: Compiler) -> str:
        table = c.bind({**self.values, **self.aliases})
        return f"({table}.get({v}, BAD) if {v}.__class__ is str else BAD)"

    def write_inline(self, x: str, c: Compiler) -> str:
        writes = {neutral: wire for wire, neutral in self.values.items()}
        assert all(writes.values()), "wire values must be non-empty strings"
        table = c.bind(writes)
        classes = c.bind(frozenset(self.neutral_types))
        miss = c.bind(self._miss)
        return f"(({table}.get({x}) if {x}.__class__ in {classes} else None) or {miss}({x}))"

    def _miss(self, value: Any) -> Any:
        from ._runtime import BAD, Flag

        try:
            reason = self.unsupported.get(value)
        except TypeError:  # unhashable value built in code
            reason = None
        return BAD if reason is None else Flag(reason)


#: Writers' guard for mapping values: isinstance() on an ABC runs Python code in
#: ABCMeta.__instancecheck__, so a plain dict, the usual case, is let through first.
_NOT_A_MAPPING = "if x.__class__ is not dict and not isinstance(x, Mapping):"


@record
class JsonObject(Codec):
    """An opaque JSON object, kept as parsed (JSON Schema, hosted-agent input)."""

    expect = "an object"
    json_types = (dict,)
    neutral_types = (dict,)

    def read_inline(self, v: str, c: Compiler) -> str:
        # Only the type: text parsed by orjson holds nothing but JSON, and load()
        # checks already-parsed input as a whole before reading it.
        return f"({v} if {v}.__class__ is dict else BAD)"

    def write_function(self, c: Compiler) -> str:
        return c.define(
            "write",
            "x, ctx, chain",
            [
                _NOT_A_MAPPING,
                "    return BAD",
                "if ctx.trusted or (x.__class__ is dict and is_plain_json(x)):",
                "    return x",
                "problems = json_problems(x, MAX_WRITE_DEPTH)",
                "if problems:",
                "    raise Invalid(problems)",
                "return x if x.__class__ is dict else dict(x)",
            ],
        )


@record
class StrMap(Codec):
    """An object of string values (metadata, headers), optionally size-limited."""

    max_pairs: int | None = None
    max_key: int | None = None
    max_value: int | None = None
    expect = "an object of strings"
    json_types = (dict,)
    neutral_types = (dict,)

    def _body(self, source: str) -> list[str]:
        lines = [
            "problems = None",
            "for key, value in x.items():",
            "    if key.__class__ is not str:",
            "        problems = add(problems, (), f'object keys must be strings, got {describe(key)}')",
            "        continue",
            "    if value.__class__ is not str:",
            "        problems = bad(problems, (key,), value, 'a string')",
        ]
        if self.max_value is not None:
            lines += [
                f"    elif len(value) > {self.max_value}:",
                f"        problems = add(problems, (key,), 'longer than {self.max_value} characters')",
            ]
        if self.max_key is not None:
            lines += [
                f"    if len(key) > {self.max_key}:",
                f"        problems = add(problems, (key,), 'key longer than {self.max_key} characters')",
            ]
        if self.max_pairs is not None:
            lines += [
                f"if len(x) > {self.max_pairs}:",
                f"    problems = add(problems, (), f'at most {self.max_pairs} pairs, got {{len(x)}}')",
            ]
        lines += ["if problems is not None:", "    raise Invalid(problems)", f"return {source}"]
        return lines

    def read_function(self, c: Compiler) -> str:
        guard = ["if x.__class__ is not dict:", "    raise Invalid.expected('an object', x)"]
        return c.define("read", "x", guard + self._body("x"))

    def write_function(self, c: Compiler) -> str:
        guard = [_NOT_A_MAPPING, "    return BAD"]
        return c.define("write", "x, ctx, chain", guard + self._body("x if x.__class__ is dict else dict(x)"))


@record
class ListOf(Codec):
    """A JSON list of ``item`` values, a tuple in the neutral model."""

    item: Codec
    json_types = (list,)
    neutral_types = (tuple, list)

    @property
    def expect(self) -> str:  # type: ignore[override]
        return "a list"

    def read_function(self, c: Compiler) -> str:
        item = c.reader(self.item)
        if isinstance(self.item, Tagged):
            # Dispatch on the tag inline: a KeyError or TypeError means some element
            # is not a known variant, and the slow path explains which and why.
            cases = c.late_table({tag: c.class_reader(cls) for tag, cls in self.item.cases.items()})
            tagged = c.tag_argument(self.item.key, self.item.cases)
            one = f"{cases}[v[0][{self.item.key!r}]](v[0]{tagged})"
            fast = f"tuple([{cases}[e[{self.item.key!r}]](e{tagged}) for e in v])"
            errors = "(Invalid, KeyError, TypeError)"
        else:
            one, fast, errors = f"{item}(v[0])", f"tuple([{item}(e) for e in v])", "Invalid"
        return c.define(
            "read_list",
            "v",
            [
                "if v.__class__ is not list:",
                "    raise Invalid.expected('a list', v)",
                "try:",
                # Lists of one (a message's single part) skip the comprehension.
                "    if len(v) == 1:",
                f"        return ({one},)",
                f"    return {fast}",
                f"except {errors}:",
                f"    raise collect_list(v, {item}) from None",
            ],
        )

    def write_function(self, c: Compiler) -> str:
        item = c.writer(self.item)
        expect = c.bind(self.item.expect)
        if isinstance(self.item, Tagged):
            writers = c.late_table({cls: c.class_writer(cls) for cls in self.item.cases.values()})
            call = f"({writers}.get(e.__class__) or {item})(e, ctx, (chain, index))"
            # Classes whose writer never returns a Flag: a list of only those needs no
            # per-element bookkeeping. Anything else (an unsupported class, a bad
            # element) raises KeyError or Invalid and the loop below explains it.
            plain = c.late_table({cls: c.class_writer(cls) for cls in self.item.cases.values() if not c.may_flag(cls)})
            fast = [
                "if x.__class__ is tuple:",
                "    mark = len(ctx.losses)",
                "    try:",
                "        if len(x) == 1:",
                f"            return [{plain}[x[0].__class__](x[0], ctx, (chain, 0))]",
                f"        return [{plain}[e.__class__](e, ctx, (chain, i)) for i, e in enumerate(x)]",
                "    except (KeyError, Invalid):",
                "        del ctx.losses[mark:]  # the loop below records them again",
            ]
        else:
            call = f"{item}(e, ctx, (chain, index))"
            fast = []
        return c.define(
            "write_list",
            "x, ctx, chain",
            [
                *fast,
                "if x.__class__ is not tuple and x.__class__ is not list:",
                "    return BAD",
                "out = []",
                "problems = None",
                "index = 0",
                "for e in x:",
                "    try:",
                f"        y = {call}",
                "    except Invalid as error:",
                "        problems = nest(problems, (index,), error)",
                "    else:",
                "        if y.__class__ is Flag:",
                f"            problems = flagged(problems, ctx, (chain, index), (index,), y, e, {expect})",
                "        else:",
                "            out.append(y)",
                "    index += 1",
                "if problems is not None:",
                "    raise Invalid(problems)",
                "return out",
            ],
        )


@record
class Ref(Codec):
    """A neutral class with a :class:`Shape` of its own in the dialect."""

    cls: type
    json_types = (dict,)

    @property
    def neutral_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return (self.cls,)

    @property
    def expect(self) -> str:  # type: ignore[override]
        return "an object"

    def read_function(self, c: Compiler) -> str:
        return c.class_reader(self.cls)

    def write_function(self, c: Compiler) -> str:
        return c.class_writer(self.cls)


@record
class Tagged(Codec):
    """A union of classes told apart by a discriminator key (``type``).

    ``unsupported`` maps neutral classes of the union that this dialect cannot
    write to the loss reason.
    """

    key: str
    cases: Mapping[str, type]
    unsupported: Mapping[type, str] = _field(factory=dict)
    json_types = (dict,)

    @property
    def neutral_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return tuple(self.cases.values()) + tuple(self.unsupported)

    @property
    def expect(self) -> str:  # type: ignore[override]
        return "an object"

    def read_function(self, c: Compiler) -> str:
        cases = c.late_table({tag: c.class_reader(cls) for tag, cls in self.cases.items()})
        key = repr(self.key)
        allowed = c.bind(", ".join(repr(tag) for tag in self.cases))
        return c.define(
            "read_union",
            "v",
            [
                "if v.__class__ is not dict:",
                "    raise Invalid.expected('an object', v)",
                f"tag = v.get({key})",
                f"read = {cases}.get(tag) if tag.__class__ is str else None",
                "if read is None:",
                "    if tag is None:",
                f"        raise Invalid([(({key},), 'required, but missing')])",
                f"    message = f'unknown {self.key} {{describe(tag)}}; expected one of {{{allowed}}}'",
                f"    raise Invalid([(({key},), message)])",
                f"return read(v{c.tag_argument(self.key, self.cases)})",
            ],
        )

    def write_function(self, c: Compiler) -> str:
        writers = c.late_table({cls: c.class_writer(cls) for cls in self.cases.values()})
        lost = c.bind(dict(self.unsupported))
        expect = c.bind("one of " + ", ".join(cls.__name__ for cls in self.cases.values()))
        return c.define(
            "write_union",
            "x, ctx, chain",
            [
                f"write = {writers}.get(x.__class__)",
                "if write is not None:",
                "    return write(x, ctx, chain)",
                f"reason = {lost}.get(x.__class__)",
                "if reason is not None:",
                "    return Flag(reason)",
                f"raise Invalid.expected({expect}, x)",
            ],
        )


@record
class Alt(Codec):
    """Alternatives told apart by JSON type on read and by neutral class on write."""

    options: tuple[Codec, ...]

    def __init__(self, *options: Codec) -> None:
        object.__setattr__(self, "options", options)

    @property
    def expect(self) -> str:  # type: ignore[override]
        return " or ".join(option.expect for option in self.options)

    @property
    def json_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return tuple(t for option in self.options for t in option.json_types)

    @property
    def neutral_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return tuple(t for option in self.options for t in option.neutral_types)

    def read_function(self, c: Compiler) -> str:
        by_type: dict[type, str] = {}
        for option in self.options:
            for json_type in option.json_types:
                assert json_type not in by_type, f"{json_type} read by two alternatives"
                by_type[json_type] = c.reader(option)
        table = c.late_table(by_type)
        expect = c.bind(self.expect)
        return c.define(
            "read_alt",
            "v",
            [
                f"read = {table}.get(v.__class__)",
                "if read is None:",
                f"    raise Invalid.expected({expect}, v)",
                "return read(v)",
            ],
        )

    def write_function(self, c: Compiler) -> str:
        by_type: dict[type, str] = {}
        for option in self.options:
            for neutral_type in option.neutral_types:
                by_type.setdefault(neutral_type, c.writer(option))
        table = c.late_table(by_type)
        return c.define(
            "write_alt",
            "x, ctx, chain",
            [
                f"write = {table}.get(x.__class__)",
                "if write is None:",
                "    return BAD",
                "return write(x, ctx, chain)",
            ],
        )


@record
class FlagList(Codec):
    """An ``enum.Flag`` written as a list of names in a fixed order.

    Members listed in ``unsupported`` are left out of the written list, each a
    loss; ``empty`` is the reason an explicit empty set cannot be expressed (a
    loss on write, and ``[]`` is refused on read), or ``None`` when ``[]`` is
    valid in the dialect.
    """

    flag: type[enum.Flag]
    names: Mapping[str, Any]
    unsupported: Mapping[Any, str] = _field(factory=dict)
    empty: str | None = None
    json_types = (list,)

    @property
    def neutral_types(self) -> tuple[type, ...]:  # type: ignore[override]
        return (self.flag,)

    @property
    def expect(self) -> str:  # type: ignore[override]
        return "a list of " + ", ".join(repr(name) for name in self.names)

    # enum.Flag arithmetic costs most of a microsecond per operation, so every
    # valid list and every set is looked up in tables built here, once; the
    # loops below run only to explain an invalid value.

    def _reads(self) -> dict[tuple[str, ...], Any]:
        table: dict[tuple[str, ...], Any] = {}
        names = list(self.names)
        for size in range(len(names) + 1):
            for order in itertools.permutations(names, size):
                value = self.flag(0)
                for name in order:
                    value |= self.names[name]
                table[order] = value
        if self.empty is not None:
            del table[()]
        return table

    def _writes(self) -> dict[Any, Any]:
        """Each set -> its wire list (or a Flag when nothing is left) and the loss reasons."""
        table: dict[Any, Any] = {}
        for bits in range(1 << len(list(self.flag))):
            value = self.flag(bits)
            names = [name for name, member in self.names.items() if member & value]
            reasons = tuple(reason for member, reason in self.unsupported.items() if member & value)
            if not value:
                table[value] = ([] if self.empty is None else Flag(self.empty), ())
            elif not names:
                table[value] = (Flag("; ".join(reasons)), ())
            else:
                table[value] = (names, reasons)
        return table

    def read_function(self, c: Compiler) -> str:
        names = c.bind(dict(self.names))
        allowed = c.bind(", ".join(repr(name) for name in self.names))
        return c.define(
            "read_flags",
            "v",
            [
                "if v.__class__ is not list:",
                "    raise Invalid.expected('a list', v)",
                "try:",
                f"    found = {c.bind(self._reads())}.get(tuple(v))",
                "except TypeError:  # an unhashable element",
                "    found = None",
                "if found is not None:",
                "    return found",
                *(["if not v:", f"    raise Invalid([((), {c.bind(self.empty)})])"] if self.empty is not None else []),
                "problems = []",
                "seen = set()",
                "for index, name in enumerate(v):",
                f"    if name.__class__ is not str or name not in {names}:",
                f"        problems.append(((index,), f'expected one of {{{allowed}}}, got {{describe(name)}}'))",
                "    elif name in seen:",
                "        problems.append(((index,), f'{name!r} is listed twice'))",
                "    else:",
                "        seen.add(name)",
                "raise Invalid(problems)",
            ],
        )

    def write_function(self, c: Compiler) -> str:
        lines = [
            f"entry = {c.bind(self._writes())}.get(x) if x.__class__ is {c.bind(self.flag)} else None",
            "if entry is None:",
            "    return BAD",
            "out, reasons = entry",
            "for reason in reasons:",
            "    ctx.lose(chain, reason)",
            "return out.copy() if out.__class__ is list else out",
        ]
        return c.define("write_flags", "x, ctx, chain", lines)
