"""Round f18: `serve` checks --model as `run` does, and no writing command writes into the
analysts' snapshot (the next run of the store replaces it)."""

import shutil

import pytest

from flows.cli import EXIT_BAD_OPTION, EXIT_FAILED
from store.connection import StoreError, check_writable_store, snapshot_path
from tests.flows.test_cli_audit14 import SEEDS, counterclaim, one_line_error
from tests.readonly_db import query


def test_serve_with_an_unknown_model_fails_at_once_as_run_does(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = tmp_path / "s.duckdb"
    served = counterclaim("serve", "--inbox", str(inbox), "--db", str(db), "--interval", "5",
                          "--model", "en_core_web_bogus", timeout=120)
    ran = counterclaim("run", str(SEEDS), "--db", str(db), "--model", "en_core_web_bogus")
    line = one_line_error(served, returncode=EXIT_BAD_OPTION)
    assert line == one_line_error(ran, returncode=EXIT_BAD_OPTION)
    assert "Prefect server" not in served.stderr and "serving" not in served.stderr
    assert not db.exists()


def test_a_run_into_the_snapshot_is_refused_naming_the_store(published, tmp_path):
    db, snapshot = published
    renamed = tmp_path / "copy.duckdb"  # the mark is inside the file, not its name
    shutil.copy(snapshot, renamed)
    for target in (snapshot, renamed):
        with pytest.raises(StoreError, match=f"a snapshot of {db.resolve()}.*--db {db.resolve()}"):
            check_writable_store(target)
    check_writable_store(db)  # the near miss: the store itself is fine


@pytest.mark.parametrize("command", [
    ["run", str(SEEDS), "--no-report"],
    ["serve", "--inbox", str(SEEDS), "--interval", "5"],
])
def test_writing_commands_refuse_the_snapshot_in_one_line(published, command):
    db, snapshot = published
    done = counterclaim(*command, "--db", str(snapshot), timeout=120)
    line = one_line_error(done, returncode=EXIT_FAILED)
    assert f"{snapshot}: a snapshot of {db.resolve()}" in line and "the database itself" in line
    assert query(snapshot, "SELECT count(*) FROM articles") == [(0,)]
    assert not snapshot_path(snapshot).exists()  # no snapshot of the snapshot
