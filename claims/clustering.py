"""Grouping claims that say the same thing, across outlets and within one article.

Likeness is lexical, since outlets paraphrase one another but keep the words that carry the
claim: the rare ones. A claim becomes a set of canonical tokens (light stems, news synonyms
and acronyms folded, speaker tags dropped, numbers kept) weighted by how informative each
is: rare in English (wordfreq's Zipf scale) and not common in the batch being clustered (a
story's own vocabulary, "strike" in a strike story, says little). The score mixes the
weighted overlap (Dice, and containment for a lede repeated in a fuller body sentence) with
rapidfuzz's token_set_ratio, which still sees word order and near-spellings.

Never all pairs: each claim is put in a few blocks (its rarest tokens, the measure of its
figures), and the pairs of every block are candidates. A block larger than `max_block` is
sorted by its members' heaviest tokens and cut into overlapping windows, which bounds the
cost of a word that turns out to be common while keeping likely partners adjacent. The
candidates of all blocks are built, deduplicated and scored at once in numpy: the weighted
overlap by a sparse product over aligned pairs, which also bounds the score; only the pairs
that could reach the threshold, and of those only each claim's `candidates_per_claim` most
overlapping, meet `rapidfuzz.process.cpdist`. Of the links above the threshold each claim
keeps its `links_per_claim` strongest (a pair stays if either claim keeps it): a claim needs
only its best few links to join a cluster, and this bounds the work on big near-duplicate
stories.

Links are taken strongest first, and two groups merge only when their leaders are themselves
alike: plain single linkage chains a whole story into one cluster through claims that each
share a few words with the next. Results depend only on the input (ties are broken by index).
"""

from __future__ import annotations

import math
import re
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel
from scipy import sparse

from claims.lexicon import word_zipf
from claims.models import Claim, ClusterMember, Clusters, stable_id
from claims.units import COUNT, TIME_UNITS

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
LEADING_TAG = re.compile(r"^\s*(?:[\w.'\-]+\s+){1,6}?(?:said|says|told\s+\w+):?\s+(?:that\s+)?", re.IGNORECASE)
# (cl89) a speaker named in apposition: "The union's regional organiser, Merryn Yallop, said
# ...", "Its chair, Brochan Stelling, said ...", "Berengar Ackerley, who speaks for a group
# of passengers, said: ...": a title and a name (or a name and who it is) between commas.
APPOSITIVE_TAG = re.compile(
    r"^\s*(?:[\w.'&\-]+\s+){0,7}[\w.'&\-]+,\s+(?:[\w.'&\-]+\s+){0,13}[\w.'&\-]+,\s+"
    r"(?:said|says|told\s+\w+):?\s+(?:that\s+)?", re.IGNORECASE)
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
# Time frames of a figure: "rose to $14.10 last April" is not "will rise to $15.20 in
# April", nor is "210,000 homes in 2022" the same claim as "in 2023" (see `_frames_differ`).
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PERIOD = ("(?:january|february|march|april|june|july|august|september|october|november|"
          "december|spring|summer|autumn|winter|quarter|term|season|half|week|month|year)")
PAST_PERIOD = re.compile(
    rf"\b(?:last|previous)\s+{PERIOD}\b|\b{PERIOD}\s+of\s+(?:last|the\s+previous)\s+year\b")
ANY_PERIOD = re.compile(rf"\b{PERIOD}\b")
THIS_PERIOD = re.compile(rf"\bthis\s+{PERIOD}\b")
FIGURE = re.compile(r"\d")
SHARE_UNITS = frozenset({"percent", "percentage_point", "fraction", "ratio", "times", "point"})


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
    # Of a claim's candidate pairs that could reach the threshold, the most overlapping ones
    # are scored in full (a pair is kept if either of its claims ranks it this high) ...
    candidates_per_claim: int = 12
    # ... and of its links, the strongest: a claim needs only its best few to join a cluster.
    links_per_claim: int = 6
    # A cluster larger than this chooses its medoid among an evenly spaced sample of so many.
    medoid_sample: int = 24


@dataclass(frozen=True)
class _Frame:
    """What a claim says of when: its years, whether it speaks of "this year/month", the
    periods it marks as past ("last April", "the second quarter of last year") and those
    it names plainly, and whether it holds a figure besides its years."""

    years: frozenset[str]
    this: bool
    past: frozenset[str]
    plain: frozenset[str]
    figure: bool


def _frame(text: str) -> _Frame | None:
    """The claim's time frame, or None when it names no year or period (most claims)."""
    lowered = text.lower()
    years = frozenset(YEAR.findall(lowered))
    if not years and not ANY_PERIOD.search(lowered):
        return None
    past = frozenset(ANY_PERIOD.findall(m.group(0))[0] for m in PAST_PERIOD.finditer(lowered))
    rest = PAST_PERIOD.sub(" ", lowered)
    plain = frozenset(ANY_PERIOD.findall(rest)) - {"year"}
    figure = bool(FIGURE.search(YEAR.sub(" ", lowered)))
    return _Frame(years, bool(THIS_PERIOD.search(lowered)), past - {"year"}, plain, figure)


@lru_cache(maxsize=4096)
def _frames_differ(a: _Frame | None, b: _Frame | None) -> bool:
    """Two claims whose figures are of different times: other years ("in 2022" / "in
    2023"), "this year" against a named year, or one period named plainly by one and as
    past by the other ("in April" / "last April"). Only between claims that both hold a
    figure besides their years: where the year itself is what is claimed ("will open in
    2025" / "will slip to 2026"), two dates are two answers to one question."""
    if a is None or b is None or not (a.figure and b.figure):
        return False
    if a.years and b.years and not a.years & b.years:
        return True
    for one, other in ((a, b), (b, a)):
        if one.this and not other.this and other.years and not one.years:
            return True
    return bool((a.past - b.past) & b.plain) or bool((b.past - a.past) & a.plain)


def _one_slot_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two claims worded alike but for one slot: in the order of their tokens, all that
    differs is one run of one or two words for another ("prices for electricity/gas will
    rise 8%", "waiting lists for hip operations/cataract operations reached 84,000"),
    besides figures (rival figures for one thing are what numeric conflicts look for) and
    a rise for a fall (a contradiction of one thing). Outlets retelling one claim change
    more than that, or only words that are synonyms (folded into one token): such a pair
    is one template filled in for two things, the commonest false link. A run that takes
    in a figure ("the avalanche was 400 metres" / "the snow slide was 250 metres") is no
    slot: the words beside a figure often name its measure another way."""
    return _slot_apart(_slot_words(a), _slot_words(b)) and _slot_aligned(a, b)


def _slot_words(tokens: Sequence[str]) -> tuple[str, ...]:
    """The tokens `_one_slot_apart` compares first: figures and rise/fall left out."""
    directions = _directions()
    return tuple(w for w in tokens if not w[0].isdigit() and w not in directions)


def _slot_apart(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The quick test (common prefix and suffix stripped), which every pair one slot apart
    passes; only the pairs that pass are aligned in full by `_slot_aligned` (aligning
    every candidate pair was 2x the clustering's time at 100,000 claims)."""
    lo, limit = 0, min(len(x), len(y))
    while lo < limit and x[lo] == y[lo]:
        lo += 1
    hi = 0
    while hi < limit - lo and x[-1 - hi] == y[-1 - hi]:
        hi += 1
    mid_x, mid_y = x[lo : len(x) - hi], y[lo : len(y) - hi]
    return (0 < len(mid_x) <= 2 and 0 < len(mid_y) <= 2 and not set(mid_x) & set(mid_y)
            and lo + hi >= SLOT_MIN_SHARED)


def _slot_aligned(a: Sequence[str], b: Sequence[str]) -> bool:
    """The tokens aligned with figures in place: every run that differs is figures only,
    rise/fall only, or the one slot of words (no figure in it)."""
    slots = 0
    for x, y in _unaligned_runs(a, b):
        if all(w[0].isdigit() for w in chain(x, y)):
            continue
        if x and y and set(x) | set(y) <= _directions():
            continue
        if not (x and y) or len(x) > 2 or len(y) > 2 or any(w[0].isdigit() for w in chain(x, y)):
            return False
        slots += 1
    return slots == 1


def _unaligned_runs(a: Sequence[str], b: Sequence[str]):
    """The runs of a and b between their aligned tokens (one side may be empty). rapidfuzz's
    alignment rather than difflib's: difflib was a quarter of the clustering's time at
    100,000 claims, and on the 215,841 pairs of that benchmark it reaches the same verdict."""
    i = j = 0
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            if op.src_start > i or op.dest_start > j:
                yield a[i : op.src_start], b[j : op.dest_start]
            i, j = op.src_end, op.dest_end
    if i < len(a) or j < len(b):
        yield a[i:], b[j:]


# Words a template must share besides figures for `_one_slot_apart` ("rise 8 january").
SLOT_MIN_SHARED = 2
# Tokens apart by no more than this many (figures included) are checked by `_one_slot_apart`.
SLOT_MAX_APART = 4
# Pairs scoring below this are not checked (no default threshold links them).
SLOT_MIN_SCORE = 0.25


@lru_cache(maxsize=1)
def _directions() -> frozenset[str]:
    return frozenset({_canonical("rise"), _canonical("fall")})


@lru_cache(maxsize=1)
def _counted_kinds() -> dict[str, frozenset[str]]:
    """Canonical token -> the kinds of thing it counts (clustering_counted.txt)."""
    table: dict[str, set[str]] = defaultdict(set)
    for line in (DATA / "clustering_counted.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, words = line.split(":", 1)
            for w in words.split():
                table[_canonical(w)].add(kind.strip())
    return {w: frozenset(k) for w, k in table.items()}


def _counted(tokens: Sequence[str]) -> frozenset[tuple[str, frozenset[str]]] | None:
    """(figure, kinds of what it counts) for each figure followed, within `COUNTED_AHEAD`
    tokens and before another figure, by a word of clustering_counted.txt ("850 beds",
    "5,000 extra nurses", "23% of pupils": "of" and "percent" are no tokens); None for a
    claim with no such figure (most claims)."""
    kinds = _counted_kinds()
    found = set()
    for i, token in enumerate(tokens):
        if not token[0].isdigit():
            continue
        for word in tokens[i + 1 : i + 1 + COUNTED_AHEAD]:
            if word[0].isdigit():
                break
            if word in kinds:
                found.add((token, kinds[word]))
                break
    return frozenset(found) if found else None


def _counted_in(text: str, learned: dict[str, str] | None = None) -> frozenset | None:
    """(cl89) `_counted` read clause by clause (the text cut at a comma, semicolon or colon
    before a space), so a figure does not take its counted word from the next clause: in
    "cancelled 1,310 flights, not the 1,240 it reported, and left thousands of passengers
    waiting" the 1,240 counts no passengers."""
    return _counted_in_prepared(_prepared(text, learned))


def _counted_in_prepared(prepared: str) -> frozenset | None:
    """`_counted_in` of a text `_prepared` already."""
    if not FIGURE.search(prepared) and NUMBER_WORDS.keys().isdisjoint(WORD.findall(prepared)):
        return None
    found = set()
    for clause in CLAUSE_BREAK.split(prepared):
        found.update(_counted(_folded_tokens(clause)) or ())
    return frozenset(found) if found else None


CLAUSE_BREAK = re.compile(r"[,;:]\s")


@lru_cache(maxsize=4096)
def _counts_differ(a: frozenset | None, b: frozenset | None) -> bool:
    """Two claims that share a figure counting things of no common kind, and no figure
    counting things of one kind: "the trust cancelled 850 operations" / "the trust has 850
    beds", "240 homes destroyed" / "240 firefighters". One figure for two measures reads
    alike everywhere else, the commonest false link with a figure in it; a figure whose
    counted word is not listed ("a crowd of 31,450") or that counts kin ("2,300 members" /
    "2,300 staff", "42,000 homes" / "42,000 customers") decides nothing."""
    if a is None or b is None:
        return False
    apart = False
    for figure, kinds in a:
        for other, other_kinds in b:
            if figure == other:
                if kinds & other_kinds:
                    return False
                apart = True
    return apart


# Tokens after a figure read for the word it counts ("1,500 construction jobs").
COUNTED_AHEAD = 2


def _direction(tokens: Sequence[str]) -> int:
    """(k103) 1 for a claim holding a figure (not a year) and a rise but no fall, 2 for a
    fall but no rise, 0 otherwise (no figure, no direction, or both: "revenue rose 4% while
    costs fell 4%")."""
    if not any(t[0].isdigit() and not YEAR.fullmatch(t) for t in tokens):
        return 0
    rise, fall = _canonical("rise"), _canonical("fall")
    up, down = rise in tokens, fall in tokens
    return 1 if up and not down else 2 if down and not up else 0


@lru_cache(maxsize=1 << 16)
def _figures(text: str) -> frozenset[str]:
    """(k103) The figure tokens of a claim's token text, years left out."""
    return frozenset(t for t in text.split() if t[0].isdigit() and not YEAR.fullmatch(t))


def _both_own_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """(k103) Each of two claims' slot words (`_slot_words`) holds one the other lacks: the
    two name different things ("exports" / "imports"), not one thing with a word added."""
    return bool(set(a) - set(b)) and bool(set(b) - set(a))


def normalise_claim_text(text: str) -> str:
    """Lowercase, quote marks and punctuation folded, numbers kept (they matter to claims)."""
    folded = text.translate(QUOTE_MARKS).lower().replace("%", " percent ")
    return " ".join(WORD.findall(folded))


def similarity(a: str, b: str) -> float:
    """0..1 likeness of two claim texts with English-wide word weights only, the same score
    `cluster_claims` gives a pair (there, word weights also learn from the batch)."""
    vocab = _Vocabulary([_tokens(a), _tokens(b)], [_frame(a), _frame(b)], [_counted_in(a), _counted_in(b)])
    return vocab.pair_score(0, 1)


# ---------------------------------------------------------------- text to tokens


@lru_cache(maxsize=1)
def _zipf() -> dict[str, float]:
    """Stem -> Zipf frequency of its most frequent form (forms of a stem share a weight)."""
    table: dict[str, float] = {}
    for word, value in word_zipf().items():
        stem = _stem(word)
        table[stem] = max(table.get(stem, 0.0), value)
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
    if word.endswith(("ies", "ied")) and len(word) > 4:
        # (cl89) "carried" meets "carries" and "carry", "applied" meets "applies"
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


@lru_cache(maxsize=1 << 16)
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
    # (cl89) not a tail that goes on to say what was said (', said: "The crew did ...')
    verb = REPORTING.search(tail) if comma and len(tail.split()) <= 8 else None
    if verb and '"' not in tail[verb.end():] and ":" not in tail[verb.end():]:
        stripped = head
    stripped = LEADING_TAG.sub("", stripped, count=1)
    stripped = APPOSITIVE_TAG.sub("", stripped, count=1)
    return stripped if len(stripped.split()) >= 3 else text


def _fold_acronyms(text: str, learned: dict[str, str]) -> str:
    lowered = text.lower()
    for phrase, acronym in (_known_acronyms() | learned).items():
        if phrase in lowered:
            lowered = _phrase_pattern(phrase).sub(acronym, lowered)
    return lowered


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(phrase)}\b")


def _learn_acronyms(texts: Sequence[str]) -> dict[str, str]:
    """Capitalised phrases whose initials are an acronym seen in the batch ("Federal Aviation
    Administration" and "FAA"): outlets spell out in one place what they abbreviate in another."""
    acronyms = {a for t in texts for a in ACRONYM.findall(t)}
    if not acronyms:
        return {}
    learned: dict[str, str] = {}
    # each distinct phrase once, in the order of first appearance
    for phrase in dict.fromkeys(p for t in texts for p in CAPITALISED_PHRASE.findall(t)):
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
    return _folded_tokens(_prepared(text, learned))


def _prepared(text: str, learned: dict[str, str] | None = None) -> str:
    """The claim's text with its speaker tag cut and acronyms folded, lowercased: what
    `_tokens` and `_counted_in` read."""
    return _fold_acronyms(_strip_speaker_tag(text.translate(QUOTE_MARKS)), learned or {})


def _folded_tokens(text: str) -> list[str]:
    text = SCALE_SUFFIX.sub(lambda m: f"{m.group(1)} {SCALE_WORDS[m.group(2)]}", text)
    text = text.replace("%", " percent ").replace("-", " ")
    return [token for token in map(_word_token, WORD.findall(text)) if token]


@lru_cache(maxsize=1 << 18)
def _word_token(word: str) -> str:
    """A word's canonical token, or "" for a word that says nothing of the claim."""
    word = NUMBER_WORDS.get(word, word)
    if word[0].isdigit():
        return word.replace(",", "").rstrip(".")
    if word not in STOPWORDS and word not in FRAME_WORDS and len(word) > 1:
        token = _canonical(word.replace("'", "").removesuffix("s") if word.endswith("'s") else word)
        if token not in FRAME_WORDS:
            return token
    return ""


# ---------------------------------------------------------------- weights and scores


class _Vocabulary:
    """Token weights of one batch and its claims as a sparse matrix, so the weighted overlaps
    of many pairs are computed at once."""

    # Zipf 7.5 ("the") weighs nothing; a word absent from the table counts as Zipf 2.5.
    TOP_ZIPF = 7.5
    UNKNOWN_ZIPF = 2.5
    # A token in more than this share of a large batch is the story's, not the claim's.
    COMMON_SHARE = 0.02

    def __init__(self, tokens: list[list[str]], frames: Sequence[_Frame | None] = (),
                 counted: Sequence[frozenset | None] | None = None) -> None:
        self.size = len(tokens)
        # claims naming a time (most do not) by frame id; -1 for none
        frame_ids: dict[_Frame, int] = {}
        ids = [-1 if f is None else frame_ids.setdefault(f, len(frame_ids)) for f in frames]
        self.frame_of = np.array(ids if frames else np.full(len(tokens), -1), dtype=np.int64)
        self.frames = list(frame_ids)
        # token ids in word order, so sorted ids are sorted words
        self.index = {w: k for k, w in enumerate(sorted(set(chain.from_iterable(tokens))))}
        index = self.index
        # each claim's distinct token ids, sorted, in one flat array (not a list per claim)
        lengths = np.empty(len(tokens), dtype=np.int64)

        def id_sets():
            for k, t in enumerate(tokens):
                ids = sorted({index[w] for w in t})
                lengths[k] = len(ids)
                yield from ids

        cols = np.fromiter(id_sets(), dtype=np.int64)
        indptr = np.concatenate(([0], np.cumsum(lengths)))
        self.indptr, self.cols = indptr, cols
        df = np.bincount(cols, minlength=len(index))
        n = max(len(tokens), 1.0 / self.COMMON_SHARE)
        zipf = _zipf()
        weights = np.empty(len(index), dtype=np.float64)
        for w, k in index.items():
            weights[k] = _background_weight(w, zipf, self.TOP_ZIPF, self.UNKNOWN_ZIPF)
        # (k58) what a token says anywhere, before the batch damps a story's own words
        self.background = weights.copy()
        share = df / n
        common = share > self.COMMON_SHARE
        weights[common] *= np.maximum(0.2, np.log(1 / share[common]) / math.log(1 / self.COMMON_SHARE))
        self.weights = weights
        self.binary = sparse.csr_matrix(
            (np.ones(len(cols), dtype=np.float64), cols, indptr), shape=(len(tokens), len(self.index)))
        self.weighted = sparse.csr_matrix(
            (weights[cols], cols, indptr), shape=(len(tokens), len(self.index)))
        self.mass = np.asarray(self.weighted.sum(axis=1)).ravel()
        self.texts = [" ".join(t) for t in tokens]
        self.slot_words = [_slot_words(t) for t in tokens]
        # claims with a figure of a listed counted word (`_counted`) by id; -1 for none
        count_ids: dict[frozenset, int] = {}
        self.count_of = np.array([-1 if c is None else count_ids.setdefault(c, len(count_ids))
                                  for c in (map(_counted, tokens) if counted is None else counted)],
                                 dtype=np.int64)
        self.counts = list(count_ids)
        self.contentless = np.array([_contentless(t) for t in tokens], dtype=bool)
        # (k103) 1 for a claim with a figure that says only "rise", 2 only "fall", else 0
        self.direction = np.array([_direction(t) for t in tokens], dtype=np.int8)
        self.distinct = (self.background >= DISTINCT_WEIGHT).astype(np.float64)
        self.word_token = np.array([not w[0].isdigit() for w in sorted(index, key=index.get)], dtype=np.float64)
        self.distinct_binary = sparse.csr_matrix(
            (self.distinct[cols], cols, indptr), shape=(len(tokens), len(self.index)))
        # claims of one article by default: no story boundary until `set_articles`
        self.article_of = np.zeros(len(tokens), dtype=np.int64)
        self.judged = np.zeros(len(tokens), dtype=bool)
        self.article_binary = sparse.csr_matrix((1, len(self.index)))
        self.article_words = sparse.csr_matrix((1, len(self.index)))
        self.article_names = sparse.csr_matrix((1, 1))
        self.name_count = np.zeros(1, dtype=np.int64)
        self.run_count = np.zeros(1, dtype=np.int64)
        self._related: dict[tuple[int, int], bool] = {}

    def set_articles(self, article_ids: Sequence[str], names: dict[str, frozenset[str]] | None = None,
                     run_counts: dict[str, int] | None = None) -> None:
        """(k58) Which article each claim comes from, and each article's distinctive tokens
        (names, rare words, telling figures: `DISTINCT_WEIGHT`) over all its claims, so that
        `_apart_in_story` can tell claims of two stories. An article of fewer than
        `STORY_MIN_CLAIMS` claims has too few words to be judged by them. (k110) `names` gives
        each article's names (`_article_names`): articles that each name `STORY_MIN_NAMES` but
        share none are two stories; (fxI) this test alone judges a small article too."""
        codes: dict[str, int] = {}
        article_of = np.array([codes.setdefault(a, len(codes)) for a in article_ids], dtype=np.int64)
        self.article_of = article_of
        counts = np.bincount(article_of, minlength=len(codes))
        self.judged = counts[article_of] >= STORY_MIN_CLAIMS
        rows = np.repeat(article_of, np.diff(self.indptr))
        keep = self.distinct[self.cols] > 0
        matrix = sparse.csr_matrix((np.ones(int(keep.sum())), (rows[keep], self.cols[keep])),
                                   shape=(len(codes), len(self.index)))
        matrix.data[:] = 1.0  # duplicates summed by the constructor: back to presence
        self.article_binary = matrix
        # (k110) the same of words only (names, rare words): figures left out
        self.article_words = matrix.multiply(self.word_token[None, :]).tocsr()
        # (k110) each article's names (`_article_names`), as rows of a matrix
        name_ids: dict[str, int] = {}
        name_rows, name_cols = [], []
        for article, found in (names or {}).items():
            for name in found:
                name_rows.append(codes[article])
                name_cols.append(name_ids.setdefault(name, len(name_ids)))
        named = sparse.csr_matrix((np.ones(len(name_rows)), (name_rows, name_cols)),
                                  shape=(len(codes), max(len(name_ids), 1)))
        named.data[:] = 1.0
        self.article_names = named
        self.name_count = np.diff(named.indptr)
        # (fxI) each article's names read as runs of adjacent names ("Jane Doe" is one)
        runs = np.zeros(len(codes), dtype=np.int64)
        for article, n in (run_counts or {}).items():
            runs[codes[article]] = n
        self.run_count = runs
        self._related = {}

    def _other_story(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """(k58) Mask of the pairs that must not link as claims of two stories: either claim
        says nothing of its own (`_contentless`), or the two come from judged articles that
        share fewer than `STORY_MIN_SHARED` distinctive tokens (two stories) and the claims
        themselves share fewer than `CLAIM_MIN_SHARED` (generic words, or one word or figure
        met by chance: "the company's shares rose 14%" of one
        firm and "shares fell 11%" of another)."""
        out = self.contentless[left] | self.contentless[right]
        aa, ab = self.article_of[left], self.article_of[right]
        other = ~out & (aa != ab)
        judged = self.judged[left] & self.judged[right]
        judge = np.flatnonzero(other & judged)
        # (fxI) a pair with an article of fewer than `STORY_MIN_CLAIMS` claims is judged by
        # the names test alone: both name enough people, places or bodies and share none
        small = np.flatnonzero(other & ~judged)
        for start in range(0, len(small), PAIR_CHUNK):
            part = small[start : start + PAIR_CHUNK]
            self._apart_unless_claims_share(
                left, right, part[self._small_apart(aa[part], ab[part])], out)
        for start in range(0, len(judge), PAIR_CHUNK):
            part = judge[start : start + PAIR_CHUNK]
            x, y = aa[part], ab[part]
            story = np.asarray(self.article_binary[x].multiply(self.article_binary[y]).sum(axis=1)).ravel()
            words = np.asarray(self.article_words[x].multiply(self.article_words[y]).sum(axis=1)).ravel()
            unnamed = self._names_apart(x, y)
            self._apart_unless_claims_share(
                left, right, part[(story < STORY_MIN_SHARED) | (words < STORY_MIN_WORDS) | unnamed], out)
        return out

    def _apart_unless_claims_share(self, left: np.ndarray, right: np.ndarray, apart: np.ndarray,
                                   out: np.ndarray) -> None:
        """Marks in `out` the pairs `apart` (of articles of two stories) whose claims share
        fewer than `CLAIM_MIN_SHARED` distinctive tokens."""
        if len(apart):
            claim = np.asarray(self.distinct_binary[left[apart]].multiply(
                self.distinct_binary[right[apart]]).sum(axis=1)).ravel()
            out[apart[claim < CLAIM_MIN_SHARED]] = True

    def _names_apart(self, x: np.ndarray, y: np.ndarray, least: int | None = None) -> np.ndarray:
        """(k110) Mask of the article pairs (x[p], y[p]) that each name at least `least`
        (`STORY_MIN_NAMES`) people, places or bodies (`_names`) and share none of them."""
        least = STORY_MIN_NAMES if least is None else least
        if not least:
            return np.zeros(len(x), dtype=bool)
        count = self.name_count
        both = (count[x] >= least) & (count[y] >= least)
        out = np.zeros(len(x), dtype=bool)
        hit = np.flatnonzero(both)
        if len(hit):
            rows = self.article_names
            shared = np.asarray(rows[x[hit]].multiply(rows[y[hit]]).sum(axis=1)).ravel()
            out[hit[shared == 0]] = True
        return out

    def _small_apart(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """(fxI) `_names_apart` of pairs with a small article: both name `SMALL_MIN_NAMES`
        people, places or bodies, counted as runs of adjacent names (one speaker's first and
        last names are one), and share no name."""
        runs = self.run_count
        enough = (runs[x] >= SMALL_MIN_NAMES) & (runs[y] >= SMALL_MIN_NAMES)
        return enough & self._names_apart(x, y, 1)

    def _other_story_one(self, i: int, j: int) -> bool:
        """`_other_story` of one pair in plain Python (the leaders' pairs of `_merge` come one
        at a time); articles' relatedness is cached."""
        if self.contentless[i] or self.contentless[j]:
            return True
        ai, aj = int(self.article_of[i]), int(self.article_of[j])
        if ai == aj:
            return False
        key = (ai, aj) if ai < aj else (aj, ai)
        related = self._related.get(key)
        if related is None and not (self.judged[i] and self.judged[j]):
            # (fxI) an article of fewer than `STORY_MIN_CLAIMS` claims: the names test alone
            related = self._related[key] = not self._small_apart(np.array([ai]), np.array([aj]))[0]
        if related is None:
            rows = self.article_binary
            x = rows.indices[rows.indptr[ai] : rows.indptr[ai + 1]]
            y = rows.indices[rows.indptr[aj] : rows.indptr[aj + 1]]
            common = np.intersect1d(x, y, assume_unique=True)
            related = self._related[key] = (len(common) >= STORY_MIN_SHARED
                                            and int(self.word_token[common].sum()) >= STORY_MIN_WORDS
                                            and not self._names_apart(np.array([ai]), np.array([aj]))[0])
        if related:
            return False
        distinct = self.distinct
        common = set(self.id_set(i)).intersection(self.id_set(j))
        return sum(1 for t in common if distinct[t] > 0) < CLAIM_MIN_SHARED

    def _apart_in_story(self, left: np.ndarray, right: np.ndarray, scores: np.ndarray) -> None:
        """Scores of pairs of two stories or of a contentless claim (`_other_story`) set to
        0; only pairs that could link (score over `SLOT_MIN_SCORE`) are read."""
        hopeful = np.flatnonzero(scores > SLOT_MIN_SCORE)
        if len(hopeful):
            scores[hopeful[self._other_story(left[hopeful], right[hopeful])]] = 0.0

    def shared(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Weight of the tokens each pair (left[p], right[p]) has in common."""
        out = np.empty(len(left), dtype=np.float64)
        for start in range(0, len(left), PAIR_CHUNK):
            stop = start + PAIR_CHUNK
            product = self.binary[left[start:stop]].multiply(self.weighted[right[start:stop]])
            out[start:stop] = np.asarray(product.sum(axis=1)).ravel()
        return out

    def overlap_bound(self, left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(weighted overlap of each pair, its best possible score: a perfect fuzzy match);
        `_combine` with fuzzy 100, written out for the many candidate pairs."""
        shared = self.shared(left, right)
        mass_a, mass_b = self.mass[left], self.mass[right]
        total = np.maximum(mass_a + mass_b, 1e-12)
        smaller = np.maximum(np.minimum(mass_a, mass_b), 6.0)
        bound = shared / total
        bound += 0.25 * shared / smaller
        bound += 0.25
        return shared, np.minimum(bound, 1.0)

    def pair_scores(self, left: np.ndarray, right: np.ndarray, shared: np.ndarray | None = None,
                    apart: bool = True) -> np.ndarray:
        """Score (0..1) of each aligned pair (left[p], right[p]); with `apart`, 0 for the pairs
        that must not link (other time frames, one slot apart, one figure counting two kinds
        of thing). A cluster's members, already joined, are scored without it: their
        likeness to the medoid is their wording's."""
        if len(left) == 0:
            return np.zeros(0, dtype=np.float64)
        if shared is None:
            shared = self.shared(left, right)
        out = np.empty(len(left), dtype=np.float64)
        texts = self.texts
        for start in range(0, len(left), SCORE_CHUNK):
            a, b = left[start : start + SCORE_CHUNK], right[start : start + SCORE_CHUNK]
            fuzzy = _cpdist([texts[i] for i in a.tolist()], [texts[j] for j in b.tolist()])
            out[start : start + SCORE_CHUNK] = _combine(
                shared[start : start + SCORE_CHUNK], self.mass[a], self.mass[b], fuzzy)
        if apart:
            self._apart_in_time(left, right, out)
            self._apart_in_one_slot(left, right, out)
            self._apart_in_what_is_counted(left, right, out)
            self._apart_in_story(left, right, out)
            self._apart_in_direction(left, right, out)
        return out

    def _apart_in_direction(self, left: np.ndarray, right: np.ndarray, scores: np.ndarray) -> None:
        """(k103) Scores of pairs giving one figure (not a year), one as a rise and the other
        as a fall, set to 0: "house prices rose 4.5%" / "sales of homes fell 4.5%", "exports
        fell 9.4%" / "imports rose 9.4%". One figure moving both ways is two measures sharing
        it by chance (one figure of two measures is the commonest false link); outlets
        retelling one change keep its direction. A rise and a fall of one thing by one
        figure (a contradiction) is still sought between clusters. Only pairs that could
        link (score over `SLOT_MIN_SCORE`) with opposite directions are read, and only when
        each claim has a word of its own besides figures and rise/fall (`_both_own_words`):
        "sales of electric cars rose 12%" / "... fell 12%", one thing said to move both
        ways, stays together for the contradiction rule (k24)."""
        da, db = self.direction[left], self.direction[right]
        both = np.flatnonzero((da > 0) & (db > 0) & (da != db) & (scores > SLOT_MIN_SCORE))
        for k, i, j in zip(both.tolist(), left[both].tolist(), right[both].tolist(), strict=True):
            if self._one_figure_two_ways(i, j):
                scores[k] = 0.0

    def _one_figure_two_ways(self, i: int, j: int) -> bool:
        """(k103) Claims i and j give one figure, one as a rise and the other as a fall, each
        with a word of its own (`_apart_in_direction`)."""
        di, dj = int(self.direction[i]), int(self.direction[j])
        return bool(di and dj and di != dj and _figures(self.texts[i]) & _figures(self.texts[j])
                    and _both_own_words(self.slot_words[i], self.slot_words[j]))

    def _apart_in_what_is_counted(self, left: np.ndarray, right: np.ndarray,
                                  scores: np.ndarray) -> None:
        """Scores of pairs whose shared figure counts things of two kinds (`_counts_differ`)
        set to 0; only pairs that could link (score over `SLOT_MIN_SCORE`) are read."""
        ca, cb = self.count_of[left], self.count_of[right]
        both = np.flatnonzero((ca >= 0) & (cb >= 0) & (scores > SLOT_MIN_SCORE))
        if len(both):
            counts = self.counts
            apart = [_counts_differ(counts[x], counts[y])
                     for x, y in zip(ca[both].tolist(), cb[both].tolist(), strict=True)]
            scores[both[np.array(apart, dtype=bool)]] = 0.0

    def _apart_in_one_slot(self, left: np.ndarray, right: np.ndarray, scores: np.ndarray) -> None:
        """Scores of pairs one slot apart (`_one_slot_apart`) set to 0. Only pairs that could
        link (score over `SLOT_MIN_SCORE`) and that differ in few tokens are read in order."""
        hopeful = np.flatnonzero(scores > SLOT_MIN_SCORE)
        if not len(hopeful):
            return
        a, b = left[hopeful], right[hopeful]
        common = np.empty(len(hopeful), dtype=np.float64)
        for start in range(0, len(hopeful), PAIR_CHUNK):
            stop = start + PAIR_CHUNK
            product = self.binary[a[start:stop]].multiply(self.binary[b[start:stop]])
            common[start:stop] = np.asarray(product.sum(axis=1)).ravel()
        sizes = np.diff(self.indptr)
        near = np.flatnonzero((sizes[a] - common <= SLOT_MAX_APART) & (sizes[b] - common <= SLOT_MAX_APART)
                              & (sizes[a] > common) & (sizes[b] > common))
        words, texts = self.slot_words, self.texts
        for k, i, j in zip(near.tolist(), a[near].tolist(), b[near].tolist(), strict=True):
            if _slot_apart(words[i], words[j]) and _slot_aligned(texts[i].split(),
                                                                 texts[j].split()):
                scores[hopeful[k]] = 0.0

    def _apart_in_time(self, left: np.ndarray, right: np.ndarray, scores: np.ndarray) -> None:
        """Scores of pairs whose figures are of different times set to 0: the wording of a
        monthly or yearly figure repeats every period, so no overlap makes them one claim."""
        fa, fb = self.frame_of[left], self.frame_of[right]
        both = np.flatnonzero((fa >= 0) & (fb >= 0))
        if len(both):
            frames = self.frames
            apart = [_frames_differ(frames[x], frames[y])
                     for x, y in zip(fa[both].tolist(), fb[both].tolist(), strict=True)]
            scores[both[np.array(apart, dtype=bool)]] = 0.0

    def id_set(self, i: int) -> list[int]:
        """Claim i's distinct token ids, ascending."""
        return self.cols[self.indptr[i] : self.indptr[i + 1]].tolist()

    def pair_score(self, i: int, j: int) -> float:
        """The score of one pair: `_combine` in plain floats."""
        common = set(self.id_set(i)).intersection(self.id_set(j))
        shared = float(self.weights[list(common)].sum()) if common else 0.0
        fuzzy = fuzz.token_set_ratio(self.texts[i], self.texts[j])
        mass_a, mass_b = float(self.mass[i]), float(self.mass[j])
        total, smaller = mass_a + mass_b, min(mass_a, mass_b)
        dice = 2 * shared / total if total > 0 else 0.0
        contained = shared / max(smaller, 6.0) if smaller > 0 else 0.0
        fi, fj = int(self.frame_of[i]), int(self.frame_of[j])
        if fi >= 0 and fj >= 0 and _frames_differ(self.frames[fi], self.frames[fj]):
            return 0.0
        if _slot_apart(self.slot_words[i], self.slot_words[j]) \
                and _slot_aligned(self.texts[i].split(), self.texts[j].split()):
            return 0.0
        ci, cj = int(self.count_of[i]), int(self.count_of[j])
        if ci >= 0 and cj >= 0 and _counts_differ(self.counts[ci], self.counts[cj]):
            return 0.0
        if self._other_story_one(i, j):
            return 0.0
        if self._one_figure_two_ways(i, j):
            return 0.0
        return min(max(0.5 * dice + 0.25 * contained + 0.25 * (fuzzy / 100.0), 0.0), 1.0)


# Pairs per sparse product: bounds the memory of a product, not the result.
PAIR_CHUNK = 50_000
# (k58) A token this heavy in English at large (Zipf 3.5 or rarer: names, rare words; and
# telling figures, which weigh 4.0) is distinctive: two stories seldom share one by chance.
DISTINCT_WEIGHT = 4.0
# (k58) Articles sharing at least this many distinctive tokens are taken as one story
# (on the 90 review articles of 30 stories: 88 of 90 pairs of one story share 3 or more,
# 17 of 3,915 pairs of two stories do; with 2, 175 do) ...
STORY_MIN_SHARED = 3
# ... (k110) of which at least this many are words (names, rare words), not figures: three
# figures shared by chance ("150", "600", "1.2 million") are no story ...
STORY_MIN_WORDS = 1
# ... (k110) and articles that each name at least this many people, places or bodies
# (`_names`) but share none of them are two stories, whatever else they share (two councils'
# pothole stories share "pothole" and "backlog"; a story's outlets share its names). Dev
# article pairs (3+ claims each) sharing 3+ distinctive tokens: 453 of one gold case and 392
# of two; with both tests 425 and 105 stay related. Cross-case unions of the dev clustering
# 350 -> 239 (docs/conflicts.md, "## Round k110").
STORY_MIN_NAMES = 2
# ... claims of articles that are not need this many distinctive tokens in common (a name
# and a figure; one rare word or one round figure is shared by chance across stories) ...
CLAIM_MIN_SHARED = 2
# ... and an article of fewer claims than this is not judged by shared tokens (too few words
# to tell); (fxI) only by the names test (`_names_apart`).
STORY_MIN_CLAIMS = 3
# (fxI) ... but judged by the names test alone, each side naming this many runs of adjacent
# names (`_name_runs`: one speaker's first and last names are one; counted as two words, a
# one-sentence article naming one speaker was judged and `bench/clustering_eval.py` lost 3
# same-story pairs; docs, "## Round fxI").
SMALL_MIN_NAMES = 2

# (k110) A capitalised word inside a sentence: after a character that is no space and ends
# no sentence, quote or parenthesis opening (and any spaces), so neither a text's first word
# nor the first after ". ", ": " or an opening quote; and the calendar's names (no story's own)
NAME = re.compile(
    "(?<=[^\\s.!?\":;('\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b])"
    "\\s*\\b([A-Z][a-z]{2,}(?:['\\-][A-Za-z]+)?)")
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split())
# (k110) A word written in lower case (a common noun, when a name's word is seen so)
LOWER_WORD = re.compile(r"(?<![\w'-])[a-z]{3,}(?![\w'-])")


def _article_names(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """(k110) Each article's names over all its claims (`_names` of their texts, joined by
    ". " so that no claim's first word reads as inside a sentence), less the words some claim
    of the batch writes in lower case: common nouns capitalised in a title ("County Council",
    "Police"), not names."""
    texts: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        texts[c.article_id].append(c.text)
    names = {a: _names(". ".join(t)) for a, t in texts.items()}
    wanted = frozenset().union(*names.values())
    if not wanted:
        return names
    common = wanted.intersection(LOWER_WORD.findall("\n".join(c.text for c in claims)))
    return {a: n - common if n & common else n for a, n in names.items()}


def _name_runs(claims: Sequence[Claim], names: dict[str, frozenset[str]]) -> dict[str, int]:
    """(fxI) How many distinct runs of adjacent names (`NAME` matches separated by spaces
    only, words of `names` only) each article with names gives: "Jane Doe of Acme Mill" is two."""
    texts: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        if names.get(c.article_id):
            texts[c.article_id].append(c.text)
    out = {}
    for article, found in texts.items():
        own = names[article]
        joined = ". ".join(found)
        runs, run, end = set(), [], -1
        for m in NAME.finditer(joined):
            word = m.group(1).lower()
            if word not in own:
                continue
            if run and joined[end:m.start(1)].strip():
                runs.add(" ".join(run))
                run = []
            run.append(word)
            end = m.end(1)
        if run:
            runs.add(" ".join(run))
        out[article] = len(runs)
    return out


def _names(text: str) -> frozenset[str]:
    """(k110) The names a claim gives: capitalised words inside a sentence (`NAME`),
    lowercased, days and months left out: "the Brindlecombe Trust", "Mr Ostrander"."""
    found = NAME.findall(text)
    return frozenset(w.lower() for w in found) - CALENDAR if found else frozenset()


# Pairs per rapidfuzz call (its texts listed, its scores combined): bounds their memory.
SCORE_CHUNK = 500_000


def _contentless(tokens: Sequence[str]) -> bool:
    """(k58) A claim with no words of its own: no figure and at most one content token
    ("his claims", "the claim", "that is false": pronouns and determiners are stopwords).
    Such claims of any number of stories read alike; retelling one says nothing. (r59:
    moved from between the constant blocks.)"""
    return len(set(tokens)) < 2 and not any(t[0].isdigit() for t in tokens)


def _cpdist(queries: list[str], choices: list[str]) -> np.ndarray:
    """rapidfuzz over aligned pairs, on all cores once there are enough of them to pay for
    starting the worker threads."""
    workers = -1 if len(queries) >= 20_000 else 1
    return process.cpdist(queries, choices, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=workers)


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
    score = 0.5 * dice + 0.25 * contained + 0.25 * (np.asarray(fuzzy, dtype=np.float64) / 100.0)
    return np.clip(score, 0.0, 1.0)


# ---------------------------------------------------------------- clustering


def cluster_claims(
    claims: Sequence[Claim], settings: ClusteringSettings = ClusteringSettings()
) -> list[ClusterMember]:
    """Members of every cluster of two or more claims; a claim is in at most one cluster."""
    return list(cluster_table(claims, settings))


def cluster_table(claims: Sequence[Claim], settings: ClusteringSettings = ClusteringSettings()) -> Clusters:
    """`cluster_claims` as columns (the same members in the same order), for a whole store:
    a model per member would be most of what the clusters cost."""
    if len(claims) < 2:
        return Clusters([], [], array("d"), array("b"))
    learned = _learn_acronyms([c.text for c in claims])
    prepared = [_prepared(c.text, learned) for c in claims]
    vocab = _Vocabulary([_folded_tokens(t) for t in prepared],
                        [_frame(c.text) for c in claims],
                        [_counted_in_prepared(t) for t in prepared])
    del prepared
    # a claim's measure keys as a frozenset, equal sets shared (most claims have none)
    seen: dict[frozenset, frozenset] = {}
    measure_keys = [seen.setdefault(k, k) for k in map(_measure_keys, claims)]
    del seen
    names = _article_names(claims)
    vocab.set_articles([c.article_id for c in claims], names, _name_runs(claims, names))
    left, right, scores = _links(vocab, measure_keys, settings)
    parent = _merge(left, right, scores, vocab, measure_keys, settings)
    roots = np.fromiter((_find(parent, i) for i in range(len(claims))), dtype=np.int64, count=len(claims))
    return _describe_clusters(roots, claims, vocab, settings)


def _links(
    vocab: _Vocabulary, measure_keys: list[frozenset[tuple]], settings: ClusteringSettings
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate links (left < right, score), strongest first. Every pair that shares a block
    window is a candidate, with the lowest threshold of the blocks it shares; the pairs are
    built, deduplicated and bounded in numpy, and only the hopeful ones meet rapidfuzz.

    The candidates stream through bounded steps (tens of millions of them at 300k claims):
    built a window batch at a time, deduplicated within ranges of claims, bounded a range at
    a time, and reduced to each claim's most hopeful as they come; the result is the one
    all of them at once would give."""
    n = vocab.size
    word_blocks, measure_blocks, position = _blocks(vocab, measure_keys, settings)
    candidates = _CandidatePairs(n)
    for blocks, kind in ((word_blocks, 1), (measure_blocks, 0)):
        windows = [w for members in blocks for w in _windows(members, position, settings.max_block)]
        for a, b in _window_pairs(windows, settings.max_block):
            candidates.add(np.minimum(a, b), np.maximum(a, b), kind)
    del word_blocks, measure_blocks, position
    # a claim needs only its best few links: keep a pair if it is among the most hopeful
    # (by overlap) of either of its claims; bounds the work on a big near-duplicate story
    best = _BestPairs(n, settings.candidates_per_claim)
    for left, right, word in candidates.drain():
        need = np.where(word, settings.threshold, settings.measure_threshold)
        shared, bound = vocab.overlap_bound(left, right)
        hopeful = bound >= need
        best.add(left[hopeful], right[hopeful], _level(bound[hopeful]), shared[hopeful], word[hopeful])
    left, right, shared, word = best.result()
    left, right = left.astype(np.int64), right.astype(np.int64)
    need = np.where(word, settings.threshold, settings.measure_threshold)
    scores = vocab.pair_scores(left, right, shared)
    linked = scores >= need
    left, right, scores = left[linked], right[linked], scores[linked]
    keep, _ = _top_per_claim(left, right, _level(scores), settings.links_per_claim, n)
    left, right, scores = left[keep], right[keep], scores[keep]
    order = np.lexsort((right, left, -scores))
    return left[order], right[order], scores[order]


# Candidate pairs built per step: bounds the memory of building them, not the result.
BUILD_CHUNK = 1_000_000
# Hopeful pairs gathered before they are cut down to each claim's best.
PRUNE_CHUNK = 1_000_000


class _CandidatePairs:
    """Candidate pairs deduplicated, each with the laxer kind of the blocks it came from, in
    buckets of their left claim: keys ((left - first of bucket) * n + right) * 2 + kind, 0
    for a measure block and 1 for a word block, fit 32 bits, and a bucket is deduplicated
    on its own whenever its pending keys outgrow it, so memory follows the distinct pairs."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.width = max(1, min(n, (2**31 - 1) // max(n, 1)))
        self.buckets = -(-n // self.width)
        self.parts: list[list[np.ndarray]] = [[] for _ in range(self.buckets)]
        self.pending = [0] * self.buckets
        self.distinct = [0] * self.buckets
        self.edges = np.arange(self.buckets + 1, dtype=np.int64) * self.width * n * 2

    def add(self, left: np.ndarray, right: np.ndarray, kind: int) -> None:
        key = (left * self.n + right) * 2 + kind
        key.sort()
        bounds = np.searchsorted(key, self.edges).tolist()
        for b in range(self.buckets):
            lo, hi = bounds[b], bounds[b + 1]
            if lo == hi:
                continue
            self.parts[b].append(_first_of_pair(key[lo:hi] - self.edges[b]).astype(np.uint32))
            self.pending[b] += hi - lo
            if self.pending[b] > 2 * self.distinct[b] + BUILD_CHUNK:
                self._compact(b)

    def _compact(self, b: int) -> None:
        key = np.concatenate(self.parts[b]) if len(self.parts[b]) > 1 else self.parts[b][0]
        if len(self.parts[b]) > 1:
            key.sort()
            key = _first_of_pair(key)
        self.parts[b] = [key]
        self.pending[b] = self.distinct[b] = len(key)

    def drain(self):
        """(left, right, from a word block) of each bucket's distinct pairs, by left then
        right; a bucket's keys are let go as it is handed out. All buckets are deduplicated
        first, so the pending duplicates of later buckets do not wait beside the work on
        earlier ones."""
        for b in range(self.buckets):
            if self.parts[b]:
                self._compact(b)
        for b in range(self.buckets):
            if not self.parts[b]:
                continue
            key = self.parts[b].pop().astype(np.int64)
            word = (key & 1).astype(bool)
            key >>= 1
            left, right = key // self.n, key % self.n
            left += b * self.width
            del key
            for start in range(0, len(left), BUILD_CHUNK):
                stop = start + BUILD_CHUNK
                yield left[start:stop], right[start:stop], word[start:stop]


def _first_of_pair(key: np.ndarray) -> np.ndarray:
    """Sorted keys (pair * 2 + kind) with each pair once, of its laxer (lower) kind."""
    first = np.ones(len(key), dtype=bool)
    first[1:] = (key[1:] >> 1) != (key[:-1] >> 1)
    return key[first]


def _level(value: np.ndarray) -> np.ndarray:
    """A score (0..1) as a rank to 1e-7, best first: the order `_top_per_claim` ranks by."""
    return np.round((1.0 - np.clip(value, 0.0, 1.0)) * 1e7).astype(np.int64)


class _BestPairs:
    """The pairs among the k best (lowest level, then partner) of either of their claims, of
    all pairs added. A pair behind k others at both its claims can never be among them, so
    pairs are cut down as they come: each claim's k-th best so far screens new pairs, and
    what passes is cut down with the kept ones every `PRUNE_CHUNK` pairs."""

    def __init__(self, n: int, k: int) -> None:
        self.n, self.k = n, k
        self.bits = max(int(n - 1).bit_length(), 1)
        self.kth = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
        self.kept = self._empty()
        self.pending: list[tuple[np.ndarray, ...]] = []
        self.pending_size = 0

    @staticmethod
    def _empty() -> tuple[np.ndarray, ...]:
        return (np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32),
                np.zeros(0, dtype=np.float64), np.zeros(0, dtype=bool))

    def add(self, left: np.ndarray, right: np.ndarray, level: np.ndarray, shared: np.ndarray, word: np.ndarray) -> None:
        ranked = level << self.bits
        live = ((ranked | right) <= self.kth[left]) | ((ranked | left) <= self.kth[right])
        if not live.any():
            return
        self.pending.append((left[live].astype(np.int32), right[live].astype(np.int32),
                             level[live].astype(np.int32), shared[live], word[live]))
        self.pending_size += int(live.sum())
        if self.pending_size >= max(PRUNE_CHUNK, len(self.kept[0])):
            self._prune()

    def _prune(self) -> None:
        if not self.pending:
            return
        columns = [np.concatenate(c) for c in zip(self.kept, *self.pending, strict=True)]
        self.pending, self.pending_size = [], 0
        keep, self.kth = _top_per_claim(columns[0], columns[1], columns[2], self.k, self.n)
        self.kept = tuple(c[keep] for c in columns)

    def result(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(left, right, shared, from a word block) of the pairs kept."""
        self._prune()
        left, right, _, shared, word = self.kept
        return left, right, shared, word


def _top_per_claim(left: np.ndarray, right: np.ndarray, level: np.ndarray, k: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Mask of the pairs among the k lowest `level` of their left or their right claim (ties
    broken by the partner's index, so the choice is deterministic), and each claim's k-th
    (level << bits | partner), or the int64 maximum for a claim in fewer than k pairs.
    Claims are ranked a range at a time (a claim's pairs all fall in its range), which
    bounds the memory of the sort."""
    kth = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    m = len(left)
    keep = np.zeros(m, dtype=bool)
    if m == 0:
        return keep, kth
    bits = max(int(n - 1).bit_length(), 1)
    parts = max(1, -(-2 * m // TOP_CHUNK))
    edges = np.linspace(0, n, parts + 1).round().astype(np.int64).tolist()
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        if hi <= lo:
            continue
        as_left = np.flatnonzero((left >= lo) & (left < hi))
        as_right = np.flatnonzero((right >= lo) & (right < hi))
        pair = np.concatenate((as_left, as_right))
        ends = np.concatenate((left[as_left], right[as_right])).astype(np.int64)
        partners = np.concatenate((right[as_left], left[as_right])).astype(np.int64)
        del as_left, as_right
        levels = level[pair].astype(np.int64)
        # the claim, the level and the partner packed into one key where they fit 63 bits
        if 2 * bits + 24 <= 63:
            order = np.argsort((ends << (bits + 24)) | (levels << bits) | partners)
        else:
            order = np.lexsort((partners, levels, ends))
        ends, ranked, pair = ends[order], (levels[order] << bits) | partners[order], pair[order]
        del order, levels, partners
        starts = np.searchsorted(ends, np.arange(lo, hi))
        rank = np.arange(len(ends)) - starts[ends - lo]
        keep[pair[rank < k]] = True
        at = rank == k - 1
        kth[ends[at]] = ranked[at]
    return keep, kth


# Claim-pair entries (two a pair) ranked per step of `_top_per_claim`: bounds its memory.
TOP_CHUNK = 500_000


def _merge(left, right, scores, vocab: _Vocabulary, measure_keys: list[frozenset[tuple]], settings: ClusteringSettings) -> list[int]:
    """Links strongest first; two groups merge only when their leaders (lowest index) are
    themselves alike, by the bar of their own kind of link."""
    parent = list(range(vocab.size))
    n = len(parent)
    # the links' scores by pair (left * n + right), looked up in sorted arrays rather than a
    # dict of a million entries; leader pairs that are no link are scored once
    codes = left * n + right
    by_code = np.argsort(codes)
    codes, link_scores = codes[by_code], scores[by_code]
    del by_code
    scored: dict[int, float] = {}
    for start in range(0, len(left), MERGE_CHUNK):
        chunk = zip(left[start : start + MERGE_CHUNK].tolist(), right[start : start + MERGE_CHUNK].tolist(),
                    scores[start : start + MERGE_CHUNK].tolist(), strict=True)
        for a, b, score in chunk:
            ra, rb = _find(parent, a), _find(parent, b)
            if ra == rb:
                continue
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            needed = settings.measure_threshold if measure_keys[lo] & measure_keys[hi] else settings.merge_threshold
            if lo == a and hi == b:
                likeness = score
            else:
                code = lo * n + hi
                likeness = scored.get(code)
                if likeness is None:
                    at = int(np.searchsorted(codes, code))
                    if at < len(codes) and codes[at] == code:
                        likeness = float(link_scores[at])
                    else:
                        likeness = scored[code] = vocab.pair_score(lo, hi)
            if likeness < needed:
                continue
            parent[hi] = lo
    return parent


# Links walked per step of `_merge`: bounds the Python lists made of them.
MERGE_CHUNK = 100_000


def _measure_keys(claim: Claim) -> frozenset[tuple]:
    """(unit, rate, word of the measure) for each figure: "cost to shippers" and "cost" of a
    dollars-a-day figure meet on ("USD", "day", "cost"). A count's word also gives its kinds
    (clustering_counted.txt) as "#kind": rival counts of one thing in kin words ("1,200
    patients" / "1,500 volunteers", "90 sailings" / "110 crossings") meet on ("count",
    None, "#person") and need only the measure threshold, as one word would. A claim of one
    specific figure also gets the figure as a key ("=65000000.0")."""
    keys = set()
    for q in claim.quantities:
        if not q.unit or not q.measure:
            continue
        # the figure itself, for a claim of one figure (`_telling_figure`): outlets retell
        # "$65 million" as "$65m" in other words; a claim of two figures is where rival
        # figures meet (the numeric conflicts are sought between clusters), so it gets none
        if q.value is not None and len(claim.quantities) == 1 and _telling_figure(q.value, q.unit):
            keys.add((q.unit, q.per, "=" + repr(float(q.value))))
        for word in WORD.findall(q.measure.lower()):
            if word not in STOPWORDS and word not in FRAME_WORDS and not word[0].isdigit():
                keys.add((q.unit, q.per, _canonical(word)))
                if q.unit == "count":
                    kinds = _counted_kinds().get(_canonical(word), ())
                    keys.update((q.unit, q.per, "#" + kind) for kind in kinds)
    return frozenset(keys)


def _telling_figure(value: float, unit: str) -> bool:
    """A figure specific enough that two claims giving it in one unit are likely one fact
    retold ("$65 million" / "$65m", "8.4%" / "8.4 percent", a crowd of "27,300"): any sum or
    measure outside the cases below, a count of 100 or more (not a year), a share with
    decimals or (k101) a whole share that is not a multiple of 5 ("94%", "31 percent").
    Durations ("for two years"), round shares ("40%", "25%") and small counts are given by
    too many claims to say anything."""
    if unit in TIME_UNITS.values():
        return False
    whole = value == int(value)
    if unit == COUNT:
        return value >= 100 and not (whole and 1900 <= value <= 2100)
    if unit in SHARE_UNITS:
        # (k101) a whole share too, unless round (a multiple of 5): "voted by 94% to strike"
        # / "nearly 94% of drivers backed strike action", "approval rating fell to 31%" /
        # "only 31 percent of voters approve"
        return not whole or value % 5 != 0
    return True


def _blocks(
    vocab: _Vocabulary, measure_keys: list[frozenset[tuple]], settings: ClusteringSettings
) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray]:
    """Blocks by rare shared tokens (each claim's `rare_words_per_claim` heaviest tokens that
    another claim has too), blocks by the measure key of a figure, and each claim's place in
    the order of oversized blocks (by its three heaviest tokens, then its index)."""
    n = vocab.size
    indptr, cols = vocab.binary.indptr, vocab.binary.indices.astype(np.int64)
    rows = np.repeat(np.arange(n), np.diff(indptr))
    df = np.bincount(cols, minlength=len(vocab.weights))
    # token ids ranked by weight, ties by the token itself (ids are in token order)
    rank = np.empty(len(df), dtype=np.int64)
    rank[np.lexsort((np.arange(len(df)), -vocab.weights))] = np.arange(len(df))
    order = np.lexsort((rank[cols], rows))
    rows, cols = rows[order], cols[order]
    place = np.arange(len(rows)) - indptr[rows]
    # the order of oversized blocks: heaviest tokens compared as words (ids are in word order)
    heads = [np.full(n, -1, dtype=np.int64) for _ in range(3)]
    for k in range(3):
        heads[k][rows[place == k]] = cols[place == k]
    position = np.empty(n, dtype=np.int64)
    position[np.lexsort((np.arange(n), heads[2], heads[1], heads[0]))] = np.arange(n)
    shared = df[cols] > 1
    rows, cols = rows[shared], cols[shared]
    starts = np.searchsorted(rows, np.arange(n))
    rare = np.arange(len(rows)) - starts[rows] < settings.rare_words_per_claim
    rows, cols = rows[rare], cols[rare]
    order = np.lexsort((rows, cols))
    rows, cols = rows[order], cols[order]
    bounds = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1], True])
    word_blocks = [rows[x:y] for x, y in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True) if y - x > 1]
    by_measure: dict[tuple, list[int]] = defaultdict(list)
    for i, keys in enumerate(measure_keys):
        for key in keys:
            by_measure[key].append(i)
    measure_blocks = [np.array(m, dtype=np.int64) for m in by_measure.values() if len(m) > 1]
    return word_blocks, measure_blocks, position


def _windows(members: np.ndarray, position: np.ndarray, size: int) -> list[tuple[np.ndarray, bool]]:
    """An oversized block sorted by each member's heaviest tokens, then cut into windows that
    overlap by half: claims that share more than the block's word end up near each other.
    Each window comes with whether all its pairs are new; otherwise only those with a claim in
    its first half are (the second half's own pairs are the next window's)."""
    if len(members) <= size:
        return [(members, True)]
    ordered = members[np.argsort(position[members])]
    step = size // 2
    starts = range(0, len(ordered) - step, step)
    return [(ordered[i : i + size], i == starts[-1]) for i in starts]


def _window_pairs(windows: list[tuple[list[int], bool]], size: int):
    """(left, right) index arrays of the pairs of the windows, windows of one shape at once
    (at most about `BUILD_CHUNK` pairs a step); each pair of a block once."""
    by_shape: dict[tuple[int, bool], list[list[int]]] = defaultdict(list)
    for w, whole in windows:
        by_shape[len(w), whole].append(w)
    for length, whole in sorted(by_shape):
        x, y = np.triu_indices(length, k=1)
        if not whole:
            x, y = x[x < size // 2], y[x < size // 2]
        group = by_shape[length, whole]
        step = max(1, BUILD_CHUNK // max(len(x), 1))
        for start in range(0, len(group), step):
            stacked = np.stack(group[start : start + step])
            yield stacked[:, x].ravel(), stacked[:, y].ravel()


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _describe_clusters(
    roots: np.ndarray, claims: Sequence[Claim], vocab: _Vocabulary, settings: ClusteringSettings
) -> Clusters:
    """The representative is the medoid (most like the others); score is likeness to it.
    A cluster of up to `medoid_sample` claims compares all its pairs; a larger one picks its
    medoid among an evenly spaced sample of its members, each compared with the same sample
    (so the cost is bounded), and then scores every member against it."""
    order = np.argsort(roots, kind="stable")
    sorted_roots = roots[order]
    starts = np.flatnonzero(np.r_[True, sorted_roots[1:] != sorted_roots[:-1]])
    groups = [g for g in np.split(order, starts[1:]) if len(g) >= 2]
    if not groups:
        return Clusters([], [], array("d"), array("b"))
    sample = settings.medoid_sample
    # candidate pairs of every cluster at once: (cluster, candidate position, other position)
    cl, pos_a, pos_b, left, right = [], [], [], [], []
    for c, members in enumerate(groups):
        m = len(members)
        picks = np.arange(m) if m <= sample else np.unique(np.linspace(0, m - 1, sample).round().astype(np.int64))
        x, y = np.triu_indices(len(picks), k=1)
        cl.append(np.full(len(x), c))
        pos_a.append(picks[x])
        pos_b.append(picks[y])
        left.append(members[picks[x]])
        right.append(members[picks[y]])
    cl, pos_a, pos_b = np.concatenate(cl), np.concatenate(pos_a), np.concatenate(pos_b)
    scores = vocab.pair_scores(np.concatenate(left), np.concatenate(right), apart=False)
    # sum of likeness of each sampled member to the rest of the sample
    sizes = np.array([len(g) for g in groups])
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    totals = np.zeros(offsets[-1])
    np.add.at(totals, offsets[cl] + pos_a, scores)
    np.add.at(totals, offsets[cl] + pos_b, scores)
    sampled = np.zeros(offsets[-1], dtype=bool)
    sampled[offsets[cl] + pos_a] = True
    sampled[offsets[cl] + pos_b] = True
    totals[~sampled] = -1.0
    medoids = np.array([int(np.argmax(totals[offsets[c]:offsets[c + 1]])) for c in range(len(groups))])
    # every member's likeness to its medoid: reuse the sampled pairs, score the rest
    likeness = np.full(offsets[-1], np.nan)
    medoid_pos = medoids[cl]
    hit_a, hit_b = pos_a == medoid_pos, pos_b == medoid_pos
    likeness[offsets[cl[hit_a]] + pos_b[hit_a]] = scores[hit_a]
    likeness[offsets[cl[hit_b]] + pos_a[hit_b]] = scores[hit_b]
    likeness[offsets[:-1] + medoids] = 1.0
    missing = np.flatnonzero(np.isnan(likeness))
    if len(missing):
        cluster_of = np.repeat(np.arange(len(groups)), sizes)
        everyone = np.concatenate(groups)
        medoid_claims = everyone[offsets[:-1] + medoids]
        likeness[missing] = vocab.pair_scores(medoid_claims[cluster_of[missing]], everyone[missing],
                                              apart=False)
    result = Clusters([], [], array("d"), array("b"))
    for c, members in enumerate(groups):
        medoid = int(medoids[c])
        cluster_id = stable_id("cluster", min(claims[i].claim_id for i in members.tolist()))
        for k in [medoid] + [k for k in range(len(members)) if k != medoid]:
            result.cluster_ids.append(cluster_id)
            result.claim_ids.append(claims[int(members[k])].claim_id)
            result.scores.append(1.0 if k == medoid else round(float(likeness[offsets[c] + k]), 4))
            result.representative.append(k == medoid)
    return result
