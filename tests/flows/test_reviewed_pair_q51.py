"""Round q51 (review of r50): the flow reads the conflicts given a verdict
(`store.reads.reviewed_conflicts`) and passes them to the rules, so that of a pair of claims
set against each other twice in a store built before r50 the recompute keeps the judged
conflict (`claims.conflicts.one_per_claim_pair`) rather than make it stale and bring the pair
back open as a dispute under a new id."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

# Every dispute the rules find is also told as a contradiction of the same two claims: the
# doubled pairs a store built before r50 holds. The first run keeps both (r50's merge is
# bypassed, as before r50); the contradiction of one pair is confirmed; the second run
# recomputes the same claims (the store says a run stopped before re-clustering).
SCRIPT = textwrap.dedent("""
    import json, os, sys
    from datetime import datetime
    from flows.cli import QUIET_PREFECT
    for key, value in QUIET_PREFECT.items():
        os.environ.setdefault(key, value)
    import claims.conflicts as cc
    from claims.models import Conflict, ConflictKind, Verdict
    from flows.pipeline import counterclaim_flow
    from store.connection import open_store
    from store.writes import add_review

    real_disputes, real_merge = cc.find_disputes, cc.one_per_claim_pair

    def doubled(*args, **kwargs):
        for c in real_disputes(*args, **kwargs):
            yield c
            kind = ConflictKind.CONTRADICTION
            yield c.model_copy(update={"kind": kind, "reason": "opposite wording",
                                       "conflict_id": Conflict.make_id(kind, c.claim_a, c.claim_b)})

    cc.find_disputes = doubled
    cc.one_per_claim_pair = lambda conflicts, reviewed={}: list(conflicts)
    seeds, db = sys.argv[1], sys.argv[2]
    counterclaim_flow(paths=[seeds], db=db, workers=1)
    with open_store(db) as con:
        pairs = con.execute(
            "SELECT d.conflict_id, c.conflict_id FROM conflicts d JOIN conflicts c "
            "ON d.claim_a = c.claim_a AND d.claim_b = c.claim_b "
            "WHERE d.kind = 'dispute' AND c.kind = 'contradiction' ORDER BY d.conflict_id").fetchall()
        judged = pairs[0]
        add_review(con, judged[1], Verdict.CONFIRMED, "checked", "ana", datetime(2030, 1, 1))
        con.execute("UPDATE runs SET finished_at = TIMESTAMP '2000-01-01'")
    cc.one_per_claim_pair = real_merge
    counterclaim_flow(paths=[seeds], db=db, workers=1)
    with open_store(db, read_only=True) as con:
        rows = con.execute("SELECT conflict_id, stale, status FROM conflict_report").fetchall()
    print("RESULT", json.dumps({"pairs": pairs, "judged": judged, "rows": rows}))
""")


def test_the_flow_keeps_the_judged_conflict_of_a_doubled_pair(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(SEEDS), str(tmp_path / "x.duckdb")],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    out = json.loads(done.stdout.split("RESULT ", 1)[1])
    status = {cid: (stale, st) for cid, stale, st in out["rows"]}
    dispute, contradiction = out["judged"]
    # the judged pair: its confirmed contradiction, current; the dispute not kept
    assert status[contradiction] == (False, "confirmed")
    assert dispute not in status or status[dispute][0]
    # near miss: the pairs nobody judged keep their dispute, as r50 decided
    others = [p for p in out["pairs"] if p != out["judged"]]
    assert others, "the seeds have more than one disputed pair"
    for d, c in others:
        assert status[d] == (False, "open") and c not in status
