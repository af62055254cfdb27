"""Which OpenAI-DotNet class writes each event and nested object: the golden-file checks' map of the C# sources."""

from __future__ import annotations

#: Which C# request class writes each client event.
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
