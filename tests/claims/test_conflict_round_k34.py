"""Round k34 (which pair of two clusters is reported): docs/conflicts.md, "Added in round
k34". Two numeric conflicts of one pair of clusters sharing one claim, whose other claims
are two claims of one article setting other values, are two questions (that article gives
two figures: this year's and last year's, two quarters'), not one figure written two ways.
Sentences written for these tests, about none of the gold cases; each rule has near misses."""

from datetime import date

from claims.clustering import cluster_claims
from claims.conflicts import find_conflicts
from claims.conflicts.common import _BestPerClusterPair, _figures_of_one_article, pair_order
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 2, 9)
# One article giving two near figures in two near-identical sentences (clustered together),
# and a rival figure of another party in another outlet.
TWO_QUARTERS = ("The jobless rate in Tarnwick was 6.3% in the third quarter, official figures show. "
                "The jobless rate in Tarnwick had been 6.0% in the second quarter.")
RIVAL = "The jobless rate in Tarnwick rose to 7.9% in the three months to September, the chamber of commerce said."
# Near miss: one figure restated by two outlets against the rival is one question.
RESTATED_A = "The jobless rate in Tarnwick was 6.3% in the third quarter, official figures show."
RESTATED_B = "The jobless rate in Tarnwick stood at 6.3% in the third quarter, the statistics office said."


def _numeric(nlp, *texts):
    refs = []
    for n, (text, outlet) in enumerate(texts):
        refs += _claims(nlp, "abc"[n], text, outlet, DAY)
    clusters = cluster_claims([r.claim for r in refs])
    return [c for c in find_conflicts(refs, clusters) if c.kind is ConflictKind.NUMERIC]


def _figures_in(conflict):
    return {f for f in ("6.3%", "6.0%", "7.9%") if f"'{f}'" in conflict.reason}


def test_two_figures_of_one_article_against_a_rival_are_two_questions(nlp):
    found = _numeric(nlp, (TWO_QUARTERS, "Outlet A"), (RIVAL, "Outlet B"))
    assert sorted(map(sorted, map(_figures_in, found))) == [["6.0%", "7.9%"], ["6.3%", "7.9%"]]


def test_one_figure_restated_by_two_outlets_is_one_question(nlp):
    found = _numeric(nlp, (RESTATED_A, "Outlet A"), (RESTATED_B, "Outlet C"), (RIVAL, "Outlet B"))
    assert len(found) == 1 and _figures_in(found[0]) == {"6.3%", "7.9%"}


class _OneStory:
    """Every article tells one story."""

    def related(self, article_id, floor):
        return ["a", "b", "c"]


def _kept(*offers):
    best = _BestPerClusterPair(_OneStory(), 0.5)
    for conflict_id, figures, (claim_x, art_x), (claim_y, art_y) in offers:
        best.offer(("numeric", "c1", "c2"), (art_x, art_y), 0.9,
                   pair_order(conflict_id, (art_x, DAY), (art_y, DAY)), conflict_id,
                   frozenset({("percent", *figures)}), (claim_x, claim_y))
    return sorted(best.values())


def test_the_chooser_keeps_both_figures_of_one_article():
    this_quarter = ("q3", (6.3, 7.9), ("c-62", "a"), ("c-74", "b"))
    last_quarter = ("q2", (6.0, 7.9), ("c-60", "a"), ("c-74", "b"))
    assert _kept(this_quarter, last_quarter) == _kept(last_quarter, this_quarter) == ["q2", "q3"]
    # Near misses: the near figure in another article is the same figure written two ways
    # (one question) ...
    other_outlet = ("r", (6.0, 7.9), ("c-60", "c"), ("c-74", "b"))
    assert _kept(this_quarter, other_outlet) == ["q3"]
    # ... as are two claims of one article setting the same values (an article repeating
    # its figure), and two pairs sharing no claim.
    repeated = ("s", (6.3, 7.9), ("c-62b", "a"), ("c-74", "b"))
    assert _kept(this_quarter, repeated) == ["q3"]
    apart = ("t", (6.0, 7.9), ("c-60", "a"), ("c-74b", "b"))
    assert _kept(this_quarter, apart) == ["q3"]


def test_figures_of_one_article_needs_figures_and_one_shared_claim():
    sides = (("x", "a"), ("y", "b"))
    held = (("z", "a"), ("y", "b"))
    assert _figures_of_one_article(sides, frozenset({("count", 1.0, 2.0)}), held, frozenset({("count", 1.1, 2.0)}))
    # no figures (disputes, contradictions): never split
    assert not _figures_of_one_article(sides, frozenset(), held, frozenset())
    # the same claims both sides: the same item
    assert not _figures_of_one_article(sides, frozenset({("count", 1.0, 2.0)}), sides,
                                       frozenset({("count", 1.1, 2.0)}))

