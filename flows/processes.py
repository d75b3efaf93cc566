"""Child processes that must not outlive the command that started them: a Prefect server
for `serve` and for `run`. Each leads its own process group, so that stopping it stops
whatever it started too."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import urllib.error
import urllib.request
from typing import Any

from claims.forked import set_parent_death_signal

STOP_TIMEOUT = 10.0  # seconds a process group gets after SIGTERM before SIGKILL
# The servers are local: an http_proxy of the environment must not stand between.
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def term_when_parent_dies() -> None:
    """The child gets SIGTERM if its parent dies without stopping it (SIGKILL, a crash).
    Runs in the child between fork and exec (`preexec_fn`)."""
    set_parent_death_signal(signal.SIGTERM)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """The Prefect API at `api_url` answers its health check."""
    try:
        with _NO_PROXY.open(f"{api_url}/health", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def reachable(api_url: str, timeout: float = 5.0) -> bool:
    """Something answers HTTP at `api_url`: any answer counts (a Prefect Cloud workspace
    answers its health check only with a key), only a refused, unresolvable or silent
    address does not. Used on a `PREFECT_API_URL` given to serve, before it says it serves."""
    try:
        with _NO_PROXY.open(f"{api_url.rstrip('/')}/health", timeout=timeout):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError, ValueError):
        return False


def stop_group(process: subprocess.Popen[Any], timeout: float = STOP_TIMEOUT) -> None:
    """Asks the process to stop (closes its stdin if it is a pipe, else SIGTERM to its group:
    it leads its own session), waits, then SIGKILLs the group."""
    pgid = process.pid  # start_new_session=True: the child leads its own process group
    if process.stdin is not None:
        try:
            process.stdin.close()
        except OSError:
            pass
    else:
        _signal_group(pgid, signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        _signal_group(pgid, signal.SIGKILL)
        process.wait()
    # Whatever the leader left behind in its group (a flow run, uvicorn workers) goes too.
    _signal_group(pgid, signal.SIGKILL)


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass
