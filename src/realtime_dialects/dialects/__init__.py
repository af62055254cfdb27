"""The dialects: one package each, each a :class:`Dialect` subclass with its tables.

Every module or package here that does not start with ``_`` (and is not the shared
``base`` or ``tables``) is imported, and each dialect it instantiates registers
itself by name: adding a dialect is adding a module (or a package of table modules
by domain, as the built-in ones are).
"""

from __future__ import annotations

import importlib
import os

from .base import REGISTRY, Dialect, OnUnsupported

__all__ = ["Dialect", "OnUnsupported", "dialect", "names"]

_SHARED = {"base.py", "tables.py"}

# A directory listing, not pkgutil: importing pkgutil alone costs ~10 ms.
for _file in sorted(os.listdir(__path__[0])):
    if _file.startswith("_") or _file in _SHARED:
        continue
    if _file.endswith(".py"):
        importlib.import_module(f"{__name__}.{_file[:-3]}")
    elif os.path.isfile(os.path.join(__path__[0], _file, "__init__.py")):
        importlib.import_module(f"{__name__}.{_file}")


def dialect(name: str | Dialect) -> Dialect:
    """Look a dialect up by name (``"azure"``, ``"openai"``, ``"openai-ga"``).

    >>> import realtime_dialects as rd
    >>> rd.dialect("azure") is rd.AZURE
    True
    """
    if isinstance(name, Dialect):
        return name
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        known = ", ".join(repr(key) for key in REGISTRY)
        raise ValueError(f"unknown dialect {name!r}; known dialects: {known}") from None


def names() -> tuple[str, ...]:
    """The names of all dialects."""
    return tuple(REGISTRY)
