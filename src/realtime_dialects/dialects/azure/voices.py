"""Azure VoiceLive: voices."""

from __future__ import annotations

from ..tables import Shape, Tag

#: The options every Azure TTS voice shares, in the SDK's order.
TTS_OPTIONS = (
    "temperature",
    "custom_lexicon_url",
    "custom_text_normalization_url",
    "prefer_locales",
    "locale",
    "style",
    "pitch",
    "rate",
    "volume",
)

SHAPES = {
    "OpenAIVoice": Shape("name", Tag("type", "openai")),
    "AzureStandardVoice": Shape("name", *TTS_OPTIONS, Tag("type", "azure-standard")),
    "AzureCustomVoice": Shape("name", "endpoint_id", *TTS_OPTIONS, Tag("type", "azure-custom")),
    "AzurePersonalVoice": Shape("name", "model", *TTS_OPTIONS, Tag("type", "azure-personal")),
    "AzureAvatarVoice": Shape("model", *TTS_OPTIONS, Tag("type", "avatar-voice-sync")),
    "AzureNativeVoice": Shape("name", Tag("type", "azure-realtime-native")),
}
