"""Ctrl-C and SIGTERM during `counterclaim run`: one line and exit status 128 + the signal.

Every write of a run is one transaction, so the store keeps what was committed whatever
stops the run; what the operator needs is one line saying so, not the noise of the flow
unwinding (task runs failing as their workers stop, Prefect's crash report, tracebacks).
SIGTERM is what schedulers send (systemd, `timeout`, cron wrappers, container stops), so it
is handled as Ctrl-C is. Prefect's flow engine installs its own SIGTERM handler when a flow
starts (it logs a crash and re-raises the signal); `reclaim_sigterm`, called first thing in
the flow body, puts ours back for the flow's duration, and Prefect restores ours after it.

Before the flow starts (Prefect, spaCy and the server loading, nothing written), a signal
ends the process at once instead: an exception raised inside a library's code may come out
as another error (pydantic-core turns one raised in a serializer into a
`PydanticSerializationError`), and the operator got a traceback and exit 1.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Interrupted(KeyboardInterrupt):
    """A run stopped by a signal; `signum` gives the exit status (128 + signum)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


_active = None  # our handler while a run of the command is in progress
_before_start: Callable[[], None] | None = None  # clean-up, while the run is still loading
BEFORE_START_LINE = "counterclaim: interrupted{by} before the run started; the database is unchanged\n"


def _interrupted(signum, frame):
    logging.disable(logging.CRITICAL)
    if _before_start is not None:
        _exit_before_start(signum, _before_start)
    raise Interrupted(signum)


def before_start_line(signum: int) -> str:
    """The one line of a run stopped before it started (Ctrl-C, or SIGTERM named)."""
    return BEFORE_START_LINE.format(by=" by SIGTERM" if signum == signal.SIGTERM else "")


def _exit_before_start(signum: int, clean_up: Callable[[], None]) -> None:
    # os.write, not print: the signal may have come in the middle of a print to stderr
    os.write(2, before_start_line(signum).encode())
    try:
        clean_up()
    finally:
        os._exit(128 + signum)


def exit_until_started(clean_up: Callable[[], None]) -> None:
    """Inside `interrupt_quietly`: until `started()`, a signal says so in one line, calls
    `clean_up` (the early server's stop) and ends the process with 128 + the signal."""
    global _before_start
    _before_start = clean_up


def started() -> None:
    """From here a signal raises `Interrupted`, so the flow unwinds and says what it kept."""
    global _before_start
    _before_start = None


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
        started()
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
