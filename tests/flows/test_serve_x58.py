"""x58 (u57's review): `serve` says it killed "a run still working" only when a run was
working, and Prefect's routine hook lines are not printed every run."""

import logging
from types import SimpleNamespace

import flows.serve as serve


def test_a_run_is_working_until_it_finishes(tmp_path, monkeypatch):
    path = str(tmp_path / "launched.txt")
    monkeypatch.setenv(serve.LAUNCHED_RUNS_ENV, path)
    run = SimpleNamespace(id="r1", name="adept-swine")
    serve._record_launched_run(None, run, None)
    assert serve.runs_working(path) == {"r1"}
    state = SimpleNamespace(is_completed=lambda: False, name="Failed", message="boom")
    serve._report_run(None, run, state)  # says its one line, and marks the run finished
    assert serve.runs_working(path) == set()
    assert serve.launched_runs(path) == {"r1"}  # still cancelled at stop only if Prefect shows it running
    assert serve.runs_working(None) == set()


def _shown(logger_name, message):
    record = logging.LogRecord(logger_name, logging.INFO, __file__, 1, message, None, None)
    return all(f.filter(record) for f in logging.getLogger(logger_name).filters)


def test_routine_hook_lines_are_dropped_and_a_failing_hook_is_told():
    serve.quiet_serve_logs()
    assert not _shown("prefect.engine", "Running hook '_record_launched_run' in response to "
                                        "entering state 'Running'")
    assert not _shown("prefect.engine", "Hook '_record_launched_run' finished running successfully")
    # Near miss: a hook that failed is still said.
    assert _shown("prefect.engine", "An error was encountered while running hook '_report_run'")
