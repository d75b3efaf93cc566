"""(b53) Round b53 made the conflict rules cheaper at scale without changing what they
find: answers kept instead of computed again. Each test checks that the kept answer is the
one computed afresh, on small inputs."""

from __future__ import annotations

from claims.conflicts.common import _Stories
from claims.conflicts.disputes import _body_kind_nouns, _bodies_of_kind, _calls_a_kind, _kinds_called
from claims.memo import remembering_texts
from claims.models import Claim
from tests.claims.test_review_f26 import _FixedStories

SCORES = {("dock_a", "dock_b"): 0.42, ("dock_a", "dock_c"): 0.31, ("dock_b", "dock_c"): 0.12,
          ("fair_a", "fair_b"): 0.39, ("dock_a", "fair_a"): 0.15, ("dock_c", "fair_b"): 0.26}


def _fresh_partners(stories: _Stories, article_id: str, floor: float) -> set[str]:
    """`close_partners` as it was computed before b53, every time."""
    return {o for o in stories.related(article_id, floor)
            if o != article_id and not stories._named_apart_from(article_id, o, 1)}


def test_close_partners_kept_are_those_computed_afresh():
    stories = _FixedStories(SCORES)
    stories.names = {"dock_a": frozenset({"Harrowby", "Quaile", "Marsh", "Tolland", "Ferris"}),
                     "dock_b": frozenset({"Harrowby"}), "dock_c": frozenset({"Pennock", "Ivers", "Lund",
                                                                             "Oakes", "Sallow"}),
                     "fair_a": frozenset(), "fair_b": frozenset({"Sallow"})}
    for floor in (0.1, 0.25, 0.4):
        for article_id in stories.article_ids:
            first = stories.close_partners(article_id, floor)
            assert stories.close_partners(article_id, floor) == first == _fresh_partners(stories, article_id, floor)
    # dock_c names five and none of dock_a's five: no partner of it, though close enough.
    assert "dock_c" not in stories.close_partners("dock_a", 0.25)
    assert "dock_b" in stories.close_partners("dock_a", 0.25)


def test_near_miss_a_caller_changing_the_partners_changes_no_later_answer():
    stories = _FixedStories(SCORES)
    partners = stories.close_partners("dock_a", 0.25)
    partners.add("fair_b")
    partners.discard("dock_b")
    assert stories.close_partners("dock_a", 0.25) == {"dock_b", "dock_c"}


FIELDS = ["the care workers' union Carewell", "The consumer group", "the union's branch secretary",
          "its chief executive", "Brenford County Council", "the company", "a spokesperson for the firm",
          "Union", "the charity Helpline, a company"]


def test_kinds_a_field_calls_its_speaker_are_each_nouns_own_test():
    for field in FIELDS:
        expected = frozenset(noun for noun in _body_kind_nouns() if _calls_a_kind(field, noun))
        assert _kinds_called(field) == expected
        with remembering_texts():
            assert _kinds_called(field) == expected
            assert _kinds_called(field) is _kinds_called(field)  # asked once per text in a run


def test_near_miss_a_possessor_is_no_kind():
    # "the union's branch secretary" names a union as owner, not the speaker as one.
    assert "union" not in _kinds_called("the union's branch secretary")
    assert "union" in _kinds_called("the care workers' union Carewell")


def _claim(i: int, article: str, speaker: str | None, mention: str | None = None, role: str | None = None) -> Claim:
    sentence = f"Sentence number {i} of the story."
    return Claim(claim_id=f"c{i}", article_id=article, text=sentence, sentence=sentence,
                 start_char=i * 100, end_char=i * 100 + len(sentence), sentence_start=i * 100,
                 speaker=speaker, speaker_mention=mention, speaker_role=role, kind="attributed")


def _bodies_before_b53(kind: str, claims: list[Claim]) -> set[str]:
    """The first half of `_bodies_of_kind` as it read before b53: each noun's test on each
    field of each claim."""
    from claims.conflicts.disputes import _named_body

    kinds: dict[str, set[str]] = {}
    for c in claims:
        if _named_body(c.speaker):
            said = kinds.setdefault(c.speaker, set())
            if c.speaker.split()[-1].lower() in _body_kind_nouns():
                said.add(c.speaker.split()[-1].lower())
            for field in (c.speaker_mention, c.speaker_role):
                for noun in _body_kind_nouns():
                    if _calls_a_kind(field, noun):
                        said.add(noun)
    return {name for name, said in kinds.items() if kind in said
            and (name.split()[-1].lower() not in _body_kind_nouns() or name.split()[-1].lower() == kind)}


def test_bodies_of_a_kind_are_those_each_nouns_test_finds():
    claims = [_claim(1, "a1", "Tallow Freight", "the haulage company Tallow Freight"),
              _claim(2, "a1", "Dunmore Union", "the union"),
              _claim(3, "a2", "Carefirst", "the care workers' union Carefirst"),
              _claim(4, "a2", "Marla Inch", "Marla Inch", "the union's branch secretary"),
              _claim(5, "a3", "Ostrey Borough Council", "the council")]
    for kind in ("company", "union", "council", "group"):
        assert _bodies_before_b53(kind, claims) <= _bodies_of_kind(kind, claims)
        with remembering_texts():
            assert _bodies_of_kind(kind, claims) == _bodies_of_kind(kind, list(claims))
    assert _bodies_of_kind("company", claims) == {"Tallow Freight"}
    assert _bodies_of_kind("union", claims) == {"Dunmore Union", "Carefirst"}


def test_related_set_is_the_related_list_as_a_set():
    stories = _FixedStories(SCORES)
    for floor in (0.1, 0.2, 0.3):
        for article_id in stories.article_ids:
            assert stories.related_set(article_id, floor) == frozenset(stories.related(article_id, floor))
            assert stories.related_set(article_id, floor) is stories.related_set(article_id, floor)
    # Near miss: the floor is part of the key; a looser one's answer is not given for a closer one.
    assert "dock_c" in stories.related_set("dock_a", 0.3)
    assert "dock_c" not in stories.related_set("dock_a", 0.35)
