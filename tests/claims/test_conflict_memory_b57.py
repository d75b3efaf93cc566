"""(b57) Round b57 made what the conflict stage keeps per claim and per article smaller
without changing it: a claim's own words are its text (the same object) when no claim is
nested in it, the story overlaps are kept per article, and the proper names of the
articles are one string per name (and one set per equal set of names)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.common import _BestPerClusterPair, _proper_names, pair_order
from claims.conflicts.disputes import own_words
from claims.overlap import sharing_stem_sets
from tests.claims.test_conflicts import claim
from tests.claims.test_review_f26 import _FixedStories


def test_own_words_of_a_claim_holding_no_other_are_its_text_itself():
    sentence = "The harbour board said the toll would rise to $4 on Monday, and ferry staff said they would strike."
    toll = claim("h1", "the toll would rise to $4 on Monday", sentence, speaker="Harbour Board", cue="said")
    strike = claim("h1", "they would strike", sentence, speaker="Ferry Staff", cue="said")
    assert own_words(toll, [toll, strike]) is toll.text
    assert own_words(toll, [toll]) is toll.text


def test_near_miss_a_claim_holding_another_still_has_its_span_blanked():
    sentence = "The mill said output was 40 tonnes, a number that the auditor said was inflated."
    outer = claim("m1", "output was 40 tonnes, a number that the auditor said was inflated", sentence,
                  speaker="Mill", cue="said")
    inner = claim("m1", "a number that the auditor said was inflated", sentence, speaker="Auditor", cue="said")
    own = own_words(outer, [outer, inner])
    assert own is not outer.text and "inflated" not in own and own.startswith("output was 40 tonnes")
    assert len(own) == len(outer.text)
    # A claim of another sentence's span, or one as long as it, blanks nothing.
    same_span = claim("m1", outer.text, sentence, speaker="Other", cue="said")
    assert own_words(outer, [outer, same_span]) is outer.text


SCORES = {("quay_a", "quay_b"): 0.42, ("quay_a", "quay_c"): 0.31, ("quay_b", "quay_c"): 0.12,
          ("mill_a", "mill_b"): 0.39}


def test_story_scores_kept_per_article_answer_both_ways_round():
    stories = _FixedStories(SCORES)
    for article_id in stories.article_ids:
        stories.related(article_id, 0.1)
    for (a, b), s in SCORES.items():
        assert stories.score(a, b) == stories.score(b, a) == s
    assert stories.score("quay_a", "quay_a") == 1.0
    assert set(stories._scores["quay_a"]) == {"quay_b", "quay_c"}


def test_near_miss_a_pair_never_related_scores_nothing():
    stories = _FixedStories(SCORES)
    stories.related("quay_a", 0.1)
    assert stories.score("quay_a", "mill_a") == stories.score("mill_b", "quay_b") == 0.0
    # Below the floor asked for, a pair is not kept, so it scores nothing either.
    stories.related("mill_a", 0.5)
    assert stories.score("mill_a", "mill_b") == 0.0


def _sentences(*articles):
    return {article_id: dict.fromkeys(said) for article_id, said in articles}


def test_proper_names_are_one_string_per_name_and_one_set_per_equal_set():
    said = _sentences(("wire_a", ["The Tarrowby council said the Quillan bridge would shut."]),
                      ("wire_b", ["The Tarrowby council said the Quillan bridge would shut."]),
                      ("local", ["Residents of Tarrowby said the closure was sudden."]))
    with sharing_stem_sets():
        names = _proper_names(said)
    assert names["wire_a"] == names["wire_b"] == frozenset({"Tarrowby", "Quillan"})
    assert names["wire_a"] is names["wire_b"]
    (tarrowby,) = names["local"]
    assert tarrowby == "Tarrowby" and tarrowby is next(n for n in names["wire_a"] if n == "Tarrowby")


def test_near_miss_other_names_are_other_sets_and_nothing_is_shared_outside_a_run():
    said = _sentences(("a", ["The Tarrowby council said the Quillan bridge would shut."]),
                      ("b", ["The Tarrowby council said the Pellam bridge would shut."]),
                      ("c", ["The Tarrowby council said the Quillan bridge would shut."]))
    with sharing_stem_sets():
        names = _proper_names(said)
    assert names["a"] != names["b"] and names["a"] is not names["b"]
    outside = _proper_names(said)
    assert outside["a"] == outside["c"] and outside["a"] is not outside["c"]


# (b57) `_BestPerClusterPair.offer`: a story asked of the kept item's articles one by one
# (no union of the stories per offer), and no sides kept for items setting no figures.
DAY = date(2027, 3, 1)


class _TwoStories:
    """Articles of the quay story and of the mill story (an article's story holds itself)."""

    def related(self, article_id, floor):
        return ["q1", "q2", "q3"] if article_id.startswith("q") else [article_id, "m9"] if article_id == "m1" else [article_id]


def _offer_all(best, offers, figures=frozenset()):
    for conflict_id, score, articles, claim_ids in offers:
        best.offer(("contradiction", "k1", "k2"), articles, score,
                   pair_order(conflict_id, *((a, DAY) for a in articles)), conflict_id, figures, claim_ids)


ECHOES = [(f"echo-{i}", 0.5 + i / 1000, (f"q{1 + i % 3}", f"q{1 + (i + 1) % 3}"), (f"ca{i}", f"cb{i}"))
          for i in range(12)]
ELSEWHERE = [("mill-1", 0.45, ("m1", "m2"), ("cm1", "cm2"))]


def test_echoes_of_one_story_are_one_item_kept_without_their_sides():
    best = _BestPerClusterPair(_TwoStories(), 0.5)
    _offer_all(best, ECHOES + ELSEWHERE)
    groups = best._kept[("contradiction", "k1", "k2")]
    assert len(groups) == 2 and all(group[4] == [] for group in groups)
    kept = sorted(best.values())
    assert kept[0].startswith("echo-") and kept[1] == "mill-1"
    again = _BestPerClusterPair(_TwoStories(), 0.5)
    _offer_all(again, list(reversed(ELSEWHERE + ECHOES)))
    assert sorted(again.values()) == sorted(best.values())


def test_near_miss_an_item_reaching_a_story_only_through_a_story_article_joins_it():
    # m1's story holds m9: an item of (m1, m5) is of the story of the kept (m9, m2) item,
    # one of (m5, m6) is not (m5's and m6's stories hold only themselves).
    best = _BestPerClusterPair(_TwoStories(), 0.5)
    _offer_all(best, [("mill-1", 0.45, ("m9", "m2"), ("cm9", "cm2")),
                      ("mill-2", 0.47, ("m1", "m5"), ("cm1", "cm5")),
                      ("mill-3", 0.46, ("m5", "m6"), ("cm5", "cm6"))])
    kept = sorted(best.values())
    assert len(kept) == 2 and kept[1] == "mill-3" and kept[0] in ("mill-1", "mill-2")


def test_near_miss_items_setting_figures_keep_their_sides():
    best = _BestPerClusterPair(_TwoStories(), 0.5)
    _offer_all(best, ECHOES[:3], figures=frozenset({("percent", 6.0, 7.9)}))
    (group,) = best._kept[("contradiction", "k1", "k2")]
    assert len(group[4]) == 3

