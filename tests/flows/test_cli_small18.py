"""A run on an empty folder says so; an empty reviewer or note is none (audit, stop 18)."""
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from claims.models import Verdict
from store import writes
from store.connection import open_store
from tests.store.test_store import write

ROOT = Path(__file__).resolve().parents[2]


def test_a_run_on_an_empty_folder_says_no_articles_were_found(tmp_path):
    empty = tmp_path / "inbox"
    empty.mkdir()
    code = (f"import sys; from flows.cli import main; "
            f"sys.exit(main(['run', {str(empty)!r}, '--db', {str(tmp_path / 'e.duckdb')!r}, '--no-report']))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "COUNTERCLAIM_CACHE": "off"},
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"no articles (.txt, .json, .jsonl) found in {empty}" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_empty_reviewer_or_note_is_stored_as_none(tmp_path):
    now = datetime(2026, 12, 3, 12, 0)
    with open_store(tmp_path / "s.duckdb") as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "  ", "", now)
        writes.add_review(con, conflict.conflict_id, Verdict.DISMISSED, "checked", " ana ", now)
        rows = con.execute("SELECT note, reviewer FROM reviews ORDER BY verdict").fetchall()
    assert rows == [(None, None), ("checked", "ana")]
