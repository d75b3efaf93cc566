"""What every conflict rule reads: the settings, a claim as the rules judge it, the index
of related claims, and the helpers more than one rule uses.

Kept apart from the rules so each rule module imports it and none imports another rule's
internals it does not need."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from types import MappingProxyType

import numpy as np

from claims.conflicts.rival_comparatives import rival_comparative
from claims.conflicts.told_claims import denies_told_claim
from claims.counters import (compares_with_a_statement, counter_clauses, counter_phrase, denied_experience, dissent,
                             negated, negated_reach, reach_restated, restates)
from claims.event_dates import DATE_NAMES
from claims.lexicon import (
    data_lines,
    data_words,
    dispute_pattern,
    doubting_pattern,
    figure_noun_pattern,
    inflections,
    opposite_patterns,
    phrasal_verbs,
    phrase_pattern,
    rejects,
    rejects_a_claim,
)
from claims.models import Claim, ClaimKind, ClaimRef, Conflict, ConflictKind
from claims.readable import readable_speaker, relayed_rejecter
from claims.overlap import TopicIndex, background_weights, one_of, topic_stems
from claims.rebuttals import (
    accepted_clause,
    corrects_self,
    judged_amount,
    judged_content,
    judges_a_statement,
    labels_a_statement,
    labels_an_object,
    party_count_fault,
    refusing_cue,
    told_own_wrong,
)

# "the ministry's claim", "the electoral commission's figure": whose claim is rejected.
OWNER_NOUNS = ("figures?|claims?|estimates?|numbers?|reports?|assessments?|data|statistics|"
               "counts?|projections?|forecasts?|conclusions|findings|analysis|account|"
               # (fxY) a party's record of events, owned: "the group's log" (not "record":
               # "the firm's record" is its conduct)
               "logs?")


CLAIMED_NOUN = r"(?:claimed|alleged|so-called|purported)\s+[a-z][\w-]*"


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
    # (p62) A claim naming the figure it replaces ("£19m, far from the £12m the council had
    # announced") answers that figure's teller months later: such pairs meet up to this far
    # apart, only through the named figure.
    replaced_days: int = 365
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
    # (s40) Characters of each article's text, after its title, read for the names of its
    # story (`_Stories.titled_apart`, `story_lead`): an outlet's lede names the place and
    # body its claims' sentences may leave out. On the development gold run as one store,
    # 0 (the title alone) set one case's two outlets apart (a fire named by its road in one
    # title and by its town in the other, the town only in the other's lede); 300, 600 and
    # the whole text none. 600 holds a lede and its next paragraph at a bounded cost per
    # article when the flow reads the store's articles.
    lead_chars: int = 600
    # (r43) The score of a numeric conflict is this plus 0.2 times its claims' matter
    # (0.2-0.4): the report is read top down by score, and figures that do not overlap
    # are the least sure kind. Labelled precision by kind, development / closed: dispute
    # 0.98 / 0.95, contradiction 0.94 / 0.94, numeric 0.82 / 0.76; at 0.7 (0.7-0.9, as
    # before) numeric conflicts filled the top of the report, whose first half was the
    # least precise (dev 0.888, closed 0.806 against 0.907 / 0.859 for the whole). At 0.2
    # every numeric conflict ranks below the other kinds (contradictions 0.4-0.6): the
    # first half reads 0.968 / 0.937. Only the order moves: which conflict of a pair of
    # clusters is kept compares scores of one kind, and a shift keeps their differences.
    numeric_score_base: float = 0.2


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
    # (p45) The claim is its article's title (`is_headline`): ranked after body sentences
    # among the pairs of one pair of clusters (`headline_order`).
    headline: bool = False
    # (e62) A counter-statement (`recognise_counter_statements`): answered by the dispute
    # rule as a rejection, but its negation still opposes what it negates for the
    # contradiction rule, which reads no dispute's negations (`is_dispute` stays False).
    counter: bool = False
    answers: _Judged | None = None  # (e62) the claim a counter-statement restates
    # (t89) For a rejection, the party its speaker stands for when named as that party's
    # officer or associate ("the union's Leverton organiser", "Its chair"): the stems a
    # claim's voice must hold to be of the rejecter's own side (`disputes._rejecter_side`).
    side: frozenset[str] = frozenset()
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


def is_headline(claim: Claim, leads: Mapping[str, tuple[str | None, str]] | None) -> bool:
    """(p45) Whether a claim's sentence is its article's title (`leads`: article id -> title
    and lede, `story_lead`). A headline says in six words what the body tells with its
    place, time and source ("Council says barrier did its job" over "The tidal barrier did
    its job during Saturday's storm surge, the council said on Monday")."""
    title = (leads or {}).get(claim.article_id, (None, ""))[0]
    return bool(title and title.strip()) and " ".join(claim.sentence.split()) == " ".join(title.split())


def headline_order(headlines: int, order: tuple) -> tuple:
    """(p45) `pair_order` led by the number of headline claims in the pair, fewer first: of
    the pairs of one pair of clusters within `NEAR_SCORE`, one of two body sentences is
    reported before one
    holding a headline. A fact-checker reads the sentence that carries the claim's context
    (where, when, who says so), and the body's sentence is the one a reader would quote;
    a title set against a body sentence is the same disagreement with less to check.
    Only the order among near scores moves: a headline pair is still reported when no
    body pair of its clusters is."""
    return (headlines, *order)


# (m60) A figure the claim names as another's: a determiner or a possessive before it and,
# within three words after it, a participle giving it to a party ("far below the £32m
# announced by the club", "the 4,200 hectares given by the authorities", "its 12% quoted by
# the minister"). The claim repeats that figure to set its own against it; it does not state it.
CITED_BEFORE = re.compile(r"\b(?:the|its|their|his|her|[\w'’-]+['’]s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
CITED_AFTER = re.compile(r"^\S+(?:\s+[\w-]+){0,3}?\s+(?:given|announced|claimed|reported|cited|quoted|"
                         r"published|stated|issued|released)\s+by\b", re.IGNORECASE)


def cites_figure(claim: Claim, values: frozenset[float]) -> bool:
    """(m60) Every figure of the claim's own text with one of `values` (the figures a numeric
    conflict compares) is named as another party's (`CITED_BEFORE`, `CITED_AFTER`): "The fee
    paid is far below the £32m announced by the club" repeats the club's figure, and against
    "the guaranteed fee was £24m" it is a paraphrase of the club's "a club-record fee of
    £32m", the statement a fact-checker would check. A claim holding no such figure cites none."""
    found = False
    for q in claim.quantities:
        if q.value is None or q.value not in values:
            continue
        at = q.start_char - claim.start_char
        if at < 0 or at > len(claim.text):
            return False
        if not (CITED_BEFORE.search(claim.text[:at]) and CITED_AFTER.match(claim.text[at:])):
            return False
        found = True
    return found


def names_target_figure(target: Claim, rejection: Claim) -> bool:
    """(m60) The rejecting claim repeats a figure of the claim it rejects (same value and
    unit): "The figure of 1,200 repairs is not remotely accurate" against "crews had repaired
    1,200 potholes" says which figure is wrong; "the council's account of its repairs" of
    the same cluster only that something is."""
    own = {(q.unit, q.value) for q in target.quantities if q.value is not None}
    return any((q.unit, q.value) in own for q in rejection.quantities if q.value is not None)


def weaker_telling(kind: ConflictKind, a: Claim, b: Claim, headlines: int,
                   figures: frozenset[tuple] = frozenset()) -> tuple[int, int, int]:
    """(m60) How weakly a pair of claims tells its disagreement, smaller first, for
    `_BestPerClusterPair` to prefer among the pairs of one pair of clusters: the number of
    headline claims (p45's `headline_order`, now over the whole group: a title says in six
    words what a body sentence tells with its place, time and source, and its shortness
    raised its score), then of sides citing a compared figure as another's
    (`cites_figure`, numeric conflicts), then whether a rejection fails to name the figure
    of the claim it rejects (`names_target_figure`, disputes: `a` is the target, `b` the
    rejection) while another pair's does. A pair of two direct statements of the
    same figures is the one a fact-checker can check."""
    cited = 0
    if kind == ConflictKind.NUMERIC and figures:
        values = frozenset(v for _, low, high in figures for v in (low, high))
        cited = cites_figure(a, values) + cites_figure(b, values)
    unnamed = int(kind == ConflictKind.DISPUTE and not names_target_figure(a, b))
    return headlines, cited, unnamed


class _BestPerClusterPair:
    """The best item per pair of clusters, per story. Clusters gather near-identical
    sentences, and those recur in other stories ("2.3 million customers were affected",
    "the two sides remain far apart"): a conflict of one story must not hide the conflict
    between the same clusters in an unrelated story, which is another question for a
    fact-checker. Two items are of one story when an article of one is an article of the
    other or tells its story (`_Stories`, at least `floor`).

    The best is a function of the items offered, not of their order: of those of the
    smallest `weaker` (m60), those within `NEAR_SCORE` of their highest score, the first by
    `pair_order`. Only those are held."""

    def __init__(self, stories: _Stories, floor: float, story_of: dict[str, frozenset[str]] | None = None,
                 sides_of: Callable[[object], tuple[Claim, Claim] | None] | None = None) -> None:
        """`story_of` may be shared by several instances of one `stories` and `floor`.

        (k95) `sides_of`: an item's two claims, or None for an item whose group reports its
        best only. Given, a group also reports its further pairs that are another question
        (`further_questions`), not only its best."""
        self.stories, self.floor = stories, floor
        self._kept: dict[tuple, list[list]] = defaultdict(list)
        self._story: dict[str, frozenset[str]] = {} if story_of is None else story_of
        self.sides_of = sides_of

    def _story_of(self, article_id: str) -> frozenset[str]:
        if article_id not in self._story:
            self._story[article_id] = frozenset(self.stories.related(article_id, self.floor))
        return self._story[article_id]

    def offer(self, key: tuple, articles: tuple[str, ...], score: float, order: tuple, item: object,
              figures: frozenset[tuple] = frozenset(), claims: tuple[str, ...] = (),
              weaker: tuple = ()) -> None:
        """Keep `item` unless an item of the key and story has a higher score by more than
        `NEAR_SCORE`; items setting `figures` against each other (numeric conflicts) are
        one question only when they set one pair of values against each other
        (`_same_figures`) and are not two figures of one article (`_figures_of_one_article`:
        `claims` are the item's claim ids, in the order of `articles`).

        (m60) `weaker`: how weakly the item tells its disagreement (`weaker_telling`),
        smaller first. Of one group only the items of the smallest `weaker` are weighed by
        score and order: a pair told by a headline, by a figure cited as another's or by a
        rejection that does not name the figure it rejects is reported only when no pair of
        its group is told without that, whatever their scores (which measure how alike the
        two sentences are, and favour a short title or a short paraphrase). Items of a
        larger `weaker` are not held."""
        # the articles of the item's story: each of its articles and those telling its story.
        # (b57) Asked of the kept item's articles one by one, not as a union of the stories
        # made per offer: a story told by hundreds of articles made each offer cost as much
        # as the story, and offers grow with the pairs of the story's claims.
        stories = [self._story_of(x) for x in articles]
        sides = tuple(zip(claims, articles))
        for kept in self._kept[key]:
            if any(x in story for story in stories for x in kept[0]) and _same_figures(figures, kept[3]) \
                    and not (figures and any(_figures_of_one_article(sides, figures, *held) for held in kept[4])):
                if weaker < kept[5]:  # (m60) a better telling: the weaker ones held go
                    kept[1], kept[2], kept[5] = score, [(score, order, item, figures)], weaker
                elif weaker == kept[5]:
                    kept[1] = top = max(score, kept[1])
                    kept[2] = _frontier(kept[2], (score, order, item, figures), top - NEAR_SCORE)
                if self.sides_of is not None:
                    kept[6] = _leading(kept[6], ((weaker, -score, order), item, figures))
                if figures:
                    # (b57) Only items setting figures against each other read these
                    # (`_figures_of_one_article`), and an item with figures never joins an
                    # item without (`_same_figures`): the sides of figure-less items (each
                    # echo of a contradiction or dispute) were kept for nothing.
                    kept[3] = kept[3] | figures
                    kept[4].append((sides, figures))
                return
        self._kept[key].append([articles, score, [(score, order, item, figures)], figures,
                                [(sides, figures)] if figures else [], weaker,
                                [((weaker, -score, order), item, figures)] if self.sides_of is not None else []])

    def values(self) -> list:
        chosen = []
        for group in self._kept.values():
            for kept in group:
                _, _, best, figures = min(kept[2], key=lambda held: held[1])
                chosen.append(best)
                if self.sides_of is not None and self.sides_of(best) is not None:
                    chosen += further_questions(best, figures, kept[5], kept[6], self.sides_of)
        return chosen


# (k95) How many of a group's pairs, best first by (`weaker`, score, `pair_order`), are held to
# look for further questions among them (`further_questions`): a set fixed by the pairs
# offered, not by their order, and bounded however many outlets echo one disagreement.
FURTHER_PAIRS = 8


def _leading(held: list[tuple], new: tuple) -> list[tuple]:
    """The `FURTHER_PAIRS` first of `held` and `new` by their rank (each entry's first)."""
    return sorted(held + [new], key=lambda entry: entry[0])[:FURTHER_PAIRS]


def further_questions(best: object, best_figures: frozenset[tuple], weaker: tuple, held: list[tuple],
                      sides_of: Callable[[object], tuple[Claim, Claim]]) -> list:
    """(k95) The further pairs of one group (one pair of clusters, one story, one kind)
    reported beside its best: those told as well as it (the same `weaker`) that restate no
    pair already reported (`restates_pair`), taken best first. Clusters gather claims
    worded alike, but a cluster may hold two claims of one party, or two pairs of figures:
    "the operator rejected the union's figures" against the union's "more than 3,400
    members walked out" is one question, and against its "the operator had kept drivers off
    the rota for refusing unpaid overtime" (another claim of the union's cluster) another,
    which one conflict per pair of clusters hid. The same figure pair again from another
    outlet in other words stays folded."""
    reported = [(best, sides_of(best), best_figures)]
    further = []
    for rank, item, figures in held:
        if item is best or rank[0] != weaker:
            continue
        sides = sides_of(item)
        if any(restates_pair(sides, figures, done_sides, done_figures) for _, done_sides, done_figures in reported):
            continue
        reported.append((item, sides, figures))
        further.append(item)
    return further


def restates_pair(sides: tuple[Claim, Claim], figures: frozenset[tuple],
                  done: tuple[Claim, Claim], done_figures: frozenset[tuple]) -> bool:
    """(k95) A pair restates a reported pair of its group: each of its claims is a claim
    of the reported pair or restates it (`restates_claim`), in either order. Numeric pairs
    are told apart by their own figures only (`_same_figures` on each pair's figures, not on
    all those its group gathered): the same two figures again from other outlets, in other
    words, is the same question ("Turnout was 41%" / "turnout of 34%" and "Turnout of 34 per
    cent is disappointing" / "Turnout ... was 41%"), other figures are another one."""
    if figures or done_figures:
        return _same_figures(figures, done_figures)
    (a, b), (c, d) = sides, done
    return (restates_claim(a, c) and restates_claim(b, d)) or (restates_claim(a, d) and restates_claim(b, c))


# (k95) The clustering's likeness (`claims.clustering.similarity`, English-wide word weights)
# at which two claims are linked (`ClusteringSettings.threshold`): a claim this like another
# restates it.
RESTATES = 0.4


def restates_claim(a: Claim, b: Claim) -> bool:
    """(k95) One claim, or two worded alike by the clustering's own measure."""
    return a.claim_id == b.claim_id or _likeness(a.text, b.text) >= RESTATES


@lru_cache(maxsize=1 << 16)
def _likeness(a: str, b: str) -> float:
    from claims.clustering import similarity  # the clustering imports no rule
    return similarity(a, b) if a <= b else similarity(b, a)


def _frontier(held: list[tuple], new: tuple, floor: float) -> list[tuple]:
    """The (score, order, item, figures) that may still be chosen once `new` is offered: at or
    above `floor`, and none with a lower score and a later order than another (whatever
    higher scores come, the other is chosen first). Twenty echoes of one score are one."""
    if new[0] < floor or any(s >= new[0] and o <= new[1] for s, o, *_ in held):
        return [h for h in held if h[0] >= floor]
    return [h for h in held if h[0] >= floor and not (new[0] >= h[0] and new[1] <= h[1])] + [new]


def _figures_of_one_article(sides: tuple[tuple[str, str], ...], figures: frozenset[tuple],
                            held_sides: tuple[tuple[str, str], ...],
                            held_figures: frozenset[tuple]) -> bool:
    """(k34) Two numeric conflicts sharing one claim whose other claims are two claims of
    one article setting other values: that article gives two figures (this year's "it
    built 720 homes" and last year's "a year earlier it built 760"; a rate "was 3.1% in the
    third quarter" beside "had been 3.3% in the second"), not one figure written two ways,
    however near (`FIGURES_ALIKE`). Against a rival count they are two questions,
    and as one the pair kept could be the wrong one (the other quarter's)."""
    if not figures or figures == held_figures or len(sides) != 2 or len(held_sides) != 2:
        return False
    shared = set(sides) & set(held_sides)
    if len(shared) != 1:
        return False
    (claim, article), = set(sides) - shared
    (held_claim, held_article), = set(held_sides) - shared
    return article == held_article and claim != held_claim


def _same_figures(a: frozenset[tuple], b: frozenset[tuple]) -> bool:
    """Two sets of pairs of figures (unit, smaller, larger) hold one pair alike: the same
    unit and both values within twice the rounding tolerance ("about $45 million" against
    "$12 million", and "$45.2 million" against "$12m", are one question). Conflicts setting
    no figures against each other are always alike."""
    if not a or not b:
        return not a and not b
    near = lambda x, y: abs(x - y) <= FIGURES_ALIKE * max(abs(x), abs(y))  # noqa: E731
    return any(ua == ub and near(la, lb) and near(ha, hb) and not _two_rivals((la, ha), (lb, hb))
               for ua, la, ha in a for ub, lb, hb in b)


def _two_rivals(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """(n80) Two pairs of figures sharing one value, whose other values neither could be the
    other rounded (`_rounds_to`): one party's figure set against two rivals' ("18,000
    vehicles a day" against a traders' count of 22,000 and, months later, a survey's 20,400,
    each "not 18,000"; a company's 18% against a consultant's 27% and a review's 25%). A
    fact-checker asks two questions there, "18,000 or 22,000?" and "18,000 or 20,400?",
    however near the rivals (`FIGURES_ALIKE`); kept as one, the second answer was lost.
    "about 22,000" against "21,800" (one rival figure written two ways) is one question, as
    are rivals within `RIVALS_APART` ("14,200" / "14,500": one count told a week apart).
    (f87, review cr81) Values are one when equal but for a float's last digits (a figure
    converted from another unit: 0.1 * 3 is 0.30000000000000004), not only when equal."""
    if _one_value(x[0], y[0]) and _one_value(x[1], y[1]):
        return False
    for i in (0, 1):
        if _one_value(x[i], y[i]):
            u, v = x[1 - i], y[1 - i]
            return (abs(u - v) > RIVALS_APART * max(abs(u), abs(v))
                    and not (_rounds_to(u, v) or _rounds_to(v, u)))
    return False


def _one_value(u: float, v: float) -> bool:
    """(f87) Two floats equal within their last digits: 0.30000000000000004 and 0.3."""
    return abs(u - v) <= 1e-9 * max(abs(u), abs(v), 1.0)


# (n80) How far apart two rivals of one figure must be to be two questions: more than one
# side's rounding (`ConflictSettings.rounding_tolerance`). Nearer, they are as often one
# party's running count told a week apart ("14,200 heat pumps fitted" / "14,500").
RIVALS_APART = 0.05


def _rounds_to(value: float, figure: float) -> bool:
    """(n80) `value` rounded to the last significant digit of `figure` as written is `figure`:
    21,800 to 22,000 (thousands), 45.2 to 45, 48 to 50 (tens); not 20,400 to 22,000, 48 to 52."""
    exponent = Decimal(repr(float(figure))).normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return False
    # (lead, review cr81) The half-way point rounds up: 6,500 is 7,000 rounded, 150 is no 100.
    half, eps = 10.0 ** exponent / 2, 1e-9 * max(abs(value), abs(figure), 1.0)
    gap = abs(value - figure)
    return gap < half - eps or (gap <= half + eps and value < figure)


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
        self._bg_totals: dict[int, float] = {}
        numbers: dict[str, int] = {}
        self._cluster = np.fromiter(
            (numbers.setdefault(cluster_of[j.claim.claim_id], len(numbers)) if j.claim.claim_id in cluster_of else -1
             for j in judged), dtype=np.int64, count=len(judged))

    def matter(self, a: _Judged, b: _Judged, background: bool = False) -> float:
        """1 for two claims of one cluster, else the weighted share of rare words their
        sentences share (`TopicIndex.relatedness`). (x80) With `background`, words weigh by
        `background_weights()`, the same whatever else the store holds: with the store's
        idf, articles of other stories about drivers or strikes moved "1,800 drivers walked
        out" / "only 900 drivers had joined the strike" across a floor or changed its score.
        Without it still the store's idf (the dispute pool and the order of claims making
        one assessment, `disputes`: not moved, docs/conflicts.md "Round x80")."""
        cluster = self.cluster_of.get(a.claim.claim_id)
        if cluster is not None and cluster == self.cluster_of.get(b.claim.claim_id):
            return 1.0
        if background:
            return self.background_matter(a.index, b.index)
        return self.index.relatedness_of(a.index, b.index)

    def _bg_total(self, i: int) -> float:
        """The background weight of claim i's sentence stems, computed once."""
        found = self._bg_totals.get(i)
        if found is None:
            found = self._bg_totals[i] = background_weights().weight(self.index.stems[i])
        return found

    def background_matter(self, i: int, k: int) -> float:
        """`relatedness` of the sentences of claims i and k weighed by `background_weights()`."""
        shared = self.index.stems[i] & self.index.stems[k]
        if not shared:
            return 0.0
        smaller = min(self._bg_total(i), self._bg_total(k))
        return background_weights().weight(shared) / smaller if smaller else 0.0

    def of(self, a: _Judged, floor: float, among: frozenset[int] | set[int] | None = None,
           after: int = -1, extra: set[int] | None = None, extra_floor: float = 1.0,
           background: bool = False) -> list[tuple[float, _Judged]]:
        """(matter, claim) of the candidates at or above `floor`, only those `among` the
        given indices if set, and only those of index above `after` (each pair once).
        `extra` are candidates found by other means (a shared measure), kept from the
        lower `extra_floor`. (x80) With `background`, scored as `matter(..., background=True)`
        (which candidates are looked at still comes from the store's index)."""
        candidates = self.index.candidates(a.index)
        if extra:
            candidates |= extra
        if among is not None:
            candidates &= among
        indices = np.fromiter(sorted(i for i in candidates if i > after), dtype=np.int64)
        if background:
            scores = np.fromiter((self.background_matter(a.index, k) for k in indices.tolist()), dtype=np.float64,
                                 count=len(indices))
        else:
            scores = self.index.relatedness_to(a.index, indices)
        if self._cluster[a.index] >= 0:
            scores[self._cluster[indices] == self._cluster[a.index]] = 1.0
        keep = scores >= floor
        if extra and extra_floor < floor:
            keep |= (scores >= extra_floor) & np.isin(indices, np.fromiter(extra, dtype=np.int64, count=len(extra)))
        return [(score, self.judged[i]) for i, score in zip(indices[keep].tolist(), scores[keep].tolist())]


def is_dispute(claim: Claim, own_text: str | None = None, faulting: bool = True) -> bool:
    """An attributed claim whose cue or own words reject something ("denied", "was
    exaggerated", "any suggestion ... is false"), or that the sentence sets against a
    party ("..., contradicting chairman Graham Holt"). Without `faulting` (d44), not by
    a statement faulted for what it leaves out (`rebuttals._faulted_subject`) alone, (q108)
    nor by a party charged with counting wrongly (`rebuttals.party_count_fault`) alone."""
    if claim.speaker is None:
        return False
    if claim.kind == ClaimKind.NARRATED:
        # The outlet reporting a rejection ("the request was turned down", "the board
        # dismissed the appeal") rejects nothing said; it does when its own words reject
        # a claim or a figure ("the claim that no data was taken proved false").
        text = own_text if own_text is not None else claim.text
        return rejects_a_claim(text) and bool(claim_noun_pattern().search(text) or figure_noun_pattern().search(text))
    cued = dispute_pattern().search(claim.cue or "") or _rejecting_introduction(claim)
    if (cued and not _conditional_cue(claim)) or _contradicted_party(claim) \
            or doubting_pattern().fullmatch(claim.cue or "") or refusing_cue(claim.cue):
        return True
    text = own_text if own_text is not None else claim.text
    # (d10) "he had been wrong last month to say ...": the speaker corrects himself.
    if corrects_self(text):
        return False
    # (h72) "the campaign had been told its figures were wrong": the teller rejects the
    # speaker's own word; unless the speaker answers it ("We were told our figures were
    # wrong. The auditor used them.", q66's told claim, below).
    if told_own_wrong(text) and not denies_told_claim(text):
        return False
    # (e62) counter phrases; (q66) "We were told X. It was not."; (d89) "few customers who
    # lost service would agree" (`counters.dissent`), "the fine was out of all proportion"
    # (`rebuttals.judged_amount`)
    return rejects_a_claim(text) or judges_a_statement(text, _before_claim(claim), faulting) \
        or (faulting and party_count_fault(text, _before_claim(claim), claim.speaker)) \
        or _rebutting_participle(claim) or _labelled_statement(claim, text) \
        or compares_with_a_statement(text) or counter_phrase(text) or denied_experience(text) \
        or denies_told_claim(text) or dissent(text) or judged_amount(text) is not None \
        or rival_comparative(text) is not None  # (m108) "the true number was higher"


# (f34) "If they reject the offer, the strike will run on": a rejecting cue inside a
# condition is what would happen, not a rejection made.
CONDITION_OPENING = re.compile(r"\b(?:if|unless)\b[^,;:.]*$", re.IGNORECASE)


def _conditional_cue(claim: Claim) -> bool:
    before = _before_claim(claim)
    at = before.rfind(claim.cue or "")
    return at >= 0 and bool(CONDITION_OPENING.search(before[:at]))


def _labelled_statement(claim: Claim, text: str) -> bool:
    """(d20) A claim cued by a labelling verb is its object and complement ('branded the
    2,300 figure "pure spin"', `claims.rejections`): a rejection when the object is a
    statement and the complement calls it untrue (`rebuttals.labels_a_statement`)."""
    if (claim.cue or "").lower() in labelling_forms() and labels_a_statement(text):
        return True
    # (q103) The span is the label alone, its verb and object left before it.
    obj = label_object(claim)
    return obj is not None and labels_an_object(obj, text)


def label_object(claim: Claim) -> str | None:
    """(q103) The object of the labelling verb the claim's span is the label of ('Ms Ryle
    called the fine "[out of all proportion]"': "the fine"), else None."""
    m = _label_object_pattern().search(_before_claim(claim))
    return m.group("object") if m else None


def labelled_amount(claim: Claim, text: str) -> str | None:
    """(q103) `judged_amount` of a label-only span read with its object ('called the offer
    "[an insult]"': "offer"), for the target step to look for the sum judged."""
    obj = label_object(claim)
    return judged_amount(f"{obj} {text.strip()}") if obj else None


# (q103) Words that open another clause, so end a labelling verb's object (lexicon's
# list without "that", which here opens the object: "called that claim ...").
LABEL_OBJECT_STOPS = r"(?:and|but|or|said|says|saying|told|which|who|while|because|for)"


@cache
def _label_object_pattern() -> re.Pattern[str]:
    """(q103) The words before a claim ending on a labelling verb, its object of one to
    eight words (none opening another clause: "called for an inquiry and said") and the
    quote opening the label: 'Mr Ryle called the union's figure "'."""
    verbs = "|".join(sorted(map(re.escape, labelling_forms()), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+(?P<object>(?:(?!{LABEL_OBJECT_STOPS}\b)[\w'’-]+\s+){{0,7}}?"
                      rf"(?!{LABEL_OBJECT_STOPS}\b)[\w'’-]+)\s*[\"“‘]?\s*$", re.IGNORECASE)


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


def _near_in_time(a: ClaimRef, b: ClaimRef, days: int) -> bool:
    """Published within `days` of each other (or either undated)."""
    return a.published is None or b.published is None or abs((a.published - b.published).days) <= days


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


@cache
def document_nouns() -> frozenset[str]:
    """Nouns of documents whose findings a claim may report (attribution_document_nouns.txt)."""
    return data_words("attribution_document_nouns.txt")


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
    # (d93) Not a courtesy title: "Mr Ellerkin" and "Mr Aldersey" share "mr" and no party.
    return topic_stems(words) - honorific_stems()


@cache
def honorific_stems() -> frozenset[str]:
    """(d93) The stems of courtesy titles (conflict_voice_honorifics.txt), no party's name."""
    return topic_stems(" ".join(data_lines("conflict_voice_honorifics.txt")))


def _attributed(claim: Claim) -> bool:
    """A claim of a party the article quotes or reports, not of the outlet's own voice
    (an unattributed sentence with figures, or a `narrated` one)."""
    return claim.speaker is not None and claim.kind != ClaimKind.NARRATED


def _voice(claim: Claim) -> str | None:
    """Who a claim is by for telling sources apart within an article: its speaker, None
    for the outlet's own voice (its `narrated` claims and its unattributed figures are
    one voice)."""
    return claim.speaker if _attributed(claim) else None


def _outlet_against_source(a: Claim, b: Claim) -> bool:
    """(q24) One article's own voice (an unattributed or `narrated` sentence) against a
    party it quotes or reports: the writer setting the background beside a source's words
    ("Visitor numbers fell by 12% this summer" / "the director said visitor numbers had
    risen"), not a rival account; a writer who doubts a source says so, and that is read
    as a dispute. On the closed sets, opposite wording of this kind was found in no
    labelled conflict and in 13 unlabelled predictions."""
    return a.article_id == b.article_id and (_voice(a) is None) != (_voice(b) is None)


# Names each article must give before sharing none sets them apart. On the development
# gold run as one store (short articles), 3 lost six labelled conflicts and one closed,
# 4 and 5 none; long articles name many more. (lead, sixteenth session) 5 -> 4: two
# towns' housing reports naming four each joined through their shared words; on the
# 313 development cases, predictions joining two cases 186 -> 172, two contradictions
# found more (their store no longer met a neighbour's claims first), nothing lost; closed
# sets identical. 3 still loses nine found.
NAMED_APART = 4
# (lead, fourteenth session) An article naming this many sets apart one naming any name
# and none of its own, unless a third article shares names with both (`_bridged`). On the
# development gold run as one store: 10 kept every labelled conflict (8 and 7 lost one,
# a short piece of a wind farm naming the company, a long one the town).
NAMED_APART_LONG = 10
# A third article bridging two is told by both at least this much (story overlap).
BRIDGE_FLOOR = 0.1
# (n64) `told_apart` sets two articles' figures apart only when each names at least this
# many names: on the development gold, the three outlets of one story it would otherwise
# part each had one article naming a single name (its county, its town, one village).
TOLD_APART = 2
# (k87) `_Stories.evidenced`: articles published more than STORY_NEAR_DAYS apart are of one
# story only when they share a rare stem: one held by no more articles than STORY_RARE_FEWEST
# (a story's outlets and follow-ups) or STORY_RARE_SHARE of the store, whichever is more.
# On the development gold run as one store (1,041 articles, so at most 10 articles): 46 of
# the 101 predictions joining two cases share no such stem and are more than 4 days apart;
# every labelled conflict more than 3 days apart shares one (docs/conflicts.md, "Round k87").
STORY_NEAR_DAYS = 4
STORY_RARE_FEWEST = 10
STORY_RARE_SHARE = 0.01
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*[\w&]")
_WORD = re.compile(r"(?<![\w'’-])[a-z][\w-]*")
# (s40) Where a lede's sentences end: a line break, or a stop before a capital or a quote.
_LEAD_SENTENCE = re.compile(r"\n+|(?:(?<=[.!?])|(?<=[.!?][\"'”’]))\s+(?=[\"'“‘]?[A-Z])")
_NOT_NAMES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "I", *DATE_NAMES))


def _proper_names(sentences: dict[str, dict[str, None]]) -> dict[str, frozenset[str]]:
    """The proper names each article's claims give: capitalised words never written in
    lower case in the store's sentences ("Kersley", "GMB", but not "Council", "Residents",
    "The"), less weekdays, months and titles. A sentence's first word counts only if it is
    capitalised inside some sentence too: in a small store, "Joblessness rose" or
    "Opposition politicians said" would otherwise be names.

    (b57) Each name is one string for the whole store (`sys.intern`), and articles naming
    the same names share one set (`one_of`): a fresh string per match per article was most
    of this table (8.9 MB on 86,040 claims)."""
    lower = {w for said in sentences.values() for s in said for w in _WORD.findall(s)}
    inside = {m.group() for said in sentences.values() for s in said for m in _CAPITALISED.finditer(s)
              if s[:m.start()].strip(" \"'‘“(")}
    return {article_id: one_of(frozenset(sys.intern(m.group()) for s in said for m in _CAPITALISED.finditer(s)
                                         if m.group().lower() not in lower and m.group() not in _NOT_NAMES
                                         and (m.group() in inside or s[:m.start()].strip(" \"'‘“("))))
            for article_id, said in sentences.items()}


def _lead_names(sentences: dict[str, dict[str, None]], leads: Mapping[str, tuple[str | None, str]]
                ) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]],
                           dict[str, dict[str, frozenset[str | None]]], dict[str, frozenset[str]]]:
    """(s40) The proper names of each article's claims' sentences, title and lede
    (`_proper_names` over them all, the title and the lede's paragraphs read as sentences),
    those of them its title gives, the words following each name (`_name_followers`) and
    (k70) its people's surnames (`_surnames`). Articles without a lead have none."""
    if not leads:
        return {}, {}, {}, {}
    read = {a: dict(said) for a, said in sentences.items()}
    for article_id, (title, lead) in leads.items():
        if article_id in read:
            read[article_id].update(dict.fromkeys(p.strip() for p in [title or "", *_LEAD_SENTENCE.split(lead)]
                                                  if p.strip()))
    names = _proper_names(read)
    titled = {a: frozenset(m.group() for m in _CAPITALISED.finditer(leads[a][0] or "")) & names[a]
              for a in names if a in leads}
    return names, titled, {a: _name_followers(read[a], names[a]) for a in names if a in leads}, \
        {a: _surnames(read[a], names[a]) for a in names if a in leads}


def _opening_names(names: Mapping[str, frozenset[str]], leads: Mapping[str, tuple[str | None, str]]
                   ) -> dict[str, frozenset[str]]:
    """(m63) The proper names (of `_lead_names`) an article's title and the first sentence
    of its lede give: whom or what the story is about ("Harbourline Ferries cancelled
    1,240 sailings ..."; "The drivers' union at Tarrow Buses said ..."). A text opening on
    its title again is read from the sentence after it."""
    opened = {}
    for article_id, (title, lead) in leads.items():
        first = next((p for p in _LEAD_SENTENCE.split(lead) if p.strip() and p.strip() != (title or "").strip()), "")
        said = f"{title or ''} {first}"
        opened[article_id] = frozenset(m.group() for m in _CAPITALISED.finditer(said)) & names.get(article_id, frozenset())
    return opened


def _name_followers(said: dict[str, None], names: frozenset[str]) -> dict[str, frozenset[str | None]]:
    """(s40) For each name of an article, the capitalised words written right after it
    ("Tom" -> {"Avery"}), None among them where it stands alone ("Tom said"): a name always
    followed by another is a given name or a title ("Professor", "St"), which two stories'
    people share by chance."""
    found: dict[str, set[str | None]] = defaultdict(set)
    for sentence in said:
        for m in _CAPITALISED.finditer(sentence):
            if m.group() in names:
                after = _CAPITALISED.match(sentence, m.end() + 1) if sentence[m.end():m.end() + 1] == " " else None
                found[m.group()].add(after.group() if after else None)
    return {name: frozenset(after) for name, after in found.items()}


def _surnames(said: dict[str, None], names: frozenset[str]) -> frozenset[str]:
    """(k70) The names an article writes both right after another of its names and alone
    (after no capitalised word): a person's surname, "Lund" of "Operations director Priya
    Lund said ..." and "Lund said the depot had reopened". A body's second word is not
    written alone ("Tarrow Coaches", "Orrin Metro"). (cr70) Nor is a name the article writes
    after a determiner ("A Council spokesman said", "the Council"): a body's word, however
    often written alone, since no person is "a Lund"."""
    after_name, alone, determined = set(), set(), set()
    for sentence in said:
        previous = None
        for m in _CAPITALISED.finditer(sentence):
            if m.group() in names:
                joined = previous is not None and sentence[previous.end():m.start()] == " "
                # (k72, review cr72) only the few characters before the name: searching the
                # whole prefix for each name was quadratic (78 s on a 124k-character sentence)
                reach = max(0, m.start() - SURNAME_DETERMINER_REACH)
                if SURNAME_DETERMINER.search(sentence, reach, m.start()):
                    determined.add(m.group())
                if not joined:
                    alone.add(m.group())
                elif previous.group() in names:
                    after_name.add(m.group())
            previous = m
    return frozenset((after_name & alone) - determined)


# (cr70) A determiner right before a name: the name is a common noun's, not a person's.
# (cr71) Not "that": after a verb it is a conjunction ("Managers insisted that Lusk had
# misled members"), and a surname after it is still a person's.
SURNAME_DETERMINER = re.compile(r"(?<![\w'’-])(?:a|an|the|this|these|those|its|their|our|every|each|any)\s$",
                                re.IGNORECASE)
# Characters before a name wide enough for the longest determiner and its space.
SURNAME_DETERMINER_REACH = 12


def _one_name(x: str, y: str) -> bool:
    """A name and its derived forms: "Estavia" / "Estavian", "Halden" / "Haldeners"."""
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 5 and long_.startswith(short)


def story_lead(title: str | None, text: str, chars: int = ConflictSettings.lead_chars) -> tuple[str | None, str]:
    """(s40) What `find_conflicts` reads of an article besides its claims: its title and the
    first `chars` characters of its text, cut at a word's end."""
    lead = text[:chars]
    if len(text) > chars and not text[chars].isspace():
        lead = lead.rsplit(None, 1)[0] if " " in lead else ""
    return title, lead


class _Stories:
    """Which articles tell the same story: the rare words of all their claims' sentences
    (names, places, the matter at hand) overlap. Short quotes such as "We are very close"
    share no rare word with "There is no deal in sight", but their articles do.

    (s40) `leads` (article id -> title and the opening of its text, `story_lead`) give the
    names of the story beyond the claims' sentences: see `titled_apart`."""

    # Without leads, no article has a title's names (and a subclass may skip __init__).
    story_names: Mapping[str, frozenset[str]] = MappingProxyType({})
    title_names: Mapping[str, frozenset[str]] = MappingProxyType({})
    followers: Mapping[str, dict[str, frozenset[str | None]]] = MappingProxyType({})
    opening_names: Mapping[str, frozenset[str]] = MappingProxyType({})
    surnames: Mapping[str, frozenset[str]] = MappingProxyType({})

    def __init__(self, judged: list[_Judged], max_days: int | None = None, same_story: float | None = None,
                 told_story: float = 0.2, leads: Mapping[str, tuple[str | None, str]] | None = None) -> None:
        sentences: dict[str, dict[str, None]] = defaultdict(dict)
        self.published: dict[str, object] = {}
        for j in judged:
            sentences[j.claim.article_id][j.claim.sentence] = None
            self.published[j.claim.article_id] = j.ref.published
        self.article_ids = sorted(sentences)
        self.position = {a: i for i, a in enumerate(self.article_ids)}
        self.max_days = max_days
        self.same_story, self.told_story = same_story, told_story
        # Articles are few next to claims: look for related ones through many of their words.
        self.index = TopicIndex([" ".join(sentences[a]) for a in self.article_ids], rarest=50,
                                keep_stem_sets=False)
        self.names = _proper_names(sentences)
        self.story_names, self.title_names, self.followers, self.surnames = _lead_names(sentences, leads or {})
        self.opening_names = _opening_names(self.story_names, leads or {})
        self._related: dict[tuple[str, float], list[str]] = {}
        # (b57) article -> {other: score}: one small dict per article, not a (a, b) tuple per
        # pair (12.2 MB of tuples and their entries on 86,040 claims).
        self._scores: dict[str, dict[str, float]] = {}
        self._last_scored: tuple[str | None, list[tuple[str, float]]] = (None, [])
        self._told_by: dict[str, frozenset[str]] = {}
        # (k87) (i, k) -> whether the two articles share a rare stem: asked per pair of figures
        self._evidenced: dict[tuple[int, int], bool] = {}

    def evidenced(self, a: str, b: str) -> bool:
        """(k87) Whether two articles may tell one story on the evidence of their words: they
        were published within `STORY_NEAR_DAYS` of each other (or one is undated), or they
        share a rare stem (`STORY_RARE_FEWEST`, `STORY_RARE_SHARE`), a name or a matter few
        articles of the store hold. Residents "never consulted" about road works and an
        inspectorate's finding on a library consultation a week later share "consult",
        "council" and "began", words hundreds of a month's articles hold; outlets of one story
        days or months apart name its town, its people or its matter ("Threnmouth", "the weir"). In
        a store of a few articles every stem two articles share is rare: only articles days
        apart sharing no stem at all are set apart there."""
        if a == b:
            return True
        pa, pb = self.published.get(a), self.published.get(b)
        if pa is None or pb is None or abs((pa - pb).days) <= STORY_NEAR_DAYS:
            return True
        i, k = self.position.get(a), self.position.get(b)
        if i is None or k is None:
            return True
        cache = self._evidenced
        key = (i, k) if i < k else (k, i)
        if key not in cache:
            rare = self.index.held_by(max(STORY_RARE_FEWEST, STORY_RARE_SHARE * self.index.size))
            cache[key] = self.index.rarest_shared(i, k) >= rare - 1e-9
        return cache[key]

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
                    self._scores.setdefault(article_id, {})[other] = score
            if self.same_story is not None and floor < self.same_story:
                found = [o for o in found if not self._two_stories(article_id, o)]
            found = [o for o in found if not self.named_apart(article_id, o)]
            self._related[key] = found
        return self._related[key]

    def told_before(self, article_id: str, floor: float, days: int) -> list[str]:
        """(t72) Articles published before `article_id`, up to `days` earlier and past the
        story window `related` keeps, whose rare words overlap it at least `floor` and that
        do not name two stories' people and places (`named_apart`): where a rejection that
        tells what it was told ("For months the company told the public that riders earn
        £14.20 an hour. That was never true.") may find the telling, said months before the
        rejection's story began. Undated articles are in `related` already."""
        mine = self.published.get(article_id)
        if mine is None:
            return []
        found = []
        for other, score in self._scored(article_id):
            theirs = self.published.get(other)
            if score >= floor and theirs is not None and theirs < mine and (mine - theirs).days <= days \
                    and not self._near_in_time(article_id, other) and not self.named_apart(article_id, other):
                found.append(other)
        return found

    def related_set(self, article_id: str, floor: float) -> frozenset[str]:
        """(b53) `related` as a set, kept per article and floor: the numeric rule asks
        whether an article is of another's story for every pair of figures it weighs, and
        a list's membership test (or a set made afresh per claim) grows with the story."""
        cache = self.__dict__.setdefault("_related_sets", {})
        key = (article_id, floor)
        if key not in cache:
            cache[key] = frozenset(self.related(article_id, floor))
        return cache[key]

    def _two_stories(self, a: str, b: str) -> bool:
        """(f26) Two articles overlapping less than `told_story` that are each told
        closely by other articles, with no close partner in common, tell two stories: a
        council's bin collections and a hospital merger in one region's papers share
        "council", "union", "savings" and "jobs" (0.12-0.19), while the outlets telling
        each story score 0.35-0.48 with one another. Articles of one gold case score 0.2
        or more (`ConflictSettings.same_story`), so links from 0.2 are kept; below it, only
        articles without a close partner (a short piece, a single outlet) keep them.
        Closeness alone is no proof of one story: short articles of unrelated stories in
        one month can score 0.25-0.36, so a link of 0.2 or more is never cut."""
        if a == b or self.score(a, b) >= min(self.same_story, self.told_story):
            return False
        close_a, close_b = self.close_partners(a, self.same_story), self.close_partners(b, self.same_story)
        return bool(close_a) and bool(close_b) and not (close_a & close_b)

    def named_apart(self, a: str, b: str) -> bool:
        """Two articles that each name several people, places or bodies, and none the
        other names, tell two stories however much their other words overlap: two towns'
        bin strikes share "refuse", "collections", "council" and "union" (story overlap
        0.26-0.37 on the development gold run as one store), and two mayoral counts share
        "ballots", "recount" and "returning officer". Both must name `NAMED_APART` or
        more: a short piece naming only its speaker ("Tarrant said turnout was 41%") beside
        one naming only the town is still one story.

        A long article naming `NAMED_APART_LONG` or more sets apart any article naming
        none of its names, however few that one gives: a 600-word report of one council's
        housing figures names its town, councillors and developers, and a brief on another
        town's waiting list names that town. Unless a third article, told by both, names
        something of each (`_bridged`): a brief naming only the company ("Northwind") and a
        report naming only the town and its people are tied by the article naming both."""
        if self._named_apart_from(a, b, NAMED_APART) or self.titled_apart(a, b):
            return True
        short, long_ = sorted((a, b), key=lambda x: len(self.names.get(x, ())))
        return (len(self.names.get(long_, ())) >= NAMED_APART_LONG and self._named_apart_from(short, long_, 1)
                and not self._bridged(a, b))

    def titled_apart(self, a: str, b: str) -> bool:
        """(s40) Two articles whose titles each name someone or somewhere, neither of which
        names (in its title, lede or claims' sentences) anything the other's title names,
        tell two stories, however few names each gives: a headline names its story's town
        or party ("Quellford misses housing target", "Tenants say Holmwick counted homes
        twice"), and the outlets of one story name it in their titles or ledes even when
        they quote different people. Two towns' housing reports naming two or three people
        each share "households", "waiting list" and "council" (story overlap above
        `same_story`) and no name; two elections' reports share a councillor's surname, but
        neither names the other's town. A title naming no one ("Bin figures 'massaged',
        says opposition") sets nothing apart: outlets of one story may share no name at all
        in their openings (on the development gold, ten pairs of one case did, once a
        lede's first sentence stood in for a title naming none)."""
        if a == b or not self.title_names.get(a) or not self.title_names.get(b):
            return False
        return self._names_none_of(b, a) and self._names_none_of(a, b)

    def opened_apart(self, a: str, b: str) -> bool:
        """(m63) Two articles whose openings (title and the lede's first sentence,
        `_opening_names`) each name someone or something the other article (its title,
        lede and claims' sentences) never names tell two stories of one template, however
        closely their words meet: "Harbourline Ferries cancelled 1,240 sailings" and "Tarrow
        Buses cancelled 640 services" share "cancelled", "union", "off sick" and "summer",
        but neither names the other's operator. Too weak to set whole stories apart
        (outlets of one story may open on different people, `titled_apart`); the numeric
        rule asks it only where nothing but the act ties two figures (`numeric._one_act`)."""
        if a == b or not self.opening_names.get(a) or not self.opening_names.get(b):
            return False
        return (self._names_none_of(b, a, self.opening_names)
                and self._names_none_of(a, b, self.opening_names))

    def told_apart(self, a: str, b: str, *, below: float | None = None, unshared: bool = False) -> bool:
        """(n64) `opened_apart` for any two figures, not only those tied by their act: two
        articles that each name at least `TOLD_APART` names (title, lede, claims' sentences)
        and whose openings each name something the other never writes tell two stories of
        one template: "Halbrook council said 2,100 households were on its waiting list,
        councillor Mara Quaye said" / "Pellingham council said 3,400 households ...,
        councillor Ty Voss said" share "households", "waiting list" and "council", and their
        counts are two towns', not rival counts. Outlets of one story may open on different
        bodies, so the test is narrowed twice. An article naming a single name (only its
        town, or only a speaker's surname) is no evidence: "Councillor Voss said 3,400
        households ..." may tell Halbrook's list from the other side. And a name both
        openings write counts as shared even when different words follow it ("Northmere
        General Hospital" / "Northmere Health Trust"): `_two_people` keeps two people's
        given names apart, but a town or a body is named in many compounds.

        (k70) One test for the four rules that ask it, each narrowing it by a parameter:
        - `below`: the articles overlap less than this. (o65) The contradiction rule's
          `same_story`: one trust's "no patient had waited more than 12 hours" opposes
          nothing of another's "40 patients were diverted". Not `told_apart` alone, which
          lost p61-case-1 ("no driver had been disciplined" / "two drivers had been
          disciplined", one story told by outlets opening on different people, overlap
          above the floor). (d64) `loose_floor`, with `unshared`, for a rejection and a
          target of another article: one council's rejection of "the council's repair
          estimate" is no answer to another council's cost in a look-alike article
          (overlap 0.14); outlets of one story opening on different people overlap more
          (0.26-0.39 on the development gold) or share a third outlet.
        - `unshared`: no close partner in common (an article telling each at least
          `same_story`). (t65) Two bus companies' pay ballots told in one template
          ("Drivers at <one operator> have backed the pay offer" / "... have rejected the pay
          offer", overlap 0.27-0.35) are two stories at any overlap; outlets of one story
          that open on different people are tied by a third outlet telling both closely.
          (k70) Above `told_story` only where each opening names a body or a place
          (`_opens_on_a_body`): two outlets of one company's ballot, each opening on its own
          speaker, with no third outlet to tie them, stay one story."""
        if a == b or (below is not None and self.score(a, b) >= below) or not self.opened_apart(a, b):
            return False
        if min(len(self.story_names.get(a, ())), len(self.story_names.get(b, ()))) < TOLD_APART:
            return False
        opened_a, opened_b = self.opening_names.get(a, frozenset()), self.opening_names.get(b, frozenset())
        names_a, names_b = self.story_names.get(a, frozenset()), self.story_names.get(b, frozenset())
        if opened_a & names_b or opened_b & names_a:
            return False
        if not unshared:
            return True
        if self.score(a, b) >= self.told_story and not (self._opens_on_a_body(a) and self._opens_on_a_body(b)):
            return False
        close = self.same_story or self.told_story
        return not (self.close_partners(a, close) & self.close_partners(b, close))

    @property
    def loose_floor(self) -> float:
        """(d64) The overlap below which two articles are only loosely of one story: the
        lower of `same_story` and `told_story`."""
        return min(self.same_story or self.told_story, self.told_story)

    def _opens_on_a_body(self, article_id: str) -> bool:
        """(k70) The article's opening (`opening_names`) names something other than a
        person: a name that is neither a surname (`_surnames`: "Lusk" of "union organiser
        Petra Lusk said ... Lusk said") nor a given name or title always followed by one
        ("Petra"). "Drivers at Tarrow Coaches have backed ..." opens on a body, "Drivers in
        Quarndale" on a place; a person named once in full and never again by surname is
        taken for a body."""
        surnames = self.surnames.get(article_id, frozenset())
        followers = self.followers.get(article_id, {})
        people = surnames | {n for n, after in followers.items() if None not in after and after <= surnames}
        return any(n not in people for n in self.opening_names.get(article_id, frozenset()))

    def _names_none_of(self, a: str, b: str, given: Mapping[str, frozenset[str]] | None = None) -> bool:
        """(s40) `a`'s title, lede and claims' sentences name nothing `b`'s title names (nor
        a derived form of it), but a given name or title of two people (`_two_people`).
        (m63) `given` in place of the titles' names: the openings' (`opened_apart`)."""
        names_a = self.story_names.get(a, frozenset())
        given = self.title_names if given is None else given
        return not any((x == y and not self._two_people(a, b, x)) or (x != y and _one_name(x, y))
                       for x in given.get(b, frozenset()) for y in names_a)

    def names_shared(self, a: str, b: str) -> int:
        """(c95) How many proper names of their claims' sentences (`names`) two articles
        share, less a given name or title of two people (`_two_people`): outlets of one story
        weeks apart name its body, town and people ("Ockenden", "Saltonstall"); look-alike
        stories of two towns share the template's words and none of them."""
        names_a, names_b = self.names.get(a, frozenset()), self.names.get(b, frozenset())
        return sum(1 for x in names_a & names_b if not self._two_people(a, b, x))

    def _two_people(self, a: str, b: str, name: str) -> bool:
        """(s40) `name` is, in both articles, always followed by another name, and by none
        the same: "Tom Avery" and "Tom Hale", "Professor Quint" and "Professor Lowe"."""
        after_a = self.followers.get(a, {}).get(name, frozenset({None}))
        after_b = self.followers.get(b, {}).get(name, frozenset({None}))
        return None not in after_a and None not in after_b and after_a.isdisjoint(after_b)

    def _bridged(self, a: str, b: str) -> bool:
        """A third article told by both (`BRIDGE_FLOOR`) shares a name with each."""
        names_a, names_b = self.names.get(a, frozenset()), self.names.get(b, frozenset())
        return any(self.names.get(x, frozenset()) & names_a and self.names.get(x, frozenset()) & names_b
                   for x in self._told(a) & self._told(b))

    def _told(self, article_id: str) -> frozenset[str]:
        if article_id not in self._told_by:
            self._told_by[article_id] = frozenset(o for o, s in self._scored(article_id) if s >= BRIDGE_FLOOR)
        return self._told_by[article_id]

    def _named_apart_from(self, a: str, b: str, fewest: int) -> bool:
        """`b` names `NAMED_APART` or more, `a` at least `fewest`, and none in common (a
        given name or title of two people is none, `_two_people`, s40)."""
        names_a, names_b = self.names.get(a, frozenset()), self.names.get(b, frozenset())
        return (a != b and len(names_a) >= fewest and len(names_b) >= NAMED_APART
                and self._share_no_name(a, b, names_a, names_b))

    def _share_no_name(self, a: str, b: str, names_a: frozenset[str], names_b: frozenset[str]) -> bool:
        """No name of one article is a name (or a derived form) of the other, but a given
        name or title of two different people (`_two_people`, s40)."""
        return (all(self._two_people(a, b, x) for x in names_a & names_b)
                and not any(_one_name(x, y) for x in names_a for y in names_b if x != y))

    def close_partners(self, article_id: str, floor: float) -> set[str]:
        """The other articles telling its story at least `floor`: two articles sharing one
        are of one story however little their own words overlap (`numeric._one_story`),
        and two with partners but none in common are two (`_two_stories`). Not an article
        naming several others and none of the names it gives: a long flood report of
        another river told two short reports of one mudslide closely (0.30, 0.37, above
        their own 0.18), and `_two_stories` then set the two reports apart."""
        # (b53) Kept per article and floor: `numeric._one_story` and `_two_stories` ask for
        # the same article's partners tens of thousands of times on a large store, and the
        # answer cannot change (`related` keeps its own, and names are fixed).
        cache = self.__dict__.setdefault("_close_partners", {})
        key = (article_id, floor)
        if key not in cache:
            cache[key] = frozenset(o for o in self.related(article_id, floor)
                                   if o != article_id and not self._named_apart_from(article_id, o, 1))
        return set(cache[key])

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
        if a == b:
            return 1.0
        of_a = self._scores.get(a)
        if of_a is not None and b in of_a:
            return of_a[b]
        of_b = self._scores.get(b)
        return of_b.get(a, 0.0) if of_b is not None else 0.0

    def overlap(self, a: str, b: str) -> float:
        """(p62) The story overlap of two articles whatever their dates (`score` holds only
        pairs `related` returned, within `max_days`)."""
        if a == b:
            return 1.0
        i, k = self.position.get(a), self.position.get(b)
        if i is None or k is None:
            return 0.0
        return float(self.index.relatedness_to(i, [k])[0])

    def _near_in_time(self, a: str, b: str) -> bool:
        pa, pb = self.published.get(a), self.published.get(b)
        return self.max_days is None or pa is None or pb is None or abs((pa - pb).days) <= self.max_days


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
    """Who says a claim, as a reason line names them. A claim with no speaker is the
    outlet's unattributed text, not a party called "unattributed" (u57's review: "rejects
    the figure of unattributed (Back Page Daily)") (y58)."""
    if ref.claim.kind == ClaimKind.NARRATED:
        return f"{ref.claim.speaker} (own report)"
    if not ref.claim.speaker:
        return f"unattributed text in {ref.outlet}" if ref.outlet else "unattributed text"
    speaker = readable_speaker(ref.claim.speaker)  # "its chair", not "Its chair" mid-line
    return f"{speaker} ({ref.outlet})" if ref.outlet else speaker


def _who_first(ref: ClaimRef) -> str:
    """`_who` opening a sentence: its first letter a capital ("The county's police force
    rejects ...", "Unattributed text in X rejects ...") (y58)."""
    who = _who(ref)
    return who[:1].upper() + who[1:]


def _rejecter_first(ref: ClaimRef) -> str:
    """(y62) Who rejects, opening a dispute's reason: `_who_first`, but for a rejection an
    outlet relays in the passive (its own report or its unattributed text: "... has been
    rejected by the Prison and Probation Agency") the party named after "by", as the outlet
    reports it. u62's review: "Inside Justice Review (own report) rejects the claim by
    Inspectors", where the rejecter is the agency. Wording only."""
    if ref.claim.kind == ClaimKind.NARRATED or not ref.claim.speaker:
        who = relayed_rejecter(ref.claim.text)
        if who:
            teller = ref.claim.speaker if ref.claim.kind == ClaimKind.NARRATED else ref.outlet
            told = f", as {teller} reports," if teller else ""
            return f"{who[:1].upper()}{who[1:]}{told}"
    return _who_first(ref)


def _whose(noun: str, ref: ClaimRef) -> str:
    """ "the <noun> of <speaker>" as English, for a named, a described, an unattributed
    and an outlet's own claim (y58, u57's review): "Harbour Radio's unattributed figure",
    "the claim by the county's police force (Westmere Courier)", "the figure in Harbour
    Radio's own report". `noun` may carry a tail ("claim before it")."""
    head, _, tail = noun.partition(" ")
    tail = f" {tail}" if tail else ""
    if ref.claim.kind == ClaimKind.NARRATED:
        return f"the {head}{tail} in {ref.claim.speaker}'s own report"
    if not ref.claim.speaker:
        return f"{ref.outlet}'s unattributed {head}{tail}" if ref.outlet else f"an unattributed {head}{tail}"
    return f"the {head}{tail} {'of' if head == 'words' else 'by'} {_who(ref)}"


def _quote_claim(claim) -> str:
    """A claim of two words or fewer ("that", "this figure") says nothing on its own in a
    reason; its sentence says what was rejected (u49's review: `"that" against ...`)."""
    text = claim.text if len(claim.text.split()) > 2 else claim.sentence or claim.text
    return _quote(text)


def _quote(text: str, limit: int = 90) -> str:
    """A claim in a one-line reason: cut at a word, not inside one ("excl…" reads as a typo
    to the fact-checker, who cannot tell it from the article's own words)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return f'"{text}"'
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return f'"{cut.rstrip(" ,;:")}…"'


def recognise_counter_statements(judged: Sequence[_Judged], related: _RelatedClaims, stories: _Stories,
                                 settings: ConflictSettings) -> None:
    """(e62) Marks as rejections the attributed claims that answer another party's earlier
    claim by saying it again negated or as "in fact" otherwise (`claims.counters`): "the
    estate has not closed the footpath through the wood" after the walkers' "the estate
    had closed the footpath through the wood", "membership had in fact risen to 1,150"
    after "had fallen to 800". Recognition only: the dispute rule chooses the target. A
    negation or marker restating nothing another told is none ("had not yet decided on
    ticket prices"); nor one restating the speaker's own earlier claim (a party correcting
    its own figure: "340 volunteers had in fact signed up" after its own 300)."""
    # The words an assessment is read from (a price's close, the verb of an aim cut): "no
    # plans to close the bakery" restates no "shares closed 4.2% lower ... at the bakery".
    from claims.conflicts.contradictions import _assessed_words  # (a cycle at import time)
    assessed: dict[int, frozenset[str]] = {}

    def stems_of(o: _Judged) -> frozenset[str]:
        if o.index not in assessed:
            assessed[o.index] = topic_stems(_assessed_words(o.claim.text))
        return assessed[o.index]

    answering = []
    for j in judged:
        if j.is_dispute or j.ground or not _attributed(j.claim):
            continue
        clauses = [_assessed_words(c) for c in counter_clauses(j.own_text)]
        if not clauses:
            continue
        article_id = j.claim.article_id
        story = stories.related_set(article_id, settings.same_story)
        answered: list[tuple[int, int, _Judged]] = []
        own = False
        for i in sorted(related.index.candidates(j.index)):
            o = related.judged[i]
            if o.index == j.index or o.claim.article_id not in story or o.is_dispute or not _told_before(o, j):
                continue
            names = j.voice | o.voice
            said_again = [c for c in clauses if restates(c, stems_of(o), names)
                          and not (negated(c) and negated(o.claim.text))
                          and (not negated(c) or reach_restated(negated_reach(c) or "", stems_of(o), names))]
            if not said_again:
                continue
            if o.voice and _names_match(j.voice, o.voice):
                own = True
                break
            answered.append((max(len(topic_stems(c) & stems_of(o)) for c in said_again), o.claim.start_char, o))
        if answered and not own:
            answering.append((j, max(answered, key=lambda a: a[:2])[2]))
    for j, o in answering:  # marked after all are read: which claim answers does not hang on the order
        j.counter, j.answers = True, o


def _told_before(earlier: _Judged, later: _Judged) -> bool:
    """(e62) Whether `earlier` was told before `later`: earlier in its article, or in an
    article published no later (either undated counts)."""
    if earlier.claim.article_id == later.claim.article_id:
        return earlier.claim.start_char < later.claim.start_char
    a, b = earlier.ref.published, later.ref.published
    return a is None or b is None or a <= b
