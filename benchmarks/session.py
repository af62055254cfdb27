"""A realistic voice session in each dialect, for benchmarks that translate whole sessions.

``session(dialect, seconds)`` yields a voice conversation as JSON Lines (one event per item, as
bytes ending in ``\\n``; ``b"".join(...)`` is the log file): the microphone's
``input_audio_buffer.append`` 50 times a second for the whole session, the assistant's audio 50
deltas per second of speech, and around them what a real session has — turns every few seconds
(speech started/stopped, committed, the conversation item events of the dialect, input
transcription deltas and completion, ``response.created``/``done`` with usage, output item and
content part events, transcript deltas, rate limits), now and then a function call round trip
or the user talking over an answer (cancel, clear, truncate).

It is played by the engine that writes the recorded sessions, ``tests/_fixtures_sessions.py``:
every event is built with the dialect's SDK models (Azure ``json.dumps(Model(...).as_dict())``,
GA and beta ``model_dump_json(exclude_none=True)``) or, for the beta client events OpenAI-DotNet
writes, by its serializer rules — so the bytes are exactly the dialect's. Same arguments, same
bytes (everything is seeded). ``write_logs`` writes many such logs of varying length, for the
scale-out benchmark.

    python benchmarks/session.py azure                   # size and generation time of 120 s
    python benchmarks/session.py openai-ga --out s.jsonl # and write it
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import random
import sys
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ENGINE = HERE.parent / "tests" / "_fixtures_sessions.py"

SAMPLE_RATE = 24000
# Audio travels in 20 ms chunks of 24 kHz 16-bit mono PCM (the APIs' "pcm16"/"audio/pcm"), both
# ways. 20 ms is the frame of real-time audio stacks (WebRTC and Opus frames, telephony media
# streams, browser capture loops), so a client appends 50 times a second; it is also the smallest
# chunk a server streams, which makes the session's event count an honest upper bound. A chunk is
# 24000 × 0.020 = 480 samples × 2 bytes = 960 bytes, and 960 / 3 × 4 = 1280 base64 characters.
CHUNK_MS = 20
CHUNK_BYTES = SAMPLE_RATE * CHUNK_MS // 1000 * 2

INSTRUCTIONS = (
    "You are the voice concierge of a city hotel. Answer briefly and warmly. Use get_weather for "
    "weather questions and book_table to reserve restaurants."
)
#: What the user says.
QUESTIONS = [
    "Hi, can you hear me?",
    "What time is breakfast served tomorrow?",
    "Is there a pharmacy close to the hotel?",
    "Can you recommend a quiet place for dinner tonight?",
    "How do I get to the main train station from here?",
    "Does the gym open before six in the morning?",
    "I'd like a late checkout on Sunday, is that possible?",
    "What's the best way to get to the airport on a Monday morning?",
    "Are there any museums open late on Thursdays?",
    "Can I leave my luggage at the front desk after checking out?",
    "Thanks, that's really helpful.",
    "One more thing, is the rooftop bar open tonight?",
]
#: What the assistant says back.
ANSWERS = [
    "Yes, loud and clear. How can I help you today?",
    "Breakfast is served from half past six until ten in the restaurant on the ground floor.",
    "There is a pharmacy two blocks north, on the corner of the square. It opens at eight.",
    "I'd suggest Lumen, a small bistro by the river. It's quiet, and the fish is excellent.",
    "The quickest way is the tram line four from the stop in front of the hotel. It takes about twelve minutes, "
    "and you can buy a ticket from the machine at the stop.",
    "The gym opens at half past five every day, and you can use your room key to get in.",
    "Late checkout on Sunday is possible until two in the afternoon. I've noted it on your booking.",
    "On a Monday morning the train is the safest bet: it leaves every fifteen minutes from the main station and "
    "takes about twenty-five minutes, while a taxi can easily take twice as long in the morning traffic.",
    "The city museum and the modern art gallery both stay open until nine on Thursdays.",
    "Of course. The front desk will keep your luggage for the whole day, just ask for a tag.",
    "You're welcome! Let me know if there's anything else.",
    "The rooftop bar is open tonight from six until midnight, and there is live music after nine.",
]
#: (question, tool, arguments, result, answer)
CALLS = [
    (
        "What's the weather going to be like this afternoon?",
        "get_weather",
        '{"city":"Lisbon"}',
        '{"temp_c":23,"sky":"partly cloudy","rain_chance":0.1}',
        "It'll be partly cloudy and around 23 degrees this afternoon, with little chance of rain.",
    ),
    (
        "Could you book a table for two at Lumen at eight?",
        "book_table",
        '{"restaurant":"Lumen","time":"20:00","people":2}',
        '{"confirmed":true,"reference":"LM-4821"}',
        "Done. Your table for two at Lumen is booked for eight o'clock, reference L M 4 8 2 1.",
    ),
    (
        "Will I need an umbrella tomorrow morning?",
        "get_weather",
        '{"city":"Lisbon","when":"tomorrow morning"}',
        '{"temp_c":17,"sky":"light rain","rain_chance":0.7}',
        "Yes, take one: light rain is likely tomorrow morning, and it will be about 17 degrees.",
    ),
]
#: (question, long answer that gets interrupted, what the user says over it, short answer)
INTERRUPTIONS = [
    (
        "Tell me about the old town.",
        "The old town grew around the castle hill in the twelfth century. Its narrow streets still follow the "
        "medieval plan, and most of the houses you see today were rebuilt after the great earthquake.",
        "Sorry, just tell me where to start the walk.",
        "Start at the cathedral square; the walking route is signposted from there.",
    ),
    (
        "What can we do with kids this weekend?",
        "There's a lot to choose from. The aquarium is one of the largest in Europe, the science museum has hands-on "
        "exhibits for all ages, and on Saturday there's a puppet theatre in the park.",
        "The aquarium sounds great, how do we get there?",
        "Take the metro red line to the last stop; the aquarium is a five-minute walk from the exit.",
    ),
]

WORDS_PER_SECOND = 2.7  # speaking rate, both sides


@cache
def engine() -> ModuleType:
    """``tests/_fixtures_sessions.py``, loaded by path (it is not part of the installed package)."""
    spec = importlib.util.spec_from_file_location("_fixtures_sessions", ENGINE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_fixtures_sessions"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _spoken(text: str, rng: random.Random) -> float:
    return round(max(0.8, len(text.split()) / WORDS_PER_SECOND * rng.uniform(0.9, 1.15)), 2)


def conversation(dialect: str, seconds: float = 120.0, seed: int = 0) -> Any:
    """The :class:`Conversation` of a voice session ``seconds`` long, every event scheduled."""
    g = engine()
    rng = random.Random(seed)
    c = g.Conversation(g.wire(dialect, seed), chunk_ms=CHUNK_MS, chunk_bytes=CHUNK_BYTES, seed=seed)
    c.connect(0)
    # interrupt_response off: when the user talks over an answer, the client cancels it.
    c.configure(160, g.Setup(INSTRUCTIONS, tools=(g.WEATHER, g.BOOKING), interrupt_response=False))
    c.mic_origin = 400
    end = round(seconds * 1000)
    t = c.mic_origin + rng.randint(500, 1500)
    questions, answers = list(range(len(QUESTIONS))), 0
    rng.shuffle(questions)
    for exchange in itertools.count():
        # Mostly questions and answers; every fourth exchange a tool call, every sixth an interruption.
        kind = "call" if exchange % 4 == 2 else "interruption" if exchange % 6 == 4 else "answer"
        if kind == "answer":
            index = questions[answers % len(questions)]
            answers += 1
            question, answer = QUESTIONS[index], ANSWERS[index]
            heard, said = _spoken(question, rng), _spoken(answer, rng)
            if t + (heard + said + 1.6) * 1000 > end:
                break
            turn = c.user_speaks(t, heard, question)
            done = c.respond(turn.response_at, answer, seconds=said).end
        elif kind == "call":
            question, tool, arguments, result, answer = rng.choice(CALLS)
            heard, said = _spoken(question, rng), _spoken(answer, rng)
            if t + (heard + said + 3.0) * 1000 > end:
                break
            turn = c.user_speaks(t, heard, question)
            call = c.respond(turn.response_at, call=(tool, arguments))
            ran = call.end + rng.randint(150, 900)  # the app runs the tool
            c.create_item(ran, g.FunctionOutput(call.call.call_id, result))
            c.request(ran + 2, g.Request())
            done = c.respond(ran + 60, answer, seconds=said).end
        else:
            question, long_answer, over, answer = rng.choice(INTERRUPTIONS)
            heard, again, said = _spoken(question, rng), _spoken(over, rng), _spoken(answer, rng)
            if t + (heard + 3.5 + again + said + 2.2) * 1000 > end:
                break
            turn = c.user_speaks(t, heard, question)
            barge = turn.response_at + rng.randint(2000, 3500)
            c.respond(turn.response_at, long_answer, seconds=_spoken(long_answer, rng), cancel_at=barge + 200)
            turn = c.user_speaks(barge, again, over)
            done = c.respond(turn.response_at, answer, seconds=said).end
        t = done + rng.randint(700, 2500)
    c.stream(c.mic_origin, end)
    return c


def session(dialect: str, seconds: float = 120.0, seed: int = 0) -> Iterator[bytes]:
    """A voice session of ``seconds`` in ``dialect``, one event per item: the JSON text and ``\\n``, as bytes."""
    for line in conversation(dialect, seconds, seed).lines():
        yield line.encode("utf-8") + b"\n"


def write_logs(directory: str | Path, dialect: str, total_mb: float, seed: int = 0) -> list[Path]:
    """Session logs of varying length (20 s to 5 min) in ``directory`` until they hold ``total_mb`` MB (10⁶ bytes).

    Files are ``<dialect>-NNNNN.jsonl``; each is :func:`session` with its own length and seed. Returns their paths.
    """
    rng = random.Random(seed)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written, paths = 0, []
    while written < total_mb * 1_000_000:
        # Most calls are short, a few are long.
        seconds = round(min(300.0, max(20.0, rng.lognormvariate(4.2, 0.6))), 1)
        path = directory / f"{dialect}-{len(paths):05d}.jsonl"
        with path.open("wb") as out:
            for line in session(dialect, seconds, seed=rng.randrange(2**32)):
                out.write(line)
                written += len(line)
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dialect", choices=("azure", "openai-ga", "openai"))
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="write the session here")
    args = parser.parse_args()
    start = time.perf_counter()
    lines = list(session(args.dialect, args.seconds, args.seed))
    elapsed = time.perf_counter() - start
    size = sum(map(len, lines))
    print(f"{args.dialect}: {len(lines)} events, {size / 1e6:.2f} MB for {args.seconds:g} s, built in {elapsed:.2f} s")
    if args.out:
        args.out.write_bytes(b"".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
