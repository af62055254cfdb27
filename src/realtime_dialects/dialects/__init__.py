"""The dialects: one package each, each a :class:`Dialect` subclass with its tables.

Every module or package here that does not start with ``_`` (and is not the shared
``base`` or ``tables``) is a dialect, named after it with ``-`` for ``_`` (``openai_ga``
defines ``"openai-ga"``), and imported on first use: a process that speaks two dialects
does not pay for a third's tables. Each dialect registers itself by name when its module
instantiates it: adding a dialect is adding a module (or a package of table modules by
domain, as the built-in ones are).
"""

from __future__ import annotations

import importlib
import os

from .base import REGISTRY, Dialect, OnUnsupported

__all__ = ["Dialect", "OnUnsupported", "dialect", "names"]

_SHARED = {"base.py", "tables.py"}


def _listing() -> dict[str, str]:
    # A directory listing, not pkgutil: importing pkgutil alone costs ~10 ms.
    found = {}
    for file in sorted(os.listdir(__path__[0])):
        if file.startswith("_") or file in _SHARED:
            continue
        module = file.removesuffix(".py")
        if module != file or os.path.isfile(os.path.join(__path__[0], file, "__init__.py")):
            found[module.replace("_", "-")] = module
    return found


#: The modules of the built-in dialects, by dialect name.
_MODULES = _listing()


def dialect(name: str | Dialect) -> Dialect:
    """Look a dialect up by name (``"azure"``, ``"openai"``, ``"openai-ga"``), importing it on first use.

    >>> import realtime_dialects as rd
    >>> rd.dialect("azure") is rd.AZURE
    True
    """
    if isinstance(name, Dialect):
        return name
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        pass
    module = _MODULES.get(name) if isinstance(name, str) else None
    if module is not None:
        importlib.import_module(f"{__name__}.{module}")
        found = REGISTRY.get(name)
        if found is not None:
            return found
    known = ", ".join(repr(key) for key in names())
    raise ValueError(f"unknown dialect {name!r}; known dialects: {known}") from None


def names() -> tuple[str, ...]:
    """The names of all dialects: the built-in ones (imported or not) and those registered since."""
    return tuple(dict.fromkeys([*_MODULES, *REGISTRY]))
