"""Round x62 (u62 finding 4): the desk's conflicts page lists what `report --status` lists,
stale and re-attributed conflicts too (`/conflicts?status=stale` was a 400), and its list
page links to both."""

import warnings
from datetime import datetime

import pytest

from claims.models import Verdict
from desk.app import create_app
from store.connection import open_store
from store.reads import conflict_views
from store.writes import add_review
from tests.desk.test_http import listed

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def judged_db(seeds_db):
    """The seeds' store with one conflict confirmed and then kept stale for its verdict,
    and another confirmed under a speaker the store no longer shows (re-attributed)."""
    with open_store(seeds_db) as con:
        first, second = (v.conflict_id for v in conflict_views(con)[:2])
        for cid in (first, second):
            add_review(con, cid, Verdict.CONFIRMED, "checked", "ana", datetime(2030, 1, 1))
        con.execute("UPDATE conflicts SET stale = true WHERE conflict_id = ?", [first])
        con.execute("UPDATE reviews SET claim_a_speaker = 'Someone Else' WHERE conflict_id = ?", [second])
    return seeds_db


@pytest.mark.parametrize("status", ["stale", "reattributed", "confirmed", "open"])
def test_the_desk_lists_what_report_status_lists(judged_db, status):
    with open_store(judged_db, read_only=True) as con:
        expected = {v.conflict_id for v in conflict_views(con, status=status)}
    assert expected or status == "open"
    with TestClient(create_app(judged_db, reviewer="desk-tester")) as client:
        page = client.get("/conflicts", params={"status": status})
    assert page.status_code == 200
    assert set(listed(page.text)) == expected
    assert f'<option value="{status}" selected>' in page.text


def test_the_list_page_links_to_the_verdicts_to_recheck(judged_db):
    with TestClient(create_app(judged_db, reviewer="desk-tester")) as client:
        page = client.get("/conflicts").text
    assert '<a href="/conflicts?status=stale">stale</a>' in page
    assert '<a href="/conflicts?status=reattributed">re-attributed</a>' in page
