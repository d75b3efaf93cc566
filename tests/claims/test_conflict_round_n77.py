"""Round n77, numeric recall on fresh text: a later review names the figure it replaces
("..., not the 310 the company had reported"), but p62's `_replaced_figure` did not read it
when (a) a span of time stood between the two figures ("fell by 27% over ten years, not
40%"), (b) the sentence was split into two claims and the named figure sat in the second
("found 1,150 claims unpaid, | not the 310 the company had reported, worth £163,000"), or
(c) the named figure left out the unit, the rate or the kind of the one replacing it
("20,400 vehicles a day ..., not 18,000"; "£890 a week, not the £1,020 that had been
reported"; "fell by 3% ..., not the 15%"). Months apart, such pairs were then held apart
as two time frames. Sentences written for these tests, not the gold."""

from __future__ import annotations

from datetime import date

import claims.conflicts.numeric as numeric
from claims.conflicts.numeric import _in_replacers_unit, _replaced_figure
from tests.claims.test_figure_roles import _claims, _numeric

MARCH, OCTOBER = date(2026, 3, 10), date(2026, 10, 6)
LEAD = "The county's housing association has faced questions over repairs. "

POOLS = LEAD + "The council said visits to its swimming pools had fallen by 35% in eight years."
POOLS_AUDIT = LEAD + ("An audit published on Monday found that visits to the county's swimming pools had fallen by "
                      "18% over eight years, not 35%.")

COMPLAINTS = LEAD + "The council said complaints had fallen by 20% in three years."
# (s83 keeps "A, X says, not the N Y had claimed" in one claim; "according to X, not ..." is
# still split in two)
COMPLAINTS_REVIEW = LEAD + ("Complaints fell by 4% over three years, according to the ombudsman, not the 20% the council "
                            "had claimed.")

CARS = LEAD + "The council said about 9,000 cars a day used the bridge before the closure."
CARS_SURVEY = LEAD + "A survey by traders found that 12,500 cars a day used the bridge before the closure, not 9,000."

FEES = LEAD + "The landlord said it paid contractors £420 a week for each empty flat."
FEES_REVIEW = LEAD + ("The inspection found the landlord paid contractors £610 a week for each empty flat, not the £420 "
                      "that had been reported.")


def _later(nlp, early, late):
    return _numeric(nlp, early, late, MARCH, OCTOBER)


def _named(nlp, text, surface, lead=LEAD):
    """The figure `_replaced_figure` reads as named beside the first figure starting with
    `surface` in `lead + text` (n78 uses it with a lead of its own)."""
    for ref in _claims(nlp, "a", lead + text, "Outlet A"):
        for q in ref.claim.quantities:
            if q.surface.startswith(surface):
                return _replaced_figure(q, ref.claim)
    raise AssertionError(surface)


# --- a. a span of time between the figure and the one it replaces ---------------------------


def test_a_a_span_between_does_not_hide_the_replaced_figure(nlp):
    assert _later(nlp, POOLS, POOLS_AUDIT)


def test_a_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_span_of_change", lambda n, q, claim: False)
    assert not _later(nlp, POOLS, POOLS_AUDIT)


def test_a_a_bare_figure_after_a_span_is_the_spans(nlp):
    # "within ten minutes, not 15": 15 replaces the ten minutes, not the share
    assert _named(nlp, "The audit found 61% of calls were answered within ten minutes, not 15.", "61%") is None
    assert _named(nlp, "The audit found visits had fallen by 18% over eight years, not 35%.", "18%") is not None


def test_a_rounding_apart_and_two_periods_stay_apart(nlp):
    # the named figure is not the one the council gave (35%, not 34%), and months apart
    # a fall not naming the council's is of another period
    assert not _later(nlp, POOLS.replace("35%", "34%"), POOLS_AUDIT)
    assert not _later(nlp, POOLS, POOLS_AUDIT.replace(", not 35%", ""))


# --- b. the replaced figure in another claim of the sentence --------------------------------


def test_b_the_named_figure_in_a_sibling_claim(nlp):
    refs = _claims(nlp, "b", COMPLAINTS_REVIEW, "Outlet B", OCTOBER)
    assert sum(any(q.surface == "20%" for q in r.claim.quantities) for r in refs) == 1
    assert not any(any(q.surface == "20%" for q in r.claim.quantities) and any(q.surface == "4%" for q in r.claim.quantities)
                   for r in refs)  # the sentence is split: 4% and 20% in two claims
    assert _later(nlp, COMPLAINTS, COMPLAINTS_REVIEW)


def test_b_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric._Facts, "sentence_siblings", lambda self, claim: ())
    assert not _later(nlp, COMPLAINTS, COMPLAINTS_REVIEW)


def test_b_agreeing_and_unnamed_figures_stay_apart(nlp):
    agreeing = LEAD + "Complaints fell by 20% over three years, the ombudsman says, as the council had claimed."
    assert not _later(nlp, COMPLAINTS, agreeing)
    unnamed = LEAD + "Complaints fell by 4% over three years, the ombudsman says."
    assert not _later(nlp, COMPLAINTS, unnamed)


# --- c. the named figure reads in the unit, rate and kind it leaves out ----------------------


def test_c_a_rate_left_out(nlp):
    assert _later(nlp, CARS, CARS_SURVEY)
    assert _later(nlp, FEES, FEES_REVIEW)


def test_c_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_in_replacers_unit", lambda n, q: n)
    assert not _later(nlp, CARS, CARS_SURVEY)
    assert not _later(nlp, FEES, FEES_REVIEW)


def test_c_two_measures_stay_apart(nlp):
    # "not 9,000 lorries" counts something else; the council's figure is of cars
    lorries = CARS_SURVEY.replace("not 9,000.", "not 9,000 lorries.")
    assert not _later(nlp, CARS, lorries)
    # a figure of its own rate is read as written
    fees = _claims(nlp, "c", LEAD + "The landlord paid contractors £610 a week, not £20,000 a year.", "Outlet C")
    (q, n) = [q for r in fees for q in r.claim.quantities][:2]
    assert _in_replacers_unit(n, q).per == "year"


def test_c_a_bare_figure_reads_in_the_unit():
    from claims.models import Quantity
    litres = Quantity(surface="196 million litres a day", start_char=0, end_char=24, value=196e6, unit="liter", per="day")
    bare = Quantity(surface="168 million", start_char=40, end_char=51, value=168e6, unit="count")
    assert (_in_replacers_unit(bare, litres).unit, _in_replacers_unit(bare, litres).per) == ("liter", "day")
    worded = Quantity(surface="168 million", start_char=40, end_char=51, value=168e6, unit="count", per="year")
    assert _in_replacers_unit(worded, litres) is worded  # a rate of its own: as written
