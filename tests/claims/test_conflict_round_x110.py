"""Round x110: a negation read against any claim sharing a word.

A negated act with a cause further on in its clause ("did not operate ... because of the
strike") denies the act: only after a verb that stops or puts off a thing ("was not
cancelling ... because of the rain") does it deny the reason (fxX's narrowing,
`contradictions._reason_denied`, conflict_stopping_verbs.txt).
A listed predicate (conflict_negatable.txt) negated by one claim and asserted by another
opposes only when the negated clause shares a word with the asserting claim besides the
predicate: its subject or object (`contradictions._scope_shared`): "the library was not
being closed so that the hall could be let" asserts nothing of "the decision to close was
taken for reasons of cost".
Sentences written for these tests, about none of the gold cases.
"""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _cause_scope, _Wording
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 5, 3)


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def test_a_cause_of_an_act_that_did_not_happen_narrows_nothing():
    assert not _cause_scope("The trams did not run because of the strike")
    assert not _cause_scope("the ferry did not sail owing to the gale")
    assert not _cause_scope("the buses did not operate on Monday as a result of the flooding")


def test_a_negated_reason_of_a_stopping_verb_or_a_purpose_still_narrows():
    assert _cause_scope("the club was not cancelling the fete because of the rain") == {"rain"}
    assert _cause_scope("the gala wasn't postponed due to the gale") == {"gale"}
    assert _cause_scope("the hall was not closed as a result of the survey")
    assert "debt" in _cause_scope("the trust did not sell the mill in order to pay its debts")
    assert _cause_scope("the pier was shut, not because of the cost") == {"cost"}


def test_an_act_denied_with_its_cause_is_answered_by_the_act(nlp):
    assert _contradictions(nlp, "The operator said its buses did not operate on Monday because of the strike.",
                           "Its buses operated on Monday as normal, the union said.")


def test_a_reason_denied_with_a_stopping_verb_is_not_answered_by_the_act(nlp):
    # Near miss: the fete was cancelled, the denial is of the reason.
    assert not _contradictions(nlp, "The club said it was not cancelling the fete because of the rain.",
                               "The fete has been cancelled by the club for the first time in 50 years.")


def _hit(negating, asserting, speaker=None):
    return _Wording.of(negating, (), speaker).opposed_to(_Wording.of(asserting, (), None))


def test_a_listed_predicate_negated_of_another_thing_opposes_nothing():
    assert _hit("the library was not being closed so that the hall could be let",
                "the decision to close was taken for reasons of cost") is None
    assert _hit("its members had not been warned about the job cuts",
                "the company had warned shoppers about the price rise on Monday") is None
    assert _hit("the museum has not been surveyed since the fire",
                "volunteers surveyed 300 visitors in August") is None


def test_a_listed_predicate_negated_of_the_same_thing_still_opposes():
    # Near misses the other way: the object ("the flooding") or the subject ("the ward") is shared.
    assert _hit("we were never warned about the flooding",
                "the agency warned residents about the flooding on Friday", "residents") == ("never warn", "(affirmed)")
    assert _hit("the pier will not close this winter", "the pier closed in November") is not None


def test_a_predicate_told_with_a_pronoun_is_asked_for_no_shared_word():
    # "it breached it": what was breached is named elsewhere; the denial is answered.
    assert _hit("the firm had never breached its licence", "it breached it 12 times last year") is not None
    # The subject kept past a comma: "Ms Ferrand, who ..., has not accepted" is about Ms Ferrand.
    assert _hit("the mayor, elected in May with a large majority, has not accepted the report",
                "the mayor accepted the report on Tuesday") is not None
