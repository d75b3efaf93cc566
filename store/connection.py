"""Opening the DuckDB store, refusing files that are not ours before anything is written.

DuckDB lets one process write a file and no process open it for writing while another
holds it (not even read-only), so the writer opens the store only for its short write,
and readers open it read-only. Opening waits, with bounded exponential backoff, while
another process holds the file (`COUNTERCLAIM_DB_WAIT` seconds, default 120), retrying on
that lock error only; then it fails naming the file and the time waited.

Analysts who want to read at any time open the snapshot the writer publishes beside the
store after each run (`snapshot_path`), never the live file.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import duckdb

from store.reads import snapshot_of
from store.schema import SCHEMA_VERSION, SchemaTooNew, current_version, migrate

DB_ENV = "COUNTERCLAIM_DB"
DEFAULT_DB = "counterclaim.duckdb"
DB_WAIT_ENV = "COUNTERCLAIM_DB_WAIT"
DEFAULT_DB_WAIT = 120.0  # seconds to wait for another process to let go of the file
FIRST_DELAY = 0.5  # first backoff; doubled after each attempt ...
MAX_DELAY = 4.0  # ... up to this (also the most a writer waits after the holder lets go)
RETOLD_EVERY = 30.0  # seconds between two lines about one wait
DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file
# DuckDB 1.x/2.x: 'IO Error: Could not set lock on file "F": Conflicting lock is held in ...'
LOCK_ERROR_MARKERS = ("Could not set lock on file", "Conflicting lock is held")

log = logging.getLogger("counterclaim.store")
T = TypeVar("T")


class StoreError(RuntimeError):
    """A database file that cannot be used, with the file and the reason in the message."""


class StoreBusy(StoreError):
    """Another process held the database file for longer than we were willing to wait.

    Its message says "nothing written" when raised; a run that wrote something all the same
    (its failure record, after the holder let go: u62) says what with `saying`, so that the
    line the operator reads and the store agree."""

    NOTHING_WRITTEN = "nothing written"

    def saying(self, written: str) -> StoreBusy:
        """This error with `written` in place of "nothing written"."""
        return StoreBusy(str(self).replace(f"; {self.NOTHING_WRITTEN}", f"; {written}", 1))


class StoreTooNew(StoreError):
    """A store written by a newer counterclaim (a rollback after an upgrade, an older
    install reading a colleague's file): this code does not know its newest migrations, so
    every command that writes refuses it, before any work (`run`, `serve` before they start)."""


def refuse_newer_schema(con: duckdb.DuckDBPyConnection, path: Path | str) -> None:
    """Raises StoreTooNew, naming the file and both versions, when the store's schema is
    newer than this code's."""
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise StoreTooNew(f"{path}: {SchemaTooNew(version)}")


def db_wait_seconds() -> float:
    """`COUNTERCLAIM_DB_WAIT` (seconds, >= 0), else 120."""
    raw = os.environ.get(DB_WAIT_ENV, "").strip()
    if not raw:
        return DEFAULT_DB_WAIT
    try:
        value = float(raw)
    except ValueError:
        raise StoreError(f"{DB_WAIT_ENV}={raw!r}: not a number of seconds") from None
    return max(value, 0.0)


def snapshot_path(db: Path | str) -> Path:
    """Where the read-only copy for analysts is published: `X.snapshot.duckdb` beside `X.duckdb`."""
    db = Path(db)
    stem = db.name[: -len(db.suffix)] if db.suffix else db.name
    return db.with_name(f"{stem}.snapshot{db.suffix or '.duckdb'}")


def is_lock_error(exc: BaseException) -> bool:
    """True for DuckDB's "another process holds this file" error, and for nothing else."""
    return isinstance(exc, duckdb.IOException) and any(m in str(exc) for m in LOCK_ERROR_MARKERS)


def connect(
    path: Path | str,
    *,
    read_only: bool = False,
    wait: float | None = None,
    warn: Callable[[str], None] | None = None,
) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, waiting while another process holds the file.

    Retries only the lock error, after 0.5 s, 1 s, 2 s, ... (then every 4 s) until `wait`
    seconds (default `COUNTERCLAIM_DB_WAIT`, else 120) have passed; the first retry is logged,
    then one every 30 s
    ("database busy, retrying in Ns (attempt k)"). Then raises StoreBusy
    ("FILE: held by another process for N s; nothing written"). Any other error is raised
    at once as StoreError.
    """
    path = Path(path)

    def attempt() -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if not is_lock_error(exc):
                raise StoreError(f"{path}: cannot open database: {_first_line(exc)}") from None
            raise StillHeld(_holder(exc)) from None

    return wait_while_busy(attempt, path, "held by another process", "database busy",
                           wait=wait, warn=warn)


class StillHeld(Exception):
    """Raised by an attempt that found the resource held; its message names the holder."""


def wait_while_busy(
    attempt: Callable[[], T],
    path: Path,
    held: str,
    busy: str,
    *,
    wait: float | None = None,
    warn: Callable[[str], None] | None = None,
) -> T:
    """Calls `attempt` until it stops raising StillHeld, after 0.5 s, 1 s, 2 s, then every 4 s,
    logging the first retry and then one every 30 s, for at most `wait` seconds (default `COUNTERCLAIM_DB_WAIT`); then
    raises StoreBusy naming the file, the time waited and the holder. Shared by the file
    open and the run lock so that both give way the same, documented, way."""
    setting = db_wait_seconds()
    wait = setting if wait is None else max(wait, 0.0)
    # A step that waits less than the setting (a run's first write) says both: the operator
    # must see the value they set, not mistake the step's own bound for it.
    waited_for = (f"waited {DB_WAIT_ENV}={wait:g} s" if wait == setting
                  else f"waited {wait:g} s at this step; {DB_WAIT_ENV}={setting:g} s")
    warn = warn or log.warning
    started = time.monotonic()
    delay, attempt_no = FIRST_DELAY, 1
    told_at: float | None = None
    while True:
        try:
            return attempt()
        except StillHeld as exc:
            waited = time.monotonic() - started
            remaining = wait - waited
            if remaining <= 0:
                raise StoreBusy(
                    f"{path}: {held} for {waited:.0f} s; nothing written "
                    f"({waited_for}; {exc})"
                ) from None
            pause = min(delay, remaining)
            # The first retry is said, then one line every RETOLD_EVERY s: a line per retry
            # was ~30 lines of one problem in a 120 s wait (round u50).
            if told_at is None or waited - told_at >= RETOLD_EVERY:
                warn(f"{path}: {busy}, retrying in {pause:.1f}s (attempt {attempt_no}; {exc})")
                told_at = waited
            time.sleep(pause)
            delay, attempt_no = min(delay * 2, MAX_DELAY), attempt_no + 1


def _holder(exc: BaseException) -> str:
    """"lock held by PID N" from DuckDB's message (it names the holder's program and PID)."""
    found = re.search(r"\(PID (\d+)\)", str(exc))
    return f"lock held by PID {found.group(1)}" if found else "locked"


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def check_is_duckdb(path: Path, *, writing: bool = True) -> None:
    """Refuses an existing file that is not a DuckDB database, so it is never overwritten.
    A reader (`report`, `export`) is told only what the file is not: it never writes, and
    "refusing to write" sent the operator looking for a write they had not asked for."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a DuckDB database file")
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror}") from None
    if len(head) == 0:
        return  # an empty file (e.g. from mktemp) is a fresh store
    if head[8:12] != DUCKDB_MAGIC:
        refusal = "; refusing to write to it" if writing else ""
        raise StoreError(f"{path}: not a DuckDB database file{refusal}")


def check_writable_store(path: Path, *, warn: Callable[[str], None] | None = None) -> None:
    """Fails now, naming the file and the reason, if a run could not write to `path`:
    called before hours of NLP rather than after. Waits (see `connect`) while a writer
    holds the file."""
    path = Path(path)
    check_is_duckdb(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and path.stat().st_size > 0:
        if not os.access(path, os.W_OK):
            raise StoreError(f"{path}: the database file is read-only; nothing written")
        con = connect(path, read_only=True, warn=warn)
        try:
            _check_ours(con, path)
            refuse_newer_schema(con, path)
            refuse_snapshot(con, path, "run on")
        finally:
            con.close()
    # DuckDB writes its journal (FILE.wal) and the snapshot beside the file.
    if not folder.is_dir():
        raise StoreError(f"{path}: folder {folder} does not exist; nothing written")
    if not os.access(folder, os.W_OK):
        raise StoreError(
            f"{path}: folder {folder} is not writable (the database needs its .wal file "
            "and snapshot there); nothing written"
        )


@contextmanager
def open_store(
    path: Path | str,
    *,
    read_only: bool = False,
    wait: float | None = None,
    warn: Callable[[str], None] | None = None,
    newer: Callable[[str], None] | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a counterclaim store, migrated to the current schema when writable.
    Waits while another process holds the file (see `connect`).

    A store of a newer schema (StoreTooNew) is refused, but for a reader that passes
    `newer`: it is told the refusal's line and reads on (`report` and `export`: the schema
    only ever adds tables and columns, so what this code reads is still there)."""
    path = Path(path)
    check_is_duckdb(path, writing=not read_only)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such database; run `counterclaim run` first")
    if path.exists() and path.stat().st_size == 0:
        path.unlink()
    con = connect(path, read_only=read_only, wait=wait, warn=warn)
    try:
        if read_only:
            if current_version(con) == 0:
                raise StoreError(f"{path}: not a counterclaim database (no schema_version table)")
            try:
                refuse_newer_schema(con, path)
            except StoreTooNew as exc:
                if newer is None:
                    raise
                newer(f"{exc}; read as version {SCHEMA_VERSION}: what the newer version added is not shown")
        else:
            _check_ours(con, path)
            refuse_newer_schema(con, path)
            migrate(con)
        yield con
    finally:
        con.close()


def refuse_snapshot(con: duckdb.DuckDBPyConnection, path: Path | str, doing: str) -> None:
    """Fails, naming the store it copies, when `path` is a published snapshot (the mark is
    inside the file, whatever it is called): the next run of the store replaces the snapshot,
    so whatever is written there (claims, verdicts) is lost. `doing` says what to do on the
    store instead ("run on", "record verdicts on")."""
    origin = snapshot_of(con)
    if origin is not None:
        raise StoreError(
            f"{path}: a snapshot of {origin}, replaced by every run; "
            f"{doing} the database itself (--db {origin}); nothing written"
        )


def _check_ours(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A DuckDB file with other tables and no schema_version belongs to someone else."""
    if current_version(con) > 0:
        return
    tables = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()[0][0]
    if tables:
        raise StoreError(
            f"{path}: a DuckDB database that is not a counterclaim store "
            f"({tables} tables, no schema_version); refusing to write to it"
        )


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
