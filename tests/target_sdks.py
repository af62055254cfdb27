"""Whether a dialect's own SDK accepts an event's text: the check behind "every event written is one the target reads".

* ``azure`` — the ``azure-ai-voicelive`` model of the event's ``type`` reads the text and writes
  it back unchanged (its mapping constructor keeps every key; a key it would drop or rename
  fails). GA's ``conversation.item.done``, which VoiceLive servers send and the 1.3 SDK lacks, is
  let through.
* ``openai-ga`` — ``openai.types.realtime``'s client and server event unions validate it. An item
  reference in ``response.create``'s input is declared by a param type only
  (``ResponseCreateEventWithReferencesParam``: ``ResponseItemReferenceParam``, ``{"id": str, "type":
  "item_reference"}``), which no model reads: references are checked as that type declares them,
  the rest of the event by the model.
* ``openai`` — ``openai.types.beta.realtime``'s unions validate it. One difference is allowed,
  and only in client events: OpenAI-DotNet writes a forced function choice as
  ``{"type": "function", "function": {"name": ...}}`` (``docs/wire/openai-dotnet.md``), where the
  beta models type ``tool_choice`` as a string; that object, and nothing else, stands for its
  function's name.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

#: The client events OpenAI-DotNet writes (``openai`` dialect) that carry a tool choice, and where.
_DOTNET_CHOICES = {"response.create": "response", "session.update": "session"}


@cache
def validator(dialect: str) -> Callable[[str], None]:
    """A function that raises if ``dialect``'s SDK refuses an event's text."""
    if dialect == "azure":
        from azure.ai.voicelive.models import ClientEvent, ServerEvent

        known = {**ClientEvent.__mapping__, **ServerEvent.__mapping__}
        # Real VoiceLive servers send GA's conversation.item.done, which the 1.3 SDK lacks.
        allowed = {"conversation.item.done"}

        def check_azure(text: str) -> None:
            data = json.loads(text)
            if data["type"] in allowed:
                return
            cls = known[data["type"]]
            assert json.loads(json.dumps(cls(data).as_dict())) == data

        return check_azure
    from pydantic import TypeAdapter

    if dialect == "openai-ga":
        from openai.types.realtime import RealtimeClientEvent, RealtimeServerEvent

        adapter: Any = TypeAdapter(RealtimeClientEvent | RealtimeServerEvent)  # type: ignore[arg-type]

        def check_ga(text: str) -> None:
            data = json.loads(text)
            response = data.get("response") if data.get("type") == "response.create" else None
            items = response.get("input") if isinstance(response, dict) else None
            if isinstance(items, list) and any(item.get("type") == "item_reference" for item in items):
                for item in items:
                    if item.get("type") == "item_reference":
                        assert item.keys() == {"id", "type"}, item
                        assert isinstance(item["id"], str), item
                response["input"] = [item for item in items if item.get("type") != "item_reference"]
                text = json.dumps(data)
            adapter.validate_json(text)

        return check_ga

    from openai.types.beta.realtime import RealtimeClientEvent as BetaClient
    from openai.types.beta.realtime import RealtimeServerEvent as BetaServer

    beta: Any = TypeAdapter(BetaClient | BetaServer)  # type: ignore[arg-type]

    def check_beta(text: str) -> None:
        data = json.loads(text)
        where = _DOTNET_CHOICES.get(data.get("type"))
        inner = data.get(where) if where is not None else None
        choice = inner.get("tool_choice") if isinstance(inner, dict) else None
        if isinstance(choice, dict):
            assert choice.keys() == {"type", "function"}, choice
            assert choice["type"] == "function", choice
            assert choice["function"].keys() == {"name"}, choice
            inner["tool_choice"] = choice["function"]["name"]
            text = json.dumps(data)
        beta.validate_json(text)

    return check_beta
