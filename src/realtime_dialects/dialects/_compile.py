"""Compile a dialect's shape tables into one reader and one writer per neutral class.

The technique is cattrs': Python source is generated once per class, compiled,
registered with :mod:`linecache` (so tracebacks and profilers show it), and kept.
Generated functions share one namespace per dialect and call each other by
name, so unions and recursive references need no indirection at run time.

Readers take a parsed JSON value and return the neutral object or raise
``Invalid`` with every problem, paths relative to the value. Writers take
``(obj, ctx, chain)`` and return the wire dict (keys in the dialect's order),
record losses on ``ctx`` and raise ``Invalid`` for values no dialect accepts.
"""

from __future__ import annotations

import itertools
import linecache
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from . import _runtime
from ._cache import compile_cached
from ._schema import Accept, Always, Codec, Entry, Field, Nested, OmitWhen, Shape, Tag, Unsupported

#: Opaque JSON of events built in code nested deeper than this is refused on write (orjson's own limit).
MAX_WRITE_DEPTH = _runtime.ORJSON_DEPTH

Check = Callable[[Any], Sequence[_runtime.RawProblem]]


class Compiler:
    """Builds the functions of one dialect. Used once, at dialect construction."""

    def __init__(self, dialect: str, shapes: Mapping[type, Shape], checks: Mapping[type, Check]) -> None:
        self.dialect = dialect
        self.shapes = shapes
        self.checks = checks
        self.ns: dict[str, Any] = {
            "BAD": _runtime.BAD,
            "Flag": _runtime.Flag,
            "Invalid": _runtime.Invalid,
            "add": _runtime.add,
            "bad": _runtime.bad,
            "missing": _runtime.missing,
            "nest": _runtime.nest,
            "wrong_tag": _runtime.wrong_tag,
            "unknown_keys": _runtime.unknown_keys,
            "flagged": _runtime.flagged,
            "collect_list": _runtime.collect_list,
            "json_problems": _runtime.json_problems,
            "is_plain_json": _runtime.is_plain_json,
            "describe": _runtime.describe,
            "Mapping": Mapping,
            "MAX_WRITE_DEPTH": MAX_WRITE_DEPTH,
            "NEW": object.__new__,
        }
        self._names = itertools.count()
        self._readers: dict[int, str] = {}
        self._writers: dict[int, str] = {}
        self._class_readers: dict[type, str] = {}
        self._class_writers: dict[type, str] = {}
        self._late: list[tuple[dict[Any, Any], Mapping[Any, str]]] = []
        self._sources: list[str] = []
        self._checked: set[type] = set()
        self._keep: list[Codec] = []  # keeps codecs alive so id() keys stay unique
        #: (class, attribute) -> wire key path, for rendering loss paths.
        self.key_paths: dict[tuple[type, str], tuple[str, ...]] = {}

    # ------------------------------------------------------------------ namespace

    def bind(self, value: Any) -> str:
        """Put a constant into the namespace and return its name."""
        name = f"_k{next(self._names)}"
        self.ns[name] = value
        return name

    def late_table(self, names: Mapping[Any, str]) -> str:
        """Bind a dict from keys to generated functions, filled once all exist."""
        table: dict[Any, Any] = {}
        self._late.append((table, dict(names)))
        return self.bind(table)

    def define(self, prefix: str, params: str, body: list[str]) -> str:
        """Compile ``def <name>(params): body`` into the namespace; return the name."""
        name = f"{prefix}_{next(self._names)}"
        self._exec(name, params, body)
        return name

    def _exec(self, name: str, params: str, body: list[str]) -> None:
        # Sources are gathered and compiled together in finish(): one compile() per
        # dialect instead of one per function keeps import time down.
        self._sources.append(f"def {name}({params}):\n    " + "\n    ".join(body) + "\n")

    # ------------------------------------------------------------------ codecs

    def reader(self, codec: Codec) -> str:
        """The name of ``codec``'s read function, built once per codec."""
        return self._once(self._readers, codec, codec.read_function)

    def writer(self, codec: Codec) -> str:
        """The name of ``codec``'s write function, built once per codec."""
        return self._once(self._writers, codec, codec.write_function)

    def _once(self, built: dict[int, str], codec: Codec, build: Callable[[Compiler], str]) -> str:
        # Codecs hold dicts, so they are keyed by identity and kept alive here.
        name = built.get(id(codec))
        if name is None:
            self._keep.append(codec)
            name = built[id(codec)] = build(self)
        return name

    def class_reader(self, cls: type) -> str:
        name = self._class_readers.get(cls)
        if name is None:
            name = self._class_readers[cls] = f"read_{cls.__name__}"
            self._exec(name, "d, tagged=False", self._class_reader_body(cls))
        return name

    def tag_argument(self, key: str, cases: Mapping[str, type]) -> str:
        """What a dispatcher on ``key`` passes after its table matched one of ``cases``.

        ``", True"`` tells readers the tag is checked (they count it instead of looking
        it up again), when each case's shape has that very tag at its top level.
        """
        if all(Tag(key, tag) in self._shape(cls).entries for tag, cls in cases.items()):
            return ", True"
        return ""

    def class_writer(self, cls: type) -> str:
        name = self._class_writers.get(cls)
        if name is None:
            name = self._class_writers[cls] = f"write_{cls.__name__}"
            self._exec(name, "o, ctx, chain", self._class_writer_body(cls))
        return name

    def may_flag(self, cls: type) -> bool:
        """Whether the writer of ``cls`` can return a Flag (a key this dialect needs is unset)."""
        required = self._required(cls)
        return any(
            isinstance(entry, Field) and entry.required and entry.attr not in required
            for entry in _walk(self._shape(cls).entries)
        )

    def finish(self, cache: str | None = None) -> None:
        """Compile everything defined so far (reusing the bytecode cached at ``cache``) and bind it."""
        source = "\n".join(self._sources)
        filename = f"<realtime_dialects {self.dialect} generated>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile_cached(source, filename, cache), self.ns)
        for table, names in self._late:
            table.update({key: self.ns[name] for key, name in names.items()})

    def function(self, name: str) -> Any:
        return self.ns[name]

    # ------------------------------------------------------------------ shapes

    def _shape(self, cls: type) -> Shape:
        try:
            shape = self.shapes[cls]
        except KeyError:
            raise TypeError(f"dialect {self.dialect!r} has no shape for {cls.__name__}") from None
        if cls not in self._checked:
            _check_complete(self.dialect, cls, shape)
            self._checked.add(cls)
        return shape

    def _required(self, cls: type) -> set[str]:
        return {a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING}

    # ------------------------------------------------------------------ reader

    def _class_reader_body(self, cls: type) -> list[str]:
        shape = self._shape(cls)
        required = self._required(cls)
        out = _Lines()
        out.add("if d.__class__ is not dict:")
        out.add("    raise Invalid.expected('an object', d)")
        out.add("P = None")
        # n counts the keys read: when it equals len(d) no key can be unknown, and
        # the keys-view comparison (an allocation per object) is skipped. Required
        # keys and the tag are counted up front and taken back when absent, so a
        # valid object pays only for its optional keys.
        presumed = sum(
            1
            for entry in shape.entries
            if isinstance(entry, Tag) or (isinstance(entry, Field) and (entry.attr in required or entry.required))
        )
        out.add(f"n = {presumed}")
        self._read_entries(cls, shape.entries, "d", (), required, out, ())
        known = self.bind(frozenset(_keys(shape.entries)))
        out.add(f"if len(d) != n and not d.keys() <= {known}:")
        out.add(f"    P = unknown_keys(P, (), d, {known})")
        out.add("if P is not None:")
        out.add("    raise Invalid(P)")
        out.add(f"o = NEW({self.bind(cls)})")
        out.add("a_extra = None")
        for a in attrs.fields(cls):
            out.add(f"{self.bind(getattr(cls, a.name).__set__)}(o, a_{a.name})")
        check = self.checks.get(cls)
        if check is not None:
            out.add(f"problems = {self.bind(check)}(o)")
            out.add("if problems:")
            out.add("    raise Invalid(problems)")
        out.add("return o")
        return out.lines

    def _read_entries(
        self,
        cls: type,
        entries: tuple[Entry, ...],
        src: str,
        prefix: tuple[str, ...],
        required: set[str],
        out: _Lines,
        outer: tuple[str, ...],
    ) -> None:
        count = "n += 1" if not prefix else ""  # nested objects check their keys in full
        for entry in entries:
            if isinstance(entry, Field):
                self.key_paths[(cls, entry.attr)] = outer + prefix + (entry.key,)
                path = repr((*prefix, entry.key))
                target = f"a_{entry.attr}"
                is_required = entry.attr in required or entry.required
                # A required top-level key was counted up front (see _class_reader_body).
                counted = "" if is_required and not prefix else count
                out.add(f"v = {src}.get({entry.key!r})")
                out.add("if v is None:")
                out.add(f"    {target} = None")
                if is_required:
                    out.add(f"    P = missing(P, {path})")
                    if not prefix:
                        out.add(f"    n -= {entry.key!r} not in {src}  # a null value still counts as read")
                test = entry.codec.test("v", self)
                inline = entry.codec.read_inline("v", self)
                if test is not None:
                    out.add(f"elif {test}:")
                    out.add(f"    {target} = v")
                    if counted:
                        out.add(f"    {counted}")
                    out.add("else:")
                    out.add(f"    P = bad(P, {path}, v, {self.bind(entry.codec.expect)})")
                    out.add(f"    {target} = None")
                    continue
                out.add("else:")
                if counted:
                    out.add(f"    {counted}")
                if inline is not None:
                    out.add(f"    {target} = {inline}")
                    out.add(f"    if {target} is BAD:")
                    out.add(f"        P = bad(P, {path}, v, {self.bind(entry.codec.expect)})")
                    out.add(f"        {target} = None")
                else:
                    function = self.reader(entry.codec)
                    out.add("    try:")
                    out.add(f"        {target} = {function}(v)")
                    out.add("    except Invalid as e:")
                    out.add(f"        P = nest(P, {path}, e)")
                    out.add(f"        {target} = None")
            elif isinstance(entry, Tag):
                path = repr((*prefix, entry.key))
                if not prefix:
                    # Counted up front; a dispatcher that matched this tag passes tagged=True.
                    out.add(f"if not tagged and {src}.get({entry.key!r}) != {entry.value!r}:")
                    out.add(f"    P = wrong_tag(P, {path}, {src}.get({entry.key!r}), {entry.value!r})")
                    out.add(f"    n -= {entry.key!r} not in {src}")
                else:
                    out.add(f"if {src}.get({entry.key!r}) != {entry.value!r}:")
                    out.add(f"    P = wrong_tag(P, {path}, {src}.get({entry.key!r}), {entry.value!r})")
            elif isinstance(entry, Accept):
                path = repr((*prefix, entry.key))
                out.add(f"v = {src}.get({entry.key!r})")
                out.add("if v is not None:")
                if count:
                    out.add(f"    {count}")
                out.add(f"    if v != {self.bind(entry.value)}:")
                out.add(f"        P = wrong_tag(P, {path}, v, {self.bind(entry.value)})")
            elif isinstance(entry, Unsupported):
                out.add(f"a_{entry.attr} = None")
            elif isinstance(entry, Nested):
                inner = (*prefix, entry.key)
                group = f"n{len(inner)}"
                names = [e.attr for e in _walk(entry.entries) if isinstance(e, Field | Unsupported)]
                for name in names:
                    out.add(f"a_{name} = None")
                out.add(f"{group} = {src}.get({entry.key!r})")
                inner_fields = [e for e in _walk(entry.entries) if isinstance(e, Field)]
                if any(f.attr in required or f.required for f in inner_fields):
                    # A required key lives inside, so the nested object itself is required.
                    out.add(f"if {group} is None:")
                    out.add(f"    P = missing(P, {inner!r})")
                out.add(f"if {group} is not None:")
                if count:
                    out.add(f"    {count}")
                out.add(f"    if {group}.__class__ is not dict:")
                out.add(f"        P = bad(P, {inner!r}, {group}, 'an object')")
                out.add("    else:")
                nested = _Lines()
                self._read_entries(cls, entry.entries, group, inner, required, nested, outer)
                known = self.bind(frozenset(_keys(entry.entries)))
                nested.add(f"if not {group}.keys() <= {known}:")
                nested.add(f"    P = unknown_keys(P, {inner!r}, {group}, {known})")
                out.extend(nested, indent=2)
            else:  # pragma: no cover - guarded by the Entry type
                raise TypeError(entry)

    # ------------------------------------------------------------------ writer

    def _class_writer_body(self, cls: type) -> list[str]:
        shape = self._shape(cls)
        required = self._required(cls)
        out = _Lines()
        out.add(f"if o.__class__ is not {self.bind(cls)}:")
        out.add(f"    raise Invalid.expected({self.bind('a ' + cls.__name__)}, o)")
        check = self.checks.get(cls)
        if check is not None:
            # Readers ran the same check; only events built in code need it again.
            out.add(f"if not ctx.trusted and {self.bind(check)}(o):")
            out.add(f"    raise Invalid({self.bind(check)}(o))")
        for entry in _walk(shape.entries):  # keep in step with may_flag()
            if isinstance(entry, Field) and entry.required and entry.attr not in required:
                reason = f"{self.dialect} needs {entry.key!r} here, and it is not set"
                out.add(f"if o.{entry.attr} is None:")
                out.add(f"    return Flag({self.bind(reason)})")
        out.add("P = None")
        out.add("d = {}")
        self._write_entries(shape.entries, "d", (), required, out)
        out.add("if P is not None:")
        out.add("    raise Invalid(P)")
        out.add("return d")
        return out.lines

    def _write_entries(
        self, entries: tuple[Entry, ...], dst: str, prefix: tuple[str, ...], required: set[str], out: _Lines
    ) -> None:
        for entry in entries:
            if isinstance(entry, Field):
                self._write_field(entry, dst, prefix, required, out)
            elif isinstance(entry, Tag):
                out.add(f"{dst}[{entry.key!r}] = {entry.value!r}")
            elif isinstance(entry, Unsupported):
                out.add(f"if o.{entry.attr} is not None:")
                out.add(f"    ctx.lose((chain, {entry.attr!r}), {self.bind(entry.reason)})")
            elif isinstance(entry, Nested):
                inner = (*prefix, entry.key)
                group = f"n{len(inner)}"
                out.add(f"{group} = {{}}")
                self._write_entries(entry.entries, group, inner, required, out)
                out.add(f"if {group}:")
                out.add(f"    {dst}[{entry.key!r}] = {group}")
            elif isinstance(entry, Accept):
                pass
            else:  # pragma: no cover
                raise TypeError(entry)

    def _write_field(self, entry: Field, dst: str, prefix: tuple[str, ...], required: set[str], out: _Lines) -> None:
        path = repr((*prefix, entry.key))
        key = repr(entry.key)
        chain = f"(chain, {entry.attr!r})"
        expect = self.bind(entry.codec.expect)
        always = isinstance(entry.omit, Always)
        default = self.bind(entry.omit.default) if isinstance(entry.omit, Always) else None

        def store(value: str) -> str:
            if isinstance(entry.omit, OmitWhen):
                return f"if {value} != {self.bind(entry.omit.value)}: {dst}[{key}] = {value}"
            return f"{dst}[{key}] = {value}"

        out.add(f"x = o.{entry.attr}")
        out.add("if x is None:")
        if entry.attr in required:
            out.add(f"    P = missing(P, {path})")
        elif always:
            out.add(f"    {dst}[{key}] = {default}")
        else:
            out.add("    pass")
        test = entry.codec.test("x", self)
        if test is not None:
            out.add(f"elif {test}:")
            out.add(f"    {store('x')}")
            out.add("else:")
            out.add(f"    P = flagged(P, ctx, {chain}, {path}, BAD, x, {expect})")
            if always:
                out.add(f"    {dst}[{key}] = {default}")
            return
        out.add("else:")
        inline = entry.codec.write_inline("x", self)
        body = _Lines()
        if inline is not None:
            body.add(f"y = {inline}")
            body.add("if y.__class__ is Flag:")
            body.add(f"    P = flagged(P, ctx, {chain}, {path}, y, x, {expect})")
            if always:
                body.add(f"    {dst}[{key}] = {default}")
            body.add("else:")
            body.add(f"    {store('y')}")
        else:
            function = self.writer(entry.codec)
            body.add("try:")
            body.add(f"    y = {function}(x, ctx, {chain})")
            body.add("except Invalid as e:")
            body.add(f"    P = nest(P, {path}, e)")
            body.add("else:")
            body.add("    if y.__class__ is Flag:")
            body.add(f"        P = flagged(P, ctx, {chain}, {path}, y, x, {expect})")
            if always:
                body.add(f"        {dst}[{key}] = {default}")
            body.add("    else:")
            body.add(f"        {store('y')}")
        out.extend(body, indent=1)


def check_shapes(dialect: str, shapes: Mapping[type, Shape]) -> None:
    """Check, without compiling anything, that each shape covers its class's attributes once."""
    for cls, shape in shapes.items():
        _check_complete(dialect, cls, shape)


def _check_complete(dialect: str, cls: type, shape: Shape) -> None:
    covered = [entry.attr for entry in _walk(shape.entries) if isinstance(entry, Field | Unsupported)]
    names = [a.name for a in attrs.fields(cls) if a.name != "extra"]
    duplicated = {a for a in covered if covered.count(a) > 1}
    missing = set(names) - set(covered)
    extra = set(covered) - set(names)
    if duplicated or missing or extra:
        raise TypeError(
            f"dialect {dialect!r}, {cls.__name__}: shape must cover each attribute once "
            f"(missing {sorted(missing)}, unknown {sorted(extra)}, repeated {sorted(duplicated)})"
        )


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        self.lines.append(line)

    def extend(self, other: _Lines, indent: int) -> None:
        self.lines.extend("    " * indent + line for line in other.lines)


def _walk(entries: tuple[Entry, ...]) -> Iterator[Entry]:
    for entry in entries:
        if isinstance(entry, Nested):
            yield from _walk(entry.entries)
        else:
            yield entry


def _keys(entries: tuple[Entry, ...]) -> Iterator[str]:
    for entry in entries:
        if isinstance(entry, Field | Tag | Accept | Nested):
            yield entry.key
