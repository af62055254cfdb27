"""Wire keys of an SDK class, in the order the SDK writes them, read from the SDK itself.

One function per SDK kind, all returning :class:`Key` lists:

* :func:`azure_keys` — azure-ai-voicelive: ``json.dumps(Model(**kwargs).as_dict())`` writes
  keyword arguments in the order passed (``_utils/model_base.py:882-888``); the convention is the
  first ``__init__`` overload's keyword signature, found by walking the MRO (the patched
  ``RequestSession`` in ``models/_patch.py`` has none of its own), then what each ``__init__`` in
  the MRO assigns to ``self`` after ``super().__init__`` (discriminators, constants), base to
  leaf. Attribute names become wire names through ``_attr_to_rest_field``.
* :func:`pydantic_keys` — the ``openai`` package (GA and beta): ``model_dump_json`` writes
  ``model_fields`` in declaration order; there are no aliases.
* :func:`dotnet_keys` — OpenAI-DotNet C# sources: System.Text.Json writes a class's properties in
  declaration order, JSON names from ``[JsonPropertyName]`` (no naming policy), omission from
  ``[JsonIgnore(Condition = …)]`` (global default ``WhenWritingNull``); ``[JsonIgnore]`` without a
  condition is never written.

Nothing here imports realtime_dialects.
"""

from __future__ import annotations

import ast
import enum
import functools
import inspect
import itertools
import re
import sys
import textwrap
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NO_CONST: Any = object()


@dataclass(frozen=True)
class Key:
    """One wire key of an SDK class."""

    wire: str
    attr: str
    required: bool
    annotation: str
    where: str
    doc: str = ""
    const: Any = NO_CONST  # azure: the value assigned after super().__init__
    ignore: str = ""  # dotnet: the JsonIgnore condition in force

    @property
    def is_const(self) -> bool:
        return self.const is not NO_CONST


_SITE: str | None = None


def rel(path: str | None) -> str:
    """A source path relative to site-packages."""
    global _SITE
    if _SITE is None:
        import azure.ai.voicelive as av

        _SITE = str(Path(av.__file__).parents[3])
    return str(Path(path or "?")).removeprefix(_SITE + "/")


@functools.cache
def _class_index(filename: str) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """A module's lines and its top-level classes' line spans, parsed once.

    ``inspect.getsourcelines`` re-parses the whole module for every class (8,000 lines for
    azure-ai-voicelive's ``_models.py``), which made rendering take a minute.
    """
    text = Path(filename).read_text(encoding="utf-8")
    spans = {
        node.name: (node.lineno, node.end_lineno or node.lineno)
        for node in ast.parse(text).body
        if isinstance(node, ast.ClassDef)
    }
    return text.splitlines(keepends=True), spans


def source_lines(obj: Any) -> tuple[list[str], int]:
    """Like ``inspect.getsourcelines`` for a top-level class, from a cached parse of its module."""
    filename = inspect.getsourcefile(obj)
    if filename and isinstance(obj, type) and "." not in obj.__qualname__:
        lines, spans = _class_index(filename)
        if obj.__name__ in spans:
            start, end = spans[obj.__name__]
            return lines[start - 1 : end], start
    return inspect.getsourcelines(obj)


def where(obj: Any) -> str:
    _, start = source_lines(obj)
    return f"{rel(inspect.getsourcefile(obj))}:{start}"


def tidy(annotation: str) -> str:
    """Shorten an annotation's repr: no module prefixes, no ForwardRef wrappers."""
    text = re.sub(r"ForwardRef\('(?:_models\.|_unions\.)?([\w.]+)'\)", r"\1", annotation)
    text = re.sub(r"<class '(?:[\w.]+\.)?(\w+)'>", r"\1", text)
    text = re.sub(r"'_(?:models|unions)\.(\w+)'", r"\1", text)
    text = text.replace("typing.", "").replace("_models.", "").replace("_unions.", "")
    text = re.sub(r"Optional\[(.*)\]$", r"\1 | None", text)
    text = re.sub(r"Union\[(.*), NoneType\]$", r"Union[\1] | None", text)
    return text


def first_sentence(doc: str | None, limit: int = 240) -> str:
    if not doc:
        return ""
    text = " ".join(doc.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- azure


def azure_signature(cls: type) -> tuple[type, list[inspect.Parameter]]:
    """The class whose first keyword overload applies, and its keyword parameters."""
    for klass in cls.__mro__:
        init = vars(klass).get("__init__")
        if init is None or not hasattr(init, "__module__"):
            continue
        overloads = typing.get_overloads(init)
        if overloads:
            params = [
                p
                for p in inspect.signature(overloads[0]).parameters.values()
                if p.name not in ("self", "mapping", "args", "kwargs")
            ]
            return klass, params
    raise LookupError(cls)


def azure_constants(cls: type) -> list[tuple[str, Any, str]]:
    """(attribute, value, file:line) assigned to ``self`` after ``super().__init__``, base to leaf."""
    found: dict[str, tuple[str, Any, str]] = {}
    for klass in reversed(cls.__mro__):
        init = vars(klass).get("__init__")
        if init is None or not inspect.isfunction(init):
            continue
        try:
            lines, start = inspect.getsourcelines(init)
        except (OSError, TypeError):
            continue
        fn = ast.parse(textwrap.dedent("".join(lines))).body[0]
        assert isinstance(fn, ast.FunctionDef)
        seen_super = False
        for stmt in fn.body:
            if isinstance(stmt, ast.Expr) and "super().__init__" in ast.unparse(stmt):
                seen_super = True
                continue
            if not seen_super or not isinstance(stmt, ast.Assign | ast.AnnAssign):
                continue
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
            is_self = isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
            if not is_self or target.value.id != "self" or target.attr.startswith("_"):  # type: ignore[union-attr]
                continue
            assert stmt.value is not None
            value = eval(ast.unparse(stmt.value), vars(sys.modules[klass.__module__]))  # the SDK's own constant
            if isinstance(value, enum.Enum):
                value = value.value
            at = f"{rel(inspect.getsourcefile(init))}:{start + stmt.lineno - 1}"
            attr = target.attr  # type: ignore[union-attr]
            # A later assignment of the same attribute overwrites in place: the first position stays.
            found[attr] = (attr, value, found[attr][2] + ", " + at) if attr in found else (attr, value, at)
    return list(found.values())


def _azure_field(cls: type, attr: str) -> tuple[str, str, str]:
    """(raw annotation, file:line, doc) of an attribute, from the class that declares it."""
    for klass in cls.__mro__:
        annotations = vars(klass).get("__annotations__", {})
        if attr not in annotations:
            continue
        raw = annotations[attr]
        raw = raw if isinstance(raw, str) else repr(raw)
        lines, start = source_lines(klass)
        line = next((start + i for i, text in enumerate(lines) if re.match(rf"\s+{attr}\s*:", text)), start)
        body = ast.parse(textwrap.dedent("".join(lines))).body[0].body  # type: ignore[attr-defined]
        doc = ""
        for a, b in itertools.pairwise(body):
            named = isinstance(a, ast.AnnAssign) and isinstance(a.target, ast.Name) and a.target.id == attr
            if named and isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant):
                doc = first_sentence(b.value.value)
        return raw, f"{rel(inspect.getsourcefile(klass))}:{line}", doc
    return "?", "?", ""


def azure_keys(cls: type) -> list[Key]:
    """Wire keys of an azure-ai-voicelive model, in the order the project's convention writes them."""
    _, params = azure_signature(cls)
    cls.__new__(cls)  # the SDK computes _attr_to_rest_field on first instantiation
    rest = cls._attr_to_rest_field  # type: ignore[attr-defined]
    keys = []
    for p in params:
        raw, at, doc = _azure_field(cls, p.name)
        wire = rest[p.name]._rest_name if p.name in rest else p.name
        keys.append(Key(wire, p.name, p.default is inspect.Parameter.empty, tidy(raw), at, doc))
    for attr, value, at in azure_constants(cls):
        wire = rest[attr]._rest_name if attr in rest else attr
        keys.append(Key(wire, attr, True, repr(value), at, "assigned after super().__init__", const=value))
    return keys


def azure_raw_annotation(cls: type, attr: str) -> str:
    return _azure_field(cls, attr)[0]


# --------------------------------------------------------------------------- openai (pydantic)


def fmt(tp: Any) -> str:
    """A readable annotation."""
    if isinstance(tp, type):
        return "None" if tp is type(None) else tp.__name__
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return "Literal[" + ", ".join(repr(a) for a in args) + "]"
    if origin is typing.Annotated:
        return fmt(args[0])
    if origin in (typing.Union, types.UnionType):
        parts = list(dict.fromkeys(fmt(a) for a in args))
        return " | ".join(parts)
    if origin is not None:
        name = getattr(origin, "__name__", str(origin))
        return f"{name}[" + ", ".join(fmt(a) for a in args) + "]"
    return str(tp).replace("typing.", "")


def pydantic_keys(cls: Any) -> list[Key]:
    """Wire keys of an ``openai`` pydantic model: ``model_fields`` in declaration order."""
    lines, start = source_lines(cls)
    body = ast.parse(textwrap.dedent("".join(lines))).body[0].body  # type: ignore[attr-defined]
    info: dict[str, tuple[str, str]] = {}
    for i, a in enumerate(body):
        if isinstance(a, ast.AnnAssign) and isinstance(a.target, ast.Name):
            doc = ""
            if i + 1 < len(body) and isinstance(body[i + 1], ast.Expr):
                value = body[i + 1].value  # type: ignore[attr-defined]
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    doc = first_sentence(value.value)
            info[a.target.id] = (f"{rel(inspect.getsourcefile(cls))}:{start + a.lineno - 1}", doc)
    keys = []
    for name, field in cls.model_fields.items():
        at, doc = info.get(name, ("(inherited)", ""))
        keys.append(Key(name, name, field.is_required(), fmt(field.annotation), at, doc))
    return keys


# --------------------------------------------------------------------------- OpenAI-DotNet (C# sources)

#: The C# sources the tables are checked against, kept in the repository (MIT, with their
#: LICENSE) so that every checkout checks them: docs/wire/sources/README.md says how to refresh them.
DOTNET_SOURCES = Path(__file__).resolve().parents[1] / "sources"
DOTNET_COMMIT = "efe07a5ec047e0ead6d90ea0d9d9c2056df1ee96"  # v8.8.7


def dotnet_source(path: str) -> str:
    """The text of ``path`` (``OpenAI-DotNet/...``) at :data:`DOTNET_COMMIT`."""
    return (DOTNET_SOURCES / path).read_text(encoding="utf-8")


_PROPERTY = re.compile(r"^\s*public\s+(?:override\s+)?(?:virtual\s+)?([\w<>\[\]?,. ]+?)\s+(\w+)\s*(\{|=>|$)")


def dotnet_keys(path: str) -> list[Key]:
    """Serialized properties of the (single) class in an OpenAI-DotNet source file, in declaration order.

    A property's attributes are the ``[...]`` lines above it. ``[JsonIgnore]`` without a condition
    means never written; a property without ``[JsonIgnore(Condition = …)]`` gets the global
    ``WhenWritingNull`` (``OpenAIClient.cs:118-133``). Without ``[JsonPropertyName]`` the JSON
    name is the C# name (no naming policy).
    """
    keys = []
    pending: list[str] = []
    for number, line in enumerate(dotnet_source(path).splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("///") or not stripped:
            continue
        if stripped.startswith("["):
            pending.append(stripped)
            continue
        match = _PROPERTY.match(line)
        is_property = match and "(" not in line and not stripped.startswith(("public static", "public class"))
        if match and is_property and (match.group(3) or pending):
            attrs = " ".join(pending)
            pending = []
            if "class " in stripped or ("Obsolete" in attrs and "JsonIgnore]" in attrs):
                continue
            if re.search(r"\[JsonIgnore\]", attrs) or "JsonIgnoreCondition.Always" in attrs:
                continue
            name = re.search(r'JsonPropertyName\("([^"]+)"\)', attrs)
            condition = re.search(r"JsonIgnoreCondition\.(\w+)", attrs)
            converter = re.search(r"JsonConverter\(typeof\(([\w.<>]+)\)\)", attrs)
            annotation = match.group(1).strip()
            if converter:
                annotation += f" via {converter.group(1)}"
            keys.append(
                Key(
                    name.group(1) if name else match.group(2),
                    match.group(2),
                    False,
                    annotation,
                    f"OpenAI-DotNet/{path.removeprefix('OpenAI-DotNet/')}:{number}",
                    ignore=condition.group(1) if condition else "WhenWritingNull (global)",
                )
            )
        elif not stripped.startswith("["):
            pending = []
    return keys
