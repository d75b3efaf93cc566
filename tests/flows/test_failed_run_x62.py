"""Round x62 (u62 finding 1): a run that fails on a busy database and whose failure record
then gets in (the holder let go during its 2 s try) said "nothing written" while the store
held a `failed` row counting 99 new articles, 5 rejections never printed, and every stored
article's source rewritten to its new path. Now the failure record is the run's row and
nothing else, with the counts of what it stored, and the line says so; when the record
does not get in either, the line says "nothing written" and the file is as it was."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from store.connection import StoreBusy

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

# The late release, simulated: the last transaction waits out COUNTERCLAIM_DB_WAIT (StoreBusy,
# "nothing written"), then the file is free for the failure record (or, with "still",
# held through it too, and from the run's start).
SCRIPT = textwrap.dedent("""
    import json, os, sys
    from flows.cli import QUIET_PREFECT
    for key, value in QUIET_PREFECT.items():
        os.environ.setdefault(key, value)
    import flows.pipeline as p
    from store.connection import StoreBusy
    inbox, db, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    busy = StoreBusy(f"{db}: held by another process for 10 s; nothing written "
                     "(waited COUNTERCLAIM_DB_WAIT=10 s; lock held by PID 1)")

    def held(*args, **kwargs):
        raise busy

    p.store = held
    if mode == "still":
        p.begin = lambda db, summary: False
        real_open = p.open_store
        p.open_store = lambda path, read_only=False, **kw: (
            real_open(path, read_only=True, **kw) if read_only else held())
    try:
        p.counterclaim_flow(paths=[inbox], db=db, workers=1)
        print("RESULT", json.dumps({"error": None}))
    except StoreBusy as exc:
        print("RESULT", json.dumps({"error": str(exc)}))
""")


def _flow(inbox: Path, db: Path, mode: str) -> str | None:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(inbox), str(db), mode],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert "RESULT " in done.stdout, done.stdout + done.stderr
    return json.loads(done.stdout.split("RESULT ", 1)[1])["error"]


def _rows(db: Path) -> dict[str, list]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "runs": con.execute("SELECT status, articles_read, articles_new, articles_changed, "
                                "articles_unchanged, articles_rejected FROM runs "
                                "ORDER BY started_at").fetchall(),
            "rejections": con.execute("SELECT source FROM rejections").fetchall(),
            "sources": con.execute("SELECT article_id, source FROM articles ORDER BY 1").fetchall(),
            "articles": con.execute("SELECT count(*) FROM articles").fetchall(),
        }
    finally:
        con.close()


def _stored_then_moved(tmp_path: Path) -> tuple[Path, Path]:
    """A store of two seed articles; their inbox moved, with a new article and a bad file."""
    first = tmp_path / "inbox"
    first.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds[:2]:
        shutil.copy(path, first / path.name)
    db = tmp_path / "x.duckdb"
    done = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(first), "--db", str(db),
                           "--no-report", "-q"], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    moved = tmp_path / "moved"
    first.rename(moved)
    shutil.copy(seeds[2], moved / seeds[2].name)
    (moved / "bad.json").write_text("{not json")
    return moved, db


def test_a_failure_record_that_gets_in_late_is_the_runs_row_alone_and_said(tmp_path):
    inbox, db = _stored_then_moved(tmp_path)
    before = _rows(db)
    error = _flow(inbox, db, "late")
    assert error is not None and "nothing written but the run's row, as 'failed'" in error
    assert error.startswith(f"{db}: held by another process for 10 s; ")
    after = _rows(db)
    # the failed row counts nothing stored, read or rejected; nothing else changed
    assert after["runs"][:-1] == before["runs"]
    assert after["runs"][-1] == ("failed", 0, 0, 0, 0, 0)
    assert after["rejections"] == before["rejections"] == []
    assert after["sources"] == before["sources"]
    assert after["articles"] == before["articles"]


def test_a_store_held_through_the_failure_record_is_nothing_written(tmp_path):
    inbox, db = _stored_then_moved(tmp_path)
    before = db.read_bytes()
    error = _flow(inbox, db, "still")
    assert error is not None and error.endswith(
        "; nothing written (waited COUNTERCLAIM_DB_WAIT=10 s; lock held by PID 1)")
    assert db.read_bytes() == before


def test_the_line_says_what_was_written_in_each_case():
    from flows.pipeline import what_was_written

    assert what_was_written(began=False, recorded=False, stored=0) == "nothing written"
    assert what_was_written(began=True, recorded=True, stored=0) == (
        "nothing written but the run's row, as 'failed'")
    assert what_was_written(began=True, recorded=False, stored=512).startswith(
        "nothing written but the run's row, as 'running' (the next run marks it 'interrupted') "
        "and the 512 article(s)")
    busy = StoreBusy("x.duckdb: held by another process for 3 s; nothing written (waited)")
    assert str(busy.saying("nothing written but the run's row, as 'failed'")) == (
        "x.duckdb: held by another process for 3 s; nothing written but the run's row, "
        "as 'failed' (waited)")
