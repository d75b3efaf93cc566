"""Round k95 (one conflict per pair of clusters hid true conflicts): docs/conflicts.md,
"Round k95". A pair of clusters and story reports, beside its best pair, each further pair
that restates no pair already reported (`further_questions`): a claim of its own worded
apart from the reported claims by the clustering's measure, or, for figures, another pair of
figures. The same pair of figures again from other outlets, in any words, stays folded.
Sentences written for these tests, about none of the gold cases; each rule has near misses."""

from datetime import date
from types import SimpleNamespace

from claims.conflicts.common import (
    _BestPerClusterPair,
    further_questions,
    pair_order,
    restates_claim,
    restates_pair,
)

DAY = date(2027, 5, 12)


def _claim(claim_id, text):
    return SimpleNamespace(claim_id=claim_id, text=text)


# A union's count, the same count in a second outlet's words, another claim of the union,
# and the operator's rejection of "the union's figures".
COUNT = _claim("c1", "more than 3,400 members walked out at the Hollin Bay depot on Monday")
COUNT_AGAIN = _claim("c2", "more than 3,400 members had walked out at the Hollin Bay depot")
OTHER = _claim("c3", "the operator had kept drivers off the rota for refusing unpaid overtime")
REJECTION = _claim("c4", "the union's figures")


class _OneStory:
    """Every article tells one story."""

    def related(self, article_id, floor):
        return ["a", "b", "c"]


def _chosen(*offers, figures=None, further=True):
    """The items `_BestPerClusterPair` reports of offers (name, score, claim, claim) of one
    pair of clusters, with `sides_of` unless `further` is false."""
    best = _BestPerClusterPair(_OneStory(), 0.5, sides_of=(lambda item: item[1:]) if further else None)
    for name, score, x, y in offers:
        item = (name, x, y)
        best.offer(("dispute", "k1", "k2"), ("a", "b"), score, pair_order(name, ("a", DAY), ("b", DAY)), item,
                   (figures or {}).get(name, frozenset()), (x.claim_id, y.claim_id))
    return sorted(item[0] for item in best.values())


def test_a_further_pair_of_another_claim_is_reported_too():
    offers = [("p1", 0.82, COUNT, REJECTION), ("p2", 0.75, OTHER, REJECTION)]
    assert _chosen(*offers) == _chosen(*reversed(offers)) == ["p1", "p2"]
    # Without `sides_of` (the contradiction rule's groups) the best alone, as before.
    assert _chosen(*offers, further=False) == ["p1"]


def test_a_restatement_of_the_reported_pair_stays_folded():
    # Near miss: the same count in another outlet's words against the same rejection.
    offers = [("p1", 0.82, COUNT, REJECTION), ("p2", 0.80, COUNT_AGAIN, REJECTION)]
    assert _chosen(*offers) == _chosen(*reversed(offers)) == ["p1"]
    # The best is the one reported before k95, whatever the further pairs.
    assert _chosen(("p1", 0.82, COUNT, REJECTION), ("p2", 0.80, COUNT_AGAIN, REJECTION),
                   ("p3", 0.75, OTHER, REJECTION))[0] == "p1"


def test_numeric_pairs_are_told_apart_by_their_figures_only():
    council = _claim("n1", "the scheme would raise £7.4m a year")
    guild = _claim("n2", "the guild puts the figure at £3.9m")
    council_again = _claim("n3", "The council expects the levy to bring in £7.4m annually for street cleaning")
    audit = _claim("n4", "an audit found it had raised £5.2m in its first year")
    same = frozenset({("GBP", 3.9e6, 7.4e6)})
    # Two outlets' words for one pair of figures: one question, however apart the words.
    assert not restates_claim(council, council_again)
    assert restates_pair((council_again, guild), same, (council, guild), same)
    # Another pair of figures (the audit's £5.2m against the guild's £3.9m) is another.
    assert not restates_pair((audit, guild), frozenset({("GBP", 3.9e6, 5.2e6)}), (council, guild), same)


def test_further_questions_skip_a_weaker_telling():
    # A further pair told more weakly (m60: a headline, a cited figure) than the best is
    # not reported beside it, as it would not be reported instead of it.
    held = [((0, -0.82, ("a",)), ("p1", COUNT, REJECTION), frozenset()),
            ((1, -0.90, ("b",)), ("p2", OTHER, REJECTION), frozenset())]
    assert further_questions(held[0][1], frozenset(), 0, held, lambda item: item[1:]) == []
    assert further_questions(held[0][1], frozenset(), 0, held[:1] + [((0,) + held[1][0][1:], held[1][1], frozenset())],
                             lambda item: item[1:]) == [held[1][1]]


def test_restated_claims_by_the_clustering_measure():
    assert restates_claim(COUNT, COUNT_AGAIN)
    assert restates_claim(COUNT, COUNT)
    assert not restates_claim(COUNT, OTHER)


def test_the_best_is_weighed_by_its_own_figures():
    # The best may fall outside the pairs held for further questions (many echoes scoring
    # higher by a few thousandths): its own figures still fold a pair restating them.
    council = _claim("n1", "the scheme would raise £7.4m a year")
    guild = _claim("n2", "the guild puts the figure at £3.9m")
    council_again = _claim("n3", "The council expects the levy to bring in £7.4m annually for street cleaning")
    same = frozenset({("GBP", 3.9e6, 7.4e6)})
    held = [((0, -0.9, ("b",)), ("p2", council_again, guild), same)]
    assert further_questions(("p1", council, guild), same, 0, held, lambda item: item[1:]) == []
    assert further_questions(("p1", council, guild), frozenset({("GBP", 3.9e6, 5.2e6)}), 0, held,
                             lambda item: item[1:]) == [held[0][1]]
