"""Rules of the fifth conflict round (issue #5): pairs of articles visited in either
order, state-subject groups, narrated clauses of long or partly quoted sentences, and the
figure rules of the round. Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_conflicts import claim, ref


def _statement(article, text, speaker, outlet, day=date(2025, 6, 2)):
    return ref(claim(article, text, speaker=speaker, cue="said"), outlet, day)


# --- pairs of articles ------------------------------------------------------------------


def test_a_contradiction_is_found_whatever_order_the_articles_come_in():
    # The later article id comes first in the store: its claim has the lower index.
    a = _statement("z1", "the pay talks with the Orwell brewery broke down late on Sunday", "Brewers' Union", "Gazette")
    b = _statement("a1", "Orwell brewery negotiators had continued to meet the union on Sunday",
                   "Orwell Brewery", "Courier")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.CONTRADICTION]
    assert [c.kind for c in find_conflicts([b, a])] == [ConflictKind.CONTRADICTION]


def test_reversed_articles_still_need_one_matter():
    # Near miss: the talks broke down; the strike continues. Nothing near the two verbs agrees.
    a = _statement("z1", "the pay talks with the Orwell brewery broke down late on Sunday", "Brewers' Union", "Gazette")
    b = _statement("a1", "the strike at the Orwell brewery will continue into next week", "Orwell Brewery", "Courier")
    assert find_conflicts([a, b]) == []
