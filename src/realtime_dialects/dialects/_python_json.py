"""JSON text as Python's ``json.dumps`` writes it, as the Azure SDK sends it (``docs/wire/azure.md``).

``json.dumps`` separates with ``", "`` and ``": "`` and escapes every character
beyond ASCII (and DEL) as ``\\uXXXX``. Two things make it slow, and both are
avoided here without changing a byte:

* each call sets its C encoder up anew (closures, the encoder object: more than the
  encoding of a small event): the encoder here is made once;
* its ASCII escaping walks a string character by character, ~80 µs for a 32 kB
  audio chunk, ten times what parsing the event costs: a flat object (an audio
  event) is written by orjson, which scans with vector instructions, where that
  gives the same text but for the separators, and a long string (the audio) is
  checked and put into the text as it is.

NaN and the infinities are refused (``allow_nan=False``): they are not JSON,
whatever the SDK writes.
"""

from __future__ import annotations

from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Any

import orjson

__all__ = ["LONG", "dumps"]

#: Top-level strings longer than this (base64 audio) are checked for escapes instead of encoded.
LONG = 512


def _default(value: Any) -> Any:
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


#: json.dumps' own C encoder, as JSONEncoder(allow_nan=False, check_circular=False) sets it up
#: for each call: no markers (writers build the wire dict afresh and opaque values are checked
#: on the way in, so it holds no cycle), ASCII escapes, ": " and ", ", keys unsorted.
_ENCODE = c_make_encoder(None, _default, encode_basestring_ascii, None, ": ", ", ", False, False, False)


def dumps(wire: dict[str, Any]) -> str:
    """``json.dumps(wire)`` without NaN or infinities."""
    long = None
    for key, value in wire.items():
        kind = value.__class__
        if kind not in _FLAT:
            return _checked("".join(_ENCODE(wire, 0)))
        if kind is str and long is None and len(value) > LONG:
            long = key
    text = _flat(wire, long)
    return text if text is not None else _checked("".join(_ENCODE(wire, 0)))


#: The values of a flat object, whose text orjson writes as json does but for the separators.
_FLAT = frozenset({str, int, bool, type(None)})


def _flat(wire: dict[str, Any], long: Any) -> str | None:
    """json's text of a flat object (an audio event), from orjson's; None where they may differ.

    Where orjson's compact text is ASCII without a backslash or DEL, no string needed an escape
    (json escapes what orjson does, and DEL and all beyond ASCII), so every quote delimits a string and
    the texts differ only in separators: ``":`` ends each key (when there are as many as items:
    no string starts with a colon), and every ``,`` is a separator when there are as many as items
    but one. The long string ``long`` is
    left out of that count and put back as it is, when it needs no escape.
    """
    if long is not None:
        value = wire[long]
        if not _plain(value):
            return None
        wire = {**wire, long: ""}
    try:
        compact = orjson.dumps(wire)
    except orjson.JSONEncodeError:  # an integer beyond 64 bits, a key that is not a string
        return None
    items = len(wire)
    if not compact.isascii() or b"\\" in compact or b"\x7f" in compact:
        return None
    if compact.count(b'":') != items or compact.count(b",") != items - 1:  # a string with ':' first, or a ','
        return None
    text = compact.replace(b'":', b'": ').replace(b",", b", ").decode()
    if long is None:
        return text
    at = text.index(f'"{long}": "') + len(long) + 5  # the one "" there is: keys are unique, strings unquoted
    return "".join((text[:at], value, text[at:]))


def _checked(text: str) -> str:
    if "\\ud" in text:
        # json.dumps escapes a lone surrogate too, which no JSON reader accepts
        # back: every escaped surrogate must be half of a pair (raises ValueError).
        orjson.loads(text)
    return text


def _plain(value: str) -> bool:
    """Whether ``json.dumps`` writes ``value`` as it is, between quotes.

    It escapes quote, backslash, control characters, DEL and everything beyond ASCII;
    orjson escapes the same in ASCII text, but for DEL, and scans with vector instructions.
    """
    # Inside a tuple: orjson writes a short string at the top level several times slower.
    return value.isascii() and "\x7f" not in value and len(orjson.dumps((value,))) == len(value) + 4
