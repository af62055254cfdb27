"""Decisions of the server tables that no fixture or SDK shows: unknown types, constants, variants, positions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import realtime_dialects as rd

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

AUDIO_DELTA = {
    "response_id": "resp_1",
    "item_id": "item_1",
    "output_index": 0,
    "content_index": 0,
    "delta": "AAAA",
    "type": "response.audio.delta",
}


@pytest.mark.parametrize("dialect", ["azure", "openai-ga", "openai"])
def test_an_unknown_server_event_type_is_a_problem_at_type(dialect: str) -> None:
    with pytest.raises(rd.InvalidPayloadError) as error:
        rd.dialect(dialect).loads('{"type": "response.audio.delta_v2", "delta": "AAAA"}')
    assert [problem.path for problem in error.value.problems] == ["$.type"]
    assert "unknown event type" in error.value.problems[0].message


@pytest.mark.parametrize(("cl", "kind"), [("ServerEvent", "response.create"), ("ClientEvent", "response.done")])
def test_an_event_of_another_direction_than_asked_for_is_named_as_what_it_is(cl: str, kind: str) -> None:
    with pytest.raises(rd.InvalidPayloadError) as error:
        rd.AZURE.loads(json.dumps({"type": kind}), cl=getattr(rd, cl))
    found = rd.AZURE.event_class({"type": kind}).__name__
    assert error.value.problems[0].message.startswith(f"string {kind!r} is {found}'s type, not one of the")


@pytest.mark.parametrize(
    ("kind", "read", "hint"),
    [
        ("response.output_audio.delta", "azure", "(an event type of openai-ga; azure's is 'response.audio.delta')"),
        (
            "response.audio.delta",
            "openai-ga",
            "(an event type of azure and openai; openai-ga's is 'response.output_audio.delta')",
        ),
        ("input_audio.turn.start", "openai-ga", "(an event type of azure; openai-ga has no such event)"),
    ],
)
def test_an_event_type_of_another_dialect_says_whose_it_is_and_ours(kind: str, read: str, hint: str) -> None:
    # Text read as the wrong dialect: the problem says which dialect has the type, and this one's for it.
    with pytest.raises(rd.InvalidPayloadError) as error:
        rd.translate(json.dumps({"type": kind}), read=read, write="azure")
    (problem,) = error.value.problems
    assert problem.path == "$.type"
    # The counterpart is named: the list of every type of the dialect would add nothing.
    assert problem.message == f"unknown event type {kind!r} {hint}"


@pytest.mark.parametrize(
    ("read", "kind", "near"),
    [
        ("openai-ga", "response.creat", "'response.create'"),
        (
            "openai-ga",
            "conversation.item.input_audio_transcription.complete",
            "'conversation.item.input_audio_transcription.completed'",
        ),
        ("azure", "input_audio_buffer.apend", "'input_audio_buffer.append'"),
        ("openai", "Session.Update", "'session.update'"),
        ("azure", "error.x", "'error'"),
    ],
)
def test_an_event_type_near_one_of_the_dialects_is_shown_whole_with_it(read: str, kind: str, near: str) -> None:
    # It was cut at 40 characters ('conversation.item.input_audio_transcript…'), which hid the typo, and
    # followed by the 46 to 76 types of the dialect, 2.5 kB on one line.
    with pytest.raises(rd.InvalidPayloadError) as error:
        rd.dialect(read).loads(json.dumps({"type": kind}))
    (problem,) = error.value.problems
    assert (problem.path, problem.message) == ("$.type", f"unknown event type {kind!r}; did you mean {near}?")


def test_an_event_type_like_none_of_the_dialects_is_listed_with_them_all() -> None:
    with pytest.raises(rd.InvalidPayloadError) as error:
        rd.OPENAI_GA.loads('{"type": "hello"}')
    known = sorted(rd.OPENAI_GA.events())
    expected = f"unknown event type 'hello'; openai-ga has {len(known)}: " + ", ".join(map(repr, known))
    assert error.value.problems[0].message == expected
    # Narrowed by cl=, a near miss is looked for among the types asked for only.
    for cl, near in [(rd.ClientEvent, "response.create"), (rd.ServerEvent, "response.created")]:
        with pytest.raises(rd.InvalidPayloadError) as error:
            rd.OPENAI_GA.loads('{"type": "response.creat"}', cl=cl)
        assert error.value.problems[0].message == f"unknown event type 'response.creat'; did you mean {near!r}?"


def test_undeclared_keys_of_a_server_event_are_kept_and_written_back_last() -> None:
    text = json.dumps({**AUDIO_DELTA, "obfuscation": "x1"})
    event = rd.AZURE.loads(text)
    assert event.extra == {"azure": {"obfuscation": "x1"}}
    assert json.loads(rd.AZURE.dumps(event)) == json.loads(text)
    # Another dialect has no such key: a loss at its path.
    _, losses = rd.translate_with_losses(text.replace("{", '{"event_id": "e", ', 1), read="azure", write="openai-ga")
    assert [loss.path for loss in losses] == ["$.obfuscation"]


@pytest.mark.parametrize("dialect", rd.dialects.names())
def test_client_events_refuse_undeclared_keys_unless_asked_to_keep_them(dialect: str) -> None:
    text = rd.dialect(dialect).dumps(rd.InputAudioBufferCommitEvent(event_id="e1"))
    wider = text[:-1] + (', "priority": 1}' if '": ' in text else ',"priority":1}')  # in the text's own spacing
    with pytest.raises(rd.InvalidPayloadError) as error:
        rd.dialect(dialect).loads(wider)
    assert [problem.path for problem in error.value.problems] == ["$.priority"]
    kept = rd.dialect(dialect).loads(wider, keep_unknown=True)
    assert kept.extra == {dialect: {"priority": 1}}
    assert rd.dialect(dialect).dumps(kept) == wider  # written back, last
    other = next(name for name in rd.dialects.names() if name != dialect)
    assert [loss.path for loss in rd.dialect(other).losses(kept)] == ["$.priority"]


def test_a_server_item_status_no_sdk_lists_flows_through_while_client_items_keep_theirs() -> None:
    text = (
        '{"event_id":"e","item":{"content":[{"text":"hi","type":"output_text"}],"role":"assistant",'
        '"type":"message","id":"i","status":"paused"},"type":"conversation.item.done"}'
    )
    event = rd.OPENAI_GA.loads(text)
    assert event.item.status == "paused"
    assert rd.OPENAI_GA.dumps(event) == text
    assert json.loads(rd.translate(text, read="openai-ga", write="azure"))["item"]["status"] == "paused"
    create = rd.ConversationItemCreateEvent(item=event.item)
    assert [loss.path for loss in rd.OPENAI_GA.losses(create)] == ["$.item.status"]
    with pytest.raises(rd.InvalidPayloadError) as error:
        rd.OPENAI_GA.loads(
            '{"type":"conversation.item.create","item":{"type":"message","role":"user","status":"paused",'
            '"content":[{"type":"input_text","text":"x"}]}}'
        )
    assert [problem.path for problem in error.value.problems] == ["$.item.status"]


def test_an_explicit_null_is_not_set_and_an_empty_string_is_a_value() -> None:
    text = '{"event_id": "e", "type": "input_audio_buffer.committed", "previous_item_id": "", "item_id": "i"}'
    assert rd.AZURE.loads(text).previous_item_id == ""
    nulled = '{"event_id": "e", "type": "input_audio_buffer.committed", "previous_item_id": null, "item_id": "i"}'
    assert (
        rd.AZURE.dumps(rd.AZURE.loads(nulled))
        == '{"item_id": "i", "event_id": "e", "type": "input_audio_buffer.committed"}'
    )


def test_a_required_free_json_value_may_be_null_but_not_absent() -> None:
    # Azure's SDK keeps an "annotation": null it reads, and writes it back; only an absent key is missing.
    fixture = FIXTURES / "azure" / "response.audio_transcript.annotation.added" / "null.json"
    text = fixture.read_text(encoding="utf-8")
    event = rd.AZURE.loads(text)
    assert event.annotation is None
    assert "annotation=None" in repr(event)  # a required value is shown, as the constructor needs it
    assert rd.AZURE.dumps(event) == text == rd.translate(text, read="azure", write="azure")
    absent = json.dumps({key: value for key, value in json.loads(text).items() if key != "annotation"})
    for target in rd.dialects.names():
        with pytest.raises(rd.InvalidPayloadError) as caught:
            rd.translate(absent, read="azure", write=target)
        assert [(p.path, p.message) for p in caught.value.problems] == [("$.annotation", "required, but missing")]


def test_azure_word_timestamps_carry_their_constant_and_refuse_another() -> None:
    fields = {**AUDIO_DELTA, "type": "response.audio_timestamp.delta", "audio_offset_ms": 0, "audio_duration_ms": 10}
    del fields["delta"]
    fields.update(text="hi", timestamp_type="word")
    written = rd.AZURE.dumps(rd.AZURE.loads(json.dumps(fields)))
    assert written.endswith('"type": "response.audio_timestamp.delta", "timestamp_type": "word"}')
    with pytest.raises(rd.InvalidPayloadError) as error:
        rd.AZURE.loads(json.dumps({**fields, "timestamp_type": "phoneme"}))
    assert [problem.path for problem in error.value.problems] == ["$.timestamp_type"]


def test_azure_reads_and_writes_conversation_item_done() -> None:
    # Not in azure-ai-voicelive 1.3.1, sent by VoiceLive servers (fixtures/captured/azure/006).
    event = rd.OPENAI_GA.loads(
        '{"event_id":"e","item":{"id":"i","type":"message","role":"user","status":"completed","content":'
        '[{"type":"input_text","text":"hi"}]},"type":"conversation.item.done"}'
    )
    assert rd.AZURE.dumps(event) == (
        '{"event_id": "e", "item": {"role": "user", "content": [{"text": "hi", "type": "input_text"}], '
        '"status": "completed", "id": "i", "type": "message"}, "type": "conversation.item.done"}'
    )


def test_beta_transcription_sessions_are_reported_by_transcription_session_updated() -> None:
    text = (
        '{"event_id":"e","session":{"client_secret":{"expires_at":1,"value":"k"},"input_audio_format":"pcm16"},'
        '"type":"transcription_session.updated"}'
    )
    event = rd.OPENAI.loads(text)
    assert type(event).__name__ == "SessionUpdatedEvent"
    assert type(event.session).__name__ == "TranscriptionSession"
    assert rd.OPENAI.dumps(event) == text
    # GA reports both kinds with session.updated, told apart by the session's type.
    # (GA sets no client secret in a session: that key is a loss there.)
    assert json.loads(rd.OPENAI_GA.dumps(event, on_unsupported="drop"))["type"] == "session.updated"
    # A transcription session as it starts has no beta event: the event has no counterpart.
    created = rd.SessionCreatedEvent(event_id="e", session=event.session)
    assert [(loss.path, loss.reason) for loss in rd.OPENAI.losses(created)] == [
        (
            "$",
            "OpenAI Realtime beta has no transcription_session.created event; "
            "a transcription session is reported by transcription_session.updated",
        )
    ]


def test_ga_tags_a_part_by_its_position() -> None:
    # Inside items GA says output_text; in response.content_part.* it says text.
    part_event = (
        '{"content_index":0,"event_id":"e","item_id":"i","output_index":0,"part":{"text":"hi","type":"text"},'
        '"response_id":"r","type":"response.content_part.done"}'
    )
    event = rd.OPENAI_GA.loads(part_event)
    assert type(event.part).__name__ == "OutputText"
    assert rd.OPENAI_GA.dumps(event) == part_event
    item = rd.MessageItem(role="assistant", content=[event.part])
    assert '"type":"output_text"' in rd.OPENAI_GA.dumps(rd.ConversationItemAddedEvent(event_id="e", item=item))


def test_azure_status_details_write_reason_or_error_before_type() -> None:
    failed = rd.ResponseStatusDetails(type="failed", error=rd.model.ResponseStatusError(type="server_error"))
    cancelled = rd.ResponseStatusDetails(type="cancelled", reason="turn_detected")
    written = [
        json.loads(rd.AZURE.dumps(rd.ResponseDoneEvent(response=rd.Response(status_details=details))))
        for details in (failed, cancelled)
    ]
    assert [list(event["response"]["status_details"]) for event in written] == [["error", "type"], ["reason", "type"]]


def test_ga_responses_name_their_voice() -> None:
    # RealtimeResponse.audio.output.voice is a string (realtime_response.py:20), unlike the session's.
    def losses(voice: object) -> list[str]:
        event = rd.ResponseDoneEvent(event_id="e", response=rd.Response(voice=voice))
        return [f"{loss.path}: {loss.reason}" for loss in rd.OPENAI_GA.losses(event)]

    assert losses(rd.model.VoiceId(id="voice_1")) == [
        "$.response.voice: OpenAI GA responses name their voice; a custom voice id has no form there"
    ]
    assert losses(rd.model.AzureStandardVoice(name="en-US-AvaNeural")) == [
        "$.response.voice: OpenAI GA responses name an OpenAI voice; Azure voices have no form there"
    ]
    typed = rd.ResponseDoneEvent(event_id="e", response=rd.Response(voice=rd.model.OpenAIVoice(name="alloy")))
    assert rd.OPENAI_GA.dumps(typed) == (
        '{"event_id":"e","response":{"audio":{"output":{"voice":"alloy"}}},"type":"response.done"}'
    )


def test_ga_keeps_undeclared_keys_inside_audio_formats_as_its_sdk_does() -> None:
    from openai.types.realtime import SessionCreatedEvent, SessionUpdateEvent

    audio = {
        "input": {"format": {"rate": 24000, "type": "audio/pcm", "channels": {"count": 1}}},
        "output": {"format": {"type": "audio/pcmu", "bits": 8}},
    }
    event = {"event_id": "e", "session": {"type": "realtime", "audio": audio}, "type": "session.created"}
    text = json.dumps(event, separators=(",", ":"))
    sdk = SessionCreatedEvent.model_validate_json(text).model_dump_json(exclude_none=True)
    read = rd.OPENAI_GA.loads(text)
    assert read.session.extra == {
        "openai-ga": {"audio": {"input": {"format": {"channels": {"count": 1}}}, "output": {"format": {"bits": 8}}}}
    }
    assert rd.OPENAI_GA.dumps(read) == sdk == rd.translate(text, read="openai-ga", write="openai-ga")
    _, losses = rd.translate_with_losses(text, read="openai-ga", write="azure")
    # Each at its own path (they were one loss at $.session.audio, said to be an undeclared `audio`).
    assert [loss.path for loss in losses] == [
        "$.session.audio.input.format.channels",
        "$.session.audio.output.format.bits",
    ]
    # A client event is read strictly, as every client event is: the undeclared key is a problem at its path.
    update = {"session": {"type": "realtime", "audio": {"input": audio["input"]}}, "type": "session.update"}
    SessionUpdateEvent.model_validate(update)
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.OPENAI_GA.loads(json.dumps(update))
    assert [p.path for p in caught.value.problems] == ["$.session.audio.input.format.channels"]


DIALECTS = ("azure", "openai", "openai-ga")
#: Past every range and size limit the protocol documents for a response's settings.
OUT_OF_RANGE = {"max_output_tokens": 99_999, "metadata": {f"k{i}": "v" * 600 for i in range(17)}}
#: Past the documented range too; GA responses carry no temperature.
TEMPERATURE = {"azure": {"temperature": 2.0}, "openai": {"temperature": 2.0}, "openai-ga": {}}


@pytest.mark.parametrize("source", DIALECTS)
def test_server_events_are_read_and_written_as_sent_past_documented_ranges(source: str) -> None:
    # Ranges and size limits say what a client may send; what a server sent is read as sent,
    # as the SDKs read it, and translated like any other value: nothing is refused or lost.
    settings = {**OUT_OF_RANGE, **TEMPERATURE[source]}
    event = rd.model.ResponseCreatedEvent(
        event_id="event_1", response=rd.model.Response(id="resp_1", status="in_progress", **settings)
    )
    text = rd.dialect(source).dumps(event)
    read = rd.dialect(source).loads(text)
    assert {name: getattr(read.response, name) for name in settings} == settings
    for target in DIALECTS:
        if TEMPERATURE[target] != TEMPERATURE[source]:
            continue  # a temperature into GA is a loss, which other tests hold
        expected = rd.dialect(target).dumps(read)
        assert rd.translate_with_losses(text, read=source, write=target) == (expected, ())
        assert rd.dialect(target).loads(expected).response.metadata == OUT_OF_RANGE["metadata"]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_client_events_still_refuse_values_past_their_ranges(dialect: str) -> None:
    settings = {**OUT_OF_RANGE, **TEMPERATURE[dialect]}
    event = rd.model.ResponseCreateEvent(response=rd.model.ResponseCreateParams(**settings))
    with pytest.raises(rd.InvalidPayloadError) as built:
        rd.dialect(dialect).dumps(event)
    # One problem per setting at least (the map's at its path or below it), nowhere else.
    fields = {_field(problem.path) for problem in built.value.problems}
    assert "$.response.metadata" in fields
    assert len(fields) == len(settings)
    # The same map on the wire, read: refused at its path, on both paths of a translation.
    wire = json.loads(rd.dialect(dialect).dumps(rd.model.ResponseCreateEvent(response=rd.model.ResponseCreateParams())))
    wire["response"]["metadata"] = OUT_OF_RANGE["metadata"]
    for reading in (rd.dialect(dialect).loads, lambda t: rd.translate(t, read=dialect, write=dialect)):
        with pytest.raises(rd.InvalidPayloadError) as read:
            reading(json.dumps(wire))
        assert {_field(problem.path) for problem in read.value.problems} == {"$.response.metadata"}


def _field(path: str) -> str:
    """The wire path of the response setting ``path`` is at or below."""
    return ".".join(path.split(".")[:3])


SDK_REQUIRED_MISSING = [
    # Real beta traffic sends transcription completed without usage (docs/wire/server-model-notes.md).
    (
        "openai",
        '{"type":"conversation.item.input_audio_transcription.completed","event_id":"e","item_id":"i",'
        '"content_index":0,"transcript":"t"}',
    ),
    ("openai-ga", '{"type":"input_audio_buffer.committed","item_id":"i"}'),  # no event_id
    (
        "azure",
        '{"type": "conversation.item.created", "event_id": "e", "item": {"id": "i", "type": "message", "role": "user",'
        ' "content": [{"type": "input_text", "text": "x"}]}}',  # no item status
    ),
]


@pytest.mark.parametrize(("dialect", "text"), SDK_REQUIRED_MISSING)
def test_a_server_event_without_a_key_its_sdk_requires_is_read_as_the_sdk_reads_it(dialect: str, text: str) -> None:
    # Read tolerantly, as the SDKs' receiving paths read it; written, a key the target needs and
    # lacks is a loss (its object, or the event at $), the same on the fused and the neutral path.
    event = rd.dialect(dialect).loads(text)
    for target in ("azure", "openai", "openai-ga"):
        try:
            fused = rd.translate_with_losses(text, read=dialect, write=target)
        except rd.UnsupportedError as error:
            fused = ("", error.losses)
        try:
            wire, raw = rd.dialect(target).write(event, trusted=True)
            neutral = (rd.dialect(target).encode(wire), rd.dialect(target).render_losses(raw, rd.dialect(dialect)))
        except rd.UnsupportedError as error:
            neutral = ("", error.losses)
        assert fused == neutral, target
