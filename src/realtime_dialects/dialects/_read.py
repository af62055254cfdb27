"""Readers: generated functions from a parsed JSON value to a neutral object.

A class's reader takes a dict and returns the neutral object, or raises
``Invalid`` with every problem found, paths relative to the dict. Undeclared
keys are problems in *strict* readers (client events: servers refuse them too)
and are kept in ``extra`` by *keeping* readers (server events, or on request).

Each codec is read at the cheapest of three levels:

1. a **test** — for codecs that keep valid values as they are (strings, numbers,
   literal sets): a condition; the value is copied when it holds;
2. an **inline** expression computing the neutral value, or ``BAD``;
3. a **function** defined in the unit, which raises ``Invalid`` (lists, unions,
   nested classes).
"""

from __future__ import annotations

import functools
import itertools
from types import SimpleNamespace
from typing import Any

import attrs

from ._checks import PartsSuitRole, Rule, rule_check
from ._codegen import Unit
from ._runtime import tags_expected
from ._types import json_types, neutral_class
from .tables import (
    INT_RANGE,
    Alt,
    Bool,
    Choice,
    Codec,
    Const,
    Custom,
    Entry,
    Field,
    FlagList,
    Ignored,
    Int,
    Json,
    JsonObject,
    ListOf,
    Nested,
    Number,
    Offable,
    Ref,
    Str,
    StrMap,
    Tables,
    Tag,
    Tagged,
    Unsupported,
    walk,
)

__all__ = ["read_requires", "reader_name"]

#: How a reader takes what it does not declare or bound. STRICT refuses undeclared keys and values
#: out of range; KEEP keeps undeclared keys (``keep_unknown=True``); SERVER, how server events are
#: read, keeps them too and takes every value as the server sent it, ranges and size limits open
#: (:meth:`~.tables.Codec.unbounded`): they say what a client may send, not what a server will.
STRICT, KEEP, SERVER = "strict", "keep", "server"
#: The prefix of each mode's functions.
_KINDS = {STRICT: "read", KEEP: "keep", SERVER: "server"}


def read_requires(entry: Field, required: set[str], mode: str) -> bool:
    """Whether a reader in ``mode`` refuses an object without ``entry``: the model requires it, or
    the dialect's SDK does (``Field.required``), but for server events, read as the SDKs read them."""
    return entry.attr in required or (entry.required and mode != SERVER)


def keeps_unknown(mode: str) -> bool:
    """Whether readers in ``mode`` keep undeclared keys."""
    return mode != STRICT


def reader_name(cls: str, mode: str, family: str | None = None) -> str:
    """The name of the generated reader of class ``cls`` (``read_MessageItem``, ``keep_server_MessageItem``)."""
    kind = _KINDS[mode]
    name = cls.replace(":", "__")
    return f"{kind}_{name}" if family is None else f"{kind}_{family}_{name}"


class Readers:
    """Generates the readers of one dialect, one class at a time.

    ``from_orjson``: the values read are only ever what ``orjson.loads`` made (the fused functions'),
    whose integers are all within ``INT_RANGE`` (it reads the others as floats): an integer of the
    model's whole range is then told by its class alone. A dialect's own readers also read what
    ``load()`` is given, parsed by anything.
    """

    def __init__(self, dialect: Tables, *, from_orjson: bool = False) -> None:
        self.dialect = dialect
        self.from_orjson = from_orjson

    def need(self, unit: Unit, cls: str, mode: str, family: str | None = None) -> str:
        """The name of ``cls``'s reader, which ``unit`` calls (built on its first call)."""
        return unit.needs(reader_name(cls, mode, family), lambda u: self.build(u, cls, mode, family))

    def keep(self, path: str, obj: str, known: str) -> str:
        """The call keeping the keys of ``obj`` not in ``known`` in ``E`` under ``path`` (expressions)."""
        nulls = "" if self.dialect.undeclared_nulls else ", False"
        return f"keep_extra(E, {path}, {obj}, {known}{nulls})"

    # ------------------------------------------------------------------ codec levels

    def test(self, codec: Codec, v: str, unit: Unit) -> str | None:
        """A condition under which ``v`` is valid and read as it is; None if the codec converts."""
        kind = type(codec)
        if kind is Str:
            return f"{v}.__class__ is str"
        if kind is Bool:
            return f"{v}.__class__ is bool"
        if isinstance(codec, Int):
            if self.from_orjson and (codec.low, codec.high) == INT_RANGE:
                return f"{v}.__class__ is int"
            return f"{v}.__class__ is int and {codec.low} <= {v} <= {codec.high}"
        if isinstance(codec, Number):
            return f"({v}.__class__ is float or {v}.__class__ is int){_bounds(codec, v)}"
        if isinstance(codec, Const):
            return f"{v}.__class__ is str and {v} == {codec.value!r}"
        if isinstance(codec, Choice) and codec.identity and not codec.open:
            return f"{v}.__class__ is str and {v} in {unit.bind('values', frozenset(codec.values))}"
        if kind is JsonObject:
            # Only the type: text parsed by orjson holds nothing but JSON, and load()
            # checks already-parsed input as a whole before reading it.
            return f"{v}.__class__ is dict"
        if kind is Json:
            return "True"
        if isinstance(codec, Alt):
            # Alternatives of plain values (an integer or "inf"): one condition, as each option
            # reads its own JSON types. A value it refuses goes to the option that explains why.
            tests = [self.test(option, v, unit) for option in codec.options]
            if all(test is not None for test in tests):
                return " or ".join(f"({test})" for test in tests)
        return None

    def inline(self, codec: Codec, v: str, unit: Unit) -> str | None:
        """An expression of the neutral value of ``v``, or ``BAD``; None if a function is needed."""
        if isinstance(codec, Choice):
            table = unit.bind("values", {**codec.values, **codec.aliases})
            found = f"{table}.get({v}, {v})" if codec.open else f"{table}.get({v}, BAD)"
            return f"({found} if {v}.__class__ is str else BAD)"
        test = self.test(codec, v, unit)
        return None if test is None else f"({v} if {test} else BAD)"

    def function(self, codec: Codec, unit: Unit, mode: str, family: str | None = None) -> str:
        """The name of a function reading ``codec`` (raising ``Invalid``), defined in ``unit`` if need be."""
        if isinstance(codec, Ref):
            return self.need(unit, codec.cls, mode, family)
        if isinstance(codec, ListOf):
            return self._list(codec, unit, mode, family)
        if isinstance(codec, Tagged):
            return self._union(codec, unit, mode, family)
        if isinstance(codec, Alt):
            return self._alt(codec, unit, mode, family)
        if isinstance(codec, Offable):
            return self.function(codec.inner, unit, mode, family)
        if isinstance(codec, StrMap):
            return unit.define("read_map", "x", _strmap_guard(codec) + _strmap_body(codec, "x"))
        if isinstance(codec, FlagList):
            return self._flags(codec, unit)
        if isinstance(codec, Custom):
            if codec.read is None:
                raise TypeError(f"{codec!r} has no reader")
            return unit.bind("custom", codec.read)
        return self._plain(codec, unit, codec.expect)

    def _plain(self, codec: Codec, unit: Unit, expect: str) -> str:
        """A function reading a value of ``codec`` (one of those read inline), which refuses any other
        as not ``expect``."""
        inline = self.inline(codec, "v", unit)
        assert inline is not None, f"no reader for {codec!r}"
        bound = unit.bind("expect", expect)
        return unit.define(
            "read", "v", [f"r = {inline}", "if r is BAD:", f"    raise Invalid.expected({bound}, v)", "return r"]
        )

    # ------------------------------------------------------------------ classes

    def build(self, unit: Unit, name: str, mode: str, family: str | None = None) -> None:
        """Fill ``unit`` with the reader of class ``name`` (a ``"Class:variant"`` shape too), in ``family``."""
        cls = neutral_class(name)
        shape = self.dialect.shape(name, family)
        required = _required(cls)
        lines = [
            "if d.__class__ is not dict:",
            "    raise Invalid.expected('an object', d)",
            "P = None",
        ]
        if keeps_unknown(mode):
            lines.append("E = None")
        # n counts the keys read: when it equals len(d) no key can be undeclared, and
        # the keys-view comparison (an allocation per object) is skipped. Required keys
        # and the tag are counted up front and taken back when absent, so a valid
        # object pays only for its optional keys.
        presumed = sum(
            1
            for entry in shape.entries
            if isinstance(entry, Tag) or (isinstance(entry, Field) and read_requires(entry, required, mode))
        )
        lines.append(f"n = {presumed}")
        lines += self.entries(unit, cls, shape.entries, "d", (), required, mode, family=family)
        known = unit.bind("keys", frozenset(_keys(shape.entries)))
        lines.append(f"if len(d) != n and not d.keys() <= {known}:")
        if keeps_unknown(mode):
            lines.append(f"    E = {self.keep('()', 'd', known)}")
            lines.append(f"a_extra = None if E is None else {{{self.dialect.name!r}: E}}")
        else:
            lines.append(f"    P = unknown_keys(P, (), d, {known})")
            lines.append("a_extra = None")
        rules = self.dialect.checks.get(name)
        check = None
        lines.append("if P is not None:")
        if rules is not None:
            check = unit.bind("check", rule_check(self.worded(cls, rules, family)))
            # The rules see what was read: a problem elsewhere in the object does not hide theirs. Parts that
            # could not be read are given as the wire has them: one out of place is said beside one that is wrong.
            keys = {entry.attr: entry.key for entry in walk(shape.entries) if isinstance(entry, Field)}
            raw = {rule.parts for rule in rules if isinstance(rule, PartsSuitRole) and rule.parts in keys}
            read = ", ".join(
                f"{attr}=a_{attr} if a_{attr} is not None else d.get({keys[attr]!r})"
                if attr in raw
                else f"{attr}=a_{attr}"
                for attr in sorted({attr for rule in rules for attr in rule.reads})
            )
            lines.append(f"    P.extend({check}({unit.bind('partial', SimpleNamespace)}({read})))")
        lines += ["    raise Invalid(P)", f"o = NEW({unit.bind('class', cls)})"]
        for a in attrs.fields(cls):
            lines.append(f"{unit.bind('set_' + a.name, getattr(cls, a.name).__set__)}(o, a_{a.name})")
        if check is not None:
            lines += [f"problems = {check}(o)", "if problems:", "    raise Invalid(problems)"]
        lines.append("return o")
        unit.define("", "d, tagged=False", lines, main=True)

    def worded(self, cls: type, rules: tuple[Rule, ...], family: str | None = None) -> tuple[Rule, ...]:
        """The rules of ``cls`` as its readers in ``family`` word their problems: a message's parts by
        their tags in this dialect, and only the parts it has."""
        worded = []
        for rule in rules:
            if isinstance(rule, PartsSuitRole) and (union := self.parts_union(cls, rule, family)) is not None:
                rule = rule.on_wire(union.cases, union.key)
            worded.append(rule)
        return tuple(worded)

    def parts_union(self, cls: type, rule: PartsSuitRole, family: str | None = None) -> Tagged | None:
        """The union the parts a ``rule`` restricts are read with in ``family``, if they are a list of one."""
        entries = walk(self.dialect.shape(cls.__name__, family).entries)
        entry = next((e for e in entries if isinstance(e, Field) and e.attr == rule.parts), None)
        codec = None if entry is None else self.dialect.codec(cls, entry, entry.family or family)
        if isinstance(codec, ListOf) and isinstance(codec.item, Tagged):
            return codec.item
        return None

    def entries(
        self,
        unit: Unit,
        cls: type,
        entries: tuple[Entry, ...],
        src: str,
        prefix: tuple[str, ...],
        required: set[str],
        mode: str,
        raw: frozenset[str] = frozenset(),
        family: str | None = None,
        present: frozenset[str] = frozenset(),
        fail: bool = False,
    ) -> list[str]:
        """The lines reading ``entries`` of a ``cls`` from the dict ``src`` into locals ``a_<attr>``.

        Attributes in ``raw`` are kept as the JSON value read (the fused path converts them itself).
        Keys in ``present`` are looked up as ``src[key]`` and not counted: the caller knows they
        are there, or refuses the object on the ``KeyError``. With ``fail``, the first problem
        raises ``Invalid(())`` instead of being noted in ``P``: the fused path, which hands any
        invalid object to the neutral path to name its problems, needs no list of them.
        """
        lines: list[str] = []
        top = not prefix  # nested objects check their keys in full, without counting
        for entry in entries:
            if isinstance(entry, Field):
                needed = read_requires(entry, required, mode)
                there = entry.key in present
                lines += self._field(
                    unit, cls, entry, src, prefix, needed, mode, entry.attr in raw, family, there, fail
                )
            elif isinstance(entry, Tag):
                path = repr((*prefix, entry.key))
                value = f"{src}.get({entry.key!r})"
                # A dispatcher passes the key it matched as ``tagged``: that tag needs no second look
                # (a shape may have another: Azure's timestamp deltas carry timestamp_type too).
                matched = f"tagged != {entry.key!r} and"
                null = f"{entry.key!r} in {src}"  # looked at on the error path only: absent, or a null
                if fail:
                    test = f"{matched} {value}" if top else value
                    lines += [f"if {test} != {entry.value!r}:", "    raise Invalid(())"]
                elif top:
                    # Counted up front.
                    lines += [
                        f"if {matched} {value} != {entry.value!r}:",
                        f"    P = wrong_tag(P, {path}, {value}, {entry.value!r}, {null})",
                        f"    n -= {entry.key!r} not in {src}",
                    ]
                else:
                    lines += [
                        f"if {value} != {entry.value!r}:",
                        f"    P = wrong_tag(P, {path}, {value}, {entry.value!r}, {null})",
                    ]
            elif isinstance(entry, Ignored):
                path = repr((*prefix, entry.key))
                constant = unit.bind(f"{entry.key}_value", entry.value)
                lines += [f"v = {src}.get({entry.key!r})", "if v is not None:"]
                if top and entry.key not in present:
                    lines.append("    n += 1")
                wrong = "raise Invalid(())" if fail else f"P = wrong_tag(P, {path}, v, {constant})"
                lines += [f"    if v != {constant}:", f"        {wrong}"]
            elif isinstance(entry, Unsupported):
                lines.append(f"a_{entry.attr} = None")
            elif isinstance(entry, Nested):
                counted = top and entry.key not in present
                lines += self._nested(unit, cls, entry, src, prefix, required, mode, raw, family, counted, fail)
            else:  # pragma: no cover - guarded by the Entry type
                raise TypeError(entry)
        return lines

    def _field(
        self,
        unit: Unit,
        cls: type,
        entry: Field,
        src: str,
        prefix: tuple[str, ...],
        required: bool,
        mode: str,
        raw: bool = False,
        family: str | None = None,
        present: bool = False,
        fail: bool = False,
    ) -> list[str]:
        family = entry.family or family
        codec = self.dialect.codec(cls, entry, family, bounded=mode != SERVER)
        path = repr((*prefix, entry.key))
        target = f"a_{entry.attr}"
        # A required top-level key was counted up front (see build()); a key known present is not counted.
        count = "n += 1" if not prefix and not required and not present else ""
        if required and isinstance(codec, Json):
            return _any_json(entry.key, src, target, path, prefix, present, fail)
        offable = False
        if isinstance(codec, Offable):
            offable = True
            # null switches the setting off: OFF, unlike an absent key.
            off = [f"    {target} = None if {entry.key!r} not in {src} else OFF"]
            if count:
                off += [f"    if {target} is OFF:", f"        {count}"]
            codec = codec.inner
        else:
            off = [f"    {target} = None"]
        lines = [f"v = {src}[{entry.key!r}]" if present else f"v = {src}.get({entry.key!r})", "if v is None:"]
        if keeps_unknown(mode) and not fail and isinstance(codec, Custom) and codec.keys is not None:
            # A value written as an object keeps its undeclared keys as a nested group does; the
            # codec reads the rest. (The fused path refuses them: the neutral path keeps them.)
            keys = unit.bind(f"{entry.attr}_keys", codec.keys)
            lines[1:1] = [
                f"if v.__class__ is dict and not v.keys() <= {keys}:",
                f"    E = {self.keep(path, 'v', keys)}",
                f"    v = {{k: x for k, x in v.items() if k in {keys}}}",
            ]
        if required and fail:
            lines.append("    raise Invalid(())")
        else:
            lines += off
        if required and not fail:
            lines.append(f"    P = missing(P, {path}, {entry.key!r} in {src})")  # absent, or a null
            if not prefix:
                lines.append(f"    n -= {entry.key!r} not in {src}  # a null value still counts as read")
        if raw:
            return [*lines, "else:", f"    {target} = v", *([f"    {count}"] if count else [])]
        expect = unit.bind(f"{entry.attr}_expect", codec.expect)
        # What a value the codec refuses does: noted in P (and the attribute left unset), or raised.
        refuse = ["    raise Invalid(())"] if fail else [f"    P = bad(P, {path}, v, {expect})", f"    {target} = None"]
        test = self.test(codec, "v", unit)
        if test is None and isinstance(codec, Alt):
            # The alternatives' plain values (a voice's name, beside an object) are read as they
            # are here: the alternatives' reader, two calls away, takes only the others.
            tests = [test for option in codec.options if (test := self.test(option, "v", unit)) is not None]
            test = " or ".join(f"({test})" for test in tests) if tests else None
        if required and test not in (None, "True") and not offable:
            # A required key is almost always there and valid: its test (false for None) comes
            # first, the missing key after.
            missing = lines[1:]  # "if v is None:" and what it does
            if fail and not isinstance(codec, Alt):
                return [lines[0], f"if {test}:", f"    {target} = v", "else:", *refuse]  # null or not
            lines = [lines[0], f"if {test}:", f"    {target} = v", "el" + missing[0], *missing[1:], "else:"]
            if isinstance(codec, Alt):  # any other value: the alternatives' reader says what is wrong
                return lines + _called(self.function(codec, unit, mode, family), target, path, fail)
            return [*lines, *refuse]
        if test is not None:
            lines += [f"elif {test}:", f"    {target} = v"]
            if count:
                lines.append(f"    {count}")
            if not isinstance(codec, Alt):
                return [*lines, "else:", *refuse]
            # Any other value: the alternatives' reader says what is wrong with it (below).
        lines.append("else:")
        if count:
            lines.append(f"    {count}")
        inline = None if isinstance(codec, Alt) else self.inline(codec, "v", unit)
        if inline is not None:
            return [
                *lines,
                f"    {target} = {inline}",
                f"    if {target} is BAD:",
                *("    " + line for line in refuse),
            ]
        return lines + _called(self.function(codec, unit, mode, family), target, path, fail)

    def _nested(
        self,
        unit: Unit,
        cls: type,
        entry: Nested,
        src: str,
        prefix: tuple[str, ...],
        required: set[str],
        mode: str,
        raw: frozenset[str],
        family: str | None,
        counted: bool,
        fail: bool = False,
    ) -> list[str]:
        inner = (*prefix, entry.key)
        group = f"n{len(inner)}"
        lines = [f"a_{e.attr} = None" for e in walk(entry.entries) if isinstance(e, Field | Unsupported)]
        lines.append(f"{group} = {src}.get({entry.key!r})")
        if any(read_requires(e, required, mode) for e in walk(entry.entries) if isinstance(e, Field)):
            # A required key lives inside, so the nested object itself is required.
            lack = "    raise Invalid(())" if fail else f"    P = missing(P, {inner!r}, {entry.key!r} in {src})"
            lines += [f"if {group} is None:", lack]
        lines.append(f"if {group} is not None:")
        if counted:
            lines.append("    n += 1")
        lines += [
            f"    if {group}.__class__ is not dict:",
            "        raise Invalid(())" if fail else f"        P = bad(P, {inner!r}, {group}, 'an object')",
            "    else:",
        ]
        body = self.entries(unit, cls, entry.entries, group, inner, required, mode, raw, family, fail=fail)
        known = unit.bind(f"{'_'.join(inner)}_keys", frozenset(_keys(entry.entries)))
        body.append(f"if not {group}.keys() <= {known}:")
        if keeps_unknown(mode):
            body.append(f"    E = {self.keep(repr(inner), group, known)}")
        elif fail:
            body.append("    raise Invalid(())")
        else:
            body.append(f"    P = unknown_keys(P, {inner!r}, {group}, {known})")
        return lines + ["        " + line for line in body]

    # ------------------------------------------------------------------ compound codecs

    def _list(self, codec: ListOf, unit: Unit, mode: str, family: str | None) -> str:
        item = codec.item
        if isinstance(item, Tagged):
            # Dispatch on the tag inline: a KeyError or TypeError means some element
            # is not a known variant, and the slow path explains which and why.
            union = self._union(item, unit, mode, family)
            cases = unit.table("cases", {tag: self.need(unit, cls, mode, family) for tag, cls in item.cases.items()})
            tagged = self.tag_argument(item, family)
            one = f"{cases}[v[0][{item.key!r}]](v[0]{tagged})"
            fast = f"tuple([{cases}[e[{item.key!r}]](e{tagged}) for e in v])"
            errors, each = "(Invalid, KeyError, TypeError)", union
        else:
            each = self.function(item, unit, mode, family)
            one, fast, errors = f"{each}(v[0])", f"tuple([{each}(e) for e in v])", "Invalid"
        return unit.define(
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
                f"    raise collect_list(v, {each}) from None",
            ],
        )

    def tag_argument(self, codec: Tagged, family: str | None = None) -> str:
        """``", '<key>'"``, the key the union matched, when every case's shape has this very tag at
        its top level (see entries()); else nothing."""
        for tag, cls in codec.cases.items():
            if self.dialect.shape(cls, family).tag(codec.key) != tag:
                return ""
        return f", {codec.key!r}"

    def _union(self, codec: Tagged, unit: Unit, mode: str, family: str | None = None) -> str:
        cases = unit.table("cases", {tag: self.need(unit, cls, mode, family) for tag, cls in codec.cases.items()})
        key = repr(codec.key)
        expected = unit.bind("tags", tags_expected(codec.cases))
        return unit.define(
            "read_union",
            "v",
            [
                "if v.__class__ is not dict:",
                "    raise Invalid.expected('an object', v)",
                f"tag = v.get({key})",
                f"read = {cases}.get(tag) if tag.__class__ is str else None",
                "if read is None:",
                f"    raise unknown_case({key}, tag, {expected}, {key} in v)",
                f"return read(v{self.tag_argument(codec, family)})",
            ],
        )

    def _alt(self, codec: Alt, unit: Unit, mode: str, family: str | None = None) -> str:
        by_type: dict[type, str] = {}
        for option in codec.options:
            types = json_types(option)
            if not types:  # written only (a neutral value the wire spells as another's)
                continue
            # A string the words of an alternative refuse ("4096" where an integer or "inf" goes,
            # "off" for "auto" or an object) is told every alternative; a number out of an
            # alternative's range is told that range, and an object what is wrong inside it.
            if types == (str,) and self.inline(option, "v", unit) is not None:
                read = self._plain(option, unit, codec.expect)
            else:
                read = self.function(option, unit, mode, family)
            for json_type in types:
                assert json_type not in by_type, f"{json_type} read by two alternatives of {codec!r}"
                by_type[json_type] = read
        table = unit.table("by_type", by_type)
        expect = unit.bind("expect", codec.expect)
        return unit.define(
            "read_alt",
            "v",
            [
                f"read = {table}.get(v.__class__)",
                "if read is None:",
                f"    raise Invalid.expected({expect}, v)",
                "return read(v)",
            ],
        )

    def _flags(self, codec: FlagList, unit: Unit) -> str:
        names = unit.bind("names", dict(codec.names))
        allowed = unit.bind("allowed", ", ".join(repr(name) for name in codec.names))
        empty = ["if not v:", f"    raise Invalid([((), {unit.bind('empty', codec.empty)})])"] if codec.empty else []
        return unit.define(
            "read_flags",
            "v",
            [
                "if v.__class__ is not list:",
                "    raise Invalid.expected('a list', v)",
                "try:",
                f"    found = {unit.bind('reads', flag_reads(codec))}.get(tuple(v))",
                "except TypeError:  # an unhashable element",
                "    found = None",
                "if found is not None:",
                "    return found",
                *empty,
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


# enum.Flag arithmetic costs most of a microsecond per operation, so every valid
# list is looked up in a table built once; the loop runs only to explain the rest.
@functools.cache  # one table a codec: every class holding its attribute asks for it
def flag_reads(codec: FlagList) -> dict[tuple[str, ...], Any]:
    """Every valid wire list (each order, no repeats) -> its flag set."""
    table: dict[tuple[str, ...], Any] = {}
    names = list(codec.names)
    for size in range(len(names) + 1):
        for order in itertools.permutations(names, size):
            value = codec.flag(0)
            for name in order:
                value |= codec.names[name]
            for member, implied in codec.implies.items():
                if value & member:
                    value |= implied
            table[order] = value
    if codec.empty is not None:
        del table[()]
    return table


def _bounds(codec: Number, v: str) -> str:
    # A NaN fails every comparison; unbounded numbers come from orjson or load(), both finite.
    low = "" if codec.low is None else f"{codec.low!r} <= "
    high = "" if codec.high is None else f" <= {codec.high!r}"
    return f" and {low}{v}{high}" if low or high else ""


def _strmap_guard(codec: StrMap) -> list[str]:
    return ["if x.__class__ is not dict:", "    raise Invalid.expected('an object', x)"]


def _strmap_body(codec: StrMap, result: str) -> list[str]:
    """Check every pair of a string map ``x``, gathering every problem; return ``result``."""
    lines = [
        "problems = None",
        "for key, value in x.items():",
        "    if key.__class__ is not str:",
        "        problems = add(problems, (), f'object keys must be strings, got {describe(key)}')",
        "        continue",
        "    if value.__class__ is not str:",
        "        problems = bad(problems, (key,), value, 'a string')",
    ]
    if codec.value is not None:
        lines += [
            f"    elif len(value) > {codec.value}:",
            f"        problems = add(problems, (key,), 'longer than {codec.value} characters')",
        ]
    if codec.key is not None:
        lines += [
            f"    if len(key) > {codec.key}:",
            f"        problems = add(problems, (key,), 'key longer than {codec.key} characters')",
        ]
    if codec.pairs is not None:
        lines += [
            f"if len(x) > {codec.pairs}:",
            f"    problems = add(problems, (), f'at most {codec.pairs} pairs, got {{len(x)}}')",
        ]
    return [*lines, "if problems is not None:", "    raise Invalid(problems)", f"return {result}"]


def _required(cls: type) -> set[str]:
    return {a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING}


def _keys(entries: tuple[Entry, ...]) -> list[str]:
    return [entry.key for entry in entries if isinstance(entry, Field | Tag | Ignored | Nested)]


def _any_json(
    key: str, src: str, target: str, path: str, prefix: tuple[str, ...], present: bool, fail: bool
) -> list[str]:
    """The lines reading a required value that may be any JSON value: only an absent key is missing.

    ``null`` is such a value, not a missing one: Azure's SDK reads ``"annotation": null`` and
    writes it back, so the reader keeps it (as ``None``) where it refuses a null for any other
    required key. The value needs no check: orjson parsed it, and ``load()`` checks a parsed
    object whole first.
    """
    if present:
        return [f"{target} = {src}[{key!r}]"]
    lines = [f"if {key!r} in {src}:", f"    {target} = {src}[{key!r}]", "else:"]
    if fail:
        return [*lines, "    raise Invalid(())"]
    # A required top-level key was counted up front (see build()).
    return [*lines, f"    {target} = None", f"    P = missing(P, {path})", *(["    n -= 1"] if not prefix else [])]


def _called(function: str, target: str, path: str, fail: bool = False) -> list[str]:
    """The lines (in an else branch) that read ``v`` with ``function`` into ``target``, or note its problems."""
    if fail:
        return [f"    {target} = {function}(v)"]  # its Invalid goes up as it is
    return [
        "    try:",
        f"        {target} = {function}(v)",
        "    except Invalid as e:",
        f"        P = nest(P, {path}, e)",
        f"        {target} = None",
    ]
