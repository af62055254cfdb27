"""What the two OpenAI dialects say alike, written once: only the product they name differs.

Both lose the same Azure client events, semantic VAD variants and avatar stream, with the same
advice on what to send instead (:func:`azure_only`), and both carry only output parts in their
``response.content_part.*`` events (:func:`output_part`).
"""

from __future__ import annotations

from .tables import Field, Tagged

#: What an OpenAI client sends instead of each step of an Azure audio turn.
TURN_INSTEAD = {
    "start": "append audio to the input_audio_buffer and commit it",
    "append": "use input_audio_buffer.append",
    "end": "use input_audio_buffer.commit",
    "cancel": "use input_audio_buffer.clear",
}


def azure_only(name: str, product: str) -> dict[str, str]:
    """Azure's own classes, by name, with the reason each is lost in a dialect.

    ``name`` is how client-side reasons name the dialect ("OpenAI has no input_audio.clear
    event"), ``product`` how the avatar stream's do ("OpenAI Realtime beta has no avatars").
    """
    vad = f"{name} has no Azure semantic VAD; use semantic_vad or server_vad"
    animation = f"{product} has no avatar animation"
    timestamps = f"{product} has no word timestamps of the output audio"
    avatars = f"{product} has no avatars"
    return {
        "SessionAvatarConnectEvent": _event(name, "session.avatar.connect", " (it has no avatars)"),
        "InputAudioClearEvent": _event(
            name, "input_audio.clear", "; input_audio_buffer.clear drops the uncommitted audio"
        ),
        **{
            f"InputAudioTurn{step.title()}Event": _event(
                name, f"input_audio.turn.{step}", f" (no client-delimited turns); {instead}"
            )
            for step, instead in TURN_INSTEAD.items()
        },
        **{
            f"InputText{step.title()}Event": _event(
                name, f"input_text.{step}", " (no streamed text input): send the text in conversation.item.create"
            )
            for step in ("delta", "done")
        },
        "AzureSemanticVad": vad,
        "AzureSemanticVadEn": vad,
        "AzureSemanticVadMultilingual": vad,
        # Server side: the avatar stream.
        "ResponseAnimationBlendshapeDeltaEvent": animation,
        "ResponseAnimationBlendshapeDoneEvent": animation,
        "ResponseAnimationVisemeDeltaEvent": animation,
        "ResponseAnimationVisemeDoneEvent": animation,
        "ResponseAudioTimestampDeltaEvent": timestamps,
        "ResponseAudioTimestampDoneEvent": timestamps,
        "ResponseVideoDeltaEvent": f"{product} has no avatar video",
        "SessionAvatarConnectingEvent": avatars,
        "SessionAvatarSwitchToIdleEvent": avatars,
        "SessionAvatarSwitchToSpeakingEvent": avatars,
    }


def _event(name: str, wire_type: str, advice: str) -> str:
    return f"{name} has no {wire_type} event{advice}"


def output_part(product: str, family: str | None = None) -> Field:
    """The ``part`` of ``response.content_part.added``/``done``: text or audio, the response's output.

    Both OpenAI models tag it ``text``/``audio`` (``response_content_part_added_event.py``); an
    input part has no form there.
    """
    reason = f"{product}'s response.content_part events carry output parts only (text or audio)"
    return Field(
        "part",
        codec=Tagged(
            "type",
            {"text": "OutputText", "audio": "OutputAudio"},
            unsupported={"InputText": reason, "InputAudio": reason, "InputImage": reason},
        ),
        family=family,
    )
