"""x60 (u60 #6): the files a run leaves beside the default database in a checkout (the
store, its write-ahead log, its run lock) are ignored by git: `git status` after
`run seeds` showed `?? counterclaim.duckdb.run-lock`."""

import shutil
import subprocess
from pathlib import Path

import pytest

from store.run_lock import run_lock_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_the_run_lock_beside_the_default_database_is_ignored():
    for name in ("counterclaim.duckdb", "counterclaim.duckdb.wal", run_lock_path("counterclaim.duckdb").name):
        found = subprocess.run(["git", "check-ignore", "-q", "--no-index", name], cwd=ROOT,
                               capture_output=True, text=True)
        if found.returncode == 128:
            pytest.skip(f"not a git checkout: {found.stderr.strip()}")
        assert found.returncode == 0, f"{name} is not ignored by .gitignore"
    # Near miss: a source file is not ignored.
    assert subprocess.run(["git", "check-ignore", "-q", "--no-index", "store/run_lock.py"], cwd=ROOT).returncode == 1
