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
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from claims.lexicon import (
    measure_synonyms,
    dispute_pattern,
    figure_noun_pattern,
    negatable_stems,
    negation_pattern,
    opposite_patterns,
)
from claims.models import Claim, ClaimRef, ClusterMember, Conflict, ConflictKind, Quantity, QuantityKind
from claims.overlap import TopicIndex, postings, topic_stems
from claims.units import registry

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Words more claims hold than this say little about which claim a rejection answers.
STORY_POSTINGS_CAP = 2000
# "the ministry's claim", "the electoral commission's figure": whose claim is rejected.
OWNER = re.compile(r"([A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,3})['’]s?\s+(?:[\w$£€.,-]+\s+){0,2}?"
                   r"(?:figures?|claims?|estimates?|numbers?|reports?|assessments?|data|statistics|"
                   r"counts?|projections?|forecasts?|conclusions|findings|analysis|account)\b")
# Units that are not physical: comparable only with themselves.
PLAIN_UNITS = frozenset({"count", "percent", "percentage_point", "fraction", "ratio", "times",
                         "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF"})


@dataclass(frozen=True)
class ConflictSettings:
    """Tolerances of the conflict rules (documented in README, "Conflict rules")."""

    # Relative widening of each figure's interval before comparing: absorbs rounding the
    # qualifier table does not ("$5 billion" in one outlet, "$5.2 billion" in another).
    rounding_tolerance: float = 0.05
    # Figures of articles published further apart than this may describe a changing count.
    max_days_apart: int = 10
    # Weighted share of rare words (0..1) that makes two claims about the same matter.
    same_matter: float = 0.35
    # ... the lower bar for two figures, which must also measure the same thing.
    numeric_matter: float = 0.2
    # ... and that makes an earlier claim the one a rejection answers.
    dispute_target: float = 0.3
    # Weighted share of rare words of two articles' claims that makes them one story.
    same_story: float = 0.35


@dataclass
class _Judged:
    """A claim with what the rules reuse, computed once: its sentence's topic stems, its
    own words, and (on first use) its text's stems and the stems of who it is by."""

    ref: ClaimRef
    index: int
    own_text: str
    stems: frozenset[str]
    is_dispute: bool = False
    _text_stems: frozenset[str] | None = None
    _voice: frozenset[str] | None = None

    @property
    def claim(self) -> Claim:
        return self.ref.claim

    @property
    def text_stems(self) -> frozenset[str]:
        if self._text_stems is None:
            self._text_stems = topic_stems(self.ref.claim.text)
        return self._text_stems

    @property
    def voice(self) -> frozenset[str]:
        if self._voice is None:
            self._voice = _voice_stems(self.ref.claim)
        return self._voice


def find_conflicts(
    refs: Sequence[ClaimRef],
    clusters: Sequence[ClusterMember] = (),
    settings: ConflictSettings = ConflictSettings(),
) -> list[Conflict]:
    by_article: dict[str, list[ClaimRef]] = defaultdict(list)
    for r in refs:
        by_article[r.claim.article_id].append(r)
    index = TopicIndex([r.claim.sentence for r in refs])
    judged = [
        _Judged(
            ref=r,
            index=i,
            own_text=own_words(r.claim, [o.claim for o in by_article[r.claim.article_id]]),
            stems=index.stems[i],
        )
        for i, r in enumerate(refs)
    ]
    for j in judged:
        j.is_dispute = is_dispute(j.claim, j.own_text)
    cluster_of = {m.claim_id: m.cluster_id for m in clusters}
    related = _RelatedClaims(judged, index, cluster_of, settings)
    stories = _Stories(judged)
    found: dict[tuple[str, str, str], Conflict] = {}
    for conflict in (
        *find_disputes(judged, related, stories, settings),
        *find_numeric_conflicts(judged, related, settings),
        *find_contradictions(judged, related, stories, settings),
    ):
        # One conflict per pair of clusters: twenty outlets repeating one figure against
        # one rebuttal are one question for a fact-checker, not twenty.
        a = cluster_of.get(conflict.claim_a, conflict.claim_a)
        b = cluster_of.get(conflict.claim_b, conflict.claim_b)
        key = (conflict.kind.value, *sorted((a, b)))
        kept = found.get(key)
        if kept is None or (conflict.score, kept.conflict_id) > (kept.score, conflict.conflict_id):
            found[key] = conflict
    return sorted(found.values(), key=lambda c: (-c.score, c.conflict_id))


class _RelatedClaims:
    """Which claims are about the same matter as a claim: same cluster, or enough rare
    words shared by their sentences. Each claim's neighbours are found once, at the lowest
    bar any rule uses, and each rule filters them by its own bar."""

    def __init__(self, judged: list[_Judged], index: TopicIndex, cluster_of: dict[str, str],
                 settings: ConflictSettings) -> None:
        self.judged, self.index, self.cluster_of = judged, index, cluster_of
        self.floor = min(settings.same_matter, settings.numeric_matter)
        self._found: dict[int, list[tuple[float, _Judged]]] = {}

    def matter(self, a: _Judged, b: _Judged) -> float:
        cluster = self.cluster_of.get(a.claim.claim_id)
        if cluster is not None and cluster == self.cluster_of.get(b.claim.claim_id):
            return 1.0
        return self.index.relatedness_of(a.index, b.index)

    def of(self, a: _Judged, floor: float) -> list[tuple[float, _Judged]]:
        found = self._found.get(a.index)
        if found is None:
            found = []
            for i in sorted(self.index.candidates(a.index)):
                b = self.judged[i]
                score = self.matter(a, b)
                if score >= self.floor:
                    found.append((score, b))
            self._found[a.index] = found
        return [pair for pair in found if pair[0] >= floor]


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
    exaggerated", "any suggestion ... is false")."""
    if claim.speaker is None:
        return False
    if dispute_pattern().search(claim.cue or ""):
        return True
    return bool(dispute_pattern().search(own_text if own_text is not None else claim.text))


def find_disputes(
    judged: list[_Judged], related: _RelatedClaims, stories: _Stories, settings: ConflictSettings
) -> Iterable[Conflict]:
    by_article: dict[str, list[_Judged]] = defaultdict(list)
    for j in judged:
        by_article[j.claim.article_id].append(j)
    disputes = [j for j in judged if j.is_dispute]
    if not disputes:
        return
    # Claims of other articles of the story are reached through the words they share with
    # a rejection (its words, or the party it names), not by scanning the whole story.
    by_text = postings([j.text_stems for j in judged], cap=STORY_POSTINGS_CAP)
    by_voice = postings([j.voice for j in judged], cap=STORY_POSTINGS_CAP)
    for dispute in disputes:
        article_id = dispute.claim.article_id
        story_articles = set(stories.related(article_id, settings.same_story)) - {article_id}
        reference = topic_stems(_reference_text(dispute, by_article[article_id]))
        hits = {i for s in reference for i in by_text.get(s, ())}
        hits |= {i for s in _owner_stems(_reference_text(dispute, by_article[article_id]))
                 for i in by_voice.get(s, ())}
        story = [judged[i] for i in sorted(hits) if judged[i].claim.article_id in story_articles]
        found = _dispute_target(dispute, by_article[article_id], story, related, settings)
        if found is None:
            continue
        target, how, score = found
        yield _conflict(
            ConflictKind.DISPUTE, target.ref, dispute.ref, score,
            f"{_who(dispute.ref)} rejects {how} {_who(target.ref)}: "
            f"{_quote(dispute.claim.text)} against {_quote(target.claim.text)}",
        )


def _dispute_target(
    dispute: _Judged,
    same_article: list[_Judged],
    same_story: list[_Judged],
    related: _RelatedClaims,
    settings: ConflictSettings,
) -> tuple[_Judged, str, float] | None:
    """The claim a rejection answers, by the strongest evidence available:
    1. a claim of another party in the same sentence (a figure first): "saying it would
       cost $X, a figure that Y said was exaggerated";
    2. a rejection that names whose claim it rejects ("disputed the ministry's claim",
       "called the electoral commission's figure a fantasy"): that party's claim in the
       story, a figure first;
    3. a rejection that repeats the figure it rejects ("called the opposition's $1,200
       figure a fabrication"): the other party's claim with that figure, in the story;
    4. a rejection of a figure ("called that estimate inflated", "disputed the
       ministry's figure"): the other party's figure whose claim shares most rare words
       with the rejection's sentence, else the nearest earlier figure in the article;
    5. the claim of another party, in this article or another of the story, sharing the
       most rare words with the rejection ("denied that its cooling tower was the source"
       answers "linked to a cooling tower");
    6. the nearest earlier attributed claim of another party in the article."""
    claim = dispute.claim
    others = [j for j in same_article if _other_party(dispute, j)]
    same_sentence = [j for j in others if _same_sentence(j.claim, claim)]
    if same_sentence:
        figures = [j for j in same_sentence if j.claim.quantities]
        return (figures or same_sentence)[0], "the claim of", 0.95
    reference = _reference_text(dispute, same_article)
    own = topic_stems(reference)
    pool = {j.index: j for j in others}
    pool.update({j.index: j for j in same_story if _other_party(dispute, j)})
    pool.update({j.index: j for _, j in related.of(dispute, settings.same_matter) if _other_party(dispute, j)})

    def ranked(candidates, floor):
        scored = []
        for j in candidates:
            overlap = related.index.relatedness(own, j.text_stems)
            if overlap >= floor:
                # A rejection most often answers something said earlier in its own
                # article; another article's claim is the target only failing that.
                in_article_earlier = j.claim.article_id == claim.article_id and j.claim.start_char < claim.start_char
                scored.append((in_article_earlier, overlap, j.claim.speaker is not None,
                               -abs(j.claim.start_char - claim.start_char), j))
        return max(scored, key=lambda s: s[:4]) if scored else None

    earlier = [j for j in others if j.claim.start_char < claim.start_char]
    owner = _owner_stems(reference)
    if owner:
        owned = [j for j in pool.values() if owner & j.voice]
        best = ranked([j for j in owned if j.claim.quantities] or owned, 0.0)
        if best:
            return best[4], "the claim of", round(0.75 + 0.2 * min(best[1], 1.0), 4)
    repeated = _figures_in_sentence(dispute, same_article)
    if repeated:
        best = ranked([j for j in pool.values() if _has_figure(j.claim, repeated)], 0.0)
        if best:
            return best[4], "the figure of", round(0.75 + 0.2 * min(best[1], 1.0), 4)
    if figure_noun_pattern().search(reference):
        # "that estimate" points back in the text: an earlier figure of the article first,
        # the one sharing most words with the rejection, else the nearest.
        best = ranked([j for j in earlier if j.claim.quantities], 0.0) or ranked(
            [j for j in pool.values() if j.claim.quantities], settings.dispute_target
        )
        if best:
            return best[4], "the figure of", round(0.65 + 0.25 * min(best[1], 1.0), 4)
    best = ranked(pool.values(), settings.dispute_target)
    if best:
        return best[4], "the claim of", round(0.6 + 0.3 * min(best[1], 1.0), 4)
    attributed = [j for j in earlier if j.claim.speaker]
    if attributed:
        return attributed[-1], "the preceding claim of", 0.6
    return None


def _owner_stems(reference: str) -> frozenset[str]:
    """Stems of the owner in "the X's figure/claim/report" of a rejection, if it names one."""
    stems: set[str] = set()
    for m in OWNER.finditer(reference):
        stems |= topic_stems(m.group(1))
    return frozenset(stems)


def _voice_stems(claim: Claim) -> frozenset[str]:
    """Who a claim is by, in words: its speaker, role and mention, and the sentence's
    "according to" phrase, which names the source of an unattributed figure."""
    words = " ".join(filter(None, (claim.speaker, claim.speaker_role, claim.speaker_mention)))
    according = re.search(r"according to ([^,.;]+)", claim.sentence)
    if according:
        words += " " + according.group(1)
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


def _has_figure(claim: Claim, figures: list[Quantity]) -> bool:
    return any(
        q.unit == f.unit and q.value is not None and abs(q.value - f.value) <= 1e-9 * max(1.0, abs(f.value))
        for q in claim.quantities
        for f in figures
    )


def _reference_text(dispute: _Judged, same_article: list[_Judged]) -> str:
    """What the rejection is about: its sentence ("Okafor called the report inaccurate"),
    with the other claims of that sentence blanked out."""
    claim = dispute.claim
    chars = list(claim.sentence)
    for j in same_article:
        other = j.claim
        if other.claim_id == claim.claim_id:
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
    of "Krell, 52, denied all charges" is not what Krell denies)."""
    if candidate.index == dispute.index or candidate.is_dispute:
        return False
    a, b = dispute.claim, candidate.claim
    if (b.speaker is None and a.article_id == b.article_id
            and b.start_char <= a.start_char and a.end_char <= b.end_char):
        return False
    return b.speaker != a.speaker


def _same_sentence(a: Claim, b: Claim) -> bool:
    """Sentences overlap: a quote's sentence may start before a statement inside it."""
    if a.article_id != b.article_id:
        return False
    a_end, b_end = a.sentence_start + len(a.sentence), b.sentence_start + len(b.sentence)
    return a.sentence_start < b_end and b.sentence_start < a_end


# --- numeric ----------------------------------------------------------------------------


def interval(q: Quantity, tolerance: float) -> tuple[float, float] | None:
    """The values the wording allows, widened by the rounding tolerance; None if unknown.

    A None bound is an open side ("over $5" has no high); a figure with neither bound set
    is taken as exactly its value.
    """
    if q.low is None and q.high is None:
        if q.value is None:
            return None
        low = high = q.value
    else:
        low = q.low if q.low is not None else float("-inf")
        high = q.high if q.high is not None else float("inf")
    return low - abs(low) * tolerance, high + abs(high) * tolerance


def measure_stems(q: Quantity) -> frozenset[str]:
    """Stems of the measure, each widened to its synonym group ("staff" ~ "workers")."""
    stems = topic_stems(q.measure or "")
    groups = measure_synonyms()
    return frozenset(g for s in stems for g in groups.get(s, (s,)))


def convert(q: Quantity, unit: str) -> tuple[float | None, float | None, float | None] | None:
    """(value, low, high) of q in `unit` ("about four hours" in minutes), via pint; None
    when the units are not of one dimension."""
    if q.unit == unit:
        return q.value, q.low, q.high
    if q.unit in PLAIN_UNITS or unit in PLAIN_UNITS:
        return None  # pint would happily turn a percentage into a count: both are numbers
    try:
        factor = registry().Quantity(1, q.unit).to(unit).magnitude
    except Exception:  # pint raises several kinds for unknown or incompatible units
        return None
    scale = lambda v: None if v is None else v * factor  # noqa: E731
    return scale(q.value), scale(q.low), scale(q.high)


def comparable(qa: Quantity, a: Claim, qb: Quantity, b: Claim, matter: float) -> Quantity | None:
    """qb expressed in qa's unit when the two figures measure the same thing, else None.

    Same rate and kind, and the measured thing must be recognisably the same: their
    measures share a stem (or synonym); or one measure is named in the other's sentence
    (for counts, of which a story has many: each in the other's) or the two sentences
    share most rare words.
    """
    if qa.value is None or qb.value is None or QuantityKind.VAGUE in (qa.kind, qb.kind):
        return None
    if (qa.per or "", qa.kind) != (qb.per or "", qb.kind) or not qa.unit or not qb.unit:
        return None
    converted = convert(qb, qa.unit)
    if converted is None:
        return None
    ma, mb = measure_stems(qa), measure_stems(qb)
    same_measure = bool(ma & mb)
    if not same_measure:
        named_a_in_b, named_b_in_a = bool(ma & topic_stems(b.sentence)), bool(mb & topic_stems(a.sentence))
        # A story has many counts: theirs must share the measure itself.
        if qa.unit != "count":
            same_measure = named_a_in_b or named_b_in_a or matter >= 0.45
    if not same_measure or _about_other_entities(qa, a, qb, b):
        return None
    value, low, high = converted
    return qb.model_copy(update={"value": value, "low": low, "high": high, "unit": qa.unit})


def _about_other_entities(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """Both figures name who or what they are about, and it is not the same: "Ibsen won
    54%" and "Quill took 41%". The speakers' own names do not count."""
    ea, eb = _entity_words(qa, a), _entity_words(qb, b)
    return bool(ea) and bool(eb) and ea.isdisjoint(eb)


def _entity_words(q: Quantity, claim: Claim) -> set[str]:
    speaker = set(topic_stems(claim.speaker or ""))
    return {w for e in q.entities for w in topic_stems(e)} - speaker


def find_numeric_conflicts(judged: list[_Judged], related: _RelatedClaims, settings: ConflictSettings) -> Iterable[Conflict]:
    with_figures = [j for j in judged if any(q.value is not None for q in j.claim.quantities)]
    for a in with_figures:
        for matter, b in related.of(a, settings.numeric_matter):
            if b.index <= a.index or not b.claim.quantities:
                continue
            if not _independent_sources(a.ref, b.ref) or not _same_time_frame(a.ref, b.ref, settings):
                continue
            for qa in a.claim.quantities:
                for qb in b.claim.quantities:
                    other = comparable(qa, a.claim, qb, b.claim, matter)
                    if other is None:
                        continue
                    ia, ib = interval(qa, settings.rounding_tolerance), interval(other, settings.rounding_tolerance)
                    if ia is None or ib is None or (ia[0] <= ib[1] and ib[0] <= ia[1]):
                        continue
                    measure = qa.measure or qb.measure or qa.unit
                    yield _conflict(
                        ConflictKind.NUMERIC, a.ref, b.ref,
                        round(0.7 + 0.2 * min(1.0, matter), 4),
                        f"{measure}: {qa.surface!r} ({_who(a.ref)}) and {qb.surface!r} ({_who(b.ref)}) "
                        "do not overlap",
                    )


def _independent_sources(a: ClaimRef, b: ClaimRef) -> bool:
    """Two figures of one article from one voice are two facts the writer reports, not a
    conflict ("three sources ... two of those three"); conflicts are between sources."""
    if a.claim.claim_id == b.claim.claim_id:
        return False
    return a.claim.article_id != b.claim.article_id or a.claim.speaker != b.claim.speaker


def _same_time_frame(a: ClaimRef, b: ClaimRef, settings: ConflictSettings) -> bool:
    if a.published and b.published and abs((a.published - b.published).days) > settings.max_days_apart:
        return False
    years_a, years_b = set(YEAR.findall(a.claim.sentence)), set(YEAR.findall(b.claim.sentence))
    return not (years_a and years_b and years_a.isdisjoint(years_b))


# --- contradictions ---------------------------------------------------------------------


class _Stories:
    """Which articles tell the same story: the rare words of all their claims' sentences
    (names, places, the matter at hand) overlap. Short quotes such as "We are very close"
    share no rare word with "There is no deal in sight", but their articles do."""

    def __init__(self, judged: list[_Judged]) -> None:
        sentences: dict[str, dict[str, None]] = defaultdict(dict)
        for j in judged:
            sentences[j.claim.article_id][j.claim.sentence] = None
        self.article_ids = sorted(sentences)
        self.position = {a: i for i, a in enumerate(self.article_ids)}
        # Articles are few next to claims: look for related ones through many of their words.
        self.index = TopicIndex([" ".join(sentences[a]) for a in self.article_ids], rarest=50)
        self._related: dict[tuple[str, float], list[str]] = {}

    def related(self, article_id: str, floor: float) -> list[str]:
        key = (article_id, floor)
        if key not in self._related:
            i = self.position[article_id]
            found = [article_id]
            for k in sorted(self.index.candidates(i)):
                if self.index.relatedness_of(i, k) >= floor:
                    found.append(self.article_ids[k])
            self._related[key] = found
        return self._related[key]


def find_contradictions(
    judged: list[_Judged], related: _RelatedClaims, stories: _Stories, settings: ConflictSettings
) -> Iterable[Conflict]:
    """Opposite assessments of one matter by different voices: opposite words from the
    shipped list, or the same proposition asserted by one and negated by the other. The
    two claims must share rare words, or their articles must tell the same story."""
    wording = {j.index: _Wording.of(j.own_text) for j in judged if not j.is_dispute}
    opposers: dict[str, list[_Judged]] = defaultdict(list)
    for j in judged:
        if not j.is_dispute and wording[j.index].can_oppose:
            opposers[j.claim.article_id].append(j)
    for article_id, claims in opposers.items():
        for other_id in stories.related(article_id, settings.same_story):
            if other_id < article_id:
                continue
            for a in claims:
                for b in opposers.get(other_id, ()):
                    if b.index <= a.index or not _independent_sources(a.ref, b.ref):
                        continue
                    hit = wording[a.index].opposed_to(wording[b.index])
                    if not hit:
                        continue
                    matter = related.matter(a, b)
                    yield _conflict(
                        ConflictKind.CONTRADICTION, a.ref, b.ref, round(0.4 + 0.2 * min(matter, 1.0), 4),
                        f"opposite assessments ({hit[0]!r} vs {hit[1]!r}) by {_who(a.ref)} and {_who(b.ref)}",
                    )


# An assessment is short: in a long passage, "close" or "not" is too often about
# something else than the matter the other claim assesses.
ASSESSMENT_MAX_WORDS = 30
# A negation negates the predicate that follows it closely ("had never been warned").
NEGATION_REACH_WORDS = 4


@dataclass(frozen=True)
class _Wording:
    """The assessment words of one claim, found once: pairs are then compared without
    running a regex per pair (a story's claims make many pairs)."""

    left: tuple[str | None, ...]
    right: tuple[str | None, ...]
    negation: str | None
    negated: frozenset[str]  # negatable predicates under a negation
    affirmed: frozenset[str]  # negatable predicates under none

    @classmethod
    def of(cls, text: str) -> _Wording:
        if len(text.split()) > ASSESSMENT_MAX_WORDS:
            return cls((), (), None, frozenset(), frozenset())
        patterns = opposite_patterns()
        found_left = tuple((m.group(0) if (m := left.search(text)) else None) for left, _ in patterns)
        found_right = tuple((m.group(0) if (m := right.search(text)) else None) for _, right in patterns)
        negations = list(negation_pattern().finditer(text))
        negated: set[str] = set()
        for m in negations:
            reach = " ".join(text[m.end():].split()[:NEGATION_REACH_WORDS])
            negated |= topic_stems(reach) & negatable_stems()
        affirmed = (topic_stems(text) & negatable_stems()) - negated
        return cls(found_left, found_right, negations[0].group(0) if negations else None,
                   frozenset(negated), frozenset(affirmed))

    @property
    def can_oppose(self) -> bool:
        return any(self.left) or any(self.right) or bool(self.negated or self.affirmed)

    def opposed_to(self, other: _Wording) -> tuple[str, str] | None:
        for k in range(len(self.left)):
            if self.left[k] and other.right[k] and not other.left[k] and not self.right[k]:
                return self.left[k], other.right[k]
            if self.right[k] and other.left[k] and not other.right[k] and not self.left[k]:
                return self.right[k], other.left[k]
        if self.negated & other.affirmed - other.negated:
            return f"{self.negation} {sorted(self.negated & other.affirmed)[0]}", "(affirmed)"
        if other.negated & self.affirmed - self.negated:
            return "(affirmed)", f"{other.negation} {sorted(other.negated & self.affirmed)[0]}"
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
    name = ref.claim.speaker or "unattributed"
    return f"{name} ({ref.outlet})" if ref.outlet else name


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'
