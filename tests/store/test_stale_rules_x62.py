"""Round x62 (u62 finding 5): a confirmed conflict no longer found with both its claims
unchanged said "no longer found by the conflict rules" when the rules had not changed and
other articles had moved the clusters. The runs' claims code (`runs.conflict_rules`) since
the conflict was found tells the two apart; the report and the desk say which."""

import html
import warnings

import pytest

import store.writes as writes
from claims.models import Verdict
from claims.reporting import ReportFormat, render_report
from desk.app import create_app
from store.connection import open_store
from store.reads import conflict_views, rules_since
from tests.store.test_store import NOW, article, claims_of, run_summary, write

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

THEN, LATER = "a" * 64, "b" * 64


def _stale_under(tmp_path, rules_now: str):
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        _, conflict = write(con, "r1")
        con.execute("UPDATE runs SET conflict_rules = ?", [THEN])
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        art = article()
        cls = claims_of(art)
        summary = run_summary("r2").model_copy(update={"conflict_rules": rules_now})
        writes.write_run(con, summary=summary, articles=[art], claims=cls, clusters=[], conflicts=[],
                         claim_texts={c.claim_id: c.text for c in cls}, now=NOW)
        (view,) = conflict_views(con)
    return db, view


@pytest.mark.parametrize(("rules_now", "said"), [
    (THEN, "(confirmed, stale: no longer found after other articles changed the clusters "
           "(the conflict rules are unchanged))"),
    (LATER, "(confirmed, stale: no longer found since the conflict rules changed "
            "(claims code aaaaaaaa -> bbbbbbbb))"),
])
def test_a_conflict_stale_with_its_claims_unchanged_says_what_changed(tmp_path, rules_now, said):
    db, view = _stale_under(tmp_path, rules_now)
    assert view.stale_because == "rules"
    assert said in render_report([view], ReportFormat.TEXT)
    assert "by the conflict rules" not in render_report([view], ReportFormat.TEXT)
    with TestClient(create_app(db, reviewer="t")) as client:
        page = client.get(f"/conflicts/{view.conflict_id}").text
    assert f'<span class="tag" id="stale">stale: {said[len("(confirmed, stale: "):-1]}' in html.unescape(page)


def test_rules_since():
    assert rules_since([THEN, THEN]) == "unchanged"
    assert rules_since([THEN, LATER, LATER]) == "aaaaaaaa -> bbbbbbbb"
    assert rules_since([None, THEN]) is None
    assert rules_since([]) is None
