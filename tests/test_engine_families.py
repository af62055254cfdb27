"""Families reach every object a server event carries, lists of unions included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_dialects.dialects.base import REGISTRY, Dialect
from realtime_dialects.dialects.tables import Shape, Tag

_ITEM_KINDS = (
    "FunctionCallItem",
    "FunctionCallOutputItem",
    "McpApprovalResponseItem",
    "ItemReference",
    "McpListToolsItem",
    "McpCallItem",
    "McpApprovalRequestItem",
    "WebSearchCallItem",
    "FileSearchCallItem",
)


class _Families(Dialect):
    name = "test-families"
    unsupported = {
        **{kind: "not in this test" for kind in _ITEM_KINDS},
        "InputAudio": "not in this test",
        "InputImage": "not in this test",
        "OutputAudio": "not in this test",
    }
    shapes = {
        "ConversationItemCreatedEvent": Shape(
            "event_id", "previous_item_id", "item", Tag("type", "conversation.item.created")
        ),
        "MessageItem": Shape("role", "content", "id", "status", "object", Tag("type", "message")),
        "InputText": Shape("text", Tag("type", "input_text")),
        "OutputText": Shape("text", Tag("type", "text")),
    }
    # In server events the assistant's text part is tagged otherwise.
    families = {"server": {"OutputText": Shape("text", Tag("type", "output_text"))}}
    server_family = "server"

    def encode(self, wire: dict[str, Any]) -> str:
        return json.dumps(wire)


@pytest.fixture
def dialect() -> Iterator[Dialect]:
    created = _Families()
    try:
        yield created
    finally:
        REGISTRY.pop(created.name)


def test_a_list_of_a_union_takes_its_tags_from_the_family(dialect: Dialect) -> None:
    # MessageItem.content is tuple[ContentPart, ...]: the list's members are told apart by the
    # tags of the family's shapes, not the plain ones.
    text = (
        '{"item": {"role": "assistant", "content": [{"text": "Hi", "type": "output_text"}], '
        '"type": "message"}, "type": "conversation.item.created"}'
    )
    event = dialect.loads(text)
    assert type(event.item.content[0]).__name__ == "OutputText"
    assert dialect.dumps(event) == text
