"""Round g70, a fifteenth fact-checker's review of fresh stories (docs/review_g70.md): a
landfill's odour complaints, a lottery's good-causes money, a heat-pump grant scheme.
Defects fixed, each with near misses. Sentences written for these tests, not the gold.

a. A negation right after "than" is a point of comparison ("worse than no boiler at all"),
   and a negated subject with "should" a norm ("no fitter should wait more than a month"):
   neither denies what it names (`contradictions._compared_or_owed_blanked`).
b. A rejection that tells what it rejects with a verb of saying and no hearer ("Harlow
   Tickets said prices did not change ... That was not true.") or with a telling over a
   time ("They spent a year telling us it was the building site. That was never true.")
   is read like q66's told claim (`told_claims.told_claim`): the target is the other
   party's claim saying the clause, never the rejecter's own finding. "Said" is read so
   only when the answer denies it outright.
c. The bound a norm sets ('no fitter "should wait more than a month"') is a target, not a
   measured value (`figure_roles.NORM_BOUND`, in `is_target`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _compared_or_owed_blanked, _Wording
from claims.conflicts.told_claims import denies_told_claim, told_claim
from claims.figure_roles import NORM_BOUND
from claims.models import ConflictKind
from tests.claims.test_conflict_round_q66 import SELLER, _dispute_texts
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)
LEAD = "The council's boiler grant scheme has been running for a year. "


def _contradictions(conflicts):
    return [c for c in conflicts if c.kind is ConflictKind.CONTRADICTION]


# --- a. compared with nothing, or a norm -----------------------------------------------------

def test_a_compared_with_no_thing_is_no_denial(nlp):
    a = LEAD + '"A boiler fitted badly is worse than no boiler at all," said Ruth Amble of the fitters\' federation.'
    b = LEAD + "The council said 3,200 boilers had been fitted under the scheme."
    assert not _contradictions(_conflicts(nlp, a, b, DAY, DAY))


def test_a_a_norm_of_a_negated_subject_is_no_denial(nlp):
    a = LEAD + 'The minister, Dan Orrell, said no fitter "should wait more than a month" to be paid.'
    b = LEAD + "The fitters' federation said the average fitter waited 11 weeks for payment."
    assert not _contradictions(_conflicts(nlp, a, b, DAY, DAY))
    a = LEAD + "Mr Orrell said no family should have to wait for a new boiler."
    b = LEAD + "The federation said 400 families were waiting for a boiler."
    assert not _contradictions(_conflicts(nlp, a, b, DAY, DAY))


def test_a_the_blanked_span_ends_at_the_clause():
    assert _compared_or_owed_blanked("worse than no boiler at all, she said").endswith(", she said")
    w = _Wording.of("No family should have to wait for a boiler")
    assert not w.negated and not w.negated_clauses


def test_a_plain_denials_still_negate(nlp):
    # near misses: a denial of things, and "should" in another clause than the negation
    assert _compared_or_owed_blanked("No boilers were fitted in May") == "No boilers were fitted in May"
    assert _compared_or_owed_blanked("Nobody was hurt, and the fitters should be paid").startswith("Nobody was hurt")
    a = LEAD + "The council said no boilers had been fitted under the scheme in its first month."
    b = LEAD + "The fitters' federation said 300 boilers had been fitted under the scheme in its first month."
    assert _contradictions(_conflicts(nlp, a, b, DAY, DAY))


# --- b. said, or telling, then denied -------------------------------------------------------

def test_b_said_then_denied_is_a_told_claim():
    told = told_claim("Harwick Ferries said not a single sailing had been cancelled for lack of crew. That was not the case")
    assert told.teller == "Harwick Ferries" and told.clause.startswith("not a single sailing")
    assert denies_told_claim("The operator said the line was safe. That was never true.")


def test_b_telling_over_a_time_is_a_told_claim():
    told = told_claim("They spent a year telling us it was the building site. That was never true")
    assert told.teller is None and told.clause == "it was the building site"
    assert told_claim("The company kept telling residents that the dust was harmless. It was not.").teller == "The company"


def test_b_said_without_an_outright_denial_is_no_told_claim():
    # near misses: "said" answered by agreement, by another statement, or in one sentence
    assert told_claim("The minister said the trains would run on time. They did.") is None
    assert told_claim("The minister said the trains would run on time. We will see.") is None
    assert told_claim("He said the figures were wrong, and that was not true.") is None


BOARD = ("The Consumer Markets Board has fined Harlow Tickets £4m over the Marlow Arena concerts. The board "
         "found that Harlow Tickets raised ticket prices while fans waited in its online queue. "
         "\"Harlow Tickets said prices did not change while fans waited in the queue. That was not "
         "true,\" said the board's director, Imelda Crane.")


def test_b_the_said_claim_is_the_target_not_the_rejecters_finding(nlp):
    pairs = [p for p in _dispute_texts(nlp, SELLER, BOARD, DAY, date(2026, 3, 9))
             if any("Harlow Tickets said prices" in t for t in p)]
    assert pairs, "the rejection should meet the seller's claim"
    assert all(any(t.startswith("ticket prices did not change") for t in p) for p in pairs)
    assert not any(any("raised ticket prices" in t for t in p) for p in pairs)


QUARRY = ("The council has closed the crushing plant at the Marl Hill quarry after months of dust. \"They spent a "
          "year telling us it was the building site. That was never true,\" said a resident, Joan Pike. The "
          "council's report says the dust came from the quarry, not the building site.")


def test_b_telling_rejection_is_not_aimed_at_an_agreeing_finding(nlp):
    a = ("Residents near the Marl Hill quarry have complained about dust from the quarry's crushing plant for months. "
         "Tenby Aggregates, which runs the Marl Hill quarry, said the dust came from a building site nearby.")
    pairs = _dispute_texts(nlp, a, QUARRY, DAY, date(2026, 9, 1))
    assert not any(any("not the building site" in t for t in p) for p in pairs)


# --- c. a norm's bound --------------------------------------------------------------------------

WAITING = ('"Small firms are fitting the boilers and then waiting three months for the money," said Ruth Amble '
           "of the fitters' federation.")


def _numeric(conflicts):
    return [c for c in conflicts if c.kind is ConflictKind.NUMERIC]


def test_c_a_norms_bound_is_no_measured_wait(nlp):
    a = LEAD + 'The minister, Dan Orrell, said no fitter "should wait more than a month" to be paid.'
    assert not _numeric(_conflicts(nlp, a, LEAD + WAITING, DAY, DAY))


def test_c_a_bounded_denial_of_fact_still_compares(nlp):
    # near miss: "no fitter had waited more than a month" tells what happened
    a = LEAD + "The minister, Dan Orrell, said no fitter had waited more than a month to be paid."
    assert _numeric(_conflicts(nlp, a, LEAD + WAITING, DAY, DAY))
    assert not NORM_BOUND.search("said no fitter had waited ")
    assert NORM_BOUND.search('said no fitter "should wait ')
