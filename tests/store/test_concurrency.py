"""Several processes and one DuckDB file: the writer waits (bounded, logged) while another
process holds the file, fails clearly when it is held too long, retries nothing else, and
publishes a snapshot analysts can hold open without ever blocking it.

The holders are real processes (`python -c`), as analysts' sessions would be."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from store import connection
from store.connection import StoreBusy, StoreError, connect, is_lock_error, open_store, snapshot_path
from store.run_lock import LOCK_SUFFIX
from store.writes import publish_snapshot

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
COMMAND = [sys.executable, "-m", "flows.cli"]

HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("held", con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
sys.stdin.readline()  # hold until the test says so (or closes our stdin)
print("still", con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
con.close()
"""


class Holder:
    """A separate process holding `db` open read-only until released."""

    def __init__(self, db: Path):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        first = self.proc.stdout.readline()
        assert first.startswith("held"), first + self.proc.stderr.read()
        self.count_at_open = int(first.split()[1])

    def release(self) -> int:
        """Lets go; returns the article count the holder still saw just before closing."""
        out, err = self.proc.communicate("\n", timeout=60)
        assert self.proc.returncode == 0, err
        return int(out.split()[1])

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def holders():
    started: list[Holder] = []

    def hold(db: Path) -> Holder:
        started.append(Holder(db))
        return started[-1]

    yield hold
    for h in started:
        h.kill()


def empty_store(path: Path) -> Path:
    with open_store(path):
        pass
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Run:
    """`counterclaim run` in the background, its merged output collected line by line."""

    def __init__(self, *args: str, env: dict | None = None):
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [*COMMAND, "run", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            cwd=ROOT, env={**os.environ, **(env or {})}, start_new_session=True,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line)

    def wait_for(self, *parts: str, timeout: float = 300) -> float:
        """Waits until a line contains all `parts`; returns when (monotonic)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(all(p in line for p in parts) for line in list(self.lines)):
                return time.monotonic()
            if self.proc.poll() is not None and not self.reader.is_alive():
                break
            time.sleep(0.1)
        raise AssertionError(f"no line with {parts!r}:\n{self.output}")

    def finish(self, timeout: float = 600) -> int:
        try:
            self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, 9)
                self.proc.wait()
        self.reader.join(timeout=10)
        return self.proc.returncode

    @property
    def output(self) -> str:
        return "".join(self.lines)


def count(db: Path, sql: str):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# --- the lock, in-process against a holder process ------------------------------------


def test_lock_error_is_recognised_from_duckdb_itself(tmp_path, holders):
    db = empty_store(tmp_path / "x.duckdb")
    holders(db)
    with pytest.raises(duckdb.Error) as caught:
        duckdb.connect(str(db))
    assert is_lock_error(caught.value), caught.value
    assert not is_lock_error(duckdb.IOException("IO Error: Cannot open file: Permission denied"))
    assert not is_lock_error(ValueError("Could not set lock on file"))  # only DuckDB's IO error


def test_writer_waits_with_logged_backoff_until_the_holder_lets_go(tmp_path, holders):
    db = empty_store(tmp_path / "x.duckdb")
    holder = holders(db)
    messages: list[tuple[float, str]] = []
    started = time.monotonic()
    threading.Timer(3.0, holder.release).start()
    with open_store(db, wait=60, warn=lambda m: messages.append((time.monotonic() - started, m))) as con:
        waited = time.monotonic() - started
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(0,)]
    assert 2.5 < waited < 30
    texts = [m for _, m in messages]
    # (u50) one problem, one line: the retries that follow within 30 s are not each told
    assert len(texts) == 1 and texts[0].startswith(f"{db}: database busy, retrying in 0.5s (attempt 1")


def test_backoff_doubles_to_its_cap_and_the_last_pause_ends_at_the_bound(monkeypatch):
    """The schedule on a fake clock, so that a loaded machine cannot make it flaky: the real
    waiting is shown above with a real holder process."""
    now = [100.0]
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(connection.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(connection.time, "sleep", sleep)

    def held():
        raise connection.StillHeld("pid 42")

    warnings: list[str] = []
    with pytest.raises(StoreBusy) as caught:
        connection.wait_while_busy(held, Path("x.duckdb"), "held by another process", "database busy",
                                   wait=13, warn=warnings.append)
    assert pauses == [0.5, 1.0, 2.0, 4.0, 4.0, 1.5]
    assert len(warnings) == 1 and "attempt 1; pid 42" in warnings[0]
    assert str(caught.value).startswith("x.duckdb: held by another process for 13 s; nothing written")


def test_a_long_wait_is_told_once_then_every_30_seconds(monkeypatch):
    """(u50) A line per retry made a 120 s wait ~30 lines of one problem."""
    now = [100.0]
    monkeypatch.setattr(connection.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(connection.time, "sleep", lambda s: now.__setitem__(0, now[0] + s))

    def held():
        raise connection.StillHeld("pid 42")

    warnings: list[str] = []
    with pytest.raises(StoreBusy):
        connection.wait_while_busy(held, Path("x.duckdb"), "held by another process", "database busy",
                                   wait=120, warn=warnings.append)
    assert [w.split("(attempt ")[1].split(";")[0] for w in warnings] == ["1", "11", "19", "27"]  # at 0, 31.5, 63.5, 95.5 s


def test_writer_gives_up_after_the_bounded_wait_and_says_so(tmp_path, holders, monkeypatch):
    db = empty_store(tmp_path / "x.duckdb")
    before = sha(db)
    holders(db)
    monkeypatch.setenv("COUNTERCLAIM_DB_WAIT", "2")
    started = time.monotonic()
    with pytest.raises(StoreBusy) as caught:
        with open_store(db, warn=lambda m: None):
            pass
    assert 1.9 < time.monotonic() - started < 15
    assert str(caught.value).startswith(f"{db}: held by another process for 2 s; nothing written")
    assert isinstance(caught.value, StoreError)  # the CLI's exit 3 path
    assert sha(db) == before


def test_other_errors_are_not_retried(tmp_path, monkeypatch):
    calls = []

    def failing(*args, **kwargs):
        calls.append(args)
        raise duckdb.IOException("IO Error: Cannot open file \"x\": Permission denied")

    monkeypatch.setattr(connection.duckdb, "connect", failing)
    with pytest.raises(StoreError) as caught:
        connect(tmp_path / "x.duckdb", wait=30, warn=lambda m: pytest.fail(m))
    assert not isinstance(caught.value, StoreBusy)
    assert "Permission denied" in str(caught.value)
    assert len(calls) == 1


def test_corrupt_file_fails_at_once_without_waiting(tmp_path):
    db = tmp_path / "bad.duckdb"
    db.write_bytes(b"\0" * 8 + b"DUCK" + os.urandom(4000))  # magic right, content garbage
    before = sha(db)
    started = time.monotonic()
    with pytest.raises(StoreError):
        with open_store(db, wait=60, warn=lambda m: pytest.fail(m)):
            pass
    assert time.monotonic() - started < 10
    assert sha(db) == before


# --- the snapshot ----------------------------------------------------------------------


def test_snapshot_is_replaced_atomically_under_an_open_reader(tmp_path, holders):
    db = empty_store(tmp_path / "x.duckdb")
    snap = snapshot_path(db)
    assert snap == tmp_path / "x.snapshot.duckdb"
    with open_store(db) as con:
        publish_snapshot(con, snap)
    reader = holders(snap)  # an analyst with the old snapshot open
    assert reader.count_at_open == 0
    with open_store(db) as con:  # the writer is not blocked by the snapshot's reader
        con.execute(
            "INSERT INTO articles VALUES ('a1', 's', NULL, NULL, NULL, NULL, 'h', 'text', now(), NULL)"
        )
        publish_snapshot(con, snap)
    assert reader.release() == 0  # the old reader kept its consistent view
    assert count(snap, "SELECT count(*) FROM articles") == [(1,)]
    assert count(snap, "SELECT count(*) FROM conflict_report") == [(0,)]  # views copied too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.duckdb", "x.snapshot.duckdb"]


# --- the command, two processes --------------------------------------------------------


def test_run_waits_for_a_reader_of_the_live_file_then_succeeds(tmp_path, holders):
    db = empty_store(tmp_path / "live.duckdb")
    holder = holders(db)
    run = Run(str(SEEDS), "--db", str(db), "--no-report")
    # The NLP goes on while the reader holds the file; the store step waits for it.
    busy_at = run.wait_for("Task run 'store-", "database busy", "(attempt 1")
    time.sleep(2)
    released_at = time.monotonic()
    holder.release()
    assert run.finish() == 0, run.output
    assert "Traceback" not in run.output
    assert count(db, "SELECT count(*) FROM articles") == [(5,)]
    assert count(db, "SELECT status FROM runs") == [("completed",)]
    assert released_at - busy_at >= 2
    assert count(snapshot_path(db), "SELECT count(*) FROM articles") == [(5,)]


def test_run_fails_clearly_when_the_file_stays_held(tmp_path, holders):
    db = empty_store(tmp_path / "live.duckdb")
    before = sha(db)
    holders(db)
    run = Run(str(SEEDS), "--db", str(db), "--no-report", env={"COUNTERCLAIM_DB_WAIT": "3"})
    assert run.finish() == 3, run.output
    assert f"counterclaim: {db}: held by another process for 3 s; nothing written" in run.output
    assert "Traceback" not in run.output
    assert sha(db) == before
    # nothing but the store (and the run lock the run took and let go: store/run_lock.py)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(LOCK_SUFFIX)) == ["live.duckdb"]


def test_a_reader_of_the_snapshot_never_blocks_a_run(tmp_path, holders):
    db = tmp_path / "live.duckdb"
    first = Run(str(SEEDS / "000_2534cc2bdd8a2f5e.txt"), "--db", str(db), "--no-report")
    assert first.finish() == 0, first.output
    snap = snapshot_path(db)
    reader = holders(snap)
    assert reader.count_at_open == 1
    second = Run(str(SEEDS), "--db", str(db), "--no-report")
    assert second.finish() == 0, second.output
    assert "database busy" not in second.output
    assert reader.release() == 1  # its view stayed the one it opened
    assert count(snap, "SELECT count(*) FROM articles") == [(5,)]
    assert count(snap, "SELECT count(*) FROM claims") == count(db, "SELECT count(*) FROM claims")
    assert count(snap, "SELECT count(*) FROM runs WHERE status = 'completed'") == [(2,)]
