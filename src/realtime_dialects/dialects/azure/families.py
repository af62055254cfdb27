"""Azure VoiceLive: the forms its server events give items, content parts and the session.

The SDK has other classes for what servers send than for what clients send (``docs/wire/azure.md``,
"Directions"): ``ResponseItem`` (``_models.py:4283``) instead of ``ConversationRequestItem``, the
``ContentPart`` family (``_models.py:2629``) instead of ``MessageContentPart``, ``ResponseSession``
(``_models.py:4793``) instead of the patched ``RequestSession``. Server events read and write their
objects with the family ``SERVER`` (``Azure.server_family``); a class whose server form is its
request form has no entry here.
"""

from __future__ import annotations

from ..tables import Field, Shape, Str, Tag, Unsupported
from .session import SHAPES as _SESSION

#: The request session, and what only the server's echo of it holds.
_REQUEST = _SESSION["RealtimeSession"]
_SERVER_SET = ("agent", "id", "expires_at")

#: Server items report whatever status the server has: Azure's ``ResponseItemStatus`` is an open
#: enum (``in_progress``, ``completed``, ``incomplete``); request items accept two of them.
STATUS = Str()

SERVER = {
    # ResponseItem kinds: the constructor's keys, object among them, then `type` (and no `role`
    # after it: `role` is a plain field of ResponseMessageItem, written first, _models.py:4742).
    "MessageItem": Shape(
        "role", "content", Field("status", codec=STATUS, required=True), "id", "object", Tag("type", "message")
    ),
    "FunctionCallItem": Shape(  # 4399
        "name",
        Field("call_id", required=True),
        "arguments",
        Field("status", codec=STATUS, required=True),
        "id",
        "object",
        Tag("type", "function_call"),
    ),
    "FunctionCallOutputItem": Shape(  # 4455
        "call_id",
        "output",
        "id",
        "object",
        Tag("type", "function_call_output"),
        Unsupported("status", "Azure's server function output items have no status"),
    ),
    "McpApprovalResponseItem": Shape(  # 4585
        "approval_request_id", "approve", "id", "object", "reason", Tag("type", "mcp_approval_response")
    ),
    "McpListToolsItem": Shape("tools", "server_label", "id", "object", Tag("type", "mcp_list_tools")),  # 4698
    "McpListedTool": Shape("name", "input_schema", "description", "annotations"),  # MCPTool, 3352
    "McpCallItem": Shape(  # 4634
        "arguments",
        "server_label",
        "name",
        "id",
        "object",
        "approval_request_id",
        "output",
        "error",
        Tag("type", "mcp_call"),
    ),
    # ResponseMCPCallItem.error is Any (_models.py:4669): read through GA's typed errors, written as
    # Azure writes its own tagged objects (fields in GA's order, then the `type` __init__ assigns).
    "McpProtocolError": Shape("code", "message", Tag("type", "protocol_error")),
    "McpToolExecutionError": Shape("message", Tag("type", "tool_execution_error")),
    "McpHttpError": Shape("code", "message", Tag("type", "http_error")),
    "McpApprovalRequestItem": Shape(  # 4536
        "name", "server_label", "id", "object", "arguments", Tag("type", "mcp_approval_request")
    ),
    "WebSearchCallItem": Shape("status", "id", "object", Tag("type", "web_search_call")),  # 5048
    "FileSearchCallItem": Shape(  # 4330
        "status", "id", "object", "queries", "results", Tag("type", "file_search_call")
    ),
    "FileSearchResult": Shape("attributes", "file_id", "filename", "score", "text"),  # 2696
    # ContentPart kinds. RequestAudioContentPart (3504): servers echo a user's audio with the
    # transcript only (`audio` is required in requests alone).
    "InputAudio": Shape("audio", "transcript", Tag("type", "input_audio")),
    "OutputAudio": Shape(  # ResponseAudioContentPart, 3965
        "transcript",
        Tag("type", "audio"),
        Unsupported(
            "audio", "Azure's server audio part carries only the transcript (audio streams in response.audio.delta)"
        ),
    ),
    # ResponseSession (4793): RequestSession's keys in the same order, then agent, id, expires_at;
    # its nulls (OFF) stay where they stand (only the patched RequestSession moves them last).
    "RealtimeSession": Shape(
        *(entry for entry in _REQUEST.entries if not (isinstance(entry, Unsupported) and entry.attr in _SERVER_SET)),
        *_SERVER_SET,
    ),
}
