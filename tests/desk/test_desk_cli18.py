"""Round cli18: the desk matches conflict ids in any case, as `review` does."""

import warnings

import pytest

from desk.app import create_app
from store.connection import open_store
from store.reads import conflict_views
from tests.readonly_db import query

with warnings.catch_warnings():  # starlette would rather have httpx2, which is not installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_conflict_urls_accept_the_id_in_any_case(seeds_db):
    with open_store(seeds_db, read_only=True) as con:
        target = next(v for v in conflict_views(con) if v.conflict_id.upper() != v.conflict_id.lower())
    other_case = target.conflict_id.swapcase()
    assert other_case != target.conflict_id
    with TestClient(create_app(seeds_db, reviewer="desk-tester")) as client:
        page = client.get(f"/conflicts/{other_case}")
        assert page.status_code == 200 and target.conflict_id in page.text
        answer = client.post(f"/conflicts/{other_case}/reviews", data={"verdict": "unclear"},
                             follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith(f"/conflicts/{target.conflict_id}?")
    assert query(seeds_db, "SELECT conflict_id, verdict FROM reviews")[-1] == (target.conflict_id, "unclear")
