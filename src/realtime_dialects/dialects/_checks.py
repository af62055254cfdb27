"""Rules every dialect applies to a neutral object, after reading it and before writing it.

They hold whatever the wire: a message's parts must suit its role. Keyed by class
name, like the dialects' tables; each returns the problems found (relative
paths), an empty sequence when there are none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .. import model as m
from ._runtime import RawProblem

__all__ = ["CHECKS"]

_PARTS_BY_ROLE: dict[str, tuple[type, ...]] = {
    "system": (m.InputText,),
    "user": (m.InputText, m.InputAudio, m.InputImage),
    "assistant": (m.OutputText, m.OutputAudio),
}
_PART_NAMES: dict[type, str] = {
    m.InputText: "input text",
    m.InputAudio: "input audio",
    m.InputImage: "an input image",
    m.OutputText: "output text",
    m.OutputAudio: "output audio",
}
#: Per role, the part classes it must not hold (unknown roles are the codec's to report).
_FORBIDDEN_PARTS = {role: frozenset(_PART_NAMES) - frozenset(parts) for role, parts in _PARTS_BY_ROLE.items()}
_FINE: tuple[()] = ()


def _check_message(
    item: Any, forbidden_for: Callable[[Any], frozenset[type] | None] = _FORBIDDEN_PARTS.get
) -> Sequence[RawProblem]:
    """A message's parts must suit its role.

    Runs for every message read, so the common case is a set lookup per part
    (``forbidden_for`` is bound once, not looked up on every call).
    """
    content = item.content
    if content.__class__ is tuple:  # anything else is the content codec's to report
        forbidden = forbidden_for(item.role)  # None: an unknown role, the role codec's to report
        if forbidden is not None:
            for part in content:
                if part.__class__ in forbidden:
                    return _misplaced_parts(item, forbidden)
    return _FINE


def _misplaced_parts(item: Any, forbidden: frozenset[type]) -> list[RawProblem]:
    kinds = ", ".join(_PART_NAMES[kind] for kind in _PARTS_BY_ROLE[item.role])
    return [
        (("content", index), f"a {item.role} message takes {kinds}, not {_PART_NAMES[type(part)]}")
        for index, part in enumerate(item.content)
        if type(part) in forbidden
    ]


def _check_params(params: Any) -> Sequence[RawProblem]:
    message = params.pre_generated_assistant_message
    if type(message) is m.MessageItem and message.role != "assistant":
        return [(("pre_generated_assistant_message", "role"), f"must be 'assistant', got {message.role!r}")]
    return _FINE


CHECKS: dict[str, Callable[[Any], Sequence[RawProblem]]] = {
    "MessageItem": _check_message,
    "ResponseCreateParams": _check_params,
}
