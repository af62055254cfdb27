"""Read, write and convert the realtime voice APIs' events in each provider's dialect.

>>> import realtime_dialects as rd
>>> text = '{"event_id": "evt_1", "response": {"commit": false, "modalities": ["text"]}, "type": "response.create"}'
>>> event = rd.AZURE.loads(text)
>>> event.response.modalities, event.response.commit
(<Modality.TEXT: 1>, False)
>>> rd.AZURE.dumps(event) == text
True

Every class of the neutral model is reachable here (``rd.MessageItem``) and in
:mod:`realtime_dialects.model` (``rd.model.MessageItem``); each is imported on
first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import model as model
from .dialects import Dialect as Dialect
from .dialects import OnUnsupported as OnUnsupported
from .dialects import dialect as dialect
from .dialects.base import MAX_INPUT_SIZE as MAX_INPUT_SIZE
from .errors import DialectError as DialectError
from .errors import InvalidPayloadError as InvalidPayloadError
from .errors import Loss as Loss
from .errors import LossWarning as LossWarning
from .errors import Problem as Problem
from .errors import UnsupportedError as UnsupportedError
from .translate import translate as translate
from .translate import translate_with_losses as translate_with_losses

__version__ = "0.1.0"

#: The model's names that are not classes or value types of events (its plumbing).
_MODEL_PLUMBING = {"Extra", "Limits", "Range"}

__all__ = sorted(
    {
        "AZURE",
        "MAX_INPUT_SIZE",
        "OPENAI",
        "OnUnsupported",
        "OPENAI_GA",
        "Dialect",
        "DialectError",
        "FileReport",
        "InvalidPayloadError",
        "LineReport",
        "Loss",
        "LossWarning",
        "Problem",
        "Translator",
        "UnsupportedError",
        "dialect",
        "model",
        "translate",
        "translate_file",
        "translate_session",
        "translate_with_losses",
        *(name for name in model.__all__ if name not in _MODEL_PLUMBING),
    }
)


#: Names imported on first use: sessions, and what only the command line and worker pools need.
_LAZY = {
    "FileReport": "files",
    "translate_file": "files",
    "Translator": "session",
    "LineReport": "session",
    "translate_session": "session",
}
#: The built-in dialects, each imported on first use (see realtime_dialects.dialects).
_DIALECTS = {"AZURE": "azure", "OPENAI": "openai", "OPENAI_GA": "openai-ga"}


def __getattr__(name: str) -> Any:
    if name in _DIALECTS:
        found = globals()[name] = dialect(_DIALECTS[name])
        return found
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    # Model classes are imported on first use (see realtime_dialects.model).
    if name in model.WHERE and name not in _MODEL_PLUMBING:
        value = getattr(model, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*globals(), *__all__]


if TYPE_CHECKING:
    from .dialects.azure import AZURE as AZURE
    from .dialects.openai import OPENAI as OPENAI
    from .dialects.openai_ga import OPENAI_GA as OPENAI_GA
    from .files import FileReport as FileReport
    from .files import translate_file as translate_file

    # The model's modules one by one: their __all__ are literal lists, which a type checker reads
    # (the model's own is built from its table of names, which it does not).
    from .model._base import Event as Event
    from .model._base import JsonValue as JsonValue
    from .model._base import Record as Record
    from .model.avatar_events import *  # noqa: F403
    from .model.client_events import *  # noqa: F403
    from .model.client_response_events import *  # noqa: F403
    from .model.common import *  # noqa: F403
    from .model.events import *  # noqa: F403
    from .model.items import *  # noqa: F403
    from .model.response import *  # noqa: F403
    from .model.response_events import *  # noqa: F403
    from .model.server_events import *  # noqa: F403
    from .model.session import *  # noqa: F403
    from .model.tool_events import *  # noqa: F403
    from .model.tools import *  # noqa: F403
    from .model.transcription_events import *  # noqa: F403
    from .model.voices import *  # noqa: F403
    from .session import LineReport as LineReport
    from .session import Translator as Translator
    from .session import translate_session as translate_session
