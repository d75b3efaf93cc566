"""(b57) Round b57 made what the conflict stage keeps per claim and per article smaller
without changing it: a claim's own words are its text (the same object) when no claim is
nested in it, the story overlaps are kept per article, and the proper names of the
articles are one string per name (and one set per equal set of names)."""

from __future__ import annotations

from claims.conflicts.common import _proper_names
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
