"""One way to run a unit of work on DuckDB: all of it, or none of it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Commits when the block ends, rolls back when it raises.

    A failed COMMIT (a full disk) has already ended the transaction, so the rollback after
    it is skipped: the error to report is the commit's, not "no transaction is active".
    """
    con.begin()
    try:
        yield con
        con.commit()
    except BaseException:
        try:
            con.rollback()
        except duckdb.TransactionException:
            pass
        raise
