"""x58 (u57's review): a stale conflict whose claim still stands in the same sentence but
under another speaker (an upgrade re-attributed it) is no "unchanged claim": its side is
`reattributed`, the conflict is stale because of its claims, the report says who speaks
now, the ClaimReview export leaves it out; and `runs` records the stale counts by reason."""

import store.writes as writes
from claims.models import Verdict
from claims.reporting import ReportFormat, render_report
from store.connection import open_store
from store.reads import conflict_views, stale_by_rules_count
from tests.store.test_store import NOW, article, claims_of, run_summary, snapshot, write


def _reattribute(con, run_id, speaker="The Opposition"):
    """Claim b is read again with the same text and sentence, now said by another speaker;
    the rules find the conflict no more."""
    a = article()
    cls = claims_of(a)
    cls[1] = cls[1].model_copy(update={"speaker": speaker})
    writes.write_run(con, summary=run_summary(run_id), articles=[a], claims=cls, clusters=[], conflicts=[],
                     claim_texts={c.claim_id: c.text for c in cls}, now=NOW)
    return cls


def test_a_reattributed_claim_makes_its_conflict_stale_because_of_its_claims(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        old, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        new = _reattribute(con, "r2")
        assert (new[1].claim_id, new[1].sentence) == (old[1].claim_id, old[1].sentence)
        (view,) = conflict_views(con)
        assert view.stale and view.status == "confirmed"
        assert (view.a_claim_state, view.b_claim_state) == ("current", "reattributed")
        assert (view.b_speaker, view.b_speaker_now) == ("Rivals", "The Opposition")
        assert view.stale_because == "claims"
        assert stale_by_rules_count(con) == 0
        report = render_report([view], ReportFormat.TEXT)
        assert "re-attributed since: now The Opposition" in report
        assert "no longer found by the conflict rules" not in report
        row = con.execute("SELECT stale_conflicts, stale_by_rules, stale_by_claims FROM runs "
                          "WHERE run_id = 'r2'").fetchall()
        assert row == [(1, 0, 1)]
        before = snapshot(con)  # a re-run of the same input changes nothing
        _reattribute(con, "r3")
        assert snapshot(con) == before


def test_a_speaker_unchanged_still_reads_as_no_longer_found_by_the_rules(tmp_path):
    # Near miss: the same speaker, the rules alone dropped the conflict.
    with open_store(tmp_path / "s.duckdb") as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _reattribute(con, "r2", speaker="Rivals")
        (view,) = conflict_views(con)
        assert (view.b_claim_state, view.stale_because) == ("current", "rules")
        row = con.execute("SELECT stale_conflicts, stale_by_rules, stale_by_claims FROM runs "
                          "WHERE run_id = 'r2'").fetchall()
        assert row == [(1, 1, 0)]
