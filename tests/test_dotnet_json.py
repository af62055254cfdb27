"""The ``openai`` dialect's text is System.Text.Json's, as OpenAI-DotNet configures it.

Expected values are the tables of ``docs/wire/openai-dotnet.md`` §5.4 and §6.2, derived from
dotnet/runtime's formatting and encoder sources and its own encoder tests.
"""

from __future__ import annotations

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects._dotnet_json import Float32, dumps, single, string


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
