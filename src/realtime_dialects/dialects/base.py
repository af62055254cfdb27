"""The :class:`Dialect` base: reading, writing and losses, from a dialect's tables.

A dialect subclass declares, as class attributes (see ``azure.py``):

* ``name`` — its id (``"azure"``);
* ``shapes`` — a :class:`~.tables.Shape` per neutral class, by class name: key
  order, renames, omission rules and unsupported attributes, as data;
* ``codecs`` — the codecs it spells differently from the defaults, by the name the
  model's annotations use (``{"AudioFormat": AUDIO_FORMAT}``);
* ``unsupported`` — the neutral classes (by name) and enum members it has no
  form for, with the reason reported as a loss;
* ``encode`` — how a wire dict becomes text.

Everything else — readers, writers, dispatch on ``type``, path tracking, loss
policies, the cattrs converter — is built here, one class at a time, on first use.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

import attrs
import orjson

from .. import model
from ..errors import InvalidPayloadError, Loss, Problem, UnsupportedError, render_path, warn_losses
from ..model.common import OFF
from . import _cache, _runtime
from ._codegen import Namespace, held_lock
from ._read import KEEP, SERVER, STRICT, Readers, reader_name
from ._types import Resolver, neutral_class
from ._write import Writers, writer_name
from .tables import Codec, Field, Nested, Shape, Unsupported, walk

if TYPE_CHECKING:
    import cattrs

    from ..model._base import Record

__all__ = ["MAX_INPUT_SIZE", "Dialect", "OnUnsupported", "registered"]

OnUnsupported = Literal["raise", "warn", "drop"]

#: The default ``max_size`` of :meth:`Dialect.loads` and ``translate``: 32 MiB, far above any
#: event a service accepts, so that a runaway input fails fast instead of being parsed.
#: Measured in bytes, or in characters for ``str`` input (no encoding pass).
MAX_INPUT_SIZE = 32 * 1024 * 1024
POLICIES = ("raise", "warn", "drop")
#: What to do with parsed JSON (a dict or a list) given where its text goes: the text, as ``json.dumps`` makes it.
AS_TEXT = "give its JSON text (json.dumps)"
#: The same, given to ``loads``: ``load`` reads it as it is.
_USE_LOAD = "use load() for parsed JSON"

T = TypeVar("T")
Text = str | bytes | bytearray | memoryview

#: Every dialect instantiated so far, by name.
REGISTRY: dict[str, Dialect] = {}

#: What generated code calls, by the names it uses.
HELPERS: dict[str, Any] = {
    "BAD": _runtime.BAD,
    "Flag": _runtime.Flag,
    "Invalid": _runtime.Invalid,
    "Mapping": Mapping,
    "MAX_WRITE_DEPTH": _runtime.ORJSON_DEPTH,
    "NEW": object.__new__,
    "OFF": OFF,
    **{
        name: getattr(_runtime, name)
        for name in (
            "add",
            "bad",
            "bad_flag_names",
            "collect_list",
            "describe",
            "flagged",
            "is_plain_json",
            "json_problems",
            "keep_extra",
            "missing",
            "nest",
            "own_extra",
            "unknown_case",
            "unknown_keys",
            "with_extra",
            "wrong_tag",
        )
    },
}


class Dialect:
    """One wire dialect of the realtime protocol: reads any of its events, writes them byte for byte.

    >>> import realtime_dialects as rd
    >>> event = rd.AZURE.loads('{"response": {"commit": false}, "type": "response.create"}')
    >>> event.response.commit
    False
    >>> rd.AZURE.dumps(event)
    '{"response": {"commit": false}, "type": "response.create"}'
    """

    #: The dialect's id, as used by :func:`realtime_dialects.dialect` and the CLI.
    name: ClassVar[str]
    #: How each neutral class looks on this dialect's wire, by class name.
    shapes: ClassVar[Mapping[str, Shape]]
    #: Codecs this dialect spells differently from the defaults, by annotation name.
    codecs: ClassVar[Mapping[str, Codec]] = {}
    #: Neutral classes (by name) and enum members this dialect cannot express, with the reason.
    unsupported: ClassVar[Mapping[Any, str]] = {}
    #: Other forms of classes, by family: where the dialect's SDK writes a class differently in
    #: different places (see :class:`~.tables.Shape`); a family's table holds only what differs.
    families: ClassVar[Mapping[str, Mapping[str, Shape]]] = {}
    #: The family server events read and write their objects with (None: the plain shapes).
    server_family: ClassVar[str | None] = None
    #: Whether an undeclared key set to ``null`` is kept and written back (Azure's SDK keeps the
    #: raw object), or is not set (pydantic's ``exclude_none`` writes it not at all).
    undeclared_nulls: ClassVar[bool] = True
    #: How :meth:`encode` separates the items of an object and a key from its value: the fused
    #: path writes the text of a flat event (strings, integers, booleans) itself with them.
    separators: ClassVar[tuple[str, str]] = (",", ":")

    def verbatim_strings(self, family: str | None) -> bool:
        """Whether :meth:`encode` writes, in events of ``family``, any string with no quote, backslash or
        control character as it is: beyond ASCII, DEL too (not ``json.dumps``' ASCII escapes, nor .NET's).

        The fused path writes a flat event read without a backslash itself; where this is false, only
        while its strings are ASCII without DEL.
        """
        return False

    def __init__(self) -> None:
        if not isinstance(getattr(self, "name", None), str):
            raise TypeError(
                f"{type(self).__name__} cannot be made: a dialect is a subclass of Dialect declaring its name (a str)"
            )
        if self.name in REGISTRY:
            raise ValueError(f"a dialect named {self.name!r} exists already")
        from . import _MODULES  # the built-in dialects, imported on first use: their names are taken

        module = _MODULES.get(self.name)
        if module is not None and not f"{type(self).__module__}.".startswith(f"{__package__}.{module}."):
            raise ValueError(f"a dialect named {self.name!r} exists already (built in)")
        # Checked before the dialect is registered: an incomplete one would take its name and fail on first use.
        if not isinstance(getattr(self, "shapes", None), Mapping) or type(self).encode is Dialect.encode:
            raise TypeError(
                f"{type(self).__name__} is not a complete dialect: a subclass of Dialect declares its shapes "
                "(a mapping of class names to Shape) and defines encode()"
            )
        self._lock = held_lock(self)
        self._namespace: Namespace | None = None
        self._codecs: dict[Any, Codec] = {}
        self._checked: set[tuple[str, str | None]] = set()
        self._events: dict[str, str] | None = None
        self._variants: dict[str, tuple[tuple[str, str, str], ...]] = {}
        #: Built functions by what calls them most: the reader of each wire type, the writer of each class.
        self._event_readers: dict[Any, Callable[[Any], Any]] = {}
        self._class_writers: dict[type, Callable[[Any, Any, Any], Any]] = {}
        self._key_paths: dict[tuple[str, str], str] = {}
        self._group_paths: dict[str, frozenset[tuple[str, ...]]] = {}
        self._converter: cattrs.Converter | None = None
        self._resolver = Resolver(self)
        self._readers = Readers(self)
        self._writers = Writers(self)
        self._server_writers = Writers(self, bounded=False)
        REGISTRY[self.name] = self

    def __repr__(self) -> str:
        return f"<Dialect {self.name!r}>"

    def __reduce__(self) -> tuple[Callable[[str], Dialect], tuple[str]]:
        # A dialect is a registered singleton: pickled by name, as enum members are,
        # so that it crosses process boundaries as itself.
        return registered, (self.name,)

    def __copy__(self) -> Dialect:
        return self

    def __deepcopy__(self, memo: Any) -> Dialect:
        return self

    # ------------------------------------------------------------------ subclass hook

    def encode(self, wire: dict[str, Any]) -> str:
        """Turn a wire dict (keys already in order) into this dialect's exact text."""
        raise NotImplementedError

    def encoder(self, kind: str) -> Callable[[dict[str, Any]], str]:
        """:meth:`encode` for events of wire type ``kind``: what a session's hot loop calls per event.

        A dialect whose text depends on the event's type chooses once here instead of per event.
        """
        return self.encode

    # ------------------------------------------------------------------ reading

    @overload
    def loads(self, data: Text, *, max_size: int | None = ..., keep_unknown: bool = ...) -> Any: ...
    @overload
    def loads(self, data: Text, *, cl: type[T], max_size: int | None = ..., keep_unknown: bool = ...) -> T: ...
    @overload
    def loads(self, data: Text, *, cl: Any, max_size: int | None = ..., keep_unknown: bool = ...) -> Any: ...
    def loads(
        self, data: Text, *, cl: Any = None, max_size: int | None = MAX_INPUT_SIZE, keep_unknown: bool = False
    ) -> Any:
        """Read JSON text into a neutral event: any event of this dialect, told apart by its ``type``.

        ``cl`` restricts what is read: one event class, ``rd.ClientEvent`` or
        ``rd.ServerEvent``, or a class that is not an event (``ResponseCreateParams``);
        an event whose ``type`` is none of those asked for is refused for its type alone.
        Server events keep keys the dialect does not declare in ``extra``; client
        events refuse them unless ``keep_unknown`` is true. Raises
        :class:`~realtime_dialects.InvalidPayloadError` naming every problem. Input
        longer than ``max_size`` (bytes, or characters of a ``str``;
        :data:`MAX_INPUT_SIZE` by default, ``None`` for no limit) is refused unparsed.
        """
        return self._read_parsed(self.parse(data, max_size, parsed=_USE_LOAD), cl, keep_unknown)

    def load(self, obj: Any, *, cl: Any = None, keep_unknown: bool = False) -> Any:
        """Read already-parsed JSON (dicts and lists) into a neutral event, or ``cl``.

        The input must be plain JSON throughout — no sets, NaN, integers beyond 64
        bits, cycles, other types (dates, UUIDs, plain enums), or nesting deeper than
        ``MAX_JSON_DEPTH`` levels — so that every dialect can write what it read.
        Tuples are taken as lists inside opaque JSON values (a tool's ``parameters``);
        a typed list field (``modalities``, ``tools``) takes only a list.
        """
        if not _runtime.is_plain_json(obj, limit_depth=True):
            problems = _runtime.json_problems(obj, _runtime.MAX_JSON_DEPTH)
            if problems:
                raise self._invalid(_runtime.Invalid(problems))
        return self._read_parsed(obj, cl, keep_unknown)

    def parse(self, data: Text, max_size: int | None = MAX_INPUT_SIZE, *, parsed: str = AS_TEXT) -> Any:
        """Parse JSON text, refusing it as this dialect's :class:`InvalidPayloadError` when malformed.

        ``parsed`` says what to do instead when ``data`` is JSON already parsed (a dict or a list).
        """
        try:
            if max_size is not None and len(data) > max_size:
                message = f"input of {len(data)} bytes or characters exceeds max_size={max_size}"
                raise InvalidPayloadError([Problem("$", message)], self.name)
            return orjson.loads(data)
        except orjson.JSONDecodeError as error:  # also what orjson says of a value that is not text
            if isinstance(data, str | bytes) and type(data) not in (str, bytes):  # a subclass: orjson takes none
                text = str.__str__(data) if isinstance(data, str) else bytes(memoryview(data))
                return self.parse(text, max_size, parsed=parsed)
            if isinstance(data, memoryview) and not data.c_contiguous:  # a strided view: orjson reads none
                return self.parse(data.tobytes(), max_size, parsed=parsed)
            message = _not_text(data, parsed) or _malformed(data, error)
            raise InvalidPayloadError([Problem("$", message)], self.name) from None
        except TypeError:  # len() of a value that is not text, or a max_size that is not a number
            message = _not_text(data, parsed)
            if not message:
                raise TypeError(f"max_size must be an int or None, got {max_size!r}") from None
            raise InvalidPayloadError([Problem("$", message)], self.name) from None

    def _read_parsed(self, obj: Any, cl: Any, keep_unknown: bool) -> Any:
        if cl is None and not keep_unknown:
            return self.read_event(obj)
        if isinstance(cl, type):
            name = cl.__name__
            if not self.has_shape(name):  # no payload could be read as one: the call is wrong, not the data
                neutral_class(name)  # a class of the model at all? (says so if not)
                raise TypeError(f"{self.name} has no {name}: there is nothing to read it from")
            if model.is_event(name):
                name = self._event_shape(obj, name)
        else:
            name = self.event_name(obj, _members(cl))
        try:
            return self.reader(name, reading_mode(neutral_class(name), keep_unknown))(obj)
        except _runtime.Invalid as error:
            raise self._invalid(error) from None

    def _event_shape(self, obj: Any, name: str) -> str:
        """The shape of event class ``name`` that reads ``obj``, by its ``type`` (a variant's too).

        A ``type`` that is not one of the class's makes ``obj`` another event, or none: that is
        its one problem, as when dispatching without ``cl``. Checked against the class asked for,
        the rest would list how two events differ (``response.create``'s ``response`` an unknown
        key of ``session.update``, its ``session`` missing), not what is wrong with ``obj``.
        Without a ``type`` (absent or null), ``obj`` is read as the class, which says so.
        """
        kind = obj.get("type") if obj.__class__ is dict else None
        if kind is None:
            return name
        found = self.events().get(kind) if kind.__class__ is str else None
        if found is not None and (found == name or found.startswith(name + ":")):
            return found
        tags = [tag for tag, shape in self.events().items() if shape.partition(":")[0] == name]
        if not tags:  # no event of the dialect, by its type: its reader says what is wrong
            return name
        message = f"expected {_runtime.tags_expected(tags)}, got {_runtime.describe(kind, _runtime.SHOWN_NAME)}"
        raise InvalidPayloadError([Problem("$.type", message)], self.name)

    def read_event(self, obj: Any) -> Any:
        """Read any event of this dialect from parsed JSON (the hot path of ``loads`` and translations)."""
        kind = obj.get("type") if obj.__class__ is dict else None
        read = self._event_readers.get(kind) if kind.__class__ is str else None
        if read is None:
            name = self.event_name(obj)
            read = self.reader(name, reading_mode(neutral_class(name), False))
            self._event_readers[obj["type"]] = read
        try:
            return read(obj)
        except _runtime.Invalid as error:
            raise self._invalid(error) from None

    def event_class(self, obj: Any, allowed: frozenset[str] | None = None) -> type:
        """The neutral event class of a parsed event, by its ``type``; ``allowed`` restricts the choice."""
        return neutral_class(self.event_name(obj, allowed))

    def event_name(self, obj: Any, allowed: frozenset[str] | None = None) -> str:
        """The shape name of a parsed event (``"SessionUpdateEvent:transcription"`` for a variant)."""
        events = self.events()
        kind = obj.get("type") if obj.__class__ is dict else None
        name = events.get(kind) if kind.__class__ is str else None
        if name is None or (allowed is not None and name.partition(":")[0] not in allowed):
            if obj.__class__ is not dict:
                raise self._invalid(_runtime.Invalid.expected("an object", obj))
            known = sorted(tag for tag, cls in events.items() if allowed is None or cls.partition(":")[0] in allowed)
            if kind is None:
                message = _runtime.absent("type" in obj)
            elif name is not None:  # an event of this dialect, of none of the classes asked for
                found = name.partition(":")[0]
                shown = _runtime.describe(kind, _runtime.SHOWN_NAME)
                message = f"{shown} is {found}'s type, not one of the {len(known)} asked for: "
                message += ", ".join(map(repr, known))
            else:
                message = self._unknown_type(kind, known)
            raise InvalidPayloadError([Problem("$.type", message)], self.name)
        return name

    def _unknown_type(self, kind: Any, known: list[str]) -> str:
        """What is wrong with an event type none of this dialect's (of those ``known``) is.

        Another dialect's type names its counterpart here; a near miss (a typo) the types it
        is near; only a type like none of them gets the list of them all.
        """
        if kind.__class__ is not str:
            return f"unknown event type {_runtime.describe(kind)}; {self.name} has {len(known)}: " + ", ".join(
                map(repr, known)
            )
        message = f"unknown event type {_runtime.quoted(kind)}"
        hint = self._elsewhere(kind)
        if hint:
            return message + hint
        near = _near(kind, known)
        if near:
            return f"{message}; did you mean {' or '.join(map(repr, near))}?"
        return f"{message}; {self.name} has {len(known)}: " + ", ".join(map(repr, known))

    def _elsewhere(self, kind: str) -> str:
        """Where another built-in dialect has the event type ``kind`` (text read as the wrong dialect), and ours.

        Only on the error path: the other built-in dialects are imported to look.
        """
        from . import _MODULES, dialect  # the registry's, imported here: this module is its dependency

        found: dict[str, list[str]] = {}  # neutral class -> the dialects that call it ``kind``
        for other in _MODULES:
            if other != self.name:
                held = dialect(other).events().get(kind)
                if held is not None:
                    found.setdefault(held.partition(":")[0], []).append(other)
        if not found:
            return ""
        ours = {name.partition(":")[0]: tag for tag, name in self.events().items()}
        parts = []
        for cls, where in found.items():
            ours_for = f"{self.name}'s is {ours[cls]!r}" if cls in ours else f"{self.name} has no such event"
            parts.append(f"an event type of {' and '.join(where)}; {ours_for}")
        return f" ({'; '.join(parts)})"

    def events(self) -> dict[str, str]:
        """Every event this dialect reads: wire ``type`` -> neutral class name."""
        if self._events is None:
            events: dict[str, str] = {}
            for name, shape in self.shapes.items():
                tag = shape.tag()
                if tag is not None and model.is_event(name.partition(":")[0]):
                    if tag in events:
                        raise TypeError(f"dialect {self.name!r}: {events[tag]} and {name} are both {tag!r}")
                    events[tag] = name
            self._events = events
        return self._events

    # ------------------------------------------------------------------ writing

    def dumps(self, obj: Record, *, on_unsupported: OnUnsupported = "raise") -> str:
        """Write a neutral event (or any neutral object) as this dialect's exact wire text.

        ``on_unsupported`` decides what happens to fields this dialect cannot
        express: ``"raise"`` (:class:`~realtime_dialects.UnsupportedError`, before
        anything is written), ``"warn"`` (one :class:`~realtime_dialects.LossWarning`
        each) or ``"drop"`` (silently left out). An event this dialect has no form
        for at all cannot be written under any policy.
        """
        return self.encode_checked(self.dump(obj, on_unsupported=on_unsupported))

    def dump(self, obj: Record, *, on_unsupported: OnUnsupported = "raise") -> dict[str, Any]:
        """Like :meth:`dumps`, but return the wire dict (keys in wire order)."""
        check_policy(on_unsupported)
        wire, raw = self.write(obj, trusted=False)
        apply_policy(self.render_losses(raw, None), on_unsupported, self.name)
        return wire

    def losses(self, obj: Record) -> tuple[Loss, ...]:
        """Every field of ``obj`` this dialect cannot express, without writing anything."""
        try:
            return self.render_losses(self.write(obj, trusted=False)[1], None)
        except UnsupportedError as error:
            return error.losses

    def write(self, obj: Any, *, trusted: bool) -> tuple[dict[str, Any], list[tuple[Any, str]]]:
        """The wire dict of ``obj`` and the raw losses (chains and reasons).

        ``trusted`` says ``obj`` came straight from one of our readers, so opaque JSON
        needs no second check. Raises :class:`UnsupportedError` (a loss at ``$``) when
        the object as a whole has no form here.
        """
        cls = type(obj)
        write = self._class_writers.get(cls)
        if write is None:
            if not attrs.has(cls) or getattr(model, cls.__name__, None) is not cls:
                raise TypeError(f"expected a neutral model object, got {cls.__name__}")
            write = self._class_writers[cls] = self.writer(cls.__name__)
        ctx = _runtime.TrustedContext() if trusted else _runtime.WriteContext()
        try:
            wire = write(obj, ctx, None)
        except _runtime.Invalid as error:
            raise self._invalid(error) from None
        if wire.__class__ is _runtime.Flag:  # the object as a whole cannot be written
            raise UnsupportedError([Loss("$", str(wire.reason))], self.name)
        return wire, ctx.losses

    def encode_checked(self, wire: dict[str, Any]) -> str:
        """:meth:`encode`, reporting what the encoder refuses as an :class:`InvalidPayloadError`."""
        try:
            return self.encode(wire)
        except (TypeError, ValueError, RecursionError, OverflowError) as error:
            # The whole wire dict is walked: its own levels come on top of the opaque values' limit.
            problems = _runtime.json_problems(wire, _runtime.ORJSON_DEPTH) or [((), f"cannot be written: {error}")]
            raise self._invalid(_runtime.Invalid(problems)) from None

    # ------------------------------------------------------------------ losses

    def render_losses(self, raw: list[tuple[Any, str]], source: Dialect | None) -> tuple[Loss, ...]:
        """Raw losses as :class:`Loss` objects, paths in ``source``'s wire names (neutral names without one)."""
        return tuple(Loss(_loss_path(chain, source), reason) for chain, reason in raw)

    def key_path(self, cls: str, attr: str) -> str:
        """The wire path of attribute ``attr`` of class ``cls`` within its object (``".audio.output.voice"``)."""
        try:
            return self._key_paths[cls, attr]
        except KeyError:
            pass
        path: tuple[str, ...] = (attr,)
        shape = self.shapes.get(cls)
        if shape is not None:
            found = _find_key(shape.entries, attr, ())
            if found is not None:
                path = found
        rendered = self._key_paths[cls, attr] = render_path(path)[1:]
        return rendered

    def group_paths(self, name: str) -> frozenset[tuple[str, ...]]:
        """Where this dialect's forms of class ``name`` nest objects that hold undeclared keys of
        their own (``("audio", "output")``, a format object): another dialect's writer looks for
        this dialect's undeclared keys in them, to name each at its own path."""
        found = self._group_paths.get(name)
        if found is None:
            cls = neutral_class(name)
            forms = [(None, self.shapes.get(name)), *((f, table.get(name)) for f, table in self.families.items())]
            paths = {
                path
                for family, shape in forms
                if shape is not None
                for writers in (self._writers, self._server_writers)
                for path in writers.groups(cls, shape.entries, family)
                if path
            }
            found = self._group_paths[name] = frozenset(paths)
        return found

    # ------------------------------------------------------------------ the generated code

    def shape(self, name: str, family: str | None = None) -> Shape:
        """The shape of class ``name`` in ``family`` (the family's own, else the plain one).

        Each is checked against its class once: it must cover every attribute once.
        """
        table = self.families.get(family) if family is not None else None
        shape = table.get(name) if table is not None else None
        if shape is None:
            shape = self.shapes[name]
            family = None
        if (name, family) not in self._checked:
            check_shape(self, name, shape)
            self._checked.add((name, family))
        return shape

    def has_shape(self, name: str, family: str | None = None) -> bool:
        """Whether class ``name`` has a form in ``family`` (or a plain one)."""
        return name in self.shapes or (family is not None and name in self.families.get(family, {}))

    def variants(self, name: str) -> tuple[tuple[str, str, str], ...]:
        """The variants of class ``name``: ``(shape name, attribute, class name)`` for each ``when`` shape."""
        found = self._variants.get(name)
        if found is None:  # asked for every class a generated function meets: the shapes are scanned once a class
            prefix = name + ":"
            shapes = self.shapes.items()
            found = tuple(
                (key, *shape.when) for key, shape in shapes if key.startswith(prefix) and shape.when is not None
            )
            self._variants[name] = found
        return found

    def family_of(self, name: str) -> str | None:
        """The family an event's objects are read and written with (its own, else by its direction)."""
        shape = self.shapes.get(name)
        if shape is not None and shape.family is not None:
            return shape.family
        if model.direction_of(name.partition(":")[0]) == "server":  # by name: no model module imported
            return self.server_family
        return None

    def codec(self, cls: type, entry: Field, family: str | None = None, bounded: bool = True) -> Codec:
        """The codec of ``entry``: its own, or the one its attribute's annotation implies;
        without its ranges and size limits unless ``bounded`` (server events)."""
        codec = entry.codec
        if codec is not None:
            if bounded:
                return codec
            key: Any = codec  # a codec of the tables' own (records hash by identity)
        else:
            key = (cls, entry.attr, family, bounded)
        found = self._codecs.get(key)
        if found is None:
            if codec is None:
                codec = self._resolver.attribute_codec(cls, entry.attr, family)
            found = self._codecs[key] = codec if bounded else codec.unbounded()
        return found

    @property
    def checks(self) -> Mapping[str, tuple[Any, ...]]:
        """The rules every dialect applies to a neutral class after reading it and before writing it."""
        from ._checks import CHECKS

        return CHECKS

    @property
    def namespace(self) -> Namespace:
        if self._namespace is None:
            with self._lock:
                if self._namespace is None:
                    self._namespace = Namespace(self.name, HELPERS, _cache.cache_dir(type(self), self.name))
        return self._namespace

    def reader(self, cls: str, mode: str = STRICT, family: str | None = None) -> Callable[[Any], Any]:
        """The generated reader of class ``cls`` (an event's family by default), built now if need be."""
        if family is None and model.is_event(cls.partition(":")[0]):
            family = self.family_of(cls)
        name = reader_name(cls, mode, family)
        return self.namespace.function(name, lambda unit: self._readers.build(unit, cls, mode, family))

    def writer(self, cls: str, family: str | None = None) -> Callable[[Any, Any, Any], Any]:
        """The generated writer of class ``cls`` (an event's family by default), built now if need be.

        A server event's writer writes its values as they are, ranges and size limits open.
        """
        writers = self._writers
        if model.is_event(cls):
            family = self.family_of(cls) if family is None else family
            if model.direction_of(cls) == "server":
                writers = self._server_writers
        name = writer_name(cls, family, writers.bounded)
        return self.namespace.function(name, lambda unit: writers.build(unit, cls, family))

    def prepare(self, *into: str | Dialect) -> Dialect:
        """Build every reader and writer of this dialect now rather than on first use; return it.

        With ``into``, also the translations of its events into those dialects. Useful to warm
        the compiled-code cache when building an image, or before serving traffic so that no
        event pays for building.

        >>> import realtime_dialects as rd
        >>> rd.AZURE.prepare("openai-ga") is rd.AZURE
        True
        """
        from ..translate import translation  # the translations sit above the dialects

        for target in into:
            translation(self, target).prepare()
        for family in (None, *self.families):
            names = self.shapes if family is None else self.families[family]
            for name in names:
                mode = reading_mode(neutral_class(name), False)
                self.reader(name, mode, family)
                if ":" not in name:
                    self.writer(name, family)
        return self

    # ------------------------------------------------------------------ cattrs

    @property
    def converter(self) -> cattrs.Converter:
        """A cattrs converter whose hooks are this dialect's generated functions.

        Built once, on first use (importing cattrs costs more than the rest of the
        package), and shared: ``converter.structure(wire, ResponseCreateParams)``
        reads, ``converter.unstructure(obj)`` writes.
        """
        if self._converter is None:
            with self._lock:
                if self._converter is None:
                    self._converter = self._make_converter()
        return self._converter

    def _make_converter(self) -> cattrs.Converter:
        import cattrs

        converter = cattrs.Converter()

        def handles(cl: Any) -> bool:
            return isinstance(cl, type) and cl.__name__ in self.shapes and getattr(model, cl.__name__, None) is cl

        def structure(value: Any, cl: type) -> Any:
            return self._read_parsed(value, cl, False)

        # By predicate: register_structure_hook(cls, ...) would resolve the class's
        # annotations, which name classes of model modules not imported yet.
        converter.register_structure_hook_func(handles, structure)
        converter.register_unstructure_hook_func(handles, self.dump)
        return converter

    # ------------------------------------------------------------------ errors

    def _invalid(self, error: _runtime.Invalid) -> InvalidPayloadError:
        return InvalidPayloadError([Problem(render_path(path), message) for path, message in error.problems], self.name)


# --------------------------------------------------------------------------- helpers


def _not_text(data: object, parsed: str) -> str:
    """What is wrong with ``data`` as JSON text: nothing (``""``) if it is text.

    JSON already parsed is told ``parsed``, what to do with it instead.
    """
    if isinstance(data, str | bytes | bytearray | memoryview):
        return ""
    message = f"expected JSON text (str or bytes), got a Python {type(data).__name__}"
    return f"{message}; {parsed}" if data.__class__ is dict or data.__class__ is list else message


def _malformed(data: Text, error: orjson.JSONDecodeError) -> str:
    """What is wrong with text orjson refused; for bytes that are not UTF-8, where and why."""
    blank = data.strip(" \t\r\n") if isinstance(data, str) else bytes(data).strip(b" \t\r\n")
    if not blank:
        # orjson words empty text two ways ("Input is a zero-length, empty document", "input data is empty").
        return "malformed JSON: empty input, no JSON value"
    if not isinstance(data, str):
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return "malformed JSON: UTF-16 text (it begins with a UTF-16 byte order mark); JSON text is UTF-8"
        try:
            bytes(data).decode()
        except UnicodeDecodeError as bad:
            return f"malformed JSON: not UTF-8: byte 0x{bad.object[bad.start]:02x} at offset {bad.start}"
    else:
        try:
            data.encode()
        except UnicodeEncodeError as bad:
            return f"malformed JSON: a lone surrogate (U+{ord(data[bad.start]):04X}) at index {bad.start}"
    return f"malformed JSON: {error}"


def reading_mode(cls: type, keep_unknown: bool) -> str:
    """Server events keep undeclared keys and take values out of range; everything else refuses
    both, but keeps undeclared keys when asked to."""
    if getattr(cls, "direction", None) == "server":
        return SERVER
    return KEEP if keep_unknown else STRICT


#: How alike (:meth:`difflib.SequenceMatcher.ratio`) a type must be to one of ours to be taken for a typo of it.
_NEAR = 0.8


def _near(kind: str, known: list[str]) -> list[str]:
    """The types of ``known`` that ``kind`` is likely a typo of: the closest (and any as close), if close at all.

    Event types share long prefixes (``response.``), so several are always somewhat alike:
    only the best is named, and only when it is much alike. A type longer than any of ours
    by far is like none (and not worth comparing: hostile input may be megabytes).
    """
    if len(kind) > _runtime.SHOWN_NAME:
        return []
    matcher = difflib.SequenceMatcher(b=kind.lower())
    scores: dict[str, float] = {}
    for tag in known:
        matcher.set_seq1(tag)
        if matcher.real_quick_ratio() >= _NEAR and matcher.quick_ratio() >= _NEAR:
            scores[tag] = matcher.ratio()
    best = max(scores.values(), default=0.0)
    return [tag for tag, score in scores.items() if score == best] if best >= _NEAR else []


def _members(cl: Any) -> frozenset[str] | None:
    """The class names a ``cl`` union (``rd.ClientEvent``) admits; None for no restriction."""
    if cl is None:
        return None
    members = typing.get_args(cl)
    if not members or not all(isinstance(member, type) for member in members):
        raise TypeError(f"cl must be a neutral model class or a union of them, got {cl!r}")
    names = frozenset(member.__name__ for member in members if member is not type(None))  # Optional[...]
    if not names or not all(model.is_event(name) for name in names):  # dispatched by their event types only
        raise TypeError(f"cl must be one class, or a union of event classes, got {cl!r}: read its members one by one")
    return names


def _group_paths(name: str, cls: str) -> frozenset[tuple[str, ...]]:
    found = REGISTRY.get(name)
    return found.group_paths(cls) if found is not None and cls else frozenset()


_runtime.GROUP_PATHS = _group_paths


def _loss_path(chain: Any, source: Dialect | None) -> str:
    """A loss chain as a wire path of ``source`` (neutral attribute names without one)."""
    out = ["$"]
    for step in _runtime.chain_steps(chain):
        if step.__class__ is int:
            out.append(f"[{step}]")
        elif step.__class__ is _runtime.WireKey:
            out.append(render_path([str(step)])[1:])
        else:
            cls, attr = step
            out.append(source.key_path(cls, attr) if source is not None else "." + attr)
    return "".join(out)


def _find_key(entries: tuple[Any, ...], attr: str, prefix: tuple[str, ...]) -> tuple[str, ...] | None:
    for entry in entries:
        if isinstance(entry, Field) and entry.attr == attr:
            return (*prefix, entry.key)
        if isinstance(entry, Nested):
            found = _find_key(entry.entries, attr, (*prefix, entry.key))
            if found is not None:
                return found
    return None


def check_shape(dialect: Dialect, name: str, shape: Shape) -> None:
    """A shape must cover each attribute of its class once (``extra`` is the engine's)."""
    cls = neutral_class(name)
    covered = [entry.attr for entry in walk(shape.entries) if isinstance(entry, Field | Unsupported)]
    names = [a.name for a in attrs.fields(cls) if a.name != "extra"]
    duplicated = {a for a in covered if covered.count(a) > 1}
    missing = set(names) - set(covered)
    extra = set(covered) - set(names)
    if duplicated or missing or extra:
        raise TypeError(
            f"dialect {dialect.name!r}, {name}: shape must cover each attribute once "
            f"(missing {sorted(missing)}, unknown {sorted(extra)}, repeated {sorted(duplicated)})"
        )


def check_policy(policy: str) -> None:
    if policy not in POLICIES:
        raise ValueError(f"on_unsupported must be one of {', '.join(map(repr, POLICIES))}, got {policy!r}")


def apply_policy(losses: tuple[Loss, ...], policy: str, dialect: str) -> None:
    """Raise, warn about or drop ``losses`` as ``policy`` says."""
    if not losses:
        return
    if policy == "raise":
        raise UnsupportedError(losses, dialect)
    if policy == "warn":
        warn_losses(losses)


def registered(name: str) -> Dialect:
    """The registered dialect called ``name`` (what a pickled dialect is rebuilt from).

    A built-in dialect not imported yet in this process (a worker's) is imported now.
    """
    from . import dialect  # the package, which knows the built-in dialects' modules

    return dialect(name)
