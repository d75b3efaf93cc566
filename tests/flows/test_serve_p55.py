"""Round p55: serve cancelled runs that were still working. At start it set every
Pending/Running run of the same deployment name and db to Cancelled; a second `serve --name
inbox` on a shared PREFECT_API_URL cancelled the first's live run. Now nothing is cancelled
at start while the store's run lock is held, and at stop only the runs this runner launched.
Prefect's client is faked (the reviewer's reproduction): the point is what is checked."""

import types
import uuid

import prefect.client.orchestration as orch
import pytest

from flows.serve import cancel_killed_runs, launched_runs
from store.run_lock import run_lock


@pytest.fixture
def fake_prefect(monkeypatch):
    runs, calls = [], []

    class FakeClient:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            pass

        def read_flow_runs(self, **kw):
            return runs

        def set_flow_run_state(self, run_id, state, force=False):
            calls.append(run_id)

    monkeypatch.setattr(orch, "get_client", lambda **kw: FakeClient())
    return runs, calls


def _run(db):
    return types.SimpleNamespace(id=uuid.uuid4(), parameters={"db": db, "paths": ["/inbox"]})


def test_at_start_a_run_holding_the_run_lock_is_not_cancelled(fake_prefect, tmp_path):
    runs, calls = fake_prefect
    db = str(tmp_path / "live.duckdb")
    runs.append(_run(db))
    with run_lock(db):  # another serve's run is working on this db
        assert cancel_killed_runs("inbox", db) == 0
    assert calls == []


def test_near_miss_at_start_a_run_left_by_a_killed_serve_is_cancelled(fake_prefect, tmp_path):
    runs, calls = fake_prefect
    db = str(tmp_path / "dead.duckdb")
    with run_lock(db):
        pass  # the killed run's lock died with it
    runs.append(_run(db))
    assert cancel_killed_runs("inbox", db) == 1
    assert calls == [runs[0].id]


def test_at_stop_only_the_runs_this_runner_launched_are_cancelled(fake_prefect, tmp_path):
    runs, calls = fake_prefect
    db = str(tmp_path / "s.duckdb")
    mine, theirs = _run(db), _run(db)
    runs.extend([mine, theirs])
    record = tmp_path / "launched.txt"
    record.write_text(f"{mine.id}\n")
    with run_lock(db):  # held by the other serve's run: `only` alone decides at stop
        assert cancel_killed_runs("inbox", db, only=launched_runs(str(record))) == 1
    assert calls == [mine.id]
    assert launched_runs(str(tmp_path / "missing.txt")) == set()
