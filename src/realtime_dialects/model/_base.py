"""What every neutral class shares: the :class:`Record` base, the :class:`Event` base, value markers.

Neutral classes are frozen, slotted attrs classes built with keywords; ``None``
means "not set". Validation facts that hold in every dialect (a number's range,
a map's size limits) are written into the annotations with :data:`typing.Annotated`
markers, so that each dialect derives the same checks from the model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter
from typing import Annotated, Any, ClassVar, Literal, NamedTuple, TypeAlias

import attrs

__all__ = ["Event", "Extra", "JsonValue", "Limits", "Range", "Record"]


class _Json(NamedTuple):
    """Marks an opaque JSON value: kept exactly as parsed, never interpreted."""


#: Any JSON value, kept as parsed (dicts, lists, str, int, float, bool, None).
JsonValue: TypeAlias = Annotated[Any, _Json()]

#: Keys a dialect's payload carried that the dialect's SDK does not declare, kept so that
#: nothing is dropped: dialect name -> the undeclared keys and values, in the order read.
Extra: TypeAlias = Mapping[str, Mapping[str, JsonValue]]


class Range(NamedTuple):
    """A number's bounds, inclusive; ``None`` for no bound on that side."""

    low: float | None = None
    high: float | None = None


class Limits(NamedTuple):
    """Size limits of a string map: pairs, key length, value length (characters)."""

    pairs: int | None = None
    key: int | None = None
    value: int | None = None


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: a list (or any iterable but a string or mapping) becomes a tuple."""
    if type(value) is tuple:
        return value
    if type(value) is list or (isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)):
        return tuple(value)
    # Not a sequence (a string, a mapping, a single object): kept as given, so that
    # writing the event reports it with its wire path like any other bad value.
    return value  # type: ignore[return-value]


def to_optional_tuple(value: Iterable[Any] | None) -> tuple[Any, ...] | None:
    """Like :func:`to_tuple`, keeping ``None`` (not set)."""
    return None if value is None else to_tuple(value)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Record:
    """Base of every neutral class that is a JSON object on the wire.

    ``extra`` holds what a dialect's payload carried beyond what its SDK declares
    (``{"azure": {"custom_voice_id": "x"}}``): written back by that dialect, reported
    as a loss by every other. Server events keep such keys when read; client
    events refuse them unless asked to keep them.
    """

    extra: Extra | None = None

    # Equality and hashing by value, as attrs writes them (same class, then the attribute
    # values compared as a tuple), written once here instead of compiled by attrs for each of
    # the ~170 classes (``eq=False`` on each): creating the model takes ~30 % less time.
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _VALUES.get(self.__class__) or _values_of(self.__class__)
        return values(self) == values(other)  # type: ignore[no-any-return]

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        values = _VALUES.get(self.__class__) or _values_of(self.__class__)
        try:
            return hash((self.__class__, values(self)))
        except TypeError:  # a map inside (opaque JSON, metadata, extra): hashed by its contents, as == compares it
            return hash((self.__class__, _hashable(values(self))))

    def __repr__(self) -> str:
        # Only what is set, and what is required (a required JSON value may be null): neutral
        # classes have many optional fields.
        fields = [a for a in attrs.fields(type(self)) if a.name != "extra"]
        shown = [
            f"{a.name}={value!r}"
            for a in fields
            if (value := getattr(self, a.name)) is not None or a.default is attrs.NOTHING
        ]
        if self.extra is not None:
            shown.append(f"extra={self.extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


def _hashable(value: Any) -> Any:
    """``value`` with its maps and lists made hashable (a frozenset of pairs, a tuple), equal values alike."""
    if isinstance(value, Mapping):
        return frozenset((key, _hashable(item)) for key, item in value.items())
    if isinstance(value, list | tuple):
        return tuple(_hashable(item) for item in value)
    return value


#: The attribute values of an instance of each class compared so far, as a tuple.
_VALUES: dict[type, Callable[[Any], Any]] = {}


def _values_of(cls: type) -> Callable[[Any], Any]:
    names = [attribute.name for attribute in attrs.fields(cls) if attribute.eq]
    get = attrgetter(*names)  # a tuple for two names or more, the value itself for one
    values = _VALUES[cls] = get if len(names) > 1 else lambda obj: (get(obj),)
    return values


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Event(Record):
    """Base of every neutral event; ``direction`` says who sends it."""

    direction: ClassVar[Literal["client", "server"]]

    event_id: str | None = None


# The two directions' bases are here rather than in ``client_events`` and ``server_events``:
# the other event modules derive from them too, and a process that reads only audio deltas,
# or asks only for responses, should not pay for creating the session and conversation
# classes to get their base.


@attrs.frozen(kw_only=True, repr=False, eq=False)
class _ClientEvent(Event):
    direction: ClassVar[Literal["client", "server"]] = "client"


@attrs.frozen(kw_only=True, repr=False, eq=False)
class _ServerEvent(Event):
    direction: ClassVar[Literal["client", "server"]] = "server"
