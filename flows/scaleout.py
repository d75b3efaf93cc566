"""Running the extraction tasks on a Dask cluster (`counterclaim run --task-runner dask`).

Only `extract-claims` runs on the workers: they parse and extract, and send the claims
back. Every other task, and every write to DuckDB (one writer), stays in the flow process.
Needs the optional extra: `pip install 'counterclaim[dask]'` (prefect-dask); the workers
need counterclaim and its spaCy model installed (tasks are pickled by reference).
"""

from __future__ import annotations

import logging
import os
from typing import Any

DEFAULT_WORKERS = 2
QUIET = logging.WARNING  # distributed's own INFO lines (workers started, closing...) are noise


class DaskUnavailable(RuntimeError):
    pass


def _quiet_dask_logs() -> None:
    # Worker processes read their logging config from the environment when they import
    # distributed; the flow process (scheduler, nannies, client) is set directly.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    for name in ("prefect.task_runner", "distributed", "distributed.scheduler", "distributed.nanny",
                 "distributed.worker", "distributed.core", "distributed.http.proxy", "tornado"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < QUIET:
            logger.setLevel(QUIET)


def quiet_worker(dask_worker: Any = None) -> None:
    """Run on each worker: the same quiet console as the flow process (no routine
    'Finished in state Completed' line per task, distributed at WARNING)."""
    import prefect  # noqa: F401, PLC0415  (configures its logging first, so ours stands)
    from flows.quiet_logs import quiet_routine_task_logs  # noqa: PLC0415

    _quiet_dask_logs()
    quiet_routine_task_logs()


def _on_dask_worker() -> bool:
    try:
        from distributed import get_worker  # noqa: PLC0415

        get_worker()
        return True
    except (ImportError, ValueError):
        return False


def _share_api_url() -> bool:
    """Local workers are child processes: without PREFECT_API_URL each would start a
    temporary Prefect server of its own. Point them at the flow's (already started).
    True when it set the variable (to be removed after the run: that server stops)."""
    if os.environ.get("PREFECT_API_URL"):
        return False
    from prefect.settings import PREFECT_API_URL  # noqa: PLC0415

    url = PREFECT_API_URL.value()
    if not url:
        try:
            from prefect.server.api.server import SubprocessASGIServer  # noqa: PLC0415

            server = SubprocessASGIServer()
            url = server.api_url if server.server_process is not None else None
        except Exception:  # noqa: BLE001
            url = None
    if url:
        os.environ["PREFECT_API_URL"] = str(url)
        return True
    return False


def dask_task_runner(address: str | None = None, workers: int = DEFAULT_WORKERS):
    """A DaskTaskRunner: on the cluster at `address`, else on a local cluster of `workers`
    single-threaded worker processes (spaCy holds the GIL: processes, not threads)."""
    _quiet_dask_logs()
    try:
        from prefect_dask import DaskTaskRunner  # noqa: PLC0415
    except ImportError:
        raise DaskUnavailable(
            "--task-runner dask needs prefect-dask: pip install 'counterclaim[dask]'"
        ) from None

    class QuietDaskTaskRunner(DaskTaskRunner):
        def __enter__(self):
            # Entered in the flow process, and again inside each task on a worker (Prefect
            # sends the flow's context along): there, only connect, quietly.
            logging.getLogger("prefect.task_runner").setLevel(QUIET)
            on_worker = _on_dask_worker()
            self._set_api_url = not on_worker and not self.address and _share_api_url()
            super().__enter__()
            if not on_worker:
                try:
                    self.client.run(quiet_worker)  # the workers present now (a local cluster's all)
                except Exception:  # noqa: BLE001  only log levels; never fail the run for them
                    pass
            return self

        def __exit__(self, *exc_info):
            try:
                return super().__exit__(*exc_info)
            finally:
                if getattr(self, "_set_api_url", False):
                    os.environ.pop("PREFECT_API_URL", None)

    if address:
        return QuietDaskTaskRunner(address=address)
    return QuietDaskTaskRunner(cluster_kwargs={
        "n_workers": max(1, workers),
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": None,  # no web dashboard (nor bokeh warning) for a CLI run
    })


def in_flight(task_runner: Any) -> int:
    """How many extraction batches to keep submitted ahead: two per worker thread, so the
    workers never wait for the flow while results come back in batch order."""
    try:
        threads = sum(task_runner.client.nthreads().values())
    except Exception:  # noqa: BLE001
        threads = DEFAULT_WORKERS
    return max(2, 2 * threads)
