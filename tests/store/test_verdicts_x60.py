"""x60 (u60's review): a verdict keeps the speakers it was given on (a side moved to another
speaker while the conflict is still found is flagged and held out of the ClaimReview export);
`replaces` links only the same disagreement (two unattributed sides are nobody's speaker); a
claim re-cut by a new extractor in an unchanged article says so; `report --status stale` and
`reattributed`; conflict_report has `stale_because`, `replaces_id`, `replaced_by`."""

import json

import pytest

import store.schema as schema
import store.writes as writes
from claims.models import Conflict, ConflictKind, Verdict
from claims.reporting import ReportFormat, render_report
from flows.cli import main
from store.connection import open_store
from store.reads import conflict_count, conflict_views
from tests.store.test_store import NOW, article, claims_of, run_summary, snapshot, write

TEXT = "Officials said turnout was 61%. Rivals called that figure inflated."


def _rewrite(con, run_id, *, text=TEXT, b=None, extractor=None):
    """Stores the article again, claim b replaced by `b(article, claims)` (or kept), and
    the conflict between a and b found again."""
    a = article(text=text)
    cls = claims_of(a)
    if b is not None:
        cls[1] = b(a, cls)
    conflict = Conflict(conflict_id=Conflict.make_id(ConflictKind.DISPUTE, cls[0].claim_id, cls[1].claim_id),
                        claim_a=cls[0].claim_id, claim_b=cls[1].claim_id, kind=ConflictKind.DISPUTE,
                        score=0.9, reason="Rivals reject the figure")
    writes.write_run(con, summary=run_summary(run_id), articles=[a], claims=cls, clusters=[],
                     conflicts=[conflict], claim_texts={c.claim_id: c.text for c in cls}, now=NOW,
                     extractor=extractor)
    return cls, conflict


def _speaker(name):
    return lambda a, cls: cls[1].model_copy(update={"speaker": name})


def _export(db, tmp_path, capsys):
    out = tmp_path / "reviews.json"
    assert main(["export", "--db", str(db), "--claimreview", str(out)]) == 0
    return json.loads(out.read_text())["@graph"], capsys.readouterr().out


def test_a_side_moved_to_another_speaker_since_the_verdict_is_flagged_and_held_out(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
    graph, _ = _export(db, tmp_path, capsys)
    assert len(graph) == 1  # as judged: published
    with open_store(db) as con:
        _, again = _rewrite(con, "r2", b=_speaker("Fergal Ansty"))
        assert again.conflict_id == conflict.conflict_id  # still found: not stale
        (view,) = conflict_views(con)
        assert not view.stale and view.status == "confirmed"
        assert (view.b_speaker, view.b_speaker_at_verdict, view.b_reattributed_since_verdict) == \
            ("Fergal Ansty", "Rivals", True)
        assert not view.a_reattributed_since_verdict
        assert con.execute("SELECT b_speaker_at_verdict, b_reattributed_since_verdict FROM conflict_report"
                           ).fetchall() == [("Rivals", True)]
        for fmt in (ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML):
            assert "B re-attributed since the verdict: was Rivals" in render_report([view], fmt), fmt
        assert json.loads(render_report([view], ReportFormat.JSON))[0]["b_speaker_at_verdict"] == "Rivals"
        assert [v.conflict_id for v in conflict_views(con, status="reattributed")] == [conflict.conflict_id]
        assert conflict_count(con, status="reattributed") == 1
        before = snapshot(con)  # a re-run of the same input changes nothing, keeps the flag
        _rewrite(con, "r3", b=_speaker("Fergal Ansty"))
        assert snapshot(con) == before
    graph, said = _export(db, tmp_path, capsys)
    assert graph == []
    assert "1 confirmed conflict(s) held out: a side re-attributed since the verdict" in said
    with open_store(db) as con:  # re-reviewed: published under the speaker judged now
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked again", "ana",
                          NOW.replace(hour=13))
        (view,) = conflict_views(con)
        assert not view.b_reattributed_since_verdict
        assert conflict_count(con, status="reattributed") == 0
    graph, _ = _export(db, tmp_path, capsys)
    assert len(graph) == 1


def test_near_miss_the_same_speaker_found_again_is_not_flagged(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _rewrite(con, "r2")
        (view,) = conflict_views(con)
        assert not (view.a_reattributed_since_verdict or view.b_reattributed_since_verdict)
        assert "re-attributed" not in render_report([view], ReportFormat.TEXT)


def test_an_upgraded_store_keeps_the_speakers_its_verdicts_were_given_on(tmp_path, monkeypatch):
    """A store of schema 7 (no speakers with the verdicts): migration 8 takes them from the
    conflicts' copies, as the run that last found them stored them, before any run moves them."""
    path = tmp_path / "s.duckdb"
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 7)
    monkeypatch.setattr(writes, "_CONTEXT", writes._CONTEXT[:10])  # schema 8's copies
    with open_store(path) as con:
        _, conflict = write(con, "r1")
        con.execute("INSERT INTO reviews VALUES (?, 'confirmed', 'checked', 'ana', ?)",
                    [conflict.conflict_id, NOW])
    monkeypatch.undo()
    with open_store(path) as con:
        assert con.execute("SELECT claim_a_speaker, claim_b_speaker FROM reviews").fetchall() == \
            [("Officials", "Rivals")]
        _rewrite(con, "r2", b=_speaker("Fergal Ansty"))
        (view,) = conflict_views(con)
        assert (view.status, view.b_speaker_at_verdict, view.b_reattributed_since_verdict) == \
            ("confirmed", "Rivals", True)


def _unattributed(a, cls):
    return cls[1].model_copy(update={"speaker": None, "speaker_mention": None, "cue": None})


TWO_FIGURES = ("Officials said turnout was 61%. Rivals called that figure inflated. "
               "Elsewhere 37 families moved.")


def test_two_unattributed_sides_of_different_statements_are_no_replacement(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _rewrite(con, "r1", b=_unattributed)
        (old,) = conflict_views(con)
        writes.add_review(con, old.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)

        def elsewhere(a, cls):  # another sentence, unattributed: another claim
            start = a.text.index("37 families")
            return cls[1].model_copy(update={
                "claim_id": "other-b", "text": a.text[start:-1], "sentence": a.text[a.text.index("Elsewhere"):],
                "sentence_start": a.text.index("Elsewhere"), "start_char": start, "end_char": len(a.text) - 1,
                "speaker": None, "speaker_mention": None, "cue": None})

        _rewrite(con, "r2", text=TWO_FIGURES, b=elsewhere)
        views = conflict_views(con)
        assert len(views) == 2
        assert all(v.replaces is None and v.replaces_id is None and v.replaced_by is None for v in views)
        assert con.execute("SELECT count(*) FROM conflict_report WHERE replaces_id IS NOT NULL "
                           "OR replaced_by IS NOT NULL").fetchall() == [(0,)]


def _recut(a, cls):
    """The same sentence, cut shorter by a new extractor: another claim id."""
    start = a.text.index("figure inflated")
    return cls[1].model_copy(update={"claim_id": "recut-b", "text": a.text[start:-1], "start_char": start,
                                     "speaker": None, "speaker_mention": None, "cue": None})


def test_a_claim_re_cut_by_a_new_extractor_says_so_and_is_replaced_in_place(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        _, old = _rewrite(con, "r1", b=_unattributed, extractor="45 en_core_web_sm")
        writes.add_review(con, old.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _, new = _rewrite(con, "r2", b=_recut, extractor="48 en_core_web_sm")
        views = {v.conflict_id: v for v in conflict_views(con)}
        stale = views[old.conflict_id]
        assert stale.stale and stale.b_claim_state == "recut" and stale.stale_because == "claims"
        report = render_report([stale], ReportFormat.TEXT)
        assert "claim re-cut by a new extractor (45 -> 48); now 'figure inflated'" in report
        assert "claim no longer in the article" not in report
        # the same place in the same sentence: the same disagreement, unattributed or not
        assert views[new.conflict_id].replaces_id == old.conflict_id
        assert views[new.conflict_id].replaces == f"{old.conflict_id} (confirmed by ana)"
        assert con.execute("SELECT stale_because, replaced_by FROM conflict_report WHERE conflict_id = ?",
                           [old.conflict_id]).fetchall() == [("claims", new.conflict_id)]
        assert [v.conflict_id for v in conflict_views(con, status="stale")] == [old.conflict_id]
    _, said = _export(db, tmp_path, capsys)
    assert "1 stale conflict(s) left out: a claim was re-cut by a new extractor" in said
    assert "changed in their articles" not in said


def test_near_miss_an_edited_article_is_no_re_cut(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _, old = _rewrite(con, "r1", extractor="45 en_core_web_sm")
        writes.add_review(con, old.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        edited = "Officials said turnout was 61%. Rivals called that figure wildly inflated."
        _rewrite(con, "r2", text=edited, extractor="48 en_core_web_sm", b=lambda a, cls: claims_of(a)[1]
                 .model_copy(update={"claim_id": "edited-b"}))
        (stale,) = [v for v in conflict_views(con) if v.stale]
        assert stale.b_claim_state == "changed"
        assert "claim no longer in the article" in render_report([stale], ReportFormat.TEXT)


@pytest.mark.parametrize("status", ["stale", "reattributed"])
def test_report_status_accepts_the_new_states(tmp_path, capsys, status):
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        write(con, "r1")
    assert main(["report", "--db", str(db), "--status", status]) == 0
    assert f"No conflicts with status {status}." in capsys.readouterr().out


def test_the_desk_flags_a_side_moved_since_the_verdict(tmp_path):
    from starlette.testclient import TestClient

    from desk.app import create_app

    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _rewrite(con, "r2", b=_speaker("Fergal Ansty"))
    with TestClient(create_app(db, reviewer="desk-tester")) as client:
        page = client.get(f"/conflicts/{conflict.conflict_id}").text
    assert "B re-attributed since the verdict: was Rivals" in page
    assert "A re-attributed" not in page
