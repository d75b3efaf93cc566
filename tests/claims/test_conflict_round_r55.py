"""Round r55, a fix round from the code review of the merged g53 / m53 rules: three rules
matched too much. Sentences written for these tests (the reviewer's and our own), not the
gold; each fix has near misses showing the case its rule was written for still works.

a. g53's ceiling (`_bounded_denial`): only a bound on pay (a verb of earning / being paid /
   receiving or a noun of pay between the "no X" and the figure), and never of an abstract
   head ("no plans", "no decision", "no increase"): those stay denials.
b. g53's go-between (`payee_pattern`): the agent must own the payment (a possessive, or the
   subject of receiving / being paid within three words); an agent near a "buyers paid" is
   no payee.
c. m53's rejected view (`_rejected_views_blanked`): blanked only up to a main predicate that
   rejects it ("are wrong", "has not ...", "have never ..."), otherwise left alone."""

from __future__ import annotations

from datetime import date

import pytest

from claims.conflicts.contradictions import _denied_things, _rejected_views_blanked, _Wording
from claims.conflicts.numeric import payee_pattern
from claims.models import ConflictKind
from claims.quantities import parse_quantities
from tests.claims.test_figure_roles import _conflicts, _numeric

DAY = date(2026, 5, 4)


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def _wording(nlp, text: str, speaker: str | None = None) -> _Wording:
    return _Wording.of(text, parse_quantities(text, nlp), speaker)


# --- a. a ceiling is only a ceiling on pay ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The council had no plans to raise fares by over 10%",
    "No decision on a pay rise above 3% has been taken",
    "There was no increase of more than 5% in the council tax",
])
def test_a_bound_after_an_abstract_denial_keeps_the_negation(nlp, text):
    assert _wording(nlp, text).negation is not None


def test_no_plans_to_raise_fares_by_over_ten_percent_is_still_denied():
    assert _denied_things("The council had no plans to raise fares by over 10%") != ()


@pytest.mark.parametrize("text", [
    "No player at the club earned more than £100,000 a week",
    "the owner said no coach at the academy earned more than £60,000 a year.",
    "no member of staff was paid over 39p a mile",
    "The company said no fare on its network would rise by more than 4.9% in January",
])
def test_near_miss_a_pay_ceiling_is_still_no_denial(nlp, text):
    assert _denied_things(text) == ()
    assert _wording(nlp, text).negation is None


# --- b. the go-between owns the payment ----------------------------------------------------------

@pytest.mark.parametrize("before", [
    "figures from local estate agents showed buyers paid an average of ",
    "the broker took ",
    "agents said the sellers gets ",
])
def test_an_agent_near_another_payer_is_no_payee(before):
    assert not payee_pattern().search(before)


@pytest.mark.parametrize("before", [
    "The winger's agent will receive a fee of ",
    "Harbourside United said the agent's fee for the winger's move was ",
    "the agent said he would be paid less than ",
    "the agent would be paid ",
    "The agents' commission was ",
    "His agent, Imogen Trask, will receive a fee of ",
    "The agent, Imogen Trask, said she would be paid \"",
])
def test_near_miss_the_agents_own_payment_still_is(before):
    assert payee_pattern().search(before)


def test_a_house_price_from_estate_agents_compares(nlp):
    assert _numeric(nlp, "Property forum chair Mark Ellis said figures from local estate agents showed buyers "
                         "paid an average of £310,000 for a home in Quellford in June.",
                    "Council housing officer Jane Cole said Land Registry figures showed buyers paid an average "
                    "of £265,000 for a home in Quellford in June.", DAY, DAY)


# --- c. a rejected view, up to the rejection ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "People who say they were not warned are telling the truth, the mayor said",
    "Critics who argued the bridge was unsafe were not consulted",
    "The survey found 40% of people who said they had not been consulted wanted a vote",
])
def test_a_view_not_rejected_is_left_alone(text):
    assert _rejected_views_blanked(text) == text


def test_the_speakers_own_negation_after_a_view_stays(nlp):
    assert _wording(nlp, "Critics who argued the bridge was unsafe were not consulted").negation == "not"


def test_an_endorsed_view_keeps_its_negation(nlp):
    a = _wording(nlp, "People who say they were not warned about the flooding are telling the truth", "the mayor")
    b = _wording(nlp, "residents were warned about the flooding in March", "the council")
    assert a.opposed_to(b)


@pytest.mark.parametrize("text, kept", [
    ("Anyone who says the new mast will not be visible has never stood on the ridge", "has never stood on the ridge"),
    ("Those who claim the bridge was never inspected are wrong", "are wrong"),
    ("Whoever claims the bridge was not inspected has not read the log", "has not read the log"),
    ("Anyone who says the union has not raised this with the board has not read our letters",
     "has not read our letters"),
])
def test_near_miss_a_rejected_view_is_blanked_up_to_the_rejection(text, kept):
    blanked = _rejected_views_blanked(text)
    assert len(blanked) == len(text) and blanked.strip() == kept
