"""Round p55 (review of x54): after an upgrade the conflict rules no longer found a confirmed
conflict whose article, claims and ids were unchanged; it went stale like one whose claims
changed, and `export --claimreview` left it out saying its claims "have since changed in
their articles". A stale conflict now says why (`ConflictView.stale_because`): report,
summary and export word it accordingly, and one whose claims stand is still exported."""

import json

import store.writes as writes
from claims.models import Verdict
from claims.reporting import ReportFormat, conflicts_line, render_report
from flows.cli import main
from store.connection import open_store
from store.reads import conflict_views, stale_by_rules_count, stale_conflict_count
from tests.store.test_store import NOW, article, claims_of, run_summary, write
from tests.store.test_store_r50 import _rewrite


def _rules_drop_it(con, run_id):
    """The same article again, its claims unchanged; the (new) rules find no conflict."""
    art = article()
    cls = claims_of(art)
    writes.write_run(con, summary=run_summary(run_id), articles=[art], claims=cls, clusters=[],
                     conflicts=[], claim_texts={c.claim_id: c.text for c in cls}, now=NOW)


def test_a_confirmed_conflict_the_rules_no_longer_find_says_so_and_is_exported(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _rules_drop_it(con, "r2")
        (view,) = conflict_views(con)
        assert view.stale and view.stale_because == "rules"
        assert (stale_conflict_count(con), stale_by_rules_count(con)) == (1, 1)
        report = render_report([view], ReportFormat.TEXT)
        # (x62) runs that recorded no claims code: a wording true whatever moved it
        assert "(confirmed, stale: no longer found, its claims unchanged)" in report
    summary = run_summary("r2").model_copy(update={"conflicts": 0, "stale_conflicts": 1,
                                                   "stale_by_rules": 1})
    assert conflicts_line(summary) == (
        "conflicts 0 (+1 stale with verdicts, 1 no longer found with their claims unchanged)")
    out = tmp_path / "cr.jsonld"
    assert main(["export", "--db", str(db), "--claimreview", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert line == f"wrote 1 ClaimReview(s) to {out} (1 no longer found, kept: their claims are unchanged)"
    assert "have since changed" not in line
    (review,) = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert review["identifier"] == conflict.conflict_id


def test_near_miss_a_conflict_whose_claim_changed_is_still_left_out(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _rewrite(con, "r2")  # the article rewritten around claim b
        (view,) = conflict_views(con)
        assert view.stale and view.stale_because == "claims"
        assert (stale_conflict_count(con), stale_by_rules_count(con)) == (1, 0)
        assert "(confirmed, stale: an article changed since)" in render_report([view], ReportFormat.TEXT)  # (y60)
    out = tmp_path / "cr.jsonld"
    assert main(["export", "--db", str(db), "--claimreview", str(out)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"wrote 0 ClaimReview(s) to {out} (1 stale conflict(s) left out: their claims have "
        "since changed in their articles)")
