"""The fused path and the neutral path agree: same bytes, same losses, same problems.

``translate()`` turns the source's wire dict into the target's without building neutral
objects (``dialects/_fuse.py``); ``write.dumps(read.loads(text))`` builds them. Both are
generated from the same tables; these tests hold them to the same answers on every
fixture and captured frame, on hypothesis-made events of every class, and on input broken
anywhere in its tree.
"""

from __future__ import annotations

import contextlib
import json
import linecache
import random
import re
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import realtime_dialects as rd
from realtime_dialects.dialects import names
from realtime_dialects.dialects._fuse import _tag_matched
from realtime_dialects.dialects.tables import INT_RANGE
from realtime_dialects.translate import translation

from .captured import frames
from .mutations import mutations
from .strategies import EVENT_CLASSES, of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TRANSCRIBED = "conversation.item.input_audio_transcription.completed"
#: Every fixture and captured frame (``fixtures/captured``, session lines too): its dialect and text.
TEXTS = [
    pytest.param(
        path.parent.parent.name, path.read_text(encoding="utf-8"), id="-".join(path.parts[-3:]).removesuffix(".json")
    )
    for name in names()
    for path in sorted((FIXTURES / name).glob("*/*.json"))
] + [pytest.param(source, text, id=f"captured-{frame}") for source, frame, text in frames()]


def neutral(text: str | bytes, source: str, target: str) -> tuple[str, tuple[rd.Loss, ...]] | str:
    """The neutral path's answer: text and losses, or the kind of error."""
    reader, writer = rd.dialect(source), rd.dialect(target)
    try:
        event = reader.loads(text)
        wire, raw = writer.write(event, trusted=True)
        return writer.encode_checked(wire), writer.render_losses(raw, reader)
    except rd.InvalidPayloadError as error:
        return f"invalid: {error.problems}"
    except rd.UnsupportedError as error:
        return f"unsupported: {error.losses}"


def fused(text: str | bytes, source: str, target: str) -> tuple[str, tuple[rd.Loss, ...]] | str:
    """The fused path's answer (translate_with_losses), in the same form.

    translate() must agree: it takes the fused path too, and writes a flat event's text itself
    when the source text has no backslash.
    """
    try:
        answer = rd.translate_with_losses(text, read=source, write=target)
        assert rd.translate(text, read=source, write=target, on_unsupported="drop") == answer[0]
        return answer
    except rd.InvalidPayloadError as error:
        return f"invalid: {error.problems}"
    except rd.UnsupportedError as error:
        return f"unsupported: {error.losses}"


@pytest.mark.parametrize(("source", "text"), TEXTS)
def test_every_fixture_takes_the_fused_path_to_the_neutral_answer(source: str, text: str) -> None:
    for target in names():
        answer = neutral(text, source, target)
        assert fused(text, source, target) == answer, target
        if isinstance(answer, str) and answer.startswith("invalid"):
            continue  # a captured frame its server refused
        # And the fused path itself accepts every valid fixture (it does not lean on the fallback);
        # an event with no counterpart in the target is the neutral path's answer too (above).
        with contextlib.suppress(rd.UnsupportedError):
            translation(source, target).fused(rd.dialect(source).parse(text))


@pytest.mark.parametrize(("source", "text"), TEXTS[::7])
def test_broken_fixtures_get_the_same_problems_either_way(source: str, text: str) -> None:
    rng = random.Random(text)
    for broken in _breakages(json.loads(text), rng):
        for target in names():
            assert fused(broken, source, target) == neutral(broken, source, target), (target, broken)


#: Mutated texts longer than this (a megabyte-long string) are the hostile tests' business.
LONGEST_MUTATION = 100_000


@pytest.mark.parametrize(("source", "original"), TEXTS)
def test_fixtures_broken_anywhere_get_the_same_answer_either_way(source: str, original: str) -> None:
    # Deep in the tree too: a nested value retyped or removed, an object given an unknown key and type.
    rng = random.Random(f"fused {original}")
    for text in mutations(original, rng):
        if isinstance(text, str) and len(text) <= LONGEST_MUTATION:
            for target in names():
                assert fused(text, source, target) == neutral(text, source, target), (target, text)


def _breakages(original: dict[str, Any], rng: random.Random) -> list[str]:
    """A few broken variants of a valid event: a key removed, a value retyped, an unknown key."""
    out = []
    for _ in range(6):
        broken = json.loads(json.dumps(original))
        keys = [key for key in broken if key != "type"]
        choice = rng.randrange(3)
        if choice == 0 and keys:
            del broken[rng.choice(keys)]
        elif choice == 1 and keys:
            broken[rng.choice(keys)] = rng.choice([[], {}, 3.5, "x", True])
        else:
            broken["bogus_key"] = 1
        out.append(json.dumps(broken))
    return out


@pytest.mark.parametrize("cls", EVENT_CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_events_of_every_class_take_the_fused_path_to_the_neutral_answer(cls: type, data: st.DataObject) -> None:
    event = data.draw(of(cls))
    for source in names():
        reader = rd.dialect(source)
        try:
            text = reader.dumps(event, on_unsupported="drop")
        except (rd.UnsupportedError, rd.InvalidPayloadError):
            continue  # this dialect has no such event, or the drawn values do not suit it
        for target in names():
            assert fused(text, source, target) == neutral(text, source, target), (source, target)


# --------------------------------------------------------------------------- the fused path's shortcuts


def _invalid_on_the_fused_path(text: str, source: str, target: str) -> bool:
    try:
        translation(source, target).fused(rd.dialect(source).parse(text))
    except rd.UnsupportedError:
        return False
    except Exception as error:  # the fused path's own refusal, without details
        return type(error).__name__ == "Invalid"
    return False


@pytest.mark.parametrize("target", ["azure", "openai", "openai-ga"])
def test_a_part_the_role_does_not_take_is_refused_by_the_role_s_list_and_explained(target: str) -> None:
    # Each role's list function knows only the parts the role takes: no pass of its own over the parts.
    item = {
        "type": "message",
        "role": "user",
        "content": [{"type": "input_text", "text": "hi"}, {"type": "text", "text": "no"}],
    }
    text = json.dumps({"item": item, "type": "conversation.item.create"})
    assert _invalid_on_the_fused_path(text, "azure", target)
    answer = fused(text, "azure", target)
    assert answer == neutral(text, "azure", target)
    assert isinstance(answer, str)
    assert "$.item.content[1]" in answer


@pytest.mark.parametrize("target", ["azure", "openai", "openai-ga"])
@pytest.mark.parametrize(
    "modalities", [["audio", "text"], ["text"], ["audio"], [], ["text", "text"], ["video"], "text"]
)
def test_modalities_go_through_one_table_to_the_neutral_answer(target: str, modalities: Any) -> None:
    text = json.dumps({"response": {"modalities": modalities}, "type": "response.create"})
    assert fused(text, "azure", target) == neutral(text, "azure", target)


@pytest.mark.parametrize("target", ["azure", "openai", "openai-ga"])
@pytest.mark.parametrize("tokens", [1, 4096, "inf", 0, 4097, "infinite", 12.0, True, None, [3]])
def test_alternatives_of_plain_values_read_as_one_test_and_explain_the_rest(target: str, tokens: Any) -> None:
    text = json.dumps({"response": {"max_output_tokens": tokens}, "type": "response.create"})
    assert fused(text, "azure", target) == neutral(text, "azure", target)
    if tokens in (0, 4097):  # the integer alternative says what is wrong, as before
        assert "expected an integer from 1 to 4096, got" in str(neutral(text, "azure", target))


@settings(max_examples=300, deadline=None)
@given(
    number=st.integers(min_value=-(2**70), max_value=2**70)
    | st.sampled_from([-(2**63) - 1, -(2**63), 2**64 - 1, 2**64])
)
def test_orjson_reads_no_integer_past_the_model_s_range(number: int) -> None:
    # The fused functions tell an integer of the model's whole range (INT_RANGE) by its class
    # alone (Readers(from_orjson=True)): what they read comes from orjson, which reads any other
    # integer as a float. Were that to change, this fails first.
    value = orjson.loads(str(number))
    low, high = INT_RANGE
    assert (type(value) is int) == (low <= number <= high)


@pytest.mark.parametrize("target", ["azure", "openai", "openai-ga"])
@pytest.mark.parametrize("index", [0, 255, 256, -1, 2**63 - 1, -(2**63), 2**64 - 1, 2**64, -(2**63) - 1, 10**30])
def test_integers_at_and_past_the_model_s_range_get_the_neutral_answer(target: str, index: int) -> None:
    # The flat event's own text too (translate() writes it), on both sides of the indices whose text it looks up.
    delta = {"response_id": "r", "item_id": "i", "output_index": index, "content_index": 0, "delta": "AAAA"}
    text = json.dumps({**delta, "event_id": "e", "type": "response.audio.delta"})
    assert fused(text, "azure", target) == neutral(text, "azure", target)


def test_losses_of_list_elements_are_reported_once_when_the_comprehension_gives_way() -> None:
    # A list is first taken in one comprehension; an element it cannot take hands the list to the
    # loop, which records again the losses the comprehension had recorded: once each, in order.
    content = [{"type": "output_audio", "transcript": "hi"}, {"type": "output_text", "text": "hi"}]
    items = [{"type": "message", "role": "assistant", "content": content}, {"type": "item_reference", "id": "item_1"}]
    text = json.dumps({"response": {"input": items}, "type": "response.create"})
    answer = fused(text, "openai-ga", "azure")
    assert answer == neutral(text, "openai-ga", "azure")
    assert not isinstance(answer, str)
    assert [loss.path for loss in answer[1]] == ["$.response.input[0].content[0]", "$.response.input[1]"]


def test_bodies_taken_in_where_their_tag_is_matched_do_not_check_it_again() -> None:
    # A list's loop (Fuser._inline) and a message's one part (Fuser._taken_in) hold element bodies
    # whose tag the loop or the part's table has matched: the body's own check could only pass.
    for source in names():
        for target in names():
            translation(source, target).prepare()
    functions = [
        function
        for filename, (_, _, lines, _) in list(linecache.cache.items())
        if filename.startswith("<realtime_dialects ") and "-to-" in filename
        for function in "".join(lines).split("\ndef ")
    ]
    loops = [function for function in functions if "    tagged = 'type'\n" in function]
    assert len(loops) > 20  # of every pair
    assert sum("y = [{" in function for function in functions) > 5  # parts taken in
    assert not [function for function in loops if "tagged != 'type'" in function]
    assert not [function for function in functions if re.search(r"'(\w+)' != '\1'", function)]


def test_a_tag_check_taken_in_goes_with_a_try_it_leaves_empty() -> None:
    check = ["    if tagged != 'type' and d.get('type') != 'x':", "        raise Invalid(())"]
    handler = ["except KeyError:", "    raise Invalid(()) from None"]
    assert _tag_matched(["try:", *check, *handler, "n = 1"], "'type'") == ["n = 1"]
    among = ["try:", "    v = d['a']", *check, *handler]
    assert _tag_matched(among, "'type'") == ["try:", "    v = d['a']", *handler]
    assert _tag_matched(among, "False") == among  # a body called without the tag matched


def test_losses_inside_the_elements_a_list_takes_in_are_found_at_their_index() -> None:
    # A list's loop holds its plain classes' bodies, built without chains, and a part of one is
    # written by its message's body: a loss there (a body's own ctx.lose, a value below it) sends
    # the list to the loop that gives each element its chain.
    parts = [{"type": "output_text", "text": "hi"}, {"type": "output_audio", "audio": "AA==", "transcript": "hi"}]
    one = {"type": "message", "role": "assistant", "status": "completed", "content": parts[1:]}
    two = {"type": "message", "role": "assistant", "status": "completed", "content": parts}
    done = {"event_id": "e", "item": two, "type": "conversation.item.done"}
    answer = fused(json.dumps(done), "openai-ga", "azure")
    assert answer == neutral(json.dumps(done), "openai-ga", "azure")
    assert not isinstance(answer, str)
    assert [loss.path for loss in answer[1]] == ["$.item.content[1].audio"]
    call = {"type": "function_call", "status": "completed", "call_id": "c", "name": "f", "arguments": "{}"}
    output = [call, one, two]
    response = {"id": "r", "object": "realtime.response", "status": "completed", "output": output}
    text = json.dumps({"event_id": "e", "response": response, "type": "response.done"})
    answer = fused(text, "openai-ga", "azure")
    assert answer == neutral(text, "openai-ga", "azure")
    paths = ["$.response.output[1].content[0].audio", "$.response.output[2].content[1].audio"]
    assert not isinstance(answer, str)
    assert [loss.path for loss in answer[1]] == paths


@pytest.mark.parametrize("target", ["azure", "openai", "openai-ga"])
@pytest.mark.parametrize(
    ("role", "part"),
    [
        ("user", {"type": "input_text", "text": "hi"}),  # the part's function, called by the message's
        ("assistant", {"type": "text", "text": "hi"}),
        ("user", {"type": "text", "text": "no"}),  # a part the role does not take
        ("user", {"type": "input_image", "image_url": "data:image/png;base64,AA=="}),  # lost in some
        ("user", {"type": "no_such_part"}),
        ("user", {"text": "no type"}),
        ("user", "not an object"),
        ("user", ["a", "list"]),
        ("user", {"type": ["unhashable"]}),
        ("robot", {"type": "input_text", "text": "no such role"}),
    ],
)
def test_a_message_of_one_part_takes_the_part_s_function_or_the_list_s_to_the_neutral_answer(
    target: str, role: str, part: Any
) -> None:
    # A list of one element is taken by its holder's function, which calls the element's own
    # (Values.single); anything else there goes to the list's function, then to the neutral path.
    item = {"type": "message", "role": role, "content": [part]}
    for text in (
        json.dumps({"item": item, "type": "conversation.item.create"}),
        json.dumps({"response": {"input_items": [item]}, "type": "response.create"}),
    ):
        assert fused(text, "azure", target) == neutral(text, "azure", target), text


@pytest.mark.parametrize("target", ["azure", "openai", "openai-ga"])
@pytest.mark.parametrize(
    "tool",
    [
        {"type": "function", "name": "f", "description": "d", "parameters": {"type": "object"}},  # every key
        {"type": "function", "name": "f", "description": None, "parameters": {"type": "object"}},  # one null
        {"type": "function", "name": "f", "description": "d", "bogus": 1},  # one undeclared instead
        {"type": "function", "name": "f", "description": 3, "parameters": {}},  # one wrong
        {"type": "function", "name": "f", "parameters": {}},  # not every key
    ],
)
def test_objects_holding_every_optional_key_get_the_neutral_answer(target: str, tool: dict[str, Any]) -> None:
    # An object holding every optional key of its class, none null, is read and written in a
    # branch of its own (_fuse.py, _every_key); anything else goes on to the general lines.
    text = json.dumps({"response": {"tools": [tool]}, "type": "response.create"})
    assert fused(text, "azure", target) == neutral(text, "azure", target)


def test_objects_holding_other_sets_of_keys_get_the_neutral_answer_through_functions_of_their_own() -> None:
    # response.create's response may hold any of 17 keys: the fused path keeps a function per set of
    # keys met (up to 32), whatever their order, and the general function serves the rest.
    full = json.loads((FIXTURES / "azure" / "response.create" / "full.json").read_text())["response"]
    chosen = random.Random(7)
    for _ in range(50):  # more sets than a class keeps functions for, in random orders
        keys = chosen.sample(sorted(full), chosen.randint(1, len(full)))
        text = json.dumps({"type": "response.create", "response": {key: full[key] for key in keys}})
        for target in names():
            assert fused(text, "azure", target) == neutral(text, "azure", target), (keys, target)
    functions = translation("azure", "openai-ga")._namespace.globals
    made = [name for name in functions if re.fullmatch(r"fuse_ResponseCreateParams__keys_[0-9a-f]+", name)]
    assert 1 < len(made) <= 32


def test_the_first_needed_value_names_a_lost_object_on_both_paths() -> None:
    # Both token details lack what Azure needs: the usage is lost for the first of them, in wire order.
    usage = rd.ResponseUsage(
        total_tokens=0,
        input_tokens=0,
        output_tokens=0,
        input_token_details=rd.model.InputTokenDetails(),
        output_token_details=rd.model.OutputTokenDetails(),
    )
    text = rd.OPENAI.dumps(rd.ResponseDoneEvent(event_id="e", response=rd.Response(usage=usage)))
    fused = rd.translate_with_losses(text, read="openai", write="azure")
    neutral = rd.AZURE.dumps(rd.OPENAI.loads(text), on_unsupported="drop"), rd.AZURE.losses(rd.OPENAI.loads(text))
    assert fused == neutral
    assert fused[1][-1].reason == "azure needs 'cached_tokens' here, and it is not set"


def _problems(text: str, source: str, target: str) -> list[tuple[str, str]]:
    with pytest.raises(rd.InvalidPayloadError) as raised:
        rd.translate(text, read=source, write=target, on_unsupported="drop")
    return [(problem.path, problem.message) for problem in raised.value.problems]


@pytest.mark.parametrize("target", ["openai", "openai-ga"])
def test_an_invalid_event_the_target_has_no_form_for_is_invalid_not_unsupported(target: str) -> None:
    # The target needs a usage Azure does not report, so the event cannot be written; but a bad
    # value in a list the write phase would have handed on is named first, as the neutral path names it.
    event = json.loads((FIXTURES / "azure" / TRANSCRIBED / "phrases_logprobs.json").read_text())
    with pytest.raises(rd.UnsupportedError, match=f"{target} needs 'usage' here"):
        rd.translate(json.dumps(event), read="azure", write=target, on_unsupported="drop")
    event["logprobs"][1]["bytes"][2] = "x"
    text = json.dumps(event)
    assert fused(text, "azure", target) == neutral(text, "azure", target)
    assert _problems(text, "azure", target) == [("$.logprobs[1].bytes[2]", "expected an integer, got string 'x'")]


def test_an_invalid_value_beside_the_one_that_loses_its_object_is_invalid_not_a_loss() -> None:
    # Azure needs a count this usage does not report: the usage is lost at its input token details,
    # before its output token details are written, and a bad value there is named all the same.
    event = json.loads((FIXTURES / "openai/response.done/every_item.json").read_text())
    del event["response"]["usage"]["input_token_details"]["cached_tokens"]
    assert rd.translate_with_losses(json.dumps(event), read="openai", write="azure")[1][0].path == "$.response.usage"
    event["response"]["usage"]["output_token_details"]["audio_tokens"] = 1.5
    text = json.dumps(event)
    assert fused(text, "openai", "azure") == neutral(text, "openai", "azure")
    path = "$.response.usage.output_token_details.audio_tokens"
    assert _problems(text, "openai", "azure") == [(path, "expected an integer, got 1.5")]


def test_an_object_lost_as_a_whole_reports_nothing_its_later_values_lose() -> None:
    # The usage is lost at its input token details; its output token details, written after them,
    # hold a key the SDK does not declare, a loss Azure would report: not once the usage is lost.
    event = json.loads((FIXTURES / "openai/response.done/every_item.json").read_text())
    del event["response"]["usage"]["input_token_details"]["cached_tokens"]
    event["response"]["usage"]["output_token_details"]["undeclared"] = 1
    text = json.dumps(event)
    assert fused(text, "openai", "azure") == neutral(text, "openai", "azure")
    losses = rd.translate_with_losses(text, read="openai", write="azure")[1]
    assert [loss.path for loss in losses] == ["$.response.usage"]


@pytest.mark.parametrize(
    "delta",
    [
        "AAAA",
        "plain text: with {braces}, 'quotes' & <marks>",
        "caf\u00e9",
        "del\x7f",
        "tab\there",
        'a "quote"',
        "line\u2028separator",  # a line end to JavaScript, none to JSON
        "\U0001f600 astral",
    ],
)
def test_flat_events_are_written_as_the_target_encoder_writes_them(delta: str) -> None:
    # The fused path writes a flat event's text itself when read without a backslash, for
    # Azure's and .NET's encoders only while its strings are ASCII without DEL; anything else
    # goes through the target's encoder. Both give the same bytes.
    event = rd.ResponseOutputAudioTranscriptDeltaEvent(
        event_id="e1", response_id="r1", item_id="i1", output_index=0, content_index=3, delta=delta
    )
    for source in names():
        text = rd.dialect(source).dumps(event)
        for target in names():
            expected = rd.dialect(target).dumps(rd.dialect(source).loads(text))
            assert rd.translate(text, read=source, write=target) == expected, (source, target)
            assert rd.translate(text.encode(), read=source, write=target) == expected, (source, target)
            # A session sends the second event of a type and on straight through the fused path.
            lines = [text.encode(), text.encode(), text]
            assert list(rd.translate_session(lines, read=source, write=target)) == [expected] * 3
