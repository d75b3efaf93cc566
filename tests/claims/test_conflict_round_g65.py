"""Round g65, a fourteenth fact-checker's review of fresh stories (docs/review_g65.md): a
school closed for unsafe roof panels, an epilepsy drug shortage, a stadium concert's ticket
sale. Defects fixed, each with near misses. Sentences written for these tests, not the gold.

a. A negation whose reach holds "until" dates the act, it does not deny it ("did not
   return to normal until January") (`contradictions.NOT_UNTIL`).
b. "Nothing in X ..." denies what X holds or tells, not X ("Nothing in any survey we
   received told us ...") (`contradictions.NOTHING_IN`).
c. "no plans to VERB", "no intention of VERBing": the act is denied, not a plan
   (`contradictions._intended_of`, conflict_intention_nouns.txt).
d. A percentage of a charge ("a service fee of 12% on each ticket") is a rate charged,
   never a share of the things it is charged on (`numeric._charged_rate`,
   conflict_charge_nouns.txt)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import NOT_UNTIL, NOTHING_IN, _intended_of, _Wording
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)


def _kind(conflicts, kind):
    return [c for c in conflicts if c.kind is kind]


# --- a. not until -------------------------------------------------------------------------------

def test_a_not_until_dates_the_act():
    assert NOT_UNTIL.search("reopen until March")
    assert _Wording.of("The line did not reopen until March, the operator said.").until == {"march"}
    assert not _Wording.of("The line did not reopen until this year, the operator said.").until


SHORTAGE = "Shortages of the asthma inhaler Brevolin hit pharmacies across the county last autumn. "


def test_a_not_until_is_no_denial_of_the_act_told_then(nlp):
    a = SHORTAGE + "A review has found that supplies of the inhaler did not return to normal until March."
    b = SHORTAGE + "Supplies of the inhaler returned to normal in the second week of March, the review says."
    assert not _conflicts(nlp, a, b, DAY, DAY)


def test_a_a_plain_denial_still_negates():
    # near miss: with no "until" the reopening is denied
    (clause,) = _Wording.of("The tram line did not reopen to passengers, the union said.").negated_clauses
    assert clause[0] == "reopen"


def test_a_the_act_told_before_that_time_still_opposes(nlp):
    # near miss: "not ... until June" still denies the act before June
    lead = "The Kelso Appliances fridge recall began on Monday after reports of fires. "
    a = lead + "Kelso Appliances said the company did not know about the compressor fault until June this year."
    b = lead + "Documents show the company's own engineers had flagged the compressor fault in a 2024 report."
    assert _kind(_conflicts(nlp, a, b, DAY, DAY), ConflictKind.CONTRADICTION)


# --- b. nothing in X --------------------------------------------------------------------------

BRIDGE = "The Harbury Bridge was closed on Monday after engineers found corroded cables. "


def test_b_nothing_in_a_survey_is_no_denial_of_surveys(nlp):
    a = BRIDGE + '"Nothing in any survey we received told us the bridge was unsafe," the director of highways said.'
    for b in ("A survey of 200 homes near the bridge by the residents' association found cracks in half of them.",
              "The survey, which the Gazette has seen, says the bridge cables showed corrosion."):
        assert not _kind(_conflicts(nlp, a, BRIDGE + b, DAY, DAY), ConflictKind.CONTRADICTION)


def test_b_the_container_is_neither_denied_nor_affirmed():
    w = _Wording.of("Nothing in any survey we received told us the roof was dangerous")
    assert not w.negated and not w.affirmed and not w.negated_clauses


def test_b_nothing_done_is_still_a_negation():
    # near miss: "nothing was surveyed", "nothing in time" are not a container
    assert not NOTHING_IN.match("nothing was surveyed")
    assert not NOTHING_IN.match("nothing in time for the vote")
    assert _Wording.of("The council said no survey of the bridge was carried out").negated_clauses


# --- c. no plans to -----------------------------------------------------------------------------

def test_c_no_plans_to_deny_the_act():
    head, reach = _intended_of("plans to sell the stadium next year")
    assert head == {"sell"} and reach.startswith("sell")
    assert _intended_of("intention of selling the ground") is not None


def test_c_no_plans_to_act_is_not_against_a_plan(nlp):
    a = "Two other clubs said they had no plans to use dynamic pricing next season."
    b = "The chairman said he had approved a dynamic pricing plan in June."
    assert not _kind(_conflicts(nlp, a, b, DAY, DAY), ConflictKind.CONTRADICTION)


def test_c_other_nouns_before_to_are_left_alone():
    # near miss: "no reason to", "no record of" are not intentions (record is g48's)
    assert _intended_of("reason to doubt the figures") is None
    assert _intended_of("money to pay the staff") is None


# --- d. a charge's rate -------------------------------------------------------------------------

SALE = "Tickets for the Marlow Arena shows sold out in three hours on Saturday. "


def test_d_a_fee_rate_is_not_a_share_of_things(nlp):
    a = SALE + ("The seller charges a service fee of 12% on each ticket; with a card fee of £2.50, that takes the "
                "cost of a £60 ticket to £69.70.")
    b = SALE + "The seller's chief executive said fewer than 5% of tickets had been sold for more than £300."
    assert not [c for c in _kind(_conflicts(nlp, a, b, DAY, DAY), ConflictKind.NUMERIC) if "12%" in c.reason]


def test_d_two_rates_of_one_fee_still_conflict(nlp):
    # near miss: the fee against the fee
    a = "The agency charges a booking fee of 10% on each holiday, its chief executive said."
    b = "The regulator said the agency's booking fee was 14% on each holiday."
    assert _kind(_conflicts(nlp, a, b, DAY, DAY), ConflictKind.NUMERIC)

