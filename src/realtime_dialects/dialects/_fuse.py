"""The fused path: one generated function per class and (source, target) pair, wire to wire.

A translation does not need the neutral objects: it reads one dialect's dict and
writes another's. ``fuse_<Class>(d, ctx, chain)`` reads ``d`` as the source's reader
does — the same checks, key by key — into locals, and writes them in the target's
order as the target's writer does, with the same losses (the same chains, so the
same source paths). What makes it fast is what it does *not* do: attributes whose
values are objects on both sides (items, content parts, tools) are never built —
their raw dicts go straight to the fused function of their class — and values
valid as they are on both sides (strings, numbers, literal sets, opaque JSON) are
copied once checked.

Errors are the neutral path's business: a fused function raises ``Invalid`` at the
first thing it does not accept, and the translation reads the event again the
neutral way, which names every problem with its path. So the fused path only has
to be right on valid input, which ``tests/test_fused.py`` checks against the
neutral path byte for byte, loss for loss.

A class's rules (``_checks.py``) are checked on the values read: a message's parts
against its role by the source's tags, without building a part; a rule that reads a
held object (``MustBe``) has that attribute read the neutral way.
"""

from __future__ import annotations

import copy
import io
import json
import re
import tokenize
from collections.abc import Callable, Iterable
from types import CodeType, SimpleNamespace
from typing import Any

import attrs

from .. import model
from ._checks import PartsSuitRole, Rule
from ._codegen import Unit
from ._read import KEEP, SERVER, STRICT, Readers, flag_reads, keeps_unknown, read_requires
from ._types import neutral_class
from ._write import Single, Values, Writers, as_display, flag_writes
from .tables import (
    OMIT_NONE,
    Alt,
    Bool,
    Choice,
    Codec,
    Const,
    Field,
    FlagList,
    Ignored,
    Int,
    Json,
    JsonObject,
    ListOf,
    Nested,
    Number,
    Ref,
    Shape,
    Str,
    StrMap,
    Tables,
    Tag,
    Tagged,
    Unsupported,
    walk,
)

__all__ = ["Fuser", "fused_name"]


#: The families of shapes a fused function reads (source) and writes (target) with.
Families = tuple[str | None, str | None]
PLAIN: Families = (None, None)


#: The text of the integers a flat event's indices mostly are, which its f-string looks up.
INT_TEXTS = tuple(map(str, range(256)))

#: The parameters of a fused function; an event's also takes ``plain``: its text had no backslash.
SIGNATURE = "d, ctx, chain, tagged=False"
EVENT_SIGNATURE = SIGNATURE + ", plain=False"


def _flat_kind(codec: Codec) -> type | None:
    """What a value of ``codec`` is written as in a flat event's text: str, int, bool, or None (other)."""
    if isinstance(codec, Str | Const) or (isinstance(codec, Choice) and codec.identity and not codec.open):
        return str
    if isinstance(codec, Int):
        return int
    if isinstance(codec, Bool):
        return bool
    return None


def _escaped(text: str) -> str:
    """``text`` as the literal part of an f-string."""
    return text.replace("{", "{{").replace("}", "}}")


#: The prefix of each reading mode's fused functions.
_KINDS = {STRICT: "fuse", KEEP: "fusekeep", SERVER: "fuseserver"}


def fused_name(cls: str, mode: str, families: Families = PLAIN) -> str:
    """The name of the fused function of class ``cls`` (``fuse_MessageItem``, ``fuseserver_server__MessageItem``)."""
    kind = _KINDS[mode]
    name = cls.replace(":", "__")
    return f"{kind}_{name}" if families == PLAIN else f"{kind}_{families[0] or ''}_{families[1] or ''}_{name}"


class _Locals(Values):
    """The write phase takes values from the locals the read phase filled, and stops at the first problem.

    ``fused`` maps attributes to the function that turns the source's raw value into the
    target's (``lists`` are those of list functions, which always return a list, and
    ``singles`` how such a list of one finds its element's function); ``copied`` are
    written as read; ``absent`` are known to be unset. ``reader`` names the source's
    reader of the class, made in a unit on first need.
    """

    fail_fast = True

    def __init__(
        self,
        fused: dict[str, str],
        copied: set[str],
        lists: set[str],
        absent: frozenset[str],
        read: frozenset[str],
        singles: dict[str, Single],
        reader: Callable[[Unit], str],
        extra: bool,
    ) -> None:
        self.fused = fused
        self.extra = extra
        self._copied = copied
        self._lists = lists
        self._absent = absent
        self._set = read
        self._singles = singles
        self._reader = reader

    def without(self, unset: set[str]) -> _Locals:
        """The same values where ``unset`` are known to be unset too."""
        changed = copy.copy(self)
        changed._absent = self._absent | unset
        return changed

    def known(self, read: set[str]) -> _Locals:
        """The same values where ``read`` are known to be set too."""
        changed = copy.copy(self)
        changed._set = self._set | read
        return changed

    def value(self, attr: str) -> str:
        return f"a_{attr}"

    def copied(self, attr: str) -> bool:
        return attr in self._copied

    def function(self, attr: str) -> str | None:
        return self.fused.get(attr)

    def absent(self, attr: str) -> bool:
        return attr in self._absent

    def never_flags(self, attr: str) -> bool:
        return attr in self._lists

    def is_set(self, attr: str) -> bool:
        return attr in self._set

    def single(self, attr: str) -> Single | None:
        return self._singles.get(attr)

    def check_whole(self, unit: Unit) -> list[str]:
        # The values the write phase hands to their own functions are not checked yet, and an
        # invalid object is invalid before it is lost: the source's reader checks it whole.
        if all(attr in self._absent for attr in self.fused):
            return []
        return [f"{self._reader(unit)}(d, tagged)"]


#: A class whose objects may hold this many optional keys has a function per set of keys met.
MANY_OPTIONAL = 6
#: The sets of keys a class keeps a function for (beyond them, the general function serves).
KEY_SETS = 32


class _Plan:
    """What the fused functions of one class are made from: its shapes, where each value comes from, its keys.

    ``always`` are the source's entries every valid object has, ``others`` the optional ones.
    """

    __slots__ = ("always", "cls", "families", "mode", "others", "required", "rules", "source", "target", "values")

    def __init__(
        self,
        cls: type,
        shapes: tuple[Shape, Shape],
        required: set[str],
        rules: tuple[Rule, ...],
        values: _Locals,
        mode: str,
        families: Families,
    ) -> None:
        self.cls, (self.source, self.target), self.rules, self.values = cls, shapes, rules, values
        self.mode, self.families, self.required = mode, families, required
        self.always = tuple(entry for entry in self.source.entries if _always_read(entry, self.required, mode))
        self.others = tuple(entry for entry in self.source.entries if not _always_read(entry, self.required, mode))

    @property
    def raw(self) -> frozenset[str]:
        return frozenset(self.values.fused)


class Fuser:
    """Generates the fused functions of one (source, target) pair, one class at a time."""

    def __init__(self, source: Tables, target: Tables) -> None:
        self.source = source
        self.target = target
        self.readers = Readers(source, from_orjson=True)  # what translate() and sessions parse
        self._writers = Writers(target), Writers(target, bounded=False)
        #: The plan of each class built, which the functions for its key sets share.
        self._plans: dict[tuple[str, str, Families], _Plan] = {}
        #: How a list function's list of one finds its element's function (Values.single), by the
        #: list function's expression.
        self._singles: dict[str, Single] = {}
        #: The table of the element functions each list function of a union calls without checks.
        self._plain: dict[str, str] = {}
        #: The body of each class's fused function (not an event's), which a list may take in (_inline).
        self._bodies: dict[str, list[str]] = {}
        #: The fused functions being built: a list of its own class calls the function instead.
        self._building: set[str] = set()
        #: The element functions each list function calls without checks, by the list function's name.
        self._elements: dict[str, tuple[str, ...]] = {}

    def writers(self, mode: str) -> Writers:
        """The target's writers for values read in ``mode``: a server's values unbounded, as read."""
        return self._writers[mode == SERVER]

    def need(self, unit: Unit, cls: str, mode: str, families: Families = PLAIN) -> str:
        """The name of ``cls``'s fused function, which ``unit`` calls (built on its first call)."""
        return unit.needs(fused_name(cls, mode, families), lambda u: self.build(u, cls, mode, families))

    # ------------------------------------------------------------------ classes

    def build(self, unit: Unit, name: str, mode: str, families: Families = PLAIN) -> None:
        """Fill ``unit`` with the fused function of class ``name`` (a source ``"Class:variant"`` too)."""
        self._building.add(unit.name)
        try:
            self._build(unit, name, mode, families)
        finally:
            self._building.discard(unit.name)

    def _build(self, unit: Unit, name: str, mode: str, families: Families) -> None:
        cls = neutral_class(name)
        base = name.partition(":")[0]
        sfamily, tfamily = families
        event = model.is_event(base)
        signature = EVENT_SIGNATURE if event else SIGNATURE
        if not self.target.has_shape(base, tfamily):
            # Nothing to write: check the value as the source reads it, then say why.
            reader = self.readers.need(unit, name, mode, sfamily)
            reason = self.target.unsupported.get(base) or f"{self.target.name} has no {base}"
            body = [f"{reader}(d, tagged)", f"return Flag({unit.bind('reason', reason)})"]
            unit.define("", signature, body, main=True)
            return
        if ":" in name or self.target.variants(base):
            # A form chosen by the class of a value: read and written the neutral way (session updates).
            reader = self.readers.need(unit, name, mode, sfamily)
            writer = self.writers(mode).need(unit, base, tfamily)
            unit.define("", signature, [f"return {writer}({reader}(d, tagged), ctx, chain)"], main=True)
            return
        plan = self._plans[name, mode, families] = self._prepare(unit, name, mode, families)
        source, values, required = plan.source, plan.values, plan.required
        lines = ["if d.__class__ is not dict:", "    raise Invalid(())"]
        if keeps_unknown(mode):
            lines.append("E = None")
        presumed = sum(
            1
            for entry in source.entries
            if isinstance(entry, Tag) or (isinstance(entry, Field) and read_requires(entry, required, mode))
        )
        lines.append(f"n = {presumed}")
        # The keys every valid object has are read first. When the object has no other key
        # (len(d) == n: most items, parts and events), the optional ones are not looked up.
        # A required key is looked up as d[key]: one step less than d.get(), and its absence a KeyError,
        # which the neutral path explains.
        present = frozenset(e.key for e in plan.always if isinstance(e, Field))
        reads = self.readers.entries(unit, cls, plan.always, "d", (), required, mode, plan.raw, sfamily, present, True)
        if reads:
            lines += ["try:", *("    " + line for line in reads), "except KeyError:", "    raise Invalid(()) from None"]
        known = unit.bind("keys", frozenset(_keys(source.entries)))
        if plan.others:
            # No other key: the optional attributes are unset, and the write phase is written for that.
            lines.append("if len(d) == n:")
            lines += ["    " + line for line in self._tail(unit, plan, plan.others)]
        if sum(isinstance(entry, Field | Nested) for entry in plan.others) >= MANY_OPTIONAL:
            lines += self._by_keys(unit, name, mode, families, plan)
        else:
            lines += self._every_key(unit, plan)
        lines += self.readers.entries(unit, cls, plan.others, "d", (), required, mode, plan.raw, sfamily, fail=True)
        lines += [
            f"if len(d) != n and not d.keys() <= {known}:",
            f"    E = {self.readers.keep('()', 'd', known)}" if keeps_unknown(mode) else "    raise Invalid(())",
        ]
        lines += self._write_phase(unit, plan, values)
        unit.define("", signature, lines, main=True)
        if not event:
            self._bodies[unit.name] = lines

    def _prepare(self, unit: Unit, name: str, mode: str, families: Families) -> _Plan:
        """What a fused function of class ``name`` is made from."""
        cls = neutral_class(name)
        shapes = (self.source.shape(name, families[0]), self.target.shape(name, families[1]))
        required = {a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING}
        rules = self.source.checks.get(name, ())
        values = self._plan(unit, cls, mode, families, rules, required)
        return _Plan(cls, shapes, required, rules, values, mode, families)

    def _tail(self, unit: Unit, plan: _Plan, absent: tuple[Any, ...]) -> list[str]:
        """The write phase once the source is read, where the ``absent`` entries' keys are not in the object."""
        unset = {e.attr for e in walk(absent) if isinstance(e, Field | Unsupported)}
        values = plan.values.without(unset)
        tail = self._write_phase(unit, plan, values)
        text = "\n".join(tail)
        used = sorted(attr for attr in unset if f"a_{attr}" in text)  # (a_id in a_ids too: one None more)
        if used:  # by a rule, say
            return [f"{' = '.join(f'a_{attr}' for attr in used)} = None", *tail]
        return tail

    # ------------------------------------------------------------------ key sets

    def _by_keys(self, unit: Unit, name: str, mode: str, families: Families, plan: _Plan) -> list[str]:
        """Dispatch an object to the function made for its keys (a class with many optional keys).

        An object's keys are mostly a few of the many its class allows, and the same few
        again and again (a ``response.create`` of a session). The function made for a set
        of keys reads only those and writes knowing the rest unset: about half the general
        one's steps. The set of keys is looked up as the object holds them (``tuple(d)``);
        up to :data:`KEY_SETS` sets a class, each built on first sight and sharing the general
        function's helpers; an undeclared key takes the general path.
        """
        carried = self._carried(plan)
        functions: dict[tuple[str, ...], Any] = {}
        keys = frozenset(_keys(plan.source.entries))
        # A set of optional keys is named by its bits, in the table's order: the same name in every process.
        bits = {key: 1 << index for index, key in enumerate(k for entry in plan.others for k in _own_keys(entry))}
        namespace, prefix = unit.namespace, f"{unit.name}__keys_"  # not the unit: its source is done with

        def for_keys(d: dict[str, Any]) -> Any:
            """The function for ``d``'s keys (built now), or False for the general path."""
            if len(functions) >= KEY_SETS:
                return False
            found = tuple(d)
            made: Any = False
            if keys.issuperset(found):
                present = frozenset(key for key in found if key in bits)
                made = namespace.function(
                    f"{prefix}{sum(bits[key] for key in present):x}",
                    lambda u: self._build_for_keys(u, name, mode, families, present),
                )
            functions[found] = made
            return made

        table = unit.bind("by_keys", functions)
        return [
            f"f = {table}.get(tuple(d))",
            "if f is None:",
            f"    f = {unit.bind('for_keys', for_keys)}(d)",
            "if f:",
            f"    return f({', '.join(carried)})",
        ]

    def _every_key(self, unit: Unit, plan: _Plan) -> list[str]:
        """The lines taking an object that holds every optional key of its class, none of them null.

        A tool with its description and parameters, an item with its id and status: the keys
        are looked up as required ones are, and the write phase, knowing every value set, is one
        display. A missing key (the count made up by an undeclared one) or a null goes on to
        the general lines below.
        """
        fields = [entry for entry in plan.others if isinstance(entry, Field)]
        if not fields or not all(isinstance(entry, Field | Unsupported) for entry in plan.others):
            return []
        keys = frozenset(entry.key for entry in fields)
        read = self.readers.entries(
            unit, plan.cls, plan.others, "d", (), plan.required, plan.mode, plan.raw, plan.families[0], keys, True
        )
        tail = self._write_phase(unit, plan, plan.values.known({entry.attr for entry in fields}))
        return [
            f"if len(d) == n + {len(keys)}:",
            "    try:",
            *("        " + line for line in read),
            "    except KeyError:",
            "        pass",
            "    else:",
            f"        if {' and '.join(f'a_{entry.attr} is not None' for entry in fields)}:",
            *("            " + line for line in tail),
        ]

    def _carried(self, plan: _Plan) -> list[str]:
        """What the general function hands the function of a key set: the call and what it has read."""
        names = ["d", "ctx", "chain", "tagged"] + (["plain"] if model.is_event(plan.cls.__name__) else [])
        names += ["E"] if keeps_unknown(plan.mode) else []
        return names + [f"a_{e.attr}" for e in walk(plan.always) if isinstance(e, Field | Unsupported)]

    def _build_for_keys(self, unit: Unit, name: str, mode: str, families: Families, present: frozenset[str]) -> None:
        """Fill ``unit`` with the fused function of ``name`` for objects holding these optional keys.

        It calls the helpers of the general function's plan, built before it.
        """
        plan = self._plans[name, mode, families]
        read = tuple(entry for entry in plan.others if _own_keys(entry) & present)
        absent = tuple(entry for entry in plan.others if not _own_keys(entry) & present)
        reader = self.readers  # the keys are known: nothing is counted
        lines = reader.entries(unit, plan.cls, read, "d", (), plan.required, mode, plan.raw, families[0], present, True)
        lines += self._tail(unit, plan, absent)
        unit.define("", ", ".join(self._carried(plan)), lines, main=True)

    def _write_phase(self, unit: Unit, plan: _Plan, values: _Locals) -> list[str]:
        """The rest of a fused function once the source is read: its rules, then the target's write phase.

        Nothing is written for the attributes ``values`` knows to be unset.
        """
        cls, target, required, rules, mode = plan.cls, plan.target, plan.required, plan.rules, plan.mode
        sfamily, tfamily = plan.families
        lines = self._rules(unit, cls, rules, values, sfamily)
        # The target's write phase: its order, its omission rules, its losses.
        for entry in walk(target.entries):
            if (
                isinstance(entry, Field)
                and entry.required
                and entry.attr not in required
                and not values.is_set(entry.attr)
            ):
                reason = f"{self.target.name} needs {entry.key!r} here, and it is not set"
                flag = [*values.check_whole(unit), f"return Flag({unit.bind(entry.attr + '_needed', reason)})"]
                if values.absent(entry.attr):  # known unset on this path: nothing else is written
                    return [*lines, *flag]
                lines += [f"if a_{entry.attr} is None:", *(f"    {line}" for line in flag)]
        if model.is_event(cls.__name__):
            lines += self._text(unit, cls, target, values, required, mode, tfamily)
        writers = self.writers(mode)
        written = writers.entries(unit, cls, target.entries, "w", (), required, values, tfamily, target.nulls_last)
        if keeps_unknown(mode):
            held = unit.bind("groups", writers.groups(cls, target.entries, tfamily))
            names = f"{self.target.name!r}, {held}, {cls.__name__!r}"
            extra = f"own_extra({{{self.source.name!r}: E}}, ctx, chain, {names})"
            lines.append(f"E = None if E is None else {extra}")
        if target.nulls_last:
            lines += ["w = {}", "N = []", *written, "for k in N:", "    w[k] = None"]
        else:
            lines += as_display("w", written)
        if keeps_unknown(mode):
            lines += ["if E is not None and () in E:", "    w.update(E[()])"]
        if lines[-1].startswith("w = {"):
            lines[-1] = "return " + lines[-1][len("w = ") :]  # built in one display (which never reads w)
        else:
            lines.append("return w")
        return lines

    def _text(
        self, unit: Unit, cls: type, target: Shape, values: _Locals, required: set[str], mode: str, family: str | None
    ) -> list[str]:
        """The target's text of a flat event, written here when ``plain``: no dict, no encoder.

        ``plain`` says the source text had no backslash, so its strings hold no quote, backslash
        or control character; one that is ASCII without DEL is then written as it is by every
        encoder, and any one by an encoder of ``verbatim_strings`` (orjson's). An event whose
        target form holds only such strings, integers and booleans (audio, deltas, most of a
        session) is written with the target's separators in one f-string; any other value, a
        loss or an undeclared key leaves it to the dict and encoder.
        Returns no lines for an event whose form is not flat.
        """
        if target.nulls_last:
            return []
        items, keys = self.target.separators
        verbatim = self.target.verbatim_strings(family)
        checks = ["plain"] + (["E is None"] if keeps_unknown(mode) else [])
        parts: list[tuple[str | None, str]] = []  # (the local it depends on, or None; its text or expression)
        for entry in target.entries:
            if isinstance(entry, Tag):
                parts.append((None, _escaped(f"{json.dumps(entry.key)}{keys}{json.dumps(entry.value)}")))
            elif isinstance(entry, Unsupported):
                if not values.absent(entry.attr):
                    checks.append(f"a_{entry.attr} is None")  # else a loss, which the dict path reports
            elif isinstance(entry, Field):
                needed = entry.attr in required or entry.required or values.is_set(entry.attr)
                if values.absent(entry.attr) and not needed:
                    continue
                codec = self.target.codec(cls, entry, entry.family or family, bounded=mode != SERVER)
                kind = _flat_kind(codec)
                if kind is None or not values.copied(entry.attr) or entry.omit is not OMIT_NONE:
                    return []
                local = f"a_{entry.attr}"
                key = _escaped(json.dumps(entry.key) + keys)
                if kind is str:
                    if not verbatim:
                        plain = f"{local}.isascii() and '\\x7f' not in {local}"
                        checks.append(plain if needed else f"({local} is None or ({plain}))")
                    value = f'{key}"{{{local}}}"'
                elif kind is bool:
                    value = f"{key}{{{unit.bind('json_bools', ('false', 'true'))}[{local}]}}"
                else:
                    # An index, mostly: its text is looked up (formatting an int makes a new string).
                    texts = unit.bind("int_texts", INT_TEXTS)
                    value = f"{key}{{{texts}[{local}] if -1 < {local} < {len(INT_TEXTS)} else {local}}}"
                parts.append((None if needed else local, value))
            else:
                return []  # nested groups, ignored keys: not flat
        anchor = next((index for index, (depends, _) in enumerate(parts) if depends is None), None)
        if anchor is None:
            return []
        lines = [f"if {' and '.join(checks)}:"]
        text = ""
        for index, (depends, value) in enumerate(parts):
            # Items before the first unconditional one end with the separator, those after start with it.
            piece = value + _escaped(items) if index < anchor else (_escaped(items) if index > anchor else "") + value
            if depends is None:
                text += piece
            else:
                name = f"t_{depends}"
                lines.append(f"    {name} = f{piece!r} if {depends} is not None else ''")
                text += f"{{{name}}}"
        lines.append(f"    return f{'{{' + text + '}}'!r}")
        return lines

    def _plan(
        self, unit: Unit, cls: type, mode: str, families: Families, rules: tuple[Rule, ...], required: set[str]
    ) -> _Locals:
        """Which attributes are fused (attribute -> function expression) and which are copied as read."""
        unfused = self._unfused(cls, rules, families[0])
        name = cls.__name__
        sfamily, tfamily = families
        sources = {e.attr: e for e in walk(self.source.shape(name, sfamily).entries) if isinstance(e, Field)}
        targets = {e.attr: e for e in walk(self.target.shape(name, tfamily).entries) if isinstance(e, Field)}
        fused: dict[str, str] = {}
        copied: set[str] = set()
        lists: set[str] = set()
        for attr, entry in sources.items():
            if attr not in targets:
                continue  # read (and checked) as the source reads it; the target reports the loss
            below = (entry.family or sfamily, targets[attr].family or tfamily)
            bounded = mode != SERVER
            read = self.source.codec(cls, entry, below[0], bounded)
            write = self.target.codec(cls, targets[attr], below[1], bounded)
            function = None if attr in unfused else self._function(unit, read, write, mode, below)
            if function is not None:
                fused[attr] = self._by_role(unit, rules, attr, read, write, mode, below, function) or function
                if isinstance(read, ListOf):
                    lists.add(attr)
            elif _same(read, write) and _kept(read):
                copied.add(attr)
        # The source's required keys: read, and refused when missing, so set by the write phase.
        needed = frozenset(e.attr for e in sources.values() if read_requires(e, required, mode))
        unread = frozenset(a.name for a in attrs.fields(cls)) - sources.keys()  # they stay None
        singles = {attr: self._singles[fused[attr]] for attr in lists if fused[attr] in self._singles}
        # Undeclared keys come back only where they are kept (server events): elsewhere they are refused.
        extra = keeps_unknown(mode)
        return _Locals(
            fused,
            copied,
            lists,
            unread,
            needed,
            singles,
            lambda unit: self.readers.need(unit, name, mode, sfamily),
            extra,
        )

    def _function(self, unit: Unit, read: Codec, write: Codec, mode: str, families: Families) -> str | None:
        """A function turning the source's raw value into the target's, when both sides are objects."""
        if isinstance(read, Ref) and isinstance(write, Ref) and read.cls == write.cls:
            return self._ref(unit, read.cls, mode, families)
        if isinstance(read, Tagged) and isinstance(write, Tagged):
            return self._union(unit, read, write, mode, families)
        if isinstance(read, ListOf) and isinstance(write, ListOf):
            if isinstance(read.item, Tagged) and isinstance(write.item, Tagged):
                return self._list(unit, read.item, write.item, mode, families)
            if isinstance(read.item, Ref) and isinstance(write.item, Ref) and read.item.cls == write.item.cls:
                return self._list(unit, read.item, write.item, mode, families)
        if isinstance(read, FlagList) and isinstance(write, FlagList) and read.flag is write.flag:
            return self._flags(unit, read, write)
        return None

    # ------------------------------------------------------------------ object values

    def _ref(self, unit: Unit, cls: str, mode: str, families: Families) -> str:
        # A fused function refuses anything but a dict itself: it is called as it is.
        return self.need(unit, cls, mode, families)

    def _flags(self, unit: Unit, read: FlagList, write: FlagList) -> str:
        """One lookup from the source's list of names to the target's, with its losses (``enum.Flag`` unbuilt)."""
        writes = flag_writes(write)
        table = {names: writes[value] for names, value in flag_reads(read).items()}
        return unit.define(
            "fuse_flags",
            "v, ctx, chain",
            [
                "try:",
                f"    entry = {unit.bind('flags', table)}.get(tuple(v)) if v.__class__ is list else None",
                "except TypeError:  # an unhashable element",
                "    entry = None",
                "if entry is None:",
                "    raise Invalid(())",
                "out, reasons = entry",
                "for reason in reasons:",
                "    ctx.lose(chain, reason)",
                "return out.copy() if out.__class__ is list else out",
            ],
        )

    def _cases(self, unit: Unit, read: Tagged, write: Tagged, mode: str, families: Families) -> str:
        """A table from the source's tags to the fused function of each class (or its loss)."""
        written = set(write.cases.values())
        cases: dict[str, str] = {}
        for tag, cls in read.cases.items():
            if cls in written:
                cases[tag] = self.need(unit, cls, mode, families)
            elif cls in write.unsupported:
                cases[tag] = self._lost(unit, cls, write.unsupported[cls], mode, families[0])
            # Any other class is not the target's to write: the neutral path says why.
        return unit.table("cases", cases)

    def _lost(self, unit: Unit, cls: str, reason: str, mode: str, family: str | None) -> str:
        """A function that checks a value of a class the target cannot express, then reports the loss."""
        reader = self.readers.need(unit, cls, mode, family)
        return unit.define(
            f"lost_{cls}",
            "d, ctx, chain, tagged=False",
            [f"{reader}(d, tagged)", f"return Flag({unit.bind('reason', reason)})"],
        )

    def _union(self, unit: Unit, read: Tagged, write: Tagged, mode: str, families: Families) -> str:
        cases = self._cases(unit, read, write, mode, families)
        key = repr(read.key)
        tagged = self.readers.tag_argument(read, families[0])
        return unit.define(
            "fuse_union",
            "v, ctx, chain",
            [
                "if v.__class__ is not dict:",
                "    raise Invalid(())",
                f"tag = v.get({key})",
                f"fuse = {cases}.get(tag) if tag.__class__ is str else None",
                "if fuse is None:",
                "    raise Invalid(())",
                f"return fuse(v, ctx, chain{tagged})",
            ],
        )

    def _by_role(
        self,
        unit: Unit,
        rules: tuple[Rule, ...],
        attr: str,
        read: Codec,
        write: Codec,
        mode: str,
        families: Families,
        every: str,
    ) -> str | None:
        """For a message's parts: a list function per role that knows only the parts the role takes.

        ``every`` is the list function that takes every part.

        A part the role does not take is then no known variant, and the neutral path explains
        (the ``PartsSuitRole`` rule, checked without a pass of its own over the parts).
        """
        for rule in rules:
            if not (isinstance(rule, PartsSuitRole) and rule.parts == attr):
                continue
            if not (isinstance(read, ListOf) and isinstance(read.item, Tagged) and isinstance(write, ListOf)):
                return None
            cases = read.item.cases
            functions = {
                role: self._list(
                    unit,
                    read.item,
                    write.item,
                    mode,
                    families,
                    frozenset(tag for tag, cls in cases.items() if cls in allowed),
                )
                for role, allowed in rule.allowed.items()
            }
            # Any other role is the role codec's to refuse: its parts are not restricted here.
            expression = f"{unit.table(attr + '_by_role', functions)}.get(a_{rule.role}, {every})"
            if all(function in self._plain for function in functions.values()):
                # A part of one: the plain table of its role, then its tag (a KeyError for another role).
                tables = {role: unit.constants[self._plain[function]] for role, function in functions.items()}
                lookup = f"{unit.bind(attr + '_plain_by_role', tables)}[a_{rule.role}][e[{read.item.key!r}]]"
                tagged = self.readers.tag_argument(read.item, families[0])
                elements = [element for function in functions.values() for element in self._elements[function]]
                self._singles[expression] = (lookup, tagged, self._taken_in(unit, elements, tagged))
            return expression
        return None

    def _list(
        self, unit: Unit, read: Codec, write: Codec, mode: str, families: Families, only: frozenset[str] | None = None
    ) -> str:
        """A list's fused function; ``only`` restricts a union's elements to those tags."""
        fast: str | None
        if isinstance(read, Tagged):
            assert isinstance(write, Tagged)
            if only is not None:
                read = Tagged(read.key, {tag: cls for tag, cls in read.cases.items() if tag in only}, read.unsupported)
            cases = self._cases(unit, read, write, mode, families)
            # A KeyError or TypeError is an element that is no known variant: the neutral path explains.
            find = [
                "    try:",
                f"        fuse = {cases}[e[{read.key!r}]]",
                "    except (KeyError, TypeError):",
                "        raise Invalid(()) from None",
            ]
            tagged = self.readers.tag_argument(read, families[0])
            call = f"fuse(e, ctx, (chain, i){tagged})"
            # The classes whose fused function always returns a dict: a list of only those is
            # one comprehension, without looking at each result.
            written = set(write.cases.values())
            plain = {
                tag: self.need(unit, cls, mode, families)
                for tag, cls in read.cases.items()
                if cls in written and not self.writers(mode).may_flag(cls, families[1])
            }
            table = unit.table("plain", plain)
            fast = f"{table}[e[{read.key!r}]](e, ctx, (chain, i){tagged})"
            lookup = f"{table}[e[{read.key!r}]]"
            elements = tuple(dict.fromkeys(plain.values()))
            plain_table: str | None = table
            inline = self._inline(unit, read, plain, table, tagged)
        else:
            assert isinstance(read, Ref)
            find = ["    if e.__class__ is not dict:", "        raise Invalid(())"]
            fuse = self.need(unit, read.cls, mode, families)
            call = f"{fuse}(e, ctx, (chain, i))"
            fast = call if not self.writers(mode).may_flag(read.cls, families[1]) else None
            lookup, tagged, elements, plain_table, inline = fuse, "", (fuse,), None, None
        lines = ["if v.__class__ is not list:", "    raise Invalid(())"]
        if fast is not None:
            # An element of another class (or no class) raises KeyError or TypeError: the loop
            # below takes the list again, and the losses recorded so far are recorded again there.
            # The elements are given the list's own chain: a chain is read only when a loss is
            # recorded, and then the loop below takes the list again, each element at its index.
            lazy = fast.replace("(chain, i)", "chain")
            if inline is not None:
                taken = [f"    out = {inline}(v, ctx, chain)"]
            else:
                taken = ["    if len(v) == 1:", "        e = v[0]", f"        out = [{lazy}]", "    else:"]
                taken.append(f"        out = [{lazy} for e in v]")
            lines += [
                "mark = len(ctx)",
                "try:",
                *taken,
                "except (KeyError, TypeError):",
                "    del ctx[mark:]",
                "else:",
                "    if len(ctx) == mark:",
                "        return out",
                "    del ctx[mark:]",
            ]
        # A plain loop: cheaper than a comprehension for the short lists messages hold.
        name = unit.define(
            "fuse_list",
            "v, ctx, chain",
            [
                *lines,
                "out = []",
                "i = 0",
                "for e in v:",
                *find,
                f"    y = {call}",
                "    if y.__class__ is Flag:",
                "        if y.reason is None:",
                "            raise Invalid(())",
                "        ctx.lose((chain, i), y.reason)",
                "    else:",
                "        out.append(y)",
                "    i += 1",
                "return out",
            ],
        )
        if fast is not None:
            # Its caller takes a list of one itself (Values.single): a call less for most parts lists.
            self._elements[name] = elements
            self._singles[name] = (lookup, tagged, self._taken_in(unit, elements, tagged))
            if plain_table is not None:
                self._plain[name] = plain_table
        return name

    def _taken_in(self, unit: Unit, functions: Iterable[str], tagged: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The element functions a list of one holds in itself (Values.single), each as lines setting ``y``.

        A message holds one part, mostly, and a part's function does little more than its
        call costs. A function whose body ends in its only ``return`` (a part without optional
        keys) is taken in, its locals renamed apart (``p_``), the element ``e`` for its ``d``,
        and ``p_chain`` for its chain; any other is called. Each is built now, for its body.
        """
        taken: list[tuple[str, tuple[str, ...]]] = []
        for function in dict.fromkeys(functions):
            body = self._body(unit, function, tagged)
            if body is None or not _one_return(body):
                continue
            code = unit.namespace.globals[function].__code__
            if any(isinstance(const, CodeType) for const in code.co_consts):
                continue  # a comprehension's names are its own: not renamed with the body's
            names = {name: f"p_{name}" for name in code.co_varnames}
            names.update(d="e", ctx="ctx", tagged=_tag_value(tagged))
            lines = _renamed(body, names)
            if lines is not None:
                lines[-1] = f"y = [{lines[-1].removeprefix('return ')}]"
                taken.append((function, tuple(lines)))
        return tuple(taken)

    def _body(self, unit: Unit, function: str, tagged: str) -> list[str] | None:
        """The body of an element's fused function, built now, to be taken in where its call passed
        ``tagged`` (whose tag is then matched already: its check goes). None while it is being built
        (a list of its own class) or when it is not a class's own (an event, a form read the neutral way)."""
        if function in self._building:
            return None
        unit.namespace.build(function)  # required by need()
        body = self._bodies.get(function)
        return None if body is None else _tag_matched(body, _tag_value(tagged))

    def _inline(
        self,
        unit: Unit,
        read: Tagged,
        plain: dict[str, str],
        table: str,
        tagged: str,
    ) -> str | None:
        """A loop over a union's list that holds the fused function of each plain class in itself.

        A call per element is a third of a short item's cost (a message, a function call): the
        loop takes in the body of each class's function, built now (its helpers stay where they
        are), each ``return`` made an append and each chain the list's own. A class whose
        function is being built (a list of its own class) or whose body does not read as one is
        called from ``table``, as is any after the first :data:`INLINED`. An element of no plain
        class raises ``KeyError`` as the call did: the caller's loop takes the list again.
        Returns the loop's name, or None when it would take in nothing.
        """
        by_function: dict[str, list[str]] = {}
        for tag, function in plain.items():
            by_function.setdefault(function, []).append(tag)
        bodies: dict[str, list[str]] = {}
        for function in list(by_function)[:INLINED]:
            body = self._body(unit, function, tagged)
            if body is not None and _inlinable(body):
                bodies[function] = body
        if not bodies:
            return None
        lines = [f"tagged = {_tag_value(tagged)}", "out_ = []", "for d in list_:"]
        lines.append(f"    tag_ = d[{read.key!r}]")
        branch = "if"
        for function, body in bodies.items():
            tags = by_function[function]
            test = f"tag_ == {tags[0]!r}" if len(tags) == 1 else f"tag_ in {tuple(tags)!r}"
            lines.append(f"    {branch} {test}:")
            for line in body:
                # The list's chain stands for every chain below it: read only with a loss, which the
                # caller's loop takes again, each element called with its own.
                line = _CHAIN.sub("chain", line)
                statement = line.lstrip(" ")
                if statement.startswith("return "):
                    indent = "        " + line[: len(line) - len(statement)]
                    lines += [f"{indent}out_.append({statement[len('return ') :]})", f"{indent}continue"]
                else:
                    lines.append("        " + line)
            branch = "elif"
        lines += ["    else:", f"        out_.append({table}[tag_](d, ctx, chain, tagged))", "return out_"]
        return unit.define("inline", "list_, ctx, chain", lines)

    # ------------------------------------------------------------------ rules

    def _unfused(self, cls: type, rules: tuple[Rule, ...], family: str | None) -> set[str]:
        """The attributes the rules of ``cls`` need as neutral values, so not to be fused."""
        needed: set[str] = set()
        for rule in rules:
            if isinstance(rule, PartsSuitRole) and self._part_tags(cls, rule, family) is not None:
                continue  # checked on the source's tags
            needed |= set(rule.reads)
        return needed

    def _part_tags(self, cls: type, rule: PartsSuitRole, family: str | None) -> Tagged | None:
        return self.readers.parts_union(cls, rule, family)

    def _rules(self, unit: Unit, cls: type, rules: tuple[Rule, ...], values: _Locals, family: str | None) -> list[str]:
        """Check the class's rules on the values read."""
        lines: list[str] = []
        for rule in rules:
            union = self._part_tags(cls, rule, family) if isinstance(rule, PartsSuitRole) else None
            if isinstance(rule, PartsSuitRole) and union is not None and rule.parts in values.fused:
                continue  # the parts' list function of each role knows only the parts it takes (_by_role)
            elif all(values.absent(name) for name in rule.reads):
                continue  # nothing it reads is set
            else:
                # The rule reads attributes of an object: these, read the neutral way. A rule finds
                # nothing while every attribute it reads is unset, the usual case.
                arguments = ", ".join(f"{name}=a_{name}" for name in rule.reads)
                held = unit.bind("values", SimpleNamespace)
                some = " or ".join(f"a_{name} is not None" for name in rule.reads)
                lines += [
                    f"if ({some}) and {unit.bind('rule', rule.problems)}({held}({arguments})):",
                    "    raise Invalid(())",
                ]
        return lines


def _own_keys(entry: Any) -> frozenset[str]:
    """The top-level wire key of a source entry (none for an attribute the source has no key for)."""
    return frozenset((entry.key,)) if isinstance(entry, Field | Nested | Ignored | Tag) else frozenset()


def _always_read(entry: Any, required: set[str], mode: str) -> bool:
    """Whether a top-level source entry is a key every valid object has (read before the others)."""
    if isinstance(entry, Tag):
        return True
    if isinstance(entry, Field):
        return read_requires(entry, required, mode)
    if isinstance(entry, Nested):  # required when a required key lives inside
        return any(_always_read(e, required, mode) for e in walk(entry.entries) if isinstance(e, Field))
    return False


def _kept(codec: Codec) -> bool:
    """Whether the codec keeps valid values as they are, on both sides (so a read value is written as is)."""
    if isinstance(codec, Number):
        return codec.write is None
    if isinstance(codec, Choice):
        return codec.identity and not (codec.open or codec.unsupported or codec.others)
    if isinstance(codec, ListOf):
        return _kept(codec.item)
    if isinstance(codec, Alt):
        return all(_kept(option) for option in codec.options)
    return isinstance(codec, Str | Bool | Int | Const | JsonObject | Json | StrMap)


def _same(a: Any, b: Any) -> bool:
    """Structural equality of two codecs (table records compare by identity)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Codec):
        names = getattr(type(a), "__match_args__", ())
        return all(_same(getattr(a, name), getattr(b, name)) for name in names)
    if isinstance(a, tuple | list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _keys(entries: Any) -> list[str]:
    from ._read import _keys as keys

    return keys(entries)


#: How many classes a union's list takes into its loop (the others are called): each one
#: more is a comparison more for the elements of the classes after it.
INLINED = 8
#: The names a list's loop (Fuser._inline) keeps for itself beside the bodies it takes in.
_LOOP_NAMES = re.compile(r"\b(?:list_|out_|tag_)\b")
_RETURN = re.compile(r"\breturn\b")
#: A chain built for a value below: ``(chain, step)``, ``((chain, step), 0)`` (not a call's arguments).
_CHAIN = re.compile(r"(?<![\w)\]])(?:\(\(chain, \w+\), \w+\)|\(chain, \w+\))")
#: An f-string's first token from Python 3.12 on (before, one STRING token with an ``f`` prefix).
_FSTRING_START = getattr(tokenize, "FSTRING_START", None)


def _prefix(literal: str) -> str:
    """A string literal's prefix, in lower case (``"rb"`` of ``Rb'...'``)."""
    return literal[: len(literal) - len(literal.lstrip("bBfFrRuU"))].lower()


def _inlinable(body: list[str]) -> bool:
    """Whether a fused function's body can run inside a list's loop: each ``return`` a statement on
    a line of its own (made an append), and none of the loop's own names used."""
    for line in body:
        if _LOOP_NAMES.search(line):
            return False
        if _RETURN.search(line) and not line.lstrip(" ").startswith("return "):
            return False
    return True


def _tag_value(tagged: str) -> str:
    """The value of ``tagged`` in a body taken in where its call passed ``tagged`` (``", 'type'"`` or ``""``)."""
    return tagged.removeprefix(", ") or "False"


def _tag_matched(body: list[str], tagged: str) -> list[str]:
    """``body``, taken in where ``tagged`` (its value) is the key of the tag already matched, without its
    check of that tag, which can only pass (``if 'type' != 'type' and ...``), nor a ``try`` left empty."""
    check = f"if tagged != {tagged} and "
    out: list[str] = []
    skip = 0
    for index, line in enumerate(body):
        if skip:
            skip -= 1
            continue
        if line.lstrip(" ").startswith(check):
            skip = 1  # its raise
            around = [out[-1] if out else "", *body[index + 2 : index + 4]]
            if [text.strip() for text in around] == ["try:", "except KeyError:", "raise Invalid(()) from None"]:
                out.pop()  # a try of the check alone: it goes, with its handler
                skip += 2
            continue
        out.append(line)
    return out


def _one_return(body: list[str]) -> bool:
    """Whether a body's only ``return`` is its last line, at its first level."""
    return body[-1].startswith("return ") and not any(_RETURN.search(line) for line in body[:-1])


def _renamed(lines: list[str], names: dict[str, str]) -> list[str] | None:
    """``lines`` of code with each variable of ``names`` renamed: not an attribute or a call's keyword.

    None for code holding an f-string, whose names Python 3.11 does not tokenize apart.
    """
    rows = [*lines]
    edits: list[tuple[int, int, int, str]] = []
    tokens = list(tokenize.generate_tokens(io.StringIO("\n".join(lines) + "\n").readline))
    depth = 0
    for index, token in enumerate(tokens):
        if token.type == _FSTRING_START or (token.type == tokenize.STRING and "f" in _prefix(token.string)):
            return None
        if token.type == tokenize.OP:
            depth += (token.string in "([{") - (token.string in ")]}")
        if token.type != tokenize.NAME or token.string not in names:
            continue
        before, after = tokens[index - 1].string if index else "", tokens[index + 1].string
        if before == "." or (after == "=" and depth > 0):
            continue
        (row, start), (_, end) = token.start, token.end
        edits.append((row - 1, start, end, names[token.string]))
    for row, start, end, name in reversed(edits):
        rows[row] = rows[row][:start] + name + rows[row][end:]
    return rows
