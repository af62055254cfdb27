"""JSON text as System.Text.Json writes it for OpenAI-DotNet (``docs/wire/openai-dotnet.md`` §5, §6).

Two things differ from orjson's compact output, and only these:

* **strings** go through ``JavaScriptEncoder.UnsafeRelaxedJsonEscaping``: besides
  ``"``, ``\\`` and the short escapes, it escapes every character that is not a
  letter, mark, number, punctuation, symbol or format character of the BMP —
  control characters (C0, DEL, C1), spaces other than U+0020, U+2028/U+2029,
  private-use and unassigned code points, and everything beyond the BMP (as a
  surrogate pair) — with upper-case hex (``\\u001F``, ``\\uD83D\\uDE00``);
* **float32 numbers** (the ``float`` properties: temperature, speed, VAD
  threshold) are written with single precision's shortest digits in .NET's
  general format: ``1`` for 1.0, ``1E-07``, ``1.234568E+18``.

Text without any such character or number is orjson's output as it is: the
check is a scan of the encoded text, and the rare rest is written here.
"""

from __future__ import annotations

import functools
import math
import re
import struct
import unicodedata
from collections.abc import Callable
from typing import Any, ClassVar

import orjson

from ._runtime import WIRE_FLOATS

__all__ = ["Float32", "dumps"]


class Float32(float):
    """A number of a .NET ``float`` property: kept at single precision, written in .NET's format."""

    __slots__ = ()

    #: The Float32 made before for a value, or None: a dict lookup, where making one (even one
    #: found made) goes through ``__new__`` in Python. Generated writers try it first.
    known: ClassVar[Callable[[float], Float32 | None]]
    #: Whether a value reads back otherwise once written so, and why that is a loss: generated
    #: writers report it, and write the rounded number.
    rounds: ClassVar[Callable[[float], bool]]
    rounded: ClassVar[str]

    def __new__(cls, value: float) -> Float32:
        # A session writes the same few settings (temperature, speed, thresholds) again and
        # again: each value is rounded once. Zero is not kept (0.0 and -0.0 are one key).
        made = _ROUNDED.get(value) if cls is Float32 else None
        if made is None:
            # Round to the nearest float32 (ties to even), as .NET stores the property.
            made = super().__new__(cls, struct.unpack("<f", struct.pack("<f", value))[0])
            if cls is Float32 and value and value == value and len(_ROUNDED) < _KEPT:
                _ROUNDED[value] = made
        return made


#: The Float32 of each value met (a bounded number of them).
_ROUNDED: dict[float, Float32] = {}
_KEPT = 4096
Float32.known = _ROUNDED.get


@functools.lru_cache(maxsize=1024)
def rounds(value: float) -> bool:
    """Whether ``value`` reads back otherwise once written at single precision (``0.8`` does not:
    its float32's shortest digits are ``0.8``; ``0.123456789012345`` does, as ``0.12345679``)."""
    return float(single(Float32(value))) != value


Float32.rounds = rounds
Float32.rounded = "OpenAI-DotNet holds this number as a .NET float (single precision): it is written rounded"
WIRE_FLOATS.add(Float32)


#: orjson escapes the control characters without a short form as ``\u00xx``, in lower case: those
#: with a letter differ from .NET's upper case. (A regex with a literal prefix scans ~2x faster than ``in``.)
_LOWER_HEX_ESCAPE = re.compile(r"\\u00[01][a-f]")


def dumps(value: Any) -> str:
    """System.Text.Json's compact text of a wire value (dicts, lists, strings, numbers, Float32)."""
    try:
        # A Float32 written before is found by the dict's own lookup, without a call into Python.
        data = orjson.dumps(value, default=_KNOWN, option=orjson.OPT_PASSTHROUGH_SUBCLASS)
    except orjson.JSONEncodeError:  # one met for the first time (or a value JSON has not: raised again)
        data = orjson.dumps(value, default=_fragment, option=orjson.OPT_PASSTHROUGH_SUBCLASS)
    text = data.decode()
    # ASCII without DEL and without orjson's lower-case escapes is System.Text.Json's text too. The
    # escape search starts at the first backslash (found at memchr's speed): base64 audio has none,
    # and an event's escaped strings (arguments, outputs) tend to come late.
    if text.isascii() and "\x7f" not in text:
        first = text.find("\\")
        if first < 0 or _LOWER_HEX_ESCAPE.search(text, first) is None:
            return text
    out: list[str] = []
    _write(value, out)
    return "".join(out)


def _fragment(value: Any) -> Any:
    if type(value) is Float32:
        # Each value's text is made once: a session writes the same few settings again and again.
        fragment = _FRAGMENTS.get(value)
        if fragment is None:
            fragment = orjson.Fragment(single(value))
            if value and len(_FRAGMENTS) < _KEPT:  # not zero: 0.0 and -0.0 are one key
                _FRAGMENTS[value] = fragment
        return fragment
    raise TypeError


#: The text of each Float32 written (a bounded number of them).
_FRAGMENTS: dict[float, Any] = {}
_KNOWN = _FRAGMENTS.__getitem__


def _write(value: Any, out: list[str]) -> None:
    kind = value.__class__
    if kind is str:
        out.append(string(value))
    elif kind is dict:
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            out.append(string(key))
            out.append(":")
            _write(item, out)
        out.append("}")
    elif kind is list or kind is tuple:
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    elif kind is Float32:
        out.append(single(value))
    else:
        out.append(orjson.dumps(value).decode())


# --------------------------------------------------------------------------- strings

_SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
#: Unicode categories written raw: letters, marks, numbers, punctuation, symbols, format characters.
_RAW = frozenset(
    {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"}
    | {"Sm", "Sc", "Sk", "So", "Cf"}
)


def string(text: str) -> str:
    """A JSON string as ``UnsafeRelaxedJsonEscaping`` writes it."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char in _SHORT:
            out.append(_SHORT[char])
        elif 0x20 <= code < 0x7F or (code > 0x7F and _raw(char)):
            out.append(char)
        elif code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04X}\\u{0xDC00 + (code & 0x3FF):04X}")
        else:
            out.append(f"\\u{code:04X}")
    out.append('"')
    return "".join(out)


def _raw(char: str) -> bool:
    return ord(char) <= 0xFFFF and unicodedata.category(char) in _RAW


# --------------------------------------------------------------------------- numbers


def single(value: float) -> str:
    """A float32 value in .NET's shortest general format (``Utf8JsonWriter.WriteNumberValue(float)``)."""
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not a JSON number")
    if not value:  # before the cache, which holds 0.0 and -0.0 as one key
        return "-0" if math.copysign(1.0, value) < 0 else "0"
    return _single(value)


@functools.lru_cache(maxsize=1024)
def _single(value: float) -> str:
    digits, scale = _shortest(abs(value), 24, -149)
    return _general(value < 0, digits, scale, 9)


def _shortest(x: float, mantissa_bits: int, min_exponent: int) -> tuple[str, int]:
    """The shortest digits that read back as ``x`` in the binary format, closest to ``x`` on ties.

    Returns ``(digits, scale)`` with ``x ≈ 0.DIGITS × 10**scale``. Exact arithmetic, in integers
    (``fractions`` would cost a process ~5 ms to import): at powers of two the interval is
    asymmetric, which trying precisions in turn gets wrong.
    """
    exponent = max(math.frexp(x)[1] - mantissa_bits, min_exponent)
    # Every quantity a whole number of 1/unit: x, and a quarter of the last place (2**(exponent - 2)),
    # so that the bounds of the values that read back as x are whole numbers too.
    num, den = x.as_integer_ratio()
    q_num, q_den = (1 << (exponent - 2), 1) if exponent >= 2 else (1, 1 << (2 - exponent))
    unit, value, quarter = den * q_den, num * q_den, q_num * den
    down = quarter if value == quarter << (mantissa_bits + 1) and exponent > min_exponent else 2 * quarter
    low, high = value - down, value + 2 * quarter
    inclusive = value % (8 * quarter) == 0  # an even significand: round-half-even on parse

    def steps(power: int) -> tuple[int, int]:
        """``(a, b)``: a number ``n`` of 1/unit is ``n × a / b`` steps of 10**power."""
        return (1, unit * 10**power) if power >= 0 else (10**-power, unit)

    def below(power: int) -> bool:
        a, b = steps(power)
        return value * a < b  # x < 10**power

    k = math.floor(math.log10(x))
    while below(k):
        k -= 1
    while not below(k + 1):
        k += 1
    for count in range(1, 18):
        power = k - count + 1
        a, b = steps(power)
        lowest, highest = -(-low * a // b), high * a // b
        if not inclusive:
            lowest += lowest * b == low * a
            highest -= highest * b == high * a
        if lowest <= highest:
            floor = value * a // b
            candidates = [d for d in (floor, floor + 1) if lowest <= d <= highest]
            # Closest to x, then even: |d − x/step| compared as |d × b − value × a|.
            best = min(candidates or [lowest, highest], key=lambda d: (abs(d * b - value * a), d % 2))
            return str(best).rstrip("0"), power + len(str(best))
    raise AssertionError(x)  # pragma: no cover - 17 digits always suffice


def _general(negative: bool, digits: str, scale: int, round_trip_digits: int) -> str:
    """.NET's ``G`` format: fixed notation, or scientific beyond the round-trip digits or below 1e-4."""
    sign = "-" if negative else ""
    if scale > max(len(digits), round_trip_digits) or scale < -3:
        exponent = scale - 1
        mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{sign}{mantissa}E{'-' if exponent < 0 else '+'}{abs(exponent):02d}"
    if scale > 0:
        return sign + digits[:scale].ljust(scale, "0") + ("." + digits[scale:] if digits[scale:] else "")
    return sign + "0." + "0" * -scale + digits
