"""Round x54 (u53 finding 1): a store written by a newer counterclaim. Every command that
writes refuses it in one line naming the file and both versions, exit 3, before any work;
`report` and `export` read it and say so in one line on standard error."""
from __future__ import annotations

import json

import duckdb
import pytest

from flows import cli
from store.connection import StoreTooNew, open_store
from store.schema import SCHEMA_VERSION


@pytest.fixture
def newer_db(tmp_path):
    """A store with a conflict, then stamped one schema version ahead of this code."""
    from tests.store.test_store import write

    db = tmp_path / "six.duckdb"
    with open_store(db) as con:
        _, conflict = write(con, "r1")
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    con.close()
    return db, conflict.conflict_id


def refusal(db) -> str:
    return (f"counterclaim: {db}: schema version {SCHEMA_VERSION + 1} is newer than this "
            f"counterclaim ({SCHEMA_VERSION}); upgrade counterclaim\n")


def test_run_refuses_a_newer_store_in_one_line_before_prefect_starts(newer_db, tmp_path, capsys,
                                                                     monkeypatch):
    db, _ = newer_db
    monkeypatch.setattr(cli, "_run_flow", lambda *a, **k: pytest.fail("the flow was started"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The council said costs rose 5% last year.\n")
    before = db.read_bytes()
    assert cli.main(["run", str(tmp_path / "in"), "--db", str(db), "-q"]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == refusal(db)
    assert db.read_bytes() == before


def test_review_refuses_a_newer_store_in_one_line(newer_db, capsys):
    db, conflict_id = newer_db
    before = db.read_bytes()
    assert cli.main(["review", conflict_id, "--verdict", "unclear", "--db", str(db)]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == refusal(db)
    assert db.read_bytes() == before


def test_serve_refuses_a_newer_store_before_it_starts(newer_db, tmp_path, capsys, monkeypatch):
    db, _ = newer_db
    import flows.serve

    monkeypatch.setattr(flows.serve, "serve", lambda *a, **k: pytest.fail("serve started"))
    (tmp_path / "inbox").mkdir()
    assert cli.main(["serve", "--inbox", str(tmp_path / "inbox"), "--db", str(db)]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == refusal(db)


def test_ui_refuses_a_newer_store_before_it_starts(newer_db, capsys, monkeypatch):
    db, _ = newer_db
    import desk.app

    monkeypatch.setattr(desk.app, "serve", lambda *a, **k: pytest.fail("the desk started"))
    assert cli.main(["ui", "--db", str(db)]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == refusal(db)


def test_a_desk_already_open_answers_a_verdict_on_a_newer_store_with_its_line(newer_db):
    from starlette.testclient import TestClient

    from desk.app import create_app

    db, conflict_id = newer_db
    with TestClient(create_app(db, reviewer="t")) as client:
        page = client.post(f"/conflicts/{conflict_id}/reviews", data={"verdict": "unclear"})
    assert page.status_code == 500
    assert "is newer than this counterclaim" in page.text and "Traceback" not in page.text


def test_report_and_export_read_a_newer_store_with_one_line_on_stderr(newer_db, tmp_path, capsys):
    db, conflict_id = newer_db
    assert cli.main(["report", "--db", str(db), "--format", "json"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert conflict_id in out and json.loads(out)
    newer = refusal(db).rstrip("\n") + f"; read as version {SCHEMA_VERSION}: what the newer version added is not shown\n"
    assert err == newer
    assert cli.main(["export", "--db", str(db), "--parquet", str(tmp_path)]) == cli.EXIT_OK
    assert capsys.readouterr().err == newer


def test_open_store_names_the_file_for_any_writer(newer_db):
    db, _ = newer_db
    with pytest.raises(StoreTooNew, match=f"^{db}: schema version"):
        with open_store(db):
            pass

