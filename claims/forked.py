"""One computation on the second core, in a forked child, while this process does another.

Conflict detection runs after parsing, on one core, while the parse workers are gone: on a
1,000-article store it was a quarter of the run. Its three rules read the same prepared
claims and share nothing they write (their caches are pure), so one rule can run in a
child that sees those claims without copying them (fork) and sends back only its result.

The child does nothing but compute, pickle its result into a pipe and `os._exit`: no
logging, no I/O, no exit handlers, so the threads of the parent (Prefect's) and the locks
they hold do not matter to it; it is born with SIGINT and SIGTERM blocked (Ctrl-C is the
parent's to handle) and is killed when the parent dies. Where fork is missing or fails,
or the child fails or dies, the computation runs here instead, so the result never
depends on the child. Use it as a context manager: leaving the block early (an error in
the parent's own work, Ctrl-C) kills the child, so no child outlives its use holding the
parent's file descriptors (the store's run lock among them).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

_CHUNK = 1 << 20
_PARENT_SIGNALS = {signal.SIGINT, signal.SIGTERM}


class Forked(Generic[T]):
    """`job` started in a child now; `result()` waits for it (or computes it here)."""

    def __init__(self, job: Callable[[], T], fork: bool = True) -> None:
        self._job = job
        self._pid: int | None = None
        self._read: int | None = None
        if fork and hasattr(os, "fork"):
            try:
                self._start()
            except OSError:  # no process or pipe to be had (limits, memory): done here
                self._pid = None

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()

    def _start(self) -> None:
        read, write = os.pipe()
        parent = os.getpid()
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _PARENT_SIGNALS)
        try:
            pid = os.fork()
        except OSError:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            os.close(read)
            os.close(write)
            raise
        if pid == 0:  # the child: SIGINT and SIGTERM stay blocked
            status = 1
            try:
                os.close(read)
                _die_with(parent)
                data = pickle.dumps(self._job(), protocol=pickle.HIGHEST_PROTOCOL)
                view = memoryview(data)
                while view:
                    view = view[os.write(write, view[:_CHUNK]):]
                status = 0
            except BaseException:  # noqa: BLE001  (the parent computes it instead)
                pass
            finally:
                os._exit(status)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self, timeout: float | None = None) -> T:
        """The child's result; computed here if the child fails, dies, or sends nothing for
        `timeout` seconds (a child that hangs must not hang the run)."""
        if self._pid is None:
            return self._job()
        chunks = []
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            while True:
                if deadline is not None:
                    left = deadline - time.monotonic()
                    if left <= 0 or not select.select([self._read], [], [], left)[0]:
                        self.cancel()
                        return self._job()
                chunk = os.read(self._read, _CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
        except BaseException:
            self.cancel()
            raise
        status = self._reap()
        if status == 0:
            return pickle.loads(b"".join(chunks))
        return self._job()

    def cancel(self) -> None:
        """Kills the child if it is still there (nothing once `result()` has returned)."""
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._reap()

    def _reap(self) -> int:
        assert self._pid is not None and self._read is not None
        os.close(self._read)
        _, status = os.waitpid(self._pid, 0)
        self._pid = self._read = None
        return status


def _die_with(parent: int) -> None:
    """The child is killed when the process that forked it dies (a run stopped with kill -9
    leaves no computation behind)."""
    set_parent_death_signal(signal.SIGKILL)
    if os.getppid() != parent:  # died before the line above
        os._exit(1)


def set_parent_death_signal(sig: signal.Signals) -> None:
    """Linux: this process gets `sig` when the thread that started it ends (its parent's
    death included); elsewhere nothing."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes  # noqa: PLC0415

            ctypes.CDLL(None, use_errno=True).prctl(1, sig)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
