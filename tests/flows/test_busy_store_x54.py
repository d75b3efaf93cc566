"""Round x54 (u53 finding 3): a store held by another process until the run's wait ends is
told under `run -q` by the wait's first warning and the command's line, not also by a
Prefect ERROR, by the 2 s tries of the run's first and failure records, or by "could not
record the failed run"; under `serve`, by the one line per run."""
from __future__ import annotations

import logging
import subprocess
import sys
import time

from flows import cli
from store.connection import open_store
from tests.flows.test_cli_u50 import _run_cli

HOLD = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); print('held', flush=True); time.sleep(3600)"  # killed by the test; 60 s ran out under load


def test_a_busy_store_under_run_quiet_is_the_wait_warning_and_the_line(tmp_path):
    db = tmp_path / "lk.duckdb"
    with open_store(db):
        pass
    before = db.read_bytes()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("The council said rents rose 4% in 2025.")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        done = _run_cli(tmp_path, "run", str(inbox), "--db", str(db), "--no-report", "-q",
                        env={"COUNTERCLAIM_DB_WAIT": "4"})
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == cli.EXIT_FAILED, done.stderr[-2000:]
    lines = done.stderr.splitlines()
    assert len(lines) == 2, done.stderr
    assert "WARNING" in lines[0] and "database busy, retrying" in lines[0]
    assert lines[1].startswith(f"counterclaim: {db}: held by another process for 4 s; nothing written")
    time.sleep(0.1)
    assert db.read_bytes() == before


def test_prefects_task_failure_line_for_a_store_error_is_dropped():
    """Prefect words a task's failure "Task run encountered an exception StoreBusy: ..." (no
    colon): the pattern missed it, and the ERROR line was printed under -q."""
    from flows.quiet_logs import DropStoreErrors, DropWhatTheCommandSays

    message = ("Finished in state Failed('Task run encountered an exception StoreBusy: lk.duckdb: held by "
               "another process for 5 s; nothing written')")
    record = logging.LogRecord("prefect.task_runs", logging.ERROR, "", 0, message, None, None)
    assert not DropWhatTheCommandSays().filter(record)
    assert not DropStoreErrors().filter(record)
    other = logging.LogRecord("prefect.task_runs", logging.ERROR, "", 0,
                              "Finished in state Failed('Task run encountered an exception ValueError: x')",
                              None, None)
    assert DropStoreErrors().filter(other)


def test_serve_leaves_a_store_error_to_its_one_line_per_run():
    from flows.quiet_logs import DropStoreErrors
    from flows.serve import quiet_serve_logs

    quiet_serve_logs()
    for name in ("prefect.task_runs", "prefect.flow_runs"):
        assert any(isinstance(f, DropStoreErrors) for f in logging.getLogger(name).filters)
