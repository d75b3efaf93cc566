"""Grouping claims that say the same thing, across outlets and within one article.

Never all pairs: each claim is put in a few blocks (its rarest content words, the measure
of its figures), each block is scored at once with `rapidfuzz.process.cdist`, and pairs
above the threshold are joined with union-find. A block larger than `max_block` is split
into chunks that overlap, which bounds the cost of a word that turns out to be common.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from claims.models import Claim, ClusterMember, stable_id

QUOTE_MARKS = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb"} | {c: "'" for c in "\u2018\u2019\u201a\u201b"})
WORD = re.compile(r"[a-z0-9]+(?:[.,'][a-z0-9]+)*")
STOPWORDS = frozenset(
    """a an the and or but if of to in on at for from by with about as into over under than
    that this these those there their its it they them he she his her we our you your i me my
    is are was were be been being has have had do does did will would could should may might
    can cannot not no so such also said says say told tells according statement""".split()
)


@dataclass(frozen=True)
class ClusteringSettings:
    """Thresholds of the clustering; defaults were chosen on tests/gold/claim_pairs.jsonl."""

    threshold: float = 0.72
    rare_words_per_claim: int = 3
    max_block: int = 400


def normalise_claim_text(text: str) -> str:
    """Lowercase, quote marks and punctuation folded, numbers kept (they matter to claims)."""
    folded = text.translate(QUOTE_MARKS).lower().replace("%", " percent ")
    return " ".join(WORD.findall(folded))


def similarity(a: str, b: str) -> float:
    """0..1 likeness of two normalised claim texts; one function so blocks and tests agree."""
    return _scorer(a, b) / 100.0


def _scorer(a: str, b: str, **kwargs) -> float:
    # token_set_ratio rewards a short claim contained in a longer one (a lede repeated
    # in a fuller body sentence); the mean with token_sort_ratio keeps it from calling
    # every short phrase a duplicate of any long sentence that contains its words.
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 2


def cluster_claims(
    claims: Sequence[Claim], settings: ClusteringSettings = ClusteringSettings()
) -> list[ClusterMember]:
    """Members of every cluster of two or more claims; a claim is in at most one cluster."""
    texts = [normalise_claim_text(c.text) for c in claims]
    tokens = [_content_words(t) for t in texts]
    blocks = _blocks(claims, tokens, settings)
    parent = list(range(len(claims)))
    for members in blocks:
        for chunk in _chunks(members, settings.max_block):
            _join_similar(chunk, texts, settings.threshold, parent)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[_find(parent, i)].append(i)
    result: list[ClusterMember] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        result.extend(_describe_cluster(members, claims, texts))
    return result


def _content_words(text: str) -> list[str]:
    return [w for w in text.split() if w not in STOPWORDS and len(w) > 1]


def _blocks(
    claims: Sequence[Claim], tokens: list[list[str]], settings: ClusteringSettings
) -> list[list[int]]:
    frequency = Counter(w for words in tokens for w in set(words))
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(tokens):
        distinct = sorted(set(words), key=lambda w: (frequency[w], w))
        shared = [w for w in distinct if frequency[w] > 1]
        for word in shared[: settings.rare_words_per_claim]:
            blocks["w:" + word].append(i)
        for q in claims[i].quantities:
            if q.measure:
                blocks[f"m:{q.measure}|{q.unit}|{q.per}"].append(i)
    return [members for members in blocks.values() if len(members) > 1]


def _chunks(members: list[int], size: int) -> list[list[int]]:
    if len(members) <= size:
        return [members]
    step = size // 2
    return [members[i : i + size] for i in range(0, len(members) - step, step)]


def _join_similar(
    members: list[int],
    texts: list[str],
    threshold: float,
    parent: list[int],
) -> None:
    block_texts = [texts[i] for i in members]
    scores = process.cdist(
        block_texts,
        block_texts,
        scorer=_scorer,
        score_cutoff=threshold * 100,
        dtype=np.uint8,
        workers=-1,
    )
    rows, cols = np.nonzero(np.triu(scores, k=1))
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        ra, rb = _find(parent, members[r]), _find(parent, members[c])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _describe_cluster(
    members: list[int], claims: Sequence[Claim], texts: list[str]
) -> list[ClusterMember]:
    """The representative is the medoid (most like the others); score is likeness to it."""
    member_texts = [texts[i] for i in members]
    matrix = process.cdist(member_texts, member_texts, scorer=_scorer, workers=-1)
    medoid = int(np.argmax(matrix.sum(axis=1)))
    cluster_id = stable_id("cluster", min(claims[i].claim_id for i in members))
    ordered = [medoid] + [k for k in range(len(members)) if k != medoid]
    return [
        ClusterMember(
            cluster_id=cluster_id,
            claim_id=claims[members[k]].claim_id,
            score=round(float(matrix[medoid, k]) / 100.0, 4),
            is_representative=k == medoid,
        )
        for k in ordered
    ]
