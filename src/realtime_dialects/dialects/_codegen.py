"""Generated code, one class at a time: the machinery the reader and writer generators share.

The technique is cattrs': Python source is generated for each neutral class,
compiled, registered with :mod:`linecache` (so tracebacks and profilers show it)
and kept. Generated functions live in one namespace per dialect and call each
other by name, so recursive and mutually recursive classes need no indirection.

Nothing is built ahead of need. Every function a generated function may call is
first a *stub*: on its first call it builds the real function (generating,
compiling or loading the cached compiled code), puts it in the namespace and in
every dispatch table holding the stub, and hands the call on. After that, calls
go straight to the real function. So a process pays only for the classes it
meets, and a table of two hundred events costs nothing until an event arrives.
"""

from __future__ import annotations

import linecache
import os
import threading
import weakref
from collections.abc import Callable, Mapping
from typing import Any

from . import _cache

__all__ = ["Namespace", "Unit", "held_lock"]

#: What holds a lock building takes (namespaces, dialects, translations), by its ``_lock``, and
#: what makes one.
_HOLDERS: weakref.WeakKeyDictionary[Any, Callable[[], Any]] = weakref.WeakKeyDictionary()


def held_lock(holder: Any, factory: Callable[[], Any] = threading.RLock) -> Any:
    """A new lock for ``holder._lock``, renewed in a forked child.

    A thread of the parent may hold it at the fork (building a class takes milliseconds), and
    that thread does not exist in the child: the child would wait for it for ever.
    """
    _HOLDERS[holder] = factory
    return factory()


def _renew_locks() -> None:
    for holder, factory in list(_HOLDERS.items()):
        holder._lock = factory()


if hasattr(os, "register_at_fork"):  # not on Windows, which does not fork
    os.register_at_fork(after_in_child=_renew_locks)

#: A unit's builder: it fills the unit with the source of its functions.
Builder = Callable[["Unit"], None]


class Unit:
    """The source of one generated unit (a class's reader, say) and the constants it uses.

    Names are derived from the unit's name and a label (``read_MessageItem__keys``),
    never from a counter, so that a unit's source is the same in every process and
    its compiled code can be cached.
    """

    def __init__(self, namespace: Namespace, name: str) -> None:
        self.namespace = namespace
        self.name = name
        self.sources: list[str] = []
        self.constants: dict[str, Any] = {}
        self.functions: list[str] = []
        #: Slots of dispatch tables to fill with this unit's own functions once they exist.
        self.late: list[tuple[dict[Any, Any], Any, str]] = []

    def bind(self, label: str, value: Any) -> str:
        """Put a constant into the namespace under ``<unit>__<label>``; return its name.

        A plain value bound again under the same label keeps its first name.
        """
        base = f"{self.name}__{label}"
        name, count = base, 1
        while name in self.constants or name in self.functions:
            if _same_constant(self.constants.get(name, _NOTHING), value):
                return name
            count += 1
            name = f"{base}{count}"
        self.constants[name] = value
        return name

    def define(self, label: str, params: str, body: list[str], *, main: bool = False) -> str:
        """Add ``def <name>(params): body`` to the unit; return the name (the unit's own for ``main``)."""
        name = self.name if main else self._fresh(label)
        self.sources.append(f"def {name}({params}):\n    " + "\n    ".join(body) + "\n")
        self.functions.append(name)
        return name

    def needs(self, name: str, builder: Builder) -> str:
        """The name of another unit this one calls, built on its first call if it is not yet."""
        self.namespace.require(name, builder)
        return name

    def table(self, label: str, names: Mapping[Any, str]) -> str:
        """A dispatch dict from keys to functions, by name; return its name.

        A name may be another unit's (a stub until that unit is built), one of this
        unit's own functions, or one of its constants (a bound function).
        """
        own = {key: name for key, name in names.items() if name in self.functions or name in self.constants}
        table = self.namespace.table({key: name for key, name in names.items() if key not in own})
        for key, name in own.items():
            if name in self.constants:
                table[key] = self.constants[name]
            else:
                table[key] = None
                self.late.append((table, key, name))
        return self.bind(label, table)

    def _fresh(self, label: str) -> str:
        base = f"{self.name}__{label}"
        name, count = base, 1
        while name in self.constants or name in self.functions:
            count += 1
            name = f"{base}{count}"
        return name


_NOTHING = object()
#: Constants compared by their text (which tells True from 1, as == does not).
_PLAIN = (str, int, float, bool, tuple)


def _same_constant(a: Any, b: Any) -> bool:
    return a is b or (type(a) is type(b) and isinstance(a, _PLAIN) and repr(a) == repr(b))


class Namespace:
    """The generated functions of one dialect, each built on its first call."""

    def __init__(self, label: str, helpers: Mapping[str, Any], cache_dir: str | None) -> None:
        self.label = label
        self.globals: dict[str, Any] = dict(helpers)
        self.cache_dir = cache_dir
        self._builders: dict[str, Builder] = {}
        self._tables: dict[str, list[tuple[dict[Any, Any], Any]]] = {}
        self._built: set[str] = set()
        self._lock = held_lock(self)

    def require(self, name: str, builder: Builder) -> None:
        """Make ``name`` callable: the built function, or a stub that builds it."""
        with self._lock:
            if name not in self.globals:
                self._builders[name] = builder
                self.globals[name] = self._stub(name)

    def function(self, name: str, builder: Builder) -> Callable[..., Any]:
        """The built function ``name``, building it now if need be."""
        if name not in self._built:
            self.require(name, builder)
            self.build(name)
        return self.globals[name]  # type: ignore[no-any-return]

    def build_all(self) -> None:
        """Build every function required so far, and those their building requires in turn."""
        while self._builders:
            for name in list(self._builders):
                self.build(name)

    def table(self, names: Mapping[Any, str]) -> dict[Any, Any]:
        """A dict from keys to functions, kept pointing at the real functions once they are built."""
        with self._lock:
            table = {key: self.globals[name] for key, name in names.items()}
            for key, name in names.items():
                if name not in self._built:
                    self._tables.setdefault(name, []).append((table, key))
            return table

    def _stub(self, name: str) -> Callable[..., Any]:
        def stub(*args: Any, **kwargs: Any) -> Any:
            return self.build(name)(*args, **kwargs)

        stub.__qualname__ = stub.__name__ = f"{name} (not built yet)"
        return stub

    def build(self, name: str) -> Callable[..., Any]:
        """Generate, compile (or load) and install the unit ``name``; return its main function."""
        with self._lock:
            if name in self._built:
                # A child forked while a thread of its parent was between the two halves below inherits a
                # unit built but not settled (still in _builders, where build_all() would find it for ever).
                return self._settle(name)
            unit = Unit(self, name)
            self._builders[name](unit)  # kept until built: a failed build fails the same way next time
            source = "\n".join(unit.sources)
            filename = f"<realtime_dialects {self.label} {name}>"
            linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
            path = None if self.cache_dir is None else f"{self.cache_dir}/{name}.pyc"
            code = _cache.compile_cached(source, filename, path)
            self.globals.update(unit.constants)
            exec(code, self.globals)
            for table, key, function_name in unit.late:
                table[key] = self.globals[function_name]
            self._built.add(name)
            return self._settle(name)

    def _settle(self, name: str) -> Callable[..., Any]:
        """Forget how to build ``name``, now built, and point the dispatch tables at it; return it."""
        self._builders.pop(name, None)
        function = self.globals[name]
        for table, key in self._tables.pop(name, ()):
            table[key] = function
        return function  # type: ignore[no-any-return]
