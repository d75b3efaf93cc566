"""Ctrl-C and SIGTERM during `counterclaim run`: one line and exit status 128 + the signal.

Every write of a run is one transaction, so the store keeps what was committed whatever
stops the run; what the operator needs is one line saying so, not the noise of the flow
unwinding (task runs failing as their workers stop, Prefect's crash report, tracebacks).
SIGTERM is what schedulers send (systemd, `timeout`, cron wrappers, container stops), so it
is handled as Ctrl-C is. Prefect's flow engine installs its own SIGTERM handler when a flow
starts (it logs a crash and re-raises the signal); `reclaim_sigterm`, called first thing in
the flow body, puts ours back for the flow's duration, and Prefect restores ours after it.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Interrupted(KeyboardInterrupt):
    """A run stopped by a signal; `signum` gives the exit status (128 + signum)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


_active = None  # our handler while a run of the command is in progress


def _interrupted(signum, frame):
    logging.disable(logging.CRITICAL)
    raise Interrupted(signum)


@contextmanager
def interrupt_quietly() -> Iterator[None]:
    """SIGINT and SIGTERM raise `Interrupted` (a KeyboardInterrupt) with logging silenced, so
    the flow unwinds as on Ctrl-C and the caller says in one line what the store holds."""
    global _active
    previous = {s: signal.signal(s, _interrupted) for s in (signal.SIGINT, signal.SIGTERM)}
    _active = _interrupted
    try:
        yield
    finally:
        _active = None
        for s, handler in previous.items():
            signal.signal(s, handler)


def reclaim_sigterm() -> None:
    """Inside `interrupt_quietly` (the CLI's run), undo the SIGTERM handler Prefect's engine
    installed when the flow started; elsewhere (serve's runner, tests) do nothing."""
    if _active is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _active)


def exit_status(exc: BaseException) -> int:
    """128 + the signal, as shells report it: 130 for Ctrl-C, 143 for SIGTERM."""
    return 128 + getattr(exc, "signum", signal.SIGINT)
