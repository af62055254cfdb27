"""Helpers the generated readers and writers call, mostly on their error paths.

Paths inside the engine are tuples of wire keys and list indexes, relative to
the object being read or written; they are rooted at ``$`` only when an error
leaves the library. Losses carry neutral attribute chains ``(parent, step)``,
rendered later in the vocabulary of the source dialect.
"""

from __future__ import annotations

import enum
import math
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import orjson

# A problem: (relative wire path, message).
RawProblem = tuple[tuple[Any, ...], str]

#: Opaque JSON values (tool parameters, ``invoke_input``) nest at most this many
#: objects and lists, on read and on write: every dialect writes what it reads.
MAX_JSON_DEPTH = 200
#: orjson refuses to write more than this many nested containers.
ORJSON_DEPTH = 254
#: orjson writes integers in this range exactly, and reads larger ones as floats.
INT_RANGE = (-(2**63), 2**64 - 1)

_PAD = ORJSON_DEPTH - MAX_JSON_DEPTH
#: Only the JSON types themselves: the types orjson writes as JSON of its own choosing are refused.
_PASSTHROUGH = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS
_padding = threading.local()


def _dumps_padded(value: Any) -> bytes:
    """``orjson.dumps`` of ``value`` inside enough lists that orjson's nesting limit is ours.

    The lists are built once per thread and reused: only their innermost slot changes.
    """
    try:
        outer, hole = _padding.lists
    except AttributeError:
        outer = hole = []
        for _ in range(_PAD - 1):
            outer = [outer]
        _padding.lists = outer, hole
    hole.append(value)
    try:
        return orjson.dumps(outer, option=_PASSTHROUGH)
    finally:
        hole.clear()


class Flag:
    """Returned instead of a wire value: ``reason is None`` means invalid, else unsupported."""

    __slots__ = ("reason",)

    def __init__(self, reason: str | None) -> None:
        self.reason = reason

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Flag({self.reason!r})"


BAD = Flag(None)


class Invalid(Exception):
    """Internal: problems found below some object, with paths relative to it."""

    __slots__ = ("problems",)

    def __init__(self, problems: list[RawProblem]) -> None:
        super().__init__()
        self.problems = problems

    @classmethod
    def expected(cls, expect: str, value: Any) -> Invalid:
        return cls([((), f"expected {expect}, got {describe(value)}")])


class WriteContext(list):  # type: ignore[type-arg]
    """State of one write: the losses found so far, ``(chain, reason)`` each, and whether values are trusted.

    The context *is* the list of its losses: one is made for every event written, and a
    list subclass without an ``__init__`` of its own costs half of a plain class with one.
    ``trusted`` is set (:class:`TrustedContext`) when the event came straight from one of
    our readers or the source's wire, so opaque JSON values need no second check.
    """

    __slots__ = ()
    trusted = False

    @property
    def losses(self) -> list[tuple[Any, str]]:
        return self

    def lose(self, chain: Any, reason: str) -> None:
        self.append((chain, reason))


class TrustedContext(WriteContext):
    """A write whose values came from one of our readers (or the fused path's checks)."""

    __slots__ = ()
    trusted = True


#: How many characters of a string value a message shows (a base64 blob given as a number, say).
SHOWN = 40
#: How many characters of a name a message shows: event types and tags are shown whole, for a typo
#: to be seen in them, but hostile input is still cut.
SHOWN_NAME = 200


def describe(value: Any, limit: int = SHOWN) -> str:
    """Describe a value for an error message: its JSON type and a rendering cut at ``limit`` characters."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    kind = value.__class__
    if kind is str:
        return "string " + quoted(value, limit)
    if kind is int or kind is float:
        return repr(value)
    if kind is dict:
        return "an object"
    if kind is list:
        return "a list"
    # Subclasses too (an OrderedDict, an IntEnum): readers accept the exact JSON types only.
    return f"a Python {kind.__name__}"


def quoted(text: str, limit: int = SHOWN_NAME) -> str:
    """``text`` quoted for a message, cut at ``limit`` characters."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def add(problems: list[RawProblem] | None, path: tuple[Any, ...], message: str) -> list[RawProblem]:
    if problems is None:
        problems = []
    problems.append((path, message))
    return problems


def bad(problems: list[RawProblem] | None, path: tuple[Any, ...], value: Any, expect: str) -> list[RawProblem]:
    return add(problems, path, f"expected {expect}, got {describe(value)}")


def bad_flag_names(value: Any, flag: type[enum.Flag]) -> Any:
    """A set of ``flag`` given as a list with a name that is none of its members': ``Invalid`` at that name.

    (The model's converter makes a list of names a set, and leaves one it cannot as it is.)
    Anything else is ``BAD``: the writer says what a valid value is.
    """
    if value.__class__ is list or value.__class__ is tuple:
        for index, element in enumerate(value):
            if not isinstance(element, flag) and not (isinstance(element, str) and element.upper() in flag.__members__):
                names = ", ".join(repr(name.lower()) for name in flag.__members__)
                raise Invalid([((index,), f"expected one of {names}, got {describe(element)}")])
    return BAD


def missing(problems: list[RawProblem] | None, path: tuple[Any, ...], null: bool = False) -> list[RawProblem]:
    """A required value that is not there: absent, or (``null``) its key there with a ``null``."""
    return add(problems, path, absent(null))


def absent(null: bool) -> str:
    """What a required value lacks: ``"required, got null"`` if its key holds a null, else that it is missing.

    Readers look at the key only then, on the error path: a valid object pays nothing for it.
    """
    return "required, got null" if null else "required, but missing"


def nest(problems: list[RawProblem] | None, path: tuple[Any, ...], error: Invalid) -> list[RawProblem]:
    if problems is None:
        problems = []
    problems.extend((path + sub, message) for sub, message in error.problems)
    return problems


def wrong_tag(
    problems: list[RawProblem] | None, path: tuple[Any, ...], value: Any, expected: str, null: bool = False
) -> list[RawProblem]:
    """A tag that is not ``expected``: ``value`` is ``None`` when it is absent, or (``null``) a ``null``."""
    if value is None:
        return add(problems, path, f"{absent(null)}; expected {expected!r}")
    return add(problems, path, f"expected {expected!r}, got {describe(value, SHOWN_NAME)}")


def tags_expected(tags: Iterable[str]) -> str:
    """The tags of a union for a message: ``'x'`` for one, ``one of 'x', 'y'`` for several."""
    shown = [repr(tag) for tag in tags]
    return shown[0] if len(shown) == 1 else "one of " + ", ".join(shown)


def unknown_case(key: str, tag: Any, expected: str, null: bool = False) -> Invalid:
    """An object of a union whose tag ``key`` (``tag``) is none of those ``expected`` (:func:`tags_expected`).

    ``tag`` is ``None`` when the key is absent, or (``null``) holds a ``null``.
    """
    if tag is None:
        return Invalid([((key,), f"{absent(null)}; expected {expected}")])
    return Invalid([((key,), f"unknown {key} {describe(tag, SHOWN_NAME)}; expected {expected}")])


def unknown_keys(
    problems: list[RawProblem] | None, path: tuple[Any, ...], obj: dict[Any, Any], known: frozenset[str]
) -> list[RawProblem]:
    for key in obj:
        if key not in known:
            if isinstance(key, str):
                problems = add(problems, (*path, key), "unknown key")
            else:
                problems = add(problems, path, f"object keys must be strings, got {describe(key)}")
    assert problems is not None
    return problems


def flagged(
    problems: list[RawProblem] | None,
    ctx: WriteContext,
    chain: Any,
    path: tuple[Any, ...],
    flag: Flag,
    value: Any,
    expect: str,
) -> list[RawProblem] | None:
    """Record what a writer flagged: a loss (with reason) or an invalid value."""
    if flag.reason is None:
        return bad(problems, path, value, expect)
    ctx.lose(chain, flag.reason)
    return problems


# --------------------------------------------------------------------------- undeclared keys


class WireKey(str):
    """A step of a loss chain that is a key of the wire itself (an undeclared key), not an attribute."""

    __slots__ = ()


def keep_extra(
    extra: dict[str, Any] | None, path: tuple[str, ...], obj: dict[str, Any], known: Any, nulls: bool = True
) -> dict[str, Any] | None:
    """A keeping reader's side: the keys of ``obj`` not in ``known``, put into ``extra`` under ``path``.

    ``extra`` mirrors the wire: keys undeclared inside a nested group (``audio.input``)
    sit in nested objects under the group's keys. Without ``nulls``, an undeclared key set to
    ``null`` is not set, as pydantic's ``exclude_none`` writes it (not at all); ``extra`` is
    then still None when nothing else was undeclared.
    """
    kept = [(key, value) for key, value in obj.items() if key not in known and (nulls or value is not None)]
    if not kept:
        return extra
    if extra is None:
        extra = {}
    target = extra
    for key in path:
        target = target.setdefault(key, {})
    target.update(kept)
    return extra


def own_extra(
    extra: Any,
    ctx: WriteContext,
    chain: Any,
    dialect: str,
    groups: dict[tuple[str, ...], frozenset[str]],
    cls: str = "",
) -> dict[tuple[str, ...], dict[str, Any]] | None:
    """A writer's side: this dialect's undeclared keys by group path; every other dialect's is a
    loss, at its own path (inside the groups of that dialect's form of class ``cls``)."""
    own: dict[tuple[str, ...], dict[str, Any]] | None = None
    for name, keys in _extra_by_dialect(extra):
        if name == dialect:
            own = {}
            _flatten_extra(keys, (), groups, own, ctx.trusted)
        else:
            _lose_foreign(keys, (), GROUP_PATHS(name, cls), ctx, chain, (name, dialect, groups))
    return own


def _no_groups(dialect: str, cls: str) -> frozenset[tuple[str, ...]]:
    return frozenset()


#: Where dialect ``dialect`` holds nested groups in its form of class ``cls`` (``("audio", "output")``):
#: set by the dialects' module, which knows the dialects.
GROUP_PATHS: Callable[[str, str], frozenset[tuple[str, ...]]] = _no_groups


def _lose_foreign(
    keys: Mapping[str, Any],
    path: tuple[str, ...],
    groups: frozenset[tuple[str, ...]],
    ctx: WriteContext,
    chain: Any,
    dialects: tuple[str, str, dict[tuple[str, ...], frozenset[str]]],
) -> None:
    """Each undeclared key of another dialect is a loss, looked for inside the groups that hold them.

    ``dialects`` names the dialect that read them, the one writing, and the keys it declares by group.
    """
    source, target, declared = dialects
    for key, value in keys.items():
        step = (chain, WireKey(key))
        where = (*path, key)
        if where in groups and isinstance(value, Mapping):
            _lose_foreign(value, where, groups, ctx, step, dialects)
        elif key in declared.get(path, ()):  # a field of the target's, which the source's SDK lacks
            ctx.lose(
                step, f"a key {source}'s SDK does not declare: kept as {source} read it, not read as {target}'s {key}"
            )
        else:
            ctx.lose(step, f"a key {source}'s SDK does not declare; {target} has no such field")


def voice_name(value: Any, ctx: WriteContext, chain: Any, dialect: str) -> Any:
    """Azure's typed OpenAI voice as the name the OpenAI dialects write it as: a key undeclared in
    it, which a name cannot hold, is a loss (whichever dialect read it)."""
    if value.name.__class__ is not str:
        return BAD
    if value.extra is not None:
        for name, keys in _extra_by_dialect(value.extra):
            reason = f"a key {name}'s SDK does not declare; {dialect} writes the voice as its name"
            for key in keys:
                ctx.lose((chain, WireKey(key)), reason)
    return value.name


def _extra_by_dialect(extra: Any) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The items of an object's ``extra``, checked: each dialect's name and its undeclared keys."""
    if extra.__class__ is not dict and not isinstance(extra, Mapping):
        raise Invalid.expected("extra to map dialect names to objects", extra)
    for name, keys in extra.items():
        if keys.__class__ is not dict and not isinstance(keys, Mapping):
            raise Invalid([((), f"extra[{name!r}]: expected an object of undeclared keys, got {describe(keys)}")])
        yield name, keys


def with_extra(extra: dict[tuple[str, ...], dict[str, Any]] | None, path: tuple[str, ...], value: Any) -> Any:
    """A value written as an object (a ``Custom`` codec's), with this dialect's undeclared keys at ``path`` last."""
    if extra is None or path not in extra:
        return value
    return {**value, **extra[path]}


def _flatten_extra(
    keys: Any, path: tuple[str, ...], groups: dict[tuple[str, ...], frozenset[str]], out: dict[Any, Any], trusted: bool
) -> None:
    declared = groups.get(path, frozenset())
    for key, value in keys.items():
        where = (*path, key)
        if key.__class__ is not str:
            raise Invalid([(path, f"object keys must be strings, got {describe(key)}")])
        if key in declared:
            if where in groups and value.__class__ is dict:
                _flatten_extra(value, where, groups, out, trusted)
                continue
            raise Invalid([(where, "declared by this dialect: set the attribute, not extra")])
        if not trusted and not is_plain_json(value):
            problems = json_problems(value, MAX_JSON_DEPTH)
            if problems:
                raise Invalid([((*where, *sub), message) for sub, message in problems])
        out.setdefault(path, {})[key] = value


def collect_list(values: list[Any], read: Any) -> Invalid:
    """Slow path of a list reader: read every element and gather all problems."""
    problems: list[RawProblem] = []
    for index, value in enumerate(values):
        try:
            read(value)
        except Invalid as error:
            problems.extend(((index, *sub), message) for sub, message in error.problems)
    return Invalid(problems)


# --------------------------------------------------------------------------- opaque JSON


def is_plain_json(value: Any, *, limit_depth: bool = False) -> bool:
    """Whether ``value`` survives an orjson round trip unchanged: the fast check.

    orjson refuses cycles, integers beyond 64 bits, lone surrogates, nesting beyond
    its own limit (or beyond :data:`MAX_JSON_DEPTH` with ``limit_depth``), and, with
    the passthrough options, dates and times, dataclasses and subclasses of the JSON
    types. It writes the rest of what is not JSON as something else: NaN and the
    infinities as ``null``, enums as their values, UUIDs as strings, fragments as
    their text. Comparing the round trip with the original catches those, but for
    enums that are ints or strings too (``IntEnum``, ``StrEnum``): they compare equal
    to their values, and are written as them. When this
    fails, :func:`json_problems` walks the value to say where and why (a tuple,
    written as a list, fails here and passes there).
    """
    try:
        text = _dumps_padded(value) if limit_depth else orjson.dumps(value, option=_PASSTHROUGH)
    except (orjson.JSONEncodeError, TypeError, RecursionError):
        return False
    pad = _PAD if limit_depth else 0
    try:
        return bool(orjson.loads(text[pad : len(text) - pad]) == value)
    except (TypeError, ValueError):  # an object whose == is not a bool (an array's)
        return False


def _bad_text(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate, which UTF-8 (and so JSON) cannot carry."""
    if text.isascii():
        return False
    try:
        text.encode()
    except UnicodeEncodeError:
        return True
    return False


#: The number types a wire dict may hold: float, and those a dialect writes in its own format
#: (``_dotnet_json.Float32`` adds itself), which are no problem where an encoder fails.
WIRE_FLOATS: set[type] = {float}


def json_problems(value: Any, max_depth: int) -> list[RawProblem]:
    """Every reason ``value`` is not writable JSON: non-JSON types, NaN, cycles, depth.

    Iterative, so hostile depth cannot exhaust the Python stack.
    """
    problems: list[RawProblem] = []
    stack: list[tuple[Any, tuple[Any, ...], int, frozenset[int]]] = [(value, (), 0, frozenset())]
    while stack:
        item, path, depth, seen = stack.pop()
        if item is None or item is True or item is False:
            continue
        if type(item) is str:
            if _bad_text(item):
                problems.append((path, "contains a lone surrogate, which is not valid Unicode"))
            continue
        if type(item) is int:
            if not INT_RANGE[0] <= item <= INT_RANGE[1]:
                problems.append((path, "integer beyond 64 bits (JSON readers take it as a rounded float)"))
            continue
        if type(item) in WIRE_FLOATS:
            if not math.isfinite(item):
                problems.append((path, f"{item!r} is not a JSON number"))
            continue
        if type(item) is dict or type(item) is list or type(item) is tuple:  # a tuple is written as a list
            if depth >= max_depth:
                problems.append((path, f"nested deeper than {max_depth} levels"))
                continue
            if id(item) in seen:
                problems.append((path, "contains itself (a reference cycle)"))
                continue
            inner = seen | {id(item)}
            if type(item) is dict:
                for key, child in item.items():
                    if type(key) is not str:
                        problems.append((path, f"object keys must be strings, got {describe(key)}"))
                        continue
                    if _bad_text(key):
                        problems.append((path, "a key contains a lone surrogate, which is not valid Unicode"))
                        continue
                    stack.append((child, (*path, key), depth + 1, inner))
            else:
                for index, child in enumerate(item):
                    stack.append((child, (*path, index), depth + 1, inner))
            continue
        problems.append((path, f"not a JSON value: {describe(item)}"))
    problems.sort(key=lambda problem: [str(part) for part in problem[0]])
    return problems


def chain_steps(chain: Any) -> list[Any]:
    """Unroll a ``(parent, step)`` chain into the list of steps from the root."""
    steps: list[Any] = []
    while chain is not None:
        chain, step = chain
        steps.append(step)
    steps.reverse()
    return steps
