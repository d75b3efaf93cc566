"""Keeping Prefect's console output to what an operator reads: progress and problems.

Prefect logs every task run's completion at INFO; with a task per batch and per stage
that is noise between the lines that matter (per-batch progress, rejections, failures).
Failed and crashed states are still logged, as are our own messages.
"""

from __future__ import annotations

import logging

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
