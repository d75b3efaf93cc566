"""Narrated claims (issue #5): the outlet's own narration that the conflict rules can
compare becomes a claim whose speaker is the outlet. Sentences written for these tests;
each rule has a near miss."""

from datetime import date

import pytest

from claims.conflicts import find_conflicts
from claims.extract import extract_claims, parser_text
from claims.models import Article, Claim, ClaimKind, ConflictKind, stable_id
from claims.narration import carries_assessment
from tests.claims.test_conflicts import claim, ref


def _extract(nlp, text, outlet="The Gazette"):
    article = Article(article_id="g1", source="g1.txt", text=text, outlet=outlet)
    return extract_claims(article, nlp(parser_text(text)))


@pytest.mark.parametrize("sentence, carries", [
    ("Talks between the brewery and the union broke down late on Sunday.", True),
    ("The recount was granted shortly after 2am.", True),
    ("Her win was a result few had predicted.", True),
    ("Quill conceded defeat late on Friday night.", True),
    ("The march passed off largely peacefully.", True),
    # near misses: the same words saying something else, or nothing the rules compare
    ("The talks were held at a hotel near the port.", False),
    ("The brewery declined to comment.", False),
    ("Drivers walked out in a long-running dispute over pay.", False),
    ("The weather was cold and wet.", False),
])
def test_only_sentences_the_rules_can_compare_carry_an_assessment(sentence, carries):
    assert carries_assessment(sentence) is carries


def test_the_outlets_narration_is_a_claim_of_the_outlet(nlp):
    text = ("Talks between the Orwell brewery and the union broke down late on Sunday. "
            "The union said 400 members had walked out. The weather was cold.")
    claims = _extract(nlp, text)
    narrated = [c for c in claims if c.kind == ClaimKind.NARRATED]
    assert [(c.text, c.speaker) for c in narrated] == [
        ("Talks between the Orwell brewery and the union broke down late on Sunday.", "The Gazette")]
    assert all(text[c.start_char:c.end_char] == c.text for c in claims)


def test_without_an_outlet_the_article_speaks(nlp):
    (c,) = _extract(nlp, "The recount was granted shortly after 2am.", outlet=None)
    assert (c.kind, c.speaker) == (ClaimKind.NARRATED, "g1")


def test_a_sentence_a_statement_covers_is_not_narration(nlp):
    # Near miss: the same words, said by the union.
    claims = _extract(nlp, "Talks with the Orwell brewery broke down late on Sunday, the union said.")
    assert [c.kind for c in claims] == [ClaimKind.ATTRIBUTED]


def _narrated(article, text, outlet, day=date(2025, 6, 2)):
    c = Claim(claim_id=stable_id(article, text), article_id=article, kind=ClaimKind.NARRATED, text=text,
              sentence=text, sentence_start=0, start_char=0, end_char=len(text), speaker=outlet)
    return ref(c, outlet, day)


def test_two_outlets_narrating_opposite_states_contradict():
    a = _narrated("a1", "Pay talks at the Orwell brewery broke down late on Sunday.", "Gazette")
    b = _narrated("b1", "Orwell brewery negotiators continued to meet throughout Monday.", "Courier")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind == ConflictKind.CONTRADICTION and "Gazette (own report)" in conflict.reason


def test_two_outlets_narrating_the_same_state_do_not_conflict():
    a = _narrated("a1", "Pay talks at the Orwell brewery broke down late on Sunday.", "Gazette")
    b = _narrated("b1", "The Orwell brewery pay talks collapsed late on Sunday.", "Courier")
    assert find_conflicts([a, b]) == []


def test_one_outlet_narrating_a_story_as_it_moves_on_is_no_contradiction():
    # Near miss of the two outlets above: one outlet, two days.
    a = _narrated("a1", "Pay talks at the Orwell brewery broke down late on Sunday.", "Gazette", date(2025, 6, 2))
    b = _narrated("a2", "Orwell brewery negotiators continued to meet throughout Tuesday.", "Gazette",
                  date(2025, 6, 4))
    assert find_conflicts([a, b]) == []


def test_a_party_disputes_the_outlets_narration():
    a = _narrated("a1", "The Orwell brewery recount request was turned down on Monday.", "Gazette")
    sentence = "The Orwell brewery union denied that the recount request was turned down."
    b = ref(claim("b1", "denied that the recount request was turned down", sentence,
                  speaker="Orwell Brewers' Union", cue="denied"), "Courier", date(2025, 6, 3))
    (conflict,) = find_conflicts([a, b])
    assert (conflict.kind, conflict.claim_a, conflict.claim_b) == (ConflictKind.DISPUTE, a.claim.claim_id,
                                                                   b.claim.claim_id)


def test_the_outlet_reporting_a_rejection_rejects_nothing():
    # "turned down" is a rejecting word of the state list, not the outlet's dispute.
    a = _narrated("a1", "The Orwell brewery union's request for a recount was turned down.", "Gazette")
    b = ref(claim("b1", "the recount at the Orwell brewery would go ahead", speaker="Orwell Brewery", cue="said"),
            "Courier")
    assert all(c.kind != ConflictKind.DISPUTE for c in find_conflicts([a, b]))


@pytest.mark.parametrize("sentence", [
    "The company also faced new questions about whether it had been warned.",
    "A further walkout is planned unless the talks collapse.",
])
def test_a_conditional_or_a_question_asserts_nothing(sentence):
    assert not carries_assessment(sentence)


def test_a_closing_condition_is_not_part_of_the_claim(nlp):
    (c,) = _extract(nlp, "Actors voted to authorize a strike if they don't agree on a new contract by June 30.")
    assert (c.kind, c.text) == (ClaimKind.NARRATED, "Actors voted to authorize a strike")


def test_a_sentence_with_a_figure_of_its_own_gives_no_narrated_clause(nlp):
    """(v18 merge) A figure no statement holds makes its whole sentence a quantitative
    claim; a leading clause narrated out of it would overlap that claim. A figure inside
    the statement after the clause is the speaker's and does not (the near miss)."""
    text = ("According to an update issued on Friday, June 23, which marked two weeks of talks with "
            "the producers, union leaders said they were optimistic about reaching a deal.")
    claims = _extract(nlp, text)
    assert ClaimKind.NARRATED not in [c.kind for c in claims]
    near = ("Desmond Rourke has refused to concede the election and says he will challenge the result "
            "in court within 14 days.")
    assert ClaimKind.NARRATED in [c.kind for c in _extract(nlp, near)]
