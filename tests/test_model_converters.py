"""The model's converters: what app code may pass for a value, and that every dialect then writes it alike.

A value a converter cannot read is kept as given, so that writing the event refuses it at its wire path.
"""

from __future__ import annotations

from typing import Any

import pytest

import realtime_dialects as rd

DIALECTS = ["azure", "openai", "openai-ga"]


def _session(**values: Any) -> rd.SessionUpdateEvent:
    return rd.SessionUpdateEvent(session=rd.RealtimeSession(**values))


@pytest.mark.parametrize(
    ("build", "attribute", "member"),
    [
        (lambda value: rd.RealtimeSession(output_audio_format=value), "output_audio_format", rd.AudioFormat.G711_ULAW),
        (lambda value: rd.RealtimeSession(input_audio_format=value), "input_audio_format", rd.AudioFormat.G711_ULAW),
        (lambda value: rd.ResponseCreateParams(output_audio_format=value), "output_audio_format", rd.AudioFormat.PCM16),
        (lambda value: rd.Response(output_audio_format=value), "output_audio_format", rd.AudioFormat.PCM16),
        (lambda value: rd.TranscriptionSession(input_audio_format=value), "input_audio_format", rd.AudioFormat.PCM16),
        (lambda value: rd.RealtimeSession(reasoning_effort=value), "reasoning_effort", rd.ReasoningEffort.LOW),
        (lambda value: rd.ResponseCreateParams(reasoning_effort=value), "reasoning_effort", rd.ReasoningEffort.HIGH),
    ],
)
def test_a_member_s_value_becomes_the_member(build: Any, attribute: str, member: Any) -> None:
    built = getattr(build(member.value), attribute)
    assert built is member
    assert getattr(build("no such value"), attribute) == "no such value"  # kept: the writer refuses it


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_dialect_writes_a_format_given_by_its_value_as_given_by_its_member(dialect: str) -> None:
    # OpenAI GA wrote "pcm16" and the others refused it ("expected one of AudioFormat.PCM16, …"): app code that
    # passed its tests against one provider failed against another.
    write = rd.dialect(dialect).dumps
    assert write(_session(output_audio_format="pcm16", reasoning_effort="low"), on_unsupported="drop") == write(
        _session(output_audio_format=rd.AudioFormat.PCM16, reasoning_effort=rd.ReasoningEffort.LOW),
        on_unsupported="drop",
    )


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_format_that_is_none_of_the_members_is_refused_naming_the_members(dialect: str) -> None:
    with pytest.raises(rd.InvalidPayloadError) as caught:
        rd.dialect(dialect).dumps(_session(output_audio_format="mp3"))
    (problem,) = caught.value.problems
    assert problem.message.startswith("expected one of AudioFormat.PCM16, "), problem
    assert problem.message.endswith("got string 'mp3'"), problem
