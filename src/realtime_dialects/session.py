"""Translate whole sessions: a stateful translator that remembers what the session has said.

One event at a time, some features of one protocol are losses in another; a
translator that has seen the session so far can express them as a sequence of
events instead:

* Azure ``response.create`` with ``append_input_items`` → one ``conversation.item.create``
  per item, then the ``response.create`` without them;
* Azure ``additional_instructions`` → the response's ``instructions``: the session's
  instructions (from the last ``session.update``/``session.created``/``session.updated``)
  followed by the additional ones, when the response sets none of its own;
* Azure ``cancel_previous`` (true unless said otherwise) → a ``response.cancel`` first,
  when a response is in progress (a ``response.created`` without its ``response.done``);
* ``item_reference`` items → the referenced item itself, for a target without references,
  from the items the session created or the server reported;
* GA ``conversation.item.added`` + ``conversation.item.done`` ↔ ``conversation.item.created``
  of Azure and beta, so that each side sees its own protocol's sequence, without duplicates;
* ``response.function_call_arguments.done`` without the function's ``name`` (beta's) → with
  it, for a target that needs it (GA, Azure), from the function call item the session has
  seen with that ``item_id`` or ``call_id``; the other way, a target without the key (beta)
  is not told the name again when it is the one the session already gave that item;
* ``output_audio_buffer.cleared`` without a ``response_id`` (Azure's) → with it, for a target
  that needs it (GA, beta): the response in progress, or the last one when none is; the
  other way, the same response is implied and not a loss for a target without the key (Azure).

A value the session has not determined is never made up: the event is then lost as one
event at a time loses it, with the reason (a transcription's ``usage``, which Azure does not
report, has no GA or beta form).

Events that need none of this — audio, deltas, most of a session's bytes — take the
same fused path as :func:`~realtime_dialects.translate`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from functools import partial
from itertools import chain
from typing import Any, Protocol, TypeVar

import attrs
import orjson
from orjson import loads

from . import model as m
from .dialects import Dialect, OnUnsupported, _runtime, dialect
from .dialects._runtime import Flag, Invalid, TrustedContext
from .dialects.base import MAX_INPUT_SIZE, POLICIES, Text, check_policy
from .errors import InvalidPayloadError, Loss, UnsupportedError, on_line, render_path, warn_losses
from .translate import translation

__all__ = ["SEPARATOR", "LineReport", "Translator", "translate_session"]

#: What joins the session's instructions and a response's additional instructions.
SEPARATOR = "\n\n"

#: Events the translator looks into, by neutral class name (every other event is translated as it is).
_CLIENT_RULES = (
    "SessionUpdateEvent",
    "ConversationItemCreateEvent",
    "ConversationItemDeleteEvent",
    "ResponseCreateEvent",
    "ResponseCancelEvent",
)
_SERVER_RULES = (
    "SessionCreatedEvent",
    "SessionUpdatedEvent",
    "ConversationItemCreatedEvent",
    "ConversationItemAddedEvent",
    "ConversationItemDoneEvent",
    "ConversationItemRetrievedEvent",
    "ConversationItemDeletedEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "OutputAudioBufferClearedEvent",
)
_STATEFUL = frozenset(_CLIENT_RULES + _SERVER_RULES)


class LineReport(Protocol):
    """What :meth:`Translator.feed_lines` tells its caller besides the texts (the command line's messages)."""

    def invalid(self, number: int, error: InvalidPayloadError) -> None:
        """Line ``number`` is not a valid event: skipped."""

    def unsupported(self, number: int, error: UnsupportedError) -> None:
        """Line ``number`` loses something under ``"raise"``, or the target has no such event: skipped."""

    def lost(self, number: int, losses: tuple[Loss, ...]) -> None:
        """Line ``number`` was written without ``losses`` (under ``"warn"`` or ``"drop"``)."""

    def ended(self, lines: int, blank: int) -> None:
        """The stream ended after ``lines`` lines, ``blank`` of them blank (also when reading raised)."""


class Translator:
    """Translates one session's events from ``read`` to ``write``, in order, both directions.

    ``feed(text)`` takes the next event of the session (client or server) and returns
    the events the target dialect should see in its place: usually one, sometimes
    several (items appended by an Azure ``response.create``), sometimes none (an event
    the target has no counterpart for, under ``"warn"`` or ``"drop"``). ``losses`` holds
    what the last event lost, by path in that event. Use a fresh translator per session;
    one translator is not safe to feed from several threads at once (it is the session's
    memory), while separate translators are independent. For the same reason a translator
    is not pickled or copied: a worker process makes its own, one per session it converts
    (``translate_file`` does).

    >>> import realtime_dialects as rd
    >>> t = rd.Translator(read="azure", write="openai-ga", on_unsupported="drop")
    >>> t.feed('{"session": {"instructions": "Be brief."}, "type": "session.update"}')
    ['{"session":{"type":"realtime","instructions":"Be brief."},"type":"session.update"}']
    >>> t.feed('{"response": {"commit": false}, "additional_instructions": "In French.", "type": "response.create"}')
    ['{"type":"response.create","response":{"conversation":"none","instructions":"Be brief.\\\\n\\\\nIn French."}}']
    """

    def __init__(
        self,
        *,
        read: str | Dialect,
        write: str | Dialect,
        on_unsupported: OnUnsupported = "raise",
        max_size: int | None = MAX_INPUT_SIZE,
    ) -> None:
        check_policy(on_unsupported)
        if max_size is not None and not isinstance(max_size, int | float):  # as the readers take it
            raise TypeError(f"max_size must be an int or None, got {max_size!r}")
        self.source = dialect(read)
        self.target = dialect(write)
        self.on_unsupported = on_unsupported
        self.max_size = max_size
        self._translation = translation(self.source, self.target)
        #: What the last event lost, by path in that event.
        self.losses: tuple[Loss, ...] = ()
        #: The session's instructions, as far as the session has told (None: unknown).
        self.instructions: str | None = None
        #: Responses the server has started and not finished.
        self.in_progress: set[str | None] = set()
        #: Responses in progress that a response.cancel was sent for (by the source, or made here).
        self._cancelled: set[str | None] = set()
        #: Responses in progress outside the default conversation (out-of-band: no conversation id,
        #: where the session's other responses have one), which a cancel without an id leaves running.
        self._out_of_band: set[str | None] = set()
        self._conversation_seen = False
        #: Every item the session has created or the server reported, by id, until it is deleted.
        self.items: dict[str, Any] = {}
        #: The name of each function call the session has seen, by call id.
        self.functions: dict[str, str] = {}
        #: The last response the server started (None: none yet).
        self.last_response: str | None = None
        #: Items as the target was told them, until the source finishes them (conversation.item.done):
        #: kept only where the source sends that event and the two dialects announce items differently.
        self._told_items: dict[str, tuple[Any, str | None]] = {}
        #: Items of responses in progress: their response.output_item.done finishes them, in every dialect.
        self._made: set[str] = set()
        #: What to remember once an event made for the target is written (by the event's id()):
        #: one that is lost, or refused under "raise", told the target nothing.
        self._when_written: dict[int, Callable[[], object]] = {}
        #: Items announced to a GA target and not finished yet (Azure or beta source).
        self._open: set[str] = set()
        self._references = "ItemReference" in self.target.shapes
        self._ga_items = "ConversationItemAddedEvent" in self.target.shapes
        self._created_only = not self._ga_items and "ConversationItemCreatedEvent" in self.target.shapes
        #: Whether the source's conversation.item.done needs a rule: the two dialects announce
        #: items differently (GA and the others), or the target has no such event (beta).
        self._done_rule = "ConversationItemDoneEvent" in self.source.shapes and (
            self._source_has_added() != self._ga_items or "ConversationItemDoneEvent" not in self.target.shapes
        )
        #: Wire types met so far whose events no rule concerns (audio, deltas: most of a session),
        #: with their fused function and the target's encoder for what it writes.
        self._fast: dict[str, tuple[Callable[..., Any], Callable[[dict[str, Any]], str]]] = {}
        #: The losses of the line feed() takes the fast way: empty but while a line loses something.
        self._lost = TrustedContext()

    def __repr__(self) -> str:
        return f"<Translator {self.source.name!r} -> {self.target.name!r}>"

    def _not_copied(self, *_: Any) -> Any:
        raise TypeError(
            "a Translator is one session's memory, and is not copied or pickled: make one for each session"
            f" (Translator(read={self.source.name!r}, write={self.target.name!r}))"
        )

    __copy__ = __deepcopy__ = __reduce_ex__ = _not_copied

    # ------------------------------------------------------------------ feeding

    def feed(self, data: Text) -> list[str]:
        """Translate the next event of the session; return the target's events, in order."""
        # The command line feeds a log this way, a line at a time: what every line needs is inline.
        limit = self.max_size
        try:
            if limit is not None and len(data) > limit:
                raise ValueError  # refused by parse(), below
            obj = loads(data)
        except Exception:  # parse() says what is wrong, as the dialect words it
            self.losses = ()  # of this event, which loses nothing if it is refused
            if data.__class__ is memoryview:
                data = bytes(data)
            if isinstance(data, str | bytes | bytearray):
                # The newline that ends a line is not the event's: not counted against the limit, and
                # not in what is said of it (a line cut short in a string: "unexpected end of data", not
                # a "control character"; a position on the event's line 1, not on a line 2).
                data = _unterminated(data)
            obj = self.source.parse(data, limit)
        try:  # the event's type, found at once (anything but an object, or no such type, raises)
            path = self._fast[obj["type"]]
        except (KeyError, TypeError):
            return self._feed(obj)
        # An event no rule concerns (audio, deltas), as feed_lines() takes it (there, why inline: the same lines).
        plain = 92 not in data if data.__class__ is bytes else data.__class__ is str and "\\" not in data
        losses = self._lost
        text: str | None
        try:
            wire = path[0](obj, losses, None, "type", plain)
            if wire.__class__ is str:
                text = wire
            else:
                text = path[1](wire) if not losses and wire.__class__ is not Flag else None
        except (Invalid, TypeError, ValueError, RecursionError, OverflowError):
            text = None
        if text is None:
            losses.clear()
            return self._plain(obj)  # a loss or a problem: the general path says what
        if self.losses:
            self.losses = ()
        return [text]

    def feed_all(self, lines: Iterable[Text]) -> Generator[str, None, None]:
        """Translate a stream of events, one text per line, yielding the target's events as they come."""
        return self.feed_lines(lines, None)

    def feed_lines(self, lines: Iterable[Text], report: LineReport | None) -> Generator[str, None, None]:
        """:meth:`feed_all`, told what becomes of each line when ``report`` is given.

        With a ``report``, a line that is not a valid event, or that loses something under
        ``"raise"``, is handed to it with its number (from 1) and skipped, and the losses of
        a line written in part are too: the rest of the stream is translated. Without one,
        such a line raises, as :meth:`feed` does, which ends the stream; the error's ``line``
        is the line's number. The report is told
        how many lines were read, and how many of them were blank, when the stream ends, as
        it ends: also when reading the lines raises. The command line converts a log this way.

        >>> import realtime_dialects as rd
        >>> class Report:
        ...     def invalid(self, number, error): print(f"line {number}: {error.problems[0].message}")
        ...     def unsupported(self, number, error): print(f"line {number}: {error.losses[0].reason}")
        ...     def lost(self, number, losses): print(f"line {number} lost {losses[0].path}")
        ...     def ended(self, lines, blank): print(f"{lines} lines, {blank} blank")
        >>> lines = ['{"type": "input_audio_buffer.commit"}', "", "{oops", '{"type": "input_audio_buffer.clear"}']
        >>> t = rd.Translator(read="azure", write="openai-ga")
        >>> for text in t.feed_lines(lines, Report()):
        ...     print(text)
        {"type":"input_audio_buffer.commit"}
        line 3: malformed JSON: ...
        {"type":"input_audio_buffer.clear"}
        4 lines, 1 blank
        """
        check_lines(lines)
        # feed() inline for the events no rule concerns (audio, deltas): most of a session's lines,
        # where a tenth of a microsecond per line is a tenth of what the whole translation costs.
        fast = self._fast
        loads = orjson.loads
        limit = self.max_size if self.max_size is not None else float("inf")
        flag, invalid = _runtime.Flag, _runtime.Invalid
        losses = _runtime.TrustedContext()  # one for every line: it stays empty but when the line loses
        number = blank = 0
        texts: list[str]
        try:
            for line in lines:
                number += 1
                try:
                    if len(line) > limit:
                        raise ValueError  # refused by feed(), below
                    obj = loads(line)
                except Exception:  # a blank line, or one feed() says what is wrong with, as the dialect words it
                    if line.__class__ is memoryview:
                        line = bytes(line)
                    if isinstance(line, str | bytes | bytearray):  # else feed() says it is not text
                        if is_blank(line):
                            blank += 1  # of any length
                            continue
                        if len(line) > limit:  # the newline that ends a line is not the event's
                            line = _unterminated(line)
                    obj = None
                if obj is not None:
                    try:  # the line's type, found at once (anything but an object, or no such type, raises)
                        path = fast[obj["type"]]
                    except (KeyError, TypeError):
                        pass
                    else:
                        # The event's type is the one its function reads (tagged on "type"), and a flat event of a
                        # line without a backslash comes back as text. An event that loses anything or is
                        # refused goes down the general path, which says what happened.
                        form = line.__class__
                        plain = 92 not in line if form is bytes else form is str and "\\" not in line  # 92: a backslash
                        try:  # the text, or a wire dict for the encoder (a variable fewer on the hot path)
                            text = path[0](obj, losses, None, "type", plain)
                            if text.__class__ is not str:
                                text = path[1](text) if not losses and text.__class__ is not flag else None
                        except (invalid, TypeError, ValueError, RecursionError, OverflowError):
                            text = None
                        if text is not None:
                            yield text  # self.losses is (): the lines that set it reset it, below
                            continue
                        losses.clear()  # the general path says what was lost
                try:
                    texts = self.feed(line) if obj is None else self._feed(obj)
                except InvalidPayloadError as error:
                    if report is None:
                        on_line(error, number)
                        raise
                    report.invalid(number, error)  # feed() left losses empty
                    continue
                except UnsupportedError as error:
                    if report is None:
                        on_line(error, number)
                        raise
                    report.unsupported(number, error)
                    self.losses = ()  # refused: the line's losses are the error's
                    continue
                if self.losses and report is not None:
                    report.lost(number, self.losses)
                yield from texts
                if self.losses:
                    self.losses = ()  # for the next lines: the fast path does not touch it
        finally:
            if report is not None:
                report.ended(number, blank)

    def _feed(self, obj: Any) -> list[str]:
        """The general path (feed() and feed_lines() take the fast one first)."""
        self.losses = ()  # of this event: nothing, if it is refused
        name = self.source.event_name(obj)
        if name.partition(":")[0] not in _STATEFUL:
            texts = self._plain(obj)
            if len(texts) == 1 and not self.losses:
                # The next events of this type go straight through their fused function.
                fuse = self._translation.fused_function(obj)
                self._fast[obj["type"]] = (fuse, self.target.encoder(orjson.loads(texts[0])["type"]))
            return texts
        event = self.source.read_event(obj)
        out: list[tuple[Any, tuple[str, str] | None]] = []  # (event, where its losses were in the source)
        losses: list[Loss] = []
        self._observe(event)
        self._when_written.clear()
        for produced in self._rewrite(event, losses):
            out.append(produced)
        texts = []
        written = []
        for produced, prefix in out:
            text = self._write(produced, prefix, losses)
            if text is not None:
                texts.append(text)
                written.append(produced)
        texts = self._settle(texts, losses)
        for produced in written:
            remember = self._when_written.get(id(produced))
            if remember is not None:
                remember()
        return texts

    def _plain(self, obj: Any) -> list[str]:
        """An event no rule concerns: the fused path, as translate() takes it."""
        self.losses = ()  # of this event: nothing, if it is refused
        try:
            text, losses = self._translation.parsed(obj, "drop", report=True)
        except UnsupportedError as error:
            return self._settle([], list(error.losses))
        if losses:
            return self._settle([text], list(losses))
        self.losses = ()
        return [text]

    def _settle(self, texts: list[str], losses: list[Loss]) -> list[str]:
        """Apply the loss policy to what this event produced and lost (each loss once: two events
        made from one, an item's added and done, lose the same of it)."""
        if not losses:  # most events
            self.losses = ()
            return texts
        self.losses = tuple(dict.fromkeys(losses))
        if self.on_unsupported == "raise":
            raise UnsupportedError(self.losses, self.target.name)
        if self.on_unsupported == "warn":
            warn_losses(self.losses)
        return texts

    def _write(self, event: Any, prefix: tuple[str, str] | None, losses: list[Loss]) -> str | None:
        """Write one neutral event in the target; its losses go to ``losses``, under ``prefix`` if given."""
        try:
            wire, raw = self.target.write(event, trusted=True)
        except UnsupportedError as error:
            losses.extend(_under(error.losses, prefix))
            return None
        if raw:
            losses.extend(_under(self.target.render_losses(raw, self.source), prefix))
        return self.target.encode_checked(wire)

    # ------------------------------------------------------------------ memory

    def _observe(self, event: Any) -> None:
        """Remember what the session says: instructions, items, responses in progress."""
        kind = type(event).__name__
        if kind in ("SessionUpdateEvent", "SessionCreatedEvent", "SessionUpdatedEvent"):
            instructions = getattr(event.session, "instructions", None)
            if instructions is not None:
                self.instructions = instructions
        elif kind in (
            "ConversationItemCreateEvent",
            "ConversationItemCreatedEvent",
            "ConversationItemAddedEvent",
            "ConversationItemDoneEvent",
            "ConversationItemRetrievedEvent",
            "ResponseOutputItemAddedEvent",
            "ResponseOutputItemDoneEvent",
        ):
            self._remember(event.item)
            item_id = getattr(event.item, "id", None)
            if kind == "ResponseOutputItemAddedEvent" and (self._done_rule or self._ga_items) and item_id is not None:
                self._made.add(item_id)
        elif kind in ("ConversationItemDeleteEvent", "ConversationItemDeletedEvent"):
            self._forget(event.item_id)
        elif kind == "ResponseCreatedEvent":
            self.in_progress.add(event.response.id)
            self.last_response = event.response.id
            if getattr(event.response, "conversation_id", None):
                self._conversation_seen = True
            else:
                self._out_of_band.add(event.response.id)
        elif kind == "ResponseCancelEvent":  # of a response in progress (one done already is not kept)
            if event.response_id is None:
                # The response of the default conversation: every SDK says so of a cancel without an id.
                # Out-of-band ones are told apart only where the session's responses carry conversation ids.
                self._cancelled.update(
                    self.in_progress - self._out_of_band if self._conversation_seen else self.in_progress
                )
            elif event.response_id in self.in_progress:
                self._cancelled.add(event.response_id)
        elif kind == "ResponseDoneEvent":
            self.in_progress.discard(event.response.id)
            self._cancelled.discard(event.response.id)
            self._out_of_band.discard(event.response.id)
            for item in event.response.output or ():
                self._remember(item)
                item_id = getattr(item, "id", None)
                if item_id is not None:  # finished: no item event of it follows
                    self._made.discard(item_id)
                    self._told_items.pop(item_id, None)

    def _forget(self, item_id: str | None) -> None:
        """A deleted item: the session holds nothing of it any more (a reference to it is not resolved)."""
        if item_id is None:
            return
        item = self.items.pop(item_id, None)
        if type(item) is m.FunctionCallItem and item.call_id is not None:
            self.functions.pop(item.call_id, None)
        self._told_items.pop(item_id, None)
        self._made.discard(item_id)
        self._open.discard(item_id)

    def _remember(self, item: Any) -> None:
        item_id = getattr(item, "id", None)
        if item_id is not None and type(item) is not m.ItemReference:
            self.items[item_id] = item
        if type(item) is m.FunctionCallItem and item.call_id is not None and item.name is not None:
            self.functions[item.call_id] = item.name

    def _function_name(self, event: Any) -> str | None:
        """The name of the function an arguments event is about, as the session told it (None: untold)."""
        item = self.items.get(event.item_id) if event.item_id is not None else None
        if type(item) is m.FunctionCallItem and item.name is not None:
            return str(item.name)
        return self.functions.get(event.call_id) if event.call_id is not None else None

    def _current_response(self) -> str | None:
        """The response in progress, else the last one started; None when several are in progress."""
        # Without a walk over the responses in progress: a session that never finishes its responses
        # would pay for all of them at every cleared buffer.
        started = len(self.in_progress) - (None in self.in_progress)
        if started == 1:
            return next(response_id for response_id in self.in_progress if response_id is not None)
        return self.last_response if not started else None

    # ------------------------------------------------------------------ rules

    def _rewrite(self, event: Any, losses: list[Loss]) -> Iterator[tuple[Any, tuple[str, str] | None]]:
        """The neutral events the target sees in place of ``event`` (with their loss paths' prefix)."""
        kind = type(event).__name__
        if kind == "ResponseCreateEvent":
            yield from self._response_create(event, losses)
        elif kind == "ConversationItemAddedEvent" and self._created_only:
            yield from self._added_to_created(event)
        elif kind == "ConversationItemDoneEvent" and self._done_rule:
            yield from self._item_done(event, losses)
        elif kind == "ConversationItemCreatedEvent" and self._ga_items and not self._source_has_added():
            yield from self._created_to_added(event)
        elif kind == "ConversationItemCreatedEvent" and self._done_rule:  # Azure to beta: told as it is
            yield self._then(event, self._tell, event), None
        elif kind == "ResponseOutputItemDoneEvent" and self._ga_items and not self._source_has_added():
            # GA servers finish the item before the response's item (the captured GA sessions).
            yield from self._finish(event)
            yield event, None
        elif kind == "ResponseFunctionCallArgumentsDoneEvent":
            yield self._told(event, "name", self._function_name(event)), None
        elif kind == "OutputAudioBufferClearedEvent":
            yield self._told(event, "response_id", self._current_response()), None
        else:
            yield event, None

    def _told(self, event: Any, attr: str, known: Any) -> Any:
        """``event`` with ``attr`` as the session determines it (``known``), as far as the target needs.

        A target that needs the attribute gets the known value when the event has none; a target
        without it is not told a value the session already implies (and its reader recovers it).
        """
        name = type(event).__name__
        if known is None or name not in self.target.shapes:
            return event
        value = getattr(event, attr)
        shape = self.target.shape(name)
        if value is None and _needs(shape, attr):
            return attrs.evolve(event, **{attr: known})
        if value == known and _unsupported(shape, attr):
            return attrs.evolve(event, **{attr: None})
        return event

    def _source_has_added(self) -> bool:
        return "ConversationItemAddedEvent" in self.source.shapes

    def _response_create(self, event: Any, losses: list[Loss]) -> Iterator[tuple[Any, tuple[str, str] | None]]:
        params = event.response
        changes: dict[str, Any] = {}
        event_changes: dict[str, Any] = {}
        target_params = self.target.shape("ResponseCreateParams")
        target_event = self.target.shape("ResponseCreateEvent")
        counter = _Ids(event.event_id)
        # cancel_previous (Azure's; true by default): cancel the responses in progress first, once each.
        # The other way, a response.create that cancels nothing says so to Azure.
        # The responses in progress not cancelled yet, as a count: _cancelled holds responses in
        # progress only, and the set itself is made only to cancel them (once each).
        running = len(self.in_progress) - len(self._cancelled)
        if _unsupported(target_params, "cancel_previous"):
            if params is not None and params.cancel_previous is not None:
                changes["cancel_previous"] = None
            cancel = params is None or params.cancel_previous is not False
            if cancel and running and not self._never_cancels():
                for response_id in sorted(self.in_progress - self._cancelled, key=str):
                    cancelled = m.ResponseCancelEvent(event_id=counter.next(), response_id=response_id)
                    yield self._then(cancelled, self._cancelled.add, response_id), None
        elif running and (params is None or params.cancel_previous is None) and self._never_cancels():
            changes["cancel_previous"] = False
        # append_input_items: each its own conversation.item.create, in order, before the response.
        if (
            params is not None
            and params.append_input_items is not None
            and _unsupported(target_params, "append_input_items")
        ):
            where = self.source.key_path("ResponseCreateParams", "append_input_items")
            response = self.source.key_path("ResponseCreateEvent", "response")
            head = "$" + self.source.key_path("ConversationItemCreateEvent", "item")
            for index, item in enumerate(params.append_input_items):
                created = m.ConversationItemCreateEvent(event_id=counter.next(), item=self._resolved(item))
                self._remember(item)
                yield created, (head, f"${response}{where}[{index}]")
            changes["append_input_items"] = None
        # additional_instructions: the session's instructions followed by them.
        extra_text = event.additional_instructions
        if extra_text is not None and _unsupported(target_event, "additional_instructions"):
            own = params.instructions if params is not None else None
            if own is None and self.instructions is not None:
                changes["instructions"] = self.instructions + SEPARATOR + extra_text
                event_changes["additional_instructions"] = None
            elif own is None:
                reason = "the session's instructions are unknown (no session event has set them yet)"
                losses.append(
                    Loss("$" + self.source.key_path("ResponseCreateEvent", "additional_instructions"), reason)
                )
                event_changes["additional_instructions"] = None
            # With instructions of its own, the response replaces the session's: the additional
            # text stays and is reported as the usual loss.
        # item_reference: the referenced item itself, for a target without references.
        if params is not None and params.input_items and not self._references:
            changes["input_items"] = tuple(self._resolved(item) for item in params.input_items)
        if changes:
            params = m.ResponseCreateParams(**changes) if params is None else attrs.evolve(params, **changes)
            event_changes["response"] = params
        yield (attrs.evolve(event, **event_changes) if event_changes else event), None

    def _never_cancels(self) -> bool:
        """Whether the source's response.create cancels nothing (GA, beta: they have no cancel_previous)."""
        return _unsupported(self.source.shape("ResponseCreateParams"), "cancel_previous")

    def _resolved(self, item: Any) -> Any:
        """The item a reference names, when the session has seen it (the reference otherwise),
        without the servers' constant ``object``: the client sent none, and requests carry none."""
        if type(item) is m.ItemReference and not self._references:
            seen = self.items.get(item.id, item)
            return attrs.evolve(seen, object=None) if getattr(seen, "object", None) is not None else seen
        return item

    def _then(self, event: Any, remember: Callable[[Any], object], value: Any) -> Any:
        """``event``, with ``remember(value)`` to be done once it is written."""
        self._when_written[id(event)] = partial(remember, value)
        return event

    def _tell(self, told: Any) -> None:
        """Remember the item of ``told`` (an item event written), and where it was said to follow, as the
        target was told them, where the source's conversation.item.done is to be matched with them."""
        item = told.item
        item_id = getattr(item, "id", None)
        if self._done_rule and item_id is not None:
            self._told_items[item_id] = (item, told.previous_item_id)

    def _added_to_created(self, event: Any) -> Iterator[tuple[Any, None]]:
        # GA announces an item with conversation.item.added and finishes it with .done;
        # Azure and beta announce it once, with conversation.item.created.
        created = _created(event, m.ConversationItemCreatedEvent)
        yield self._then(created, self._tell, created), None

    def _item_done(self, event: Any, losses: list[Loss]) -> Iterator[tuple[Any, None]]:
        """The source finished an item (GA, and Azure for a user's item): what the target is told.

        Nothing when the target was told the item so already, or when the item is a response's
        (its response.output_item.done finishes it, in every dialect): what the event says beside
        the item is then lost. An item the target never heard of is announced as the target
        announces items; what changed in one it did comes as the event itself where the target
        has it (GA, Azure), and is lost where it has not (beta).
        """
        item = event.item
        item_id = getattr(item, "id", None)
        told, previous = self._told_items.pop(item_id, (None, None)) if item_id is not None else (None, None)
        if item_id is not None and item_id in self._made:
            self._made.discard(item_id)
            # An item not remembered as told (one in progress announced into GA is kept in _open
            # instead) went with the previous item this event names.
            if told is None:
                previous = event.previous_item_id
            losses.extend(self._beside_item(event, previous, "its response.output_item.done finishes the item"))
            return
        if told is not None and _same(item, told):
            losses.extend(self._beside_item(event, previous, "the target was told the item as it is already"))
            return
        if told is None and item_id not in self._open:  # never heard of: announced, then finished
            if self._ga_items:
                yield _created(event, m.ConversationItemAddedEvent), None
                yield _created(event, m.ConversationItemDoneEvent, derived=True), None
            else:
                yield _created(event, m.ConversationItemCreatedEvent), None
        elif "ConversationItemDoneEvent" in self.target.shapes:
            yield self._then(event, self._open.discard, item_id), None
        else:
            losses.extend(self._changed(item, told))
            losses.extend(self._beside_item(event, previous, f"{self.target.name} has no event that finishes an item"))

    def _beside_item(self, event: Any, previous: str | None, why: str) -> Iterator[Loss]:
        """Losses for what a conversation.item.done not passed on says beside its item: undeclared
        keys, and a previous item other than the one the target was told (``None``: none told)."""
        reason = f"a conversation.item.done is not passed on: {why}"
        if event.previous_item_id is not None and event.previous_item_id != previous:
            yield Loss("$" + self.source.key_path("ConversationItemDoneEvent", "previous_item_id"), reason)
        for keys in (event.extra or {}).values():
            for key in keys:
                yield Loss(render_path((key,)), reason)

    def _changed(self, item: Any, told: Any) -> Iterator[Loss]:
        """Losses for what ``item`` (a conversation.item.done's) says that the target was not told."""
        reason = f"{self.target.name} has no event that finishes an item: it was passed on as first announced"
        head = "$" + self.source.key_path("ConversationItemDoneEvent", "item")
        cls = type(item)
        if cls is not type(told):
            yield Loss(head, reason)
            return
        for field in attrs.fields(cls):
            if field.name == "extra":  # undeclared keys, each at its own path
                for key in _changed_keys(item.extra or {}, told.extra or {}):
                    yield Loss(head + render_path((key,))[1:], reason)
            elif not _same(getattr(item, field.name), getattr(told, field.name)):
                yield Loss(head + self.source.key_path(cls.__name__, field.name), reason)

    def _created_to_added(self, event: Any) -> Iterator[tuple[Any, None]]:
        # Azure and beta announce an item once; GA sends .added, then .done when it is final.
        item = event.item
        if item is None:  # nothing to announce: translated as it is (and reported if GA cannot)
            yield event, None
            return
        added = _created(event, m.ConversationItemAddedEvent)
        item_id = getattr(item, "id", None)
        # A response's item (its response.output_item.added came first, or it says it is in progress; Azure
        # announces one "incomplete" too) is finished by its response.output_item.done, with its final content.
        if item_id is not None and (item_id in self._made or getattr(item, "status", None) == "in_progress"):
            yield self._then(added, self._open.add, item_id), None
        else:
            yield added, None
            # Azure's own conversation.item.done may follow, the same: told, it is not passed on twice.
            done = _created(event, m.ConversationItemDoneEvent, derived=True)
            yield self._then(done, self._tell, done), None

    def _finish(self, event: Any) -> Iterator[tuple[Any, None]]:
        item = event.item
        item_id = getattr(item, "id", None)
        if item is not None and item_id in self._open:
            done = m.ConversationItemDoneEvent(event_id=_derived(event.event_id), item=item)
            yield self._then(done, self._open.discard, item_id), None


class _Ids:
    """Event ids for the events a translator adds: the source event's id with a number, or none."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.count = 0

    def next(self) -> str | None:
        if not self.source:  # none, or an empty one: nothing to tell where the event came from
            return None
        self.count += 1
        return f"{self.source}.{self.count}"


def _derived(event_id: str | None) -> str | None:
    return f"{event_id}.1" if event_id else None


def _created(event: Any, cls: type, *, derived: bool = False) -> Any:
    """An item event of another kind carrying the same item (and previous item)."""
    event_id = _derived(event.event_id) if derived else event.event_id
    return cls(
        event_id=event_id,
        item=event.item,
        previous_item_id=getattr(event, "previous_item_id", None),
        extra=event.extra,
    )


def _changed_keys(extra: dict[str, Any], told: dict[str, Any]) -> list[str]:
    """The undeclared keys whose values differ between two objects' ``extra`` (dialect -> keys)."""
    changed: dict[str, None] = {}
    for name in {**extra, **told}:
        now, then = extra.get(name, {}), told.get(name, {})
        changed.update(
            (key, None) for key in {**now, **then} if not _same(now.get(key, _MISSING), then.get(key, _MISSING))
        )
    return list(changed)


_MISSING = object()


def _same(a: Any, b: Any) -> bool:
    """``a == b``; values nested too deep for Python's comparison (JSON text may nest 1024 levels,
    in undeclared keys too) count as different, so the item is passed on, not swallowed."""
    try:
        return bool(a == b)
    except RecursionError:
        return False


def _unsupported(shape: Any, attr: str) -> bool:
    """Whether a target shape lacks ``attr`` (so a rule has to express it otherwise)."""
    from .dialects.tables import Field, walk

    return not any(isinstance(entry, Field) and entry.attr == attr for entry in walk(shape.entries))


def _needs(shape: Any, attr: str) -> bool:
    """Whether a target shape cannot be written without ``attr``."""
    from .dialects.tables import Field, walk

    return any(isinstance(entry, Field) and entry.attr == attr and entry.required for entry in walk(shape.entries))


def _under(losses: Iterable[Loss], prefix: tuple[str, str] | None) -> list[Loss]:
    """Losses of an event the translator made, moved to where its object was in the source event.

    ``prefix`` is ``(head, source path)``: a loss under ``head`` (``$.item`` of a made
    ``conversation.item.create``) is reported under the path the item had in the source
    (``$.response.append_input_items[0]``); a loss of the made event as a whole, at that path.
    """
    if prefix is None:
        return list(losses)
    head, path = prefix
    return [Loss(path + loss.path[len(head) :] if loss.path.startswith(head) else path, loss.reason) for loss in losses]


def translate_session(
    lines: Iterable[Text],
    *,
    read: str | Dialect,
    write: str | Dialect,
    on_unsupported: OnUnsupported = "raise",
    max_size: int | None = MAX_INPUT_SIZE,
) -> Generator[str, None, None]:
    """Translate a recorded session, one event per line, as a stream (a generator).

    Blank lines are skipped; a 1 GB log never sits in memory. Each line is translated by
    one :class:`Translator`, so features that need the session's memory are kept. A line
    that is not a valid event raises its :class:`~realtime_dialects.InvalidPayloadError`
    (one that loses something under ``"raise"``, its :class:`~realtime_dialects.UnsupportedError`),
    which ends the generator; the error's ``line`` is the line's number, from 1. To report bad
    lines and go on, use :meth:`Translator.feed_lines` (as ``translate_file`` and the command line do).

    >>> import realtime_dialects as rd
    >>> list(rd.translate_session(['{"type": "input_audio_buffer.commit"}'], read="azure", write="openai-ga"))
    ['{"type":"input_audio_buffer.commit"}']
    """
    if on_unsupported not in POLICIES:
        check_policy(on_unsupported)
    check_lines(lines)
    translator = Translator(read=read, write=write, on_unsupported=on_unsupported, max_size=max_size)
    return translator.feed_all(without_bom(lines))


def check_lines(lines: Iterable[Text]) -> None:
    """Refuse one text given where lines are expected: iterated, it would be read a character at a time."""
    if isinstance(lines, str | bytes | bytearray | memoryview):
        raise TypeError(
            f"expected an iterable of lines (an open file, a list of str or bytes), got one {type(lines).__name__}; "
            "give its lines (text.splitlines())"
        )


#: A line of text, whatever its type.
_Line = TypeVar("_Line", bound=str | bytes | bytearray | memoryview)
#: The UTF-8 byte order mark some editors and Windows tools begin a file with. JSON text has
#: none, but a parser may ignore one (RFC 8259, 8.1): the first line's is.
BOM = b"\xef\xbb\xbf"


def is_blank(line: str | bytes | bytearray) -> bool:
    """Whether ``line`` holds nothing but JSON's whitespace (RFC 8259: spaces, tabs, CR, LF), if anything.

    Not ``isspace()``: a form feed, a vertical tab or (in a ``str``) a Unicode space is not JSON's
    whitespace, and a line of them is malformed, not blank.
    """
    if not line:
        return True
    if not line.isspace():  # most lines that are not events are not blank: told without a copy
        return False
    if isinstance(line, str):
        return not line.strip(" \t\r\n")
    return not line.strip(b" \t\r\n")


def without_bom(lines: Iterable[_Line]) -> Iterator[_Line]:
    """``lines``, with a byte order mark before the first one taken off (bytes or str).

    The lines after the first come straight from their own iterator (``chain``): a generator
    passing each on would cost a fiftieth of translating an audio line.
    """
    rest = iter(lines)
    return chain(_first_without_bom(rest), rest)


def _first_without_bom(lines: Iterator[_Line]) -> Iterator[_Line]:
    for first in lines:
        mark = "\ufeff" if isinstance(first, str) else BOM
        if isinstance(first, str | bytes | bytearray | memoryview) and first[: len(mark)] == mark:
            first = first[len(mark) :]  # type: ignore[assignment]  # a slice keeps the type
        yield first  # not text: feed() says so
        break


def _unterminated(line: str | bytes | bytearray) -> str | bytes | bytearray:
    """``line`` without the line feed (or carriage return and line feed) that ends it, if it has one."""
    if isinstance(line, str):
        return line.removesuffix("\n").removesuffix("\r") if line.endswith("\n") else line
    return line.removesuffix(b"\n").removesuffix(b"\r") if line.endswith(b"\n") else line
