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
import time
from types import MappingProxyType
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from operator import attrgetter

from claims.conflicts.common import (
    ConflictSettings,
    _BestPerClusterPair,
    _Judged,
    _RelatedClaims,
    _Stories,
    headline_order,
    is_dispute,
    is_headline,
    recognise_counter_statements,
    story_lead as story_lead,  # re-exported for the flow and the store (s40)
    pair_order,
    weaker_telling,
)
from claims.conflicts.contradictions import find_contradictions
from claims.conflicts.disputes import _drop_doubled_grounds, find_disputes, own_words
from claims.conflicts.numeric import _numeric_conflicts, answers_named, named_answers
from claims.forked import Forked
from claims.models import Claim, ClaimRef, ClusterMember, Conflict, ConflictKind
from claims.overlap import TopicIndex, sharing_stem_sets
from claims.spans import SortedSpans


# (p59) Within one run of the rules, equal sets of stems are one object and texts' answers
# are remembered (claims/memo.py). l58 once put a class between this decorator and
# `find_conflicts`, so it wrapped only the class: every rule recomputed each text's answers.
@sharing_stem_sets()
def find_conflicts(
    refs: Sequence[ClaimRef],
    clusters: Sequence[ClusterMember] = (),
    settings: ConflictSettings = ConflictSettings(),
    leads: Mapping[str, tuple[str | None, str]] | None = None,
    reviewed: Mapping[str, object] = MappingProxyType({}),
    progress: Callable[[str], None] | None = None,
) -> list[Conflict]:
    """`leads` (optional): article id -> its title and the opening of its text
    (`story_lead`, `settings.lead_chars`), read only for the names that tell two stories
    apart (`_Stories.titled_apart`, s40). `reviewed` (optional, q51): conflict id -> when it
    was last given a verdict (`store.reads.reviewed_conflicts`), so that of a pair of claims
    the conflict a fact-checker already judged is the one kept (`one_per_claim_pair`).
    `progress` (optional, p59): told a line as the rules start and as each ends (with what
    it found and how long it took), for the caller to log: on a large store the rules run
    for minutes, and the run said nothing between "clustered" and "N conflict(s)"."""
    by_article: dict[str, list[ClaimRef]] = defaultdict(list)
    for r in refs:
        by_article[r.claim.article_id].append(r)
    index = TopicIndex([r.claim.sentence for r in refs], postings_cap=settings.candidate_postings_cap,
                       rarest=settings.candidate_stems)
    # (l58) own_words gets only the claims starting inside a claim (the only ones it can
    # blank), not all the article's claims for each: a long article cost its length squared
    nested = {a: SortedSpans([r.claim for r in article], start=attrgetter("start_char"), end=attrgetter("end_char"))
              for a, article in by_article.items()}
    judged = [
        _Judged(
            ref=r,
            claim=r.claim,
            index=i,
            own_text=own_words(r.claim, nested[r.claim.article_id].starting_within(r.claim.start_char, r.claim.end_char)),
            stems=index.stems[i],
        )
        for i, r in enumerate(refs)
    ]
    for j in judged:
        j.is_dispute = is_dispute(j.claim, j.own_text)
        # (d44) A rejection only by faulting a statement for what it leaves out ("the
        # board's figure leaves out thousands of grades lowered before results day") says
        # something of its own too, which the faulted party may answer ("The board
        # rejected that"): a ground, still a target.
        j.ground = j.is_dispute and not is_dispute(j.claim, j.own_text, faulting=False)
    for j in judged:
        j.headline = is_headline(j.claim, leads)  # (p45)
    _drop_doubled_grounds(judged, by_article)
    cluster_of = {m.claim_id: m.cluster_id for m in clusters}
    related = _RelatedClaims(judged, index, cluster_of, settings)
    stories = _Stories(judged, settings.story_days, settings.same_story, leads=leads)
    # (e62) counter-statements: a negated or "in fact" restatement of another's claim
    recognise_counter_statements(judged, related, stories, settings)
    article_of = {j.claim.claim_id: j.claim.article_id for j in judged}
    published_of = {j.claim.article_id: j.ref.published for j in judged}
    # (m60) claim id -> its judged claim (was: -> whether it is a headline): `best` reads the
    # headline and, for `weaker_telling`, the claim's figures.
    judged_of = {j.claim.claim_id: j for j in judged}
    story_of: dict[str, frozenset[str]] = {}

    def further_sides(conflict: Conflict) -> tuple | None:
        """(k95) The two claims of a dispute or numeric conflict, for its pair of clusters to
        report its further questions too (`further_questions`). A contradiction's pair of
        clusters reports its best only: on the development gold its further pairs restating
        no reported pair were true 10 times in 25 (tests/gold/unlabelled_sample_k95.jsonl),
        most of the others opposite words of one story's other sentences ("potholes that had
        not been reported" against "14,600 reported potholes"), which the best pair had
        kept out of sight."""
        if conflict.kind is ConflictKind.CONTRADICTION:
            return None
        return judged_of[conflict.claim_a].claim, judged_of[conflict.claim_b].claim

    def best(conflicts: Iterable[tuple[Conflict, frozenset[tuple]]]) -> list[Conflict]:
        # One conflict per pair of clusters and story: twenty outlets repeating one figure
        # against one rebuttal are one question for a fact-checker, not twenty. Two other
        # figures of the same two clusters ("2.9%" / "4.1%" beside "0.6%" / "0.2%" in
        # sentences clustered together) are another question. Conflicts are weighed as they
        # come: a large store's rules find several times more pairs than they keep, and a
        # list of them all was the largest thing the run held (#7).
        found = _BestPerClusterPair(stories, settings.same_story, story_of, further_sides)
        answers: list[frozenset] = []  # (n114) read once, on the first numeric conflict
        for conflict, figures in conflicts:
            articles = (article_of[conflict.claim_a], article_of[conflict.claim_b])
            if not stories.evidenced(*articles):
                # (k87) whatever path met the two claims (their clusters, their words), two
                # articles days apart sharing no rare word are two stories
                continue
            a = cluster_of.get(conflict.claim_a, conflict.claim_a)
            b = cluster_of.get(conflict.claim_b, conflict.claim_b)
            ja, jb = judged_of[conflict.claim_a], judged_of[conflict.claim_b]
            found.offer((conflict.kind.value, *sorted((a, b))), articles, conflict.score,
                        headline_order(ja.headline + jb.headline,
                                       pair_order(conflict.conflict_id, *((x, published_of[x]) for x in articles))),
                        conflict, figures, (conflict.claim_a, conflict.claim_b),
                        weaker_telling(conflict.kind, ja.claim, jb.claim, ja.headline + jb.headline, figures)
                        + (unanswered(conflict, ja.claim, jb.claim, figures, answers),))
        return found.values()

    def unanswered(conflict: Conflict, a: Claim, b: Claim, figures: frozenset[tuple],
                   answers: list[frozenset]) -> int:
        """(n114) Last of `weaker`: a numeric pair that does not set a figure named only as
        "the figure" against the figure it answers in its own article
        (`numeric.answers_named`) gives way to one of its group that does: "The forum puts
        the figure at 690" read against the "412 sailings" told just before it, not against
        another outlet's sentence of the same 412, which scores higher only by sharing more
        words. Every other pair ranks as before (all of them 1)."""
        if conflict.kind is not ConflictKind.NUMERIC:
            return 0
        if not answers:
            answers.append(named_answers(j.claim for j in judged))
        return int(not answers_named(a, b, figures, answers[0]))

    fork = settings.fork_claims[0] <= len(judged) <= settings.fork_claims[1] and _usable_cores() >= 2
    tell = progress or (lambda line: None)
    tell(f"looking for conflicts among {len(judged)} claim(s) of {len(by_article)} article(s): "
         f"disputes, then contradictions, with numeric figures "
         f"{'alongside in a second process' if fork else 'after them'}")
    # Each kind is weighed on its own (the kind is part of the key), so the child keeps
    # the best of its numeric conflicts and sends back only those.
    with Forked(lambda: best(_numeric_conflicts(judged, related, settings, stories)), fork=fork) as numeric:
        started = time.monotonic()
        kept = best(chain(_told(find_disputes(judged, related, stories, settings), "disputes", tell),
                          _told(find_contradictions(judged, related, stories, settings), "contradictions", tell)))
        # The child's share takes about as long as ours: one that takes four times as long
        # (or a minute) is stuck, and its share is done here.
        numeric_started = time.monotonic()
        kept_numeric = numeric.result(timeout=max(60.0, 4 * (time.monotonic() - started)))
        tell(f"numeric figures: {len(kept_numeric)} conflict(s) kept, "
             + (f"waited {time.monotonic() - numeric_started:.1f} s for them" if fork
                else f"in {time.monotonic() - numeric_started:.1f} s"))
        kept += kept_numeric
    kept = _counters_give_way(kept, judged)
    return sorted(one_per_claim_pair(kept, reviewed), key=lambda c: (-c.score, c.conflict_id))


def _counters_give_way(conflicts: list[Conflict], judged: Sequence[_Judged]) -> list[Conflict]:
    """(e62) A counter-statement's dispute (`recognise_counter_statements`) gives way when
    another rule sets the same two claims against each other: the contradiction and numeric
    rules read the wording and the figures closely, a restatement by shared words is the
    weaker evidence, and r50's kind precedence (an explicit rejection first) would otherwise
    report it first. "The union said the company would close the bakery in March" / "The
    company said it had no plans to close the bakery" is one contradiction, the dispute's
    reason appended to it ("...; also: <reason>", as `one_per_claim_pair` does)."""
    counters = {frozenset((j.claim.claim_id, j.answers.claim.claim_id)) for j in judged
                if j.counter and j.answers is not None}
    if not counters:
        return conflicts

    def pair(c: Conflict) -> frozenset[str]:
        return frozenset((c.claim_a, c.claim_b))

    told_otherwise = {pair(c) for c in conflicts if c.kind is not ConflictKind.DISPUTE}
    giving: dict[frozenset[str], Conflict] = {}
    for c in conflicts:
        if c.kind is ConflictKind.DISPUTE and pair(c) in counters and pair(c) in told_otherwise:
            giving.setdefault(pair(c), c)
    kept, appended = [], set()
    for c in conflicts:
        p = pair(c)
        if c is giving.get(p):
            continue
        if p in giving and c.kind is not ConflictKind.DISPUTE and p not in appended:
            c = c.model_copy(update={"reason": c.reason + ALSO + giving[p].reason})
            appended.add(p)
        kept.append(c)
    return kept


def _told(conflicts: Iterable[Conflict], rule: str,
          tell: Callable[[str], None]) -> Iterator[tuple[Conflict, frozenset]]:
    """(p59) A rule's conflicts as `best` weighs them, telling when the rule is done, how
    many it found (before one per pair of clusters is kept) and how long it and their
    weighing took. The rules are generators read one after the other, so the time from the
    first read to the last is that rule's."""
    started, found = time.monotonic(), 0
    for conflict in conflicts:
        found += 1
        yield conflict, frozenset()
    tell(f"{rule}: {found} conflict(s) found in {time.monotonic() - started:.1f} s")


# (r50) Which kind speaks for two claims that several rules set against each other: a
# party's explicit rejection first (the strongest evidence, as the default scores say),
# then figures that do not overlap, then opposite wording. The lead's decision
# (docs/conflicts.md, "doubled pairs are one disagreement").
KIND_PRECEDENCE = {ConflictKind.DISPUTE: 0, ConflictKind.NUMERIC: 1, ConflictKind.CONTRADICTION: 2}
ALSO = "; also: "


def one_per_claim_pair(conflicts: Iterable[Conflict],
                       reviewed: Mapping[str, object] = MappingProxyType({})) -> list[Conflict]:
    """(r50) One conflict per pair of claims, whatever the kinds. Each rule keeps its best
    pair per pair of clusters on its own (the kind is part of `_BestPerClusterPair`'s key),
    so two claims could come twice ("The mayor said crime fell 20% last year" / "The police
    chief said crime rose 15% last year" as opposite words and as figures apart): one
    disagreement told twice, which a fact-checker would review twice. The kind kept is fixed
    by `KIND_PRECEDENCE`, not by the scores (they move as the store grows); the dropped
    kinds' reasons are appended to the kept one ("...; also: <reason>") so no evidence is
    lost. The kept conflict keeps its id and score, so a verdict on it stays attached.
    Pure and independent of the order of `conflicts`.

    (q51) `reviewed`: conflict id -> when it was last given a verdict (any comparable
    value; the store passes `reviewed_at`). A store built before r50 may hold a judged
    contradiction (or numeric conflict) of a pair that also has a dispute: keeping the
    dispute by precedence would make the judged conflict stale with its verdict and bring
    the same pair back open under a new id, so one disagreement would be reviewed twice.
    So a conflict with a verdict is kept first (the latest reviewed if several), and
    `KIND_PRECEDENCE` decides only among unreviewed ones. The rules know no store: the
    caller reads the ids (`store.reads.reviewed_conflicts`)."""
    by_pair: dict[frozenset[str], list[Conflict]] = defaultdict(list)
    for c in conflicts:
        by_pair[frozenset((c.claim_a, c.claim_b))].append(c)
    kept = []
    for told in by_pair.values():
        told.sort(key=lambda c: (KIND_PRECEDENCE[c.kind], -c.score, c.conflict_id))
        judged = [c for c in told if c.conflict_id in reviewed]
        if judged:
            # Latest verdict first; ties keep the precedence order of the sort above.
            latest = max(reviewed[c.conflict_id] for c in judged)  # type: ignore[type-var]
            lead = next(c for c in judged if reviewed[c.conflict_id] == latest)
            told.remove(lead)
            told.insert(0, lead)
        first, rest = told[0], told[1:]
        if rest:
            reasons = [first.reason] + [c.reason for c in rest if c.reason != first.reason]
            first = first.model_copy(update={"reason": ALSO.join(reasons)})
        kept.append(first)
    return kept


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
