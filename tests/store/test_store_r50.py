"""r50 (u49's review): a stale conflict shows what the reviewer judged on both sides, the
copies it keeps, even where a claim is still stored under its id in a sentence the article
has since rewritten (`claim_state` `edited`); and a run's summary counts the stale
conflicts the report lists apart from the current ones."""

import store.writes as writes
from claims.models import Verdict
from claims.reporting import ReportFormat, conflicts_line, render_report
from store.connection import open_store
from store.reads import conflict_views, stale_conflict_count
from tests.store.test_store import NOW, article, claims_of, run_summary, snapshot, write

REWRITTEN = "Officials said turnout was 61%. Rivals, in a statement on Monday, called that figure inflated."


def _rewrite(con, run_id):
    """The article is corrected around claim b: same claim id and text, another sentence;
    the rules find the conflict no more."""
    new = article(text=REWRITTEN)
    cls = claims_of(new)
    writes.write_run(con, summary=run_summary(run_id), articles=[new], claims=cls, clusters=[], conflicts=[],
                     claim_texts={c.claim_id: c.text for c in cls}, now=NOW)
    return cls


def test_a_stale_conflict_shows_the_sentences_reviewed_and_marks_the_change(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        old, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        new = _rewrite(con, "r2")
        assert new[1].claim_id == old[1].claim_id and new[1].sentence != old[1].sentence
        (view,) = conflict_views(con)
        assert view.stale and view.status == "confirmed"
        # both sides as reviewed: b's stored copy, not the rewritten sentence
        assert (view.a_sentence, view.b_sentence) == (old[0].sentence, "Rivals called that figure inflated.")
        assert view.b_sentence[view.b_offset_in_sentence:].startswith(view.b_text)
        assert (view.a_claim_state, view.b_claim_state) == ("current", "edited")
        report = render_report([view], ReportFormat.TEXT)
        assert "Rivals (The Ledger, 2024-05-01; the article has changed since)" in report
        assert "in a statement on Monday" not in report
        # a re-run of the same input changes nothing
        before = snapshot(con)
        _rewrite(con, "r3")
        assert snapshot(con) == before


def test_a_conflict_found_again_reads_its_claims_live(tmp_path):
    # Near miss: a current conflict shows the stored claims, whatever its copy holds.
    with open_store(tmp_path / "s.duckdb") as con:
        write(con, "r1")
        con.execute("UPDATE conflicts SET claim_b_sentence = 'an old copy'")
        (view,) = conflict_views(con)
        assert not view.stale and view.b_sentence == "Rivals called that figure inflated."
        assert view.b_claim_state == "current"


def test_the_summary_counts_the_stale_conflicts_apart(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _, conflict = write(con, "r1")
        assert stale_conflict_count(con) == 0
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _rewrite(con, "r2")
        assert stale_conflict_count(con) == 1
    summary = run_summary("r2").model_copy(update={"conflicts": 2, "stale_conflicts": 1})
    assert conflicts_line(summary) == "conflicts 2 (+1 stale with verdicts)"
    assert conflicts_line(summary.model_copy(update={"stale_conflicts": 0})) == "conflicts 2"


def test_the_speakers_kind_is_stored_read_back_and_shown_by_the_view(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        a = article()
        cls = [c.model_copy(update={"speaker_kind": kind}) for c, kind in zip(claims_of(a), ("org", None))]
        writes.write_run(con, summary=run_summary("r1"), articles=[a], claims=cls, clusters=[], conflicts=[],
                         claim_texts={c.claim_id: c.text for c in cls}, now=NOW)
        from store.reads import load_claim_refs, load_stored_claims
        assert [r.claim.speaker_kind for r in load_claim_refs(con)] == ["org", None]
        assert [r.claim.speaker_kind for r in load_stored_claims(con)] == ["org", None]
