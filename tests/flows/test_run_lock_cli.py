"""Two runs on one store: the second waits for the first, then stops with exit 3 naming it,
and writes nothing (store/run_lock.py)."""

import os
import subprocess
import sys
from pathlib import Path

from tests.flows.test_end_to_end import COMMAND

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HOLD = """
import sys, time
from store.run_lock import run_lock
with run_lock(sys.argv[1], wait=0):
    print("held", flush=True)
    time.sleep(120)
"""


def test_second_run_stops_while_another_holds_the_store(tmp_path):
    db = tmp_path / "desk.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        env = {**os.environ, "COUNTERCLAIM_DB_WAIT": "1"}
        done = subprocess.run([*COMMAND, "run", str(SEEDS / sorted(os.listdir(SEEDS))[0]), "--db", str(db)],
                              capture_output=True, text=True, env=env, timeout=600)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 3, done.stderr
    assert f"pid {holder.pid}" in done.stderr and "another counterclaim run is writing it" in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists() or db.stat().st_size == 0 or _articles(db) == 0


def _articles(db: Path) -> int:
    from tests.readonly_db import query

    return query(db, "SELECT count(*) FROM articles")[0][0]
