"""Broken variants of a valid event's text, from shallow to pathological, for the tests of bad input.

``mutations(text, rng)``: a value anywhere in the tree replaced by one of :data:`REPLACEMENTS`, a
key or element deleted, an object given an unknown key and type, a value nested thousands deep,
and texts that are no valid JSON at all (truncated, NaN, duplicate keys, invalid UTF-8, a lone
surrogate). Seeded by the caller's ``rng``: the same variants every run.
"""

from __future__ import annotations

import json
import random
from typing import Any


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths(child, (*prefix, index))
    return found


def replace(root: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    parent = root
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return root


REPLACEMENTS: list[Any] = [
    None,
    True,
    0,
    -1,
    2**70,
    1.5,
    "",
    "x",
    [],
    {},
    [1, "a"],
    {"type": "bogus"},
    {"unknown": 1},
    "x" * 1_000_000,
]


def mutations(text: str, rng: random.Random) -> list[str | bytes]:
    data = json.loads(text)
    where = paths(data)
    out: list[str | bytes] = []
    for _ in range(12):
        copy = json.loads(text)
        path = rng.choice(where)
        out.append(json.dumps(replace(copy, path, rng.choice(REPLACEMENTS))))
    for path in rng.sample(where, min(4, len(where))):
        if path:  # delete a key or element
            copy = json.loads(text)
            parent = copy
            for step in path[:-1]:
                parent = parent[step]
            del parent[path[-1]]
            out.append(json.dumps(copy))
        copy = json.loads(text)
        container = copy
        for step in path:
            container = container[step]
        if isinstance(container, dict):
            container["injected_key"] = 1
            container["type"] = "not_a_known_type"
            out.append(json.dumps(copy))
    copy = json.loads(text)
    deep = json.dumps(replace(copy, rng.choice(where), "DEEP"))
    out.append(deep.replace('"DEEP"', "[" * 3000 + "]" * 3000, 1))
    out += [
        text[: rng.randrange(len(text))],  # truncated
        text.replace(":", ': NaN, "k":', 1),  # NaN literal
        text.replace("{", '{"type": "a", "type": "b", ', 1),  # duplicate keys
        text.encode()[:5] + b"\xff\xfe" + text.encode()[5:],  # invalid UTF-8
        "[" * 5000 + "]" * 5000,
        "[]",
        "1",
        '"x"',
        "null",
        "",
        "\ud800",
    ]
    return out
