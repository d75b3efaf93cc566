"""Round x24: a sum paid over is worded as the fee on one side and what one party pays on the
other ("an initial fee of £18m" / "have agreed to pay a guaranteed £24m"): fee, payment,
pay, paid and worth form one measure synonym group (claims/data/conflict_measure_synonyms_x24.txt).
"Receive" is left out: what one party receives is often a share of what another paid (a
venue's cut of a ticket fee). Sentences written for these tests, about none of the gold cases."""

from claims.lexicon import measure_synonyms
from claims.overlap import stem
from tests.claims.test_conflict_round_n20 import _numeric_between

FEE = "Brisford sold the midfielder to Calloway for an initial fee of £18m, sources said."
PAY = "Calloway have agreed to pay a guaranteed £24m, according to a report on Tuesday."


def test_the_fee_and_what_is_paid_are_one_measure():
    group = measure_synonyms()[stem("fee")]
    assert stem("paid") in group and stem("payment") in group and stem("worth") in group
    # Near miss: receiving is not paying.
    assert stem("received") not in group


def test_a_fee_meets_the_sum_paid(nlp):
    assert _numeric_between(nlp, FEE, PAY)


def test_a_share_received_is_no_rival_of_the_fee(nlp):
    # Near miss: the selling club's share, worded with "receive", is not compared.
    assert not _numeric_between(nlp, FEE, "Brisford will receive £12m of the money up front, according to a report on "
                                          "Tuesday.")


def test_the_fee_against_wages_stays_apart(nlp):
    # Near miss: a weekly wage is another measure (and a rate).
    assert not _numeric_between(nlp, FEE, "Calloway will pay the midfielder £90,000 a week, according to a report on "
                                          "Tuesday.")


def test_a_saving_and_a_reduction_are_one_measure():
    group = measure_synonyms()[stem("saving")]
    assert stem("reduce") in group and stem("save") in group
    # Near miss: a cost is not a saving.
    assert stem("cost") not in group
