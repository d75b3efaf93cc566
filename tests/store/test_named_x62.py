"""Round x62 (u62 finding 3): a side shown under a description at the verdict ("the
campaign group") and under the name that description resolves to now ("Carrowdale Broadband
Action") counted as "re-attributed since the verdict" and held its confirmed conflict out of
the ClaimReview export. It is now "named since the verdict": said, the verdict standing;
and the desk words the old speaker as the text report does ("was the campaign group")."""

import html
import json

import pytest

import store.writes as writes
from claims.models import Verdict
from claims.naming import described, named_since
from claims.reporting import ReportFormat, render_report
from flows.cli import main
from store.connection import open_store
from store.reads import conflict_count, conflict_views
from tests.store.test_store import NOW
from tests.store.test_verdicts_x60 import _rewrite

BODY = "Carrowdale Broadband Action"


def _said_by(name, mention):
    return lambda a, cls: cls[1].model_copy(update={"speaker": name, "speaker_mention": mention})


def _judged_then(tmp_path, name, mention):
    """Confirmed with B shown as "The campaign group"; a later run attributes B to `name`,
    the article writing `mention` at B's claim."""
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        _, conflict = _rewrite(con, "r1", b=_said_by("The campaign group", "the campaign group"))
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _rewrite(con, "r2", b=_said_by(name, mention))
    return db, conflict


def test_a_description_resolved_to_its_name_is_named_not_reattributed(tmp_path, capsys):
    db, conflict = _judged_then(tmp_path, BODY, "the campaign group")
    with open_store(db, read_only=True) as con:
        (view,) = conflict_views(con)
        assert (view.b_reattributed_since_verdict, view.b_named_since_verdict) == (False, True)
        assert conflict_views(con, status="reattributed") == []
        assert conflict_count(con, status="reattributed") == 0
    text = render_report([view], ReportFormat.TEXT)
    assert "B named since the verdict: was the campaign group" in text
    assert "re-attributed" not in text
    out = tmp_path / "cr.json"
    assert main(["export", "--db", str(db), "--claimreview", str(out)]) == 0
    assert "held out" not in capsys.readouterr().out
    assert [r["identifier"] for r in json.loads(out.read_text())["@graph"]] == [conflict.conflict_id]
    from starlette.testclient import TestClient

    from desk.app import create_app

    with TestClient(create_app(db, reviewer="t")) as client:
        page = html.unescape(client.get(f"/conflicts/{conflict.conflict_id}").text)
        listed = client.get("/conflicts", params={"status": "reattributed"}).text
    assert "B named since the verdict: was the campaign group" in page
    assert "re-attributed since the verdict" not in page
    assert conflict.conflict_id not in listed


@pytest.mark.parametrize(("name", "mention"), [
    ("Fergal Ansty", "Fergal Ansty"),      # another speaker
    (BODY, "Carrowdale Broadband Action"),  # the article never says the description of it
])
def test_near_miss_another_speaker_stays_reattributed(tmp_path, name, mention):
    db, _ = _judged_then(tmp_path, name, mention)
    with open_store(db, read_only=True) as con:
        (view,) = conflict_views(con)
        assert (view.b_reattributed_since_verdict, view.b_named_since_verdict) == (True, False)
        assert conflict_count(con, status="reattributed") == 1
    assert "B re-attributed since the verdict: was the campaign group" in render_report([view], ReportFormat.TEXT)


def test_the_desk_words_a_described_speaker_at_the_verdict_as_the_report_does(tmp_path):
    from starlette.testclient import TestClient

    from desk.app import create_app

    db, conflict = _judged_then(tmp_path, "Fergal Ansty", "Fergal Ansty")
    with TestClient(create_app(db, reviewer="t")) as client:
        page = client.get(f"/conflicts/{conflict.conflict_id}").text
    assert "B re-attributed since the verdict: was the campaign group" in page


@pytest.mark.parametrize(("then", "now", "mentions", "named"), [
    ("The campaign group", BODY, ["the campaign group"], True),
    ("the company", "Acme Ltd", ["The company", "Acme"], True),
    ("a spokesperson for Acme", "Jo Roe", ["a spokesperson for Acme"], True),
    ("Rivals", "Fergal Ansty", ["Rivals"], False),          # a name then
    ("the company", "the firm", ["the company"], False),     # a description now
    ("the company", "Acme Ltd", ["Acme"], False),            # not said of Acme here
    (None, "Acme Ltd", ["the company"], False),              # unattributed then
])
def test_named_since(then, now, mentions, named):
    assert named_since(then, now, mentions) is named


def test_described():
    assert described("The campaign group") and described("its chair")
    assert not described(BODY) and not described("Rivals")
