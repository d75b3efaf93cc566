"""Round fxS: two negations in one clause that affirm (docs/conflicts.md, "Round fxS").
Sentences written for these tests, not the gold.

A negation whose clause goes on to "without" ("never refused a permit without a hearing")
or to a relative clause that negates again ("will not employ anyone who has not passed")
sets a condition: the words it covers are neither asserted nor denied
(`contradictions.DOUBLE_NEGATIVE`, `DOUBLE_RELATIVE`). A single negation still opposes."""

from __future__ import annotations

from tests.claims.test_figure_roles import _contradictions


FERRY = "Harbour ferry crews at Calloway Sound are being vetted under a new licensing scheme. "


def test_a_negated_relative_clause_under_a_negation_affirms(nlp):
    a = FERRY + "The harbour master said: \"We will not employ anyone who has not completed the safety course.\""
    b = FERRY + "The operator said every skipper it employs has completed the safety course."
    assert not _contradictions(nlp, a, b)


def test_a_negation_with_without_does_not_deny_the_act(nlp):
    a = FERRY + "The harbour board said it had never refused a permit without a hearing."
    b = FERRY + "The board refused 14 permits last year, the operators' group said."
    assert not _contradictions(nlp, a, b)


def test_a_single_negation_still_opposes(nlp):
    # near miss: one negation, no condition
    a = FERRY + "The harbour master said most skippers had not completed the safety course."
    b = FERRY + "The operator said every skipper it employs has completed the safety course."
    assert _contradictions(nlp, a, b)
