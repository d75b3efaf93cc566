"""Round m95: the benchmark's replicated store stands for independent stories
(`bench/run_bench.py`, `Replicator`, `replicate_claims`). A copy of a store's claims gets
its own outlets, dates past every window in which the rules pair two articles, and its own
names (words of the same length, not suffixes glued to words), so that the copy's claims
form conflicts among themselves, as the originals do, and none with the originals.
Sentences written for this test."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from claims.conflicts import find_conflicts
from claims.conflicts.common import ConflictSettings
from claims.models import Article, ClaimRef
from tests.claims.test_figure_roles import _claims

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from run_bench import Replicator, names_of, replicate_claims, replicated_articles  # noqa: E402

ARTICLES = [
    ("march-a", "Fenwold Echo", date(2025, 6, 2),
     "Police said 1,200 people joined the march through Carrowby on Saturday. "
     "Inspector Maria Okonkwo said the march passed off peacefully."),
    ("march-b", "Vale Weekly", date(2025, 6, 3),
     "Organisers said 6,000 people joined the march through Carrowby on Saturday. "
     "Union organiser Tomasz Brennock said the turnout showed the strength of feeling."),
    ("bridge-a", "Fenwold Echo", date(2025, 6, 20),
     "The Dunmere bridge will reopen in October, the county council said on Monday. "
     "Council leader Priya Haldane said the repairs had cost £3.4 million."),
]


def _store(nlp) -> list[ClaimRef]:
    return [r for aid, outlet, day, text in ARTICLES for r in _claims(nlp, aid, text, outlet, day)]


def _copy_of(article_id: str) -> int:
    return int(article_id.partition("~")[2] or 0)


def test_names_are_capitalised_words_inside_sentences_not_common_or_calendar_words(nlp):
    names = names_of(_store(nlp))
    assert {"Carrowby", "Okonkwo", "Brennock", "Dunmere", "Haldane"} <= names
    # weekdays and months stay; a word at a sentence's start is no evidence of a name
    assert not {"Saturday", "Monday", "October", "Police", "Organisers", "The"} & names


def test_a_copy_has_its_own_outlets_dates_and_names(nlp):
    refs = _store(nlp)
    replicator = Replicator(refs)
    sample = replicate_claims(refs, 2 * len(refs), replicator)
    originals, copies = sample[:len(refs)], sample[len(refs):]
    assert all(_copy_of(r.claim.article_id) == 1 for r in copies)
    assert not {r.outlet for r in copies} & {r.outlet for r in originals}
    window = ConflictSettings().replaced_days
    assert min(c.published for c in copies) - max(o.published for o in originals) > timedelta(days=window)
    for original, copy in zip(originals, copies, strict=True):
        a, b = original.claim, copy.claim
        # offsets still hold: names are replaced by words of the same length
        assert len(b.sentence) == len(a.sentence)
        assert b.sentence[b.start_char - b.sentence_start:].startswith(b.text[:4]) or b.text[:1].isdigit()
        for name in ("Carrowby", "Okonkwo", "Brennock", "Dunmere", "Haldane"):
            assert name not in b.sentence
        for word in ("Saturday", "Monday", "October"):
            assert (word in a.sentence) == (word in b.sentence)
        if a.speaker_kind == "person":  # a person's name: each word another word as long
            assert b.speaker != a.speaker and len(b.speaker) == len(a.speaker)
            assert all(w.isalpha() and w[0].isupper() for w in b.speaker.split())
    # the copy's articles are told as the copy tells them
    articles = [Article(article_id=aid, source="test", text=text, outlet=outlet, published=day,
                        title=f"{outlet}: Carrowby") for aid, outlet, day, text in ARTICLES]
    told = replicated_articles(articles, {r.claim.article_id for r in sample}, replicator)
    by_id = {a.article_id: a for a in told}
    for ref in copies:
        article = by_id[ref.claim.article_id]
        assert (article.outlet, article.published) == (ref.outlet, ref.published)
        assert "Carrowby" not in article.text and "Carrowby" not in article.title
        assert article.text[ref.claim.sentence_start:].startswith(ref.claim.sentence[:20])


def test_a_copy_forms_conflicts_among_its_own_claims_and_none_with_the_originals(nlp):
    refs = _store(nlp)
    sample = replicate_claims(refs, 3 * len(refs))
    copy = {r.claim.claim_id: _copy_of(r.claim.article_id) for r in sample}
    alone = find_conflicts(refs)
    assert alone  # the march's two counts
    conflicts = find_conflicts(sample)
    assert not [c for c in conflicts if copy[c.claim_a] != copy[c.claim_b]]
    per_copy = [sum(1 for c in conflicts if copy[c.claim_a] == k) for k in range(3)]
    assert per_copy == [len(alone)] * 3
