"""Round u103: of the pairs of one pair of clusters, the contradiction whose two sides both
hold the opposing words is reported before one a side of which is read only as the other's
proposition said without its negation ("(affirmed)") (docs/conflicts.md, "Round u103").
Sentences written for these tests, not the gold."""

from __future__ import annotations

from datetime import date

from claims.conflicts.common import NEAR_SCORE, _BestPerClusterPair
from claims.conflicts.contradictions import affirmed_sides, contradiction_order
from tests.claims.test_figure_roles import _claim_pairs

DAY = date(2026, 4, 2)


def test_affirmed_sides_counts_only_the_bare_affirmation():
    assert affirmed_sides(("not check", "(affirmed)")) == 1
    assert affirmed_sides(("(affirmed)", "no widow")) == 1
    assert affirmed_sides(("passed", "failed")) == 0
    # a count answering a denial names what it counts: not the weakest reading
    assert affirmed_sides(("(counted)", "no licenc")) == 0
    assert affirmed_sides(("time taken (overran)", "time limit")) == 0


def test_opposing_words_rank_before_an_affirmed_side_of_the_same_articles():
    sides = (("a0", DAY), ("a1", DAY))
    # the affirmed pair has the smaller id: with `pair_order` alone it would come first
    affirmed = contradiction_order(("not put", "(affirmed)"), 0, "contradiction:aaaa", *sides)
    opposed = contradiction_order(("breach (excepted)", "every breach"), 0, "contradiction:ffff", *sides)
    assert opposed < affirmed


def test_a_headline_still_ranks_after_a_body_pair():
    sides = (("a0", DAY), ("a1", DAY))
    body = contradiction_order(("not put", "(affirmed)"), 0, "contradiction:ffff", *sides)
    headline = contradiction_order(("passed", "failed"), 1, "contradiction:aaaa", *sides)
    assert body < headline


class _OneStory:
    """Two articles of one story, for `_BestPerClusterPair`."""

    def related(self, article_id, floor):
        return {"a0", "a1"}


def test_the_chooser_reports_the_opposing_words_of_a_near_tie():
    # "Seven of the 11 faults had still not been fixed" against "the home has been given
    # three months to fix 11 faults" (the act read as said) and against "all 11 faults would
    # be fixed by the end of June" (every fault against a counted exception), one pair of
    # clusters, scores within NEAR_SCORE: the second is reported.
    best = _BestPerClusterPair(_OneStory(), 0.5)
    sides = (("a0", DAY), ("a1", DAY))
    best.offer(("c1", "c2"), ("a0", "a1"), 0.70,
               contradiction_order(("not fix", "(affirmed)"), 0, "contradiction:0001", *sides), "given three months to fix")
    best.offer(("c1", "c2"), ("a0", "a1"), 0.70 - NEAR_SCORE / 2,
               contradiction_order(("fault (excepted)", "every fault"), 0, "contradiction:0002", *sides),
               "all 11 faults would be fixed")
    assert best.values() == ["all 11 faults would be fixed"]


def test_a_clearly_higher_score_still_wins():
    # near miss: the affirmed pair scores higher by more than NEAR_SCORE and is reported
    best = _BestPerClusterPair(_OneStory(), 0.5)
    sides = (("a0", DAY), ("a1", DAY))
    best.offer(("c1", "c2"), ("a0", "a1"), 0.70,
               contradiction_order(("not fix", "(affirmed)"), 0, "contradiction:0002", *sides), "affirmed")
    best.offer(("c1", "c2"), ("a0", "a1"), 0.70 - 2 * NEAR_SCORE,
               contradiction_order(("fault (excepted)", "every fault"), 0, "contradiction:0001", *sides), "opposed")
    assert best.values() == ["affirmed"]


def test_end_to_end_the_failed_valve_against_passed(nlp):
    # the regulator's "the pump that failed" against the company's "checked ... and passed"
    first = ("A gas leak at the Brindle Road depot of Ostrava Fuels forced 200 people from their homes on Monday. "
             "Ostrava Fuels said in a statement that the pump had been checked in February and passed.",
             "Mercia Courier", DAY)
    second = ("A gas leak at the Brindle Road depot of Ostrava Fuels forced 200 people from their homes on Monday. "
              "The safety regulator said the pump that failed had last been checked 27 months before the leak.",
              "Wyre Valley News", DAY)
    assert ("the pump had been checked in February and passed",
            "the pump that failed had last been checked 27 months before the leak") in _claim_pairs(nlp, first, second)
