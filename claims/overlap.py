"""How much two claims are about the same matter, by the rare words they share.

Conflict rules need to know whether two claims speak of the same thing before asking
whether they disagree. Fuzzy string ratios reward shared wording; here what counts is
shared *rare* words (names, places, the measured thing), weighted by inverse document
frequency over the claims being judged, after a light suffix-stripping stem so that
"burglaries" meets "burglary" and "completed" meets "completion".
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import TypeVar

import numpy as np
from scipy import sparse

from claims.memo import memoised_per_text, remembering_texts

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
FUNCTION_WORDS = frozenset(
    """a an the and or but if of to in on at for from by with about as into over under than
    that this these those there their its it they them he she his her we our you your i me my
    is are was were be been being has have had do does did will would could should may might
    can cannot not no nor so such also said says say told tells according statement which who
    whom whose what when where while after before since until because just very more most less
    least much many some any all each every both either neither other another one two three
    only own same then too again further once here out up down off now still yet even ever
    never last first next year years day days week weeks month months time per percent""".split()
)
SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er",
            "ion", "ions", "ed", "es", "s", "ly", "e", "y")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: enough to join inflections and close derivations in news text."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


H = TypeVar("H", bound=Hashable)
_shared_sets: dict | None = None

# The one empty set of stems a rule keeps. CPython makes a new 216-byte object for every
# `frozenset()` call: three such fields of the contradiction rule's reading of 300,000
# claims were 141 MB, the whole of the memory it gained since stop 17 (session 8).
NO_STEMS: frozenset[str] = frozenset()


@contextmanager
def sharing_stem_sets() -> Iterator[None]:
    """Within it, `one_of` gives one object for equal sets of stems: the claims of a big
    store repeat their texts and speakers, and a set per claim is most of what rules keep
    per claim. The sets are let go when it ends (nothing lives on between runs)."""
    global _shared_sets
    outer = _shared_sets
    if outer is None:
        _shared_sets = {}
    try:
        with remembering_texts():
            yield
    finally:
        _shared_sets = outer


def one_of(stems: H) -> H:
    """`stems` (a set of stems, or any hashable value), or an equal one already given out
    within `sharing_stem_sets`."""
    shared = _shared_sets
    return stems if shared is None else shared.setdefault(stems, stems)


@memoised_per_text
def topic_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry the topic: no function words, no single letters."""
    return frozenset(
        stem(w) for w in WORD.findall(text) if len(w) > 1 and w.lower() not in FUNCTION_WORDS
    )


class TopicIndex:
    """Inverse document frequencies over a set of texts, and an inverted index of their
    rare stems to find related texts without comparing all pairs."""

    def __init__(self, texts: Sequence[str], *, postings_cap: int = 200, rarest: int = 6,
                 keep_stem_sets: bool = True) -> None:
        """`keep_stem_sets=False` keeps each text's stems only as its row of the matrix, for
        an index that only finds candidates and scores them (`candidates`,
        `relatedness_to`): a set of a whole article's ~160 stems is ~8 KB, its row ~1 KB.
        `stems` is then None, and `relatedness`/`relatedness_of` are not for it."""
        self.rarest = rarest
        # texts repeat (the claims of one sentence): equal texts share one set of stems
        known: dict[str, frozenset[str]] = {}
        self.stems = [known.get(t) or known.setdefault(t, topic_stems(t)) for t in texts]
        del known
        frequency = Counter(s for stems in self.stems for s in stems)
        total = max(len(texts), 1)
        self.size = total
        self.idf = {s: math.log((1 + total) / (1 + f)) + 1.0 for s, f in frequency.items()}
        self.totals = [self.weight(stems) for stems in self.stems]
        # postings as arrays of 32-bit C ints: a list would hold an int object per entry
        self._postings: dict[str, array] = defaultdict(lambda: array("i"))
        for i, stems in enumerate(self.stems):
            for s in stems:
                if frequency[s] <= postings_cap:
                    self._postings[s].append(i)
        self._rows: sparse.csr_matrix | None = None
        self._stem_names: list[str] | None = None
        if not keep_stem_sets:
            self._matrix()  # built from the sets, exactly as it would be later
            self._stem_names = list(self.idf)  # matrix column -> stem
            self.stems = None

    def _matrix(self) -> tuple[sparse.csr_matrix, list[np.ndarray], np.ndarray, np.ndarray]:
        """Texts x stems (1 where a text holds a stem), each text's stem columns, the
        stems' weights and a reusable weight buffer: scores of one text against many
        candidates become one sparse product in C instead of a Python loop."""
        if self._rows is None:
            vocabulary = {s: k for k, s in enumerate(self.idf)}
            indptr = np.zeros(len(self.stems) + 1, dtype=np.int64)
            np.cumsum([len(stems) for stems in self.stems], out=indptr[1:])
            indices = np.fromiter((vocabulary[s] for stems in self.stems for s in stems), dtype=np.int64,
                                  count=int(indptr[-1]))
            # 1 as int8: a byte per entry instead of a float64's eight, and the products with
            # the float64 weights are the same numbers (1 * w, summed in the same order)
            self._rows = sparse.csr_matrix((np.ones(len(indices), dtype=np.int8), indices, indptr),
                                           shape=(len(self.stems), len(vocabulary)))
            # text i's stem columns are indices[indptr[i]:indptr[i + 1]] (views, not an array
            # each), read from the matrix: scipy keeps them as 32-bit ints, a copy of these
            self._columns = _Slices(self._rows.indices, self._rows.indptr)
            del indices
            self._weights = np.fromiter(self.idf.values(), dtype=np.float64, count=len(self.idf))
            self._buffer = np.zeros(len(vocabulary))
            self._totals = np.asarray(self.totals, dtype=np.float64)
        return self._rows, self._columns, self._weights, self._buffer

    def relatedness_to(self, i: int, others: Sequence[int]) -> np.ndarray:
        """`relatedness_of(i, j)` for every j of `others`, at once."""
        if not len(others):
            return np.zeros(0)
        rows, columns, weights, buffer = self._matrix()
        own = columns[i]
        buffer[own] = weights[own]
        try:
            shared = rows[others] @ buffer
        finally:
            buffer[own] = 0.0
        smaller = np.minimum(self._totals[i], self._totals[np.asarray(others)])
        return np.divide(shared, smaller, out=np.zeros(len(others)), where=smaller > 0)

    def rarest_shared(self, i: int, j: int) -> float:
        """(k87) The highest weight (idf) of a stem texts i and j both hold, 0.0 if they share
        none: whether two texts meet on a rare word ("Threnmouth", "weir") or only on
        words many texts hold ("council", "households")."""
        _, columns, weights, _ = self._matrix()
        shared = np.intersect1d(columns[i], columns[j])
        return float(weights[shared].max()) if len(shared) else 0.0

    def held_by(self, count: float) -> float:
        """(k87) The weight (idf) of a stem held by `count` of the texts: stems at least this
        heavy are held by `count` texts or fewer."""
        return math.log((1 + self.size) / (1 + count)) + 1.0

    def weight(self, stems: Iterable[str]) -> float:
        get = self.idf.get
        return sum(get(s, 1.0) for s in stems)

    def relatedness(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted overlap coefficient, 0..1: the shared weight over the smaller side's."""
        if not a or not b:
            return 0.0
        shared = a & b  # set intersection runs in C; only the few shared stems are summed
        if not shared:
            return 0.0
        smaller = min(self.weight(a), self.weight(b))
        return self.weight(shared) / smaller if smaller else 0.0

    def relatedness_of(self, i: int, j: int) -> float:
        """`relatedness` of two indexed texts, with their weights computed once."""
        smaller = min(self.totals[i], self.totals[j])
        if not smaller:
            return 0.0
        shared = self.stems[i] & self.stems[j]
        if not shared:
            return 0.0
        return sum(map(self.idf.__getitem__, shared)) / smaller

    def candidates(self, i: int) -> set[int]:
        """Texts sharing at least one of text i's rarest shared stems (those that are not
        too common): texts about the same matter share its names and places, and looking
        no further bounds the work on a large store (at most `rarest` x `postings_cap`
        candidates per text, whatever the store's size)."""
        # A stem no other text has finds nothing: the rarest *shared* stems are the ones.
        if self.stems is not None:
            own = self.stems[i]
        else:
            own = [self._stem_names[c] for c in self._columns[i].tolist()]
        stems = sorted(
            (s for s in own if len(self._postings.get(s, ())) > 1),
            key=lambda s: (-self.idf[s], s),
        )
        found: set[int] = set()
        for s in stems[: self.rarest]:
            found.update(self._postings[s])
        found.discard(i)
        return found


# (w77) Background weights of stems: the idf a stem would have in a store of
# BACKGROUND_CLAIMS news claims of many stories, each story mentioning it about once. How
# many of them hold it follows from its English-wide frequency (claims/data/
# clustering_word_zipf.txt, as clustering reads it): `exp(BACKGROUND_SLOPE * (zipf -
# BACKGROUND_ZIPF_ONCE))`, a word the table lacks (a name, a rare word) taken at zipf
# BACKGROUND_UNKNOWN_ZIPF. The numbers are a least-squares fit of the log of the number of
# development cases holding a stem on its zipf (docs/conflicts.md, "Round w77").
BACKGROUND_CLAIMS = 9600
BACKGROUND_SLOPE = 1.1
BACKGROUND_ZIPF_ONCE = 3.0
BACKGROUND_UNKNOWN_ZIPF = 2.7


class BackgroundWeights:
    """Weights of stems that are the same whatever the store holds: a rule deciding *which*
    claim a party answers by the words they share ("rejected suggestions that it pays
    farmers below the cost of production" / "farmers are paid 4 pence below what it costs
    them to produce") must not change its answer when another story's articles about
    farmers or costs are added, as an idf over the store's claims does (w77). Example:
    `background_weights().weight({"fertilis"}) > background_weights().weight({"cost"})`."""

    def __init__(self, zipf: dict[str, float]) -> None:
        self._zipf = zipf
        self._cache: dict[str, float] = {}

    def held(self, s: str) -> float:
        """How many of the background claims hold `s`."""
        return math.exp(BACKGROUND_SLOPE * (self._zipf.get(s, BACKGROUND_UNKNOWN_ZIPF) - BACKGROUND_ZIPF_ONCE))

    def of(self, s: str) -> float:
        found = self._cache.get(s)
        if found is None:
            found = self._cache[s] = max(1.0, 1.0 + math.log((1 + BACKGROUND_CLAIMS) / (1 + self.held(s))))
        return found

    def weight(self, stems: Iterable[str]) -> float:
        of = self.of
        return sum(of(s) for s in stems)

    def among(self, stem_sets: Iterable[frozenset[str]]) -> LocalWeights:
        """These weights with the claims of one story (`stem_sets`) added to the
        background store: a stem many of them hold weighs less ("spills" in a story about
        sewage spills says little of which claim is meant, "dry" much), as it would in the
        store's idf, but with no other story's claims counted."""
        return LocalWeights(self, Counter(s for stems in stem_sets for s in stems))


class LocalWeights:
    """`BackgroundWeights.among`: the idf over the background claims and the given ones."""

    def __init__(self, background: BackgroundWeights, held: Counter) -> None:
        self._background, self._held = background, held
        self._cache: dict[str, float] = {}

    def of(self, s: str) -> float:
        found = self._cache.get(s)
        if found is None:
            local = self._held.get(s, 0)
            found = self._background.of(s) if not local else \
                max(1.0, 1.0 + math.log((1 + BACKGROUND_CLAIMS + local) / (1 + self._background.held(s) + local)))
            self._cache[s] = found
        return found

    def weight(self, stems: Iterable[str]) -> float:
        of = self.of
        return sum(of(s) for s in stems)


@lru_cache(maxsize=1)
def background_weights() -> BackgroundWeights:
    """The one `BackgroundWeights`: stem (`stem`) -> the Zipf frequency of its most common
    form ("cancelled", "cancel", "cancels" share one)."""
    from claims.lexicon import word_zipf  # claims.lexicon imports this module

    table: dict[str, float] = {}
    for word, value in word_zipf().items():
        s = stem(word)
        table[s] = max(table.get(s, 0.0), value)
    return BackgroundWeights(table)


class _Slices:
    """`slices[i]` is `flat[bounds[i]:bounds[i + 1]]`: many short arrays as one."""

    def __init__(self, flat: np.ndarray, bounds: np.ndarray) -> None:
        self.flat, self.bounds = flat, bounds

    def __getitem__(self, i: int) -> np.ndarray:
        return self.flat[self.bounds[i] : self.bounds[i + 1]]


def postings(stem_sets: Sequence[frozenset[str]], cap: int) -> dict[str, Sequence[int]]:
    """stem -> indices of the sets holding it (ascending, as an array of 32-bit C ints: a list
    would hold an int object per entry), for stems held by at most `cap` sets (a word
    nearly every claim of a story has says little about which claim is meant)."""
    found: dict[str, array] = defaultdict(lambda: array("i"))
    for i, stems in enumerate(stem_sets):
        for s in stems:
            found[s].append(i)
    return {s: ids for s, ids in found.items() if len(ids) <= cap}
