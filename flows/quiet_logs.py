"""Keeping Prefect's console output to what an operator reads: progress and problems.

Prefect logs every task run's completion at INFO; with a task per batch and per stage
that is noise between the lines that matter (per-batch progress, rejections, failures).
Failed and crashed states are still logged, as are our own messages.
"""

from __future__ import annotations

import logging
import re

# A cached extraction batch is told by the flow ("batch i/n: k claim(s) from the cache").
ROUTINE_PREFIXES = ("Finished in state Completed", "Finished in state Cached", "Created task run",
                    "Executing '")


class DropRoutineTaskMessages(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not message.startswith(ROUTINE_PREFIXES)


def quiet_routine_task_logs() -> None:
    logger = logging.getLogger("prefect.task_runs")
    if not any(isinstance(f, DropRoutineTaskMessages) for f in logger.filters):
        logger.addFilter(DropRoutineTaskMessages())


class DropWhatTheCommandSays(logging.Filter):
    """`counterclaim run` prints each rejection (`rejected: ...`) and a database error
    (`counterclaim: FILE: ...`) itself, once, at the end; the Prefect log lines saying the
    same (the ingest task's WARNING, the flow's ERROR "Encountered exception during
    execution: StoreBusy(...)" and its "Finished in state Failed(...)") said every problem
    twice. Under `serve` nobody prints them, so only the command installs this."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith("rejected "):
            return False
        return STORE_ERROR_MESSAGE.search(message) is None


# Prefect's own wording for a flow or task that raised one of store.connection's errors
# (every one of them is an operator's matter the command states in one line).
# A task's failed state reads "Task run encountered an exception StoreBusy: ..." (no colon
# after "exception"): that ERROR line was still printed under `run -q` (round u53).
STORE_ERROR_MESSAGE = re.compile(
    r"(exception during execution: |encountered an exception:? |with exception: )"
    r"Store(Error|Busy|TooNew)\b")


class DropStoreErrors(logging.Filter):
    """Prefect's lines for a flow or task that raised a store error; under `serve`, the one
    line per run (`run 'NAME': failed: ...`) says it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return STORE_ERROR_MESSAGE.search(record.getMessage()) is None


def quiet_run_logs() -> None:
    """The console of `counterclaim run`: routine task lines dropped, and what the command
    prints itself not logged too."""
    quiet_routine_task_logs()
    for name in ("prefect.task_runs", "prefect.flow_runs"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, DropWhatTheCommandSays) for f in logger.filters):
            logger.addFilter(DropWhatTheCommandSays())
