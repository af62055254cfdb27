"""Benchmark payloads for `response.create` (Azure VoiceLive dialect + OpenAI GA equivalent).

The SMALL and LARGE events the project's speed targets are measured on, copied
unchanged from the project's design documents. Plain JSON-serialisable dicts.
"""

from __future__ import annotations

import copy

SMALL_AZURE = {
    "type": "response.create",
    "event_id": "evt_1",
    "response": {
        "modalities": ["text", "audio"],
        "instructions": "Be brief.",
        "voice": "alloy",
        "output_audio_format": "pcm16",
        "temperature": 0.8,
        "max_output_tokens": "inf",
    },
}

_PROP_TYPES = ["string", "integer", "number", "boolean", "string", "array", "string", "object", "string", "integer"]


def _tool_params(t: int) -> dict:
    props = {}
    for p in range(10):
        ty = _PROP_TYPES[p]
        spec: dict = {"type": ty, "description": f"Parameter {p} of tool {t}: what it controls, in a sentence."}
        if ty == "array":
            spec["items"] = {"type": "string"}
        elif ty == "object":
            spec["properties"] = {"k": {"type": "string"}, "v": {"type": "number"}}
        elif ty == "string" and p == 0:
            spec["enum"] = ["celsius", "fahrenheit", "kelvin"]
        props[f"param_{p}"] = spec
    return {
        "type": "object",
        "properties": props,
        "required": ["param_0", "param_1", "param_2"],
        "additionalProperties": False,
    }


def _tools() -> list:
    return [
        {
            "type": "function",
            "name": f"tool_{t}",
            "description": f"Tool number {t}. Looks something up and returns a JSON object describing it.",
            "parameters": _tool_params(t),
        }
        for t in range(10)
    ]


def _azure_items() -> list:
    items = []
    for i in range(10):  # 10 x 4 = 40 items
        items.append(
            {
                "type": "message",
                "role": "user",
                "content": [
                    {"type": "input_text", "text": f"User turn {i}: what's the weather like in city number {i} today?"}
                ],
            }
        )
        items.append(
            {
                "type": "message",
                "role": "assistant",
                "content": [{"type": "text", "text": f"Assistant turn {i}: let me check the forecast for city {i}."}],
            }
        )
        items.append(
            {
                "type": "function_call",
                "call_id": f"call_{i:04d}",
                "name": f"tool_{i}",
                "arguments": '{"param_0": "celsius", "param_1": %d, "param_2": 0.5}' % i,
            }
        )
        items.append(
            {
                "type": "function_call_output",
                "call_id": f"call_{i:04d}",
                "output": '{"temperature": %d, "unit": "C", "conditions": "partly cloudy"}' % (10 + i),
            }
        )
    return items


def _metadata() -> dict:
    return {f"key_{k:02d}": f"value number {k} for this response" for k in range(16)}


LARGE_AZURE = copy.deepcopy(SMALL_AZURE)
LARGE_AZURE["response"].update(
    {
        "voice": {
            "type": "azure-standard",
            "name": "en-US-AvaNeural",
            "temperature": 0.8,
            "locale": "en-US",
            "style": "cheerful",
            "rate": "1.1",
            "pitch": "+2%",
        },
        "tools": _tools(),
        "input_items": _azure_items(),
        "metadata": _metadata(),
        "interim_response": {"type": "static_interim_response", "texts": ["one moment"]},
    }
)

# ---- OpenAI GA equivalents (openai.types.realtime.ResponseCreateEvent) ----
# temperature, azure voice objects and interim_response have no GA form -> dropped / voice "alloy".
SMALL_GA = {
    "type": "response.create",
    "event_id": "evt_1",
    "response": {
        "output_modalities": ["audio"],
        "instructions": "Be brief.",
        "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "alloy"}},
        "max_output_tokens": "inf",
    },
}


def _ga_items() -> list:
    out = []
    for it in _azure_items():
        it = copy.deepcopy(it)
        if it["type"] == "message" and it["role"] == "assistant":
            for part in it["content"]:
                if part["type"] == "text":
                    part["type"] = "output_text"
        out.append(it)
    return out


LARGE_GA = copy.deepcopy(SMALL_GA)
LARGE_GA["response"].update(
    {
        "tools": _tools(),
        "input": _ga_items(),
        "metadata": _metadata(),
    }
)

PAYLOADS = {"SMALL": (SMALL_AZURE, SMALL_GA), "LARGE": (LARGE_AZURE, LARGE_GA)}
