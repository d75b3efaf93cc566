"""Round l58: one long article (50,000 words) ran for minutes in extraction, because
speaker resolution, figures and narration each read the whole article again for every
statement, pronoun or sentence (`Doc.text` and `Doc.ents` rebuilt per read, every person
named so far walked per "he", every figure per statement). The bound is shown as work,
not time: the Python calls made per token stay flat when the article grows four times."""

from __future__ import annotations

import cProfile
import pstats

import pytest

from claims.attribution import find_attributions
from claims.conflicts.disputes import own_words
from claims.extract import extract_claims, parser_text
from claims.models import Article, ClaimRef
from claims.quantities import _entities

PARAGRAPH = (
    "Mira Osei, chief executive of the Harlow Water Company, said 4,200 homes had lost "
    "supply on Tuesday. \"We are doing everything we can,\" she said. Tom Hale, a "
    "councillor, said the figure was closer to 6,000 homes. He added that the company had "
    "been warned in 2019. The company denied that. Residents said queues at the bottled "
    "water station on Mill Road ran for two hours. \"It is a disgrace,\" said Jane Roe, "
    "who lives nearby. Talks broke down late on Sunday, and the regulator said it would "
    "review the outage within 30 days.\n\n"
)


def _calls_per_token(nlp, copies: int, work) -> float:
    text = PARAGRAPH * copies
    doc = nlp(parser_text(text))
    article = Article(article_id="long", outlet="Gazette", text=text, source="long.txt")
    profile = cProfile.Profile()
    profile.enable()
    work(article, doc)
    profile.disable()
    return pstats.Stats(profile).total_calls / len(doc)


@pytest.mark.parametrize("work", [
    lambda article, doc: find_attributions(doc),
    lambda article, doc: extract_claims(article, doc),
], ids=["attribution", "extraction"])
def test_work_per_token_stays_flat_as_the_article_grows(nlp, work):
    _calls_per_token(nlp, 1, work)  # word lists and patterns load on first use
    short = _calls_per_token(nlp, 6, work)
    long = _calls_per_token(nlp, 24, work)
    # linear work: the same calls per token (give or take the article's opening);
    # before l58, four times the text made over twice the calls per token
    assert long < 1.3 * short, (short, long)


def test_entities_of_a_sentence_are_those_spacy_gives(nlp):
    doc = nlp(PARAGRAPH * 2)
    entities = _entities(doc)
    for sent in doc.sents:
        assert entities.inside(sent.start, sent.end) == list(sent.ents)


def test_own_words_read_only_the_claims_starting_inside(nlp, monkeypatch):
    """The conflict rules blank the claims nested in a claim (`own_words`); they are
    handed only the claims starting inside it, with the same result as all of them.
    (r60) Read from `find_conflicts` itself, so that its wiring is what is tested."""
    import claims.conflicts as conflicts

    text = PARAGRAPH * 3
    article = Article(article_id="long", outlet="Gazette", text=text, source="long.txt")
    claims = extract_claims(article, nlp(parser_text(text)))
    handed = []

    def spy(claim, others):
        handed.append((claim, list(others)))
        return own_words(claim, others)
    monkeypatch.setattr(conflicts, "own_words", spy)
    conflicts.find_conflicts([ClaimRef(claim=c, outlet="Gazette") for c in claims])
    assert len(handed) == len(claims)
    assert len(handed[-1][1]) < len(claims)
    for claim, others in handed:
        assert others == [c for c in claims if claim.start_char <= c.start_char <= claim.end_char]
        assert own_words(claim, others) == own_words(claim, claims)