"""A value the model requires that a dialect cannot express loses the object that holds it.

Written without it, the object would not even read back (``session.update`` without a
session), so the writer reports the object itself as lost, with the value's reason: an
event as a whole becomes a loss at ``$`` ("no counterpart"), under every policy.
"""

from __future__ import annotations

import pytest

import realtime_dialects as rd
from realtime_dialects import model as m

TRANSCRIPTION = '{"session":{"type":"transcription"},"type":"session.update"}'
REASON = "Azure has no transcription-only sessions; configure a realtime session"


@pytest.mark.parametrize("policy", ["raise", "warn", "drop"])
def test_an_event_whose_required_value_is_lost_has_no_counterpart(policy: str) -> None:
    event = m.SessionUpdateEvent(session=m.TranscriptionSession())
    with pytest.raises(rd.UnsupportedError) as caught:
        rd.AZURE.dumps(event, on_unsupported=policy)  # type: ignore[arg-type]
    assert [(loss.path, loss.reason) for loss in caught.value.losses] == [("$", REASON)]
    assert rd.AZURE.losses(event) == (rd.Loss("$", REASON),)


@pytest.mark.parametrize("policy", ["raise", "warn", "drop"])
def test_translating_it_is_refused_the_same_way(policy: str) -> None:
    with pytest.raises(rd.UnsupportedError) as caught:
        rd.translate(TRANSCRIPTION, read="openai-ga", write="azure", on_unsupported=policy)  # type: ignore[arg-type]
    assert [(loss.path, loss.reason) for loss in caught.value.losses] == [("$", REASON)]


def test_an_item_the_target_cannot_create_loses_the_event() -> None:
    text = (
        '{"item":{"id":"m","approval_request_id":"r","approve":true,"type":"mcp_approval_response"},'
        '"type":"conversation.item.create"}'
    )
    with pytest.raises(rd.UnsupportedError) as caught:
        rd.translate(text, read="openai-ga", write="openai", on_unsupported="drop")
    assert [loss.path for loss in caught.value.losses] == ["$"]


def test_an_invalid_value_is_still_reported_as_invalid() -> None:
    event = m.SessionUpdateEvent(session="not a session")  # type: ignore[arg-type]
    with pytest.raises(rd.InvalidPayloadError, match=r"\$\.session"):
        rd.AZURE.dumps(event)


def test_an_optional_value_is_lost_alone() -> None:
    # Optional values keep the old rule: the value is a loss at its path, the rest is written.
    event = m.SessionUpdateEvent(session=m.RealtimeSession(instructions="x", turn_detection=m.SemanticVad()))
    text, losses = rd.AZURE.dumps(event, on_unsupported="drop"), rd.AZURE.losses(event)
    assert text == '{"session": {"instructions": "x"}, "type": "session.update"}'
    assert [loss.path for loss in losses] == ["$.session.turn_detection"]
