"""OpenAI Realtime beta: value domains and stored prompts."""

from __future__ import annotations

from ...model.common import Modality
from ..tables import FlagList, Shape

_MODALITIES = {"text": Modality.TEXT, "audio": Modality.AUDIO}
_MODALITY_LOSSES = {
    Modality.ANIMATION: "OpenAI has no 'animation' modality",
    Modality.AVATAR: "OpenAI has no 'avatar' modality",
}

#: OpenAI-DotNet's [Flags] Modality: text before audio; no flag at all is the default, never written.
MODALITY = FlagList(
    Modality,
    _MODALITIES,
    unsupported=_MODALITY_LOSSES,
    empty="OpenAI-DotNet's [Flags] modalities cannot write an empty list (no flags means the key is omitted)",
)
#: The beta models' list of modalities: an empty list is written as it is.
BETA_MODALITY = FlagList(Modality, _MODALITIES, unsupported=_MODALITY_LOSSES)

SHAPES = {
    # Common/Prompt.cs: id, variables, version.
    "Prompt": Shape("id", "variables", "version"),
}
