"""Round q51 (review of r50): a store built before r50 may hold both a dispute and a judged
contradiction of one pair of claims. The next recompute keeps the judged one
(`store.reads.reviewed_conflicts` -> `claims.conflicts.one_per_claim_pair`): one conflict for
the pair, the confirmed one, current; the dispute's reason is kept after "; also:"."""

from datetime import datetime

from claims.conflicts import ALSO, one_per_claim_pair
from claims.models import Conflict, ConflictKind, Verdict
from store.connection import open_store
from store.reads import reviewed_conflicts
from store.writes import _merge_conflicts, add_review

A, B = "aaaa000000000001", "bbbb000000000002"
TEXTS = {A: "claim A", B: "claim B"}


def _conflict(kind, score, reason):
    return Conflict(conflict_id=Conflict.make_id(kind, A, B), claim_a=A, claim_b=B, kind=kind, score=score,
                    reason=reason)


DISPUTE = _conflict(ConflictKind.DISPUTE, 0.9, "X rejects Y")
CONTRADICTION = _conflict(ConflictKind.CONTRADICTION, 0.7, "opposite")


def _recompute_after(tmp_path, review: Conflict | None):
    with open_store(tmp_path / "s.duckdb") as con:
        _merge_conflicts(con, [DISPUTE, CONTRADICTION], TEXTS, datetime(2026, 1, 1))  # a pre-r50 run
        if review is not None:
            add_review(con, review.conflict_id, Verdict.CONFIRMED, note="checked", reviewer="r",
                       now=datetime(2026, 1, 2))
        kept = one_per_claim_pair([DISPUTE, CONTRADICTION], reviewed_conflicts(con))  # an r50 run
        _merge_conflicts(con, kept, TEXTS, datetime(2026, 1, 3))
        return con.execute("SELECT conflict_id, kind, status, reason FROM conflict_report WHERE NOT stale "
                           "ORDER BY kind").fetchall()


def test_the_judged_contradiction_stays_the_pairs_conflict(tmp_path):
    assert _recompute_after(tmp_path, CONTRADICTION) == [
        (CONTRADICTION.conflict_id, "contradiction", "confirmed", f"opposite{ALSO}X rejects Y")]


def test_reviewed_conflicts_reads_the_latest_verdicts_time(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        assert reviewed_conflicts(con) == {}
        _merge_conflicts(con, [CONTRADICTION], TEXTS, datetime(2026, 1, 1))
        for day in (2, 5, 3):
            add_review(con, CONTRADICTION.conflict_id, Verdict.UNCLEAR, note=None, reviewer="r",
                       now=datetime(2026, 1, day))
        assert reviewed_conflicts(con) == {CONTRADICTION.conflict_id: datetime(2026, 1, 5)}


def test_without_a_verdict_the_dispute_speaks_for_the_pair(tmp_path):
    # Near miss: nothing judged, so r50's precedence holds.
    assert _recompute_after(tmp_path, None) == [
        (DISPUTE.conflict_id, "dispute", "open", f"X rejects Y{ALSO}opposite")]
