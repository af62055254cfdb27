"""Codecs more than one dialect uses: value domains shared by the whole protocol family."""

from __future__ import annotations

from .. import model as m
from ._schema import Alt, Bool, Choice, Const, Int, JsonObject, ListOf, Number, Str, StrMap

STR = Str()
BOOL = Bool()
JSON_OBJECT = JsonObject()
STRINGS = ListOf(STR)

#: Documented for every dialect: "limited to [0.6, 1.2]".
TEMPERATURE = Number(0.6, 1.2)
#: 1..4096 or "inf"; booleans and floats are refused.
MAX_TOKENS = Alt(Int(1, 4096), Const("inf"))
#: "up to 16 key-value pairs … keys 64 characters, values 512 characters".
METADATA = StrMap(max_pairs=16, max_key=64, max_value=512)
HEADERS = StrMap()

ROLE = Choice({"system": "system", "user": "user", "assistant": "assistant"})
IMAGE_DETAIL = Choice({"auto": "auto", "low": "low", "high": "high"})
TOOL_MODE = Choice({"auto": "auto", "none": "none", "required": "required"})
APPROVAL_MODE = Choice({"always": "always", "never": "never"})
INTERIM_TRIGGERS = ListOf(Choice({"latency": "latency", "tool": "tool"}))

MODALITY_NAMES = {
    "text": m.Modality.TEXT,
    "audio": m.Modality.AUDIO,
    "animation": m.Modality.ANIMATION,
    "avatar": m.Modality.AVATAR,
}
AUDIO_FORMATS = {fmt.value: fmt for fmt in m.AudioFormat}
REASONING_EFFORTS = {effort.value: effort for effort in m.ReasoningEffort}
