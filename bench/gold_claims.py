"""Shared by the evaluation scripts: gold texts turned into claims the way the pipeline does."""

from __future__ import annotations

import collections
import json
import sys
from datetime import date
from pathlib import Path

from claims.extract import extract_claims, parser_text
from claims.models import Article, Claim, ClaimKind, ClaimRef, StoredClaimRef, stable_id
from claims.quantities import find_quantities

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def read_jsonl(name: str) -> list[dict]:
    with (GOLD / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sentence_claim(text: str, nlp, key: str) -> Claim:
    """The whole sentence as one claim with its figures: claim pairs are labelled as
    sentences, so clustering is judged on them rather than on the extractor's spans."""
    doc = nlp(text)
    return Claim(
        claim_id=stable_id("pair", key, text), article_id=key, kind=ClaimKind.QUANTITATIVE,
        text=text, sentence=text, sentence_start=0, start_char=0, end_char=len(text),
        quantities=find_quantities(doc),
    )


def article_claims(articles: list[Article], nlp) -> list[Claim]:
    docs = nlp.pipe([parser_text(a.text) for a in articles])
    return [c for a, doc in zip(articles, docs, strict=True) for c in extract_claims(a, doc)]


def covers(claim, where: tuple[str, int, int]) -> bool:
    """Whether a claim overlaps a gold span (article id, start, end): the steps scripts
    count a gold side as found when any claim touches it."""
    a, s, e = where
    return claim.article_id == a and claim.start_char < e and s < claim.end_char


def locate(case: dict, needle: str) -> tuple[str, int, int] | None:
    """The first article of a gold case holding `needle`, and where (gold texts are exact
    substrings of one article)."""
    for art in case["articles"]:
        at = art["text"].find(needle)
        if at >= 0:
            return art["id"], at, at + len(needle)
    return None


def case_articles(cases: list[dict]) -> list[Article]:
    """Every article of the gold cases, with the outlet and date the conflict rules read."""
    return [Article(article_id=a["id"], source=case["id"], text=a["text"], outlet=a.get("outlet"),
                    title=a.get("title"),
                    published=date.fromisoformat(a["published"]) if a.get("published") else None)
            for case in cases for a in case["articles"]]


def claim_refs(articles: list[Article], claims: list[Claim]) -> list[StoredClaimRef]:
    """The claims as `find_conflicts` takes them in the flow: each with its article's outlet
    and date, as the store's slotted records."""
    meta = {a.article_id: a for a in articles}
    return [StoredClaimRef.of(ClaimRef(claim=c, outlet=meta[c.article_id].outlet,
                                       published=meta[c.article_id].published))
            for c in claims]


def print_step_counts(run, nlp) -> None:
    """The steps scripts' output: with --heldout, every closed set's counts pooled (integers
    only, no text); else the dev cases (one group with --group G), each miss shown."""
    if "--heldout" in sys.argv:
        total = collections.Counter()
        for p in sorted(GOLD.glob("conflicts_heldout*.jsonl")):
            total += run(read_jsonl(p.name), nlp, False)
    else:
        cases = read_jsonl("conflicts.jsonl")
        if "--group" in sys.argv:
            prefix = sys.argv[sys.argv.index("--group") + 1] + "-"
            cases = [c for c in cases if c["id"].startswith(prefix)]
        total = run(cases, nlp, True)
    for k, v in sorted(total.items()):
        print(v, k)

