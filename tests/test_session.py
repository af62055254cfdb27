"""The session translator: what it recovers that one event at a time loses, in both directions."""

from __future__ import annotations

import contextlib
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest

import realtime_dialects as rd

from .line_reports import CAPTURED_SESSIONS, TROUBLE, Recorder, expected_with_losses, too_long


def feed(translator: rd.Translator, *events: dict[str, Any]) -> list[dict[str, Any]]:
    """Feed events (as dicts) in order; return every event out, parsed."""
    out = []
    for event in events:
        out += [json.loads(text) for text in translator.feed(json.dumps(event))]
    return out


def kinds(events: list[dict[str, Any]]) -> list[str]:
    return [event["type"] for event in events]


USER_HI = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]}
ASSISTANT = {"type": "message", "role": "assistant", "content": [{"type": "text", "text": "Hello"}]}


# --------------------------------------------------------------------------- appended items


@pytest.mark.parametrize("target", ["openai", "openai-ga"])
def test_appended_items_become_item_creations_before_the_response(target: str) -> None:
    translator = rd.Translator(read="azure", write=target)
    response = {"commit": False, "append_input_items": [USER_HI, ASSISTANT]}
    out = feed(translator, {"event_id": "evt_9", "response": response, "type": "response.create"})
    assert kinds(out) == ["conversation.item.create", "conversation.item.create", "response.create"]
    assert [event.get("event_id") for event in out] == ["evt_9.1", "evt_9.2", "evt_9"]
    assert out[0]["item"]["content"][0]["text"] == "Hi"
    assert "append_input_items" not in json.dumps(out[2])
    assert translator.losses == ()


def test_without_a_source_id_made_events_carry_none() -> None:
    translator = rd.Translator(read="azure", write="openai-ga")
    out = feed(translator, {"response": {"append_input_items": [USER_HI]}, "type": "response.create"})
    assert [event.get("event_id") for event in out] == [None, None]


def test_a_loss_inside_an_appended_item_is_named_by_its_path_in_the_source() -> None:
    image = {"type": "input_image", "image_url": "https://example.com/a.png"}
    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "See"}, image]}
    translator = rd.Translator(read="azure", write="openai", on_unsupported="drop")
    feed(translator, {"response": {"append_input_items": [USER_HI, item]}, "type": "response.create"})
    assert [loss.path for loss in translator.losses] == ["$.response.append_input_items[1].content[1]"]


# --------------------------------------------------------------------------- additional instructions


@pytest.mark.parametrize("session_event", ["session.update", "session.updated"])
def test_additional_instructions_follow_the_sessions_instructions(session_event: str) -> None:
    translator = rd.Translator(read="azure", write="openai-ga")
    session: dict[str, Any] = {"session": {"instructions": "Be brief."}, "type": session_event}
    if session_event == "session.updated":
        session["event_id"] = "evt_s"
    feed(translator, session)
    out = feed(translator, {"additional_instructions": "Answer in French.", "type": "response.create"})
    assert out[-1]["response"]["instructions"] == "Be brief.\n\nAnswer in French."
    assert translator.losses == ()


def test_additional_instructions_without_known_session_instructions_are_a_loss() -> None:
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    out = feed(translator, {"additional_instructions": "Answer in French.", "type": "response.create"})
    assert kinds(out) == ["response.create"]
    assert [loss.path for loss in translator.losses] == ["$.additional_instructions"]
    assert "unknown" in translator.losses[0].reason


def test_a_response_with_instructions_of_its_own_keeps_them_and_loses_the_additional_ones() -> None:
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    feed(translator, {"session": {"instructions": "Be brief."}, "type": "session.update"})
    response = {
        "response": {"instructions": "Only this."},
        "additional_instructions": "And this.",
        "type": "response.create",
    }
    out = feed(translator, response)
    assert out[-1]["response"]["instructions"] == "Only this."
    assert [loss.path for loss in translator.losses] == ["$.additional_instructions"]


# --------------------------------------------------------------------------- cancel_previous


def started(response_id: str) -> dict[str, Any]:
    return {
        "event_id": f"evt_{response_id}",
        "response": {"id": response_id, "object": "realtime.response", "status": "in_progress"},
        "type": "response.created",
    }


def done(response_id: str) -> dict[str, Any]:
    return {
        "event_id": f"evt_{response_id}_done",
        "response": {"id": response_id, "object": "realtime.response", "status": "completed"},
        "type": "response.done",
    }


@pytest.mark.parametrize("target", ["openai", "openai-ga"])
def test_a_response_in_progress_is_cancelled_first(target: str) -> None:
    translator = rd.Translator(read="azure", write=target)
    feed(translator, started("resp_1"))
    out = feed(translator, {"event_id": "evt_2", "response": {"commit": False}, "type": "response.create"})
    assert kinds(out) == ["response.cancel", "response.create"]
    assert out[0]["response_id"] == "resp_1"
    assert out[0]["event_id"] == "evt_2.1"


def test_no_cancel_when_nothing_is_in_progress_or_when_asked_not_to() -> None:
    translator = rd.Translator(read="azure", write="openai-ga")
    feed(translator, started("resp_1"), done("resp_1"))
    assert kinds(feed(translator, {"type": "response.create"})) == ["response.create"]
    feed(translator, started("resp_2"))
    keep = {"response": {"cancel_previous": False}, "type": "response.create"}
    assert kinds(feed(translator, keep)) == ["response.create"]
    assert translator.losses == ()


def test_each_response_in_progress_is_cancelled_once() -> None:
    # Two responses asked for before the server answers, or a cancel the client sent itself:
    # the response in progress is cancelled once (a second cancel is an error event in GA).
    translator = rd.Translator(read="azure", write="openai-ga")
    feed(translator, started("resp_1"))
    first = feed(translator, {"event_id": "c1", "type": "response.create"})
    second = feed(translator, {"event_id": "c2", "type": "response.create"})
    assert (kinds(first), kinds(second)) == (["response.cancel", "response.create"], ["response.create"])
    feed(translator, done("resp_1"), started("resp_2"))
    assert kinds(feed(translator, {"type": "response.cancel"}, {"type": "response.create"})) == [
        "response.cancel",
        "response.create",
    ]
    feed(translator, started("resp_3"))
    assert kinds(feed(translator, {"response_id": "resp_3", "type": "response.cancel"})) == ["response.cancel"]
    assert kinds(feed(translator, {"type": "response.create"})) == ["response.create"]


def in_conversation(response_id: str) -> dict[str, Any]:
    event = started(response_id)
    return {**event, "response": {**event["response"], "conversation_id": "conv_1"}}


def test_a_cancel_without_an_id_leaves_an_out_of_band_response_running() -> None:
    # Every SDK says a cancel without an id is of the default conversation's response; every
    # response in progress was taken for cancelled, an out-of-band one (no conversation id) too.
    into_ga = rd.Translator(read="azure", write="openai-ga")
    feed(into_ga, in_conversation("resp_1"), started("resp_oob"), {"event_id": "c1", "type": "response.cancel"})
    made = feed(into_ga, {"event_id": "c2", "type": "response.create"})
    assert [(event["type"], event.get("response_id")) for event in made] == [
        ("response.cancel", "resp_oob"),  # Azure's create cancels it (cancel_previous): GA is told so
        ("response.create", None),
    ]
    into_azure = rd.Translator(read="openai-ga", write="azure", on_unsupported="drop")
    feed(into_azure, in_conversation("resp_1"), started("resp_oob"), {"event_id": "c1", "type": "response.cancel"})
    create = feed(into_azure, {"event_id": "c2", "type": "response.create"})
    assert create == [{"event_id": "c2", "response": {"cancel_previous": False}, "type": "response.create"}]
    # Without conversation ids in the session, nothing tells them apart: every response is taken as cancelled.
    unknown = rd.Translator(read="azure", write="openai-ga")
    feed(unknown, started("resp_1"), started("resp_2"), {"event_id": "c1", "type": "response.cancel"})
    assert kinds(feed(unknown, {"event_id": "c2", "type": "response.create"})) == ["response.create"]


def test_an_empty_list_of_items_to_append_is_no_loss() -> None:
    translator = rd.Translator(read="azure", write="openai-ga")  # "raise": a loss would be an error
    out = feed(translator, {"event_id": "e", "type": "response.create", "response": {"append_input_items": []}})
    assert out == [{"type": "response.create", "event_id": "e", "response": {}}]


@pytest.mark.parametrize(
    ("source", "target"),
    [("openai-ga", "openai-ga"), ("openai-ga", "openai"), ("openai", "openai-ga"), ("openai", "openai")],
)
def test_a_response_create_of_a_dialect_without_cancel_previous_cancels_nothing(source: str, target: str) -> None:
    # Only Azure's response.create cancels what is in progress (cancel_previous, true by default):
    # a GA or beta one beside a response in progress (out of band, say) is only itself.
    translator = rd.Translator(read=source, write=target, on_unsupported="drop")
    summary = {"event_id": "evt_2", "type": "response.create", "response": {"conversation": "none"}}
    alone = [
        json.loads(text)
        for text in rd.Translator(read=source, write=target, on_unsupported="drop").feed(json.dumps(summary))
    ]
    feed(translator, {**started("resp_1"), "event_id": "evt_1"})
    assert feed(translator, summary) == alone


@pytest.mark.parametrize("source", ["openai-ga", "openai"])
def test_a_response_create_that_cancels_nothing_says_so_to_azure_while_a_response_is_in_progress(source: str) -> None:
    translator = rd.Translator(read=source, write="azure", on_unsupported="drop")
    summary = {"event_id": "evt_2", "type": "response.create", "response": {"conversation": "none"}}
    assert "cancel_previous" not in feed(translator, summary)[0]["response"]  # nothing in progress
    feed(translator, {**started("resp_1"), "event_id": "evt_1"})
    assert feed(translator, summary)[0]["response"]["cancel_previous"] is False
    assert translator.losses == ()


# --------------------------------------------------------------------------- item references


def test_item_references_become_the_items_the_session_has_seen() -> None:
    translator = rd.Translator(read="openai-ga", write="azure", on_unsupported="drop")
    item = {
        "content": [{"text": "Remember me.", "type": "input_text"}],
        "role": "user",
        "type": "message",
        "id": "item_1",
    }
    feed(translator, {"type": "conversation.item.create", "item": item})
    response = {"input": [{"id": "item_1", "type": "item_reference"}, {"id": "item_404", "type": "item_reference"}]}
    out = feed(translator, {"type": "response.create", "response": response})
    items = out[-1]["response"]["input_items"]
    assert [part["text"] for part in items[0]["content"]] == ["Remember me."]
    assert len(items) == 1  # the unseen one is lost, by its path
    assert [loss.path for loss in translator.losses] == ["$.response.input[1]"]


def test_an_item_a_reference_resolves_to_carries_nothing_of_the_servers_constants() -> None:
    # The server announced the item with its "object": the client sent no such key, and requests
    # carry none, so nothing is lost by leaving it out.
    translator = rd.Translator(read="openai-ga", write="azure")
    item = {"id": "item_1", "object": "realtime.item", "type": "message", "role": "user", "status": "completed"}
    feed(translator, {"type": "conversation.item.added", "event_id": "e1", "item": {**item, "content": []}})
    response = {"conversation": "none", "input": [{"type": "item_reference", "id": "item_1"}]}
    out = feed(translator, {"type": "response.create", "response": response})
    assert "object" not in out[-1]["response"]["input_items"][0]
    assert translator.losses == ()


# --------------------------------------------------------------------------- item announcements


def added(item_id: str, status: str = "completed") -> dict[str, Any]:
    item = {"id": item_id, "type": "message", "role": "user", "status": status, "content": []}
    return {"event_id": f"evt_add_{item_id}", "item": item, "type": "conversation.item.added"}


def test_ga_added_then_done_is_one_created_for_azure_and_beta() -> None:
    for target in ("azure", "openai"):
        translator = rd.Translator(read="openai-ga", write=target, on_unsupported="drop")
        done_event = {**added("item_1"), "type": "conversation.item.done", "event_id": "evt_done"}
        out = feed(translator, added("item_1"), done_event)
        assert kinds(out) == ["conversation.item.created"], target


def test_a_done_without_its_added_is_announced_once() -> None:
    translator = rd.Translator(read="openai-ga", write="azure", on_unsupported="drop")
    out = feed(translator, {**added("item_2"), "type": "conversation.item.done"})
    assert kinds(out) == ["conversation.item.created"]


def test_azure_created_is_added_and_done_for_ga() -> None:
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    item = {"id": "item_1", "type": "message", "role": "user", "content": [], "status": "completed"}
    out = feed(translator, {"event_id": "evt_1", "item": item, "type": "conversation.item.created"})
    assert kinds(out) == ["conversation.item.added", "conversation.item.done"]
    assert [event["event_id"] for event in out] == ["evt_1", "evt_1.1"]


def test_an_item_in_progress_is_done_with_its_output_item() -> None:
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    item = {"id": "item_9", "type": "message", "role": "assistant", "content": [], "status": "in_progress"}
    first = feed(translator, {"event_id": "e1", "item": item, "type": "conversation.item.created"})
    assert kinds(first) == ["conversation.item.added"]
    finished = {**item, "status": "completed"}
    output_done = {
        "event_id": "e2",
        "response_id": "resp_1",
        "output_index": 0,
        "item": finished,
        "type": "response.output_item.done",
    }
    second = feed(translator, output_done)
    # In the order GA servers send them (fixtures/captured/sessions/openai-ga-*.jsonl): the item first.
    assert kinds(second) == ["conversation.item.done", "response.output_item.done"]


@pytest.mark.parametrize("source", ["azure", "openai"])
def test_a_responses_item_announced_incomplete_is_done_with_its_output_item(source: str) -> None:
    # VoiceLive announces a response's item "incomplete" (fixtures/captured/sessions/
    # azure-voicelive-cascade-azure-voice.jsonl:8-9): only "in_progress" was held back, and GA was told the item
    # done at once, empty, and never with the content its response.output_item.done brought.
    translator = rd.Translator(read=source, write="openai-ga", on_unsupported="drop")
    item = {"id": "m1", "object": "realtime.item", "type": "message", "role": "assistant", "status": "incomplete"}
    item["content"] = []
    response = {"id": "r1", "object": "realtime.response", "status": "in_progress", "output": []}
    finished = {**item, "status": "completed", "content": [{"type": "text", "text": "Hello"}]}
    out = feed(
        translator,
        {"type": "response.created", "event_id": "e0", "response": response},
        {"type": "response.output_item.added", "event_id": "e1", "response_id": "r1", "output_index": 0, "item": item},
        {"type": "conversation.item.created", "event_id": "e2", "previous_item_id": None, "item": item},
        {
            "type": "response.output_item.done",
            "event_id": "e3",
            "response_id": "r1",
            "output_index": 0,
            "item": finished,
        },
    )
    assert kinds(out) == [
        "response.created",
        "response.output_item.added",
        "conversation.item.added",
        "conversation.item.done",
        "response.output_item.done",
    ]
    assert [event["event_id"] for event in out[3:]] == ["e3.1", "e3"]
    assert out[3]["item"] == out[4]["item"]
    assert out[3]["item"]["content"] == [{"type": "output_text", "text": "Hello"}]


def item_done(item_id: str, **changes: Any) -> dict[str, Any]:
    event = added(item_id)
    return {
        **event,
        "event_id": f"evt_done_{item_id}",
        "item": {**event["item"], **changes},
        "type": "conversation.item.done",
    }


def test_what_a_ga_done_changed_goes_to_azure_as_its_done_and_is_lost_to_beta() -> None:
    # A user's item: announced in progress, finished with its transcript. VoiceLive sends such an
    # item as conversation.item.created, then conversation.item.done; beta has no event for the rest.
    transcript = [{"type": "input_audio", "transcript": "Hello there"}]
    finished = item_done("item_1", content=transcript)
    azure = rd.Translator(read="openai-ga", write="azure")
    out = feed(azure, added("item_1", status="in_progress"), finished)
    assert kinds(out) == ["conversation.item.created", "conversation.item.done"]
    assert out[1]["item"]["content"][0]["transcript"] == "Hello there"
    assert out[1]["item"]["status"] == "completed"
    assert azure.losses == ()
    beta = rd.Translator(read="openai-ga", write="openai", on_unsupported="drop")
    out = feed(beta, added("item_1", status="in_progress"), finished)
    assert kinds(out) == ["conversation.item.created"]
    assert [loss.path for loss in beta.losses] == ["$.item.content", "$.item.status"]
    changed = {**finished, "server_note": "x", "previous_item_id": "item_0"}
    noted = rd.Translator(read="openai-ga", write="openai", on_unsupported="drop")
    feed(noted, added("item_1", status="in_progress"), changed)
    assert [loss.path for loss in noted.losses] == [
        "$.item.content",
        "$.item.status",
        "$.previous_item_id",
        "$.server_note",
    ]
    with pytest.raises(rd.UnsupportedError, match=r"\$\.item\.status: openai has no event that finishes an item"):
        feed(rd.Translator(read="openai-ga", write="openai"), added("item_1", status="in_progress"), finished)


@pytest.mark.parametrize("target", ["azure", "openai"])
def test_a_ga_done_of_a_responses_item_is_left_to_its_output_item_done(target: str) -> None:
    translator = rd.Translator(read="openai-ga", write=target)
    item = {**ASSISTANT, "id": "item_a", "status": "in_progress", "content": []}
    finished = {**item, "status": "completed", "content": [{"type": "output_text", "text": "Hello"}]}
    announced = {"event_id": "e2", "item": item, "type": "conversation.item.added"}
    out = feed(
        translator,
        output_item_added(item),
        announced,
        {**announced, "item": finished, "type": "conversation.item.done"},
    )
    assert kinds(out) == ["response.output_item.added", "conversation.item.created"]
    assert translator.losses == ()


@pytest.mark.parametrize("target", ["azure", "openai"])
def test_what_a_done_not_passed_on_says_beside_its_item_is_lost_by_path(target: str) -> None:
    # The target was told the item already: the done is not passed on, and neither are its
    # undeclared keys nor a previous item other than the one the target was told.
    done = {**item_done("item_1"), "server_note": "x", "previous_item_id": "item_9"}
    translator = rd.Translator(read="openai-ga", write=target, on_unsupported="drop")
    out = feed(translator, {**added("item_1"), "previous_item_id": "item_0"}, done)
    assert kinds(out) == ["conversation.item.created"]
    assert [loss.path for loss in translator.losses] == ["$.previous_item_id", "$.server_note"]
    noted = {**item_done("item_1"), "server_note": "x"}
    with pytest.raises(rd.UnsupportedError, match=r"\$\.server_note: a conversation\.item\.done is not passed on"):
        feed(rd.Translator(read="openai-ga", write=target), added("item_1"), noted)
    # The same previous item as told, and no undeclared key: nothing is lost.
    quiet = rd.Translator(read="openai-ga", write=target)
    after = {"previous_item_id": "item_0"}
    feed(quiet, {**added("item_1"), **after}, {**item_done("item_1"), **after})
    assert quiet.losses == ()


@pytest.mark.parametrize(("source", "target"), [("openai-ga", "azure"), ("openai-ga", "openai"), ("azure", "openai")])
def test_an_item_nested_deeper_than_python_compares_is_finished_without_a_traceback(source: str, target: str) -> None:
    # JSON text may nest 1024 levels, in an undeclared key too; Python's == stops near 1000.
    item = json.dumps(added("item_1")["item"])[:-1] + ', "x": ' + '{"a": ' * 1000 + "1" + "}" * 1000 + "}"
    first = "conversation.item.added" if source == "openai-ga" else "conversation.item.created"
    translator = rd.Translator(read=source, write=target, on_unsupported="drop")
    translator.feed(f'{{"event_id": "e1", "item": {item}, "type": "{first}"}}')
    translator.feed(f'{{"event_id": "e2", "item": {item}, "type": "conversation.item.done"}}')
    # Compared as changed where Python's == gives up (its limit depends on the stack below the call):
    # passed on, and the key lost by the target; compared as the same, nothing is.
    assert {loss.path for loss in translator.losses} <= {"$.item.x"}


@pytest.mark.parametrize("target", ["azure", "openai"])
def test_what_a_done_of_a_responses_item_says_beside_it_is_lost_by_path(target: str) -> None:
    translator = rd.Translator(read="openai-ga", write=target, on_unsupported="drop")
    item = {**ASSISTANT, "id": "item_a", "status": "in_progress", "content": []}
    announced = {"event_id": "e2", "item": item, "type": "conversation.item.added"}
    feed(translator, output_item_added(item), announced, {**announced, "type": "conversation.item.done", "note": 1})
    assert [loss.path for loss in translator.losses] == ["$.note"]


def test_the_done_of_a_responses_item_announced_in_progress_loses_nothing_it_was_told() -> None:
    # Azure into GA: the item in progress is announced as GA's added (with its previous item), and
    # finished by its response; Azure's done of it says nothing more, so nothing is lost.
    item = {**ASSISTANT, "id": "item_x", "status": "in_progress", "content": []}
    translator = rd.Translator(read="azure", write="openai-ga")
    out = feed(
        translator,
        {"event_id": "e1", "response_id": "r1", "output_index": 0, "item": item, "type": "response.output_item.added"},
        {"event_id": "e2", "previous_item_id": "P", "item": item, "type": "conversation.item.created"},
        {"event_id": "e3", "previous_item_id": "P", "item": item, "type": "conversation.item.done"},
    )
    assert kinds(out) == ["response.output_item.added", "conversation.item.added"]
    assert translator.losses == ()


def test_an_undeclared_key_a_done_changed_is_lost_at_its_own_path() -> None:
    item = {"id": "item_u", "type": "message", "role": "user", "status": "completed", "content": []}
    created = {"event_id": "e1", "item": item, "type": "conversation.item.created"}
    finished = {"event_id": "e2", "item": {**item, "server note": "x"}, "type": "conversation.item.done"}
    translator = rd.Translator(read="azure", write="openai", on_unsupported="drop")
    feed(translator, created, finished)
    assert [loss.path for loss in translator.losses] == ['$.item["server note"]']


def test_azure_created_then_done_is_one_item_for_beta_and_ga_and_both_for_azure() -> None:
    # As VoiceLive sends a user's audio item (fixtures/captured/sessions/azure-voicelive-audio-turn.jsonl:62-63).
    item = {"id": "item_u", "type": "message", "role": "user", "status": "completed", "content": []}
    created = {"event_id": "e1", "item": item, "type": "conversation.item.created"}
    finished = {"event_id": "e2", "item": item, "type": "conversation.item.done"}
    expected = {
        "azure": ["conversation.item.created", "conversation.item.done"],
        "openai": ["conversation.item.created"],
        "openai-ga": ["conversation.item.added", "conversation.item.done"],
    }
    for target, sequence in expected.items():
        translator = rd.Translator(read="azure", write=target)
        assert kinds(feed(translator, created, finished)) == sequence, target
        assert translator.losses == ()
    # What the done changes is the target's to hear: GA as a second done, beta as a loss.
    changed = {**finished, "item": {**item, "content": [{"type": "input_audio", "transcript": "Hi"}]}}
    ga = rd.Translator(read="azure", write="openai-ga")
    assert kinds(feed(ga, created, changed)) == [*expected["openai-ga"], "conversation.item.done"]
    beta = rd.Translator(read="azure", write="openai", on_unsupported="drop")
    assert kinds(feed(beta, created, changed)) == ["conversation.item.created"]
    assert [loss.path for loss in beta.losses] == ["$.item.content"]


def test_an_azure_done_finishes_an_item_in_progress_once_for_ga() -> None:
    translator = rd.Translator(read="azure", write="openai-ga")
    item = {"id": "item_9", "type": "message", "role": "user", "content": [], "status": "in_progress"}
    finished = {**item, "status": "completed"}
    out = feed(
        translator,
        {"event_id": "e1", "item": item, "type": "conversation.item.created"},
        {"event_id": "e2", "item": finished, "type": "conversation.item.done"},
        {
            "event_id": "e3",
            "response_id": "r",
            "output_index": 0,
            "item": finished,
            "type": "response.output_item.done",
        },
    )
    assert kinds(out) == ["conversation.item.added", "conversation.item.done", "response.output_item.done"]


def test_an_item_the_target_was_never_told_of_is_announced_by_its_done() -> None:
    # Its announcement was lost (under "raise" the line is skipped; GA needs an event_id the line
    # lacks): the item's done then announces it as the target announces items.
    item = {"id": "item_1", "type": "message", "role": "user", "status": "completed", "content": []}
    finished = {"event_id": "d1", "item": item, "type": "conversation.item.done"}
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    assert feed(translator, {"item": item, "type": "conversation.item.created"}) == []
    assert [loss.path for loss in translator.losses] == ["$"]
    out = feed(translator, finished)
    assert [(event["type"], event["event_id"]) for event in out] == [
        ("conversation.item.added", "d1"),
        ("conversation.item.done", "d1.1"),
    ]
    raising = rd.Translator(read="azure", write="openai-ga")
    with pytest.raises(rd.UnsupportedError):
        feed(raising, {"event_id": "c1", "item": {**item, "foo": 1}, "type": "conversation.item.created"})
    assert kinds(feed(raising, finished)) == ["conversation.item.added", "conversation.item.done"]
    beta = rd.Translator(read="azure", write="openai")
    assert kinds(feed(beta, finished)) == ["conversation.item.created"]


def test_an_item_in_progress_whose_announcement_was_lost_is_not_finished_by_its_output_item() -> None:
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    item = {"id": "item_2", "type": "message", "role": "assistant", "status": "in_progress", "content": []}
    assert feed(translator, {"item": item, "type": "conversation.item.created"}) == []  # no event_id: lost
    finished = {"event_id": "o1", "response_id": "r", "output_index": 0, "item": {**item, "status": "completed"}}
    assert kinds(feed(translator, {**finished, "type": "response.output_item.done"})) == ["response.output_item.done"]


def test_a_deleted_item_is_forgotten() -> None:
    # The session's memory of an item ends with it: a reference to it is not resolved any more,
    # and a long session that deletes its items holds none of them.
    translator = rd.Translator(read="openai-ga", write="azure", on_unsupported="drop")
    for number in range(200):
        item = {"id": f"item_{number}", "type": "message", "role": "user", "status": "completed", "content": []}
        event = {"event_id": f"e{number}", "item": item, "type": "conversation.item.added"}
        feed(translator, event, {**event, "type": "conversation.item.done"})
        feed(translator, {"event_id": f"x{number}", "item_id": f"item_{number}", "type": "conversation.item.deleted"})
    assert (translator.items, translator._told_items) == ({}, {})
    reference = {"type": "response.create", "response": {"input": [{"type": "item_reference", "id": "item_0"}]}}
    feed(translator, reference)
    assert [loss.path for loss in translator.losses] == ["$.response.input[0]"]


@pytest.mark.parametrize("path", CAPTURED_SESSIONS, ids=lambda path: path.stem)
@pytest.mark.parametrize("target", ["azure", "openai", "openai-ga"])
def test_the_session_holds_nothing_of_finished_items_but_the_items(path: Path, target: str) -> None:
    # What bridges two dialects' item events is kept until the item is finished or deleted, not for
    # ever: no more than the items the session holds (for references) until they are deleted.
    source = "azure" if path.name.startswith("azure") else "openai-ga"
    translator = rd.Translator(read=source, write=target, on_unsupported="drop")
    for line in path.read_bytes().splitlines():
        with contextlib.suppress(rd.InvalidPayloadError):  # a captured session holds a line its server refused
            translator.feed(line)
    assert (translator._made, translator._open) == (set(), set())
    assert translator._told_items.keys() <= translator.items.keys()


def test_an_event_id_that_is_empty_gives_made_events_none() -> None:
    translator = rd.Translator(read="azure", write="openai-ga")
    out = feed(translator, {"event_id": "", "response": {"append_input_items": [USER_HI]}, "type": "response.create"})
    assert [event.get("event_id") for event in out] == [None, ""]


# --------------------------------------------------------------------------- values the session determines


CALL = {
    "id": "item_fc",
    "type": "function_call",
    "status": "in_progress",
    "call_id": "call_1",
    "name": "get_weather",
    "arguments": "",
}


def output_item_added(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": "evt_oi",
        "response_id": "resp_1",
        "output_index": 0,
        "item": item,
        "type": "response.output_item.added",
    }


def arguments_done(**extra: Any) -> dict[str, Any]:
    return {
        "event_id": "evt_args",
        "response_id": "resp_1",
        "item_id": "item_fc",
        "output_index": 0,
        "call_id": "call_1",
        "arguments": '{"city":"Paris"}',
        "type": "response.function_call_arguments.done",
        **extra,
    }


@pytest.mark.parametrize("target", ["openai-ga", "azure"])
def test_arguments_done_is_told_the_function_name_of_its_item(target: str) -> None:
    # Beta's function_call_arguments.done does not name the function; GA and Azure need the name.
    translator = rd.Translator(read="openai", write=target)
    feed(translator, output_item_added(CALL))
    (done,) = feed(translator, arguments_done())
    assert done["name"] == "get_weather"
    assert translator.losses == ()


def test_arguments_done_finds_its_function_by_call_id_too() -> None:
    translator = rd.Translator(read="openai", write="openai-ga")
    feed(translator, {"event_id": "e", "item": {**CALL, "id": "item_other"}, "type": "conversation.item.created"})
    (done,) = feed(translator, arguments_done())
    assert done["name"] == "get_weather"


def test_arguments_done_of_an_unseen_function_has_no_form_where_the_name_is_needed() -> None:
    translator = rd.Translator(read="openai", write="openai-ga", on_unsupported="drop")
    assert feed(translator, arguments_done()) == []
    assert [(loss.path, loss.reason) for loss in translator.losses] == [
        ("$", "openai-ga needs 'name' here, and it is not set")
    ]


def test_beta_is_not_told_a_name_the_session_already_gave_the_item() -> None:
    translator = rd.Translator(read="openai-ga", write="openai")
    feed(translator, output_item_added(CALL))
    (done,) = feed(translator, arguments_done(name="get_weather"))
    assert "name" not in done
    assert translator.losses == ()
    # Another name than the item's is news: beta cannot say it, and that is a loss.
    lossy = rd.Translator(read="openai-ga", write="openai", on_unsupported="drop")
    feed(lossy, output_item_added(CALL))
    feed(lossy, arguments_done(name="get_time"))
    assert [loss.path for loss in lossy.losses] == ["$.name"]


def response_event(kind: str, response_id: str, status: str) -> dict[str, Any]:
    response = {"id": response_id, "object": "realtime.response", "status": status, "output": []}
    return {"event_id": f"evt_{kind}", "response": response, "type": f"response.{kind}"}


CLEARED = {"event_id": "evt_clr", "type": "output_audio_buffer.cleared"}


@pytest.mark.parametrize("target", ["openai-ga", "openai"])
def test_cleared_output_audio_is_told_the_response_in_progress(target: str) -> None:
    # Azure's output_audio_buffer.cleared names no response; GA and beta need it.
    translator = rd.Translator(read="azure", write=target)
    feed(translator, response_event("created", "resp_1", "in_progress"))
    (cleared,) = feed(translator, CLEARED)
    assert cleared["response_id"] == "resp_1"
    assert translator.losses == ()


def test_cleared_output_audio_after_its_response_is_told_the_last_response() -> None:
    # A barge-in: the response is cancelled (response.done) before the audio buffer is cleared.
    translator = rd.Translator(read="azure", write="openai-ga")
    feed(translator, response_event("created", "resp_1", "in_progress"))
    feed(translator, response_event("created", "resp_2", "in_progress"))
    feed(translator, response_event("done", "resp_2", "cancelled"))
    feed(translator, response_event("done", "resp_1", "completed"))
    (cleared,) = feed(translator, CLEARED)
    assert cleared["response_id"] == "resp_2"


def test_cleared_output_audio_is_lost_when_the_response_is_not_determined() -> None:
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    assert feed(translator, CLEARED) == []  # no response seen
    feed(translator, response_event("created", "resp_1", "in_progress"))
    feed(translator, response_event("created", "resp_2", "in_progress"))
    assert feed(translator, CLEARED) == []  # two in progress: which one is not said
    assert [(loss.path, loss.reason) for loss in translator.losses] == [
        ("$", "openai-ga needs 'response_id' here, and it is not set")
    ]


def test_azure_is_not_told_the_response_the_session_implies() -> None:
    translator = rd.Translator(read="openai-ga", write="azure")
    feed(translator, response_event("created", "resp_1", "in_progress"))
    (cleared,) = feed(translator, {**CLEARED, "response_id": "resp_1"})
    assert cleared == {"event_id": "evt_clr", "type": "output_audio_buffer.cleared"}
    assert translator.losses == ()
    lossy = rd.Translator(read="openai-ga", write="azure", on_unsupported="drop")
    feed(lossy, {**CLEARED, "response_id": "resp_9"})
    assert [loss.path for loss in lossy.losses] == ["$.response_id"]


def test_a_transcription_usage_no_event_reported_is_not_made_up() -> None:
    # Azure reports no usage; GA and beta require it and the session cannot know it.
    completed = {
        "item_id": "item_1",
        "content_index": 0,
        "transcript": "Hi",
        "event_id": "evt_t",
        "type": "conversation.item.input_audio_transcription.completed",
    }
    for target in ("openai-ga", "openai"):
        translator = rd.Translator(read="azure", write=target, on_unsupported="drop")
        assert feed(translator, completed) == []
        assert [(loss.path, loss.reason) for loss in translator.losses] == [
            ("$", f"{target} needs 'usage' here, and it is not set")
        ]


# --------------------------------------------------------------------------- policies and streaming


def test_an_event_with_no_counterpart_is_skipped_under_drop_and_raises_under_raise() -> None:
    turn = json.dumps({"turn_id": "t1", "type": "input_audio.turn.start"})
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    assert translator.feed(turn) == []
    assert [loss.path for loss in translator.losses] == ["$"]
    with pytest.raises(rd.UnsupportedError):
        rd.Translator(read="azure", write="openai-ga").feed(turn)


TIMESTAMP = {
    "response_id": "r",
    "item_id": "i",
    "output_index": 0,
    "content_index": 0,
    "audio_offset_ms": 0,
    "audio_duration_ms": 1,
    "text": "a",
    "event_id": "e1",
    "type": "response.audio_timestamp.delta",
    "timestamp_type": "word",
}


@pytest.mark.parametrize(
    ("wrong", "problem"),
    [({"timestamp_type": "sentence"}, "expected 'word'"), ({"timestamp_type": None}, "required, but missing")],
)
def test_a_warm_translator_checks_every_tag_of_an_event_not_only_its_type(wrong: dict[str, Any], problem: str) -> None:
    # Azure's timestamp deltas carry a second tag. Once an event of the type has been translated, its
    # function runs first: it was told the type matched, and must still read timestamp_type.
    event = {key: value for key, value in {**TIMESTAMP, "event_id": "e2", **wrong}.items() if value is not None}
    translator = rd.Translator(read="azure", write="azure")
    translator.feed(json.dumps(TIMESTAMP))
    with pytest.raises(rd.InvalidPayloadError, match=rf"\$\.timestamp_type: {problem}"):
        translator.feed(json.dumps(event))
    lines = [json.dumps(TIMESTAMP), json.dumps(event)]
    with pytest.raises(rd.InvalidPayloadError, match=rf"\$\.timestamp_type: {problem}"):
        list(rd.Translator(read="azure", write="azure").feed_all(lines))


@pytest.mark.parametrize(
    "refused",
    ['{"type": "input_audio_buffer.append", "audio": 5}', '{"type": "response.create", "response": {"x": 1}}', "{"],
)
def test_losses_hold_nothing_of_an_earlier_event_after_a_refused_one(refused: str) -> None:
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    lossy = json.dumps({"response": {"temperature": 0.7}, "type": "response.create"})
    translator.feed(lossy)
    assert [loss.path for loss in translator.losses] == ["$.response.temperature"]
    with pytest.raises(rd.InvalidPayloadError):
        translator.feed(refused)
    assert translator.losses == ()
    translator.feed('{"type": "input_audio_buffer.append", "audio": "AAAA"}')  # warm: the fast path next
    translator.feed(lossy)
    with pytest.raises(rd.InvalidPayloadError):
        translator.feed('{"type": "input_audio_buffer.append", "audio": 5}')
    assert translator.losses == ()


def test_warn_emits_one_warning_per_loss() -> None:
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="warn")
    with pytest.warns(rd.LossWarning):
        translator.feed(json.dumps({"response": {"temperature": 0.8}, "type": "response.create"}))


@pytest.mark.parametrize("encode", [lambda text: text, str.encode, lambda text: memoryview(text.encode())])
def test_translate_session_ignores_a_byte_order_mark_before_the_first_line(encode: Any) -> None:
    # A log saved by an editor or a Windows tool, read with open(path) or open(path, "rb"): the mark
    # before the first line is not part of it (RFC 8259); one anywhere else is malformed text.
    commit = '{"type": "input_audio_buffer.commit"}\n'
    read: list[str] = []
    lines = (read.append(line) or encode(line) for line in ["\ufeff" + commit, commit, "\ufeff" + commit])
    out = rd.translate_session(lines, read="azure", write="openai-ga")
    assert read == []  # nothing is read before the generator is
    assert [next(out), next(out)] == ['{"type":"input_audio_buffer.commit"}'] * 2
    with pytest.raises(rd.InvalidPayloadError, match="byte order mark"):
        next(out)


def test_translate_session_is_a_generator_that_skips_blank_lines() -> None:
    lines = (
        line for line in [b'{"type": "input_audio_buffer.commit"}\n', b"\n", b'{"type": "input_audio_buffer.clear"}']
    )
    out = rd.translate_session(lines, read="azure", write="openai-ga")
    assert iter(out) is out
    assert [json.loads(text)["type"] for text in out] == ["input_audio_buffer.commit", "input_audio_buffer.clear"]


# --------------------------------------------------------------------------- feed_lines


@pytest.mark.parametrize("policy", ["raise", "drop"])
@pytest.mark.parametrize("write", ["azure", "openai", "openai-ga"])
@pytest.mark.parametrize("path", CAPTURED_SESSIONS, ids=lambda path: path.stem)
def test_feed_lines_tells_each_line_what_feed_says_of_it(path: Path, write: str, policy: str) -> None:
    # A real session with trouble spliced in every few lines: feed_lines() writes what feed() writes,
    # line by line, and tells its report each problem and loss with the number of its line.
    read = "azure" if path.stem.startswith("azure") else "openai-ga"
    lines = path.read_bytes().splitlines()
    limit = max(map(len, lines))
    trouble = TROUBLE + too_long(limit)
    spliced = []
    for index, line in enumerate(lines):
        spliced.append(line)
        if index % 3 == 0:
            spliced.append(trouble[index // 3 % len(trouble)])
    spliced += trouble  # each at least once
    texts, told, losses = expected_with_losses(spliced, read, write, policy, limit)
    recorder = Recorder()
    translator = rd.Translator(read=read, write=write, on_unsupported=policy, max_size=limit)
    # As each text comes, the translator's losses are its line's (none for a line after one that lost).
    given = [(text, translator.losses) for text in translator.feed_lines(iter(spliced), recorder)]
    assert [text for text, _ in given] == texts
    assert [lost for _, lost in given] == losses
    assert any(losses) == (write != read and policy == "drop")
    assert recorder.told == told
    said = {entry[0] for entry in told}
    assert {"invalid", "ended"} <= said
    if write != read:
        assert ("unsupported" if policy == "raise" else "lost") in said
    assert len(texts) > (len(lines) / 2 if policy == "drop" else 0)  # the session itself is translated


def test_feed_lines_tells_how_many_lines_were_read_when_reading_them_raises() -> None:
    def lines() -> Any:
        yield b'{"type": "input_audio_buffer.commit"}'
        yield b""
        yield b'{"type": "input_audio_buffer.clear"}'
        raise OSError("the disk went away")

    recorder = Recorder()
    out = rd.Translator(read="azure", write="openai-ga").feed_lines(lines(), recorder)
    assert next(out) == '{"type":"input_audio_buffer.commit"}'
    assert next(out) == '{"type":"input_audio_buffer.clear"}'
    with pytest.raises(OSError, match="the disk went away"):
        next(out)
    assert recorder.told == [("ended", 3, 1)]


def test_feed_lines_without_a_report_raises_as_feed_all_does() -> None:
    lines = [b'{"type": "input_audio_buffer.commit"}', b"{not json", b'{"type": "input_audio_buffer.clear"}']
    out = rd.Translator(read="azure", write="openai-ga").feed_lines(lines, None)
    assert next(out) == '{"type":"input_audio_buffer.commit"}'
    with pytest.raises(rd.InvalidPayloadError):
        next(out)


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ('{"type": "response.create", "response": {"temperature": 3}}', rd.InvalidPayloadError),
        ("{not json", rd.InvalidPayloadError),
        ('{"type": "response.create", "response": {"temperature": 0.8}}', rd.UnsupportedError),  # GA has none
        ('{"turn_id": "t1", "type": "input_audio.turn.start"}', rd.UnsupportedError),  # no such event in GA
    ],
)
def test_an_error_raised_from_a_stream_says_its_line(bad: str, error: type[rd.DialectError]) -> None:
    # A 1 GB log's bad line is found by its number, not by bisecting the log.
    commit = '{"type": "input_audio_buffer.commit"}'
    lines = [commit, "", commit, bad, commit]
    for out in (
        rd.translate_session(lines, read="azure", write="openai-ga"),
        rd.Translator(read="azure", write="openai-ga").feed_all(lines),
    ):
        with pytest.raises(error) as raised:
            list(out)
        assert raised.value.line == 4
        if sys.version_info >= (3, 11):
            assert raised.value.__notes__ == ["on line 4 of the lines translated"]
        assert pickle.loads(pickle.dumps(raised.value)).line == 4
    with pytest.raises(error) as single:
        rd.Translator(read="azure", write="openai-ga").feed(bad)
    assert single.value.line is None  # one event: no line to name
    assert single.value == raised.value  # the line is where the error was met, not one of its details


@pytest.mark.parametrize("ending", ["\n", "\r\n", b"\n", b"\r\n"], ids=["LF", "CRLF", "bytes LF", "bytes CRLF"])
@pytest.mark.parametrize(
    "cut", ['{"type": "input_audio_buffer.append", "audio": "AAAA', '{"type": "input_audio_buffer.append"']
)
def test_a_line_cut_short_is_told_so_whatever_ends_it(cut: str, ending: str | bytes) -> None:
    # The newline that ends a line was parsed with it: a line cut short in a string was "an unexpected
    # control character", and one cut elsewhere was at "line 2 column 1" of a one-line event.
    line = cut + ending if isinstance(ending, str) else cut.encode() + ending
    with pytest.raises(rd.InvalidPayloadError) as unterminated:
        rd.AZURE.loads(cut)
    for feed in (
        lambda: rd.Translator(read="azure", write="openai-ga").feed(line),
        lambda: list(rd.translate_session([line], read="azure", write="openai-ga")),
    ):
        with pytest.raises(rd.InvalidPayloadError) as raised:
            feed()
        assert raised.value.problems == unterminated.value.problems
        assert "unexpected end of data: line 1 column" in raised.value.problems[0].message


def test_cancels_of_responses_no_longer_in_progress_are_not_kept() -> None:
    # A cancel that comes after its response.done (barge-in races it) was kept for ever.
    translator = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    for number in range(300):
        response_id = f"resp_{number}"
        feed(
            translator, started(response_id), done(response_id), {"response_id": response_id, "type": "response.cancel"}
        )
    feed(translator, {"response_id": "never_seen", "type": "response.cancel"})
    assert translator._cancelled == set()
    assert translator.in_progress == set()


@pytest.mark.parametrize(
    "whole", ['{"type": "input_audio_buffer.commit"}\n', b'{"type": "input_audio_buffer.commit"}\n']
)
@pytest.mark.parametrize(
    "stream",
    [
        lambda whole: rd.translate_session(whole, read="azure", write="openai"),
        lambda whole: list(rd.Translator(read="azure", write="openai").feed_all(whole)),
        lambda whole: list(rd.Translator(read="azure", write="openai").feed_lines(whole, None)),
    ],
    ids=["translate_session", "feed_all", "feed_lines"],
)
def test_a_whole_log_given_as_one_text_is_refused_as_such(stream: Any, whole: str | bytes) -> None:
    # Iterated, a str gives characters and bytes give integers: each then failed as a malformed
    # event, with nothing saying that lines were expected.
    with pytest.raises(TypeError, match=r"expected an iterable of lines .* got one (str|bytes)"):
        stream(whole)
