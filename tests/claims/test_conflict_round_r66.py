"""Round r66: judged-false numeric pairs of the fresh reviews (docs/review_g65.md, "Every
conflict of the first run"), grouped by cause. Sentences written for these tests, not the
review's articles.

a. A count of stand-ins ("12 temporary laboratories had been ordered") is never one measure
   with a count of the thing itself ("16 laboratories were out of use"): the stand-ins are
   brought for the thing (`numeric._stand_in`, conflict_stand_in_words.txt).
b. A bounded figure told after a share or a count in its clause ("fewer than 3% of seats
   sold for more than £150") is the share's threshold, it measures nothing: never compared
   with a plain price ("advertised from £45"), still with a bound for all ("within four
   miles") (`numeric._share_threshold`, `numeric._bounded`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.numeric import _stand_in
from claims.models import ConflictKind, Quantity
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)


def _numeric(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.NUMERIC]


# --- a. stand-ins -------------------------------------------------------------------------------

def _count(measure):
    return Quantity(surface="12", start_char=0, end_char=2, value=12.0, unit="count", measure=measure)


def test_a_stand_in_words():
    assert _stand_in(_count("temporary laboratory"))
    assert _stand_in(_count("replacement bus"))
    assert _stand_in(_count("replacement"))  # "6,000 replacements had been sent"
    assert not _stand_in(_count("laboratory"))
    assert not _stand_in(_count("science laboratory"))


def test_a_stand_ins_are_not_the_thing_they_stand_in_for(nlp):
    a = "The union said 16 laboratories were out of use after the flood at the college."
    b = "The college said 12 temporary laboratories had been ordered after the flood."
    assert not _numeric(nlp, a, b)


def test_a_portable_units_against_the_whole(nlp):
    a = "The college said 9 of its 40 laboratories had been closed after the flood, the principal said."
    b = "The college has ordered 12 portable laboratories, which will arrive within a month."
    assert not _numeric(nlp, a, b)


def test_a_two_counts_of_the_thing_still_conflict(nlp):
    # near miss: the bare head against the bare head
    a = "The union said 16 laboratories were out of use after the flood at the college."
    b = "The college said 9 laboratories were out of use after the flood."
    assert _numeric(nlp, a, b)


def test_a_two_counts_of_stand_ins_still_conflict(nlp):
    # near miss: stand-ins against stand-ins
    a = "The union said 16 temporary laboratories had been ordered after the flood at the college."
    b = "The college said 12 temporary laboratories had been ordered after the flood."
    assert _numeric(nlp, a, b)


# --- b. a share's threshold ---------------------------------------------------------------------

def test_b_a_shares_threshold_is_no_price(nlp):
    a = "Seats for the final had been advertised from £45, the club said on Monday."
    b = "The club's own figures show that fewer than 3% of seats for the final sold for more than £150."
    assert not _numeric(nlp, a, b)


def test_b_a_bounded_price_still_conflicts(nlp):
    # near miss: the bound is the price itself, no share before it
    a = "The cheapest seats for the final had been advertised at £45, the club said on Monday."
    b = "The supporters' trust said the cheapest seats for the final cost more than £150."
    assert _numeric(nlp, a, b)


def test_b_a_threshold_after_a_count(nlp):
    lead = "The cup final at Brannock Park sold out in a day. "
    a = lead + "Terrace seats had been advertised from £45."
    b = lead + "The supporters' trust estimates that about 9,000 terrace seats sold for more than £150."
    assert not _numeric(nlp, a, b)


def test_b_a_threshold_still_breaks_a_bound_for_all(nlp):
    # near miss: the threshold against a promise for every thing counted
    lead = "The health board is to close 30 village surgeries across the county. "
    a = lead + "The board said every village losing a surgery would be within four miles of another surgery."
    b = lead + "A patients' group found that 11 of the villages would be more than eight miles from the nearest surgery."
    assert _numeric(nlp, a, b)
