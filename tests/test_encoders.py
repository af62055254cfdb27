"""Fast paths of the dialects' encoders give exactly the text of the slow ones."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
