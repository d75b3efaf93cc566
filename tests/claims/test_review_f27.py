"""Round f27, a second fact-checker's review of fresh stories (docs/review_f27.md): a
football takeover, an inquest, a disputed drug study. Defects fixed, each with a near
miss. Sentences written for these tests, not the gold.

a. An age is no duration (claims.conflicts.numeric._same_measure): "people aged 60 and
   over" against "over the seven years".
b. A name is not what a negation negates (claims.conflicts.contradictions, the negated
   clause's head): "Nobody from Ashgrove Partners asked us" against any claim naming the firm.
c. A thing said not to exist within a scope ("no jobs in research", "no treatment that
   could reverse the disease") is not contradicted by a count that names no word of it.
d. "Mrs Lambourne" is not Peter Lambourne, whom the article calls "he" (claims.speakers)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _Wording
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts, _numeric
from tests.claims.test_attribution_s24 import _speakers

DAY = date(2026, 10, 7)


# --- a. an age is no duration --------------------------------------------------------------

STUDY_A = ("Over the seven years, 3.2% of those taking the pill developed the disease, the study found.")
STUDY_B = ("The study reported that people aged 60 and over who took the pill every day were 18% less "
           "likely to develop the disease over seven years than those who took a placebo.")


def test_an_age_is_not_compared_with_a_duration(nlp):
    got = _numeric(nlp, STUDY_A, STUDY_B, DAY, DAY)
    assert not any({"60", "seven years"} <= {c.reason.split("'")[1], c.reason.split("'")[3]} for c in got), \
        [c.reason for c in got]


def test_near_miss_two_durations_still_compared(nlp):
    a = "The trial followed the volunteers for seven years, the university said."
    b = "The trial followed the volunteers for four years, the drug's maker said."
    assert _numeric(nlp, a, b, DAY, DAY)


# --- b. a name under a negation --------------------------------------------------------------


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


def test_a_name_after_nobody_is_not_the_negated_thing():
    assert _opposed("Nobody from Ashgrove Partners asked us to sack the manager",
                    "Ashgrove Partners had committed to significant investment in the first team") is None


def test_near_miss_the_negated_act_still_opposes_its_assertion():
    assert _opposed("Nobody from Ashgrove Partners asked us to sack the manager",
                    "Ashgrove Partners asked the board to sack the manager") is not None


# --- c. a denied thing with a scope ------------------------------------------------------------


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def test_no_jobs_in_a_field_is_not_contradicted_by_a_count_of_people(nlp):
    a = "A spokesperson for the company said no jobs in research would be affected."
    b = "The trial involved 9,300 people in four countries, the researchers said."
    assert not _contradictions(nlp, a, b)


def test_no_treatment_that_reverses_is_not_a_count_of_those_treated(nlp):
    a = "The charity's director said there was still no treatment that could reverse the disease."
    b = "\"You would need to treat about 60 people for five years to prevent one case,\" she said."
    assert not _contradictions(nlp, a, b)


def test_near_miss_an_unscoped_denial_still_meets_the_count(nlp):
    a = "A spokesperson for the company said no jobs would be lost."
    b = "The union said it had been told that as many as 600 jobs could go."
    assert _contradictions(nlp, a, b)


def test_scoped_denial_through_the_rules(nlp):
    a = "A spokesperson for the company said no jobs in research would be affected."
    b = "The union said it had been told that as many as 600 jobs could go."
    assert not _contradictions(nlp, a, b)


# --- d. Mrs X is not Mr X ------------------------------------------------------------------------




WIDOW = ("Peter Lambert, 71, died in hospital after he collapsed at home. His wife, Margaret, called 999.\n\n"
         "Mrs Lambert told the court that she had rung back twice.\n\n"
         "\"I sat on the floor holding his hand,\" she said.")


def test_mrs_surname_is_not_the_man_of_that_surname(nlp):
    got = _speakers(nlp, WIDOW)
    assert got["she had rung back twice"] == "Mrs Lambert", got
    assert got["I sat on the floor holding his hand"] == "Mrs Lambert", got


def test_near_miss_mr_surname_is_still_the_man(nlp):
    text = WIDOW.replace("Mrs Lambert told the court that she had rung back twice.",
                         "His brother said Mr Lambert had rung the surgery twice that week.")
    got = _speakers(nlp, text)
    assert "Mrs Lambert" not in got.values(), got


def test_a_scope_word_elsewhere_in_the_counting_claim_is_not_enough(nlp):
    # "researchers" is in the claim, but what it counts is people in a trial, not research jobs
    a = "A spokesperson for the company said no jobs in research would be affected."
    b = "The researchers are now planning a trial in 9,300 people in North America."
    assert not _contradictions(nlp, a, b)


def test_near_miss_a_count_within_the_scope_still_meets_the_denial(nlp):
    a = "A spokesperson for the company said no jobs in research would be affected."
    b = "The union said about 120 jobs in research would go."
    assert _contradictions(nlp, a, b)
