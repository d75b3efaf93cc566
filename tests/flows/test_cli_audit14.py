"""The command line as the audit of round 14 used it: machine formats on standard output
alone, one-line errors instead of tracebacks, Ctrl-C, verdicts on a snapshot, small outputs."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.cli import build_parser
from store.connection import StoreError, check_writable_store
from tests.readonly_db import query

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
COMMAND = [sys.executable, "-m", "flows.cli"]
ENV = os.environ | {"COUNTERCLAIM_CACHE": "off"}


def counterclaim(*args, timeout=600):
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          env=ENV)


def one_line_error(done, returncode=3):
    assert done.returncode == returncode, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("counterclaim: ")]
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The seeds stored by a run asked for JSON: its standard output must be the report alone."""
    db = tmp_path_factory.mktemp("a14") / "x.duckdb"
    done = counterclaim("run", str(SEEDS), "--db", str(db), "--format", "json", "--workers", "1")
    return db, done


def test_run_with_a_machine_format_prints_the_report_alone_on_stdout(seeded):
    _, done = seeded
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report and "conflict_id" in report[0]
    assert "articles read 5: new 5" in done.stderr and "claims " in done.stderr


@pytest.mark.parametrize("args, says", [
    (["report", "--output", "{tmp}/nodir/r.html"], "{tmp}/nodir/r.html: folder {tmp}/nodir does not exist"),
    (["report", "--output", "{tmp}"], "{tmp}: is a folder"),
    (["export", "--claimreview", "{tmp}/nodir/x.jsonld"], "{tmp}/nodir/x.jsonld: folder {tmp}/nodir does not exist"),
    (["export", "--parquet", "{tmp}/a-file"], "{tmp}/a-file: is a file, not a folder"),
])
def test_an_output_that_cannot_be_written_is_one_line(seeded, tmp_path, args, says):
    (tmp_path / "a-file").write_text("x")
    args = [a.format(tmp=tmp_path) for a in args]
    line = one_line_error(counterclaim(*args, "--db", str(seeded[0])))
    assert says.format(tmp=tmp_path) in line


@pytest.mark.parametrize("argv", [
    ["report", "--limit", "-1"], ["report", "--limit", "0"], ["run", "--batch-size", "0"],
    ["run", "--workers", "0"], ["serve", "--inbox", "x", "--batch-size", "0"],
])
def test_counts_must_be_positive(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(argv)
    assert stop.value.code == 2
    assert "is not a positive number" in capsys.readouterr().err


def test_an_unknown_model_fails_once_before_the_run_in_one_line(tmp_path):
    from claims.nlp import ModelNotFound, check_model

    with pytest.raises(ModelNotFound, match="'en_core_web_bogus' is not installed"):
        check_model("en_core_web_bogus")
    done = counterclaim("run", str(SEEDS), "--db", str(tmp_path / "m.duckdb"), "--model", "en_core_web_bogus")
    line = one_line_error(done, returncode=2)
    assert "--model: spaCy pipeline 'en_core_web_bogus' is not installed" in line
    assert "ERROR" not in done.stderr and "Flow run" not in done.stderr  # no run was started
    assert not (tmp_path / "m.duckdb").exists()


def seed_copies(tmp_path, copies=6):
    """Enough articles (the seeds, each copied with a line of its own) for a run to be
    caught part-way by a signal."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            (corpus / f"{seed.stem}_{n}.txt").write_text(seed.read_text() + f"\n\nCopy {n}.\n")
    return corpus


def interrupt_a_run(tmp_path, send, preexec_fn=None):
    """Start a run of the seed copies, call `send(pid)` once its first batch is logged,
    and return (exit status, log text, database)."""
    corpus = seed_copies(tmp_path)
    db = tmp_path / "i.duckdb"
    log = tmp_path / "log"
    with log.open("w") as out:
        run = subprocess.Popen(
            [*COMMAND, "run", str(corpus), "--db", str(db), "--batch-size", "3", "--workers", "2",
             "--no-report"], stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=ENV,
            start_new_session=True, preexec_fn=preexec_fn)
        deadline = time.monotonic() + 400
        while "batch 1/" not in log.read_text() and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.2)
        send(run.pid)
        status = run.wait(timeout=120)
    return status, log.read_text(), db


def test_ctrl_c_during_a_run_ends_in_one_line_and_exit_130(tmp_path):
    # Ctrl-C goes to the terminal's whole process group
    status, text, db = interrupt_a_run(tmp_path, lambda pid: os.killpg(pid, signal.SIGINT),
                                       preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert status == 130, text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
    assert text.rstrip().splitlines()[-1].startswith("counterclaim: interrupted; the database keeps"), text
    assert query(db, "SELECT status FROM runs") == [("running",)]  # the next run marks it interrupted


def test_a_verdict_on_the_snapshot_is_refused_and_ids_match_in_any_case(seeded, tmp_path):
    db = tmp_path / "r.duckdb"
    shutil.copy(seeded[0], db)
    done = counterclaim("run", str(SEEDS), "--db", str(db), "--no-report")  # publishes the snapshot
    assert done.returncode == 0, done.stderr
    snapshot = tmp_path / "r.snapshot.duckdb"
    (conflict_id,) = query(db, "SELECT conflict_id FROM conflicts ORDER BY conflict_id LIMIT 1")[0]
    shutil.copy(snapshot, tmp_path / "renamed.duckdb")  # the mark is inside the file, not its name
    for target in (snapshot, tmp_path / "renamed.duckdb"):
        line = one_line_error(counterclaim("review", conflict_id, "--verdict", "confirmed", "--db", str(target)))
        assert f"a snapshot of {db.resolve()}" in line and f"--db {db.resolve()}" in line
        assert query(target, "SELECT count(*) FROM reviews") == [(0,)]
    shouted = f"  {conflict_id.upper()}"
    done = counterclaim("review", shouted, "--verdict", "unclear", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert query(db, "SELECT conflict_id, verdict FROM reviews") == [(conflict_id, "unclear")]


def test_report_header_says_the_total_and_the_filter(seeded):
    db = seeded[0]
    (total,) = query(db, "SELECT count(*) FROM conflicts")[0]
    limited = counterclaim("report", "--db", str(db), "--limit", "1")
    assert limited.stdout.startswith(f"1 of {total} conflict(s), strongest first:"), limited.stdout
    none = counterclaim("report", "--db", str(db), "--status", "dismissed")
    assert none.stdout.strip() == "No conflicts with status dismissed."


def test_clusters_of_articles_without_outlet_count_their_sources(seeded):
    rows = query(seeded[0], "SELECT outlets, sources, articles FROM cluster_info")
    assert rows and all(outlets == 0 for outlets, _, _ in rows)  # .txt seeds name no outlet
    assert all(sources == articles for _, sources, articles in rows)
    assert max(sources for _, sources, _ in rows) > 1


def test_a_missing_db_folder_is_said_to_be_missing(tmp_path):
    with pytest.raises(StoreError, match="folder .*nodir does not exist"):
        check_writable_store(tmp_path / "nodir" / "x.duckdb")


def test_the_desk_on_a_busy_port_fails_before_printing_its_address(seeded):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = counterclaim("ui", "--db", str(seeded[0]), "--port", str(port), timeout=60)
    assert "review desk on" not in done.stdout
    assert f"cannot listen on 127.0.0.1:{port}" in one_line_error(done)
