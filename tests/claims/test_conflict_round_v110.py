"""Round v110: a promise to keep a whole, against a later count of its members removed or
ended (docs/conflicts.md, "Round v110"). Sentences written for these tests, not the gold;
each near miss must stay silent.

The promise ("would keep all of its 450 acres of vineyards", "Every tenant's lease will
be honoured in full") and the report months later ("it would clear 120 acres of
vineyards", "14 tenants had been sent notices ending their leases") share the whole's noun
but no denied or lost thing (`claims.conflicts.whole_promises`, `_Wording.opposed_to`'s
v110 block). A hedged promise, a report told before the promise, a count removed in a year
before it, a count on track and a count of another thing stay silent."""

from __future__ import annotations

from datetime import date

from claims.conflicts.numeric import _widen, measure_head
from claims.conflicts.whole_promises import kept_wholes, parts_removed
from claims.models import Quantity
from tests.claims.test_figure_roles import _claim_pairs as _contradictions

PROMISE = ("Dunmarsh Wines has bought the Pellow Ridge estate. Its chief executive, Orla Fenwick, said the company "
           "would keep all of the estate's 450 acres of vineyards.")
CLEARED = ("Dunmarsh Wines, which bought the Pellow Ridge estate in the spring, said on Tuesday it would clear 120 "
           "acres of vineyards at Pellow Ridge because the grapes no longer suited its sparkling wines. Orla Fenwick, "
           "its chief executive, said the estate's winery would stay open.")
HOPED = ("Dunmarsh Wines has bought the Pellow Ridge estate. Its chief executive, Orla Fenwick, said the company "
         "hoped to keep all of the estate's 450 acres of vineyards.")
EARLIER = ("Dunmarsh Wines, which bought the Pellow Ridge estate in the spring, said the estate's previous owner "
           "had cleared 120 acres of vineyards at Pellow Ridge in 2024 because the grapes no longer suited its wines. "
           "Orla Fenwick, its chief executive, said the estate's winery would stay open.")
LEASES = ("The Harbour Trust has taken over Quayside Arcade. \"Every tenant's lease will be honoured in full, to the "
          "end of its term,\" its chairman, Idris Pallant, said.")
ENDED = ("Fourteen tenants at Quayside Arcade had been sent notices in May ending their leases in 2027, the "
         "arcade's traders' association said. The Harbour Trust, which took over Quayside Arcade in January, said "
         "its chairman, Idris Pallant, would meet the tenants.")
ON_TRACK = ("The Harbour Trust said 14 tenants at Quayside Arcade had moved to new units so far, with the rest "
            "to follow by June, ending their old leases.")
OTHER = ("The Harbour Trust said it would close 3 car parks near Quayside Arcade to build flats, the arcade's "
         "traders' association said.")


def _found(pairs, promise, report):
    return any(any(promise in t for t in p) and any(report in t for t in p) for p in pairs)


def test_a_promise_to_keep_all_acres_and_a_later_clearance(nlp):
    pairs = _contradictions(nlp, (PROMISE, "Ridge Courier", date(2026, 2, 3)), (CLEARED, "Vine Trade", date(2026, 7, 8)))
    assert _found(pairs, "keep all of the estate's 450 acres", "120 acres")


def test_every_lease_honoured_and_a_later_count_ended(nlp):
    pairs = _contradictions(nlp, (LEASES, "Quay Echo", date(2026, 1, 12)), (ENDED, "Retail Week North", date(2026, 6, 2)))
    assert _found(pairs, "lease will be honoured", "Fourteen tenants")


def test_near_miss_a_hoped_keeping(nlp):
    pairs = _contradictions(nlp, (HOPED, "Ridge Courier", date(2026, 2, 3)), (CLEARED, "Vine Trade", date(2026, 7, 8)))
    assert not _found(pairs, "keep all of the estate's 450 acres", "120 acres")


def test_near_miss_the_clearance_told_before_the_promise(nlp):
    pairs = _contradictions(nlp, (CLEARED, "Vine Trade", date(2026, 1, 8)), (PROMISE, "Ridge Courier", date(2026, 2, 3)))
    assert not _found(pairs, "keep all of the estate's 450 acres", "120 acres")


def test_near_miss_a_clearance_in_a_year_before_the_promise(nlp):
    pairs = _contradictions(nlp, (PROMISE, "Ridge Courier", date(2026, 2, 3)), (EARLIER, "Vine Trade", date(2026, 7, 8)))
    assert not _found(pairs, "keep all of the estate's 450 acres", "120 acres")


def test_near_miss_a_count_on_track_and_a_count_of_another_thing(nlp):
    pairs = _contradictions(nlp, (LEASES, "Quay Echo", date(2026, 1, 12)), (ON_TRACK, "Retail Week North", date(2026, 6, 2)))
    assert not _found(pairs, "lease will be honoured", "14 tenants")
    pairs = _contradictions(nlp, (LEASES, "Quay Echo", date(2026, 1, 12)), (OTHER, "Retail Week North", date(2026, 6, 2)))
    assert not _found(pairs, "lease will be honoured", "3 car parks")


def test_the_promise_reading():
    assert kept_wholes("the board would keep all of its 30 branches")
    assert kept_wholes("Every member's pension will be protected")
    assert kept_wholes("All of the mill's looms will continue to run")
    assert not kept_wholes("the board hopes to keep all of its 30 branches")  # a hope
    assert not kept_wholes("the board aims to keep every branch")
    assert not kept_wholes("the board would not keep all of its 30 branches")  # negated
    assert not kept_wholes("the board kept all of its 30 branches last year")  # no promise
    assert not kept_wholes("the board would keep all 30 branches if the sale goes through")  # a condition


def _heads(q):
    return _widen(measure_head(q))


def test_the_removal_reading():
    q = Quantity(value=40.0, unit="count", surface="40", measure="branch", start_char=0, end_char=2)
    assert parts_removed("the bank closed 40 branches in the spring", [q], _heads)
    assert parts_removed("40 branches were closed in the spring", [q], _heads)
    assert not parts_removed("the bank may close 40 branches", [q], _heads)  # a possibility
    assert not parts_removed("the bank did not close 40 branches", [q], _heads)  # negated
    assert not parts_removed("40 branches were closed so far, the rest by June", [q], _heads)  # on track
    assert not parts_removed("the bank opened 40 branches", [q], _heads)  # no removal
