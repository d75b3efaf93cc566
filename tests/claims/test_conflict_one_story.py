"""Figures are rivals only within one story (`numeric._one_story`, docs/conflicts.md "Added
by the lead, twelfth session"). The story test is read from `_Stories.related`, faked here
with fixed overlaps so that each branch is checked apart: a store of a few test articles
gives every shared word a high weight, unlike a real store."""

from claims.conflicts.common import ConflictSettings, _Stories
from claims.conflicts.numeric import _one_story

SETTINGS = ConflictSettings()


class Overlaps:
    """`related(article, floor)` as `_Stories` answers it: the article first, then those
    overlapping it at least `floor`."""

    def __init__(self, scores: dict[frozenset[str], float]) -> None:
        self.scores = scores
        self.articles = sorted({a for pair in scores for a in pair})

    def related(self, article: str, floor: float) -> list[str]:
        return [article] + [o for o in self.articles
                            if o != article and self.scores.get(frozenset((article, o)), 0.0) >= floor]

    close_partners = _Stories.close_partners  # the real method, over these overlaps
    related_set = _Stories.related_set  # (b53) the real method too

    def named_apart(self, a: str, b: str) -> bool:
        return False  # tested in test_conflict_named_apart.py

    def _named_apart_from(self, a: str, b: str, fewest: int) -> bool:
        return False


def test_articles_sharing_no_rare_words_are_two_stories():
    stories = Overlaps({frozenset(("avalanche-a", "avalanche-b")): 0.05})
    assert not _one_story("avalanche-a", "avalanche-b", stories, SETTINGS)


def test_one_article_and_articles_overlapping_loosely_are_one_story():
    stories = Overlaps({frozenset(("strike-a", "strike-b")): SETTINGS.loose_story})
    assert _one_story("strike-a", "strike-a", stories, SETTINGS)
    assert _one_story("strike-a", "strike-b", stories, SETTINGS)


def test_two_articles_telling_a_third_ones_story_closely_are_one_story():
    # a short report naming only the sinkhole, and one naming only the road, beside the
    # agency's report naming both
    close = SETTINGS.same_story
    stories = Overlaps({frozenset(("road", "agency")): close, frozenset(("sinkhole", "agency")): close,
                        frozenset(("road", "sinkhole")): 0.05})
    assert _one_story("road", "sinkhole", stories, SETTINGS)
    # Near miss: a third article they overlap only loosely joins nothing.
    loose = Overlaps({frozenset(("road", "agency")): SETTINGS.loose_story,
                      frozenset(("sinkhole", "agency")): close, frozenset(("road", "sinkhole")): 0.05})
    assert not _one_story("road", "sinkhole", loose, SETTINGS)
