"""SortedSpans answers exactly what a scan of every span answers (lead60: five l58/p59
bisections folded into one index; a wrong stopping rule would drop or add spans silently)."""

import random

from claims.spans import SortedSpans


def _spans(seed: int, n: int = 60) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s = rng.randrange(0, 200)
        out.append((s, s + rng.randrange(0, 40)))
    return out


def test_each_question_matches_the_full_scan_in_text_order():
    for seed in range(30):
        spans = _spans(seed)
        index = SortedSpans(spans, start=lambda x: x[0], end=lambda x: x[1])
        in_order = sorted(spans, key=lambda x: x[0])
        rng = random.Random(seed + 1000)
        for _ in range(50):
            lo = rng.randrange(-10, 230)
            hi = lo + rng.randrange(0, 60)
            assert index.starting_within(lo, hi) == [x for x in in_order if lo <= x[0] <= hi]
            assert index.inside(lo, hi) == [x for x in in_order if lo <= x[0] and x[1] <= hi]
            assert index.overlapping(lo, hi) == [x for x in in_order if x[0] < hi and lo < x[1]]


def test_touching_spans_do_not_overlap_but_a_start_at_the_edge_is_within():
    index = SortedSpans([(0, 5), (5, 9), (9, 12)], start=lambda x: x[0], end=lambda x: x[1])
    assert index.overlapping(5, 9) == [(5, 9)]
    assert index.starting_within(5, 9) == [(5, 9), (9, 12)]
    assert index.inside(5, 9) == [(5, 9)]
