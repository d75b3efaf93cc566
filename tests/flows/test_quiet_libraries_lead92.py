"""A run's environment keeps other libraries' error logs (SQLAlchemy's pool at the temporary
server's exit) off the terminal, while Prefect's own lines still print."""

import os
import subprocess
import sys

from flows.cli import QUIET_PREFECT

PROBE = """
import logging
from prefect.logging import get_logger
from prefect.logging.configuration import setup_logging
setup_logging()  # as a flow run and the temporary server do
try:
    raise RuntimeError("cancelled while resetting a connection")
except RuntimeError:
    logging.getLogger("sqlalchemy.pool.impl.AsyncAdaptedQueuePool").error("Exception during reset or similar", exc_info=True)
get_logger("prefect.probe").warning("prefect line still shown")
"""


def _stderr(env):
    return subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300,
                          env={**{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_LOGGING")}, **env}).stderr


def test_a_librarys_error_traceback_is_not_printed_in_a_run():
    text = _stderr(QUIET_PREFECT)
    assert "Traceback" not in text and "Exception during reset" not in text, text
    assert "prefect line still shown" in text, text


def test_without_the_setting_it_was_printed():
    env = {k: v for k, v in QUIET_PREFECT.items() if k != "PREFECT_LOGGING_ROOT_LEVEL"}
    assert "Traceback" in _stderr(env)
