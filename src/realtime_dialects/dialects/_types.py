"""From the model's annotations to codecs: what a row that only says ``"voice"`` means.

The default codec of an attribute follows from its annotation, the way cattrs
derives a structuring hook from a class's fields:

========================================  =====================================
annotation                                codec
========================================  =====================================
``str``, ``bool``, ``int``, ``float``     :class:`Str`, :class:`Bool`, :class:`Int`, :class:`Number`
``Any``, ``JsonValue``                    :class:`Json`
``Literal["a", "b"]``                     :class:`Choice` of those strings (one: :class:`Const`)
a ``str`` enum / an ``enum.Flag``         :class:`Choice` of its values / :class:`FlagList` of its names
``tuple[X, ...]``                         :class:`ListOf` X
``Mapping[str, str]`` / ``[str, JsonValue]``  :class:`StrMap` / :class:`JsonObject`
``Annotated[X, Range(…)]`` (or Limits)    X's codec, narrowed
a neutral class                           :class:`Ref`
a union of neutral classes                :class:`Tagged` on the key every member's shape tags
a union of the above                      :class:`Alt`, told apart by JSON type
========================================  =====================================

A dialect's ``codecs`` table replaces any of these by the name the annotation
uses (``{"AudioFormat": AUDIO_FORMAT, "float": Number(as_float=True)}``), and its
``unsupported`` table names the classes and enum members it cannot express.
Annotations are evaluated lazily, by name: a model module is imported only when
a class of it is needed.
"""

from __future__ import annotations

import builtins
import collections.abc
import enum
import inspect
import sys
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .. import model
from ..model._base import Limits, Range, _Json
from ..model.common import Off
from .tables import (
    Alt,
    Bool,
    Choice,
    Codec,
    Const,
    Custom,
    FlagList,
    Int,
    Json,
    JsonObject,
    ListOf,
    Number,
    Offable,
    Ref,
    Str,
    StrMap,
    Tables,
    Tagged,
)

__all__ = ["Resolver", "json_types", "neutral_class"]

_TYPING_NAMES: dict[str, Any] = {
    "Annotated": typing.Annotated,
    "Any": typing.Any,
    "Literal": typing.Literal,
    "Mapping": collections.abc.Mapping,
    "TypeAlias": typing.TypeAlias,
}


def neutral_class(name: str) -> type:
    """The neutral class named ``name`` (or ``"Class:variant"``), importing its model module if need be."""
    cls = getattr(model, name.partition(":")[0], None)
    if not isinstance(cls, type):
        raise TypeError(f"the model has no class named {name!r}")
    return cls


#: The annotation of each attribute met (compiled, when a string) and the module it is read in.
_ANNOTATIONS: dict[tuple[type, str], tuple[Any, str]] = {}


def _annotation(cls: type, name: str) -> tuple[Any, str]:
    """The annotation of attribute ``name`` of ``cls``, compiled if a string, and its owner's module.

    Every dialect evaluates the same annotations (in its own names): compiling one string is
    most of evaluating it, and the class that declares an attribute is looked for once.
    """
    found = _ANNOTATIONS.get((cls, name))
    if found is None:
        owner = next(base for base in cls.__mro__ if name in inspect.get_annotations(base))
        annotation = inspect.get_annotations(owner)[name]
        if isinstance(annotation, str):
            annotation = compile(annotation, f"<annotation of {owner.__qualname__}.{name}>", "eval")
        found = _ANNOTATIONS[cls, name] = (annotation, owner.__module__)
    return found


class _Names(Mapping[str, Any]):
    """The names an annotation may use: the dialect's placeholders, its module's, the model's."""

    def __init__(self, placeholders: Mapping[str, type], module: Mapping[str, Any]) -> None:
        self.placeholders = placeholders
        self.module = module

    def __getitem__(self, name: str) -> Any:
        if name in self.placeholders:
            return self.placeholders[name]
        if name in self.module:
            return self.module[name]
        if name in model.WHERE:
            return getattr(model, name)
        if name in _TYPING_NAMES:
            return _TYPING_NAMES[name]
        raise KeyError(name)  # then builtins

    def __iter__(self) -> Iterator[str]:  # pragma: no cover - eval only looks names up
        return iter(())

    def __len__(self) -> int:  # pragma: no cover
        return 0


class Resolver:
    """Derives the codec of each attribute of each neutral class for one dialect."""

    def __init__(self, dialect: Tables) -> None:
        self.dialect = dialect
        # Each name the dialect overrides evaluates to a placeholder class of its own,
        # so that the override is found again inside unions, tuples and Annotated.
        self.placeholders = {name: type(name, (), {}) for name in dialect.codecs}
        self.overrides = {placeholder: dialect.codecs[name] for name, placeholder in self.placeholders.items()}

    def attribute_codec(self, cls: type, name: str, family: str | None = None) -> Codec:
        """The codec of attribute ``name`` of ``cls`` implied by its annotation (in shape ``family``)."""
        annotation, module = _annotation(cls, name)
        if annotation.__class__ is types.CodeType:
            names = _Names(self.placeholders, vars(sys.modules[module]))
            annotation = eval(annotation, {"__builtins__": builtins}, names)
        try:
            return self.codec(annotation, family)
        except TypeError as error:
            raise TypeError(f"dialect {self.dialect.name!r}, {cls.__name__}.{name}: {error}") from None

    def codec(self, tp: Any, family: str | None = None) -> Codec:
        """The codec of a (resolved) annotation; unions of classes take their tags from ``family``'s shapes."""
        override = self.overrides.get(tp)
        if override is not None:
            return override
        # A class inside an alias (float in Temperature) is overridden by its name too.
        if isinstance(tp, type) and tp.__name__ in self.dialect.codecs:
            return self.dialect.codecs[tp.__name__]
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Annotated:
            codec = self.codec(args[0], family)
            for marker in args[1:]:
                if isinstance(marker, _Json):
                    codec = Json()
                elif isinstance(marker, Range | Limits):
                    codec = codec.refine(marker)
            return codec
        if origin is typing.Union or origin is types.UnionType:
            members = [arg for arg in args if arg is not type(None)]
            if Off in members:  # a setting that may be switched off: OFF, null on the wire
                members.remove(Off)
                return Offable(self.codec(members[0], family) if len(members) == 1 else self._union(members, family))
            return self.codec(members[0], family) if len(members) == 1 else self._union(members, family)
        if origin is typing.Literal:
            if not all(isinstance(value, str) for value in args):
                raise TypeError(f"only string literals have a default codec, got {tp!r}")
            return Const(args[0]) if len(args) == 1 else Choice({value: value for value in args})
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return ListOf(self.codec(args[0], family))
        if origin is collections.abc.Mapping and args[0] is str:
            return (
                StrMap() if args[1] is str else JsonObject() if self.codec(args[1]).__class__ is Json else self._no(tp)
            )
        if tp is str:
            return Str()
        if tp is bool:
            return Bool()
        if tp is int:
            return Int()
        if tp is float:
            return Number()
        if tp is typing.Any:
            return Json()
        if isinstance(tp, type) and issubclass(tp, enum.Flag):
            return FlagList(tp, {member.name.lower(): member for member in tp})  # type: ignore[union-attr]
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            lost = {member: self.dialect.unsupported[member] for member in tp if member in self.dialect.unsupported}
            return Choice({member.value: member for member in tp if member not in lost}, unsupported=lost)
        if isinstance(tp, type) and attrs.has(tp):
            return Ref(tp.__name__)
        return self._no(tp)

    def _union(self, members: list[Any], family: str | None) -> Codec:
        classes = [member for member in members if isinstance(member, type) and attrs.has(member)]
        others = [self.codec(member, family) for member in members if member not in classes]
        if len(classes) == 1:
            others.append(Ref(classes[0].__name__))
        elif classes:
            others.append(self.tagged([cls.__name__ for cls in classes], family))
        return others[0] if len(others) == 1 else Alt(*others)

    def tagged(self, names: list[str], family: str | None = None) -> Tagged:
        """A :class:`Tagged` over the classes ``names``, from the tags of their shapes in this dialect."""
        dialect = self.dialect
        written = [name for name in names if dialect.has_shape(name, family)]
        lost = {name: dialect.unsupported[name] for name in names if name in dialect.unsupported}
        for name in names:
            if name not in written and name not in lost:
                raise TypeError(f"no shape for {name} and no reason why the dialect cannot express it")
        shapes = {name: dialect.shapes[name] if family is None else dialect.shape(name, family) for name in written}
        for key in ("type", *{tag.key for shape in shapes.values() for tag in _tags(shape)}):
            cases = {shape.tag(key): name for name, shape in shapes.items()}
            if None not in cases and len(cases) == len(written):
                return Tagged(key, cases, lost)  # type: ignore[arg-type]
        raise TypeError(f"the shapes of {', '.join(written)} share no tag that tells them apart")

    def _no(self, tp: Any) -> Codec:
        raise TypeError(f"no default codec for {tp!r}: give the dialect a codec for it")


def _tags(shape: Any) -> list[Any]:
    from .tables import Tag

    return [entry for entry in shape.entries if isinstance(entry, Tag)]


# --------------------------------------------------------------------------- what a codec takes

_JSON_TYPES: dict[type, tuple[type, ...]] = {
    Str: (str,),
    Bool: (bool,),
    Int: (int,),
    Number: (int, float),
    Const: (str,),
    Choice: (str,),
    JsonObject: (dict,),
    StrMap: (dict,),
    ListOf: (list,),
    Ref: (dict,),
    Tagged: (dict,),
    FlagList: (list,),
}


def json_types(codec: Codec) -> tuple[type, ...]:
    """The JSON types a codec reads, for :class:`Alt` to dispatch on."""
    if isinstance(codec, Alt):
        return tuple(t for option in codec.options for t in json_types(option))
    if isinstance(codec, Offable):
        return json_types(codec.inner)
    if isinstance(codec, Custom):
        return codec.json_types
    if isinstance(codec, Json):
        return (dict, list, str, int, float, bool)
    return _JSON_TYPES[type(codec)]


def neutral_types(codec: Codec) -> tuple[type, ...]:
    """The neutral types a codec writes, for :class:`Alt` to dispatch on."""
    if isinstance(codec, Alt):
        return tuple(t for option in codec.options for t in neutral_types(option))
    if isinstance(codec, Offable):
        return (Off, *neutral_types(codec.inner))
    if isinstance(codec, Custom):
        return tuple(neutral_class(t) if isinstance(t, str) else t for t in codec.neutral_types)
    if isinstance(codec, Ref):
        return (neutral_class(codec.cls),)
    if isinstance(codec, Tagged):
        return tuple(neutral_class(name) for name in (*codec.cases.values(), *codec.unsupported))
    if isinstance(codec, Choice):
        values = [*codec.values.values(), *codec.unsupported]
        return tuple({type(value) for value in values} | ({str} if codec.open or codec.others else set()))
    if isinstance(codec, FlagList):
        return (codec.flag,)
    if isinstance(codec, ListOf):
        return (tuple, list)
    if isinstance(codec, Number):
        return (int, float)
    if isinstance(codec, JsonObject | StrMap):
        return (dict,)
    return json_types(codec)
