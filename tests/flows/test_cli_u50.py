"""Round u50: the operator's findings on `run`, `serve`, `report` and `review`."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows import cli
from store.connection import open_store


@pytest.fixture
def no_flow(monkeypatch):
    """A run that gets as far as Prefect fails the test: the checks come before it."""
    def started(*_args, **_kwargs):
        raise AssertionError("the flow was started")

    monkeypatch.setattr(cli, "_run_flow", started)
    monkeypatch.setattr(cli, "check_writable_store", started)


def test_a_run_of_missing_paths_stops_before_starting_and_creates_no_database(tmp_path, capsys, no_flow):
    """`cd /tmp && counterclaim run --db x.duckdb` (no seeds/) started Prefect and spaCy, then
    rejected seeds after ~10 s and left a new x.duckdb and x.duckdb.run-lock behind."""
    db = tmp_path / "x.duckdb"
    (tmp_path / "nm").mkdir()
    (tmp_path / "nm" / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    code = cli.main(["run", str(tmp_path / "seeds"), str(tmp_path / "nm"), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_REJECTED
    assert err.splitlines() == [
        f"rejected: {tmp_path / 'seeds'}: no such file or folder",
        f"rejected: {tmp_path / 'nm' / 'dangling.txt'}: no such file or folder",
        "counterclaim: nothing to read; nothing run and nothing written",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nm"]


def test_a_run_of_a_folder_without_articles_leaves_an_existing_database_as_it_was(tmp_path, capsys, no_flow):
    db = tmp_path / "x.duckdb"
    with open_store(db):
        pass
    before = db.read_bytes()
    empty = tmp_path / "inbox"
    empty.mkdir()
    (empty / "page.html").write_text("<p>not an article</p>")
    code = cli.main(["run", str(empty), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_OK
    assert f"no articles (.txt, .json, .jsonl) found in {empty}; nothing run" in err
    assert f"{empty}: skipped 1 file(s) of other types (1 .html)" in err
    assert db.read_bytes() == before
    assert not Path(f"{db}.run-lock").exists()


def test_report_on_a_foreign_file_does_not_speak_of_writing(tmp_path, capsys):
    """`report --db foreign.duckdb` said "refusing to write to it"; report never writes."""
    foreign = tmp_path / "foreign.duckdb"
    foreign.write_text("not a database, just some text that is long enough\n")
    assert cli.main(["report", "--db", str(foreign)]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == f"counterclaim: {foreign}: not a DuckDB database file\n"
    # a command that would write still says it refuses to
    assert cli.main(["review", "abc", "--verdict", "confirmed", "--db", str(foreign)]) == cli.EXIT_FAILED
    assert "not a DuckDB database file; refusing to write to it" in capsys.readouterr().err
    assert foreign.read_text() == "not a database, just some text that is long enough\n"


def test_review_note_has_the_desks_limit(tmp_path, capsys):
    """`review --note` stored 5,000 characters that the desk refuses (422 over 4,000)."""
    from claims.models import MAX_NOTE_CHARS
    from tests.store.test_store import write

    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        _, conflict = write(con, "r1")
    code = cli.main(["review", conflict.conflict_id, "--verdict", "confirmed", "--note", "x" * 5000,
                     "--db", str(db)])
    assert code == cli.EXIT_BAD_OPTION
    assert capsys.readouterr().err == ("counterclaim: the note is longer than 4,000 characters (5,000); "
                                       "nothing recorded\n")
    assert cli.main(["review", conflict.conflict_id, "--verdict", "confirmed", "--note",
                     "x" * MAX_NOTE_CHARS, "--db", str(db)]) == cli.EXIT_OK
    with open_store(db, read_only=True) as con:
        assert [len(n) for (n,) in con.execute("SELECT note FROM reviews").fetchall()] == [MAX_NOTE_CHARS]


def test_the_store_refuses_an_overlong_note_whoever_asks(tmp_path):
    from datetime import datetime

    from claims.models import ReviewTooLong, Verdict
    from store.writes import add_review
    from tests.store.test_store import write

    with open_store(tmp_path / "s.duckdb") as con:
        _, conflict = write(con, "r1")
        with pytest.raises(ReviewTooLong):
            add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "x" * 4001, "ana", datetime(2026, 12, 5))
        with pytest.raises(ReviewTooLong):
            add_review(con, conflict.conflict_id, Verdict.CONFIRMED, None, "a" * 201, datetime(2026, 12, 5))
        assert con.execute("SELECT count(*) FROM reviews").fetchone() == (0,)


def test_serve_with_an_unreachable_api_says_so_in_one_line(tmp_path, capsys, monkeypatch):
    """It printed "serving 'counterclaim/inbox' every 3600 s ...", then ~90 lines of
    traceback and "the runner exited with status -6"."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:1/api")
    monkeypatch.setattr(cli, "_model_found", lambda model: True)  # spaCy's load is not the point
    code = cli.main(["serve", "--inbox", str(inbox), "--db", str(tmp_path / "sv.duckdb")])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_FAILED
    assert out == ""
    assert err == ("counterclaim: serve failed: Failed to reach API at http://127.0.0.1:1/api "
                   "(PREFECT_API_URL); nothing served\n")
    assert not (tmp_path / "sv.duckdb").exists()


def test_any_http_answer_counts_as_reachable(monkeypatch):
    """A Prefect Cloud workspace answers its health check 401 without a key: it is there."""
    import io
    import urllib.error

    from flows import processes

    def unauthorised(url, timeout):
        raise urllib.error.HTTPError(url, 401, "Unauthorized", {}, io.BytesIO())

    monkeypatch.setattr(processes._NO_PROXY, "open", unauthorised)
    assert processes.reachable("https://api.example/api/accounts/a/workspaces/w")


def test_a_runner_whose_api_goes_away_says_one_line(tmp_path):
    """The runner met an unreachable API with ~90 lines of traceback and died of a fatal
    error at exit (status -6); the supervisor's own check cannot catch an API that goes
    away after it."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    (tmp_path / "inbox").mkdir()
    log = tmp_path / "runner.log"
    with log.open("w") as sink:
        # stdin stays open (its closing stops a runner) until the runner has exited by itself
        runner = subprocess.Popen(
            [sys.executable, "-m", "flows.serve", "--inbox", str(tmp_path / "inbox"), "--db",
             str(tmp_path / "sv.duckdb"), "--interval", "60"],
            cwd=root, env={**os.environ, "PREFECT_API_URL": "http://127.0.0.1:1/api",
                           "PYTHONPATH": str(root)},
            stdin=subprocess.PIPE, stdout=sink, stderr=subprocess.STDOUT)
        try:
            runner.wait(timeout=300)
        finally:
            runner.kill()
            runner.stdin.close()
    out = log.read_text()
    assert runner.returncode == 3, out[-2000:]
    assert out == "counterclaim serve: the runner failed: ConnectError: All connection attempts failed\n"


def _run_cli(tmp_path, *args, env=None):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    code = f"import sys; from flows.cli import main; sys.exit(main({list(args)!r}))"
    return subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root), "COUNTERCLAIM_CACHE": "off",
                               **(env or {})}, timeout=600)


def test_quiet_run_says_each_rejection_once_and_no_progress(tmp_path):
    """Each rejection was printed twice (a Prefect WARNING and the `rejected:` line), and
    every run wrote ~10 INFO lines: noise under cron."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("The council said rents rose 4% in 2025.")
    (inbox / "empty.txt").write_bytes(b"")
    done = _run_cli(tmp_path, "run", str(inbox), "--db", str(tmp_path / "q.duckdb"), "--no-report", "--quiet")
    assert done.returncode == 1, done.stderr[-2000:]
    assert done.stderr.splitlines() == [f"rejected: {inbox / 'empty.txt'}: empty file"]
    assert done.stdout.startswith("articles read 1: new 1")


def test_a_run_blocked_by_another_says_it_without_an_error_log(tmp_path):
    """A run blocked by a held store printed ~14 WARNING/ERROR lines, among them
    `ERROR | Flow run ... Encountered exception during execution: StoreBusy(...)`."""
    import fcntl
    import os

    from store.run_lock import run_lock_path

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("The council said rents rose 4% in 2025.")
    db = tmp_path / "b.duckdb"
    fd = os.open(run_lock_path(db), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, b"pid 4242 since 2026-12-05T09:00:00+00:00")
        done = _run_cli(tmp_path, "run", str(inbox), "--db", str(db), "--no-report",
                        env={"COUNTERCLAIM_DB_WAIT": "3"})
    finally:
        os.close(fd)
    assert done.returncode == cli.EXIT_FAILED, done.stderr[-2000:]
    assert "ERROR" not in done.stderr and "Failed(" not in done.stderr, done.stderr
    said = [line for line in done.stderr.splitlines() if "another" in line]
    assert len(said) == 2, done.stderr  # the first retry, and the final line
    assert said[-1].startswith(f"counterclaim: {db}: another counterclaim run is writing it for 3 s")


def test_the_command_drops_only_what_it_prints_itself():
    import logging

    from flows.quiet_logs import DropWhatTheCommandSays

    def kept(message: str) -> bool:
        return DropWhatTheCommandSays().filter(logging.LogRecord("prefect.flow_runs", logging.ERROR, "",
                                                                 0, message, None, None))

    assert not kept("rejected inbox/empty.txt: empty file")
    assert not kept("Encountered exception during execution: StoreBusy('x.duckdb: held')")
    assert not kept("Finished in state Failed('Flow run encountered an exception: StoreError: x')")
    assert kept("Encountered exception during execution: ValueError('a bug to look into')")
    assert kept("inbox: skipped 1 file(s) of other types (1 .html); only .txt, .json, .jsonl files are read")


def test_a_killed_run_is_repaired_by_a_run_on_an_empty_inbox(tmp_path, monkeypatch):
    """(review of u50) A store a killed run left `running` must go through the flow even
    when the inbox is empty: that run marks it interrupted and recomputes; the early exit
    for "nothing to read" would leave it half done until a new article came."""
    from datetime import datetime, timezone

    from claims.models import RunSummary
    from store.writes import begin_run

    db = tmp_path / "x.duckdb"
    with open_store(db) as con:
        begin_run(con, RunSummary(run_id="killed", started_at=datetime.now(timezone.utc)))
    empty = tmp_path / "inbox"
    empty.mkdir()
    flows = []
    monkeypatch.setattr(cli, "_run_flow", lambda *_a, **_k: flows.append(1) or cli.EXIT_OK)
    assert cli.main(["run", str(empty), "--db", str(db)]) == cli.EXIT_OK
    assert flows == [1]


def test_a_quiet_run_on_an_empty_inbox_says_nothing(tmp_path, capsys, no_flow):
    """(review of u50) `--quiet` is for cron: an empty inbox is a normal tick, not news."""
    empty = tmp_path / "inbox"
    empty.mkdir()
    assert cli.main(["run", str(empty), "--db", str(tmp_path / "x.duckdb"), "--quiet"]) == cli.EXIT_OK
    assert capsys.readouterr().err == ""
