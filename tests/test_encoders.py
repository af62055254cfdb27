"""Fast paths of the dialects' encoders give exactly the text of the slow ones."""

from __future__ import annotations

import json
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects.dialects.azure import AZURE

#: Base64 text with, now and then, a character json has to escape (or that is not ASCII).
LONG = st.builds(
    lambda body, extra, at: body[:at] + extra + body[at:],
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", min_size=513, max_size=3000),
    st.sampled_from(["", "", "", '"', "\\", "\x01", "\x7f", "é", "\U0001f600", "\u2028"]),
    st.integers(0, 3000),
)
VALUE = st.one_of(LONG, st.text(max_size=20), st.integers(), st.none(), st.lists(st.integers(), max_size=3))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(max_size=10), VALUE, min_size=1, max_size=5))
def test_azure_writes_long_strings_exactly_as_json_dumps(wire: dict[str, Any]) -> None:
    assert AZURE.encode(wire) == json.dumps(wire)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.text(max_size=10),
        st.one_of(VALUE, st.booleans(), st.floats(allow_nan=False, allow_infinity=False)),
        max_size=5,
    )
)
def test_azure_writes_flat_objects_exactly_as_json_dumps(wire: dict[str, Any]) -> None:
    # Booleans and floats too: the flat writer takes the first, json's encoder the second.
    assert AZURE.encode(wire) == json.dumps(wire)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(audio=LONG, event_id=st.text(max_size=12), as_bytes=st.booleans())
def test_translating_into_azure_writes_json_dumps_text_whatever_the_source_escapes(
    audio: str, event_id: str, as_bytes: bool
) -> None:
    # The text read decides whether the encoder may skip looking for escapes: never wrongly.
    for source in ("openai", "openai-ga"):
        text = orjson.dumps({"type": "input_audio_buffer.append", "event_id": event_id, "audio": audio})
        data = text if as_bytes else text.decode()
        expected = json.dumps({"audio": audio, "event_id": event_id, "type": "input_audio_buffer.append"})
        assert rd.translate(data, read=source, write="azure") == expected
        assert rd.translate(memoryview(text), read=source, write="azure") == expected
