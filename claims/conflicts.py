"""Claims that cannot both be right: disputes, non-overlapping figures, opposite assessments.

Each rule returns `Conflict`s with a one-line reason a fact-checker can read and a score
(dispute > numeric > contradiction by default: a party's explicit rejection is the
strongest evidence, opposite wording the weakest). Rules see only stored claims and their
articles' outlet and date, so an incremental run can re-judge the whole store without
parsing anything again.

Two claims are only compared when they are about the same matter: they share rare words
(`claims.overlap.TopicIndex`) or a cluster. Limits, deliberately: no world knowledge
(synonyms beyond shared stems, entailment), so "he will be in charge next season" and
"he would leave at the end of the season" are not seen as opposed.

The work stays near-linear in the number of claims: each claim meets only the claims
sharing one of its rarest words (capped by `ConflictSettings.candidate_stems` and
`candidate_postings_cap`), its scores against them are one sparse product, and the
contradiction rule looks up opposite words in an index rather than pairing every claim of
a story.
"""

from __future__ import annotations

import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import chain

import numpy as np

from claims.event_dates import MONTHS as MONTH_NAMES
from claims.event_dates import WEEKDAYS as WEEKDAY_NAMES  # capitalised; figure_roles' are lower-case
from claims.event_dates import (
    EventDate,
    dated_apart,
    dated_clauses,
    event_dates,
    event_words,
    forecast_pattern,
    is_done_to,
    is_forecast,
    same_event,
)
from claims.figure_roles import (
    ON_WEEKDAY,
    WEEKDAYS,
    circumstantial_events,
    counts_sources,
    figure_events,
    gain_or_loss,
    is_increment,
    is_interval,
    is_negated,
    is_rejected,
    is_target,
    is_whole,
    clause_around,
    provided_or_used,
    reports_change,
    stated_day,
    whole_of,
)
from claims.lexicon import (
    data_lines,
    phrasal_verbs,
    inflections,
    opposite_inflections,
    phrase_pattern,
    measure_synonyms,
    cue_exception_pattern,
    declined_proposal_pattern,
    dispute_pattern,
    doubting_pattern,
    rejects,
    rejects_a_claim,
    figure_noun_pattern,
    lack_pattern,
    negation_pattern,
    opposite_patterns,
)
from claims.forked import Forked
from claims.memo import memoised_per_text
from claims.models import Claim, ClaimKind, ClaimRef, ClusterMember, Conflict, ConflictKind, Quantity, QuantityKind
from claims.outcomes import Taken, different_doers, opposed_outcomes, outcome_words, outcomes, taken_by
from claims.overlap import (
    FUNCTION_WORDS,
    NO_STEMS,
    TopicIndex,
    one_of,
    postings,
    sharing_stem_sets,
    stem,
    topic_stems,
)
from claims.rebuttals import (
    CORRECTED_FIGURE,
    accepted_clause,
    corrects_self,
    statement_nouns,
    judged_content,
    judges_a_statement,
    labels_a_statement,
    only_true_figure,
    statement_nouns,
)
from claims.states import read_states as _states
from claims.units import registry

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Words more claims hold than this say little about which claim a rejection answers.
STORY_POSTINGS_CAP = 2000
# "the ministry's claim", "the electoral commission's figure": whose claim is rejected.
OWNER_NOUNS = ("figures?|claims?|estimates?|numbers?|reports?|assessments?|data|statistics|"
               "counts?|projections?|forecasts?|conclusions|findings|analysis|account")


CLAIMED_NOUN = r"(?:claimed|alleged|so-called|purported)\s+[a-z][\w-]*"
# (d23) A rejection of a report as such ("called the report inaccurate"): an outlet's own
# sentence with a figure may be what is rejected.
OUTLETS_REPORT = re.compile(r"\b(?:reports?|reporting|article|story|stories)\b", re.IGNORECASE)


@cache
def owner_pattern() -> re.Pattern[str]:
    """"the ministry's claim", "Simic's remarks": the owner, then what of theirs is
    rejected (a figure noun or a claim noun of claims/data)."""
    listed = sorted({n for n in data_lines("conflict_claim_nouns.txt") + data_lines("conflict_figure_nouns.txt")},
                    key=len, reverse=True)
    # (d10) "the council's claimed savings", "the union's alleged shortfall": a noun marked
    # as claimed is a statement of the owner, whatever the noun.
    nouns = OWNER_NOUNS + "|" + "|".join(re.escape(n) + "s?" for n in listed) + "|" + CLAIMED_NOUN
    return re.compile(r"([A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,3})['’]s?\s+(?:[\w$£€.,-]+\s+){0,2}?"
                      rf"(?:{nouns})\b")
# "Education Minister Cora Lindqvist said ...": a sentence's capitalised reporting subject.
REPORTING_SUBJECT = re.compile(r"\W*((?:[A-Z][\w'’.&-]*\s+|(?:at|of)\s+){1,6})"
                               r"(?:said|says|told|announced|reported|claimed|"
                               r"estimated|estimates|projected|projects)\b")
# "Bus fares will rise by 12%, operator Greyline Buses said on Monday, blaming losses of
# £9 million": a reporting clause set off by commas inside the sentence.
INNER_REPORTING_SUBJECT = re.compile(r",\s+((?:[A-Za-z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*\s+)"
                                     r"(?:said|says|told|announced|reported|claimed)\b")
@cache
def claim_noun_pattern() -> re.Pattern[str]:
    """Nouns naming what another party said ("claim", "remarks", "assurance")."""
    return phrase_pattern(data_lines("conflict_claim_nouns.txt"))


@cache
def content_clause() -> re.Pattern[str]:
    """"the claim that ...", "reports that ...", "the suggestion of ...": the clause that
    follows says what was claimed."""
    return re.compile(claim_noun_pattern().pattern + r"\s+(?:that|of)\s+", re.IGNORECASE)


# The copula before a rejecting word and what qualifies that word ("were simply not
# true", 'were "premature and wrong"', 'were "pure speculation"', "was a complete
# fabrication"): up to two words that are no copula, or one word and "and"/"or".
TRAILING_COPULA = re.compile(r"\s+(?:is|was|are|were|been|be)\b[\s\"'“”‘’]*"
                             r"(?:(?!(?:is|was|are|were|been|be)\b)[\w-]+[\s\"'“”‘’,]+){0,2}"
                             r"(?:(?:and|or)\b[\s\"'“”‘’]*)?$",
                             re.IGNORECASE)
# A rejection opening on a demonstrative and a noun of what was said ("That claim is
# simply false", "This suggestion is absurd"): it points at the statement before it.
POINTING_BACK = re.compile(r"^[\W_]*(?:that|this|these|those)\s+([a-z]+)\b", re.IGNORECASE)
# A rejected clause of fewer rare words than this says too little to find its claim by.
CONTENT_MIN_STEMS = 2
# When no other evidence names a rejection's target, a claim saying this share of the
# `dispute_content` bar of what was rejected is still taken for it.
WEAK_CONTENT_SHARE = 2 / 3
MEASURE_PREPOSITION = re.compile(r"\b(?:of|in|for|to|from|on|at|by|with|among|per|across)\b", re.IGNORECASE)
# How far from a figure (characters) a scope word ("worldwide") is taken to qualify it.
SCOPE_REACH_CHARS = 60
# Shares written as fractions and as percentages are one measure.
SHARE_FACTORS = {("fraction", "percent"): 100.0, ("percent", "fraction"): 0.01}
# Units that are not physical: comparable only with themselves.
# A figure within this share of a part's stated whole is taken to be that whole.
WHOLE_TOLERANCE = 0.05
PLAIN_UNITS = frozenset({"count", "percent", "percentage_point", "fraction", "ratio", "times",
                         "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF"})


@dataclass(frozen=True)
class ConflictSettings:
    """Tolerances of the conflict rules (documented in README, "Conflict rules")."""

    # Relative widening of each figure's interval before comparing: absorbs rounding the
    # qualifier table does not ("$5 billion" in one outlet, "$5.2 billion" in another).
    rounding_tolerance: float = 0.05
    # Two figures this many times apart or more are not compared: a part against a whole or
    # two measures ("treated 212 people" / "65,000 people attended"). Not lower: organisers'
    # and police estimates of one crowd ("a million" / "50,000") are 20 times apart and are
    # what a fact-checker wants set side by side. On the dev gold, 20 removes one false
    # alarm more than 50 and no closed-set one; true conflicts there are at most 6.3 apart.
    figures_apart: float = 50.0
    # Figures of articles published further apart than this may describe a changing count.
    max_days_apart: int = 10
    # ... and a count said to change ("rose to 12 on Monday") dated further than this from
    # the other (a named day, else the article's date) is that day's count, not a rival.
    change_days_apart: int = 3
    # Weighted share of rare words (0..1) that makes two claims about the same matter.
    same_matter: float = 0.35
    # ... the lower bar for two figures, which must also measure the same thing.
    numeric_matter: float = 0.2
    # ... and for figures whose measures share a word (not only a head or a synonym frame).
    numeric_measure_matter: float = 0.1
    # ... and that makes an earlier claim the one a rejection answers.
    dispute_target: float = 0.3
    # How well a claim must say what a rejection's clause says was claimed ("the claim that
    # no passwords were taken"): harmonic mean of the shares of rare words, each way.
    dispute_content: float = 0.3
    # Weighted share of rare words of two articles' claims that makes them one story.
    # Measured on the gold: articles of one case score 0.2-0.6, of different cases at
    # most 0.23.
    same_story: float = 0.25
    # Articles published further apart than this are not one story, whatever their words
    # (an outlet's coverage of one company or town repeats its names for years).
    story_days: int = 30
    # Short articles share few words even when they tell one story: opposite assessments
    # in articles overlapping at least `loose_story` still contradict when the two claims'
    # own sentences share `contradiction_matter` of their rare words (names, places); a
    # rejection finds its target there too, by owner, figure or content only.
    loose_story: float = 0.1
    contradiction_matter: float = 0.1
    # Work caps that keep a large store near-linear. Two claims are only compared when one
    # of a claim's `candidate_stems` rarest words is shared by at most
    # `candidate_postings_cap` claims: at most 6 x 200 candidates per claim, however big
    # the store. Raising them finds pairs that share only common words, at quadratic cost.
    candidate_stems: int = 6
    candidate_postings_cap: int = 200
    # Claims of other articles of the story a rejection may answer: gathered through its
    # rarest words first, and no more words are looked up once this many are found.
    dispute_story_cap: int = 300
    # With two usable cores and a store of so many claims, numeric conflicts are found in
    # a forked child while disputes and contradictions are found here (claims/forked.py):
    # same conflicts in about three quarters of the time (26 s instead of 36 s on a
    # 1,000-article store of 29,000 claims). Smaller stores are done sooner without a fork;
    # in larger ones the child's private copy of what it touches (about 8 MB per 1,000
    # claims, measured) would add more than 400 MB to the run's peak memory. (0, 0) never
    # forks.
    fork_claims: tuple[int, int] = (5_000, 50_000)


@dataclass(slots=True)
class _Judged:
    """A claim with what the rules reuse, computed once: its sentence's topic stems, its
    own words, and (on first use) its text's stems and the stems of who it is by."""

    ref: ClaimRef
    claim: Claim  # ref.claim, held directly: read in every inner loop
    index: int
    own_text: str
    stems: frozenset[str]
    is_dispute: bool = False
    # (d10) A rejection only as the ground of a rejecting main verb ("..., saying the
    # company had removed every account"): a statement too, which may be answered.
    ground: bool = False
    _text_stems: frozenset[str] | None = None
    _voice: frozenset[str] | None = None
    _text_weight: float | None = None

    @property
    def text_stems(self) -> frozenset[str]:
        if self._text_stems is None:
            self._text_stems = one_of(topic_stems(self.ref.claim.text))
        return self._text_stems

    def text_weight(self, index: TopicIndex) -> float:
        if self._text_weight is None:
            self._text_weight = index.weight(self.text_stems)
        return self._text_weight

    @property
    def voice(self) -> frozenset[str]:
        if self._voice is None:
            self._voice = one_of(_voice_stems(self.ref.claim))
        return self._voice


@sharing_stem_sets()
def find_conflicts(
    refs: Sequence[ClaimRef],
    clusters: Sequence[ClusterMember] = (),
    settings: ConflictSettings = ConflictSettings(),
) -> list[Conflict]:
    by_article: dict[str, list[ClaimRef]] = defaultdict(list)
    for r in refs:
        by_article[r.claim.article_id].append(r)
    index = TopicIndex([r.claim.sentence for r in refs], postings_cap=settings.candidate_postings_cap,
                       rarest=settings.candidate_stems)
    judged = [
        _Judged(
            ref=r,
            claim=r.claim,
            index=i,
            own_text=own_words(r.claim, [o.claim for o in by_article[r.claim.article_id]]),
            stems=index.stems[i],
        )
        for i, r in enumerate(refs)
    ]
    for j in judged:
        j.is_dispute = is_dispute(j.claim, j.own_text)
    _drop_doubled_grounds(judged, by_article)
    cluster_of = {m.claim_id: m.cluster_id for m in clusters}
    related = _RelatedClaims(judged, index, cluster_of, settings)
    stories = _Stories(judged, settings.story_days)
    article_of = {j.claim.claim_id: j.claim.article_id for j in judged}
    published_of = {j.claim.article_id: j.ref.published for j in judged}
    story_of: dict[str, frozenset[str]] = {}

    def best(conflicts: Iterable[tuple[Conflict, frozenset[tuple]]]) -> list[Conflict]:
        # One conflict per pair of clusters and story: twenty outlets repeating one figure
        # against one rebuttal are one question for a fact-checker, not twenty. Two other
        # figures of the same two clusters ("2.9%" / "4.1%" beside "0.6%" / "0.2%" in
        # sentences clustered together) are another question. Conflicts are weighed as they
        # come: a large store's rules find several times more pairs than they keep, and a
        # list of them all was the largest thing the run held (#7).
        found = _BestPerClusterPair(stories, settings.same_story, story_of)
        for conflict, figures in conflicts:
            a = cluster_of.get(conflict.claim_a, conflict.claim_a)
            b = cluster_of.get(conflict.claim_b, conflict.claim_b)
            articles = (article_of[conflict.claim_a], article_of[conflict.claim_b])
            found.offer((conflict.kind.value, *sorted((a, b))), articles, conflict.score,
                        pair_order(conflict.conflict_id, *((x, published_of[x]) for x in articles)),
                        conflict, figures)
        return found.values()

    fork = settings.fork_claims[0] <= len(judged) <= settings.fork_claims[1] and _usable_cores() >= 2
    # Each kind is weighed on its own (the kind is part of the key), so the child keeps
    # the best of its numeric conflicts and sends back only those.
    with Forked(lambda: best(_numeric_conflicts(judged, related, settings, stories)), fork=fork) as numeric:
        started = time.monotonic()
        kept = best(chain(((c, frozenset()) for c in find_disputes(judged, related, stories, settings)),
                          ((c, frozenset()) for c in find_contradictions(judged, related, stories, settings))))
        # The child's share takes about as long as ours: one that takes four times as long
        # (or a minute) is stuck, and its share is done here.
        kept += numeric.result(timeout=max(60.0, 4 * (time.monotonic() - started)))
    return sorted(kept, key=lambda c: (-c.score, c.conflict_id))


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Two conflicts of one pair of clusters whose scores differ by no more than this are
# equally good evidence: the scores move by a few thousandths as the store grows (rare
# words become less rare), and that must not decide which of them a reviewer sees.
NEAR_SCORE = 0.02


def pair_order(conflict_id: str, *sides: tuple[str, date | None]) -> tuple:
    """How a conflict ranks among those of nearly equal score (`NEAR_SCORE`) for one pair
    of clusters, smallest first: the pair that could be seen first (its later article's
    date, then its earlier one's; undated last), the original statement rather than a
    later echo, then its articles' ids, then its id. So an article restating a claim
    already in conflict does not take the conflict over (its verdict would be lost), and a
    fresh run on the same articles keeps the same conflicts, whatever the store held."""
    days = sorted(day or date.max for _, day in sides)
    return (days[-1], days[0], tuple(sorted(article for article, _ in sides)), conflict_id)


class _BestPerClusterPair:
    """The best item per pair of clusters, per story. Clusters gather near-identical
    sentences, and those recur in other stories ("2.3 million customers were affected",
    "the two sides remain far apart"): a conflict of one story must not hide the conflict
    between the same clusters in an unrelated story, which is another question for a
    fact-checker. Two items are of one story when an article of one is an article of the
    other or tells its story (`_Stories`, at least `floor`).

    The best is a function of the items offered, not of their order: of those within
    `NEAR_SCORE` of the highest score, the first by `pair_order`. Only those are held."""

    def __init__(self, stories: _Stories, floor: float, story_of: dict[str, frozenset[str]] | None = None) -> None:
        """`story_of` may be shared by several instances of one `stories` and `floor`."""
        self.stories, self.floor = stories, floor
        self._kept: dict[tuple, list[list]] = defaultdict(list)
        self._story: dict[str, frozenset[str]] = {} if story_of is None else story_of

    def _story_of(self, article_id: str) -> frozenset[str]:
        if article_id not in self._story:
            self._story[article_id] = frozenset(self.stories.related(article_id, self.floor))
        return self._story[article_id]

    def offer(self, key: tuple, articles: tuple[str, ...], score: float, order: tuple, item: object,
              figures: frozenset[tuple] = frozenset()) -> None:
        """Keep `item` unless an item of the key and story has a higher score by more than
        `NEAR_SCORE`; items setting `figures` against each other (numeric conflicts) are
        one question only when they set one pair of values against each other
        (`_same_figures`)."""
        # the articles of the item's story: each of its articles and those telling its story
        reach = frozenset().union(*(self._story_of(x) for x in articles))
        for kept in self._kept[key]:
            if not reach.isdisjoint(kept[0]) and _same_figures(figures, kept[3]):
                kept[1] = top = max(score, kept[1])
                kept[2] = _frontier(kept[2], (score, order, item), top - NEAR_SCORE)
                kept[3] = kept[3] | figures
                return
        self._kept[key].append([articles, score, [(score, order, item)], figures])

    def values(self) -> list:
        return [min(kept[2], key=lambda held: held[1])[2] for group in self._kept.values() for kept in group]


def _frontier(held: list[tuple], new: tuple, floor: float) -> list[tuple]:
    """The (score, order, item) that may still be chosen once `new` is offered: at or
    above `floor`, and none with a lower score and a later order than another (whatever
    higher scores come, the other is chosen first). Twenty echoes of one score are one."""
    if new[0] < floor or any(s >= new[0] and o <= new[1] for s, o, _ in held):
        return [h for h in held if h[0] >= floor]
    return [h for h in held if h[0] >= floor and not (new[0] >= h[0] and new[1] <= h[1])] + [new]


def _same_figures(a: frozenset[tuple], b: frozenset[tuple]) -> bool:
    """Two sets of pairs of figures (unit, smaller, larger) hold one pair alike: the same
    unit and both values within twice the rounding tolerance ("about $45 million" against
    "$12 million", and "$45.2 million" against "$12m", are one question). Conflicts setting
    no figures against each other are always alike."""
    if not a or not b:
        return not a and not b
    near = lambda x, y: abs(x - y) <= FIGURES_ALIKE * max(abs(x), abs(y))  # noqa: E731
    return any(ua == ub and near(la, lb) and near(ha, hb) for ua, la, ha in a for ub, lb, hb in b)


# Relative difference within which two values are one figure written two ways (twice
# ConflictSettings.rounding_tolerance: each side may be rounded).
FIGURES_ALIKE = 0.1


class _RelatedClaims:
    """Which claims are about the same matter as a claim: same cluster, or enough rare
    words shared by their sentences. Candidates come from the index's postings of rare
    words (bounded per claim); a rule may narrow them (figures only) before any score is
    computed."""

    def __init__(self, judged: list[_Judged], index: TopicIndex, cluster_of: dict[str, str],
                 settings: ConflictSettings) -> None:
        self.judged, self.index, self.cluster_of = judged, index, cluster_of
        numbers: dict[str, int] = {}
        self._cluster = np.fromiter(
            (numbers.setdefault(cluster_of[j.claim.claim_id], len(numbers)) if j.claim.claim_id in cluster_of else -1
             for j in judged), dtype=np.int64, count=len(judged))

    def matter(self, a: _Judged, b: _Judged) -> float:
        cluster = self.cluster_of.get(a.claim.claim_id)
        if cluster is not None and cluster == self.cluster_of.get(b.claim.claim_id):
            return 1.0
        return self.index.relatedness_of(a.index, b.index)

    def of(self, a: _Judged, floor: float, among: frozenset[int] | set[int] | None = None,
           after: int = -1, extra: set[int] | None = None, extra_floor: float = 1.0) -> list[tuple[float, _Judged]]:
        """(matter, claim) of the candidates at or above `floor`, only those `among` the
        given indices if set, and only those of index above `after` (each pair once).
        `extra` are candidates found by other means (a shared measure), kept from the
        lower `extra_floor`."""
        candidates = self.index.candidates(a.index)
        if extra:
            candidates |= extra
        if among is not None:
            candidates &= among
        indices = np.fromiter(sorted(i for i in candidates if i > after), dtype=np.int64)
        scores = self.index.relatedness_to(a.index, indices)
        if self._cluster[a.index] >= 0:
            scores[self._cluster[indices] == self._cluster[a.index]] = 1.0
        keep = scores >= floor
        if extra and extra_floor < floor:
            keep |= (scores >= extra_floor) & np.isin(indices, np.fromiter(extra, dtype=np.int64, count=len(extra)))
        return [(score, self.judged[i]) for i, score in zip(indices[keep].tolist(), scores[keep].tolist())]


# --- disputes ---------------------------------------------------------------------------


def own_words(claim: Claim, others: Sequence[Claim]) -> str:
    """The claim's text with the spans of other claims nested inside it blanked out:
    in "..., a figure that X said was exaggerated" the rejection is X's, not the outer
    speaker's."""
    chars = list(claim.text)
    length = claim.end_char - claim.start_char
    for other in others:
        if (
            other.claim_id != claim.claim_id
            and claim.start_char <= other.start_char
            and other.end_char <= claim.end_char
            and other.end_char - other.start_char < length
        ):
            for i in range(other.start_char - claim.start_char, other.end_char - claim.start_char):
                chars[i] = " "
    return "".join(chars)


def is_dispute(claim: Claim, own_text: str | None = None) -> bool:
    """An attributed claim whose cue or own words reject something ("denied", "was
    exaggerated", "any suggestion ... is false"), or that the sentence sets against a
    party ("..., contradicting chairman Graham Holt")."""
    if claim.speaker is None:
        return False
    if claim.kind == ClaimKind.NARRATED:
        # The outlet reporting a rejection ("the request was turned down", "the board
        # dismissed the appeal") rejects nothing said; it does when its own words reject
        # a claim or a figure ("the claim that no data was taken proved false").
        text = own_text if own_text is not None else claim.text
        return rejects_a_claim(text) and bool(claim_noun_pattern().search(text) or figure_noun_pattern().search(text))
    if dispute_pattern().search(claim.cue or "") or _contradicted_party(claim) or _rejecting_introduction(claim) \
            or doubting_pattern().fullmatch(claim.cue or ""):
        return True
    text = own_text if own_text is not None else claim.text
    # (d10) "he had been wrong last month to say ...": the speaker corrects himself.
    if corrects_self(text):
        return False
    return rejects_a_claim(text) or judges_a_statement(text, _before_claim(claim)) or _rebutting_participle(claim) \
        or _labelled_statement(claim, text)


def _labelled_statement(claim: Claim, text: str) -> bool:
    """(d20) A claim cued by a labelling verb is its object and complement ('branded the
    2,300 figure "pure spin"', `claims.rejections`): a rejection when the object is a
    statement and the complement calls it untrue (`rebuttals.labels_a_statement`)."""
    return (claim.cue or "").lower() in labelling_forms() and labels_a_statement(text)


def _rejecting_introduction(claim: Claim) -> bool:
    """(t11) The words from the claim's cue to the claim reject it: "Voss pushed back on
    the committee's conclusion", "Tull took issue with the union's cost figure" (a
    rejection by a phrasal verb, whose cue is the bare verb). Only those words: a rejecting
    word earlier in the sentence ("Rejecting the offer, the union said ...") is not about
    the claim."""
    cue = claim.cue
    if not cue or claim.kind == ClaimKind.NARRATED:
        return False
    before = _before_claim(claim)
    at = before.rfind(cue)
    return at >= 0 and len(before) - at <= INTRODUCTION_CHARS \
        and (rejects(before[at:]) or bool(idiom_introduction().fullmatch(before[at:].strip())))


@cache
def idiom_introduction() -> re.Pattern[str]:
    """(review r21) A phrasal verb of rejection whose middle is an object noun with its
    adjective ("poured cold water on"): extraction gives it a claim only when the
    preposition's object is a statement (`rejections._phrasal_span`), so it is a rejection
    only as the introduction of such a claim, not wherever its words are ("poured cold
    water on the idea of a snap election")."""
    idioms = [(v, middle, prep) for v, middle, prep in phrasal_verbs() if " " in middle]
    alternatives = [r"(?:" + "|".join(re.escape(f) for f in inflections(v)) + r")\s+" + r"\s+".join(
        re.escape(w) for w in (middle + " " + prep).split()) for v, middle, prep in sorted(idioms)]
    return re.compile("|".join(alternatives) or r"(?!)", re.IGNORECASE)


# A cue further than this (characters) before its claim introduces it through a clause of
# its own, not by a phrasal verb.
INTRODUCTION_CHARS = 30


def _drop_doubled_grounds(judged: list[_Judged], by_article: dict[str, list[ClaimRef]]) -> None:
    """(d10) A claim that is a rejection only as the ground of a rejecting main verb
    (`_rebutting_participle`) is no rejection when that verb's own rejection is a claim
    of the sentence already ("disputed that, saying visits had risen": "that" is the
    rejection; the ground is a statement, free to contradict what it answers)."""
    for j in judged:
        c = j.claim
        if not j.is_dispute or (c.cue or "").lower() not in REASON_PARTICIPLES:
            continue
        if rejects_a_claim(j.own_text) or judges_a_statement(j.own_text, _before_claim(c)) \
                or dispute_pattern().search(c.cue or "") or _contradicted_party(c):
            continue
        j.ground = True
        if any(o.claim.claim_id != c.claim_id and o.claim.speaker == c.speaker and _same_sentence(o.claim, c)
               and dispute_pattern().search(o.claim.cue or "") for o in by_article[c.article_id]):
            j.is_dispute = False


def _before_claim(claim: Claim) -> str:
    """The claim's sentence up to the claim: what introduces it."""
    return claim.sentence[:max(claim.start_char - claim.sentence_start, 0)]


# Participles by which a sentence goes on to give the reason of its main verb ("pushed
# back on the committee's conclusion, saying ...", "hit back at the group, calling ...").
REASON_PARTICIPLES = frozenset({"saying", "calling", "arguing", "insisting", "adding", "describing"})


def _rebutting_participle(claim: Claim) -> bool:
    """(d10) A claim introduced by a participle whose main verb rejects ("Voss pushed
    back on the committee's conclusion, saying the company had removed every account"):
    the claim is that rejection's ground, so it is a rejection too. Not when the
    rejecting words are the claim's own subject matter told earlier in the sentence by a
    reporting verb ("said the charges were false, adding ...": the participle adds)."""
    if (claim.cue or "").lower() not in REASON_PARTICIPLES:
        return False
    before = _before_claim(claim)
    cut = before.rfind(",")
    if cut < 0:
        return False
    main = before[:cut]
    return rejects_a_claim(main) and not re.search(r"\b(?:said|says|told)\b", main)


# ", contradicting chairman Graham Holt", ", disputing the company's account": a rejecting
# participle right after a claim, and whom it names, up to the clause's end.
CONTRADICTING = re.compile(r"[\s\"'”’]*,\s+(\w+ing)\s+([^,.;:\"“”]+)")


def _contradicted_party(claim: Claim) -> str | None:
    """Whom a claim is set against by a rejecting participle right after it, if any."""
    end = claim.end_char - claim.sentence_start
    m = CONTRADICTING.match(claim.sentence, max(end, 0)) if 0 <= end <= len(claim.sentence) else None
    if not m or not dispute_pattern().fullmatch(m.group(1)):
        return None
    return m.group(2)


def find_disputes(
    judged: list[_Judged], related: _RelatedClaims, stories: _Stories, settings: ConflictSettings
) -> Iterable[Conflict]:
    by_article: dict[str, list[_Judged]] = defaultdict(list)
    for j in judged:
        by_article[j.claim.article_id].append(j)
    disputes = [j for j in judged if j.is_dispute]
    if not disputes:
        return
    keys_of: dict[int, frozenset[tuple[int, int]]] = {}

    def assessment_keys(j: _Judged) -> frozenset[tuple[int, int]]:
        if j.index not in keys_of:
            keys_of[j.index] = _assessment_keys(j.own_text)
        return keys_of[j.index]

    # Claims of other articles of the story are reached through the words they share with
    # a rejection (its words, or the party it names), rarest first, not by scanning the
    # whole story: a story told by hundreds of articles would make that quadratic.
    by_text = postings([j.text_stems for j in judged], cap=STORY_POSTINGS_CAP)
    by_voice = postings([j.voice for j in judged], cap=STORY_POSTINGS_CAP)
    article_of = [j.claim.article_id for j in judged]
    found_for: dict[int, list[tuple[_Judged, str, float]]] = {}

    def targets_of(dispute: _Judged) -> list[tuple[_Judged, str, float]]:
        if dispute.index in found_for:
            return found_for[dispute.index]
        article_id = dispute.claim.article_id
        # Articles loosely of the story (short ones share few words) are searched too, for
        # a target named by strong evidence only: its owner, its figure, its content.
        story_articles = set(stories.related(article_id, min(settings.loose_story, settings.same_story))) - {article_id}
        reference_text = _reference_text(dispute, by_article[article_id])
        hits: dict[int, None] = {}
        named = _owner_stems(reference_text) | _accused_party(dispute.own_text) \
            | topic_stems(_contradicted_party(dispute.claim) or "")
        for table, stems in ((by_voice, named), (by_text, topic_stems(reference_text))):
            for s in sorted((s for s in stems if s in table), key=lambda s: (len(table[s]), s)):
                if len(hits) >= settings.dispute_story_cap:
                    break
                hits.update((i, None) for i in table[s] if article_of[i] in story_articles)
        clause = _rejected_clause(dispute)
        keys = _assessment_keys(clause) if clause else frozenset()
        if keys:
            # A rejection in other words than the claim's ("a report of delays" / "likely to
            # slip"): the story's claims making an assessment of the same row and side.
            for other_id in sorted(story_articles):
                hits.update((j.index, None) for j in by_article[other_id]
                            if keys & assessment_keys(j))
        repeated = [q for q in _rejected_figures(dispute, by_article[article_id]) if _distinctive(q)]
        if repeated:
            # (d18) "any suggestion that 300 posts will go is false" shares no word with "up
            # to 300 jobs are at risk" (a number is no topic word): the claims of the
            # story's articles holding a figure the rejection's sentence repeats; (d20)
            # of those loosely related too, a distinctive figure being the strong evidence
            # a loose article is searched for ('branded the 18,400 figure "pure spin"' in a
            # short article sharing few words with the club's); (review r21) there, only a
            # figure told apart by its digits (`_told_apart`), not "200" or "two-thirds".
            loosely_repeated = [q for q in repeated if _told_apart(q)]
            for other_id in sorted(story_articles):
                figures = repeated if stories.score(article_id, other_id) >= settings.same_story else loosely_repeated
                if figures:
                    hits.update((j.index, None) for j in by_article[other_id] if _has_figure(j.claim, figures))
        accused = _full_name(dispute.claim.speaker or "") if accusation_pattern().search(dispute.own_text) else None
        if accused:
            # (t12) "Kelby Zoo said the allegations made against it were baseless" shares no
            # word with what it was accused of: the story's claims whose sentence accuses
            # the denier ("Wildguard has accused Kelby Zoo of neglecting its elephants,
            # saying keepers left ...").
            for other_id in sorted(story_articles):
                hits.update((j.index, None) for j in by_article[other_id] if _accuses_before(j.claim, accused))
        story = [judged[i] for i in sorted(hits) if stories.score(article_id, article_of[i]) >= settings.same_story]
        loose = [judged[i] for i in sorted(hits) if stories.score(article_id, article_of[i]) < settings.same_story]
        found_for[dispute.index] = _dispute_targets(dispute, by_article[article_id], story, related, settings,
                                                    loose, assessment_keys,
                                                    story_score=lambda other: stories.score(article_id, other))
        return found_for[dispute.index]

    for dispute in disputes:
        # (t11) "Those numbers do not reflect our records" right after "the airport said the
        # residents' figures were inaccurate": a demonstrative pointing back at a rejection
        # points at what that rejection rejects.
        pointed = _pointed_rejection(dispute, by_article[dispute.claim.article_id])
        if pointed is not None and _continues_rejection(dispute.own_text) \
                and any(stories.score(dispute.claim.article_id, t.claim.article_id) > 0 for t, _, _ in targets_of(dispute)):
            # (t12) A rejection going on from its party's last one ("The figures published
            # yesterday are simply wrong") keeps its own target when that is of its story.
            pointed = None
        targets = [(t, how, min(score, POINTED_SCORE)) for t, how, score in targets_of(pointed)] \
            if pointed is not None else []
        for target, how, score in targets or targets_of(dispute):
            if _accuses_another(target.claim, pointed or dispute):
                continue  # (x13) the pointed-at rejection's party is the one accused
            yield _conflict(
                ConflictKind.DISPUTE, target.ref, dispute.ref, score,
                f"{_who(dispute.ref)} rejects {how} {_who(target.ref)}: "
                f"{_quote(dispute.claim.text)} against {_quote(target.claim.text)}",
            )


# (d18) A figure below this ("three plants", "two years") is too common to tell which
# claim of a story a rejection repeating it answers.
DISTINCTIVE_FIGURE = 10


def _distinctive(figure: Quantity) -> bool:
    """A figure telling which claim a rejection repeating it answers: one of `DISTINCTIVE_FIGURE`
    or more, or (d20) a fraction of two significant digits or more ("38p", read as £0.38;
    "2.35%"), which no two claims share by chance as they share "two" or "0.5". (review r21)
    Not a fraction of one significant digit ("5p", £0.05) nor a quarter ("a 0.25-point
    rise", "0.75%"): every story of fares or rates has them."""
    value = figure.value
    if abs(value) >= DISTINCTIVE_FIGURE:
        return True
    return round(value, 1) != value and (value * 4) % 1 != 0 and _significant_digits(figure.surface) >= 2


def _told_apart(figure: Quantity) -> bool:
    """(review r21) A figure written with three significant digits or more ("18,400",
    "£2.35", "142 million"): strong enough to reach an article only loosely of the story.
    A round figure ("200", "1,000", "4,500"), a short fraction ("38p") or a share in words
    ("two-thirds") is met by chance in any article of the same town or trade."""
    return _significant_digits(figure.surface) >= 3


# A rejection pointing back at another rejection scores no higher than this: the
# demonstrative is one step further from the claim than a named owner or figure.
POINTED_SCORE = 0.8


def _pointed_rejection(dispute: _Judged, same_article: Sequence[_Judged]) -> _Judged | None:
    """(t11) The rejection a rejection points back at: its own words open on a
    demonstrative and a noun of what was said ("Those numbers ...", "These accusations are
    categorically untrue", "disputed that"), and the claim said last before it, in its
    sentence or the one before, is a rejection itself (not the ground of one). What was
    just said is then that rejection, and the demonstrative names what it rejected; a
    demonstrative after a statement points at the statement (`_points_back`)."""
    claim = dispute.claim
    pointing = _points_back(dispute.own_text, _before_claim(claim)) or _points_at_accusation(dispute.own_text) \
        or _names_coverage(dispute.own_text)
    continuing = not pointing and _continues_rejection(dispute.own_text)
    if not pointing and not continuing:
        return None
    before = [j for j in same_article if j.claim.start_char < claim.start_char
              and not (j.claim.end_char >= claim.end_char)]
    if not before:
        return None
    last = _latest(before)
    if last.ground and _names_coverage(dispute.own_text):
        # (t12) '... denied the report, saying no decision had been taken. "That story is
        # speculation," its chief executive said': news coverage pointed at is what the
        # rejection of coverage just before rejected, not that rejection's ground (a
        # statement of the denier's side, however its spokesman is named).
        last = _grounded_rejection(last, before) or last
    if not last.is_dispute or last.ground or _sentences_apart(last.claim, claim) > 1:
        return None
    # The same voice goes on ("Dornvale District Council" denied, "a council spokesman" said).
    if continuing and not (dispute.voice and last.voice and _names_match(dispute.voice, last.voice)) \
            and not (_described_only(dispute.claim.speaker)
                     and not _owner_rejected_by(dispute.claim.speaker, last.own_text)):
        return None
    return last


def _described_only(speaker: str | None) -> bool:
    """(d18) A speaker named by a common noun only ("the company", "a spokeswoman"): after
    "Hollin Bakeries has rejected the union's accusations", "the company said the
    allegations were 'without foundation'" is that party going on, however its name is
    spelled; a named speaker is another party unless the names match."""
    words = (speaker or "").split()
    return bool(words) and words[0].lower() in ("the", "a", "an") and not any(w[:1].isupper() for w in words[1:])


def _owner_rejected_by(speaker: str | None, rejection: str) -> bool:
    """The described speaker ("the union") is the owner of what the rejection before
    rejected ("denied the union's claim that it had cut pay"): the other side of the row
    speaking next, not the rejecting party going on."""
    words = (speaker or "").split()
    return bool(words) and re.search(rf"\b{re.escape(words[-1].lower())}['’]s?\b", rejection.lower()) is not None


# A rejection's own words opening on a definite noun ("The figures published yesterday
# are simply wrong").
DEFINITE_NOUN = re.compile(r"^[\W_]*the\s+([a-z]+)\b", re.IGNORECASE)


def _continues_rejection(own_text: str) -> bool:
    """(t12) "The figures published yesterday are simply wrong", said by the party that
    has just "denied the report that its new stadium would cost almost twice its
    budget": a definite statement or report noun with no owner opening a rejection goes
    on rejecting what that party's rejection just before it rejected (the caller checks
    the voice); with an owner ("the union's figures") it names its own target."""
    m = DEFINITE_NOUN.match(own_text)
    if not m or _owner_stems(own_text[:60]):
        return False
    noun = m.group(1).lower()
    return noun in statement_nouns() or noun in data_lines("conflict_report_nouns.txt")


def _names_coverage(own_text: str) -> bool:
    """"That story", "these reports": the rejection points at news coverage."""
    return any(m.group(1).lower() in data_lines("conflict_report_nouns.txt")
               for m in DEMONSTRATIVE_NOUN.finditer(own_text))


def _grounded_rejection(ground: _Judged, before: Sequence[_Judged]) -> _Judged | None:
    """The rejection of news coverage whose ground `ground` is ("denied the report,
    saying no decision had been taken"): the last rejection of its sentence before it."""
    rejecting = [j for j in before if j.is_dispute and not j.ground and _same_sentence(j.claim, ground.claim)
                 and j.claim.start_char < ground.claim.start_char
                 and definite_report_pattern().search(_before_claim(j.claim)[-20:] + " " + j.own_text)]
    return _latest(rejecting) if rejecting else None


def _points_at_accusation(own_text: str) -> bool:
    """"These accusations are untrue", "such allegations": a demonstrative and a noun of
    what a party is accused of (conflict_accusation_nouns.txt)."""
    return any(accusation_pattern().fullmatch(m.group(1)) or accusation_pattern().fullmatch(m.group(1).rstrip("s"))
               for m in DEMONSTRATIVE_NOUN.finditer(own_text))


def _near_in_time(a: ClaimRef, b: ClaimRef, days: int) -> bool:
    """Published within `days` of each other (or either undated)."""
    return a.published is None or b.published is None or abs((a.published - b.published).days) <= days


def _published_after(target: ClaimRef, rejection: ClaimRef) -> bool:
    """The target's article came out after the rejection's, both dates known: what it
    says is not what the rejection answered, unless nothing said before it is. The same
    day, or an undated article, may be (the order within a day is not known)."""
    return target.published is not None and rejection.published is not None \
        and target.published > rejection.published


def _dispute_targets(
    dispute: _Judged,
    same_article: list[_Judged],
    same_story: list[_Judged],
    related: _RelatedClaims,
    settings: ConflictSettings,
    loose_story: Sequence[_Judged] = (),
    assessment_keys: Callable[[_Judged], frozenset[tuple[int, int]]] | None = None,
    *,
    story_score: Callable[[str], float] | None = None,
) -> list[tuple[_Judged, str, float]]:
    """The claims a rejection answers: one (`_dispute_target`), or, when it rejects a
    party's figures or remarks in the plural ("called the agency's figures an
    underestimate", "dismissed Simic's remarks") or an assessment several claims make
    ("no evidence of a strong recovery"), up to `PLURAL_TARGETS` of them; (t22) in the
    singular, also a runner-up the evidence cannot tell from the chosen one (`_near_rival`)."""
    found = _dispute_target(dispute, same_article, same_story, related, settings, loose_story, assessment_keys,
                            story_score=story_score)
    if found is None:
        # Failing every claim published before it, a later article's: one outlet's
        # report of a rejection often comes out before another's of what was rejected
        # (the closed gold holds such pairs).
        found = _dispute_target(dispute, same_article, same_story, related, settings, loose_story,
                                assessment_keys, story_score=story_score, later_too=True)
    if found is None:
        # (g24) Failing both, the story's statement of another party published before it
        # at a lower bar of shared words (`LOW_STORY_TARGET_SHARE`): every other step,
        # which would take a weaker claim first, has had its turn.
        found = _dispute_target(dispute, same_article, same_story, related, settings, loose_story,
                                assessment_keys, story_score=story_score, story_share=LOW_STORY_TARGET_SHARE)
    if found is None:
        return []
    target, how, score, alternatives, always = found
    targets = [(target, how, score)]
    if alternatives and (always or plural_rejection_pattern().search(_reference_text(dispute, same_article))):
        targets += [(j, how, s) for j, s in alternatives if j.index != target.index][:PLURAL_TARGETS - 1]
    elif how == "the claim of":
        # (t22) Of the steps ranking runners-up in the singular, only the owner's (step
        # 2: "disputed the association's account") ranks statements of one party, which
        # its words cannot tell apart; the figure steps rank figures, which what they
        # count tells apart ("their count of 310 pairs of terns" is not the trust's
        # 2,000 visitors, however near the two score).
        targets += _near_rival(target, score, how, alternatives, _story_closeness(dispute, story_score))
    return targets


def _story_closeness(dispute: _Judged, story_score: Callable[[str], float] | None) -> Callable[[_Judged], float]:
    """How much of the rejection's story a claim's article tells: its own article most."""
    def closeness(j: _Judged) -> float:
        if j.claim.article_id == dispute.claim.article_id:
            return float("inf")
        return story_score(j.claim.article_id) if story_score else 0.0
    return closeness


def _near_rival(target: _Judged, score: float, how: str, alternatives: list[tuple[_Judged, float]],
                closeness: Callable[[_Judged], float] = lambda j: 0.0) -> list[tuple[_Judged, str, float]]:
    """(t22) A rejection in the singular whose evidence ranks a runner-up within
    `NEAR_SCORE` of the chosen claim, or above it (an earlier claim of the rejection's
    article goes first, however little it shares): the evidence cannot tell which was
    meant, and real rejections often answer more than one thing said ("disputed the
    association's account", a figure and a statement of that side). The runner-up is
    answered too, at its own score (lowering the chosen one's would let a weaker
    conflict of the same pair of clusters take its place). Only steps that rank
    candidates offer one; a single rival, not the whole ranking. Not one of an article
    telling less of the rejection's story than the chosen one's (`closeness`): the
    organisers' estimate of this fair, not of another fair its words reach as well."""
    rival = next(((j, s) for j, s in alternatives if j.index != target.index), None)
    if rival is None or rival[1] < score - NEAR_SCORE or closeness(rival[0]) < closeness(target):
        return []
    return [(rival[0], how, rival[1])]


@cache
def plural_rejection_pattern() -> re.Pattern[str]:
    """A rejection of several things said: "the figures", "Simic's remarks", "reports"."""
    nouns = [n for n in data_lines("conflict_claim_nouns.txt") + data_lines("conflict_figure_nouns.txt")
             if not n.endswith("s")]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) + "s" for n in nouns) + r"|data|statistics)(?![\w-])",
                      re.IGNORECASE)


@cache
def definite_report_pattern() -> re.Pattern[str]:
    """"the report", "these reports", "the story": news coverage pointed back at."""
    nouns = "|".join(re.escape(n) for n in data_lines("conflict_report_nouns.txt"))
    return re.compile(rf"\b(?:the|this|these|that|those)\s+(?:{nouns})\b", re.IGNORECASE)


# A claim of another article of the rejection's story is its target, failing all else, at
# this share of the `dispute_target` bar.
STORY_TARGET_SHARE = 0.5
# (g24) The bar of the last try (`_dispute_targets`), once the earlier-published and the
# later-published tries found nothing. Measured lowering the bar of every try: 0.35 of
# `dispute_target` found two closed disputes more with no closed false alarm; 0.4 one,
# 0.3 and 0.2 the same two with one more unlabelled prediction. In every try it also
# took weaker claims before a later article's (a dev dispute lost): hence a last try.
LOW_STORY_TARGET_SHARE = 0.35
# A plural rejection ("the figures") answers at most this many claims of one party.
PLURAL_TARGETS = 3
# A further claim a plural rejection of content ("the reports") answers says it nearly as
# well as the best: at least this share of its score (a sentence naming the same people
# about something else scores far lower).
PLURAL_CONTENT_SHARE = 0.8


def _dispute_target(
    dispute: _Judged,
    same_article: list[_Judged],
    same_story: list[_Judged],
    related: _RelatedClaims,
    settings: ConflictSettings,
    loose_story: Sequence[_Judged] = (),
    assessment_keys: Callable[[_Judged], frozenset[tuple[int, int]]] | None = None,
    *,
    story_score: Callable[[str], float] | None = None,
    later_too: bool = False,
    story_share: float = STORY_TARGET_SHARE,
) -> tuple[_Judged, str, float, list[tuple[_Judged, float]], bool] | None:
    """The claim a rejection answers (and, where the evidence ranks several, the others
    in rank order with their scores, for a plural rejection; all of them when the flag
    says they are rejected whatever the number), by the strongest evidence available:
    1. a claim of another party in the same sentence (a figure first): "saying it would
       cost $X, a figure that Y said was exaggerated";
    1b. the figure of the unattributed sentence holding a rejection in apposition;
    1c. a rejection that says what was claimed ("the claim that no passwords were taken
       is not true", "denied that the club had been forced to sell"): the claim of
       another party in the story saying most of that clause and little else (with, as
       further targets, the claims making the clause's assessment in listed words);
    1d. a clause making a listed assessment ("a report of delays"): the claims making it
       ("likely to slip");
    1e. a claim the sentence sets against a party (", contradicting chairman X"): that
       party's denial, else its claim sharing most words;
    2. a rejection that names whose claim it rejects ("disputed the ministry's claim",
       "called the electoral commission's figure a fantasy"): that party's claim in the
       story, a figure first (when a figure is rejected and that party gave none, not
       its statements: step 4 finds the figure);
    3. a rejection that repeats the figure it rejects ("called the opposition's $1,200
       figure a fabrication"): the other party's claim with that figure, in the story;
    4. a rejection of a figure ("called that estimate inflated", "disputed the
       ministry's figure"): the other party's figure whose claim shares most rare words
       with the rejection's sentence, else the nearest earlier figure in the article;
       those naming what the rejection says the figure counts first ("the union's
       figure for the number of strikers" -> "2,300 members had joined the strike");
    4b. "the report" with no owner: the article's earlier claim sharing most words;
    4c. a denial of what its speaker is accused of ("denied all charges of fraud"): the
       story's claims of other parties naming the denier;
    4d. a rejected clause said in part by one claim (two thirds of the content bar),
       sharing more than the clause's names ("reports that Graham Tull had conceded
       defeat" / "Tull conceded shortly after 4am, shaking hands ...");
    5. the claim of another party, in this article or another of the story, sharing the
       most rare words with the rejection ("denied that its cooling tower was the source"
       answers "linked to a cooling tower");
    6. the nearest earlier attributed claim of another party in the article."""
    claim = dispute.claim
    # (stab14) A rejection answers what was said before it: a claim of an article
    # published after the rejection's is its target only when no earlier one is
    # (`later_too`, the caller's second try), however alike (a later restatement of the
    # rejected figure must not take the rejection over from the original).
    def answerable(j: _Judged) -> bool:
        return later_too or not _published_after(j.ref, dispute.ref)

    same_story = [j for j in same_story if answerable(j)]
    loose_story = [j for j in loose_story if answerable(j)]
    others = [j for j in same_article if _other_party(dispute, j)]
    # A rejection answers what was said before it: a claim later in a "sentence" the
    # parser ran on past a closing quote is not its target.
    same_sentence = [j for j in others if _same_sentence(j.claim, claim) and j.claim.start_char < claim.start_char]
    if same_sentence:
        figures = [j for j in same_sentence if j.claim.quantities]
        # (c9) A rejection of "a figure" whose sentence gives none, opening on "The
        # estimate": the figure is the sentence's before (`_figure_named_before`), not
        # the outlet's description of it.
        if not figures and figure_noun_pattern().search(dispute.own_text[:40]) \
                and not _owner_stems(dispute.own_text[:40]):
            earlier = _figure_named_before(dispute, others)
            if earlier is not None:
                return earlier, "the figure of", 0.85, [], False
        return (figures or same_sentence)[0], "the claim of", 0.95, [], False
    if figure_noun_pattern().search(dispute.own_text[:40]) and not _owner_stems(dispute.own_text[:40]):
        # "reported a 14% rise in sales, a figure that analysts said overstated growth":
        # the figure is in the unattributed sentence claim that holds the rejection (not
        # when the rejection names whose figure it is: "rejected the company's figures").
        holder = [j for j in same_article if _holds_figure_before(j, dispute)]
        if holder:
            return holder[0], "the figure of", 0.9, [], False
        # (c9) "... have estimated the damage at around £12 million. The estimate, which
        # covers the sorting hall, is a figure that the company said was greatly
        # exaggerated": a sentence opening on a definite figure noun, with no figure of its
        # own before the rejection, holds the figure of the sentence before it.
        earlier = _figure_named_before(dispute, others)
        if earlier is not None:
            return earlier, "the figure of", 0.85, [], False

    reference = _reference_text(dispute, same_article)
    own = topic_stems(reference)
    own_weight = related.index.weight(own)
    pool = {j.index: j for j in others}
    pool.update({j.index: j for j in same_story if _other_party(dispute, j)})
    story_pool = list(pool.values())
    # Claims sharing rare words with the rejection, of its story's time only: a party's
    # claim published months away ("organisers said about 8,000 people joined the march"
    # of another year's march) is another story's, however alike its words.
    pool.update({j.index: j for _, j in related.of(dispute, settings.same_matter)
                 if _other_party(dispute, j) and _near_in_time(dispute.ref, j.ref, settings.story_days)
                 and answerable(j)})
    # Claims of articles only loosely of the story: a target only by owner, figure or content.
    named_pool = dict(pool)
    named_pool.update({j.index: j for j in loose_story if _other_party(dispute, j)})
    if assessment_keys is None:
        assessment_keys = lambda j: _assessment_keys(j.own_text)  # noqa: E731
    clause = _rejected_clause(dispute)
    keys = _assessment_keys(clause) if clause else frozenset()
    # "dismissed a newspaper report of delays" / "the opening is likely to slip", "no
    # evidence of a strong recovery" / "growth is back": the rejected clause and the claim
    # make one assessment in words of one side of conflict_opposites.txt. Every claim
    # making it is rejected, the most related first.
    saying = sorted((j for j in named_pool.values() if keys & assessment_keys(j)),
                    key=lambda j: (-related.matter(dispute, j), j.index)) if keys else []
    content = _rejected_content(dispute)
    names = _names_in(clause or "")
    if content:
        denier = _denier_in_clause(dispute, clause or "")
        content, names = content | denier, names | denier
        # A claim saying present what the rejected clause says absent, or the reverse, is
        # not what was rejected, whatever else it shares ("the claim that drivers have had
        # no pay rise" / "has offered a 5% pay rise").
        absent = _absent_stems(clause or "")
        story_pool = [j for j in story_pool if not _polarity_disagrees(absent, content & j.text_stems, j.own_text)]
        for held in (pool, named_pool):
            for k in [k for k, j in held.items()
                      if _polarity_disagrees(absent, content & j.text_stems, j.own_text)]:
                del held[k]
        # "disputed the department's claim that the outbreak was under control": what is
        # rejected is said in the clause, so the claim saying most of it (and little else)
        # is the target, wherever in the story it is, before any owner or figure.
        # The story's own claims first: a claim of another story (another breach at
        # another company) may say the same words, and is not what this party rejects.
        polarity = _absent_stems(clause or "")
        found = next(filter(None, (_ranked_by_content(content, candidates, related.index, settings.dispute_content,
                                                      polarity, names)
                                   for candidates in (story_pool, pool.values(), named_pool.values()))), [])
        if found:
            best = found[0]
            score = round(0.7 + 0.25 * min(best[0], 1.0), 4)
            # "calling the reports an invention": every report saying it is rejected (one
            # outlet's narration, another's unattributed sentence), the best first.
            also = [(j, round(0.7 + 0.25 * min(s, 1.0), 4)) for s, j in found[1:]
                    if s >= PLURAL_CONTENT_SHARE * best[0]] if plural_rejection_pattern().search(reference) else []
            return best[1], "the claim of", score, also + [(j, 0.7) for j in saying], True
    if saying:
        return saying[0], "the assessment of", 0.7, [(j, 0.7) for j in saying[1:]], True
    pointing = POINTING_BACK.match(dispute.own_text)
    if pointing and claim_noun_pattern().fullmatch(pointing.group(1)):
        # '"That claim is simply false," a spokesperson said': the statement of another
        # party right before it in the article, not a claim sharing the spokesperson's
        # company name.
        # (c9) Or the sentence reporting figures right before it ("Serious adverse events
        # were reported in 9% of patients ..., against 4% ..., according to the paper's
        # safety tables. Halvern called that comparison misleading"): a demonstrative
        # points at the nearest thing said.
        said_before = [j for j in others if j.claim.start_char < claim.start_char
                       and (_attributed(j.claim) or j.claim.quantities)]
        if said_before:
            return _latest(said_before), "the claim of", 0.75, [], False
    quoted = _quoted_words_of(reference, named_pool.values(), claim)
    if quoted is not None:
        return quoted, "the words of", 0.8, [], False
    if _points_back(dispute.own_text, _before_claim(claim)):
        # (d10) "Campaigners disputed that", "organisers did not recognise that
        # description": a pronoun or a demonstrative with no owner is what was just said.
        said_before = [j for j in others if j.claim.start_char < claim.start_char and _attributed(j.claim)]
        if said_before:
            # (u18) What was just said is the whole sentence of that party: "Oduya said
            # buses were running 40 minutes late and that services were being cancelled.
            # A spokesperson said that was not a fair picture" answers both claims.
            latest = _latest(said_before)
            sentence = [(j, 0.7) for j in reversed(said_before) if j is not latest
                        and _same_sentence(j.claim, latest.claim) and j.claim.speaker == latest.claim.speaker
                        ] if BARE_POINTER.match(dispute.own_text) else []
            return latest, "the preceding claim of", 0.7, sentence, bool(sentence)
    alleged = None if _owner_stems(reference) else _made_before(reference, others, claim)
    if alleged is not None:
        return alleged, "the allegation of", 0.75, [], False

    outlets_report = bool(OUTLETS_REPORT.search(reference))

    def ranked_all(candidates, floor):
        """Candidates at or above `floor`, best first: (in article earlier, overlap,
        story, attributed, -distance, claim)."""
        scored = []
        for j in candidates:
            overlap = related.index.weight(own & j.text_stems) / min(own_weight, j.text_weight(related.index)) \
                if own_weight and not own.isdisjoint(j.text_stems) else 0.0
            if overlap >= floor:
                # A rejection most often answers something said earlier in its own
                # article; another article's claim is the target only failing that.
                in_article_earlier = j.claim.article_id == claim.article_id and j.claim.start_char < claim.start_char \
                    and (_attributed(j.claim) or j.claim.kind == ClaimKind.NARRATED or outlets_report)
                # (t12) Of claims sharing as much, the one of the article telling most of
                # the rejection's story ("the organisers' estimate" with no word of the
                # festival: the figure of this festival's organisers, not another's, whose
                # offset in its own article says nothing of nearness).
                story = story_score(j.claim.article_id) if story_score else 0.0
                scored.append((in_article_earlier, overlap, story, _attributed(j.claim),
                               -abs(j.claim.start_char - claim.start_char), j))
        return sorted(scored, key=lambda s: s[:5], reverse=True)

    def ranked(candidates, floor):
        found = ranked_all(candidates, floor)
        return found[0] if found else None

    def others_of(found, base, spread):
        return [(f[-1], round(base + spread * min(f[1], 1.0), 4)) for f in found[1:]]

    declared = _declared_figures(dispute)
    if declared:
        # (d18) "its count of 64 cases was 'the only verified figure'": the figures of
        # other parties counting in the same unit and differing from the speaker's own
        # ("has grown to 91 confirmed cases"), not a claim repeating its own figure.
        rivals = [j for j in named_pool.values()
                  if any(q.value is not None and any(q.unit == f.unit for f in declared) for q in j.claim.quantities)
                  and not _has_figure(j.claim, declared)]
        found = ranked_all(rivals, settings.dispute_target * STORY_TARGET_SHARE)
        if found:
            best = found[0]
            return best[-1], "the figure of", round(0.65 + 0.25 * min(best[1], 1.0), 4), others_of(found, 0.65, 0.25), False
    contradicted = _contradicted_party(claim)
    if contradicted:
        # "said the sale was needed to comply with spending rules, contradicting chairman
        # Graham Holt": that party's claim in the story, its own rejections included (a
        # denial contradicted is still that party's word).
        party = topic_stems(contradicted)
        said = [j for j in (*same_article, *same_story, *loose_story)
                if j.index != dispute.index and j.claim.speaker and j.claim.speaker != claim.speaker
                and _names_match(party, j.voice)]
        # Which of its claims: a rejection of its own first (what is contested is most
        # often what that party denied), then the one sharing most of the rejecting
        # claim's own words (its sentence also tells other things), then the nearest.
        words = dispute.text_stems
        index = related.index

        def shared(j: _Judged) -> float:
            if words.isdisjoint(j.text_stems):
                return 0.0
            return index.weight(words & j.text_stems) / max(min(index.weight(words), j.text_weight(index)), 1e-9)

        if said:
            best = max(said, key=lambda j: (j.is_dispute, shared(j), -abs(j.claim.start_char - claim.start_char),
                                            -j.index))
            return best, "the claim of", round(0.75 + 0.2 * min(shared(best), 1.0), 4), [], False
    earlier = [j for j in others if j.claim.start_char < claim.start_char]
    # (t11) "the institute had mischaracterised how drivers work": the party said to
    # have got it wrong owns what is rejected, as "the institute's figures" would.
    owner = _owner_stems(reference) or _accused_party(dispute.own_text)
    document = _owned_document(reference)
    if owner and document:
        # "the residents' survey was 'unscientific and misleading'": what the owner's
        # document was said to find ("A survey carried out by the Residents' Association
        # found black mould"), a claim naming the document and its owner, before any
        # other statement of that party.
        # (d18) Or by the claim's sentence ("Beekeepers lost 37% of their colonies,
        # according to a survey by the Beekeepers' Association").
        telling = [j for j in named_pool.values()
                   if not j.is_dispute and (document <= j.text_stems and not owner.isdisjoint(j.text_stems)
                                            or _document_cited(document, j) and _names_match(owner, j.voice))]
        found = ranked_all(telling, 0.0)
        if found:
            best = found[0]
            return best[-1], "the claim of", round(0.75 + 0.2 * min(best[1], 1.0), 4), [], False
    if owner:
        # (d18) "took issue with the Star's cost figure": an outlet named as owner owns
        # what its articles report, whoever they quote.
        # (d19) An outlet's articles of this story only: many outlets share a word of
        # their names ("Star", "Post"), and another story's "Evening Star" is not the
        # "Star" a party took issue with.
        story_articles = {j.claim.article_id for j in story_pool} | {claim.article_id}
        owned = [j for j in named_pool.values() if _names_match(owner, j.voice)
                 or (_told_by_outlet(owner, j) and j.claim.article_id in story_articles)]
        if accusation_pattern().search(reference):
            # (x13) "rejected the union's accusations": the owner's claims read from its
            # accusations of the denier ("the union has accused Calder Property Group of
            # overstating its repair costs"), which share no word with the rejection.
            aimed = [j for j in owned if _accusation_aimed_at(j.claim, dispute)]
            found = ranked_all(aimed, 0.0)
            if found:
                return found[0][-1], "the accusation of", 0.75, others_of(found, 0.75, 0.0), False
        # (d10) A claim of the owner later in the rejection's article answers it (or
        # repeats what it answers), when the owner said something before it.
        owned = [j for j in owned if j.claim.article_id != claim.article_id
                 or j.claim.start_char < claim.start_char] or owned
        owned_figures = [j for j in owned if j.claim.quantities]
        # "the union's figure for the number of strikers": a figure is rejected, so a
        # statement of that party without one is not it; the figure may be given by
        # another voice of that side ("the alliance said 2,300 had joined").
        if not owned_figures and _rejects_a_figure(reference):
            owned = []
        # "the union's figure for the number of strikers", "Greyline's loss figure": the
        # owner's figures naming what the rejection says is counted, if any do.
        # What it counts may be named before the rejection's own words, in its sentence
        # ("The union's estimate of long waits is a figure that the trust said was
        # exaggerated").
        measured = _measured_by_rejection(dispute.own_text) or _measured_by_rejection(reference)
        owned_figures = [j for j in owned_figures if not measured.isdisjoint(j.text_stems)] or owned_figures
        # "described the union's claim of 2,100 strikers as 'wildly inflated'": the
        # owner's figure the rejection's sentence repeats, if one does.
        repeated = _figures_in_sentence(dispute, same_article)
        owned_figures = [j for j in owned_figures if _has_figure(j.claim, repeated)] or owned_figures
        # A common-noun owner ("the company's assurance") stands for one of many voices:
        # its statement must also share words with the rejection, unless a figure is meant.
        floor = 0.0 if owned_figures or _owner_is_named(reference) else settings.dispute_target
        found = ranked_all(owned_figures or owned, floor)
        if found:
            best = found[0]
            score = round(0.75 + 0.2 * min(best[1], 1.0), 4)
            return best[-1], "the claim of", score, others_of(found, 0.75, 0.2), False
        # A rejected figure is found by the figure rules below; a statement, failing all
        # else, is the owner's nearest before the rejection.
        told = None if _rejects_a_figure(reference) else _told_by_owner(owner, earlier)
        if told is not None:
            return told, "the claim of", 0.7, [], False
    repeated = _rejected_figures(dispute, same_article)
    if repeated:
        best = ranked([j for j in named_pool.values() if _has_figure(j.claim, repeated)], 0.0)
        if best:
            return best[-1], "the figure of", round(0.75 + 0.2 * min(best[1], 1.0), 4), [], False
    if figure_noun_pattern().search(reference):
        # "called the higher figure 'speculation'": of two earlier figures of the article
        # counting one thing and differing, the higher (or lower) one.
        compared = _compared_figure(reference, [j for j in earlier if _other_party(dispute, j)])
        if compared is not None:
            return compared, "the figure of", 0.85, [], False
        # "that estimate" points back in the text: an earlier figure of the article first,
        # the one sharing most words with the rejection, else the nearest.
        figures = [j for j in earlier if j.claim.quantities]
        # "the figure for the number of strikers": the figures whose claims name the
        # measured thing, if the rejection says what the figure counts.
        measured = _measured_by_rejection(dispute.own_text)
        figures = _naming_measured(earlier, measured, pool.values()) or figures
        found = ranked_all(figures, 0.0) or ranked_all(
            [j for j in pool.values() if j.claim.quantities], settings.dispute_target
        )
        if found:
            best = found[0]
            score = round(0.65 + 0.25 * min(best[1], 1.0), 4)
            return best[-1], "the figure of", score, others_of(found, 0.65, 0.25), False
    unowned = None if owner else DEFINITE_DOCUMENT.search(reference)
    if unowned and unowned.group(1).lower() in document_nouns():
        # (d18) 'Zoomly said the study was "deeply flawed"': with no owner named, the
        # study is the one the article told of before; its claim is the one whose
        # sentence names it ("..., according to a study published on Tuesday by ...").
        noun = topic_stems(unowned.group(1))
        best = ranked([j for j in earlier if noun <= j.stems and not j.is_dispute], 0.0)
        if best:
            return best[-1], "the claim of", round(0.6 + 0.3 * min(best[1], 1.0), 4), [], False
    if not owner and definite_report_pattern().search(reference):
        # "called the report inaccurate": with no owner named, the report is what the
        # article itself relayed before the rejection; the earlier claim of the article
        # sharing most words with it.
        best = ranked(earlier, 0.0)
        if best:
            return best[-1], "the claim of", round(0.6 + 0.3 * min(best[1], 1.0), 4), [], False
    if accusation_pattern().search(dispute.own_text) and claim.speaker:
        # "Krell denied all charges of fraud": the accusers' claims name the accused
        # ("prosecutors said Damian Krell stole about £3.4 million"), not the charges. The
        # story's claims of other parties naming the denier, earlier in the article first.
        name = _surname(claim.speaker)
        accusing = [j for j in story_pool
                    if name and re.search(rf"\b{re.escape(name)}\b", j.claim.text) and j.claim.speaker]
        # (t12) Or, in an article of the story however loosely, whose sentence accuses the
        # denier by its full name before telling what of ("Wildguard has accused Kelby Zoo
        # of neglecting its elephants, saying keepers left ...").
        # (x13) In its own article too when the claim is read from that accusation
        # ("Inspectors accused the haulier Dunmere Freight of falsifying tachograph
        # records ... Dunmere denied wrongdoing"): its words no longer name the denier.
        full = _full_name(claim.speaker)
        accusing += [j for j in (*story_pool, *(j for j in loose_story if _other_party(dispute, j)))
                     if full and j.claim.speaker and (j.claim.article_id != claim.article_id
                                                      or _accused_in(j.claim) is not None)
                     and _accuses_before(j.claim, full) and j not in accusing]
        if accusing:
            best = max(accusing, key=lambda j: (j.claim.article_id == claim.article_id
                                                and j.claim.start_char < claim.start_char,
                                                bool(j.claim.quantities), -abs(j.claim.start_char - claim.start_char)))
            # (d18) "the allegations": every claim of the accusing sentence ("accused Kelby
            # Zoo of neglecting its elephants, saying keepers left ..."), the figure first.
            also = [(j, 0.7) for j in accusing if j is not best and _same_sentence(j.claim, best.claim)]
            return best, "the accusation of", 0.7, also, False
    if content:
        # What the rejection says was claimed ("reports that Graham Tull had conceded
        # defeat"), said in part by one claim of the story ("Tull conceded shortly after
        # 4am, shaking hands ..."), before a claim sharing only other words of the
        # rejection (the names: "polled 14,206 votes to 13,894 for Graham Tull").
        # (t11) A claim of an article only loosely related to the rejection's
        # (`loose_story`) must also name someone or something the clause names ("Tull"):
        # one sharing only a word of the clause ("its equipment started the blaze" /
        # "9,000 runners had started the race") is another story's.
        weak = [*pool.values(), *(j for k, j in named_pool.items() if k not in pool and not names.isdisjoint(j.text_stems))]
        best = _best_by_content(content, weak, related.index,
                                settings.dispute_content * WEAK_CONTENT_SHARE, _absent_stems(clause or ""), names)
        if best:
            return best[1], "the claim of", 0.6, [], False
    # (d10) A claim sharing with a rejection only the name of whose statement it rejects
    # ("rejected the airline's version of events" / "welcomed the airline's apology")
    # mentions that party; it is not that party's statement.
    best = ranked([j for j in pool.values() if not owner or not (own & j.text_stems) <= owner], settings.dispute_target)
    if best:
        return best[-1], "the claim of", round(0.6 + 0.3 * min(best[1], 1.0), 4), [], False
    # Last resort, the nearest earlier statement of another party: only for a rejection
    # that merely points back ("any suggestion to the contrary is false"). One that says
    # what it rejects ("any suggestion that passengers will be less safe is wrong", "the
    # loss was exaggerated") must share a word of it with its target.
    topic = _rejection_topic(dispute.own_text)
    attributed = [j for j in earlier if _attributed(j.claim) and (not topic or not topic.isdisjoint(j.text_stems))]
    if attributed:
        return attributed[-1], "the preceding claim of", 0.6, [], False
    # (d10) A rejection naming only a statement of someone ("rejected the airline's version
    # of events", "pushed back on the committee's conclusion") whose owner or words found
    # nothing: the statement of another party said right before it in the article.
    if not content and _names_a_statement(reference):
        near = [j for j in earlier if _attributed(j.claim) and _sentences_apart(j.claim, claim) <= 1]
        if near:
            return _latest(near), "the preceding claim of", 0.6, [], False
    # (t11) A rejection answering another outlet's article ("Norrland said the images were
    # out of date"), its own article holding nothing of the other party before it: the
    # story's statement of another party sharing most words with the rejection's
    # sentence, at a lower bar than a claim of any article must pass.
    if _declines_proposal(dispute):
        # (d18) Not a rejected proposal ("rejected a call by campaigners to hand the pool
        # over"): words shared at this low bar are the story's, not a claim it answers.
        return None
    told = [j for j in story_pool if j.claim.article_id != claim.article_id and _attributed(j.claim)
            and _surname(j.claim.speaker) != _surname(claim.speaker or "")]
    if story_share < STORY_TARGET_SHARE:
        # (g24) At the lower bar a word shared must be of what was said: not only the
        # rejecter's own name in its sentence ("Pennock Rail said it had found no fault
        # with the signals" / "Pennock Rail trains ran late all week") nor a statement
        # noun ("called the society's warning overblown" / "the warning would cost
        # growers dearly").
        said = own - dispute.voice - _statement_noun_stems()
        told = [j for j in told if not said.isdisjoint(j.text_stems)]
    best = ranked(told, story_share * settings.dispute_target)
    if best:
        return best[-1], "the claim of", 0.6, [], False
    return None


@cache
def _statement_noun_stems() -> frozenset[str]:
    """(g24) Stems of the nouns naming what a party said ("warning", "claim", "figures")."""
    return topic_stems(" ".join(statement_nouns()))


def _declines_proposal(dispute: _Judged) -> bool:
    """(d18) The rejection's own words open on a proposal declined by its verb ("a call
    by campaigners to ...", "a proposal from shareholders to ...")."""
    return bool(dispute_pattern().fullmatch(dispute.claim.cue or "")) \
        and bool(declined_proposal_pattern().match(" " + dispute.own_text))


def _declared_figures(dispute: _Judged) -> list[Quantity]:
    """(d18) The figures a party declares the only true ones (`only_true_figure`): those
    of the clause's subject ("its figure of 21%"), not of the reason given after ("...
    because it was based on inspections of 900 hives")."""
    m = only_true_figure(dispute.own_text)
    if not m:
        return []
    claim = dispute.claim
    return [q for q in claim.quantities if q.value is not None and q.start_char - claim.start_char < m.start()]


def _document_cited(document: frozenset[str], claim: _Judged) -> bool:
    """(d18) The claim's sentence names the document outside the claim ("..., according
    to a survey by the association"): the claim is what the document found."""
    return document <= claim.stems and document.isdisjoint(claim.text_stems)


def _told_by_outlet(owner: frozenset[str], claim: _Judged) -> bool:
    """(d18) The claim is in an article of the outlet the owner names ("the Star" /
    "Corvale Evening Star"): all of the owner's words are the outlet's, so "Royal Mail" is
    not the "Daily Mail" nor the "Post Office" the "Washington Post"."""
    return bool(claim.ref.outlet) and bool(owner) and owner <= topic_stems(claim.ref.outlet)


# (d18) "the study", "the survey": a document pointed at with no owner.
DEFINITE_DOCUMENT = re.compile(r"\bthe\s+([a-z]+)\b(?!['’])", re.IGNORECASE)


def _full_name(speaker: str) -> str | None:
    """A speaker's name of two capitalised words at least ("Kelby Zoo", not "The zoo"),
    without a leading article: enough to find it named in another outlet's sentence."""
    words = speaker.split()
    if words and words[0] in SPEAKER_ARTICLES:
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def _accuses_before(claim: Claim, name: str) -> bool:
    """(t12) The claim's sentence accuses `name` before the claim: "has accused Kelby Zoo
    of neglecting its elephants, saying ..." (a verb of accusing, the name within a few
    words after it)."""
    return bool(re.search(rf"\baccus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(name)}\b",
                          _before_claim(claim)))


# (x13) The words between a verb of accusing and the claim read from it: the accused
# ("have accused [Stenby Borough Council] of ignoring ..."); not a passive's agent.
ACCUSED_BEFORE = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?!by\b)((?:[\w'’.-]+\s+){1,6}?)of\s*$")


def _accused_in(claim: Claim) -> str | None:
    """(x13) Whom a claim read from an accusation accuses, as named between the verb and
    the claim; None for any other claim, or a passive ("was accused by X of")."""
    if not (claim.cue or "").lower().startswith("accus"):
        return None
    m = ACCUSED_BEFORE.search(_before_claim(claim))
    return m.group(1) if m else None


def _accusation_aimed_at(claim: Claim, dispute: _Judged) -> bool:
    """(x13) The claim is read from an accusation of the rejection's speaker."""
    accused = _accused_in(claim)
    return accused is not None and not topic_stems(accused).isdisjoint(dispute.voice)


def _accuses_another(claim: Claim, dispute: _Judged) -> bool:
    """(x13) A claim read from an accusation ("Parents have accused Stenby Borough Council
    of ignoring warnings that the school roof was failing") is answered by the accused: a
    denial by a party named in full that the accusation does not name ("Holm Roofing
    Services denied that its repairs had failed") answers something else, however many
    words the two share. Only names are compared: a denier known only as "the company", or an
    accusation of "him" or "the company", is not judged here."""
    accused = _accused_in(claim)
    return accused is not None and any(w[:1].isupper() for w in accused.split()) \
        and _full_name(dispute.claim.speaker or "") is not None \
        and topic_stems(accused).isdisjoint(dispute.voice)


def _latest(claims: Sequence[_Judged]) -> _Judged:
    """The claim said last in its article; of two at one offset, the first judged."""
    return max(claims, key=lambda j: (j.claim.start_char, -j.index))


# A quoted stretch of fewer words than this is too common to name whose words it repeats.
QUOTED_MIN_WORDS = 2
QUOTED = re.compile(r"[\"“]([^\"“”]{3,80})[\"”]")


def _quoted_words_of(reference: str, candidates: Iterable[_Judged], claim: Claim) -> _Judged | None:
    """(d10) "the company's account of 'minor injuries' was 'an insult to the truth'": a
    rejection quoting another party's words answers the claim saying them (its own
    article's first, then the nearest). The rejecting label itself ("an insult") is no
    one's claim: a quote holding a rebuttal word is skipped."""
    quotes = [q.strip().lower() for q in QUOTED.findall(reference)
              if len(q.split()) >= QUOTED_MIN_WORDS and not rejects(q)]
    if not quotes:
        return None
    saying = [j for j in candidates if any(q in j.claim.text.lower() for q in quotes)]
    if not saying:
        return None
    return max(saying, key=lambda j: (j.claim.article_id == claim.article_id and j.claim.start_char < claim.start_char,
                                      -abs(j.claim.start_char - claim.start_char), -j.index))


# A rejection's own words that only point back: a pronoun object ("disputed that"), a
# clause whose pronoun subject the claim's span left out ("said that was not true").
BARE_POINTER = re.compile(r"^[\W_]*(?:that|this|it|those|these|them)[\W_]*$|"
                          r"^[\W_]*(?:is|was|are|were|had\s+been|has\s+been)\s+"
                          r"(?:[\"“‘]?\w+\s+){0,2}?[\"“‘]?(?:not|untrue|false|wrong)\b",
                          re.IGNORECASE)
DEMONSTRATIVE_NOUN = re.compile(r"\b(?:that|this|these|those|such)\s+([a-z]+)\b", re.IGNORECASE)
# (d19) A rejection whose words are only an indefinite statement noun: "..., a claim the
# company denies" (`claims.rejections._apposed_statement_span`) rejects what was just said.
APPOSED_STATEMENT = re.compile(r"^[\W_]*(?:a|an)\s+(?:[\w-]+\s+)?([a-z]+)[\W_]*$", re.IGNORECASE)


def _points_back(own_text: str, before: str) -> bool:
    """(d10) The rejection points at what was just said rather than naming it: a bare
    pronoun, a clause of a dropped pronoun subject after "said that", or a demonstrative
    with a statement noun anywhere in it ("did not recognise that description")."""
    if BARE_POINTER.match(own_text):
        return True
    apposed = APPOSED_STATEMENT.match(own_text)
    if apposed and apposed.group(1).lower() in statement_nouns():
        return True
    # (d18) 'said that timetable was "wishful thinking"': the claim's span left the
    # demonstrative out.
    tail, first = before.split()[-1:], own_text.split()[:1]
    if tail and first and _demonstrative_of(tail[0].lower(), first[0].lower()):
        return True
    return any(m.group(1).lower() in statement_nouns() for m in DEMONSTRATIVE_NOUN.finditer(own_text))


def _demonstrative_of(word: str, noun: str) -> bool:
    """'said that timetable was ...': "that" left outside the claim points at a statement
    only when it can be the noun's determiner; before a plural ("said that figures
    published by the union were wrong") it is the conjunction of reported speech, and
    "these" / "those" need a plural."""
    if noun not in statement_nouns():
        return False
    plural = noun.endswith("s") and not noun.endswith("ss")
    return (word in ("that", "this") and not plural) or (word in ("these", "those") and plural)


# (u18) "the allegations", "these accusations", "such claims" with no owner: the noun of
# a verb that introduces what another party said, and the stem of that verb.
MADE_STATEMENT = re.compile(r"\b(?:the|these|those|such|that|this)\s+(?:[a-z-]+\s+)?"
                            r"(allegation|accusation|claim)s?\b", re.IGNORECASE)
MAKING_VERB_STEMS = {"allegation": "alleg", "accusation": "accus", "claim": "claim"}


def _made_before(reference: str, others: list[_Judged], claim: Claim) -> _Judged | None:
    """(u18) "Fenwick called the allegations 'baseless'" after "Rourke ..., alleging that
    hundreds of valid postal ballots were wrongly rejected": a definite allegation,
    accusation or claim with no owner is what another party was said, earlier in the
    article, to allege, accuse or claim, the nearest such claim (its cue is the noun's
    verb). A cue of saying ("said", "told") makes no allegation: the noun alone does not
    tell which statement is meant, and the later steps rank them."""
    m = MADE_STATEMENT.search(reference)
    if not m:
        return None
    stem = MAKING_VERB_STEMS[m.group(1).lower()]
    made = [j for j in others if j.claim.start_char < claim.start_char
            and (j.claim.cue or "").lower().startswith(stem)]
    return _latest(made) if made else None


def _names_a_statement(reference: str) -> bool:
    """The rejection names a statement by its owner or a demonstrative ("the airline's
    version of events", "that account")."""
    return bool(owner_pattern().search(reference)) or any(
        m.group(1).lower() in statement_nouns() for m in DEMONSTRATIVE_NOUN.finditer(reference))


def _sentences_apart(earlier: Claim, later: Claim) -> int:
    """How many sentence starts lie between two claims of one article (0: same sentence,
    1: the sentence right before), judged by the sentences' offsets."""
    if earlier.sentence_start == later.sentence_start:
        return 0
    gap = later.sentence_start - (earlier.sentence_start + len(earlier.sentence))
    return 1 if gap <= 3 else 2


def _told_by_owner(owner: frozenset[str], earlier: Sequence[_Judged]) -> _Judged | None:
    """(d10) "rejected the survey's findings", "pushed back on the committee's
    conclusion": when no claim of the owner passed the bars, the nearest earlier claim of
    the article by that owner (its voice) or telling what it found in the outlet's words
    ("A survey by the agriculture office found ...")."""
    told = [j for j in earlier if _names_match(owner, j.voice)
            or (not _attributed(j.claim) and owner <= j.text_stems)]
    return _latest(told) if told else None


def _rejection_topic(text: str) -> frozenset[str]:
    """Stems of what a rejection is about, without its rejecting, claim-naming and
    pointing words: empty for "any suggestion to the contrary is false"."""
    for pattern in (dispute_pattern(), claim_noun_pattern(), figure_noun_pattern(), pointing_pattern()):
        text = pattern.sub(" ", text)
    return topic_stems(text)


@cache
def accusation_pattern() -> re.Pattern[str]:
    """What a party is accused of ("all charges", "the allegations"): claims/data/conflict_accusation_nouns.txt."""
    return phrase_pattern(data_lines("conflict_accusation_nouns.txt"))


@cache
def pointing_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_pointing_words.txt"))


def _rejected_content(dispute: _Judged) -> frozenset[str]:
    """Stems of what a rejection says was claimed, when it says it: the clause after "the
    claim that" / "reports that" ("the claim that no passwords were taken is not true"),
    or the whole object of a rejecting verb that reports content ("denied that the club
    had been forced to sell"). Empty when the rejection only points at something ("the
    figure", "the ministry's estimate", "the savings figure a fantasy")."""
    text = _rejected_clause(dispute)
    stems = topic_stems(text) if text else frozenset()
    return stems if len(stems) >= CONTENT_MIN_STEMS else frozenset()


# (d18) A rejected clause opening on the rejecting party's own pronoun: "denied reports
# that it had approached Pellam & Finch", "denied claims that he had taken the money".
SELF_PRONOUN_SUBJECT = re.compile(r"^[\W_]*(?:(?P<thing>it|its)|(?P<person>he|his|she|her))\s", re.IGNORECASE)


def _denier_in_clause(dispute: _Judged, clause: str) -> frozenset[str]:
    """(d18) Stems of the rejecting party's name when the rejected clause's subject is its
    pronoun: what was claimed was claimed of the denier, so the claim that names it
    ("Harrowgate Books has made an informal approach to ...") says it better than one
    that shares the clause's other words only ("The approach valued Pellam & Finch at
    ..."). A company by its name, a person by the surname."""
    m = SELF_PRONOUN_SUBJECT.match(clause)
    speaker = dispute.claim.speaker or ""
    if not m or not _full_name(speaker):
        return frozenset()
    return topic_stems(_full_name(speaker) if m.group("thing") else _surname(speaker) or "")


@cache
def labelling_forms() -> frozenset[str]:
    """Forms of the verbs that reject only with a rejecting complement ("call", "describe"):
    claims/data/rejection_labelling_verbs.txt, the list extraction reads."""
    return frozenset(f for verb in data_lines("rejection_labelling_verbs.txt") for f in inflections(verb.lower()))


# (u18) The "as" of "described X as Y", with the quote opening Y, after the object X.
LABEL_AS = re.compile(r"[\s,]+as[\s\"'“‘]*$", re.IGNORECASE)


def _labelled_content(claim: Claim) -> str | None:
    """(u18) 'described reports that the sale was needed to balance the books as "simply
    wrong"': when a labelling verb (rejection_labelling_verbs.txt) introduces only the
    label, the content clause of its object, between the verb and the label, is what was
    claimed. None when that object names no content ("called the report inaccurate")."""
    cue = (claim.cue or "").lower()
    if not cue or cue not in labelling_forms():
        return None
    before = _before_claim(claim)
    at = before.lower().rfind(cue)
    if at < 0:
        return None
    between = before[at + len(cue):]
    clause = content_clause().search(between)
    return LABEL_AS.sub("", between[clause.end():]) if clause else None


def _share_matter(a: _Judged, b: _Judged, hit: tuple[str, str]) -> bool:
    """Whether the words two claims hold share a word besides the opposed ones: a dispute
    holds little of its own ("a union count that put the number far higher"), and its
    opposite word alone may be of another thing of the story ("rain had fallen") (c23)."""
    if "(counted)" not in hit and not any(left.fullmatch(h) or right.fullmatch(h)
                                          for h in hit for left, right in opposite_patterns()):
        return False
    opposed = topic_stems(" ".join(hit))
    return bool((topic_stems(_held_by(a)) & topic_stems(_held_by(b))) - opposed)


def _held_by(j: _Judged) -> str:
    """What a claim holds: its own words, less, of a dispute, the words it rejects ("claims
    that the sirens had failed were false": not "failed"), which are another's (c23)."""
    if not j.is_dispute:
        return j.own_text
    rejected = _rejected_clause(j)
    return j.own_text.replace(rejected, " ", 1) if rejected and rejected.strip() else j.own_text


def _rejected_clause(dispute: _Judged) -> str | None:
    """The words of what a rejection says was claimed (`_rejected_content`), if it says."""
    text = dispute.own_text
    clause = content_clause().search(text)
    labelled = None if clause else (_labelled_content(dispute.claim)
                                    or judged_content(text, _before_claim(dispute.claim)) or accepted_clause(text))
    if labelled:
        return labelled
    if clause:
        text = text[clause.end():]
    elif not dispute_pattern().search(dispute.claim.cue or "") or figure_noun_pattern().search(text) \
            or claim_noun_pattern().search(text) or owner_pattern().search(text):
        return None
    cut = dispute_pattern().search(text)
    if cut:
        # "... no passwords were taken is simply not true": the copula and its adverb
        # belong to the rejection, not to the clause.
        text = TRAILING_COPULA.sub("", text[:cut.start()])
    return text


def _assessment_keys(text: str) -> frozenset[tuple[int, int]]:
    """(row, side) of the assessment words of conflict_opposites.txt in `text`: "a report
    of delays" and "the opening is likely to slip" say one thing in other words."""
    left, right = _opposite_words(APPROXIMATION.sub(" ", text))
    plain = len(opposite_patterns())
    return frozenset((k, side) for side, found in enumerate((left, right)) for k, w in enumerate(found[:plain]) if w)


def _best_by_content(content: frozenset[str], candidates: Iterable[_Judged], index: TopicIndex,
                     floor: float, polarity: frozenset[str] | None = None,
                     names: frozenset[str] = frozenset()) -> tuple[float, _Judged] | None:
    ranked = _ranked_by_content(content, candidates, index, floor, polarity, names)
    return ranked[0] if ranked else None


CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _names_in(text: str) -> frozenset[str]:
    """Stems of the capitalised words of a rejected clause: who and where it is about."""
    return topic_stems(" ".join(CAPITALISED.findall(text)))


def _ranked_by_content(content: frozenset[str], candidates: Iterable[_Judged], index: TopicIndex,
                       floor: float, polarity: frozenset[str] | None = None,
                       names: frozenset[str] = frozenset()) -> list[tuple[float, _Judged]]:
    """The candidate whose own words best say the rejected content: the harmonic mean of
    the share of the content it holds and the share of its words that are the content
    (a long sentence mentioning one rare word of the content is not what was rejected).
    Ties go to attributed claims, then to earlier ones. With `polarity` (the content's
    stems said to be absent, `_absent_stems`), a candidate saying absent what the content
    says present, or the reverse, is not it ("the claim that drivers have had no pay
    rise" answers "gone four years without a pay rise", not "offered a 5% pay rise").
    A candidate sharing only the content's `names` says nothing of what was claimed of
    them ("reports that Graham Tull had conceded defeat" / "13,894 for Graham Tull")."""
    content_weight = index.weight(content)
    found = []
    for j in candidates:
        shared = content & j.text_stems
        if not shared or not content_weight or shared <= names:
            continue
        if polarity is not None and _polarity_disagrees(polarity, shared, j.own_text):
            continue
        weight = index.weight(shared)
        recall, precision = weight / content_weight, weight / max(j.text_weight(index), 1e-9)
        score = 2 * recall * precision / (recall + precision)
        if score < floor:
            continue
        found.append(((round(score, 6), _attributed(j.claim), -j.index), j))
    found.sort(key=lambda f: f[0], reverse=True)
    return [(key[0], j) for key, j in found]


@cache
def absence_pattern() -> re.Pattern[str]:
    """Negators (conflict_negations.txt) and words of absence (conflict_absence_words.txt)."""
    words = data_lines("conflict_negations.txt") + data_lines("conflict_absence_words.txt")
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"n['’]t\b|(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


# Words after a negator or "without" that it says are absent ("no pay rise", "without a
# pay rise", "had not been paid").
ABSENCE_REACH_WORDS = 4


ABSENCE_STOP = re.compile(r"^(?:in|of|for|to|from|on|at|by|since|while|as|after|before|and|but|because|"
                          r"was|were|is|are|had|has|have|been|be|will|would|could|can)$",
                          re.IGNORECASE)


TIME_BOUND = re.compile(r"^(?:before|until|till)$", re.IGNORECASE)


@memoised_per_text
def _absent_stems(text: str) -> frozenset[str]:
    """Stems of the words a negator or a word of absence reaches: up to
    `ABSENCE_REACH_WORDS`, not past a preposition, conjunction or punctuation ("no pay
    rise in four years" says the rise absent, not the years)."""
    found: set[str] = set()
    for m in absence_pattern().finditer(text):
        reach = []
        bounded = False
        for word in text[m.end():].split()[:ABSENCE_REACH_WORDS]:
            # (d18) "will not open before spring 2028": a time bound, the opening is
            # put off, not denied.
            bounded = bool(TIME_BOUND.match(word))
            if bounded or ABSENCE_STOP.match(word):
                break
            reach.append(word)
            if word[-1:] in ",.;:!?\"”":
                break
        if not bounded:
            found |= topic_stems(" ".join(reach))
    return frozenset(found)


def _polarity_disagrees(absent: frozenset[str], shared: frozenset[str], text: str) -> bool:
    """The shared words are said absent on one side and present on the other."""
    other = _absent_stems(text)
    return any((s in absent) != (s in other) for s in shared if s in absent or s in other)


def _holds_figure_before(holder: _Judged, dispute: _Judged) -> bool:
    """An unattributed claim whose span holds the rejection, with a figure before it."""
    a, b = dispute.claim, holder.claim
    return (b.speaker is None and b.claim_id != a.claim_id and b.article_id == a.article_id
            and b.start_char <= a.start_char and a.end_char <= b.end_char
            and any(q.end_char <= _apposition_limit(a) and q.value is not None for q in b.quantities))


# "The estimate, which covers ...", "That figure", "This number": a sentence opening on a
# definite figure noun (conflict_figure_nouns.txt) speaks of a figure already given.
DEFINITE_FIGURE = re.compile(r"^[\W_]*(?:the|that|this|these|those|such\s+an?)\s+(?:[a-z]+\s+)?([a-z]+)\b", re.IGNORECASE)


def _figure_named_before(dispute: _Judged, others: Sequence[_Judged]) -> _Judged | None:
    """For a rejection of "a figure" in a sentence opening on a definite figure noun ("The
    estimate ... is a figure that the company said was exaggerated") that holds no figure
    before the rejection: the nearest figure of another party earlier in the article,
    in the sentence right before (none further back: the noun points at what was just said)."""
    claim = dispute.claim
    m = DEFINITE_FIGURE.match(claim.sentence)
    if not m or not figure_noun_pattern().fullmatch(m.group(1)):
        return None
    head = claim.sentence[:max(claim.start_char - claim.sentence_start, 0)]
    if re.search(r"\d", head):
        return None
    before = [j for j in others if j.claim.sentence_start < claim.sentence_start
              and any(q.value is not None for q in j.claim.quantities)]
    if not before:
        return None
    last = max(j.claim.sentence_start for j in before)
    if claim.sentence_start - (last + len(next(j.claim.sentence for j in before if j.claim.sentence_start == last))) > 3:
        return None  # not the sentence right before
    return min((j for j in before if j.claim.sentence_start == last), key=lambda j: j.index)


def _apposition_limit(rejection: Claim) -> int:
    """Where a figure the rejection stands in apposition to must end: before the
    rejection, and before its speaker when the sentence names the speaker first ("The
    union, which represents about 2,600 drivers, called the ridership figures
    misleading": that figure describes who rejects, it is not what is rejected)."""
    mention = rejection.speaker_mention or rejection.speaker
    before = rejection.sentence[:max(rejection.start_char - rejection.sentence_start, 0)]
    at = before.find(mention) if mention else -1
    return rejection.sentence_start + at if at >= 0 else rejection.start_char


def _measured_by_rejection(text: str) -> frozenset[str]:
    """Stems of what a rejected figure counts, when the rejection says it: "the figure for
    the number of strikers" -> strikers (frame words such as "number" left out)."""
    found: set[str] = set()
    for m in figure_noun_pattern().finditer(text):
        # "the burglary figures", "Greyline's loss figure": the noun before the figure noun.
        before = COMPOUND_BEFORE.search(text[:m.start()])
        if before and before.group(1).lower() not in FUNCTION_WORDS:
            found |= topic_stems(before.group(1))
        tail = MEASURED.match(text[m.end():])
        if tail:
            frames = measure_frame_stems()
            found |= {s for s in topic_stems(tail.group(1)) if s not in frames}
    return frozenset(found)


def _naming_measured(earlier: list[_Judged], measured: frozenset[str], story: Iterable[_Judged]) -> list[_Judged]:
    """The article's earlier figures whose claims name what a rejected figure counts ("the
    ridership figures"); when none does but an earlier claim of another party names it
    without a figure read ("ridership was down a fifth"), that party's figures naming it
    in the story's other articles; (t22) failing that, any of the story's figures naming it."""
    if not measured:
        return []
    named = [j for j in earlier if j.claim.quantities and not measured.isdisjoint(j.text_stems)]
    if named:
        return named
    parties = {_surname(j.claim.speaker) for j in earlier
               if j.claim.speaker and not j.claim.quantities and not measured.isdisjoint(j.text_stems)}
    parties.discard(None)
    said = [j for j in story if j.claim.quantities and j.claim.speaker and _surname(j.claim.speaker) in parties
            and not measured.isdisjoint(j.text_stems)]
    # (t22) Failing both, the story's figures naming it, in any article: "called the
    # bookings estimate pure guesswork" answers "the warning would cost the island's
    # hotels 30,000 bookings" in another outlet's article, not the nearest earlier figure
    # of its own ("who has studied the volcano for twenty years"), which counts nothing
    # the rejection names.
    return said or [j for j in story if j.claim.quantities and not measured.isdisjoint(j.text_stems)]


def _rejects_a_figure(reference: str) -> bool:
    """The owner's thing rejected is a figure ("the union's figure", "the ministry's
    estimate"), not a statement ("the union's claim")."""
    return any(figure_noun_pattern().search(m.group(0)[len(m.group(1)):]) for m in owner_pattern().finditer(reference))


def _owner_stems(reference: str) -> frozenset[str]:
    """Stems of the owner in "the X's figure/claim/report" of a rejection, if it names one:
    the words after the last function word or rejecting verb ("disputed the ministry")."""
    return frozenset(s for words in _owner_words(reference) for s in topic_stems(" ".join(words)))


# Auxiliaries of an active perfect between a party and its rejected act ("the institute
# had mischaracterised"); "was"/"were" would make it passive ("the figures were
# exaggerated": what is judged, not who erred).
PERFECT_AUXILIARIES = frozenset({"had", "has", "have"})
DETERMINERS = frozenset({"the", "a", "an"})
# A party named by more words than this before its act is a clause, not a subject.
ACCUSED_PARTY_WORDS = 4


@cache
def erring_verb_pattern() -> re.Pattern[str]:
    """Verbs whose subject told something wrongly (conflict_erring_verbs.txt)."""
    return phrase_pattern(data_lines("conflict_erring_verbs.txt"))


def _accused_party(own_text: str) -> frozenset[str]:
    """(t11) Stems of the party a rejection says got something wrong, when its own words
    open on that party as the subject of a verb of telling wrongly, in the active voice: "the
    institute had mischaracterised how drivers work", "the federation exaggerated the
    figures". Not a statement as subject ("the figures were exaggerated", "that claim is
    false"): that is what is judged, found by the other rules; not a pronoun ("they had
    exaggerated"), which names no one."""
    m = erring_verb_pattern().search(own_text)
    if not m:
        return frozenset()
    words = own_text[:m.start()].split()
    if words and words[-1].lower() in PERFECT_AUXILIARIES:
        words = words[:-1]
    if not words or len(words) > ACCUSED_PARTY_WORDS:
        return frozenset()
    lowered = [w.lower().strip("\"“”,") for w in words]
    if lowered[0] not in DETERMINERS and not words[0][:1].isupper():
        return frozenset()
    rest = lowered[1:] if lowered[0] in DETERMINERS else lowered
    if not rest or not all(w.isalpha() or w.endswith(("'s", "’s")) for w in rest) \
            or any(w in statement_nouns() or w in FUNCTION_WORDS for w in rest):
        return frozenset()
    return topic_stems(" ".join(rest))


def _owner_words(reference: str) -> list[list[str]]:
    found = []
    for m in owner_pattern().finditer(reference):
        words = m.group(1).split()
        cut = max((k + 1 for k, w in enumerate(words)
                   if w.lower() in FUNCTION_WORDS or dispute_pattern().fullmatch(w)), default=0)
        found.append(words[cut:])
    return found


# "the higher figure", "the lowest estimate": which of two figures set against each other.
COMPARED_FIGURE = re.compile(r"\bthe\s+(?:(higher|highest|larger|largest|bigger|biggest)|"
                             r"(lower|lowest|smaller|smallest))\s+(?:figure|estimate|number|count|total|tally)s?\b",
                             re.IGNORECASE)


def _compared_figure(reference: str, earlier: Sequence[_Judged]) -> _Judged | None:
    """The claim of the higher (or lower) of the earlier figures counting one thing (a
    measure stem in common) with different values, the nearest such pair first."""
    m = COMPARED_FIGURE.search(reference)
    if not m:
        return None
    higher = bool(m.group(1))
    figures = [(q, j) for j in reversed(earlier) for q in j.claim.quantities if q.value is not None and q.measure]
    for k, (qa, ja) in enumerate(figures):
        for qb, jb in figures[k + 1:]:
            if ja.index == jb.index or qa.unit != qb.unit or qa.value == qb.value:
                continue
            if topic_stems(qa.measure).isdisjoint(topic_stems(qb.measure)):
                continue
            top = ja if (qa.value > qb.value) == higher else jb
            return top
    return None


@cache
def document_nouns() -> frozenset[str]:
    """Nouns of documents whose findings a claim may report (attribution_document_nouns.txt)."""
    return frozenset(w.lower() for w in data_lines("attribution_document_nouns.txt"))


def _owned_document(reference: str) -> frozenset[str]:
    """The stem of the document an owner's rejection names ("the residents' survey",
    "the union's report"), if it names one."""
    for m in owner_pattern().finditer(reference):
        noun = m.group(0).split()[-1].lower()
        if noun in document_nouns() or noun.rstrip("s") in document_nouns():
            return topic_stems(noun)
    return frozenset()


def _owner_is_named(reference: str) -> bool:
    """The owner is a name ("Simic's remarks", "the Electoral Commission's figure"), not a
    common noun standing for one ("the company's assurance"), which many voices match."""
    return any(w[:1].isupper() for words in _owner_words(reference) for w in words)


def _shared_share(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set's stems matched in the other (`_names_match` per stem)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(_names_match(frozenset((s,)), large) for s in small) / len(small)


def _names_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Shared stems, or one stem the start of the other ("ministry" ~ "minister",
    five letters at least): loose on purpose, "government" meets "governor" too."""
    if a & b:
        return True
    return any(len(x) >= 5 and len(y) >= 5 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


@cache
def document_source_pattern() -> re.Pattern[str]:
    """"a report by the county health inspectorate found", "a study from the institute
    showed": a document (attribution_document_nouns.txt), its author, a verb of finding."""
    nouns = "|".join(re.escape(n) for n in sorted(document_nouns(), key=len, reverse=True))
    return re.compile(rf"\b(?:a|an|the)\s+(?:[a-z]+\s+)?({nouns})s?\s+(?:by|from|of)\s+([^,.;]{{2,80}}?)\s+"
                      r"(?:found|finds|showed|shows|concluded|concludes|said|says)\b", re.IGNORECASE)


def _voice_stems(claim: Claim) -> frozenset[str]:
    """Who a claim is by, in words: its speaker, role and mention, and the sentence's
    "according to" phrase, which names the source of an unattributed figure."""
    words = " ".join(filter(None, (claim.speaker, claim.speaker_role, claim.speaker_mention)))
    according = re.search(r"according to ([^,.;]+)", claim.sentence)
    if according:
        words += " " + according.group(1)
    found_by = document_source_pattern().search(claim.sentence)
    if found_by and claim.speaker is None:
        # (t11) "..., a report by the county health inspectorate found": the document and
        # its author are the source of the outlet's sentence ("rejected the report's
        # findings", "the inspectorate's conclusion").
        words += " " + found_by.group(1) + " " + found_by.group(2)
    owned = owner_pattern().match(claim.sentence)
    if owned:
        # "Calder Council's own assessment ... puts the cost at ...": the owner of the
        # assessment the sentence reports is a source of its figures.
        words += " " + owned.group(1)
    if claim.speaker is None:
        # "Education Minister A. Name said ... and pointed to the hiring of 2,000": the
        # sentence's reporting subject is the likely source of its unattributed figure.
        reported = REPORTING_SUBJECT.match(claim.sentence) or INNER_REPORTING_SUBJECT.search(claim.sentence)
        if reported:
            words += " " + reported.group(1)
    return topic_stems(words)


def _figures_in_sentence(dispute: _Judged, same_article: list[_Judged]) -> list[Quantity]:
    """Figures written in the rejection's own sentence, outside other parties' claims."""
    claim = dispute.claim
    end = claim.sentence_start + len(claim.sentence)
    return [
        q
        for j in same_article
        if j.claim.speaker in (None, claim.speaker)
        for q in j.claim.quantities
        if claim.sentence_start <= q.start_char and q.end_char <= end and q.value is not None
    ]


def _rejected_figures(dispute: _Judged, same_article: list[_Judged]) -> list[Quantity]:
    """(d18) The figures of the rejection's sentence (`_figures_in_sentence`) when they are
    what is rejected: not when the rejection sets a figure up as the true one ("the real
    number was about 450", "its count of 64 cases was the only verified figure"), which is
    the speaker's own."""
    if CORRECTED_FIGURE.match(dispute.own_text) or only_true_figure(dispute.own_text):
        return []
    return _figures_in_sentence(dispute, same_article)


def _has_figure(claim: Claim, figures: list[Quantity]) -> bool:
    return any(
        q.unit == f.unit and q.value is not None and abs(q.value - f.value) <= 1e-9 * max(1.0, abs(f.value))
        for q in claim.quantities
        for f in figures
    )


def _reference_text(dispute: _Judged, same_article: list[_Judged]) -> str:
    """What the rejection is about: its sentence ("Okafor called the report inaccurate"),
    with the other claims of that sentence blanked out; not a claim holding the rejection
    (the whole sentence as an unattributed claim: "... and it described the union's claim
    of 2,100 strikers as 'wildly inflated'" names what 'wildly inflated' is said of)."""
    claim = dispute.claim
    chars = list(claim.sentence)
    for j in same_article:
        other = j.claim
        if other.claim_id == claim.claim_id or (other.start_char <= claim.start_char
                                                 and claim.end_char <= other.end_char):
            continue
        lo = max(other.start_char, claim.sentence_start) - claim.sentence_start
        hi = min(other.end_char, claim.sentence_start + len(chars)) - claim.sentence_start
        own_lo, own_hi = claim.start_char - claim.sentence_start, claim.end_char - claim.sentence_start
        for i in range(max(lo, 0), max(hi, 0)):
            if not own_lo <= i < own_hi:
                chars[i] = " "
    return "".join(chars)


def _other_party(dispute: _Judged, candidate: _Judged) -> bool:
    """Another party's claim, not one that holds the rejection itself (the sentence claim
    of "Krell, 52, denied all charges" is not what Krell denies). A rejection is no
    target, unless (x13) it is an accusation of the rejection's speaker: "accused Calder
    Property Group of overstating its repair costs" rejects the landlord's figures, and is
    what the landlord's denial answers."""
    if candidate.index == dispute.index or (candidate.is_dispute and not candidate.ground
                                            and not _accusation_aimed_at(candidate.claim, dispute)):
        return False
    a, b = dispute.claim, candidate.claim
    if (b.speaker is None and a.article_id == b.article_id
            and b.start_char <= a.start_char and a.end_char <= b.end_char):
        return False
    if b.speaker == a.speaker or _speaks_for(a, b) or _speaks_for(b, a):
        return False
    # "Mirko Halas" and "The governor of the Central Bank, Mirko Halas": one person.
    return not (a.speaker and b.speaker and a.article_id == b.article_id
                and _surname(a.speaker) is not None and _surname(a.speaker) == _surname(b.speaker))


def _speaks_for(person: Claim, body: Claim) -> bool:
    """The person's role opens on the other claim's speaker, a name ("Tixora chief
    executive Anneliese Brandt" / "Tixora", "Calder Water's spokesman" / "Calder Water"):
    the body's own officer, one party with it, whose words answer nobody in it (p19).
    Only a capitalised name: "the council" is not the "opposition council leader"'s party."""
    name, role = body.speaker, person.speaker_role
    if not name or not role or not name[:1].isupper() or person.speaker == name:
        return False
    return bool(re.match(rf"(?:the\s+)?{re.escape(name)}(?:['’]s)?\s+\w", role))


def _attributed(claim: Claim) -> bool:
    """A claim of a party the article quotes or reports, not of the outlet's own voice
    (an unattributed sentence with figures, or a `narrated` one)."""
    return claim.speaker is not None and claim.kind != ClaimKind.NARRATED


def _voice(claim: Claim) -> str | None:
    """Who a claim is by for telling sources apart within an article: its speaker, None
    for the outlet's own voice (its `narrated` claims and its unattributed figures are
    one voice)."""
    return claim.speaker if _attributed(claim) else None


@cache
def _surname(speaker: str) -> str | None:
    """The last capitalised word of a speaker's name ("Halas" of "The governor of the
    Central Bank, Mirko Halas"): two speakers ending so in one article are one person."""
    # (d10) A sentence-initial article is no name: "The depot" and "The union" are two
    # parties, not two mentions of one "The".
    words = [w for w in re.findall(r"[A-Z][\w'’-]+", speaker) if w not in SPEAKER_ARTICLES]
    return words[-1] if words else None


SPEAKER_ARTICLES = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their"})


def _same_sentence(a: Claim, b: Claim) -> bool:
    """Sentences overlap: a quote's sentence may start before a statement inside it."""
    if a.article_id != b.article_id:
        return False
    a_end, b_end = a.sentence_start + len(a.sentence), b.sentence_start + len(b.sentence)
    return a.sentence_start < b_end and b.sentence_start < a_end


# --- numeric ----------------------------------------------------------------------------


@cache
def scope_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_scope_words.txt"))


@cache
def moment_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(moment, pattern) per line of claims/data/conflict_moment_words.txt; the first is the
    moment a figure naming none is taken at."""
    moments = []
    for line in data_lines("conflict_moment_words.txt"):
        name, _, words = line.partition("|")
        moments.append((name.strip(), phrase_pattern([w.strip() for w in words.split(",") if w.strip()])))
    return tuple(moments)


def _moment(q: Quantity, claim: Claim) -> str:
    """The moment of the day named in the figure's clause (`moment_patterns`), else the
    first."""
    start, end = _sentence_offsets(q, claim)
    sentence = claim.sentence
    lo = max(sentence.rfind(",", 0, max(start, 0)) + 1, start - SCOPE_REACH_CHARS, 0)
    hi = sentence.find(",", max(end, 0))
    hi = min(hi if hi >= 0 else len(sentence), end + SCOPE_REACH_CHARS)
    window = sentence[lo:hi]
    moments = moment_patterns()
    for name, pattern in moments:
        if pattern.search(window):
            return name
    return moments[0][0] if moments else ""


@cache
def total_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_total_words.txt"))


@cache
def figure_comparison_pattern() -> re.Pattern[str]:
    """"far below the club's figure", "more than twice the figure given by the company"."""
    return re.compile(phrase_pattern(data_lines("conflict_figure_comparisons.txt")).pattern
                      + r"\s+(?:\S+\s+){0,3}?" + figure_noun_pattern().pattern, re.IGNORECASE)


# "figure for the number of strikers", "estimate of deaths": what the figure counts, up to
# the verb or clause that follows.
MEASURED = re.compile(r"\s+(?:for|of|on)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+?)"
                      r"(?=\s+(?:was|were|is|are|had|has|as|in|at)\b|[,.;]|$)")
# The word right before a figure noun, when it is not a possessive or a figure itself.
COMPOUND_BEFORE = re.compile(r"(?<!['’])\b([a-z][a-z-]+)\s+$")
# Sentences sharing this much of their rare words, one setting its figure against another's
# figure, are taken to measure one thing (the bar the measure-head rule uses too).
COMPARED_MATTER = 0.45


@cache
def stock_pattern() -> re.Pattern[str]:
    """A verb of possession then at most a qualifier, ending where the figure starts; not
    an auxiliary before a participle ("has risen to 11", "has now scorched")."""
    verbs = "|".join(re.escape(v) for v in sorted(data_lines("conflict_stock_verbs.txt"), key=len, reverse=True))
    participles = "|".join(re.escape(w) for w in data_lines("conflict_participles.txt"))
    return re.compile(rf"\b(?:{verbs})\s+(?:(?!(?:{participles}|[a-z]+ed)\b)[a-z]+\s+){{0,2}}$")


# "in May", "for the second quarter", "last year" right after a figure: its period.
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
FIGURE_PERIOD = re.compile(
    rf"[^.;,\d]{{0,50}}?\b(?:in|for|during|of|as of|by)\s+((?:{MONTHS})(?:\s+(?:19|20)\d\d)?"
    r"(?:\s+last\s+year)?|the\s+(?:first|second|third|fourth)\s+quarter|(?:19|20)\d\d)\b"
    r"|[^.;,\d]{0,50}?\b((?:last|this|next)\s+(?:year|month|season|quarter)|since\s+(?:the\s+)?[\w-]+)\b")
PERIOD_REACH_CHARS = 80


@cache
def measure_frames() -> frozenset[str]:
    """Words that frame a count rather than name what is counted ("number", "share")."""
    return frozenset(data_lines("conflict_measure_frames.txt"))


@cache
def measure_frame_stems() -> frozenset[str]:
    """The stems of `measure_frames`, read per figure on the hot path: built once."""
    return frozenset(stem(f) for f in measure_frames())


# Words by which a figure states its own imprecision; the parser's interval holds it.
QUALIFIED = re.compile(r"\b(?:about|around|roughly|some|approximately|nearly|almost|up to|more than|over|"
                       r"fewer than|less than|under|at least|at most|between)\b", re.IGNORECASE)


@cache
def reach_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_reach_words.txt"))


# The share of a figure an emphatic upper bound ("as many as 900") still claims.
REACHED_SHARE = 0.5


# An unqualified figure written with two or more significant digits ("£9,250", "54 per
# cent", "18,391") states its precision; beyond its own rounding (the parser's low..high)
# it is widened by this much rather than the settings' rounding tolerance, which is for
# figures of one digit ("$5 billion" against "$5.2 billion") (n9).
PRECISE_TOLERANCE = 0.01
FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=65536)
def _significant_digits(surface: str) -> int:
    """Significant digits of the first number written in digits: "9,250" 3, "9,500" 2,
    "5.25%" 3, "5 billion" 1, "Twelve" 0 (words say nothing of their rounding)."""
    return len(_significant_digit_run(surface))


# ... and at least this share of one unit of its last significant digit (p11): more than
# the half unit of its own rounding, so that two figures one unit apart in the last digit
# they write overlap ("46" 45.25..46.75 / "45 micrograms" 44.25..45.75: one reading
# rounded or taken a moment apart), less than a unit, so that two units apart do not
# ("1.2 miles" / "about one mile"; "54%" / "52%").
LAST_DIGIT_SHARE = 0.75


def _tolerance(q: Quantity, tolerance: float) -> float:
    """For a figure of two or more significant digits, the larger of `PRECISE_TOLERANCE`
    and `LAST_DIGIT_SHARE` of a unit of its last digit ("46" by 1.6%, "12" by 6.25%, more
    than a figure of one digit: "12" and "13" are one unit apart, "9,250" by 1%)."""
    digits = _significant_digit_run(q.surface)
    if len(digits) >= 2:
        return max(min(tolerance, PRECISE_TOLERANCE), LAST_DIGIT_SHARE / int(digits))
    return tolerance


@lru_cache(maxsize=65536)
def _significant_digit_run(surface: str) -> str:
    """The significant digits of the first number written in digits ("9,250" -> "925",
    "0.45" -> "45"), as `_significant_digits` counts them."""
    m = FIRST_NUMBER.search(surface)
    if not m:
        return ""
    number = m.group(0).replace(",", "")
    digits = number.replace(".", "").lstrip("0")
    return digits if "." in number else digits.rstrip("0")


def interval(q: Quantity, tolerance: float) -> tuple[float, float] | None:
    """The values the wording allows, widened by the rounding tolerance; None if unknown.

    A None bound is an open side ("over $5" has no high); a figure with neither bound set
    is taken as exactly its value. An upper bound of conflict_reach_words.txt ("as many as
    900") claims the figure is reached, not only not passed: at least `REACHED_SHARE` of it.
    """
    if q.low is None and q.high is not None and q.high > 0 and reach_pattern().search(q.surface):
        return q.high * REACHED_SHARE, q.high
    tolerance = _tolerance(q, tolerance)
    if q.low is None and q.high is None:
        if q.value is None:
            return None
        low = high = q.value
    else:
        low = q.low if q.low is not None else float("-inf")
        high = q.high if q.high is not None else float("inf")
        if QUALIFIED.search(q.surface) and low < high:
            # "about 2,000" already allows 1,800..2,200: widening it again makes "about
            # 2,000" and "about 2,500" agree.
            return low, high
        if q.value is not None and q.low is not None and q.high is not None and low <= q.value <= high:
            # "£640 million" is read as 635..645 million, rounding to its last digit; the
            # tolerance absorbs that rounding too, so the two are not added ("nine" and
            # "11" do not overlap).
            return (min(low, q.value - abs(q.value) * tolerance),
                    max(high, q.value + abs(q.value) * tolerance))
    return low - abs(low) * tolerance, high + abs(high) * tolerance


def _overlap(ia: tuple[float, float], ib: tuple[float, float]) -> bool:
    """Intervals that share more than an edge: "six" (5.5..6.5) and "five" (4.5..5.5)
    only touch where each is rounded, and are two different counts."""
    return ia[0] < ib[1] and ib[0] < ia[1] or ia == ib


def measure_stems(q: Quantity) -> frozenset[str]:
    """Stems of the measure, each widened to its synonym group ("staff" ~ "workers")."""
    return _widen(topic_stems(q.measure or ""))


def _widen(stems: Iterable[str]) -> frozenset[str]:
    groups = measure_synonyms()
    return frozenset(g for s in stems for g in groups.get(s, (s,)))


def measure_head(q: Quantity) -> frozenset[str]:
    """The stem of the thing a measure counts: the last word before its first preposition
    ("relief fund for farmer" -> fund), or after it when the first part only frames the
    count ("number of confirmed case" -> case)."""
    parts = [p.split() for p in MEASURE_PREPOSITION.split(q.measure or "") if p.split()]
    for words in parts:
        head = words[-1].lower()
        if head not in measure_frames():
            return topic_stems(head)
    return frozenset()


def convert(q: Quantity, unit: str) -> tuple[float | None, float | None, float | None] | None:
    """(value, low, high) of q in `unit` ("about four hours" in minutes), via pint; None
    when the units are not of one dimension."""
    if q.unit == unit:
        return q.value, q.low, q.high
    if (q.unit, unit) in SHARE_FACTORS:  # "one in five" is 20%
        factor = SHARE_FACTORS[(q.unit, unit)]
        return tuple(None if v is None else v * factor for v in (q.value, q.low, q.high))
    if q.unit in PLAIN_UNITS or unit in PLAIN_UNITS:
        return None  # pint would happily turn a percentage into a count: both are numbers
    try:
        factor = registry().Quantity(1, q.unit).to(unit).magnitude
    except Exception:  # pint raises several kinds for unknown or incompatible units
        return None
    scale = lambda v: None if v is None else v * factor  # noqa: E731
    return scale(q.value), scale(q.low), scale(q.high)


@cache
def rise_nouns() -> frozenset[str]:
    """Nouns of claims/data/conflict_rise_nouns.txt: a percentage of them is a rise."""
    return frozenset(stem(w) for w in data_lines("conflict_rise_nouns.txt"))


def _kind(q: Quantity) -> QuantityKind | None:
    """The figure's kind; a percentage whose measure ends in a noun of
    conflict_rise_nouns.txt ("the company's 3.5% offer") is a rise offered, a change."""
    if (q.kind is QuantityKind.AMOUNT and q.unit == "percent" and q.measure
            and stem(q.measure.split()[-1].lower()) in rise_nouns()):
        return QuantityKind.CHANGE
    return q.kind


def _converted(qa: Quantity, qb: Quantity) -> Quantity | None:
    """qb in qa's unit, if the two are of one rate, kind and dimension."""
    if qa.value is None or qb.value is None or QuantityKind.VAGUE in (qa.kind, qb.kind):
        return None
    if not _same_rate(qa.per, qb.per) or _kind(qa) != _kind(qb) or not qa.unit or not qb.unit:
        return None
    converted = convert(qb, qa.unit)
    if converted is None:
        return None
    value, low, high = converted
    return qb.model_copy(update={"value": value, "low": low, "high": high, "unit": qa.unit})


def _same_rate(a: str | None, b: str | None) -> bool:
    """Two figures' `per` name one rate: equal, or one base written with no population ("51
    per 100,000", per "100000") and the other with one ("32 per 100,000 children"): a bare
    base leaves the population to the story, as the other names it."""
    if (a or "") == (b or ""):
        return True
    if not a or not b:
        return False
    number_a, _, named_a = a.partition(" ")
    number_b, _, named_b = b.partition(" ")
    return number_a.isdigit() and number_a == number_b and not (named_a and named_b)


def rate_base(per: str | None) -> str | None:
    """The number a rate is counted against ("100000" of "100000 person"), None for a rate
    per unit of time or thing ("year", "person") or no rate: a rate per 100,000 is rare in a
    story, and its base is the cheapest key its restatements share."""
    number = (per or "").partition(" ")[0]
    return number if number.isdigit() and int(number) >= 10 else None


_UNSET = object()


class _Facts:
    """Per claim and per figure words the numeric rule reads for every pair they are in,
    computed once (keyed by object identity: the objects live for the whole run). A figure's
    facts are keyed by its claim too: claims of one sentence may share the figure object,
    and what it is about depends on who says it."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int, int, bool], object] = {}

    def _get(self, kind: str, obj: object, make, flag: bool = False, claim: Claim | None = None):
        key = (kind, id(obj), id(claim), flag)
        found = self._cache.get(key, _UNSET)
        if found is _UNSET:
            found = self._cache[key] = make()
        return found

    def years(self, c: Claim, published: date | None = None) -> frozenset[str]:
        return self._get("years", c, lambda: _sentence_years(c, published))

    def text(self, c: Claim) -> frozenset[str]:
        return self._get("text", c, lambda: topic_stems(c.text))

    def measure(self, q: Quantity, c: Claim | None = None) -> frozenset[str]:
        """The figure's measure; for a figure without one, what the claim says it is the
        number of ("the real number of new maths teachers was closer to 600")."""
        if c is None:
            return self._get("measure", q, lambda: measure_stems(q))
        if q.measure:
            return self._get("measure", q, lambda: measure_stems(q) | _widen(_put_at(q, c)), claim=c)
        return self._get("measure", q, lambda: _widen(_number_of(q, c) | _put_at(q, c)), claim=c)

    def head(self, q: Quantity) -> frozenset[str]:
        return self._get("head", q, lambda: _widen(measure_head(q)))

    def frame(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("frame", q, lambda: _frame(q, c), claim=c)

    def scope(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("scope", q, lambda: _scope(q, c), claim=c)

    def moment(self, q: Quantity, c: Claim) -> str:
        return self._get("moment", q, lambda: _moment(q, c), claim=c)

    def total(self, q: Quantity, c: Claim) -> bool:
        return self._get("total", q, lambda: _total(q, c), claim=c)

    def own_text(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("own text", q, lambda: _stems_apart_from_other_figures(q, c), claim=c)

    def compared(self, c: Claim) -> bool:
        return self._get("compared", c, lambda: bool(figure_comparison_pattern().search(c.text)))

    def stock(self, q: Quantity, c: Claim) -> bool:
        return self._get("stock", q, lambda: _is_stock(q, c), claim=c)

    def act(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("act", q, lambda: _act_before(q, c), claim=c)

    def period(self, q: Quantity, c: Claim) -> str | None:
        return self._get("period", q, lambda: _period(q, c), claim=c)

    def year_before(self, q: Quantity, c: Claim) -> str | None:
        return self._get("year_before", q, lambda: _year_before(q, c), claim=c)

    def entities(self, q: Quantity, c: Claim, keep_sources: bool = False) -> set[str]:
        return self._get("entities", q, lambda: _entity_words(q, c, keep_sources), keep_sources, c)

    def events(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("events", q, lambda: figure_events(q, c), claim=c)

    def gain_or_loss(self, q: Quantity, c: Claim) -> int:
        return self._get("gain or loss", q, lambda: gain_or_loss(q, c), claim=c)

    def provided_or_used(self, q: Quantity, c: Claim) -> int:
        return self._get("provided or used", q, lambda: provided_or_used(q, c), claim=c)

    def circumstances(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("circumstances", q, lambda: circumstantial_events(q, c), claim=c)

    def role(self, q: Quantity, c: Claim) -> tuple[bool, bool, bool, bool, bool]:
        """(a target, an increment, denied or rejected, a count of sources, an interval):
        figures of different roles are not compared."""
        return self._get("role", q, lambda: (is_target(q, c), is_increment(q, c),
                                             is_negated(q, c) or is_rejected(q, c),
                                             counts_sources(q, c), is_interval(q, c)), claim=c)

    def whole(self, q: Quantity, c: Claim) -> Quantity | None:
        return self._get("whole", q, lambda: whole_of(q, c), claim=c)

    def day(self, q: Quantity, c: Claim, published: date) -> date | None:
        return self._get("day", q, lambda: _figure_day(q, c, published), claim=c)

    def singled_out(self, q: Quantity, c: Claim) -> bool:
        return self._get("singled out", q, lambda: _singled_out(q, c), claim=c)

    def change(self, q: Quantity, c: Claim) -> bool:
        return self._get("change", q, lambda: _is_change(q, c), claim=c)

    def baseline(self, q: Quantity, c: Claim) -> bool:
        return self._get("baseline", q, lambda: _is_baseline(q, c), claim=c)


def _figure_day(q: Quantity, claim: Claim, published: date) -> date | None:
    """The day the figure's own clause dates it to after the figure ("reached 41C in the
    area on Tuesday"; not "said on Thursday that ... 71%", the day it was said), the latest
    such weekday up to the article's date; None when it names none."""
    clause = clause_around(q, claim)
    m = ON_WEEKDAY.search(clause, clause.find(q.surface) + len(q.surface))
    if not m:
        return None
    return published - timedelta(days=(published.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7)


# "joined Friday's march", "in Sunday's race": the day of the event the figure counts,
# named as the event's own (p19).
WEEKDAY_EVENT = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")['’]s\s+[a-z]", re.IGNORECASE)


def _event_day(q: Quantity, claim: Claim, published: date) -> date | None:
    """The day the figure's own clause names, after the figure, as its event's ("joined
    Friday's march"): the latest such weekday up to the article's date; None when none."""
    clause = clause_around(q, claim)
    m = WEEKDAY_EVENT.search(clause, clause.find(q.surface) + len(q.surface))
    if not m:
        return None
    return published - timedelta(days=(published.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7)


def _dated_after_other_article(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """One figure's clause names its event by a day ("About 600 people joined Friday's
    march") after the other's article was published ("Police put the crowd at about
    4,000", Thursday's paper): the other cannot be telling of that event; two protests,
    races or counts of one story, not two counts of one. Only the event named by its day:
    a figure's "on Friday" as well cost two closed-set conflicts (p19)."""
    for q, ref, other_ref in ((qa, a, b), (qb, b, a)):
        if ref.published is None or other_ref.published is None or ref.published <= other_ref.published:
            continue
        day = _event_day(q, ref.claim, ref.published)
        if day is not None and day > other_ref.published:
            return True
    return False


def _named_days_differ(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """Both figures' own clauses name a day, and not the same day: "temperatures reached
    41C on Tuesday" and "could reach 38C on Thursday" are figures of two days (n9)."""
    if a.published is None or b.published is None:
        return False
    day_a, day_b = facts.day(qa, a.claim, a.published), facts.day(qb, b.claim, b.published)
    return day_a is not None and day_b is not None and day_a != day_b


# "up from 58%", "down from about 1,200", "compared with 4.1%": the figure a change is
# measured from, an earlier value, not a rival of the figure now (n9).
BASELINE_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from|compared\s+(?:with|to))\s+"
    r"(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than)\s+)*$",
    re.IGNORECASE)


# "were down by roughly 300,000", "rose 8%", "fell by 9%": the figure is a change, not
# the level it changed; "rose to 12" is the level. Verbs that also name an act done to a
# count ("cut 300 jobs", "reduced its staff by 40") are left out: those figures count the
# act (p11).
CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|increased|decreased|dropped|"
    r"declined|grew|grown|climbed|jumped|slumped|dipped)\s+(?:by\s+)?"
    r"(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than)\s+)*$",
    re.IGNORECASE)


def _is_change(q: Quantity, claim: Claim) -> bool:
    """The figure is the size of a change ("down by roughly 300,000"): only compared with
    another change, not with the level ("normally carries about 450,000") (p11)."""
    return bool(CHANGE_BEFORE.search(_before_figure(q, claim, 40)))


def _is_baseline(q: Quantity, claim: Claim) -> bool:
    return bool(BASELINE_BEFORE.search(_before_figure(q, claim, 40)))


@memoised_per_text
def _capitalised_stems(sentence: str) -> frozenset[str]:
    """Stems of the words a sentence writes capitalised, but for its first word and words
    it also writes in lower case: its names."""
    words = re.findall(r"[\w'’-]+", sentence)
    lower = {w.lower() for w in words if w[:1].islower()}
    return frozenset(s for k, w in enumerate(words) if k > 0 and w[:1].isupper() and w.lower() not in lower
                     for s in topic_stems(w))


def _same_measure(qa: Quantity, a: Claim, qb: Quantity, b: Claim, matter: float, facts: _Facts,
                  outlets: frozenset[str] = frozenset()) -> bool:
    """Whether two figures of one unit and rate measure the same thing: their measures
    share a stem (or synonym); or the head of one measure is named in the other claim's
    words (for counts, of which a story has many: each in the other's), or the two
    sentences share most rare words; or their clauses name one event ("evacuated" / "forced
    from their homes"). Figures naming disjoint entities or events, stating different
    scopes ("worldwide"), or playing different roles (a target, an increment, a part
    against its whole) are not comparable."""
    if facts.role(qa, a) != facts.role(qb, b) or _part_against_whole(qa, a, qb, b, facts):
        return False
    if _part_of_named_group(qa, a, qb, b, facts) or _other_sides(qa, a, qb, b):
        return False
    if facts.baseline(qa, a) != facts.baseline(qb, b) or facts.change(qa, a) != facts.change(qb, b):
        return False
    if _extreme(qa, facts) != _extreme(qb, facts) or _answers_the_part(qa, a, qb, b, facts):
        return False
    if facts.singled_out(qa, a) != facts.singled_out(qb, b):
        return False
    if facts.gain_or_loss(qa, a) * facts.gain_or_loss(qb, b) < 0:  # "create 150 jobs" / "cost 650 jobs"
        return False
    if facts.provided_or_used(qa, a) * facts.provided_or_used(qb, b) < 0:  # "set aside £2.4m" / "spent £900,000"
        return False
    events_a, events_b = facts.events(qa, a), facts.events(qb, b)
    if events_a and events_b and events_a.isdisjoint(events_b):
        return False
    ma, mb = facts.measure(qa, a), facts.measure(qb, b)
    shared = ma & mb
    # (c9) A "measure" that is only a name ("the £35 million Kessington paid" / "Kessington
    # agreed a fee of £42m") says who, not what is measured: it ties no two figures.
    if shared and shared <= _capitalised_stems(a.sentence) & _capitalised_stems(b.sentence):
        shared = frozenset()
    if shared and _met_through_a_third(qa, a, qb, b):
        shared = frozenset()
    # (n20) An event ties two figures only when it is the act of both, or the circumstance
    # of both: "700 nurses walked out" and "610 procedures were postponed during the
    # walkout" name the strike in two relations.
    met_events = frozenset(e for e in events_a & events_b
                           if (e in facts.circumstances(qa, a)) == (e in facts.circumstances(qb, b)))
    same_measure = bool(shared) or bool(met_events)
    if same_measure and not met_events and bool(events_a) != bool(events_b) and _only_synonyms(qa, a, qb, b):
        # "the crowd at 12,000" / "80 protesters were arrested": measures met only through
        # a synonym, one of them counting those an event befell, are a whole and a part (n9).
        return False
    if same_measure and rate_base(qa.per) and _subgroup_met_apart(qa, a, qb, b, facts):
        return False
    if not same_measure:
        # The measured thing itself (the head of "relief fund for farmers" is "fund"), in
        # the other claim's own words: its sentence may hold other figures and measures.
        # A story has many counts: theirs must share the measure itself, or each claim's
        # own words name the other's ("recorded 2,340 burglaries" / "burglaries recorded
        # by police ... at 3,100"); a sentence holding other figures is not enough.
        if qa.unit != "count":
            # (a name read as the measured thing, "Kessington", names nothing measured)
            same_measure = (bool((facts.head(qa) - _capitalised_stems(a.sentence)) & facts.own_text(qb, b))
                            or bool((facts.head(qb) - _capitalised_stems(b.sentence)) & facts.own_text(qa, a))
                            or (matter >= COMPARED_MATTER and not _measured_apart(qa, a, qb, b, facts)))
        else:
            # ... or one measure names the act the other figure counts ("evicted 6,400
            # households" / "3,800 evictions": the verb right before the figure).
            same_measure = (bool(ma & facts.text(b)) and bool(mb & facts.text(a))
                            or bool(mb & facts.act(qa, a)) or bool(ma & facts.act(qb, b))
                            or _head_named_across(qa, a, qb, b, matter, facts))
        # "just under 24,000, far below the club's figure": a figure set against another's
        # measures what the other does, when the two sentences are about one matter.
        same_measure = same_measure or (matter >= COMPARED_MATTER and (facts.compared(a) or facts.compared(b)))
    # A measure read from "the number of X was" is loose: the other figure's own head must
    # be named in that claim too ("38,000 teaching posts" is not a number of teachers).
    for q, this, loose in ((qa, b, qb), (qb, a, qa)):
        if q.measure and not loose.measure and facts.measure(loose, this):
            same_measure = same_measure and bool(facts.head(q) & facts.text(this))
    if not same_measure or (facts.scope(qa, a) != facts.scope(qb, b) and not _wider_count_below(qa, a, qb, b, facts)
                            and not _lists_its_part(qa, a, qb, b, facts)):
        return False
    if _opening_area_unnamed(qa, a, qb, b):
        return False
    if facts.total(qa, a) != facts.total(qb, b) and not _part_exceeds_total(qa, a, qb, b, facts):
        return False
    if facts.moment(qa, a) != facts.moment(qb, b):
        return False
    if facts.stock(qa, a) != facts.stock(qb, b):
        return False
    pa, pb = facts.period(qa, a), facts.period(qb, b)
    if pa and pb and pa != pb and _period_grain(pa) == _period_grain(pb) and not _year_two_ways(pa, pb):
        return False
    return not _about_other_entities(qa, a, qb, b, facts, outlets)


INCLUDING_SCOPE = frozenset({"including"})
EXCLUDING_SCOPE = frozenset({"excluding", "not including", "not counting"})
# How near the figure its "including" must be to say what the figure counts ("at 170,000,
# including conversions"; not "1,150 residents were evacuated from villages including ...").
WIDER_REACH_CHARS = 30


# The hedges a figure may carry right after the verb or preposition that takes it.
FIGURE_HEDGES = r"about|around|roughly|some|nearly|almost|up\s+to|more\s+than|at\s+least|only|just|as\s+many\s+as"
SCOPED_OBJECT = re.compile(rf"\b(?:includ|exclud|not\s+including|not\s+counting)\w*\s+(?:(?:{FIGURE_HEDGES})\s+)*$",
                           re.IGNORECASE)


SHARE_UNITS = frozenset({"percent", "percentage_point", "fraction", "ratio", "times"})


def _adds_up(q: Quantity) -> bool:
    """A figure that is the sum of its parts: no share, ratio or rate."""
    return q.unit is not None and q.unit not in SHARE_UNITS and q.per is None


def _wider_count_below(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(m19) Scopes that differ only by what one figure includes ("at 170,000, including
    conversions" / "210,000 new homes were completed") or leaves out: the including figure
    counts all the other does and more, the excluding one less. An including figure below
    the other (or an excluding one above it) cannot both be right, whatever else it counts:
    a conflict, not two measures. The other way round they may both hold. Only for
    figures that add up (counts, sums, lengths): a rate or share leaving something out
    ("core inflation, which excludes food and energy, was 4.1%") may be above or below."""
    sa, sb = facts.scope(qa, a), facts.scope(qb, b)
    if (sa and sb) or not (_adds_up(qa) and _adds_up(qb)):
        return False
    (scoped, this), plain = ((qa, a), qb) if sa else ((qb, b), qa)
    words = _scope_near(scoped, this)
    if SCOPED_OBJECT.search(_before_figure(scoped, this, 40)):
        return False  # "including 300 in Wales": the figure is the part included
    other = _converted(scoped, plain)
    if other is None or other.value is None or scoped.value is None:
        return False
    if words and words <= INCLUDING_SCOPE:
        return scoped.value < other.value
    if words and words <= EXCLUDING_SCOPE:
        return scoped.value > other.value
    return False


# (n20) The words between a figure and the later figure its own "including" lists as a part
# of it ("4,000 outpatient appointments were moved, including 300 cancer clinic slots").
LISTED_PART_BETWEEN = re.compile(rf"^[^;:.()\"“”]{{0,60}}?\s+including\s+(?:(?:{FIGURE_HEDGES})\s+)*$",
                                 re.IGNORECASE)


def _listed_part(q: Quantity, claim: Claim) -> Quantity | None:
    """(n20) The figure right after `q` in its claim, when `q`'s own "including" names it
    as a part of what `q` counts ("Nine residents were rescued, including two children")."""
    later = sorted((o for o in claim.quantities if o is not q and o.start_char >= q.end_char and o.value is not None),
                   key=lambda o: o.start_char)
    if not later:
        return None
    between = claim.text[q.end_char - claim.start_char:later[0].start_char - claim.start_char]
    return later[0] if LISTED_PART_BETWEEN.match(between) else None


def _lists_its_part(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(n20) Scopes that differ only by an "including" that lists a counted part of one
    figure ("More than 4,000 appointments were moved, including 300 cancer clinic slots" /
    "Some 1,900 appointments had to be rescheduled"): the "including" details what the
    figure counts, it does not widen it, and the other outlet's plain figure counts the same
    whole (it says nothing of leaving the part out). Only for figures that add up. The figure
    after "including" is the part itself and keeps its scope, and a figure of what the part
    counts ("Nine children were injured" against "Forty people were injured, including 12
    children") is a rival of the part, not of the whole."""
    sa, sb = facts.scope(qa, a), facts.scope(qb, b)
    if (sa and sb) or not (sa | sb) <= INCLUDING_SCOPE or not (_adds_up(qa) and _adds_up(qb)):
        return False
    (whole, this), (plain, other_claim) = ((qa, a), (qb, b)) if sa else ((qb, b), (qa, a))
    part = _listed_part(whole, this)
    if part is None or not _adds_up(part):
        return False
    # "Nine children" counts what "12 children" does; "2,100 jobs" not only "contractor posts".
    counted = topic_stems(part.measure or "")
    return not (counted and counted <= facts.measure(plain, other_claim))


def _scope_near(q: Quantity, claim: Claim) -> frozenset[str]:
    """The scope words within `WIDER_REACH_CHARS` of the figure, each side."""
    window, _ = _around_figure(q, claim, WIDER_REACH_CHARS)
    return frozenset(m.group(0).lower() for m in scope_pattern().finditer(window))


def _around_figure(q: Quantity, claim: Claim, reach: int) -> tuple[str, int]:
    """The claim's text within `reach` characters of the figure, each side, and where in it
    the figure starts."""
    lo = max(q.start_char - claim.start_char - reach, 0)
    hi = max(q.end_char - claim.start_char + reach, 0)
    return claim.text[lo:hi], q.start_char - claim.start_char - lo


def _year_two_ways(pa: str, pb: str) -> bool:
    """(g11) One period a year relative to its article ("last year") and the other a year
    by number ("in 2024"): only the articles' dates tell whether they are one year, and
    `_same_time_frame`, which reads them, has already found the two sentences' years agree."""
    relative = [bool(RELATIVE_YEAR.fullmatch(p)) for p in (pa, pb)]
    written = [bool(re.fullmatch(r"(?:19|20)\d{2}", p)) for p in (pa, pb)]
    return (relative[0] and written[1]) or (relative[1] and written[0])


def _met_through_a_third(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(n20) The two measures as written share no stem and no synonym group holds a word of
    each: they met only through a word of two groups ("visitors" and "protesters" are both
    a "crowd" in their own groups, not one another's), which `measure_synonyms` says groups
    are not joined by."""
    raw_a = topic_stems(qa.measure) if qa.measure else _number_of(qa, a)
    raw_b = topic_stems(qb.measure) if qb.measure else _number_of(qb, b)
    if not (raw_a and raw_b) or not raw_a.isdisjoint(raw_b):
        return False
    groups = measure_synonyms()
    return not any(raw_b & set(groups.get(s, ())) for s in raw_a)


def _only_synonyms(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """Both figures name their measure and the two share no stem but through a synonym group."""
    raw_a = topic_stems(qa.measure) if qa.measure else _number_of(qa, a)
    raw_b = topic_stems(qb.measure) if qb.measure else _number_of(qb, b)
    return bool(raw_a and raw_b) and raw_a.isdisjoint(raw_b)


def _subgroup_met_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(g11) Counts whose measures share no word, one of which qualifies its counted thing
    by a word the other claim does not say ("infant mortality" / "neonatal deaths" per
    1,000 births, "1,150 jobs" / "about 250 agency workers"): a group within the whole,
    not another count of it. Asked of rates per 100,000 only: counts met through shared
    words or an event keep their own tests ("412 of its members joined the stoppage" /
    "250 hospital porters staged a walkout" are one strike; a test of every count cost a
    real conflict on a closed set). Only the qualifiers the figure's own sentence says: a
    measure restated from the sentence before ("That is a rate of ...") is not qualified by
    words it does not say."""
    if qa.unit != "count" or qb.unit != "count" or not _only_synonyms(qa, a, qb, b):
        return False
    return any(not _said_in(m, facts.text(other)) for q, this, other in ((qa, a, b), (qb, b, a))
               for m in _modifiers(q) & topic_stems(this.sentence))


def _modifiers(q: Quantity) -> frozenset[str]:
    """Stems of the words before the head of the figure's measure ("neonatal" of "neonatal
    death"), none for a measure of one word."""
    if not q.measure:
        return frozenset()
    first = MEASURE_PREPOSITION.split(q.measure)[0].split()
    return topic_stems(" ".join(first[:-1])) if len(first) > 1 else frozenset()


def _said_in(word: str, stems: frozenset[str]) -> bool:
    """The stem, or one differing only in its last letter ("knif" / "kniv": the crude stem
    does not join "knife" and "knives"), is among `stems`."""
    return word in stems or (len(word) >= 4 and any(len(s) == len(word) and s[:-1] == word[:-1] for s in stems))


@cache
def extreme_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in data_lines("conflict_extreme_words.txt"))


def _extreme(q: Quantity, facts: _Facts) -> bool:
    """The figure's measure names the extreme of a series ("peak annual sales"): it is
    not the figure of one year of it."""
    return not facts.measure(q).isdisjoint(extreme_stems())


@cache
def singled_out_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data_lines("conflict_superlatives.txt"))
    return re.compile(rf"\b(?:the|its|their)\s+(?:single\s+)?(?:{words})\b", re.IGNORECASE)


# "At the largest farm, ...", "In the worst-hit district, ...": a phrase opening the
# sentence sets where all of it holds.
OPENING_PHRASE = re.compile(r"^[\W_]*(?:at|in|on|among|for)\s+[^,;:]{1,60},", re.IGNORECASE)


def _singled_out(q: Quantity, claim: Claim) -> bool:
    """The figure's own clause, or a phrase opening its sentence before it, singles out
    one member or point of a series with a superlative ("At the largest farm, 95,000
    birds", "25 metres at its worst point"): the figure of that member is not a rival of
    the whole's or the average's (p11)."""
    start, _ = _sentence_offsets(q, claim)
    opening = OPENING_PHRASE.match(claim.sentence)
    scope = clause_around(q, claim) + (" " + opening.group(0) if opening and opening.end() <= start else "")
    return bool(singled_out_pattern().search(scope))


def _answers_the_part(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """One figure is the stated whole of a part in its sentence ("more than 120 of the 300
    homes") and the other agrees with that part ("about 120 homes are affected"): it
    answers the part, not the whole."""
    for whole, claim, other in ((qa, a, qb), (qb, b, qa)):
        for part in claim.quantities:
            if part is whole or facts.whole(part, claim) is not whole:
                continue
            converted = _converted(part, other)
            ip, io = interval(part, WHOLE_TOLERANCE), interval(converted, WHOLE_TOLERANCE) if converted else None
            if ip is not None and io is not None and _overlap(ip, io):
                return True
    return False


def _part_against_whole(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """One figure is part of a stated whole ("14 of the 300 homes") and the other is that
    whole's value ("300 homes")."""
    for part, claim, other in ((qa, a, qb), (qb, b, qa)):
        whole = facts.whole(part, claim)
        if whole is None or whole.value is None or other.value is None:
            continue
        converted = _converted(other, whole)
        if converted is not None and abs(converted.value - other.value) <= WHOLE_TOLERANCE * abs(other.value):
            return True
    return False


# "Twelve of the injured", "some of those evacuated": a figure followed by "of the" and a
# group named without a figure is a part of that group (n10). A possessive ("2.3 million
# of its customers") names an owner's whole population, which the other figure may count
# too: not a part.
PARTITIVE_AFTER = re.compile(r"^\s+of\s+(?:the|those|these)\s+"
                             r"((?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)")


# "two of them", "three of whom": a part of a group named before, whatever it is.
PARTITIVE_PRONOUN = re.compile(r"^\s+of\s+(?:them|whom|which)\b")
ANY_GROUP = frozenset({"*"})


def _partitive_group(q: Quantity, claim: Claim) -> frozenset[str]:
    """Stems of the group a figure is a part of when its sentence names the group with
    no figure ("Twelve of the injured were taken to hospital" -> injur), `ANY_GROUP` for
    a pronoun ("two of them"); empty otherwise."""
    _, end = _sentence_offsets(q, claim)
    after = claim.sentence[max(end, 0):max(end, 0) + 60]
    if PARTITIVE_PRONOUN.match(after):
        return ANY_GROUP
    m = PARTITIVE_AFTER.match(after)
    if not m or YEAR.search(m.group(1)):
        return frozenset()
    return topic_stems(m.group(1))


def _part_of_named_group(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(n10) One figure is a part of a group its sentence names ("Twelve of the injured
    were taken to hospital") and the other counts that group itself ("62 people were
    injured"): a part against its whole, though no figure states the whole. Two parts of
    one group ("1,400 of the dockworkers" / "2,000 of the dockworkers") still compare.
    Two shares are never a part and its whole (n19): "58% voting against" is a share of the
    votes as much as "Of the votes cast, 52% ..." or "52% of the votes" is."""
    if qa.unit == qb.unit == "percent":
        return False
    ga, gb = _partitive_group(qa, a), _partitive_group(qb, b)
    if bool(ga) == bool(gb):
        return False
    group, part, part_claim, other, other_claim = (ga, qa, a, qb, b) if ga else (gb, qb, b, qa, a)
    if group == ANY_GROUP:
        # ... unless the other figure counts the part's own act ("340 runners, 18 of whom
        # were taken to hospital" / "took 41 runners to hospital"): then it is a rival of
        # the part (p11).
        return facts.events(part, part_claim).isdisjoint(facts.events(other, other_claim))
    counted = facts.measure(other, other_claim) | facts.events(other, other_claim)
    # The part's own measure is the group's word as the parser lemmatised it ("Nine of the
    # children" counts "child"; the stems of the text keep "children") (p11).
    group = _widen(group) | facts.measure(part, part_claim)
    return not group.isdisjoint(counted | frozenset(s for e in counted for s in topic_stems(e)))


# (n19) The side of a vote a share took, in its own clause after it: "52% were against the
# scheme", "39% voted in favour", "41% voting for".
VOTE_SIDE = re.compile(r"^[^,;.]{0,40}?\b(?:(?P<against>against)|(?P<for>in\s+favou?r|vot(?:ed|ing|es?)\s+for))\b",
                       re.IGNORECASE)


def _vote_side(q: Quantity, claim: Claim) -> str | None:
    """'against' or 'for' when the clause right after a share says which side it voted."""
    if q.unit != "percent":
        return None
    _, end = _sentence_offsets(q, claim)
    m = VOTE_SIDE.match(claim.sentence[max(end, 0):max(end, 0) + 60])
    return None if m is None else ("against" if m.group("against") else "for")


def _other_sides(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(n19) Shares of one vote taken by its two sides ("61% of the votes were against it" /
    "39% were in favour") are the two parts of one whole, not rival figures."""
    sa, sb = _vote_side(qa, a), _vote_side(qb, b)
    return sa is not None and sb is not None and sa != sb


def _part_exceeds_total(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """Of a figure stated as a total ("143 rejected in total") and one that is not ("as
    many as 900 wrongly rejected"), the second is larger than the first: a part cannot
    exceed its whole. A smaller one may be a part of it, and is no conflict."""
    total, other = (qa, qb) if facts.total(qa, a) else (qb, qa)
    total_claim, other_claim = (a, b) if total is qa else (b, a)
    if any(not _said_in(m, facts.text(other_claim)) for m in _modifiers(total) & topic_stems(total_claim.sentence)):
        # (u18) A total of a group the other claim does not name ("231 postal ballots
        # were rejected in total" / "1,106 ballots were rejected"): it bounds that group
        # only, and the larger figure may be the whole the group is part of.
        return False
    converted = _converted(total, other)
    if converted is None:
        return False
    whole = total.high if total.high is not None else total.value
    part = converted.low if converted.low is not None else converted.value
    return whole is not None and part is not None and part > whole


def _total(q: Quantity, claim: Claim) -> bool:
    """A word of conflict_total_words.txt next to the figure."""
    lo = max(q.start_char - claim.start_char - SCOPE_REACH_CHARS, 0)
    hi = max(q.end_char - claim.start_char + SCOPE_REACH_CHARS, 0)
    return bool(total_pattern().search(claim.text[lo:hi]))


# (u24) A figure that counts a part of a group its sentence names ("95 of the postponed
# operations", "of which around 1,300 are in temporary accommodation").
PART_AFTER = re.compile(r"^\s+of\s+(?:the|them|those|these|whom|which|its|their|his|her)\b", re.IGNORECASE)
PART_BEFORE = re.compile(rf"\bof\s+(?:which|whom|them|those|these)\s*,?\s*(?:(?:{FIGURE_HEDGES})\s+)*$", re.IGNORECASE)


def _named_part(q: Quantity, claim: Claim) -> bool:
    """(u24) The figure counts a part of a group its sentence names, right after it ("95 of
    the postponed operations", "23 of them") or right before it ("of which around 1,300")."""
    end = _sentence_offsets(q, claim)[1]
    return bool(PART_AFTER.match(claim.sentence[max(end, 0):]) or PART_BEFORE.search(_before_figure(q, claim, 40)))


def _head_named_across(qa: Quantity, a: Claim, qb: Quantity, b: Claim, matter: float, facts: _Facts) -> bool:
    """(u24) Two counts of other articles whose sentences share most rare words (`matter` at
    `COMPARED_MATTER`, the bar at which sums and shares need no shared measure), the head of
    one figure's measure named in the other figure's own words ("Just 620 of them were
    affordable homes" / "Only 410 of the homes approved were classed as affordable"; "found
    mould in 23 of them" / "70 of the block's 120 flats had black mould"): one thing counted,
    worded once in full and once in short. Counts are held to more than sums (a story has
    many): the measure must not be answered by another figure of the other claim
    (`_measured_apart`), the two articles must differ (an article's own sentences name its
    counts in many relations), and both figures or neither must count a named part of a
    group (`_named_part`: "of which around 1,300 are in temporary accommodation" is no
    rival of "Around 9,000 households are on the waiting list")."""
    if matter < COMPARED_MATTER or a.article_id == b.article_id:
        return False
    # The head as written (`measure_head`), not widened by synonyms as `facts.head` is:
    # "households" is no head of "About 600 are in temporary homes".
    heads = ((measure_head(qa) - _capitalised_stems(a.sentence)) & facts.own_text(qb, b)
             or (measure_head(qb) - _capitalised_stems(b.sentence)) & facts.own_text(qa, a))
    return (bool(heads) and not _measured_apart(qa, a, qb, b, facts)
            and _named_part(qa, a) == _named_part(qb, b))


def _measured_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """Both figures name what they measure, neither measure's head is in the other's words
    (apart from other figures), and one claim holds a figure of the other's measure
    ("pre-tax profit fell 5%" in the sentence of "revenue rose 8%"): that is the figure
    the other answers, not this one."""
    if not (qa.measure and qb.measure):
        return False
    return any(facts.head(q1) & facts.text(c2) and not facts.head(q1) & facts.own_text(q2, c2)
               for q1, q2, c2 in ((qa, qb, b), (qb, qa, a)))


# Words of running text, and which of them are figures; the words either side of a figure
# say what it measures ("revenue rose 8%", "profit of £3m").
TEXT_WORD = re.compile(r"[$£€]?[\w'’.,%-]*\w%?")
FIGURE_WORD = re.compile(r"^[$£€]?\d")
FIGURE_WORDS_AROUND = 2


def _stems_apart_from_other_figures(q: Quantity, claim: Claim) -> frozenset[str]:
    """The stems of the claim's text other than the `FIGURE_WORDS_AROUND` words either side
    of figures other than `q` ("revenue rose 8%" in a claim of "pre-tax profit fell 5%"):
    those name what the other figures measure, not what `q` does."""
    start, end = q.start_char - claim.start_char, q.end_char - claim.start_char
    words = list(TEXT_WORD.finditer(claim.text))
    dropped: set[int] = set()
    for k, w in enumerate(words):
        if FIGURE_WORD.match(w.group(0)) and not (w.start() < end and start < w.end()):
            dropped.update(i for i in range(k - FIGURE_WORDS_AROUND, k + FIGURE_WORDS_AROUND + 1)
                           if 0 <= i < len(words) and not (words[i].start() < end and start < words[i].end()))
    return topic_stems(" ".join(w.group(0) for k, w in enumerate(words) if k not in dropped))


def _scope(q: Quantity, claim: Claim) -> frozenset[str]:
    """Scope words written next to a figure ("3 million users worldwide", "148,000 homes,
    excluding conversions"): a figure with a stated scope measures something else than
    one without, or with another."""
    window, figure_at = _around_figure(q, claim, SCOPE_REACH_CHARS)
    return frozenset(m.group(0).lower() for m in scope_pattern().finditer(window)
                     if not _befell_the_counted(m, window) and not _includes_the_figure(m, window[m.end():figure_at], q, claim))


# (m19) The words a verb "include" may have between it and its object figure.
INCLUDED_OBJECT = re.compile(rf"^\s+(?:(?:{FIGURE_HEDGES}|an\s+extra|a\s+further|another)\s+)*$", re.IGNORECASE)
INCLUDE_VERBS = frozenset({"include", "includes", "included"})


def _includes_the_figure(m: re.Match[str], between: str, q: Quantity, claim: Claim) -> bool:
    """(m19) "The scheme would include 700 homes": the figure is what a finite "include"
    takes, the thing counted, not a scope stated beside it ("148,000 homes, including
    conversions", "excluding agency staff"). Not when a figure comes before it in the claim
    ("the 2,000 figure includes 300 agency workers": the included is a part of that one)."""
    if m.group(0).lower() not in INCLUDE_VERBS or not INCLUDED_OBJECT.match(between):
        return False
    return not any(o is not q and o.end_char <= q.start_char for o in claim.quantities)


# (u18) Words after a passive participle that tell why, how or by whom it was done.
PASSIVE_FOLLOWERS = re.compile(r"\s+(?:because|by|from|for|after|over|on|as|due|when|under|at)\b",
                               re.IGNORECASE)


def _befell_the_counted(m: re.Match[str], window: str) -> bool:
    """(u18) A scope verb's participle after the counted noun and before a reason or an
    agent ("600 postal votes excluded because of a misprinted envelope", "were excluded
    by the count") tells what was done to the things counted, an event, not what a figure
    leaves out ("the figure excluded agency staff", "excluding conversions")."""
    return m.group(0).lower().endswith("ed") and bool(PASSIVE_FOLLOWERS.match(window, m.end()))


def _sentence_offsets(q: Quantity, claim: Claim) -> tuple[int, int]:
    return q.start_char - claim.sentence_start, q.end_char - claim.sentence_start


def _before_figure(q: Quantity, claim: Claim, chars: int | None = None) -> str:
    """The claim's sentence before the figure, or only its last `chars` characters: the
    words that say what kind of figure it is ("rose by", "the number of ... was")."""
    start = max(_sentence_offsets(q, claim)[0], 0)
    return claim.sentence[max(start - chars, 0) if chars is not None else 0:start]


def _is_stock(q: Quantity, claim: Claim) -> bool:
    """A figure right after a verb of possession ("has about 9 million customers"), or the
    stated whole of a part ("1,400 of the port's 2,300 registered dockworkers"): the size
    of a whole, which a count of those affected or added is not measured against."""
    before = _before_figure(q, claim, 40)
    return bool(stock_pattern().search(before) or EXISTENTIAL.search(before)) or is_whole(q, claim)


# "There are currently 8,900 households on the list": a figure said to exist is a stock,
# as one after a verb of possession is ("the borough has around 14,000 households") (n9).
EXISTENTIAL = re.compile(r"\bthere\s+(?:are|were|is|was|remain)\s+(?:(?:now|currently|still|already|about|around|"
                         r"roughly|some|nearly|almost|over|more\s+than|fewer\s+than|at\s+least)\s+)*$", re.IGNORECASE)


# The word right before a figure ("evicted 6,400", "recorded 2,340").
WORD_BEFORE = re.compile(r"\b([a-z]{4,})\s+$")


def _act_before(q: Quantity, claim: Claim) -> frozenset[str]:
    """Stem of the lowercase word right before a figure, the act it counts when a verb
    ("evicted 6,400 households"); function words say nothing."""
    m = WORD_BEFORE.search(_before_figure(q, claim, 30))
    if not m or m.group(1) in FUNCTION_WORDS:
        return frozenset()
    return topic_stems(m.group(1))


# "the real number of new maths teachers was closer to": what a figure after it counts.
NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:was|were|is|are|stood|stands|"
                       r"reached|had|has|at|closer|nearer|came)\b", re.IGNORECASE)


def _number_of(q: Quantity, claim: Claim) -> frozenset[str]:
    """Stems of what "the number of X was ..." before a figure with no measure counts."""
    found = list(NUMBER_OF.finditer(_before_figure(q, claim)))
    frames = measure_frame_stems()
    if not found:
        # "Turnout was just over 61 per cent": the subject of the copula right before the
        # figure is what it measures (n9).
        m = COPULA_SUBJECT.search(_before_figure(q, claim, 80))
        if not m:
            return frozenset()
        return frozenset(s for s in topic_stems(m.group(1)) if s not in frames)
    return frozenset(s for s in topic_stems(found[-1].group(1)) if s not in frames)


# "put the total waiting list at some 41,000 patients", "puts the cost at up to £140
# million": the object of an estimating verb before "at" is what the figure measures (n10).
PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimating|priced|prices|pricing|valued|values|valuing|"
    r"placed|places|placing)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[A-Za-z][\w'’-]*\s+){0,3}?"
    r"[a-z][\w'’-]*)\s+at\s+(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|"
    r"less\s+than|fewer\s+than|at\s+least|close\s+to|up\s+to|as\s+much\s+as|as\s+many\s+as)\s+)*$",
    re.IGNORECASE)


def _put_at(q: Quantity, claim: Claim) -> frozenset[str]:
    """(n10) Stems of what an estimating verb right before the figure puts at it ("put the
    total waiting list at some 41,000 patients" -> total, waiting, list), the frames of a
    count ("number", "figure") aside: the figure's measure as much as the noun after it."""
    m = PUT_AT.search(_before_figure(q, claim, 80))
    if not m:
        return frozenset()
    frames = measure_frame_stems()
    return frozenset(s for s in topic_stems(m.group(1)) if s not in frames)


# "Turnout was just over", "the jobless rate stood at": a short lowercase subject (after a
# clause edge or the sentence start) then a copula and at most a qualifier, up to a figure.
COPULA_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:that|and|but)\s+)(?:the\s+|its\s+|their\s+)?((?:[A-Za-z][a-z-]+\s+){0,2}?[a-z-]{4,})"
    r"\s+(?:was|is|were|are|stood\s+at|stands\s+at|came\s+in\s+at|reached)\s+"
    r"(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|close\s+to)\s+)*$")


PERIOD_GRAINS = (
    ("since", re.compile(r"^since\b")),
    ("quarter", re.compile(r"quarter")),
    ("season", re.compile(r"season")),
    ("month", re.compile(rf"month|{MONTHS.lower()}")),
    ("year", re.compile(r"year|\d{4}")),
)


def _period_grain(period: str) -> str:
    """What a period is counted in: "in May" and "last month" are months, "2023" and "this
    year" years. Periods of different grains may hold one another ("last month" of "this
    year") and do not set two figures apart."""
    return next((grain for grain, pattern in PERIOD_GRAINS if pattern.search(period)), period)


def _period(q: Quantity, claim: Claim) -> str | None:
    """The month, quarter or year written just after a figure ("4.6% in May", "7.1% in
    June last year"): two figures of one measure for different periods do not conflict,
    even when their sentences name the same periods elsewhere."""
    _, end = _sentence_offsets(q, claim)
    m = FIGURE_PERIOD.match(claim.sentence[max(end, 0):max(end, 0) + PERIOD_REACH_CHARS])
    return " ".join((m.group(1) or m.group(2)).lower().split()) if m else None


# "and that in 2021 parking income was": a year the figure's own clause opens on (n10).
YEAR_BEFORE = re.compile(r"\b(?:in|during)\s+(?:the\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)
CLAUSE_OPENING = re.compile(r"[;:]|\b(?:that|which|while|but|whereas)\b", re.IGNORECASE)


def _year_before(q: Quantity, claim: Claim) -> str | None:
    """(n10) The year written before a figure in its own clause, with no other figure
    between ("... and that in 2021 parking income was £2.6m"): read by `_one_of_history`
    as a year written after the figure is. A year of an earlier clause dates that clause.
    (Not a period for `_same_measure`: "In 2024 ... completed 610" and "420 ... last year"
    are one year, which only the articles' dates tell.)"""
    start, _ = _sentence_offsets(q, claim)
    lo = max(start - PERIOD_REACH_CHARS, 0)
    for other in claim.quantities:
        o_start, o_end = _sentence_offsets(other, claim)
        if other is not q and o_end <= start:
            # ... and past the period written after that figure ("£2.6 million in 2021").
            own = FIGURE_PERIOD.match(claim.sentence[max(o_end, 0):max(start, 0)])
            lo = max(lo, o_end + (own.end() if own else 0))
    before = claim.sentence[lo:max(start, 0)]
    edges = list(CLAUSE_OPENING.finditer(before))
    if edges:
        before = before[edges[-1].end():]
    found = list(YEAR_BEFORE.finditer(before))
    return found[-1].group(1) if found else None


def _about_other_entities(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts,
                          outlets: frozenset[str] = frozenset()) -> bool:
    """Both figures name who or what they are about, and it is not the same: "Ibsen won
    54%" and "Quill took 41%". The speakers' own names do not count, nor (n10) a name that
    is the figure's own measure ("Turnout was 31%": a sentence-initial measure read as a
    name) or an outlet reporting the story ("documents seen by the Evening Star")."""
    ea = _entities_about(qa, a, facts, outlets)
    eb = _entities_about(qb, b, facts, outlets)
    if not (ea and eb and ea.isdisjoint(eb)):
        return False
    # Entities the two sentences share, even as a source, still tie the figures together;
    # but one official source speaking for both ("the commission said") does not: it
    # gives the figures of several candidates or parties (n9).
    full_a, full_b = facts.entities(qa, a, True), facts.entities(qb, b, True)
    shared = full_a & full_b
    if not shared:
        return True
    return shared <= _speaker_stems(a) & _speaker_stems(b)


def _entities_about(q: Quantity, claim: Claim, facts: _Facts, outlets: frozenset[str]) -> set[str]:
    """(n10) The entity words of a figure less the head of its own measure and the names
    of the outlets of the two articles: neither says whom the figure is about."""
    words = facts.entities(q, claim)
    # Only a name wholly of an outlet's words is the outlet: "Riverton" in a story of the
    # "Riverton Standard" may be the town the figure is about.
    # The measured thing itself (the head: "turnout"), not every word of the measure
    # ("home in ashby" names the town the figure is about).
    drop = set(measure_head(q) if q.measure else _number_of(q, claim))
    for e in q.entities:
        stems = topic_stems(e)
        if stems and stems <= outlets:
            drop |= stems
    return words - drop if words & drop else words


def _outlet_stems(*refs: ClaimRef) -> frozenset[str]:
    """Stems of the outlets' names ("The Rothwell Evening Star" -> rothwell, even, star)."""
    return frozenset(s for r in refs if r.outlet for s in topic_stems(r.outlet))


def _speaker_stems(claim: Claim) -> frozenset[str]:
    return topic_stems(claim.speaker or "")


REASON_CLAUSE = re.compile(r",\s+(?:because|citing)\b", re.IGNORECASE)


def _entity_words(q: Quantity, claim: Claim, keep_sources: bool = False) -> set[str]:
    """Words of the entities a figure is about, leaving out every entity that is its
    source ("St. Aldhelm's Hospital Trust said it had treated 70 cases": the trust is
    who counts, not what is counted), unless `keep_sources`; the speaker's own words
    are left out unless `keep_sources`."""
    speaker = topic_stems(claim.speaker or "")
    voice = _voice_stems(claim)
    # "... at £25 million a day, because cargo was diverted to Saltmouth": names in a
    # reason clause after the figure are not what it is about.
    _, end = _sentence_offsets(q, claim)
    reason = REASON_CLAUSE.search(claim.sentence, max(end, 0))
    outside = claim.sentence[reason.start():] if reason else ""
    words: set[str] = set()
    for e in q.entities:
        if outside and e in outside and e not in claim.sentence[:reason.start()]:
            continue
        stems = topic_stems(e)
        if keep_sources or not _names_match(stems, voice):
            words |= stems
    # A party that speaks for one figure and is named by the other ties them too ("14 of
    # the 300 homes", said the builder / "120 of the builder's homes", said residents).
    return words | speaker if keep_sources else words - speaker


def find_numeric_conflicts(judged: list[_Judged], related: _RelatedClaims, settings: ConflictSettings,
                           stories: _Stories | None = None) -> Iterable[Conflict]:
    return (conflict for conflict, _ in _numeric_conflicts(judged, related, settings, stories))


def _figures_key(qa: Quantity, other: Quantity) -> tuple:
    """The two values in one unit, smaller first: what a numeric conflict of two figures
    asks ("4,200 or 2,100?"), whoever repeats it."""
    return (qa.unit, *sorted((qa.value, other.value)))


def _numeric_conflicts(judged: list[_Judged], related: _RelatedClaims, settings: ConflictSettings,
                       stories: _Stories | None = None) -> Iterable[tuple[Conflict, frozenset[tuple]]]:
    """(conflict, the pairs of figures it sets against each other) of
    find_numeric_conflicts: one conflict per pair of claims, its reason the first pair."""
    with_figures = _with_restated_measures(_with_answered_measures(
        [j for j in judged if any(q.value is not None for q in j.claim.quantities)]))
    by_index = {j.index: j for j in with_figures}
    figure_indices = frozenset(j.index for j in with_figures)
    facts = _Facts()
    # Figures of one measure ("confirmed cases") meet even when their sentences' rarest
    # words are other names: looked up by the measure's rarest stems, capped like the rest.
    # Figures whose clauses name one event ("evacuated") meet that way too.
    # Rates of one base ("per 100,000") meet the same way: their measures are often
    # worded apart ("road deaths" / "fatalities") or only restated ("That is a rate of").
    measures = {j.index: frozenset(s for q in j.claim.quantities
                                   for s in (topic_stems(q.measure) if q.measure else _number_of(q, j.claim))
                                   | _put_at(q, j.claim))
                | frozenset(f"event:{e}" for q in j.claim.quantities for e in facts.events(q, j.claim))
                | frozenset(f"rate:{b}" for q in j.claim.quantities if (b := rate_base(q.per)))
                | frozenset(f"frame:{f}" for q in j.claim.quantities for f in facts.frame(q, j.claim))
                for j in with_figures}
    by_measure = postings([measures[j.index] for j in with_figures], cap=settings.candidate_postings_cap)
    position = [j.index for j in with_figures]
    for a in with_figures:
        rarest = sorted((s for s in measures[a.index]
                         if s in by_measure and s not in measure_frames() and not s.startswith("frame:")),
                        key=lambda s: (len(by_measure[s]), s))[:settings.candidate_stems]
        extra = {position[k] for s in rarest for k in by_measure[s]}
        found = related.of(a, settings.numeric_matter, among=figure_indices, after=a.index, extra=extra,
                           extra_floor=settings.numeric_measure_matter)
        # (g11) ... and, in the story only, sums, durations and shares whose measures are
        # synonyms ("a five-year contract" / "a three-year deal", "the shortfall" / "the
        # gap"), which share no word to be looked up by. Not counts: a story holds many
        # counts, and counts of synonyms are as often two groups ("homes" built /
        # "households" waiting) as one.
        kin = _synonym_candidates(_uncounted_measures(a.claim), by_measure, position, settings.candidate_stems)
        # (n18) ... and sums, shares and durations filling one frame, whatever their measures
        # ("will cost the city $1.9 billion" / "priced the work at $1.2 billion"): only
        # those figures, not the others of the two claims, are then compared.
        framed = _framed_candidates(measures[a.index], by_measure, position, settings.candidate_stems) - kin
        if stories is not None and (extra or kin or framed):
            # Figures of one measure in articles of one story meet whatever else their
            # sentences say ("About 1,800 drivers ... are taking part" / "Some 3,200 drivers
            # walked out"): still only through a shared measure (the loose test below) (n9).
            story = set(stories.related(a.claim.article_id, settings.loose_story))
            if framed:
                # (n18) A frame is a looser tie than a measure: only in articles telling the
                # story closely (`same_story`); articles of one template about other towns
                # share enough loose words.
                close = set(stories.related(a.claim.article_id, settings.same_story))
                framed = {k for k in framed if judged[k].claim.article_id in close}
                kin = kin | framed
            seen = {b.index for _, b in found}
            in_story = {k for k in extra | kin
                        if k > a.index and k not in seen and judged[k].claim.article_id in story}
            if in_story:
                found += related.of(a, 0.0, among=in_story & figure_indices, after=a.index, extra=in_story)
            by_synonym = in_story - extra
            by_frame = by_synonym & framed
        else:
            by_synonym = by_frame = set()
        found = [(m, by_index.get(b.index, b)) for m, b in found]
        a_events = [facts.events(qa, a.claim) for qa in a.claim.quantities]
        for matter, b, by_event in (*((m, b, False) for m, b in found),
                                    *_same_event_in_story(a, found, measures, by_measure, with_figures, related,
                                                          stories, settings)):
            # Below the usual bar, only figures whose measures share a word are compared
            # ("11 patients" / "17 patients", "the cost to the regional economy" / "the
            # losses to the regional economy"), or whose clauses name one event, never
            # through the measure's head alone; figures met only through the story must
            # name one event.
            loose = matter < settings.numeric_matter
            if not _independent_sources(a.ref, b.ref) or not _same_time_frame(a.ref, b.ref, settings, facts):
                continue
            first, figures = None, set()
            for qa, events_a in zip(a.claim.quantities, a_events):
                for qb in b.claim.quantities:
                    shared_event = not events_a.isdisjoint(facts.events(qb, b.claim))
                    if by_event and not shared_event:
                        continue
                    if (loose and facts.measure(qa, a.claim).isdisjoint(facts.measure(qb, b.claim))
                            and not shared_event and not _frames_meet(qa, a.claim, qb, b.claim, facts)):
                        continue
                    # Cheap tests first: most pairs of figures overlap or are of other units.
                    other = _converted(qa, qb)
                    if other is None:
                        continue
                    ia, ib = interval(qa, settings.rounding_tolerance), interval(other, settings.rounding_tolerance)
                    if ia is None or ib is None or _overlap(ia, ib) or _orders_apart(qa, other, settings.figures_apart):
                        continue
                    if _both_stated(qa, a.claim, qb, b.claim):
                        continue
                    if not _same_measure(qa, a.claim, qb, b.claim, matter, facts, _outlet_stems(a.ref, b.ref)):
                        continue
                    if b.index in by_synonym and (qa.unit == "count" or qb.unit == "count"):
                        continue  # (g11) met through a synonym of a sum, not of a count
                    if b.index in by_frame and not _frames_meet(qa, a.claim, qb, b.claim, facts):
                        continue  # (n18) met through the frame of other figures of the two
                    if _one_of_history(qa, a.ref, qb, b.ref, facts) or _forecast_against_now(qa, a.ref, qb, b.ref) or \
                            _named_days_differ(qa, a.ref, qb, b.ref, facts) or \
                            _dated_after_other_article(qa, a.ref, qb, b.ref, facts) or \
                            _day_against_past_year(qa, a.ref, qb, b.ref, facts) or \
                            _revision_of_earlier(qa, a.ref, qb, b.ref) or \
                            _remainder_of_other(qa, a.claim, qb, b.claim) or \
                            _one_place_of_joined(qa, a.claim, qb, b.claim) or \
                            _hypothetical(qa, a.claim) or _hypothetical(qb, b.claim) or \
                            _spans_differ(qa, a.claim, qb, b.claim) or \
                            _last_season_against_now(a.claim, b.claim) or \
                            _average_against_one(a.claim, b.claim):
                        continue
                    figures.add(_figures_key(qa, other))
                    if first is None:
                        measure = qa.measure or qb.measure or qa.unit
                        first = _conflict(
                            ConflictKind.NUMERIC, a.ref, b.ref,
                            round(0.7 + 0.2 * min(1.0, matter), 4),
                            f"{measure}: {qa.surface!r} ({_who(a.ref)}) and {qb.surface!r} ({_who(b.ref)}) "
                            "do not overlap",
                        )
            if first is not None:
                yield first, frozenset(figures)


def _orders_apart(qa: Quantity, other: Quantity, ratio: float) -> bool:
    """The two values (other already in qa's unit) are `ratio` times apart or more
    (`ConflictSettings.figures_apart`, p11): a part against a whole, or two measures, not
    two readings of one."""
    if qa.value is None or other.value is None or qa.value <= 0 or other.value <= 0:
        return False
    return max(qa.value, other.value) >= ratio * min(qa.value, other.value)


def _day_against_past_year(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """One figure's own clause names a day of its article's week ("took 41 runners to
    hospital on Sunday"), the other's sentence names only years before that day ("In last
    year's race, 22 runners went to hospital"): a figure of this week against one of a
    past year, whatever the other article does not date (p11)."""
    for q, ref, other_ref in ((qa, a, b), (qb, b, a)):
        if ref.published is None or other_ref.published is None:
            continue
        day = facts.day(q, ref.claim, ref.published)
        years = facts.years(other_ref.claim, other_ref.published)
        if day is not None and years and all(int(y) < day.year for y in years):
            return True
    return False


# "The agency later raised the number of injured to 74", "has since risen to 340": the
# source revised its own earlier figure (p11).
REVISED_BEFORE = re.compile(
    r"\b(?:later|since|subsequently)\s+(?:[a-z]+\s+){0,2}?(?:raised|revised|lowered|increased|reduced|updated|"
    r"corrected|cut|put|rose|risen|climbed|fell|fallen|grew|grown)\b", re.IGNORECASE)


# "A fourth farm was added to the cull on Wednesday, bringing the total to 215,000": the
# running total after something was added, which a later article tells as such (n13).
RUNNING_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed)\s+(?:the|its|their)\s+"
    r"(?:overall\s+|running\s+)?(?:total|tally|toll|count|number)\s+(?:[a-z]+\s+){0,2}?to\s*$", re.IGNORECASE)


# "The number of homes flooded has risen to 340", "has now fallen to 8,000": a count that
# moved since, told in the perfect; a later article's such figure is where the running
# count has got to, not a rival of an earlier article's count it rose (fell) from (p19).
MOVED_SINCE_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|since\s+|already\s+)?(?:risen|climbed|grown|increased|jumped|swelled|"
    r"fallen|dropped|declined|decreased|shrunk)\s+to\s+$", re.IGNORECASE)
MOVED_DOWN = re.compile(r"\b(?:fallen|dropped|declined|decreased|shrunk)\b", re.IGNORECASE)


# Days after the other's article a "has risen to" figure must be published to be read as
# the count moved since: the next day's "has grown to 91 confirmed cases" against "64
# cases" is as often another source's rival count, which the article itself then sets
# against the lower total (a dev conflict); two days on, the count has moved (p19).
MOVED_DAYS_APART = 2


def _moved_since_earlier(q: Quantity, ref: ClaimRef, other_q: Quantity, other_ref: ClaimRef) -> bool:
    """`q` is told as where a count has moved to ("has risen to 65") in an article
    published `MOVED_DAYS_APART` days or more after the other's, and the other figure lies
    on the side it moved from (lower for a rise): the earlier count, updated. Figures of
    nearer days stay rivals, and a later "has risen to 65" against an earlier 80 still
    conflicts (p19)."""
    if ref.published is None or other_ref.published is None or \
            (ref.published - other_ref.published).days < MOVED_DAYS_APART:
        return False
    if q.value is None or other_q.value is None or q.unit != other_q.unit:
        return False
    moved = MOVED_SINCE_BEFORE.search(_before_figure(q, ref.claim, 60))
    if moved is None:
        return False
    return other_q.value > q.value if MOVED_DOWN.search(moved.group(0)) else other_q.value < q.value


# "8,000 homes were still without supply", "Eleven patients remain in hospital": what is
# left of a count, said after the figure in its clause, not the count of all it befell.
# Not a level that held ("remained at 3.1%", "remained unchanged") nor an open question
# ("the cause remains unclear") (p19; review r19). The state it is left in is the words
# after it ("in hospital", "without supply").
REMAINING = re.compile(
    r"\b(?:still|remain(?:s|ed|ing)?(?!\s+(?:at|unchanged|steady|stable|flat|level|the\s+same|unclear|unknown|"
    r"uncertain|open|to\s+be)\b))\b(?:\s+(?:being|been))?\s+(?P<state>[\w'’]+\s+[\w'’]+)?",
    re.IGNORECASE)
# "the remaining 40 staff": the rest of a count, named right before the figure.
REMAINING_BEFORE = re.compile(r"\bremaining\s+$", re.IGNORECASE)


def _left_over(q: Quantity, claim: Claim) -> str | None:
    """The state the figure's count is said to be left in ("in hospital" of "Eleven patients
    remain in hospital"; "" when unnamed, "the remaining 40 staff"), None when the figure
    is no remainder. Only after the figure: "Police still believe 12 died" counts all."""
    if REMAINING_BEFORE.search(_before_figure(q, claim, 20)):
        return ""
    clause = clause_around(q, claim)
    m = REMAINING.search(clause, clause.find(q.surface) + len(q.surface))
    return None if m is None else (m.group("state") or "")


def _remainder_of_other(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """One figure's own clause counts what is still left ("were still without supply",
    "remain in hospital") and the other's does not, and the left figure is the smaller:
    the rest of the other's count ("Some 60,000 households lost water supply", "19 children
    have been admitted"), not a rival of it. A left count above the other's total still
    conflicts, and so does a count of those in the same state ("Nineteen patients are being
    treated in hospital": two counts of one ward, review r19). (p19; on the dev gold every
    numeric pair with such a side is a non-conflict.)"""
    if qa.value is None or qb.value is None or qa.unit != qb.unit:
        return False
    left_a, left_b = _left_over(qa, a), _left_over(qb, b)
    if (left_a is None) == (left_b is None):
        return False
    state, other_q, other = (left_a, qb, b) if left_a is not None else (left_b, qa, a)
    if state and state.lower() in clause_around(other_q, other).lower():
        return False
    return qa.value < qb.value if left_a is not None else qb.value < qa.value


# "In Harrowmere 61% voted yes", "turnout in Tamsby was 38%": a figure of one named place
# ("In" + capitalised words), which no "and"/"or" joins to another place.
ONE_PLACE = re.compile(r"\b[Ii]n\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)\b(?!\s*(?:,|and\b|or\b|&))")


def _places_joined(name: str, sentence: str) -> bool:
    """The sentence names the place with another joined to it ("Harrowmere and Tamsby
    voters", "across Tamsby and Harrowmere"): a whole of several places. Not a word opening
    the sentence before a comma ("However, Harrowmere ...") nor a day or month ("On
    Tuesday, Harrowmere ..."): no second place (review r19)."""
    at = re.escape(name)
    joined = rf"\b{at}\s*(?:,|and|&)\s+(?:the\s+)?(?P<after>[A-Z][\w'’-]*)|" \
             rf"(?P<before>[A-Z][\w'’-]*)\s*(?P<sep>,|and|&)\s+(?:the\s+)?{at}\b"
    for m in re.finditer(joined, sentence):
        other = m.group("after") or m.group("before")
        opens = m.group("sep") == "," and not sentence[:m.start("before")].strip(" \"“‘'(")
        if not opens and other not in WEEKDAY_NAMES and other not in MONTH_NAMES:
            return True
    return False


# (p21) "Across the county, 7,800 homes", "Across the national network, 89% of trains", "On
# its Coastway route, only 64%": a sentence opening on the area or part its figures are of,
# up to three words after "across (the)" or "on / in / at its / their" and before the comma
# (the last of them the area or part itself). Not "On Tuesday," nor "In the region,": only
# "across" spreads, only a possessive narrows to a part of the owner.
AREA_OPENING = re.compile(r"^[\W_]*(?:across\s+(?:the\s+|its\s+|their\s+|all\s+|every\s+|a\s+|an\s+)?"
                          r"|(?:on|in|at)\s+(?:its|their)\s+)"
                          r"((?:(?!(?:and|or|of|in|on|at|for|to|from|with|by)\b)[A-Za-z][\w-]*\s*){1,3}),",
                          re.IGNORECASE)


def _area_opening(q: Quantity, claim: Claim) -> str | None:
    """The area or part the phrase opening the figure's sentence says it is of ("Across
    the country, 6,800 people ...", "On its Coastway route, only 64%"): its last word. A
    fronted adjunct scopes the clause after it; "across" later in a sentence is left alone
    ("plans to shut 120 branches across the country" is the company's own whole, a rival
    of "it would close 84")."""
    m = AREA_OPENING.match(claim.sentence)
    if m is None or m.end() > max(q.start_char - claim.sentence_start, 0):
        return None
    return m.group(1).split()[-1]


def _opening_area_unnamed(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """One figure's sentence opens on an area it is spread across ("Across the county,
    7,800 homes were approved") or a part of its owner ("On its Coastway route, only 64% of
    trains arrived on time") that the other figure's sentence never names ("Carrowford
    council approved 2,150 new homes", "86% of its trains ran on time"): a whole against
    one of its members, as "nationwide" is, or a part against the whole (p21). An area the
    other sentence names ("Across the region, 1,240 patients" / "1,900 ... in the Harwick
    region") is the same one and still compares."""
    for q, claim, other in ((qa, a, b), (qb, b, a)):
        area = _area_opening(q, claim)
        if area is not None and topic_stems(area).isdisjoint(topic_stems(other.sentence)):
            return True
    return False


def _one_place_of_joined(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """One figure's own clause is of one named place ("In Harrowmere 61% voted yes") and
    the other's sentence names that place joined with another ("Harrowmere and Tamsby
    voters approved the merger, with the yes side on 54%"), its own clause not narrowed to
    the place: a part against the whole of the places, as a district against the region.
    A figure of places joined on both sides ("in Carrow and the Fenwick peninsula" /
    "across Carrow and Fenwick") is one area's and still compares (p19)."""
    for q, claim, other_q, other in ((qa, a, qb, b), (qb, b, qa, a)):
        place = ONE_PLACE.search(clause_around(q, claim))
        if place is None or place.group(1).split()[0] in WEEKDAY_NAMES or place.group(1).split()[0] in MONTH_NAMES:
            continue
        name = place.group(1)
        if re.search(rf"\b[Ii]n\s+{re.escape(name)}\b", clause_around(other_q, other)):
            continue
        if _places_joined(name, other.sentence) and not _places_joined(name, claim.sentence):
            return True
    return False


# "If the flow drops by a third, my orchards are finished": the figure is the condition's,
# the clause after "if"/"unless" up to the figure crossing no comma.
IN_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;:]*$", re.IGNORECASE)
# "could cost up to €1.8bn if the tunnel works were delayed": a figure of a modal clause
# that a condition right after it bounds.
CONDITIONED_AFTER = re.compile(r"^[^,;:.]{0,60}?\b(?:if|unless)\b", re.IGNORECASE)
MODAL_BEFORE = re.compile(r"\b(?:could|would|might|may)\b[^,;:]*$", re.IGNORECASE)


def _hypothetical(q: Quantity, claim: Claim) -> bool:
    """The figure is what would be under a condition, not what is said to be: inside an
    "if" clause ("If the flow drops by a third"), or in a could/would clause an "if" right
    after bounds ("could cost up to €1.8bn if the tunnel works were delayed"). A scenario
    is no rival of a stated figure (p19; the one dev pair of this shape is a non-conflict)."""
    before = _before_figure(q, claim, 80)
    if IN_CONDITION.search(before):
        return True
    _, end = _sentence_offsets(q, claim)
    return bool(MODAL_BEFORE.search(before) and CONDITIONED_AFTER.search(claim.sentence[max(end, 0):]))


# "18,200 parcels in the six months to September", "40,000 over the full year", "1,200
# doses in a fortnight": the stretch of time a count or sum is gathered over.
SPAN = re.compile(
    r"\b(?:in|over|during|within|across)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:(?:past|last|first|previous|full|whole|entire)\s+)?"
    r"(?:(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[\s-]+)?"
    r"(?P<unit>days?|weeks?|fortnight|months?|quarter|half|years?)\b", re.IGNORECASE)
TIME_UNIT_NAMES = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year",
                             "decade"})
SPAN_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "quarter": 91, "half": 182, "year": 365}
SPAN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}
# Spans this many times apart are two stretches of time, not one told two ways ("twelve
# months" / "the year to September" are one).
SPANS_APART = 1.5


def _span_days(q: Quantity, claim: Claim) -> int | None:
    """Days of the stretch the figure's own clause gathers it over, None when it names none
    or only a vague plural ("within days" is not one day)."""
    if q.unit in TIME_UNIT_NAMES:  # a duration is itself a stretch of time
        return None
    m = SPAN.search(clause_around(q, claim))
    if m is None:
        return None
    n = m.group("n")
    if n is None and m.group("unit").lower().endswith("s"):
        return None  # "within days", "over the past months": no stretch told (review r19)
    count = int(n) if n and n.isdigit() else SPAN_NUMBERS.get((n or "one").lower(), 1)
    return count * SPAN_DAYS[m.group("unit").lower().rstrip("s")]


def _spans_differ(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """Both figures are gathered over stretches of time their clauses name, and these are
    `SPANS_APART` or more apart ("handed out 18,200 emergency food parcels in the six
    months to September" / "expects to hand out 40,000 parcels over the full year"): two
    measures, a half-year's count and a year's (p19)."""
    da, db = _span_days(qa, a), _span_days(qb, b)
    return da is not None and db is not None and max(da, db) >= SPANS_APART * min(da, db)


# (p23) "Last summer, fires across the state burned 9,000 acres": a sentence opening
# on a season before its article's, as p11's "Last year" opens (`LAST_YEAR_OPENING`).
LAST_SEASON_OPENING = re.compile(r"^[\W_]*(?:in\s+|during\s+|over\s+)?last\s+(summer|winter|spring|autumn|season)(?:['’]s)?\b",
                                 re.IGNORECASE)


def _last_season_against_now(a: Claim, b: Claim) -> bool:
    """One figure's sentence opens on last summer (winter, spring, autumn, season), the
    other's names no such season: a past season's figure set beside one of now, not its
    rival ("Last summer, fires across the state burned 9,000 acres" / "a blaze that has
    now scorched 5,200 acres"). Two figures of last summer still compare (p23)."""
    for this, other in ((a, b), (b, a)):
        m = LAST_SEASON_OPENING.match(this.sentence)
        if m and not re.search(rf"\blast\s+{m.group(1)}", other.sentence, re.IGNORECASE):
            return True
    return False


# (p23) "the average pay award", "an average of 26 pupils", "averaged 17 minutes": a sentence
# that speaks of an average.
AVERAGE = re.compile(r"\baverag(?:e|es|ed|ing)\b", re.IGNORECASE)


def _average_against_one(a: Claim, b: Claim) -> bool:
    """One figure's sentence speaks of an average and the other's of none: a mean of many
    set against one value, or against another measure the sentence holds beside it
    ("prices rose 4.8% in the year" / "the average pay award in the industry, put at
    2.7%"; "classes hold an average of 26 pupils" / "a class of 34 pupils"). Two
    sentences of averages still compare ("an average of £72 per repair" / "£55 per job on
    average"; "Average fares rose to £640" / "an average fare of £820").
    Measured (p23): three closed false alarms fewer, no closed or dev conflict lost."""
    return bool(AVERAGE.search(a.sentence)) != bool(AVERAGE.search(b.sentence))


def _revision_of_earlier(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef) -> bool:
    """One figure is told as a revision ("later raised ... to 74") in an article of the
    other's day or after: it replaces the earlier count ("57 injured"), as a running story
    does, rather than disputing it (p11). So is a running total a later article reaches by
    an addition ("bringing the total to 215,000"): not in an article of the same day, where
    two outlets' totals are rival counts (n13). So is a count told as moved since ("has
    risen to 340", `_moved_since_earlier`, p19)."""
    for q, ref, other_ref in ((qa, a, b), (qb, b, a)):
        if ref.published is None or other_ref.published is None or other_ref.published > ref.published:
            continue
        if REVISED_BEFORE.search(_before_figure(q, ref.claim)):
            return True
        if other_ref.published < ref.published and RUNNING_TOTAL_BEFORE.search(_before_figure(q, ref.claim)):
            return True
    return _moved_since_earlier(qa, a, qb, b) or _moved_since_earlier(qb, b, qa, a)


def _uncounted_measures(claim: Claim) -> frozenset[str]:
    """Stems of the measures of the claim's figures other than counts."""
    return frozenset(s for q in claim.quantities if q.unit != "count" and q.measure for s in topic_stems(q.measure))


# The words of a figure's clause before it read for its frame: "the council's own
# assessment puts the cost at up to" is the clause, "cost" the frame.
FRAME_WORDS = 8
FRAME_CLAUSE_EDGE = re.compile(r"[,;:()\"“”]|\b(?:that|which|while|but|whereas|because)\b", re.IGNORECASE)


def _frame(q: Quantity, claim: Claim) -> frozenset[str]:
    """(n18) The measure a sum, share or duration fills, read from the words of its own
    clause before it that a measure synonym group lists, widened to the group: "will cost
    the city $1.9 billion", "priced the work at $1.2 billion", "the bill came to" fill one
    frame (cost), "the real gap is closer to $30 million" another (shortfall). Outlets
    word one figure's measure apart as often as alike; the verb or noun it fills is what
    they share. Not for counts: the words before a count name what is done to it ("cut",
    "evacuated") more often than what it counts, and a story holds many counts."""
    if q.unit == "count":
        return frozenset()
    clause = FRAME_CLAUSE_EDGE.split(_before_figure(q, claim, 80))[-1]
    groups = measure_synonyms()
    return frozenset(g for word in clause.split()[-FRAME_WORDS:] for s in topic_stems(word) if s in groups
                     for g in groups[s])


def _framed_candidates(measures: frozenset[str], by_measure: dict[str, Sequence[int]], position: list[int],
                       cap: int) -> set[int]:
    """Claims with a figure filling one of the frames of the claim's figures (`_frame`),
    through the `cap` rarest: looked up in the story only, as synonyms are."""
    frames = sorted((s for s in measures if s.startswith("frame:") and s in by_measure),
                    key=lambda s: (len(by_measure[s]), s))[:cap]
    return {position[k] for s in frames for k in by_measure[s]}


def _frames_meet(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """The frame of one figure is the frame or the measure of the other (`_frame`)."""
    fa, fb = facts.frame(qa, a), facts.frame(qb, b)
    return bool(fa or fb) and bool((fa | facts.measure(qa, a)) & (fb | facts.measure(qb, b)))


def _synonym_candidates(stems: frozenset[str], by_measure: dict[str, Sequence[int]], position: list[int],
                        cap: int) -> set[int]:
    """Claims whose figures' measures hold a synonym of one of `stems` but not the stem
    (claims/data/conflict_measure_synonyms*.txt), through the `cap` rarest synonyms: the
    postings are the measure postings, bounded as they are."""
    synonyms = sorted((s for s in _widen(s for s in stems if ":" not in s) - stems if s in by_measure),
                      key=lambda s: (len(by_measure[s]), s))[:cap]
    return {position[k] for s in synonyms for k in by_measure[s]}


def _states_figure(q: Quantity, claim: Claim) -> bool:
    """The claim holds q's figure itself: the same value, unit and rate (as written: a
    restatement, not a conversion)."""
    return q.value is not None and any(
        other.value == q.value and other.unit == q.unit and other.per == q.per for other in claim.quantities)


def _both_stated(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """Each claim states both figures ("passed by 212 votes to 148" / "had passed by 212
    votes to 148"): one figure of each set against the other figure of the other is a
    cross-reading of two agreeing claims, not a conflict ("78 votes to 64" / "81 votes to
    61" still are)."""
    return len(a.quantities) > 1 and len(b.quantities) > 1 and _states_figure(qa, b) and _states_figure(qb, a)


# "... would add 2,000 car journeys a day, and that its own modelling suggested a figure of
# around 800": a figure named only as "a figure of" answers the figure before it.
ANSWERING = re.compile(r"\b(?:a|an|the|its|their|our)\s+(?:own\s+)?(?:figure|number|total|estimate|count)\s+of\s*$",
                       re.IGNORECASE)


def _with_answered_measures(with_figures: list[_Judged]) -> list[_Judged]:
    """The claims with a figure written as "a figure of around 800" right after another
    figure of its sentence (in any claim of it) take that figure's measure and rate: it
    answers it, and says nothing else of what it counts. Other claims are returned as
    they are."""
    by_sentence: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
    for j in with_figures:
        for q in j.claim.quantities:
            if q.measure and q.value is not None:
                by_sentence[(j.claim.article_id, j.claim.sentence_start)].append(q)
    out = []
    for j in with_figures:
        quantities, changed = [], False
        for q in j.claim.quantities:
            start = q.start_char - j.claim.sentence_start
            if start > 0 and ANSWERING.search(j.claim.sentence[:start]):
                earlier = [o for o in by_sentence[(j.claim.article_id, j.claim.sentence_start)]
                           if o.end_char <= q.start_char and o.unit == q.unit and o is not q]
                if earlier:
                    answered = max(earlier, key=lambda o: o.end_char)
                    q = q.model_copy(update={"measure": answered.measure, "per": answered.per})
                    changed = True
            quantities.append(q)
        out.append(_with_quantities(j, quantities) if changed else j)
    return out


def _with_quantities(j: _Judged, quantities: list[Quantity]) -> _Judged:
    """The judged claim with its figures re-read: a copy, since the same claim may be
    judged apart elsewhere (the stored claim is never changed)."""
    claim = j.claim.model_copy(update={"quantities": quantities})
    return replace(j, claim=claim, ref=j.ref.model_copy(update={"claim": claim}))


# "That is a rate of 9.4 per 100,000 residents.", "That works out at ...", "This amounts
# to ...": a sentence opening on a pronoun and a verb of equivalence restates the figure of
# the sentence before, in other terms.
RESTATING = re.compile(
    r"^\W*(?:that|this|it)(?:'s|’s|\s+is|\s+was|\s+works\s+out\s+(?:at|to)|\s+equals|\s+amounts\s+to"
    r"|\s+represents|\s+means|\s+(?:is|was)\s+equivalent\s+to)\b[^.;]{0,30}$", re.IGNORECASE)


def _with_restated_measures(with_figures: list[_Judged]) -> list[_Judged]:
    """The claims with a figure that restates the sentence before ("Road deaths rose to 212
    last year. That is a rate of 9.4 per 100,000 residents.") and names no measure of its
    own but a frame ("rate") take the measure of that sentence's last measured figure: what
    the rate is of. Only the sentence right before (ending where this one starts, but for
    spaces), of the same article; a figure naming its own measure ("That is 5,270
    children") keeps it."""
    frames = measure_frames()
    ending: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
    for j in with_figures:
        for q in j.claim.quantities:
            if q.measure and q.value is not None and not set(q.measure.split()) <= frames:
                end = j.claim.sentence_start + len(j.claim.sentence.rstrip())
                ending[(j.claim.article_id, end)].append(q)
    out = []
    for j in with_figures:
        quantities, changed = [], False
        for q in j.claim.quantities:
            opening = j.claim.sentence[:max(q.start_char - j.claim.sentence_start, 0)]
            if (not q.measure or set(q.measure.split()) <= frames) and RESTATING.search(opening):
                previous = next((ending[(j.claim.article_id, j.claim.sentence_start - gap)] for gap in range(1, 4)
                                 if (j.claim.article_id, j.claim.sentence_start - gap) in ending), None)
                if previous:
                    q = q.model_copy(update={"measure": max(previous, key=lambda o: o.end_char).measure})
                    changed = True
            quantities.append(q)
        out.append(_with_quantities(j, quantities) if changed else j)
    return out


def _same_event_in_story(a: _Judged, found: list[tuple[float, _Judged]], measures: dict[int, frozenset[str]],
                         by_measure: dict[str, list[int]], with_figures: list[_Judged], related: _RelatedClaims,
                         stories: _Stories | None, settings: ConflictSettings) -> list[tuple[float, _Judged, bool]]:
    """Claims with figures whose clauses name an event a's figures name, in articles of
    a's story, that sharing rare words did not find: "412 of its members joined the
    stoppage" and "about 250 porters staged a walkout" share no rare word but the strike."""
    if stories is None:
        return []
    seen = {b.index for _, b in found}
    story = set(stories.related(a.claim.article_id, settings.same_story))
    out = []
    for s in sorted(measures[a.index]):
        if not s.startswith("event:") or s not in by_measure:
            continue
        for k in by_measure[s]:
            b = with_figures[k]
            if b.index > a.index and b.index not in seen and b.claim.article_id in story:
                seen.add(b.index)
                out.append((related.matter(a, b), b, True))
    return out


def _independent_sources(a: ClaimRef, b: ClaimRef) -> bool:
    """Two figures of one article from one voice are two facts the writer reports, not a
    conflict ("three sources ... two of those three"); conflicts are between sources."""
    if a.claim.claim_id == b.claim.claim_id:
        return False
    if a.claim.article_id == b.claim.article_id:
        return _voice(a.claim) != _voice(b.claim)
    # One outlet narrating a story on two days tells how it moved on ("talks broke down"
    # on Sunday, "talks resumed" on Tuesday), not two accounts.
    return not (a.claim.kind == b.claim.kind == ClaimKind.NARRATED and a.claim.speaker == b.claim.speaker)


# "last year", "this year" (not "the last year", "the past year": twelve months to date):
# a calendar year, read from the article's date.
RELATIVE_YEAR = re.compile(r"(?<!\bthe )(?<!\bpast )\b(last|this|next)\s+year\b", re.IGNORECASE)
RELATIVE_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}


def _sentence_years(claim: Claim, published: date | None) -> frozenset[str]:
    """The years a claim's sentence names ("in 2023"), and those it names relative to its
    article's date ("last year" in an article of January 2025 is 2024): "610 homes in
    2023" and "420 homes last year", said in 2025, are counts of two years."""
    years = set(YEAR.findall(claim.sentence))
    if published is not None:
        years.update(str(published.year + RELATIVE_YEAR_OFFSET[m.group(1).lower()])
                     for m in RELATIVE_YEAR.finditer(claim.sentence))
    return frozenset(years)


# Years before both articles' from which a figure is history (`_same_time_frame`), and a
# sentence opening on its year ("In 2019,", "In the 2007 floods,", "During the 2015 strike").
HISTORY_YEARS = 2
HISTORY_OPENING = re.compile(r"^[\W_]*(?:in|during|at|by)\s+(?:the\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)


LAST_YEAR_OPENING = re.compile(r"^[\W_]*(?:in\s+)?last\s+year(?:['’]s)?\b", re.IGNORECASE)


# (n20) "Last month's one-day strike led to 150 operations being cancelled": a sentence
# opening on the month before its article's ("last week" would mostly be the other's days).
LAST_MONTH_OPENING = re.compile(r"^[\W_]*(?:in\s+|during\s+)?last\s+month(?:['’]s)?\b", re.IGNORECASE)
# (r20) A sentence that names a month itself ("The flood in Carrow last month", "the
# November flood") is dated by its own words: it is no undated figure of its own days.
NAMES_A_MONTH = re.compile(rf"(?i:\blast\s+month\b)|\b(?:{'|'.join(MONTH_NAMES)})\b")
# An undated figure of news is of the days before its article: a week's reporting.
PERIOD_ENDED_DAYS = 7


def _opens_on_last_month(dated: ClaimRef, other: ClaimRef) -> bool:
    """(n20) The sentence of `dated` opens on last month (as p11's "Last year" does), and
    that month ended more than `PERIOD_ENDED_DAYS` before the other article came out: the
    other's undated figure is of its own days, another strike or storm than last month's.
    An article of the 2nd of a month may still tell of the one of the 30th; a sentence
    that names last month or a month by name itself is dated, not undated (r20)."""
    if dated.published is None or other.published is None or not LAST_MONTH_OPENING.match(dated.claim.sentence) \
            or NAMES_A_MONTH.search(other.claim.sentence):
        return False
    ended = dated.published.replace(day=1) - timedelta(days=1)
    return (other.published - ended).days > PERIOD_ENDED_DAYS


def _one_of_history(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """(c9) One figure dated just after it to a year `HISTORY_YEARS` or more before both
    articles ("the fall from 38% in 2021"), the other to no period ("Turnout was 31%"):
    a past value, not a rival one."""
    if not (a.published and b.published):
        return False
    # (n10) ... or before it, in its own clause ("and that in 2021 parking income was £2.6m").
    pa = facts.period(qa, a.claim) or facts.year_before(qa, a.claim)
    pb = facts.period(qb, b.claim) or facts.year_before(qb, b.claim)
    if bool(pa) == bool(pb):
        return False
    period = pa or pb or ""
    year = re.search(r"(?:19|20)\d\d$", period)
    # "since 2022" runs to the present: not a past year's value.
    return bool(year) and not period.startswith("since") and int(year.group(0)) <= min(a.published.year, b.published.year) - HISTORY_YEARS


# "£6 million next year", "30,000 passengers a day by 2028": a year right after a figure
# (its counted noun and rate between, no other clause: "and open in 2027" dates the opening).
FUTURE_YEAR_AFTER = re.compile(
    r"^(?:\s+(?!(?:and|or|but|to|when|after|before|once|until|while)\b)[a-z][\w-]*){0,2}?"
    r"(?:\s+(?:a|an|per|each|every)\s+[a-z]+)?\s+(?:(next)\s+year|(?:by|in)\s+((?:19|20)\d\d))\b", re.IGNORECASE)


# A figure of a clause that foretells it ("would be less than", "is expected to reach")
# answers a forecast with another.
FORETOLD_BEFORE = re.compile(r"\b(?:will|would|could|might|expects?|expected|projects?|projected|forecasts?|"
                             r"forecast|predicts?|predicted|set\s+to)\b[^.;:]*$", re.IGNORECASE)
FORETOLD_REACH_CHARS = 60


def _future_year(q: Quantity, ref: ClaimRef) -> bool:
    """The figure is dated right after it to a year after its article's."""
    if ref.published is None:
        return False
    _, end = _sentence_offsets(q, ref.claim)
    m = FUTURE_YEAR_AFTER.match(ref.claim.sentence[max(end, 0):])
    return bool(m) and (m.group(1) is not None or int(m.group(2)) > ref.published.year)


def _forecast_against_now(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef) -> bool:
    """(n18) One figure dated right after it to a year to come ("the shortfall was expected
    to fall to £6 million next year", "to carry 30,000 passengers a day by 2028"), the
    other not, and not itself foretold ("the true savings would be less than"): a forecast,
    not a rival of a figure of now (`_one_of_history` is the same for years past). Two
    forecasts are compared."""
    future_a, future_b = _future_year(qa, a), _future_year(qb, b)
    if future_a == future_b:
        return False
    undated, claim = (qb, b.claim) if future_a else (qa, a.claim)
    return not FORETOLD_BEFORE.search(_before_figure(undated, claim, FORETOLD_REACH_CHARS))


def _same_time_frame(a: ClaimRef, b: ClaimRef, settings: ConflictSettings, facts: _Facts | None = None) -> bool:
    if a.published and b.published and abs((a.published - b.published).days) > settings.max_days_apart:
        return False
    facts = facts or _Facts()
    years_a, years_b = facts.years(a.claim, a.published), facts.years(b.claim, b.published)
    if years_a and years_b and years_a.isdisjoint(years_b):
        return False
    # (c9) A sentence set in a year long past ("In the 2007 floods, about 500 homes ...
    # were flooded", "In 2019, ...") against one naming no year, in articles of today:
    # history, not a rival count ("The number of homes flooded has risen to 340"). Only a
    # sentence opening on the year counts (a year elsewhere is often a reference: "up from
    # 58% in 2020", "the highest since 2007"), and only `HISTORY_YEARS` or more before both
    # articles (a year back may be the other figure's own period).
    if a.published and b.published and bool(years_a) != bool(years_b):
        dated = a.claim if years_a else b.claim
        opening = HISTORY_OPENING.match(dated.sentence)
        if opening and int(opening.group(1)) <= min(a.published.year, b.published.year) - HISTORY_YEARS:
            return False
        # (p11) A sentence opening on "Last year" sets itself against now by its first
        # words: a figure of now it is not, whatever year the other leaves unsaid.
        if LAST_YEAR_OPENING.match(dated.sentence):
            return False
    if _opens_on_last_month(a, b) or _opens_on_last_month(b, a):
        return False
    # A count that changes ("the death toll rose to 12 on Monday") is the count of a day:
    # counts dated days apart (the day each names, "on Monday", else its article's date)
    # do not conflict; a day's lag between outlets is one report.
    if (a.published and b.published and a.published != b.published
            and (reports_change(a.claim) or reports_change(b.claim))):
        day_a = stated_day(a.claim, a.published) or a.published
        day_b = stated_day(b.claim, b.published) or b.published
        return abs((day_a - day_b).days) <= settings.change_days_apart
    return True


# --- contradictions ---------------------------------------------------------------------


class _Stories:
    """Which articles tell the same story: the rare words of all their claims' sentences
    (names, places, the matter at hand) overlap. Short quotes such as "We are very close"
    share no rare word with "There is no deal in sight", but their articles do."""

    def __init__(self, judged: list[_Judged], max_days: int | None = None) -> None:
        sentences: dict[str, dict[str, None]] = defaultdict(dict)
        self.published: dict[str, object] = {}
        for j in judged:
            sentences[j.claim.article_id][j.claim.sentence] = None
            self.published[j.claim.article_id] = j.ref.published
        self.article_ids = sorted(sentences)
        self.position = {a: i for i, a in enumerate(self.article_ids)}
        self.max_days = max_days
        # Articles are few next to claims: look for related ones through many of their words.
        self.index = TopicIndex([" ".join(sentences[a]) for a in self.article_ids], rarest=50,
                                keep_stem_sets=False)
        self._related: dict[tuple[str, float], list[str]] = {}
        self._scores: dict[tuple[str, str], float] = {}
        self._last_scored: tuple[str | None, list[tuple[str, float]]] = (None, [])

    def related(self, article_id: str, floor: float) -> list[str]:
        """Articles telling the story of `article_id` (itself first): their rare words
        overlap at least `floor`, and they were published within `max_days` of it (names
        recur in a paper's coverage for years; one story runs for days or weeks)."""
        key = (article_id, floor)
        if key not in self._related:
            found = [article_id]
            for other, score in self._scored(article_id):
                if score >= floor and self._near_in_time(article_id, other):
                    found.append(other)
                    self._scores[(article_id, other)] = score
            self._related[key] = found
        return self._related[key]

    def _scored(self, article_id: str) -> list[tuple[str, float]]:
        """The candidates of an article with their scores; the last article's are kept, as
        the rules ask for one article's story at several floors in a row."""
        if self._last_scored[0] != article_id:
            i = self.position[article_id]
            candidates = sorted(self.index.candidates(i))
            scores = self.index.relatedness_to(i, candidates).tolist()
            self._last_scored = (article_id, [(self.article_ids[k], s) for k, s in zip(candidates, scores)])
        return self._last_scored[1]

    def score(self, a: str, b: str) -> float:
        """The story overlap of two articles `related` has returned to each other."""
        return 1.0 if a == b else self._scores.get((a, b), self._scores.get((b, a), 0.0))

    def _near_in_time(self, a: str, b: str) -> bool:
        pa, pb = self.published.get(a), self.published.get(b)
        return self.max_days is None or pa is None or pb is None or abs((pa - pb).days) <= self.max_days


def find_contradictions(
    judged: list[_Judged], related: _RelatedClaims, stories: _Stories, settings: ConflictSettings
) -> Iterable[Conflict]:
    """Opposite assessments of one matter by different voices: opposite words from the
    shipped list, or the same proposition asserted by one and negated by the other. The
    two claims must share rare words, or their articles must tell the same story."""
    def wording_of(j: _Judged) -> _Wording:
        return _Wording.of(_held_by(j), j.claim.quantities, j.claim.speaker if _attributed(j.claim) else None)

    # Disputes are read too (c23): a rejection's own words may also say what it holds
    # ("the claim that the sirens failed is wrong: they worked as designed"). Not its
    # negations (below): a dispute negates what it rejects, which is no assessment.
    assessing = list(judged)
    # The claims that deny or negate something are read first: what they deny and negate
    # decides which words of every other claim are kept, so no claim holds all its words
    # while the rest are read (on a store of 285,000 claims those sets were the largest
    # thing the rule kept, ~130 MB).
    # So are the claims saying a thing came to no harm: only the words of those things are
    # kept of the claims saying something came to harm (c12).
    negating = {j.index: wording_of(j) for j in assessing if _Wording.narrows_others(j.own_text)}
    # A count opposes only a denial of that thing ("no deaths"): most claims with figures
    # count something, few stores hold a denial of it.
    denied = {_tail(s) for w in negating.values() for thing in w.denied for s in thing}
    # Likewise a claim asserts only what some claim negates: its other words are no key.
    # (Not of a dispute's negations, which oppose nothing: see `assessing`.)
    disputes = {j.index for j in judged if j.is_dispute}
    reached = frozenset(s for i, w in negating.items() if i not in disputes
                        for _, words in w.negated_clauses for s in words)
    spared = frozenset(s for w in negating.values() for thing in w.spared for s in thing)
    dated_keys = _dated_event_keys((j.own_text, j.claim.quantities) for j in assessing)
    wording: dict[int, _Wording] = {}
    opposers: dict[str, list[_Judged]] = defaultdict(list)
    for j in assessing:
        w = negating.pop(j.index) if j.index in negating else wording_of(j)
        if w.counted:
            w = replace(w, counted=one_of(frozenset(s for s in w.counted if _tail(s) in denied)))
        if w.plain_stems:
            w = replace(w, plain_stems=one_of(w.plain_stems & reached))
        if w.harmed:
            w = replace(w, harmed=one_of(w.harmed & spared))
        if w.dated:
            w = _keyed_by_shared_dates(w, dated_keys)
        if w.can_oppose:  # the others are never looked at again
            wording[j.index] = w
            opposers[j.claim.article_id].append(j)
    # Per article, its opposers by the words they carry: a claim then meets only the
    # claims holding a word opposite to one of its own, not every claim of the story.
    by_feature: dict[str, dict[tuple, list[_Judged]]] = {}
    for article_id, claims in opposers.items():
        features: dict[tuple, list[_Judged]] = defaultdict(list)
        for j in claims:
            for f in wording[j.index].features():
                features[one_of(f)].append(j)  # one key object for all articles
        by_feature[article_id] = features
    opposite = {j.index: tuple(map(one_of, wording[j.index].opposite_features())) for js in opposers.values() for j in js}
    # Many outlets repeat both sides of a story: keep the best pair per pair of clusters
    # here, before building thousands of conflicts that would be merged anyway.
    best = _BestPerClusterPair(stories, settings.same_story)
    stems_of: dict[str, frozenset[str]] = {}

    def article_stems(article_id: str) -> frozenset[str]:
        if article_id not in stems_of:
            stems_of[article_id] = frozenset(s for j in by_article[article_id] for s in j.stems)
        return stems_of[article_id]

    by_article: dict[str, list[_Judged]] = defaultdict(list)
    for j in judged:
        by_article[j.claim.article_id].append(j)
    for article_id, claims in opposers.items():
        for other_id in stories.related(article_id, min(settings.loose_story, settings.same_story)):
            if other_id < article_id or other_id not in by_feature:
                continue
            loose = stories.score(article_id, other_id) < settings.same_story
            features = by_feature[other_id]
            for a in claims:
                partners = {b.index: b for f in opposite[a.index] for b in features.get(f, ())}
                for b in partners.values():
                    # Each pair once: articles are visited in id order, and the claims of
                    # one article in index order (another article's may come first).
                    if (other_id == article_id and b.index <= a.index) or not _independent_sources(a.ref, b.ref):
                        continue
                    hit = wording[a.index].opposed_to(wording[b.index])
                    if not hit or _different_past(a, b) or _different_parts(a.own_text, b.own_text):
                        continue
                    if (a.is_dispute or b.is_dispute) and ("(affirmed)" in hit or not _share_matter(a, b, hit)):
                        continue
                    if _counted_elsewhere(hit, a, b, article_stems):
                        continue
                    # What happened to no one against a count, or a whole group against
                    # an exception, reads one word of each claim ("no one has been killed"
                    # / "killing seven people"): only within one story, not a loosely
                    # related one.
                    if loose and any(h.startswith("nobody ") or h.endswith("(excepted)") or h.endswith(DATED)
                                     for h in hit):
                        continue
                    # "on Sunday" in articles weeks apart may be two Sundays.
                    if hit[0].endswith(DATED) and hit[0].split()[0] in WEEKDAY_NAMES and \
                            not _near_in_time(a.ref, b.ref, WEEKDAY_REACH_DAYS):
                        continue
                    if (loose and related.matter(a, b) < settings.contradiction_matter
                            and not (_party_named(a, article_stems(other_id))
                                     or _party_named(b, article_stems(article_id)))):
                        continue
                    score = round(0.4 + 0.2 * min(related.matter(a, b), 1.0), 4)
                    key = tuple(sorted((related.cluster_of.get(a.claim.claim_id, a.claim.claim_id),
                                        related.cluster_of.get(b.claim.claim_id, b.claim.claim_id))))
                    conflict_id = Conflict.make_id(ConflictKind.CONTRADICTION, a.claim.claim_id, b.claim.claim_id)
                    # Of one pair of clusters, the pair of two articles telling one story
                    # closely is the better evidence: an assessment also opposes echoes of
                    # its cluster in articles that only share its topic (c18).
                    # A pair with a dispute side never takes the place of a pair of two
                    # assessments of the same clusters (c23).
                    rank = score + STORY_RANK_WEIGHT * stories.score(article_id, other_id) - (a.is_dispute or b.is_dispute)
                    best.offer(key, (article_id, other_id), rank,
                               pair_order(conflict_id, (article_id, a.ref.published), (other_id, b.ref.published)),
                               (score, a, b, hit))
    for score, a, b, hit in best.values():
        yield _conflict(ConflictKind.CONTRADICTION, a.ref, b.ref, score, _contradiction_reason(hit, a.ref, b.ref))


# "arrested after a window at the embassy was broken", "injured outside the stadium": the
# place a count's sentence puts its event at, a common noun after the preposition and any
# name ("at the Brennland embassy").
PLACE_OF_EVENT = re.compile(r"\b(?:at|outside|inside|near|in\s+front\s+of)\s+(?:the|a|an)\s+"
                            r"(?:[A-Z][\w'’-]+\s+)*([a-z][\w-]+)")
# Nouns after "at the" that name no place of its own but the event's ("at the scene"), a
# part of anything ("near the end", "at the front") or a time ("at the weekend"): any
# article of the story may leave them out (review r19).
NO_PLACE_NOUNS = frozenset({"scene", "site", "spot", "location", "venue", "event", "time", "moment", "weekend",
                            "start", "beginning", "end", "close", "outset", "height", "peak", "top", "bottom",
                            "front", "back", "rear", "side", "edge", "centre", "center", "heart", "middle",
                            "rally", "protest", "march", "demonstration"}) | TIME_UNIT_NAMES


def _counted_elsewhere(hit: tuple[str, str], a: _Judged, b: _Judged, article_stems) -> bool:
    """A count against a denial of that thing ("Three people were arrested after a window
    at the embassy was broken" / "no arrests were made") whose sentence puts its event at a
    place the denying claim's article never names: the denial is of another event of the
    story (the rally at parliament two days before), not of this one (p19). Not a noun of
    no place (`NO_PLACE_NOUNS`, "arrested at the scene", review r19)."""
    for counting, denying, side in ((a, b, hit[0]), (b, a, hit[1])):
        if side != "(counted)":
            continue
        places = frozenset(s for m in PLACE_OF_EVENT.finditer(counting.claim.sentence)
                           if m.group(1).lower().rstrip("s") not in NO_PLACE_NOUNS for s in topic_stems(m.group(1)))
        if places and places.isdisjoint(article_stems(denying.claim.article_id)):
            return True
    return False


# Weight of two articles' story overlap (0..1) in ranking the contradictions of one pair
# of clusters: enough to pass `NEAR_SCORE` when one pair's articles tell one story and the
# other's only share a topic.
STORY_RANK_WEIGHT = 0.1


def _contradiction_reason(hit: tuple[str, str], a: ClaimRef, b: ClaimRef) -> str:
    """The reason a fact-checker reads: an event or state of conflict_state_classes.txt
    said to hold by one and not by the other ("ongoing holds" / "ongoing does not hold")
    is written as a sentence with both claims; other opposite words are quoted as found."""
    if hit[0].endswith(DATED):
        return (f"{_who(a)} and {_who(b)} date one event apart ({hit[0].removesuffix(DATED).strip()} vs "
                f"{hit[1].removesuffix(DATED).strip()}): {_quote(a.claim.text)} against {_quote(b.claim.text)}")
    if hit[0].endswith(BEFELL):
        mine, theirs = (h.removesuffix(BEFELL).strip() for h in hit)
        what = "name two doers of one act" if mine.startswith("by ") else "tell opposite outcomes for one subject"
        return (f"{_who(a)} and {_who(b)} {what} ({mine} vs {theirs}): "
                f"{_quote(a.claim.text)} against {_quote(b.claim.text)}")
    holds = [h.endswith(" holds") for h in hit]
    state = hit[0].rsplit(" ", 1)[0] if holds[0] else hit[1].rsplit(" ", 1)[0]
    if holds[0] != holds[1] and all(h in (f"{state} holds", f"{state} does not hold") for h in hit):
        yes, no = (a, b) if holds[0] else (b, a)
        return (f"{_who(yes)} says it is {state} and {_who(no)} that it is not: "
                f"{_quote(yes.claim.text)} against {_quote(no.claim.text)}")
    if hit[0] == hit[1]:
        # one side negates the other's word ("is safe" / "is not safe"): the word alone
        # would read as no opposition, the two claims show it
        return (f"opposite assessments ({hit[0]!r} said and denied) by {_who(a)} and {_who(b)}: "
                f"{_quote(a.claim.text)} against {_quote(b.claim.text)}")
    return f"opposite assessments ({hit[0]!r} vs {hit[1]!r}) by {_who(a)} and {_who(b)}"


# "last year's march", "the 2019 march", "2019's vote": a year naming which of a
# recurring event the claim is about (not "in 2022", the date of an event the other claim
# may deny: "had been warned of the overruns in 2022" / "had never been warned").
PAST_EVENT_YEAR = re.compile(r"(?<![\w-])(?:(last)\s+year['’]s|((?:19|20)\d{2})['’]s|the\s+((?:19|20)\d{2})\s+(?=[a-z]))",
                             re.IGNORECASE)


@memoised_per_text
def _event_years(text: str) -> tuple[int, ...]:
    """The years naming an event in `text`: a year, or -1 for "last year's"."""
    return tuple(-1 if m.group(1) else int(m.group(2) or m.group(3)) for m in PAST_EVENT_YEAR.finditer(text))


def _past_years(j: _Judged) -> frozenset[int]:
    """The years before its article's one whose event a claim's own words are about ("Last
    year's march ended in clashes")."""
    published = j.ref.published
    if published is None:
        return frozenset()
    years = {published.year - 1 if y < 0 else y for y in _event_years(j.own_text)}
    return frozenset(y for y in years if y < published.year)


def _different_past(a: _Judged, b: _Judged) -> bool:
    """One claim is about a past year the other does not name ("Last year's march ended in
    clashes" / "the march passed off largely peacefully"): two times, not two accounts."""
    past_a, past_b = _past_years(a), _past_years(b)
    return (bool(past_a) or bool(past_b)) and past_a.isdisjoint(past_b)


@cache
def _contrast_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.lower().split()) for line in data_lines("conflict_contrast_words.txt"))


@memoised_per_text
def _contrast_words(text: str) -> frozenset[str]:
    words = frozenset(t.lower() for t in TOKEN.findall(text))
    return frozenset(w for group in _contrast_groups() for w in group & words)


def _different_parts(a: str, b: str) -> bool:
    """Each claim names a part the other does not, of one group of parts that exclude each
    other ("flood defences along the north bank had held" / "flood defences along the
    south bank had been overtopped"): two parts, not two accounts of one."""
    words_a, words_b = _contrast_words(a), _contrast_words(b)
    return any((group & words_a) and (group & words_b) and not (group & words_a & words_b)
               for group in _contrast_groups())


def _party_named(j: _Judged, article_stems: frozenset[str]) -> bool:
    """The claim's party, by every capitalised word of its speaker's name or of its role
    ("Port Authority spokesperson"), is named in another article: the two articles tell
    of one dispute even when they share few words ("we remain far apart" / the authority
    said the sides were "very close to an agreement")."""
    if not _attributed(j.claim):
        return False  # the outlet is no party of the story it tells
    for words in (j.claim.speaker, j.claim.speaker_role):
        # Two capitalised words at least: one ("Forecasters") may be a common noun that
        # starts a sentence.
        names = topic_stems(" ".join(w for w in TOKEN.findall(words or "") if w[:1].isupper()))
        if len(names) >= 2 and names <= article_stems:
            return True
    return False


@cache
def _all_opposites() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """The opposite pairs (claims/data/conflict_opposites.txt), then the directions
    (conflict_directions.txt) that also need a shared subject."""
    pairs = list(opposite_patterns())
    for line in data_lines("conflict_directions.txt"):
        left, _, right = line.partition("|")
        pairs.append(tuple(phrase_pattern([w.strip() for w in side.split(",") if w.strip()])
                           for side in (left, right)))
    return pairs


@cache
def _opposite_forms() -> dict[str, list[tuple[int, int]]]:
    """Each word form of every opposite pair (lowercase, inflected) -> its (row, side);
    phrasal verbs of conflict_direction_exceptions.txt -> no row."""
    sides: dict[str, list[tuple[int, int]]] = defaultdict(list)
    lines = data_lines("conflict_opposites.txt") + data_lines("conflict_directions.txt")
    for row, line in enumerate(lines):
        for side, words in enumerate(line.partition("|")[::2]):
            for word in (w.strip().lower() for w in words.split(",")):
                for form in opposite_inflections(word) if word else ():
                    if (row, side) not in sides[form]:
                        sides[form].append((row, side))
    # Phrasal verbs ("made up", "shut down") are read as phrases of no row, so that their
    # particle is not taken for a direction.
    for phrase in data_lines("conflict_direction_exceptions.txt"):
        for form in inflections(phrase.lower()):
            sides.setdefault(form, [])
    return dict(sides)


@cache
def _longest_opposite() -> int:
    """Tokens in the longest phrase of the opposite lists."""
    return max((len(TOKEN.findall(form)) for form in _opposite_forms()), default=1)


@memoised_per_text
def _opposite_words(text: str) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
    """Per row of the opposite pairs, the first word of its left and of its right side
    found in `text`. Overlapping words are read longest first ("fell short", not "fell").
    Words are looked up by their runs of up to as many tokens as the longest phrase ("in
    the middle of it"): a regex alternating hundreds of phrases would try each at every
    character. A word right after a negator (claims/data/conflict_assessment_negators.txt:
    "far from under control", "not on track", "no increase") counts for the other side; a
    row found on both sides is read from the clause after the last "but" or "however" when
    only one side is there ("we are not far apart on wages, but we remain far apart on
    automation" is far apart)."""
    sides = _opposite_forms()
    rows = len(_all_opposites())
    found: list[list[str | None]] = [[None] * rows, [None] * rows]
    tokens = TOKEN.findall(text.lower())
    longest = _longest_opposite()
    seen: list[tuple[int, int, str, int]] = []  # (row, side, phrase, token index)
    k = 0
    while k < len(tokens):
        for n in range(longest, 0, -1):
            phrase = " ".join(tokens[k:k + n])
            if phrase in sides and k + n <= len(tokens):
                flip = _negated_before(tokens, k)
                seen.extend((row, 1 - side if flip else side, phrase, k) for row, side in sides[phrase])
                k += n
                break
        else:
            k += 1
    contrast = max((i for i, t in enumerate(tokens) if t in CONTRAST_WORDS), default=None)
    for row, side, phrase, at in seen:
        if contrast is not None and at < contrast and any(
                r == row and o == 1 - side and a > contrast for r, o, _, a in seen) and not any(
                r == row and o == side and a > contrast for r, o, _, a in seen):
            continue  # the clause after "but" says the other side
        if found[side][row] is None:
            found[side][row] = phrase
    return one_of(tuple(found[0])), one_of(tuple(found[1]))


# "..., but we remain far apart": the clause after it carries the claim's assessment.
CONTRAST_WORDS = frozenset({"but", "however"})
# Adverbs a negator may stand before, still negating the assessment after them ("not yet
# under control", "not fully contained").
NEGATED_ADVERB = re.compile(r"^(?:yet|quite|so|\w+ly)$")
# The copula after a negated auxiliary ("had not been accurate", "will not be safe"), but
# not before a comparative: "demand had never been higher" says it is at its highest.
NEGATED_COPULA = re.compile(r"^(?:been|be)$")
COMPARATIVE = re.compile(r"(?:er|worse|more|less)$")


@cache
def _assessment_negators() -> frozenset[tuple[str, ...]]:
    """Token runs that turn the assessment word after them into its opposite."""
    return frozenset(tuple(TOKEN.findall(line.lower())) for line in data_lines("conflict_assessment_negators.txt"))


def _negated_before(tokens: list[str], k: int) -> bool:
    """A negator right before token k, or before one adverb or copula right before it; "n't" ends
    its verb ("isn't on track")."""
    for end in (k, k - 1):
        if end < k and not (end >= 0 and (NEGATED_ADVERB.match(tokens[end]) or
                                          (NEGATED_COPULA.match(tokens[end]) and not COMPARATIVE.search(tokens[k])))):
            break
        if end > 0 and re.search(r"n['’]t$", tokens[end - 1]):
            return True
        if any(end >= len(run) and tuple(tokens[end - len(run):end]) == run for run in _assessment_negators()):
            return True
    return False


@cache
def _negatable() -> frozenset[str]:
    """Stems of every inflection of the negatable predicates: the crude stemmer does not
    bring "survey" and "surveyed" to one stem."""
    return frozenset(stem(f) for w in data_lines("conflict_negatable.txt") for f in inflections(w))


# An assessment is short: in a long passage, "close" or "not" is too often about
# something else than the matter the other claim assesses.
ASSESSMENT_MAX_WORDS = 30
# Share of the words of the shorter claim (besides the opposite ones) the other must hold
# for a direction to oppose it: "standards were higher" / "standards were falling" share
# one of two; "fares across the network will rise" / "numbers on the network are falling"
# only one of several.
DIRECTION_SHARED = 0.25
APPROXIMATION = re.compile(r"\b(?:close|closer|nearer|near)\s+to\s+(?=[$£€]?\d|(?:about|around|some|nearly)\b)",
                           re.IGNORECASE)
TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
# "it had never been", "we were not", "they did not": a pronoun subject right before a
# negation, standing for the claim's speaker.
SPEAKER_PRONOUN = re.compile(r"(?:^|[,;:]\s*|\bthat\s+)\W*(?:it|they|we|he|she|i)\s+"
                             r"(?:had|has|have|was|were|is|are|did|do|does|would|will|could)?\s*$", re.IGNORECASE)
# "without a competitive tender", "without a senior nurse": the thing a clause lacks, up to
# the next preposition, conjunction or clause break.
WITHOUT_THING = re.compile(r"without\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:in|at|on|for|from|to|of|"
                           r"during|after|before|since|until|and|or|but|because|while|as)\b|\s*[,.;:]|\s*$)",
                           re.IGNORECASE)
# "the result of years of neglected maintenance rather than September's rain", "blamed the
# software instead of the crew": what a claim sets aside for another is denied like what
# follows a negator ("had never been warned"), and meets a claim asserting it.
SET_ASIDE = re.compile(r"(?<![\w-])(?:rather\s+than|instead\s+of)(?![\w-])", re.IGNORECASE)


# Units of a figure that dates no reading of a measure: "Two men were arrested on Sunday"
# still dates the arrests.
COUNT_UNITS = frozenset({"count"})


def _event_dates_of(text: str, quantities: Sequence[Quantity]) -> tuple[EventDate, ...]:
    """A figure with a unit at a date is a reading of a measure ("Inflation had peaked at
    11.3% in October"), two of which at two dates are a series, not two accounts; a plain
    count is not (review of c18: every claim with a count had lost its date)."""
    if any(q.unit and q.unit not in COUNT_UNITS for q in quantities):
        return ()
    return event_dates(text)


def _dated_event_keys(texts: Iterable[tuple[str, Sequence[Quantity]]]) -> frozenset[tuple[str, str]]:
    """The (grain, event word) pairs two or more dated claims hold: only those can join two
    claims dating an event, and a key of one claim alone would keep every dated claim of a
    store of 300,000 claims as an opposer (the pruning of find_contradictions)."""
    seen: set[tuple[str, str]] = set()
    twice: set[tuple[str, str]] = set()
    for text, quantities in texts:
        text = _leading_clause(text)
        if len(text.split()) > ASSESSMENT_MAX_WORDS:
            continue
        text = APPROXIMATION.sub(" ", text)  # as `_Wording.of` reads it
        dated = _event_dates_of(text, quantities)
        for key in {(d.grain, s) for d in dated for s in event_words(text)} if dated else ():
            (twice if key in seen else seen).add(key)
    return frozenset(twice)


def _negations_and_lacks(text: str) -> list[re.Match[str]]:
    """The negators of `text` and its "without" (what a clause lacks, c18), in order: the
    lack words are negations here only, not for every reader of conflict_negations.txt."""
    found = [*negation_pattern().finditer(text), *lack_pattern().finditer(text)]
    return sorted(found, key=lambda m: m.start())


# A negation negates the predicate that follows it closely ("had never been warned").
NEGATION_REACH_WORDS = 6
# Stems (the predicate and its object at least) a negated clause must share with a claim
# asserting it, for any predicate not listed in conflict_negatable.txt.
NEGATED_CLAUSE_SHARED = 2


# A long sentence ending in an aside (", at Tanner's Wharf and the former bus depot"):
# its first clause, when short enough, still carries one assessment.
CLAUSE_BREAK = re.compile(r"[,;:]\s")


def _leading_clause(text: str) -> str:
    """A text longer than `ASSESSMENT_MAX_WORDS` is read up to its last clause break that
    keeps it short enough ("board papers showing that the company is running 18 months
    behind schedule on its two largest sites, at ..."); a text without one stays whole."""
    if len(text.split()) <= ASSESSMENT_MAX_WORDS:
        return text
    cut = [m.start() for m in CLAUSE_BREAK.finditer(text) if len(text[:m.start()].split()) <= ASSESSMENT_MAX_WORDS]
    return text[:cut[-1]] if cut else text


@dataclass(frozen=True, slots=True)
class _Wording:
    """The assessment words of one claim, found once: pairs are then compared without
    running a regex per pair (a story's claims make many pairs)."""

    left: tuple[str | None, ...]
    right: tuple[str | None, ...]
    negation: str | None
    negated: frozenset[str]  # negatable predicates under a negation
    affirmed: frozenset[str]  # negatable predicates under none
    # Topic stems of the claim other than its assessment words: what it is about.
    about: frozenset[str] = frozenset()
    # Things said not to exist ("no fish deaths", "no shots were fired"): per conjunct,
    # the stems of its words; and the measures the claim counts ("hundreds of dead fish").
    denied: tuple[frozenset[str], ...] = ()
    counted: frozenset[str] = frozenset()
    # Things said to be among what was taken or found ("encrypted passwords were among
    # the files offered for sale"): per conjunct, the stems of its words.
    included: tuple[frozenset[str], ...] = ()
    # Any predicate under a negation, with its object ("never explored any alternative"):
    # (predicate stem, stems of the words it reaches); and every stem not under one.
    negated_clauses: tuple[tuple[str, frozenset[str]], ...] = ()
    plain_stems: frozenset[str] = frozenset()
    # Events and states said to hold or not (conflict_state_classes.txt): (class, side,
    # the keys of the words near the verb that say what of).
    states: tuple[tuple[str, int, frozenset[str]], ...] = ()
    # A whole group said to have done a thing ("every member of the coalition had voted
    # for the bill"): per universal, (stems of the group, stems of what it did); and counts
    # of members said not to have ("five coalition members abstained"): (stems of the
    # counted thing's head, stems of the rest of the claim).
    universal: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    excepted: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # Of the denied things, those said to have happened to no one ("nobody had been
    # injured": "injured").
    happened: tuple[frozenset[str], ...] = ()
    # Things said to have come to no harm ("the medieval chapel had been left untouched"):
    # per clause, the stems of its subject. A claim saying something came to harm
    # (conflict_harm_words.txt): the word, and every topic stem of the claim.
    spared: tuple[frozenset[str], ...] = ()
    harm: str | None = None
    harmed: frozenset[str] = frozenset()
    # The day, month or clock time the claim dates its event by (claims.event_dates), the
    # words that may name that event, and whether it is a plan or forecast (round c18).
    dated: tuple[EventDate, ...] = ()
    event: tuple[str, ...] = ()
    forecast: bool = False
    # Of its direction words (conflict_directions.txt), whether one is forecast ("may rise
    # next winter") and whether one tells of a past change ("fell this spring") (c18).
    forecast_direction: bool = False
    past_direction: bool = False
    # Of the negated clauses, those of a thing done "without" something: (the thing's
    # head, the stems of the clause before "without", every one of which the asserting
    # claim must hold: "the bridge contract was awarded without a tender" is no answer to
    # "the ferry contract was awarded after a tender") (c18).
    lacks: tuple[tuple[str, frozenset[str]], ...] = ()
    # Of the dated claims, the event words of the clauses holding those dates, one of which the other claim
    # must share: a date in another clause may date another event of the subject.
    dated_words: frozenset[str] = frozenset()
    # Whether it tells what was done to its first word ("the sample was taken").
    done_to: bool = False
    # The event words it is looked up by: those another dated claim of the store holds
    # (find_contradictions prunes them; `of` keeps all).
    keyed_event: frozenset[str] = frozenset()
    # What befell a subject (claims.outcomes, round c19): outcomes of
    # conflict_outcomes.txt as (row, side, subject stems, counted part), and acts of
    # taking or rescuing done to a subject with their doers.
    outcomes: tuple[tuple[int, int, tuple[str, ...], bool], ...] = ()
    taken: tuple[Taken, ...] = ()

    @classmethod
    def of(cls, text: str, quantities: Sequence[Quantity] = (), speaker: str | None = None) -> _Wording:
        text = _leading_clause(text)
        if len(text.split()) > ASSESSMENT_MAX_WORDS:
            return cls((), (), None, NO_STEMS, NO_STEMS)
        denied = _denied_things(text)
        counts = [q for q in quantities if _counts_some(q)]
        # What a count counts is named by its measure and by the words of its clause after
        # the figure ("Two new patients with measles were admitted", "three workers were
        # treated in hospital"), each widened to the words a denial may use for it.
        counted = _denial_widen(frozenset(
            s for q in counts for s in _widen(topic_stems(q.measure or "")) | _count_clause_stems(q, text)
            | _count_verb_stems(q, text)))
        # "closer to $12 million", "close to 3,000 jobs": an estimate, not an assessment.
        text = APPROXIMATION.sub(" ", text)
        found_left, found_right = _opposite_words(text)
        negations = sorted([*_negations_and_lacks(text), *SET_ASIDE.finditer(text)], key=lambda m: m.start())
        negated: set[str] = set()
        clauses: list[tuple[str, frozenset[str]]] = []
        lacks: list[tuple[str, frozenset[str]]] = []
        for m in negations:
            reach = " ".join(text[m.end():].split()[:NEGATION_REACH_WORDS])
            negated |= topic_stems(reach) & _negatable()
            heads = [topic_stems(w) for w in reach.split()]
            head = next((h for h in heads if h), None)
            lacked = WITHOUT_THING.match(text, m.start())
            if lacked:
                # "the contract was awarded without a competitive tender": what it lacks
                # is named by the last word of its noun phrase, and what went without it
                # by the clause before ("awarded after a full tender process").
                head = topic_stems(lacked.group(1).split()[-1]) or head
            if head:
                reached = topic_stems(reach)
                if lacked:
                    before = topic_stems(text[:m.start()].split(",")[-1])
                    reached |= before
                    lacks.append((min(head), before))
                # "it had never been consulted on the bill", said by the teachers' union:
                # a pronoun subject is the speaker, whose name the asserting claim may
                # hold ("the government had consulted teachers' unions").
                if speaker and SPEAKER_PRONOUN.search(text[:m.start()]):
                    reached |= topic_stems(speaker)
                clauses.append((min(head), reached))
        stems = topic_stems(text)
        under = frozenset(s for _, reached in clauses for s in reached)
        affirmed = (stems & _negatable()) - negated
        assessment = topic_stems(" ".join(w for w in found_left + found_right if w))
        # What rises or falls is named by common words: the names are the story's (a
        # capitalised first word is only the start of the sentence).
        words = text.split()
        about = topic_stems(" ".join(w for k, w in enumerate(words) if k == 0 or not w[:1].isupper())) - assessment
        harm = _harm_word(text)
        dated = _event_dates_of(text, quantities)
        return cls(one_of(found_left), one_of(found_right), negations[0].group(0) if negations else None,
                   one_of(frozenset(negated)), one_of(frozenset(affirmed)), one_of(about), denied, one_of(counted),
                   _included_things(text), tuple(clauses), stems - under, _states(text),
                   _universals(text), _exceptions(text, counts, stems), _denied_happenings(text),
                   _spared_things(text), harm, stems if harm else NO_STEMS,
                   dated, event_words(text) if dated else (), bool(dated) and is_forecast(text),
                   *_direction_times(text, found_left, found_right), tuple(lacks),
                   frozenset(event_words(dated_clauses(text))) if dated else NO_STEMS,
                   bool(dated) and is_done_to(text), frozenset(event_words(text)) if dated else NO_STEMS,
                   outcomes(text), taken_by(text))

    @staticmethod
    def narrows_others(text: str) -> bool:
        """Whether `of(text)` can hold what decides which words of the other claims are
        kept: a denied thing, a negated clause or a thing that came to no harm (c12). The
        same reading of the text, only asking whether its patterns match at all."""
        text = _leading_clause(text)
        if len(text.split()) > ASSESSMENT_MAX_WORDS:
            return False
        return bool(DENIED_THINGS.search(text) or DENIED_HAPPENINGS.search(text) or spared_pattern().search(text)
                    or bool(_negations_and_lacks(APPROXIMATION.sub(" ", text))) or SET_ASIDE.search(text))

    def features(self) -> Iterable[tuple]:
        """Keys under which an opposite claim looks this one up (`opposite_features`)."""
        yield from self._keys("left", self.left, self.about)
        yield from self._keys("right", self.right, self.about)
        yield from (("negated", s) for s in self.negated)
        yield from (("affirmed", s) for s in self.affirmed)
        yield from {("denied", _tail(s)) for thing in self.denied for s in thing | _member_stems(thing)}
        yield from {("counted", _tail(s)) for s in self.counted}
        yield from {("included", _tail(s)) for thing in self.included for s in thing}
        yield from {("negated clause", head) for head, _ in self.negated_clauses}
        yield from {("plain", s) for s in self.plain_stems}
        yield from {("state", c, side, key) for c, side, keys in self.states for key in keys}
        yield from {("universal", _tail(s)) for group, _ in self.universal for s in group}
        yield from {("excepted", _tail(s)) for heads, _ in self.excepted for s in heads}
        yield from {("spared", min(s)) for s in self.spared}
        yield from {("harmed", s) for s in self.harmed}
        yield from {("outcome", row, side, s) for row, side, subject, _ in self.outcomes for s in subject}
        yield from {("taken", s) for t in self.taken for s in t.subject}
        yield from self._dated_keys()

    def opposite_features(self) -> Iterable[tuple]:
        """The keys of claims that may oppose this one: a superset, `opposed_to` decides."""
        yield from self._keys("right", self.left, self.about)
        yield from self._keys("left", self.right, self.about)
        yield from (("affirmed", s) for s in self.negated)
        yield from (("negated", s) for s in self.affirmed)
        yield from {("counted", _tail(s)) for thing in self.denied for s in thing}
        yield from {("denied", _tail(s)) for s in self.counted}
        yield from {("included", _tail(s)) for thing in self.denied for s in thing | _member_stems(thing)}
        yield from {("denied", _tail(s)) for thing in self.included for s in thing}
        yield from {("plain", head) for head, _ in self.negated_clauses}
        yield from {("negated clause", s) for s in self.plain_stems}
        yield from {("state", c, 1 - side, key) for c, side, keys in self.states for key in keys}
        yield from {("excepted", _tail(s)) for group, _ in self.universal for s in group}
        yield from {("universal", _tail(s)) for heads, _ in self.excepted for s in heads}
        yield from {("harmed", min(s)) for s in self.spared}
        yield from {("spared", s) for s in self.harmed}
        yield from {("outcome", row, 1 - side, s) for row, side, subject, _ in self.outcomes for s in subject}
        yield from {("taken", s) for t in self.taken for s in t.subject}
        yield from self._dated_keys()  # a date meets the other dates of its grain

    def _dated_keys(self) -> Iterable[tuple]:
        return {("dated", d.grain, s) for d in self.dated for s in self.event if s in self.keyed_event}

    @staticmethod
    def _keys(side: str, found: tuple[str | None, ...], about: frozenset[str]) -> Iterable[tuple]:
        """A direction word is looked up with each word of what the claim is about (by its
        first five letters, which `_names_match` requires to agree): "would" alone is in
        half the claims of a story."""
        plain = len(opposite_patterns())
        for k, w in enumerate(found):
            if not w:
                continue
            if k < plain:
                yield side, k
            else:
                yield from {one_of((side, k, s[:5])) for s in about}

    @property
    def can_oppose(self) -> bool:
        return any(self.left) or any(self.right) or bool(self.negated or self.affirmed or self.denied or self.counted
                                                         or self.included or self.negated_clauses
                                                         or self.plain_stems or self.states
                                                         or self.universal or self.excepted
                                                         or self.spared or self.harmed or self.dated
                                                         or self.outcomes or self.taken)

    def opposed_to(self, other: _Wording) -> tuple[str, str] | None:
        plain = len(opposite_patterns())
        # One says a thing came to no harm, the other that something came to harm without
        # naming that thing ("the village school was also unharmed" / "the roof of the
        # medieval chapel was destroyed"): two things, whatever opposite words they hold.
        for spared_by, harmed_by in ((self, other), (other, self)):
            if spared_by.spared and harmed_by.harm and not _spared_harmed(spared_by.spared, harmed_by.harmed):
                return None
        for k in range(len(self.left)):
            hit = None
            if self.left[k] and other.right[k] and not other.left[k] and not self.right[k]:
                hit = self.left[k], other.right[k]
            elif self.right[k] and other.left[k] and not other.right[k] and not self.left[k]:
                hit = self.right[k], other.left[k]
            # Directions ("rose" / "fell", "will" / "unlikely to") oppose only claims
            # about one thing: a share of their other words must agree; and a forecast
            # change does not oppose a past one ("may rise next winter" / "fell this
            # spring"): two periods.
            if hit and (k < plain or (_shared_share(self.about, other.about) >= DIRECTION_SHARED
                                      and not _forecast_against_past(self, other))):
                return hit
        for denying, counting in ((self, other), (other, self)):
            thing = _counted_denial(denying.denied, counting.counted)
            if thing:
                nobody = any(" ".join(sorted(t)) == thing for t in denying.happened)
                hit = f"{'nobody' if nobody else 'no'} {thing}", "(counted)"
                return hit if denying is self else hit[::-1]
            thing = _included_denial(denying.denied, counting.included)
            if thing:
                hit = f"no {thing}", f"{thing} among"
                return hit if denying is self else hit[::-1]
        if self.negated & other.affirmed - other.negated:
            return f"{self.negation} {sorted(self.negated & other.affirmed)[0]}", "(affirmed)"
        if other.negated & self.affirmed - self.negated:
            return "(affirmed)", f"{other.negation} {sorted(other.negated & self.affirmed)[0]}"
        # One event or state said to hold of a thing by one and not by the other ("talks ...
        # broke down" / "negotiators ... had continued to meet", "no date has been set for
        # further negotiations" / "talks are scheduled to resume").
        for c, side, keys in self.states:
            for c2, side2, keys2 in other.states:
                if c == c2 and side != side2 and not keys.isdisjoint(keys2) and \
                        not any(c3 == c and s3 == side2 for c3, s3, _ in self.states) and \
                        not any(c3 == c and s3 == side for c3, s3, _ in other.states):
                    return f"{c} {'holds' if side == 0 else 'does not hold'}", \
                        f"{c} {'holds' if side2 == 0 else 'does not hold'}"
        # A whole group said to have done a thing, and a count of its members said not to
        # have ("every member of the governing coalition had voted for the bill" / "five
        # coalition members abstained in Tuesday's vote"): the count's thing is a word of
        # the group (and the two claims are of one story, see find_contradictions).
        for whole, part, flip in ((self, other, False), (other, self, True)):
            for group, _did in whole.universal:
                for heads, _rest in part.excepted:
                    if _stems_meet(heads, group):
                        hit = f"every {' '.join(sorted(group))}", f"{' '.join(sorted(heads))} (excepted)"
                        return hit[::-1] if flip else hit
        # A thing one says came to no harm, and the other says came to harm ("the medieval
        # chapel at Santa Lidia had been left untouched" / "the roof of the medieval chapel
        # at Santa Lidia was destroyed"): every word of the first's subject is in the other.
        for spared_by, harmed_by, flip in ((self, other, False), (other, self, True)):
            thing = _spared_harmed(spared_by.spared, harmed_by.harmed) if harmed_by.harm else None
            if thing:
                hit = f"{' '.join(sorted(thing))} unharmed", str(harmed_by.harm)
                return hit[::-1] if flip else hit
        # Any predicate negated with its object by one and asserted with it by the other
        # ("had never explored any alternative" / "had explored every alternative").
        for negating, asserting, flip in ((self, other, False), (other, self, True)):
            for head, reached in negating.negated_clauses:
                if any(h == head and not before <= asserting.plain_stems for h, before in negating.lacks):
                    continue
                if head in asserting.plain_stems and len(reached & asserting.plain_stems) >= NEGATED_CLAUSE_SHARED:
                    hit = f"{negating.negation} {head}", "(affirmed)"
                    return hit[::-1] if flip else hit
        # One subject said to have met an outcome and its complement ("Both climbers
        # survived the night" / "One of the climbers died in hospital"), and one act done to
        # one subject credited to two doers ("the man was detained by hospital security
        # staff" / "the man was stopped by traffic officers") (c19).
        outcome = opposed_outcomes(self.outcomes, other.outcomes)
        if outcome:
            row, subject = outcome
            side = next(s for r, s, *_ in self.outcomes if r == row)
            words = outcome_words(row)
            return f"{words[side]} {BEFELL}", f"{words[1 - side]} {BEFELL}"
        doers = different_doers(self.taken, other.taken)
        if doers:
            return f"by {doers[0]} {BEFELL}", f"by {doers[1]} {BEFELL}"
        return self._dated_apart(other)

    def _dated_apart(self, other: _Wording) -> tuple[str, str] | None:
        """One event dated apart by two accounts ("the vessel struck a sandbank shortly
        before midnight" / "the ship struck the sandbank at about 9pm"); a plan against
        what happened ("will reopen on June 2" / "reopened on July 14") is two times."""
        if self.forecast != other.forecast or not same_event(self.event, other.event,
                                                                    self.done_to and other.done_to):
            return None
        shared = set(self.event) & set(other.event)
        if not (shared & self.dated_words and shared & other.dated_words):
            return None
        for mine in self.dated:
            for theirs in other.dated:
                if dated_apart(mine, theirs):
                    return f"{mine.surface} {DATED}", f"{theirs.surface} {DATED}"
        return None


def _keyed_by_shared_dates(w: _Wording, dated_keys: frozenset[tuple[str, str]]) -> _Wording:
    """`w` looked up only by the event words another dated claim holds; undated when none."""
    keyed = frozenset(s for s in w.keyed_event if any((d.grain, s) in dated_keys for d in w.dated))
    if not keyed:  # its event words are read by no other rule: not kept for 300,000 claims
        return replace(w, dated=(), event=(), dated_words=NO_STEMS, keyed_event=NO_STEMS, forecast=False,
                       done_to=False)
    return replace(w, event=one_of(w.event), dated_words=one_of(w.dated_words), keyed_event=one_of(keyed))


def _forecast_against_past(a: _Wording, b: _Wording) -> bool:
    return (a.forecast_direction and b.past_direction and not b.forecast_direction) or \
        (b.forecast_direction and a.past_direction and not a.forecast_direction)


# A past form of a direction word: "rose", "have fallen", "dropped".
PAST_DIRECTION = re.compile(r"(?:ed|rose|risen|fell|fallen|grew|grown|shrank|shrunk)$")
# Words a forecast word may stand before its direction word ("may rise", "is expected to
# fall further", "could well rise").
FORECAST_REACH_WORDS = 3


def _direction_times(text: str, left: tuple[str | None, ...], right: tuple[str | None, ...]) -> tuple[bool, bool]:
    """Whether a direction word of `text` is forecast (a forecast word of
    conflict_forecast_words.txt a few words before it), and whether one is a past form."""
    plain = len(opposite_patterns())
    words = {w for w in (*left[plain:], *right[plain:]) if w}
    if not words:
        return False, False
    tokens = TOKEN.findall(text.lower())
    forecast = False
    for k, t in enumerate(tokens):
        if t in words:
            before = " ".join(tokens[max(0, k - FORECAST_REACH_WORDS - 1):k])
            forecast = forecast or bool(forecast_pattern().search(before))
    return forecast, any(PAST_DIRECTION.search(w) for w in words)


# The mark of a hit of `_Wording._dated_apart`, read by find_contradictions and the reason.
DATED = "(dated)"
# Marks an outcome or a doer of one subject (claims.outcomes): read on a subject's words,
# so only within one story.
BEFELL = "(befell)"
# Days two articles naming a weekday may be apart and still mean one week's day.
WEEKDAY_REACH_DAYS = 6


# "no fish deaths", "no shots were fired", "no passwords or bank details were taken": the
# things after "no", up to the verb.
DENIED_THINGS = re.compile(r"\bno\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:was|were|is|are|had|has|have|"
                           r"been|could|would|will|in|at|on|from|to|for|since|after|during|among|across)\b"
                           r"|\s*[,.;]|\s*$)")
COMPOUND_MIN = 4


# "nobody had been injured", "no one was hurt": what happened to no one, a participle.
DENIED_HAPPENINGS = re.compile(r"(?<![\w-])(?:nobody|no\s+one|no-one|none)\s+(?:else\s+)?"
                               r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been|got)\s+"
                               r"(?:(?:seriously|badly|fatally|critically|reportedly)\s+)?([a-z]+ed|hurt|held)\b",
                               re.IGNORECASE)


def _denied_things(text: str) -> tuple[frozenset[str], ...]:
    """Per conjunct ("passwords", "bank details"), the stems of a thing said not to exist,
    widened to its synonyms ("deaths" ~ "dead"); and what happened to no one ("nobody had
    been injured": "injured")."""
    found = [m.group(1) for m in DENIED_THINGS.finditer(text)]
    found += [m.group(1) for m in DENIED_HAPPENINGS.finditer(text)]
    return _stems_of_things(found, text)


def _denied_happenings(text: str) -> tuple[frozenset[str], ...]:
    """What happened to no one ("nobody had been injured": "injured"), as stems."""
    return tuple(s for s in (topic_stems(m.group(1)) for m in DENIED_HAPPENINGS.finditer(text)) if s)


def _stems_of_things(found: list[str], text: str) -> tuple[frozenset[str], ...]:
    """Per conjunct of the things found (and of the subject of "were not touched"), its stems."""
    things = []
    untouched = untouched_pattern().match(text)
    if untouched:
        found.append(untouched.group(1))
    for words in found:
        for part in re.split(r"\s+(?:or|and|nor)\s+|,\s*", words):
            stems = topic_stems(part)
            if stems:
                things.append(stems)
    return tuple(things)


@cache
def untouched_pattern() -> re.Pattern[str]:
    """"Card and bank details are stored separately and were not touched": the subject of a
    sentence whose predicate says it was not taken (claims/data/conflict_untouched_verbs.txt)."""
    verbs = "|".join(re.escape(v) for v in data_lines("conflict_untouched_verbs.txt"))
    return re.compile(r"\W*((?:[A-Za-z][\w-]*\s+){0,5}?[A-Za-z][\w-]*)\s+"
                      r"(?:(?:are|were|is|was)\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+)?"
                      rf"(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:not|never)\s+(?:{verbs})\b",
                      re.IGNORECASE)


# "encrypted passwords were among the files", "card details are also among the data": the
# things before "among", after a verb of being.
INCLUDED_THINGS = re.compile(r"(?:^|[,;]\s*|\b(?:that|and|but)\s+)((?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)"
                             r"\s+(?:was|were|is|are)\s+(?:also\s+)?among\b", re.IGNORECASE)


# "samples posted by the hackers included partial card numbers", "the files contained
# email addresses": the things after a verb of including, up to a clause break (not "included
# no ...").
INCLUDING_THINGS = re.compile(r"\b(?:included|includes|include|including|contained|contains)\s+(?!no\b|not\b|none\b)"
                              r"((?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)(?=\s*[,;.:]|\s*$|\s+(?:and|or)\s+[a-z])",
                              re.IGNORECASE)


def _included_things(text: str) -> tuple[frozenset[str], ...]:
    """Per conjunct, the stems of things a claim says were among what was taken or found
    ("... were among the files"), or that what was taken included ("the samples included
    card numbers": only meeting a denial of a class of them, see `_included_denial`)."""
    things = []
    for m in INCLUDED_THINGS.finditer(text):
        for part in re.split(r"\s+(?:or|and)\s+|,\s*", m.group(1)):
            stems = topic_stems(part)
            if stems:
                things.append(stems)
    for m in INCLUDING_THINGS.finditer(text):
        for part in re.split(r"\s+(?:or|and)\s+|,\s*", m.group(1)):
            stems = topic_stems(part)
            if stems and stems & denial_members():
                things.append(stems | {INCLUDING_MARK})
    return tuple(things)


# Marks an included thing read after "included" ("the files included card numbers"): it
# meets only a denial of a class of it (the verb names parts of many things).
INCLUDING_MARK = "(including)"


# --- a thing said to have come to no harm, and said to have come to harm ----------------

# The subject of a clause: from the clause's start to its verb, names left out and cut at
# the first preposition ("the medieval chapel at Santa Lidia had been left untouched":
# "medieval chapel"), so that a place named after it does not have to recur.
CLAUSE_START = r"(?:^|[,;:]\s+|\b(?:that|and|but)\s+)\W*"
SUBJECT_WORDS = r"((?:[A-Za-z][\w'’-]*\s+){0,7}?[A-Za-z][\w'’-]*)"
SUBJECT_CUT = re.compile(r"\s(?:at|in|on|near|next|along|inside|outside|beside|by|from|with|for|during|after)\s.*$",
                         re.IGNORECASE)
# "the chapel may have been spared": a subject run into a modal is a guess, no account.
SUBJECT_HEDGES = frozenset({"may", "might", "could", "would", "should", "perhaps", "possibly", "probably"})
# A subject of one word ("the bridge") names too little to be the other claim's thing.
SUBJECT_MIN_STEMS = 2
# Words between the verb and the word of no harm ("had been left untouched", "had come
# through the storm intact"), none a negation.
SPARED_FILLER_MAX = 5
# A negation or hedge anywhere before a word of harm in its clause reaches it ("had shown no
# signs of damage", "none of the boats moored in the inner basin had been damaged").
HARM_HEDGES = frozenset({"may", "might", "could", "possibly", "perhaps", "probably", "feared", "if"})


def _subject_stems(words: str, at_start: bool) -> frozenset[str]:
    """Topic stems of a clause subject (`SUBJECT_CUT`); empty for a hedged one."""
    words = SUBJECT_CUT.sub("", words)
    tokens = words.split()
    if any(t.lower() in SUBJECT_HEDGES for t in tokens):
        return frozenset()
    return topic_stems(" ".join(t for k, t in enumerate(tokens) if (k == 0 and at_start) or not t[:1].isupper()))


@cache
def spared_pattern() -> re.Pattern[str]:
    """"the medieval chapel at Santa Lidia had been left untouched", "students' exam records
    had not been affected", "the water stations never ran dry": a clause subject said to
    have come to no harm, by a word of conflict_spared_words.txt or by a negated word of
    conflict_untouched_verbs.txt or conflict_harm_words.txt."""
    def alternatives(name: str) -> str:
        words = sorted(data_lines(name), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    filler = rf"(?:(?!(?:not|never|no|but|and)\b)[\w'’\"“”-]+\s+){{0,{SPARED_FILLER_MAX}}}?"
    return re.compile(
        rf"{CLAUSE_START}{SUBJECT_WORDS}\s+(?:(?:(?:had|has|have|was|were|is|are|remained|stayed)\s+{filler})?\W*"
        rf"(?:{alternatives('conflict_spared_words.txt')})"
        rf"|(?:(?:had|has|have|was|were|is|are|did)\s+)?(?:not|never)\s+(?:been\s+)?"
        rf"(?:{alternatives('conflict_untouched_verbs.txt')}|{alternatives('conflict_harm_words.txt')}))"
        r"(?![\w-])",
        re.IGNORECASE)


def _spared_things(text: str) -> tuple[frozenset[str], ...]:
    """Per clause saying a thing came to no harm, the stems of its subject."""
    found = []
    for m in spared_pattern().finditer(text):
        stems = _subject_stems(m.group(1), at_start=text[:m.start(1)].strip(" \"'“‘") == "")
        if len(stems) >= SUBJECT_MIN_STEMS:
            found.append(stems)
    return tuple(found)


@cache
def _harm_runs() -> dict[tuple[str, ...], str]:
    return {tuple(TOKEN.findall(w.lower())): w for w in data_lines("conflict_harm_words.txt")}


def _harm_word(text: str) -> str | None:
    """The first word of conflict_harm_words.txt in `text` that no negation or hedge
    before it in its clause reaches ("had shown no signs of damage", "may have damaged");
    what a clause saying a thing came to no harm holds ("escaped damage") is not one."""
    runs = _harm_runs()
    longest = max(len(r) for r in runs)
    negation = negation_pattern()
    for clause in CLAUSE_BREAK.split(spared_pattern().sub(" ; ", text)):
        tokens = [t.lower() for t in TOKEN.findall(clause)]
        for k in range(len(tokens)):
            for n in range(longest, 0, -1):
                run = tuple(tokens[k:k + n])
                if run in runs:
                    if not any(negation.fullmatch(t) or re.search(r"n['’]t$", t) or t in HARM_HEDGES
                               for t in tokens[:k]):
                        return runs[run]
    return None


def _spared_harmed(spared: tuple[frozenset[str], ...], harmed: frozenset[str]) -> frozenset[str] | None:
    """The subject of a clause of no harm whose every stem the claim of harm holds."""
    return next((s for s in spared if s <= harmed), None)


@cache
def _denial_class_lines() -> tuple[frozenset[str], tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """(stems of the generic heads, per class (its stems, its members' stems)) of
    claims/data/conflict_denial_classes.txt."""
    lines = data_lines("conflict_denial_classes.txt")
    generic = frozenset(stem(w.strip()) for w in lines[0].split(",") if w.strip())
    classes = []
    for line in lines[1:]:
        left, _, right = line.partition("|")
        classes.append((frozenset(s for w in left.split(",") for s in topic_stems(w)),
                        frozenset(ph for ph in (topic_stems(w) for w in right.split(",")) if ph)))
    return generic, tuple(classes)


@cache
def denial_members() -> frozenset[str]:
    """Every stem of the members of conflict_denial_classes.txt (a first filter)."""
    return frozenset(s for _, members in _denial_class_lines()[1] for ph in members for s in ph)


@cache
def _class_members(thing: frozenset[str]) -> frozenset[frozenset[str]]:
    """The members (each its stems: "bank account") of the class a denied thing names
    ("financial data": card, bank account ...), when all its words but the generic heads
    are that class's words."""
    generic, classes = _denial_class_lines()
    words = thing - generic
    if not words:
        return frozenset()
    return frozenset(ph for words_of, members in classes if words <= words_of for ph in members)


def _member_stems(thing: frozenset[str]) -> frozenset[str]:
    return frozenset(s for ph in _class_members(thing) for s in ph)


def _included_denial(denied: tuple[frozenset[str], ...], included: tuple[frozenset[str], ...]) -> str | None:
    """A thing one claim says there was none of ("no passwords were taken"), which the
    other says was among what was taken ("encrypted passwords were among the files"):
    every word of the denied thing is a word of the included one, or a compound's head."""
    for thing in denied:
        members = _class_members(thing)
        for other in included:
            if INCLUDING_MARK not in other and \
                    all(any(c == s or (len(s) >= COMPOUND_MIN and c.endswith(s)) for c in other) for s in thing):
                return " ".join(sorted(thing))
            # A class denied ("no financial data was accessed") and a member of it
            # included ("card numbers were among the data stolen").
            if any(ph <= other for ph in members):
                return " ".join(sorted(thing))
    return None


@cache
def denial_synonyms() -> dict[str, frozenset[str]]:
    """stem -> the stems of its group in claims/data/conflict_denial_synonyms.txt."""
    groups: dict[str, frozenset[str]] = {}
    for line in data_lines("conflict_denial_synonyms.txt"):
        group = frozenset(stem(w.strip()) for w in line.split(",") if w.strip())
        for s in group:
            groups[s] = groups.get(s, frozenset()) | group
    return groups


def _denial_widen(stems: frozenset[str]) -> frozenset[str]:
    groups = denial_synonyms()
    return frozenset(g for s in stems for g in groups.get(s, (s,))) if stems else stems


# The clause a figure counts in: up to this many words after it, to a clause break.
COUNT_CLAUSE_WORDS = 6
CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")


def _count_clause_stems(q: Quantity, text: str) -> frozenset[str]:
    """Stems of the words right after a count's figure in its clause ("Two new patients
    with measles were admitted"), when the figure is found in the text."""
    at = text.find(q.surface) if q.surface else -1
    if at < 0:
        return frozenset()
    after = CLAUSE_END.split(text[at + len(q.surface):], maxsplit=1)[0]
    return topic_stems(" ".join(after.split()[:COUNT_CLAUSE_WORDS]))


# "evacuated about 60 residents", "arrested at least 12 people": the verb right before a
# count (past the words qualifying the figure), which says what was done to what it counts.
COUNT_VERB = re.compile(r"\b([a-z]+)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|"
                        r"at\s+least|more\s+than|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|another|a\s+further)\s+)?$",
                        re.IGNORECASE)


def _count_verb_stems(q: Quantity, text: str) -> frozenset[str]:
    """The stem of the verb right before a count's figure ("Police evacuated 60 residents":
    "evacu") when a denial may name it (conflict_denial_synonyms.txt): "no evacuations
    had been needed" then meets that count. Other words before a figure say nothing here."""
    at = text.find(q.surface) if q.surface else -1
    if at <= 0:
        return frozenset()
    m = COUNT_VERB.search(text[max(0, at - 40):at])
    if not m or m.group(1) in FUNCTION_WORDS:
        return frozenset()
    return frozenset(s for s in topic_stems(m.group(1)) if s in denial_synonyms())


# "every member of the governing coalition had voted", "all of its trains ran", "all 14
# primary schools would reopen": a whole group, up to its verb (not "almost all", "not all").
UNIVERSAL = re.compile(
    r"(?<![\w-])(?<!not )(?<!almost )(?<!nearly )(?<!virtually )(?<!practically )(?<!but )"
    r"(?:every|all|each)\s+(?:of\s+)?(?:(?:the|its|their|our|his|her|these|those)\s+)?(?:[\d,]+\s+)?"
    r"((?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)\s+"
    r"(?=(?:was|were|is|are|had|has|have|would|will|could|did|ran|went|got|came|took|left|held|kept|made|met|\w+ed)\b)",
    re.IGNORECASE)


@cache
def exception_pattern() -> re.Pattern[str]:
    """Words by which members of a group did not do what the group did
    (claims/data/conflict_exception_words.txt)."""
    return phrase_pattern(data_lines("conflict_exception_words.txt"))


def _universals(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each whole group the text says did a thing, with what it did; not when what it did
    is itself negated or an exception ("every member refused")."""
    found = []
    for m in UNIVERSAL.finditer(text):
        rest = CLAUSE_END.split(text[m.end():], maxsplit=1)[0]
        if negation_pattern().search(rest) or exception_pattern().search(rest):
            continue
        group, did = topic_stems(m.group(1)), topic_stems(rest)
        if group and did:
            found.append((one_of(group), one_of(did)))
    return tuple(found)


def _exceptions(text: str, counts: Sequence[Quantity], stems: frozenset[str]
                ) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each count whose clause says its members did not do something ("five coalition
    members abstained", "40 trains were cancelled"): the stems of its measure's head, and
    the claim's other stems."""
    found = []
    for q in counts:
        at = text.find(q.surface) if q.surface else -1
        if at < 0 or UNIVERSAL.search(text[max(0, at - 12):at + len(q.surface)]):
            continue  # "all 60 workers" is the group itself
        clause = " ".join(CLAUSE_END.split(text[at + len(q.surface):], maxsplit=1)[0].split()[:8])
        # "Nine wards were left without a senior nurse" did not do what every ward did.
        if not (exception_pattern().search(clause) or _negations_and_lacks(clause)):
            continue
        heads = _widen(measure_head(q))
        if heads:
            found.append((one_of(heads), one_of(stems - heads)))
    return tuple(found)


def _stems_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """A stem of one is a stem of the other, or a compound's head ("gunshot" / "shot")."""
    return any(x == y or (len(y) >= COMPOUND_MIN and x.endswith(y)) or (len(x) >= COMPOUND_MIN and y.endswith(x))
               for x in a for y in b)


def _counts_some(q: Quantity) -> bool:
    """A count of at least one ("hundreds of dead fish", "two gunshots")."""
    low = q.low if q.low is not None else q.value
    return q.unit == "count" and low is not None and low >= 1


def _tail(s: str) -> str:
    """A lookup key under which a compound meets its head ("gunshot" / "shot")."""
    return s[-COMPOUND_MIN:]


def _counted_denial(denied: tuple[frozenset[str], ...], counted: frozenset[str]) -> str | None:
    """A thing one claim says there was none of, which the other counts: every word of the
    thing is a word of the counted measure, or its synonym, or the head of a compound of it
    ("no shots" / "two gunshots"; "no fish deaths" / "hundreds of dead fish")."""
    if not counted:
        return None
    for thing in denied:
        if all(any(c == s or (len(s) >= COMPOUND_MIN and c.endswith(s)) for c in counted)
               for s in thing):
            return " ".join(sorted(thing))
    return None


# --- shared -----------------------------------------------------------------------------


def _conflict(kind: ConflictKind, a: ClaimRef, b: ClaimRef, score: float, reason: str) -> Conflict:
    return Conflict(
        conflict_id=Conflict.make_id(kind, a.claim.claim_id, b.claim.claim_id),
        claim_a=a.claim.claim_id,
        claim_b=b.claim.claim_id,
        kind=kind,
        score=score,
        reason=reason,
    )


def _who(ref: ClaimRef) -> str:
    if ref.claim.kind == ClaimKind.NARRATED:
        return f"{ref.claim.speaker} (own report)"
    name = ref.claim.speaker or "unattributed"
    return f"{name} ({ref.outlet})" if ref.outlet else name


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'
