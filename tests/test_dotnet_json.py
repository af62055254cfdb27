"""The ``openai`` dialect's text is System.Text.Json's, as OpenAI-DotNet configures it.

Expected values are the tables of ``docs/wire/openai-dotnet.md`` §5.4 and §6.2, derived from
dotnet/runtime's formatting and encoder sources and its own encoder tests.
"""

from __future__ import annotations

import math
import struct
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects.dialects._dotnet_json import Float32, _shortest, dumps, single, string


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (1.0, "1"),
        (0.5, "0.5"),
        (0.8, "0.8"),
        (0.7, "0.7"),
        (1e-07, "1E-07"),
        (0.0001, "0.0001"),
        (0.00001, "1E-05"),
        (2.5e-05, "2.5E-05"),
        (1e8, "100000000"),
        (1e9, "1E+09"),
        (123456789.0, "123456790"),
        (16777217.0, "16777216"),
        (1e15, "1E+15"),
        (1234567890123456789.0, "1.234568E+18"),
        (-0.0, "-0"),
        (-1.5, "-1.5"),
        (3.4028235e38, "3.4028235E+38"),
        (0.123456789, "0.12345679"),
        (0.30000000000000004, "0.3"),
        (2.0**-96, "1.2621775E-29"),
        (5e-324, "0"),
    ],
)
def test_float32_numbers_are_written_as_dotnet_writes_them(value: float, written: str) -> None:
    assert single(Float32(value)) == written
    assert dumps({"temperature": Float32(value)}) == f'{{"temperature":{written}}}'


def _shortest_in_fractions(x: float, mantissa_bits: int, min_exponent: int) -> tuple[str, int]:
    """The same search in exact rationals, as the library first wrote it: the reference for its integers."""
    v = Fraction(x)
    exponent = max(math.frexp(x)[1] - mantissa_bits, min_exponent)
    significand = v / Fraction(2) ** exponent
    up = Fraction(2) ** exponent / 2
    down = up / 2 if (significand == 2 ** (mantissa_bits - 1) and exponent > min_exponent) else up
    low, high, inclusive = v - down, v + up, significand % 2 == 0
    k = math.floor(math.log10(x))
    while Fraction(10) ** k > v:
        k -= 1
    while Fraction(10) ** (k + 1) <= v:
        k += 1
    for count in range(1, 18):
        step = Fraction(10) ** (k - count + 1)
        lowest, highest = math.ceil(low / step), math.floor(high / step)
        if not inclusive:
            lowest += lowest * step == low
            highest -= highest * step == high
        if lowest <= highest:
            target = v / step
            candidates = [d for d in (math.floor(target), math.floor(target) + 1) if lowest <= d <= highest]
            best = min(candidates or [lowest, highest], key=lambda d: (abs(d - target), d % 2))
            return str(best).rstrip("0"), (k - count + 1) + len(str(best))
    raise AssertionError(x)


@given(st.integers(1, 0x7F7FFFFF) | st.sampled_from([1 << 23, 1 << 24, 0x7F7FFFFF, 0x00800000, 0x007FFFFF, 1]))
def test_float32_digits_in_integers_are_those_of_exact_rationals(bits: int) -> None:
    # Every positive finite float32 (hypothesis picks bit patterns; powers of two, where the interval
    # is asymmetric, and subnormals among the fixed ones), and a double the format does not hold.
    x = struct.unpack("<f", struct.pack("<I", bits))[0]
    assert _shortest(x, 24, -149) == _shortest_in_fractions(x, 24, -149)
    assert _shortest(x * 1.1, 53, -1074) == _shortest_in_fractions(x * 1.1, 53, -1074)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Café", '"Café"'),
        ("日本語", '"日本語"'),
        ("<b> & 'q' + `x` /", "\"<b> & 'q' + `x` /\""),
        ("😀", '"\\uD83D\\uDE00"'),
        ("\u00a0", '"\\u00A0"'),
        ("\u2028\u2029", '"\\u2028\\u2029"'),
        ("\u007f\u0085\u0001\u001f", '"\\u007F\\u0085\\u0001\\u001F"'),
        ('a"b\\c\n\t\r\b\f', '"a\\"b\\\\c\\n\\t\\r\\b\\f"'),
        ("\u00ad\ufeff\u200b", '"\u00ad\ufeff\u200b"'),
        ("\ue000\uffff\u0378", '"\\uE000\\uFFFF\\u0378"'),
    ],
)
def test_strings_are_escaped_as_unsafe_relaxed_json_escaping_does(text: str, written: str) -> None:
    assert string(text) == written
    assert dumps({text: [text]}) == f"{{{written}:[{written}]}}"


def test_plain_text_is_orjsons_own() -> None:
    wire = {"type": "response.create", "response": {"instructions": "Be brief.", "temperature": Float32(0.8)}}
    assert dumps(wire) == '{"type":"response.create","response":{"instructions":"Be brief.","temperature":0.8}}'


def test_the_openai_dialect_writes_temperature_in_single_precision() -> None:
    event = rd.ResponseCreateEvent(response=rd.ResponseCreateParams(temperature=1.0))
    assert '"temperature":1,' in rd.OPENAI.dumps(event)
    # What it writes it reads back: the same neutral number, the same text.
    assert rd.OPENAI.dumps(rd.OPENAI.loads(rd.OPENAI.dumps(event))) == rd.OPENAI.dumps(event)
