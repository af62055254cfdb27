"""Properties over the whole neutral model, for every dialect in the registry."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects.dialects import names

from .equivalence import canonical
from .strategies import EVENT, EVENT_CLASSES, of

DIALECTS = names()
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def normalised(dialect: str, event: rd.ResponseCreateEvent) -> rd.ResponseCreateEvent:
    """``event`` as ``dialect`` reads it back: the documented normalisations, nothing else."""
    params = event.response
    if params is None:
        return event
    changes: dict[str, object] = {}
    if dialect in ("openai", "openai-ga") and isinstance(params.voice, rd.OpenAIVoice):
        changes["voice"] = params.voice.name  # the typed form is Azure's; OpenAI writes the name
    if dialect == "openai":
        if params.commit is True:
            changes["commit"] = None  # "auto" is the default and is never written
        if params.output_audio_format is None:
            changes["output_audio_format"] = rd.AudioFormat.PCM16  # JsonIgnore Never
    if dialect == "openai-ga" and params.modalities == rd.Modality.AUDIO:
        changes["modalities"] = rd.Modality.TEXT | rd.Modality.AUDIO  # GA audio always has a transcript
    return attrs.evolve(event, response=attrs.evolve(params, **changes))  # type: ignore[arg-type]


@pytest.mark.parametrize("name", DIALECTS)
@PROPERTY
@given(event=EVENT)
def test_events_without_losses_come_back_equal(name: str, event: rd.ResponseCreateEvent) -> None:
    dialect = rd.dialect(name)
    if dialect.losses(event):
        return
    assert dialect.loads(dialect.dumps(event)) == normalised(name, event)


@pytest.mark.parametrize("name", DIALECTS)
@PROPERTY
@given(event=EVENT)
def test_what_a_dialect_writes_it_reads_back_to_the_same_bytes(name: str, event: rd.ResponseCreateEvent) -> None:
    dialect = rd.dialect(name)
    text = dialect.dumps(event, on_unsupported="drop")
    assert dialect.dumps(dialect.loads(text)) == text
    # Losses are exactly what "drop" left out: a second pass loses nothing.
    assert dialect.losses(dialect.loads(text)) == ()


@pytest.mark.parametrize("source", DIALECTS)
@PROPERTY
@given(event=EVENT)
def test_translate_between_any_two_dialects_never_raises_under_drop(source: str, event: rd.ResponseCreateEvent) -> None:
    text = rd.dialect(source).dumps(event, on_unsupported="drop")
    for target in DIALECTS:
        out, losses = rd.translate_with_losses(text, read=source, write=target)
        assert rd.dialect(target).dumps(rd.dialect(target).loads(out)) == out
        for loss in losses:
            assert loss.path.startswith("$")
            assert loss.reason


@pytest.mark.parametrize("cls", EVENT_CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_an_event_translated_there_and_back_without_losses_means_the_same(cls: type, data: st.DataObject) -> None:
    # Translated into another dialect and back, with nothing lost either way: the same event, up to
    # the forms two dialects mean alike (tests/equivalence.py). Nothing lost there, nothing lost back.
    event = data.draw(of(cls))
    for source in DIALECTS:
        reader = rd.dialect(source)
        try:
            text = reader.dumps(event)
        except (rd.UnsupportedError, rd.InvalidPayloadError):
            continue  # this dialect has no such event, or the drawn values do not suit it
        for target in DIALECTS:
            try:
                there, lost = rd.translate_with_losses(text, read=source, write=target)
            except rd.UnsupportedError:
                continue  # the target has no such event
            if lost:
                continue
            back, lost_back = rd.translate_with_losses(there, read=target, write=source)
            assert lost_back == (), (source, target, there)
            assert canonical(reader.loads(back)) == canonical(reader.loads(text)), (source, target, there)
