"""Print every client-side, session and item shape of the three SDKs, as the wire writes them.

Rerun after upgrading an SDK and diff the output::

    PYTHONPATH=src python docs/wire/tools/sdk_shapes.py azure   > docs/wire/generated/azure-shapes.md
    PYTHONPATH=src python docs/wire/tools/sdk_shapes.py ga      > docs/wire/generated/openai-ga-shapes.md
    PYTHONPATH=src python docs/wire/tools/sdk_shapes.py beta    > docs/wire/generated/openai-beta-shapes.md

For each class reachable from the roots below it lists the wire keys **in the order the SDK
writes them**, with their annotation, whether the constructor requires them, and the source
line that declares them:

* azure-ai-voicelive: ``json.dumps(Model(**kwargs).as_dict())`` writes keyword arguments in the
  order passed (``_utils/model_base.py:882-888``). Our convention is the keyword signature of the
  first ``__init__`` overload, found by walking the MRO (the patched ``RequestSession`` in
  ``models/_patch.py`` has none of its own), followed by what each ``__init__`` in the MRO
  assigns to ``self`` after ``super().__init__`` (discriminators and constants), base to leaf.
  Attribute names are mapped to wire names through ``_attr_to_rest_field``.
* openai (GA ``openai.types.realtime`` and beta ``openai.types.beta.realtime``):
  ``model_dump_json`` writes ``model_fields`` in declaration order; there are no aliases.

Only the SDKs are read; nothing here depends on realtime_dialects.
"""

from __future__ import annotations

import ast
import enum
import inspect
import itertools
import re
import sys
import textwrap
import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path

SITE = None  # site-packages, to print paths relative to it


def rel(path: str) -> str:
    global SITE
    if SITE is None:
        import azure.ai.voicelive as av

        SITE = str(Path(av.__file__).parents[3])
    return str(Path(path)).removeprefix(SITE + "/")


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
    text = " ".join(doc.split())
    text = text.replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- azure


def azure_main() -> None:
    from azure.ai.voicelive import _types as unions
    from azure.ai.voicelive import models as m
    from azure.ai.voicelive.models import _models, _patch  # noqa: F401

    def overload_signature(cls: type) -> tuple[type, list[inspect.Parameter]]:
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

    def post_init_assignments(cls: type) -> list[tuple[str, object, str]]:
        """(attribute, value, file:line) assigned to self after super().__init__, base to leaf."""
        found: list[tuple[str, object, str]] = []
        for klass in reversed(cls.__mro__):
            init = vars(klass).get("__init__")
            if init is None or not inspect.isfunction(init):
                continue
            try:
                lines, start = inspect.getsourcelines(init)
            except (OSError, TypeError):
                continue
            tree = ast.parse(textwrap.dedent("".join(lines)))
            fn = tree.body[0]
            assert isinstance(fn, ast.FunctionDef)
            seen_super = False
            for stmt in fn.body:
                if isinstance(stmt, ast.Expr) and "super().__init__" in ast.unparse(stmt):
                    seen_super = True
                    continue
                if not seen_super or not isinstance(stmt, ast.Assign | ast.AnnAssign):
                    continue
                target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    if target.attr.startswith("_"):
                        continue
                    value = eval(ast.unparse(stmt.value), vars(sys.modules[klass.__module__]))
                    if isinstance(value, enum.Enum):
                        value = value.value
                    found.append((target.attr, value, f"{rel(inspect.getsourcefile(init))}:{start + stmt.lineno - 1}"))
        # A later assignment of the same attribute overwrites in place: keep the first position.
        result: dict[str, tuple[str, object, str]] = {}
        for attr, value, where in found:
            if attr in result:
                result[attr] = (attr, value, result[attr][2] + ", " + where)
            else:
                result[attr] = (attr, value, where)
        return list(result.values())

    def field_line(cls: type, attr: str) -> str:
        for klass in cls.__mro__:
            if attr in vars(klass).get("__annotations__", {}):
                lines, start = inspect.getsourcelines(klass)
                for i, line in enumerate(lines):
                    if re.match(rf"\s+{attr}\s*:", line):
                        return f"{rel(inspect.getsourcefile(klass))}:{start + i}"
        return "?"

    def raw_annotation(cls: type, attr: str) -> str:
        for klass in cls.__mro__:
            ann = vars(klass).get("__annotations__", {})
            if attr in ann:
                a = ann[attr]
                return a if isinstance(a, str) else repr(a)
        return "?"

    def annotation(cls: type, attr: str) -> str:
        return tidy(raw_annotation(cls, attr))

    def field_doc(cls: type, attr: str) -> str:
        for klass in cls.__mro__:
            if attr in vars(klass).get("__annotations__", {}):
                src = textwrap.dedent(inspect.getsource(klass))
                body = ast.parse(src).body[0].body  # type: ignore[attr-defined]
                for a, b in itertools.pairwise(body):
                    is_field = isinstance(a, ast.AnnAssign) and isinstance(a.target, ast.Name) and a.target.id == attr
                    if is_field and isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant):
                        return first_sentence(b.value.value)
        return ""

    referenced = re.compile(r"_models\.(\w+)|_unions\.(\w+)")

    def referenced_classes(text: str) -> list[type]:
        out: list[type] = []
        for a, b in referenced.findall(text):
            name = a or b
            if a:
                obj = getattr(m, name, None) or getattr(_models, name)
                if isinstance(obj, type) and issubclass(obj, _models._Model):
                    out.append(obj)
            else:
                alias = getattr(unions, name)
                out.extend(referenced_classes(str(alias)))
                for arg in typing.get_args(alias):
                    if isinstance(arg, type) and issubclass(arg, _models._Model):
                        out.append(arg)
                    elif isinstance(arg, typing.ForwardRef):
                        out.extend(referenced_classes(arg.__forward_arg__))
        return out

    roots = [*list(m.ClientEvent.__mapping__.values()), m.RequestSession, _models.ResponseSession]
    roots += [*list(_models.ResponseItem.__mapping__.values()), _models.ResponseItem]
    roots += [_models.ContentPart, _models.MessageContentPart, _models.ConversationRequestItem]
    done: list[type] = []
    queue = list(roots)
    while queue:
        cls = queue.pop(0)
        if cls in done:
            continue
        done.append(cls)
        mapping = vars(cls).get("__mapping__")
        if mapping:
            queue.extend(v for v in mapping.values() if v not in done)
        try:
            _, params = overload_signature(cls)
        except LookupError:
            continue
        for p in params:
            queue.extend(referenced_classes(raw_annotation(cls, p.name)))

    print("# azure-ai-voicelive: wire key order of every client, session and item shape\n")
    print("Generated by `docs/wire/tools/sdk_shapes.py azure` — do not edit.\n")
    print("Order = the first `__init__` overload's keyword signature (MRO walked), then the `self.<x> = …`")
    print("assignments after `super().__init__` (base to leaf). `req` = required keyword. Wire name differs")
    print("from the attribute only where shown as `attr→wire`.\n")
    for cls in sorted(done, key=lambda c: (c not in roots[:19], c.__name__)):
        src = inspect.getsourcefile(cls)
        _, start = inspect.getsourcelines(cls)
        where = f"{rel(src)}:{start}"
        mapping = vars(cls).get("__mapping__")
        disc = ""
        for klass in cls.__mro__[1:]:
            mp = vars(klass).get("__mapping__")
            if mp:
                for k, v in mp.items():
                    if v is cls:
                        disc = f" — discriminator value `{k}` in `{klass.__name__}`"
                        break
                if disc:
                    break
        print(f"## `{cls.__name__}` ({where}){disc}\n")
        if mapping and cls not in (m.ClientEvent,):
            print(
                "Subclasses by discriminator: " + ", ".join(f"`{k}`→`{v.__name__}`" for k, v in mapping.items()) + "\n"
            )
        try:
            owner, params = overload_signature(cls)
        except LookupError:
            print("(no keyword overload)\n")
            continue
        cls.__new__(cls)  # the SDK computes _attr_to_rest_field on first instantiation
        rest = cls._attr_to_rest_field  # type: ignore[attr-defined]
        print(f"Signature from `{owner.__name__}.__init__`.\n")
        print("| # | key | req | annotation | declared | doc |")
        print("|---|---|---|---|---|---|")
        n = 0
        for p in params:
            n += 1
            wire = rest[p.name]._rest_name if p.name in rest else p.name
            key = p.name if wire == p.name else f"{p.name}→`{wire}`"
            req = "req" if p.default is inspect.Parameter.empty else ""
            ann = annotation(cls, p.name).replace("|", "\\|").replace('"', "")
            print(f"| {n} | `{key}` | {req} | `{ann}` | {field_line(cls, p.name)} | {field_doc(cls, p.name)} |")
        for attr, value, where in post_init_assignments(cls):
            n += 1
            wire = rest[attr]._rest_name if attr in rest else attr
            print(f"| {n} | `{wire}` | const | `{value!r}` | {where} | assigned after `super().__init__` |")
        print()

    from azure.ai.voicelive.models import _enums

    used = sorted(
        {
            name
            for cls in done
            for klass in cls.__mro__
            for ann in vars(klass).get("__annotations__", {}).values()
            for name in re.findall(r"(\w+)", ann if isinstance(ann, str) else repr(ann))
            if isinstance(getattr(_enums, name, None), type) and issubclass(getattr(_enums, name), enum.Enum)
        }
    )
    print("## Enums used by these shapes (`models/_enums.py`; the SDK accepts any string)\n")
    print("| enum | declared | values |")
    print("|---|---|---|")
    for name in used:
        e = getattr(_enums, name)
        _, start = inspect.getsourcelines(e)
        values = ", ".join(f"`{member.value}`" for member in e)
        print(f"| `{name}` | {rel(inspect.getsourcefile(e))}:{start} | {values} |")
    print()


# --------------------------------------------------------------------------- openai pydantic


def pydantic_main(which: str) -> None:
    import pydantic

    if which == "ga":
        from openai.types import realtime as pkg
        from openai.types.realtime import realtime_client_event as rce
        from openai.types.realtime.conversation_item import ConversationItem
        from openai.types.realtime.realtime_session_create_response import RealtimeSessionCreateResponse
        from openai.types.realtime.realtime_transcription_session_create_response import (
            RealtimeTranscriptionSessionCreateResponse,
        )
        from openai.types.realtime.session_created_event import SessionCreatedEvent

        union = typing.get_args(rce.RealtimeClientEvent)[0]
        roots: list[type] = list(typing.get_args(union))
        roots += [SessionCreatedEvent, RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse]
        roots += list(typing.get_args(typing.get_args(ConversationItem)[0]))
        title = "openai GA (`openai.types.realtime`)"
        arg = "ga"
    else:
        from openai.types.beta import realtime as pkg
        from openai.types.beta.realtime import realtime_client_event as rce
        from openai.types.beta.realtime.conversation_item import ConversationItem
        from openai.types.beta.realtime.conversation_item_with_reference import ConversationItemWithReference
        from openai.types.beta.realtime.session import Session
        from openai.types.beta.realtime.session_created_event import SessionCreatedEvent
        from openai.types.beta.realtime.transcription_session import TranscriptionSession
        from openai.types.beta.realtime.transcription_session_updated_event import TranscriptionSessionUpdatedEvent

        union = typing.get_args(rce.RealtimeClientEvent)[0]
        roots = list(typing.get_args(union))
        roots += [SessionCreatedEvent, Session, TranscriptionSessionUpdatedEvent, TranscriptionSession]
        roots += [ConversationItem, ConversationItemWithReference]
        title = "openai beta (`openai.types.beta.realtime`)"
        arg = "beta"
    del pkg

    def models_in(tp: object) -> Iterable[type]:
        if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
            yield tp
            return
        for a in typing.get_args(tp):
            yield from models_in(a)

    def fmt(tp: object) -> str:
        if isinstance(tp, type):
            return tp.__name__
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Literal:
            return "Literal[" + ", ".join(repr(a) for a in args) + "]"
        if origin is typing.Annotated:
            return fmt(args[0])
        if origin in (typing.Union, types.UnionType):
            return " \\| ".join(fmt(a) for a in args)
        if origin is not None:
            name = getattr(origin, "__name__", str(origin))
            return f"{name}[" + ", ".join(fmt(a) for a in args) + "]"
        if tp is type(None):
            return "None"
        return str(tp).replace("typing.", "")

    def field_info(cls: type) -> dict[str, tuple[str, str]]:
        src = inspect.getsourcefile(cls)
        lines, start = inspect.getsourcelines(cls)
        body = ast.parse(textwrap.dedent("".join(lines))).body[0].body  # type: ignore[attr-defined]
        out: dict[str, tuple[str, str]] = {}
        for i, a in enumerate(body):
            if isinstance(a, ast.AnnAssign) and isinstance(a.target, ast.Name):
                doc = ""
                if i + 1 < len(body) and isinstance(body[i + 1], ast.Expr):
                    v = body[i + 1].value  # type: ignore[attr-defined]
                    if isinstance(v, ast.Constant) and isinstance(v.value, str):
                        doc = first_sentence(v.value)
                out[a.target.id] = (f"{rel(src)}:{start + a.lineno - 1}", doc)
        return out

    done: list[type] = []
    queue = list(roots)
    while queue:
        cls = queue.pop(0)
        if cls in done:
            continue
        done.append(cls)
        for f in cls.model_fields.values():  # type: ignore[attr-defined]
            queue.extend(c for c in models_in(f.annotation) if c not in done)

    print(f"# {title}: `model_fields` order of every client, session and item shape\n")
    print(f"Generated by `docs/wire/tools/sdk_shapes.py {arg}` — do not edit.\n")
    print("Order = declaration order = `model_dump_json` order. `req` = required (no default).")
    print("Every optional field defaults to `None`; `exclude_none=True` drops it.\n")
    nroots = len(roots)
    for cls in sorted(done, key=lambda c: (done.index(c) >= nroots, c.__module__, c.__name__)):
        _, start = inspect.getsourcelines(cls)
        print(f"## `{cls.__name__}` ({rel(inspect.getsourcefile(cls))}:{start})\n")
        if cls.__doc__ and cls.__doc__ != pydantic.BaseModel.__doc__:
            print(first_sentence(cls.__doc__, 300) + "\n")
        info = field_info(cls)
        print("| # | key | req | annotation | declared | doc |")
        print("|---|---|---|---|---|---|")
        for n, (name, f) in enumerate(cls.model_fields.items(), 1):  # type: ignore[attr-defined]
            where, doc = info.get(name, ("(inherited)", ""))
            req = "req" if f.is_required() else ""
            print(f"| {n} | `{name}` | {req} | `{fmt(f.annotation)}` | {where} | {doc} |")
        print()


MAIN: dict[str, Callable[[], None]] = {
    "azure": azure_main,
    "ga": lambda: pydantic_main("ga"),
    "beta": lambda: pydantic_main("beta"),
}

if __name__ == "__main__":
    MAIN[sys.argv[1]]()
