"""Azure VoiceLive, byte for byte as the ``azure-ai-voicelive`` SDK (1.3.x) sends it.

The SDK writes keys in the order its constructors take them and appends the
discriminators its subclasses assign after construction (``type``, then
``role`` for messages) last; unset fields are omitted; the text is
``json.dumps`` with its default separators and ASCII escaping
(``docs/wire/azure.md``).
"""

from __future__ import annotations

from typing import Any

from ...model.common import AudioFormat
from .. import _python_json
from ..base import Dialect
from ..tables import Choice
from . import (
    avatar_events,
    client_events,
    items,
    response,
    response_events,
    server_events,
    session,
    tool_events,
    tools,
    transcription_events,
    voices,
)
from .families import SERVER

#: A kind of item only the server reports: request items cannot carry it.
_SERVER_ITEM = "Azure clients cannot send {} items: only the server reports them"


class Azure(Dialect):
    """Azure VoiceLive (``azure``)."""

    name = "azure"
    codecs = {
        # Client side: request items take ItemParamStatus, two of the statuses servers report.
        "ItemStatus": Choice(
            {"completed": "completed", "incomplete": "incomplete"},
            unsupported={"in_progress": "Azure request items have no 'in_progress' status"},
            others="Azure request items take the status 'completed' or 'incomplete' only",
        ),
        "AudioFormat": Choice(
            {fmt.value: fmt for fmt in AudioFormat},
            # Legacy spellings the SDK maps only when the attribute is read (docs/wire/azure.md).
            aliases={"pcm16-8000hz": AudioFormat.PCM16_8000HZ, "pcm16-16000hz": AudioFormat.PCM16_16000HZ},
        ),
    }
    unsupported = {
        "OutputAudio": "Azure request messages have no assistant audio part",
        "ItemReference": "Azure has no item_reference items; send the referenced item itself",
        "McpChoice": "Azure cannot force a call to an MCP tool",
        "VoiceId": "Azure has no custom voice ids; use an Azure custom voice instead",
        # Client side: sessions, turn detection and the item kinds requests cannot carry.
        "TranscriptionSession": "Azure has no transcription-only sessions; configure a realtime session",
        "SemanticVad": "Azure has no OpenAI semantic_vad; use azure_semantic_vad (another model, other settings)",
        "McpListToolsItem": _SERVER_ITEM.format("mcp_list_tools"),
        "McpCallItem": _SERVER_ITEM.format("mcp_call"),
        "McpApprovalRequestItem": _SERVER_ITEM.format("mcp_approval_request"),
        "WebSearchCallItem": _SERVER_ITEM.format("web_search_call"),
        "FileSearchCallItem": _SERVER_ITEM.format("file_search_call"),
        # Server side: events Azure has no counterpart for.
        **server_events.UNSUPPORTED,
        **transcription_events.UNSUPPORTED,
    }
    shapes = {
        **client_events.SHAPES,
        **response.SHAPES,
        **items.SHAPES,
        **tools.SHAPES,
        **voices.SHAPES,
        **session.SHAPES,
        # Server side: server events and the objects only they carry.
        **server_events.SHAPES,
        **transcription_events.SHAPES,
        **response_events.SHAPES,
        **tool_events.SHAPES,
        **avatar_events.SHAPES,
        **response.SERVER_SHAPES,
    }
    # Server side: server events carry ResponseItem, ContentPart and ResponseSession forms.
    families = {"server": SERVER}
    server_family = "server"

    separators = (", ", ": ")

    def encode(self, wire: dict[str, Any]) -> str:
        # The text of json.dumps(wire), as VoiceLiveConnection.send() writes it, minus
        # NaN/Infinity, which are not JSON (the SDK's own bug, docs/wire/azure.md).
        return _python_json.dumps(wire)


AZURE = Azure()

__all__ = ["AZURE", "Azure"]
