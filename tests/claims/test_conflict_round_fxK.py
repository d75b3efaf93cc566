"""Round fxK: a rejection naming its target as a clause ("the claim that no parent was asked
is untrue") is aimed at the other party's claim saying that clause with its negation in
another place ("had not asked a single parent"): `disputes._polarity_disagrees` no longer
reads the two as saying the shared words absent and present when a shared word is said
absent on both sides. Sentences written for these tests, not the gold.
"""

from __future__ import annotations

from claims.conflicts.disputes import _absent_stems, _polarity_disagrees
from claims.overlap import topic_stems
from tests.claims.test_conflict_round_d89 import _disputes


def _disagree(clause: str, text: str) -> bool:
    return _polarity_disagrees(_absent_stems(clause), topic_stems(clause) & topic_stems(text), text)


def test_one_negated_clause_in_another_order_agrees():
    assert not _disagree("no parent was asked", "the trust had not asked a single parent before closing the unit")
    assert not _disagree("the footbridge was not inspected", "engineers never inspected the footbridge")


def test_a_clause_said_absent_against_one_said_present_still_disagrees():
    assert _disagree("drivers have had no pay rise", "the firm has offered drivers a 5% pay rise")
    assert _disagree("no parent was asked", "every parent was asked in writing in March")


FIRST = ("Parents at Ashcombe Primary say the academy trust closed the school's nursery unit without "
         "warning. \"The trust had not asked a single parent before closing the unit,\" said Dilys Carrow, "
         "who leads the Ashcombe Parents' Forum. The forum said 140 families had signed its letter.")
SECOND = ("The Brackenfold Academy Trust said it had held four meetings with families in the spring "
          "before the nursery unit at Ashcombe Primary closed. \"The claim that no parent was asked is "
          "simply untrue,\" said the trust's chief executive, Oswin Peverell.")


def test_the_claim_that_a_negated_clause_is_untrue_takes_the_claim_saying_it(nlp):
    found = _disputes(nlp, SECOND, other=FIRST)
    assert any("single parent" in a + b and "no parent was asked" in a + b for a, b in found), found
