"""Round m60 (which member of a pair of clusters the report shows): docs/conflicts.md,
"Added in round m60". Of the pairs of one pair of clusters, those told without a headline,
without a figure cited as another's and (disputes) with a rejection naming the figure it
rejects come first, whatever their scores. Sentences written for these tests, about none of
the gold cases; each rule has a near miss."""

from claims.conflicts import find_conflicts
from claims.conflicts.common import _BestPerClusterPair, cites_figure, names_target_figure, weaker_telling
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims


class _OneStory:
    """Every article tells one story."""

    def related(self, article_id, floor):
        return ["a", "b", "c"]


def _kept(*offers):
    best = _BestPerClusterPair(_OneStory(), 0.5)
    for name, score, weaker in offers:
        best.offer(("dispute", "c1", "c2"), ("a", "b"), score, (name,), name, weaker=weaker)
    return best.values()


def test_a_weaker_telling_gives_way_whatever_the_score():
    short = ("short paraphrase", 0.87, (0, 0, 1))
    named = ("names the figure", 0.82, (0, 0, 0))
    assert _kept(short, named) == _kept(named, short) == ["names the figure"]
    # Near miss: two pairs told alike are weighed by score as before (0.05 apart: the higher).
    alike = ("alike", 0.87, (0, 0, 0))
    assert _kept(alike, named) == _kept(named, alike) == ["alike"]
    # ... and within NEAR_SCORE by order (the first by name here).
    assert _kept(("b", 0.82, (0, 0, 0)), ("a", 0.81, (0, 0, 0))) == ["a"]


def _claim(nlp, text, figure):
    return next(r.claim for r in _claims(nlp, "a", text, "Outlet A") if figure in r.claim.text)


def test_a_figure_announced_by_another_party_is_cited(nlp):
    cited = _claim(nlp, "Mr Venn said the fee Castleford paid was far below the £18m announced by Harrowgate Rovers.",
                   "£18m")
    assert cites_figure(cited, frozenset({18_000_000.0}))
    # Near misses: the club's own announcement (the verb outside the claim's figure phrase),
    # a figure with "reported" as the claim's own verb, and a value the conflict does not compare.
    own = _claim(nlp, "Harrowgate Rovers sold Tobias Venn to Castleford for a record fee of £18m, the club announced.",
                 "£18m")
    assert not cites_figure(own, frozenset({18_000_000.0}))
    reported = _claim(nlp, "The landlord said only 16 flats had reported leaks since March.", "16")
    assert not cites_figure(reported, frozenset({16.0}))
    assert not cites_figure(cited, frozenset({11_000_000.0}))


def test_a_rejection_naming_the_figure_names_the_target_figure(nlp):
    target = _claim(nlp, "The council said its crews had cleared 900 blocked drains since January.", "900")
    named = _claim(nlp, "Residents said the figure of 900 drains was not remotely accurate.", "900")
    assert names_target_figure(target, named)
    # Near miss: a rejection of the council's account that names no figure.
    unnamed = next(r.claim for r in _claims(nlp, "b", "Residents rejected the council's account of its drain repairs.",
                                            "Outlet B"))
    assert not names_target_figure(target, unnamed)
    assert weaker_telling(ConflictKind.DISPUTE, target, unnamed, 0) == (0, 0, 1)
    assert weaker_telling(ConflictKind.DISPUTE, target, named, 0) == (0, 0, 0)
    # Other kinds never count a rejection's figure, and headlines come first.
    assert weaker_telling(ConflictKind.CONTRADICTION, target, unnamed, 1) == (1, 0, 0)


def _disputes(nlp, rejection):
    """A council's count, a campaign's rejection of its account (earlier) and `rejection`
    (later), the two rejections in one cluster: one dispute is reported for the pair."""
    from datetime import date

    from claims.models import ClusterMember

    refs = (_claims(nlp, "a", "The council said its road crews had repaired 900 potholes since January.",
                    "Outlet A", date(2027, 3, 1))
            + _claims(nlp, "c", "Campaigners in Dunholm rejected the council's account of its pothole repairs.",
                      "Outlet C", date(2027, 3, 2))
            + _claims(nlp, "b", rejection, "Outlet B", date(2027, 3, 3)))
    by_id = {r.claim.claim_id: r.claim for r in refs}
    cluster = [ClusterMember(cluster_id="k", claim_id=r.claim.claim_id, score=1.0)
               for r in refs if r.claim.article_id in ("b", "c")]
    return [by_id[c.claim_b].text for c in find_conflicts(refs, cluster) if c.kind is ConflictKind.DISPUTE]


def test_the_rejection_naming_the_figure_is_reported(nlp):
    # On main the account's rejection (scored higher, seen first) was the one reported.
    assert _disputes(nlp, "Jo Marsh of Fix Our Roads said the figure of 900 repairs was not remotely accurate.") \
        == ["the figure of 900 repairs was not remotely accurate"]


def test_rejections_naming_no_figure_keep_the_order(nlp):
    # Near miss: neither rejection names the count, so score and order decide as before.
    assert _disputes(nlp, "Jo Marsh of Fix Our Roads said the council's repair figures were not remotely accurate.") \
        == ["the council's account of its pothole repairs"]
