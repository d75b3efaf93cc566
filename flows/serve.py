"""`counterclaim serve`: the flow as a Prefect deployment that processes an inbox on a schedule.

Three processes, so that stopping is quick and never depends on Prefect's own SIGTERM
handling (in `flow.serve` it can wait minutes for a run, and prints tracebacks):

- the supervisor (`counterclaim serve`, `serve()` below) installs its own SIGTERM/SIGINT
  handlers, starts the other two, each in its own session (process group), and on either
  signal stops the runner, then the server; each gets a timeout, then its whole process
  group is SIGKILLed.
- a local `prefect server start` under `./.counterclaim/prefect`, unless `PREFECT_API_URL`
  names a server already (Prefect's temporary server cannot run schedules). It is stopped
  with SIGTERM to its group, and on Linux also gets SIGTERM if the supervisor dies.
- the runner (`python -m flows.serve ...`): `counterclaim_flow.serve(...)`. Prefect runs each
  scheduled flow run in a child process of the runner (same process group). The runner
  stops when its stdin closes: the supervisor closes it to stop it, and it closes by itself
  if the supervisor dies.

A run in progress when serve stops is aborted, not waited for (it may be in hours of NLP):
its process is killed. Every write of a run is one DuckDB transaction, so the store keeps
each article with all its claims or not at all; the killed run's `runs` row stays
`running` until the next run marks it `interrupted` and redoes what it had not committed.
In Prefect the runner then sets the killed run to Cancelled (`cancel_killed_runs`): the
killed process cannot report its own end, and Prefect's runner, stopping too, does not
either, so the run stayed Running with no end time in the UI. The runner does the same
when it starts, for runs left Running by a serve that could not (SIGKILLed, or its
server was down).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from claims.reporting import conflicts_line, reextracted_part
from flows.processes import free_port, healthy, reachable, stop_group, term_when_parent_dies

FLOW_NAME = "counterclaim"  # @flow(name=...) in flows/pipeline.py, not imported here (slow)
DEPLOYMENT_NAME = "inbox"
PREFECT_HOME = Path(".counterclaim") / "prefect"
SERVER_START_TIMEOUT = 180.0  # seconds for a fresh server to answer /api/health (migrations)
FINISHED_RUN_EXIT_SECONDS = 1.5  # a flow run process that has finished its run exits by then
KILLED_RUN_GONE_SECONDS = 3.0  # the stop-on-EOF thread kills a run's process well within this
LAUNCHED_RUNS_ENV = "COUNTERCLAIM_SERVE_LAUNCHED_RUNS"  # p55: see _record_launched_run
KILLED_RUN_MESSAGE = ("counterclaim serve stopped while the run was working: its process was "
                      "killed; the next run redoes what it had not committed")

QUIET_SERVER = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}
QUIET_RUNNER = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
}
# Flow-run messages that repeat every run and say nothing the one line per run does not.
ROUTINE_FLOW_MESSAGES = ("Beginning flow run", "View at ", "Finished in state Completed",
                         "Running hook", "Hook ")
# (x58) Prefect logs the hooks' routine lines on `prefect.engine`, not on the flow run's
# logger: "Running hook '_record_launched_run' in response to entering state 'Running'" and
# "Hook '...' finished running successfully", twice a run. A hook that fails is still told.
ROUTINE_HOOK_MESSAGE = re.compile(r"^(Running hook '[^']*' in response to entering state "
                                  r"|Hook '[^']*' finished running successfully)")


class ServeError(RuntimeError):
    """serve could not start: the message says why."""


def say(message: str) -> None:
    print(f"counterclaim serve: {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# The supervisor
# ---------------------------------------------------------------------------------------------


def serve(
    inbox: Path,
    db: Path,
    *,
    cron: str | None = None,
    interval: float | None = None,
    name: str = DEPLOYMENT_NAME,
    model: str | None = None,
    batch_size: int | None = None,
) -> int:
    """Serves the flow on `inbox` into `db` until SIGTERM or SIGINT; returns the exit status."""
    if (cron is None) == (interval is None):
        raise ServeError("give exactly one of --cron and --interval")
    if not inbox.is_dir():
        raise ServeError(f"{inbox}: no such folder")
    if cron is not None:
        _check_cron(cron)
    given_api = os.environ.get("PREFECT_API_URL")
    if given_api and not reachable(given_api):
        # Else "serving ..." was printed, then the runner died on it with ~90 lines of
        # traceback and a fatal error ("the runner exited with status -6").
        raise ServeError(f"serve failed: Failed to reach API at {given_api} (PREFECT_API_URL); "
                         "nothing served")
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGTERM, signal.SIGINT)}
    server: subprocess.Popen[bytes] | None = None
    runner: subprocess.Popen[bytes] | None = None
    try:
        env = dict(os.environ)
        for key, value in QUIET_RUNNER.items():
            env.setdefault(key, value)
        api_url = env.get("PREFECT_API_URL")
        if not api_url:
            server, api_url = _start_server(env, stop)
            if server is None:
                return 0  # stopped while the server was starting
            env["PREFECT_API_URL"] = api_url
            env["PREFECT_HOME"] = str(PREFECT_HOME.resolve())
        schedule = f"cron {cron!r}" if cron else f"every {interval:g} s"
        say(f"serving '{FLOW_NAME}/{name}' {schedule}: {inbox.resolve()} -> {db.resolve()} "
            f"(Prefect API {api_url})")
        command = [sys.executable, "-m", "flows.serve", "--inbox", str(inbox.resolve()),
                   "--db", str(db.resolve()), "--name", name]
        command += ["--cron", cron] if cron else ["--interval", repr(interval)]
        if model:
            command += ["--model", model]
        if batch_size:
            command += ["--batch-size", str(batch_size)]
        # The runner stops when its stdin closes (see `_stop_on_eof`): at our request, or
        # when this process dies without cleaning up.
        runner = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, start_new_session=True)
        while not stop.wait(0.5):
            if runner.poll() is not None:
                say(f"the runner exited with status {runner.returncode}")
                return 3
            if server is not None and server.poll() is not None:
                say(f"the Prefect server exited with status {server.returncode}; "
                    f"see {PREFECT_HOME / 'server.log'}")
                return 3
        say("stopping")
        return 0
    finally:
        # Runner first: it must not start a run against a server that is going away.
        for process in (runner, server):
            if process is not None:
                stop_group(process)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if runner is not None or server is not None:
            say("stopped")


def _check_cron(cron: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule  # noqa: PLC0415  (slow import)

    try:
        CronSchedule(cron=cron)
    except ValueError:
        raise ServeError(f"--cron {cron!r}: not a valid cron expression") from None


def _start_server(
    env: dict[str, str], stop: threading.Event
) -> tuple[subprocess.Popen[bytes] | None, str]:
    """Starts `prefect server start` on a free local port; returns it once /api/health answers."""
    home = PREFECT_HOME.resolve()
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    server_env = {k: v for k, v in env.items() if not k.startswith("PREFECT_API_")}
    server_env.update(QUIET_SERVER)
    server_env["PREFECT_HOME"] = str(home)
    log_path = home / "server.log"
    with log_path.open("ab") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
             "--port", str(port), "--no-ui"],
            env=server_env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True, preexec_fn=term_when_parent_dies,
        )
    started = time.monotonic()
    try:
        while not healthy(api_url):
            if server.poll() is not None:
                raise ServeError(f"the Prefect server exited with status {server.returncode} "
                                 f"while starting; see {log_path}")
            if time.monotonic() - started > SERVER_START_TIMEOUT:
                raise ServeError(f"the Prefect server did not answer within "
                                 f"{SERVER_START_TIMEOUT:.0f} s; see {log_path}")
            if stop.wait(0.5):
                stop_group(server)
                return None, api_url
    except BaseException:
        stop_group(server)
        raise
    say(f"Prefect server up at {api_url} in {time.monotonic() - started:.1f} s (home {home})")
    return server, api_url


# ---------------------------------------------------------------------------------------------
# The runner process: `python -m flows.serve ...`, started by the supervisor
# ---------------------------------------------------------------------------------------------


class _DropRoutineFlowMessages(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(ROUTINE_FLOW_MESSAGES)


class _DropRoutineHookMessages(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return ROUTINE_HOOK_MESSAGE.match(record.getMessage()) is None


def quiet_serve_logs() -> None:
    """Per run: the flow's own progress lines, problems, and the one line of `_report_run`."""
    from flows.quiet_logs import DropStoreErrors, quiet_routine_task_logs

    quiet_routine_task_logs()
    flow_runs = logging.getLogger("prefect.flow_runs")
    if not any(isinstance(f, _DropRoutineFlowMessages) for f in flow_runs.filters):
        flow_runs.addFilter(_DropRoutineFlowMessages())
    engine = logging.getLogger("prefect.engine")
    if not any(isinstance(f, _DropRoutineHookMessages) for f in engine.filters):
        engine.addFilter(_DropRoutineHookMessages())
    # A busy or refused store was told four times a run (task ERROR, flow ERROR, flow state,
    # this line): `_report_run` alone says it (round u53).
    for name in ("prefect.task_runs", "prefect.flow_runs"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, DropStoreErrors) for f in logger.filters):
            logger.addFilter(DropStoreErrors())
    # "submitting flow run", "Opening process", "exited cleanly", "Received KeyboardInterrupt".
    for name in ("prefect.flow_runs.runner", "prefect.runner", "prefect.flows"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _report_run(flow: Any, flow_run: Any, state: Any) -> None:
    """One line per finished run (a flow hook: it runs in the flow run's process); (x58)
    and the run's id in the runner's file of finished runs (`runs_working`)."""
    path = os.environ.get(LAUNCHED_RUNS_ENV)
    if path:
        with contextlib.suppress(OSError), open(f"{path}{FINISHED_SUFFIX}", "a", encoding="utf-8") as file:
            file.write(f"{flow_run.id}\n")
    if not state.is_completed():
        say(f"run {flow_run.name!r}: {state.name.lower()}: {state.message or ''}".rstrip(": "))
        return
    try:
        s = state.result(raise_on_failure=False)
        detail = (f"articles read {s.articles_read}: new {s.articles_new}, "
                  f"changed {s.articles_changed}, unchanged {s.articles_unchanged}"
                  f"{reextracted_part(s)}; "
                  f"rejected {s.articles_rejected}; claims {s.claims}, clusters {s.clusters}, "
                  f"{conflicts_line(s)}")
    except Exception:  # the result is a courtesy; the run itself is stored
        detail = "completed"
    say(f"run {flow_run.name!r}: {detail}")


def _stop_on_eof() -> None:
    """Stops this runner when stdin closes. Prefect's SIGTERM handler would wait for the run in
    progress and print tracebacks; instead the run in progress is killed (its open DuckDB
    transaction, if any, never commits) and SIGINT makes `flow.serve` shut down: it pauses
    the schedule and returns."""
    import multiprocessing

    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    os.kill(os.getpid(), signal.SIGINT)
    # A run that has just finished needs a moment to exit; one still working is killed.
    deadline = time.monotonic() + FINISHED_RUN_EXIT_SECONDS
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    told = False
    while True:  # until this process exits; also catches a run started meanwhile
        children = multiprocessing.active_children()
        for child in children:
            child.kill()
        if children and not told:
            told = True
            # (x58) only when a run was working: after runs that all completed, a process
            # still going was said to abort "a run still working"
            if runs_working(os.environ.get(LAUNCHED_RUNS_ENV)):
                say("killed the flow run process: a run still working is aborted, "
                    "and the next run redoes what it had not committed")
        time.sleep(0.1)


def cancel_killed_runs(
    deployment: str, db: str, *, message: str = KILLED_RUN_MESSAGE,
    only: set[str] | None = None,
) -> int:
    """Sets to Cancelled the runs of `FLOW_NAME/deployment` into `db` that Prefect still shows
    Pending or Running; returns how many. Called by the runner once its flow run processes
    are gone (nothing of this deployment into this database can still be working then), and
    when it starts, before it serves. Cancelled, not Crashed: the operator stopped serve;
    the store's own word for the same run is `interrupted`. Runs into another database are
    left alone: two serves with the same --name on one Prefect server are two deployments'
    worth of runs only if their databases differ (runs into one database cannot overlap
    anyway: the run lock). `force=True` because Prefect's orchestration rules would
    otherwise keep a Running run from going straight to Cancelled.

    (p55) Same deployment name and database is not proof a run is dead: a second `serve
    --name inbox` into the same db on a shared PREFECT_API_URL cancelled the first's live
    run. With `only` (the flow run ids this runner launched: at stop) nothing else is
    touched; without it (at start) nothing is cancelled while the store's run lock is held,
    since then a run into this db is alive."""
    from prefect.client.orchestration import get_client  # noqa: PLC0415  (slow import)
    from prefect.client.schemas.filters import (  # noqa: PLC0415
        DeploymentFilter,
        DeploymentFilterName,
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType  # noqa: PLC0415
    from prefect.client.schemas.sorting import FlowRunSort  # noqa: PLC0415
    from prefect.states import Cancelled  # noqa: PLC0415

    if only is None:
        from store.run_lock import run_lock_held  # noqa: PLC0415

        if run_lock_held(db):
            return 0
    unfinished = FlowRunFilter(state=FlowRunFilterState(
        type=FlowRunFilterStateType(any_=[StateType.PENDING, StateType.RUNNING])))
    cancelled = 0
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=[FLOW_NAME])),
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=[deployment])),
            flow_run_filter=unfinished,
            # The sync client sends None for both, which Prefect 3.8's server refuses (422).
            sort=FlowRunSort.START_TIME_DESC,
            limit=200,
        )
        for run in runs:
            if str((run.parameters or {}).get("db")) != str(db):
                continue
            if only is not None and str(run.id) not in only:
                continue
            client.set_flow_run_state(run.id, Cancelled(message=message), force=True)
            cancelled += 1
    return cancelled


def _record_launched_run(flow: Any, flow_run: Any, state: Any) -> None:
    """(p55) A flow hook (in the flow run's process, a child of the runner): appends this
    run's id to the runner's file (`LAUNCHED_RUNS_ENV`), so that at stop the runner cancels
    only the runs it launched."""
    path = os.environ.get(LAUNCHED_RUNS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as file:
            file.write(f"{flow_run.id}\n")


FINISHED_SUFFIX = ".finished"  # (x58) beside the launched runs' file: those that finished


def runs_working(path: str | None) -> set[str]:
    """(x58) The runs this runner launched (`_record_launched_run`) that have not finished
    (`_report_run`, on completion or failure): a run that is working when serve stops."""
    return launched_runs(path) - launched_runs(f"{path}{FINISHED_SUFFIX}" if path else None)


def launched_runs(path: str | None) -> set[str]:
    """(p55) The flow run ids `_record_launched_run` wrote to `path`."""
    try:
        return set(Path(path).read_text(encoding="utf-8").split()) if path else set()
    except OSError:
        return set()


def _cancel_killed_runs_quietly(
    deployment: str, db: str, *, starting: bool = False, only: set[str] | None = None
) -> None:
    """`cancel_killed_runs` as a courtesy: a Prefect API that is gone or refuses costs one
    line when stopping, none when `starting` (the runner's own failure on the same API
    says it next, in its one line), and never the stop or the start of serve."""
    try:
        cancelled = cancel_killed_runs(deployment, db, only=only)
    except Exception as exc:  # noqa: BLE001
        if starting:
            return
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        say(f"could not set killed runs to Cancelled in Prefect: {detail}")
        return
    if cancelled:
        say(f"set {cancelled} killed run(s) to Cancelled in Prefect")


def _run_runner(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.serve")
    parser.add_argument("--inbox", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--name", default=DEPLOYMENT_NAME)
    parser.add_argument("--cron")
    parser.add_argument("--interval", type=float)
    parser.add_argument("--model")
    parser.add_argument("--batch-size", type=int)
    args = parser.parse_args(argv)

    from prefect.deployments.runner import EntrypointType

    from flows.pipeline import counterclaim_flow

    quiet_serve_logs()
    parameters: dict[str, Any] = {"paths": [args.inbox], "db": args.db}
    if args.model:
        parameters["model"] = args.model
    if args.batch_size:
        parameters["batch_size"] = args.batch_size
    schedule: dict[str, Any] = (
        {"cron": args.cron} if args.cron else {"interval": timedelta(seconds=args.interval)}
    )
    import tempfile  # noqa: PLC0415

    fd, launched = tempfile.mkstemp(prefix="counterclaim-serve-runs-", suffix=".txt")
    os.close(fd)
    os.environ[LAUNCHED_RUNS_ENV] = launched  # inherited by the flow run processes
    flow = counterclaim_flow.with_options(on_completion=[_report_run], on_failure=[_report_run],
                                          on_running=[_record_launched_run])
    _cancel_killed_runs_quietly(args.name, args.db, starting=True)  # left by a serve that could not
    threading.Thread(target=_stop_on_eof, name="stop-on-eof", daemon=True).start()
    flow.serve(
        name=args.name,
        parameters=parameters,
        print_starting_message=False,
        entrypoint_type=EntrypointType.MODULE_PATH,
        limit=1,  # runs of one inbox never overlap: the second would wait for the database
        **schedule,
    )
    # flow.serve returns on the SIGINT of `_stop_on_eof`, whose thread kills the run in
    # progress; once its process is gone, Prefect is told the run ended.
    import multiprocessing  # noqa: PLC0415

    deadline = time.monotonic() + KILLED_RUN_GONE_SECONDS
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    _cancel_killed_runs_quietly(args.name, args.db, only=launched_runs(launched))
    with contextlib.suppress(OSError):
        os.unlink(launched)
    with contextlib.suppress(OSError):
        os.unlink(f"{launched}{FINISHED_SUFFIX}")
    return 0


def _runner_failed(exc: BaseException) -> None:
    """One line for a runner that cannot go on (its API went away between the supervisor's
    check and the deployment, or later), then out at once: a normal exit met the stop-on-EOF
    thread blocked in stdin and died "Fatal Python error: _enter_buffered_busy" (status -6),
    after Prefect's ~90 lines of httpx traceback."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    say(f"the runner failed: {type(exc).__name__}: {detail}")
    sys.stdout.flush()
    os._exit(3)


if __name__ == "__main__":
    try:
        sys.exit(_run_runner(sys.argv[1:]))
    except KeyboardInterrupt:  # stopped before flow.serve was listening for it
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001  (the supervisor reports our exit status)
        _runner_failed(exc)
elif __name__ == "__mp_main__":
    # Prefect runs each flow run in a spawned child, which imports this module under that
    # name before it unpickles the flow: quiet its logs the same way.
    quiet_serve_logs()
