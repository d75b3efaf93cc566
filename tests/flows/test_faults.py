"""Faults: runs killed with SIGKILL at many points, a writer killed inside its transaction,
a full disk, a read-only database, a corrupt or foreign file. After each, the store is
consistent (each article with all its claims or none; clusters and conflicts point only at
stored claims, but stale conflicts, by design; no run left `running` for good), and the
next run completes the rest, ending where one uninterrupted run would."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from tests.readonly_db import query as rows

from store.connection import StoreError, check_writable_store, open_store, snapshot_path
from tests.store.test_concurrency import Run
from tests.store.test_store import snapshot as table_snapshot
from tests.store.test_store import write

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
BENCH_ARTICLES = ROOT / "bench" / "articles"
COMMAND = [sys.executable, "-m", "flows.cli"]

# Columns that differ between two correct runs (when they happened), left out of comparisons.
COMPARED = {
    "articles": "article_id, source, outlet, title, url, published, sha256, text",
    "claims": "*",
    "quantities": "*",
    "clusters": "*",
    "conflicts": "conflict_id, claim_a, claim_b, kind, score, reason, stale, claim_a_text, claim_b_text",
}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def contents(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT {cols} FROM {t}").fetchall()))
                for t, cols in COMPARED.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """17 articles (the bench stories and the seeds), as .txt files."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in [*sorted(BENCH_ARTICLES.glob("*.txt")), *sorted(SEEDS.glob("*.txt"))]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[Path, dict]:
    """One uninterrupted run, in one transaction: what the store must end up as."""
    db = tmp_path_factory.mktemp("reference") / "ref.duckdb"
    run = Run(str(corpus), "--db", str(db), "--no-report", "--batch-size", "2")
    assert run.finish() == 0, run.output
    return db, contents(db)


def claims_by_article(con) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for claim_id, article_id in con.execute("SELECT claim_id, article_id FROM claims").fetchall():
        found.setdefault(article_id, set()).add(claim_id)
    return found


def assert_consistent(db: Path, ref_db: Path) -> None:
    """Each stored article has exactly the claims (and figures) one full run gives it;
    clusters and live conflicts point only at stored claims; at most one run `running`."""
    ref = duckdb.connect(str(ref_db), read_only=True)
    con = duckdb.connect(str(db), read_only=True)
    try:
        ref_articles = dict(ref.execute("SELECT article_id, sha256 FROM articles").fetchall())
        ref_claims = claims_by_article(ref)
        ref_quantities = set(map(repr, ref.execute("SELECT * FROM quantities").fetchall()))
        stored = dict(con.execute("SELECT article_id, sha256 FROM articles").fetchall())
        assert stored.items() <= ref_articles.items()
        by_article = claims_by_article(con)
        assert set(by_article) <= set(stored), "claims of an article that is not stored"
        for article_id in stored:
            assert by_article.get(article_id, set()) == ref_claims.get(article_id, set()), article_id
        assert set(map(repr, con.execute("SELECT * FROM quantities").fetchall())) <= ref_quantities
        for table in ("quantities", "clusters"):
            assert con.execute(
                f"SELECT count(*) FROM {table} WHERE claim_id NOT IN (SELECT claim_id FROM claims)"
            ).fetchall() == [(0,)], table
        assert con.execute(
            "SELECT count(*) FROM conflicts WHERE NOT stale AND (claim_a NOT IN (SELECT claim_id FROM claims) "
            "OR claim_b NOT IN (SELECT claim_id FROM claims))"
        ).fetchall() == [(0,)]
        statuses = [s for (s,) in con.execute("SELECT status FROM runs").fetchall()]
        assert set(statuses) <= {"running", "interrupted", "completed", "failed"}
        assert statuses.count("running") <= 1
    finally:
        con.close()
        ref.close()


def kill_group(run: Run) -> None:
    if run.proc.poll() is None:
        os.killpg(run.proc.pid, signal.SIGKILL)  # the command and its Prefect server
    run.finish()


# The points where a run is killed: after a log line (a phase), or after a delay.
KILLS = [
    ("during extraction, before any commit", ("Task run 'extract-claims-", "batch 1/")),
    ("just after a batch commit", ("committed 4 article(s)",)),
    ("during extraction, after a batch commit", ("committed 4 article(s)",), 1.5),
    ("after conflicts were found, around the last write", ("Task run 'detect-conflicts-",)),
    ("just after the last commit, while publishing", ("committed run",)),
    ("at a fixed delay", None, 16.0),
    ("at a later fixed delay", None, 22.0),
]


def test_killed_runs_leave_the_store_consistent_and_the_next_run_completes_it(corpus, reference, tmp_path):
    ref_db, ref = reference
    db = tmp_path / "x.duckdb"
    env = {"COUNTERCLAIM_COMMIT_EVERY": "4"}
    where_killed = []
    for label, marker, *delay in KILLS:
        run = Run(str(corpus), "--db", str(db), "--no-report", "--batch-size", "2", env=env)
        try:
            if marker:
                run.wait_for(*marker, timeout=240)
            if delay:
                time.sleep(delay[0])
        except AssertionError:
            pass  # the run ended before reaching that point (little left to do): fine too
        finished = run.proc.poll() is not None
        kill_group(run)
        where_killed.append((label, "finished first" if finished else "killed"))
        if db.exists():
            assert_consistent(db, ref_db)
    print("kills:", where_killed)
    assert any(state == "killed" for _, state in where_killed)

    # The next run finishes the work and ends where one uninterrupted run did.
    last = Run(str(corpus), "--db", str(db), "--no-report", "--batch-size", "2", env=env)
    assert last.finish() == 0, last.output
    assert_consistent(db, ref_db)
    assert contents(db) == ref, where_killed
    statuses = rows(db, "SELECT status, count(*) FROM runs GROUP BY status")
    assert "running" not in dict(statuses), statuses
    assert rows(db, "SELECT status FROM runs ORDER BY started_at DESC LIMIT 1") == [("completed",)]
    assert contents(snapshot_path(db)) == ref
    assert not list(tmp_path.glob(".*tmp-*")), "a snapshot's temporary file was left behind"


def test_a_run_over_a_store_killed_between_batches_recomputes_clusters_even_with_nothing_new(
    corpus, reference, tmp_path
):
    """Every article got committed in batches, then the run died before its last
    transaction: the next run has nothing new, yet must re-cluster and find the conflicts."""
    ref_db, ref = reference
    db = tmp_path / "x.duckdb"
    run = Run(str(corpus), "--db", str(db), "--no-report", "--batch-size", "2",
              env={"COUNTERCLAIM_COMMIT_EVERY": "2"})
    run.wait_for("Task run 'cluster-", timeout=400)  # after the last batch commit (all but one article)
    kill_group(run)
    assert_consistent(db, ref_db)
    stored = rows(db, "SELECT count(*) FROM articles")[0][0]
    assert stored >= 15
    assert rows(db, "SELECT status FROM runs") == [("running",)]
    again = Run(str(corpus), "--db", str(db), "--no-report", "--batch-size", "2")
    assert again.finish() == 0, again.output
    assert "re-clustering" in again.output
    assert contents(db) == ref
    assert sorted(rows(db, "SELECT status FROM runs")) == [("completed",), ("interrupted",)]


# --- a writer killed inside its transaction (deterministic) -----------------------------

MID_WRITE = textwrap.dedent("""
    import sys, time
    import store.writes as writes
    from claims.models import RunSummary
    from store.connection import open_store
    from tests.store.test_store import NOW, article, claims_of, write

    def stall(*args, **kwargs):
        print("mid-write", flush=True)  # articles, claims and figures are in the transaction
        time.sleep(600)

    many = [article(f"k{i}") for i in range(3000)]
    with open_store(sys.argv[1]) as con:
        if sys.argv[2] == "final":
            writes._merge_conflicts = stall
            write(con, "r2", many)
        else:
            writes._drop_dangling = stall
            writes.write_batch(con, summary=RunSummary(run_id="r2", started_at=NOW), articles=many,
                               claims=[c for a in many for c in claims_of(a)], now=NOW)
""")


@pytest.mark.parametrize("transaction", ["final", "batch"])
def test_a_writer_killed_inside_its_transaction_leaves_the_store_as_before(tmp_path, transaction):
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        write(con, "r1")
        before = table_snapshot(con)
    proc = subprocess.Popen([sys.executable, "-c", MID_WRITE, str(db), transaction], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "mid-write", line + proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()
    with open_store(db) as con:  # reopening for write replays/discards the journal
        assert table_snapshot(con) == before
        assert con.execute("SELECT run_id, status FROM runs").fetchall() == [("r1", "completed")]
        write(con, "r3")  # and the store takes writes again


# --- a full disk -----------------------------------------------------------------------

DISK_FULL = textwrap.dedent("""
    import os, resource, signal, sys
    from store.connection import open_store
    from tests.store.test_store import article, write
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    limit = os.path.getsize(sys.argv[1]) + 64 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        with open_store(sys.argv[1]) as con:
            write(con, "r2", [article(f"k{i}", "Officials said turnout was 61%. Rivals called that "
                                       "figure inflated. " + "x" * 2000) for i in range(3000)])
    except Exception as exc:
        print(type(exc).__name__, exc)
        sys.exit(3)
""")


def test_a_full_disk_fails_the_write_clearly_and_leaves_the_store_as_before(tmp_path):
    """A real EFBIG from the kernel (RLIMIT_FSIZE: works as root, needs no mount)."""
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        write(con, "r1")
        before = table_snapshot(con)
    done = subprocess.run([sys.executable, "-c", DISK_FULL, str(db)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "File too large" in done.stdout
    with open_store(db) as con:
        assert table_snapshot(con) == before
        assert con.execute("SELECT run_id FROM runs").fetchall() == [("r1",)]


# --- a read-only database --------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder writes to which really fail: a read-only bind mount when we may mount
    (root in a container), else chmod (not root); skipped when neither is possible."""
    folder = tmp_path / "ro"
    folder.mkdir()
    with open_store(folder / "x.duckdb") as con:
        write(con, "r1")

    def make_read_only():
        if os.geteuid() != 0:
            (folder / "x.duckdb").chmod(0o444)
            folder.chmod(0o555)
            return lambda: (folder.chmod(0o755), (folder / "x.duckdb").chmod(0o644))
        bind = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
        if bind.returncode != 0:
            pytest.skip("running as root without permission to mount: cannot make a read-only folder")
        ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True)
        if ro.returncode != 0:
            subprocess.run(["umount", str(folder)])
            pytest.skip("cannot remount read-only")
        return lambda: subprocess.run(["umount", str(folder)], check=True)

    undo = make_read_only()
    try:
        yield folder
    finally:
        undo()


def test_a_read_only_database_is_refused_before_any_work_and_left_alone(read_only_folder):
    db = read_only_folder / "x.duckdb"
    before = sha(db)
    done = subprocess.run([*COMMAND, "run", str(SEEDS), "--db", str(db), "--no-report"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 3, done.stdout + done.stderr
    assert f"counterclaim: {db}: the database file is read-only; nothing written" in done.stderr
    assert "Traceback" not in done.stderr
    assert "batch 1/" not in done.stdout + done.stderr  # refused before the NLP
    assert sha(db) == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["x.duckdb"]


def test_read_only_file_and_folder_are_named_in_the_error(tmp_path, monkeypatch):
    """The checks themselves, whoever runs the tests (root passes every access check, so
    os.access is made to answer as for an ordinary user)."""
    folder = tmp_path / "d"
    folder.mkdir()
    db = folder / "x.duckdb"
    with open_store(db) as con:
        write(con, "r1")
    denied: set[Path] = set()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) not in denied and real_access(p, mode))
    denied.add(db)
    with pytest.raises(StoreError, match="the database file is read-only; nothing written"):
        check_writable_store(db)
    denied.clear()
    denied.add(folder)
    with pytest.raises(StoreError, match=r"folder .* is not writable .*nothing written"):
        check_writable_store(db)
    with pytest.raises(StoreError, match="not writable"):
        check_writable_store(folder / "new.duckdb")


def test_a_corrupt_or_foreign_db_is_refused_and_left_alone(tmp_path):
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"\0" * 8 + b"DUCK" + b"\x07" * 5000)
    foreign = tmp_path / "foreign.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    for db in (corrupt, foreign):
        before = sha(db)
        done = subprocess.run([*COMMAND, "run", str(SEEDS), "--db", str(db), "--no-report"],
                              capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert done.returncode == 3, done.stdout + done.stderr
        assert f"counterclaim: {db}:" in done.stderr
        assert "Traceback" not in done.stderr
        assert sha(db) == before
        assert not snapshot_path(db).exists()


# --- the run's artifact ----------------------------------------------------------------

ARTIFACT = textwrap.dedent("""
    import os, sys
    from flows.cli import QUIET_PREFECT
    for key, value in QUIET_PREFECT.items():
        os.environ.setdefault(key, value)
    from prefect.client.orchestration import get_client
    from flows.pipeline import ARTIFACT_KEY, counterclaim_flow
    summary = counterclaim_flow(paths=[sys.argv[1]], db=sys.argv[2])
    with get_client(sync_client=True) as client:
        # The API itself: 3.8.8's Artifact.get()/read_artifacts() send nulls its server refuses.
        found = client.request("POST", "/artifacts/filter", json={
            "artifacts": {"key": {"any_": [ARTIFACT_KEY]}}, "sort": "UPDATED_DESC", "limit": 50,
            "offset": 0}).json()
    mine = [a for a in found if f"# counterclaim run {summary.run_id}" in (a["data"] or "")]
    print("RUN", summary.run_id)
    print("FOUND", len(mine))
    print("TYPE", mine[0]["type"])
    print("FLOW-RUN", mine[0]["flow_run_id"] is not None)
    print(mine[0]["data"])
""")


def test_each_run_leaves_a_markdown_artifact_with_its_summary_and_top_conflicts(tmp_path):
    db = tmp_path / "x.duckdb"
    done = subprocess.run([sys.executable, "-c", ARTIFACT, str(SEEDS), str(db)], capture_output=True,
                          text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    run_id = out.split("RUN ", 1)[1].split()[0]
    assert "FOUND 1" in out and "TYPE markdown" in out and "FLOW-RUN True" in out
    assert f"# counterclaim run {run_id}" in out
    assert "| articles read | 5 |" in out
    assert "| status | completed |" in out
    top = rows(db, "SELECT conflict_id FROM conflict_report ORDER BY stale, score DESC, conflict_id LIMIT 10")
    assert top, "the seeds have conflicts"
    assert f"## Top conflicts ({len(top)})" in out
    for (conflict_id,) in top:
        assert conflict_id in out
