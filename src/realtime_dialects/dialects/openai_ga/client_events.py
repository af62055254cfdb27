"""OpenAI Realtime GA: client events.

Each event's fields in its model's declaration order: required ones, then ``type``, then the
optional ones (``docs/wire/openai-ga.md``).
"""

from __future__ import annotations

from ..tables import Field, Shape, Tag, Tagged, Unsupported

#: ``conversation.item.create`` takes the nine ``ConversationItem`` classes; an item reference
#: exists only in ``response.create``'s input (``RealtimeResponseCreateParamsWithReferencesParam``).
CREATE_ITEM = Tagged(
    "type",
    {
        "message": "MessageItem",
        "function_call": "FunctionCallItem",
        "function_call_output": "FunctionCallOutputItem",
        "mcp_approval_response": "McpApprovalResponseItem",
        "mcp_list_tools": "McpListToolsItem",
        "mcp_call": "McpCallItem",
        "mcp_approval_request": "McpApprovalRequestItem",
    },
    unsupported={
        "ItemReference": "OpenAI GA takes item references only in response.create's input",
        "WebSearchCallItem": "OpenAI GA has no web_search_call items",
        "FileSearchCallItem": "OpenAI GA has no file_search_call items",
    },
)

#: What GA's server events report (``ConversationItem``, the same nine classes): items, never references.
SERVER_ITEM = Tagged(
    "type",
    CREATE_ITEM.cases,
    unsupported={
        **CREATE_ITEM.unsupported,
        "ItemReference": "OpenAI GA's server events report items, not item references",
    },
)
ITEM = Field("item", codec=SERVER_ITEM)

SHAPES = {
    "SessionUpdateEvent": Shape("session", Tag("type", "session.update"), "event_id"),
    "InputAudioBufferAppendEvent": Shape("audio", Tag("type", "input_audio_buffer.append"), "event_id"),
    "InputAudioBufferCommitEvent": Shape(Tag("type", "input_audio_buffer.commit"), "event_id"),
    "InputAudioBufferClearEvent": Shape(Tag("type", "input_audio_buffer.clear"), "event_id"),
    "OutputAudioBufferClearEvent": Shape(Tag("type", "output_audio_buffer.clear"), "event_id"),
    "ConversationItemCreateEvent": Shape(
        Field("item", codec=CREATE_ITEM), Tag("type", "conversation.item.create"), "event_id", "previous_item_id"
    ),
    "ConversationItemRetrieveEvent": Shape("item_id", Tag("type", "conversation.item.retrieve"), "event_id"),
    "ConversationItemTruncateEvent": Shape(
        "audio_end_ms", "content_index", "item_id", Tag("type", "conversation.item.truncate"), "event_id"
    ),
    "ConversationItemDeleteEvent": Shape("item_id", Tag("type", "conversation.item.delete"), "event_id"),
    "ResponseCreateEvent": Shape(
        Tag("type", "response.create"),
        "event_id",
        "response",
        Unsupported("additional_instructions", "OpenAI GA has no per-response additional instructions"),
    ),
    "ResponseCancelEvent": Shape(Tag("type", "response.cancel"), "event_id", "response_id"),
}
