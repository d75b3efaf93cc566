"""`counterclaim serve` as an operator runs it: it starts its own Prefect server, a scheduled
run processes the inbox into the database, and SIGTERM stops everything within seconds,
leaving no process behind and printing no traceback."""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
COMMAND = [sys.executable, "-m", "flows.cli", "serve"]
RUN_TIMEOUT = 170  # seconds for the server to start and the first scheduled run to complete
STOP_TIMEOUT = 15  # seconds for SIGTERM to stop serve, its server and its runner

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")


def completed_runs(db: Path) -> list[tuple]:
    """The completed runs, read in a brief read-only session (the writer cannot open the file
    while a reader holds it); [] while the database is missing, locked or being created."""
    if not db.exists():
        return []
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return []
    try:
        return con.execute(
            "SELECT run_id, articles_new, claims FROM runs WHERE status = 'completed'"
        ).fetchall()
    except duckdb.Error:
        return []
    finally:
        con.close()


def processes_mentioning(*needles: str) -> list[int]:
    """Processes whose environment or command line mentions one of `needles`: the server
    (PREFECT_HOME), the runner and its flow runs (PREFECT_API_URL)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()[0] == b"Z":
                continue  # a zombie is already dead, waiting to be reaped
            text = (entry / "environ").read_bytes() + (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if any(n.encode() in text for n in needles):
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_scheduled_run_writes_the_database_and_a_signal_stops_cleanly(tmp_path, stop_signal):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEED, inbox)
    db = tmp_path / "serve.duckdb"
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    home = str(tmp_path / ".counterclaim" / "prefect")

    with log.open("wb") as out:
        serve = subprocess.Popen(
            [*COMMAND, "--inbox", str(inbox), "--db", str(db), "--interval", "5"],
            cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
        )
    port = None
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        runs: list[tuple] = []
        while time.monotonic() < deadline:
            assert serve.poll() is None, f"serve exited early:\n{log.read_text()}"
            found = re.search(r"server up at http://127\.0\.0\.1:(\d+)/api", log.read_text())
            if port is None and found:
                port = found.group(1)
            runs = completed_runs(db)
            if runs:
                break
            time.sleep(1)
        assert runs, f"no completed run within {RUN_TIMEOUT} s:\n{log.read_text()}"
        assert port is not None, log.read_text()
        assert runs[0][1] == 1 and runs[0][2] > 0, runs  # the seed was new and gave claims

        # The check for leftovers below sees the server and the runner while they run.
        assert len(processes_mentioning(home, f"127.0.0.1:{port}/api")) >= 2

        started = time.monotonic()
        serve.send_signal(stop_signal)
        serve.wait(STOP_TIMEOUT)
        stopped_in = time.monotonic() - started
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
        leftovers = processes_mentioning(home, f"127.0.0.1:{port}/api") if port else []
        for pid in leftovers:  # never leave them running, even when the test fails
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass

    output = log.read_text()
    assert serve.returncode == 0, output
    assert stopped_in < STOP_TIMEOUT, output
    assert not leftovers, f"processes left running: {leftovers}\n{output}"
    assert "Traceback" not in output, output
    assert output.count("Prefect server up at") == 1, output
    assert "counterclaim serve: run '" in output, output  # the one line per run
    assert "counterclaim serve: stopped" in output, output
    print(f"stopped {stopped_in:.1f} s after {stop_signal.name}")
