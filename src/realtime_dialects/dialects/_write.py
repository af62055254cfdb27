"""Writers: generated functions from a neutral object to the dialect's wire dict.

A class's writer takes ``(obj, ctx, chain)`` and returns the wire dict, keys in
the dialect's order. What the dialect cannot express is recorded on ``ctx`` as a
loss with ``chain``, the path to it: ``(parent, step)`` links whose steps are
``(class name, attribute)`` pairs, list indexes and undeclared wire keys, rendered
later in the source dialect's wire names; values no dialect accepts raise ``Invalid``. A writer
returns a ``Flag`` instead of a dict when the object as a whole cannot be
written (a key the dialect needs is unset), and its caller records the loss.

Codecs are written at the same three levels as they are read (see ``_read.py``):
a test (the value is written as it is), an inline expression, or a function.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from ._checks import rule_check
from ._codegen import Unit
from ._types import neutral_class, neutral_types
from .tables import (
    Alt,
    Always,
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
    OmitWhen,
    Ref,
    Str,
    StrMap,
    Tables,
    Tag,
    Tagged,
    Unsupported,
    a_class,
    walk,
)

__all__ = ["Single", "as_display", "writer_name"]

#: How a list of one is written (Values.single): the look-up of its element's function, the call's
#: last argument, and the functions written in place of their call, each with its lines.
Single = tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]]


def writer_name(cls: str, family: str | None = None, bounded: bool = True) -> str:
    """The name of the generated writer of class ``cls`` (``write_MessageItem``, ``write_server_MessageItem``;
    ``writeserver_…`` without bounds, for server events)."""
    name = cls.replace(":", "__")
    kind = "write" if bounded else "writeserver"
    return f"{kind}_{name}" if family is None else f"{kind}_{family}_{name}"


#: Writers' guard for mapping values: isinstance() on an ABC runs Python code in
#: ABCMeta.__instancecheck__, so a plain dict, the usual case, is let through first.
_NOT_A_MAPPING = "if x.__class__ is not dict and not isinstance(x, Mapping):"


class Values:
    """Where generated writing code takes each attribute's value from: here, the object ``o``.

    The fused path (``_fuse.py``) takes them from locals read off the source wire instead,
    and writes some with functions of its own.
    """

    def value(self, attr: str) -> str:
        """An expression of the attribute's value (``None`` when it is not set)."""
        return f"o.{attr}"

    def copied(self, attr: str) -> bool:
        """Whether the value is known valid and written as it is."""
        return False

    def function(self, attr: str) -> str | None:
        """A function that writes the value instead of the codec's own (``(x, ctx, chain)``)."""
        return None

    def absent(self, attr: str) -> bool:
        """Whether the value is never set (the source has no such key): nothing to write or lose."""
        return False

    def never_flags(self, attr: str) -> bool:
        """Whether :meth:`function`'s result is always the value to write (a list's function, say)."""
        return False

    def is_set(self, attr: str) -> bool:
        """Whether the value is known to be set (the source requires it, and it was read)."""
        return False

    #: Whether ``E`` may hold undeclared keys to write back (the object's ``extra``); when not,
    #: no line looks for them.
    extra = True

    def single(self, attr: str) -> Single | None:
        """For a list :meth:`function`: how a list of one finds its element's function, or None.

        ``(lookup, tagged, taken)``: ``lookup`` an expression of the element ``e`` giving the
        function (a ``KeyError`` or ``TypeError`` leaves the list to :meth:`function`), ``tagged``
        the call's last argument (``", True"``) or ``""``, ``taken`` the functions written in
        place of their call, each with the lines that set ``y`` to the list of its result.
        """
        return None

    def check_whole(self, unit: Unit) -> list[str]:
        """Lines run before the object is reported lost as a whole: nothing, for an object already read."""
        return []

    #: Raise ``Invalid`` at the first problem instead of gathering them all (the fused path
    #: leaves explaining to the neutral one).
    fail_fast = False


OBJECT = Values()


def as_display(dst: str, lines: list[str]) -> list[str]:
    """``dst = {}`` and the written ``lines``, the stores that always run first made one dict display.

    ``{'type': 'message', 'role': a_role}`` is built in one step; a store per key costs a
    step each. A display evaluates its values in order, as the stores did; a value that
    names ``dst`` itself ends the run.
    """
    pairs: list[str] = []
    start = f"{dst}['"
    for line in lines:
        end = line.find("'] = ") if line.startswith(start) else -1
        key, value = line[len(start) : end], line[end + len("'] = ") :]
        if end < 0 or "'" in key or "\\" in key or _names(value, dst):
            break
        pairs.append(f"{key!r}: {value}")
    return [f"{dst} = {{{', '.join(pairs)}}}", *lines[len(pairs) :]]


def _one_element(single: Single, value: str, chain: str, call: str) -> list[str]:
    """The lines setting ``y`` to the list ``value`` written: ``call``, or for a list of one its element's function.

    A message holds one part, mostly: two calls (the list's function, then the part's) become
    one, or none where the part's function is taken in.
    """
    lookup, tagged, taken = single
    lines = [
        "f = None",
        f"if {value}.__class__ is list and len({value}) == 1:",
        f"    e = {value}[0]",
        "    try:",
        f"        f = {lookup}",
        "    except (KeyError, TypeError):  # no plain element: the list's function takes it",
        "        pass",
    ]
    called = f"y = [f(e, ctx, ({chain}, 0){tagged})] if f is not None else {call}"
    if not taken:
        return [*lines, called]
    for index, (function, body) in enumerate(taken):
        lines.append(f"{'elif' if index else 'if'} f is {function}:")
        if any(_names(line, "p_chain") for line in body):
            lines.append(f"    p_chain = ({chain}, 0)")
        lines += [f"    {line}" for line in body]
    return [*lines, "else:", f"    {called}"]


def _names(code: str, name: str) -> bool:
    """Whether the expression ``code`` may use the variable ``name`` (a word of it, outside or inside a string)."""
    index = code.find(name)
    while index >= 0:
        before = code[index - 1] if index else " "
        after = code[index + len(name)] if index + len(name) < len(code) else " "
        if not (before.isalnum() or before in "_.") and not (after.isalnum() or after == "_"):
            return True
        index = code.find(name, index + 1)
    return False


class Writers:
    """Generates the writers of one dialect, one class at a time.

    ``bounded=False`` writes values out of their ranges and size limits as they are: the
    writers of server events, which write what a server sent (see ``_read.SERVER``).
    """

    def __init__(self, dialect: Tables, bounded: bool = True) -> None:
        self.dialect = dialect
        self.bounded = bounded

    def codec(self, cls: type, entry: Field, family: str | None) -> Codec:
        """The codec ``entry`` is written with, bounded as these writers are."""
        return self.dialect.codec(cls, entry, family, bounded=self.bounded)

    def need(self, unit: Unit, cls: str, family: str | None = None) -> str:
        """The name of ``cls``'s writer, which ``unit`` calls (built on its first call)."""
        return unit.needs(writer_name(cls, family, self.bounded), lambda u: self.build(u, cls, family))

    def may_flag(self, cls: str, family: str | None = None) -> bool:
        """Whether the writer of ``cls`` can return a Flag instead of a dict."""
        if not self.dialect.has_shape(cls, family) or self.dialect.variants(cls):
            return True
        model = neutral_class(cls)
        required = _required(model)
        for entry in walk(self.dialect.shape(cls, family).entries):
            if not isinstance(entry, Field):
                continue
            if entry.required and entry.attr not in required:
                return True
            # A value the model requires that the dialect may not express loses the whole object.
            if entry.attr in required and _may_lose(self.codec(model, entry, entry.family or family)):
                return True
        return False

    # ------------------------------------------------------------------ codec levels

    def test(self, codec: Codec, x: str, unit: Unit) -> str | None:
        """A condition under which ``x`` is valid and written as it is; None if the codec converts."""
        kind = type(codec)
        if kind is Str:
            return f"{x}.__class__ is str"
        if kind is Bool:
            return f"{x}.__class__ is bool"
        if isinstance(codec, Int):
            return _within(codec, x) if codec.lost is None else None  # else inline() tells a loss from a bad value
        if isinstance(codec, Number) and codec.write is None:
            return f"({x}.__class__ is float or {x}.__class__ is int){_bounds(codec, x)}"
        if isinstance(codec, Const):
            return f"{x}.__class__ is str and {x} == {codec.value!r}"
        if isinstance(codec, Choice) and codec.identity and not (codec.open or codec.unsupported or codec.others):
            return f"{x}.__class__ is str and {x} in {unit.bind('values', frozenset(codec.values))}"
        if isinstance(codec, Alt):
            # Alternatives of plain values, each of its own neutral types: one condition. Any other
            # value goes to the alternatives' writer, which says whether it is a loss or invalid.
            tests = [self.test(option, x, unit) for option in codec.options]
            types = [t for option in codec.options for t in neutral_types(option)]
            if all(test is not None for test in tests) and len(types) == len(set(types)):
                return " or ".join(f"({test})" for test in tests)
        return None

    def inline(self, codec: Codec, x: str, unit: Unit) -> str | None:
        """An expression of the wire value of ``x``, or a ``Flag``; None if a function is needed."""
        if isinstance(codec, Number) and codec.write is not None:
            number = f"({x}.__class__ is float or {x}.__class__ is int){_bounds(codec, x)}"
            made = f"{unit.bind('number', codec.write)}({x})"
            known = getattr(codec.write, "known", None)  # a lookup of what it made before (Float32)
            if known is not None:
                made = f"({unit.bind('known', known)}({x}) or {made})"
            return f"({made} if {number} else BAD)"
        if isinstance(codec, Int) and codec.lost is not None:
            beyond = unit.bind("beyond", _beyond(codec.model or (codec.low, codec.high), codec.lost))
            return f"({x} if {_within(codec, x)} else {beyond}({x}))"
        if isinstance(codec, Choice):
            writes = {neutral: wire for wire, neutral in codec.values.items()}
            table = unit.bind("writes", writes)
            classes = unit.bind("classes", frozenset(neutral_types(codec)))
            miss = unit.bind("miss", _Miss(codec.unsupported, codec.open, codec.others))
            # Wire values are non-empty strings, so `or` falls through only on a miss.
            return f"(({table}.get({x}) if {x}.__class__ in {classes} else None) or {miss}({x}))"
        test = self.test(codec, x, unit)
        return None if test is None else f"({x} if {test} else BAD)"

    def groups(
        self, cls: type, entries: tuple[Entry, ...], family: str | None = None, prefix: tuple[str, ...] = ()
    ) -> dict[tuple[str, ...], frozenset[str]]:
        """Where undeclared keys may sit: each nested group's path -> the keys declared in it (``()``
        is the object itself), and so for each value written as an object that declares its keys."""
        out = {prefix: frozenset(entry.key for entry in entries if isinstance(entry, Field | Tag | Ignored | Nested))}
        for entry in entries:
            if isinstance(entry, Nested):
                out.update(self.groups(cls, entry.entries, family, (*prefix, entry.key)))
            elif isinstance(entry, Field):
                keys = _object_keys(self.codec(cls, entry, entry.family or family))
                where = (*prefix, entry.key)
                if keys is not None:
                    out[where] = keys
        return out

    def function(self, codec: Codec, unit: Unit, family: str | None = None) -> str:
        """The name of a function writing ``codec`` (``(x, ctx, chain)``), defined in ``unit`` if need be."""
        if isinstance(codec, Ref):
            return self.need(unit, codec.cls, family)
        if isinstance(codec, ListOf):
            return self._list(codec, unit, family)
        if isinstance(codec, Tagged):
            return self._union(codec, unit, family)
        if isinstance(codec, Alt):
            return self._alt(codec, unit, family)
        if isinstance(codec, Offable):
            return self.function(codec.inner, unit, family)
        if isinstance(codec, JsonObject | Json):
            return self._json(codec, unit)
        if isinstance(codec, StrMap):
            from ._read import _strmap_body

            guard = [_NOT_A_MAPPING, "    return BAD"]
            return unit.define(
                "write_map", "x, ctx, chain", guard + _strmap_body(codec, "x if x.__class__ is dict else dict(x)")
            )
        if isinstance(codec, FlagList):
            return self._flags(codec, unit)
        if isinstance(codec, Custom):
            if codec.write is None:
                raise TypeError(f"{codec!r} has no writer")
            return unit.bind("custom", codec.write)
        inline = self.inline(codec, "x", unit)
        assert inline is not None, f"no writer for {codec!r}"
        return unit.define("write", "x, ctx, chain", [f"return {inline}"])

    # ------------------------------------------------------------------ classes

    def build(self, unit: Unit, name: str, family: str | None = None) -> None:
        """Fill ``unit`` with the writer of class ``name`` (a ``"Class:variant"`` shape too), in ``family``."""
        cls = neutral_class(name)
        base = name.partition(":")[0]
        lines = [
            f"if o.__class__ is not {unit.bind('class', cls)}:",
            f"    raise Invalid.expected({unit.bind('expect', a_class(base))}, o)",
        ]
        if not self.dialect.has_shape(name, family):
            reason = self.dialect.unsupported.get(name) or f"{self.dialect.name} has no {name}"
            unit.define("", "o, ctx, chain", [*lines, f"return Flag({unit.bind('reason', reason)})"], main=True)
            return
        if ":" not in name:
            # The form chosen by the class of a value (beta's transcription_session.update).
            for variant, attr, held in self.dialect.variants(name):
                write = self.need(unit, variant, family)
                lines += [
                    f"if o.{attr}.__class__ is {unit.bind(attr + '_variant', neutral_class(held))}:",
                    f"    return {write}(o, ctx, chain)",
                ]
        shape = self.dialect.shape(name, family)
        required = _required(cls)
        rules = self.dialect.checks.get(name)
        check = None if rules is None else rule_check(rules)
        if check is not None:
            # Readers ran the same check; only events built in code need it again.
            bound = unit.bind("check", check)
            lines += [f"if not ctx.trusted and {bound}(o):", f"    raise Invalid({bound}(o))"]
        for entry in walk(shape.entries):  # keep in step with may_flag()
            if isinstance(entry, Field) and entry.required and entry.attr not in required:
                reason = f"{self.dialect.name} needs {entry.key!r} here, and it is not set"
                lines += [
                    f"if o.{entry.attr} is None:",
                    f"    return Flag({unit.bind(entry.attr + '_needed', reason)})",
                ]
        groups = unit.bind("groups", self.groups(cls, shape.entries, family))
        lines += [
            "P = None",
            "L = None",  # a required value this dialect cannot express: the object is lost
            # Undeclared keys: this dialect's are written back, every other dialect's are losses.
            f"E = None if o.extra is None else own_extra(o.extra, ctx, chain, {self.dialect.name!r}, {groups}, "
            f"{cls.__name__!r})",
            "d = {}",
        ]
        if shape.nulls_last:
            lines.append("N = []")
        lines += self.entries(unit, cls, shape.entries, "d", (), required, OBJECT, family, shape.nulls_last)
        if shape.nulls_last:
            lines += ["for k in N:", "    d[k] = None"]
        lines += [
            "if E is not None and () in E:",
            "    d.update(E[()])",
            "if P is not None:",
            "    raise Invalid(P)",
            "if L is not None:",
            "    del ctx[M:]",
            "    return L",
            "return d",
        ]
        unit.define("", "o, ctx, chain", lines, main=True)

    def entries(
        self,
        unit: Unit,
        cls: type,
        entries: tuple[Entry, ...],
        dst: str,
        prefix: tuple[str, ...],
        required: set[str],
        values: Values = OBJECT,
        family: str | None = None,
        nulls_last: bool = False,
    ) -> list[str]:
        """The lines writing ``entries`` of a ``cls`` into the dict ``dst`` (with P, E, ctx and chain in scope).

        With ``nulls_last``, the keys of switched-off settings go to the list ``N`` instead.
        """
        lines: list[str] = []
        for entry in entries:
            if isinstance(entry, Field):
                lines += self._field(unit, cls, entry, dst, prefix, required, values, family, nulls_last)
            elif isinstance(entry, Tag):
                lines.append(f"{dst}[{entry.key!r}] = {entry.value!r}")
            elif isinstance(entry, Unsupported):
                if values.absent(entry.attr):
                    continue
                reason = unit.bind(f"{entry.attr}_lost", entry.reason)
                step = unit.bind(f"{entry.attr}_step", (cls.__name__, entry.attr))
                lines += [f"if {values.value(entry.attr)} is not None:", f"    ctx.lose((chain, {step}), {reason})"]
            elif isinstance(entry, Nested):
                inner = (*prefix, entry.key)
                group = f"n{len(inner)}"
                lines.append(f"{group} = {{}}")
                lines += self.entries(unit, cls, entry.entries, group, inner, required, values, family)
                if values.extra:
                    lines += [f"if E is not None and {inner!r} in E:", f"    {group}.update(E[{inner!r}])"]
                lines += [f"if {group}:", f"    {dst}[{entry.key!r}] = {group}"]
            elif isinstance(entry, Ignored):
                pass
            else:  # pragma: no cover
                raise TypeError(entry)
        return lines

    def _field(
        self,
        unit: Unit,
        cls: type,
        entry: Field,
        dst: str,
        prefix: tuple[str, ...],
        required: set[str],
        values: Values,
        family: str | None = None,
        nulls_last: bool = False,
    ) -> list[str]:
        family = entry.family or family
        codec = self.codec(cls, entry, family)
        path = repr((*prefix, entry.key))
        key = repr(entry.key)
        # A step of a loss chain names the class and the attribute, so that the loss's path can be
        # rendered in the source dialect's wire names without the object at hand.
        chain = f"(chain, {unit.bind(f'{entry.attr}_step', (cls.__name__, entry.attr))})"
        expect = unit.bind(f"{entry.attr}_expect", codec.neutral_expect)
        omit = entry.omit
        default = unit.bind(f"{entry.attr}_default", omit.default) if isinstance(omit, Always) else None
        when = unit.bind(f"{entry.attr}_omitted", omit.value) if isinstance(omit, OmitWhen) else None

        # A value written as an object that declares its keys gets this dialect's undeclared ones back.
        merged = (*prefix, entry.key) if values.extra and _object_keys(codec) else None

        def store(value: str) -> str:
            written = value if merged is None else f"with_extra(E, {merged!r}, {value})"
            if when is not None:
                return f"if {value} != {when}: {dst}[{key}] = {written}"
            return f"{dst}[{key}] = {written}"

        value = values.value(entry.attr)
        fail = values.fail_fast
        if values.absent(entry.attr) and entry.attr not in required and not entry.required:
            return [] if default is None else [f"{dst}[{key}] = {default}"]
        if values.copied(entry.attr):
            # Known valid as it is (the fused path read and checked it): written unless unset.
            if entry.attr in required or values.is_set(entry.attr):
                return [store(value)]  # read as required: a missing one was refused already
            if default is not None:
                return [f"if {value} is None:", f"    {dst}[{key}] = {default}", "else:", f"    {store(value)}"]
            return [f"if {value} is not None:", f"    {store(value)}"]
        function = values.function(entry.attr)
        # The fused reader refuses a missing required value: there, x is known to be set.
        known_set = ((fail and entry.attr in required) or values.is_set(entry.attr)) and not isinstance(codec, Offable)
        if isinstance(codec, Json) and (entry.attr in required or entry.required):
            known_set = True  # any JSON value, null too: None is written as null (see _read._any_json)
        single = values.single(entry.attr) if function is not None else None
        if known_set and function is not None and values.never_flags(entry.attr):
            call = f"{function}({value}, ctx, {chain})"
            if single is not None:
                return [*_one_element(single, value, chain, call), store("y")]
            return [store(call)] if when is None else [f"y = {call}", store("y")]
        lines = [f"x = {value}"]
        if not known_set:
            lines.append("if x is None:")
            if entry.attr in required:
                lines.append("    raise Invalid(())" if fail else f"    P = missing(P, {path})")
            elif default is not None:
                lines.append(f"    {dst}[{key}] = {default}")
            else:
                lines.append("    pass")
        if function is not None and values.never_flags(entry.attr) and not isinstance(codec, Offable):
            call = f"{function}(x, ctx, {chain})"
            computed = [f"y = {call}"] if single is None else _one_element(single, "x", chain, call)
            return [*lines, "else:", *("    " + line for line in computed), f"    {store('y')}"]
        if isinstance(codec, Offable):
            # OFF switches the setting off: a null, unless this dialect cannot send one.
            lines.append("elif x is OFF:")
            if entry.off is not None:
                lines.append(f"    ctx.lose({chain}, {unit.bind(entry.attr + '_off', entry.off)})")
            elif nulls_last:
                lines.append(f"    N.append({key})")
            else:
                lines.append(f"    {dst}[{key}] = None")
            codec = codec.inner
        # A value the model or this dialect requires but this dialect cannot express loses the object
        # as a whole (its caller reports the loss): written without it, it would not even read back.
        lost = entry.attr in required or entry.required
        if fail:
            on_flag = [
                "if y.reason is None:",
                "    raise Invalid(())",
                *([*values.check_whole(unit), "return y"] if lost else [f"ctx.lose({chain}, y.reason)"]),
            ]
        elif lost:
            # The first value lost names the object's loss, as the fused path (which stops there) says;
            # what the values written after it lose is not reported either (M marks where they start).
            on_flag = [
                "if y.reason is None:",
                f"    P = bad(P, {path}, x, {expect})",
                "elif L is None:",
                "    L = y",
                "    M = len(ctx)",
            ]
        else:
            on_flag = [f"P = flagged(P, ctx, {chain}, {path}, y, x, {expect})"]
        if default is not None:
            on_flag.append(f"{dst}[{key}] = {default}")
        test = None if function is not None else self.test(codec, "x", unit)
        opened = len(lines) > 1  # an if-chain is open, which the rest continues
        if test is not None:
            lines += [f"{'elif' if opened else 'if'} {test}:", f"    {store('x')}"]
            opened = True
            if not isinstance(codec, Alt):
                lines += ["else:", "    y = BAD"]
                return lines + ["    " + line for line in on_flag]
            # Any other value: the alternatives' writer (below).
        inline = None if function is not None or isinstance(codec, Alt) else self.inline(codec, "x", unit)
        if inline is not None:
            body = [
                f"y = {inline}",
                "if y.__class__ is Flag:",
                *("    " + line for line in on_flag),
                "else:",
                f"    {store('y')}",
            ]
            number = getattr(codec, "write", None)  # what makes the number written (Float32: a .NET float)
            rounds = getattr(number, "rounds", None)
            if rounds is not None:  # written rounded: lost where that changes it
                body += [
                    f"    if y != x and {unit.bind('rounds', rounds)}(x):",
                    f"        ctx.lose({chain}, {unit.bind('rounded', number.rounded)})",  # type: ignore[union-attr]
                ]
        elif fail:
            body = [
                f"y = {function or self.function(codec, unit, family)}(x, ctx, {chain})",
                "if y.__class__ is Flag:",
                *("    " + line for line in on_flag),
                "else:",
                f"    {store('y')}",
            ]
        else:
            function = function or self.function(codec, unit, family)
            body = [
                "try:",
                f"    y = {function}(x, ctx, {chain})",
                "except Invalid as e:",
                f"    P = nest(P, {path}, e)",
                "else:",
                "    if y.__class__ is Flag:",
                *("        " + line for line in on_flag),
                "    else:",
                f"        {store('y')}",
            ]
        if not opened:
            return lines + body
        return [*lines, "else:", *("    " + line for line in body)]

    # ------------------------------------------------------------------ compound codecs

    def _list(self, codec: ListOf, unit: Unit, family: str | None = None) -> str:
        item = codec.item
        each = self.function(item, unit, family)
        expect = unit.bind("item_expect", item.neutral_expect)
        fast: list[str] = []
        if isinstance(item, Tagged):
            cases = item.cases.values()
            writers = unit.table("writers", {neutral_class(cls): self.need(unit, cls, family) for cls in cases})
            call = f"({writers}.get(e.__class__) or {each})(e, ctx, (chain, index))"
            # Classes whose writer never returns a Flag: a list of only those needs no
            # per-element bookkeeping. Anything else (an unsupported class, a bad
            # element) raises KeyError or Invalid and the loop below explains it.
            plain = unit.table(
                "plain",
                {neutral_class(cls): self.need(unit, cls, family) for cls in cases if not self.may_flag(cls, family)},
            )
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
            call = f"{each}(e, ctx, (chain, index))"
        return unit.define(
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

    def _union(self, codec: Tagged, unit: Unit, family: str | None = None) -> str:
        cases = codec.cases.values()
        writers = unit.table("writers", {neutral_class(cls): self.need(unit, cls, family) for cls in cases})
        lost = unit.bind("lost", {neutral_class(cls): reason for cls, reason in codec.unsupported.items()})
        expect = unit.bind("expect", codec.neutral_expect)
        return unit.define(
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

    def _alt(self, codec: Alt, unit: Unit, family: str | None = None) -> str:
        by_type: dict[type, str] = {}
        for option in codec.options:
            for neutral_type in neutral_types(option):
                by_type.setdefault(neutral_type, self.function(option, unit, family))
        table = unit.table("by_type", by_type)
        # By class name: a value of a class this dialect cannot express is rare, and naming them
        # all costs nothing, where creating every such class would import most of the model.
        lost = {name: reason for name, reason in self.dialect.unsupported.items() if type(name) is str}
        return unit.define(
            "write_alt",
            "x, ctx, chain",
            [
                f"write = {table}.get(x.__class__)",
                "if write is not None:",
                "    return write(x, ctx, chain)",
                f"reason = {unit.bind('lost', lost)}.get(x.__class__.__name__)",
                "return BAD if reason is None else Flag(reason)",
            ],
        )

    def _json(self, codec: Codec, unit: Unit) -> str:
        guard = [_NOT_A_MAPPING, "    return BAD"] if isinstance(codec, JsonObject) else []
        plain = "x.__class__ is dict and is_plain_json(x)" if guard else "is_plain_json(x)"
        result = "x if x.__class__ is dict else dict(x)" if guard else "x"
        return unit.define(
            "write_json",
            "x, ctx, chain",
            [
                *guard,
                f"if ctx.trusted or ({plain}):",
                "    return x",
                "problems = json_problems(x, MAX_WRITE_DEPTH)",
                "if problems:",
                "    raise Invalid(problems)",
                f"return {result}",
            ],
        )

    def _flags(self, codec: FlagList, unit: Unit) -> str:
        return unit.define(
            "write_flags",
            "x, ctx, chain",
            [
                f"entry = {unit.bind('writes', flag_writes(codec))}.get(x)"
                f" if x.__class__ is {unit.bind('flag', codec.flag)} else None",
                "if entry is None:",
                f"    return bad_flag_names(x, {unit.bind('flag', codec.flag)})",
                "out, reasons = entry",
                "for reason in reasons:",
                "    ctx.lose(chain, reason)",
                "return out.copy() if out.__class__ is list else out",
            ],
        )


class _Miss:
    """What a choice writes for a value not in its table: a loss, the value itself (open), or BAD."""

    __slots__ = ("open", "others", "unsupported")

    def __init__(self, unsupported: Any, open: bool, others: str | None = None) -> None:
        self.unsupported = unsupported
        self.open = open
        self.others = others

    def __call__(self, value: Any) -> Any:
        from ._runtime import BAD, Flag

        try:
            reason = self.unsupported.get(value)
        except TypeError:  # unhashable value built in code
            return BAD
        if reason is not None:
            return Flag(reason)
        if self.others is not None and value.__class__ is str:
            return Flag(self.others)
        return value if self.open and value.__class__ is str and value else BAD


def _within(codec: Int, x: str) -> str:
    """The condition under which ``x`` is an integer this dialect holds."""
    return f"{x}.__class__ is int and {codec.low} <= {x} <= {codec.high}"


class _Beyond:
    """What an integer codec narrower than the model writes for a value past it: a loss
    for an integer the model allows (the dialect cannot hold it), else BAD.

    The reason names the value: where the value is required, the whole object is lost,
    and its path alone would not say which integer it was.
    """

    __slots__ = ("high", "low", "reason")

    def __init__(self, model: tuple[int, int], reason: str) -> None:
        self.low, self.high = model
        self.reason = reason

    def __call__(self, value: Any) -> Any:
        from ._runtime import BAD, Flag

        if value.__class__ is int and self.low <= value <= self.high:
            return Flag(self.reason.format(value=value))
        return BAD


#: One writer of each range and reason, so that a unit binds it once however many fields use it.
_beyond = functools.cache(_Beyond)


@functools.cache  # one table a codec: every class holding its attribute asks for it
def flag_writes(codec: FlagList) -> dict[Any, Any]:
    """Each set -> its wire list (or a Flag when nothing is left) and the loss reasons."""
    from ._runtime import Flag

    table: dict[Any, Any] = {}
    for bits in range(1 << len(list(codec.flag))):
        value = codec.flag(bits)
        implied = codec.flag(0)
        for member, implication in codec.implies.items():
            if value & member:
                implied |= implication
        names = [name for name, member in codec.names.items() if member & value and not member & implied]
        reasons = tuple(reason for member, reason in codec.unsupported.items() if member & value)
        if not value:
            table[value] = ([] if codec.empty is None else Flag(codec.empty), ())
        elif not names:
            table[value] = (Flag("; ".join(reasons)), ())
        else:
            table[value] = (names, reasons)
    return table


def _may_lose(codec: Codec) -> bool:
    """Whether writing ``codec`` may report a value as not expressible (a Flag with a reason)."""
    if isinstance(codec, Offable):
        return _may_lose(codec.inner)
    if isinstance(codec, Choice):
        return bool(codec.unsupported or codec.others)
    if isinstance(codec, Int):
        return codec.lost is not None
    # Classes, unions, alternatives, flags and custom codecs may; plain values and lists never do.
    return not isinstance(codec, Str | Bool | Int | Number | Const | ListOf | Json | JsonObject | StrMap)


def _bounds(codec: Number, x: str) -> str:
    low = "" if codec.low is None else f"{codec.low!r} <= "
    high = "" if codec.high is None else f" <= {codec.high!r}"
    bounds = f" and {low}{x}{high}" if low or high else ""
    # A NaN fails every comparison; an open side lets an infinity through, which no
    # JSON can carry: x - x is NaN for both.
    return bounds if low and high else f"{bounds} and {x} - {x} == 0"


def _required(cls: type) -> set[str]:
    return {a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING}


def _object_keys(codec: Codec) -> frozenset[str] | None:
    """The keys a value written as an object declares (``Custom.keys``), if its codec says."""
    return codec.keys if isinstance(codec, Custom) else None
