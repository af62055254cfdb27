"""Render what converts and what is lost, from the dialect tables themselves.

    python docs/tools/conversions.py          # rewrite docs/conversions.md and the README's event table
    python docs/tools/conversions.py --check  # exit 1 if either is out of date (tests/test_docs.py)

The tables are the single source of truth: each event's wire type in every dialect
(or why a dialect has none), and each attribute's wire key in every dialect (or why
it is lost there). Nothing here is written by hand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import attrs

import realtime_dialects as rd
from realtime_dialects import model
from realtime_dialects.dialects.tables import Field, Nested, Shape, Unsupported

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "conversions.md"
README = ROOT / "README.md"
#: The README's generated blocks: each between its markers, rendered by the function named.
BLOCKS = {"events": "events_table", "session": "session_table"}

#: Model modules by the part of the protocol they hold, in the order the document shows them.
SECTIONS = {
    # Asking for a response (its events and parameters) follows the other client events.
    "Client events": ("client_events", "client_response_events"),
    "Server events": ("server_events", "transcription_events", "response_events", "tool_events", "avatar_events"),
    "Session": ("session",),
    "Responses, as the server reports them": ("response",),
    "Items and content": ("items",),
    "Tools": ("tools",),
    "Voices": ("voices",),
    "Other": ("common",),
}


def dialects() -> list[rd.Dialect]:
    return [rd.dialect(name) for name in rd.dialects.names()]


def classes(modules: tuple[str, ...]) -> list[type]:
    found = []
    for module in modules:
        for name in model.MODULES.get(module, ()):
            cls = getattr(model, name)
            if isinstance(cls, type) and attrs.has(cls) and not name.startswith("_"):
                found.append(cls)
    return found


def wire_type(dialect: rd.Dialect, name: str) -> str:
    """An event's wire types in a dialect (its variants too), or why it has none."""
    tags = [shape.tag() for key, shape in dialect.shapes.items() if key.partition(":")[0] == name and shape.tag()]
    if tags:
        return " / ".join(f"`{tag}`" for tag in tags)
    reason = dialect.unsupported.get(name)
    return f"— {_cell(reason)}" if reason else "—"


def key_of(dialect: rd.Dialect, name: str, attr: str) -> str:
    """An attribute's wire key in a dialect (with its nesting), or why it is lost.

    Where the dialect writes the class differently in server events (its ``server_family``),
    a difference there is said after the plain form.
    """
    plain = _key(dialect.shapes.get(name), dialect, name, attr)
    server = dialect.families.get(dialect.server_family or "", {}).get(name)
    if server is None:
        return plain
    in_server = _key(server, dialect, name, attr)
    if in_server == plain:
        return plain
    return f"{plain}; in server events {in_server}"


def _key(shape: Shape | None, dialect: rd.Dialect, name: str, attr: str) -> str:
    if shape is None:
        return "—" if name not in dialect.unsupported else "lost with the class"
    found = _find(shape.entries, attr, ())
    if found is None:
        return "?"
    if isinstance(found, str):
        return f"lost: {_cell(found)}"
    return "`" + ".".join(found) + "`"


def _find(entries: tuple[object, ...], attr: str, prefix: tuple[str, ...]) -> tuple[str, ...] | str | None:
    for entry in entries:
        if isinstance(entry, Field) and entry.attr == attr:
            return (*prefix, entry.key)
        if isinstance(entry, Unsupported) and entry.attr == attr:
            return entry.reason
        if isinstance(entry, Nested):
            inner = _find(entry.entries, attr, (*prefix, entry.key))
            if inner is not None:
                return inner
    return None


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def events_table() -> str:
    """Every event, with its wire type in each dialect: the README's tables (the reasons are in the document)."""
    all_dialects = dialects()
    lines: list[str] = []
    for section in ("Client events", "Server events"):
        lines += [f"**{section}**", ""]
        lines.append("| event | " + " | ".join(f"`{d.name}`" for d in all_dialects) + " |")
        lines.append("|---|" + "---|" * len(all_dialects))
        for cls in classes(SECTIONS[section]):
            if model.is_event(cls.__name__):
                cells = [wire_type(d, cls.__name__) for d in all_dialects]
                cells = ["—" if cell.startswith("—") else cell for cell in cells]
                lines.append(f"| `{cls.__name__}` | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines).rstrip()


def document() -> str:
    """docs/conversions.md: every class, every attribute, in every dialect."""
    all_dialects = dialects()
    out = [
        "# What converts, and what is lost",
        "",
        "Generated from the dialect tables by `python docs/tools/conversions.py`; do not edit by hand.",
        "Each row is a neutral attribute and its wire key in each dialect (dotted where it sits in a nested",
        "object), or **lost** with the reason a translation reports. Forms a dialect uses in other places",
        "(its families: Azure's server items, the beta models' shapes) are in the dialect's tables.",
        "",
    ]
    for section, modules in SECTIONS.items():
        out += [f"## {section}", ""]
        for cls in classes(modules):
            name = cls.__name__
            types = (
                " · ".join(f"{d.name}: {wire_type(d, name)}" for d in all_dialects) if model.is_event(name) else ""
            )
            out += [f"### `{name}`", ""]
            if cls.__doc__:
                out += [cls.__doc__.strip().splitlines()[0], ""]
            if types:
                out += [types, ""]
            out += attribute_table(cls) or ["(no fields)"]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def attribute_table(cls: type) -> list[str]:
    """Each attribute of ``cls`` and its wire key in every dialect, or why it is lost there."""
    all_dialects = dialects()
    fields = [a.name for a in attrs.fields(cls) if a.name != "extra"]
    if not fields:
        return []
    lines = ["| attribute | " + " | ".join(f"`{d.name}`" for d in all_dialects) + " |"]
    lines.append("|---|" + "---|" * len(all_dialects))
    for attr in fields:
        lines.append(f"| `{attr}` | " + " | ".join(key_of(d, cls.__name__, attr) for d in all_dialects) + " |")
    return lines


def session_table() -> str:
    """The session settings, every field in every dialect: the README's second table."""
    return "\n".join(attribute_table(model.RealtimeSession))


def readme(text: str) -> str:
    for block, render in BLOCKS.items():
        start, end = f"<!-- {block}:start -->", f"<!-- {block}:end -->"
        if start in text:
            head, _, rest = text.partition(start)
            _, _, tail = rest.partition(end)
            text = f"{head}{start}\n{globals()[render]()}\n{end}{tail}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the files are out of date")
    args = parser.parse_args()
    readme_text = README.read_text(encoding="utf-8")
    wanted = {DOC: document(), README: readme(readme_text)}
    stale = [path for path, text in wanted.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run python docs/tools/conversions.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
