"""Things with a start and an end in one text (figures, statements, entities, claims),
sorted once and asked which of them lie inside or overlap a stretch of it.

Why: l58 and p59 found five places that scanned every figure, entity or claim of an
article for each sentence or claim, which made one long article cost its length squared;
each grew its own bisection with its own stopping rule. (lead60) One index with two
questions, each answering exactly what the full scan answered, in the order of the text
(ties in the order given)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Generic, Iterable, TypeVar

T = TypeVar("T")


class SortedSpans(Generic[T]):
    def __init__(self, items: Iterable[T], start: Callable[[T], int], end: Callable[[T], int]):
        self.items = sorted(items, key=start)  # stable: ties keep the order given
        self.starts = [start(x) for x in self.items]
        self.ends = [end(x) for x in self.items]
        # Only an item starting less than the longest length before a stretch can reach it.
        self.longest = max((e - s for s, e in zip(self.starts, self.ends)), default=0)

    def starting_within(self, lo: int, hi: int) -> list[T]:
        """Items with lo <= start <= hi."""
        return self.items[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]

    def inside(self, lo: int, hi: int) -> list[T]:
        """Items with lo <= start and end <= hi."""
        first, last = bisect_left(self.starts, lo), bisect_right(self.starts, hi)
        return [self.items[i] for i in range(first, last) if self.ends[i] <= hi]

    def overlapping(self, lo: int, hi: int) -> list[T]:
        """Items sharing a position with [lo, hi): start < hi and lo < end."""
        first, last = bisect_left(self.starts, lo - self.longest), bisect_left(self.starts, hi)
        return [self.items[i] for i in range(first, last) if lo < self.ends[i]]
