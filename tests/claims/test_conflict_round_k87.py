"""Round k87 (two stories in one store): docs/conflicts.md, "Round k87". Articles published
more than a few days apart are of one story only when they share a rare word, a name or a
matter few articles of the store hold (`_Stories.evidenced`); words a store's many
articles hold ("council", "households", "waiting list") are no evidence. Sentences written
for these tests, about none of the gold cases; each has near misses that stay conflicts."""

from datetime import date, timedelta
from types import SimpleNamespace

from claims.conflicts import find_conflicts
from claims.conflicts.common import STORY_NEAR_DAYS, STORY_RARE_FEWEST, _Stories
from claims.models import ConflictKind
from claims.overlap import TopicIndex
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 10, 4)
LATER = STORY_NEAR_DAYS + 4

# More articles than STORY_RARE_FEWEST hold the words the two rival figures share.
TOWNS = ["Pennistow", "Bellingford", "Corranby", "Dunwick", "Elmstead", "Farrowby", "Glenmarsh", "Ruddlecombe",
         "Ivybridge", "Wendlecombe", "Larkmoor", "Marlow Fen"]
FEW = "The council said {} households were on the housing waiting list in March."
REPLY = "{} council said households on the housing waiting list would be contacted in March."

NEVER = "Residents said the council had never consulted them before the road works began."
CONSULTED = "The council said residents had been consulted before the road works began."
REPLY_WORKS = "{} council said residents would be consulted before the road works began."


def _pair(nlp, a_text, b_text, days, filler=REPLY, fillers=TOWNS):
    """The conflicts between article "a" and article "b" (`days` later), in a store holding
    one more article per town of `fillers`, each a few days from "a"."""
    refs = _claims(nlp, "a", a_text, "Outlet A", DAY) + _claims(nlp, "b", b_text, "Outlet B", DAY + timedelta(days))
    for n, town in enumerate(fillers):
        refs += _claims(nlp, f"f{n:02d}", filler.format(town), f"Outlet {n}", DAY + timedelta(n % 3))
    ours = {r.claim.claim_id for r in refs if r.claim.article_id in ("a", "b")}
    return [c.kind for c in find_conflicts(refs) if {c.claim_a, c.claim_b} <= ours]


def test_figures_days_apart_sharing_only_common_words_are_two_stories(nlp):
    assert len(TOWNS) > STORY_RARE_FEWEST
    assert ConflictKind.NUMERIC not in _pair(nlp, FEW.format("2,100"), FEW.format("3,400"), LATER)
    # Near misses: the same figures within the days of one story ...
    assert ConflictKind.NUMERIC in _pair(nlp, FEW.format("2,100"), FEW.format("3,400"), STORY_NEAR_DAYS - 2)
    # ... days apart, naming one town few articles name ...
    named = FEW.replace("The council", "Quellmoor council")
    assert ConflictKind.NUMERIC in _pair(nlp, named.format("2,100"), named.format("3,400"), LATER)
    # ... or in a store too small for any shared word to be common, stay conflicts.
    assert ConflictKind.NUMERIC in _pair(nlp, FEW.format("2,100"), FEW.format("3,400"), LATER, fillers=TOWNS[:3])


def test_opposite_words_days_apart_sharing_only_common_words_are_two_stories(nlp):
    assert ConflictKind.CONTRADICTION not in _pair(nlp, NEVER, CONSULTED, LATER, REPLY_WORKS)
    assert ConflictKind.CONTRADICTION in _pair(nlp, NEVER, CONSULTED, STORY_NEAR_DAYS - 2, REPLY_WORKS)
    assert ConflictKind.CONTRADICTION in _pair(nlp, NEVER.replace("the road", "the Quellmoor road"),
                                               CONSULTED.replace("the road", "the Quellmoor road"), LATER, REPLY_WORKS)


def _stories(texts_days):
    judged = [SimpleNamespace(claim=SimpleNamespace(article_id=f"x{n:02d}", sentence=text),
                              ref=SimpleNamespace(published=DAY + timedelta(days)))
              for n, (text, days) in enumerate(texts_days)]
    return _Stories(judged)


def test_evidence_is_a_rare_shared_stem_or_nearness_in_time():
    common = "the council said households waited"
    stories = _stories([(common + " in Quellmoor", 0), (common + " in Quellmoor", LATER), (common, LATER),
                        *((f"{common} in {town}", 1) for town in TOWNS)])
    assert stories.evidenced("x00", "x01")       # a rare name shared, days apart
    assert not stories.evidenced("x00", "x02")   # common words only, days apart
    assert stories.evidenced("x00", "x03")       # common words only, a day apart
    assert stories.evidenced("x02", "x02")


def test_rarest_shared_and_held_by():
    index = TopicIndex(["flood barrier council", "flood barrier council", "council vote", "council vote"],
                       keep_stem_sets=False)
    assert index.rarest_shared(0, 1) == index.held_by(2)  # "flood", "barrier": two texts each
    assert index.rarest_shared(0, 2) == index.held_by(4)  # "council": all four
    assert index.rarest_shared(0, 1) > index.rarest_shared(0, 2)
