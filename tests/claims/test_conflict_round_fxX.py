"""Round fxX: a negated reason is no denial of the act.

A negation whose clause carries a reason or purpose ("is not closing the pool because of
the heat", "was shut, not because of the cost", "did not sell the land in order to pay its
debts") denies the reason, not the act: a report that the act happened answers it only
when it names the reason (`contradictions.NEGATED_REASON`, read with g44's causes).
A determiner's "No ..." with the story's own cause stays a denial of the act (g44).
Sentences written for these tests, about none of the gold cases.
"""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import NEGATED_REASON
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 5, 3)


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def _reason(text):
    m = NEGATED_REASON.search(text)
    return m and (m.group(1) or m.group(2))


def test_the_pattern_reads_reasons_after_a_verbal_negation():
    assert _reason("the trust was not closing the pool because of the heat") == "the heat"
    assert _reason("was shut, not because of the cost") == "the cost"
    assert _reason("did not sell the land in order to pay its debts") == "pay its debts"
    assert _reason("had not been moved for reasons of safety") == "safety"
    assert _reason("wasn't postponed due to the storm") == "the storm"
    assert _reason("was sold, not just because it was cheaper") == "it was cheaper"
    # No verbal negation before the reason, the reason in another clause, or a bare
    # "because" clause explaining the denied act.
    assert not _reason("No match was postponed because of the storm")
    assert not _reason("The pool was not open, because of the heat")
    assert not _reason("The pool closed because of the heat")
    assert not _reason("the sale did not need a licence because the hall was never a listed building")
    assert not _reason("many tenants had not applied because they were told they could not")
    # "not least because" gives the main reason, it does not deny it.
    assert not _reason("was sold, not least because it was cheaper")
    assert not _reason("was sold, not least because of the cost")


REASON_DENIED = ("Mr Halvard said the trust was not closing the lido because of the cold summer, "
                 "and that the lido would reopen in spring.")


def test_a_negated_reason_is_not_answered_by_the_act(nlp):
    assert not _contradictions(nlp, REASON_DENIED,
                               "The Tamsworth lido has been closed by the trust for the first time in 60 years.")


def test_a_negated_reason_with_a_purpose_is_not_answered_by_the_act(nlp):
    assert not _contradictions(nlp, "The board said it had not sold the depot in order to pay its debts.",
                               "The board sold the depot to a developer last month, the union said.")


def test_a_plain_denial_of_the_act_still_is(nlp):
    # Near miss the other way: no reason, the act itself denied.
    assert _contradictions(nlp, "The board said it had not sold the depot.",
                           "The board sold the depot to a developer last month, the union said.")


def test_the_story_own_cause_after_no_still_narrows_nothing(nlp):
    # g44's shape stays: "No ... because of this ..." denies the delays.
    assert _contradictions(nlp, "No pupil's exam results will be delayed because of this strike, the school said.",
                           "Parents said 90 pupils had been told their exam results would be delayed.")
