"""A bytecode cache for the code a dialect generates, kept the way Python keeps ``.pyc`` files.

Compiling a dialect's generated source costs about as much as importing the
package (tens of milliseconds); loading the compiled code back costs well under
one. The generated source is a pure function of the dialect's tables, so its
compiled form is cached beside the bytecode of the module that defines the
dialect, one file per generated unit in a directory named after the dialect and
Python's cache tag (``dialects/__pycache__/azure.azure-generated.cpython-311/``), and honours
what Python honours: ``sys.pycache_prefix`` and ``sys.dont_write_bytecode``
(``PYTHONDONTWRITEBYTECODE``).

A cache file holds Python's magic number, the CRC-32 of what follows, then the
source it was compiled from and the code, marshalled together: the source is
compared whole, so a cache file serves only the exact source it was made from.
Anything else found there (another Python, another source, a truncated, damaged
or unreadable file, or what is not a file) is ignored and the source compiled
afresh: a damaged file is not given to ``marshal``, which would believe a count
it holds and ask for gigabytes. A directory that cannot be written to is left
alone. The cache never changes what a dialect does, only how soon it is ready.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import sys
import zlib
from importlib.util import MAGIC_NUMBER, cache_from_source
from types import CodeType


def cache_dir(owner: type, label: str) -> str | None:
    """Where the code generated for ``label`` (a dialect), defined in ``owner``'s module, is cached.

    A directory beside the module's bytecode, one file per generated unit
    (``dialects/__pycache__/azure.azure-generated.cpython-311/read_MessageItem.pyc``);
    ``None`` when there is nowhere to put it.
    """
    module_file = getattr(sys.modules.get(owner.__module__), "__file__", None)
    if not isinstance(module_file, str) or not module_file.endswith(".py") or sys.implementation.cache_tag is None:
        return None
    stem = module_file[: -len(".py")]
    if os.path.basename(stem) == "__init__":  # a dialect package: cache beside the package, as for a module
        stem = os.path.dirname(stem)
    # cache_from_source applies sys.pycache_prefix and the interpreter's tag, as imports do.
    safe = "".join(c if c.isalnum() else "_" for c in label)
    return cache_from_source(f"{stem}.{safe}-generated.py")[: -len(".pyc")]


def compile_cached(source: str, filename: str, path: str | None) -> CodeType:
    """``compile(source, filename, "exec")``, reusing the result cached at ``path`` when it matches."""
    if path is not None:
        code = _load(path, source, filename)
        if code is not None:
            return code
    code = compile(source, filename, "exec")
    if path is not None and not sys.dont_write_bytecode:
        _store(path, source, code)
    return code


def _load(path: str, source: str, filename: str) -> CodeType | None:
    try:
        # Not blocking, and not read unless a plain file: a FIFO put there would wait for ever.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        # A directory or a device is not read (open() below would even refuse a directory).
        data = _read_plain(descriptor)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    if data is None:
        return None
    head = len(MAGIC_NUMBER) + 4
    if not data.startswith(MAGIC_NUMBER) or len(data) < head:  # another Python's bytecode, or cut short
        return None
    payload = memoryview(data)[head:]
    if zlib.crc32(payload) != int.from_bytes(data[head - 4 : head], "little"):  # damaged, or an older form
        return None
    try:
        cached_source, code = marshal.loads(payload)
    except (EOFError, ValueError, TypeError, MemoryError):  # not ours
        return None
    if cached_source != source or not isinstance(code, CodeType) or code.co_filename != filename:
        return None
    return code


def _read_plain(descriptor: int) -> bytes | None:
    """The contents of the open file ``descriptor``, if it is a plain file (None otherwise)."""
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        return None
    chunks = []
    while chunk := os.read(descriptor, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _store(path: str, source: str, code: CodeType) -> None:
    # Written whole to a private name, then renamed: a concurrent reader sees the old file or
    # the new one, never half of one. The private name is created, never opened as found: what
    # is there already (a symbolic link to another file, say) is not written through.
    temporary = f"{path}.{os.getpid()}.tmp"
    payload = marshal.dumps((source, code))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        descriptor = os.open(temporary, flags, 0o666)
    except OSError:  # not writable, or the name is taken: not cached this time
        return
    try:
        with open(descriptor, "wb") as file:
            file.write(MAGIC_NUMBER + zlib.crc32(payload).to_bytes(4, "little") + payload)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
