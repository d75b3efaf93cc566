"""Round r93, a twenty-eighth fact-checker's review of fresh stories (docs/review_r93.md):
a canal breach, a vet chain's prices under a competition inquiry, a council's three-weekly
bin collections. Defects fixed, with near misses. Sentences written for these tests, not
the gold.

a. "missed" before the noun of a service that did not happen ("missed collections",
   "a missed dose", "missed hospital appointments") is no target missed
   (conflict_opposite_idioms.txt): "Missed collections are down" stood on the "missed"
   side of the meet / hit / reach row against every "reached", "hit" and "will hit" of its
   story (r93's bins story: 14 false contradictions of 43 reports). A target missed ("missed
   its target", "missed the deadline") is still read.
b. "reached" / "reaches" right before a figure tells the level a count arrived at, not a
   target met (conflict_level_verbs.txt): "complaints reached 2,300 in the six months"
   stood on the "reach" side against "3,400 collections were missed" (r93), and so did dev's
   "the number of confirmed cases had reached 208" against "had missed his second dose",
   "Complaints ... reached 3,100" against "missing paperwork". "reached its target of 8,000",
   the aim "to reach 5,000 by 2030" and "will hit £2.3m" are still read."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _opposite_words
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 5, 12)
LATER = date(2026, 5, 20)


def _kinds(nlp, a, b, kind, a_day=DAY, b_day=LATER):
    return [c for c in _conflicts(nlp, a, b, a_day, b_day) if c.kind is kind]


def _missed(text):
    """A word of missing on the right side of the meet / hit / reach row."""
    return any(p and p.startswith("miss") for p in _opposite_words(text)[1])


def test_a_a_missed_service_is_no_target_missed():
    assert not _missed("Missed collections are down, not up, the council said")
    assert not _missed("For a patient with diabetes, a missed dose can be dangerous")
    assert not _missed("residents reported 900 missed bins in the first month")
    assert not _missed("people missed hospital appointments because the buses did not run")


def test_a_a_missed_target_is_still_read():
    # near misses: a target, a deadline, a figure aimed at
    assert _missed("the council missed its recycling target for the third year")
    assert _missed("the contractor missed the deadline by six weeks")
    assert _missed("the airline missed its punctuality goal")


def test_a_missed_collections_do_not_oppose_a_rate_reached(nlp):
    a = ("The recycling rate in Dunstow reached 47% in the spring, the borough council said. "
         "The council said it would hit its savings goal of £1.5m by March.")
    b = ("Missed collections in Dunstow fell by a fifth after the new rounds began, the council said. "
         "Residents said bins were still left unemptied in some streets.")
    assert not _kinds(nlp, a, b, ConflictKind.CONTRADICTION)


def _met(text):
    """A word of meeting on the left side of the meet / hit / reach row."""
    return any(p and p.startswith(("reach", "hit", "meet", "met")) for p in _opposite_words(text)[0])


def test_b_a_level_reached_is_no_target_met():
    assert not _met("Complaints to the council reached 1,900 by the end of the year")
    assert not _met("the number of confirmed cases had reached 312 since March")
    assert not _met("the temperature reaches 40C most summers")


def test_b_a_target_reached_is_still_read():
    # near misses: a target named, an aim, a figure aimed at
    assert _met("the trust had reached its target of 6,000 jabs only in June")
    assert _met("To reach 4,000 homes by 2031 the council must double its building")
    assert _met("We will hit £1.8m in the first full year")


def test_b_a_count_reached_does_not_oppose_a_dose_missed(nlp):
    a = ("The number of flu cases in Dunstow had reached 312 by Friday, the health agency said. "
         "Most of them were children under ten.")
    b = ("Parents in Dunstow said many children had missed a second dose of the vaccine, the health agency said. "
         "Clinics will open on Saturdays in March.")
    assert not _kinds(nlp, a, b, ConflictKind.CONTRADICTION)
