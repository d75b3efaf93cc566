"""Opening the DuckDB store, refusing files that are not ours before anything is written.

DuckDB lets one process write a file and no process open it for writing while another
holds it, so the writer opens the store only for its short write, and readers open it
read-only.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

import duckdb

from store.schema import current_version, migrate

DB_ENV = "COUNTERCLAIM_DB"
DEFAULT_DB = "counterclaim.duckdb"
DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


class StoreError(RuntimeError):
    """A database file that cannot be used, with the file and the reason in the message."""


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def check_is_duckdb(path: Path) -> None:
    """Refuses an existing file that is not a DuckDB database, so it is never overwritten."""
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
        raise StoreError(f"{path}: not a DuckDB database file; refusing to write to it")


def check_writable_store(path: Path) -> None:
    """Fails now, naming the file and the reason, if a run could not write to `path`:
    called before hours of NLP rather than after."""
    check_is_duckdb(path)
    if path.exists() and path.stat().st_size > 0:
        try:
            con = duckdb.connect(str(path), read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open database: {_first_line(exc)}") from None
        try:
            _check_ours(con, path)
        finally:
            con.close()
    elif not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        raise StoreError(f"{path}: cannot create the database: folder {path.parent} is not writable")


@contextmanager
def open_store(path: Path | str, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a counterclaim store, migrated to the current schema when writable."""
    path = Path(path)
    check_is_duckdb(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such database; run `counterclaim run` first")
    if path.exists() and path.stat().st_size == 0:
        path.unlink()
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open database: {_first_line(exc)}") from None
    try:
        if read_only:
            if current_version(con) == 0:
                raise StoreError(f"{path}: not a counterclaim database (no schema_version table)")
        else:
            _check_ours(con, path)
            migrate(con)
        yield con
    finally:
        con.close()


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
