"""The :class:`Dialect` base: reading, writing, losses, and the shared value checks.

A dialect subclass declares three things (see ``azure.py``):

* ``name`` — its id (``"azure"``);
* ``shapes`` — a :class:`~._schema.Shape` per neutral class: key order, codecs,
  omission rules and unsupported attributes, as data;
* ``encode`` — how a wire dict becomes text.

Everything else — readers, writers, path tracking, loss policies, the cattrs
converter — is built here, once (the converter on first use).
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

import orjson

from .. import model as m
from ..errors import InvalidPayloadError, Loss, LossWarning, Problem, UnsupportedError, render_path
from . import _cache, _runtime
from ._compile import Compiler, check_shapes
from ._schema import Shape

if TYPE_CHECKING:
    import cattrs

__all__ = ["Dialect", "OnUnsupported"]

OnUnsupported = Literal["raise", "warn", "drop"]

#: The default ``max_size`` of :meth:`Dialect.loads` and ``translate``: 32 MiB, far above any
#: ``response.create`` a service accepts, so that a runaway input fails fast instead of
#: being parsed. Measured in bytes, or in characters for ``str`` input (no encoding pass).
MAX_INPUT_SIZE = 32 * 1024 * 1024
_POLICIES = ("raise", "warn", "drop")

T = TypeVar("T")

# --------------------------------------------------------------------------- neutral checks

_PARTS_BY_ROLE: dict[str, tuple[type, ...]] = {
    "system": (m.InputText,),
    "user": (m.InputText, m.InputAudio, m.InputImage),
    "assistant": (m.OutputText, m.OutputAudio),
}
_PART_NAMES: dict[type, str] = {
    m.InputText: "input text",
    m.InputAudio: "input audio",
    m.InputImage: "an input image",
    m.OutputText: "output text",
    m.OutputAudio: "output audio",
}


#: Per role, the part classes it must not hold (unknown roles are the codec's to report).
_FORBIDDEN_PARTS = {role: frozenset(_PART_NAMES) - frozenset(parts) for role, parts in _PARTS_BY_ROLE.items()}
_FINE: tuple[()] = ()


def _check_message(
    item: m.MessageItem, forbidden_for: Callable[[Any], frozenset[type] | None] = _FORBIDDEN_PARTS.get
) -> Sequence[_runtime.RawProblem]:
    """A message's parts must suit its role (the same rule in every dialect).

    Runs for every message read, so the common case is a set lookup per part
    (``forbidden_for`` is bound once, not looked up on every call).
    """
    content = item.content
    if content.__class__ is tuple:  # anything else is the content codec's to report
        forbidden = forbidden_for(item.role)  # None: an unknown role, the role codec's to report
        if forbidden is not None:
            for part in content:
                if part.__class__ in forbidden:
                    return _misplaced_parts(item, forbidden)
    return _FINE


def _misplaced_parts(item: m.MessageItem, forbidden: frozenset[type]) -> list[_runtime.RawProblem]:
    kinds = ", ".join(_PART_NAMES[kind] for kind in _PARTS_BY_ROLE[item.role])
    return [
        (("content", index), f"a {item.role} message takes {kinds}, not {_PART_NAMES[type(part)]}")
        for index, part in enumerate(item.content)
        if type(part) in forbidden
    ]


def _check_params(params: m.ResponseCreateParams) -> Sequence[_runtime.RawProblem]:
    message = params.pre_generated_assistant_message
    if type(message) is m.MessageItem and message.role != "assistant":
        return [(("pre_generated_assistant_message", "role"), f"must be 'assistant', got {message.role!r}")]
    return _FINE


CHECKS: dict[type, Callable[[Any], Sequence[_runtime.RawProblem]]] = {
    m.MessageItem: _check_message,
    m.ResponseCreateParams: _check_params,
}

#: Every dialect instantiated so far, by name.
REGISTRY: dict[str, Dialect] = {}


class Dialect:
    """One wire dialect of ``response.create``: reads it, writes it byte for byte.

    >>> import realtime_dialects as rd
    >>> event = rd.AZURE.loads('{"response": {"commit": false}, "type": "response.create"}')
    >>> event.response.commit
    False
    >>> rd.AZURE.dumps(event)
    '{"response": {"commit": false}, "type": "response.create"}'
    """

    #: The dialect's id, as used by :func:`realtime_dialects.dialect` and the CLI.
    name: ClassVar[str]
    #: How each neutral class looks on this dialect's wire.
    shapes: ClassVar[Mapping[type, Shape]]

    def __init__(self) -> None:
        if self.name in REGISTRY:
            raise ValueError(f"a dialect named {self.name!r} exists already")
        check_shapes(self.name, self.shapes)  # a table that misses an attribute fails here, at import
        # The generated functions are built on first use (see _build): compiling them
        # costs tens of milliseconds per dialect, which only the dialects in use pay.
        self._readers: dict[type, Callable[[Any], Any]] = {}
        self._writers: dict[type, Callable[[Any, _runtime.WriteContext, Any], Any]] = {}
        self._rendered_keys: dict[tuple[type, str], str] = {}
        self._built = False
        self._build_lock = threading.Lock()
        self._converter: cattrs.Converter | None = None
        self._converter_lock = threading.Lock()
        REGISTRY[self.name] = self

    def prepare(self) -> Dialect:
        """Build this dialect's readers and writers now rather than on first use; return it.

        Useful before serving traffic, so the first event does not pay for it.

        >>> import realtime_dialects as rd
        >>> rd.AZURE.prepare() is rd.AZURE
        True
        """
        if not self._built:
            self._build()
        return self

    def _build(self) -> None:
        with self._build_lock:
            if self._built:
                return
            compiler = Compiler(self.name, self.shapes, CHECKS)
            readers = {cls: compiler.class_reader(cls) for cls in self.shapes}
            writers = {cls: compiler.class_writer(cls) for cls in self.shapes}
            compiler.finish(_cache.cache_path(type(self), self.name))
            # Published complete, one attribute at a time, before _built says so.
            # Each attribute's wire keys as a rendered path segment (".audio.output.voice").
            self._rendered_keys = {key: render_path(path)[1:] for key, path in compiler.key_paths.items()}
            self._writers = {cls: compiler.function(name) for cls, name in writers.items()}
            self._readers = {cls: compiler.function(name) for cls, name in readers.items()}
            self._built = True

    def __repr__(self) -> str:
        return f"<Dialect {self.name!r}>"

    # ------------------------------------------------------------------ subclass hook

    def encode(self, wire: dict[str, Any]) -> str:
        """Turn a wire dict (keys already in order) into this dialect's exact text."""
        raise NotImplementedError

    # ------------------------------------------------------------------ reading

    @overload
    def loads(
        self, data: str | bytes | bytearray | memoryview, *, max_size: int | None = MAX_INPUT_SIZE
    ) -> m.ResponseCreateEvent: ...
    @overload
    def loads(
        self, data: str | bytes | bytearray | memoryview, *, cl: type[T], max_size: int | None = MAX_INPUT_SIZE
    ) -> T: ...
    def loads(
        self,
        data: str | bytes | bytearray | memoryview,
        *,
        cl: type[Any] = m.ResponseCreateEvent,
        max_size: int | None = MAX_INPUT_SIZE,
    ) -> Any:
        """Read JSON text into a neutral event (or ``cl``, e.g. ``ResponseCreateParams``).

        Raises :class:`~realtime_dialects.InvalidPayloadError` naming every problem.
        Input longer than ``max_size`` (bytes, or characters of a ``str``;
        :data:`MAX_INPUT_SIZE` by default, ``None`` for no limit) is refused unparsed.
        """
        try:
            if max_size is not None and len(data) > max_size:
                message = f"input of {len(data)} bytes or characters exceeds max_size={max_size}"
                raise InvalidPayloadError([Problem("$", message)], self.name)
            parsed = orjson.loads(data)
        except orjson.JSONDecodeError as error:
            raise InvalidPayloadError([Problem("$", f"malformed JSON: {error}")], self.name) from None
        except TypeError:
            message = f"expected JSON text (str or bytes), got a Python {type(data).__name__}"
            raise InvalidPayloadError([Problem("$", message)], self.name) from None
        # orjson produced it: plain JSON by construction, no second check.
        return self._read_parsed(parsed, cl)

    @overload
    def load(self, obj: Any) -> m.ResponseCreateEvent: ...
    @overload
    def load(self, obj: Any, *, cl: type[T]) -> T: ...
    def load(self, obj: Any, *, cl: type[Any] = m.ResponseCreateEvent) -> Any:
        """Read already-parsed JSON (dicts and lists) into a neutral event, or ``cl``.

        The input must be plain JSON throughout — no sets, tuples as values, NaN,
        integers beyond 64 bits, cycles, or nesting deeper than
        ``MAX_JSON_DEPTH`` levels — so that every dialect can write what it read.
        """
        if not _runtime.is_plain_json(obj, limit_depth=True):
            problems = _runtime.json_problems(obj, _runtime.MAX_JSON_DEPTH)
            if problems:
                raise self._invalid(_runtime.Invalid(problems))
        return self._read_parsed(obj, cl)

    def _read_parsed(self, obj: Any, cl: type[Any]) -> Any:
        try:
            return self._reader(cl)(obj)
        except _runtime.Invalid as error:
            raise self._invalid(error) from None

    # ------------------------------------------------------------------ writing

    def dumps(self, obj: Any, *, on_unsupported: OnUnsupported = "raise") -> str:
        """Write a neutral event (or params object) as this dialect's exact wire text.

        ``on_unsupported`` decides what happens to fields this dialect cannot
        express: ``"raise"`` (:class:`~realtime_dialects.UnsupportedError`, before
        anything is written), ``"warn"`` (one :class:`~realtime_dialects.LossWarning`
        each) or ``"drop"`` (silently left out).
        """
        return self._encode_checked(self.dump(obj, on_unsupported=on_unsupported))

    def dump(self, obj: Any, *, on_unsupported: OnUnsupported = "raise") -> dict[str, Any]:
        """Like :meth:`dumps`, but return the wire dict (keys in wire order)."""
        wire, raw = self._write(obj, trusted=False)
        _apply_policy(self._render_losses(obj, raw, None), on_unsupported, self.name)
        return wire

    def losses(self, obj: Any) -> tuple[Loss, ...]:
        """Every field of ``obj`` this dialect cannot express, without writing anything."""
        return self._render_losses(obj, self._write(obj, trusted=False)[1], None)

    # ------------------------------------------------------------------ internals

    def _reader(self, cl: type[Any]) -> Callable[[Any], Any]:
        try:
            return self._readers[cl]
        except KeyError:
            if not self._built:
                self._build()
                return self._reader(cl)
            raise TypeError(f"cl must be a neutral model class, got {cl!r}") from None

    def _write(self, obj: Any, *, trusted: bool) -> tuple[dict[str, Any], list[tuple[Any, str]]]:
        writer = self._writers.get(type(obj))
        if writer is None and not self._built:
            self._build()
            writer = self._writers.get(type(obj))
        if writer is None:
            if isinstance(obj, type) or not hasattr(obj, "__attrs_attrs__"):
                raise TypeError(f"expected a neutral model object, got {type(obj).__name__}")
            raise TypeError(f"dialect {self.name!r} does not write {type(obj).__name__} on its own")
        ctx = _runtime.WriteContext(trusted)
        try:
            wire = writer(obj, ctx, None)
        except _runtime.Invalid as error:
            raise self._invalid(error) from None
        if wire.__class__ is _runtime.Flag:  # the object as a whole cannot be written
            raise UnsupportedError([Loss("$", str(wire.reason))], self.name)
        return wire, ctx.losses

    def _encode_checked(self, wire: dict[str, Any]) -> str:
        try:
            return self.encode(wire)
        except (TypeError, ValueError, RecursionError, OverflowError) as error:
            # The whole wire dict is walked: its own levels come on top of the opaque values' limit.
            problems = _runtime.json_problems(wire, _runtime.ORJSON_DEPTH) or [((), f"cannot be written: {error}")]
            raise self._invalid(_runtime.Invalid(problems)) from None

    def _invalid(self, error: _runtime.Invalid) -> InvalidPayloadError:
        return InvalidPayloadError([Problem(render_path(path), message) for path, message in error.problems], self.name)

    def _render_losses(self, root: Any, raw: list[tuple[Any, str]], source: Dialect | None) -> tuple[Loss, ...]:
        return tuple(Loss(self._loss_path(root, chain, source), reason) for chain, reason in raw)

    @staticmethod
    def _loss_path(root: Any, chain: Any, source: Dialect | None) -> str:
        """Render a neutral attribute chain as a wire path of ``source`` (neutral names without one)."""
        rendered = source.prepare()._rendered_keys if source is not None else {}
        out = ["$"]
        obj = root
        for step in _runtime.chain_steps(chain):
            if step.__class__ is int:
                out.append(f"[{step}]")
                obj = obj[step]
            else:
                # Attribute names are identifiers, rendered as themselves.
                out.append(rendered.get((obj.__class__, step)) or "." + step)
                obj = getattr(obj, step)
        return "".join(out)

    @property
    def converter(self) -> cattrs.Converter:
        """A cattrs converter whose hooks are this dialect's generated functions.

        Built once, on first use (importing cattrs costs more than the rest of the
        package), and shared: ``converter.structure(wire, ResponseCreateParams)``
        reads, ``converter.unstructure(obj)`` writes.
        """
        if self._converter is None:
            with self._converter_lock:
                if self._converter is None:
                    self._converter = self._make_converter()
        return self._converter

    def _make_converter(self) -> cattrs.Converter:
        import cattrs

        self.prepare()
        converter = cattrs.Converter()
        # By predicate: register_structure_hook(cls, ...) would resolve the class's
        # annotations, which name classes of other model modules not imported at run time.
        hooks = {cls: self._structure_hook(read) for cls, read in self._readers.items()}
        converter.register_structure_hook_func(hooks.__contains__, lambda value, cl: hooks[cl](value, cl))
        converter.register_unstructure_hook_func(self._writers.__contains__, self.dump)
        return converter

    def _structure_hook(self, read: Callable[[Any], Any]) -> Callable[[Any, type], Any]:
        def structure(value: Any, _cl: type) -> Any:
            try:
                return read(value)
            except _runtime.Invalid as error:
                raise self._invalid(error) from None

        return structure


def _check_policy(policy: str) -> None:
    if policy not in _POLICIES:
        raise ValueError(f"on_unsupported must be one of {', '.join(map(repr, _POLICIES))}, got {policy!r}")


def _apply_policy(losses: tuple[Loss, ...], policy: str, dialect: str) -> None:
    _check_policy(policy)
    if not losses:
        return
    if policy == "raise":
        raise UnsupportedError(losses, dialect)
    if policy == "warn":
        for loss in losses:
            warnings.warn(LossWarning(loss), stacklevel=4)


def translate_event(
    source: Dialect,
    target: Dialect,
    data: str | bytes | bytearray | memoryview,
    on_unsupported: str,
    max_size: int | None = MAX_INPUT_SIZE,
    *,
    report: bool = True,
) -> tuple[str, tuple[Loss, ...]]:
    """Read ``data`` in ``source`` and write it in ``target``; losses use source paths.

    With ``report=False`` the losses a ``"drop"`` policy discards are not rendered
    at all (and come back empty): ``translate()`` has no use for them.
    """
    _check_policy(on_unsupported)  # before reading: a typo is not the payload's fault
    event = source.loads(data, max_size=max_size)
    wire, raw = target._write(event, trusted=True)
    render = raw and (report or on_unsupported != "drop")
    losses = target._render_losses(event, raw, source) if render else ()
    _apply_policy(losses, on_unsupported, target.name)
    return target._encode_checked(wire), losses
