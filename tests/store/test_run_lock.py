"""The run lock, across two real processes."""

import subprocess
import sys
import time

import pytest

from store.connection import StoreBusy
from store.run_lock import run_lock, run_lock_path

HOLD = """
import sys, time
from store.run_lock import run_lock
with run_lock(sys.argv[1], wait=0):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holder_process(db, seconds):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_run_gives_up_naming_the_holder(tmp_path):
    db = tmp_path / "s.duckdb"
    proc = _holder_process(db, 30)
    try:
        warnings = []
        with pytest.raises(StoreBusy, match=rf"another counterclaim run is writing it.*pid {proc.pid}"):
            with run_lock(db, wait=1.0, warn=warnings.append):
                pass
        assert warnings and "another run is writing" in warnings[0]
    finally:
        proc.kill()
        proc.wait()


def test_lock_is_taken_once_the_holder_exits_even_when_killed(tmp_path):
    db = tmp_path / "s.duckdb"
    proc = _holder_process(db, 30)
    proc.kill()
    proc.wait()
    with run_lock(db, wait=0) as path:
        assert path == run_lock_path(db)
        assert "pid" in path.read_text()


def test_waiting_run_proceeds_when_the_holder_finishes(tmp_path):
    db = tmp_path / "s.duckdb"
    proc = _holder_process(db, 1.0)
    started = time.monotonic()
    with run_lock(db, wait=20, warn=lambda _m: None):
        waited = time.monotonic() - started
    proc.wait()
    assert waited > 0.3  # it did wait for the holder, then went on
