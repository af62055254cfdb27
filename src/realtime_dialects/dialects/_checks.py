"""Rules every dialect applies to a neutral object, after reading it and before writing it.

They hold whatever the wire: a message's parts must suit its role. Rules are data,
like the dialects' tables, keyed by class name; ``problems(obj)`` returns what
breaks them (paths relative to the object), an empty sequence when nothing does.
A rule finds nothing while every attribute it ``reads`` is unset (the fused path
skips it then).
The fused path (``_fuse.py``) checks the same rules on the wire values it reads.
A reader words their problems in its wire's terms (:meth:`PartsSuitRole.on_wire`: the
parts by their tags there); a writer, given objects built in code, in the model's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._runtime import RawProblem, describe
from .tables import record

__all__ = ["CHECKS", "MustBe", "PartsSuitRole", "Rule", "rule_check"]

_FINE: tuple[()] = ()


@record
class PartsSuitRole:
    """The parts (``parts``) of a message must be of the kinds its role (``role``) takes.

    ``allowed`` maps each role to the part classes it takes, by name. ``cases`` gives
    each tag of the parts on the wire being read (at ``key``) its class (``{"text":
    "OutputText"}``, only the parts that wire has: :meth:`on_wire`): a reader's rule
    names parts by their tags, and checks the wire's parts themselves when reading them
    failed (a part out of place is said beside what is wrong inside another). Without
    it, parts are named by their classes (a writer's rule, for objects built in code).
    """

    role: str
    parts: str
    allowed: Mapping[str, tuple[str, ...]]
    cases: Mapping[str, str] | None = None
    key: str = "type"

    @property
    def reads(self) -> tuple[str, ...]:
        """The attributes the rule reads."""
        return (self.role, self.parts)

    @property
    def tags(self) -> Mapping[str, str] | None:
        """Each part class's tag on the wire read (its first, where two tags read one class), if any."""
        if self.cases is None:
            return None
        tags: dict[str, str] = {}
        for tag, cls in self.cases.items():
            tags.setdefault(cls, tag)
        return tags

    def on_wire(self, cases: Mapping[str, str], key: str) -> PartsSuitRole:
        """The rule, naming parts as a wire does that tags them as ``cases`` (tag -> class, a union's) at ``key``."""
        return PartsSuitRole(self.role, self.parts, self.allowed, cases, key)

    def problems(self, obj: Any) -> Sequence[RawProblem]:
        content = getattr(obj, self.parts)
        if content.__class__ is list and self.cases is not None:  # the wire's parts: reading them failed
            return self._misplaced_on_wire(obj, content)
        if content.__class__ is not tuple:  # anything else is the codec's to report
            return _FINE
        role = getattr(obj, self.role)
        # An unknown role (an unhashable one too, a list built into an event) is the role codec's to report.
        allowed = self.allowed.get(role) if role.__class__ is str else None
        if allowed is None:
            return _FINE
        # Runs for every message read: the common case is one name lookup per part.
        for part in content:
            if part.__class__.__name__ not in allowed:
                return self._misplaced(obj, allowed)
        return _FINE

    def _misplaced(self, obj: Any, allowed: tuple[str, ...]) -> list[RawProblem]:
        takes = self._takes(getattr(obj, self.role), allowed)
        return [
            ((self.parts, index), f"{takes}, not {self._name(part)}")
            for index, part in enumerate(getattr(obj, self.parts))
            if type(part).__name__ not in allowed
        ]

    def _misplaced_on_wire(self, obj: Any, parts: list[Any]) -> list[RawProblem]:
        """The parts of a known tag the role does not take (an unknown one is the union's to report)."""
        assert self.cases is not None
        role = getattr(obj, self.role)
        allowed = self.allowed.get(role) if role.__class__ is str else None
        if allowed is None:
            return []
        found = []
        for index, part in enumerate(parts):
            tag = part.get(self.key) if part.__class__ is dict else None
            cls = self.cases.get(tag) if tag.__class__ is str else None
            if cls is not None and cls not in allowed:
                found.append(((self.parts, index), f"{self._takes(role, allowed)}, not {tag!r}"))
        return found

    def _takes(self, role: str, allowed: tuple[str, ...]) -> str:
        """``a user message takes 'input_text' or 'input_audio' parts``: by their tags on the wire read, if
        it has any of them; else by the model's classes."""
        tags = self.tags or {}
        kinds = _either([repr(tags[name]) for name in allowed if name in tags] or allowed)
        article = "an" if role == "assistant" else "a"  # the roles: system, user, assistant
        return f"{article} {role} message takes {kinds} parts"

    def _name(self, part: Any) -> str:
        """What ``part`` is instead: a part of another kind, or what is no part at all (a str, say)."""
        name = type(part).__name__
        tags = self.tags
        if tags is not None and name in tags:
            return repr(tags[name])
        if tags is None and any(name in kinds for kinds in self.allowed.values()):
            return name
        return describe(part)


def _either(names: Sequence[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


@record
class MustBe:
    """Attribute ``field`` of the object held in ``attr`` must be ``value`` (when it is set)."""

    attr: str
    field: str
    value: Any

    @property
    def reads(self) -> tuple[str, ...]:
        """The attributes the rule reads."""
        return (self.attr,)

    def problems(self, obj: Any) -> Sequence[RawProblem]:
        held = getattr(obj, self.attr)
        found = getattr(held, self.field, self.value) if held is not None else self.value
        if found != self.value:
            return [((self.attr, self.field), f"must be {self.value!r}, got {found!r}")]
        return _FINE


Rule = PartsSuitRole | MustBe

#: The rules of each class, by class name.
CHECKS: dict[str, tuple[Rule, ...]] = {
    "MessageItem": (
        PartsSuitRole(
            "role",
            "content",
            {
                "system": ("InputText",),
                "user": ("InputText", "InputAudio", "InputImage"),
                "assistant": ("OutputText", "OutputAudio"),
            },
        ),
    ),
    "ResponseCreateParams": (MustBe("pre_generated_assistant_message", "role", "assistant"),),
}


def rule_check(rules: tuple[Rule, ...]) -> Callable[[Any], Sequence[RawProblem]]:
    """One function returning every problem ``rules`` find in an object."""
    if len(rules) == 1:
        return rules[0].problems

    def check(obj: Any) -> Sequence[RawProblem]:
        return [problem for rule in rules for problem in rule.problems(obj)]

    return check
