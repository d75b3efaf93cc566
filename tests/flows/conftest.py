import pytest

from store.connection import open_store, snapshot_path
from store.writes import publish_snapshot


@pytest.fixture
def published(tmp_path):
    """A store and its snapshot, published as a run publishes it."""
    db = tmp_path / "x.duckdb"
    with open_store(db) as con:
        publish_snapshot(con, snapshot_path(db))
    return db, snapshot_path(db)
