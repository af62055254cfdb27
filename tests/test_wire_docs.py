"""The rendered wire tables in docs/wire/ match the model and the SDKs they are read from."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "docs" / "wire" / "tools"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DOTNET_MIRROR = Path("/work/.mirror/RageAgainstThePixel+OpenAI-DotNet/repo")


@pytest.mark.skipif(not DOTNET_MIRROR.exists(), reason="the OpenAI-DotNet sources are not mirrored here")
def test_wire_docs_are_current_and_complete() -> None:
    spec = importlib.util.spec_from_file_location("render_spec", TOOLS / "render_spec.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["render_spec"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    assert module.main(check=True) == 0, "run: python docs/wire/tools/render_spec.py (see its stderr)"


DOTNET_EVENTS = {
    "session.update": "Realtime/UpdateSessionRequest.cs",
    "input_audio_buffer.append": "Realtime/InputAudioBufferAppendRequest.cs",
    "input_audio_buffer.commit": "Realtime/InputAudioBufferCommitRequest.cs",
    "input_audio_buffer.clear": "Realtime/InputAudioBufferClearRequest.cs",
    "conversation.item.create": "Realtime/ConversationItemCreateRequest.cs",
    "conversation.item.truncate": "Realtime/ConversationItemTruncateRequest.cs",
    "conversation.item.delete": "Realtime/ConversationItemDeleteRequest.cs",
    "response.create": "Realtime/CreateResponseRequest.cs",
    "response.cancel": "Realtime/ResponseCancelRequest.cs",
}
#: Which C# class writes a nested object, by the key that holds it (turn detection by its type).
DOTNET_NESTED = {
    "session": "Realtime/SessionConfiguration.cs",
    "input_audio_transcription": "Realtime/InputAudioTranscriptionSettings.cs",
    "input_audio_noise_reduction": "Realtime/NoiseReductionSettings.cs",
    "tools": "Common/Function.cs",
    "prompt": "Common/Prompt.cs",
    "item": "Realtime/ConversationItem.cs",
    "content": "Realtime/RealtimeContent.cs",
    "server_vad": "Realtime/ServerVAD.cs",
    "semantic_vad": "Realtime/SemanticVAD.cs",
}
OPAQUE = {"parameters", "variables", "function", "response"}  # free JSON, or specified in response-create.md


@pytest.mark.skipif(not DOTNET_MIRROR.exists(), reason="the OpenAI-DotNet sources are not mirrored here")
def test_dotnet_golden_files_follow_the_csharp_declarations() -> None:
    """Hand-written OpenAI-DotNet fixtures: keys in declaration order, `Never` keys present, no undeclared key."""
    import json

    sys.path.insert(0, str(TOOLS))
    from sdk_keys import dotnet_keys

    def check(obj: dict, path: str, where: str) -> None:  # type: ignore[type-arg]
        declared = dotnet_keys(f"OpenAI-DotNet/{path}")
        names = [k.wire for k in declared]
        assert list(obj) == [n for n in names if n in obj], f"{where}: order {list(obj)} vs {names}"
        for key in declared:
            if key.ignore == "Never":
                assert key.wire in obj, f"{where}: {key.wire} is JsonIgnore(Never)"
        for key, value in obj.items():
            if key in OPAQUE or value is None:
                continue
            nested = DOTNET_NESTED.get(value.get("type") if key == "turn_detection" else key)
            values = value if isinstance(value, list) else [value]
            for index, element in enumerate(values):
                if isinstance(element, dict) and nested:
                    check(element, nested, f"{where}.{key}[{index}]")

    files = sorted((FIXTURES / "openai").glob("*/*.json"))
    checked = 0
    for file in files:
        event = json.loads(file.read_bytes())
        if event["type"] in DOTNET_EVENTS:
            check(event, DOTNET_EVENTS[event["type"]], str(file.relative_to(FIXTURES)))
            checked += 1
    assert checked >= 21
