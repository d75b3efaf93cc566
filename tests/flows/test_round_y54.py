"""Round y54 (from the user's review u53), against Prefect's test harness (a temporary
server, shared by the module: it takes most of the time).

- A run killed when serve stops is set to Cancelled in Prefect, not left Running with no end
  time (a ghost in the operator's UI). Without starting serve: the runner calls
  `cancel_killed_runs` once its flow run processes are gone, and again when it starts.
- The progress lines of a run come as its batches end, not in batch order."""

import time

import pytest

from flows.serve import FLOW_NAME, cancel_killed_runs


@pytest.fixture(scope="module")
def prefect_api():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


def _running_run(client, flow_name: str, deployment: str, db: str):
    from prefect.states import Running

    flow_id = client.create_flow_from_name(flow_name)
    deployment_id = client.create_deployment(flow_id=flow_id, name=deployment)
    run = client.create_flow_run_from_deployment(deployment_id, parameters={"db": db})
    client.set_flow_run_state(run.id, Running(), force=True)
    return run.id


def test_the_killed_run_of_this_deployment_and_database_is_cancelled_with_an_end_time(
    prefect_api, tmp_path
):
    from prefect.client.orchestration import get_client

    db = str(tmp_path / "serve.duckdb")
    with get_client(sync_client=True) as client:
        killed = _running_run(client, FLOW_NAME, "inbox", db)
        other_db = _running_run(client, FLOW_NAME, "inbox", str(tmp_path / "other.duckdb"))
        other_deployment = _running_run(client, FLOW_NAME, "elsewhere", db)
        other_flow = _running_run(client, "not-counterclaim", "inbox", db)

        assert cancel_killed_runs("inbox", db) == 1

        run = client.read_flow_run(killed)
        assert run.state.is_cancelled()
        assert "serve stopped" in run.state.message
        assert run.end_time is not None
        for untouched in (other_db, other_deployment, other_flow):
            assert client.read_flow_run(untouched).state.is_running()
        # Nothing left to cancel: a second call (the next serve's start) changes nothing.
        assert cancel_killed_runs("inbox", db) == 0
        assert client.read_flow_run(killed).state.is_cancelled()


def test_progress_is_counted_as_batches_end_not_in_batch_order(prefect_api, monkeypatch):
    """u53: `run` printed nothing for 42 s, then "extracted 64/93" and "93/93" in the same
    millisecond: the second (smaller) batch had ended long before, but was counted only
    when taken in order, after the first."""
    from types import SimpleNamespace

    from prefect import flow, task
    from prefect.cache_policies import NONE
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows import pipeline

    @task(cache_policy=NONE)
    def slow_first_batch(batch, model, n, total):
        time.sleep(2.0 if n == 1 else 0.05)
        return []

    monkeypatch.setattr(pipeline, "extract_claims_batch", slow_first_batch)
    monkeypatch.setattr(pipeline, "active_parse_pool", lambda: SimpleNamespace(size=2))
    events = []

    @flow(task_runner=ThreadPoolTaskRunner(max_workers=4))
    def two_batches():
        batches = [[1, 2, 3, 4], [5]]
        for n, _batch, _found in pipeline._extract_in_order(
            batches, None, lambda articles: events.append(("extracted", articles))
        ):
            events.append(("taken", n))

    two_batches()
    assert events == [("extracted", 1), ("extracted", 4), ("taken", 1), ("taken", 2)]
