"""Counts gained and counts lost are two things: "will create 150 jobs" is no rival of "will
cost 650 jobs" (session 8). Sentences written for these tests, about none of the gold cases."""


from claims.figure_roles import gain_or_loss
from claims.models import Claim, ClaimKind, Quantity, QuantityKind
from tests.claims.test_conflict_round_n20 import _numeric_between


def test_a_count_gained_is_no_rival_of_a_count_lost(nlp):
    assert not _numeric_between(nlp, "The new distribution centre at Harwick will create 150 jobs, the company said.",
                                "The closure of the Harwick depot will cost 650 jobs, the union said.")
    assert not _numeric_between(nlp, "The firm hired 300 drivers in Brenton this year, its chief executive said.",
                                "The firm laid off 120 drivers in Brenton this year, the union said.")
    assert not _numeric_between(nlp, "The plan will add 200 nurses to the Redfield wards, the ministry said.",
                                "The Redfield wards lost 90 nurses last year, the nurses' union said.")


def test_two_accounts_of_one_loss_still_conflict(nlp):
    # Near misses: both lost, or one side says neither; the figures are still rivals.
    assert _numeric_between(nlp, "The closure of the Harwick depot will cost 650 jobs, the union said.",
                            "The company said 300 jobs would be cut when the Harwick depot closes.")
    assert _numeric_between(nlp, "The new Harwick distribution centre will create 150 jobs, the company said.",
                            "Council officials said the new Harwick distribution centre would bring 900 jobs.")


def _count(sentence: str, surface: str, unit: str = "count") -> tuple[Quantity, Claim]:
    start = sentence.index(surface)
    q = Quantity(surface=surface, start_char=start, end_char=start + len(surface), value=1.0, unit=unit,
                 kind=QuantityKind.AMOUNT)
    claim = Claim(claim_id="c", article_id="a", kind=ClaimKind.QUANTITATIVE, text=sentence, sentence=sentence,
                  sentence_start=0, start_char=0, end_char=len(sentence), quantities=[q])
    return q, claim


def test_gain_or_loss_reads_the_figures_own_clause():
    assert gain_or_loss(*_count("Ferrand will shed 400 posts.", "400")) == -1
    assert gain_or_loss(*_count("Ferrand will recruit 400 engineers.", "400")) == 1
    # Near misses: another clause's loss, both in one clause, and money (a price, not a loss).
    assert gain_or_loss(*_count("Despite losing the contract, Ferrand employs 400 people.", "400")) == 0
    assert gain_or_loss(*_count("Ferrand cut 40 posts and created 40 others.", "40 posts")) == -1
    assert gain_or_loss(*_count("The upgrade will cost $5 million.", "$5 million", unit="USD")) == 0


def test_an_estimate_closer_to_a_figure_is_no_closure(nlp):
    # "closer to 600" is a hedge, not a loss: the rival of "hired 2,000 new teachers".
    assert _numeric_between(nlp, "The ministry said it had hired 2,000 new maths teachers since 2022.",
                            'The union said the real number of new maths teachers was "closer to 600."')
