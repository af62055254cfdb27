"""Real traffic (``fixtures/captured``): every frame reads, comes back with nothing lost, and translates.

Each captured frame — one file per frame under ``captured/<dialect>/``, and every line of the whole
sessions in ``captured/sessions/*.jsonl`` — is read in its dialect, written back by the same
dialect, and translated into every other dialect under ``on_unsupported="drop"``.

Written back, a frame is compared **as parsed JSON, not as bytes**: real servers write keys in
their own order (``event_id`` and ``type`` first) where we write the SDK's, so the bytes differ.
What the comparison forgives is exactly what the library normalises, by design:

* an explicit ``null`` is "not set" and is not written back (``"usage": null``,
  ``"output_audio_format": null``), except where it switches a setting off (``OFF``: written back);
* a list of modalities is a set, written in the order text, audio (servers send ``["audio",
  "text"]``).

Everything else — undeclared keys (``obfuscation``, ``phase``, ``cache_write_tokens``, Azure's
``language`` on a transcription), empty strings (``"previous_item_id": ""``), PascalCase error
codes, ``1.0`` against ``1`` — must come back as read.

The OpenAI frames are also held to their SDK, **byte for byte**: what the ``openai`` package's model
writes again after reading the frame is what we write, unless that text holds one of the two
normalisations above, and then it is the same up to them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import realtime_dialects as rd
from realtime_dialects.dialects import names

from .captured import frames

#: Frames a real client sent that the real server refused: they are not valid in their dialect, and
#: reading them is an error at the path the server named. A GA client sent an assistant message part
#: typed "text" (beta's name); the server answered "Invalid value: 'text'. Value must be
#: 'output_text'." (the next frames, and openai-ga/019-error.json).
REFUSED = {
    "openai-ga/034-conversation.item.create.json": "$.item.content[0].type",
    "openai-ga-history-seeding-error.jsonl:5": "$.item.content[0].type",
}


FRAMES = frames()


def normalised(value: Any, key: str | None = None) -> Any:
    """``value`` without explicit nulls, modality lists sorted: what a faithful write-back keeps."""
    if isinstance(value, dict):
        return {k: normalised(v, k) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        items = [normalised(v) for v in value]
        return sorted(items) if key in ("modalities", "output_modalities") else items
    return value


def test_the_corpus_holds_server_and_client_frames_of_every_dialect() -> None:
    assert len(FRAMES) >= 300
    assert {dialect for dialect, _, _ in FRAMES} == set(names())


@pytest.mark.parametrize(("dialect", "frame", "text"), FRAMES, ids=[frame for _, frame, _ in FRAMES])
def test_frame_reads_and_comes_back_with_nothing_lost(dialect: str, frame: str, text: str) -> None:
    reader = rd.dialect(dialect)
    if frame in REFUSED:
        with pytest.raises(rd.InvalidPayloadError) as refused:
            reader.loads(text)
        assert [problem.path for problem in refused.value.problems] == [REFUSED[frame]]
        return
    event = reader.loads(text)
    # Nothing this dialect read is a loss when it writes the event back.
    assert reader.losses(event) == ()
    assert normalised(json.loads(reader.dumps(event))) == normalised(json.loads(text))


#: The order the ``Modality`` flag writes (``["text", "audio"]``).
FLAG_ORDER = ("text", "audio", "animation", "avatar")


def normalisations(value: Any, key: str | None = None) -> set[str]:
    """Which of the library's normalisations a text parsed as ``value`` holds."""
    found: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            found |= {"null"} if v is None else normalisations(v, k)
    elif isinstance(value, list):
        if key in ("modalities", "output_modalities") and value != sorted(value, key=FLAG_ORDER.index):
            found.add("modality order")
        for v in value:
            found |= normalisations(v)
    return found


OPENAI_FRAMES = [
    pytest.param(dialect, frame, text, id=frame)
    for dialect, frame, text in FRAMES
    if dialect in ("openai", "openai-ga") and frame not in REFUSED
]


@pytest.mark.parametrize(("dialect", "frame", "text"), OPENAI_FRAMES)
def test_openai_frames_come_back_as_their_sdk_writes_them_again(dialect: str, frame: str, text: str) -> None:
    pytest.importorskip("openai")
    from . import sdk_strategies

    expected = sdk_strategies.reads(dialect, json.loads(text)["type"], text)
    ours = rd.dialect(dialect).dumps(rd.dialect(dialect).loads(text))
    if normalisations(json.loads(expected)):
        assert normalised(json.loads(ours)) == normalised(json.loads(expected))
    else:
        assert ours == expected


def test_most_openai_frames_are_held_byte_for_byte() -> None:
    # The byte-for-byte branch above is the common one: real traffic is mostly without nulls.
    pytest.importorskip("openai")
    from . import sdk_strategies

    texts = [(param.values[0], param.values[2]) for param in OPENAI_FRAMES]
    exact = [
        text
        for dialect, text in texts
        if not normalisations(json.loads(sdk_strategies.reads(dialect, json.loads(text)["type"], text)))
    ]
    assert len(exact) >= 140, len(exact)


def translated(text: str, source: str, target: str) -> tuple[str | None, tuple[rd.Loss, ...]]:
    """The frame in ``target`` and what it lost; no text when the target has no such event."""
    try:
        return rd.translate_with_losses(text, read=source, write=target)
    except rd.UnsupportedError as error:
        return None, error.losses


@pytest.mark.parametrize(("dialect", "frame", "text"), FRAMES, ids=[frame for _, frame, _ in FRAMES])
def test_frame_translates_into_every_other_dialect(dialect: str, frame: str, text: str) -> None:
    if frame in REFUSED:
        return
    for target in names():
        if target == dialect:
            continue
        written, losses = translated(text, dialect, target)
        # Every loss names where it was in the frame, and why.
        assert all(loss.path.startswith("$") and loss.reason for loss in losses), (target, losses)
        if written is None:  # the target has no such event: one loss, at $
            assert [loss.path for loss in losses] == ["$"], target
        else:  # an event of the target, read back without error
            rd.dialect(target).loads(written, keep_unknown=True)
