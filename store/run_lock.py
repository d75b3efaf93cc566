"""One writing run per store at a time.

DuckDB's own file lock only covers the moments a process has the file open, and a run
opens it only for short transactions. Two runs over one store (a scheduled run and a
manual one) could interleave: each would recluster the claims it read before the other
committed, and the last to finish would leave clusters and conflicts that miss the other's
articles. So a run holds an advisory lock on `FILE.run-lock` from triage to its last
write; a second run waits like a busy file (`COUNTERCLAIM_DB_WAIT`), then stops with
StoreBusy naming the holder. The operating system releases the lock when the holder
exits, even after `kill -9`, so there is nothing to clean up. Reviews and reads do not
take it: they are single short transactions.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from store.connection import StillHeld, StoreError, wait_while_busy

LOCK_SUFFIX = ".run-lock"


def run_lock_path(db: Path | str) -> Path:
    db = Path(db)
    return db.with_name(db.name + LOCK_SUFFIX)


@contextmanager
def run_lock(
    db: Path | str,
    *,
    wait: float | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Path]:
    """Holds the store's run lock for the `with` block; the lock file says who holds it."""
    path = run_lock_path(db)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the run lock: {exc.strerror}") from None
    try:

        def attempt() -> None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StillHeld(_holder(path)) from None

        wait_while_busy(attempt, Path(db), "another counterclaim run is writing it",
                        "another run is writing", wait=wait, warn=warn)
        os.ftruncate(fd, 0)
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        os.write(fd, f"pid {os.getpid()} since {started}\n".encode())
        yield path
    finally:
        os.close(fd)  # releases the lock


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return f"run lock held by {text}" if text else "run lock held"


def run_lock_held(db: Path | str) -> bool:
    """(p55) Whether a run (of any process, this one's included) holds the store's run lock
    now: a run that is alive. Takes the lock for an instant if it is free, never waits, and
    creates no lock file."""
    path = run_lock_path(db)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False  # no lock file: no run has ever held it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases it if taken
    return False
