"""Round n97, one measure worded two ways: sums filling one frame ("will cost" / "priced ...
at") are looked up among the articles of their story, not only through the store-wide
postings, which drop a key held by more than `candidate_postings_cap` claims ("frame:cost"
in a store of many stories). Sentences written for these tests; each rule has a near miss."""

from datetime import date

import claims.conflicts.numeric as numeric
from claims.conflicts import find_conflicts
from claims.conflicts.common import ConflictSettings
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 3, 9)
# A cap of one claim a key: every key the two articles share is dropped from the
# postings, as "frame:cost" is in a store of many stories.
CAPPED = ConflictSettings(candidate_postings_cap=1)

LEAD = ("Fenbury's new depot on Marlow Road {verb}, its highways chief Anna Pell said on Tuesday. "
        "Building is due to start in the autumn.")
REST = " The group says Fenbury does not need a second depot on Marlow Road."


def _numeric_between(nlp, a, b, settings=CAPPED):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return [c for c in find_conflicts(refs, (), settings) if c.kind is ConflictKind.NUMERIC]


def _frame(nlp, text, surface):
    return numeric._frame(*_figure(nlp, text, surface))


# --- sums filling one frame ---------------------------------------------------------------------

COST = LEAD.format(verb="will cost the county £14 million")
PRICED = "Surveyors hired by a residents' group priced the work at £22 million." + REST


def test_sums_filling_one_frame_meet_in_the_story_whatever_the_postings_keep(nlp):
    assert _numeric_between(nlp, COST, PRICED)


def test_sums_fail_without_the_story_lookup(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_framed_in_story", lambda *args: set())
    assert not _numeric_between(nlp, COST, PRICED)


def test_two_named_sums_filling_one_frame_are_two_things(nlp):
    # Near miss: refunds and a bins contract are named apart; "cost" does not join them
    a = LEAD.format(verb="has cost the county £410,000 in refunds")
    b = "A residents' group said the bins contract for the depot would cost £2.6 million." + REST
    assert not _numeric_between(nlp, a, b)


def _figure(nlp, text, surface):
    ref = next(r for r in _claims(nlp, "a", text, "Outlet A", DAY) if any(q.surface == surface
                                                                         for q in r.claim.quantities))
    return next(q for q in ref.claim.quantities if q.surface == surface), ref.claim


def test_framed_alike_asks_both_sums_to_fill_the_frame_for_one_span(nlp):
    facts = numeric._Facts()
    cost = _figure(nlp, "The depot expansion will cost the county £14 million, officials said.", "£14 million")
    priced = _figure(nlp, "Surveyors priced the work at £22 million.", "£22 million")
    assert numeric._framed_alike(*cost, *priced, facts)
    # Near misses: a year's payments against a sum paid "over the same period" (years);
    # a sum that fills no frame
    year = _figure(nlp, "The accounts show payments to the builders of £640,000 in the year to March.", "£640,000")
    period = _figure(nlp, "The county said the builders had been paid £900,000 over the same period.", "£900,000")
    assert not numeric._framed_alike(*year, *period, facts)
    held = _figure(nlp, "The depot fund holds £22 million, officials said.", "£22 million")
    assert not numeric._framed_alike(*cost, *held, facts)


def test_a_cost_in_lost_trade_fills_the_loss_frame(nlp):
    assert "loss" in _frame(nlp, "The closure had cost shops in the town £3 million in lost trade, traders said.",
                            "£3 million")
    # Near miss: a cost with no loss after it is a price
    assert "cost" in _frame(nlp, "The closure had cost the council £3 million, officials said.", "£3 million")
