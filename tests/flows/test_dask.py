"""Scale-out: the default runner parses in worker processes ($COUNTERCLAIM_WORKERS) and
`counterclaim run --task-runner dask` extracts on a 2-worker local Dask cluster (batches in
parallel, stored by the flow process alone); both leave the same database as parsing in
the flow process."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.flows.test_faults import contents

needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("prefect_dask") is None,
    reason="the dask extra (prefect-dask) is not installed")

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def counterclaim(*args, **env):
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "COUNTERCLAIM_CACHE": "off", **env})


def test_two_parse_workers_store_what_one_stores(tmp_path):
    # One article per batch, so both workers parse side by side, and an intermediate
    # commit every 2 articles, so storing interleaves with parsing.
    runs = {}
    for workers in ("1", "2"):
        db = tmp_path / f"workers-{workers}.duckdb"
        runs[workers] = counterclaim("run", str(SEEDS), "--db", str(db), "--no-report",
                                     "--batch-size", "1", COUNTERCLAIM_WORKERS=workers,
                                     COUNTERCLAIM_COMMIT_EVERY="2")
        assert runs[workers].returncode == 0, runs[workers].stderr
        assert "Traceback" not in runs[workers].stdout + runs[workers].stderr
    assert "in 2 worker processes" in runs["2"].stdout + runs["2"].stderr
    assert "worker processes" not in runs["1"].stdout + runs["1"].stderr
    assert all(f"batch {n}/5: 1 article(s)" in runs["2"].stdout + runs["2"].stderr
               for n in range(1, 6))
    one, two = contents(tmp_path / "workers-1.duckdb"), contents(tmp_path / "workers-2.duckdb")
    assert one["claims"] and one["quantities"]
    assert two == one


def test_worker_count_setting(monkeypatch):
    from flows.parse_pool import WORKERS_ENV, usable_cores, worker_count

    monkeypatch.delenv(WORKERS_ENV, raising=False)
    assert worker_count() == usable_cores()
    assert worker_count(3) == 3
    monkeypatch.setenv(WORKERS_ENV, "1")
    assert worker_count() == 1
    assert worker_count(2) == 2  # the explicit setting wins over the environment
    monkeypatch.setenv(WORKERS_ENV, "0")
    assert worker_count() == usable_cores()
    monkeypatch.setenv(WORKERS_ENV, "two")
    with pytest.raises(ValueError, match=WORKERS_ENV):
        worker_count()


@needs_dask
def test_dask_runner_stores_what_the_default_runner_stores(tmp_path):
    default = counterclaim("run", str(SEEDS), "--db", str(tmp_path / "default.duckdb"),
                           "--no-report")
    assert default.returncode == 0, default.stderr
    # One article per batch, so the 2 workers really run batches side by side, and an
    # intermediate commit every 2 articles, so storing interleaves with extraction.
    dask = counterclaim("run", str(SEEDS), "--db", str(tmp_path / "dask.duckdb"), "--no-report",
                        "--task-runner", "dask", "--dask-workers", "2", "--batch-size", "1",
                        COUNTERCLAIM_COMMIT_EVERY="2")
    assert dask.returncode == 0, dask.stderr
    assert "articles read 5: new 5, changed 0, unchanged 0; rejected inputs 0" in dask.stdout
    assert contents(tmp_path / "dask.duckdb") == contents(tmp_path / "default.duckdb")

    output = dask.stdout + dask.stderr
    assert "Traceback" not in output
    # The workers use the flow's Prefect server rather than starting their own.
    assert output.count("Starting temporary server") == 1, output
    assert all(f"batch {n}/5: 1 article(s)" in output for n in range(1, 6))
    assert "committed 2 article(s)" in output
    assert " - distributed." not in output and "INFO - distributed" not in output


@needs_dask
def test_dask_needs_its_extra_said_plainly(tmp_path, monkeypatch):
    from flows import scaleout

    monkeypatch.setitem(sys.modules, "prefect_dask", None)  # as if not installed
    with pytest.raises(scaleout.DaskUnavailable, match=r"pip install 'counterclaim\[dask\]'"):
        scaleout.dask_task_runner()
