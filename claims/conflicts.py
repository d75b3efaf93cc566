"""Claims that cannot both be right: disputes, non-overlapping figures, opposite assessments.

Each rule returns `Conflict`s with a one-line reason a fact-checker can read and a score
(dispute > numeric > contradiction by default, since a party's explicit rejection is the
strongest evidence and opposite wording the weakest). Rules see only stored claims and
their articles' outlet and date, so an incremental run can re-judge the whole store
without parsing anything again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from claims.clustering import normalise_claim_text
from claims.lexicon import dispute_pattern, opposite_patterns
from claims.models import (
    Claim,
    ClaimRef,
    ClusterMember,
    Conflict,
    ConflictKind,
    Quantity,
    QuantityKind,
)

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class ConflictSettings:
    """Tolerances of the conflict rules (documented in README, "Conflict rules")."""

    # Relative widening of each figure's interval before comparing: absorbs rounding
    # that the qualifier table does not ("$5 billion" in one outlet, "$5.2 billion" in another).
    rounding_tolerance: float = 0.05
    # Figures of articles published further apart than this may describe a changing count.
    max_days_apart: int = 1
    # How alike (0..100) a dispute must be to an earlier claim for that claim to be its target.
    dispute_target_similarity: float = 45.0


def find_conflicts(
    refs: Sequence[ClaimRef],
    clusters: Sequence[ClusterMember],
    settings: ConflictSettings = ConflictSettings(),
) -> list[Conflict]:
    by_id = {r.claim.claim_id: r for r in refs}
    cluster_of = {m.claim_id: m.cluster_id for m in clusters}
    members: dict[str, list[ClaimRef]] = defaultdict(list)
    for m in clusters:
        if m.claim_id in by_id:
            members[m.cluster_id].append(by_id[m.claim_id])
    found: dict[str, Conflict] = {}
    for conflict in (
        *find_disputes(refs, members, cluster_of, settings),
        *find_numeric_conflicts(members.values(), settings),
        *find_contradictions(members.values()),
    ):
        kept = found.get(conflict.conflict_id)
        if kept is None or conflict.score > kept.score:
            found[conflict.conflict_id] = conflict
    return sorted(found.values(), key=lambda c: (-c.score, c.conflict_id))


# --- disputes ---------------------------------------------------------------------------


def is_dispute(claim: Claim) -> bool:
    """An attributed claim whose cue or words reject something ("denied", "was exaggerated")."""
    if claim.speaker is None:
        return False
    return bool(dispute_pattern().search(claim.cue or "")) or bool(
        dispute_pattern().search(claim.text)
    )


def find_disputes(
    refs: Sequence[ClaimRef],
    members: dict[str, list[ClaimRef]],
    cluster_of: dict[str, str],
    settings: ConflictSettings,
) -> Iterable[Conflict]:
    by_article: dict[str, list[ClaimRef]] = defaultdict(list)
    for r in refs:
        by_article[r.claim.article_id].append(r)
    for ref in refs:
        if not is_dispute(ref.claim):
            continue
        article_claims = by_article[ref.claim.article_id]
        target, how, score = _dispute_target(ref, article_claims, members, cluster_of, settings)
        if target is None:
            continue
        yield _conflict(
            ConflictKind.DISPUTE,
            target,
            ref,
            score,
            f"{_who(ref)} rejects {how} {_who(target)}: "
            f"{_quote(ref.claim.text)} against {_quote(target.claim.text)}",
        )


def _dispute_target(
    dispute: ClaimRef,
    article_claims: list[ClaimRef],
    members: dict[str, list[ClaimRef]],
    cluster_of: dict[str, str],
    settings: ConflictSettings,
) -> tuple[ClaimRef | None, str, float]:
    """The claim a rejection answers: one in its sentence, else the most alike claim of
    another party in the article or the cluster, else the nearest earlier claim of another
    party in the article."""
    claim = dispute.claim
    others = [r for r in article_claims if _other_party(dispute, r)]
    same_sentence = [r for r in others if r.claim.sentence_start == claim.sentence_start]
    if same_sentence:
        figures = [r for r in same_sentence if r.claim.quantities]
        return (figures or same_sentence)[0], "the claim of", 0.95
    pool = others + [
        r
        for r in members.get(cluster_of.get(claim.claim_id, ""), [])
        if r.claim.article_id != claim.article_id and _other_party(dispute, r)
    ]
    text = normalise_claim_text(claim.text)
    scored = [
        (fuzz.token_set_ratio(text, normalise_claim_text(r.claim.text)), r) for r in pool
    ]
    scored = [(s, r) for s, r in scored if s >= settings.dispute_target_similarity]
    if scored:
        s, best = max(scored, key=lambda pair: pair[0])
        return best, "the claim of", 0.6 + 0.3 * s / 100
    earlier = [r for r in others if r.claim.start_char < claim.start_char and r.claim.speaker]
    if earlier:
        return earlier[-1], "the preceding claim of", 0.6
    return None, "", 0.0


def _other_party(dispute: ClaimRef, candidate: ClaimRef) -> bool:
    if candidate.claim.claim_id == dispute.claim.claim_id or is_dispute(candidate.claim):
        return False
    return candidate.claim.speaker != dispute.claim.speaker


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


def comparable_key(q: Quantity) -> tuple[str, str, str] | None:
    if q.kind != QuantityKind.AMOUNT or not q.measure or not q.unit or q.value is None:
        return None
    return (q.measure, q.unit, q.per or "")


def find_numeric_conflicts(
    clusters: Iterable[list[ClaimRef]], settings: ConflictSettings
) -> Iterable[Conflict]:
    for refs in clusters:
        figures: dict[tuple[str, str, str], list[tuple[ClaimRef, Quantity]]] = defaultdict(list)
        for ref in refs:
            for q in ref.claim.quantities:
                key = comparable_key(q)
                if key:
                    figures[key].append((ref, q))
        for key, group in figures.items():
            for (ra, qa), (rb, qb) in combinations(group, 2):
                if ra.claim.claim_id == rb.claim.claim_id or not _same_time_frame(ra, rb, settings):
                    continue
                ia, ib = interval(qa, settings.rounding_tolerance), interval(qb, settings.rounding_tolerance)
                if ia is None or ib is None or (ia[0] <= ib[1] and ib[0] <= ia[1]):
                    continue
                gap = max(ia[0] - ib[1], ib[0] - ia[1])
                scale = max(abs(v) for v in (*ia, *ib) if abs(v) != float("inf")) or 1.0
                yield _conflict(
                    ConflictKind.NUMERIC,
                    ra,
                    rb,
                    round(0.7 + 0.2 * min(1.0, gap / scale), 4),
                    f"{key[0]}: {qa.surface!r} ({_who(ra)}) and {qb.surface!r} ({_who(rb)}) "
                    f"do not overlap",
                )


def _same_time_frame(a: ClaimRef, b: ClaimRef, settings: ConflictSettings) -> bool:
    if a.published and b.published and abs((a.published - b.published).days) > settings.max_days_apart:
        return False
    years_a, years_b = set(YEAR.findall(a.claim.sentence)), set(YEAR.findall(b.claim.sentence))
    return not (years_a and years_b and years_a.isdisjoint(years_b))


# --- contradictions ---------------------------------------------------------------------


def find_contradictions(clusters: Iterable[list[ClaimRef]]) -> Iterable[Conflict]:
    """Opposite assessments in one cluster from different speakers or articles."""
    for refs in clusters:
        for ra, rb in combinations(refs, 2):
            if ra.claim.article_id == rb.claim.article_id and ra.claim.speaker == rb.claim.speaker:
                continue
            for left, right in opposite_patterns():
                hit = _opposed(ra.claim.text, rb.claim.text, left, right)
                if hit:
                    yield _conflict(
                        ConflictKind.CONTRADICTION,
                        ra,
                        rb,
                        0.5,
                        f"opposite assessments ({hit[0]!r} vs {hit[1]!r}) by {_who(ra)} and {_who(rb)}",
                    )
                    break


def _opposed(a: str, b: str, left: re.Pattern[str], right: re.Pattern[str]) -> tuple[str, str] | None:
    for x, y in ((a, b), (b, a)):
        lx, ry = left.search(x), right.search(y)
        if lx and ry and not left.search(y) and not right.search(x):
            return (lx.group(0), ry.group(0)) if x is a else (ry.group(0), lx.group(0))
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
