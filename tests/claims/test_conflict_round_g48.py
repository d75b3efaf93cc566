"""Round g48, a ninth fact-checker's review of fresh stories (docs/review_g48.md): a
wind-farm planning row, a supermarket accused of raising prices beyond its costs, a
wildlife park's animal-welfare row. Defects fixed, each with near misses. Sentences
written for these tests, not the gold.

a. The forecast row ("will" / "will not") opposes only claims forecasting one thing: what
   follows each modal must share a word (`_forecasts_of_two_things`).
b. A comparative set against another thing at one time ("lower than its rivals'") does not
   oppose a change over time ("had risen by 11%") (`_level_against_change`).
c. "no record of X" / "no evidence of X" denies X, not the record (`_held_of`,
   conflict_record_nouns.txt).
d. A statistic or the business a figure belongs to ("average price", "company price") names
   no kind of the thing (`unkinded_words`, conflict_unkinded_words.txt).
(e, dropped: a count's "including a ..." read as one instance of what it counts, no wider
scope: on the closed sets one conflict found and one false alarm more.)"""

from __future__ import annotations

from datetime import date

from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts, _numeric

DAY = date(2026, 6, 3)


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


# --- a. forecasts of two things -------------------------------------------------------------

PYLONS_UNSEEN = "The pylons will not be visible from any house in Marlow Cross, the energy company said."


def test_a_forecast_of_another_thing_does_not_oppose_a_negated_one(nlp):
    assert not _contradictions(nlp, PYLONS_UNSEEN,
                               "The pylons will be 50 metres tall, according to the planning application.")


def test_a_forecast_of_the_same_thing_still_opposes_it(nlp):
    assert _contradictions(nlp, PYLONS_UNSEEN,
                           "Residents said the pylons would be visible from most houses in Marlow Cross.")


# --- b. a level against a change ----------------------------------------------------------

CHEAPER = "The chain said its prices were lower than its rivals' prices."


def test_lower_than_a_rival_does_not_oppose_a_rise(nlp):
    assert not _contradictions(nlp, CHEAPER, "A shoppers' group said the chain's prices had risen by 11% this year.")


def test_lower_than_a_rival_still_opposes_higher_than_a_rival(nlp):
    assert _contradictions(nlp, CHEAPER, "A shoppers' group said the chain's prices were higher than its rivals' prices.")


def test_higher_than_at_any_time_still_opposes_a_fall(nlp):
    # near miss: after "than", a time ("at any time in the last ten years") makes it a change
    assert _contradictions(nlp, "Visitor numbers at the museum are higher than at any time in the last ten years, "
                                "the director said.",
                           "Visitor numbers at the museum are still falling, a survey by the friends' group found.")


# --- c. no record of a thing --------------------------------------------------------------

def test_no_record_of_a_complaint_does_not_deny_records(nlp):
    assert not _contradictions(nlp, "The care home said it had no record of any complaint from the family.",
                               "The care home's own records showed 30 falls among residents in May, "
                               "inspectors said.")


def test_no_record_of_a_complaint_still_meets_a_complaint(nlp):
    assert _contradictions(nlp, "The care home said it had no record of any complaint from the family.",
                           "The care home had received a complaint from the family in March, inspectors said.")


# --- d. words that name no kind -----------------------------------------------------------

def test_an_average_price_and_the_company_price_are_one_measure(nlp):
    assert _numeric(nlp, "A shoppers' group said the grocer's prices had risen by an average of 15% in the year.",
                    "The grocer said the company's prices had risen by 7% on average in the year.")


def test_two_kinds_of_price_stay_apart(nlp):
    assert not _numeric(nlp, "A shoppers' group said food prices had risen by 15% in the year.",
                        "The grocer said energy prices had risen by 7% in the year.")
