"""OpenAI Realtime beta: client events.

Nine events are written as OpenAI-DotNet 8.8.7 writes them (``event_id``, ``type``, then the
request class's properties in declaration order); the three it has no class for follow the
``openai`` package's beta models (required fields, ``type``, optional ones) and take the
``beta`` family: ``conversation.item.retrieve``, ``output_audio_buffer.clear`` and
``transcription_session.update``, the form of ``session.update`` for a transcription session.
"""

from __future__ import annotations

from ..tables import Field, Ref, Shape, Tag, Tagged, Unsupported

#: ``conversation.item.create`` takes messages, function calls and their outputs: DotNet's
#: item types but the reference, which only ``response.create``'s ``input`` carries.
CREATE_ITEM = Tagged(
    "type",
    {"message": "MessageItem", "function_call": "FunctionCallItem", "function_call_output": "FunctionCallOutputItem"},
    unsupported={
        "ItemReference": "OpenAI takes item references only in response.create's input",
        "McpApprovalResponseItem": "OpenAI Realtime beta has no MCP approval responses",
        "McpListToolsItem": "OpenAI Realtime beta has no MCP items",
        "McpCallItem": "OpenAI Realtime beta has no MCP items",
        "McpApprovalRequestItem": "OpenAI Realtime beta has no MCP items",
        "WebSearchCallItem": "OpenAI Realtime beta has no web_search_call items",
        "FileSearchCallItem": "OpenAI Realtime beta has no file_search_call items",
    },
)

#: What beta's server events report (``conversation_item.ConversationItem``): items, never references.
SERVER_ITEM = Tagged(
    "type",
    CREATE_ITEM.cases,
    unsupported={
        **CREATE_ITEM.unsupported,
        "ItemReference": "OpenAI Realtime beta's server events report items, not item references",
    },
)

SHAPES = {
    # UpdateSessionRequest: a realtime session's SessionConfiguration. A transcription session is
    # written as transcription_session.update (the variant below, chosen by the session's class).
    "SessionUpdateEvent": Shape(
        "event_id", Tag("type", "session.update"), Field("session", codec=Ref("RealtimeSession"))
    ),
    # The beta models' TranscriptionSessionUpdate (transcription_session_update.py:175); its
    # session is the request form of the beta models (family beta_request).
    "SessionUpdateEvent:transcription": Shape(
        Field("session", codec=Ref("TranscriptionSession"), family="beta_request"),
        Tag("type", "transcription_session.update"),
        "event_id",
        family="beta",
        when=("session", "TranscriptionSession"),
    ),
    "InputAudioBufferAppendEvent": Shape("event_id", Tag("type", "input_audio_buffer.append"), "audio"),
    "InputAudioBufferCommitEvent": Shape("event_id", Tag("type", "input_audio_buffer.commit")),
    "InputAudioBufferClearEvent": Shape("event_id", Tag("type", "input_audio_buffer.clear")),
    # realtime_client_event.OutputAudioBufferClear (beta models).
    "OutputAudioBufferClearEvent": Shape(Tag("type", "output_audio_buffer.clear"), "event_id", family="beta"),
    "ConversationItemCreateEvent": Shape(
        "event_id", Tag("type", "conversation.item.create"), "previous_item_id", Field("item", codec=CREATE_ITEM)
    ),
    # conversation_item_retrieve_event.ConversationItemRetrieveEvent (beta models).
    "ConversationItemRetrieveEvent": Shape(
        "item_id", Tag("type", "conversation.item.retrieve"), "event_id", family="beta"
    ),
    "ConversationItemTruncateEvent": Shape(
        "event_id", Tag("type", "conversation.item.truncate"), "item_id", "content_index", "audio_end_ms"
    ),
    "ConversationItemDeleteEvent": Shape("event_id", Tag("type", "conversation.item.delete"), "item_id"),
    "ResponseCreateEvent": Shape(
        "event_id",
        Tag("type", "response.create"),
        "response",
        Unsupported(
            "additional_instructions",
            "OpenAI has no per-response additional instructions; 'instructions' replaces the session's",
        ),
    ),
    "ResponseCancelEvent": Shape("event_id", Tag("type", "response.cancel"), "response_id"),
}
