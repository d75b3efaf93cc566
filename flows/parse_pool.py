"""Parsing on all the cores: a few long-lived worker processes, each loading spaCy once.

spaCy holds the GIL, so a second core needs a second process. The flow starts one pool
per run (only when there are at least two batches to parse) and its `extract-claims` task
runs, one per batch, hand their batch to an idle worker and wait for its claims: Prefect
still sees one task run per batch (cache, logs, failures), and the model is loaded once
per worker for the whole run, not per batch. The pool is closed as soon as the last batch
is back, before clustering, so the workers' memory is not added to the later stages'.

Each article's claims depend on its own text only, so which worker parsed it does not
change what is stored (tests/flows/test_workers.py compares 1 and 2 workers).

The worker count is a setting: $COUNTERCLAIM_WORKERS (or the flow's `workers` parameter);
by default the cores this process may use. 1 parses in the flow process itself.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from typing import Iterator

from claims.models import Article, Claim
from flows.parse_worker import receive, send

WORKERS_ENV = "COUNTERCLAIM_WORKERS"
# One BLAS/OpenMP thread per worker: the workers are the parallelism.
SINGLE_THREADED = {name: "1" for name in (
    "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")}


class WorkerFailed(RuntimeError):
    pass


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(setting: int | None = None) -> int:
    """`setting` if given, else $COUNTERCLAIM_WORKERS, else the usable cores; at least 1."""
    if setting is None:
        raw = os.environ.get(WORKERS_ENV, "").strip()
        if raw:
            try:
                setting = int(raw)
            except ValueError:
                raise ValueError(f"{WORKERS_ENV}={raw!r}: not a number of worker processes") from None
    if setting is None or setting <= 0:
        return usable_cores()
    return setting


class _Worker:
    def __init__(self, model: str | None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "flows.parse_worker", model or ""],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=os.environ | SINGLE_THREADED,
        )
        self.ready = False

    def call(self, message) -> tuple:
        assert self.process.stdin is not None and self.process.stdout is not None
        if not self.ready:
            self._expect_ready()
        try:
            send(self.process.stdin, message)
            return receive(self.process.stdout)
        except (EOFError, OSError, ValueError) as exc:  # ValueError: pipe closed by close()
            raise WorkerFailed(
                f"extraction worker {self.process.pid} stopped (exit code {self.process.poll()})"
            ) from exc

    def _expect_ready(self) -> None:
        assert self.process.stdout is not None
        try:
            reply = receive(self.process.stdout)
        except EOFError:
            raise WorkerFailed(
                f"extraction worker {self.process.pid} did not start (exit code {self.process.wait()})"
            ) from None
        if reply[0] != "ready":
            raise WorkerFailed(f"extraction worker could not load the pipeline: {reply[1]}")
        self.ready = True

    def close(self, timeout: float = 10.0) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=timeout)  # 0: at once (the run was interrupted)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


class ParsePool:
    """`workers` worker processes for pipeline `model`; `extract()` is thread-safe (each
    call has a worker to itself, waiting for one if all are busy)."""

    def __init__(self, workers: int, model: str | None) -> None:
        self.model = model
        self._workers = [_Worker(model) for _ in range(workers)]  # they load in parallel
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for worker in self._workers:
            self._idle.put(worker)
        self._lock = threading.Lock()
        self._closed = False

    @property
    def size(self) -> int:
        return len(self._workers)

    def extract(self, articles: Sequence[Article], model: str | None = None) -> tuple[list[Claim], float]:
        """The batch's claims in article order, and the seconds the worker spent on it."""
        worker = self._idle.get()
        try:
            reply = worker.call((model if model is not None else self.model, list(articles)))
        except WorkerFailed:
            worker.close(timeout=1)
            with self._lock:  # a fresh worker takes its place, for the batches still to come
                if not self._closed:
                    fresh = _Worker(self.model)
                    self._workers[self._workers.index(worker)] = fresh
                    worker = fresh
            raise
        finally:
            self._idle.put(worker)
        if reply[0] != "ok":
            raise WorkerFailed(f"extraction failed in a worker: {reply[1]}")
        return reply[1], reply[2]

    def close(self, *, at_once: bool = False) -> None:
        """Lets the workers finish and exit; `at_once` kills them (an interrupted run has
        nothing more to take from them)."""
        with self._lock:
            self._closed = True
        for worker in self._workers:
            worker.close(timeout=0 if at_once else 10.0)


_active: ParsePool | None = None


def active() -> ParsePool | None:
    """The pool of the flow run in progress in this process (None on a Dask worker, or when
    parsing in-process)."""
    return _active


@contextmanager
def parse_pool(workers: int, model: str | None) -> Iterator[ParsePool | None]:
    """A pool of `workers` processes made active for the block; none when `workers` < 2."""
    global _active
    if workers < 2:
        yield None
        return
    pool = ParsePool(workers, model)
    previous, _active = _active, pool
    try:
        yield pool
    except BaseException:
        _active = previous
        pool.close(at_once=True)
        raise
    _active = previous
    pool.close()
