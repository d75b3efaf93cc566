"""Results of pure functions of a text, remembered for the length of one run of the
conflict rules (`remembering_texts`) and forgotten after it.

A store's claims repeat their texts (the claims of one sentence, wire copy across
outlets), and the rules ask the same question of a text again for every candidate it
meets: on the 1,000-article benchmark corpus 29,000 claims hold 5,800 distinct texts.
Nothing is remembered outside a run, so no memory lives on between runs, and a long-lived
process (the flow, the tests) does not keep texts it has long finished with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, wraps
from typing import TypeVar

# How many texts each memoised function remembers: bounded so that a 10,000-article store
# does not keep every text's results. An entry costs ~330 bytes (key, value, LRU link), so
# the seven functions hold ~38 MB at most; on the 1,000-article corpus (52,000 entries at
# most, 17 MB) this size loses 2,000 of 1.1 million hits.
TEXT_MEMO_SIZE = 16384
# Longer texts (an article's sentences joined, for the story index) are computed afresh:
# each is asked once, and its result is large (a whole article's stems, ~8 KB).
TEXT_MEMO_MAX_CHARS = 2000

R = TypeVar("R")
_memos: list = []
_depth = 0


@contextmanager
def remembering_texts() -> Iterator[None]:
    """Within it, functions made with `memoised_per_text` remember their results."""
    global _depth
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if not _depth:
            for memo in _memos:
                memo.cache_clear()


def remembering() -> bool:
    """Within `remembering_texts`: what a rule keeps of a run (p59: each article's claims
    sorted by where they start) may be kept until it ends."""
    return _depth > 0


def per_list_memo() -> "PerList":
    """(p59) An index built of a list of claims, kept for that list object within
    `remembering_texts` and built afresh outside it (`PerList`)."""
    memo = PerList()
    _memos.append(memo)
    return memo


class PerList:
    """(p59) `of(items, build)`: `build(items)`, built once per list object in a run (the
    rules hand the same article list to every rejection of the article; an index of it
    built per rejection made a long article cost its length squared). The list is held
    with its index, so its id names no other list while kept; a list grown or shrunk since
    is indexed again. Forgotten when the run ends, like the texts' answers."""

    def __init__(self) -> None:
        self.kept: dict[int, tuple[list, int, object]] = {}

    def of(self, items: list, build: Callable[[list], R]) -> R:
        if not _depth:
            return build(items)
        hit = self.kept.get(id(items))
        if hit is None or hit[0] is not items or hit[1] != len(items):
            hit = (items, len(items), build(items))
            self.kept[id(items)] = hit
        return hit[2]  # type: ignore[return-value]

    def cache_clear(self) -> None:
        self.kept.clear()


def memoised_per_text(function: Callable[[str], R]) -> Callable[[str], R]:
    """`function` of one text, remembered within `remembering_texts`, computed every time
    outside it. Only for pure functions whose results are immutable: the object given back
    is the one computed for the same text the first time, so results are the same as
    computed afresh, in the iteration order of a set too."""
    memo = lru_cache(maxsize=TEXT_MEMO_SIZE)(function)
    _memos.append(memo)

    @wraps(function)
    def call(text: str) -> R:
        return memo(text) if _depth and len(text) <= TEXT_MEMO_MAX_CHARS else function(text)

    return call
