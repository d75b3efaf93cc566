"""The I/O tasks retry an I/O error, and nothing else (bad input, a busy or foreign store)."""

import duckdb
from prefect.states import Failed

from flows.pipeline import (
    _retry_io_errors_only,
    ingest,
    load_stored_claims,
    store,
    store_batch,
    triage,
)
from store.connection import StoreBusy, StoreError


def retried(exc: BaseException) -> bool:
    return _retry_io_errors_only(None, None, Failed(data=exc))


def test_io_errors_are_retried():
    assert retried(OSError(5, "Input/output error"))
    assert retried(PermissionError(13, "Permission denied"))  # an OSError: maybe a passing lock
    assert retried(duckdb.IOException('IO Error: Could not set lock on file "x.duckdb"'))


def test_other_errors_are_not():
    assert not retried(StoreBusy("x.duckdb: held by another process for 120 s; nothing written"))
    assert not retried(StoreError("x.duckdb: not a DuckDB database file; refusing to write to it"))
    assert not retried(ValueError("bad input"))
    assert not retried(duckdb.IOException("IO Error: File too large"))  # a full disk stays full


def test_the_io_tasks_have_two_retries_with_backoff():
    for task in (ingest, triage, load_stored_claims, store_batch, store):
        assert task.retries == 2 and task.retry_delay_seconds == [2, 5], task.name
        assert task.retry_condition_fn is _retry_io_errors_only
