"""A value the model requires that a dialect cannot express loses the object that holds it.

Written without it, the object would not even read back (``session.update`` without a
session), so the writer reports the object itself as lost, with the value's reason: an
event as a whole becomes a loss at ``$`` ("no counterpart"), under every policy.
"""

from __future__ import annotations

import json

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


def test_beta_usage_reaches_azure_without_the_counts_beta_does_not_report() -> None:
    # Azure's SDK documents image_tokens and cached_tokens_details as required; beta reports neither,
    # and the whole usage was lost on every response.done converted into Azure.
    azure_models = pytest.importorskip("azure.ai.voicelive.models")
    done = (
        '{"type":"response.done","event_id":"e","response":{"id":"r","status":"completed","usage":{"total_tokens":9,'
        '"input_tokens":5,"output_tokens":4,"input_token_details":{"cached_tokens":0,"text_tokens":5,"audio_tokens":0},'
        '"output_token_details":{"text_tokens":4,"audio_tokens":0}}}}'
    )
    text, losses = rd.translate_with_losses(done, read="openai", write="azure")
    assert losses == ()
    usage = rd.AZURE.loads(text).response.usage
    assert (usage.total_tokens, usage.input_token_details.text_tokens, usage.input_token_details.image_tokens) == (
        9,
        5,
        None,
    )
    read = azure_models.ServerEventResponseDone(json.loads(text))
    assert read.response.usage.input_token_details.text_tokens == 5
    # A count Azure requires and the source lacks still loses the usage (its details are required too).
    missing = done.replace('"cached_tokens":0,', "")
    assert rd.translate_with_losses(missing, read="openai", write="azure")[1] == (
        rd.Loss("$.response.usage", "azure needs 'cached_tokens' here, and it is not set"),
    )
