"""JSON text as Python's ``json.dumps`` writes it, as the Azure SDK sends it (``docs/wire/azure.md``).

``json.dumps`` separates with ``", "`` and ``": "`` and escapes every character
beyond ASCII (and DEL) as ``\\uXXXX``. Two things make it slow, and both are
avoided here without changing a byte:

* each call sets its C encoder up anew (closures, the encoder object: more than the
  encoding of a small event): the encoder here is made once;
* its ASCII escaping walks a string character by character, ~80 µs for a 32 kB
  audio chunk, ten times what parsing the event costs: a flat object (an audio
  event) is written piece by piece here, and a long string in it (the audio) is
  checked for characters json would escape (by orjson, which scans with vector
  instructions) and put into the text as it is. (Most flat events never get
  here: read from text without a backslash, their fused function writes them.)

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
    text = _flat(wire)
    return text if text is not None else _checked("".join(_ENCODE(wire, 0)))


def _flat(wire: dict[str, Any]) -> str | None:
    """json's text of a flat object (an audio event), written piece by piece; None if it is not flat.

    Each key and short string goes through json's own C escaping (``encode_basestring_ascii``),
    numbers and constants as json writes them, and a long string (the audio) is put into the text
    as it is when it needs no escape, so that its 32 kB are copied once, by the final join.
    """
    out = ["{"]
    for key, value in wire.items():
        if key.__class__ is not str:
            return None
        if len(out) > 1:
            out.append(", ")
        out.append(_checked(_STRING(key)))
        out.append(": ")
        kind = value.__class__
        if kind is str:
            if len(value) > LONG and _plain(value):
                out += ('"', value, '"')
            else:
                out.append(_checked(_STRING(value)))
        elif kind is int:
            out.append(int.__repr__(value))
        elif kind is bool:
            out.append("true" if value else "false")
        elif value is None:
            out.append("null")
        else:
            return None  # nested values and floats: json's encoder
    out.append("}")
    return "".join(out)


_STRING = encode_basestring_ascii


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
