"""The OpenAI (OpenAI-DotNet serializer) dialect: golden bytes, JsonIgnore rules, read aliases."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import realtime_dialects as rd

FIXTURES = Path(__file__).parent.parent / "fixtures" / "openai" / "response.create"
GOLDEN = sorted(FIXTURES.glob("*.json"))


def event(**params: object) -> rd.ResponseCreateEvent:
    return rd.ResponseCreateEvent(response=rd.ResponseCreateParams(**params))  # type: ignore[arg-type]


def test_golden_files_exist() -> None:
    assert len(GOLDEN) >= 8


@pytest.mark.parametrize("path", GOLDEN, ids=lambda path: path.stem)
def test_golden_files_round_trip_byte_for_byte(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert rd.OPENAI.dumps(rd.OPENAI.loads(text)) == text
    assert rd.OPENAI.dumps(rd.OPENAI.loads(text.encode())) == text


def test_parameterless_params_write_the_never_ignored_keys() -> None:
    # docs/wire/response-create.md §9.2 D2: `new RealtimeResponseCreateParams()`.
    assert (
        rd.OPENAI.dumps(event()) == '{"type":"response.create","response":{"output_audio_format":"pcm16","input":null}}'
    )
    assert rd.OPENAI.dumps(rd.ResponseCreateEvent()) == '{"type":"response.create"}'


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param({"modalities": rd.Modality.TEXT}, '"modalities":["text"]', id="text"),
        pytest.param({"modalities": rd.Modality.AUDIO}, '"modalities":["audio"]', id="audio"),
        pytest.param({"modalities": ["audio", "text"]}, '"modalities":["text","audio"]', id="flags-in-order"),
        pytest.param({"instructions": ""}, '"instructions":""', id="empty-string-is-not-default"),
        pytest.param({"commit": False}, '"conversation":"none"', id="out-of-band"),
        pytest.param({"max_output_tokens": "inf"}, '"max_response_output_tokens":"inf"', id="inf"),
        pytest.param({"max_output_tokens": 7}, '"max_response_output_tokens":7', id="int"),
        pytest.param({"voice": rd.OpenAIVoice(name="ash")}, '"voice":"ash"', id="typed-voice-flattened"),
        pytest.param({"output_audio_format": rd.AudioFormat.G711_ULAW}, '"output_audio_format":"g711_ulaw"', id="g711"),
        pytest.param(
            {"tool_choice": rd.FunctionChoice(name="f")},
            '"tool_choice":{"type":"function","function":{"name":"f"}}',
            id="forced-function",
        ),
        pytest.param({"input_items": []}, '"input":[]', id="clear-context"),
    ],
)
def test_field_forms(params: dict[str, object], expected: str) -> None:
    assert expected in rd.OPENAI.dumps(event(**params))


def test_default_conversation_is_never_written() -> None:
    # ConversationResponseType.Auto is the enum's zero and the property is WhenWritingDefault.
    text = rd.OPENAI.dumps(event(commit=True))
    assert "conversation" not in text
    assert rd.OPENAI.losses(event(commit=True)) == ()
    read = rd.OPENAI.loads('{"type":"response.create","response":{"conversation":"auto","input":null}}')
    assert read.response is not None
    assert read.response.commit is True


def test_dotnet_misspelled_g711_is_read_and_corrected() -> None:
    # docs/wire/response-create.md §9.2 D4 as OpenAI-DotNet writes it: `g771_ulaw` (sic).
    text = (FIXTURES / "full_params.json").read_text(encoding="utf-8").replace("g711_ulaw", "g771_ulaw")
    read = rd.OPENAI.loads(text)
    assert read.response is not None
    assert read.response.output_audio_format is rd.AudioFormat.G711_ULAW
    assert rd.OPENAI.dumps(read) == (FIXTURES / "full_params.json").read_text(encoding="utf-8")
    alaw = rd.OPENAI.loads('{"type":"response.create","response":{"output_audio_format":"g771_alaw"}}')
    assert alaw.response is not None
    assert alaw.response.output_audio_format is rd.AudioFormat.G711_ALAW


def test_reads_the_neutral_model() -> None:
    read = rd.OPENAI.loads((FIXTURES / "conversation_items.json").read_bytes())
    assert read.event_id == "evt_7"
    assert read.response is not None
    assert read.response.modalities == rd.Modality.AUDIO
    assert read.response.commit is False
    items = read.response.input_items
    assert items is not None
    assert [type(item) for item in items] == [
        rd.MessageItem,
        rd.MessageItem,
        rd.MessageItem,
        rd.FunctionCallItem,
        rd.FunctionCallOutputItem,
        rd.ItemReference,
    ]
    assert items[2] == rd.MessageItem(role="assistant", content=[rd.OutputText(text="Es ist 3 Uhr.")])
    assert items[3] == rd.FunctionCallItem(
        name="get_time", call_id="call_1", arguments='{"tz":"CET"}', status="in_progress"
    )


def test_assistant_audio_is_a_loss_in_response_input_only() -> None:
    # response.create's input is the beta API's ConversationItemWithReference, whose parts have no
    # "audio" type; conversation.item.create's ConversationItemContent has one.
    audio = rd.OutputAudio(audio="BBBB", transcript="three")
    message = rd.MessageItem(role="assistant", content=[rd.OutputText(text="Es ist 3 Uhr."), audio])
    create = rd.ResponseCreateEvent(response=rd.ResponseCreateParams(input_items=[message]))
    assert rd.OPENAI.losses(create) == (
        rd.Loss(
            "$.response.input_items[0].content[1]",
            "OpenAI Realtime beta takes no assistant audio in response.create's input",
        ),
    )
    assert '"audio"' not in rd.OPENAI.dumps(create, on_unsupported="drop")
    item = rd.ConversationItemCreateEvent(item=message)
    assert rd.OPENAI.losses(item) == ()
    assert '{"type":"audio","audio":"BBBB","transcript":"three"}' in rd.OPENAI.dumps(item)
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.OPENAI.loads(
            '{"type":"response.create","response":{"input":[{"type":"message","role":"assistant",'
            '"content":[{"type":"audio","transcript":"three"}]}]}}'
        )
    assert [problem.path for problem in caught.value.problems] == ["$.response.input[0].content[0].type"]


def test_object_constant_is_kept() -> None:
    text = (
        '{"type":"response.create","response":{"output_audio_format":"pcm16","input":'
        '[{"id":"i1","type":"message","object":"realtime.item","role":"user","content":[]}]}}'
    )
    event = rd.OPENAI.loads(text)
    assert event.response.input_items[0].object == "realtime.item"
    assert rd.OPENAI.dumps(event) == text


@pytest.mark.parametrize(
    ("response", "path", "message"),
    [
        ('{"modalities":["text","avatar"]}', "$.response.modalities[1]", "got string 'avatar'"),
        ('{"modalities":[]}', "$.response.modalities", "cannot write an empty list"),
        ('{"output_audio_format":"pcm16_8000hz"}', "$.response.output_audio_format", "got string 'pcm16_8000hz'"),
        ('{"commit":false}', "$.response.commit", "unknown key"),
        ('{"max_output_tokens":5}', "$.response.max_output_tokens", "unknown key"),
        ('{"max_response_output_tokens":true}', "$.response.max_response_output_tokens", "got true"),
        ('{"conversation":"thread_1"}', "$.response.conversation", "got string 'thread_1'"),
        ('{"voice":{"type":"openai","name":"alloy"}}', "$.response.voice", "expected a voice name"),
        ('{"tool_choice":{"type":"function","name":"f"}}', "$.response.tool_choice.function", "required, but missing"),
        (
            '{"tool_choice":{"type":"function","function":null}}',
            "$.response.tool_choice.function",
            "required, got null",
        ),
        (
            '{"tool_choice":{"type":"function","function":{"name":null}}}',
            "$.response.tool_choice.function.name",
            "required, got null",
        ),
        ('{"tools":[{"type":"mcp","server_label":"x"}]}', "$.response.tools[0].type", "unknown type"),
        (
            '{"input":[{"type":"message","role":"user","content":[{"type":"input_image","image_url":"u"}]}]}',
            "$.response.input[0].content[0].type",
            "unknown type",
        ),
        (
            '{"input":[{"type":"message","object":"thing","role":"user","content":[]}]}',
            "$.response.input[0].object",
            "expected 'realtime.item'",
        ),
    ],
)
def test_values_outside_the_dialect_are_invalid(response: str, path: str, message: str) -> None:
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.OPENAI.loads('{"type":"response.create","response":' + response + "}")
    found = {problem.path: problem.message for problem in caught.value.problems}
    assert path in found, found
    assert message in found[path]


@pytest.mark.parametrize(
    ("source", "text", "path", "rounded"),
    [
        (
            "azure",
            '{"session": {"temperature": 0.123456789012345}, "type": "session.update"}',
            "$.session.temperature",
            "0.12345679",
        ),
        ("azure", '{"session": {"temperature": 1e-200}, "type": "session.update"}', "$.session.temperature", "0"),
        (
            "azure",
            '{"session": {"turn_detection": {"type": "server_vad", "threshold": 0.1234567891}},'
            ' "type": "session.update"}',
            "$.session.turn_detection.threshold",
            "0.12345679",
        ),
        (
            "openai-ga",
            '{"type": "session.update",'
            ' "session": {"type": "realtime", "audio": {"output": {"speed": 1.23456789012}}}}',
            "$.session.audio.output.speed",
            "1.2345679",
        ),
    ],
)
def test_a_number_single_precision_reads_back_otherwise_is_written_rounded_and_lost(
    source: str, text: str, path: str, rounded: str
) -> None:
    written, losses = rd.translate_with_losses(text, read=source, write="openai")
    assert f":{rounded}" in written  # as OpenAI-DotNet holds it
    reason = "OpenAI-DotNet holds this number as a .NET float (single precision): it is written rounded"
    assert [(loss.path, loss.reason) for loss in losses if loss.reason == reason] == [(path, reason)]
    with pytest.raises(rd.UnsupportedError, match=path.replace("$", r"\$")):
        rd.translate(text, read=source, write="openai")


@pytest.mark.parametrize("value", ["0.8", "0.6", "1", "1e-09", "0.5", "0.123", "0"])
def test_a_number_single_precision_keeps_is_no_loss(value: str) -> None:
    session = f'{{"temperature": {value}, "turn_detection": {{"type": "server_vad", "threshold": {value}}}}}'
    written, losses = rd.translate_with_losses(
        f'{{"session": {session}, "type": "session.update"}}', read="azure", write="openai"
    )
    assert losses == ()
    back = rd.OPENAI.loads(written).session
    assert back.temperature == back.turn_detection.threshold == float(value)


TRUNCATE = '{"type":"conversation.item.truncate","item_id":"i","content_index":0,"audio_end_ms":%d}'
GA_VAD = (
    '{"type":"session.update","session":{"type":"realtime","audio":{"input":{"turn_detection":'
    '{"type":"server_vad","silence_duration_ms":%d}}}}}'
)


def test_integers_beyond_int32_are_refused_on_read_and_lost_on_write() -> None:
    # OpenAI-DotNet holds them as Int32 (docs/wire/openai-dotnet.md §2.5): it could not have read or written more.
    assert rd.OPENAI.loads(TRUNCATE % (2**31 - 1)).audio_end_ms == 2**31 - 1
    with pytest.raises(rd.InvalidPayloadError, match=r"\$\.audio_end_ms: expected an integer from 0 to 2147483647"):
        rd.OPENAI.loads(TRUNCATE % 2**31)
    # Written, a valid integer past Int32 is a loss (the target cannot hold it), named at the source's path.
    reason = "3000000000 does not fit OpenAI-DotNet's Int32 (-2147483648 to 2147483647)"
    written, losses = rd.translate_with_losses(GA_VAD % 3_000_000_000, read="openai-ga", write="openai")
    assert losses == (rd.Loss("$.session.audio.input.turn_detection.silence_duration_ms", reason),)
    assert written == rd.translate(GA_VAD % 0, read="openai-ga", write="openai").replace(',"silence_duration_ms":0', "")
    assert rd.Translator(read="openai-ga", write="openai", on_unsupported="drop").feed(GA_VAD % 3_000_000_000) == [
        written
    ]
    # A required one loses the whole event: the reason names the value.
    for source in ("azure", "openai-ga"):
        with pytest.raises(rd.UnsupportedError) as caught:
            rd.translate(TRUNCATE % 3_000_000_000, read=source, write="openai", on_unsupported="drop")
        assert caught.value.losses == (rd.Loss("$", reason),)
    with pytest.raises(rd.UnsupportedError, match="2147483648 does not fit"):
        rd.OPENAI.dumps(rd.ConversationItemTruncateEvent(item_id="i", content_index=0, audio_end_ms=2**31))
    # Past the model's own range it is still a bad value, not a loss.
    with pytest.raises(rd.InvalidPayloadError, match=r"\$\.audio_end_ms: expected an integer of at least 0, got -1"):
        rd.OPENAI.dumps(rd.ConversationItemTruncateEvent(item_id="i", content_index=0, audio_end_ms=-1))
    assert '"audio_end_ms":2147483648' in rd.translate(TRUNCATE % 2**31, read="azure", write="openai-ga")


def test_transcription_session_update_integers_are_not_bounded_by_int32() -> None:
    # Its text is the openai package's (pydantic), not OpenAI-DotNet's: integers are Python's.
    event = (
        f'{{"session":{{"turn_detection":{{"prefix_padding_ms":{2**40},"silence_duration_ms":{2**31},'
        '"type":"server_vad"}},"type":"transcription_session.update"}'
    )
    assert rd.OPENAI.dumps(rd.OPENAI.loads(event)) == event
    ga = GA_VAD.replace('"type":"realtime"', '"type":"transcription"') % 2**31
    assert rd.translate_with_losses(ga, read="openai-ga", write="openai") == (
        '{"session":{"turn_detection":{"silence_duration_ms":2147483648,"type":"server_vad"}},'
        '"type":"transcription_session.update"}',
        (),
    )


def test_a_transcription_session_update_is_read_when_its_class_is_asked_for() -> None:
    # Beta's transcription_session.update is a SessionUpdateEvent, read by its own shape: asked for by
    # class, it was read with session.update's and refused for its type.
    text = '{"session":{"input_audio_format":"pcm16"},"type":"transcription_session.update"}'
    assert rd.OPENAI.loads(text, cl=rd.SessionUpdateEvent) == rd.OPENAI.loads(text)
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.OPENAI.loads('{"type":"response.create","response":{}}', cl=rd.SessionUpdateEvent)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.type", "expected one of 'session.update', 'transcription_session.update', got string 'response.create'")
    ]


def test_a_bad_integer_is_described_by_the_models_range() -> None:
    vad = rd.model.ServerVad(silence_duration_ms=5)
    for session in (rd.model.TranscriptionSession(turn_detection=vad), rd.model.RealtimeSession(turn_detection=vad)):
        event = rd.SessionUpdateEvent(session=session)
        bad = attrs.evolve(
            event, session=attrs.evolve(session, turn_detection=attrs.evolve(vad, silence_duration_ms=-5))
        )
        with pytest.raises(rd.InvalidPayloadError, match="expected an integer of at least 0, got -5"):
            rd.OPENAI.dumps(bad)


def test_server_event_integers_are_not_bounded_by_int32() -> None:
    # Beta server events are the openai package's models: Python integers.
    done = '{"event_id":"e","response":{"id":"r","usage":{"total_tokens":3000000000}},"type":"response.done"}'
    assert rd.translate(done, read="openai", write="openai") == done
