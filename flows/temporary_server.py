"""Prefect's temporary server for `counterclaim run`, started before Prefect is imported.

Without `PREFECT_API_URL`, Prefect starts a temporary server when the flow is first called:
it imports the whole server (FastAPI, SQLAlchemy, its models) into the run's process, then
starts the same server in a child process and waits for it. On 2 cores that was 12 to 20 s
before the first article was read, and most of a re-run over an unchanged corpus. Here the
child is started first, from a plain subprocess, with the command and environment
Prefect uses (`prefect.server.api.server.SubprocessASGIServer`), so it boots while
the run imports Prefect, spaCy and the extractors; the run's process never imports the
server; and the flow is pointed at it with `temporary_settings(PREFECT_API_URL=...)`.

What Prefect's settings decide stays theirs: a `PREFECT_API_URL` from the environment, a
profile or a settings file, or the temporary server turned off, and the early server is
stopped unused. A child that exits or does not answer in time is stopped too and Prefect
starts its own, as before. One server per process (as Prefect's), stopped at exit after
Prefect has sent its last logs and events; it gets SIGTERM if the run's process dies.
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.processes import free_port, healthy, stop_group, term_when_parent_dies

# Prefect's own environment for the child (`SubprocessASGIServer._run_uvicorn_command`).
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
PORT_IN_USE = 3  # uvicorn's exit status when the port was taken meanwhile
EARLY_ENV = "COUNTERCLAIM_EARLY_SERVER"  # "off" leaves the temporary server to Prefect



def _log() -> logging.Logger:
    """Prefect's own logger, as its temporary server's messages were (Prefect is imported
    by the time there is anything to say)."""
    from prefect.logging import get_logger  # noqa: PLC0415

    return get_logger()


class EarlyServer:
    """The child process and its address; `serving()` decides whether the flow uses it."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.api_url: str | None = None
        self._answered = False

    def start(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            self.stop()  # died since an earlier run of this process: start another
        if self.process is not None or os.environ.get("PREFECT_API_URL"):
            return
        if os.environ.get(EARLY_ENV, "on").strip().lower() in {"off", "0", "false", "no"}:
            return
        spec = importlib.util.find_spec("prefect")
        if spec is None or spec.origin is None:
            return
        port = free_port()
        self.api_url = f"http://127.0.0.1:{port}/api"
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(spec.origin).parent.parent),
                 "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                 "--port", str(port), "--log-level", "error", "--lifespan", "on"],
                env={**os.environ, **SERVER_ENV}, stdin=subprocess.DEVNULL,
                start_new_session=True, preexec_fn=term_when_parent_dies,
            )
        except OSError:  # no process to be had: Prefect will try its own
            self.process = None
            return
        atexit.register(self.stop)

    @contextmanager
    def serving(self) -> Iterator[None]:
        """Runs the block against the early server, if Prefect's settings leave the choice
        of server to the temporary one and it answers; else as Prefect would alone."""
        settings = self._settings()
        if settings is None:
            yield
            return
        # The server has no UI (as Prefect's temporary one): no "View at" link to it.
        flow_runs = logging.getLogger("prefect.flow_runs")
        flow_runs.addFilter(_no_ui_links)
        try:
            with settings:
                yield
        finally:
            flow_runs.removeFilter(_no_ui_links)

    def _settings(self):
        if self.process is None:
            return None
        from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings  # noqa: PLC0415

        settings = get_current_settings()
        if settings.api.url or not settings.server.ephemeral.enabled:
            self.stop()  # the operator's choice of server, or none: Prefect's to apply
            return None
        if not self._wait(settings.server.ephemeral.startup_timeout_seconds):
            self.stop()
            return None
        return temporary_settings(updates={PREFECT_API_URL: self.api_url})

    def _wait(self, timeout: float) -> bool:
        assert self.process is not None and self.api_url is not None
        if self._answered and self.process.poll() is None:
            return True  # answered for an earlier run of this process, still up
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                if self.process.returncode != PORT_IN_USE:
                    _log().warning("Prefect's temporary server exited with status %s while starting; "
                                   "Prefect starts its own", self.process.returncode)
                return False
            if healthy(self.api_url, timeout=1.0):
                self._answered = True
                _log().info("Starting temporary server on %s (started with the run's imports)",
                            self.api_url.removesuffix("/api"))
                return True
            time.sleep(0.1)
        _log().warning("Prefect's temporary server did not answer within %.0f s; Prefect starts its own", timeout)
        return False

    def stop(self) -> None:
        if self.process is None:
            return
        process, self.process = self.process, None
        if self._answered:
            _log().info("Stopping temporary server on %s", (self.api_url or "").removesuffix("/api"))
        stop_group(process, timeout=5.0)
        self._answered = False


def _no_ui_links(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("View at ")


_SERVER = EarlyServer()


def start_early() -> EarlyServer:
    """Starts (once per process) the temporary server the run will need, unless
    $PREFECT_API_URL already names a server. Call before importing Prefect."""
    _SERVER.start()
    return _SERVER
