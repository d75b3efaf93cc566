"""stab14: a stale conflict still shows what the reviewer saw of both sides."""

import store.writes as writes
from claims.models import Verdict
from claims.reporting import ReportFormat, render_report
from store.connection import open_store
from store.reads import conflict_views
from tests.store.test_store import NOW, article, run_summary, snapshot, write


def test_a_corrected_article_leaves_its_stale_conflict_readable(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        # The article is corrected: the claims are gone, the article is still there.
        writes.write_run(con, summary=run_summary("r2"), articles=[article(text="Nothing to see.")],
                         claims=[], clusters=[], conflicts=[], claim_texts={}, now=NOW)
        (view,) = conflict_views(con)
        assert view.stale and view.status == "confirmed"
        assert (view.a_speaker, view.a_outlet, view.a_published.isoformat(), view.a_article_id) == \
            ("Officials", "The Ledger", "2024-05-01", "a1")
        assert view.a_sentence == "Officials said turnout was 61%."
        assert view.a_sentence[view.a_offset_in_sentence:].startswith(view.a_text)
        assert (view.b_speaker, view.a_claim_state, view.b_claim_state) == ("Rivals", "changed", "changed")
        report = render_report([view], ReportFormat.TEXT)
        assert "Rivals (The Ledger, 2024-05-01; claim no longer in the article)" in report
        assert "article removed" not in report and "(unattributed)" not in report


def test_the_copy_is_taken_once_and_a_rerun_changes_no_row(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        write(con, "r1")
        (view,) = conflict_views(con)
        assert view.a_claim_state == "current"
        before = snapshot(con)
        write(con, "r2")
        assert snapshot(con) == before


def test_a_store_of_schema_2_gets_the_copy_of_its_conflicts(tmp_path, monkeypatch):
    import store.schema as schema

    path = tmp_path / "s.duckdb"
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(writes, "_copy_claim_context", lambda con, side: None)
    monkeypatch.setattr(writes, "_claim_row", lambda c, row=writes._claim_row: row(c)[:-1])  # schema 5's kind
    monkeypatch.setattr(writes, "_article_row", lambda *a, row=writes._article_row: row(*a)[:-1])  # schema 6's
    monkeypatch.setattr(writes, "_run_row", lambda s, row=writes._run_row: row(s)[:-5])  # schema 6's, 7's
    monkeypatch.setattr(writes, "_record_stale_counts", lambda con, run_id: None)  # schema 7's
    with open_store(path) as con:
        assert "claim_a_speaker" not in {r[0] for r in con.execute("DESCRIBE conflicts").fetchall()}
        write(con, "r1")
    monkeypatch.undo()
    with open_store(path) as con:
        assert con.execute("SELECT claim_a_speaker, claim_b_outlet FROM conflicts").fetchall() == \
            [("Officials", "The Ledger")]
