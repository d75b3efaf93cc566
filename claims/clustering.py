"""Grouping claims that say the same thing, across outlets and within one article.

Likeness is lexical, since outlets paraphrase one another but keep the words that carry the
claim: the rare ones. A claim becomes a set of canonical tokens (light stems, news synonyms
and acronyms folded, speaker tags dropped, numbers kept) weighted by how informative each
is: rare in English (wordfreq's Zipf scale) and not common in the batch being clustered (a
story's own vocabulary, "strike" in a strike story, says little). The score mixes the
weighted overlap (Dice, and containment for a lede repeated in a fuller body sentence) with
rapidfuzz's token_set_ratio, which still sees word order and near-spellings.

Never all pairs: each claim is put in a few blocks (its rarest tokens, the measure of its
figures), each block is scored at once (`rapidfuzz.process.cdist` and a sparse product),
and pairs above the threshold become candidate links. A block larger than `max_block` is
sorted by its members' next rarest token and cut into overlapping windows, which bounds the
cost of a word that turns out to be common while keeping likely partners adjacent.

Links are taken strongest first, and two groups merge only when their leaders are themselves
alike: plain single linkage chains a whole story into one cluster through claims that each
share a few words with the next.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from claims.models import Claim, ClusterMember, stable_id

DATA = Path(__file__).resolve().parent / "data"
QUOTE_MARKS = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb"} | {c: "'" for c in "\u2018\u2019\u201a\u201b"})
WORD = re.compile(r"[a-z0-9]+(?:[.,'][a-z0-9]+)*")
STOPWORDS = frozenset(
    """a an the and or but if of to in on at for from by with about as into over under than
    that this these those there their its it they them he she his her we our you your i me my
    is are was were be been being has have had do does did will would could should may might
    can cannot not no so such also said says say told tells according statement""".split()
)
# Words that frame a claim rather than make it: hedges, scale words of figures, reporting
# verbs. They stay out of the overlap (the figure itself is kept as a number token).
FRAME_WORDS = frozenset(
    """percent per cent million billion trillion thousand bn m k about around roughly nearly
    almost some just only more less fewer most least up down out its who which what when
    while where after before since until than then now still just very much many any all
    each both either other another own same new last next first second year years day days
    week month time times added stated noted explained claimed insisted warned announced
    reported confirmed showed shows show put puts set how itself themselves""".split()
)
# "…, the union said." / "…, according to officials." after the last comma, and
# "X said (that) …" in the first few words.
REPORTING = re.compile(r"\b(?:said|says|told|added|stated|noted|explained|according to)\b", re.IGNORECASE)
LEADING_TAG = re.compile(r"^\s*(?:[\w.'\-]+\s+){1,6}?(?:said|says|told\s+\w+)\s+(?:that\s+)?", re.IGNORECASE)
NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())} | {
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
    "eighty": "80", "ninety": "90", "hundred": "100", "half": "50", "dozen": "12"}
SCALE_SUFFIX = re.compile(r"\b(\d+(?:\.\d+)?)(bn|m|k|kg|km|mm|cm|c)\b")
SCALE_WORDS = {"bn": "billion", "m": "million", "k": "thousand", "kg": "kilogram",
               "km": "kilometre", "mm": "millimetre", "cm": "centimetre", "c": "degree"}
CAPITALISED_PHRASE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|for\s+|the\s+|&\s+)?[A-Z][a-z]+)+")
ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
CONNECTIVES = frozenset({"of", "and", "for", "the", "&"})


@dataclass(frozen=True)
class ClusteringSettings:
    """Thresholds of the clustering, chosen by the sweep of bench/clustering_eval.py on
    tests/gold/claim_pairs.jsonl (see its output for the precision/recall trade-off)."""

    # Score (0..1) two claims need to be linked.
    threshold: float = 0.4
    # Claims with figures of one measure (same unit and rate, a shared word in what is
    # measured) need less wording in common: two outlets' different figures for one cost
    # belong together, and that is where numeric conflicts live.
    measure_threshold: float = 0.3
    # Two groups merge only when their leaders (first claims) score at least this (or the
    # measure threshold, if they share a measure): guards against chaining a story together.
    merge_threshold: float = 0.45
    rare_words_per_claim: int = 4
    max_block: int = 100


def normalise_claim_text(text: str) -> str:
    """Lowercase, quote marks and punctuation folded, numbers kept (they matter to claims)."""
    folded = text.translate(QUOTE_MARKS).lower().replace("%", " percent ")
    return " ".join(WORD.findall(folded))


def similarity(a: str, b: str) -> float:
    """0..1 likeness of two claim texts with English-wide word weights only, the same score
    `cluster_claims` gives a pair (there, word weights also learn from the batch)."""
    vocab = _Vocabulary([_tokens(a), _tokens(b)], {})
    return vocab.pair_score(0, 1)


# ---------------------------------------------------------------- text to tokens


@lru_cache(maxsize=1)
def _zipf() -> dict[str, float]:
    """Stem -> Zipf frequency of its most frequent form (forms of a stem share a weight)."""
    table: dict[str, float] = {}
    for line in (DATA / "clustering_word_zipf.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, value = line.split()
            stem = _stem(word)
            table[stem] = max(table.get(stem, 0.0), float(value))
    return table


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (DATA / "clustering_synonyms.txt").read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words and not line.startswith("#"):
            for w in words:
                table[_stem(w)] = _stem(words[0])
    return table


@lru_cache(maxsize=1)
def _known_acronyms() -> dict[str, str]:
    """Spelled-out phrase (lowercase) -> acronym."""
    table: dict[str, str] = {}
    for line in (DATA / "clustering_acronyms.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            acronym, phrase = line.split(maxsplit=1)
            table[phrase] = acronym
    return table


def _stem(word: str) -> str:
    """Suffix stripping just strong enough that uses/used/using meet (no lemmatiser: claims/
    is pure logic, and the spaCy model is not always at hand where clustering runs)."""
    if not word.isalpha() or len(word) <= 2:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 2:
        word = word[:-1]
    return word


def _canonical(word: str) -> str:
    stem = _stem(word)
    return _synonyms().get(stem, stem)


def _strip_speaker_tag(text: str) -> str:
    """Who said it is not what was said: "…, the union said" would make every claim of one
    speaker alike. Only the tag is cut; a claim that is all tag is kept whole."""
    if not REPORTING.search(text):
        return text
    stripped = text
    head, comma, tail = text.rpartition(",")
    if comma and len(tail.split()) <= 8 and REPORTING.search(tail):
        stripped = head
    stripped = LEADING_TAG.sub("", stripped, count=1)
    return stripped if len(stripped.split()) >= 3 else text


def _fold_acronyms(text: str, learned: dict[str, str]) -> str:
    lowered = text.lower()
    for phrase, acronym in (_known_acronyms() | learned).items():
        if phrase in lowered:
            lowered = re.sub(rf"\b{re.escape(phrase)}\b", acronym, lowered)
    return lowered


def _learn_acronyms(texts: Sequence[str]) -> dict[str, str]:
    """Capitalised phrases whose initials are an acronym seen in the batch ("Federal Aviation
    Administration" and "FAA"): outlets spell out in one place what they abbreviate in another."""
    acronyms = {a for t in texts for a in ACRONYM.findall(t)}
    if not acronyms:
        return {}
    learned: dict[str, str] = {}
    for t in texts:
        for phrase in CAPITALISED_PHRASE.findall(t):
            words = phrase.split()
            # every contiguous run of the phrase, so "Calder Transport Workers Union" gives "TWU"
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + 6) + 1):
                    run = words[i:j]
                    if run[0].lower() in CONNECTIVES or run[-1].lower() in CONNECTIVES:
                        continue
                    initials = "".join(w[0] for w in run if w.lower() not in CONNECTIVES)
                    if initials in acronyms:
                        learned[" ".join(run).lower()] = initials.lower()
    return learned


def _tokens(text: str, learned: dict[str, str] | None = None) -> list[str]:
    text = _strip_speaker_tag(text.translate(QUOTE_MARKS))
    text = _fold_acronyms(text, learned or {})
    text = SCALE_SUFFIX.sub(lambda m: f"{m.group(1)} {SCALE_WORDS[m.group(2)]}", text)
    text = text.replace("%", " percent ").replace("-", " ")
    out = []
    for word in WORD.findall(text):
        word = NUMBER_WORDS.get(word, word)
        if word[0].isdigit():
            out.append(word.replace(",", "").rstrip("."))
        elif word not in STOPWORDS and word not in FRAME_WORDS and len(word) > 1:
            token = _canonical(word.replace("'", "").removesuffix("s") if word.endswith("'s") else word)
            if token not in FRAME_WORDS:
                out.append(token)
    return out


# ---------------------------------------------------------------- weights and scores


class _Vocabulary:
    """Token weights of one batch and its claims as a sparse matrix, so a block's weighted
    overlaps are one sparse product."""

    # Zipf 7.5 ("the") weighs nothing; a word absent from the table counts as Zipf 2.5.
    TOP_ZIPF = 7.5
    UNKNOWN_ZIPF = 2.5
    # A token in more than this share of a large batch is the story's, not the claim's.
    COMMON_SHARE = 0.02

    def __init__(self, tokens: list[list[str]], _unused: dict) -> None:
        self.tokens = tokens
        self.sets = [sorted(set(t)) for t in tokens]
        df = Counter(w for s in self.sets for w in s)
        self.df = df
        n = max(len(tokens), 1.0 / self.COMMON_SHARE)
        zipf = _zipf()
        self.index = {w: k for k, w in enumerate(sorted(df))}
        weights = np.empty(len(self.index), dtype=np.float64)
        for w, k in self.index.items():
            weights[k] = _background_weight(w, zipf, self.TOP_ZIPF, self.UNKNOWN_ZIPF)
            share = df[w] / n
            if share > self.COMMON_SHARE:
                weights[k] *= max(0.2, math.log(1 / share) / math.log(1 / self.COMMON_SHARE))
        self.weights = weights
        rows = [i for i, s in enumerate(self.sets) for _ in s]
        cols = [self.index[w] for s in self.sets for w in s]
        self.binary = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(tokens), len(self.index)))
        self.weighted = self.binary.multiply(weights).tocsr()
        self.mass = np.asarray(self.weighted.sum(axis=1)).ravel()
        self.texts = [" ".join(t) for t in tokens]

    def block_scores(self, members: list[int], threshold: float | None = None) -> np.ndarray:
        """Score matrix (0..1) of all pairs in `members`. With a `threshold`, rapidfuzz runs
        only on the rows and columns of pairs whose overlap could still reach it (its share
        of the score is at most its weight), and the other pairs score 0."""
        shared = (self.binary[members] @ self.weighted[members].T).toarray()
        mass = self.mass[members]
        texts = [self.texts[i] for i in members]
        if threshold is None:
            fuzzy = _cdist(texts, texts)
            return _combine(shared, mass[:, None], mass[None, :], fuzzy)
        bound = _combine(shared, mass[:, None], mass[None, :], np.float32(100.0))
        hopeful = np.triu(bound >= threshold, k=1)
        rows, cols = np.flatnonzero(hopeful.any(axis=1)), np.flatnonzero(hopeful.any(axis=0))
        scores = np.zeros_like(bound)
        if len(rows):
            fuzzy = _cdist([texts[r] for r in rows], [texts[c] for c in cols])
            sub = np.ix_(rows, cols)
            scores[sub] = _combine(shared[sub], mass[rows][:, None], mass[cols][None, :], fuzzy)
            scores[~hopeful] = 0.0
        return scores

    def pair_score(self, i: int, j: int) -> float:
        common = set(self.sets[i]) & set(self.sets[j])
        shared = float(sum(self.weights[self.index[w]] for w in common))
        fuzzy = fuzz.token_set_ratio(self.texts[i], self.texts[j])
        return float(_combine(np.array(shared), self.mass[i], self.mass[j], np.array(fuzzy)))


def _cdist(queries: list[str], choices: list[str]) -> np.ndarray:
    """rapidfuzz over a block on all cores; a small block stays on one, since starting the
    worker threads costs more than its few hundred pairs (measured: ~1 ms a call)."""
    workers = -1 if len(queries) * len(choices) >= 20_000 else 1
    return process.cdist(queries, choices, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=workers)


def _background_weight(token: str, zipf: dict[str, float], top: float, unknown: float) -> float:
    if token[0].isdigit():
        # a figure is strong evidence, a small count or a year much less so
        value = token.replace(".", "", 1)
        if value.isdigit() and (len(token) <= 2 or (len(token) == 4 and token[:2] in ("19", "20"))):
            return 1.5
        return 4.0
    return max(0.3, top - zipf.get(token, unknown))


def _combine(shared, mass_a, mass_b, fuzzy) -> np.ndarray:
    """Weighted Dice rewards claims that share most of what they say; containment (over the
    smaller claim) lets a short lede match the fuller sentence that repeats it, but is
    damped so that a tiny claim is not 'contained' in anything that shares one word."""
    total = mass_a + mass_b
    smaller = np.minimum(mass_a, mass_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.where(total > 0, 2 * shared / total, 0.0)
        contained = np.where(smaller > 0, shared / np.maximum(smaller, 6.0), 0.0)
    score = 0.5 * dice + 0.25 * contained + 0.25 * (fuzzy / 100.0)
    return np.clip(score, 0.0, 1.0)


# ---------------------------------------------------------------- clustering


def cluster_claims(
    claims: Sequence[Claim], settings: ClusteringSettings = ClusteringSettings()
) -> list[ClusterMember]:
    """Members of every cluster of two or more claims; a claim is in at most one cluster."""
    if len(claims) < 2:
        return []
    learned = _learn_acronyms([c.text for c in claims])
    vocab = _Vocabulary([_tokens(c.text, learned) for c in claims], {})
    measure_keys = [_measure_keys(c) for c in claims]
    links: dict[tuple[int, int], float] = {}
    word_blocks, measure_blocks = _blocks(vocab, measure_keys, settings)
    for blocks, threshold in ((word_blocks, settings.threshold), (measure_blocks, settings.measure_threshold)):
        for members in blocks:
            for window in _windows(members, vocab, settings.max_block):
                for pair, score in _similar_pairs(window, vocab, threshold).items():
                    links[pair] = max(links.get(pair, 0.0), score)
    parent = list(range(len(claims)))
    for (a, b), _score in sorted(links.items(), key=lambda item: (-item[1], item[0])):
        ra, rb = _find(parent, a), _find(parent, b)
        if ra == rb:
            continue
        # the groups' leaders must be alike too, by the bar of their own kind of link
        needed = settings.measure_threshold if measure_keys[ra] & measure_keys[rb] else settings.merge_threshold
        if links.get((min(ra, rb), max(ra, rb)), vocab.pair_score(ra, rb)) < needed:
            continue
        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[_find(parent, i)].append(i)
    result: list[ClusterMember] = []
    for members in groups.values():
        if len(members) >= 2:
            result.extend(_describe_cluster(members, claims, vocab))
    return result


def _measure_keys(claim: Claim) -> set[tuple]:
    """(unit, rate, word of the measure) for each figure: "cost to shippers" and "cost" of a
    dollars-a-day figure meet on ("USD", "day", "cost")."""
    keys = set()
    for q in claim.quantities:
        if not q.unit or not q.measure:
            continue
        for word in WORD.findall(q.measure.lower()):
            if word not in STOPWORDS and word not in FRAME_WORDS and not word[0].isdigit():
                keys.add((q.unit, q.per, _canonical(word)))
    return keys


def _blocks(
    vocab: _Vocabulary, measure_keys: list[set[tuple]], settings: ClusteringSettings
) -> tuple[list[list[int]], list[list[int]]]:
    """Blocks by rare shared tokens, and blocks by the measure key of a figure."""
    by_word: dict[str, list[int]] = defaultdict(list)
    by_measure: dict[tuple, list[int]] = defaultdict(list)
    for i, words in enumerate(vocab.sets):
        shared = sorted((w for w in words if vocab.df[w] > 1), key=lambda w: (-vocab.weights[vocab.index[w]], w))
        for word in shared[: settings.rare_words_per_claim]:
            by_word[word].append(i)
        for key in measure_keys[i]:
            by_measure[key].append(i)
    return (
        [m for m in by_word.values() if len(m) > 1],
        [m for m in by_measure.values() if len(m) > 1],
    )


def _windows(members: list[int], vocab: _Vocabulary, size: int) -> list[list[int]]:
    """An oversized block sorted by each member's heaviest tokens, then cut into windows that
    overlap by half: claims that share more than the block's word end up near each other."""
    if len(members) <= size:
        return [members]
    def key(i: int) -> tuple:
        heaviest = sorted(vocab.sets[i], key=lambda w: -vocab.weights[vocab.index[w]])[:3]
        return (tuple(heaviest), i)
    ordered = sorted(members, key=key)
    step = size // 2
    return [ordered[i : i + size] for i in range(0, len(ordered) - step, step)]


def _similar_pairs(members: list[int], vocab: _Vocabulary, threshold: float) -> dict[tuple[int, int], float]:
    if len(members) <= 4:  # most blocks: cheaper pair by pair than through the matrices
        pairs = {}
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = sorted((members[x], members[y]))
                score = vocab.pair_score(a, b)
                if score >= threshold:
                    pairs[(a, b)] = score
        return pairs
    scores = vocab.block_scores(members, threshold)
    rows, cols = np.nonzero(np.triu(scores >= threshold, k=1))
    pairs = {}
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = sorted((members[r], members[c]))
        pairs[(a, b)] = float(scores[r, c])
    return pairs


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _describe_cluster(members: list[int], claims: Sequence[Claim], vocab: _Vocabulary) -> list[ClusterMember]:
    """The representative is the medoid (most like the others); score is likeness to it."""
    matrix = vocab.block_scores(members)
    np.fill_diagonal(matrix, 1.0)
    medoid = int(np.argmax(matrix.sum(axis=1)))
    cluster_id = stable_id("cluster", min(claims[i].claim_id for i in members))
    ordered = [medoid] + [k for k in range(len(members)) if k != medoid]
    return [
        ClusterMember(
            cluster_id=cluster_id,
            claim_id=claims[members[k]].claim_id,
            score=1.0 if k == medoid else round(float(matrix[medoid, k]), 4),
            is_representative=k == medoid,
        )
        for k in ordered
    ]

