"""Round r102: judged-false pairs of the thirty-seventh fresh-article review (a crematorium,
a fishing harbour's quota, a lido), by family. Sentences written for these tests, not the
gold.

a. "would not" (and "wouldn't") is the denied side of the forecast row of
   `conflict_directions.txt`, as "will not" is: "the authority said it would not change the
   timetable" agrees with "it will not be reopened"; read as a bare "would" it opposed it.

b. A forecast of a passive act ("will not be reopened", "would be reviewed next autumn") is
   told apart by its participle like an active one (p70's `_forecasts_of_two_acts`): a
   timetable not to be reopened this year and one to be reviewed next autumn are two acts.
   One act forecast both ways ("will be closed" / "will not be closed") still opposes.

c. A body's rejection ("The Kelmarsh Ferry Authority has rejected claims that ...") is not
   aimed at a claim of a person the article names as one of the body's people by the
   common noun its name ends in ("the authority's operations director, Jo Brant"):
   `disputes._officer_of_body`, one side, as t89 reads "the union's organiser" against
   the union."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from tests.claims.test_figure_roles import _claims

LEAD = ("The Kelmarsh Ferry Authority has confirmed next year's sailing timetable for the Brannock crossing. "
        "Its director, Jo Brant, said: \"The timetable is set for the year, and it will not be reopened.\"")


def _contradictions(nlp, first, second):
    refs = _claims(nlp, "a0", first, "Fenwold Echo", date(2026, 2, 18)) \
        + _claims(nlp, "a1", second, "Vale Weekly", date(2026, 11, 3))
    return [c for c in find_conflicts(refs) if c.kind.value == "contradiction"]


# --- a. "would not" is a denied forecast ----------------------------------------------------------

def test_a_would_not_agrees_with_will_not(nlp):
    later = ("Islanders on Brannock have asked the Kelmarsh Ferry Authority for an extra sailing. "
             "The authority said it would not change the Brannock timetable.")
    assert not _contradictions(nlp, LEAD, later)


def test_a_would_not_still_opposes_will(nlp):
    first = "The Kelmarsh Ferry Authority has reviewed the Brannock crossing. The authority said it would not close the Brannock crossing."
    second = "The Brannock Islanders' Group said the Kelmarsh Ferry Authority will close the Brannock crossing in March."
    assert _contradictions(nlp, first, second)


# --- b. passive acts forecast -----------------------------------------------------------------------

def test_b_reopened_and_reviewed_are_two_acts(nlp):
    later = ("The Kelmarsh Ferry Authority said the Brannock timetable was set on the harbour master's advice "
             "and would be reviewed next autumn.")
    assert not _contradictions(nlp, later, LEAD)


def test_b_one_passive_act_both_ways_still_opposes(nlp):
    first = ("The Kelmarsh Ferry Authority has reviewed the Brannock crossing. "
             "The authority said the Brannock crossing will be closed to cars from March.")
    second = "The Brannock Islanders' Group said the Brannock crossing will not be closed to cars, whatever the authority says."
    assert _contradictions(nlp, first, second)


# --- c. a body's officer named by the body's common noun ---------------------------------------

def test_c_body_does_not_reject_its_own_officer(nlp):
    first = ("Ferry crews on the Brannock crossing say 40 sailings were cancelled in March. "
             "The Brannock Crew Association said the cancellations had left islanders stranded for days.")
    second = ("The Kelmarsh Ferry Authority has rejected claims that 40 sailings were cancelled in March, "
              "saying the crew association had misread the timetable. \"Twelve sailings were cancelled, "
              "all of them because of storms,\" said the authority's operations director, Jo Brant. "
              "She said the authority had met the association twice since January.")
    refs = _claims(nlp, "a0", first, "Fenwold Echo", date(2026, 1, 10)) \
        + _claims(nlp, "a1", second, "Vale Weekly", date(2026, 4, 10))
    speakers = {r.claim.claim_id: r.claim.speaker for r in refs}
    own = [c for c in find_conflicts(refs) if c.kind.value == "dispute"
           and {speakers[c.claim_a], speakers[c.claim_b]} == {"Kelmarsh Ferry Authority", "Jo Brant"}]
    assert not own
