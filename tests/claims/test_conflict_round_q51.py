"""Round q51 (review of r50): of a pair of claims several rules set against each other, the
conflict a fact-checker already judged is the one kept (`one_per_claim_pair`'s `reviewed`),
whatever its kind; `KIND_PRECEDENCE` decides only among unreviewed ones. Otherwise a store
built before r50 would see its judged contradiction go stale and the pair come back open as a
dispute under a new id: one disagreement reviewed twice."""

from datetime import datetime

from claims.conflicts import ALSO, one_per_claim_pair
from claims.models import ConflictKind
from tests.claims.test_conflict_round_r50 import CONTRADICTION, DISPUTE, NUMERIC, _conflict


def test_a_reviewed_lesser_kind_keeps_the_pair():
    reviewed = {CONTRADICTION.conflict_id: datetime(2026, 1, 2)}
    for order in ([DISPUTE, NUMERIC, CONTRADICTION], [CONTRADICTION, DISPUTE, NUMERIC]):
        (kept,) = one_per_claim_pair(order, reviewed)
        # the judged conflict's kind, id and score (its verdict stays attached) ...
        assert (kept.kind, kept.conflict_id, kept.score) == (ConflictKind.CONTRADICTION, CONTRADICTION.conflict_id, 0.5)
        # ... with the others' evidence after it, in precedence order
        assert kept.reason == f"contradiction reason{ALSO}dispute reason{ALSO}numeric reason"


def test_the_latest_reviewed_wins_when_several_are():
    reviewed = {CONTRADICTION.conflict_id: datetime(2026, 1, 3), DISPUTE.conflict_id: datetime(2026, 1, 2)}
    (kept,) = one_per_claim_pair([DISPUTE, NUMERIC, CONTRADICTION], reviewed)
    assert kept.conflict_id == CONTRADICTION.conflict_id
    reviewed[DISPUTE.conflict_id] = datetime(2026, 1, 4)
    (kept,) = one_per_claim_pair([DISPUTE, NUMERIC, CONTRADICTION], reviewed)
    assert kept.conflict_id == DISPUTE.conflict_id


def test_a_review_elsewhere_leaves_the_precedence():
    # Near misses: a verdict on another pair's conflict (sharing a claim) or none at all
    # changes nothing: the dispute speaks for the pair as in r50.
    other = _conflict(ConflictKind.CONTRADICTION, "x", "z", 0.4)
    for reviewed in ({}, {other.conflict_id: datetime(2026, 1, 2)}):
        kept = sorted(one_per_claim_pair([DISPUTE, NUMERIC, CONTRADICTION, other], reviewed),
                      key=lambda c: c.conflict_id)
        assert {c.conflict_id for c in kept} == {DISPUTE.conflict_id, other.conflict_id}
        (pair,) = [c for c in kept if c.conflict_id == DISPUTE.conflict_id]
        assert pair.reason == f"dispute reason{ALSO}numeric reason{ALSO}contradiction reason"
